// lede for browsers and bundlers (the "browser" and "default" exports):
// `await init()` once, then call `analyze`. init() fetches lede_bg.wasm
// next to this file; bundlers (Vite, webpack) see the `new URL(...,
// import.meta.url)` below and ship the wasm file as an asset.

/* @lede-runtime */

const lede = createLede(() => new URL('./lede_bg.wasm', import.meta.url));

export default lede.init;
export const { initSync, analyze, defaultOptions, version } = lede;
