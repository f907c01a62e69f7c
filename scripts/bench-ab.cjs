// A/B throughput of two builds of the npm package, for build choices such as
// wasm-opt flags: `node scripts/bench-ab.cjs DIR_A DIR_B [ROUNDS] [CORPUS]`,
// where each DIR holds an assembled package (node.cjs + lede_bg.wasm). Both
// run in one process, round after round in turn, so that a busy machine
// slows both alike; prints each one's best MB/s and the ratio B/A.
const { readFileSync } = require('node:fs');
const path = require('node:path');

const [dirA, dirB] = process.argv.slice(2, 4);
if (!dirA || !dirB) {
  console.error('usage: node scripts/bench-ab.cjs DIR_A DIR_B [ROUNDS] [CORPUS]');
  process.exit(2);
}
const rounds = Number(process.argv[4] ?? 10);
const corpus = process.argv[5] ?? path.join(__dirname, '../../shared/corpus/lee_background.txt');
const builds = [dirA, dirB].map((dir) => require(path.resolve(dir, 'node.cjs')));
const articles = readFileSync(corpus, 'utf8').split('\n').filter((l) => l.trim());
const mb = articles.reduce((n, a) => n + Buffer.byteLength(a), 0) / 1e6;

const best = [Infinity, Infinity];
for (let r = 0; r < rounds; r++) {
  builds.forEach((lede, i) => {
    const start = process.hrtime.bigint();
    for (const a of articles) lede.analyze(a);
    best[i] = Math.min(best[i], Number(process.hrtime.bigint() - start) / 1e9);
  });
}
console.log(
  `A ${(mb / best[0]).toFixed(2)} MB/s, B ${(mb / best[1]).toFixed(2)} MB/s, B/A ${(best[0] / best[1]).toFixed(3)} ` +
    `(best of ${rounds} rounds over ${articles.length} articles)`,
);
