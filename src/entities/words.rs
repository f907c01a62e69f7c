//! Closed word lists as one hash lookup per word.
//!
//! The numeric matcher asks of most tokens whether they are in one of a
//! dozen short lists ("a number word?", "a month?", "a unit?"). Rather than
//! binary-search each list for each question, every list word is entered
//! once into a small hash table with a bit per list, and each token is
//! looked up once: the questions then test bits.

use crate::tables::lexicon::hash_ignoring_ascii_case as hash_folded;

/// Lower-case ASCII words, each with the bits of the lists that hold it.
pub struct WordClasses {
    /// Open addressing with linear probing, at most half full; `("", 0)`
    /// marks an empty slot. The length is a power of two.
    slots: Vec<(&'static str, u32)>,
    /// `64 - log2(slots.len())`: the hash's top bits pick the first slot.
    shift: u32,
    /// The length of the longest word: longer words are in no list and
    /// need no lookup.
    longest: usize,
}

impl WordClasses {
    /// Enters every word of every list with the list's bit. The words must
    /// be non-empty lower-case ASCII.
    pub fn new(lists: &[(&[&'static str], u32)]) -> WordClasses {
        let count: usize = lists.iter().map(|(words, _)| words.len()).sum();
        let capacity = (count * 2).max(2).next_power_of_two();
        let shift = 64 - capacity.trailing_zeros();
        let mask = capacity - 1;
        let mut slots = vec![("", 0u32); capacity];
        for &(words, bit) in lists {
            for &word in words {
                debug_assert!(!word.is_empty() && !word.bytes().any(|b| b.is_ascii_uppercase()));
                let mut slot = (hash_folded(word.as_bytes()) >> shift) as usize;
                while !slots[slot].0.is_empty() && slots[slot].0 != word {
                    slot = (slot + 1) & mask;
                }
                slots[slot].0 = word;
                slots[slot].1 |= bit;
            }
        }
        let longest = lists
            .iter()
            .flat_map(|(words, _)| words.iter().map(|w| w.len()))
            .max()
            .unwrap_or(0);
        WordClasses {
            slots,
            shift,
            longest,
        }
    }

    /// The bits of the lists holding `word`, ignoring ASCII case; 0 for a
    /// word in no list.
    pub fn get(&self, word: &str) -> u32 {
        if word.is_empty() || word.len() > self.longest {
            return 0;
        }
        let mask = self.slots.len() - 1;
        let mut slot = (hash_folded(word.as_bytes()) >> self.shift) as usize;
        loop {
            let (stored, bits) = self.slots[slot];
            if stored.is_empty() {
                return 0;
            }
            if stored.eq_ignore_ascii_case(word) {
                return bits;
            }
            slot = (slot + 1) & mask;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups_fold_ascii_case_and_merge_bits() {
        let classes = WordClasses::new(&[(&["may", "march"], 1), (&["may", "might"], 2)]);
        assert_eq!(classes.get("May"), 3);
        assert_eq!(classes.get("MARCH"), 1);
        assert_eq!(classes.get("might"), 2);
        assert_eq!(classes.get("mays"), 0);
        assert_eq!(classes.get(""), 0);
        assert_eq!(classes.get("Mäy"), 0);
    }
}
