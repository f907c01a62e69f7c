// Runs first, as a classic script in <head> (not a module: modules wait for
// the whole document), so that the slow parts of the first analysis
// (starting the worker, which downloads and compiles the wasm, and fetching
// the sample) overlap with loading the stylesheet and the page's modules.
// app.js takes both over from `globalThis.ledeBoot`; messages the worker
// sends before app.js listens are kept and handed over with it.
'use strict';

(() => {
  const worker = new Worker('worker.js', { type: 'module', name: 'lede-analyzer' });
  const early = [];
  const keep = (e) => early.push(e);
  worker.addEventListener('message', keep);
  worker.addEventListener('error', keep);
  let handedOver = false;

  const DEFAULT_SAMPLE = 'iran-russia-partnership.txt';
  const bootSample = fetch(`samples/${DEFAULT_SAMPLE}`).then((r) => {
    if (!r.ok) throw new Error(`${r.status} ${r.statusText}`);
    return r.text();
  });
  // A failed download is reported when the page asks for the sample.
  bootSample.catch(() => {});

  globalThis.ledeBoot = Object.freeze({
    DEFAULT_SAMPLE,
    bootSample,
    /** The worker started at boot with the events it has sent so far; `null`
     * after the first call, so a restarted analyzer makes a fresh worker. */
    takeBootWorker() {
      if (handedOver) return null;
      handedOver = true;
      worker.removeEventListener('message', keep);
      worker.removeEventListener('error', keep);
      return { worker, events: early };
    },
  });
})();
