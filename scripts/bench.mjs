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
const loadScript = fileURLToPath(new URL('./bench-load.cjs', import.meta.url));
// The milliseconds of `fresh` fresh processes (run with the Node flags
// `flags`), one after another: each part (0: the whole, 1: the require,
// 2: the first analysis) sorted on its own.
const loadTimes = (flags) => {
  const parts = [[], [], []];
  for (let i = 0; i < fresh; i++) {
    const out = execFileSync(process.execPath, [...flags, loadScript], { encoding: 'utf8' });
    out.trim().split('\n').at(-1).split(' ').forEach((ms, part) => parts[part].push(Number(ms)));
  }
  return parts.map((times) => times.sort((a, b) => a - b));
};
const spread = (times) => {
  const q = (f) => times[Math.min(times.length - 1, Math.floor(f * times.length))].toFixed(1);
  return `min ${q(0)}, median ${q(0.5)}, 3rd quartile ${q(0.75)}, max ${q(1)} ms`;
};
const median = (times) => times[times.length >> 1].toFixed(1);
const loads = loadTimes([]);
console.log(
  `node (wasm): load + first analysis of the sample in ${fresh} fresh processes: ${spread(loads[0])}; ` +
    `medians: require ${median(loads[1])} ms, first analysis ${median(loads[2])} ms`,
);
// V8 compiles a wasm function the first time it is called (lazily), on
// the thread that calls it: the first analysis pays for compiling most of
// the code besides doing its work. The same with all the code compiled by
// the require instead (--no-wasm-lazy-compilation) shows the two apart.
const eager = loadTimes(['--no-wasm-lazy-compilation']);
console.log(
  `node (wasm): the same with every function compiled at load (--no-wasm-lazy-compilation): ` +
    `medians: require ${median(eager[1])} ms, first analysis ${median(eager[2])} ms, together ${median(eager[0])} ms`,
);

// What the first analysis pays for besides its own work: V8 runs new wasm
// code in its baseline compiler and recompiles each function that turns
// out hot with TurboFan, on background threads, which on a two-core
// machine compete with the analysis for the CPU. The functions recompiled
// during one load + first analysis (from V8's own trace), and the same
// fresh processes with tier-up put off past the first analysis.
const trace = execFileSync(process.execPath, ['--trace-wasm-compilation-times', loadScript], { encoding: 'utf8' });
const tieredUp = [...trace.matchAll(/using TurboFan, took \d+ ms.*?bodysize (\d+)/g)].map((m) => Number(m[1]));
console.log(
  `node (wasm): during load + first analysis TurboFan recompiles ${tieredUp.length} functions, ` +
    `${(tieredUp.reduce((a, b) => a + b, 0) / 1024).toFixed(0)} KB of wasm code; ` +
    `with that put off (--wasm-tiering-budget=1000000000): ${spread(loadTimes(['--wasm-tiering-budget=1000000000'])[0])}`,
);
