// The analysis worker: loads the wasm core once, then answers
//   { id, text, options }  ->  { type: 'result', id, result, ms }
//                           |  { type: 'error', id, name, message, broken }
// It announces itself with { type: 'ready', version, defaults } or, if the
// wasm cannot be loaded, { type: 'fatal', message }.

// The wasm download starts before the glue module is imported (a static
// import would be fetched first), and the listener is in place before any
// await, so that no request is missed.
const wasm = fetch(new URL('./pkg/lede_bg.wasm', import.meta.url));
const messageOf = (e) => (e && typeof e === 'object' && 'message' in e ? String(e.message) : String(e));

const ready = import('./pkg/lede.js').then(async (lede) => {
  await lede.default({ module_or_path: wasm });
  self.postMessage({ type: 'ready', version: lede.version(), defaults: lede.defaultOptions() });
  return lede;
}).catch((e) => {
  self.postMessage({ type: 'fatal', message: `could not load the analyzer: ${messageOf(e)}` });
  return null;
});

self.addEventListener('message', async (event) => {
  const { id, text, options } = event.data ?? {};
  const lede = await ready;
  if (!lede) return;
  const t0 = performance.now();
  try {
    const result = lede.analyze(text, options);
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
