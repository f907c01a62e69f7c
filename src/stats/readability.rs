//! Readability formulas, each exactly as published.
//!
//! Sources (coefficients copied from the original papers):
//! - Flesch reading ease: R. Flesch (1948), "A new readability yardstick",
//!   Journal of Applied Psychology 32(3): 221-233.
//!   206.835 - 1.015 (words/sentences) - 84.6 (syllables/words).
//! - Flesch-Kincaid grade: J. P. Kincaid, R. P. Fishburne, R. L. Rogers,
//!   B. S. Chissom (1975), "Derivation of new readability formulas ... for
//!   Navy enlisted personnel", Research Branch Report 8-75.
//!   0.39 (words/sentences) + 11.8 (syllables/words) - 15.59.
//! - Gunning fog: R. Gunning (1952), "The Technique of Clear Writing".
//!   0.4 (words/sentences + 100 complex/words).
//! - SMOG: G. H. McLaughlin (1969), "SMOG grading: a new readability
//!   formula", Journal of Reading 12(8): 639-646, in the regression form
//!   1.0430 sqrt(polysyllables x 30/sentences) + 3.1291, valid for 30 or
//!   more sentences.
//! - Coleman-Liau: M. Coleman, T. L. Liau (1975), "A computer readability
//!   formula designed for machine scoring", Journal of Applied Psychology
//!   60(2): 283-284. 0.0588 L - 0.296 S - 15.8, with L letters and S
//!   sentences per 100 words.
//! - Automated readability index: E. A. Smith, R. J. Senter (1967),
//!   "Automated readability index", AMRL-TR-66-220.
//!   4.71 (characters/words) + 0.5 (words/sentences) - 21.43.
//!
//! A formula that the text is too short for gives `None` and a note, not a
//! number that means nothing.

use crate::bare::prelude::*;
use serde::Serialize;

use super::{round1, Stats};

/// Fewer words than this and no formula is computed.
pub const MIN_WORDS: usize = 10;
/// Below this many words the scores come with a caution note.
pub const RELIABLE_WORDS: usize = 100;
/// SMOG was normed on samples of 30 sentences.
pub const SMOG_MIN_SENTENCES: usize = 30;

/// A caution about one formula (or all, when `formula` is `"all"`).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Note {
    pub formula: &'static str,
    pub message: String,
}

/// Readability scores. Grades are US school grades; reading ease is 0-100
/// for ordinary prose (higher is easier). `None` where the text is too short.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct Readability {
    pub flesch_reading_ease: Option<f64>,
    pub flesch_kincaid_grade: Option<f64>,
    pub gunning_fog: Option<f64>,
    pub smog: Option<f64>,
    pub coleman_liau: Option<f64>,
    pub automated_readability_index: Option<f64>,
    /// The median of the grade formulas that could be computed.
    pub consensus_grade: Option<f64>,
    pub notes: Vec<Note>,
}

#[cfg_attr(lede_abort, optimize(size))]
pub fn flesch_reading_ease(words: f64, sentences: f64, syllables: f64) -> f64 {
    206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words)
}

#[cfg_attr(lede_abort, optimize(size))]
pub fn flesch_kincaid_grade(words: f64, sentences: f64, syllables: f64) -> f64 {
    0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59
}

#[cfg_attr(lede_abort, optimize(size))]
pub fn gunning_fog(words: f64, sentences: f64, complex_words: f64) -> f64 {
    0.4 * (words / sentences + 100.0 * complex_words / words)
}

#[cfg_attr(lede_abort, optimize(size))]
pub fn smog(sentences: f64, polysyllables: f64) -> f64 {
    1.0430 * (polysyllables * 30.0 / sentences).sqrt() + 3.1291
}

#[cfg_attr(lede_abort, optimize(size))]
pub fn coleman_liau(words: f64, sentences: f64, letters: f64) -> f64 {
    let l = letters / words * 100.0;
    let s = sentences / words * 100.0;
    0.0588 * l - 0.296 * s - 15.8
}

#[cfg_attr(lede_abort, optimize(size))]
pub fn automated_readability_index(words: f64, sentences: f64, characters: f64) -> f64 {
    4.71 * (characters / words) + 0.5 * (words / sentences) - 21.43
}

