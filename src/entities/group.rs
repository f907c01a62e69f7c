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

use crate::bare::prelude::*;
use core::hash::Hasher;

use super::lexicon::{self, OrgWord};
use super::{names, Entity, EntityType, Mention, RawMention};
use crate::hash::{FxHasher, Interner, Map};
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

/// What names the lists of [`Entities::first_of`] to search: it calls
/// its argument with each list's kind and bytes.
type Lists<'a> = dyn FnMut(&mut dyn FnMut(By, &[u8])) + 'a;

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
    #[cfg_attr(lede_abort, optimize(size))]
    fn mark(&self) -> (usize, usize) {
        (self.text.len(), self.ends.len())
    }

    #[cfg_attr(lede_abort, optimize(size))]
    fn truncate(&mut self, (text, ends): (usize, usize)) {
        self.text.truncate(text);
        self.ends.truncate(ends);
    }

    /// No words, at the end of the arena.
    #[cfg_attr(lede_abort, optimize(size))]
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
    #[cfg_attr(lede_abort, optimize(size))]
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
                        self.text.push_str(unquoted(&text[start..end]));
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
                crate::text::case::push_lower_str(&mut self.text, unquoted(piece));
                self.ends.push(self.text.len() as u32);
            }
        }
        // A last word's full stop, which may be the sentence's: "Sumitomo
        // Mitsui Banking Corp." at a sentence's end and "... Corp" are
        // one name.
        let last_start = match self.ends.len() {
            n if n > words.from as usize + 1 => self.ends[n - 2] as usize,
            _ => words.start as usize,
        };
        if self.text.len() > last_start + 1 && self.text.ends_with('.') {
            self.text.pop();
            *self.ends.last_mut().expect("a word") -= 1;
        }
        words.to = self.ends.len() as u32;
        words
    }

    /// Adds `key` as a key.
    #[cfg_attr(lede_abort, optimize(size))]
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
    #[cfg_attr(lede_abort, optimize(size))]
    fn key_is(&self, key: Key, other: &str) -> bool {
        match key {
            Key::Lexicon(key) => key == other,
            Key::Lower { start, end } => {
                self.text.as_bytes().get(start as usize..end as usize) == Some(other.as_bytes())
            }
        }
    }

    /// The words, as bytes (see [`Arena::key_is`]).
    /// `words` less the first (of one word or more).
    #[cfg_attr(lede_abort, optimize(size))]
    fn after_first(&self, words: Words) -> Words {
        Words {
            start: self.ends[words.from as usize],
            from: words.from + 1,
            to: words.to,
        }
    }

    #[cfg_attr(lede_abort, optimize(size))]
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
    #[cfg_attr(lede_abort, optimize(size))]
    fn len(self) -> usize {
        (self.to - self.from) as usize
    }

    #[cfg_attr(lede_abort, optimize(size))]
    fn is_empty(self) -> bool {
        self.to == self.from
    }
}

/// A word in quotes without them: "'Diddy'", "\"Diddy\"" and "“Diddy”" are
/// one word of a name (a nickname quoted one way in a headline and another
/// in the text); and without a comma after it ("Mars" of "Mars, Inc.").
#[cfg_attr(lede_abort, optimize(size))]
fn unquoted(piece: &str) -> &str {
    let piece = piece.strip_suffix(',').unwrap_or(piece);
    let open = |c: char| matches!(c, '"' | '\'' | '\u{2018}' | '\u{201c}');
    let close = |c: char| matches!(c, '"' | '\'' | '\u{2019}' | '\u{201d}');
    piece
        .strip_prefix(open)
        .and_then(|p| p.strip_suffix(close))
        .filter(|p| !p.is_empty())
        .unwrap_or(piece)
}

/// Whether a word of a name gives no initial: "of", "the", "and", "for"
/// and "&".
#[cfg_attr(lede_abort, optimize(size))]
fn has_no_initial(word: &[u8]) -> bool {
    matches!(word, b"of" | b"the" | b"and" | b"for" | b"&")
}

/// Whether `words` are a name and a legal form, two words with initials
/// that spell nothing ("Alphabet Inc" is no "AI").
#[cfg_attr(lede_abort, optimize(size))]
fn name_and_legal_form(arena: &Arena, words: Words) -> bool {
    let mut named = arena.words(words).filter(|w| !has_no_initial(w));
    named.clone().count() == 2
        && named.nth(1).is_some_and(|w| {
            matches!(
                w,
                b"inc"
                    | b"inc."
                    | b"corp"
                    | b"corp."
                    | b"ltd"
                    | b"ltd."
                    | b"co"
                    | b"co."
                    | b"plc"
                    | b"ag"
                    | b"se"
                    | b"llc"
                    | b"gmbh"
            )
        })
}

/// Whether the initials of `words` ([`initials_into`]) are `letters`.
#[cfg_attr(lede_abort, optimize(size))]
fn initials_are(arena: &Arena, words: Words, mut letters: impl Iterator<Item = char>) -> bool {
    if name_and_legal_form(arena, words) {
        return false;
    }
    let mut letter = [0; 4];
    arena.words(words).filter(|w| !has_no_initial(w)).all(|w| {
        if let Some([a, c]) = dotted(w) {
            return letters.next() == Some(char::from(a)) && letters.next() == Some(char::from(c));
        }
        letters
            .next()
            .is_some_and(|c| w.starts_with(c.encode_utf8(&mut letter).as_bytes()))
    }) && letters.next().is_none()
}

/// The name of a storm from its event's name as written: "Milton" of
/// "Hurricane Milton", "Ciara" of "Storm Ciara", "Alfred" of "Severe
/// Tropical Cyclone Alfred" (the words for storms are
/// the name typer's, [`names::is_storm`]).
#[cfg_attr(lede_abort, optimize(size))]
fn storm_name(name: &str) -> Option<&str> {
    let (storm, name) = last_two_words(name)?;
    names::is_storm(storm).then_some(name)
}

/// The last two words of `name` (a blank apart), if it has two or more.
#[cfg_attr(lede_abort, optimize(size))]
fn last_two_words(name: &str) -> Option<(&str, &str)> {
    let blank = name.bytes().rposition(|b| b == b' ')?;
    let head = &name[..blank];
    let start = head.bytes().rposition(|b| b == b' ').map_or(0, |at| at + 1);
    Some((&head[start..], &name[blank + 1..]))
}

/// The key of a name no list knows, `lower` its text in lower case, made
/// the same for the ways its type writes one thing: a storm by its name
/// alone, a law without a year
/// after it ("Proceeds of Crime Act 2002" and "Proceeds of Crime Act" are
/// one law), a percentage with "%" for its word ("31%", "31 percent", "31
/// per cent" and "31 pct" one value).
#[cfg_attr(lede_abort, optimize(size))]
fn key_form(ty: EntityType, lower: &mut String) {
    match ty {
        EntityType::Law => {
            let b = lower.as_bytes();
            if let Some(n) = b.len().checked_sub(5) {
                if b[n] == b' ' && b[n + 1..].iter().all(u8::is_ascii_digit) {
                    lower.truncate(n);
                }
            }
        }
        // A storm by its name: "Typhoon Kristine" and "Severe Tropical
        // Storm Kristine" are one.
        EntityType::Event => {
            if let Some((storm, name)) = last_two_words(lower) {
                // (The name typer's words for storms, in lower case here.)
                if names::STORMS.iter().any(|w| w.eq_ignore_ascii_case(storm)) {
                    let name = lower.split_off(lower.len() - name.len());
                    *lower = name;
                }
            }
        }
        EntityType::Percent => {
            for word in [" percent", " per cent", " pct"] {
                if lower.ends_with(word) {
                    lower.truncate(lower.len() - word.len());
                    lower.push('%');
                    return;
                }
            }
        }
        _ => {}
    }
}

/// The letters of an acronym: its characters but full stops and "&"
/// ("U.S." reads "US", "M&S" "MS", as "Marks & Spencer"'s initials).
#[cfg_attr(lede_abort, optimize(size))]
fn without_stops(text: &str) -> impl Iterator<Item = char> + '_ {
    text.chars().filter(|&c| c != '.' && c != '&')
}

/// Capitals, with full stops or an "&" between them ("UN", "U.S.",
/// "M&S", "AT&T").
pub(crate) fn is_acronym(text: &str) -> bool {
    text.len() >= 2
        && text.starts_with(|c: char| c.is_ascii_uppercase())
        && text
            .chars()
            .all(|c| c.is_ascii_uppercase() || c == '.' || c == '&')
}

/// `text.to_lowercase()` in `out` (emptied first): no allocation once `out`
/// has room.
fn lower_into(out: &mut String, text: &str) {
    out.clear();
    crate::text::case::push_lower_str(out, text);
    // A name of several words keyed without a last full stop, which may be
    // the sentence's (as its words are, [`Arena::add_words`]).
    if out.ends_with('.') && out.contains(' ') {
        out.pop();
    }
}

/// A document has its entities found by [`Lookup`] once it has more than
/// this many; up to it, a scan of all of them is as quick.
const SCAN_MAX: usize = 32;

/// What a [`Lookup`] list holds entities by (each hashed with its bytes).
#[derive(Clone, Copy)]
#[repr(u8)]
enum By {
    /// The key.
    Key = 1,
    /// A word of a person's name.
    PersonWord,
    /// A word of an organisation's name.
    OrgWord,
    /// An organisation's initials (see [`initials_are`]).
    Initials,
    /// An organisation named by an acronym: its key without full stops.
    Acronym,
}

/// Entities listed by their keys, the words of their names and their
/// initials, so that a mention in a long document is compared only with
/// the entities that share one of these with it, not with all of them
/// (which made grouping quadratic: with thousands of entities it took half
/// the time of a 10 MB text). A list is a superset: every entity found is
/// still checked by the same test as in a scan, and the first (lowest
/// index) that passes is taken, so the answer is the scan's. An entity
/// whose name changes is listed again under its new words; its old
/// listings stay and fail the test.
#[derive(Default)]
struct Lookup {
    /// The first node of each list, by hash.
    heads: Map<u64, u32>,
    /// (entity, next node or `NONE`).
    nodes: Vec<(u32, u32)>,
    /// Scratch for initials.
    letters: String,
}

fn hash(by: By, bytes: &[u8]) -> u64 {
    let mut h = FxHasher::default();
    h.write_u64(by as u64);
    h.write(bytes);
    h.finish()
}

impl Lookup {
    fn add(&mut self, by: By, bytes: &[u8], entity: usize) {
        self.add_hashed(hash(by, bytes), entity);
    }

