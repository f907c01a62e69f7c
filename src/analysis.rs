//! The one public entry point, [`analyze`], and the shape of its result.
//!
//! Everything a caller sees is defined here, so the JSON schema, the
//! TypeScript declarations and the CLI output all follow one definition.
//! Keys serialise in camelCase; offsets are UTF-8 byte offsets into the
//! analysed text (the wasm layer converts them to UTF-16 code units).

use crate::bare::prelude::*;
use serde::{Deserialize, Serialize};

use crate::entities::{self, Entity};
use crate::keywords::{self, Keyphrase};
use crate::stats::{self, Readability, SentenceStats, Stats};
pub use crate::text::boilerplate::Boilerplate;
use crate::text::Document;

/// The names of the [`Options`] fields in JSON and JavaScript, in the
/// order of the struct (a test compares them with the serialised options).
pub const OPTION_NAMES: [&str; 8] = [
    "maxInputBytes",
    "longSentenceWords",
    "hardGrade",
    "veryHardGrade",
    "readingWordsPerMinute",
    "speakingWordsPerMinute",
    "maxKeywords",
    "keepBoilerplate",
];

/// Default cap on the input size: 32 MiB of UTF-8.
pub const DEFAULT_MAX_INPUT_BYTES: usize = 32 * 1024 * 1024;

/// What the caller can tune. Every field has a default; unknown fields in
/// JSON are rejected so that a typo does not silently change nothing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct Options {
    /// Texts longer than this many UTF-8 bytes are refused with
    /// [`Error::InputTooLarge`] instead of exhausting memory.
    pub max_input_bytes: usize,
    /// A sentence with more words than this is flagged `long`.
    pub long_sentence_words: u32,
    /// A sentence whose grade is at least this is `hard`.
    pub hard_grade: f64,
    /// A sentence whose grade is at least this is `veryHard`.
    pub very_hard_grade: f64,
    /// Silent reading speed used for `readingTimeSeconds`.
    pub reading_words_per_minute: f64,
    /// Speaking speed used for `speakingTimeSeconds`.
    pub speaking_words_per_minute: f64,
    /// How many keyphrases to return at most.
    pub max_keywords: usize,
    /// Analyse lines of page furniture ("Advertisement", bylines, photo
    /// credits) as prose instead of leaving them out.
    pub keep_boilerplate: bool,
}

impl Options {
    /// The values of the fields named by [`OPTION_NAMES`], in that order
    /// (a flag as 0 or 1).
    #[cfg_attr(lede_abort, optimize(size))]
    pub fn values(&self) -> [f64; 8] {
        [
            self.max_input_bytes as f64,
            f64::from(self.long_sentence_words),
            self.hard_grade,
            self.very_hard_grade,
            self.reading_words_per_minute,
            self.speaking_words_per_minute,
            self.max_keywords as f64,
            f64::from(u8::from(self.keep_boilerplate)),
        ]
    }
}

impl Default for Options {
    #[cfg_attr(lede_abort, optimize(size))]
    fn default() -> Self {
        Options {
            max_input_bytes: DEFAULT_MAX_INPUT_BYTES,
            long_sentence_words: 25,
            hard_grade: 12.0,
            very_hard_grade: 16.0,
            // Brysbaert (2019), "How many words do we read per minute?",
            // Journal of Memory and Language 109: 238 wpm for silent reading
            // of non-fiction, 183 wpm when reading aloud.
            reading_words_per_minute: 238.0,
            speaking_words_per_minute: 183.0,
            max_keywords: keywords::DEFAULT_MAX_KEYWORDS,
            keep_boilerplate: false,
        }
    }
}

/// Why an analysis was refused. The input is never partly analysed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The text is longer than [`Options::max_input_bytes`].
    InputTooLarge { bytes: usize, limit: usize },
    /// An option has a value that cannot work (negative speed, NaN, ...).
    InvalidOption(String),
}

