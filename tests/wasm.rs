//! The JS face of lede (src/wasm.rs) as JavaScript sees it: real JS strings
//! and values in, real JS objects and errors out.
//!
//! Runs in Node (`cargo test --target wasm32-unknown-unknown --tests`) and in
//! headless Chromium (`WASM_BINDGEN_USE_BROWSER=1 cargo test --target
//! wasm32-unknown-unknown --tests`). The exported functions are called as the
//! Rust functions behind them, with `JsValue` arguments, which is exactly
//! what the generated glue does.
#![cfg(target_arch = "wasm32")]

use js_sys::{JsString, Object, RangeError, Reflect, TypeError};
use lede::wasm::{analyze_js, default_options, version};
use serde_json::Value;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

fn analyze(text: &JsValue, options: JsValue) -> Value {
    let result = analyze_js(text.clone(), options).expect("analyze should succeed");
    serde_wasm_bindgen::from_value(result).expect("the result is plain data")
}

fn analyze_str(text: &str) -> Value {
    analyze(&JsValue::from_str(text), JsValue::UNDEFINED)
}

/// Parses a JS object literal written as JSON (the options in these tests).
fn js(json: &str) -> JsValue {
    js_sys::JSON::parse(json).expect("valid JSON")
}

fn message(error: &JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .unwrap_or_else(|| format!("not an Error: {error:?}"))
}

fn expect_type_error(result: Result<JsValue, JsValue>, needle: &str) {
    let error = result.expect_err("expected a TypeError");
    assert!(
        error.is_instance_of::<TypeError>(),
        "expected a TypeError, got {error:?}"
    );
    let message = message(&error);
    assert!(
        message.contains(needle),
        "message {message:?} should mention {needle:?}"
    );
}

fn as_usize(v: &Value) -> usize {
    v.as_u64().expect("a non-negative integer") as usize
}

/// `text.slice(start, end)` for every sentence, computed by JS itself.
fn sentence_slices(text: &JsString, analysis: &Value) -> Vec<JsString> {
    analysis["sentences"]
        .as_array()
        .expect("sentences is an array")
        .iter()
        .map(|s| {
            let (start, end) = (as_usize(&s["start"]), as_usize(&s["end"]));
            assert!(start <= end && end <= text.length() as usize);
            text.slice(start as u32, end as u32)
        })
        .collect()
}

/// Every span in the result lies inside the text, start before end.
fn assert_spans_inside(analysis: &Value, len: usize) {
    for list in [
        "sentences",
        "paragraphs",
        "repeatedLines",
        "boilerplateLines",
    ] {
        for item in analysis[list].as_array().expect("an array") {
            let (start, end) = (as_usize(&item["start"]), as_usize(&item["end"]));
            assert!(
                start <= end && end <= len,
                "{list}: {start}..{end} of {len}"
            );
        }
    }
}

fn assert_still_works() {
    let a = analyze_str("The instance still works. It answers.");
    assert_eq!(a["stats"]["sentences"], 2);
    assert_eq!(a["stats"]["words"], 6);
}

#[wasm_bindgen_test]
fn sentence_offsets_are_utf16_so_js_slice_gives_the_sentence() {
    let sentences = [
        "Café owners in Zürich love ☕ and 🎉 equally.",
        "Naïve résumés with 😀 emoji still count 👩‍👩‍👧 families.",
        "The third one is plain.",
    ];
    let text = JsString::from(sentences.join(" "));
    let analysis = analyze(&text.clone().into(), JsValue::UNDEFINED);
    let slices = sentence_slices(&text, &analysis);
    let slices: Vec<String> = slices.iter().map(String::from).collect();
    assert_eq!(slices, sentences);
    // The second sentence starts at UTF-16 unit 45: the 44 characters
    // before it (51 UTF-8 bytes) include one astral emoji, two units.
    assert_eq!(analysis["sentences"][1]["start"], 45);
}

