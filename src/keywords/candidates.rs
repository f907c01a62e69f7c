//! Candidates: the noun phrases and names of the text, as they stand in it.
//!
//! One forward pass over the tokens of each sentence sorts every word into
//! "may be part of a keyphrase" or "ends any phrase" (stop words, verbs,
//! adverbs, punctuation, numbers, dates). A run of words of the first kind
//! is a *segment*; every stretch of a segment that could be a noun phrase
//! (it ends in a word that can head one, at most [`MAX_WORDS`] words) is a
//! candidate occurrence. A name the entity recogniser found is one item,
//! keyed by the entity rather than by its words, so "Putin" and "Vladimir
//! Putin" count as one candidate; it opens a segment and may lead a phrase
//! ("US soldiers"), while a demonym directly before a noun ("Israeli
//! regime") is a plain modifier.
//!
//! Without a tagger, word classes come from shape and context, as a reader
//! would guess them: "-ly" words are adverbs (bar a short list), an "-ed"
//! word may only open a phrase ("armed forces"), never follow a noun
//! ("Putin signed"), and "-ed"/"-ing" words after an auxiliary or before a
//! determiner are verbs ("was signed", "increasing the level").
//!
//! Words are interned once (see [`Vocab`]); items and candidate keys are
//! small `Copy` values, so the pass allocates only for new words and new
//! candidates, and stops creating candidates after [`MAX_CANDIDATE_ITEMS`]
//! items so that a huge input keeps bounded memory.
//!
//! Everything that depends only on how a token is spelt (its lower-case
//! form, its lexicon [`Traits`], its shape, its merge key, its stem hash)
//! is worked out once per distinct spelling and kept in [`Spellings`], a
//! per-thread cache that outlives one text (news texts share most of their
//! words), found by the token's word number ([`crate::text::words`]: an
//! array read, no hashing) or, for a word not met before in the numbering's
//! epoch and for the words of names, by the text itself (no allocation on a
//! hit, and none per new spelling: the texts are kept end to end in an
//! [`Interner`]); so is what the scan asks of an entity name or a mention
//! text ([`NameFacts`]). The entries of a sentence's words are read ahead
//! of its scan ([`Spellings::warm`]), as they are mostly not in the cache.
//! Invariants: a cached fact is a pure function of the text, so the cache
//! cannot change a result; the only per-text state
//! in it, the word id of each merge key, is stamped with the scan's
//! generation and so is never read by a later scan (nor does a scan's
//! [`Scan::stems`] read a later generation's spellings); and the cache is
//! made at full size on first use and emptied in place between scans once
//! it holds [`MAX_CACHED_SPELLINGS`] spellings, keys or names, or
//! [`MAX_CACHED_BYTES`] bytes of text, so its memory is bounded and never
//! grows after the first text (unless one text alone overflows it).

use crate::bare::prelude::*;
use core::cell::RefCell;
use core::fmt::Write as _;
use core::hash::Hasher;
use core::ops::Range;

use super::forms;
use super::lexicon::{self, Traits};
use crate::entities::{lexicon as names, Entity, EntityType};
use crate::hash::{eq_bytes, FxHasher, Interner, Slots};
use crate::text::words::ByWord;
use crate::text::{Document, Span, Token, TokenKind};

/// The longest candidate, in words (a name counts as one word).
pub const MAX_WORDS: usize = 4;

/// After this many items, only candidates already seen are counted.
const MAX_CANDIDATE_ITEMS: usize = 400_000;

/// Segments longer than this are cut (runs of capitalised words in tables
/// or lists are not phrases).
const MAX_SEGMENT: usize = 8;

/// May end a phrase (a noun, a name).
pub const HEAD: u8 = 1;
/// A generic noun ("people", "year").
pub const GENERIC: u8 = 2;
/// An entity mention standing for its whole entity.
pub const ENTITY: u8 = 4;
/// Capitalised where case is evidence (mid-sentence), or an acronym.
pub const PROPER: u8 = 8;
/// An adjective of size or judgement ("huge", "new"): inside a phrase only.
pub const LOOSE: u8 = 16;
/// A title or role ("president", "minister").
pub const ROLE: u8 = 32;

/// One word (or one entity mention) that may be part of a keyphrase.
#[derive(Debug, Clone, Copy)]
pub struct Item {
    /// Interned key (see [`Vocab`]).
    pub word: u32,
    /// The word in the text, without a possessive ending.
    pub span: Span,
    pub sentence: u32,
    pub flags: u8,
}

/// Counts per interned word.
#[derive(Debug, Clone, Default)]
pub struct WordStats {
    pub count: u32,
    /// Times written with a capital where case is evidence.
    pub proper: u32,
    /// Times written in lower case.
    pub lower: u32,
    /// The token of the first occurrence, possessive and all (empty for
    /// the pseudo-word of an entity), whose lower-case form is the word's
    /// form for the lexicons; see [`Vocab::lower_form`].
    first: Span,
    /// [`lexicon::zipf`] of the lower-case form (not looked up for the
    /// pseudo-word of an entity); see [`Vocab::zipf`].
    zipf: Option<f32>,
    /// The lower-case form ends in "-ing"; see [`Vocab::ends_in_ing`].
    ing: bool,
    /// For the pseudo-word of an entity: its index.
    pub entity: Option<usize>,
    /// The index in [`Spellings::list`] of the first occurrence's spelling
    /// (`u32::MAX` for the pseudo-word of an entity); see [`Scan::stems`].
    spelling: u32,
}

/// The words of one text, by id (one per merge key; see
/// [`Spellings::word`]), with their counts. A word's lower-case form is not
/// copied here: the spelling cache has it, and the text (see
/// [`Vocab::lower_form`]).
#[derive(Debug, Default)]
pub struct Vocab {
    pub words: Vec<WordStats>,
}

impl Vocab {
    /// A new word whose first occurrence is token `first`, of spelling
    /// `spelling` (an index in [`Spellings::list`]), whose lower-case form
    /// has background Zipf frequency `zipf` and ends in "-ing" if `ing`.
    fn add(&mut self, first: Span, zipf: Option<f32>, spelling: u32, ing: bool) -> u32 {
        let id = self.words.len() as u32;
        self.words.push(WordStats {
            first,
            zipf,
            ing,
            spelling,
            ..WordStats::default()
        });
        id
    }

    /// A new pseudo-word of an entity.
    fn add_name(&mut self) -> u32 {
        let id = self.words.len() as u32;
        self.words.push(WordStats {
            spelling: u32::MAX,
            ..WordStats::default()
        });
        id
    }

    /// Writes into `out` the lower-case form ([`forms::lower`]) of the first
    /// occurrence of word `id` in `text`, the text scanned (nothing for an
    /// entity's pseudo-word).
    #[cfg_attr(lede_abort, optimize(size))]
    pub fn lower_form(&self, id: u32, text: &str, out: &mut String) {
        forms::lower(self.words[id as usize].first.of(text), out);
    }

    /// Whether [`Vocab::lower_form`] of word `id` ends in "-ing" (never for
    /// an entity's pseudo-word).
    #[cfg_attr(lede_abort, optimize(size))]
    pub fn ends_in_ing(&self, id: u32) -> bool {
        self.words[id as usize].ing
    }

    /// [`lexicon::zipf`] of [`Vocab::lower_form`] of word `id`, looked up
    /// once per spelling (always `None` for an entity's pseudo-word).
    #[cfg_attr(lede_abort, optimize(size))]
    pub fn zipf(&self, id: u32) -> Option<f32> {
        self.words[id as usize].zipf
    }
}

/// How many spellings of a candidate are counted apart.
pub const FORMS: usize = 3;

/// A candidate key: word ids, padded with `u32::MAX`.
pub type Key = [u32; MAX_WORDS];

/// Everything known about one candidate phrase.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub key: Key,
    pub len: usize,
    pub count: u32,
    /// Occurrences that end their segment, where the last word is the head
    /// of a noun phrase (not "boat" in "boat people").
    pub heads: u32,
    /// Index of the first item of the first occurrence.
    pub first_item: u32,
    pub first_sentence: u32,
    pub last_sentence: u32,
    /// Occurrences in the headline and in the lead.
    pub headline: u32,
    pub lead: u32,
    /// Surface forms: first item of an occurrence, and how often the same
    /// text was seen; at most [`FORMS`] forms are told apart, unused slots
    /// have a count of 0.
    pub forms: [(u32, u32); FORMS],
    /// The entity, for a name.
    pub entity: Option<usize>,
}

/// The spelling has a letter.
const ALPHABETIC: u32 = 1;
/// The spelling is an acronym ([`forms::is_acronym`]).
const ACRONYM: u32 = 1 << 1;
/// The spelling opens with a lower-case letter.
const LOWER_START: u32 = 1 << 2;
/// The spelling opens with an upper-case letter.
const UPPER_START: u32 = 1 << 3;
/// The lower-case form has one character at most.
const SHORT: u32 = 1 << 4;
// The endings the classes are guessed from, of the lower-case form:
/// "-s" but not "-ss" (a plural, or a verb's third person).
const PLURAL: u32 = 1 << 5;
/// "-ly".
const LY: u32 = 1 << 6;
/// "-ed", four letters at least.
const ED: u32 = 1 << 7;
/// "-ing", six letters at least.
const ING: u32 = 1 << 8;
/// [`looks_like_verb`].
const VERB_SHAPED: u32 = 1 << 9;
/// "who" or "which".
const WHO: u32 = 1 << 10;
/// "-ing", of any length.
const ENDS_ING: u32 = 1 << 11;
/// "he", "she" or "it": a subject whose verb may have the shape of a
/// plural ("it coincides") or of a participle ("it wreaked").
const HE_SHE_IT: u32 = 1 << 12;
/// An adverb that is a stop word and may stand between a subject and its
/// verb ("he also faces").
const INNER_ADVERB: u32 = 1 << 13;
/// A plural that mostly modifies a noun after it ("news agency", "arms
/// deal", "human rights record"): no subject of a verb before a
/// preposition.
const PLURAL_MODIFIER: u32 = 1 << 14;
/// A conjunction or a verb of saying that opens a clause, whose subject
/// and verb follow ("as inflation eases", "saying inflation remains too
/// high").
const CLAUSE_OPENER: u32 = 1 << 15;
/// A verb of trends that is a noun too, beside those of the headlines
/// ([`Traits::HEADLINE_VERB`]): the verb of a clause that a conjunction
/// opens, at its end ("as inflation remains").
const CLAUSE_VERB: u32 = 1 << 16;
/// The noun of one of the [`IDIOMS`] ("hold", "row"), in lower case: so
/// that only these words are looked for in a fixed phrase.
const IDIOM_NOUN: u32 = 1 << 17;
/// A verb's third person that takes an "-ing" form and is a noun too, or
/// reads as a plural ("keeps", "starts"): a verb between its subject and
/// that form ("inflation keeps cooling").
const TAKES_ING: u32 = 1 << 18;
/// [`stop_acronym`]: "US" or "IT" as written.
const STOP_ACRONYM: u32 = 1 << 19;
/// "-s" after a stem shaped as a verb's base form ([`looks_like_verb`]):
/// a verb's third person, or a plural ("bites", "holds").
const S_OF_VERB: u32 = 1 << 20;

/// Whether `word` is "US" or "IT" as written: the acronyms of two stop
/// words, which a sentence not in capitals writes so only for the acronym
/// ("the IT outage", "US Steel shares").
#[cfg_attr(lede_abort, optimize(size))]
fn stop_acronym(word: &str) -> bool {
    matches!(word, "US" | "IT")
}

/// What the scan knows about one distinct spelling (a token's exact text,
/// possessive included), all of it a function of the text alone.
#[derive(Clone, Copy)]
struct Spelling {
    /// [`forms::lower`] of the text, as a range of [`Spellings::lowers`].
    lower: (u32, u32),
    traits: Traits,
    /// Shape bits ([`ALPHABETIC`], [`ACRONYM`], ..., [`PLURAL`], ...).
    shape: u32,
    /// Length of the text without a possessive ending.
    bare: u32,
    /// The id of its merge key ([`forms::key`]) in [`Spellings::keys`], or
    /// `u32::MAX` until the spelling is first an item.
    key: u32,
    /// Whether it is a demonym ([`lexicon::is_demonym`]), once asked.
    demonym: Option<bool>,
    /// [`lexicon::zipf`] of the lower-case form, once asked.
    zipf: Option<Option<f32>>,
    /// [`stem_hash`] of the lower-case form and of the text as written, or
    /// 0 until first asked (a hash that is 0 is merely worked out each
    /// time it is asked).
    lower_stem: u64,
    written_stem: u64,
}

