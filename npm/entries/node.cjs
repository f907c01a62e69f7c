// lede for Node, CommonJS (the "node" + "require" export; node.mjs re-exports
// this file, so `import` and `require` share one instance). The wasm file is
// read and instantiated synchronously on load: no init() call is needed.
'use strict';

const { readFileSync } = require('node:fs');
const { join } = require('node:path');

/* @lede-runtime */

const wasmPath = join(__dirname, 'lede_bg.wasm');
const lede = createLede(() => wasmPath);
withLoadFlags(() => lede.initSync({ module: new WebAssembly.Module(readFileSync(wasmPath)) }));

// V8 compiles a wasm function lazily, on its first call, on the thread that
// calls it; the first analysis calls most of the module, so a fresh process
// waited for nearly all of it to be compiled one function at a time. Compiled
// at load, the module's functions are spread over V8's background threads
// too: the require takes longer, the require and the first analysis together
// less (`node scripts/bench.mjs` reports both). V8 reads that flag when a
// module's compilation starts.
// Then V8 recompiles a function with TurboFan once its calls have spent a
// budget, and on two cores those recompiles, which the first analysis of an
// article sets off, compete with it: with ten times V8's budget, given to this
// instance when it is made, the first analysis runs in the code compiled at
// load (the sample's, in fresh processes: a median of 3.9 ms instead of 8.4
// on this machine, 2026-12-05), and the functions that stay hot are
// recompiled a few articles later (the steady state is the same:
// `node scripts/bench-ab.cjs`).
// Both flags are set for this module and instance alone and set back at once
// (the budget to V8's default, 1,800,000); each is left alone when the process
// was given it itself, and outside Node (Bun and Deno answer `node:v8` with
// stand-ins).
function withLoadFlags(load) {
  const given = `${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`;
  const flags = [];
  if (!process.versions.bun && !process.versions.deno) {
    if (!given.includes('wasm-lazy-compilation')) {
      flags.push(['--no-wasm-lazy-compilation', '--wasm-lazy-compilation']);
    }
    if (!given.includes('wasm-tiering-budget')) {
      flags.push(['--wasm-tiering-budget=18000000', '--wasm-tiering-budget=1800000']);
    }
  }
  let v8 = null;
  if (flags.length) {
    try {
      v8 = require('node:v8');
      for (const [set] of flags) v8.setFlagsFromString(set);
    } catch {
      v8 = null;
    }
  }
  try {
    return load();
  } finally {
    if (v8) for (const [, back] of flags) v8.setFlagsFromString(back);
  }
}

Object.defineProperty(exports, '__esModule', { value: true });
exports.default = lede.init;
exports.initSync = lede.initSync;
exports.analyze = lede.analyze;
exports.defaultOptions = lede.defaultOptions;
exports.version = lede.version;

function spawnWorker(onMessage, onCrash) {
  const { Worker } = require('node:worker_threads');
  const worker = new Worker(join(__dirname, 'node-worker.cjs'));
  worker.unref(); // an idle worker must not keep the process alive
  let exited = false;
  worker.on('message', onMessage);
  worker.on('error', (error) => onCrash(error));
  worker.on('messageerror', () => onCrash(new Error('a message could not be deserialised')));
  worker.on('exit', (code) => {
    exited = true;
    onCrash(new Error(`exit code ${code}`));
  });
  return {
    post: (message) => worker.postMessage(message),
    terminate: () => {
      if (!exited) worker.terminate();
    },
    idle: (idle) => (idle ? worker.unref() : worker.ref()),
  };
}

const asyncApi = createAsync(spawnWorker);
exports.Analyzer = asyncApi.Analyzer;
exports.analyzeAsync = asyncApi.analyzeAsync;
