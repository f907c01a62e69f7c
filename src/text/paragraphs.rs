//! Paragraph breaks and repeated paragraphs.
//!
//! Pasted articles come in two shapes: paragraphs separated by blank lines
//! (most web copy), or one paragraph per line with no blank lines at all.
//! When the text has any blank line, blank lines separate paragraphs and
//! single line breaks stay inside them (the sentence splitter decides what a
//! single break means); otherwise every non-empty line is a paragraph.

use super::Span;
use crate::bare::prelude::*;
use crate::hash::{bytes_equal_to, load8, Map};

/// A paragraph: its span and the indices of its lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub span: Span,
    pub lines: core::ops::Range<usize>,
}

/// Cuts `text` into its non-empty lines (trimmed) and the paragraphs they
/// form. Whitespace-only text gives nothing.
pub fn split(text: &str) -> (Vec<Span>, Vec<Block>) {
    let all = lines(text);
    let has_blank_line = all.iter().any(|l| l.is_empty());
    let mut kept: Vec<Span> = Vec::new();
    let mut blocks: Vec<Block> = Vec::new();
    let mut open = false;
    for line in all {
        if line.is_empty() {
            open = false;
            continue;
        }
        kept.push(line);
        let index = kept.len() - 1;
        match blocks.last_mut() {
            Some(b) if open && has_blank_line => {
                b.span.end = line.end;
                b.lines.end = index + 1;
            }
            _ => blocks.push(Block {
                span: line,
                lines: index..index + 1,
            }),
        }
        open = true;
    }
    (kept, blocks)
}

/// Every line of `text`, trimmed; whitespace-only lines come out empty.
#[cfg_attr(lede_abort, optimize(size))]
fn lines(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut push = |start: usize, end: usize| {
        let line = &text[start..end];
        let trimmed_start = line.len() - line.trim_start().len();
        let trimmed = line.trim();
        let s = start + trimmed_start;
        out.push(Span::new(s, s + trimmed.len()));
    };
    let mut i = 0;
    while i < bytes.len() {
        // Skip to the next byte that may begin a separator.
        match next_separator_byte(bytes, i) {
            Some(k) => i = k,
            None => break,
        }
        // Line separators: \n, \r\n, a lone \r, and U+2028/U+2029.
        let (sep_len, is_sep) = match bytes[i] {
            b'\n' => (1, true),
            b'\r' => (
                if bytes.get(i + 1) == Some(&b'\n') {
                    2
                } else {
                    1
                },
                true,
            ),
            0xE2 if bytes.get(i + 1) == Some(&0x80)
                && matches!(bytes.get(i + 2), Some(0xA8) | Some(0xA9)) =>
            {
                (3, true)
            }
            _ => (1, false),
        };
        if is_sep {
            push(start, i);
            start = i + sep_len;
        }
        i += sep_len;
    }
    push(start, text.len());
    out
}

/// The index of the first byte at or after `from` that may begin a line
/// separator: `\n`, `\r`, or 0xE2 (the first byte of U+2028 and U+2029,
/// and of much other punctuation). Eight bytes at a time: most text has
/// none of them for hundreds of bytes.
#[cfg_attr(lede_abort, optimize(size))]
fn next_separator_byte(bytes: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    while i + 8 <= bytes.len() {
        let word = load8(bytes, i);
        let found =
            bytes_equal_to(word, b'\n') | bytes_equal_to(word, b'\r') | bytes_equal_to(word, 0xE2);
        if found != 0 {
            // Little-endian: the lowest set bit is the first such byte.
            return Some(i + found.trailing_zeros() as usize / 8);
        }
        i += 8;
    }
    bytes[i..]
        .iter()
        .position(|&b| matches!(b, b'\n' | b'\r' | 0xE2))
        .map(|k| i + k)
}

/// For each line, the index of the first earlier line with the same words
/// (whitespace differences ignored). Lines without any letter or digit
/// never count as repeats.
#[cfg_attr(lede_abort, optimize(size))]
pub fn find_repeats(text: &str, paragraphs: &[Span]) -> Vec<Option<usize>> {
    let mut out = Vec::with_capacity(paragraphs.len());
    if paragraphs.len() < 2 {
        // Nothing earlier to repeat: no need to hash the line.
        out.resize(paragraphs.len(), None);
        return out;
    }
    let mut seen: Map<u64, Vec<usize>> = Map::default();
    for (i, p) in paragraphs.iter().enumerate() {
        let body = p.of(text);
        if !body.chars().any(char::is_alphanumeric) {
            out.push(None);
            continue;
        }
        let hash = words_hash(body);
        let candidates = seen.or_insert_with(hash, hash, Vec::new);
        let earlier = candidates.iter().copied().find(|&j| {
            paragraphs[j]
                .of(text)
                .split_whitespace()
                .eq(body.split_whitespace())
        });
        if earlier.is_none() {
            candidates.push(i);
        }
        out.push(earlier);
    }
    out
}

