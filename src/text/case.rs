//! Lower case without the standard library's table.
//!
//! `char::to_lowercase` looks characters up in a table of 1,400-odd pairs
//! (about 11.7 KB of the wasm, 6 KB gzipped with its code). The mapping is
//! regular: most characters lower by a fixed offset along a run, every
//! character or every other one (A-Z, À-Þ, the Latin Extended pairs, Greek,
//! Cyrillic). [`crate::tables::case::LOWER_RUNS`] holds those runs, about
//! 190 of them, generated from the standard library by
//! `examples/gen_case.rs`; a test checks every character against it.
//!
//! Strings: [`lower_str`] is `str::to_lowercase` but for the Greek final
//! sigma, where the standard library reads the Unicode properties Cased
//! and Case_Ignorable around a capital sigma and this reads whether the
//! characters on either side are letters ("ΟΔΟΣ" gives "οδος" both ways).

use crate::bare::prelude::*;
use crate::tables::case::LOWER_RUNS;

/// The character that `c` lowers to, or `c`: the first of two for the one
/// character that lowers to two ("İ" to "i" and a combining dot above).
#[inline]
pub(crate) fn lower(c: char) -> char {
    let cp = u32::from(c);
    if cp < 0x80 {
        return c.to_ascii_lowercase();
    }
    if cp == 0x130 {
        return 'i';
    }
    let i = LOWER_RUNS.partition_point(|r| r.0 <= cp);
    let Some(&(first, count, stride, offset)) = i.checked_sub(1).map(|i| &LOWER_RUNS[i]) else {
        return c;
    };
    let (k, stride) = (cp - first, u32::from(stride));
    if k % stride == 0 && k / stride < u32::from(count) {
        char::from_u32(cp.wrapping_add_signed(offset)).unwrap_or(c)
    } else {
        c
    }
}

/// Pushes the lower case of `c` onto `out`, as `out.extend(c.to_lowercase())`.
#[inline]
#[cfg_attr(lede_abort, optimize(size))]
pub(crate) fn push_lower(out: &mut String, c: char) {
    out.push(lower(c));
    if c == '\u{130}' {
        out.push('\u{307}');
    }
}

/// Pushes the lower case of `text` onto `out` (see the module's note on the
/// final sigma).
pub(crate) fn push_lower_str(out: &mut String, text: &str) {
    if text.is_ascii() {
        let start = out.len();
        out.push_str(text);
        out[start..].make_ascii_lowercase();
        return;
    }
    let mut prev_letter = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == 'Σ' {
            let next_letter = chars.peek().is_some_and(|n| n.is_alphabetic());
            out.push(if prev_letter && !next_letter {
                'ς'
            } else {
                'σ'
            });
        } else {
            push_lower(out, c);
        }
        prev_letter = c.is_alphabetic();
    }
}

/// The lower case of `text`, as `text.to_lowercase()` (see the module's note
/// on the final sigma).
#[cfg_attr(lede_abort, optimize(size))]
pub(crate) fn lower_str(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_lower_str(&mut out, text);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_character_lowers_as_the_standard_library_does() {
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            let mut ours = String::new();
            push_lower(&mut ours, c);
            let theirs: String = c.to_lowercase().collect();
            assert_eq!(
                ours,
                theirs,
                "U+{:04X}: regenerate src/tables/case.rs with \
                 `cargo run --example gen_case > src/tables/case.rs`",
                u32::from(c)
            );
            assert_eq!(Some(lower(c)), c.to_lowercase().next());
        }
    }

    #[test]
    fn strings_lower_as_the_standard_library_does() {
        for text in [
            "",
            "Reuters",
            "ÉCOLE Polytechnique",
            "İSTANBUL",
            "Москва",
            "ΟΔΟΣ",
            "ΣΟΦΙΑ",
            "ΟΔΟΣ ΑΘΗΝΑΣ",
            "Σ",
            "ΑΣ.",
            "São Paulo 2025 — Ünïcödé",
            "東京 Tokyo",
        ] {
            assert_eq!(lower_str(text), text.to_lowercase(), "{text}");
        }
    }
}
