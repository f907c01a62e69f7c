// The wasm's counterpart of examples/warmth.rs: every article of the corpus
// analysed K times in a row (K = 1, 2, 3, 5, 20), timing only the K-th
// call, best of 8 rounds, so that what a first call waits for (branches not
// yet predicted, code and data not in the caches) shows beside calls of
// the same article that find them ready.
// `node scripts/warmth.cjs [PKG_DIR] [CORPUS]` after scripts/build.sh.
const { readFileSync } = require('node:fs');
const path = require('node:path');

const dir = process.argv[2] ?? path.join(__dirname, '../pkg');
const corpus = process.argv[3] ?? path.join(__dirname, '../../shared/corpus/lee_background.txt');
const lede = require(path.resolve(dir, 'node.cjs'));
const articles = readFileSync(corpus, 'utf8')
  .split('\n')
  .filter((l) => l.trim());
const mb = articles.reduce((n, a) => n + Buffer.byteLength(a), 0) / 1e6;
// Warm up: TurboFan code for everything, and the corpus's words known.
for (let r = 0; r < 5; r++) for (const a of articles) lede.analyze(a);
let first = 0;
for (const calls of [1, 2, 3, 5, 20]) {
  let best = Infinity;
  for (let round = 0; round < 8; round++) {
    let ms = 0;
    for (const a of articles) {
      for (let i = 1; i < calls; i++) lede.analyze(a);
      const start = performance.now();
      lede.analyze(a);
      ms += performance.now() - start;
    }
    best = Math.min(best, ms);
  }
  if (calls === 1) first = best;
  console.log(
    `call ${String(calls).padStart(2)} of each article in a row: ${best.toFixed(2)} ms a corpus pass, ` +
      `${(mb / (best / 1000)).toFixed(1)} MB/s (${(first / best).toFixed(2)}x the first call)`,
  );
}
