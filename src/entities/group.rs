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
    /// A lexicon key, or the name in lower case.
    key: Key,
    /// Words of the fullest name so far.
    words: Words,
    name: Span,
    role: Option<Span>,
    /// How many mentions it has so far.
    count: usize,
}

/// An entity's key: a lexicon key, or text of the [`Arena`].
#[derive(Clone, Copy)]
enum Key {
    Lexicon(&'static str),
    Lower { start: u32, end: u32 },
}

/// The lower-case words of names and the keys that are no lexicon key, for
/// one document, end to end in one string: no allocation per entity, and
/// the current mention's words are written where a new entity keeps them
/// (and taken back when none does).
#[derive(Default)]
struct Arena {
    text: String,
    /// Where each word of `text` ends.
    ends: Vec<u32>,
}

/// The words of a name in the [`Arena`]: word `k` ends at
/// `ends[from + k]` and starts where the word before it ends, the first
/// at `start`.
#[derive(Clone, Copy)]
struct Words {
    start: u32,
    from: u32,
    to: u32,
}

impl Arena {
    /// Where the arena ends, to [`Arena::truncate`] to.
    fn mark(&self) -> (usize, usize) {
        (self.text.len(), self.ends.len())
    }

    fn truncate(&mut self, (text, ends): (usize, usize)) {
        self.text.truncate(text);
        self.ends.truncate(ends);
    }

    /// No words, at the end of the arena.
    fn no_words(&self) -> Words {
        let n = self.ends.len() as u32;
        Words {
            start: self.text.len() as u32,
            from: n,
            to: n,
        }
    }

    /// Adds the pieces of `text` between white space and hyphens, each
    /// lower-cased on its own (as `str::to_lowercase`, which ASCII needs no
    /// call for), as the words of a name.
    fn add_words(&mut self, text: &str) -> Words {
        let mut words = self.no_words();
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
                        self.ends.push(self.text.len() as u32);
                    }
                    start = end + 1;
                }
            }
            self.text[words.start as usize..].make_ascii_lowercase();
        } else {
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
                self.ends.push(self.text.len() as u32);
            }
        }
        words.to = self.ends.len() as u32;
        words
    }

    /// Adds `key` as a key.
    fn add_key(&mut self, key: &str) -> Key {
        let start = self.text.len() as u32;
        self.text.push_str(key);
        Key::Lower {
            start,
            end: self.text.len() as u32,
        }
    }

    fn key(&self, key: Key) -> &str {
        match key {
            Key::Lexicon(key) => key,
            Key::Lower { start, end } => &self.text[start as usize..end as usize],
        }
    }

    /// Whether `key` is `other`: compared as bytes (no char boundaries to
    /// check, as a `str` slice of the arena has), in every entity scan.
    fn key_is(&self, key: Key, other: &str) -> bool {
        match key {
            Key::Lexicon(key) => key == other,
            Key::Lower { start, end } => {
                self.text.as_bytes().get(start as usize..end as usize) == Some(other.as_bytes())
            }
        }
    }

    /// The words, as bytes (see [`Arena::key_is`]).
    fn words(&self, words: Words) -> impl Iterator<Item = &[u8]> + Clone + '_ {
        let text = self.text.as_bytes();
        let mut start = words.start as usize;
        self.ends[words.from as usize..words.to as usize]
            .iter()
            .map(move |&end| {
                let word = &text[start..end as usize];
                start = end as usize;
                word
            })
    }
}

impl Words {
    fn len(self) -> usize {
        (self.to - self.from) as usize
    }

    fn is_empty(self) -> bool {
        self.to == self.from
    }
}