impl core::fmt::Display for Error {
    #[cfg_attr(lede_abort, optimize(size))]
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            Error::InputTooLarge { bytes, limit } => write!(
                f,
                "input is {bytes} bytes, over the limit of {limit} bytes (raise maxInputBytes to analyse it)"
            ),
            Error::InvalidOption(msg) => write!(f, "invalid option: {msg}"),
        }
    }
}

impl core::error::Error for Error {}

/// A paragraph: a block of text between blank lines (or a line, when the
/// text has no blank lines at all).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Paragraph {
    pub start: usize,
    pub end: usize,
    /// When every line of this paragraph repeats an earlier line (scraped
    /// pages often repeat the headline): the index in `paragraphs` of the
    /// first occurrence. Such paragraphs have no sentences and no counts.
    pub repeat_of: Option<usize>,
}

/// A line left out of `sentences` and of every count because it is page
/// furniture rather than the story: see [`Options::keep_boilerplate`].
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BoilerplateLine {
    pub start: usize,
    pub end: usize,
    /// "byline", "credit", "timestamp", "link" or "label".
    pub kind: Boilerplate,
}

/// A line left out of `sentences` and of every count because the same line
/// (ignoring spacing) came earlier.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RepeatedLine {
    pub start: usize,
    pub end: usize,
    /// Where the line first appeared.
    pub original_start: usize,
    pub original_end: usize,
}

/// The result of [`analyze`].
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Analysis {
    pub stats: Stats,
    pub readability: Readability,
    pub sentences: Vec<SentenceStats>,
    pub paragraphs: Vec<Paragraph>,
    pub repeated_lines: Vec<RepeatedLine>,
    pub boilerplate_lines: Vec<BoilerplateLine>,
    /// Named entities, most salient first.
    pub entities: Vec<Entity>,
    /// Keyphrases, best first.
    pub keywords: Vec<Keyphrase>,
}

impl Analysis {
    /// Appends this analysis to `out` as compact JSON: the bytes
    /// `serde_json::to_writer` writes, in about a third of its work (see
    /// `src/json.rs`). Native only.
    #[cfg(not(target_arch = "wasm32"))]
    #[cfg_attr(lede_abort, optimize(size))]
    pub fn write_json(&self, out: &mut Vec<u8>) {
        crate::json::write(self, out);
    }

    /// Calls `f` on every offset in the result, in no particular order, so
    /// that a front end can re-express them (the wasm layer maps UTF-8 byte
    /// offsets to UTF-16 code units this way).
    // Not inlined into its caller, for the wasm's first call: see
    // `analyze_js` in src/wasm.rs.
    #[inline(never)]
    #[cfg_attr(lede_abort, optimize(size))]
    pub fn map_offsets(&mut self, mut f: impl FnMut(usize) -> usize) {
        for s in &mut self.sentences {
            s.start = f(s.start);
            s.end = f(s.end);
        }
        for p in &mut self.paragraphs {
            p.start = f(p.start);
            p.end = f(p.end);
        }
        for e in &mut self.entities {
            for m in &mut e.mentions {
                m.start = f(m.start);
                m.end = f(m.end);
            }
        }
        for k in &mut self.keywords {
            for m in &mut k.mentions {
                m.start = f(m.start);
                m.end = f(m.end);
            }
        }
        for r in &mut self.repeated_lines {
            r.start = f(r.start);
            r.end = f(r.end);
            r.original_start = f(r.original_start);
            r.original_end = f(r.original_end);
        }
        for b in &mut self.boilerplate_lines {
            b.start = f(b.start);
            b.end = f(b.end);
        }
    }
}