/// Fixed phrases of a preposition and a noun, the noun last, one phrase a
/// noun (see [`Scanner::in_idiom`]).
const IDIOMS: &[&[&str]] = &[
    &["on", "hold"],
    &["in", "a", "row"],
    &["in", "a", "bid"],
    &["in", "the", "wake"],
    &["in", "the", "midst"],
    &["on", "the", "verge"],
    &["on", "the", "brink"],
    &["on", "brink"],
    &["in", "the", "meantime"],
    &["at", "stake"],
    &["on", "track"],
    &["in", "charge"],
    &["in", "turn"],
    &["at", "bay"],
    &["in", "check"],
    &["in", "store"],
];

/// Past this many spellings, the cache is emptied before the next scan
/// (the 300-article bench corpus has about 9,300, and the word numbering
/// starts afresh at as many, [`crate::text::words`]). wasm linear memory
/// never shrinks, so a cache that grew with every word seen would grow the
/// page's memory with use; and one that grew by doubling up to its bound,
/// and again after each emptying, needed ever larger free blocks, which a
/// heap cut up by other allocations may lack (tests/wasm.rs checks that
/// 10,000 texts of new words do not grow the memory). So it is made at
/// full size on first use (about 4 MB, little of it touched until used)
/// and emptied in place.
const MAX_CACHED_SPELLINGS: usize = 1 << 14;
/// Past this many bytes of cached text (of the spellings, their lower-case
/// forms, the merge keys and the names, together), likewise; each of the
/// four is made with room for all of it.
const MAX_CACHED_BYTES: usize = 1 << 19;

/// The per-spelling cache (see the module documentation).
#[derive(Default)]
struct Spellings {
    /// Spellings (token texts) -> index in `list`.
    index: Interner,
    list: Vec<Spelling>,
    /// The lower-case forms, end to end.
    lowers: String,
    buffer: String,
    /// Merge keys (and the pseudo-keys of names) -> key id.
    keys: Interner,
    /// The key id of the pseudo-key of each entity index ([`Spellings::name_key`]).
    name_keys: Vec<u32>,
    /// Per key id: the generation of the scan that last gave it a word,
    /// and that word's id in the scan's [`Vocab`].
    words: Vec<(u32, u32)>,
    /// The current scan (0: none yet, so no stamp is current).
    generation: u32,
    /// Entity names and mention texts -> index in `name_facts`.
    names: Interner,
    name_facts: Vec<NameFacts>,
    /// Word number ([`crate::text::words`]) -> index in `list`, or
    /// `u32::MAX` (not asked yet): a token's spelling without a lookup.
    by_word: ByWord<u32>,
}

/// What the scan knows about one entity name or mention text, all of it a
/// function of the text alone (entity names recur from text to text).
#[derive(Clone, Copy)]
struct NameFacts {
    /// [`name_start`] of the text.
    start: u32,
    /// From `start` on, the words are joined by single spaces already (so
    /// [`push_joined`] would copy the text as it is).
    joined: bool,
    /// From `start` on, some word is no stop word ([`is_candidate_entity`]).
    content: bool,
    /// The number of words from `start` on, or 1 if none (as many as the
    /// joined name splits into at spaces).
    words: u32,
}

per_thread! {
    /// Made on first use, at its full size ([`full_size`]). (Initialised
    /// as a constant: a lazily initialised thread local brings its own
    /// code into the wasm.)
    static SPELLINGS: RefCell<Option<Spellings>> = const { RefCell::new(None) };
}

/// The thread's spelling cache, made at its full size on first use.
#[cfg_attr(lede_abort, optimize(size))]
fn full_size(cache: &mut Option<Spellings>) -> &mut Spellings {
    cache.get_or_insert_with(Spellings::at_full_size)
}

impl Spellings {
    /// An empty cache with room for [`MAX_CACHED_SPELLINGS`] spellings,
    /// keys and names and [`MAX_CACHED_BYTES`] of text.
    #[cfg_attr(lede_abort, optimize(size))]
    fn at_full_size() -> Spellings {
        let (n, bytes) = (MAX_CACHED_SPELLINGS, MAX_CACHED_BYTES);
        Spellings {
            index: Interner::with_capacity(n, bytes),
            list: Vec::with_capacity(n),
            lowers: String::with_capacity(bytes),
            keys: Interner::with_capacity(n, bytes),
            words: Vec::with_capacity(n),
            names: Interner::with_capacity(n, bytes),
            name_facts: Vec::with_capacity(n),
            ..Spellings::default()
        }
    }

    /// Forgets every spelling, key and name, keeping the memory and the
    /// generation.
    #[cfg_attr(lede_abort, optimize(size))]
    fn clear(&mut self) {
        self.index.clear();
        self.list.clear();
        self.lowers.clear();
        self.keys.clear();
        self.name_keys.clear();
        self.words.clear();
        self.names.clear();
        self.name_facts.clear();
        // Its values are indexes into `list`.
        self.by_word.forget();
    }

    /// Starts a scan of a document of word epoch `word_epoch`: a new
    /// generation, after emptying a full cache.
    #[cfg_attr(lede_abort, optimize(size))]
    fn begin_scan(&mut self, word_epoch: u32) {
        if self.list.len() >= MAX_CACHED_SPELLINGS
            || self.keys.len() >= MAX_CACHED_SPELLINGS
            || self.names.len() >= MAX_CACHED_SPELLINGS
            || self.index.text_len()
                + self.keys.text_len()
                + self.lowers.len()
                + self.names.text_len()
                >= MAX_CACHED_BYTES
            || self.generation == u32::MAX
        {
            // The generation goes on from where it was (unless it is
            // used up), so that no earlier scan's [`Scan::generation`]
            // is current again and reads the new cache's spellings.
            self.generation %= u32::MAX;
            self.clear();
        }
        self.by_word.begin(word_epoch);
        self.generation += 1;
    }

    /// The id of merge key `key`, made on first sight.
    fn key_id(&mut self, key: &str) -> u32 {
        let hash = Interner::hash(key.as_bytes());
        if let Some(id) = self.keys.find(key.as_bytes(), hash) {
            return id;
        }
        // Numbers and key ids are made together, so they are the same.
        self.words.push((0, 0));
        self.keys.insert(key, hash)
    }

    /// The key id of the `index`th entity of a text: names have ids of
    /// their own, apart from any word's key (made from `"\0{index}"`,
    /// written in `buffer`, on first use).
    #[cfg_attr(lede_abort, optimize(size))]
    fn name_key(&mut self, index: usize, buffer: &mut String) -> u32 {
        if let Some(&key) = self.name_keys.get(index) {
            return key;
        }
        while self.name_keys.len() <= index {
            buffer.clear();
            let _ = write!(buffer, "\u{0}{}", self.name_keys.len());
            let key = self.key_id(buffer);
            self.name_keys.push(key);
        }
        self.name_keys[index]
    }

    /// The pseudo-word of key id `key` (an entity's) in this scan's
    /// `vocab`, added on its first occurrence in the scan.
    #[cfg_attr(lede_abort, optimize(size))]
    fn word(&mut self, key: u32, vocab: &mut Vocab) -> u32 {
        let (generation, word) = self.words[key as usize];
        if generation == self.generation {
            return word;
        }
        let word = vocab.add_name();
        self.words[key as usize] = (self.generation, word);
        word
    }

    /// [`name_start`], with the traits of the words from the cache
    /// (`is_stopword || is_never` is `Traits::of` having either bit).
    #[cfg_attr(lede_abort, optimize(size))]
    fn name_start(&mut self, name: &str) -> usize {
        self.name_facts(name).start as usize
    }

    /// The [`NameFacts`] of entity name or mention text `name`, worked out
    /// on first sight.
    fn name_facts(&mut self, name: &str) -> NameFacts {
        let hash = Interner::hash(name.as_bytes());
        match self.names.find(name.as_bytes(), hash) {
            Some(i) => self.name_facts[i as usize],
            None => self.add_name(name, hash),
        }
    }

    /// Makes the [`NameFacts`] of `name` (of hash `hash`), which has none.
    #[cold]
    #[inline(never)]
    fn add_name(&mut self, name: &str, hash: u64) -> NameFacts {
        let start = name_start_by(name, |word| {
            let i = self.get(word);
            let traits = self.list[i].traits;
            // ("US Steel": "US" and "IT" as written are acronyms.)
            traits.has(Traits::STOP) && self.list[i].shape & STOP_ACRONYM == 0
                || traits.has(Traits::NEVER) && !given_name_too(word)
        });
        let rest = &name[start..];
        let mut joined = String::with_capacity(rest.len());
        push_joined(rest, &mut joined);
        let content = rest.split_whitespace().any(|w| {
            let i = self.get(w);
            !self.list[i].traits.has(Traits::STOP)
        });
        let facts = NameFacts {
            start: start as u32,
            joined: joined == rest,
            content,
            words: joined.split(' ').count() as u32,
        };
        // Numbers and facts are made together, so they are the same.
        self.name_facts.push(facts);
        self.names.insert(name, hash);
        facts
    }

    /// [`stem_hash`] of `word` as written, worked out once per spelling.
    #[cfg_attr(lede_abort, optimize(size))]
    fn written_stem(&mut self, word: &str) -> u64 {
        let i = self.get(word);
        let stem = &mut self.list[i].written_stem;
        if *stem == 0 {
            *stem = stem_hash(word, &mut self.buffer);
        }
        *stem
    }

    /// [`lexicon::is_demonym`] of `word` (as written), looked up once.
    #[cfg_attr(lede_abort, optimize(size))]
    fn is_demonym(&mut self, word: &str) -> bool {
        let i = self.get(word);
        *self.list[i]
            .demonym
            .get_or_insert_with(|| lexicon::is_demonym(word))
    }

    /// The index of `surface`'s entry, made on first sight.
    #[inline]
    fn get(&mut self, surface: &str) -> usize {
        let hash = Interner::hash(surface.as_bytes());
        match self.index.find(surface.as_bytes(), hash) {
            Some(i) => i as usize,
            None => self.add(surface, hash),
        }
    }

    /// [`Spellings::get`] of the text of `token` (a word of `text`), by its
    /// word number.
    #[inline]
    #[cfg_attr(lede_abort, optimize(size))]
    fn get_token(&mut self, text: &str, token: &Token) -> usize {
        match self.by_word.get(token.word) {
            u32::MAX => self.get_new_token(text, token),
            i => i as usize,
        }
    }

    /// Reads the entries of the words of `tokens` already met, so that the
    /// scan of their sentence finds them in cache: these reads depend on
    /// nothing but the word numbers, so the processor has many of them
    /// under way at once, where the scan would wait for each in turn (as
    /// the numbering's lookups, `text::words`).
    #[cfg_attr(lede_abort, optimize(size))]
    fn warm(&self, tokens: &[Token]) {
        let mut any = 0;
        for token in tokens {
            if let Some(entry) = self.list.get(self.by_word.get(token.word) as usize) {
                any ^= entry.shape;
            }
        }
        core::hint::black_box(any);
    }

    /// [`Spellings::get_token`] of a word number not asked before.
    #[cold]
    #[inline(never)]
    fn get_new_token(&mut self, text: &str, token: &Token) -> usize {
        let i = self.get(token.span.of(text));
        self.by_word.set(token.word, i as u32);
        i
    }

