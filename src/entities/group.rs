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

use super::lexicon::{self, OrgWord};
use super::{Entity, EntityType, Mention, RawMention};
use crate::text::{Document, Span};

struct Builder {
    ty: EntityType,
    key: String,
    /// Words of the fullest name so far.
    words: Words,
    name: Span,
    role: Option<Span>,
    mentions: Vec<Span>,
}

/// The words of a name in lower case, kept in one string (no allocation
/// per word): word `k` ends at `ends[k]` and starts where word `k - 1`
/// ends.
#[derive(Default)]
struct Words {
    text: String,
    ends: Vec<usize>,
}

impl Words {
    /// The pieces of `text` between white space and hyphens, each lower-cased
    /// on its own (as `str::to_lowercase`, which ASCII needs no call for).
    fn of(text: &str) -> Words {
        let mut words = Words {
            text: String::with_capacity(text.len()),
            ends: Vec::with_capacity(4),
        };
        for piece in text
            .split(|c: char| c.is_whitespace() || c == '-')
            .filter(|w| !w.is_empty())
        {
            if piece.is_ascii() {
                words
                    .text
                    .extend(piece.chars().map(|c| c.to_ascii_lowercase()));
            } else {
                words.text.push_str(&piece.to_lowercase());
            }
            words.ends.push(words.text.len());
        }
        words
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

fn initials(words: &Words) -> String {
    words
        .iter()
        .filter(|w| !matches!(*w, "of" | "the" | "and" | "for" | "&"))
        .filter_map(|w| w.chars().next())
        .collect()
}

fn is_acronym(text: &str) -> bool {
    text.len() >= 2 && text.chars().all(|c| c.is_ascii_uppercase() || c == '.')
}

pub fn group(doc: &Document, mentions: Vec<RawMention>) -> Vec<Entity> {
    let text = doc.text;
    let mut entities: Vec<Builder> = Vec::with_capacity(mentions.len());
    let mut unsettled: Vec<RawMention> = Vec::new();
    for mut m in mentions {
        if !m.settled {
            unsettled.push(m);
            continue;
        }
        let surface = m.span.of(text);
        // Only people's and organisations' words are ever compared.
        let words = if matches!(m.ty, EntityType::Person | EntityType::Org) {
            Words::of(surface)
        } else {
            Words::default()
        };
        // The surface in lower case, when worked out to compare: the key of
        // a new entity without a lexicon key, so it is made only once.
        let mut lowered: Option<String> = None;
        let found = match (m.ty, &m.known_key) {
            (ty, Some(key)) => entities.iter().position(|e| e.ty == ty && &e.key == key),
            (EntityType::Person, None) => entities.iter().position(|e| {
                e.ty == EntityType::Person
                    && (contains_words(&e.words, &words) || contains_words(&words, &e.words))
            }),
            (EntityType::Org, None) => {
                let lower: &str = lowered.insert(surface.to_lowercase());
                // An acronym's letters, to compare with full names' initials.
                let letters = is_acronym(surface).then(|| surface.replace('.', "").to_lowercase());
                let mut own_initials = None;
                entities.iter().position(|e| {
                    e.ty == EntityType::Org
                        && (e.key == lower
                            || ends_with_words(&e.words, &words)
                            || ends_with_words(&words, &e.words)
                            || letters.as_ref().is_some_and(|l| initials(&e.words) == *l)
                            || (is_acronym(e.name.of(text))
                                && *own_initials.get_or_insert_with(|| initials(&words))
                                    == e.key.replace('.', "")))
                })
            }
            (ty, None) => {
                let key: &str = lowered.insert(surface.to_lowercase());
                entities.iter().position(|e| e.ty == ty && e.key == key)
            }
        };
        match found {
            Some(i) => {
                let e = &mut entities[i];
                e.mentions.push(m.span);
                if e.role.is_none() {
                    e.role = m.role;
                }
                if m.span.len() > e.name.len() && !is_acronym(surface) {
                    e.name = m.span;
                    e.words = words;
                }
            }
            None => entities.push(Builder {
                ty: m.ty,
                key: m
                    .known_key
                    .take()
                    .or(lowered)
                    .unwrap_or_else(|| surface.to_lowercase()),
                words,
                name: m.span,
                role: m.role,
                mentions: vec![m.span],
            }),
        }
    }
    for m in unsettled {
        let surface = m.span.of(text);
        let word = surface.to_lowercase();
        let target = entities
            .iter()
            .position(|e| {
                e.ty == EntityType::Person && e.words.len() > 1 && e.words.iter().any(|w| w == word)
            })
            .or_else(|| {
                entities.iter().position(|e| {
                    e.ty == EntityType::Org
                        && ((is_acronym(surface) && initials(&e.words) == word.replace('.', ""))
                            || (matches!(lexicon::org_word(surface), Some(OrgWord::Head))
                                && e.words.last() == Some(word.as_str())))
                })
            })
            .or_else(|| {
                entities
                    .iter()
                    .position(|e| e.ty.is_name() && e.key == word)
            });
        match target {
            Some(i) => entities[i].mentions.push(m.span),
            None if lexicon::surname(surface).is_some() && !lexicon::is_common_word(&word) => {
                entities.push(Builder {
                    ty: EntityType::Person,
                    key: word.clone(),
                    words: Words::single(word),
                    name: m.span,
                    role: m.role,
                    mentions: vec![m.span],
                });
            }
            None => {}
        }
    }
    entities
        .into_iter()
        .map(|mut e| {
            e.mentions.sort_by_key(|s| s.start);
            Entity {
                name: e.name.of(text).to_string(),
                ty: e.ty,
                role: e.role.map(|r| r.of(text).to_string()),
                count: e.mentions.len(),
                salience: 0.0,
                mentions: e
                    .mentions
                    .iter()
                    .map(|s| Mention {
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