/// Analyses `text`. Empty or whitespace-only text gives an empty analysis;
/// the only errors are a text over the size cap and an unusable option.
#[cfg_attr(lede_abort, optimize(size))]
pub fn analyze(text: &str, options: &Options) -> Result<Analysis, Error> {
    validate(options)?;
    if text.len() > options.max_input_bytes {
        return Err(Error::InputTooLarge {
            bytes: text.len(),
            limit: options.max_input_bytes,
        });
    }
    let doc = Document::parse_with(text, !options.keep_boilerplate);
    let paragraphs = doc
        .paragraphs
        .iter()
        .map(|p| Paragraph {
            start: p.span.start,
            end: p.span.end,
            repeat_of: p.repeat_of,
        })
        .collect();
    let repeated_lines = doc
        .repeated_lines
        .iter()
        .map(|r| RepeatedLine {
            start: r.span.start,
            end: r.span.end,
            original_start: r.original.start,
            original_end: r.original.end,
        })
        .collect();
    let boilerplate_lines = doc
        .boilerplate_lines
        .iter()
        .map(|b| BoilerplateLine {
            start: b.span.start,
            end: b.span.end,
            kind: b.kind,
        })
        .collect();
    let counted = stats::count(&doc, options);
    let entities = entities::extract(&doc);
    let keywords = keywords::extract(&doc, &entities, options.max_keywords);
    Ok(Analysis {
        stats: counted.stats,
        readability: counted.readability,
        sentences: counted.sentences,
        paragraphs,
        repeated_lines,
        boilerplate_lines,
        entities,
        keywords,
    })
}

#[cfg_attr(lede_abort, optimize(size))]
fn validate(o: &Options) -> Result<(), Error> {
    let positive = |name: &str, v: f64| {
        if v.is_finite() && v > 0.0 {
            Ok(())
        } else {
            Err(Error::InvalidOption(format!(
                "{name} must be a positive number, got {}",
                describe(v)
            )))
        }
    };
    positive("readingWordsPerMinute", o.reading_words_per_minute)?;
    positive("speakingWordsPerMinute", o.speaking_words_per_minute)?;
    if !o.hard_grade.is_finite() || !o.very_hard_grade.is_finite() {
        return Err(Error::InvalidOption(
            "hardGrade and veryHardGrade must be finite numbers".into(),
        ));
    }
    Ok(())
}

/// How a number that is no positive finite number is written in a message
/// ("NaN", "-Infinity", "0", "-3"), without the float formatting code,
/// which the wasm would otherwise carry for this message alone.
#[cfg_attr(lede_abort, optimize(size))]
fn describe(v: f64) -> String {
    if v.is_nan() {
        "NaN".into()
    } else if v.is_infinite() {
        if v > 0.0 { "Infinity" } else { "-Infinity" }.into()
    } else if v.fract() == 0.0 && v.abs() < 1e15 {
        (v as i64).to_string()
    } else {
        "a number that is not whole".into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn option_names_and_values_are_the_serialised_options() {
        let options = Options {
            max_input_bytes: 7,
            long_sentence_words: 8,
            hard_grade: 9.5,
            very_hard_grade: 10.5,
            reading_words_per_minute: 11.5,
            speaking_words_per_minute: 12.5,
            max_keywords: 13,
            keep_boilerplate: true,
        };
        let json = serde_json::to_value(&options).unwrap();
        let object = json.as_object().unwrap();
        let names: Vec<&str> = object.keys().map(|k| k.as_str()).collect();
        let mut sorted = OPTION_NAMES.to_vec();
        sorted.sort_unstable();
        assert_eq!(names, sorted, "serde_json sorts its keys");
        for (name, value) in OPTION_NAMES.iter().zip(options.values()) {
            let given = object[*name]
                .as_f64()
                .or(object[*name].as_bool().map(f64::from));
            assert_eq!(given, Some(value), "{name}");
        }
    }

    #[test]
    fn a_bad_speed_is_named_and_described() {
        let message = |v: f64| {
            let options = Options {
                reading_words_per_minute: v,
                ..Options::default()
            };
            analyze("Text.", &options).unwrap_err().to_string()
        };
        assert!(
            message(f64::NAN).ends_with("readingWordsPerMinute must be a positive number, got NaN")
        );
        assert!(message(f64::NEG_INFINITY).ends_with("got -Infinity"));
        assert!(message(-3.0).ends_with("got -3"));
        assert!(message(0.0).ends_with("got 0"));
        assert!(message(-0.25).ends_with("got a number that is not whole"));
    }
}
