// lede for Node, CommonJS (the "node" + "require" export; node.mjs re-exports
// this file, so `import` and `require` share one instance). The wasm file is
// read and instantiated synchronously on load: no init() call is needed.
'use strict';

const { readFileSync } = require('node:fs');
const { join } = require('node:path');

/* @lede-runtime */

const wasmPath = join(__dirname, 'lede_bg.wasm');
const lede = createLede(() => wasmPath);
lede.initSync({ module: new WebAssembly.Module(readFileSync(wasmPath)) });

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
