#![cfg(not(target_arch = "wasm32"))]
//! Property tests: for any input, `analyze` succeeds (below the size cap),
//! every offset it returns is a character boundary inside the text, spans
//! come in the promised order, a mention's text is its slice, the words of
//! the sentences add up to the total, and the result serialises. Also the
//! UTF-16 offset map used at the JS edge.
//!
//! Inputs are article-like: fragments (capitalised words, abbreviations,
//! numbers, quotes, dots, newlines, emoji) mixed with arbitrary Unicode.

use lede::text::utf16::Utf16Offsets;
use lede::{analyze, Analysis, Error, Options};
use proptest::prelude::*;

const FRAGMENTS: &[&str] = &[
    "The",
    "the",
    "President",
    "Smith",
    "John",
    "Mary O'Neil",
    "United States",
    "U.S.",
    "Dr.",
    "Mr.",
    "Inc.",
    "NASA",
    "St. Louis",
    "Monday",
    "January",
    "5",
    "2024",
    "3.5",
    "$4bn",
    "12%",
    "p.m.",
    "said",
    "market",
    "prices",
    "rose",
    "and",
    "of",
    "in",
    "a",
    ".",
    ",",
    ";",
    ":",
    "!",
    "?",
    "...",
    "\"",
    "'",
    "“",
    "”",
    "‘",
    "’",
    "(",
    ")",
    "—",
    "-",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "😀",
    "👩‍👩‍👧",
    "é",
    "Ångström",
    "Zürich",
    "東京",
    "مرحبا",
    "\u{200b}",
    "\u{feff}",
    "\u{0301}",
    "http://example.com/a.b?c=d",
    "a@b.co",
    "1.",
    "-",
    "•",
    "HEADLINE IN CAPS",
    "e.g.",
    "No. 7",
    // Page furniture, whole lines of which are left out.
    "\nAdvertisement\n",
    "\nBy",
    "Read more:",
    "Photo:",
    "Updated",
    "©",
    "\nShare on Facebook\n",
    "min read",
];

fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => proptest::sample::select(FRAGMENTS).prop_map(str::to_string),
        2 => "[A-Z][a-z]{0,8}",
        1 => "[0-9]{1,6}([.,][0-9]{1,3})?",
        1 => any::<String>().prop_map(|s| s.chars().take(6).collect()),
    ]
}

fn article() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => proptest::collection::vec((fragment(), proptest::sample::select(&[" ", "", " ", "\n"][..])), 0..60)
            .prop_map(|parts| parts.into_iter().map(|(f, sep)| f + sep).collect()),
        1 => any::<String>(),
    ]
}

/// `start..end` (a line left out of the analysis, `what`) overlaps no
/// sentence of `a`, the analysis of `text`.
fn outside_every_sentence(text: &str, a: &Analysis, start: usize, end: usize, what: &str) {
    assert!(
        a.sentences.iter().all(|s| s.end <= start || end <= s.start),
        "a sentence overlaps {what} in {text:?}"
    );
}

fn on_boundary(text: &str, start: usize, end: usize, what: &str) {
    assert!(
        start <= end,
        "{what}: start {start} > end {end} in {text:?}"
    );
    assert!(
        end <= text.len(),
        "{what}: end {end} past {} in {text:?}",
        text.len()
    );
    assert!(
        text.is_char_boundary(start) && text.is_char_boundary(end),
        "{what}: {start}..{end} not on char boundaries in {text:?}"
    );
}

