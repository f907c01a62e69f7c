// lede for browsers and bundlers (the "browser" and "default" exports):
// `await init()` once, then call `analyze`. init() fetches lede_bg.wasm
// next to this file; bundlers (Vite, webpack) see the `new URL(...,
// import.meta.url)` below and ship the wasm file as an asset.

/* @lede-runtime */

const lede = createLede(() => new URL('./lede_bg.wasm', import.meta.url));

export default lede.init;
export const { initSync, analyze, defaultOptions, version } = lede;

function spawnWorker(onMessage, onCrash) {
  const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  worker.onmessage = (event) => onMessage(event.data);
  worker.onerror = (event) => {
    event.preventDefault?.();
    onCrash(new Error(event.message || 'the worker script failed to load or threw'));
  };
  worker.onmessageerror = () => onCrash(new Error('a message could not be deserialised'));
  return {
    post: (message) => worker.postMessage(message),
    terminate: () => worker.terminate(),
    idle: () => {},
  };
}

export const { Analyzer, analyzeAsync } = createAsync(spawnWorker);