    #[cfg_attr(lede_abort, optimize(size))]
    fn add_hashed(&mut self, hash: u64, entity: usize) {
        let node = self.nodes.len() as u32;
        let next = core::mem::replace(self.heads.or_insert_with(hash, hash, || NONE), node);
        self.nodes.push((entity as u32, next));
    }

    /// The entities listed under `bytes` (and perhaps a few others).
    #[cfg_attr(lede_abort, optimize(size))]
    fn under(&self, by: By, bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
        let hash = hash(by, bytes);
        let mut node = self.heads.get(&hash, hash).copied().unwrap_or(NONE);
        core::iter::from_fn(move || {
            let &(entity, next) = self.nodes.get(node as usize)?;
            node = next;
            Some(entity as usize)
        })
    }

    /// Lists entity `i` under its key and, for people and organisations,
    /// its words and initials.
    fn add_entity(&mut self, arena: &Arena, e: &Builder, i: usize, text: &str) {
        self.add(By::Key, arena.key(e.key).as_bytes(), i);
        self.add_words(arena, e, i);
        // A storm's name, as the words of people are: "milton" of
        // "Hurricane Milton".
        if let Some(name) = storm_name(e.name.of(text)).filter(|_| e.ty == EntityType::Event) {
            lower_into(&mut self.letters, name);
            self.add_hashed(hash(By::PersonWord, self.letters.as_bytes()), i);
        }
        if e.ty == EntityType::Org && is_acronym(e.name.of(text)) {
            without_stops_into(&mut self.letters, arena.key(e.key));
            self.add_hashed(hash(By::Acronym, self.letters.as_bytes()), i);
        }
    }

    /// Lists entity `i` under its (new) words and initials.
    #[cfg_attr(lede_abort, optimize(size))]
    fn add_words(&mut self, arena: &Arena, e: &Builder, i: usize) {
        let by = match e.ty {
            EntityType::Person => By::PersonWord,
            EntityType::Org => By::OrgWord,
            _ => return,
        };
        for w in arena.words(e.words) {
            self.add(by, w, i);
        }
        if e.ty == EntityType::Org {
            initials_into(&mut self.letters, arena, e.words);
            self.add_hashed(hash(By::Initials, self.letters.as_bytes()), i);
        }
    }
}

/// The initials of `words` in `out`: the first letters of the words other
/// than those of [`has_no_initial`], both letters of a [`dotted`] word;
/// none for a name and its legal form ([`name_and_legal_form`]).
#[cfg_attr(lede_abort, optimize(size))]
fn initials_into(out: &mut String, arena: &Arena, words: Words) {
    out.clear();
    if name_and_legal_form(arena, words) {
        return;
    }
    for w in arena.words(words).filter(|w| !has_no_initial(w)) {
        if let Some([a, c]) = dotted(w) {
            out.push(char::from(a));
            out.push(char::from(c));
        // Words are whole characters of the arena's string.
        } else if let Some(c) = core::str::from_utf8(w).ok().and_then(|w| w.chars().next()) {
            out.push(c);
        }
    }
}

/// The two letters of `word` if it is two letters, each with a full stop,
/// both initials: "u.s." of "U.S. Geological Survey" (USGS), "u.n." of
/// "U.N. Security Council" (UNSC).
#[cfg_attr(lede_abort, optimize(size))]
fn dotted(word: &[u8]) -> Option<[u8; 2]> {
    match *word {
        [a, b'.', c, b'.'] if a.is_ascii_lowercase() && c.is_ascii_lowercase() => Some([a, c]),
        _ => None,
    }
}

/// [`without_stops`] of `text`, in `out`.
#[cfg_attr(lede_abort, optimize(size))]
fn without_stops_into(out: &mut String, text: &str) {
    out.clear();
    out.extend(without_stops(text));
}

/// The entities of a document so far, and their [`Lookup`] once there are
/// more than [`SCAN_MAX`].
struct Entities {
    list: Vec<Builder>,
    lookup: Option<Lookup>,
    scan_max: usize,
}

impl Entities {
    /// The first entity of type `ty` whose key is the lists' key `key`.
    fn with_key(&self, arena: &Arena, ty: EntityType, key: &str) -> Option<usize> {
        self.first(
            |list| list(By::Key, key.as_bytes()),
            |e| e.ty == ty && arena.key_is(e.key, key),
        )
    }

    /// The first entity that passes `test`: by a scan, or among those
    /// listed under the `(by, bytes)` that `lists` gives (which must
    /// include every entity that passes).
    #[cfg_attr(lede_abort, optimize(size))]
    fn first(
        &self,
        lists: impl FnOnce(&mut dyn FnMut(By, &[u8])),
        test: impl Fn(&Builder) -> bool,
    ) -> Option<usize> {
        let mut lists = Some(lists);
        self.first_of(
            &mut |list| {
                if let Some(lists) = lists.take() {
                    lists(list);
                }
            },
            &test,
        )
    }

    /// [`Entities::first`] through references to its closures: one copy
    /// of the search in the wasm, not one per caller's pair of closures
    /// (17 of them).
    #[inline(never)]
    fn first_of(&self, lists: &mut Lists, test: &dyn Fn(&Builder) -> bool) -> Option<usize> {
        let Some(lookup) = &self.lookup else {
            return self.list.iter().position(test);
        };
        let mut best: Option<usize> = None;
        lists(&mut |by, bytes| {
            for i in lookup.under(by, bytes) {
                if best.is_none_or(|b| i < b) && test(&self.list[i]) {
                    best = Some(i);
                }
            }
        });
        best
    }

    /// The storm named `name` (lower case): "Hurricane Milton" for
    /// "milton".
    #[inline(never)]
    #[cfg_attr(lede_abort, optimize(size))]
    fn storm_named(&self, name: &[u8], text: &str) -> Option<usize> {
        self.first(
            |list| list(By::PersonWord, name),
            |e| {
                e.ty == EntityType::Event
                    && storm_name(e.name.of(text))
                        .is_some_and(|n| n.as_bytes().eq_ignore_ascii_case(name))
            },
        )
    }

    /// Adds an entity, listing it if there is a lookup, and making the
    /// lookup when there are enough.
    fn push(&mut self, e: Builder, arena: &Arena, text: &str) -> usize {
        self.list.push(e);
        let i = self.list.len() - 1;
        if let Some(lookup) = &mut self.lookup {
            lookup.add_entity(arena, &self.list[i], i, text);
        } else if self.list.len() > self.scan_max {
            let mut lookup = Lookup::default();
            for (i, e) in self.list.iter().enumerate() {
                lookup.add_entity(arena, e, i, text);
            }
            self.lookup = Some(lookup);
        }
        i
    }

    /// Entity `i` has new words: lists it under them.
    #[cfg_attr(lede_abort, optimize(size))]
    fn renamed(&mut self, i: usize, arena: &Arena) {
        if let Some(lookup) = &mut self.lookup {
            lookup.add_words(arena, &self.list[i], i);
        }
    }
}

/// The entity of the mention just before mention `index`, that mention's
/// span and the text between the two, trimmed (the two in order).
#[cfg_attr(lede_abort, optimize(size))]
fn entity_just_before<'t>(
    mentions: &[RawMention],
    entity_of: &[u32],
    index: usize,
    text: &'t str,
) -> Option<(usize, Span, &'t [u8])> {
    let m = &mentions[index];
    let before = index.checked_sub(1)?;
    let entity = entity_of[before];
    let name = mentions[before].span;
    if entity == NONE || name.end > m.span.start {
        return None;
    }
    let between = text.as_bytes()[name.end..m.span.start].trim_ascii();
    Some((entity as usize, name, between))
}

/// Whether a person's mention `name` with the role `role` and the
/// person `e` are two people: one of them a royal named by a given name
/// and a style ("Prince William", "King Charles"), the other named by more
/// words and not in that style ("President William Ruto ... Prince
/// William").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn royal_apart(role: Option<Span>, name: Span, e: &Builder, text: &str) -> bool {
    let royal = |s: &str| {
        matches!(
            s,
            "Prince" | "Princess" | "King" | "Queen" | "Emperor" | "Empress" | "Pope"
        )
    };
    // The role's last word, or a royal style written between the role and
    // the name, which the role leaves out ("Saudi Energy Minister Prince
    // Abdulaziz bin Salman").
    let style = |role: Option<Span>, name: Span| {
        let role = role?;
        match text.get(role.end..name.start).map(str::trim) {
            Some(word) if royal(word) => Some(word),
            _ => role.of(text).rsplit(' ').next(),
        }
    };
    // (The one word a given name, not the other's surname: "Shah Rukh
    // Khan ... known as King Khan".)
    let (ours, theirs) = (name.of(text), e.name.of(text));
    let (one, many, word, full) = match (ours.contains(' '), theirs.contains(' ')) {
        (false, true) => (style(role, name), style(e.role, e.name), ours, theirs),
        (true, false) => (style(e.role, e.name), style(role, name), theirs, ours),
        _ => return false,
    };
    let surname = full
        .strip_suffix(word)
        .is_some_and(|rest| rest.ends_with(' '));
    one.is_some_and(royal) && one != many && !surname
}

/// Whether two people's names of two words or more are a father's and a
/// son's: one ends with a generation and the other not ("Donald Trump"
/// and "Donald Trump Jr."; "Martin Luther King III"). One word ("Trump",
/// "Vinicius") may stand for either.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn generations_apart(arena: &Arena, a: Words, b: Words) -> bool {
    let suffixed = |words: Words| arena.words(words).last().is_some_and(generation);
    a.len() >= 2 && b.len() >= 2 && suffixed(a) != suffixed(b)
}

/// Whether a name's word in lower case is a generation ("Jr.", "Sr.", "II",
/// "III", "IV"), as the arena holds it.
#[cfg_attr(lede_abort, optimize(size))]
fn generation(word: &[u8]) -> bool {
    matches!(word, b"jr" | b"sr" | b"ii" | b"iii" | b"iv")
}

/// Whether `word` is, in the person's name `name`, only a syllable in
/// lower case after a hyphen, as Korean given names are written ("Jin" is
/// another person than "Min Hee-jin").
#[cfg_attr(lede_abort, optimize(size))]
fn given_name_syllable(name: &str, word: &str) -> bool {
    let mut syllable = false;
    for piece in name.split(' ') {
        for (k, part) in piece.split('-').enumerate() {
            if part.eq_ignore_ascii_case(word) {
                if k == 0 || !part.starts_with(|c: char| c.is_ascii_lowercase()) {
                    return false;
                }
                syllable = true;
            }
        }
    }
    syllable
}

