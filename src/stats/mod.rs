//! Counts, syllables and readability, over the sentences of a
//! [`Document`](crate::text::Document).
//!
//! Repeated paragraphs and page furniture have no sentences, so they never
//! reach the counts.
//!
//! The functions out of line in wasm are so for V8's tier-up budget: see
//! `analyze_js` in src/wasm.rs.

pub mod readability;
pub mod syllables;

use crate::bare::prelude::*;
pub use readability::Readability;

use core::cell::RefCell;

use serde::Serialize;

use crate::text::words::ByWord;
use crate::text::{Document, Token, TokenKind};
use crate::Options;

/// Whole-text counts. `characters` covers the whole input; every other count
/// covers only the sentences that are analysed (repeats and page furniture
/// left out).
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct Stats {
    /// Unicode scalar values in the whole input.
    pub characters: usize,
    /// Letters and digits inside words (what Coleman-Liau and ARI count).
    pub letters: usize,
    pub words: usize,
    pub sentences: usize,
    pub paragraphs: usize,
    /// Lines left out because they repeat an earlier line.
    pub repeated_lines: usize,
    /// Lines left out as page furniture (bylines, ad labels, credits).
    pub boilerplate_lines: usize,
    pub syllables: usize,
    /// Words of three or more syllables (SMOG's polysyllables).
    pub polysyllabic_words: usize,
    /// Gunning's complex words: three or more syllables, not counting
    /// capitalised names, hyphenated compounds, or words that reach three
    /// syllables only through an -es, -ed or -ing ending.
    pub complex_words: usize,
    /// Words of seven or more letters.
    pub long_words: usize,
    pub avg_words_per_sentence: f64,
    pub avg_syllables_per_word: f64,
    pub avg_letters_per_word: f64,
    pub reading_time_seconds: f64,
    pub speaking_time_seconds: f64,
}

/// How hard one sentence reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Difficulty {
    Ok,
    Hard,
    VeryHard,
}

/// Statistics of one sentence.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SentenceStats {
    pub start: usize,
    pub end: usize,
    pub paragraph: usize,
    pub words: usize,
    pub syllables: usize,
    pub letters: usize,
    pub complex_words: usize,
    /// Flesch-Kincaid grade of the sentence on its own.
    pub grade: f64,
    /// More words than [`Options::long_sentence_words`].
    pub long: bool,
    pub difficulty: Difficulty,
}

pub(crate) struct Counted {
    pub stats: Stats,
    pub readability: Readability,
    pub sentences: Vec<SentenceStats>,
}

/// Per-word facts gathered in one pass.
struct WordCounts {
    syllables: usize,
    letters: usize,
    polysyllabic: bool,
    complex: bool,
}

/// What a word contributes that depends only on its spelling, worked out
/// once per distinct word of a text (see [`count`]).
#[derive(Clone, Copy)]
struct Shape {
    syllables: usize,
    letters: usize,
    /// Three or more syllables, not counting an inflection ending, and no
    /// hyphen: complex unless it is a capitalised name.
    complex_if_not_a_name: bool,
    capitalised: bool,
}

/// The shape of `word`, a token of kind `kind`. Out of line in wasm: it
/// runs once per distinct word (and per number), not once per token.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn shape(word: &str, kind: TokenKind) -> Shape {
    // Letters and digits; whether there is a letter, a hyphen; whether the
    // first character is a capital: read off at once for a word of ASCII
    // letters only, as most words are.
    let bytes = word.as_bytes();
    let (letters, alphabetic, hyphenated, capitalised) =
        if bytes.iter().all(u8::is_ascii_alphabetic) {
            let capitalised = bytes.first().is_some_and(u8::is_ascii_uppercase);
            (bytes.len(), !bytes.is_empty(), false, capitalised)
        } else {
            spelling(word)
        };
    if kind != TokenKind::Word || !alphabetic {
        // Numbers, URLs and addresses: one syllable each. Readability
        // formulas were fitted on prose where these are rare.
        return Shape {
            syllables: 1,
            letters,
            complex_if_not_a_name: false,
            capitalised: false,
        };
    }
    let syllables = syllables::syllables(word) as usize;
    Shape {
        syllables,
        letters,
        complex_if_not_a_name: syllables >= 3
            && !hyphenated
            && syllables - inflection_syllables(word) >= 3,
        capitalised,
    }
}