/// Whether the initials of `words` (the first letters of the words other
/// than "of", "the", "and", "for" and "&") are `letters`.
fn initials_are(arena: &Arena, words: Words, mut letters: impl Iterator<Item = char>) -> bool {
    let mut letter = [0; 4];
    arena
        .words(words)
        .filter(|w| !matches!(*w, b"of" | b"the" | b"and" | b"for" | b"&"))
        .all(|w| {
            letters
                .next()
                .is_some_and(|c| w.starts_with(c.encode_utf8(&mut letter).as_bytes()))
        })
        && letters.next().is_none()
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

/// No entity: a mention dropped.
const NONE: u32 = u32::MAX;

pub fn group(doc: &Document, mentions: Vec<RawMention>) -> Vec<Entity> {
    let text = doc.text;
    let mut entities: Vec<Builder> = Vec::with_capacity(mentions.len());
    // Sized for every mention's words and key (each at most its text, in
    // ASCII), so that it is seldom regrown.
    let bytes: usize = mentions.iter().map(|m| m.span.len()).sum();
    let mut arena = Arena {
        text: String::with_capacity(2 * bytes),
        ends: Vec::with_capacity(2 * mentions.len()),
    };
    // Each mention's entity (its index in `entities`), or NONE.
    let mut entity_of: Vec<u32> = vec![NONE; mentions.len()];
    // The mentions left for the second pass, by index.
    let mut unsettled: Vec<usize> = Vec::new();
    // The current mention's lower-case text, in a buffer reused from one
    // mention to the next: copied only into a new entity.
    let mut lower = String::with_capacity(64);
    for (index, m) in mentions.iter().enumerate() {
        if !m.settled {
            unsettled.push(index);
            continue;
        }
        let surface = m.span.of(text);
        // Only people's and organisations' words are ever compared. They
        // are written at the end of the arena, and taken back below unless
        // an entity keeps them.
        let mark = arena.mark();
        let words = if matches!(m.ty, EntityType::Person | EntityType::Org) {
            arena.add_words(surface)
        } else {
            arena.no_words()
        };
        // Whether `lower` holds the surface in lower case: worked out to
        // compare, and the key of a new entity without a lexicon key.
        let mut lowered = false;
        let found = match (m.ty, m.known_key) {
            (ty, Some(key)) => entities
                .iter()
                .position(|e| e.ty == ty && arena.key_is(e.key, key)),
            (EntityType::Person, None) => entities.iter().position(|e| {
                e.ty == EntityType::Person
                    && (contains_words(&arena, e.words, words)
                        || contains_words(&arena, words, e.words))
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
                        && (arena.key_is(e.key, lower)
                            || ends_with_words(&arena, e.words, words)
                            || ends_with_words(&arena, words, e.words)
                            || (acronym && initials_are(&arena, e.words, without_stops(lower)))
                            || (is_acronym(e.name.of(text))
                                && initials_are(&arena, words, without_stops(arena.key(e.key)))))
                })
            }
            (ty, None) => {
                lower_into(&mut lower, surface);
                lowered = true;
                let lower = lower.as_str();
                entities
                    .iter()
                    .position(|e| e.ty == ty && arena.key_is(e.key, lower))
            }
        };
        let i = match found {
            Some(i) => {
                let e = &mut entities[i];
                if e.role.is_none() {
                    e.role = m.role;
                }
                if m.span.len() > e.name.len() && !is_acronym(surface) {
                    e.name = m.span;
                    e.words = words;
                } else {
                    arena.truncate(mark);
                }
                i
            }
            None => {
                let key = match m.known_key {
                    Some(key) => Key::Lexicon(key),
                    None => {
                        if !lowered {
                            lower_into(&mut lower, surface);
                        }
                        arena.add_key(&lower)
                    }
                };
                entities.push(Builder {
                    ty: m.ty,
                    key,
                    words,
                    name: m.span,
                    role: m.role,
                    count: 0,
                });
                entities.len() - 1
            }
        };
        entities[i].count += 1;
        entity_of[index] = i as u32;
    }
    for index in unsettled {
        let m = &mentions[index];
        let surface = m.span.of(text);
        lower_into(&mut lower, surface);
        let word = lower.as_str();
        // Asked once, of organisations' last words below.
        let mut head = None;
        let mut is_head = || {
            *head.get_or_insert_with(|| matches!(lexicon::org_word(surface), Some(OrgWord::Head)))
        };
        let target = entities
            .iter()
            .position(|e| {
                e.ty == EntityType::Person
                    && e.words.len() > 1
                    && arena.words(e.words).any(|w| w == word.as_bytes())
            })
            .or_else(|| {
                entities.iter().position(|e| {
                    e.ty == EntityType::Org
                        && ((is_acronym(surface)
                            && initials_are(&arena, e.words, without_stops(word)))
                            || (is_head() && arena.words(e.words).last() == Some(word.as_bytes())))
                })
            })
            .or_else(|| {
                entities
                    .iter()
                    .position(|e| e.ty.is_name() && arena.key_is(e.key, word))
            });
        match target {
            Some(i) => {
                entities[i].count += 1;
                entity_of[index] = i as u32;
            }
            None if lexicon::surname(surface).is_some() && !lexicon::is_common_word(word) => {
                // The word is both the key and the one word of the name.
                let key = arena.add_key(word);
                let Key::Lower { start, end } = key else {
                    unreachable!("add_key makes a key of the arena")
                };
                arena.ends.push(end);
                let n = arena.ends.len() as u32;
                entities.push(Builder {
                    ty: EntityType::Person,
                    key,
                    words: Words {
                        start,
                        from: n - 1,
                        to: n,
                    },
                    name: m.span,
                    role: m.role,
                    count: 1,
                });
                entity_of[index] = entities.len() as u32 - 1;
            }
            None => {}
        }
    }
    // Each entity's mentions, in text order: counted above, then handed
    // out in one pass over the mentions (which are in text order).
    let mut out: Vec<Entity> = entities
        .iter()
        .map(|e| Entity {
            name: e.name.of(text).to_string(),
            ty: e.ty,
            role: e.role.map(|r| r.of(text).to_string()),
            count: e.count,
            salience: 0.0,
            mentions: Vec::with_capacity(e.count),
        })
        .collect();
    for (m, &e) in mentions.iter().zip(&entity_of) {
        if e != NONE {
            out[e as usize].mentions.push(Mention {
                start: m.span.start,
                end: m.span.end,
                text: m.span.of(text).to_string(),
            });
        }
    }
    out
}

/// Whether `whole` ends with the two or more words of `tail` ("United
/// States Federal Reserve" and "Federal Reserve").
fn ends_with_words(arena: &Arena, whole: Words, tail: Words) -> bool {
    tail.len() >= 2
        && tail.len() < whole.len()
        && arena
            .words(whole)
            .skip(whole.len() - tail.len())
            .eq(arena.words(tail))
}

/// Whether every word of `part` appears in `whole`, in order.
fn contains_words(arena: &Arena, whole: Words, part: Words) -> bool {
    if part.is_empty() || part.len() > whole.len() {
        return false;
    }
    let mut it = arena.words(whole);
    arena.words(part).all(|p| it.any(|w| w == p))
}
