// lede for Node, CommonJS (the "node" + "require" export; node.mjs re-exports
// this file, so `import` and `require` share one instance). The wasm file is
// read and instantiated synchronously on load: no init() call is needed.
'use strict';

const { readFileSync } = require('node:fs');
const { join } = require('node:path');

/* @lede-runtime */

const wasmPath = join(__dirname, 'lede_bg.wasm');
const lede = createLede(() => wasmPath);
lede.initSync({ module: compileEagerly(readFileSync(wasmPath)) });

// V8 compiles a wasm function lazily, on its first call, on the thread that
// calls it; the first analysis calls most of the module, so a fresh process
// waited for nearly all of it to be compiled one function at a time. Compiled
// at load, the module's functions are spread over V8's background threads
// too: the require takes longer, the require and the first analysis together
// less (`node scripts/bench.mjs` reports both). V8 reads its flag when a
// module's compilation starts, so it is set for this module's alone and set
// back at once; left alone when the process was given the flag itself, and
// outside Node (Bun and Deno answer `node:v8` with stand-ins).
function compileEagerly(bytes) {
  const given = `${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`;
  let v8 = null;
  if (!process.versions.bun && !process.versions.deno && !given.includes('wasm-lazy-compilation')) {
    try {
      v8 = require('node:v8');
      v8.setFlagsFromString('--no-wasm-lazy-compilation');
    } catch {
      v8 = null;
    }
  }
  try {
    return new WebAssembly.Module(bytes);
  } finally {
    if (v8) v8.setFlagsFromString('--wasm-lazy-compilation');
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