/// Whether a person's mention of one word, `word` (`surface` as written),
/// is a common given name (class 6 or more) that stands in the middle of
/// the person `whole`, named by three words (a generation's suffix after
/// them not counted): "Francis" is another person than "Robert Francis
/// Prevost" (Pope Francis, named in the same article). Not in a longer
/// name ("Lula" of "Luiz Inácio Lula da Silva").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn middle_given_name(arena: &Arena, whole: Words, word: &[u8], surface: &str) -> bool {
    let mut words = arena.words(whole);
    let (Some(_), Some(middle), Some(third)) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    // ("Marcos" of "Ferdinand Marcos Jr." is his surname.)
    middle == word
        && !generation(third)
        && words.next().is_none_or(generation)
        && words.next().is_none()
        && lexicon::given_name(surface).is_some_and(|class| class >= 6)
}

/// Whether mention `m` is followed by a closing parenthesis.
#[cfg_attr(lede_abort, optimize(size))]
fn bracket_closes(m: &RawMention, text: &str) -> bool {
    text.as_bytes().get(m.span.end) == Some(&b')')
}

/// The entity of the mention just before mention `index`, an acronym,
/// when the acronym is that mention's name spelt short in parentheses
/// right after it, after ", or" or after "known as (the)": "NSW Rural
/// Fire Service (RFS)", "UK Health Security Agency (UKHSA)", "National
/// Civil Defense Institute (INDECI)", "Lunar Polar Exploration Mission,
/// or LUPEX". Letters
/// that a list knows must be capitals of the name, in order, or the
/// name's capitals their first letters and some after ("Freedom Party
/// (FPO)").
#[cfg_attr(lede_abort, optimize(size))]
fn spelt_out_before(
    mentions: &[RawMention],
    entity_of: &[u32],
    index: usize,
    text: &str,
) -> Option<usize> {
    let m = &mentions[index];
    let (entity, name, between) = entity_just_before(mentions, entity_of, index, text)?;
    let (capitals, letters) = (name.of(text).as_bytes(), m.span.of(text).as_bytes());
    // Or after ", or" or "known as (the)": "the Lunar Polar Exploration
    // Mission, or LUPEX", "the Corruption Investigation Office for
    // High-ranking Officials, known as the CIO".
    let known_as = (between.ends_with(b"known as") || between.ends_with(b"known as the"))
        && between.len() <= 28;
    if !(between == b"(" && bracket_closes(m, text) || known_as || between == b", or") {
        return None;
    }
    // Letters no list knows stand for the name before them whatever they
    // are (a name in another language: "National Civil Defense Institute
    // (INDECI)"), after ", or" when they open with its first capital;
    // letters that a list knows, only as below.
    // (Or capitals of the name in another order, as the name's own
    // language puts its words, in commas or before the sentence's end:
    // "the Save Romania Union, or USR, came second", for Uniunea Salvati
    // Romania.)
    let closed = || {
        matches!(text.as_bytes().get(m.span.end), Some(b',' | b'.'))
            && letters
                .iter()
                .all(|l| !l.is_ascii_uppercase() || capitals.contains(l))
    };
    if m.known_key.is_none()
        && (between != b", or" || letters.first() == capitals.first() || closed())
    {
        return Some(entity);
    }
    // Its letters are capitals of the name, in order ("Australian Federal
    // Police (AFP)"); or the name's capitals, two or more, are letters of
    // the acronym in order from its first, which has more from words in
    // another language: "Freedom Party (FPO)", for Freiheitliche Partei
    // Osterreichs.
    (within(letters, capitals)
        || capitals
            .iter()
            .filter(|b| b.is_ascii_uppercase())
            .nth(1)
            .is_some()
            && letters.first() == capitals.first()
            && within(capitals, letters))
    .then_some(entity)
}

/// Whether the capitals of `few` are capitals of `many`, in order.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn within(few: &[u8], many: &[u8]) -> bool {
    let mut many = many.iter().filter(|b| b.is_ascii_uppercase());
    few.iter()
        .filter(|b| b.is_ascii_uppercase())
        .all(|c| many.any(|n| n == c))
}

/// Whether an acronym in parentheses after a name typed as a person's is
/// the initials of each of its words, the first no given name, and no
/// role was given: the name is an organisation's ("the separatist Parti
/// Quebecois (PQ)"; not "Mohammed bin Salman (MBS)").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn person_spelt_short(e: &Builder, acronym: &str, text: &str) -> bool {
    let name = e.name.of(text);
    e.role.is_none()
        && name
            .split(' ')
            .map(|w| w.chars().next())
            .eq(acronym.chars().map(Some))
        && name
            .split(' ')
            .next()
            .is_some_and(|first| lexicon::given_name(first).is_none())
}

/// The entity of the mention just before mention `index`, a single word,
/// when the text gives that word as its short name: in parentheses right
/// after it ("Petroleo Brasileiro SA (Petrobras)") or after "known as"
/// ("the Turkish Red Crescent, known as Kizilay"); or, after a noun in
/// lower case and ", known as", the latest organisation with that noun in
/// its name ("the Bank of Mexico ... the central bank, known as Banxico").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn short_name_before(
    mentions: &[RawMention],
    entity_of: &[u32],
    index: usize,
    text: &str,
) -> Option<usize> {
    let m = &mentions[index];
    if let Some((entity, _, between)) = entity_just_before(mentions, entity_of, index, text) {
        let bracketed = between == b"(" && bracket_closes(m, text);
        // ", known as", "(also known as", "better known as", "now known as".
        let known_as = between.ends_with(b"known as") && between.len() <= 24;
        // (In parentheses a word typed as no organisation is most often a
        // place or a party: "Apple (Cupertino)", "John Smith (Labor)".)
        // (A word no list knows as a name, in parentheses, which the name
        // typer left as a person's to settle later, stands for the name
        // before it too: "National Supply Company (Conab)". The entity's
        // type, checked by the caller, keeps a person's party out: "John
        // Smith (Labor)".)
        let unknown = || {
            let word = m.span.of(text);
            m.ty == EntityType::Person
                && !m.settled
                && m.role.is_none()
                && lexicon::given_name(word).is_none()
                && lexicon::surname(word).is_none()
                && lexicon::place(word).is_none()
        };
        if bracketed && (m.ty == EntityType::Org || unknown()) || known_as {
            return Some(entity);
        }
    }
    // "the Bank of Mexico ... the central bank, known as Banxico": the
    // latest organisation named before with that noun as a word of its name.
    let noun = text.as_bytes()[..m.span.start]
        .trim_ascii_end()
        .strip_suffix(b"known as")?
        .trim_ascii_end()
        .strip_suffix(b",")?
        .rsplit(|&b| b == b' ')
        .next()?;
    if m.ty != EntityType::Org || !noun.first().is_some_and(u8::is_ascii_lowercase) {
        return None;
    }
    let mut j = index;
    while j > 0 {
        j -= 1;
        let before = &mentions[j];
        let words = &text.as_bytes()[before.span.start..before.span.end];
        if before.ty == EntityType::Org
            && entity_of[j] != NONE
            && words
                .split(|&b| b == b' ')
                .any(|word| word.eq_ignore_ascii_case(noun))
        {
            return Some(entity_of[j] as usize);
        }
    }
    None
}

/// Words that say what a company does, after the name that alone names
/// it ("Phillips Petroleum" is "Phillips"; unlike "Howard Government").
/// A blank apart and sorted, for [`crate::text::lexicon::in_words_as_written`].
const TRADES: &str =
    "AI Aerospace Agency Air Airline Airlines Airways Automotive Bio Biologics Biopharma \
     Biopharmaceuticals Bioscience Biosciences Biotech Biotechnologies Biotechnology Brands \
     Capital Care Chemicals Communications Computing Construction Corporation Diagnostics \
     Electric Electronics Energy Enterprises Entertainment Finance Financial Foods Games Gas \
     Genomics Global Group Health Healthcare Heavy Holding Holdings Industries Insurance \
     International Investments Laboratories Labs Lines Logistics Marine Maritime Markets Media \
     Medical Metals Minerals Mining Motor Motors Music Natural Networks News Oil Partners \
     Petroleum Pharma Pharmaceutical Pharmaceuticals Pictures Power Precision Properties \
     Publications Publishers Publishing Racing Records Research Resources Robotics Sciences \
     Securities Semiconductor Services Shipbuilding Shipping Software Solutions Steel Studios \
     Systems Tankers Technologies Technology Telecom Telecommunications Therapeutics Ventures";

/// Whether organisation `e` is `word` and a legal form or a trade
/// ("Contentful" of "Contentful GmbH", "Acme" of "Acme Pty Ltd",
/// "Phillips" of "Phillips Petroleum"): its first word is `word` (in lower
/// case), and every other word of its name a legal suffix or a trade.
#[cfg_attr(lede_abort, optimize(size))]
fn is_company_of(arena: &Arena, e: &Builder, word: &str, text: &str) -> bool {
    let mut words = arena.words(e.words);
    if words.next() != Some(word.as_bytes()) || words.next().is_none() {
        return false;
    }
    trades_after(e, 1, text)
}

/// Whether organisation `e` is the words `words` and legal forms or
/// trades after them ("Harwell Pharma" of "Harwell Pharma Ltd"), as
/// [`is_company_of`] is of one word, or those words alone ("Banxico said"
/// after "the central bank, known as Banxico").
fn is_company_named(arena: &Arena, e: &Builder, words: Words, text: &str) -> bool {
    let name = e.name.of(text);
    named_with_trades(arena, e.words, name, words) || {
        // "Evergrande" of "China Evergrande Group": a country or a people
        // before the words.
        let (first, rest) = name.split_once(' ').unwrap_or((name, ""));
        let placed = lexicon::place(first).is_some_and(|p| p.ty == EntityType::Gpe)
            || lexicon::demonym(first).is_some();
        placed
            && e.words.len() > 1
            && named_with_trades(arena, arena.after_first(e.words), rest, words)
    }
}

/// Whether the name `name`, whose words are `long`, is the words `short`
/// and legal forms or trades after them.
/// The last of `short` may be written short, the start of the word four
/// letters or more longer ("Halvorsen Pharma" of "Halvorsen
/// Pharmaceuticals Inc.", as a headline writes it).
fn named_with_trades(arena: &Arena, long: Words, name: &str, short: Words) -> bool {
    let n = short.len();
    long.len() >= n
        && arena
            .words(long)
            .zip(arena.words(short))
            .enumerate()
            .all(|(k, (l, s))| {
                l == s
                    || k + 1 == n
                        && n >= 2
                        && s.len() >= 4
                        && l.len() >= s.len() + 4
                        && l.starts_with(s)
            })
        && only_trades_after(name, n)
}

