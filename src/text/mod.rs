//! The text layer: paragraphs, tokens and sentences as spans over the
//! original string.
//!
//! Nothing here copies or rewrites the text. A [`Document`] borrows the input
//! and holds three flat vectors of spans; every later stage (statistics,
//! entities, keyphrases) reads them and slices the original `&str`.
//!
//! Order of work: the text is cut into paragraphs first ([`paragraphs`]),
//! because a sentence never crosses a paragraph break and because repeated
//! paragraphs (a scraped headline three times over) are recognised there and
//! skipped, as are lines of page furniture ([`boilerplate`]:
//! "Advertisement", bylines, photo credits). Each kept paragraph is tokenised
//! ([`tokens`]) and its tokens are grouped into sentences ([`sentences`]); a
//! left-out line ends a sentence.
//!
//! Out of line in wasm: some functions here and in [`crate::stats`] carry
//! `#[cfg_attr(target_arch = "wasm32", inline(never))]`, so that loops that
//! run once a byte or a token stay short and V8 does not recompile them
//! during the first analysis of a short article (see `analyze_js` in
//! src/wasm.rs); native builds keep the usual inlining.

pub mod boilerplate;
pub mod case;
pub mod lexicon;
pub mod paragraphs;
pub mod sentences;
pub mod tokens;
pub mod utf16;
pub mod words;

use crate::bare::prelude::*;
pub use tokens::{Token, TokenKind};

/// A half-open range of UTF-8 byte offsets into the analysed text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    #[cfg_attr(lede_abort, optimize(size))]
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    #[cfg_attr(lede_abort, optimize(size))]
    pub fn is_empty(&self) -> bool {
        self.end == self.start
    }

    /// The text this span covers, `text` being the text the span was made
    /// from: every span the crate makes lies on character boundaries of the
    /// one text analysed (the tokenizer's spans and spans joined from them),
    /// which the property tests and the fuzz targets check. The slice is
    /// therefore taken unchecked: the checks and their panic paths at 242
    /// calls cost 14M instructions of a wasm pass over the Lee corpus (5.5%)
    /// and 2.7 KB of the wasm gzipped. Builds with debug assertions (the
    /// fuzz targets' included) still check. Crate-private, since a caller
    /// outside could pass any span with any text; outside the crate a span
    /// is sliced as `&text[span.start..span.end]`.
    #[inline]
    pub(crate) fn of<'t>(&self, text: &'t str) -> &'t str {
        debug_assert!(
            self.start <= self.end
                && self.end <= text.len()
                && text.is_char_boundary(self.start)
                && text.is_char_boundary(self.end)
        );
        // SAFETY: the span lies on character boundaries of `text`, inside
        // it, start before end (the invariant above; debug builds assert it).
        unsafe { text.get_unchecked(self.start..self.end) }
    }
}

/// A paragraph and its sentences. Lines that repeat an earlier line are left
/// out of its tokens; a paragraph made only of such lines has none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    pub span: Span,
    /// When every line repeats an earlier line: the paragraph of the first
    /// occurrence of its first line.
    pub repeat_of: Option<usize>,
    /// Indices into [`Document::sentences`].
    pub sentences: core::ops::Range<usize>,
    /// Whether every line of it is left out (repeated or furniture).
    pub left_out: bool,
}

/// A line left out of the analysis because it repeats an earlier line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RepeatedLine {
    pub span: Span,
    /// The first occurrence.
    pub original: Span,
}

/// A line left out of the analysis because it is page furniture.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BoilerplateLine {
    pub span: Span,
    pub kind: boilerplate::Boilerplate,
}

/// A sentence: its span and the indices of its tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    /// Indices into [`Document::tokens`].
    pub tokens: core::ops::Range<usize>,
    pub paragraph: usize,
}

/// A text cut into paragraphs, tokens and sentences.
#[derive(Debug, Clone)]
pub struct Document<'t> {
    pub text: &'t str,
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Sentence>,
    pub tokens: Vec<Token>,
    pub repeated_lines: Vec<RepeatedLine>,
    pub boilerplate_lines: Vec<BoilerplateLine>,
    /// The epoch of the word numbers of the tokens ([`Token::word`]; see
    /// [`words`]).
    pub word_epoch: u32,
}

