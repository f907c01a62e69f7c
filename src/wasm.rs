//! The JavaScript face of lede: the only module that knows about JS.
//!
//! It converts at the edge and nothing more: arguments are checked and
//! turned into Rust values (a wrong type is a `TypeError` with a message
//! that names the argument), the core runs, and offsets are re-expressed in
//! UTF-16 code units so that `text.slice(start, end)` in JS is the span.
//! Lone surrogates in the JS string arrive as U+FFFD, which is one UTF-16
//! unit as well, so offsets still line up with the caller's string.

use wasm_bindgen::prelude::*;

use crate::text::utf16::Utf16Offsets;
use crate::{Error, Options};

fn type_name(value: &JsValue) -> String {
    if value.is_null() {
        "null".into()
    } else if value.is_array() {
        "an array".into()
    } else {
        value
            .js_typeof()
            .as_string()
            .unwrap_or_else(|| "unknown".into())
    }
}

fn type_error(message: String) -> JsValue {
    js_sys::TypeError::new(&message).into()
}

fn options_from(value: JsValue) -> Result<Options, JsValue> {
    if value.is_undefined() || value.is_null() {
        return Ok(Options::default());
    }
    if !value.is_object() || value.is_array() {
        return Err(type_error(format!(
            "lede.analyze: options must be an object, got {}",
            type_name(&value)
        )));
    }
    reject_unknown_keys(&value)?;
    serde_wasm_bindgen::from_value(value)
        .map_err(|e| type_error(format!("lede.analyze: bad options: {e}")))
}

/// serde-wasm-bindgen reads a struct by looking up its known fields, so
/// `deny_unknown_fields` never fires for a JS object: a misspelt option
/// would silently do nothing. The known names come from the serialised
/// defaults, so they cannot drift from [`Options`].
fn reject_unknown_keys(value: &JsValue) -> Result<(), JsValue> {
    let given = js_sys::Object::keys(value.unchecked_ref::<js_sys::Object>());
    if given.length() == 0 {
        return Ok(());
    }
    let known = default_options()?;
    let known = js_sys::Object::keys(known.unchecked_ref::<js_sys::Object>());
    for key in given.iter() {
        if !known.includes(&key, 0) {
            let names: Vec<String> = known.iter().filter_map(|k| k.as_string()).collect();
            return Err(type_error(format!(
                "lede.analyze: unknown option {:?} (the options are {})",
                key.as_string().unwrap_or_default(),
                names.join(", ")
            )));
        }
    }
    Ok(())
}

/// `analyze(text: string, options?: Options): Analysis`
///
/// The steps it calls (the counts, the offset map, the tape) are kept out
/// of it (`#[inline(never)]`), for the first call of a fresh page or
/// process. V8 runs new wasm code as Liftoff (baseline) code and recompiles
/// a function with TurboFan, whole, on background threads, once it has
/// used up a tier-up budget, which each loop back edge charges with the
/// length of the loop's code, whichever path ran, and each return with the
/// length of the code before it. On a two-core machine those recompiles
/// compete with the first analysis for the CPU, and a big function costs
/// more than its size (compile time grows faster). So in wasm the rare
/// paths of loops that run once a byte, a token or a word, and the steps
/// of a call like this one, are functions of their own
/// (`#[cfg_attr(target_arch = "wasm32", inline(never))]` where native code
/// would lose by it), and the closed word lists are made at compile time
/// (`entities::words`), not on first use, and small blocks come from
/// `crate::pool` rather than dlmalloc: the first analysis of the sample
/// now recompiles 5 small functions, 7 KB of code (it was 14 functions,
/// 71 KB), and the CPU work it costs went from 513 to 106 million
/// instructions (`scripts/bench-instr.sh`).
#[wasm_bindgen(js_name = analyze, skip_typescript)]
pub fn analyze_js(text: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let Some(text) = text.as_string() else {
        return Err(type_error(format!(
            "lede.analyze: text must be a string, got {}",
            type_name(&text)
        )));
    };
    let options = options_from(options)?;
    let mut analysis = crate::analyze(&text, &options).map_err(|e| -> JsValue {
        match e {
            Error::InputTooLarge { .. } => {
                js_sys::RangeError::new(&format!("lede.analyze: {e}")).into()
            }
            Error::InvalidOption(_) => type_error(format!("lede.analyze: {e}")),
        }
    })?;
    let offsets = Utf16Offsets::new(&text);
    if !offsets.is_identity() {
        analysis.map_offsets(|o| offsets.convert(o));
    }
    // The result crosses as a tape of numbers and one string (src/tape.rs),
    // rebuilt into objects by src/wasm/decode.js: much cheaper than JSON
    // text parsed by JSON.parse, and than building the object field by
    // field across the boundary.
    let encoded = SHAPES
        .with(|shapes| crate::tape::encode_with(&analysis, &mut shapes.borrow_mut()))
        .map_err(|e| -> JsValue {
            js_sys::Error::new(&format!("lede.analyze: cannot build the result: {e}")).into()
        })?;
    let decoded = decode(&encoded.tape, &encoded.strings, &encoded.shapes);
    SHAPES.with(|shapes| shapes.borrow_mut().recycle(encoded));
    decoded
}

thread_local! {
    /// The shapes this instance's `decode` has been sent: one instance of
    /// the wasm and one copy of decode.js live and die together (the npm
    /// package makes a fresh copy of the glue, decode.js included, for a
    /// fresh instance), so the shapes cross once, not with every result.
    static SHAPES: std::cell::RefCell<crate::tape::Shapes> = Default::default();
}

#[wasm_bindgen(module = "/src/wasm/decode.js")]
extern "C" {
    /// Reads the tape before returning (it is a view of wasm memory).
    #[wasm_bindgen(catch)]
    fn decode(tape: &[f64], strings: &str, shapes: &str) -> Result<JsValue, JsValue>;
}

/// `defaultOptions(): Options`, the options `analyze` uses when given none.
#[wasm_bindgen(js_name = defaultOptions, skip_typescript)]
pub fn default_options() -> Result<JsValue, JsValue> {
    serde_wasm_bindgen::to_value(&Options::default())
        .map_err(|e| js_sys::Error::new(&e.to_string()).into())
}

/// `version(): string`, the version of the lede crate in this wasm file.
#[wasm_bindgen(js_name = version)]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
