//! The analysis as compact JSON, written by the [`Encode`] walk rather than
//! through serde's derive: the same bytes as `serde_json::to_writer` (a test
//! compares them), in about a third of the work. serde_json writes every
//! key of every object through its string escaper and its writer, one
//! small write after another; here a key is copied in as it is (the keys
//! are the walk's own constants, none needing an escape), and only the
//! values go through serde_json, so numbers and strings are formatted by
//! the same code as before.
//!
//! The command-line tool writes its results with it (`jsonl.rs`, and
//! `lede analyze` without `--pretty`), where serde's derive took about a
//! sixth of the time of a batch.

use serde::Serialize;

use crate::encode::{Encode, Sink};

/// Appends `value` as compact JSON to `out`.
#[cfg_attr(lede_abort, optimize(size))]
pub fn write<T: Encode>(value: &T, out: &mut Vec<u8>) {
    out.push(b'{');
    value.encode(&mut Json { out, first: true });
    out.push(b'}');
}

struct Json<'a> {
    out: &'a mut Vec<u8>,
    /// No field written yet in the object being written.
    first: bool,
}

impl Json<'_> {
    fn key(&mut self, key: &'static str) {
        debug_assert!(key.bytes().all(|b| b.is_ascii_alphanumeric()));
        if !self.first {
            self.out.push(b',');
        }
        self.first = false;
        self.out.push(b'"');
        self.out.extend_from_slice(key.as_bytes());
        self.out.extend_from_slice(b"\":");
    }

    /// A value as serde_json writes it.
    #[cfg_attr(lede_abort, optimize(size))]
    fn value<V: Serialize + ?Sized>(&mut self, value: &V) {
        // Writing into a `Vec` cannot fail, and no value of the result is
        // one serde_json refuses (a non-finite float is `null`).
        let _ = value.serialize(&mut serde_json::Serializer::new(&mut *self.out));
    }

    #[cfg_attr(lede_abort, optimize(size))]
    fn null(&mut self) {
        self.out.extend_from_slice(b"null");
    }
}

impl Sink for Json<'_> {
    fn count(&mut self, key: &'static str, n: usize) {
        self.key(key);
        self.value(&n);
    }

    #[cfg_attr(lede_abort, optimize(size))]
    fn float(&mut self, key: &'static str, x: f64) {
        self.key(key);
        self.value(&x);
    }

    #[cfg_attr(lede_abort, optimize(size))]
    fn optional_float(&mut self, key: &'static str, x: Option<f64>) {
        self.key(key);
        match x {
            Some(x) => self.value(&x),
            None => self.null(),
        }
    }

    #[cfg_attr(lede_abort, optimize(size))]
    fn optional_count(&mut self, key: &'static str, n: Option<usize>) {
        self.key(key);
        match n {
            Some(n) => self.value(&n),
            None => self.null(),
        }
    }

    #[cfg_attr(lede_abort, optimize(size))]
    fn flag(&mut self, key: &'static str, b: bool) {
        self.key(key);
        self.out
            .extend_from_slice(if b { b"true" as &[u8] } else { b"false" });
    }

    fn string(&mut self, key: &'static str, s: &str) {
        self.key(key);
        self.value(s);
    }

    #[cfg_attr(lede_abort, optimize(size))]
    fn optional_string(&mut self, key: &'static str, s: Option<&str>) {
        self.key(key);
        match s {
            Some(s) => self.value(s),
            None => self.null(),
        }
    }

    #[cfg_attr(lede_abort, optimize(size))]
    fn variant<E: Serialize>(&mut self, key: &'static str, _: usize, value: &E) {
        self.key(key);
        self.value(value);
    }

    #[cfg_attr(lede_abort, optimize(size))]
    fn object<T: Encode>(&mut self, key: &'static str, value: &T) {
        self.key(key);
        self.out.push(b'{');
        self.first = true;
        value.encode(self);
        self.out.push(b'}');
        self.first = false;
    }

    #[cfg_attr(lede_abort, optimize(size))]
    fn list<T: Encode>(&mut self, key: &'static str, items: &[T]) {
        self.key(key);
        self.out.push(b'[');
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.out.push(b',');
            }
            self.out.push(b'{');
            self.first = true;
            item.encode(self);
            self.out.push(b'}');
        }
        self.out.push(b']');
        self.first = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::{Entity, EntityType, Mention};
    use crate::keywords::Keyphrase;
    use crate::{analyze, Options};

    fn same_as_serde<T: Encode + Serialize>(value: &T) {
        let mut ours = Vec::new();
        write(value, &mut ours);
        let theirs = serde_json::to_vec(value).unwrap();
        assert_eq!(
            String::from_utf8_lossy(&ours),
            String::from_utf8_lossy(&theirs)
        );
    }

    #[test]
    fn writes_what_serde_json_writes() {
        let texts = [
            include_str!("../tests/data/news_excerpt.txt"),
            include_str!("../tests/data/pastes/reuters.txt"),
            include_str!("../tests/data/pastes/guardian.txt"),
            include_str!("../tests/data/pastes/bbc.txt"),
            // Repeated lines, boilerplate, a note for a short text, quotes
            // and control characters in names.
            "Reporting by Jane Smith\nBREAKING NEWS\nBREAKING NEWS\n\"Qantas\"\u{1} said \\ Ms O'Neil.",
            "",
            "Zoë Ørsted met 北京 officials in Paris 🎉 on 3 May.",
        ];
        for text in texts {
            let analysis = analyze(text, &Options::default()).unwrap();
            same_as_serde(&analysis);
        }
    }

    #[test]
    fn escapes_and_nulls_as_serde_json_does() {
        let entity = Entity {
            name: "a\"b\\c\n\t\u{1}\u{7f}\u{2028}é".into(),
            ty: EntityType::Org,
            role: None,
            count: 2,
            salience: f64::NAN,
            mentions: vec![Mention {
                start: 0,
                end: usize::MAX,
                text: String::new(),
            }],
        };
        same_as_serde(&entity);
        let phrase = Keyphrase {
            phrase: "x".into(),
            score: f64::INFINITY,
            count: 0,
            mentions: vec![],
        };
        same_as_serde(&phrase);
    }
}