/// The letters (and digits) of a word that is not letters only; whether
/// it has a letter, a hyphen; whether it starts with a capital. One pass
/// over the bytes when the word is ASCII (the Unicode hyphens are not). Out
/// of line in wasm, where [`shape`] keeps the common case short.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn spelling(word: &str) -> (usize, bool, bool, bool) {
    if word.is_ascii() {
        let bytes = word.as_bytes();
        let capitalised = bytes.first().is_some_and(u8::is_ascii_uppercase);
        let mut letters = 0;
        let mut alphabetic = false;
        let mut hyphenated = false;
        for &b in bytes {
            letters += usize::from(b.is_ascii_alphanumeric());
            alphabetic |= b.is_ascii_alphabetic();
            hyphenated |= b == b'-';
        }
        (letters, alphabetic, hyphenated, capitalised)
    } else {
        (
            word.chars().filter(|c| c.is_alphanumeric()).count(),
            word.contains(char::is_alphabetic),
            word.chars().any(|c| matches!(c, '-' | '‐' | '‑')),
            word.starts_with(char::is_uppercase),
        )
    }
}

/// A [`Shape`] as remembered: a word with fewer than 256 letters and
/// syllables (every English word) is held in bytes.
#[derive(Clone, Copy)]
struct Remembered {
    syllables: u8,
    letters: u8,
    complex_if_not_a_name: bool,
    capitalised: bool,
}

impl Remembered {
    fn new(shape: Shape) -> Option<Remembered> {
        Some(Remembered {
            syllables: u8::try_from(shape.syllables).ok()?,
            letters: u8::try_from(shape.letters).ok()?,
            complex_if_not_a_name: shape.complex_if_not_a_name,
            capitalised: shape.capitalised,
        })
    }

    fn shape(self) -> Shape {
        Shape {
            syllables: usize::from(self.syllables),
            letters: usize::from(self.letters),
            complex_if_not_a_name: self.complex_if_not_a_name,
            capitalised: self.capitalised,
        }
    }
}

per_thread! {
    /// The shapes of the words this thread has met, by word number
    /// ([`crate::text::words`]). A shape depends on the spelling alone, and
    /// a few thousand words make up most of any English text, so most
    /// words are looked up rather than counted again (syllable counting is
    /// the dearest part of the statistics). A pure cache: it never changes
    /// a result.
    static SHAPES: RefCell<ByWord<Option<Remembered>>> = const { RefCell::new(ByWord::new(None)) };
}

/// The shape of `token` (a [`TokenKind::Word`] of `text`), from the
/// thread's memory or worked out and remembered. A remembered shape needs
/// only the word's number, not its text.
#[inline]
#[cfg_attr(lede_abort, optimize(size))]
fn word_shape(memory: &mut ByWord<Option<Remembered>>, text: &str, token: &Token) -> Shape {
    match memory.get(token.word) {
        Some(remembered) => remembered.shape(),
        None => remember(memory, text, token),
    }
}

/// The shape of a word met for the first time, worked out and remembered.
/// Out of line in wasm, where [`count`]'s loop keeps only the lookup.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn remember(memory: &mut ByWord<Option<Remembered>>, text: &str, token: &Token) -> Shape {
    let new = shape(token.span.of(text), TokenKind::Word);
    if let Some(remembered) = Remembered::new(new) {
        memory.set(token.word, Some(remembered));
    }
    new
}

#[cfg_attr(lede_abort, optimize(size))]
fn word_counts(shape: Shape, sentence_initial: bool) -> WordCounts {
    WordCounts {
        syllables: shape.syllables,
        letters: shape.letters,
        polysyllabic: shape.syllables >= 3,
        complex: shape.complex_if_not_a_name && (sentence_initial || !shape.capitalised),
    }
}