/// "Lilly" of "Eli Lilly and Co", "Schwab" of "Charles Schwab Corp": whether
/// organisation `e` is a person's given name (no place's: "Sydney Swans")
/// and surname, with legal forms or trades after them or not, a company
/// that keeps its founder's name, which the surname alone stands for (the
/// caller lists `e` by that surname).
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn is_founders_company(arena: &Arena, e: &Builder, word: &[u8], text: &str) -> bool {
    // (Past "and" or "&" before the legal form: "Eli Lilly and Co".)
    let skip = if matches!(arena.words(e.words).nth(2), Some(b"and" | b"&")) {
        3
    } else {
        2
    };
    arena.words(e.words).nth(1) == Some(word)
        && e.words.len() >= skip
        && trades_after(e, skip, text)
        && e.name
            .of(text)
            .split(' ')
            .next()
            .is_some_and(|w| lexicon::given_name(w).is_some() && lexicon::place(w).is_none())
}

/// "Goldman" of "Goldman Sachs", "Morgan" of "Morgan Stanley": whether
/// organisation `e` is one the lists know by two words, the first of them
/// `word`, no common word ("United" of "United Nations" is none).
#[cfg_attr(lede_abort, optimize(size))]
fn first_of_known_pair(arena: &Arena, e: &Builder, word: &[u8]) -> bool {
    matches!(e.key, Key::Lexicon(_))
        && e.words.len() == 2
        && arena.words(e.words).next() == Some(word)
        && core::str::from_utf8(word).is_ok_and(|w| !lexicon::is_common_word(w))
}

/// Whether every word of organisation `e`'s name after the first `n` is
/// a legal suffix or a trade.
#[cfg_attr(lede_abort, optimize(size))]
fn trades_after(e: &Builder, n: usize, text: &str) -> bool {
    only_trades_after(e.name.of(text), n)
}

/// Whether every word of `name` after the first `n` is a legal suffix or
/// a trade.
#[inline(never)]
#[cfg_attr(lede_abort, optimize(size))]
fn only_trades_after(name: &str, n: usize) -> bool {
    name.split_whitespace().skip(n).all(|w| {
        crate::text::lexicon::in_words_as_written(TRADES, w)
            || matches!(lexicon::org_word(w), Some(OrgWord::Suffix))
    })
}

/// Whether mention `new` names its entity better than `name`: the longer,
/// but for a group of people a plural noun before any other form
/// ("Democrats", not "Democratic"; "Kurds", not "Kurdish"), and as long
/// but not in capitals, where the name is (a headline's "SYDNEY", then
/// "Sydney"; "FORT McMURRAY", then "Fort McMurray").
#[cfg_attr(lede_abort, optimize(size))]
fn names_better(ty: EntityType, new: Span, name: Span, text: &str) -> bool {
    if ty == EntityType::Norp {
        let plural = |span: Span| span.of(text).ends_with('s');
        if plural(new) != plural(name) {
            return plural(new);
        }
    }
    // (Capitals but for a letter or two: a dateline's "FORT McMURRAY".)
    let capitals = |span: Span| {
        let (mut lower, mut upper) = (0, 0);
        for c in span.of(text).chars() {
            lower += usize::from(c.is_lowercase());
            upper += usize::from(c.is_uppercase());
        }
        lower == 0 || lower * 3 < upper
    };
    // Longer by its words, not by more space between them ("Tora  Bora"
    // is no longer than "Tora Bora"; asked only of a longer text).
    let spoken = |span: Span| {
        let words = span.of(text).split_whitespace();
        words.map(|w| w.len() + 1).sum::<usize>()
    };
    let longer = new.len() > name.len()
        && (!crate::text::irregular_spacing(new.of(text)) || spoken(new) > spoken(name));
    longer || new.len() == name.len() && capitals(name) && !capitals(new)
}

/// The type of the organisation or place that unsettled mention `index`
/// is listed with, the mention just before or after it, joined by "and",
/// "or" or a comma ("Roche and Illumina", "Pomonal, Halls Gap and
/// Moyston"), if that mention has an entity of such a type.
#[inline(never)]
#[cfg_attr(lede_abort, optimize(size))]
fn listed_with(
    mentions: &[RawMention],
    entity_of: &[u32],
    list: &[Builder],
    index: usize,
    text: &str,
) -> Option<EntityType> {
    let m = &mentions[index];
    let joins = |a: Span, b: Span| {
        matches!(
            text.get(a.end..b.start),
            Some(" and " | " or " | ", " | ", and " | ", or ")
        )
    };
    // (Nor a place inside a modifier, joined to the word after it by a
    // hyphen, "Zentrix and Geneva-based MSC", or a possessive, which after
    // a comma opens an apposition: "Rengo, Japan's largest union,".)
    let modifier = |i: usize| {
        let after = &text.as_bytes()[mentions[i].span.end..];
        matches!(after.first(), Some(b'-' | b'\'')) || after.starts_with("’".as_bytes())
    };
    let before = index
        .checked_sub(1)
        .filter(|&i| joins(mentions[i].span, m.span));
    let after = Some(index + 1)
        .filter(|&i| i < mentions.len() && joins(m.span, mentions[i].span) && !modifier(i));
    // (Most words asked are listed with nothing: the lookups below only
    // for those that are.)
    if before.is_none() && after.is_none() {
        return None;
    }
    // Not a unit after its number ("the 3rd Battalion, Royal Australian
    // Regiment"), a given name, nor a word that general English knows
    // ("Department of Health and Welfare" cut short, "Test").
    let word = m.span.of(text);
    let numbered = text[..m.span.start]
        .trim_end()
        .rsplit(' ')
        .next()
        .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()));
    if numbered
        || lexicon::given_name(word).is_some()
        || crate::keywords::lexicon::zipf(&crate::text::case::lower_str(word)).is_some()
    {
        return None;
    }
    [before, after].into_iter().flatten().find_map(|i| {
        let e = list.get(*entity_of.get(i)? as usize)?;
        matches!(e.ty, EntityType::Org | EntityType::Gpe | EntityType::Loc).then_some(e.ty)
    })
}

/// No entity: a mention dropped.
const NONE: u32 = u32::MAX;

#[cfg_attr(lede_abort, optimize(size))]
pub fn group(doc: &Document, mentions: Vec<RawMention>) -> Vec<Entity> {
    group_with(doc, mentions, SCAN_MAX)
}

