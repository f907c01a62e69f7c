//! Word numbers: [`number`] gives every word token of a document
//! ([`TokenKind::Word`]) the number of its spelling in a per-thread
//! [`Interner`], so that the later stages' per-spelling caches (the word
//! shapes of [`crate::stats`], the spellings of the keyphrase scan) are
//! arrays indexed by that number ([`ByWord`]) rather than hash tables each
//! stage looks the word up in again.
//!
//! Why: those lookups are memory-bound. A table of thousands of words is
//! larger than a core's cache, so each lookup of a less common word costs
//! a cache miss or two, and each stage paid them again for every token.
//! Now one lookup per word token, here, pays them once; what the stages
//! read by number is a few bytes per word, in arrays that stay in cache.
//!
//! Invariants:
//! - A number names one spelling for as long as the numbering's epoch
//!   ([`Document::word_epoch`]) lasts. The numbering is emptied (and the
//!   epoch moves on) only when a document's new words would take it past
//!   [`MAX_WORDS`] spellings or [`MAX_BYTES`] bytes of them, and that
//!   document is then numbered again from the start; so its memory is
//!   bounded by those and the largest document, and all the numbers of one
//!   document belong to one epoch.
//! - A [`ByWord`] holds values for one epoch; given a document of another
//!   epoch, it forgets them all first. Its values must be functions of the
//!   spelling alone, so that they can never change a result.
//!
//! [`Document::word_epoch`]: super::Document::word_epoch

use crate::bare::prelude::*;
use core::cell::RefCell;

use super::{Token, TokenKind};
use crate::hash::{eq_bytes, Interner};

/// The number of a token that is not a [`TokenKind::Word`].
pub const NO_WORD: u32 = u32::MAX;

/// Past this many spellings, the numbering is emptied before the next
/// document (the 300-article bench corpus has about 9,300).
const MAX_WORDS: usize = 1 << 14;
/// Past this many bytes of spellings, likewise.
const MAX_BYTES: usize = 1 << 18;
/// Words looked up a batch (see [`number`]): enough reads under way to
/// hide most of the wait for memory, few enough to stay in the first-level
/// cache until their lookups.
const AHEAD: usize = 32;

struct Numbering {
    spellings: Table,
    epoch: u32,
}

per_thread! {
    static NUMBERING: RefCell<Numbering> = const {
        RefCell::new(Numbering {
            spellings: Table::new(),
            epoch: 1,
        })
    };
}

/// Sets [`Token::word`] of every word token of `tokens` (all of one
/// document, whose text is `text`) to the number of its spelling (the
/// other tokens keep [`NO_WORD`], as the tokenizer makes them). Returns the
/// epoch the numbers belong to.
#[cfg_attr(lede_abort, optimize(size))]
pub(crate) fn number(text: &str, tokens: &mut [Token]) -> u32 {
    NUMBERING.with_borrow_mut(|numbering| {
        let spellings = &mut numbering.spellings;
        if spellings.capacity() == 0 {
            // At full size on first use, so that it never grows with the
            // words seen later (wasm linear memory never shrinks).
            *spellings = Table::with_capacity(MAX_WORDS, MAX_BYTES);
        }
        // A document whose new words would take a numbering that holds
        // earlier documents' past its bounds empties it and is numbered
        // again from the start (what it numbered so far is forgotten with
        // the rest). So the numbers, and the caches by number, stay below
        // `MAX_WORDS` unless one document has more spellings on its own,
        // and a long document of known words (a 100 KB article has more
        // tokens than `MAX_WORDS`, but a few thousand spellings) keeps
        // the caches of the epoch.
        let bounded = spellings.len() > 0;
        if !number_all(spellings, text, tokens, bounded) {
            spellings.clear();
            numbering.epoch = numbering.epoch.wrapping_add(1).max(1);
            number_all(spellings, text, tokens, false);
        }
        numbering.epoch
    })
}

/// Numbers the word tokens of `tokens`, a batch at a time: the hashes of a
/// batch first, and the slots they lead to read ahead ([`Table::warm`]),
/// then the lookups. With `bounded`, stops and returns `false` before a
/// batch that might take the table past [`MAX_WORDS`] spellings or
/// [`MAX_BYTES`] bytes of them.
fn number_all(spellings: &mut Table, text: &str, tokens: &mut [Token], bounded: bool) -> bool {
    let mut batch = [(0usize, 0u64); AHEAD];
    let mut len = 0;
    let mut bytes = 0;
    let fits = |spellings: &Table, len: usize, bytes: usize| {
        !bounded
            || (spellings.len() + len <= MAX_WORDS && spellings.text_len() + bytes <= MAX_BYTES)
    };
    for i in 0..tokens.len() {
        if tokens[i].kind != TokenKind::Word {
            continue;
        }
        let span = tokens[i].span;
        batch[len] = (i, Interner::hash(&text.as_bytes()[span.start..span.end]));
        len += 1;
        bytes += span.len();
        if len == AHEAD {
            if !fits(spellings, len, bytes) {
                return false;
            }
            number_batch(spellings, text, tokens, &batch);
            len = 0;
            bytes = 0;
        }
    }
    if !fits(spellings, len, bytes) {
        return false;
    }
    number_batch(spellings, text, tokens, &batch[..len]);
    true
}

