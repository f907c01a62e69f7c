// Load + first analysis, as a fresh Node process sees it: require the npm
// package's Node entry (which compiles the wasm) and analyse the sample
// once; prints the milliseconds. Run by scripts/bench.mjs many times.
const { performance } = require('node:perf_hooks');
const { readFileSync } = require('node:fs');
const path = require('node:path');

const sample = readFileSync(path.join(__dirname, '../www/samples/iran-russia-partnership.txt'), 'utf8');
const t0 = performance.now();
require('../pkg/node.cjs').analyze(sample);
process.stdout.write(String(performance.now() - t0));