/// [`group`], finding entities by a [`Lookup`] once there are more than
/// `scan_max` (the tests compare `0` and `usize::MAX` with the default).
fn group_with(doc: &Document, mentions: Vec<RawMention>, scan_max: usize) -> Vec<Entity> {
    let text = doc.text;
    let mut entities = Entities {
        list: Vec::with_capacity(mentions.len()),
        lookup: None,
        scan_max,
    };
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
    // The current mention's initials, or its letters without full stops.
    let mut letters = String::new();
    // Acronyms that a text spelt out in parentheses ("Australian Federal
    // Police (AFP)"), and their entities: whatever a lexicon says the
    // letters stand for, in this text they stand for that name.
    let mut aliases: Map<&str, u32> = Map::default();
    for (index, m) in mentions.iter().enumerate() {
        let surface = m.span.of(text);
        // An acronym the text spelt out before it, or one word that the
        // text gives as an organisation's short name ("Petroleo Brasileiro
        // SA (Petrobras)", "the Turkish Red Crescent, known as Kizilay"),
        // which is that organisation wherever it stands, settled or not.
        let acronym = m.ty == EntityType::Org && is_acronym(surface);
        // (A short name is asked about only after "(" or "known as": the
        // byte before it tells, for most mentions.)
        let short = !acronym
            && matches!(m.ty, EntityType::Org | EntityType::Person)
            && !surface.contains(' ')
            && (!aliases.is_empty()
                || matches!(
                    text.as_bytes()[..m.span.start].trim_ascii_end().last(),
                    Some(b'(' | b's')
                ));
        // (A word no list knows as a place, typed one by the word before
        // it, is the short name given before too: "the National Geology
        // and Mining Service (Sernageomin) ... letters to Sernageomin".)
        let guessed_place = !acronym
            && !short
            && m.ty == EntityType::Gpe
            && m.known_key.is_none()
            && !aliases.is_empty()
            && !surface.contains(' ');
        let short = short || guessed_place;
        let alias = if acronym && m.settled || short {
            let hash = Interner::hash(surface.as_bytes());
            aliases
                .get(&surface, hash)
                .map(|&i| i as usize)
                .or_else(|| {
                    if guessed_place {
                        return None;
                    }
                    let i = if acronym {
                        spelt_out_before(&mentions, &entity_of, index, text)
                    } else {
                        short_name_before(&mentions, &entity_of, index, text)
                    }?;
                    let e = &mut entities.list[i];
                    if acronym && e.ty == EntityType::Person && person_spelt_short(e, surface, text)
                    {
                        e.ty = EntityType::Org;
                    }
                    // (Or a place, a building, an event or a law the text
                    // spells short: "Northern Sea Route (NSR)", "Digital
                    // Markets Act (DMA)"; or a person the text gives a
                    // name "known as": "Joko Widodo, popularly known as
                    // Jokowi".)
                    (matches!(
                        e.ty,
                        EntityType::Org
                            | EntityType::Loc
                            | EntityType::Fac
                            | EntityType::Event
                            | EntityType::Law
                    ) || e.ty == EntityType::Person
                        && m.ty == EntityType::Person
                        && text.as_bytes()[..m.span.start]
                            .trim_ascii_end()
                            .ends_with(b"known as"))
                    .then(|| {
                        aliases.or_insert_with(surface, hash, || i as u32);
                        i
                    })
                })
        } else {
            None
        };
        if let Some(i) = alias.filter(|_| short) {
            entities.list[i].count += 1;
            entity_of[index] = i as u32;
            continue;
        }
        if !m.settled {
            unsettled.push(index);
            continue;
        }
        // "U.S. Food and Drug Administration": a country's short name
        // before an organisation the lists know (the FDA).
        let known_key = m.known_key.or_else(|| {
            // "Bayelsa State": the state of that name ("Kano State" is not
            // the city of Kano).
            if m.ty == EntityType::Gpe {
                return surface
                    .strip_suffix(" State")
                    .and_then(lexicon::subdivision_key);
            }
            let rest = (m.ty == EntityType::Org).then(|| {
                ["U.S. ", "US ", "UK ", "U.K. "]
                    .iter()
                    .find_map(|p| surface.strip_prefix(p))
            })??;
            lexicon::organization(rest).map(|(key, _)| key)
        });
        // Only people's and organisations' words are ever compared. They
        // are written at the end of the arena, and taken back below unless
        // an entity keeps them.
        let mark = arena.mark();
        let words = if matches!(m.ty, EntityType::Person | EntityType::Org)
            || (m.ty == EntityType::Gpe && m.known_key.is_none())
        {
            arena.add_words(surface)
        } else {
            arena.no_words()
        };
        // Whether `lower` holds the surface in lower case: worked out to
        // compare, and the key of a new entity without a lexicon key.
        let mut lowered = false;
        let found = alias.or_else(|| {
            let arena = &arena;
            match (m.ty, known_key) {
                (ty, Some(key)) => entities.with_key(arena, ty, key).or_else(|| {
                    if ty != EntityType::Org {
                        return None;
                    }
                    // "Reserve Bank" after "Reserve Bank of India": a
                    // name the lists give to another body (Australia's)
                    // is the one named earlier with "of" and a place.
                    // And a known name whose initials are an acronym
                    // named earlier, which the lists give to another
                    // body or do not know (the headline's "RSF", then
                    // "Rapid Support Forces"; "M&S", then "Marks &
                    // Spencer").
                    if words.len() >= 2 {
                        let first = arena.words(words).next()?;
                        let letters = &mut letters;
                        return entities.first(
                            |list| {
                                list(By::OrgWord, first);
                                // (Listed by their keys: the lists' in
                                // capitals, the text's in lower case.)
                                initials_into(letters, arena, words);
                                list(By::Acronym, letters.as_bytes());
                                letters.make_ascii_uppercase();
                                list(By::Acronym, letters.as_bytes());
                            },
                            |e| {
                                let name = e.name.of(text);
                                e.ty == EntityType::Org
                                    && (named_before_of_place(arena, e.words, name, words)
                                        || is_acronym(name)
                                            && initials_are(
                                                arena,
                                                words,
                                                without_stops(name).map(|c| c.to_ascii_lowercase()),
                                            ))
                            },
                        );
                    }
                    // A company the lists know by one word, named
                    // earlier with its trade ("Huawei Technologies",
                    // then "Huawei"); an acronym the lists give to
                    // another body, of a known name the text gave in
                    // full ("Rapid Support Forces", then "RSF", which the
                    // lists know as Reporters Without Borders).
                    if words.len() != 1 {
                        return None;
                    }
                    lower_into(&mut lower, surface);
                    lowered = true;
                    let lower = lower.as_str();
                    let acronym = is_acronym(surface);
                    let letters = &mut letters;
                    entities.first(
                        |list| {
                            list(By::OrgWord, lower.as_bytes());
                            if acronym {
                                without_stops_into(letters, lower);
                                list(By::Initials, letters.as_bytes());
                            }
                        },
                        |e| {
                            e.ty == EntityType::Org
                                && (is_company_of(arena, e, lower, text)
                                    || acronym
                                        && matches!(e.key, Key::Lexicon(_))
                                        && initials_are(arena, e.words, without_stops(lower)))
                        },
                    )
                }),
                (EntityType::Person, None) => entities
                    .first(
                        |list| {
                            for w in arena.words(words) {
                                list(By::PersonWord, w);
                            }
                        },
                        |e| {
                            e.ty == EntityType::Person
                                && (contains_words(arena, e.words, words)
                                    || contains_words(arena, words, e.words))
                                && !royal_apart(m.role, m.span, e, text)
                                && !generations_apart(arena, e.words, words)
                                && !one_word(arena, words)
                                    .is_some_and(|w| middle_given_name(arena, e.words, w, surface))
                                && !given_name_syllable(e.name.of(text), surface)
                                && !given_name_syllable(surface, e.name.of(text))
                        },
                    )
                    .or_else(|| {
                        // "Nordlys said", "Harwell Pharma, which makes":
                        // a company named earlier with its legal form or
                        // trade, no person with no title.
                        let first = arena.words(words).next()?;
                        if m.role.is_some() {
                            return None;
                        }
                        entities.first(
                            |list| list(By::OrgWord, first),
                            |e| {
                                e.ty == EntityType::Org
                                    && (is_company_named(arena, e, words, text)
                                        || words.len() == 1
                                            && (is_founders_company(arena, e, first, text)
                                                || first_of_known_pair(arena, e, first)))
                            },
                        )
                    })
                    .or_else(|| {
                        // "Milton" after "Hurricane Milton": a storm's name.
                        entities.storm_named(one_word(arena, words)?, text)
                    }),
                (EntityType::Org, None) => {
                    lower_into(&mut lower, surface);
                    lowered = true;
                    // An acronym's letters are compared with full names'
                    // initials.
                    let acronym = is_acronym(surface);
                    let lower = lower.as_str();
                    let letters = &mut letters;
                    entities.first(
                        |list| {
                            list(By::Key, lower.as_bytes());
                            for w in arena.words(words) {
                                list(By::OrgWord, w);
                            }
                            if acronym {
                                without_stops_into(letters, lower);
                                list(By::Initials, letters.as_bytes());
                            }
                            initials_into(letters, arena, words);
                            list(By::Acronym, letters.as_bytes());
                        },
                        |e| {
                            e.ty == EntityType::Org
                                && !owners_differ(text, m.span, e.name)
                                && (arena.key_is(e.key, lower)
                                    || (ends_with_words(arena, e.words, words)
                                        && !other_body_of(
                                            e.name.of(text),
                                            e.words.len() - words.len(),
                                            surface,
                                        ))
                                    || (ends_with_words(arena, words, e.words)
                                        && !state_before(surface, words.len() - e.words.len())
                                        && !other_body_of(
                                            surface,
                                            words.len() - e.words.len(),
                                            e.name.of(text),
                                        ))
                                    || named_before_of_place(arena, e.words, e.name.of(text), words)
                                    || named_before_of_place(arena, words, surface, e.words)
                                    || one_word(arena, words).is_some_and(|w| {
                                        team_short_form(arena, e.words, e.name.of(text), w)
                                    })
                                    || one_word(arena, e.words)
                                        .is_some_and(|w| team_short_form(arena, words, surface, w))
                                    || (words.len() == 1
                                        && (is_company_of(arena, e, lower, text)
                                            || is_founders_company(arena, e, lower.as_bytes(), text)
                                            || first_of_known_pair(arena, e, lower.as_bytes())))
                                    // "Hoshino Motor" and "Hoshino Motor
                                    // Corp", in either order.
                                    || is_company_named(arena, e, words, text)
                                    || named_with_trades(arena, words, surface, e.words)
                                    || (acronym
                                        && initials_are(arena, e.words, without_stops(lower)))
                                    || (is_acronym(e.name.of(text))
                                        && initials_are(
                                            arena,
                                            words,
                                            without_stops(arena.key(e.key)),
                                        )))
                        },
                    )
                }
                (ty, None) => {
                    lower_into(&mut lower, surface);
                    lowered = true;
                    key_form(ty, &mut lower);
                    let lower = lower.as_str();
                    // (A mine no list knows is a building and, typed by
                    // a locative word, a place: "the Escondida mine", "at
                    // Escondida" are one, the building.)
                    // (So is a place typed a town by a dateline and a
                    // location by its head word: "WEST PALM BEACH, Fla."
                    // and "in West Palm Beach".)
                    let site = |t: EntityType| {
                        matches!(t, EntityType::Fac | EntityType::Gpe | EntityType::Loc)
                    };
                    entities
                        .first(
                            |list| list(By::Key, lower.as_bytes()),
                            |e| {
                                (e.ty == ty
                                    || site(e.ty) && site(ty) && matches!(e.key, Key::Lower { .. }))
                                    && arena.key_is(e.key, lower)
                            },
                        )
                        .or_else(|| {
                            // "payments to Buckeye Municipal Consulting", "a
                            // premium to Sagarmala's price": a place no list
                            // knows, typed by the words around it, is an
                            // organisation named before, whole or without
                            // its legal form.
                            let first = arena.words(words).next()?;
                            entities.first(
                                |list| {
                                    list(By::Key, lower.as_bytes());
                                    list(By::OrgWord, first);
                                },
                                |e| {
                                    e.ty == EntityType::Org
                                        && (arena.key_is(e.key, lower)
                                            || is_company_named(arena, e, words, text))
                                },
                            )
                        })
                }
            }
        });
        let i = match found {
            Some(i) => {
                let e = &mut entities.list[i];
                if e.role.is_none() {
                    e.role = m.role;
                }
                // (The building a place no list knows was: see `site`.)
                if e.ty == EntityType::Gpe && m.ty == EntityType::Fac {
                    e.ty = EntityType::Fac;
                }
                if names_better(e.ty, m.span, e.name, text) && !is_acronym(surface) {
                    e.name = m.span;
                    e.words = words;
                    entities.renamed(i, &arena);
                } else {
                    arena.truncate(mark);
                }
                i
            }
            None => {
                let key = match known_key {
                    Some(key) => Key::Lexicon(key),
                    None => {
                        if !lowered {
                            lower_into(&mut lower, surface);
                        }
                        arena.add_key(&lower)
                    }
                };
                let e = Builder {
                    ty: m.ty,
                    key,
                    words,
                    name: m.span,
                    role: m.role,
                    count: 0,
                };
                entities.push(e, &arena, text)
            }
        };
        entities.list[i].count += 1;
        entity_of[index] = i as u32;
    }
    let named_after = if unsettled.is_empty() {
        Vec::new()
    } else {
        facility_words(&entities.list, text)
    };
    for index in unsettled {
        let m = &mentions[index];
        let surface = m.span.of(text);
        lower_into(&mut lower, surface);
        let word = lower.as_str();
        let target = {
            let arena = &arena;
            // Asked once, of organisations' last words below.
            let head = core::cell::OnceCell::new();
            let is_head =
                || *head.get_or_init(|| matches!(lexicon::org_word(surface), Some(OrgWord::Head)));
            let acronym = is_acronym(surface);
            let letters = &mut letters;
            // (A surname joined by a hyphen, "Jadeja-Mehta", is two of the
            // person's words, as names are split into words.)
            let last_part = word.rsplit('-').next().unwrap_or(word);
            let person = entities.first(
                |list| list(By::PersonWord, last_part.as_bytes()),
                |e| {
                    e.ty == EntityType::Person
                        && e.words.len() > 1
                        && word
                            .split('-')
                            .all(|part| arena.words(e.words).any(|w| w == part.as_bytes()))
                        && !middle_given_name(arena, e.words, word.as_bytes(), surface)
                        && !given_name_syllable(e.name.of(text), surface)
                },
            );
            let named_before = |i: usize| entities.list[i].name.start < m.span.start;
            // The person's, unless the text names the person only after
            // this word and names a company of the word before it
            // ("Hoshino Motor Corp ... Hoshino sold ... founder's grandson
            // Takeshi Hoshino").
            let company_first = person.is_some_and(|p| !named_before(p));
            person
                .filter(|_| !company_first)
                .or_else(|| {
                    // "the Bank" after "Bank of England" and "Deutsche
                    // Bank": a head word alone after "the" is the body it
                    // opens before "of", before one it ends.
                    let before = &text[..m.span.start];
                    if !is_head() || !(before.ends_with("the ") || before.ends_with("The ")) {
                        return None;
                    }
                    entities.first(
                        |list| list(By::OrgWord, word.as_bytes()),
                        |e| {
                            e.ty == EntityType::Org
                                && e.name
                                    .of(text)
                                    .strip_prefix(surface)
                                    .is_some_and(|rest| rest.starts_with(" of "))
                        },
                    )
                })
                .or_else(|| {
                    entities
                        .first(
                            |list| {
                                if acronym {
                                    without_stops_into(letters, word);
                                    list(By::Initials, letters.as_bytes());
                                }
                                list(By::OrgWord, word.as_bytes());
                            },
                            |e| {
                                e.ty == EntityType::Org
                                    && ((acronym
                                        && initials_are(arena, e.words, without_stops(word)))
                                        || (is_head()
                                            && arena.words(e.words).last()
                                                == Some(word.as_bytes()))
                                        || is_company_of(arena, e, word, text)
                                        || is_founders_company(arena, e, word.as_bytes(), text)
                                        || team_short_form(
                                            arena,
                                            e.words,
                                            e.name.of(text),
                                            word.as_bytes(),
                                        ))
                            },
                        )
                        .filter(|&o| !company_first || named_before(o))
                })
                .or(person)
                .or_else(|| {
                    entities.first(
                        |list| list(By::Key, word.as_bytes()),
                        |e| e.ty.is_name() && arena.key_is(e.key, word),
                    )
                })
                .or_else(|| {
                    // A name the lists know, which opened a sentence as an
                    // ordinary word does ("Fed holds rates" with the
                    // Federal Reserve named elsewhere).
                    entities.with_key(arena, m.ty, m.known_key?)
                })
                .or_else(|| {
                    let (_, i) = named_after.iter().find(|(w, _)| *w == surface)?;
                    Some(*i as usize)
                })
                .or_else(|| entities.storm_named(word.as_bytes(), text))
                // "Sotheby's sold", its ending read as a possessive, after
                // "at Sotheby's in London".
                .or_else(|| named_with_ending(&entities, arena, word.as_bytes()))
        };
        match target {
            Some(i) => {
                entities.list[i].count += 1;
                entity_of[index] = i as u32;
            }
            None => {
                // A surname is a person's; else a word listed with an
                // organisation or a place is one too ("Roche and Illumina",
                // "the Huancuire and Fuerabamba communities"); else the
                // word is dropped.
                // (Not a currency's name, "Sterling fell", that no one
                // named in full joined above: "Raheem Sterling ...
                // Sterling".)
                // (But a surname alone after "according to", which no one
                // named in full joined above, cites a body: "according to
                // Forbes", "according to Nielsen".)
                let ty = if lexicon::surname(surface).is_some()
                    && !lexicon::is_common_word(word)
                    && !super::numeric::is_currency_word(word)
                {
                    if after_according_to(text, m.span.start) {
                        EntityType::Org
                    } else {
                        EntityType::Person
                    }
                } else if let Some(ty) =
                    listed_with(&mentions, &entity_of, &entities.list, index, text)
                {
                    ty
                } else {
                    continue;
                };
                // The word is both the key and the one word of the name.
                let key = arena.add_key(word);
                let Key::Lower { start, end } = key else {
                    unreachable!("add_key makes a key of the arena")
                };
                arena.ends.push(end);
                let n = arena.ends.len() as u32;
                let e = Builder {
                    ty,
                    key,
                    words: Words {
                        start,
                        from: n - 1,
                        to: n,
                    },
                    name: m.span,
                    role: m.role.filter(|_| ty == EntityType::Person),
                    count: 1,
                };
                entity_of[index] = entities.push(e, &arena, text) as u32;
            }
        }
    }
    people_named_as_places(
        &mut entities,
        &mut entity_of,
        &mentions,
        &arena,
        text,
        &mut lower,
    );
    // Each entity's mentions, in text order: counted above, then handed
    // out in one pass over the mentions (which are in text order).
    let mut out: Vec<Entity> = entities
        .list
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

/// The words before the head word of the names of facilities ("James" and
/// "Webb" of the "James Webb Space Telescope", "Hubble" of the "Hubble
/// Space Telescope"), each with its entity, the first one first: a single
/// word that the text alone cannot type is, with no person named so, the
/// facility named after it ("Webb will study ..."). Only capitalised
/// words, as written, and no ordinary word; usually empty, and then
/// nothing is allocated.
#[cfg_attr(lede_abort, optimize(size))]
fn facility_words<'t>(list: &[Builder], text: &'t str) -> Vec<(&'t str, u32)> {
    let mut words = Vec::new();
    for (i, e) in list.iter().enumerate() {
        if e.ty != EntityType::Fac {
            continue;
        }
        let name = e.name.of(text);
        // The words before the last: each ends at a space.
        let mut start = 0;
        for (end, _) in name.match_indices(' ') {
            let word = &name[start..end];
            start = end + 1;
            // (Not an ordinary word: "Space" of "Kennedy Space Center" is
            // no name for it.)
            if word.starts_with(|c: char| c.is_uppercase())
                && words.len() < MAX_FACILITY_WORDS
                && !lexicon::is_common_word(word)
            {
                words.push((word, i as u32));
            }
        }
    }
    words
}