/// Numbers the word tokens `batch` gives (index, hash of its text).
fn number_batch(spellings: &mut Table, text: &str, tokens: &mut [Token], batch: &[(usize, u64)]) {
    spellings.warm(batch.iter().map(|&(_, hash)| hash));
    for &(i, hash) in batch {
        let span = tokens[i].span;
        tokens[i].word = match spellings.find(&text.as_bytes()[span.start..span.end], hash) {
            Some(id) => id,
            None => spellings.insert(span.of(text), hash),
        };
    }
}

/// The numbering's spellings: numbered in order of first sight, their
/// texts end to end in one `String`, found through an open-addressing
/// index kept at most half full. Unlike [`Interner`] (whose slot holds a
/// number only, the hash and length being in an entry beside the text),
/// each slot holds the string's hash and length beside its number, so that
/// a lookup of a string of up to [`Interner::SHORT`] bytes (most words)
/// reads one slot and nothing else: [`Interner::hash`] is one to one on
/// such strings of one length. Slots four times the size are worth it here,
/// on the one lookup a word token, not in the other interners.
struct Table {
    /// A power of two long (none before the first string).
    slots: Vec<Slot>,
    /// `64 - log2(slots.len())`: a hash's top bits pick its first slot.
    shift: u32,
    /// Per number: where its text starts in `texts`.
    starts: Vec<u32>,
    texts: String,
}

/// A slot of [`Table`]: `id` is a string's number + 1 (0: an empty slot).
#[derive(Clone, Copy, Default)]
struct Slot {
    hash: u64,
    id: u32,
    len: u32,
}

impl Table {
    const fn new() -> Table {
        Table {
            slots: Vec::new(),
            shift: 0,
            starts: Vec::new(),
            texts: String::new(),
        }
    }

    /// Room for `strings` strings of `bytes` bytes in all before anything
    /// grows.
    #[cfg_attr(lede_abort, optimize(size))]
    fn with_capacity(strings: usize, bytes: usize) -> Table {
        let mut table = Table {
            starts: Vec::with_capacity(strings),
            texts: String::with_capacity(bytes),
            ..Table::new()
        };
        table.resize((strings * 2).next_power_of_two());
        table
    }

    #[cfg_attr(lede_abort, optimize(size))]
    fn capacity(&self) -> usize {
        self.slots.len()
    }

    #[cfg_attr(lede_abort, optimize(size))]
    fn len(&self) -> usize {
        self.starts.len()
    }

    #[cfg_attr(lede_abort, optimize(size))]
    fn text_len(&self) -> usize {
        self.texts.len()
    }

    /// Forgets every string, keeping the memory.
    #[cfg_attr(lede_abort, optimize(size))]
    fn clear(&mut self) {
        self.slots.fill(Slot::default());
        self.starts.clear();
        self.texts.clear();
    }

    /// The first slot of a string of hash `hash`.
    #[cfg_attr(lede_abort, optimize(size))]
    fn home(&self, hash: u64) -> usize {
        (hash >> self.shift) as usize & (self.slots.len() - 1)
    }

    /// Reads the first slot of each of `hashes` (the hashes of strings
    /// about to be looked up), and for those longer than
    /// [`Interner::SHORT`] bytes found there, the text they will be
    /// compared with. The reads of one step depend on nothing but the
    /// hashes, so the processor has many of them under way at once, where
    /// a lookup that misses the cache waits for its read before the next
    /// one starts: in a table larger than the cache, most of the time of
    /// the lookups went to that wait (`perf`: about a fifth of the native
    /// time, with the stages each looking the words up).
    #[cfg_attr(lede_abort, optimize(size))]
    fn warm(&self, hashes: impl Iterator<Item = u64> + Clone) {
        if self.slots.is_empty() {
            return;
        }
        let mut any = 0;
        for hash in hashes.clone() {
            any ^= self.slots[self.home(hash)].id;
        }
        for hash in hashes {
            let slot = self.slots[self.home(hash)];
            if slot.hash == hash && slot.len as usize > Interner::SHORT {
                let start = self.starts[slot.id as usize - 1] as usize;
                any ^= u32::from(self.texts.as_bytes()[start]);
            }
        }
        // Keeps the reads, which nothing else uses.
        core::hint::black_box(any);
    }