    /// Makes the entry of `surface` (of hash `hash`), which has none: the
    /// rare case, kept apart so that a lookup stays small.
    #[cold]
    #[inline(never)]
    fn add(&mut self, surface: &str, hash: u64) -> usize {
        forms::lower(surface, &mut self.buffer);
        let start = self.lowers.len() as u32;
        self.lowers.push_str(&self.buffer);
        let mut shape = 0;
        if surface.chars().any(char::is_alphabetic) {
            shape |= ALPHABETIC;
        }
        if forms::is_acronym(surface) {
            shape |= ACRONYM;
        }
        if surface.starts_with(char::is_lowercase) {
            shape |= LOWER_START;
        }
        if surface.starts_with(char::is_uppercase) {
            shape |= UPPER_START;
        }
        if self.buffer.chars().nth(1).is_none() {
            shape |= SHORT;
        }
        let lower = self.buffer.as_str();
        let traits = Traits::of(lower);
        for (bit, has) in [
            (PLURAL, lower.ends_with('s') && !lower.ends_with("ss")),
            (LY, lower.ends_with("ly")),
            (ED, lower.len() >= 4 && lower.ends_with("ed")),
            (ING, lower.len() >= 6 && lower.ends_with("ing")),
            (VERB_SHAPED, looks_like_verb(lower, traits)),
            (
                S_OF_VERB,
                lower
                    .strip_suffix('s')
                    .is_some_and(|stem| stem.len() >= 3 && looks_like_verb(stem, traits)),
            ),
            (WHO, matches!(lower, "who" | "which")),
            (ENDS_ING, lower.ends_with("ing")),
            (
                HE_SHE_IT,
                matches!(lower, "he" | "she" | "it") && !stop_acronym(surface),
            ),
            (
                CLAUSE_OPENER,
                matches!(
                    lower,
                    "although"
                        | "as"
                        | "because"
                        | "if"
                        | "said"
                        | "saying"
                        | "says"
                        | "that"
                        | "though"
                        | "unless"
                        | "when"
                        | "whereas"
                        | "while"
                ),
            ),
            (CLAUSE_VERB, matches!(lower, "remains" | "slows")),
            (STOP_ACRONYM, stop_acronym(surface)),
            (
                TAKES_ING,
                matches!(
                    lower,
                    "keeps" | "resumes" | "begins" | "starts" | "stops" | "finishes" | "quits"
                ),
            ),
            (
                IDIOM_NOUN,
                surface == lower && IDIOMS.iter().any(|idiom| idiom.last() == Some(&lower)),
            ),
            (
                PLURAL_MODIFIER,
                matches!(
                    lower,
                    "affairs"
                        | "arms"
                        | "communications"
                        | "customs"
                        | "earnings"
                        | "emissions"
                        | "goods"
                        | "news"
                        | "operations"
                        | "relations"
                        | "resources"
                        | "rights"
                        | "sales"
                        | "savings"
                        | "services"
                        | "sports"
                        | "weapons"
                ),
            ),
            (
                INNER_ADVERB,
                matches!(
                    lower,
                    "also"
                        | "again"
                        | "already"
                        | "always"
                        | "even"
                        | "just"
                        | "later"
                        | "never"
                        | "now"
                        | "often"
                        | "once"
                        | "soon"
                        | "still"
                        | "then"
                ),
            ),
        ] {
            if has {
                shape |= bit;
            }
        }
        let i = self.list.len();
        self.list.push(Spelling {
            lower: (start, self.lowers.len() as u32),
            traits,
            shape,
            bare: forms::strip_possessive(surface).len() as u32,
            key: u32::MAX,
            demonym: None,
            zipf: None,
            lower_stem: 0,
            written_stem: 0,
        });
        // Numbers and entries are made together, so they are the same.
        self.index.insert(surface, hash);
        i
    }
}

/// The result of the scan.
#[derive(Debug, Default)]
pub struct Scan {
    pub vocab: Vocab,
    pub items: Vec<Item>,
    /// Runs of items that may form phrases; a name item only ever opens one.
    pub segments: Vec<Range<u32>>,
    /// Every candidate phrase, and its index by key (see
    /// [`Scan::candidate`]).
    pub candidates: Vec<Candidate>,
    index: CandidateIndex,
    /// The name of each entity as a keyphrase ([`name_of`]).
    pub names: Names,
    /// The headline sentence, if the text opens with one.
    pub headline: Option<u32>,
    /// Sentences before this index are the lead (and headline).
    pub lead_end: u32,
    pub sentences: u32,
    /// The [`Spellings::generation`] of the scan: while the cache is at
    /// it, the cache holds the spellings [`WordStats::spelling`] points to.
    generation: u32,
}

impl Scan {
    /// The candidate of key `key`, if there is one.
    #[cfg_attr(lede_abort, optimize(size))]
    pub fn candidate(&self, key: &Key) -> Option<usize> {
        self.index.find(&self.candidates, key)
    }

    /// Writes over `stems` the [`stem_hash`]es of the words of `c`, names
    /// spelt out word by word (split at spaces and hyphens), sorted, each
    /// once: "US soldiers" holds the words of "US", and "Federal Reserve"
    /// those of "United States Federal Reserve". Each hash is worked out
    /// once per spelling and kept in the spelling cache (news texts share
    /// most of their words), not once per text.
    /// `text` is the text scanned.
    pub fn stems(&self, c: &Candidate, text: &str, stems: &mut Vec<u64>) {
        stems.clear();
        SPELLINGS.with(|cell| match cell.try_borrow_mut() {
            Ok(mut spellings) => self.push_stems(c, text, stems, Some(full_size(&mut spellings))),
            // Only if called from inside a scan: work them out afresh.
            Err(_) => self.push_stems(c, text, stems, None),
        });
        // A candidate has a few words: by insertion, which takes little
        // code (a sort of `u64`s would bring its own into the wasm); a long
        // one through the crate's one sort (see `order`).
        if stems.len() <= 32 {
            crate::order::insertion_sort(stems);
        } else {
            crate::order::sort_stable_by_key(stems, |&s| u128::from(s));
        }
        stems.dedup();
    }

    /// [`Scan::stems`], unsorted, from the cache `spellings` if given.
    fn push_stems(
        &self,
        c: &Candidate,
        text: &str,
        stems: &mut Vec<u64>,
        mut spellings: Option<&mut Spellings>,
    ) {
        let mut buffer = String::new();
        for &id in &c.key[..c.len] {
            let word = &self.vocab.words[id as usize];
            match word.entity.filter(|&e| e < self.names.len()) {
                Some(e) => {
                    // Its parts between spaces and hyphens, as
                    // `split([' ', '-'])` gives them (a searcher of a char
                    // array is one more copy of generic code in the wasm).
                    let name = self.names.get(e).unwrap_or_default();
                    let ends = name.bytes().enumerate();
                    let ends = ends.filter(|&(_, b)| b == b' ' || b == b'-');
                    let mut from = 0;
                    for end in ends.map(|(i, _)| i).chain([name.len()]) {
                        let part = &name[from..end];
                        from = end + 1;
                        stems.push(match spellings.as_deref_mut() {
                            // The empty part (of " -") is no spelling.
                            Some(cache) if !part.is_empty() => cache.written_stem(part),
                            _ => stem_hash(part, &mut buffer),
                        });
                    }
                }
                None => {
                    // The scan's spelling, if the cache still holds it.
                    let cached = spellings
                        .as_deref_mut()
                        .filter(|cache| cache.generation == self.generation)
                        .and_then(|cache| {
                            let Spellings { list, lowers, .. } = cache;
                            Some((list.get_mut(word.spelling as usize)?, lowers.as_str()))
                        });
                    stems.push(match cached {
                        Some((spelling, lowers)) => {
                            if spelling.lower_stem == 0 {
                                let (a, b) = spelling.lower;
                                let lower = &lowers[a as usize..b as usize];
                                spelling.lower_stem = stem_hash(lower, &mut buffer);
                            }
                            spelling.lower_stem
                        }
                        None => {
                            let mut lower = String::new();
                            self.vocab.lower_form(id, text, &mut lower);
                            stem_hash(&lower, &mut buffer)
                        }
                    });
                }
            }
        }
    }
}

/// The hash of [`forms::stem`] of `word` (written in `buffer`): stems are
/// only compared, so a hash stands for one.
pub fn stem_hash(word: &str, buffer: &mut String) -> u64 {
    forms::stem(word, buffer);
    let mut hasher = FxHasher::default();
    hasher.write(buffer.as_bytes());
    hasher.finish()
}

/// The candidates by key: a hash index over their numbers, the keys being
/// those of the candidates themselves.
#[derive(Default)]
struct CandidateIndex {
    slots: Slots,
}

impl core::fmt::Debug for CandidateIndex {
    #[cfg_attr(lede_abort, optimize(size))]
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("CandidateIndex")
            .field("slots", &self.slots.len())
            .finish()
    }
}

/// The hash of a candidate's key.
#[cfg_attr(lede_abort, optimize(size))]
pub(crate) fn key_hash(key: &Key) -> u64 {
    let mut hasher = FxHasher::default();
    hasher.write_u64(u64::from(key[0]) | u64::from(key[1]) << 32);
    hasher.write_u64(u64::from(key[2]) | u64::from(key[3]) << 32);
    hasher.finish()
}

impl CandidateIndex {
    fn find(&self, candidates: &[Candidate], key: &Key) -> Option<usize> {
        self.find_hashed(candidates, key, key_hash(key))
    }

    fn find_hashed(&self, candidates: &[Candidate], key: &Key, hash: u64) -> Option<usize> {
        self.slots
            .find(hash, |id| candidates[id as usize].key == *key)
            .map(|id| id as usize)
    }

    /// Numbers the next candidate (`candidates.len()`), of key hash `hash`.
    fn insert(&mut self, candidates: &[Candidate], hash: u64) {
        self.slots
            .make_room(candidates.len(), |id| key_hash(&candidates[id].key));
        self.slots.place(candidates.len() as u32, hash);
    }
}

/// A name mention and what the scan does with it.
#[derive(Debug, Clone, Copy)]
struct NameSpan {
    span: Span,
    /// The word id of a candidate entity; `None` for a date, a number or
    /// another mention that ends any phrase.
    entity: Option<u32>,
    /// A demonym that may modify a following noun.
    modifier: bool,
    /// A person or a town, one subject: a headline's verb after it takes
    /// "-s" ("Trump golf course", "Paris train station"; a country or a
    /// team may be the subject of "England win").
    single: bool,
}

/// Where a name really starts: after any leading stop words or adverbs
/// that a capital at the start of a sentence let into it ("In
/// Afghanistan", "Meanwhile Australian"). The offset is that of a word, or
/// 0 when every word is such a word.
#[cfg_attr(lede_abort, optimize(size))]
pub fn name_start(name: &str) -> usize {
    SPELLINGS.with(|cell| match cell.try_borrow_mut() {
        Ok(mut spellings) => full_size(&mut spellings).name_start(name),
        // Only if called from inside a scan: work it out afresh.
        Err(_) => {
            let mut lower = String::new();
            name_start_by(name, |word| {
                forms::lower(word, &mut lower);
                lexicon::is_stopword(&lower) && !stop_acronym(word)
                    || lexicon::is_never(&lower) && !given_name_too(word)
            })
        }
    })
}

/// Whether `word`, a verb that is never a noun opening a name, is a given
/// name too, which the name keeps: "Rose Garden" ("rose", the past of
/// "rise").
#[cfg_attr(lede_abort, optimize(size))]
fn given_name_too(word: &str) -> bool {
    crate::entities::lexicon::given_name(word).is_some()
}

/// [`name_start`] with the test for a leading word (as written) given, so
/// that a caller can cache it.
#[cfg_attr(lede_abort, optimize(size))]
fn name_start_by<'a>(name: &'a str, mut filler: impl FnMut(&'a str) -> bool) -> usize {
    let mut start = 0;
    for (offset, word) in name
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - name.as_ptr() as usize, w))
    {
        // A number's word is part of a name ("Three Gorges Dam",
        // "Thousand Oaks", "First Amendment"): a leading number outside one
        // is no mention's.
        if !filler(word)
            || crate::entities::numeric::is_cardinal_word(word)
            || lexicon::is_ordinal_word(word)
        {
            // A name the lists know whole keeps its first word ("All
            // England Club", "First Nations", "The Hague"), and so does
            // one whose next word is in lower case ("Col de Peyresourde").
            if offset > 0
                && (word.starts_with(char::is_lowercase)
                    || crate::entities::lexicon::is_listed_name(name))
            {
                return 0;
            }
            return offset.max(start);
        }
        start = offset + word.len();
    }
    0
}

/// The name of an entity as a keyphrase: without leading stop words, and
/// with single spaces.
#[cfg_attr(lede_abort, optimize(size))]
pub fn name_of(e: &Entity) -> String {
    joined(&e.name[name_start(&e.name)..])
}

/// The words of `name` joined by single spaces.
#[cfg_attr(lede_abort, optimize(size))]
fn joined(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    push_joined(name, &mut out);
    out
}

/// Appends the words of `name` joined by single spaces to `out`.
fn push_joined(name: &str, out: &mut String) {
    let start = out.len();
    for word in name.split_whitespace() {
        if out.len() > start {
            out.push(' ');
        }
        out.push_str(word);
    }
}

/// The names of a text's entities as keyphrases ([`name_of`]), by entity
/// index, end to end in one string (one allocation, not one per name).
#[derive(Debug, Default)]
pub struct Names {
    text: String,
    /// Where each name ends in `text` (it starts where the last one ends).
    ends: Vec<usize>,
    /// The number of words of each name.
    words: Vec<usize>,
}

