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