/// Syllables an -es/-ed/-ing ending adds (Gunning does not count them):
/// "-ing", "-ted"/"-ded", and "-es" after a sibilant each add one.
#[cfg_attr(lede_abort, optimize(size))]
fn inflection_syllables(word: &str) -> usize {
    let ends = |suffix: &str| {
        word.len() >= suffix.len()
            && word.as_bytes()[word.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
    };
    let adds_one = (ends("ing") && word.len() > 5)
        || ends("ted")
        || ends("ded")
        || ["ces", "ges", "ses", "shes", "ches", "xes", "zes"]
            .iter()
            .any(|e| ends(e));
    usize::from(adds_one)
}

// Not inlined into its caller, for the wasm's first call: see `analyze_js`
// in src/wasm.rs.
#[inline(never)]
pub(crate) fn count(doc: &Document, options: &Options) -> Counted {
    let mut stats = Stats {
        // Characters are the bytes that open one (no continuation byte,
        // 0x80..=0xBF): what `chars().count()` gives, one test a byte.
        characters: doc.text.bytes().filter(|&b| (b as i8) >= -0x40).count(),
        paragraphs: doc.paragraphs.iter().filter(|p| !p.left_out).count(),
        repeated_lines: doc.repeated_lines.len(),
        boilerplate_lines: doc.boilerplate_lines.len(),
        ..Stats::default()
    };
    let mut sentences = Vec::with_capacity(doc.sentences.len());
    SHAPES.with_borrow_mut(|shapes| {
        shapes.begin(doc.word_epoch);
        for sentence in &doc.sentences {
            let mut s = SentenceStats {
                start: sentence.span.start,
                end: sentence.span.end,
                paragraph: sentence.paragraph,
                words: 0,
                syllables: 0,
                letters: 0,
                complex_words: 0,
                grade: 0.0,
                long: false,
                difficulty: Difficulty::Ok,
            };
            let tokens: &[Token] = &doc.tokens[sentence.tokens.clone()];
            count_words(shapes, doc, tokens, &mut s, &mut stats);
            rate(&mut s, options);
            stats.words += s.words;
            stats.syllables += s.syllables;
            stats.letters += s.letters;
            stats.complex_words += s.complex_words;
            sentences.push(s);
        }
    });
    stats.sentences = sentences.len();
    averages(&mut stats, options);
    let readability = Readability::of(&stats);
    Counted {
        stats,
        readability,
        sentences,
    }
}

/// Adds the words of `tokens`, a sentence, to its statistics `s` and to the
/// polysyllabic and long words of `stats`. Inlined (in wasm too): a call a
/// word would cost more than the shape lookup, which is a read of an array
/// by the word's number ([`ByWord::get`]).
#[inline(always)]
#[cfg_attr(lede_abort, optimize(size))]
fn count_words(
    shapes: &mut ByWord<Option<Remembered>>,
    doc: &Document,
    tokens: &[Token],
    s: &mut SentenceStats,
    stats: &mut Stats,
) {
    let mut first_word = true;
    for token in tokens.iter().filter(|t| t.is_word()) {
        let shape = if token.kind == TokenKind::Word {
            word_shape(shapes, doc.text, token)
        } else {
            shape(doc.token_text(token), token.kind)
        };
        let w = word_counts(shape, first_word);
        first_word = false;
        s.words += 1;
        s.syllables += w.syllables;
        s.letters += w.letters;
        s.complex_words += usize::from(w.complex);
        stats.polysyllabic_words += usize::from(w.polysyllabic);
        stats.long_words += usize::from(w.letters >= 7);
    }
}

/// The grade, length and difficulty of a sentence whose words are counted.
/// Out of line in wasm, where the code after the loops over the sentences
/// and their tokens is laid out inside them, before the branch back, and
/// would make them longer.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn rate(s: &mut SentenceStats, options: &Options) {
    s.grade = round1(readability::flesch_kincaid_grade(
        s.words as f64,
        1.0,
        s.syllables as f64,
    ));
    s.long = s.words > options.long_sentence_words as usize;
    s.difficulty = if s.grade >= options.very_hard_grade {
        Difficulty::VeryHard
    } else if s.grade >= options.hard_grade {
        Difficulty::Hard
    } else {
        Difficulty::Ok
    };
}

/// The averages and reading times of the counted words. Out of line in
/// wasm, as [`rate`].
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn averages(stats: &mut Stats, options: &Options) {
    if stats.words > 0 {
        let words = stats.words as f64;
        stats.avg_words_per_sentence = round2(words / stats.sentences as f64);
        stats.avg_syllables_per_word = round2(stats.syllables as f64 / words);
        stats.avg_letters_per_word = round2(stats.letters as f64 / words);
        stats.reading_time_seconds = round1(words / options.reading_words_per_minute * 60.0);
        stats.speaking_time_seconds = round1(words / options.speaking_words_per_minute * 60.0);
    }
}

#[cfg_attr(lede_abort, optimize(size))]
pub(crate) fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

#[cfg_attr(lede_abort, optimize(size))]
pub(crate) fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}
