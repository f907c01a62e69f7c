//! Closed word lists as one hash lookup per word, entered at compile time.
//!
//! The numeric matcher asks of most tokens whether they are in one of a
//! dozen short lists ("a number word?", "a month?", "a unit?"). Rather than
//! binary-search each list for each question, every list word is entered
//! once into a small hash table with a bit per list, and each token is
//! looked up once: the questions then test bits. Most tokens are in no
//! list, and a bit map of the lists' (length, first letter, last letter)
//! turns most of those away before the hash is worked out. The name typer,
//! the title lookup and the keyphrase lexicon keep their lists the same way.
//!
//! The tables are worked out by const evaluation ([`WordClasses::new`] in
//! a `static`'s initializer) and compiled in as data: in wasm a fresh page
//! or process runs its first analysis as V8's baseline code, where
//! entering the lists on first use was slow and made V8 recompile the
//! builder with TurboFan while that analysis ran. So the building code is
//! `const fn` (no iterators, closures or trait calls), and the lookups,
//! which run per token, use the faster run-time loads ([`load_short`]); a
//! test checks that both give every key alike, and each table has a test
//! that compares it with its lists word by word
//! (`assert_answers_as_lists`).

use crate::hash::{eq_bytes, load_short};

/// Words, each with the bits of the lists that hold it: `N` words at most
/// (a table may hold fewer, when lists share words), `S` slots (a power of
/// two, at least 1.5 times `N`: [`slots_for`]), ASCII case ignored when
/// `IGNORE_CASE`, else words match byte for byte.
pub struct WordClasses<const N: usize, const S: usize, const IGNORE_CASE: bool> {
    /// Each distinct word with its bits and, for a word of at most eight
    /// bytes, its [`key_short`] (as bytes, so that an entry has no padding:
    /// 20 bytes in wasm, not 24); the first `len` are entered.
    words: [(&'static str, u32, [u8; 8]); N],
    len: usize,
    /// The hash index over `words`: linear probing, each slot holding a
    /// word's index + 1 (0: empty), at most two thirds full, so a probe always
    /// meets an empty slot.
    slots: [u16; S],
    /// The length of the longest word: longer words are in no list and
    /// need no lookup.
    longest: usize,
    /// A bit per [`shape_bit`] of the words: a word whose bit is clear is
    /// in no list.
    shapes: [u64; SHAPE_BITS / 64],
}

/// The slots for a table of `words` words: at most two thirds full.
pub const fn slots_for(words: usize) -> usize {
    let slots = (words.div_ceil(2) * 3).next_power_of_two();
    if slots < 2 {
        2
    } else {
        slots
    }
}

/// The total length of `lists`: room for every word they hold.
pub const fn total_len(lists: &[(&[&str], u32)]) -> usize {
    let (mut total, mut i) = (0, 0);
    while i < lists.len() {
        total += lists[i].0.len();
        i += 1;
    }
    total
}

/// The bytes of `word` (one to eight) as a little-endian number, missing
/// high bytes zero, with ASCII capitals lowered: two short words are equal
/// ignoring ASCII case when they have one length and one fold. Read in at
/// most three loads ([`load_short`]), lowered eight bytes at once.
#[inline]
#[cfg_attr(lede_abort, optimize(size))]
fn fold_short(word: &[u8]) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let x = load_short(word);
    // Per byte, with its top bit cleared (no carry leaves a byte): the top
    // bit of `x + 0x3f` is set from 'A' up, that of `x + 0x25` past 'Z'.
    let low = x & !HIGH;
    let from_a = low + ONES * u64::from(0x80 - b'A');
    let past_z = low + ONES * u64::from(0x7f - b'Z');
    let capitals = from_a & !past_z & !x & HIGH;
    x | capitals >> 2
}

/// What a word of at most eight bytes is found by: its bytes as
/// [`load_short`] reads them, folded ([`fold_short`]) when case is ignored.
#[inline]
#[cfg_attr(lede_abort, optimize(size))]
fn key_short<const IGNORE_CASE: bool>(word: &[u8]) -> u64 {
    if IGNORE_CASE {
        fold_short(word)
    } else {
        load_short(word)
    }
}

/// [`key_short`] byte by byte, for const evaluation.
const fn key_short_const(word: &[u8], ignore_case: bool) -> u64 {
    let (mut key, mut i) = (0u64, word.len());
    while i > 0 {
        i -= 1;
        let b = if ignore_case {
            word[i].to_ascii_lowercase()
        } else {
            word[i]
        };
        key = key << 8 | b as u64;
    }
    key
}

/// The hash of a word of at most eight bytes, from its [`key_short`]:
/// one product, whose top bits pick the slot.
#[inline]
const fn hash_short(key: u64, len: usize) -> u64 {
    (key ^ (len as u64) << 59).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// The hash of a word of more than eight bytes: FxHash's step over its
/// eight-byte words, the last one overlapping the one before when the
/// length is no multiple of eight, each with bit 5 of every byte set, so
/// ASCII case makes no difference to it. The same function at compile time
/// and at run time (a `const fn`: the loads are `split_first_chunk` and
/// `last_chunk`, one load each in the compiled code).
const fn hash_long(word: &[u8]) -> u64 {
    const CASE_BITS: u64 = 0x2020_2020_2020_2020;
    const fn step(h: u64, eight: &[u8; 8]) -> u64 {
        let n = u64::from_le_bytes(*eight) | CASE_BITS;
        (h.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95)
    }
    let mut h = 0;
    let mut rest = word;
    while let Some((eight, after)) = rest.split_first_chunk::<8>() {
        h = step(h, eight);
        rest = after;
    }
    if !rest.is_empty() {
        if let Some(last) = word.last_chunk::<8>() {
            h = step(h, last);
        }
    }
    h
}

/// Byte equality, ignoring ASCII case when `ignore_case`, for const
/// evaluation.
const fn same_word(a: &[u8], b: &[u8], ignore_case: bool) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        let (x, y) = (a[i], b[i]);
        if x != y && !(ignore_case && x.eq_ignore_ascii_case(&y)) {
            return false;
        }
        i += 1;
    }
    true
}

