//! One walk over an [`Analysis`], field by field in the order serde writes
//! them, for the two hand-written outputs: the typed tape the wasm build
//! hands to JavaScript (`tape.rs`, read back by `src/wasm/decode.js`) and
//! the JSON the command-line tool writes (`json.rs`). Each output is a
//! [`Sink`]; the walk ([`Encode`], one impl per type of the result) names
//! every field with its JSON key and its kind, and the sink writes what it
//! needs of that (the tape ignores the keys).
//!
//! serde's derive stays the definition of the result's JSON (`Analysis` is
//! `Serialize` for Rust callers): a type of the result that changes must
//! change here too, and the tests compare both outputs with serde_json's
//! (`json.rs` byte for byte, `tests/wasm.rs` the decoded object).

use serde::Serialize;

use crate::analysis::{Analysis, BoilerplateLine, Paragraph, RepeatedLine};
use crate::entities::{Entity, Mention};
use crate::keywords::{Keyphrase, KeyphraseMention};
use crate::stats::readability::Note;
use crate::stats::{Readability, SentenceStats, Stats};

/// Where an [`Encode`] walk writes: one method per kind of field, each
/// given the field's JSON key.
pub trait Sink: Sized {
    /// A count or an offset.
    fn count(&mut self, key: &'static str, n: usize);
    /// A float, written as JSON's `null` if it is not finite (as serde_json
    /// writes it).
    fn float(&mut self, key: &'static str, x: f64);
    fn optional_float(&mut self, key: &'static str, x: Option<f64>);
    fn optional_count(&mut self, key: &'static str, n: Option<usize>);
    fn flag(&mut self, key: &'static str, b: bool);
    fn string(&mut self, key: &'static str, s: &str);
    fn optional_string(&mut self, key: &'static str, s: Option<&str>);
    /// A fieldless enum: its index, and the value for its serde name.
    fn variant<E: Serialize>(&mut self, key: &'static str, index: usize, value: &E);
    /// A struct inside this one.
    fn object<T: Encode>(&mut self, key: &'static str, value: &T);
    fn list<T: Encode>(&mut self, key: &'static str, items: &[T]);
}

/// A type of the result: its fields, in serde's order, into a [`Sink`].
pub trait Encode {
    fn encode<S: Sink>(&self, s: &mut S);
}

impl Encode for Analysis {
    #[cfg_attr(lede_abort, optimize(size))]
    fn encode<S: Sink>(&self, s: &mut S) {
        s.object("stats", &self.stats);
        s.object("readability", &self.readability);
        s.list("sentences", &self.sentences);
        s.list("paragraphs", &self.paragraphs);
        s.list("repeatedLines", &self.repeated_lines);
        s.list("boilerplateLines", &self.boilerplate_lines);
        s.list("entities", &self.entities);
        s.list("keywords", &self.keywords);
    }
}

impl Encode for Stats {
    #[cfg_attr(lede_abort, optimize(size))]
    fn encode<S: Sink>(&self, s: &mut S) {
        s.count("characters", self.characters);
        s.count("letters", self.letters);
        s.count("words", self.words);
        s.count("sentences", self.sentences);
        s.count("paragraphs", self.paragraphs);
        s.count("repeatedLines", self.repeated_lines);
        s.count("boilerplateLines", self.boilerplate_lines);
        s.count("syllables", self.syllables);
        s.count("polysyllabicWords", self.polysyllabic_words);
        s.count("complexWords", self.complex_words);
        s.count("longWords", self.long_words);
        s.float("avgWordsPerSentence", self.avg_words_per_sentence);
        s.float("avgSyllablesPerWord", self.avg_syllables_per_word);
        s.float("avgLettersPerWord", self.avg_letters_per_word);
        s.float("readingTimeSeconds", self.reading_time_seconds);
        s.float("speakingTimeSeconds", self.speaking_time_seconds);
    }
}

impl Encode for Readability {
    #[cfg_attr(lede_abort, optimize(size))]
    fn encode<S: Sink>(&self, s: &mut S) {
        s.optional_float("fleschReadingEase", self.flesch_reading_ease);
        s.optional_float("fleschKincaidGrade", self.flesch_kincaid_grade);
        s.optional_float("gunningFog", self.gunning_fog);
        s.optional_float("smog", self.smog);
        s.optional_float("colemanLiau", self.coleman_liau);
        s.optional_float(
            "automatedReadabilityIndex",
            self.automated_readability_index,
        );
        s.optional_float("consensusGrade", self.consensus_grade);
        s.list("notes", &self.notes);
    }
}

impl Encode for Note {
    #[cfg_attr(lede_abort, optimize(size))]
    fn encode<S: Sink>(&self, s: &mut S) {
        s.string("formula", self.formula);
        s.string("message", &self.message);
    }
}

impl Encode for SentenceStats {
    #[cfg_attr(lede_abort, optimize(size))]
    fn encode<S: Sink>(&self, s: &mut S) {
        s.count("start", self.start);
        s.count("end", self.end);
        s.count("paragraph", self.paragraph);
        s.count("words", self.words);
        s.count("syllables", self.syllables);
        s.count("letters", self.letters);
        s.count("complexWords", self.complex_words);
        s.float("grade", self.grade);
        s.flag("long", self.long);
        s.variant("difficulty", self.difficulty as usize, &self.difficulty);
    }
}

impl Encode for Paragraph {
    #[cfg_attr(lede_abort, optimize(size))]
    fn encode<S: Sink>(&self, s: &mut S) {
        s.count("start", self.start);
        s.count("end", self.end);
        s.optional_count("repeatOf", self.repeat_of);
    }
}

impl Encode for RepeatedLine {
    #[cfg_attr(lede_abort, optimize(size))]
    fn encode<S: Sink>(&self, s: &mut S) {
        s.count("start", self.start);
        s.count("end", self.end);
        s.count("originalStart", self.original_start);
        s.count("originalEnd", self.original_end);
    }
}

impl Encode for BoilerplateLine {
    #[cfg_attr(lede_abort, optimize(size))]
    fn encode<S: Sink>(&self, s: &mut S) {
        s.count("start", self.start);
        s.count("end", self.end);
        s.variant("kind", self.kind as usize, &self.kind);
    }
}

impl Encode for Entity {
    #[cfg_attr(lede_abort, optimize(size))]
    fn encode<S: Sink>(&self, s: &mut S) {
        s.string("name", &self.name);
        s.variant("type", self.ty as usize, &self.ty);
        s.optional_string("role", self.role.as_deref());
        s.count("count", self.count);
        s.float("salience", self.salience);
        s.list("mentions", &self.mentions);
    }
}

impl Encode for Mention {
    #[cfg_attr(lede_abort, optimize(size))]
    fn encode<S: Sink>(&self, s: &mut S) {
        s.count("start", self.start);
        s.count("end", self.end);
        s.string("text", &self.text);
    }
}

impl Encode for Keyphrase {
    #[cfg_attr(lede_abort, optimize(size))]
    fn encode<S: Sink>(&self, s: &mut S) {
        s.string("phrase", &self.phrase);
        s.float("score", self.score);
        s.count("count", self.count);
        s.list("mentions", &self.mentions);
    }
}

impl Encode for KeyphraseMention {
    #[cfg_attr(lede_abort, optimize(size))]
    fn encode<S: Sink>(&self, s: &mut S) {
        s.count("start", self.start);
        s.count("end", self.end);
    }
}
