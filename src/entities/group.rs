//! Grouping mentions into entities, one per real-world referent.
//!
//! Mentions are taken in text order, so the first, usually fullest, form of
//! a name comes before its short forms. The rules are those a reader
//! applies:
//! - a lexicon key groups its aliases ("U.S.", "US", "United States");
//! - a person's later single-word mention is the surname or given name of a
//!   person already named in full ("Putin" after "Vladimir Putin");
//! - an acronym is the initials of an organisation named in full ("EEU",
//!   "Eurasian Economic Union"), and "the Bank" is the last organisation
//!   whose name ends in "Bank";
//! - anything else groups by its text, case-insensitively.
//!
//! Single unknown words that none of this settles are dropped: a
//! capitalised word with no other evidence is not reported as a name.

use std::borrow::Cow;

use super::lexicon::{self, OrgWord};
use super::{Entity, EntityType, Mention, RawMention};
use crate::text::{Document, Span};

struct Builder {
    ty: EntityType,
    /// A lexicon key, or the name in lower case.
    key: Cow<'static, str>,
    /// Words of the fullest name so far.
    words: Words,
    name: Span,
    role: Option<Span>,
}

/// The words of a name in lower case, kept in one string (no allocation
/// per word): word `k` ends at `ends[k]` and starts where word `k - 1`
/// ends.
#[derive(Default, Clone)]
struct Words {
    text: String,
    ends: Vec<usize>,
}

impl Words {
    /// Makes these the pieces of `text` between white space and hyphens,
    /// each lower-cased on its own (as `str::to_lowercase`, which ASCII
    /// needs no call for).
    fn set(&mut self, text: &str) {
        self.clear();
        if text.is_ascii() {
            // The same pieces found a byte at a time (the ASCII white space
            // of `char::is_whitespace` is \t to \r and the space), lowered
            // together at the end.
            let bytes = text.as_bytes();
            let mut start = 0;
            for end in 0..=bytes.len() {
                if end == bytes.len() || matches!(bytes[end], b'\t'..=b'\r' | b' ' | b'-') {
                    if end > start {
                        self.text.push_str(&text[start..end]);
                        self.ends.push(self.text.len());
                    }
                    start = end + 1;
                }
            }
            self.text.make_ascii_lowercase();
            return;
        }
        for piece in text
            .split(|c: char| c.is_whitespace() || c == '-')
            .filter(|w| !w.is_empty())
        {
            let start = self.text.len();
            if piece.is_ascii() {
                self.text.push_str(piece);
                self.text[start..].make_ascii_lowercase();
            } else {
                self.text.push_str(&piece.to_lowercase());
            }
            self.ends.push(self.text.len());
        }
    }

    fn clear(&mut self) {
        self.text.clear();
        self.ends.clear();
    }

    /// A single word, taken as it is.
    fn single(word: String) -> Words {
        let ends = vec![word.len()];
        Words { text: word, ends }
    }

    fn len(&self) -> usize {
        self.ends.len()
    }

    fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    fn iter(&self) -> impl Iterator<Item = &str> + '_ {
        let mut start = 0;
        self.ends.iter().map(move |&end| {
            let word = &self.text[start..end];
            start = end;
            word
        })
    }

    fn last(&self) -> Option<&str> {
        self.iter().last()
    }
}

/// Whether the initials of `words` (the first letters of the words other
/// than "of", "the", "and", "for" and "&") are `letters`.
fn initials_are(words: &Words, letters: impl Iterator<Item = char>) -> bool {
    words
        .iter()
        .filter(|w| !matches!(*w, "of" | "the" | "and" | "for" | "&"))
        .filter_map(|w| w.chars().next())
        .eq(letters)
}

/// The characters of `text` other than full stops ("U.S." reads "US").
fn without_stops(text: &str) -> impl Iterator<Item = char> + '_ {
    text.chars().filter(|&c| c != '.')
}

fn is_acronym(text: &str) -> bool {
    text.len() >= 2 && text.chars().all(|c| c.is_ascii_uppercase() || c == '.')
}

/// `text.to_lowercase()` in `out` (emptied first): no allocation for ASCII
/// text once `out` has room.
fn lower_into(out: &mut String, text: &str) {
    out.clear();
    if text.is_ascii() {
        out.push_str(text);
        out.make_ascii_lowercase();
    } else {
        out.push_str(&text.to_lowercase());
    }
}