impl<'t> Document<'t> {
    /// Segments `text`, leaving page furniture out. Never fails: any
    /// string, including an empty one, gives a document (possibly with no
    /// paragraphs).
    #[cfg_attr(lede_abort, optimize(size))]
    pub fn parse(text: &'t str) -> Document<'t> {
        Document::parse_with(text, true)
    }

    /// [`Document::parse`], with lines of page furniture left out
    /// (`skip_boilerplate`) or read as prose.
    pub fn parse_with(text: &'t str, skip_boilerplate: bool) -> Document<'t> {
        let mut doc = Document {
            text,
            paragraphs: Vec::new(),
            // English prose runs to about one token per five or six bytes
            // (news, with its figures and quotes, nearer five) and one
            // sentence per hundred; sizing for the denser end saves
            // regrowing (and copying) the tokens of most texts.
            sentences: Vec::with_capacity(text.len() / 100 + 1),
            tokens: Vec::with_capacity(text.len() / 5 + 1),
            repeated_lines: Vec::new(),
            boilerplate_lines: Vec::new(),
            word_epoch: 0,
        };
        let (lines, blocks) = paragraphs::split(text);
        let repeats = paragraphs::find_repeats(text, &lines);
        let furniture = if skip_boilerplate {
            boilerplate::classify_lines(text, &lines, &blocks)
        } else {
            Vec::new()
        };
        // The paragraph each line belongs to, to name the paragraph a
        // repeated line comes from.
        let mut paragraph_of_line = vec![0; lines.len()];
        for (index, block) in blocks.iter().enumerate() {
            paragraph_of_line[block.lines.clone()].fill(index);
        }
        for (index, block) in blocks.into_iter().enumerate() {
            let first_sentence = doc.sentences.len();
            let first_token = doc.tokens.len();
            // Whether every line is left out, and whether every line is
            // left out as a repeat.
            let (mut left_out, mut all_repeated) = (true, true);
            // The tokens not yet cut into sentences: a left-out line ends
            // a sentence, so that no sentence spans it.
            let mut run = first_token;
            let cut = |doc: &mut Document, run: &mut usize| {
                sentences::split(
                    text,
                    &doc.tokens,
                    *run..doc.tokens.len(),
                    index,
                    &mut doc.sentences,
                );
                *run = doc.tokens.len();
            };
            for line in block.lines.clone() {
                let furniture = furniture.get(line).copied().flatten();
                match (furniture, repeats[line]) {
                    (Some(kind), _) => {
                        all_repeated = false;
                        cut(&mut doc, &mut run);
                        doc.boilerplate_lines.push(BoilerplateLine {
                            span: lines[line],
                            kind,
                        });
                    }
                    (None, Some(original)) => {
                        cut(&mut doc, &mut run);
                        doc.repeated_lines.push(RepeatedLine {
                            span: lines[line],
                            original: lines[original],
                        });
                    }
                    (None, None) => {
                        (left_out, all_repeated) = (false, false);
                        let before = doc.tokens.len();
                        tokens::tokenize(text, lines[line], &mut doc.tokens);
                        if before > first_token && before < doc.tokens.len() {
                            doc.tokens[before].line_break_before = true;
                            doc.tokens[before].space_before = true;
                        }
                    }
                }
            }
            cut(&mut doc, &mut run);
            doc.paragraphs.push(Paragraph {
                span: block.span,
                repeat_of: all_repeated
                    .then(|| repeats[block.lines.start].map(|o| paragraph_of_line[o]))
                    .flatten(),
                sentences: first_sentence..doc.sentences.len(),
                left_out,
            });
        }
        doc.word_epoch = words::number(text, &mut doc.tokens);
        doc
    }

    /// The text of a token.
    #[cfg_attr(lede_abort, optimize(size))]
    pub fn token_text(&self, token: &Token) -> &'t str {
        token.span.of(self.text)
    }

    /// The index of the headline sentence, if the text opens with one: a
    /// first paragraph of one sentence without final punctuation.
    #[cfg_attr(lede_abort, optimize(size))]
    pub fn headline(&self) -> Option<usize> {
        let first = self.paragraphs.iter().find(|p| !p.sentences.is_empty())?;
        if first.sentences.len() != 1 {
            return None;
        }
        let sentence = self.sentences.get(first.sentences.start)?;
        let last = self.tokens.get(sentence.tokens.end.checked_sub(1)?)?;
        let text = self.token_text(last);
        let ends = last.kind == TokenKind::Punct
            && (text
                .bytes()
                .any(|b| matches!(b, b'.' | b'!' | b'?' | b':' | b';'))
                || find_bytes(text.as_bytes(), "…".as_bytes()).is_some());
        (!ends).then_some(first.sentences.start)
    }
}

/// Where the first hyphen of `word` is within its first `bytes` bytes,
/// looked for byte by byte: most words asked have none, and the standard
/// search for a character sets up more than it scans ("then-President",
/// "five-year").
#[inline]
#[cfg_attr(lede_abort, optimize(size))]
pub fn hyphen_within(word: &str, bytes: usize) -> Option<usize> {
    word.as_bytes().iter().take(bytes).position(|&b| b == b'-')
}

/// Where `needle` first occurs in `hay`, byte by byte: the one search
/// for a string inside a string the crate does (the standard library's
/// two-way searcher, which `str::contains` with a string or a character
/// outside ASCII brings in, is 1.6 KB of the wasm gzipped; the texts searched
/// are short, or the needle rare).
#[cfg_attr(lede_abort, optimize(size))]
pub fn find_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The word without a possessive ending: "Pezeshkian's" -> "Pezeshkian",
/// "countries’" -> "countries", "OBAMA'S" -> "OBAMA". A word that is
/// nothing but the ending ("'s") is kept whole.
#[inline]
#[cfg_attr(lede_abort, optimize(size))]
pub fn strip_possessive(word: &str) -> &str {
    // Every ending ends in one of these bytes ('’' in 0x99), and most words
    // in none of them: one comparison, inlined, settles them.
    match word.as_bytes().last() {
        Some(b's' | b'S' | b'\'' | 0x99) => strip_possessive_ending(word),
        _ => word,
    }
}

/// A lower-case letter, then a capital somewhere ("duPlessis", "eBay").
/// (For the name typer and the sentence splitter, one copy.)
pub(crate) fn is_camel_case(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_lowercase) && chars.any(char::is_uppercase)
}

