//! The encoding of an [`Analysis`] for the trip out of wasm: a tape of
//! numbers and one string of all the strings, which `src/wasm/decode.js`
//! reads back, field by field, into the same plain object `JSON.parse`
//! would make of the analysis as JSON.
//!
//! Turning the result into JSON text and parsing it again on the JS side
//! cost about a third of an analysis in wasm (float formatting, string
//! escaping, then `JSON.parse` of a text four times the article's size).
//! The tape needs neither: numbers cross as they are, as the `f64`s JS uses
//! anyway, read through a `Float64Array` view of wasm memory, and all the
//! strings cross in one piece and are sliced apart.
//!
//! The tape is typed, not self-describing: it holds the values of the
//! fields in the order serde writes them, and nothing else (no tags, no
//! keys), and decode.js reads it with one reader per type that knows the
//! fields, their order and their types. The tape this module wrote before,
//! through serde, tagged every value and described every object's keys, so
//! that the reader could be generic; writing it and reading it back took
//! about a sixth of a call in wasm (a build that skipped both ran the
//! benchmark corpus 1.20 times as fast), and this one makes the whole call
//! 8-9% faster (`scripts/bench-ab.cjs`). The cost is that the two sides must
//! agree on the fields: `tests/wasm.rs` compares whole analyses, decoded,
//! with `JSON.parse` of serde_json's output, and the tests below check the
//! enum names decode.js keeps against serde's.
//!
//! | Rust | on the tape | JS value |
//! |---|---|---|
//! | a count or offset (`usize`) | the number | a number |
//! | `f64`, `Option<f64>`, `Option<usize>` | the number, or NaN for `None` or a non-finite float | a number or `null` (as serde_json writes them) |
//! | `bool` | 1 or 0 | `true` or `false` |
//! | `String`, `&str` | its length in UTF-16 units (its text goes to the strings) | a string |
//! | `Option<String>` | the same, or -1 for `None` | a string or `null` |
//! | a fieldless enum | its index (decode.js keeps serde's names in order) | a string |
//! | `Vec<T>` | its length, then each item | an array |
//! | a struct | its fields in order | an object with its keys in order |

use crate::bare::prelude::*;
pub use crate::encode::Encode;
use crate::encode::Sink;

/// The encoding of one analysis.
#[derive(Debug, Default, PartialEq)]
pub struct Tape {
    pub tape: Vec<f64>,
    pub strings: String,
}

/// The largest buffers [`Tape::recycle`] keeps (a tape of a few hundred
/// kilobytes, from a text of about a hundred): larger ones are freed, so
/// one long text does not hold its memory for the small ones after it.
const SPARE_NUMBERS: usize = 1 << 15;
const SPARE_BYTES: usize = 1 << 17;

impl Tape {
    /// Encodes `value`, into the buffers of `spare` (a tape read and done
    /// with) if it has any.
    // Not inlined into its caller, for the wasm's first call: see
    // `analyze_js` in src/wasm.rs.
    #[inline(never)]
    #[cfg_attr(lede_abort, optimize(size))]
    pub fn encode<T: Encode>(value: &T, spare: &mut Option<Tape>) -> Tape {
        let mut tape = spare.take().unwrap_or_default();
        value.encode(&mut tape);
        tape
    }

    /// Keeps the buffers of this tape in `spare` for the next
    /// [`Tape::encode`], unless they are larger than a common text needs.
    #[cfg_attr(lede_abort, optimize(size))]
    pub fn recycle(mut self, spare: &mut Option<Tape>) {
        if self.tape.capacity() <= SPARE_NUMBERS && self.strings.capacity() <= SPARE_BYTES {
            self.tape.clear();
            self.strings.clear();
            *spare = Some(self);
        }
    }
}

impl Sink for Tape {
    fn count(&mut self, _: &'static str, n: usize) {
        self.tape.push(n as f64);
    }

    #[cfg_attr(lede_abort, optimize(size))]
    fn float(&mut self, _: &'static str, x: f64) {
        self.tape.push(if x.is_finite() { x } else { f64::NAN });
    }

    #[cfg_attr(lede_abort, optimize(size))]
    fn optional_float(&mut self, key: &'static str, x: Option<f64>) {
        self.float(key, x.unwrap_or(f64::NAN));
    }

    #[cfg_attr(lede_abort, optimize(size))]
    fn optional_count(&mut self, _: &'static str, n: Option<usize>) {
        self.tape.push(n.map_or(f64::NAN, |n| n as f64));
    }

    #[cfg_attr(lede_abort, optimize(size))]
    fn flag(&mut self, _: &'static str, b: bool) {
        self.tape.push(if b { 1.0 } else { 0.0 });
    }

    fn string(&mut self, _: &'static str, s: &str) {
        let units = if s.is_ascii() {
            s.len()
        } else {
            s.chars().map(char::len_utf16).sum()
        };
        self.tape.push(units as f64);
        self.strings.push_str(s);
    }

    #[cfg_attr(lede_abort, optimize(size))]
    fn optional_string(&mut self, key: &'static str, s: Option<&str>) {
        match s {
            Some(s) => self.string(key, s),
            None => self.tape.push(-1.0),
        }
    }

    #[cfg_attr(lede_abort, optimize(size))]
    fn variant<E: serde::Serialize>(&mut self, _: &'static str, index: usize, _: &E) {
        self.tape.push(index as f64);
    }