impl Names {
    /// The number of names (one per entity).
    #[cfg_attr(lede_abort, optimize(size))]
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    #[cfg_attr(lede_abort, optimize(size))]
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The name of entity `index`.
    pub fn get(&self, index: usize) -> Option<&str> {
        let end = *self.ends.get(index)?;
        let start = index.checked_sub(1).map_or(0, |i| self.ends[i]);
        self.text.get(start..end)
    }

    /// The names in entity order.
    #[cfg_attr(lede_abort, optimize(size))]
    pub fn iter(&self) -> impl Iterator<Item = &str> + '_ {
        (0..self.len()).map(|i| self.get(i).unwrap_or_default())
    }

    /// The number of words of each name (as many as it splits into at
    /// spaces), in entity order.
    #[cfg_attr(lede_abort, optimize(size))]
    pub fn word_counts(&self) -> &[usize] {
        &self.words
    }

    /// Adds the words of `name`, joined by single spaces, as the next name;
    /// `facts` are those of the text `name` is the end of (from its start).
    fn push_joined(&mut self, name: &str, facts: NameFacts) {
        if facts.joined {
            self.text.push_str(name);
        } else {
            push_joined(name, &mut self.text);
        }
        self.ends.push(self.text.len());
        self.words.push(facts.words as usize);
    }
}

/// Entities that may be keyphrases: names, but not bare demonyms
/// ("Russian" is an adjective; "Palestinians" may stay), and not names of
/// stop words alone. `name` is the entity's [`name_of`], `demonym` whether
/// it [`is_demonym`], `facts` the [`NameFacts`] of the entity's name.
#[cfg_attr(lede_abort, optimize(size))]
fn is_candidate_entity(e: &Entity, name: &str, demonym: bool, facts: NameFacts) -> bool {
    e.ty.is_name() && (name.ends_with('s') || !demonym) && facts.content
}

/// A nationality word ("Russian", "Chechens"), whatever type it was given.
#[cfg_attr(lede_abort, optimize(size))]
fn is_demonym(e: &Entity, name: &str, spellings: &mut Spellings) -> bool {
    e.ty == EntityType::Norp || (!name.contains(' ') && spellings.is_demonym(name))
}

/// Finds the candidates of `doc`, given its entities.
pub fn scan(doc: &Document, entities: &[Entity]) -> Scan {
    SPELLINGS.with(|cell| {
        let mut cache = cell.borrow_mut();
        let spellings = full_size(&mut cache);
        spellings.begin_scan(doc.word_epoch);
        scan_with(doc, entities, spellings)
    })
}

/// [`scan`], with the spelling cache.
fn scan_with(doc: &Document, entities: &[Entity], spellings: &mut Spellings) -> Scan {
    let mut out = Scan {
        sentences: doc.sentences.len() as u32,
        generation: spellings.generation,
        ..Scan::default()
    };
    // Sizes from the token count, so that the tables rarely grow (news
    // text has about one item, and one candidate, per four tokens, one
    // segment per five and two bytes of lower-case forms per token).
    let words = doc.tokens.len();
    out.items.reserve(words / 2);
    out.segments.reserve(words / 3);
    out.index.slots = Slots::for_items(words / 2);
    out.candidates.reserve(words / 2);
    out.vocab.words.reserve(words / 2);
    let mut names: Vec<NameSpan> =
        Vec::with_capacity(entities.iter().map(|e| e.mentions.len()).sum());
    // Room for most keys, so that the buffer rarely grows.
    let mut key = String::with_capacity(32);
    out.names.ends.reserve(entities.len());
    out.names.words.reserve(entities.len());
    for (index, e) in entities.iter().enumerate() {
        // The name's start, and the last text whose start was worked out
        // (mentions mostly repeat the name or one another).
        let facts = spellings.name_facts(&e.name);
        let start = facts.start as usize;
        let mut known = (e.name.as_str(), start);
        out.names.push_joined(&e.name[start..], facts);
        let name = out.names.get(index).unwrap_or_default();
        let modifier = is_demonym(e, name, spellings);
        let single = e.ty == EntityType::Person
            || matches!(e.ty, EntityType::Gpe | EntityType::Loc | EntityType::Fac)
                && crate::entities::lexicon::place(name)
                    .is_some_and(|p| !crate::entities::lexicon::is_region_key(p.key));
        let entity = is_candidate_entity(e, name, modifier, facts).then(|| {
            let key = spellings.name_key(index, &mut key);
            let id = spellings.word(key, &mut out.vocab);
            out.vocab.words[id as usize].entity = Some(index);
            id
        });
        for m in &e.mentions {
            let Some(surface) = doc.text.get(m.start..m.end) else {
                continue;
            };
            // "a two-year investigation", "second-quarter revenue": a date in
            // one hyphenated word modifies the noun after it, as an
            // adjective does, and ends no phrase.
            if matches!(e.ty, EntityType::Date | EntityType::Time)
                && crate::entities::numeric::is_period_modifier(surface)
            {
                continue;
            }
            if !eq_bytes(surface.as_bytes(), known.0.as_bytes()) {
                known = (surface, spellings.name_start(surface));
            }
            names.push(NameSpan {
                span: Span::new(m.start + known.1, m.end),
                // A wire service credited in a dateline, "WASHINGTON (AP) —",
                // and the dateline's place are no subject of the story (the
                // place would rank high as the text's first word): they end
                // any phrase.
                entity: entity.filter(|_| {
                    !is_credit(doc.text, m.start, m.end)
                        && !in_dateline(doc.text, m.start, m.end)
                        && (e.ty != EntityType::Org || !told(doc.text, m.start))
                }),
                modifier,
                single,
            });
            // "Terrence Cole QC", "Diane Abbott MP": the letters after a
            // person's name are part of no phrase.
            if e.ty == EntityType::Person {
                if let Some(letters) = post_nominal_after(doc.text, m.end) {
                    names.push(NameSpan {
                        span: letters,
                        entity: None,
                        modifier: false,
                        single: false,
                    });
                }
            }
            // "Prime Minister John Howard", "Beatle George Harrison": the
            // person's title, written before the name, is part of the
            // entity and of no phrase (it ends any).
            // (Or a rank or a style that gave way to a role in apposition:
            // "Cardinal Pietro Parolin, the Vatican's secretary of state".)
            // (Not where the role is what is written before: "Federal
            // Science Minister" keeps its words together.)
            let role = role_before(doc.text, m.start, e.role.as_deref())
                .or_else(|| {
                    let written = e.role.as_deref().is_some_and(|r| {
                        doc.text
                            .get(..m.start)
                            .is_some_and(|b| b.trim_end().ends_with(r))
                    });
                    (e.ty == EntityType::Person && !written)
                        .then(|| title_written_before(doc.text, m.start))
                        .flatten()
                })
                .or_else(|| field_title_in_commas(doc.text, m.start, e.role.as_deref()));
            if let Some(role) = role {
                names.push(NameSpan {
                    span: role,
                    entity: None,
                    modifier: false,
                    single: false,
                });
            }
        }
    }
    crate::order::sort_stable_by_key(&mut names, |n| {
        crate::order::span_key(n.span.start, n.span.end)
    });
    let (headline, lead_end) = headline_and_lead(doc);
    out.headline = headline;
    out.lead_end = lead_end;

    let mut scanner = Scanner {
        doc,
        out,
        names,
        next_name: 0,
        next_name_start: 0,
        key,
        segment_start: 0,
        spellings,
    };
    for (index, sentence) in doc.sentences.iter().enumerate() {
        scanner.sentence(index as u32, &doc.tokens[sentence.tokens.clone()]);
    }
    let mut out = scanner.out;
    collect_candidates(doc.text, &mut out);
    out
}

/// The span of the title that ends `role` (its longest ending that the
/// titles table knows), when `role` is written just before `start`, with
/// spaces between, the title is capitalised, and what comes before it in
/// the role is nothing, a name the lists know or a body's name of two
/// words or more that a head word ends, a mention of its own: "Prime
/// Minister", "Premier" of "Queensland Premier", "President" of "Chiba
/// Bank President"; not "Governor" of
/// "Bank Governor" nor "Treasurer" of "Federal Treasurer", which would
/// leave "Bank" and "Federal" without the word they modify.
fn role_before(text: &str, start: usize, role: Option<&str>) -> Option<Span> {
    let role = role?;
    let before = text.get(..start)?;
    let trimmed = before.trim_end();
    // (A plural title is each person's in the singular: "Justice" of
    // "Justices Sonia Sotomayor and Elena Kagan".)
    let plural =
        !trimmed.ends_with(role) && trimmed.strip_suffix('s').is_some_and(|t| t.ends_with(role));
    if trimmed.len() == before.len() || !trimmed.ends_with(role) && !plural {
        return None;
    }
    let role_start = trimmed.len() - role.len() - usize::from(plural);
    let role = &trimmed[role_start..];
    let opens_word = trimmed[..role_start]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric());
    if !opens_word {
        return None;
    }
    // Each ending of the role at a word, the longest first.
    // Or a title and what it is of or for, whole, after other words too
    // ("Chancellor of the Exchequer", "Minister for Health", "Former
    // Chancellor of the Exchequer").
    // (Or its plural, the role of each person of a list: "Justices Sonia
    // Sotomayor and Elena Kagan".)
    let title_or_plural = |t: &str| {
        names::title(t).is_some()
            || t.strip_suffix('s')
                .is_some_and(|t| names::title(t).is_some())
    };
    let word_starts = || core::iter::once(0).chain(role.match_indices(' ').map(|(i, _)| i + 1));
    let at = word_starts()
        .find(|&i| title_or_plural(&role[i..]))
        .or_else(|| {
            word_starts().find(|&i| {
                role[i..].split_once(' ').is_some_and(|(first, rest)| {
                    names::title(first).is_some()
                        && (rest.starts_with("of ") || rest.starts_with("for "))
                })
            })
        })?;
    let (qualifier, title) = (role[..at].trim_end(), &role[at..]);
    // (A body's initials in parentheses after it are no part of its name:
    // "International Olympic Committee (IOC) President".)
    let qualifier = qualifier
        .strip_suffix(')')
        .and_then(|q| {
            let at = q.rfind('(')?;
            let initials = &q[at + 1..];
            (!initials.is_empty() && initials.bytes().all(|b| b.is_ascii_uppercase()))
                .then(|| q[..at].trim_end())
        })
        .unwrap_or(qualifier);
    let named = qualifier.is_empty()
        || names::place(qualifier).is_some()
        || names::demonym(qualifier).is_some()
        || names::organization(qualifier).is_some()
        || qualifier
            .split(' ')
            .all(|w| w.starts_with(|c: char| c.is_uppercase()) && !names::is_common_word(w))
        // (Or a body's name that a head word ends, or "of" and a place
        // after it: "Chiba Bank President", "Central Bank of Nigeria
        // Governor".)
        || qualifier.contains(' ')
            && qualifier
                .split(' ')
                .all(|w| w == "of" || w.starts_with(|c: char| c.is_uppercase()))
            && qualifier[..crate::text::find_bytes(qualifier.as_bytes(), b" of ")
                .unwrap_or(qualifier.len())]
                .rsplit(' ')
                .next()
                .and_then(names::org_word)
                == Some(names::OrgWord::Head);
    // ("then-Prime Minister": the title after a role's prefix.)
    let capitalised = names::role_prefix(title)
        .unwrap_or(title)
        .starts_with(|c: char| c.is_uppercase());
    // "Deputy Governor Sarah Breeden", "Senior Sergeant Michael Potts",
    // "Under Secretary of State": a rank before the title is part of it.
    // "Health and Human Services Secretary": a portfolio of several words
    // in a list, whole (not a name the lists know: "Bosnia and Herzegovina
    // President").
    // "former Prime Minister", "Former Chancellor of the Exchequer": a word
    // for the role's tenure too.
    if capitalised
        && (matches!(
            qualifier,
            "Acting" | "Assistant" | "Deputy" | "Interim" | "Senior" | "Special" | "Under" | "Vice"
        ) || names::tenure_word(qualifier)
            || !named && crate::text::find_bytes(role.as_bytes(), b" and ").is_some())
    {
        return Some(Span::new(role_start, trimmed.len()));
    }
    (named && capitalised).then(|| Span::new(trimmed.len() - title.len(), trimmed.len()))
}