/// A hash that is the same for lines of the same words, whatever white
/// space separates them: FNV-1a over the bytes of `line` other than white
/// space and ASCII control characters. Lines that differ only there (or in
/// where their words break) share a hash too, and are told apart by the
/// word-by-word comparison. Every other character counts, so lines of
/// different words in any script rarely share a hash: a hash of the ASCII
/// bytes alone gave every line of a Russian or Chinese text the same one,
/// and made finding repeats quadratic in the number of lines. Only a
/// non-ASCII character is decoded, out of line, to ask whether it is white
/// space, so the loop over the bytes stays short (in wasm, Liftoff charges
/// its length a byte).
#[cfg_attr(lede_abort, optimize(size))]
fn words_hash(line: &str) -> u64 {
    let bytes = line.as_bytes();
    let mut hash = FNV_OFFSET;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii() {
            if b.is_ascii_graphic() {
                hash = fnv(hash, b);
            }
            i += 1;
        } else {
            (hash, i) = hash_non_ascii(line, i, hash);
        }
    }
    hash
}

/// [`words_hash`]'s step over the non-ASCII character at byte `i` of
/// `line` (a character boundary): `hash` with the character's bytes unless
/// it is white space, and the index after it.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn hash_non_ascii(line: &str, i: usize, hash: u64) -> (u64, usize) {
    let c = line[i..].chars().next().unwrap_or(' ');
    let end = i + c.len_utf8();
    if c.is_whitespace() {
        return (hash, end);
    }
    let hash = line.as_bytes()[i..end].iter().fold(hash, |h, &b| fnv(h, b));
    (hash, end)
}

/// FNV-1a: the line hashes only group candidate repeats (every candidate is
/// compared word by word), so a cheap hash does.
const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// One byte into an FNV-1a hash.
#[inline]
#[cfg_attr(lede_abort, optimize(size))]
fn fnv(hash: u64, byte: u8) -> u64 {
    (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separator_bytes_are_found_at_every_offset() {
        let naive = |bytes: &[u8], from: usize| {
            bytes[from..]
                .iter()
                .position(|&b| matches!(b, b'\n' | b'\r' | 0xE2))
                .map(|k| from + k)
        };
        let text =
            "plain words here and there\r\nnext\u{2028}line \u{2019}quoted\u{2019} \n\u{FF}x end";
        let bytes = text.as_bytes();
        for from in 0..=bytes.len() {
            assert_eq!(
                next_separator_byte(bytes, from),
                naive(bytes, from),
                "from {from}"
            );
        }
    }

    fn paragraphs(text: &str) -> Vec<&str> {
        split(text).1.iter().map(|b| b.span.of(text)).collect()
    }

    #[test]
    fn blank_lines_separate_paragraphs_and_single_breaks_stay_inside() {
        let t = "Title\n\nOne line\ncontinues.\n\n  Two.  \n";
        assert_eq!(paragraphs(t), ["Title", "One line\ncontinues.", "Two."]);
        assert_eq!(split(t).1[1].lines, 1..3);
    }

    #[test]
    fn without_blank_lines_each_line_is_a_paragraph() {
        let t = "First para.\r\nSecond para.\rThird.\u{2029}Fourth.";
        assert_eq!(
            paragraphs(t),
            ["First para.", "Second para.", "Third.", "Fourth."]
        );
    }

    #[test]
    fn whitespace_only_text_has_no_paragraphs() {
        assert!(split("  \n\t\n ").1.is_empty());
        assert!(split("").1.is_empty());
    }

    #[test]
    fn ascii_and_unicode_spacing_hash_alike() {
        assert_eq!(
            words_hash("Big  news\t!"),
            words_hash("Big\u{A0}news\u{2003}!")
        );
        assert_eq!(words_hash(" a\x0Bb "), words_hash("a b"));
    }

    #[test]
    fn lines_that_share_a_hash_but_not_their_words_are_not_repeats() {
        let t = "Big news\n\nBign ews\n\nBig news\u{1}";
        assert_eq!(words_hash("Big news"), words_hash("Bign ews"));
        assert_eq!(words_hash("Big news"), words_hash("Big news\u{1}"));
        let (lines, _) = split(t);
        assert_eq!(find_repeats(t, &lines), [None, None, None]);
    }

    #[test]
    fn lines_of_other_scripts_hash_apart_and_unicode_space_is_no_word() {
        // Grouping every line of a non-Latin text under one hash would make
        // finding repeats quadratic in the number of lines.
        for (a, b) in [
            ("Привет мир", "Добрый день"),
            ("東京で会議", "大阪で会議"),
            ("שלום עולם", "בוקר טוב"),
            ("Big \u{201C}news\u{201D}", "Big news"),
        ] {
            assert_ne!(words_hash(a), words_hash(b), "{a} / {b}");
        }
        assert_eq!(words_hash("Привет\u{00A0}мир"), words_hash("Привет  мир"));
        assert_eq!(words_hash("a\u{3000}b\u{2029}"), words_hash("a b"));
    }

    #[test]
    fn repeated_headline_lines_point_at_their_first_occurrence() {
        let t = "Big news\n\nBig  news\nBig news\n\nBody text.\n\n***\n\n***";
        let (lines, _) = split(t);
        assert_eq!(
            find_repeats(t, &lines),
            [None, Some(0), Some(0), None, None, None]
        );
    }
}