/// At most this many words of facilities' names are kept for
/// [`facility_words`], so that each single word is compared with a
/// bounded list whatever the length of the text.
const MAX_FACILITY_WORDS: usize = 64;

/// A place named by one word that is also a word of a person's name in the
/// text is that person, when the word is a place only by context ("put to
/// Farina" beside "Frank Farina") or also a given name or common word
/// ("George" beside "George Harrison"; George is a town in South Africa),
/// or is the person's last word and a known surname ("Vaughan" beside
/// "Michael Vaughan").
/// Not a place the lists know that the text puts somewhere ("Lawmakers in
/// Washington" beside "Denzel Washington": see [`located`]).
/// Its mentions go to the person (the first such, as a single word would
/// join), and it leaves the list (the lookup is stale after this). (Not
/// inlined: [`group_with`] stays small enough to be inlined itself.)
#[inline(never)]
fn people_named_as_places(
    entities: &mut Entities,
    entity_of: &mut [u32],
    mentions: &[RawMention],
    arena: &Arena,
    text: &str,
    lower: &mut String,
) {
    let named_in_full = |p: &Builder| p.ty == EntityType::Person && p.words.len() > 1;
    // Without a lookup (few entities), the people named in full are
    // gathered once, and each place compared with their words only.
    let people: Vec<usize> = match entities.lookup {
        Some(_) => Vec::new(),
        None => (0..entities.list.len())
            .filter(|&p| named_in_full(&entities.list[p]))
            .collect(),
    };
    // Each entity's new index, made when the first one moves.
    let mut moved: Vec<u32> = Vec::new();
    companies_named_as_people(entities, &mut moved, (mentions, entity_of), arena, text);
    if entities.lookup.is_none()
        && people.is_empty()
        && moved.is_empty()
        && !entities.list.iter().any(|e| e.ty == EntityType::Org)
    {
        return;
    }
    // A word of the person's is the place's name in lower case (the words
    // are stored lower-cased; ASCII capitals only: no lower-casing to do
    // for most names).
    let is_word_of = |p: &Builder, name: &str| {
        named_in_full(p)
            && p.count > 0
            && arena
                .words(p.words)
                .any(|w| w.eq_ignore_ascii_case(name.as_bytes()))
    };
    for i in 0..entities.list.len() {
        let e = &entities.list[i];
        // (And a company the lists know that is the surname of a person
        // named before it: "Cummins said" after "Pat Cummins"; entities
        // are listed in the order the text first names them.)
        let company = e.ty == EntityType::Org && matches!(e.key, Key::Lexicon(_));
        // (A place of nature, "Mars", only for the company of its name.)
        let natural = e.ty == EntityType::Loc;
        if e.ty != EntityType::Gpe && !company && !natural || e.count == 0 {
            continue;
        }
        let name = e.name.of(text);
        if name.bytes().any(|b| b == b' ') {
            continue;
        }
        let person = if natural {
            None
        } else if entities.lookup.is_some() {
            lower_into(lower, name);
            let word = lower.as_bytes();
            entities.first(|list| list(By::PersonWord, word), |p| is_word_of(p, name))
        } else {
            people
                .iter()
                .copied()
                .find(|&p| is_word_of(&entities.list[p], name))
        };
        // (The lexicon asked last: most places are no word of a person.)
        let by_context_or_ambiguous = || match entities.list[i].key {
            Key::Lower { .. } => true,
            Key::Lexicon(_) => lexicon::place(name).is_some_and(|p| p.ambiguous),
        };
        // "Vaughan" beside "Michael Vaughan" (Vaughan is a city in Canada):
        // a known surname that is the person's last word; or a town's name
        // that no list knows as a surname ("Anand" beside "Viswanathan
        // Anand"; Anand is a city in India), but no country's nor state's.
        let their_surname = |p: usize| {
            arena
                .words(entities.list[p].words)
                .last()
                .is_some_and(|w| w.eq_ignore_ascii_case(name.as_bytes()))
                && (lexicon::surname(name).is_some()
                    || !lexicon::is_region_key(arena.key(entities.list[i].key)))
        };
        // (The mentions read last, and only for a place the lists know.)
        let placed = || {
            matches!(entities.list[i].key, Key::Lexicon(_))
                && any_mention_of((mentions, entity_of), i, |m| located(text, m.span.start))
        };
        // (A company: named after the person in full, as people are named
        // first; not "the Prado" before "Juan Prado".)
        let person = person
            .filter(|&p| {
                (!company || p < i) && (!company && by_context_or_ambiguous() || their_surname(p))
            })
            .filter(|_| company || !placed());
        let person = match person {
            None if !company => club_of_town(entities, arena, name, text, lower),
            person => person,
        };
        if let Some(p) = person {
            let count = core::mem::take(&mut entities.list[i].count);
            entities.list[p].count += count;
            if moved.is_empty() {
                moved.extend(0..entities.list.len() as u32);
            }
            moved[i] = p as u32;
        }
    }
    if moved.is_empty() {
        return;
    }
    // Each entity's index once the absorbed ones are gone: the kept ones
    // close up, an absorbed one takes its person's.
    let mut kept = 0;
    let mut index: Vec<u32> = entities
        .list
        .iter()
        .map(|e| {
            let i = kept;
            kept += u32::from(e.count > 0);
            i
        })
        .collect();
    for i in 0..index.len() {
        if moved[i] != i as u32 {
            index[i] = index[moved[i] as usize];
        }
    }
    for e in entity_of.iter_mut().filter(|e| **e != NONE) {
        *e = index[*e as usize];
    }
    entities.list.retain(|e| e.count > 0);
}

