//! Closed word lists as one hash lookup per word.
//!
//! The numeric matcher asks of most tokens whether they are in one of a
//! dozen short lists ("a number word?", "a month?", "a unit?"). Rather than
//! binary-search each list for each question, every list word is entered
//! once into a small hash table with a bit per list, and each token is
//! looked up once: the questions then test bits. Most tokens are in no
//! list, and a bit map of the lists' (length, first letter, last letter)
//! turns most of those away before the hash is worked out.

use crate::hash::{load_short, Slots};
use crate::tables::lexicon::hash_ignoring_ascii_case as hash_folded;

/// Words, each with the bits of the lists that hold it, ASCII case ignored.
pub struct WordClasses {
    /// Each distinct word with its bits and, for a word of at most eight
    /// bytes, its [`fold_short`].
    words: Vec<(&'static str, u32, u64)>,
    /// The hash index over `words`.
    slots: Slots,
    /// The length of the longest word: longer words are in no list and
    /// need no lookup.
    longest: usize,
    /// A bit per [`shape_bit`] of the words: a word whose bit is clear is
    /// in no list.
    shapes: Box<[u64; SHAPE_BITS / 64]>,
}

/// The bytes of `word` (one to eight) as a little-endian number, missing
/// high bytes zero, with ASCII capitals lowered: two short words are equal
/// ignoring ASCII case when they have one length and one fold. Read in at
/// most three loads ([`load_short`]), lowered eight bytes at once.
#[inline]
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

/// The hash of a word of at most eight bytes, from its [`fold_short`]:
/// one product, whose top bits pick the slot.
#[inline]
fn hash_short(fold: u64, len: usize) -> u64 {
    (fold ^ (len as u64) << 59).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// The hash a word is entered and found by: ASCII case makes no
/// difference to it.
#[inline]
fn hash_of(word: &[u8]) -> u64 {
    if word.len() <= 8 {
        hash_short(fold_short(word), word.len())
    } else {
        hash_folded(word)
    }
}

/// Lengths 1 to 16 (longer ones share the last), by 32 first and 32 last
/// bytes, folded as below.
const SHAPE_BITS: usize = 16 * 32 * 32;

/// The bit of a word's length, first and last byte, with bit 5 set and
/// all but the low five bits dropped: an ASCII letter maps to the same bit
/// in either case (a few other bytes share it, which only lets a word
/// through to the lookup). `word` is not empty.
#[inline]
fn shape_bit(word: &[u8]) -> usize {
    let fold = |b: u8| usize::from((b | 0x20) & 31);
    let len = word.len().min(16) - 1;
    (len * 32 + fold(word[0])) * 32 + fold(word[word.len() - 1])
}

impl WordClasses {
    /// Enters every word of every list with the list's bit. The words must
    /// be non-empty; words that differ only in ASCII case are one word (in
    /// the lists of either).
    pub fn new(lists: &[(&[&'static str], u32)]) -> WordClasses {
        let count: usize = lists.iter().map(|(words, _)| words.len()).sum();
        let mut classes = WordClasses {
            words: Vec::with_capacity(count),
            slots: Slots::for_items(count),
            longest: 0,
            shapes: Box::new([0; SHAPE_BITS / 64]),
        };
        for &(words, bit) in lists {
            for &word in words {
                debug_assert!(!word.is_empty());
                let hash = hash_of(word.as_bytes());
                match classes.slots.find(hash, |i| {
                    classes.words[i as usize].0.eq_ignore_ascii_case(word)
                }) {
                    Some(i) => classes.words[i as usize].1 |= bit,
                    None => {
                        classes.slots.place(classes.words.len() as u32, hash);
                        let fold = match word.len() {
                            ..=8 => fold_short(word.as_bytes()),
                            _ => 0,
                        };
                        classes.words.push((word, bit, fold));
                        classes.longest = classes.longest.max(word.len());
                        let bit = shape_bit(word.as_bytes());
                        classes.shapes[bit / 64] |= 1 << (bit % 64);
                    }
                }
            }
        }
        classes
    }

    /// The bits of the lists holding `word`, ignoring ASCII case; 0 for a
    /// word in no list.
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

    /// [`WordClasses::get`] past its filters: the hash lookup. A word of
    /// at most eight bytes (most) is compared by its length and
    /// [`fold_short`], not byte by byte.
    /// (The longer words go to a call of their own, which keeps this one
    /// short of registers to save.)
    #[inline(never)]
    fn look_up(&self, word: &str) -> u32 {
        let bytes = word.as_bytes();
        if bytes.len() > 8 {
            return self.look_up_long(word);
        }
        let fold = fold_short(bytes);
        self.slots
            .find(hash_short(fold, bytes.len()), |i| {
                let (stored, _, stored_fold) = self.words[i as usize];
                stored_fold == fold && stored.len() == bytes.len()
            })
            .map_or(0, |i| self.words[i as usize].1)
    }

    /// [`WordClasses::look_up`] of a word of more than eight bytes.
    #[inline(never)]
    fn look_up_long(&self, word: &str) -> u32 {
        self.slots
            .find(hash_folded(word.as_bytes()), |i| {
                self.words[i as usize].0.eq_ignore_ascii_case(word)
            })
            .map_or(0, |i| self.words[i as usize].1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_short_lowers_ascii_capitals_only() {
        for b in 0..=255u8 {
            assert_eq!(fold_short(&[b]), u64::from(b.to_ascii_lowercase()), "{b}");
            let word = [b'x', b, b'Q', 0xc3, b, b'@', b'[', b];
            for n in 1..=8 {
                let lowered: Vec<u8> = word[..n].iter().map(u8::to_ascii_lowercase).collect();
                let mut bytes = [0u8; 8];
                bytes[..n].copy_from_slice(&lowered);
                assert_eq!(fold_short(&word[..n]), u64::from_le_bytes(bytes), "{b} {n}");
            }
        }
    }

    #[test]
    fn lookups_fold_ascii_case_and_merge_bits() {
        let classes = WordClasses::new(&[(&["may", "march"], 1), (&["may", "might"], 2)]);
        assert_eq!(classes.get("May"), 3);
        assert_eq!(classes.get("MARCH"), 1);
        assert_eq!(classes.get("might"), 2);
        assert_eq!(classes.get("mays"), 0);
        assert_eq!(classes.get(""), 0);
        assert_eq!(classes.get("Mäy"), 0);
        assert_eq!(classes.get("mag"), 0);
        assert_eq!(classes.get("Mightiest"), 0);
        assert_eq!(classes.get("MAY\0"), 0);
        let mixed = WordClasses::new(&[(&["Inc", "INC", "plc"], 1), (&["inc", "Straße"], 2)]);
        assert_eq!(mixed.get("inc"), 3);
        assert_eq!(mixed.get("PLC"), 1);
        assert_eq!(mixed.get("Straße"), 2);
        assert_eq!(mixed.get("STRAßE"), 2);
        assert_eq!(mixed.get("STRASSE"), 0);
    }
}