pub fn group(doc: &Document, mentions: Vec<RawMention>) -> Vec<Entity> {
    let text = doc.text;
    let mut entities: Vec<Builder> = Vec::with_capacity(mentions.len());
    // Each mention's entity (its index in `entities`) and span, in the order
    // they are settled: one list for the document rather than one per
    // entity.
    let mut assigned: Vec<(usize, Span)> = Vec::with_capacity(mentions.len());
    let mut unsettled: Vec<RawMention> = Vec::new();
    // The current mention's words and lower-case text, in buffers reused
    // from one mention to the next: copied only into a new entity.
    let mut words = Words::default();
    let mut lower = String::new();
    for m in mentions {
        if !m.settled {
            unsettled.push(m);
            continue;
        }
        let surface = m.span.of(text);
        // Only people's and organisations' words are ever compared.
        if matches!(m.ty, EntityType::Person | EntityType::Org) {
            words.set(surface);
        } else {
            words.clear();
        }
        // Whether `lower` holds the surface in lower case: worked out to
        // compare, and the key of a new entity without a lexicon key.
        let mut lowered = false;
        let found = match (m.ty, m.known_key) {
            (ty, Some(key)) => entities.iter().position(|e| e.ty == ty && e.key == key),
            (EntityType::Person, None) => entities.iter().position(|e| {
                e.ty == EntityType::Person
                    && (contains_words(&e.words, &words) || contains_words(&words, &e.words))
            }),
            (EntityType::Org, None) => {
                lower_into(&mut lower, surface);
                lowered = true;
                // An acronym's letters are compared with full names'
                // initials.
                let acronym = is_acronym(surface);
                let lower = lower.as_str();
                entities.iter().position(|e| {
                    e.ty == EntityType::Org
                        && (e.key == lower
                            || ends_with_words(&e.words, &words)
                            || ends_with_words(&words, &e.words)
                            || (acronym && initials_are(&e.words, without_stops(lower)))
                            || (is_acronym(e.name.of(text))
                                && initials_are(&words, without_stops(&e.key))))
                })
            }
            (ty, None) => {
                lower_into(&mut lower, surface);
                lowered = true;
                let lower = lower.as_str();
                entities.iter().position(|e| e.ty == ty && e.key == lower)
            }
        };
        let index = match found {
            Some(i) => {
                let e = &mut entities[i];
                if e.role.is_none() {
                    e.role = m.role;
                }
                if m.span.len() > e.name.len() && !is_acronym(surface) {
                    e.name = m.span;
                    e.words.clone_from(&words);
                }
                i
            }
            None => {
                let key = match m.known_key {
                    Some(key) => Cow::Borrowed(key),
                    None => {
                        if !lowered {
                            lower_into(&mut lower, surface);
                        }
                        Cow::Owned(lower.clone())
                    }
                };
                entities.push(Builder {
                    ty: m.ty,
                    key,
                    words: words.clone(),
                    name: m.span,
                    role: m.role,
                });
                entities.len() - 1
            }
        };
        assigned.push((index, m.span));
    }
    for m in unsettled {
        let surface = m.span.of(text);
        lower_into(&mut lower, surface);
        let word = lower.as_str();
        let target = entities
            .iter()
            .position(|e| {
                e.ty == EntityType::Person && e.words.len() > 1 && e.words.iter().any(|w| w == word)
            })
            .or_else(|| {
                entities.iter().position(|e| {
                    e.ty == EntityType::Org
                        && ((is_acronym(surface) && initials_are(&e.words, without_stops(word)))
                            || (matches!(lexicon::org_word(surface), Some(OrgWord::Head))
                                && e.words.last() == Some(word)))
                })
            })
            .or_else(|| {
                entities
                    .iter()
                    .position(|e| e.ty.is_name() && e.key == word)
            });
        match target {
            Some(i) => assigned.push((i, m.span)),
            None if lexicon::surname(surface).is_some() && !lexicon::is_common_word(word) => {
                entities.push(Builder {
                    ty: EntityType::Person,
                    key: Cow::Owned(word.to_string()),
                    words: Words::single(word.to_string()),
                    name: m.span,
                    role: m.role,
                });
                assigned.push((entities.len() - 1, m.span));
            }
            None => {}
        }
    }
    // Each entity's mentions together, in text order (a stable sort: ties
    // stay in the order they were settled).
    assigned.sort_by_key(|&(entity, span)| (entity, span.start));
    let mut rest = &assigned[..];
    entities
        .into_iter()
        .enumerate()
        .map(|(index, e)| {
            let count = rest.iter().take_while(|&&(i, _)| i == index).count();
            let (own, later) = rest.split_at(count);
            rest = later;
            Entity {
                name: e.name.of(text).to_string(),
                ty: e.ty,
                role: e.role.map(|r| r.of(text).to_string()),
                count,
                salience: 0.0,
                mentions: own
                    .iter()
                    .map(|&(_, s)| Mention {
                        start: s.start,
                        end: s.end,
                        text: s.of(text).to_string(),
                    })
                    .collect(),
            }
        })
        .collect()
}

/// Whether `whole` ends with the two or more words of `tail` ("United
/// States Federal Reserve" and "Federal Reserve").
fn ends_with_words(whole: &Words, tail: &Words) -> bool {
    tail.len() >= 2
        && tail.len() < whole.len()
        && whole.iter().skip(whole.len() - tail.len()).eq(tail.iter())
}

/// Whether every word of `part` appears in `whole`, in order.
fn contains_words(whole: &Words, part: &Words) -> bool {
    if part.is_empty() || part.len() > whole.len() {
        return false;
    }
    let mut it = whole.iter();
    part.iter().all(|p| it.any(|w| w == p))
}