/// The span of a capitalised title and its field after "of" or "for" in
/// `role`, when `role` is written before the comma that opens the name at
/// `start` ("Nigeria's Minister of Information and Culture, Lai
/// Mohammed,"): part of the person's entity, its capitalised words make no
/// phrases of their own ("Culture", "Minister").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn field_title_in_commas(text: &str, start: usize, role: Option<&str>) -> Option<Span> {
    let role = role?;
    let before = text.get(..start)?.trim_end().strip_suffix(',')?.trim_end();
    if !before.ends_with(role) {
        return None;
    }
    let role_start = before.len() - role.len();
    let at = core::iter::once(0)
        .chain(role.match_indices(' ').map(|(i, _)| i + 1))
        .find(|&i| {
            let (word, rest) = role[i..].split_once(' ').unwrap_or((&role[i..], ""));
            word.starts_with(|c: char| c.is_uppercase())
                && names::title(word).is_some()
                && (rest.starts_with("of ") || rest.starts_with("for "))
        })?;
    Some(Span::new(role_start + at, before.len()))
}

/// The span of a capitalised title of one or two words that the titles
/// table knows, written one blank before `start` ("Cardinal", "Lieutenant
/// General").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn title_written_before(text: &str, start: usize) -> Option<Span> {
    let before = text.get(..start)?.strip_suffix(' ')?;
    // (Past the character that ends the word before, whatever its length:
    // "—".)
    let word_start = |end: usize| {
        before[..end]
            .char_indices()
            .rfind(|&(_, c)| !c.is_alphabetic() && c != '-')
            .map_or(0, |(i, c)| i + c.len_utf8())
    };
    let last = word_start(before.len());
    if last == before.len() || !before[last..].starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    // Two words first ("Lieutenant General"), then the last alone.
    let two = before[..last]
        .strip_suffix(' ')
        .map(|b| word_start(b.len()))
        .filter(|&first| {
            first < last - 1
                && before[first..].starts_with(|c: char| c.is_uppercase())
                && names::title(&before[first..]).is_some()
        });
    let first = two.or_else(|| names::title(&before[last..]).is_some().then_some(last))?;
    Some(Span::new(first, before.len()))
}

/// The span of the letters after a person's name that ends at `end`, if
/// any ([`crate::entities::names::post_nominal`]: "QC", "MP", "AO KC").
#[cfg_attr(lede_abort, optimize(size))]
fn post_nominal_after(text: &str, end: usize) -> Option<Span> {
    let mut last = end;
    while let Some(rest) = text
        .as_bytes()
        .get(last..)
        .and_then(|r| r.strip_prefix(b" "))
    {
        let len = rest.iter().take_while(|b| b.is_ascii_uppercase()).count();
        // (Capital letters only: a slice of ASCII bytes is a `str`.)
        match text.get(last + 1..last + 1 + len) {
            Some(letters) if crate::entities::names::post_nominal(letters) => last += 1 + len,
            _ => break,
        }
    }
    (last > end).then(|| Span::new(end + 1, last))
}

/// Whether the text from `start` to `end` is in parentheses before a dash,
/// as an agency's credit in a dateline: "WASHINGTON (AP) — ...",
/// "LONDON (Reuters) - ...".
#[cfg_attr(lede_abort, optimize(size))]
fn is_credit(text: &str, start: usize, end: usize) -> bool {
    let bytes = text.as_bytes();
    if start == 0 || bytes[start - 1] != b'(' || bytes.get(end) != Some(&b')') {
        return false;
    }
    let spaces = bytes[end + 1..].iter().take_while(|&&b| b == b' ').count();
    opens_with_dash(&bytes[end + 1 + spaces..], b"-")
}

/// Whether "told" or "told the" comes just before `start`: an
/// organisation there is the one a source spoke to, a credit, as a news
/// agency is ("told The Associated Press", "told Reuters").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn told(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end();
    let before = before
        .strip_suffix("the")
        .or_else(|| before.strip_suffix("The"))
        .map_or(before, str::trim_end);
    before.ends_with(" told")
}

/// Whether `bytes` open with a dash: `hyphen` (the ASCII form, with what
/// must follow it), an en dash or an em dash.
#[cfg_attr(lede_abort, optimize(size))]
fn opens_with_dash(bytes: &[u8], hyphen: &[u8]) -> bool {
    bytes.starts_with(hyphen)
        || bytes.starts_with("\u{2013}".as_bytes())
        || bytes.starts_with("\u{2014}".as_bytes())
}

/// Whether the text from `start` to `end` is in a dateline: a line that
/// opens with a word in capitals and reaches a dash within 48 bytes over
/// letters, spaces, commas, full stops, slashes and a credit in
/// parentheses only ("LONDON (Reuters) -", "CUPERTINO, California (AP) —",
/// "SEATTLE/SAN FRANCISCO (AP) —").
#[cfg_attr(lede_abort, optimize(size))]
fn in_dateline(text: &str, start: usize, end: usize) -> bool {
    let bytes = text.as_bytes();
    // Most mentions are followed by none of what a dateline's place is
    // ("(", ",", a dash), which is asked first.
    let spaces = bytes[end..]
        .iter()
        .take(2)
        .take_while(|&&b| b == b' ')
        .count();
    if !matches!(
        bytes.get(end + spaces),
        Some(b'(' | b',' | b'-' | b'/' | 0xE2)
    ) {
        return false;
    }
    // (The line's start is looked for in the 48 bytes before the mention
    // only: a dateline is no longer, and a text of one long line must not
    // be scanned back to its start for every mention.)
    let from = start.saturating_sub(48);
    let line = match bytes[from..start].iter().rposition(|&b| b == b'\n') {
        Some(k) => from + k + 1,
        None if from == 0 => 0,
        None => return false,
    };
    // The line's first word in capitals, two letters or more.
    let caps = bytes[line..]
        .iter()
        .take_while(|b| b.is_ascii_uppercase())
        .count();
    if end - line > 48
        || caps < 2
        || bytes
            .get(line + caps)
            .is_some_and(u8::is_ascii_alphanumeric)
    {
        return false;
    }
    // Letters, digits (its date: "TOKYO, Oct 14 (Reuters) -"), spaces,
    // commas, full stops, brackets, a slash between two places
    // ("SEOUL/TAIPEI (Reuters) -") and a hyphen inside a word
    // ("SPA-FRANCORCHAMPS, Belgium").
    let rest = &bytes[line..(line + 64).min(bytes.len())];
    let ok = |k: usize| {
        let b = rest[k];
        b.is_ascii_alphanumeric()
            || matches!(b, b' ' | b',' | b'.' | b'(' | b')' | b'/')
            || b == b'-' && rest.get(k + 1).is_some_and(u8::is_ascii_alphabetic)
    };
    let Some(dash) = (0..rest.len()).position(|k| !ok(k)) else {
        return false;
    };
    line + dash >= end && rest[..dash].ends_with(b" ") && opens_with_dash(&rest[dash..], b"- ")
}

/// The headline ([`Document::headline`]) and the end of the lead: the next
/// three sentences (or the first three when there is no headline).
#[cfg_attr(lede_abort, optimize(size))]
fn headline_and_lead(doc: &Document) -> (Option<u32>, u32) {
    let headline = doc.headline().map(|h| h as u32);
    let body = headline.map_or(0, |h| h + 1);
    (headline, (body + 3).min(doc.sentences.len() as u32))
}

enum Class {
    /// Ends any phrase.
    Break,
    /// May be part of a phrase.
    Word { flags: u8, participle: bool },
}

struct Scanner<'d, 't> {
    doc: &'d Document<'t>,
    spellings: &'d mut Spellings,
    out: Scan,
    names: Vec<NameSpan>,
    next_name: usize,
    /// Where the `next_name`th name starts (`usize::MAX` past the last).
    next_name_start: usize,
    /// A reused buffer for a key.
    key: String,
    segment_start: usize,
}

/// What the tokens before it say of the word being classified, within its
/// sentence: a local of [`Scanner::sentence`] rather than fields of the
/// scanner, so that it can stay in registers (in wasm too, where the
/// sentence is a function of its own).
#[derive(Clone, Copy, Default)]
struct Context {
    /// The shape bits of the previous word's spelling (none after a
    /// non-word), kept rather than looked up again.
    prev_shape: u32,
    /// The traits of the previous token (empty after a non-word).
    prev_traits: Traits,
    /// The word follows an auxiliary ("is", "has been").
    after_auxiliary: bool,
    /// The word follows "he", "she" or "it", adverbs aside.
    after_he_she_it: bool,
    /// The word follows a name.
    after_name: bool,
    /// That name is a person's or a town's ([`NameSpan::single`]) and
    /// follows no comma, "and" or "&": one subject, not one of several
    /// ("Iran, Russia sign deal").
    after_single: bool,
    /// The word is in the headline, which drops its determiners ("Microsoft
    /// deal clears UK hurdle"): read with `after_name` and `prev_shape`.
    in_headline: bool,
    /// The word follows a plural noun of a phrase.
    prev_plural_noun: bool,
    /// The word follows a singular word of a phrase.
    prev_singular: bool,
    /// The previous word is a possessive ("the government's").
    prev_possessive: bool,
    /// In the headline, the word follows a comma or a closing quotation
    /// mark: a clause whose subject the headline drops ("..., Files for
    /// Bankruptcy") or one whose subject is a title ("'Moana 2' sails").
    headline_after_break: bool,
    /// The word follows a singular word of a phrase that a determiner
    /// opened ("the bridge").
    prev_singular_after_determiner: bool,
    /// The word follows a word of a phrase that opens a clause after a
    /// conjunction or a verb of saying, determiners between allowed ("as
    /// inflation", "as the storm", "saying the bank").
    prev_after_opener: bool,
    /// The word follows a comma.
    after_comma: bool,
}

impl Scanner<'_, '_> {
    /// The shape bits and traits of `token`'s spelling, if it is a word:
    /// what the rules ask of the words after the one they sort.
    #[cfg_attr(lede_abort, optimize(size))]
    fn word_facts(&mut self, token: Option<&Token>) -> Option<(u32, Traits)> {
        let token = token.filter(|t| t.kind == TokenKind::Word)?;
        let spelling = self.spellings.get_token(self.doc.text, token);
        let Spelling { shape, traits, .. } = self.spellings.list[spelling];
        Some((shape, traits))
    }

    /// Whether `next` is a word in lower case that is no stop word.
    #[cfg_attr(lede_abort, optimize(size))]
    fn content_word_in_lower_case(&mut self, next: Option<&Token>) -> bool {
        self.word_facts(next)
            .is_some_and(|(shape, traits)| shape & LOWER_START != 0 && !traits.has(Traits::STOP))
    }

    /// Whether `next` is the base form of a headline verb
    /// ([`Traits::HEADLINE_VERB`]), which makes the plural word before it
    /// its subject.
    #[cfg_attr(lede_abort, optimize(size))]
    fn headline_verb_next(&mut self, next: Option<&Token>) -> bool {
        self.word_facts(next)
            .is_some_and(|(shape, traits)| traits.has(Traits::HEADLINE_VERB) && shape & PLURAL == 0)
    }

    /// Whether `next` opens an object: a determiner or a pronoun ("the",
    /// "his", "them").
    #[cfg_attr(lede_abort, optimize(size))]
    fn opens_object(&mut self, next: Option<&Token>) -> bool {
        self.word_facts(next)
            .is_some_and(|(_, traits)| traits.has(Traits::OBJECT))
    }

    /// Whether `next` opens an object or is a number: what follows a verb
    /// that takes one ("employs 800", "fear the worst").
    #[cfg_attr(lede_abort, optimize(size))]
    fn object_or_number(&mut self, next: Option<&Token>) -> bool {
        next.is_some_and(|t| t.kind == TokenKind::Number) || self.opens_object(next)
    }

    /// Whether `next` is shaped like a plural and no function word
    /// ("guarantees", not "was" or "has").
    #[cfg_attr(lede_abort, optimize(size))]
    fn plural_noun(&mut self, next: Option<&Token>) -> bool {
        self.word_facts(next)
            .is_some_and(|(shape, traits)| shape & PLURAL != 0 && !traits.has(Traits::STOP))
    }

    /// Whether `next` is a preposition that follows a verb ("officials
    /// meet in Sydney", "residents return to their homes").
    #[cfg_attr(lede_abort, optimize(size))]
    fn is_preposition(&mut self, next: Option<&Token>) -> bool {
        matches!(
            self.word_text(next).unwrap_or(""),
            "in" | "on"
                | "at"
                | "to"
                | "from"
                | "with"
                | "through"
                | "between"
                | "into"
                | "across"
                | "over"
                | "after"
                | "during"
                | "near"
                | "around"
                | "against"
                | "towards"
                | "toward"
                | "until"
        )
    }

