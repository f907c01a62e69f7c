// The module Web Worker behind `Analyzer` and `analyzeAsync` in browsers and
// bundlers: lede.js starts it with `new Worker(new URL('./worker.js',
// import.meta.url), { type: 'module' })`, a pattern Vite and webpack bundle.
import init, { analyze } from './lede.js';

function answer(data) {
  const id = data?.id;
  try {
    return { id, ok: true, value: analyze(data.text, data.options) };
  } catch (error) {
    return { id, ok: false, error: { name: error?.name ?? 'Error', message: String(error?.message ?? error) } };
  }
}

const ready = init();
self.onmessage = async (event) => {
  try {
    await ready;
  } catch (error) {
    const message = `lede: the worker could not load lede_bg.wasm: ${error?.message ?? error}`;
    self.postMessage({ id: event.data?.id, ok: false, error: { name: 'Error', message } });
    return;
  }
  self.postMessage(answer(event.data));
};