    /// The number of the string of bytes `text` (of hash `hash`), if it
    /// has one.
    fn find(&self, text: &[u8], hash: u64) -> Option<u32> {
        if self.slots.is_empty() {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut i = self.home(hash);
        loop {
            let slot = self.slots[i];
            let id = slot.id.checked_sub(1)?;
            // The same hash and length are the same bytes up to `SHORT`
            // bytes, with no need to read them.
            if slot.hash == hash
                && slot.len as usize == text.len()
                && (text.len() <= Interner::SHORT || self.same_text(id, text))
            {
                return Some(id);
            }
            i = (i + 1) & mask;
        }
    }

    /// Whether string `id` is `text`, byte for byte.
    #[cfg_attr(lede_abort, optimize(size))]
    fn same_text(&self, id: u32, text: &[u8]) -> bool {
        let start = self.starts[id as usize] as usize;
        self.texts
            .as_bytes()
            .get(start..start + text.len())
            .is_some_and(|stored| eq_bytes(stored, text))
    }

    /// Numbers `text` (of hash `hash`, without a number yet): the next
    /// number.
    fn insert(&mut self, text: &str, hash: u64) -> u32 {
        if 2 * (self.starts.len() + 1) > self.slots.len() {
            self.resize((2 * self.slots.len()).max(1024));
        }
        let id = self.starts.len() as u32;
        self.starts.push(self.texts.len() as u32);
        self.texts.push_str(text);
        self.place(Slot {
            hash,
            id: id + 1,
            len: text.len() as u32,
        });
        id
    }

    /// A new index of `len` slots (a power of two) with every string in it.
    #[cfg_attr(lede_abort, optimize(size))]
    fn resize(&mut self, len: usize) {
        let old = core::mem::replace(&mut self.slots, vec![Slot::default(); len]);
        self.shift = 64 - len.trailing_zeros();
        for slot in old.into_iter().filter(|s| s.id != 0) {
            self.place(slot);
        }
    }

    /// Puts `slot` in the first free slot from its hash's own.
    fn place(&mut self, slot: Slot) {
        let mask = self.slots.len() - 1;
        let mut i = self.home(slot.hash);
        while self.slots[i].id != 0 {
            i = (i + 1) & mask;
        }
        self.slots[i] = slot;
    }
}

/// A value per word number, for the numbers of one epoch: a per-spelling
/// cache that reads no key. `unset` stands for "no value yet".
pub(crate) struct ByWord<T: Copy> {
    epoch: u32,
    values: Vec<T>,
    unset: T,
}

impl<T: Copy> ByWord<T> {
    pub const fn new(unset: T) -> ByWord<T> {
        ByWord {
            epoch: 0,
            values: Vec::new(),
            unset,
        }
    }

    /// Makes the cache hold the values of `epoch`'s numbers (forgetting
    /// every value when it held another epoch's).
    #[cfg_attr(lede_abort, optimize(size))]
    pub fn begin(&mut self, epoch: u32) {
        if self.values.capacity() == 0 {
            // At full size on first use, as the numbering.
            self.values.reserve(MAX_WORDS);
        }
        if self.epoch != epoch {
            self.values.clear();
            self.epoch = epoch;
        }
    }

    /// The epoch whose numbers its values are for (0 before the first
    /// [`ByWord::begin`]: no document has that epoch).
    #[cfg_attr(lede_abort, optimize(size))]
    pub fn epoch(&self) -> u32 {
        self.epoch
    }

    /// Forgets every value, keeping the epoch (for a cache whose values
    /// point into a table that was emptied).
    #[cfg_attr(lede_abort, optimize(size))]
    pub fn forget(&mut self) {
        self.values.clear();
    }

    /// The value of word `word`, or `unset`.
    #[inline]
    pub fn get(&self, word: u32) -> T {
        self.values
            .get(word as usize)
            .copied()
            .unwrap_or(self.unset)
    }