/// Lengths 1 to 16 (longer ones share the last), by 32 first and 32 last
/// bytes, folded as below.
const SHAPE_BITS: usize = 16 * 32 * 32;

/// The bit of a word's length, first and last byte, with bit 5 set and
/// all but the low five bits dropped: an ASCII letter maps to the same bit
/// in either case (a few other bytes share it, which only lets a word
/// through to the lookup). `word` is not empty.
#[inline]
const fn shape_bit(word: &[u8]) -> usize {
    const fn fold(b: u8) -> usize {
        ((b | 0x20) & 31) as usize
    }
    let len = if word.len() < 16 { word.len() } else { 16 } - 1;
    (len * 32 + fold(word[0])) * 32 + fold(word[word.len() - 1])
}

impl<const N: usize, const S: usize, const IGNORE_CASE: bool> WordClasses<N, S, IGNORE_CASE> {
    /// Where a hash's probe starts: its top bits.
    const SHIFT: u32 = 64 - S.trailing_zeros();

    /// Enters every word of every list with the list's bit. The words must
    /// be non-empty; words that are equal (ignoring ASCII case, when it is
    /// ignored) are one word, in the lists of either. (One function with
    /// the table in a local, as `const fn` could not take `&mut` before
    /// Rust 1.83, the crate's MSRV being 1.82.)
    pub const fn new(lists: &[(&[&'static str], u32)]) -> Self {
        assert!(S.is_power_of_two() && S >= 2 && 2 * S >= 3 * N && N < u16::MAX as usize);
        let mut table = WordClasses {
            words: [("", 0, [0; 8]); N],
            len: 0,
            slots: [0; S],
            longest: 0,
            shapes: [0; SHAPE_BITS / 64],
        };
        let mut list = 0;
        while list < lists.len() {
            let (words, bit) = lists[list];
            let mut w = 0;
            while w < words.len() {
                let word = words[w];
                let bytes = word.as_bytes();
                assert!(!bytes.is_empty(), "an empty word in a list");
                let (hash, key) = if bytes.len() <= 8 {
                    let key = key_short_const(bytes, IGNORE_CASE);
                    (hash_short(key, bytes.len()), key)
                } else {
                    (hash_long(bytes), 0)
                };
                let mut i = (hash >> Self::SHIFT) as usize;
                let mut entered = false;
                while table.slots[i] != 0 {
                    let id = table.slots[i] as usize - 1;
                    if same_word(table.words[id].0.as_bytes(), bytes, IGNORE_CASE) {
                        table.words[id].1 |= bit;
                        entered = true;
                        break;
                    }
                    i = (i + 1) & (S - 1);
                }
                if !entered {
                    assert!(table.len < N, "more words than the table was made for");
                    table.words[table.len] = (word, bit, key.to_le_bytes());
                    table.len += 1;
                    table.slots[i] = table.len as u16;
                    if bytes.len() > table.longest {
                        table.longest = bytes.len();
                    }
                    let shape = shape_bit(bytes);
                    table.shapes[shape / 64] |= 1 << (shape % 64);
                }
                w += 1;
            }
            list += 1;
        }
        table
    }

    /// The number of distinct words entered.
    pub const fn len(&self) -> usize {
        self.len
    }

    /// The bits of the lists holding `word`; 0 for a word in no list.
    ///
    /// The tests that turn most words away are inlined into the caller; only
    /// a word they let through is hashed, in a call.
    #[inline]
    pub fn get(&self, word: &str) -> u32 {
        if word.is_empty() || word.len() > self.longest {
            return 0;
        }
        let bit = shape_bit(word.as_bytes());
        if self.shapes[bit / 64] & (1 << (bit % 64)) == 0 {
            return 0;
        }
        self.look_up(word)
    }

    /// [`WordClasses::get`] past its filters: the hash lookup, in one
    /// function for every table ([`look_up`]; a copy per table's sizes
    /// was 700 bytes of wasm each).
    #[inline]
    fn look_up(&self, word: &str) -> u32 {
        look_up(
            &self.words[..self.len],
            &self.slots,
            Self::SHIFT,
            IGNORE_CASE,
            word,
        )
    }
}

/// A table's words, each with its bits and short key ([`WordClasses`]).
type Entries = [(&'static str, u32, [u8; 8])];

/// [`WordClasses::look_up`] in a table's `words`, `slots` and hash
/// `shift`. A word of at most eight bytes (most) is compared by its length
/// and [`key_short`], not byte by byte.
/// (The longer words go to a call of their own, which keeps this one
/// short of registers to save.)
#[inline(never)]
fn look_up(words: &Entries, slots: &[u16], shift: u32, ignore_case: bool, word: &str) -> u32 {
    let bytes = word.as_bytes();
    if bytes.len() > 8 {
        return look_up_long(words, slots, shift, ignore_case, word);
    }
    let key = if ignore_case {
        key_short::<true>(bytes)
    } else {
        key_short::<false>(bytes)
    };
    let mask = slots.len() - 1;
    let mut i = (hash_short(key, bytes.len()) >> shift) as usize;
    loop {
        let Some(id) = slots[i & mask].checked_sub(1) else {
            return 0;
        };
        let (stored, bits, stored_key) = words[id as usize];
        if u64::from_le_bytes(stored_key) == key && stored.len() == bytes.len() {
            return bits;
        }
        i = (i & mask) + 1;
    }
}

/// [`look_up`] of a word of more than eight bytes.
#[inline(never)]
fn look_up_long(words: &Entries, slots: &[u16], shift: u32, ignore_case: bool, word: &str) -> u32 {
    let mask = slots.len() - 1;
    let mut i = (hash_long(word.as_bytes()) >> shift) as usize;
    loop {
        let Some(id) = slots[i & mask].checked_sub(1) else {
            return 0;
        };
        let (stored, bits, _) = words[id as usize];
        let same = if ignore_case {
            stored.eq_ignore_ascii_case(word)
        } else {
            eq_bytes(stored.as_bytes(), word.as_bytes())
        };
        if same {
            return bits;
        }
        i = (i & mask) + 1;
    }
}

/// Asserts that `table` answers for every word of `lists` (and for the
/// words in `others`, and case variants of all) what comparing with each
/// list word does: the check on each compile-time table.
#[cfg(test)]
pub(crate) fn assert_answers_as_lists<const N: usize, const S: usize, const C: bool>(
    table: &WordClasses<N, S, C>,
    lists: &[(&[&str], u32)],
    others: &[&str],
) {
    let expected = |word: &str| -> u32 {
        let mut bits = 0;
        for &(list, bit) in lists {
            if list.iter().any(|w| {
                if C {
                    w.eq_ignore_ascii_case(word)
                } else {
                    *w == word
                }
            }) {
                bits |= bit;
            }
        }
        bits
    };
    let mut queries: Vec<String> = Vec::new();
    for word in lists.iter().flat_map(|(list, _)| list.iter()).chain(others) {
        let mut title = word.to_string();
        if let Some(first) = title.get_mut(..1) {
            first.make_ascii_uppercase();
        }
        queries.extend([
            word.to_string(),
            word.to_ascii_uppercase(),
            title,
            format!("{word}s"),
            format!("{word}\0"),
            format!("{word}é"),
            word.chars().skip(1).collect(),
        ]);
    }
    queries.extend(["", "\0", "é", "ß", "’s", "’", "\u{10ffff}"].map(String::from));
    for query in &queries {
        assert_eq!(table.get(query), expected(query), "{query:?}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_keys_are_alike_at_compile_time_and_at_run_time() {
        for b in 0..=255u8 {
            assert_eq!(fold_short(&[b]), u64::from(b.to_ascii_lowercase()), "{b}");
            let word = [b'x', b, b'Q', 0xc3, b, b'@', b'[', b];
            for n in 1..=8 {
                let lowered: Vec<u8> = word[..n].iter().map(u8::to_ascii_lowercase).collect();
                let mut bytes = [0u8; 8];
                bytes[..n].copy_from_slice(&lowered);
                let folded = u64::from_le_bytes(bytes);
                assert_eq!(fold_short(&word[..n]), folded, "{b} {n}");
                assert_eq!(key_short::<true>(&word[..n]), folded, "{b} {n}");
                assert_eq!(key_short_const(&word[..n], true), folded, "{b} {n}");
                let raw = key_short::<false>(&word[..n]);
                assert_eq!(key_short_const(&word[..n], false), raw, "{b} {n}");
                bytes = [0; 8];
                bytes[..n].copy_from_slice(&word[..n]);
                assert_eq!(raw, u64::from_le_bytes(bytes), "{b} {n}");
            }
        }
    }

    #[test]
    fn long_hash_ignores_ascii_case_and_reads_every_byte() {
        let word = b"abcdefghijklmnopq";
        for n in 9..=word.len() {
            let upper = word[..n].to_ascii_uppercase();
            assert_eq!(hash_long(&word[..n]), hash_long(&upper), "{n}");
            for at in 0..n {
                let mut other = word[..n].to_vec();
                other[at] = b'z';
                assert_ne!(hash_long(&word[..n]), hash_long(&other), "{n} {at}");
            }
        }
    }

    const MIXED_LISTS: [(&[&str], u32); 2] = [
        (&["Inc", "INC", "plc", "incorporated"], 1),
        (&["inc", "Straße", "Incorporated", "n’t"], 2),
    ];
    static MIXED: WordClasses<8, 16, true> = WordClasses::new(&MIXED_LISTS);
    static EXACT: WordClasses<8, 16, false> = WordClasses::new(&MIXED_LISTS);

    #[test]
    fn lookups_fold_ascii_case_and_merge_bits() {
        static CLASSES: WordClasses<4, 8, true> =
            WordClasses::new(&[(&["may", "march"], 1), (&["may", "might"], 2)]);
        assert_eq!(CLASSES.len(), 3);
        assert_eq!(CLASSES.get("May"), 3);
        assert_eq!(CLASSES.get("MARCH"), 1);
        assert_eq!(CLASSES.get("might"), 2);
        assert_eq!(CLASSES.get("mays"), 0);
        assert_eq!(CLASSES.get(""), 0);
        assert_eq!(CLASSES.get("Mäy"), 0);
        assert_eq!(CLASSES.get("mag"), 0);
        assert_eq!(CLASSES.get("Mightiest"), 0);
        assert_eq!(CLASSES.get("MAY\0"), 0);
        assert_eq!(MIXED.len(), 5);
        assert_eq!(MIXED.get("inc"), 3);
        assert_eq!(MIXED.get("PLC"), 1);
        assert_eq!(MIXED.get("Straße"), 2);
        assert_eq!(MIXED.get("STRAßE"), 2);
        assert_eq!(MIXED.get("STRASSE"), 0);
        assert_eq!(MIXED.get("INCORPORATED"), 3);
        assert_answers_as_lists(&MIXED, &MIXED_LISTS, &["incorporate", "n't", "x"]);
    }

    #[test]
    fn exact_lookups_heed_case() {
        assert_eq!(EXACT.len(), 8);
        assert_eq!(EXACT.get("Inc"), 1);
        assert_eq!(EXACT.get("inc"), 2);
        assert_eq!(EXACT.get("iNC"), 0);
        assert_eq!(EXACT.get("incorporated"), 1);
        assert_eq!(EXACT.get("Incorporated"), 2);
        assert_eq!(EXACT.get("INCORPORATED"), 0);
        assert_answers_as_lists(&EXACT, &MIXED_LISTS, &["incorporate", "n't", "x"]);
    }
}
