//! The JavaScript face of lede: the only module that knows about JS.
//!
//! It converts at the edge and nothing more: arguments are checked and
//! turned into Rust values (a wrong type is a `TypeError` with a message
//! that names the argument), the core runs, and offsets are re-expressed in
//! UTF-16 code units so that `text.slice(start, end)` in JS is the span.
//! Lone surrogates in the JS string arrive as U+FFFD, which is one UTF-16
//! unit as well, so offsets still line up with the caller's string.

use crate::bare::prelude::*;
use wasm_bindgen::prelude::*;

use crate::tape::Tape;
use crate::text::utf16::Utf16Offsets;
use crate::{Error, Options};

#[cfg_attr(lede_abort, optimize(size))]
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

#[cfg_attr(lede_abort, optimize(size))]
fn type_error(message: String) -> JsValue {
    js_sys::TypeError::new(&message).into()
}

/// The options an object gives, read field by field: a number where a
/// number goes, a whole number where a count goes; a missing or undefined
/// field keeps its default. (Read by hand rather than by
/// serde-wasm-bindgen, whose error messages brought the float formatting
/// code into the wasm: 17 KB gzipped.)
#[cfg_attr(lede_abort, optimize(size))]
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
    let number = |name: &str| field(&value, name, JsValue::as_f64, "a number");
    // A count: a whole number that fits in a u32 (and so in a wasm usize).
    let count = |name: &str| -> Result<Option<u32>, JsValue> {
        match number(name)? {
            None => Ok(None),
            Some(n) if n >= 0.0 && n <= f64::from(u32::MAX) && n.fract() == 0.0 => {
                Ok(Some(n as u32))
            }
            Some(_) => Err(type_error(format!(
                "lede.analyze: bad options: {name} must be a whole number from 0 to {}",
                u32::MAX
            ))),
        }
    };
    let mut o = Options::default();
    let flag = |name: &str| field(&value, name, JsValue::as_bool, "true or false");
    let [max_input_bytes, long_sentence_words, hard_grade, very_hard_grade, reading, speaking, max_keywords, keep_boilerplate] =
        crate::analysis::OPTION_NAMES;
    if let Some(n) = count(max_input_bytes)? {
        o.max_input_bytes = n as usize;
    }
    if let Some(n) = count(long_sentence_words)? {
        o.long_sentence_words = n;
    }
    if let Some(n) = number(hard_grade)? {
        o.hard_grade = n;
    }
    if let Some(n) = number(very_hard_grade)? {
        o.very_hard_grade = n;
    }
    if let Some(n) = number(reading)? {
        o.reading_words_per_minute = n;
    }
    if let Some(n) = number(speaking)? {
        o.speaking_words_per_minute = n;
    }
    if let Some(n) = count(max_keywords)? {
        o.max_keywords = n as usize;
    }
    if let Some(b) = flag(keep_boilerplate)? {
        o.keep_boilerplate = b;
    }
    Ok(o)
}

/// Field `name` of the options object `options`, read by `read`: `None`
/// when it is missing or undefined, a `TypeError` that says it must be
/// `what` when `read` cannot read it.
#[cfg_attr(lede_abort, optimize(size))]
fn field<T>(
    options: &JsValue,
    name: &str,
    read: impl Fn(&JsValue) -> Option<T>,
    what: &str,
) -> Result<Option<T>, JsValue> {
    let v = js_sys::Reflect::get(options, &JsValue::from_str(name))?;
    if v.is_undefined() {
        return Ok(None);
    }
    read(&v).map(Some).ok_or_else(|| {
        type_error(format!(
            "lede.analyze: bad options: {name} must be {what}, got {}",
            type_name(&v)
        ))
    })
}

/// A misspelt option would silently do nothing: every key must be one of
/// [`crate::analysis::OPTION_NAMES`].
#[cfg_attr(lede_abort, optimize(size))]
fn reject_unknown_keys(value: &JsValue) -> Result<(), JsValue> {
    let given = js_sys::Object::keys(value.unchecked_ref::<js_sys::Object>());
    for key in given.iter() {
        let key = key.as_string().unwrap_or_default();
        if !crate::analysis::OPTION_NAMES.contains(&key.as_str()) {
            // (Joined by hand: `join` is a function of its own in the wasm.)
            let mut names = String::new();
            for name in crate::analysis::OPTION_NAMES {
                if !names.is_empty() {
                    names.push_str(", ");
                }
                names.push_str(name);
            }
            return Err(type_error(format!(
                "lede.analyze: unknown option \"{key}\" (the options are {names})"
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
#[cfg_attr(lede_abort, optimize(size))]
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
    let tape = SPARE.with_borrow_mut(|spare| Tape::encode(&analysis, spare));
    let decoded = decode(&tape.tape, &tape.strings);
    SPARE.with_borrow_mut(|spare| tape.recycle(spare));
    decoded
}

per_thread! {
    /// The buffers of the last tape, for the next one to fill.
    static SPARE: core::cell::RefCell<Option<Tape>> = const { core::cell::RefCell::new(None) };
}

#[wasm_bindgen(module = "/src/wasm/decode.js")]
extern "C" {
    /// Reads the tape before returning (it is a view of wasm memory).
    #[wasm_bindgen(catch)]
    fn decode(tape: &[f64], strings: &str) -> Result<JsValue, JsValue>;
}

/// `defaultOptions(): Options`, the options `analyze` uses when given none.
#[wasm_bindgen(js_name = defaultOptions, skip_typescript)]
#[cfg_attr(lede_abort, optimize(size))]
pub fn default_options() -> Result<JsValue, JsValue> {
    let object = js_sys::Object::new();
    let names = crate::analysis::OPTION_NAMES;
    let defaults = Options::default();
    for (name, value) in names.iter().zip(defaults.values()) {
        let value = if *name == "keepBoilerplate" {
            JsValue::from_bool(defaults.keep_boilerplate)
        } else {
            JsValue::from_f64(value)
        };
        js_sys::Reflect::set(&object, &JsValue::from_str(name), &value)?;
    }
    Ok(object.into())
}

/// `version(): string`, the version of the lede crate in this wasm file.
#[wasm_bindgen(js_name = version)]
#[cfg_attr(lede_abort, optimize(size))]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