/// Whether a mention of entity `i` passes `test`, the mentions given with
/// each one's entity (`by_mention`).
#[cfg_attr(lede_abort, optimize(size))]
fn any_mention_of(
    (mentions, entity_of): (&[RawMention], &[u32]),
    i: usize,
    test: impl Fn(&RawMention) -> bool,
) -> bool {
    mentions
        .iter()
        .zip(entity_of)
        .any(|(m, &e)| e as usize == i && test(m))
}

/// Whether the word before byte `start` puts what follows somewhere: "in",
/// "near", "outside", "across" or "throughout" ("Lawmakers in
/// Washington").
#[cfg_attr(lede_abort, optimize(size))]
pub(crate) fn located(text: &str, start: usize) -> bool {
    let before = text.get(..start).unwrap_or("").trim_end();
    matches!(
        before.rsplit(' ').next(),
        Some("in" | "near" | "outside" | "across" | "throughout")
    )
}

/// The place or people whose body the name at `span` is, written just
/// before it with a possessive or as a nationality: "Iran" of "Iran's
/// Foreign Ministry", "Turkish" of "the Turkish Defence Ministry".
#[cfg_attr(lede_abort, optimize(size))]
fn owner_before(text: &str, span: Span) -> Option<&str> {
    // (The word after the last blank or line break: "Google.\n\nSamsung's
    // Acme Bank" is Samsung's, not "Google.\n\nSamsung's".)
    let before = text.get(..span.start)?.strip_suffix(' ')?;
    let word = &before[before
        .bytes()
        .rposition(|b| b.is_ascii_whitespace())
        .map_or(0, |at| at + 1)..];
    let bare = crate::text::strip_possessive(word);
    (word.starts_with(char::is_uppercase)
        && (bare.len() < word.len() || lexicon::demonym(bare).is_some()))
    .then_some(bare)
}

/// The place or people whose body the name at `span` is: written before
/// it ([`owner_before`]) or as its first word, a nationality ("Sudanese"
/// of "Sudanese Foreign Ministry").
fn owner_of(text: &str, span: Span) -> Option<&str> {
    owner_before(text, span).or_else(|| {
        let (first, _) = span.of(text).split_once(' ')?;
        lexicon::demonym(first).map(|_| first)
    })
}

/// Whether the names at `a` and `b` are the bodies of two places or
/// peoples ("Iran's Foreign Ministry" and "Turkey's Foreign Ministry",
/// "the Sudanese Foreign Ministry" and "Kenya's Foreign Ministry"; not
/// "Iran's" and "the Iranian", which the lists give one key).
#[cfg_attr(lede_abort, optimize(size))]
fn owners_differ(text: &str, a: Span, b: Span) -> bool {
    let key = |owner: &str| lexicon::demonym(owner).or_else(|| Some(lexicon::place(owner)?.key));
    match (owner_of(text, a), owner_of(text, b)) {
        (Some(x), Some(y)) if x != y => {
            let of_x = key(x);
            of_x.is_none() || of_x != key(y)
        }
        _ => false,
    }
}

/// "Dortmund" beside "Borussia Dortmund", "Newcastle" beside "Newcastle
/// United": the one club in the text, of two words, whose name has the
/// town's name `name` for a word, the lists knowing the club by the town
/// (its key) or the club's other word ending clubs' names; or the one
/// company of the place's name and a legal form ("Mars" beside "Mars
/// Inc"). Not when two clubs would do ("Manchester" beside "Manchester
/// City" and "Manchester United").
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn club_of_town(
    entities: &Entities,
    arena: &Arena,
    name: &str,
    text: &str,
    lower: &mut String,
) -> Option<usize> {
    lower_into(lower, name);
    let word = lower.as_bytes();
    let is_club = |e: &Builder| {
        e.ty == EntityType::Org && e.count > 0 && e.words.len() == 2 && {
            let mut words = arena.words(e.words);
            let (first, second) = (words.next(), words.next());
            (first == Some(word) || second == Some(word))
                && match e.key {
                    Key::Lexicon(key) => key.eq_ignore_ascii_case(name),
                    Key::Lower { .. } => false,
                }
                || first == Some(word)
                    && e.name.of(text).rsplit(' ').next().is_some_and(|last| {
                        names::club_end(last)
                            || matches!(lexicon::org_word(last), Some(OrgWord::Suffix))
                    })
        }
    };
    let club = entities.first(|list| list(By::OrgWord, word), is_club)?;
    let other = entities.first(
        |list| list(By::OrgWord, word),
        |e| is_club(e) && !core::ptr::eq(e, &entities.list[club]),
    );
    // (Nor when the text names the town as a place: "a firm based in
    // Manchester", or a dateline's "LEVERKUSEN, Germany".)
    let placed = !name.bytes().any(|b| b.is_ascii_lowercase())
        || (0..text.len())
            .any(|at| text.as_bytes()[at..].starts_with(name.as_bytes()) && located(text, at));
    (other.is_none() && !placed).then_some(club)
}

/// "Nippon Kaisen" of a headline, taken for a person, beside "Nippon
/// Kaisen Kabushiki Kaisha" named later: a person with no role whose words
/// open a company's name that legal forms or trades end is that company
/// (as such a mention after the company's joins it, [`is_company_named`]),
/// unless a given name opens them and the person is named once or by one
/// word (its mentions in `by_mention`: each mention's entity). Its count
/// goes to the company and `moved` says where.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn companies_named_as_people(
    entities: &mut Entities,
    moved: &mut Vec<u32>,
    by_mention: (&[RawMention], &[u32]),
    arena: &Arena,
    text: &str,
) {
    for i in 0..entities.list.len() {
        let p = &entities.list[i];
        if p.ty != EntityType::Person || p.role.is_some() {
            continue;
        }
        let Some(first) = arena.words(p.words).next() else {
            continue;
        };
        let words = p.words;
        let company = entities.first(
            |list| list(By::OrgWord, first),
            |e| {
                e.ty == EntityType::Org
                    && (is_company_named(arena, e, words, text)
                        || words.len() == 1
                            && team_short_form(arena, e.words, e.name.of(text), first))
            },
        );
        let given = || {
            let name = entities.list[i].name.of(text);
            lexicon::given_name(name.split(' ').next().unwrap_or(name)).is_some()
        };
        // (A given name opens it: a person, unless named more than once
        // and never with a role: "Julius Baer" of "Julius Baer Group"; but
        // a person still when the text names them by one word too, as
        // people are named after their full name: "Quincy Jones died ...
        // Jones won 28 Grammys ... Quincy Jones Entertainment".)
        let alone = || {
            any_mention_of(by_mention, i, |m| {
                m.span.of(text).bytes().all(|b| b != b' ')
            })
        };
        let company = company.filter(|_| !given() || entities.list[i].count > 1 && !alone());
        let company = company.or_else(|| {
            (words.len() == 1)
                .then(|| named_with_ending(entities, arena, first))
                .flatten()
        });
        if let Some(c) = company {
            let count = core::mem::take(&mut entities.list[i].count);
            entities.list[c].count += count;
            if moved.is_empty() {
                moved.extend(0..entities.list.len() as u32);
            }
            moved[i] = c as u32;
        }
    }
}

/// The business named with its possessive ending whose one word is
/// `word` and the ending (lower case): "Christie's" for the person
/// "Christie" of "Christie's chairman", which `names.rs` reads as a
/// possessive and types by its shape.
#[inline(never)]
fn named_with_ending(entities: &Entities, arena: &Arena, word: &[u8]) -> Option<usize> {
    const CURLY: &[u8] = "’s".as_bytes();
    let n = word.len();
    if n > 60 {
        return None;
    }
    let (mut straight, mut curly) = ([0; 62], [0; 64]);
    straight[..n].copy_from_slice(word);
    straight[n..n + 2].copy_from_slice(b"'s");
    curly[..n].copy_from_slice(word);
    curly[n..n + 4].copy_from_slice(CURLY);
    entities.first(
        |list| {
            list(By::OrgWord, &straight[..n + 2]);
            list(By::OrgWord, &curly[..n + 4]);
        },
        |e| {
            e.ty == EntityType::Org
                && e.words.len() == 1
                && arena
                    .words(e.words)
                    .next()
                    .is_some_and(|w| w.starts_with(word) && (&w[n..] == b"'s" || &w[n..] == CURLY))
        },
    )
}

/// Whether `whole` ends with the two or more words of `tail` ("United
/// States Federal Reserve" and "Federal Reserve").
#[cfg_attr(lede_abort, optimize(size))]
fn ends_with_words(arena: &Arena, whole: Words, tail: Words) -> bool {
    tail.len() >= 2
        && tail.len() < whole.len()
        && arena
            .words(whole)
            .skip(whole.len() - tail.len())
            .eq(arena.words(tail))
}

/// Whether the first `n` words of the name `name` are a state's or a
/// province's: "Texas Justice Department" named after "the Justice
/// Department" is another body, a state's. (A shorter name after the
/// longer one may be the text's short form of it: this test is not asked
/// of it.)
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn state_before(name: &str, n: usize) -> bool {
    leading_words(name, n).is_some_and(lexicon::is_subdivision)
}