    /// Whether the word `tokens[i]` (of shape `shape`) is a verb by what
    /// comes after it: an irregular past participle before "by" ("the firm
    /// run by", "a film made by"), or an "-ing" form after a preposition
    /// that takes a clause, before a capitalised word, its object ("for
    /// developing AlphaFold", "by acquiring Twitter"; "for developing
    /// countries" stays a phrase).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(lede_abort, optimize(size))]
    fn verb_by_its_object(&mut self, tokens: &[Token], i: usize, shape: u32) -> bool {
        const PARTICIPLES: &str =
            "beaten begun bought brought built caught chosen done drawn driven found given grown \
             held hidden kept known led left lost made met paid run seen sent shot shown sold \
             spent struck taken taught thrown told won written";
        let text = self.doc.text;
        let next = tokens.get(i + 1);
        if next.is_some_and(|t| t.span.of(text) == "by") {
            return crate::text::lexicon::in_words_as_written(PARTICIPLES, tokens[i].span.of(text));
        }
        shape & ING != 0
            && i > 0
            && matches!(
                tokens[i - 1].span.of(text),
                "for" | "by" | "after" | "before" | "without" | "while"
            )
            && next.is_some_and(|t| {
                t.kind == TokenKind::Word
                    && t.span
                        .of(text)
                        .starts_with(|c: char| c.is_ascii_uppercase())
            })
    }

    /// Whether `next` is a capitalised word (a name, as an object: "hit
    /// Sydney") or a verb's particle ("set up", "cut back", "shut down").
    #[cfg_attr(lede_abort, optimize(size))]
    fn name_or_particle(&mut self, next: Option<&Token>, case: &mut Case) -> bool {
        self.word_text(next).is_some_and(|word| {
            word.starts_with(|c: char| c.is_ascii_uppercase()) && self.named(next, case)
        }) || self.is_particle(next)
    }

    /// Whether the word `tokens[i]` ends a fixed phrase of a preposition
    /// and a noun ([`IDIOMS`]: "kept on hold", "the eighth in a row", "in
    /// the wake of"), which names nothing the text is about: before a
    /// punctuation mark, the sentence's end or a function word ("on hold
    /// music" is no such phrase).
    #[cfg_attr(lede_abort, optimize(size))]
    fn in_idiom(&mut self, tokens: &[Token], i: usize) -> bool {
        let text = self.doc.text;
        let word = |k: usize| {
            tokens
                .get(k)
                .filter(|t| t.kind == TokenKind::Word)
                .map_or("", |t| t.span.of(text))
        };
        let noun = word(i);
        // (Headlines drop the article: "on brink of".)
        let matched = IDIOMS.iter().any(|idiom| {
            let (last, opening) = idiom.split_last().unwrap_or((&"", &[]));
            *last == noun
                && i >= opening.len()
                && opening
                    .iter()
                    .zip(i - opening.len()..i)
                    .all(|(w, k)| word(k).eq_ignore_ascii_case(w))
        });
        matched
            && self
                .word_facts(tokens.get(i + 1))
                .is_none_or(|(_, traits)| traits.has(Traits::STOP))
    }

    /// Whether `next` is a verb's particle ("clean up", "cut back").
    #[cfg_attr(lede_abort, optimize(size))]
    fn is_particle(&self, next: Option<&Token>) -> bool {
        matches!(
            self.word_text(next).unwrap_or(""),
            "up" | "down" | "off" | "out" | "back"
        )
    }

    /// Whether a clause's verb ends it before `next` (and `after_next`):
    /// at a punctuation mark or the sentence's end, before an adverb ("too
    /// high", "sharply", "still"), a comparative of direction ("edge
    /// higher") or "to" and a number ("eases to 3.1%").
    #[cfg_attr(lede_abort, optimize(size))]
    fn ends_clause(&mut self, next: Option<&Token>, after_next: Option<&Token>) -> bool {
        let Some(next) = next.filter(|t| t.kind != TokenKind::Punct) else {
            return true;
        };
        match self.word_text(Some(next)) {
            Some("too" | "so" | "higher" | "lower" | "further") => true,
            Some("to") => after_next.is_some_and(|t| t.kind == TokenKind::Number),
            Some(_) => self.word_facts(Some(next)).is_some_and(|(shape, traits)| {
                shape & INNER_ADVERB != 0 || is_adverb(shape, traits)
            }),
            None => false,
        }
    }

    /// Whether a capitalised `token` after the word being read is a name:
    /// any is, but in a sentence that capitalises every word (a headline
    /// in title case), where only a name the recogniser found there is, or
    /// an acronym ("Microsoft Deal Clears UK Hurdle").
    #[cfg_attr(lede_abort, optimize(size))]
    fn named(&self, token: Option<&Token>, case: &mut Case) -> bool {
        // The sentence's case last: most capitalised words are names found.
        token.is_some_and(|t| {
            self.names
                .get(self.next_name)
                .is_some_and(|n| n.span.start == t.span.start)
                || forms::is_acronym(t.span.of(self.doc.text))
        }) || !case.get().0
    }

    /// The text of `token`, if it is a word.
    #[cfg_attr(lede_abort, optimize(size))]
    fn word_text(&self, token: Option<&Token>) -> Option<&str> {
        let token = token.filter(|t| t.kind == TokenKind::Word)?;
        Some(token.span.of(self.doc.text))
    }

    /// Whether the clause ends, within three words of the `following`
    /// tokens, with a verb's base form in lower case after a plural (the
    /// word being read, `plural` or not, or one of those words): the word
    /// being read is in its subject ("as Ivory Coast woes deepen", "as
    /// Ivory Coast crop woes deepen").
    #[cfg_attr(lede_abort, optimize(size))]
    fn clause_ends_with_verb(&mut self, plural: bool, following: &[Token]) -> bool {
        let words = following
            .iter()
            .take(4)
            .position(|t| t.kind != TokenKind::Word)
            .unwrap_or(following.len());
        if words == 0 || words > 3 {
            return false;
        }
        let subject_plural = match words {
            1 => plural,
            _ => self
                .word_facts(following.get(words - 2))
                .is_some_and(|(shape, _)| shape & PLURAL != 0),
        };
        subject_plural
            && self
                .word_facts(following.get(words - 1))
                .is_some_and(|(shape, _)| shape & VERB_SHAPED != 0 && shape & LOWER_START != 0)
    }

    /// Whether `next` is a capitalised token that is a name ([`Self::named`]).
    #[cfg_attr(lede_abort, optimize(size))]
    fn capitalised_name(&self, next: Option<&Token>, case: &mut Case) -> bool {
        next.is_some_and(|t| t.span.of(self.doc.text).starts_with(char::is_uppercase))
            && self.named(next, case)
    }

    /// Whether `token` is a listed adjective ("deadly", "high").
    #[cfg_attr(lede_abort, optimize(size))]
    fn is_adjective(&mut self, token: Option<&Token>) -> bool {
        self.word_facts(token)
            .is_some_and(|(_, traits)| traits.has(Traits::ADJECTIVE | Traits::LY_ADJECTIVE))
    }

    /// Whether `token` is a word in lower case with the shape of a verb's
    /// base form ("cut", "end"), or a verb that is never a noun.
    #[cfg_attr(lede_abort, optimize(size))]
    fn is_plain_verb(&mut self, token: Option<&Token>) -> bool {
        self.word_facts(token).is_some_and(|(shape, traits)| {
            shape & LOWER_START != 0
                && shape & PLURAL == 0
                && (shape & VERB_SHAPED != 0 || traits.has(Traits::VERB))
        })
    }

    #[cfg_attr(lede_abort, optimize(size))]
    fn close_segment(&mut self) {
        let end = self.out.items.len();
        if end > self.segment_start {
            self.out
                .segments
                .push(self.segment_start as u32..end as u32);
        }
        self.segment_start = end;
    }

    fn push(&mut self, item: Item) {
        if self.out.items.len() - self.segment_start >= MAX_SEGMENT {
            self.close_segment();
        }
        self.out.items.push(item);
    }

    /// The name mention overlapping `span` (not empty), if any.
    #[inline]
    #[cfg_attr(lede_abort, optimize(size))]
    fn name_at(&mut self, span: Span) -> Option<NameSpan> {
        // Most tokens end before the next name starts: then no name is
        // passed (it ends after it starts, so after the token starts) and
        // none overlaps.
        if span.end <= self.next_name_start {
            return None;
        }
        while self
            .names
            .get(self.next_name)
            .is_some_and(|n| n.span.end <= span.start)
        {
            self.next_name += 1;
        }
        let next = self.names.get(self.next_name);
        self.next_name_start = next.map_or(usize::MAX, |n| n.span.start);
        next.filter(|n| n.span.start < span.end).copied()
    }

    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn sentence(&mut self, index: u32, tokens: &[Token]) {
        let text = self.doc.text;
        let mut case = Case {
            text,
            tokens,
            known: None,
        };
        let mut initial = true;
        // The previous token was part of a phrase or a name.
        let mut prev_content = false;
        let mut emitted_name: Option<Span> = None;
        let mut after_name = false;
        let mut after_single = false;
        // The phrase being read was opened by a determiner ("the", "this").
        let mut after_determiner = false;
        // The phrase being read opens a clause after a conjunction or a
        // verb of saying ([`CLAUSE_OPENER`]).
        let mut after_opener = false;
        let in_headline = Some(index) == self.out.headline;
        let mut cx = Context::default();
        self.spellings.warm(tokens);
        for (i, token) in tokens.iter().enumerate() {
            let mut demonym = false;
            if let Some(name) = self.name_at(token.span) {
                match self.name_token(index, name, token, &tokens[i + 1..], &mut emitted_name) {
                    Some(content) => {
                        prev_content = content;
                        after_name = content;
                        if token.span.start <= name.span.start {
                            after_single = name.single
                                && (i == 0
                                    || !matches!(tokens[i - 1].span.of(text), "," | "and" | "&"));
                        }
                        // "The Flanders graveyard holds": a determiner
                        // before a name opens the phrase the name leads
                        // (unless a possessive ended it: "the
                        // Government's proposed laws").
                        after_determiner &= content && self.out.items.len() > self.segment_start;
                        after_opener &= content;
                        initial = false;
                        cx = Context::default();
                        continue;
                    }
                    // "Israeli regime": a demonym before a noun is read as
                    // a word.
                    None => demonym = true,
                }
            }
            if token.kind != TokenKind::Word {
                self.close_segment();
                prev_content = false;
                after_determiner = false;
                after_opener = false;
                cx = Context::default();
                cx.after_comma = token.span.of(text) == ",";
                cx.headline_after_break =
                    in_headline && matches!(token.span.of(text), "," | "\"" | "”" | "'" | "’");
                if token.is_word() {
                    initial = false;
                }
                // A quotation or a clause after a colon or a dash opens
                // as a sentence does, as the recogniser reads it.
                if token.opens_clause(text) {
                    initial = true;
                }
                continue;
            }
            let spelling = self.spellings.get_token(text, token);
            let Spelling {
                traits,
                shape,
                bare,
                ..
            } = self.spellings.list[spelling];
            cx.after_name = after_name;
            cx.after_single = after_single;
            cx.in_headline = in_headline;
            cx.prev_plural_noun = prev_content && cx.prev_shape & PLURAL != 0;
            cx.prev_singular = prev_content && cx.prev_shape & PLURAL == 0;
            cx.prev_singular_after_determiner = cx.prev_singular && after_determiner;
            cx.prev_after_opener = prev_content && after_opener;
            let class = if demonym && shape & UPPER_START != 0 {
                // Every word of a nationality before a noun, as written:
                // "South African troops" (not "South", a word of no phrase
                // on its own).
                Class::Word {
                    flags: PROPER,
                    participle: false,
                }
            } else if crate::text::in_instrument_code(text, token.span)
                // ("Alphabet (GOOGL.O)", "(ITD.BK)", "(NOVOb.CO)": an
                // instrument's code and its exchange are no phrase.)
                || shape & IDIOM_NOUN != 0 && self.in_idiom(tokens, i)
                // (Asked only of an "-ing" form or a word before "by",
                // told by two bytes: most words are neither.)
                || (shape & ING != 0
                    || tokens.get(i + 1).is_some_and(|t| {
                        t.span.len() == 2 && text.as_bytes().get(t.span.start) == Some(&b'b')
                    }))
                    && self.verb_by_its_object(tokens, i, shape)
            {
                Class::Break
            } else {
                self.classify(&cx, shape, traits, initial, &mut case, &tokens[i + 1..])
            };
            initial = false;
            after_name = false;
            // An auxiliary reaches over adverbs: "is still trying".
            cx.after_auxiliary = traits.has(Traits::AUXILIARY)
                || (cx.after_auxiliary
                    && (traits.has(Traits::STOP) && shape & STOP_ACRONYM == 0
                        || is_adverb(shape, traits)));
            // So does "he", "she" or "it", over adverbs only ("he also
            // faces"; in "he and his staff", "staff" is no verb).
            cx.after_he_she_it = shape & HE_SHE_IT != 0
                || (cx.after_he_she_it && (shape & INNER_ADVERB != 0 || is_adverb(shape, traits)));
            match class {
                Class::Break => {
                    self.close_segment();
                    // An opener ("as", not in "such as" or "as well as"),
                    // or a determiner right after one.
                    after_opener = if shape & CLAUSE_OPENER != 0 {
                        !(i > 0 && matches!(tokens[i - 1].span.of(text), "such" | "well"))
                    } else {
                        after_opener && !prev_content && traits.has(Traits::OBJECT)
                    };
                    prev_content = false;
                    after_determiner = traits.has(Traits::OBJECT);
                }
                Class::Word {
                    mut flags,
                    participle,
                } => {
                    if demonym {
                        flags &= !HEAD;
                    }
                    if participle && prev_content {
                        // "Putin signed": a verb after its subject.
                        self.close_segment();
                        prev_content = false;
                        after_opener = false;
                    } else {
                        if participle {
                            self.close_segment();
                        }
                        let word = self.word_of(spelling, token.span);
                        let stats = &mut self.out.vocab.words[word as usize];
                        stats.count += 1;
                        if flags & PROPER != 0 {
                            stats.proper += 1;
                        } else if shape & LOWER_START != 0 {
                            stats.lower += 1;
                        }
                        let mut bare = bare as usize;
                        if bare != token.span.len()
                            && tokens
                                .get(i + 1)
                                .is_some_and(|t| names::is_condition_noun(t.span.of(text)))
                        {
                            // "Alzheimer's disease": the name of an illness
                            // keeps its possessive.
                            bare = token.span.len();
                        }
                        if flags & PROPER == 0 && self.out.items.len() > self.segment_start {
                            if let Some(prev) = self.out.items.last_mut() {
                                if prev.flags & (PROPER | ENTITY) == PROPER {
                                    // "Chechen warlord": a capitalised word
                                    // before a noun modifies it.
                                    prev.flags &= !HEAD;
                                }
                            }
                        }
                        self.push(Item {
                            word,
                            span: Span::new(token.span.start, token.span.start + bare),
                            sentence: index,
                            flags,
                        });
                        prev_content = true;
                        if bare != token.span.len() {
                            // "Sydney's west": the possessive ends the phrase.
                            self.close_segment();
                        }
                    }
                }
            }
            cx.prev_shape = shape;
            cx.prev_traits = traits;
            cx.prev_possessive = bare as usize != token.span.len();
        }
        self.close_segment();
    }

