// The analysis worker: loads the wasm core once, then answers
//   { id, text, options }  ->  { type: 'result', id, result, ms }
//                           |  { type: 'error', id, name, message, broken }
// It announces itself with { type: 'ready', version, defaults } or, if the
// wasm cannot be loaded, { type: 'fatal', message }.

import init, { analyze, version, defaultOptions } from './pkg/lede.js';

const messageOf = (e) => (e && typeof e === 'object' && 'message' in e ? String(e.message) : String(e));

const ready = init().then(
  () => {
    self.postMessage({ type: 'ready', version: version(), defaults: defaultOptions() });
    return true;
  },
  (e) => {
    self.postMessage({ type: 'fatal', message: `could not load the analyzer: ${messageOf(e)}` });
    return false;
  },
);

self.addEventListener('message', async (event) => {
  const { id, text, options } = event.data ?? {};
  if (!(await ready)) return;
  const t0 = performance.now();
  try {
    const result = analyze(text, options);
    self.postMessage({ type: 'result', id, result, ms: performance.now() - t0 });
  } catch (e) {
    self.postMessage({
      type: 'error',
      id,
      name: e?.name ?? 'Error',
      message: messageOf(e),
      // A trap leaves the instance unusable: ask for a fresh worker.
      broken: e instanceof WebAssembly.RuntimeError,
    });
  }
});