/// A piece of a note's message.
enum Part {
    Text(&'static str),
    Number(usize),
}

/// A note's message, its numbers in decimal. Not `format!`: most analyses
/// write a note (the SMOG one, in any text under 30 sentences), and the
/// formatting machinery is code that a call otherwise never runs, which
/// costs its first run in a page (compiling it) and every run after that
/// its room in the processor's instruction cache.
#[cfg_attr(lede_abort, optimize(size))]
fn message(parts: &[Part]) -> String {
    let mut out = String::with_capacity(128);
    for part in parts {
        match *part {
            Part::Text(text) => out.push_str(text),
            Part::Number(mut n) => {
                let mut digits = [0u8; 20];
                let mut start = digits.len();
                loop {
                    start -= 1;
                    digits[start] = b'0' + (n % 10) as u8;
                    n /= 10;
                    if n == 0 {
                        break;
                    }
                }
                out.extend(digits[start..].iter().map(|&d| char::from(d)));
            }
        }
    }
    out
}

impl Readability {
    pub fn of(stats: &Stats) -> Readability {
        let mut r = Readability::default();
        if stats.words < MIN_WORDS || stats.sentences == 0 {
            r.notes.push(Note {
                formula: "all",
                message: message(&[
                    Part::Text("readability needs at least "),
                    Part::Number(MIN_WORDS),
                    Part::Text(" words; this text has "),
                    Part::Number(stats.words),
                ]),
            });
            return r;
        }
        let w = stats.words as f64;
        let s = stats.sentences as f64;
        if stats.words < RELIABLE_WORDS {
            r.notes.push(Note {
                formula: "all",
                message: message(&[
                    Part::Text("based on only "),
                    Part::Number(stats.words),
                    Part::Text(" words: the formulas were made for samples of "),
                    Part::Number(RELIABLE_WORDS),
                    Part::Text(" words or more, so treat the scores as rough"),
                ]),
            });
        }
        r.flesch_reading_ease = Some(round1(flesch_reading_ease(w, s, stats.syllables as f64)));
        r.flesch_kincaid_grade = Some(round1(flesch_kincaid_grade(w, s, stats.syllables as f64)));
        r.gunning_fog = Some(round1(gunning_fog(w, s, stats.complex_words as f64)));
        r.coleman_liau = Some(round1(coleman_liau(w, s, stats.letters as f64)));
        r.automated_readability_index = Some(round1(automated_readability_index(
            w,
            s,
            stats.letters as f64,
        )));
        if stats.sentences >= SMOG_MIN_SENTENCES {
            r.smog = Some(round1(smog(s, stats.polysyllabic_words as f64)));
        } else {
            r.notes.push(Note {
                formula: "smog",
                message: message(&[
                    Part::Text("SMOG needs at least "),
                    Part::Number(SMOG_MIN_SENTENCES),
                    Part::Text(" sentences; this text has "),
                    Part::Number(stats.sentences),
                ]),
            });
        }
        let mut grades: Vec<f64> = [
            r.flesch_kincaid_grade,
            r.gunning_fog,
            r.smog,
            r.coleman_liau,
            r.automated_readability_index,
        ]
        .into_iter()
        .flatten()
        .collect();
        // Through the crate's one sort (a sort of `f64`s would bring its
        // own code into the wasm): the key orders as `f64::total_cmp` does.
        crate::order::sort_stable_by_key(&mut grades, |&g| crate::order::f64_key(g));
        let n = grades.len();
        r.consensus_grade = Some(round1(if n % 2 == 1 {
            grades[n / 2]
        } else {
            (grades[n / 2 - 1] + grades[n / 2]) / 2.0
        }));
        r
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Hand-computed from the published formulas for a sample of 100 words,
    // 5 sentences, 150 syllables, 10 complex words, 12 polysyllables, 470
    // letters:
    //   FRE  = 206.835 - 1.015*20 - 84.6*1.5        = 59.635
    //   FKG  = 0.39*20 + 11.8*1.5 - 15.59            = 9.91
    //   Fog  = 0.4*(20 + 10)                         = 12.0
    //   CLI  = 0.0588*470 - 0.296*5 - 15.8           = 10.356
    //   ARI  = 4.71*4.7 + 0.5*20 - 21.43             = 10.707
    //   SMOG (with 30 sentences, 12 polysyllables)   = 1.043*sqrt(12) + 3.1291 = 6.742158
    #[test]
    fn formulas_match_hand_computed_values() {
        let close = |a: f64, b: f64| (a - b).abs() < 1e-9;
        assert!(close(flesch_reading_ease(100.0, 5.0, 150.0), 59.635));
        assert!(close(flesch_kincaid_grade(100.0, 5.0, 150.0), 9.91));
        assert!(close(gunning_fog(100.0, 5.0, 10.0), 12.0));
        assert!(close(coleman_liau(100.0, 5.0, 470.0), 10.356));
        assert!(close(
            automated_readability_index(100.0, 5.0, 470.0),
            10.707
        ));
        assert!((smog(30.0, 12.0) - 6.742_158).abs() < 1e-5);
    }

    fn stats(words: usize, sentences: usize) -> Stats {
        Stats {
            words,
            sentences,
            syllables: words * 3 / 2,
            complex_words: words / 10,
            polysyllabic_words: words / 8,
            letters: words * 47 / 10,
            ..Stats::default()
        }
    }

    #[test]
    fn consensus_is_the_median_of_the_grades() {
        let r = Readability::of(&stats(100, 5));
        // FKG 9.9, Fog 12.0, CLI 10.4, ARI 10.7 -> median (10.4+10.7)/2.
        assert_eq!(r.flesch_kincaid_grade, Some(9.9));
        assert_eq!(r.consensus_grade, Some(10.6));
    }

    #[test]
    fn smog_needs_thirty_sentences() {
        let r = Readability::of(&stats(100, 5));
        assert_eq!(r.smog, None);
        assert!(r.notes.iter().any(|n| n.formula == "smog"));
        let r = Readability::of(&stats(600, 30));
        assert!(r.smog.is_some());
    }

    #[test]
    fn too_short_text_gets_a_note_not_a_number() {
        let r = Readability::of(&stats(4, 1));
        assert_eq!(r.flesch_reading_ease, None);
        assert_eq!(r.consensus_grade, None);
        assert_eq!(r.notes[0].formula, "all");
    }

    #[test]
    fn notes_say_their_numbers_in_decimal() {
        let messages = |words, sentences| -> Vec<String> {
            let r = Readability::of(&stats(words, sentences));
            r.notes.into_iter().map(|n| n.message).collect()
        };
        assert_eq!(
            messages(0, 0),
            ["readability needs at least 10 words; this text has 0"]
        );
        assert_eq!(
            messages(57, 29),
            [
                "based on only 57 words: the formulas were made for samples of 100 words or more, so treat the scores as rough",
                "SMOG needs at least 30 sentences; this text has 29",
            ]
        );
        assert_eq!(
            messages(123_456_789, 7),
            ["SMOG needs at least 30 sentences; this text has 7"]
        );
        assert_eq!(message(&[Part::Number(usize::MAX)]), usize::MAX.to_string());
        assert_eq!(message(&[Part::Number(1_000_000)]), "1000000");
    }
}