    /// Sets the value of word `word` (not [`NO_WORD`]).
    #[cfg_attr(lede_abort, optimize(size))]
    pub fn set(&mut self, word: u32, value: T) {
        if word == NO_WORD {
            return;
        }
        let i = word as usize;
        if i >= self.values.len() {
            self.values.resize(i + 1, self.unset);
        }
        self.values[i] = value;
    }
}

/// A cache of `u32` values, `u32::MAX` for "none yet".
impl Default for ByWord<u32> {
    #[cfg_attr(lede_abort, optimize(size))]
    fn default() -> ByWord<u32> {
        ByWord::new(u32::MAX)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Document;

    #[test]
    fn tokens_of_one_spelling_share_a_number_and_other_tokens_have_none() {
        let doc = Document::parse("The cat saw the cat. The 3 cats, THE end.");
        let word = |text: &str| {
            let numbers: Vec<u32> = doc
                .tokens
                .iter()
                .filter(|t| doc.token_text(t) == text)
                .map(|t| t.word)
                .collect();
            assert!(!numbers.is_empty(), "{text}");
            assert!(numbers.iter().all(|&n| n == numbers[0]), "{text}");
            numbers[0]
        };
        let distinct = ["The", "cat", "saw", "the", "cats", "THE", "end"].map(word);
        for (i, a) in distinct.iter().enumerate() {
            assert_ne!(*a, NO_WORD);
            assert!(!distinct[i + 1..].contains(a), "two spellings, one number");
        }
        assert_eq!(word("3"), NO_WORD);
        assert_eq!(word(","), NO_WORD);
        // A later document of the same epoch numbers the same spelling alike.
        let other = Document::parse("A cat.");
        if other.word_epoch == doc.word_epoch {
            let cat = other.tokens.iter().find(|t| other.token_text(t) == "cat");
            assert_eq!(cat.map(|t| t.word), Some(word("cat")));
        }
    }

    /// A document of more tokens than the bound but only known words
    /// keeps the epoch (and the caches by number); one whose new words
    /// would overflow the numbering starts a new epoch, numbered afresh.
    #[test]
    fn only_new_words_past_the_bound_empty_the_numbering() {
        let known: String = "the cat sat on the mat. ".repeat(MAX_WORDS / 4);
        let first = Document::parse(&known);
        let again = Document::parse(&known);
        assert!(again.tokens.len() > MAX_WORDS);
        assert_eq!(again.word_epoch, first.word_epoch);
        assert_eq!(again.tokens[1].word, first.tokens[1].word);
        // Nearly full, then a document of new words that do not fit.
        let filler: String = (0..MAX_WORDS - 100).map(|i| format!("f{i} ")).collect();
        let filled = Document::parse(&filler);
        let new: String = (0..500).map(|i| format!("n{i} n{i} ")).collect();
        let doc = Document::parse(&new);
        assert_ne!(doc.word_epoch, filled.word_epoch);
        // Numbered from the start of the new epoch: its first word is 0,
        // and each spelling has one number.
        assert_eq!(doc.tokens[0].word, 0);
        for pair in doc.tokens.chunks(2) {
            assert_eq!(pair[0].word, pair[1].word);
        }
        assert!(doc.tokens.iter().all(|t| (t.word as usize) < 500));
    }

    #[test]
    fn a_full_numbering_is_emptied_before_a_document_and_the_epoch_moves_on() {
        let text: String = (0..MAX_WORDS + 10).map(|i| format!("w{i} ")).collect();
        let big = Document::parse(&text);
        // All the words of one document are numbered, however many.
        let last = big.tokens.iter().rev().find(|t| t.kind == TokenKind::Word);
        assert!(last.is_some_and(|t| t.word as usize >= MAX_WORDS));
        let next = Document::parse("w0 again");
        assert_ne!(next.word_epoch, big.word_epoch);
        assert_eq!(next.tokens[0].word, 0);
    }

    /// The caches by number are sized for `MAX_WORDS` numbers: documents of
    /// fewer tokens never get a number past that, however many new words
    /// come in all.
    #[test]
    fn numbers_stay_below_the_bound_for_documents_under_it() {
        let mut epochs = std::collections::HashSet::new();
        for d in 0..400 {
            let text: String = (0..100).map(|i| format!("x{d}y{i} ")).collect();
            let doc = Document::parse(&text);
            assert!(doc.tokens.iter().all(|t| (t.word as usize) < MAX_WORDS));
            epochs.insert(doc.word_epoch);
        }
        assert!(epochs.len() > 1, "40,000 new words fill the numbering");
    }

    #[test]
    fn a_by_word_cache_forgets_its_values_for_another_epoch() {
        let mut cache = ByWord::new(0u8);
        cache.begin(7);
        cache.set(3, 9);
        assert_eq!((cache.get(3), cache.get(2), cache.get(100)), (9, 0, 0));
        cache.begin(7);
        assert_eq!(cache.get(3), 9);
        cache.begin(8);
        assert_eq!(cache.get(3), 0);
    }
}