/// Whether `word` ends in a possessive ("Sydney's", "countries'").
#[cfg_attr(lede_abort, optimize(size))]
pub fn is_possessive(word: &str) -> bool {
    strip_possessive(word).len() != word.len()
}

/// [`strip_possessive`] past its first test.
fn strip_possessive_ending(word: &str) -> &str {
    let b = word.as_bytes();
    let n = b.len();
    let ending = match b[n - 1] {
        b's' | b'S' if n >= 2 && b[n - 2] == b'\'' => 2,
        b's' | b'S' if n >= 4 && b[n - 4..n - 1] == *"’".as_bytes() => 4,
        b'\'' => 1,
        0x99 if b.ends_with("’".as_bytes()) => 3,
        _ => 0,
    };
    // A word that is nothing but the ending is kept; the ending's first
    // byte is a character's first, so the cut is on a boundary.
    if ending == 0 || ending == n {
        return word;
    }
    &word[..n - ending]
}

/// Whether the words of `text` stand apart by other space than one blank
/// (two blanks, a tab, a no-break space): one pass over the bytes, the
/// characters decoded only past ASCII.
#[cfg_attr(lede_abort, optimize(size))]
pub fn irregular_spacing(text: &str) -> bool {
    let mut blank_before = false;
    for (i, &b) in text.as_bytes().iter().enumerate() {
        if b >= 0x80 {
            return text[i..].contains(|c: char| c.is_whitespace() && c != ' ')
                || text.as_bytes()[i..].windows(2).any(|w| w == b"  ");
        }
        if b == b' ' {
            if blank_before {
                return true;
            }
            blank_before = true;
        } else {
            if b.is_ascii_whitespace() || b == 0x0b {
                return true;
            }
            blank_before = false;
        }
    }
    false
}

/// Whether `span` of `text` lies inside a Reuters instrument code in
/// brackets: a company's code of capitals or digits, perhaps a share
/// class's letter after it in lower case (after an underscore too), a full
/// stop and its exchange's one to three capitals ("Alphabet (GOOGL.O)",
/// "Foxconn (2317.TW)", "Novo Nordisk (NOVOb.CO)", "Volkswagen
/// (VOWG_p.DE)"), or an index's code after a full stop ("the DAX
/// (.GDAXI)", "the Nikkei (.N225)"). Read from the text, at most 12 bytes
/// either side: the full stop inside ends no sentence, and the code is no
/// name nor phrase.
///
/// The keyphrase scan asks it of every word: the byte before the span is
/// read here, inline, and only one that may stand inside a code or open it
/// (most words follow a space) leads to the call that reads the rest.
#[inline]
pub(crate) fn in_instrument_code(text: &str, span: Span) -> bool {
    span.start > 0
        && matches!(text.as_bytes()[span.start - 1], b'(' | b'.' | b'_' | b'0'..=b'9' | b'A'..=b'Z' | b'a'..=b'z')
        && instrument_code_around(text, span)
}

