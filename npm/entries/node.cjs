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