/// The first `n` words of the name `name`, as the arena splits a name's
/// words (at a blank or a hyphen: a space or a hyphen is one byte, never
/// inside a character), if it has more.
#[cfg_attr(lede_abort, optimize(size))]
fn leading_words(name: &str, n: usize) -> Option<&str> {
    let mut gaps = 0;
    name.bytes()
        .position(|b| {
            gaps += usize::from(b == b' ' || b == b'-');
            gaps == n
        })
        .map(|end| &name[..end])
}

/// Whether the longer name `long`, which ends with the words of `short`,
/// names another body than `short` does: `short` names one by "of" ("Bank
/// of Canada"), and the `n` words before it in `long` are no place or
/// nationality ("National Bank of Canada", "Central Bank of Ireland"; "US
/// Department of Justice" is the department).
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn other_body_of(long: &str, n: usize, short: &str) -> bool {
    crate::text::find_bytes(short.as_bytes(), b" of ").is_some()
        && leading_words(long, n).is_some_and(|before| {
            lexicon::place(before).is_none() && lexicon::demonym(before).is_none()
        })
}

/// Whether the name `name`, whose words are `long`, is the two or more
/// words `short`, "of" and a place the lists know ("Election Commission"
/// of "Election Commission of India", "Reserve Bank" of "Reserve Bank of
/// India"; not "Supreme Court" of "Supreme Court of Appeal").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn named_before_of_place(arena: &Arena, long: Words, name: &str, short: Words) -> bool {
    let n = short.len();
    n >= 2
        && long.len() > n + 1
        && arena.words(long).nth(n) == Some(b"of".as_slice())
        && arena.words(long).take(n).eq(arena.words(short))
        && crate::text::find_bytes(name.as_bytes(), b" of ")
            .is_some_and(|at| lexicon::place(&name[at + 4..]).is_some())
}

/// The word of `words` if they are one.
#[cfg_attr(lede_abort, optimize(size))]
fn one_word(arena: &Arena, words: Words) -> Option<&[u8]> {
    (words.len() == 1)
        .then(|| arena.words(words).next())
        .flatten()
}

/// Whether `short`, one plural word, is the last word of the name `name`,
/// whose words are `long`, that a place the lists know opens: a team's
/// short form ("Celtics" of "Boston Celtics", "Blazers" of "Portland Trail
/// Blazers"); or is the first of two, the second a place the lists know
/// and the first none, nor an acronym the lists know ("Real" of "Real
/// Madrid", "Bayern" of "Bayern Munich"; not "NHS" of "NHS Scotland").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn team_short_form(arena: &Arena, long: Words, name: &str, short: &[u8]) -> bool {
    if long.len() == 2 && arena.words(long).next() == Some(short) {
        return name.split_once(' ').is_some_and(|(first, place)| {
            lexicon::place(place).is_some()
                && lexicon::place(first).is_none()
                && !(is_acronym(first) && lexicon::organization(first).is_some())
        });
    }
    long.len() >= 2
        && short.ends_with(b"s")
        && arena.words(long).last() == Some(short)
        && name
            .as_bytes()
            .iter()
            .rposition(|&b| b == b' ')
            .is_some_and(|space| {
                let before = &name[..space];
                lexicon::place(before).is_some()
                    || before
                        .split_once(' ')
                        .is_some_and(|(first, _)| lexicon::place(first).is_some())
            })
}

/// Whether every word of `part` appears in `whole`, in order.
fn contains_words(arena: &Arena, whole: Words, part: Words) -> bool {
    if part.is_empty() || part.len() > whole.len() {
        return false;
    }
    let mut it = arena.words(whole);
    arena.words(part).all(|p| it.any(|w| w == p))
}

/// Whether "according to " (either case of its first letter) stands right
/// before byte `start` of `text`.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn after_according_to(text: &str, start: usize) -> bool {
    let before = &text.as_bytes()[..start];
    before.len() >= 13 && before[before.len() - 12..] == *b"ccording to " && {
        let a = before[before.len() - 13];
        a == b'a' || a == b'A'
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Document;

    #[test]
    fn trades_are_sorted() {
        crate::text::lexicon::assert_word_list(TRADES, false);
    }

    /// Groups `text`'s mentions by scans only, by lookups only and as
    /// [`group`] does, and checks that all three agree; returns the
    /// entities.
    fn grouped_alike(text: &str) -> Vec<Entity> {
        let doc = Document::parse(text);
        let scanned = group_with(&doc, super::super::raw_mentions(&doc), usize::MAX);
        let looked_up = group_with(&doc, super::super::raw_mentions(&doc), 0);
        assert_eq!(scanned, looked_up, "scans and lookups disagree on {text:?}");
        assert_eq!(group(&doc, super::super::raw_mentions(&doc)), scanned);
        scanned
    }

    #[test]
    fn a_name_in_capitals_gives_way_to_the_same_name_written_plainly() {
        let got = grouped_alike("FIRES NEAR SYDNEY\n\nThe fire west of Sydney spread.\n");
        let names: Vec<_> = got.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["Sydney"]);
    }

    #[test]
    fn a_name_whose_last_full_stop_ends_a_sentence_is_the_same_name() {
        let got = grouped_alike(
            "It bought Acme Widget Corp. Acme Widget Corp said it agreed. The \
             Acme Widget Corp. board met.\n",
        );
        let names: Vec<_> = got
            .iter()
            .map(|e| (e.name.as_str(), e.mentions.len()))
            .collect();
        assert_eq!(names, [("Acme Widget Corp.", 3)]);
    }

    #[test]
    fn a_name_written_with_two_blanks_is_the_same_name() {
        let got = grouped_alike(
            "Troops searched the Tora Bora caves. The Tora  Bora region is remote.\n\n\
             He hid around Tora\u{a0}Bora, the region.\n",
        );
        let names: Vec<_> = got.iter().map(|e| (e.name.as_str(), e.count)).collect();
        assert_eq!(names, [("Tora Bora", 3)]);
    }

    #[test]
    fn lookups_group_as_scans_do() {
        let mut all = String::new();
        for file in [
            include_str!("../../www/samples/iran-russia-partnership.txt"),
            include_str!("../../www/samples/harbour-bridge-reopens.txt"),
            include_str!("../../www/samples/library-night-classes.txt"),
            include_str!("../../tests/data/news_excerpt.txt"),
        ] {
            grouped_alike(file);
            all.push_str(file);
            all.push_str("\n\n");
        }
        assert!(grouped_alike(&all).len() > SCAN_MAX);
    }

    /// Every rule of the grouping, many times over: full names and
    /// surnames, given names, organisations, their acronyms (dotted too)
    /// and last words, and unsettled single words.
    #[test]
    fn lookups_group_many_entities_as_scans_do() {
        let given = [
            "John", "Mary", "Ahmed", "Olga", "Pierre", "Keiko", "Raúl", "Zoë",
        ];
        let family = [
            "Smith", "Okafor", "Ivanova", "Dubois", "Tanaka", "Álvarez", "Brown",
        ];
        let orgs = [
            ("Eurasian Economic Union", "EEU"),
            ("National Farmers Federation", "N.F.F."),
            ("Reserve Bank of Australia", "RBA"),
            ("World Health Organization", "WHO"),
            ("Bank of England", "BoE"),
            ("United Nations Security Council", "UNSC"),
        ];
        let mut text = String::new();
        for round in 0..12 {
            for (i, g) in given.iter().enumerate() {
                let f = family[(i + round) % family.len()];
                let (org, acronym) = orgs[(i * 3 + round) % orgs.len()];
                let last = org.rsplit(' ').next().unwrap();
                text.push_str(&format!(
                    "{g} {f} of the {org} met officials in Canberra on Monday. \
                     {f} said the {acronym} had agreed. The {last} welcomed \
                     the deal, {g} added. Mr {f} told the Part{round} {org} \
                     board that {family} and Sons would join.\n\n",
                    family = family[(i + 2 * round) % family.len()],
                ));
            }
        }
        // Surnames that "in" makes places, before and after the full name,
        // and a place that is also a given name ("George").
        for (i, surname) in ["Farina", "Quorvel", "Brantok", "Zelmira", "Vantesh"]
            .iter()
            .enumerate()
        {
            let g = given[i % given.len()];
            text.push_str(&format!(
                "Crowds waited in {surname}. Later {g} {surname} spoke in Sydney. \
                 A question was put to {surname}. George Lincoln visited George.\n\n"
            ));
        }
        // An acronym before the full name, a name's last words before and
        // after it, and a name that grows ("MVIA", "Murray Valley
        // Irrigation Authority", "Irrigation Authority").
        let rivers = [
            "Murray", "Darling", "Lachlan", "Snowy", "Hunter", "Barwon", "Namoi",
        ];
        let lands = ["Valley", "Basin", "Plains", "Ranges"];
        let bodies = [
            ("Irrigation", "Authority"),
            ("Water", "Tribunal"),
            ("Growers", "Council"),
        ];
        for (i, river) in rivers.iter().enumerate() {
            for (j, land) in lands.iter().enumerate() {
                let (a, b) = bodies[(i + j) % bodies.len()];
                let initials: String = [river, land, a, b].iter().map(|w| &w[..1]).collect();
                text.push_str(&format!(
                    "The {initials} said on Monday that prices would rise. Officials of \
                     the {river} {land} {a} {b} met farmers. The {a} {b} has 300 \
                     staff. The {land} {a} {b} ruled on Friday. The Upper {river} \
                     {land} {a} {b} was not involved. The {initials} will meet \
                     again.\n\n"
                ));
                // The full name first, then its acronym, dotted or not.
                let acronym: String = [land, river, a, "Association"]
                    .iter()
                    .map(|w| &w[..1])
                    .collect();
                let dotted: String = acronym.chars().flat_map(|c| [c, '.']).collect();
                text.push_str(&format!(
                    "Members of the {land} {river} {a} Association gathered. The \
                     {acronym} said prices would rise. Later the {dotted} said \
                     more.\n\n"
                ));
                // An acronym spelt out in parentheses, used again later,
                // and a company named without its legal suffix.
                let police = format!("{}{}P", &river[..1], &land[..1]);
                text.push_str(&format!(
                    "The {river} {land} Police ({police}) arrested two men. Later the \
                     {police} said more. {river}{land} Pty Ltd said little. Shares of \
                     {river}{land} rose.\n\n"
                ));
            }
        }
        let entities = grouped_alike(&text);
        assert!(entities.len() > SCAN_MAX, "{} entities", entities.len());
        // The places that were people's words went to the people.
        for name in [
            "Farina", "Quorvel", "Brantok", "Zelmira", "Vantesh", "George",
        ] {
            assert!(entities.iter().all(|e| e.name != name), "{name}");
        }
    }
}