#[wasm_bindgen_test]
fn entity_mention_offsets_are_utf16_too() {
    let text = JsString::from(
        "🎉 Fans cheered in Zürich. Later 👩‍👩‍👧 families met Vladimir Putin in São Paulo, \
         and Putin spoke.",
    );
    let analysis = analyze(&text.clone().into(), JsValue::UNDEFINED);
    let mut mentions = 0;
    for entity in analysis["entities"]
        .as_array()
        .expect("entities is an array")
    {
        for m in entity["mentions"].as_array().expect("mentions is an array") {
            let slice = text.slice(as_usize(&m["start"]) as u32, as_usize(&m["end"]) as u32);
            assert_eq!(String::from(slice), m["text"].as_str().unwrap());
            mentions += 1;
        }
    }
    assert!(mentions >= 3, "{analysis:#}");
}

#[wasm_bindgen_test]
fn the_result_has_the_documented_shape() {
    let a = analyze_str(
        "Budget approved\n\nBudget approved\n\nThe committee met. It approved the budget.",
    );
    for key in [
        "stats",
        "readability",
        "sentences",
        "paragraphs",
        "repeatedLines",
        "boilerplateLines",
    ] {
        assert!(!a[key].is_null(), "missing {key}");
    }
    assert_eq!(a["stats"]["words"], 9);
    assert_eq!(a["stats"]["repeatedLines"], 1);
    assert_eq!(a["paragraphs"][1]["repeatOf"], 0);
    assert_eq!(a["paragraphs"][0]["repeatOf"], Value::Null);
    assert_eq!(a["sentences"][1]["difficulty"], "ok");
    // Too short for any formula: null scores and a note, never a number.
    assert_eq!(a["readability"]["fleschReadingEase"], Value::Null);
    assert_eq!(a["readability"]["notes"][0]["formula"], "all");
}

#[wasm_bindgen_test]
fn non_string_text_is_a_type_error_and_the_next_call_works() {
    let cases: [(JsValue, &str); 7] = [
        (JsValue::from_f64(42.0), "got number"),
        (JsValue::UNDEFINED, "got undefined"),
        (JsValue::NULL, "got null"),
        (Object::new().into(), "got object"),
        (js_sys::Array::new().into(), "got an array"),
        (JsValue::TRUE, "got boolean"),
        (JsString::from("boxed").into(), "__never__"), // a string is fine
    ];
    for (value, needle) in cases {
        if value.is_string() {
            assert!(analyze_js(value, JsValue::UNDEFINED).is_ok());
            continue;
        }
        let result = analyze_js(value, JsValue::UNDEFINED);
        expect_type_error(result.clone(), "lede.analyze: text must be a string");
        expect_type_error(result, needle);
        assert_still_works();
    }
}

#[wasm_bindgen_test]
fn a_thousand_errors_in_a_row_leave_the_instance_usable() {
    for i in 0..1000 {
        let result = analyze_js(JsValue::from_f64(f64::from(i)), JsValue::UNDEFINED);
        assert!(result.is_err());
    }
    assert_still_works();
}

