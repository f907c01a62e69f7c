// Runs before the rest of the page (its own <script> comes first and has no
// imports), so that the slow parts of the first analysis (starting the
// worker, which downloads and compiles the wasm, and fetching the sample)
// overlap with loading the page's other modules. app.js takes both over.
// Messages the worker sends before app.js listens are kept and handed over.

const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module', name: 'lede-analyzer' });
const early = [];
const keep = (e) => early.push(e);
worker.addEventListener('message', keep);
worker.addEventListener('error', keep);
let handedOver = false;

/** The worker started at boot with the events it has sent so far; `null`
 * after the first call, so a restarted analyzer makes a fresh worker. */
export function takeBootWorker() {
  if (handedOver) return null;
  handedOver = true;
  worker.removeEventListener('message', keep);
  worker.removeEventListener('error', keep);
  return { worker, events: early };
}

export const DEFAULT_SAMPLE = 'iran-russia-partnership.txt';
export const bootSample = fetch(new URL(`./samples/${DEFAULT_SAMPLE}`, import.meta.url)).then((r) => {
  if (!r.ok) throw new Error(`${r.status} ${r.statusText}`);
  return r.text();
});
// A failed download is reported when the page asks for the sample.
bootSample.catch(() => {});