    #[cfg_attr(lede_abort, optimize(size))]
    fn object<T: Encode>(&mut self, _: &'static str, value: &T) {
        value.encode(self);
    }

    #[cfg_attr(lede_abort, optimize(size))]
    fn list<T: Encode>(&mut self, _: &'static str, items: &[T]) {
        self.tape.push(items.len() as f64);
        for item in items {
            item.encode(self);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Paragraph;
    use crate::entities::{Entity, EntityType, Mention};
    use crate::keywords::{Keyphrase, KeyphraseMention};
    use crate::stats::Difficulty;

    /// The names decode.js gives the indexes of an enum, as written there:
    /// `const NAME = ['A', 'B'];`.
    fn names_in_decode_js(constant: &str) -> Vec<String> {
        let js = include_str!("wasm/decode.js");
        let start = js
            .find(&format!("const {constant} = ["))
            .unwrap_or_else(|| panic!("decode.js has no {constant}"));
        let list = &js[start..];
        let list = &list[list.find('[').unwrap() + 1..list.find(']').unwrap()];
        list.split(',')
            .map(|s| s.trim().trim_matches('\'').to_string())
            .filter(|s| !s.is_empty())
            .collect()
    }

    fn serde_name<T: serde::Serialize>(value: T) -> String {
        serde_json::to_value(value)
            .unwrap()
            .as_str()
            .unwrap()
            .to_string()
    }

    #[test]
    fn decode_js_names_the_enum_indexes_as_serde_does() {
        use EntityType::*;
        let types = [
            Person, Org, Gpe, Loc, Norp, Fac, Event, Law, Date, Time, Money, Percent, Quantity,
        ];
        // Every variant, each at its index (a variant added to the enum
        // must be added to this list, or the index check fails).
        for (i, &ty) in types.iter().enumerate() {
            assert_eq!(ty as usize, i, "{ty:?}");
        }
        let want: Vec<String> = types.into_iter().map(serde_name).collect();
        assert_eq!(names_in_decode_js("ENTITY_TYPES"), want);
        let difficulties = [Difficulty::Ok, Difficulty::Hard, Difficulty::VeryHard];
        for (i, &d) in difficulties.iter().enumerate() {
            assert_eq!(d as usize, i, "{d:?}");
        }
        let want: Vec<String> = difficulties.into_iter().map(serde_name).collect();
        assert_eq!(names_in_decode_js("DIFFICULTIES"), want);
        use crate::text::boilerplate::Boilerplate;
        let kinds = [
            Boilerplate::Byline,
            Boilerplate::Credit,
            Boilerplate::Timestamp,
            Boilerplate::Link,
            Boilerplate::Label,
        ];
        for (i, &k) in kinds.iter().enumerate() {
            assert_eq!(k as usize, i, "{k:?}");
        }
        let want: Vec<String> = kinds.into_iter().map(serde_name).collect();
        assert_eq!(names_in_decode_js("BOILERPLATE_KINDS"), want);
    }

    #[test]
    fn fields_go_on_the_tape_in_order_with_nulls_as_nan_and_minus_one() {
        let entity = Entity {
            name: "Zoë".into(),
            ty: EntityType::Gpe,
            role: None,
            count: 2,
            salience: 0.5,
            mentions: vec![Mention {
                start: 3,
                end: 6,
                text: "Zoë".into(),
            }],
        };
        let tape = Tape::encode(&entity, &mut None);
        let [name, ty, role, count, salience, mentions, start, end, text] = tape.tape[..] else {
            panic!("{:?}", tape.tape);
        };
        assert_eq!(
            [name, ty, role, count, salience, mentions, start, end, text],
            [3.0, 2.0, -1.0, 2.0, 0.5, 1.0, 3.0, 6.0, 3.0]
        );
        assert_eq!(tape.strings, "ZoëZoë");
        let paragraph = Paragraph {
            start: 0,
            end: 4,
            repeat_of: None,
        };
        let tape = Tape::encode(&paragraph, &mut None);
        assert_eq!(tape.tape[..2], [0.0, 4.0]);
        assert!(tape.tape[2].is_nan());
        // A non-finite float is null, as in serde_json.
        let phrase = Keyphrase {
            phrase: "𝔸".into(),
            score: f64::INFINITY,
            count: 1,
            mentions: vec![],
        };
        let tape = Tape::encode(&phrase, &mut None);
        assert_eq!(tape.tape[0], 2.0, "a UTF-16 length: one char, two units");
        assert!(tape.tape[1].is_nan());
        assert_eq!(tape.tape[2..], [1.0, 0.0]);
    }

    #[test]
    fn buffers_are_reused_unless_large() {
        let mut spare = None;
        let first = Tape::encode(&KeyphraseMention { start: 1, end: 2 }, &mut spare);
        let pointer = first.tape.as_ptr();
        first.recycle(&mut spare);
        let second = Tape::encode(&KeyphraseMention { start: 3, end: 4 }, &mut spare);
        assert_eq!(second.tape, [3.0, 4.0]);
        assert_eq!(second.tape.as_ptr(), pointer);
        let large = Tape {
            tape: Vec::with_capacity(SPARE_NUMBERS + 1),
            strings: String::new(),
        };
        large.recycle(&mut spare);
        assert!(spare.is_none());
    }
}