#[wasm_bindgen_test]
fn bad_options_are_type_errors() {
    let text = JsValue::from_str("Some text.");
    let cases = [
        (
            js(r#"{"longSentenceWord": 30}"#),
            "unknown option \"longSentenceWord\"",
        ),
        (
            js(r#"{"longSentenceWords": "25"}"#),
            "bad options: longSentenceWords must be a number, got string",
        ),
        (
            js(r#"{"maxInputBytes": -1}"#),
            "bad options: maxInputBytes must be a whole number from 0 to 4294967295",
        ),
        (
            js(r#"{"maxKeywords": 2.5}"#),
            "maxKeywords must be a whole number",
        ),
        (
            js(r#"{"hardGrade": null}"#),
            "bad options: hardGrade must be a number, got null",
        ),
        (
            js(r#"{"keepBoilerplate": 1}"#),
            "bad options: keepBoilerplate must be true or false, got number",
        ),
        (
            js(r#"{"readingWordsPerMinute": 0}"#),
            "readingWordsPerMinute",
        ),
        (js("[1, 2]"), "options must be an object, got an array"),
        (
            JsValue::from_f64(3.0),
            "options must be an object, got number",
        ),
        (
            JsValue::from_str("fast"),
            "options must be an object, got string",
        ),
    ];
    for (options, needle) in cases {
        expect_type_error(analyze_js(text.clone(), options), needle);
        assert_still_works();
    }
    // The unknown-option message lists the real names, to help the fix.
    let error = analyze_js(text.clone(), js(r#"{"typo": 1}"#)).unwrap_err();
    assert!(message(&error).contains("longSentenceWords"));
}

#[wasm_bindgen_test]
fn page_furniture_is_left_out_with_utf16_spans_unless_kept() {
    let source = "Zoë’s café reopens\n\nBy Zoë Adler, food writer\n\nAdvertisement\n\n\
                  The café on Rue Émile reopened on Monday after a fire. It serves 200 people a day.";
    let text = JsValue::from_str(source);
    let a = analyze(&text, JsValue::UNDEFINED);
    let lines = a["boilerplateLines"].as_array().unwrap();
    let kinds: Vec<&str> = lines.iter().map(|l| l["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["byline", "label"]);
    let js_text: js_sys::JsString = text.clone().unchecked_into();
    let slice = |l: &Value| {
        String::from(js_text.slice(as_usize(&l["start"]) as u32, as_usize(&l["end"]) as u32))
    };
    assert_eq!(slice(&lines[0]), "By Zoë Adler, food writer");
    assert_eq!(slice(&lines[1]), "Advertisement");
    assert_eq!(a["stats"]["boilerplateLines"], 2);
    assert_eq!(a["stats"]["sentences"], 3, "the headline and two sentences");
    assert_eq!(a["stats"]["paragraphs"], 2);
    let kept = analyze(&text, js(r#"{"keepBoilerplate": true}"#));
    assert_eq!(kept["boilerplateLines"].as_array().unwrap().len(), 0);
    assert_eq!(kept["stats"]["sentences"], 5);
    assert_eq!(kept["stats"]["paragraphs"], 4);
}

#[wasm_bindgen_test]
fn good_options_are_used_and_null_means_defaults() {
    let text = JsValue::from_str("One two three four five six. Seven.");
    let a = analyze(&text, js(r#"{"longSentenceWords": 5}"#));
    assert_eq!(a["sentences"][0]["long"], true);
    assert_eq!(a["sentences"][1]["long"], false);
    for empty in [JsValue::NULL, JsValue::UNDEFINED, js("{}")] {
        let a = analyze(&text, empty);
        assert_eq!(a["sentences"][0]["long"], false);
    }
    // A field set to undefined keeps its default; every field is read.
    let options = js(r#"{"maxKeywords": 1, "hardGrade": 1, "veryHardGrade": 2,
        "readingWordsPerMinute": 60, "speakingWordsPerMinute": 30, "maxInputBytes": 1000}"#);
    Reflect::set(&options, &"longSentenceWords".into(), &JsValue::UNDEFINED).unwrap();
    let text = JsValue::from_str(
        "The council met in Sydney on Tuesday. The mayor said the plan for the harbour \
         would go ahead after a long and difficult debate among the many councillors.",
    );
    let a = analyze(&text, options);
    assert_eq!(a["keywords"].as_array().unwrap().len(), 1);
    assert_eq!(a["sentences"][1]["long"], false, "25 words is the default");
    assert_eq!(
        a["sentences"][1]["difficulty"], "veryHard",
        "a grade of 2 is very hard"
    );
    let words = a["stats"]["words"].as_f64().unwrap();
    assert_eq!(a["stats"]["readingTimeSeconds"].as_f64().unwrap(), words);
    assert_eq!(
        a["stats"]["speakingTimeSeconds"].as_f64().unwrap(),
        2.0 * words
    );
    let too_long = analyze_js(
        JsValue::from_str(&"x ".repeat(600)),
        js(r#"{"maxInputBytes": 1000}"#),
    );
    assert!(too_long.unwrap_err().is_instance_of::<RangeError>());
}

#[wasm_bindgen_test]
fn input_over_max_input_bytes_is_a_range_error() {
    let options = js(r#"{"maxInputBytes": 10}"#);
    assert!(analyze_js(JsValue::from_str("0123456789"), options.clone()).is_ok());
    let error = analyze_js(JsValue::from_str("0123456789A"), options).unwrap_err();
    assert!(error.is_instance_of::<RangeError>(), "{error:?}");
    assert!(
        message(&error).contains("maxInputBytes"),
        "{}",
        message(&error)
    );
    // The limit counts UTF-8 bytes: four 3-byte characters are 12 bytes.
    let options = js(r#"{"maxInputBytes": 10}"#);
    let error = analyze_js(JsValue::from_str("€€€€"), options).unwrap_err();
    assert!(error.is_instance_of::<RangeError>());
    assert_still_works();
}

#[wasm_bindgen_test]
fn lone_surrogates_from_js_are_analysed_with_offsets_intact() {
    // "Alpha\uD800 beta. Gamma \uDC00delta.": two lone surrogates, which a
    // JS string may hold but UTF-8 cannot.
    let mut units: Vec<u16> = "Alpha".encode_utf16().collect();
    units.push(0xD800);
    units.extend(" beta. Gamma ".encode_utf16());
    units.push(0xDC00);
    units.extend("delta.".encode_utf16());
    let text = JsString::from_char_code(&units);
    assert_eq!(text.length() as usize, units.len());
    let analysis = analyze(&text.clone().into(), JsValue::UNDEFINED);
    assert_eq!(analysis["stats"]["sentences"], 2);
    let slices = sentence_slices(&text, &analysis);
    assert_eq!(slices[0], JsString::from_char_code(&units[..12]));
    assert_eq!(slices[1], JsString::from_char_code(&units[13..]));
    assert_still_works();
}

#[wasm_bindgen_test]
fn empty_and_whitespace_text_give_an_empty_analysis() {
    for text in ["", " ", "\n\n\t  \r\n", "\u{00A0}\u{2003}\u{3000}"] {
        let a = analyze_str(text);
        assert_eq!(a["stats"]["words"], 0, "{text:?}");
        assert_eq!(a["stats"]["sentences"], 0);
        assert_eq!(a["sentences"], Value::Array(vec![]));
        assert_eq!(a["readability"]["consensusGrade"], Value::Null);
    }
}

/// A deterministic stream of pseudo-random numbers (a 64-bit LCG, Knuth's
/// MMIX constants), so the junk is the same on every run.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u32 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) as u32
    }
}

#[wasm_bindgen_test]
fn a_megabyte_of_binary_junk_with_nuls_is_analysed() {
    // Bytes 0..=255 as Latin-1 code units: NULs, control characters, and
    // some runs of letters and full stops so the segmenter has work to do.
    let mut rng = Lcg(2024);
    let units: Vec<u16> = (0..600_000)
        .map(|i| {
            let r = rng.next();
            match (i / 4096) % 3 {
                0 => (r & 0xFF) as u16,
                1 => [0u16, 0x2E, 0x20, 0x61, 0x45, 0x0A][r as usize % 6],
                _ => (r & 0xFFFF) as u16, // any UTF-16 unit, surrogates too
            }
        })
        .collect();
    assert!(units.contains(&0));
    // A megabyte as the wasm sees it: UTF-8, lone surrogates as U+FFFD.
    assert!(String::from_utf16_lossy(&units).len() >= 1 << 20);
    // String.fromCharCode takes its units as arguments: build in chunks.
    let text = units.chunks(8192).fold(JsString::from(""), |text, chunk| {
        text.concat(&JsString::from_char_code(chunk))
    });
    let analysis = analyze(&text.into(), JsValue::UNDEFINED);
    assert_spans_inside(&analysis, units.len());
    // Lone surrogates arrive as U+FFFD; random pairs make one character.
    let characters = char::decode_utf16(units.iter().copied()).count();
    assert_eq!(as_usize(&analysis["stats"]["characters"]), characters);
    assert_still_works();
}

#[wasm_bindgen_test]
fn html_markup_is_analysed_as_text() {
    let html = "<!doctype html><html><head><title>Budget vote</title>\
        <script>alert('x')</script></head><body><p class=\"lead\">The council \
        approved the budget on Tuesday.</p><p>It takes effect in <b>May</b>.</p>\
        </body></html>";
    let text = JsString::from(html);
    let analysis = analyze(&text.clone().into(), JsValue::UNDEFINED);
    assert!(as_usize(&analysis["stats"]["words"]) > 5);
    assert_spans_inside(&analysis, html.len());
    let joined: String = sentence_slices(&text, &analysis)
        .iter()
        .map(String::from)
        .collect();
    assert!(joined.contains("approved the budget"));
}

/// Two megabytes here, where the wasm is an unoptimised debug build; the
/// npm package tests (tests/js/npm.test.mjs) analyse ten with the release
/// build.
#[wasm_bindgen_test]
fn megabytes_of_prose_are_analysed() {
    let sentence = "The minister said on Tuesday that the budget, worth 3.5 billion, would pass. ";
    let text = sentence.repeat(2 * 1024 * 1024 / sentence.len() + 1);
    let analysis = analyze_str(&text);
    assert_eq!(
        as_usize(&analysis["stats"]["sentences"]),
        text.len() / sentence.len()
    );
    assert_still_works();
}

#[wasm_bindgen_test]
fn default_options_and_version_are_exported() {
    let defaults = default_options().expect("defaultOptions works");
    let get = |key: &str| Reflect::get(&defaults, &JsValue::from_str(key)).unwrap();
    assert_eq!(get("maxInputBytes").as_f64(), Some(32.0 * 1024.0 * 1024.0));
    assert_eq!(get("longSentenceWords").as_f64(), Some(25.0));
    assert_eq!(get("keepBoilerplate").as_bool(), Some(false));
    // The defaults are valid options: passing them back changes nothing.
    let text = JsValue::from_str("A short text. With two sentences.");
    assert_eq!(analyze(&text, defaults), analyze(&text, JsValue::UNDEFINED));
    assert_eq!(version(), env!("CARGO_PKG_VERSION"));
}

/// The size of the instance's linear memory, in bytes.
fn memory_bytes() -> u32 {
    let memory: js_sys::WebAssembly::Memory = wasm_bindgen::memory().unchecked_into();
    memory
        .buffer()
        .unchecked_into::<js_sys::ArrayBuffer>()
        .byte_length()
}

/// Analyses the largest input of the memory tests (200 KB) twice and
/// returns the memory size it left.
fn analyse_the_largest_input() -> u32 {
    let large = "The council met on Tuesday in Sydney. Mayor Jane Smith said the $3.5 billion plan would go ahead. "
        .repeat(2_000);
    let text = JsValue::from_str(&large);
    analyze_js(text.clone(), JsValue::UNDEFINED).expect("large input");
    analyze_js(text, JsValue::UNDEFINED).expect("large input again");
    memory_bytes()
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = setTimeout)]
    fn set_timeout(callback: &js_sys::Function, ms: i32);
}

/// Gives the event loop a turn (a timer, not a microtask): in the browser
/// the test runner reads the page's output between tasks, and gives up on a
/// page that stays busy for 20 s, which 10,000 analyses in a debug build
/// can take on a loaded machine.
async fn let_the_page_breathe() {
    let wait = js_sys::Promise::new(&mut |resolve, _| set_timeout(&resolve, 0));
    wasm_bindgen_futures::JsFuture::from(wait)
        .await
        .expect("a timer resolves");
}

/// Issue 6: many analyses in a row must not grow the instance's linear
/// memory beyond what the largest single input needed.
#[wasm_bindgen_test]
async fn ten_thousand_analyses_leave_linear_memory_where_the_largest_input_put_it() {
    let after_largest = analyse_the_largest_input();
    let small = [
        JsValue::from_str(
            "Russian President Vladimir Putin met Masoud Pezeshkian in Moscow on Tuesday.",
        ),
        JsValue::from_str("Prices rose 2.1% last week, the Reserve Bank said."),
        JsValue::from_str(""),
        JsValue::from_str("👍 Emoji and 東京 and עברית."),
    ];
    for i in 0..10_000 {
        if i % 500 == 0 {
            let_the_page_breathe().await;
        }
        analyze_js(small[i % small.len()].clone(), JsValue::UNDEFINED).expect("small input");
    }
    assert_eq!(
        memory_bytes(),
        after_largest,
        "linear memory grew during 10,000 small analyses"
    );
}

/// A made-up word for `n`: syllables picked by the digits of `n`, so every
/// `n` below 12^4 spells a different word, none of them in any lexicon.
fn made_up_word(mut n: usize) -> String {
    const SYLLABLES: [&str; 12] = [
        "zor", "qua", "vel", "min", "tra", "bex", "lud", "fon", "gri", "sap", "kel", "dru",
    ];
    let mut word = String::new();
    for _ in 0..4 {
        word.push_str(SYLLABLES[n % SYLLABLES.len()]);
        n /= SYLLABLES.len();
    }
    word
}

/// Issue 6, with the per-thread caches under pressure: every one of 10,000
/// small texts brings words never seen before, so any memory that grows
/// with the words seen (rather than with the input at hand) would show.
#[wasm_bindgen_test]
async fn ten_thousand_analyses_of_new_words_leave_linear_memory_where_the_largest_input_put_it() {
    let after_largest = analyse_the_largest_input();
    for i in 0..10_000 {
        if i % 500 == 0 {
            let_the_page_breathe().await;
        }
        let w = |k: usize| made_up_word(i * 4 + k);
        let mut name = w(0);
        name[..1].make_ascii_uppercase();
        let text = format!(
            "Mayor {name} said the {} {} plan would cost $3 million. The {} {} met in {name} on Tuesday.",
            w(1),
            w(2),
            w(3),
            w(1)
        );
        let analysis = analyze(&JsValue::from_str(&text), JsValue::UNDEFINED);
        assert_eq!(analysis["stats"]["sentences"], 2, "{text}");
    }
    assert_eq!(
        memory_bytes(),
        after_largest,
        "linear memory grew during 10,000 small analyses of new words"
    );
}

/// The result crosses the boundary as a typed tape (src/tape.rs) that
/// src/wasm/decode.js reads field by field, each side knowing the fields on
/// its own. It must be exactly the object that JSON.parse makes of the
/// result as JSON (the CLI's output, offsets in UTF-16), whatever the text:
/// compared as JSON.stringify of both, key order included. The texts give
/// every kind of field its cases: null readability scores and a repeated
/// paragraph, roles and none, every kind of value entity, non-ASCII
/// strings.
#[wasm_bindgen_test]
fn the_result_is_the_object_json_parse_makes_of_the_json() {
    let texts = [
        include_str!("../www/samples/iran-russia-partnership.txt"),
        "",
        include_str!("../www/samples/harbour-bridge-reopens.txt"),
        "   \n\n  ",
        include_str!("../www/samples/library-night-classes.txt"),
        "Breaking news\n\nBreaking news\n\nThe committee met. It approved the budget.",
        "👍 Emoji and 東京 and עברית. \u{202E}Reversed\u{202C} \"quotes\" and \\ back\\slash, tab\tand \u{1} control.",
        "<p>Pasted <b>HTML</b> from Paris &amp; London.</p><script>alert(1)</script>",
        "Prices rose 2.1% to $3.5 billion on 4 July 2024 at 3 p.m., Reuters said.",
        "US President Joe Biden met French President Emmanuel Macron in Paris on Monday. \
         Muslims and Christians marched 5 km to the Louvre. Biden spoke for 20 minutes.",
        "__proto__ constructor toString hasOwnProperty",
        "short",
    ];
    for text in texts {
        let mut expected = lede::analyze(text, &lede::Options::default()).expect("analysis");
        let offsets = lede::text::utf16::Utf16Offsets::new(text);
        expected.map_offsets(|o| offsets.convert(o));
        let json = serde_json::to_string(&expected).expect("JSON");
        let expected = js_sys::JSON::stringify(&js_sys::JSON::parse(&json).expect("valid JSON"))
            .expect("stringify");
        let got = analyze_js(JsValue::from_str(text), JsValue::UNDEFINED).expect("analyze");
        let got = js_sys::JSON::stringify(&got).expect("stringify");
        let start: String = text.chars().take(60).collect();
        assert_eq!(
            String::from(got),
            String::from(expected),
            "for {start:?}..."
        );
    }
}
