// Load + first analysis, as a fresh Node process sees it: require the npm
// package's Node entry (which compiles the wasm) and analyse the sample
// once; prints three milliseconds: the whole, the require (reading and
// compiling the wasm, instantiating it) and the first analysis. Run by
// scripts/bench.mjs many times, and by scripts/bench-instr.sh under
// callgrind. `node scripts/bench-load.cjs [PKG_DIR] [--load-only]`, the
// package directory defaulting to pkg/; with --load-only it stops after the
// require.
const { performance } = require('node:perf_hooks');
const { readFileSync } = require('node:fs');
const path = require('node:path');

const args = process.argv.slice(2);
const pkg = path.resolve(args.find((a) => !a.startsWith('--')) ?? path.join(__dirname, '../pkg'));
const sample = readFileSync(path.join(__dirname, '../www/samples/iran-russia-partnership.txt'), 'utf8');
const t0 = performance.now();
const lede = require(path.join(pkg, 'node.cjs'));
const t1 = performance.now();
if (!args.includes('--load-only')) lede.analyze(sample);
const t2 = performance.now();
process.stdout.write(`${t2 - t0} ${t1 - t0} ${t2 - t1}`);
