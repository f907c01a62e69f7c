// The part of lede's JS face that wasm-bindgen does not write: it owns one
// instance of the wasm-bindgen bindings at a time (see createBindings above,
// which assemble.mjs makes from wasm-bindgen's `--target web` glue) and
// guards every call into it.
//
// Two hazards are handled here, in JavaScript, because the wasm side cannot:
// - A trap (WebAssembly.RuntimeError) leaves the instance's memory in an
//   unknown state. The instance is replaced by a fresh one made from the
//   same compiled module, so the next call works; the failed call rethrows.
// - JS code that runs while wasm is on the stack (a getter or a Proxy in the
//   options) could throw through Rust frames and skip their clean-up. The
//   options are copied into a plain object first, so such code runs here.

/**
 * @param {() => unknown} defaultInput where `init()` finds the wasm file
 *   when it is given none
 */
function createLede(defaultInput) {
  let current = null; // the bindings of the live instance
  let compiled = null; // its WebAssembly.Module, to start a fresh instance
  let loading = null; // the pending `init()`, so concurrent calls share it

  function adopt(bindings) {
    current = bindings;
    compiled = bindings.module();
    return bindings.exports();
  }

  async function init(input) {
    if (current) return current.exports();
    if (!loading) {
      const bindings = createBindings(defaultInput);
      loading = bindings.init(input).then(
        () => adopt(bindings),
        (error) => {
          loading = null;
          throw error;
        },
      );
    }
    return loading;
  }

  function initSync(input) {
    if (current) return current.exports();
    const bindings = createBindings(defaultInput);
    bindings.initSync(input);
    return adopt(bindings);
  }

  function restart() {
    const fresh = createBindings(defaultInput);
    fresh.initSync({ module: compiled });
    current = fresh;
  }

  function call(name, args) {
    if (!current) {
      throw new Error(
        `lede.${name}: the WebAssembly module is not loaded yet; call \`await init()\` first`,
      );
    }
    try {
      return current[name](...args);
    } catch (error) {
      if (error instanceof WebAssembly.RuntimeError) restart();
      throw error;
    }
  }

  return {
    init,
    initSync,
    analyze: (text, options) => call('analyze', [text, plainOptions(options)]),
    defaultOptions: () => call('defaultOptions', []),
    version: () => call('version', []),
  };
}

/** A copy of a plain options object with only own data properties. Wrong
 * types pass through unchanged so that the Rust side names them. */
function plainOptions(options) {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    return options;
  }
  const copy = {};
  for (const key of Object.keys(options)) copy[key] = options[key];
  return copy;
}

// The worker-backed async API, shared by every entry: `spawn()` starts a
// worker (a module Web Worker in browsers, a worker_threads Worker in Node)
// and returns { post(message), terminate(), idle(busy) } after wiring
// `onMessage(data)` and `onCrash(error)`. Requests carry an id; the worker
// answers each with { id, ok, value } or { id, ok: false, error: { name,
// message } }, and the error is rebuilt here with the same class.
function createAsync(spawn) {
  const errorClasses = { TypeError, RangeError, SyntaxError, ReferenceError, Error };

  function rebuild(error) {
    const Class = errorClasses[error?.name] ?? Error;
    const rebuilt = new Class(error?.message ?? 'unknown error');
    if (!(error?.name in errorClasses) && error?.name) rebuilt.name = error.name;
    return rebuilt;
  }

  class Analyzer {
    #defaults;
    #worker = null;
    #pending = new Map();
    #nextId = 1;

    constructor(options) {
      this.#defaults = options == null ? undefined : plainOptions(options);
    }

    analyze(text, options) {
      let merged = options;
      if (this.#defaults && (options == null || (typeof options === 'object' && !Array.isArray(options)))) {
        merged = { ...this.#defaults, ...plainOptions(options ?? {}) };
      } else if (options != null) {
        merged = plainOptions(options);
      }
      return new Promise((resolve, reject) => {
        const id = this.#nextId++;
        try {
          const worker = this.#start();
          this.#pending.set(id, { resolve, reject });
          worker.post({ id, text, options: merged });
          worker.idle(false);
        } catch (error) {
          this.#pending.delete(id);
          reject(error);
        }
      });
    }

    terminate() {
      const worker = this.#worker;
      this.#worker = null;
      worker?.terminate();
      this.#rejectAll(new Error('lede: Analyzer.terminate() was called before this analysis finished'));
    }

    #start() {
      if (this.#worker) return this.#worker;
      const worker = spawn(
        (data) => {
          if (this.#worker !== worker) return;
          const request = this.#pending.get(data?.id);
          if (!request) return;
          this.#pending.delete(data.id);
          if (this.#pending.size === 0) worker.idle(true);
          if (data.ok) request.resolve(data.value);
          else request.reject(rebuild(data.error));
        },
        (cause) => {
          if (this.#worker !== worker) return;
          this.#worker = null;
          try {
            worker.terminate();
          } catch {}
          const detail = cause?.message ? `: ${cause.message}` : '';
          this.#rejectAll(
            new Error(`lede: the analysis worker stopped unexpectedly${detail}; the next call starts a new worker`),
          );
        },
      );
      this.#worker = worker;
      return worker;
    }

    #rejectAll(error) {
      const pending = [...this.#pending.values()];
      this.#pending.clear();
      for (const { reject } of pending) reject(error);
    }
  }

  let shared = null;
  function analyzeAsync(text, options) {
    shared ??= new Analyzer();
    return shared.analyze(text, options);
  }

  return { Analyzer, analyzeAsync };
}