    /// A token of the name mention `name`, in sentence `index`: `None` if it
    /// is a demonym to be read as a word, else whether the name is an entity
    /// candidate (it opens a segment with an item of its own, once per
    /// mention, `emitted_name` being the last one emitted).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn name_token(
        &mut self,
        index: u32,
        name: NameSpan,
        token: &Token,
        following: &[Token],
        emitted_name: &mut Option<Span>,
    ) -> Option<bool> {
        let text = self.doc.text;
        // Asked only of a demonym that is no candidate: whether a word in
        // lower case follows the name ("South African troops").
        let next_is_word = || {
            following
                .iter()
                .find(|t| t.span.start >= name.span.end)
                .is_some_and(|t| {
                    t.kind == TokenKind::Word && !t.span.of(text).starts_with(char::is_uppercase)
                })
        };
        // The name ends inside a hyphenated word ("UN-sponsored", "New
        // York-based").
        let hyphened = text.as_bytes().get(name.span.end) == Some(&b'-');
        if token.kind == TokenKind::Word
            && token.span.start <= name.span.start
            && token.span.end > name.span.end
            && hyphened
        {
            // "UN-sponsored talks", "Berlin-based maker": a name inside a
            // hyphenated word is read with the word, as a word.
            return None;
        }
        if name.modifier && name.entity.is_none() && token.kind == TokenKind::Word && next_is_word()
        {
            // "Israeli regime", "Palestinian-Israeli conflict": a demonym
            // before a noun is an adjective.
            return None;
        }
        if *emitted_name != Some(name.span) {
            self.close_segment();
            if let Some(word) = name.entity {
                // A name opens a segment and may lead a phrase ("US
                // soldiers", "Qantas maintenance workers"); a name of
                // several words that ends inside a hyphenated word takes
                // the rest of the word with it ("New York-based bank").
                let mut span = name.span;
                if hyphened {
                    span.end += text[span.end..]
                        .find(|c: char| !(c.is_alphanumeric() || c == '-'))
                        .unwrap_or(text.len() - span.end);
                }
                self.out.vocab.words[word as usize].count += 1;
                self.out.items.push(Item {
                    word,
                    span,
                    sentence: index,
                    flags: HEAD | ENTITY | PROPER,
                });
            }
            *emitted_name = Some(name.span);
        }
        if token.span.end > name.span.end && forms::is_possessive(token.span.of(text)) {
            // "Pakistan's close ally": the possessive ends it.
            self.close_segment();
        }
        Some(name.entity.is_some())
    }

    /// The interned key of spelling `spelling` (written at `span`).
    #[cfg_attr(lede_abort, optimize(size))]
    fn word_of(&mut self, spelling: usize, span: Span) -> u32 {
        let mut key = self.spellings.list[spelling].key;
        if key == u32::MAX {
            forms::key(span.of(self.doc.text), &mut self.key);
            key = self.spellings.key_id(&self.key);
            self.spellings.list[spelling].key = key;
        }
        let (generation, word) = self.spellings.words[key as usize];
        if generation == self.spellings.generation {
            return word;
        }
        let Spellings { list, lowers, .. } = &mut *self.spellings;
        let entry = &mut list[spelling];
        let zipf = *entry.zipf.get_or_insert_with(|| {
            let (a, b) = entry.lower;
            lexicon::zipf(&lowers[a as usize..b as usize])
        });
        let ing = entry.shape & ENDS_ING != 0;
        let word = self.out.vocab.add(span, zipf, spelling as u32, ing);
        self.spellings.words[key as usize] = (self.spellings.generation, word);
        word
    }

    /// Sorts a word of shape `shape` and traits `traits`, after `cx`, into a
    /// class; `initial` when it opens its sentence, whose `case` it is;
    /// `following` are the tokens after it in the sentence.
    fn classify(
        &mut self,
        cx: &Context,
        shape: u32,
        traits: Traits,
        initial: bool,
        case: &mut Case,
        following: &[Token],
    ) -> Class {
        let (next, after_next) = (following.first(), following.get(1));
        if shape & ALPHABETIC == 0 {
            return Class::Break;
        }
        let word = |flags: u8| Class::Word {
            flags,
            participle: false,
        };
        if shape & ACRONYM != 0
            && (!traits.has(Traits::STOP) || shape & STOP_ACRONYM != 0)
            && !case.get().1
        {
            return word(HEAD | PROPER);
        }
        if shape & SHORT != 0 || traits.has(Traits::STOP | Traits::NEVER) {
            return Class::Break;
        }
        let vague = if traits.has(Traits::ROLE) {
            ROLE
        } else if traits.has(Traits::GENERIC) {
            GENERIC
        } else {
            0
        };
        // A capital is evidence unless it opens the sentence or the
        // sentence capitalises every word.
        if shape & UPPER_START != 0 && !initial && !case.get().0 {
            return word(HEAD | PROPER | vague);
        }
        let plural = shape & PLURAL != 0;
        let verb_shaped = shape & VERB_SHAPED != 0;
        let ed = shape & ED != 0 && !traits.has(Traits::ED_NOUN);
        // In the headline: after a singular word, after a plural one.
        let prev_singular_in_headline =
            cx.in_headline && cx.prev_shape != 0 && cx.prev_shape & PLURAL == 0;
        let prev_plural_in_headline = cx.in_headline && cx.prev_shape & PLURAL != 0;
        if cx.in_headline
            && cx.after_name
            && (plural
                || verb_shaped
                    && (!cx.after_single
                        || traits.has(Traits::HEADLINE_VERB)
                        || traits.has(Traits::PAST_AS_BASE)))
            && !self.headline_verb_next(next)
            && !(cx.prev_after_opener && self.clause_ends_with_verb(plural, following))
        {
            // Headline grammar: "Iran, Russia sign deal", "Putin hails ties"
            // (but in "Qantas shares jump", the verb comes next). A base
            // form after one person or town is no verb unless the
            // headlines' verbs have it: "Paris train station stabbing",
            // "Trump golf course attack" (but "England win", "Iran, Russia
            // sign deal"). Nor a word of a subject whose clause, opened by
            // a conjunction, ends with its verb ("as Ivory Coast crop woes
            // deepen").
            return Class::Break;
        }
        if traits.has(Traits::VERB)
            || (cx.prev_traits.has(Traits::VERB_CONTEXT) && verb_shaped)
            || (cx.prev_shape & WHO != 0 && (plural || ed))
        {
            return Class::Break;
        }
        // After "he", "she" or "it", the verb: "it coincides with", "he
        // faces charges", "it wreaked havoc", "it cost".
        if cx.after_he_she_it && (plural || verb_shaped || ed) {
            return Class::Break;
        }
        if shape & LY != 0 {
            return if traits.has(Traits::LY_NOUN) {
                word(HEAD)
            } else if traits.has(Traits::LY_ADJECTIVE) {
                word(0)
            } else {
                Class::Break
            };
        }
        if cx.after_auxiliary && !plural {
            // "was signed", "is still trying", "were inappropriate": a verb
            // or a predicate adjective (a plural may still be a noun: "are
            // victims").
            return Class::Break;
        }
        let ing = shape & ING != 0;
        if ing && (cx.prev_plural_noun || cx.after_name) {
            // "crowds buying", "people seeking asylum", "Perth aiming": a
            // participle clause.
            return Class::Break;
        }
        if cx.after_name && plural && self.object_or_number(next) {
            // "Lee faces a ban", "Acme employs 800 people": a verb after
            // its subject.
            return Class::Break;
        }
        // "the bridge carries the city", "the company employs 800 people":
        // a verb after its subject, which a determiner opened ("that" would
        // more often open a clause: "the suicide bombings that killed").
        if cx.prev_singular_after_determiner
            && plural
            && self.object_or_number(next)
            && next.is_some_and(|t| t.span.of(self.doc.text) != "that")
        {
            return Class::Break;
        }
        // "the storm hit the coast", "the company cut 300 jobs", "the storm
        // hit Sydney", "the agreement set up an inquiry": a verb whose past
        // is its base form, after its subject, a singular noun that a
        // determiner opened (before a plain noun it may still be one: "the
        // tax cut package"), or a plural one, before the clause's end too
        // ("the cuts hurt.", "budget cuts hit the poor"), or a name, before
        // an object or a name ("India beat South Africa", "Chelsea beat
        // Tottenham").
        if (cx.prev_singular_after_determiner
            || cx.prev_plural_noun
            || !cx.in_headline
                && (cx.after_name || cx.prev_singular && cx.prev_shape & UPPER_START != 0))
            && !cx.prev_possessive
            && traits.has(Traits::PAST_AS_BASE)
            && (self.object_or_number(next)
                || self.name_or_particle(next, case)
                || cx.prev_plural_noun && next.is_none_or(|t| t.kind == TokenKind::Punct))
        {
            return Class::Break;
        }
        // "the app supports languages", "the law funds factories", "Boeing
        // plans cuts": a plural between a subject, a singular noun that a
        // determiner opened or a name, and a plural noun is the subject's
        // verb (not a plural that mostly modifies a noun: "the state arms
        // deals").
        if (cx.prev_singular_after_determiner || cx.after_name)
            && !cx.prev_possessive
            && plural
            && shape & PLURAL_MODIFIER == 0
            && self.plural_noun(next)
        {
            return Class::Break;
        }
        // "the government plans to cut": the verb of a subject that a
        // determiner opened, before "to" and a verb ("the government's
        // plans to cut" are a noun, and so are "the daily flights to
        // Launceston", "the subsidies to farmers").
        if cx.prev_singular_after_determiner
            && !cx.prev_possessive
            && plural
            && next.is_some_and(|t| t.span.of(self.doc.text) == "to")
            && self.is_plain_verb(after_next)
        {
            return Class::Break;
        }
        // "inflation keeps cooling", "the bank resumes buying", "Acme starts
        // hiring": a verb that takes an "-ing" form, after its subject.
        if shape & TAKES_ING != 0
            && (cx.prev_singular || cx.after_name)
            && !cx.prev_possessive
            && self
                .word_facts(next)
                .is_some_and(|(shape, _)| shape & ING != 0)
        {
            return Class::Break;
        }
        // "officials fear the worst", "officials meet in Sydney", "laws need
        // guarantees": a base form between a plural subject and its object,
        // a preposition or a plural noun (not after an adjective that looks
        // plural, "numerous suicide bombings", nor before a function word
        // that does, "the business expectations survey was"); in a
        // headline, whose objects take no determiner, before any word in
        // lower case ("protesters storm palace", "rescuers search rubble";
        // not after a name, "Masters playoff win").
        if cx.prev_plural_noun
            && !cx.prev_possessive
            && verb_shaped
            && (self.object_or_number(next)
                || cx.prev_shape & PLURAL_MODIFIER == 0
                    && (self.is_preposition(next)
                        || self.is_particle(next)
                        || !cx.prev_traits.has(Traits::ADJECTIVE) && self.plural_noun(next)
                        || cx.in_headline
                            && cx.prev_shape & UPPER_START == 0
                            && self.content_word_in_lower_case(next)))
        {
            return Class::Break;
        }
        // "as inflation eases", "as Middle East tensions mount", "saying
        // inflation remains too high": a verb of trends that is a noun too,
        // in the form its subject wants, ends a clause that a conjunction
        // or a verb of saying opened.
        if cx.prev_after_opener
            && !cx.prev_possessive
            && (traits.has(Traits::HEADLINE_VERB) || shape & CLAUSE_VERB != 0)
            && plural != (cx.prev_shape & PLURAL != 0)
            && self.ends_clause(next, after_next)
        {
            return Class::Break;
        }
        // In the headline, any word shaped as a verb, in the form its
        // subject wants, at the end of a clause that a conjunction opened or
        // before an adjective: "as crop woes deepen", "as austerity bites",
        // "if outlook holds", "as protests turn deadly".
        if cx.in_headline
            && cx.prev_after_opener
            && !cx.prev_possessive
            && (if cx.prev_shape & PLURAL != 0 {
                verb_shaped
            } else {
                shape & S_OF_VERB != 0
            })
            && (self.ends_clause(next, after_next)
                || self.is_adjective(next)
                || self.capitalised_name(next, case))
        {
            return Class::Break;
        }
        // The same in a headline, whose subject takes no determiner, and
        // before a name too: "Microsoft deal clears UK hurdle", "heatwave
        // grips NSW".
        if prev_singular_in_headline
            && plural
            && (next.is_some_and(|t| t.kind == TokenKind::Number)
                || self.capitalised_name(next, case))
        {
            return Class::Break;
        }
        // A verb of the market headlines, in the form its subject wants:
        // "Qantas shares jump after ...", "profit beats forecasts"; and in
        // "-s" after a comma or a title in quotes ("..., Signals More
        // Hikes").
        if traits.has(Traits::HEADLINE_VERB)
            && ((prev_plural_in_headline && !plural)
                || (prev_singular_in_headline || cx.headline_after_break) && plural)
        {
            return Class::Break;
        }
        // "Senators grill Boeing CEO", "Investors eye Fed": a word in lower
        // case shaped as a verb's base form, after a plural opening the
        // sentence and before a name, is the plural's verb (not "the arms
        // deal Trump signed", whose plural opens no sentence).
        if cx.prev_plural_noun
            && cx.prev_shape & UPPER_START != 0
            && verb_shaped
            && shape & LOWER_START != 0
            && self.capitalised_name(next, case)
        {
            return Class::Break;
        }
        if ed || ing {
            // Before a determiner or a number it takes an object: "increasing
            // the level", "carrying 100 people".
            if self.object_or_number(next) {
                return Class::Break;
            }
            // "a round led by ...", "a firm owned by ...": a passive's
            // participle.
            if ed && self.word_text(next) == Some("by") {
                return Class::Break;
            }
            // After a comma, before a word in lower case, it opens a
            // clause: "..., toppling adobe homes", "..., triggering flash
            // floods" (not in a list: "mining, farming and fishing").
            if ing && cx.after_comma && cx.prev_shape == 0 && self.content_word_in_lower_case(next)
            {
                return Class::Break;
            }
            // Before a name it takes the name as its object, after a comma
            // (", joining Danish singer MØ", ", visiting Chinese
            // officials"), or modifies it ("record-breaking Roskilde
            // Festival", "Leading British scientists"): it ends no phrase.
            if ing
                && self
                    .word_text(next)
                    .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()))
                && self.named(next, case)
            {
                return if cx.after_comma && cx.prev_shape == 0 {
                    Class::Break
                } else {
                    word(0)
                };
            }
            if ed {
                return Class::Word {
                    flags: 0,
                    participle: true,
                };
            }
        }
        if traits.has(Traits::LOOSE) {
            return word(LOOSE);
        }
        if traits.has(Traits::ADJECTIVE) {
            return word(0);
        }
        word(HEAD | vague)
    }
}

