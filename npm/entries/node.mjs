// lede for Node, ES modules (the "node" + "import" export): the same
// instance as `require('lede')`, ready on import, no init() needed. The
// default export `init` exists so that code written for the browser
// (`await init()`) runs unchanged.
import { createRequire } from 'node:module';

const lede = createRequire(import.meta.url)('./node.cjs');

export default lede.default;
export const { initSync, analyze, defaultOptions, version, Analyzer, analyzeAsync } = lede;
