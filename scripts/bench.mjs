// Throughput of the whole analysis in Node through the npm package's wasm:
// every article of the corpus (one per line), one analyze() call each, as a
// page would call it. Also the time to load the module and analyse the
// sample once. `node scripts/bench.mjs [CORPUS] [ROUNDS]` after
// scripts/build.sh.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const corpusPath = process.argv[2] ?? new URL('../../shared/corpus/lee_background.txt', import.meta.url).pathname;
const rounds = Number(process.argv[3] ?? 10);
const sample = readFileSync(new URL('../www/samples/iran-russia-partnership.txt', import.meta.url), 'utf8');

const t0 = performance.now();
const require = createRequire(import.meta.url);
const lede = require('../pkg/node.cjs');
lede.analyze(sample);
const ready = performance.now() - t0;

const articles = readFileSync(corpusPath, 'utf8').split('\n').filter((l) => l.trim());
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a), 0);
const times = [];
let checksum = 0;
for (let r = 0; r < rounds; r++) {
  const start = performance.now();
  for (const a of articles) {
    const result = lede.analyze(a);
    checksum += result.stats.words + result.entities.length;
  }
  times.push((performance.now() - start) / 1000);
}
times.sort((a, b) => a - b);
const mb = bytes / 1e6;
console.log(
  `node (wasm): ${articles.length} articles, ${mb.toFixed(3)} MB; best ${(mb / times[0]).toFixed(1)} MB/s ` +
    `(${Math.round(articles.length / times[0])} articles/s), median ${(mb / times[times.length >> 1]).toFixed(1)} MB/s; ` +
    `load + first analysis of the sample ${ready.toFixed(1)} ms  [checksum ${checksum}]`,
);

// One load is a noisy figure on a busy machine: load + first analysis again
// in fresh Node processes, one after another, and their spread.
const fresh = Number(process.env.LEDE_LOAD_RUNS ?? 15);
const loads = [];
for (let i = 0; i < fresh; i++) {
  const out = execFileSync(process.execPath, [fileURLToPath(new URL('./bench-load.cjs', import.meta.url))]);
  loads.push(Number(out));
}
loads.sort((a, b) => a - b);
const q = (f) => loads[Math.min(loads.length - 1, Math.floor(f * loads.length))].toFixed(1);
console.log(
  `node (wasm): load + first analysis of the sample in ${fresh} fresh processes: ` +
    `min ${q(0)}, median ${q(0.5)}, 3rd quartile ${q(0.75)}, max ${q(1)} ms`,
);