/// [`in_instrument_code`] past its first test.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn instrument_code_around(text: &str, span: Span) -> bool {
    let bytes = text.as_bytes();
    let code_byte = |b: &u8| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_');
    // (Most tokens follow a space, and the scan stops there at once.)
    let before = bytes[..span.start]
        .iter()
        .rev()
        .take(13)
        .take_while(|b| code_byte(b))
        .count();
    if before > 12 || span.start - before == 0 || bytes[span.start - before - 1] != b'(' {
        return false;
    }
    let after = bytes
        .get(span.end..)
        .unwrap_or_default()
        .iter()
        .take(13)
        .take_while(|b| code_byte(b))
        .count();
    if after > 12 || bytes.get(span.end + after) != Some(&b')') {
        return false;
    }
    instrument_code_shape(&bytes[span.start - before..span.end + after])
}

/// Whether the bytes inside the brackets are an instrument's code and its
/// exchange, or an index's code ([`in_instrument_code`]).
#[cfg_attr(lede_abort, optimize(size))]
fn instrument_code_shape(inside: &[u8]) -> bool {
    let capital_or_digit = |b: &u8| b.is_ascii_uppercase() || b.is_ascii_digit();
    if let [b'.', first, rest @ ..] = inside {
        return first.is_ascii_uppercase()
            && (1..=7).contains(&rest.len())
            && rest.iter().all(capital_or_digit);
    }
    let Some(stop) = inside.iter().position(|&b| b == b'.') else {
        return false;
    };
    let (code, exchange) = (&inside[..stop], &inside[stop + 1..]);
    let main = code.iter().take_while(|b| capital_or_digit(b)).count();
    (1..=8).contains(&main)
        && matches!(&code[main..], [] | [b'a'..=b'z'] | [b'_', b'a'..=b'z'])
        && (1..=3).contains(&exchange.len())
        && exchange.iter().all(u8::is_ascii_uppercase)
}

#[cfg(test)]
mod spacing_tests {
    use super::{find_bytes, irregular_spacing, strip_possessive};

    #[test]
    fn bytes_are_found_where_str_find_finds_them() {
        for (hay, needle) in [
            ("Bank of England", " of "),
            ("Roe v. Wade", " v. "),
            ("a … b", "…"),
            ("ab", "abc"),
            ("", ""),
            ("abc", ""),
            ("aaab", "aab"),
        ] {
            assert_eq!(
                find_bytes(hay.as_bytes(), needle.as_bytes()),
                hay.find(needle),
                "{hay:?}"
            );
        }
    }

    #[test]
    fn possessive_endings_are_stripped() {
        for (word, bare) in [
            ("Pezeshkian's", "Pezeshkian"),
            ("Pezeshkian’s", "Pezeshkian"),
            ("OBAMA'S", "OBAMA"),
            ("OBAMA’S", "OBAMA"),
            ("countries'", "countries"),
            ("countries’", "countries"),
            ("Zoë's", "Zoë"),
            ("news", "news"),
            ("'s", "'s"),
            ("’s", "’s"),
            ("'", "'"),
            ("’", "’"),
            ("s", "s"),
            ("", ""),
            ("é’", "é"),
            ("∙s", "∙s"),
        ] {
            assert_eq!(strip_possessive(word), bare, "{word:?}");
        }
    }

    #[test]
    fn irregular_spacing_is_any_space_but_one_blank() {
        for regular in ["", "Tora", "Tora Bora", "São Paulo", "Zoë Ball", "a b c"] {
            assert!(!irregular_spacing(regular), "{regular:?}");
        }
        for irregular in [
            "Tora  Bora",
            "Tora\tBora",
            "Tora\u{a0}Bora",
            "São  Paulo",
            "a b  c",
        ] {
            assert!(irregular_spacing(irregular), "{irregular:?}");
        }
    }
}