fn check(text: &str) {
    let a = analyze(text, &Options::default()).expect("analyze never fails below the cap");

    let mut previous_end = 0;
    for s in &a.sentences {
        on_boundary(text, s.start, s.end, "sentence");
        assert!(s.start < s.end, "empty sentence in {text:?}");
        assert!(
            s.start >= previous_end,
            "sentences out of order or overlapping in {text:?}"
        );
        previous_end = s.end;
        assert!(
            s.paragraph < a.paragraphs.len(),
            "sentence paragraph index out of range"
        );
        let p = &a.paragraphs[s.paragraph];
        assert!(
            p.start <= s.start && s.end <= p.end,
            "sentence crosses its paragraph in {text:?}"
        );
    }
    let mut previous_end = 0;
    for p in &a.paragraphs {
        on_boundary(text, p.start, p.end, "paragraph");
        assert!(
            p.start >= previous_end,
            "paragraphs out of order or overlapping in {text:?}"
        );
        previous_end = p.end;
    }
    for r in &a.repeated_lines {
        on_boundary(text, r.start, r.end, "repeated line");
        on_boundary(
            text,
            r.original_start,
            r.original_end,
            "repeated line original",
        );
        assert!(
            r.original_end <= r.start,
            "a repeat comes after its original in {text:?}"
        );
        outside_every_sentence(text, &a, r.start, r.end, "a repeated line");
    }
    // A line of page furniture lies inside one paragraph and outside every
    // sentence; the lines come in order.
    let mut previous_end = 0;
    for b in &a.boilerplate_lines {
        on_boundary(text, b.start, b.end, "boilerplate line");
        assert!(
            b.start < b.end && b.start >= previous_end,
            "boilerplate lines in order in {text:?}"
        );
        previous_end = b.end;
        assert!(
            a.paragraphs
                .iter()
                .any(|p| p.start <= b.start && b.end <= p.end),
            "boilerplate line outside every paragraph in {text:?}"
        );
        outside_every_sentence(text, &a, b.start, b.end, "a boilerplate line");
    }
    assert_eq!(a.stats.boilerplate_lines, a.boilerplate_lines.len());
    for e in &a.entities {
        assert!(
            !e.mentions.is_empty(),
            "entity without mentions in {text:?}"
        );
        for m in &e.mentions {
            on_boundary(text, m.start, m.end, "entity mention");
            assert_eq!(
                m.text,
                &text[m.start..m.end],
                "mention text is not its slice"
            );
        }
    }
    for k in &a.keywords {
        assert!(
            (0.0..=1.0).contains(&k.score),
            "keyword score {} outside 0..1",
            k.score
        );
        for m in &k.mentions {
            on_boundary(text, m.start, m.end, "keyword mention");
        }
    }
    let words: usize = a.sentences.iter().map(|s| s.words).sum();
    assert_eq!(
        words, a.stats.words,
        "sentence words do not add up in {text:?}"
    );

    let json = serde_json::to_string(&a).expect("the analysis serialises");
    assert!(json.starts_with('{'));
}

fn check_utf16(text: &str) {
    let map = Utf16Offsets::new(text);
    for i in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
        assert_eq!(
            map.convert(i),
            text[..i].encode_utf16().count(),
            "byte {i} of {text:?}"
        );
    }
}

// 256 cases a property (proptest's default); PROPTEST_CASES=N for more.
proptest! {

    #[test]
    fn analysis_offsets_and_counts_hold(text in article()) {
        check(&text);
    }

    #[test]
    fn utf16_offsets_match_encode_utf16(text in article()) {
        check_utf16(&text);
    }

    #[test]
    fn input_over_the_cap_is_refused(text in article(), cut in 0usize..64) {
        let limit = text.len().saturating_sub(cut + 1);
        let options = Options { max_input_bytes: limit, ..Options::default() };
        let result = analyze(&text, &options);
        if text.len() > limit {
            prop_assert_eq!(result, Err(Error::InputTooLarge { bytes: text.len(), limit }));
        } else {
            prop_assert!(result.is_ok());
        }
    }
}

/// Long texts cross the UTF-16 map's checkpoint blocks.
#[test]
fn utf16_offsets_across_blocks() {
    let text = "aé😀東 ".repeat(300) + "end";
    check_utf16(&text);
    check(&text);
}