/// An adverb: an "-ly" word (of shape `shape`) that is not a listed noun
/// or adjective.
#[cfg_attr(lede_abort, optimize(size))]
fn is_adverb(shape: u32, traits: Traits) -> bool {
    shape & LY != 0 && !traits.has(Traits::LY_NOUN | Traits::LY_ADJECTIVE)
}

/// After "will", "they", "not": is this plain word a verb? Not when it has
/// the shape of a plural or of a noun or adjective derivation.
fn looks_like_verb(lower: &str, traits: Traits) -> bool {
    if lower.ends_with('s') && !lower.ends_with("ss") && !lower.ends_with("us") {
        return false;
    }
    const NOUNISH: &[&str] = &[
        "tion", "sion", "ment", "ness", "ity", "ism", "ist", "ship", "hood", "ance", "ence", "er",
        "or", "ian", "ry", "ing", "ly",
    ];
    !NOUNISH.iter().any(|s| lower.ends_with(s)) && !traits.has(Traits::ADJECTIVE)
}

/// [`title_case`] of one sentence, worked out when first asked (only a
/// capitalised word or an acronym outside a name asks).
struct Case<'a> {
    text: &'a str,
    tokens: &'a [Token],
    known: Option<(bool, bool)>,
}

impl Case<'_> {
    fn get(&mut self) -> (bool, bool) {
        *self
            .known
            .get_or_insert_with(|| title_case(self.text, self.tokens))
    }
}

/// Whether a sentence is in title case ("Iran, Russia Sign Strategic
/// Partnership Deal") or all capitals, where capitals say nothing.
#[cfg_attr(lede_abort, optimize(size))]
fn title_case(text: &str, tokens: &[Token]) -> (bool, bool) {
    let mut long = 0;
    let mut capitalised = 0;
    let mut words = 0;
    let mut upper = 0;
    for t in tokens.iter().filter(|t| t.kind == TokenKind::Word) {
        // Bytes, not a str slice: no char boundaries to check (a token is
        // made of whole chars).
        let s = &text.as_bytes()[t.span.start..t.span.end];
        let (alphabetic, uppercase) = match s.first() {
            // ASCII first: no char to decode.
            Some(b) if b.is_ascii() => (b.is_ascii_alphabetic(), b.is_ascii_uppercase()),
            _ => {
                let s = t.span.of(text);
                (
                    s.starts_with(char::is_alphabetic),
                    s.starts_with(char::is_uppercase),
                )
            }
        };
        if !alphabetic {
            continue;
        }
        words += 1;
        // Once a word has a lower-case letter the sentence is not all
        // capitals, whatever the rest: no need to look at theirs.
        if upper + 1 == words && !has_lowercase(text, t.span) {
            upper += 1;
        }
        if s.len() > 3 {
            long += 1;
            if uppercase {
                capitalised += 1;
            }
        }
    }
    let all_caps = words >= 3 && upper == words;
    (
        all_caps || (long >= 3 && capitalised * 5 >= long * 4),
        all_caps,
    )
}

/// Whether `span` of `text` has a lower-case letter (ASCII bytes are told
/// without decoding; a word with other characters is read char by char).
fn has_lowercase(text: &str, span: Span) -> bool {
    for &b in &text.as_bytes()[span.start..span.end] {
        if b.is_ascii_lowercase() {
            return true;
        }
        if !b.is_ascii() {
            return span.of(text).chars().any(char::is_lowercase);
        }
    }
    false
}

/// Turns segments into candidate occurrences and counts them.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn collect_candidates(text: &str, out: &mut Scan) {
    let Scan {
        items,
        segments,
        candidates,
        index,
        vocab,
        headline,
        lead_end,
        ..
    } = out;
    // "chief operating officer": a word between two titles' words ends no
    // phrase ("chief operating").
    for segment in segments.iter() {
        let seg = &mut items[segment.start as usize..segment.end as usize];
        for k in 2..seg.len() {
            if seg[k].flags & seg[k - 2].flags & ROLE != 0 {
                seg[k - 1].flags &= !HEAD;
            }
        }
    }
    for segment in segments.iter() {
        let seg = &items[segment.start as usize..segment.end as usize];
        let growing = (segment.start as usize) < MAX_CANDIDATE_ITEMS;
        for_each_phrase(seg, |start, end| {
            let mut key = [u32::MAX; MAX_WORDS];
            for (k, item) in key.iter_mut().zip(&seg[start..end]) {
                *k = item.word;
            }
            let first = segment.start + start as u32;
            let sentence = seg[start].sentence;
            let hash = key_hash(&key);
            let id = match index.find_hashed(candidates, &key, hash) {
                Some(id) => id,
                None if growing => {
                    index.insert(candidates, hash);
                    let id = candidates.len();
                    let entity = if end - start == 1 && seg[start].flags & ENTITY != 0 {
                        vocab.words[seg[start].word as usize].entity
                    } else {
                        None
                    };
                    candidates.push(Candidate {
                        key,
                        len: end - start,
                        count: 0,
                        heads: 0,
                        first_item: first,
                        first_sentence: sentence,
                        last_sentence: sentence,
                        headline: 0,
                        lead: 0,
                        forms: [(0, 0); FORMS],
                        entity,
                    });
                    id
                }
                None => return,
            };
            let c = &mut candidates[id];
            c.count += 1;
            if end == seg.len() {
                c.heads += 1;
            }
            c.last_sentence = sentence;
            if Some(sentence) == *headline {
                c.headline += 1;
            } else if sentence < *lead_end {
                c.lead += 1;
            }
            // The text of an occurrence, as bytes (compared only, so no
            // char boundaries to check).
            let surface = |first: u32, items: &[Item]| {
                let a = items[first as usize].span.start;
                let b = items[first as usize + end - start - 1].span.end;
                &text.as_bytes()[a..b]
            };
            let this = surface(first, items);
            let slot = c
                .forms
                .iter_mut()
                .find(|f| f.1 == 0 || eq_bytes(surface(f.0, items), this));
            if let Some(form) = slot {
                if form.1 == 0 {
                    form.0 = first;
                }
                form.1 += 1;
            }
        });
    }
}

/// Calls `f(start, end)` for every stretch of `segment` that may be a
/// phrase: at most [`MAX_WORDS`] items, ending in a head, not opening with
/// a loose adjective. (A name only ever opens a segment.)
#[cfg_attr(lede_abort, optimize(size))]
pub fn for_each_phrase(segment: &[Item], mut f: impl FnMut(usize, usize)) {
    for end in 1..=segment.len() {
        if segment[end - 1].flags & HEAD != 0 {
            for_each_phrase_ending_at(segment, end, &mut f);
        }
    }
}

/// [`for_each_phrase`] for the phrases that end with item `end - 1` of
/// `segment` (a head).
#[cfg_attr(lede_abort, optimize(size))]
pub fn for_each_phrase_ending_at(segment: &[Item], end: usize, mut f: impl FnMut(usize, usize)) {
    let first = end.saturating_sub(MAX_WORDS);
    for (start, item) in segment[first..end].iter().enumerate() {
        if item.flags & LOOSE == 0 {
            f(first + start, end);
        }
    }
}
