// The page's side of the worker. At most one request is in flight; while it
// runs, newer requests replace each other in a single pending slot, so a
// burst of typing costs one analysis, not a queue of them. Results for a
// text that is no longer the latest are dropped (by request id). A worker
// that dies, fails to load, traps or hangs is replaced.

const MAX_FAILED_STARTS = 3;

export class Analyzer {
  /**
   * @param {() => Worker | {worker: Worker, events: Event[]}} spawn  makes a fresh module
   *   worker, or hands over one started earlier with the events it already sent
   * @param {object} on  callbacks: ready({version, defaults}), result({id, text, result, ms}),
   *   error({id, name, message}), restart(reason), fatal(message)
   */
  constructor(spawn, on) {
    this.spawn = spawn;
    this.on = on;
    this.seq = 0;
    this.latest = null; // the newest request: { id, text, options }
    this.inflight = null; // the request the worker is working on
    this.failedStarts = 0;
    this.restarts = 0;
    this.timer = 0;
    this.start();
  }

  start() {
    this.ready = false;
    this.inflight = null;
    const spawned = this.spawn();
    const { worker, events } = spawned instanceof Worker ? { worker: spawned, events: [] } : spawned;
    this.worker = worker;
    const onMessage = (e) => this.#message(worker, e.data);
    const onError = (e) => {
      e.preventDefault();
      if (worker === this.worker) this.#restart(e.message || 'the analyzer stopped', !this.ready);
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
    worker.addEventListener('messageerror', () => {
      if (worker === this.worker) this.#restart('a result could not be read', false);
    });
    for (const e of events) (e.type === 'error' ? onError : onMessage)(e);
  }

  /** Asks for an analysis of `text`; only the newest request is answered. */
  analyze(text, options) {
    this.latest = { id: ++this.seq, text, options };
    this.#pump();
    return this.latest.id;
  }

  #pump() {
    if (!this.ready || this.inflight || !this.latest || this.latest.done) return;
    const req = this.latest;
    this.inflight = req;
    // A hung worker is replaced; generous, and longer for long texts.
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (this.inflight === req) this.#restart('the analysis took too long', false);
    }, 5_000 + req.text.length / 200);
    this.worker.postMessage({ id: req.id, text: req.text, options: req.options });
  }

  #message(worker, msg) {
    if (worker !== this.worker || !msg) return;
    switch (msg.type) {
      case 'ready':
        this.ready = true;
        this.failedStarts = 0;
        this.on.ready?.({ ...msg, restarted: this.restarts > 0 });
        this.#pump();
        return;
      case 'fatal':
        this.#restart(msg.message, true);
        return;
      case 'result':
      case 'error': {
        const req = this.inflight;
        if (!req || req.id !== msg.id) return;
        clearTimeout(this.timer);
        this.inflight = null;
        req.done = true;
        if (req === this.latest) {
          if (msg.type === 'result') this.on.result?.({ id: msg.id, text: req.text, options: req.options, result: msg.result, ms: msg.ms });
          else this.on.error?.({ id: msg.id, name: msg.name, message: msg.message });
        }
        if (msg.broken) this.#restart('the analyzer had to be restarted', false);
        else this.#pump();
        return;
      }
      default:
    }
  }

  #restart(reason, failedStart) {
    clearTimeout(this.timer);
    const lost = this.inflight;
    this.worker.terminate();
    this.restarts += 1;
    if (failedStart) this.failedStarts += 1;
    if (this.failedStarts >= MAX_FAILED_STARTS) {
      this.worker = null;
      this.on.fatal?.(reason);
      return;
    }
    // A request that killed the worker is not retried (it would kill the
    // next one too); a newer one is.
    if (lost && lost === this.latest && !failedStart) lost.done = true;
    this.on.restart?.(reason);
    setTimeout(() => this.start(), failedStart ? 250 * this.failedStarts : 0);
  }
}
