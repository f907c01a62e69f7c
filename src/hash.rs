//! Small, fast, unkeyed hashing and byte comparison for the hot lookups
//! (word ids, short words). The keys come from the text being analysed, so
//! crafted collisions could slow a lookup, never change a result; every
//! table that uses these is bounded.

use crate::bare::prelude::*;
use core::cmp::Ordering;
use core::hash::Hasher;

/// FxHash (as in rustc): a rotate, xor and multiply per eight bytes.
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

impl FxHasher {
    fn add(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for FxHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            self.add(load8(chunk, 0));
        }
        for &b in chunks.remainder() {
            self.add(u64::from(b));
        }
    }
    fn write_u32(&mut self, n: u32) {
        self.add(u64::from(n));
    }
    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }
}

/// A map whose keys' hashes the caller gives: the entries in order of
/// insertion, found through [`Slots`]. Smaller in wasm than the standard
/// `HashMap` (whose growing code comes in a copy per type), and it starts
/// with 16 slots, as the maps of one analysis are mostly small. Never
/// iterated, so the order of its entries can change no result.
pub(crate) struct Map<K, V> {
    slots: Slots,
    /// (hash, key, value) by number.
    entries: Vec<(u64, K, V)>,
}

impl<K, V> Default for Map<K, V> {
    fn default() -> Self {
        Map {
            slots: Slots::default(),
            entries: Vec::new(),
        }
    }
}

impl<K: PartialEq, V> Map<K, V> {
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    fn index(&self, key: &K, hash: u64) -> Option<usize> {
        let entries = &self.entries;
        self.slots
            .find(hash, |id| {
                let (h, k, _) = &entries[id as usize];
                *h == hash && k == key
            })
            .map(|id| id as usize)
    }

    /// The value of `key`, of hash `hash`.
    pub fn get(&self, key: &K, hash: u64) -> Option<&V> {
        self.index(key, hash).map(|i| &self.entries[i].2)
    }

    pub fn get_mut(&mut self, key: &K, hash: u64) -> Option<&mut V> {
        self.index(key, hash).map(|i| &mut self.entries[i].2)
    }

    /// The value of `key`, of hash `hash`, entered as `value()` if it has
    /// none.
    pub fn or_insert_with(&mut self, key: K, hash: u64, value: impl FnOnce() -> V) -> &mut V {
        let i = match self.index(&key, hash) {
            Some(i) => i,
            None => {
                let entries = &self.entries;
                self.slots
                    .make_room_from(16, entries.len(), |id| entries[id].0);
                self.slots.place(entries.len() as u32, hash);
                self.entries.push((hash, key, value()));
                self.entries.len() - 1
            }
        };
        &mut self.entries[i].2
    }
}

/// Byte-wise order, as `str` and `[u8]` order, inlined: table words are
/// short and most comparisons are decided by the first bytes, so this beats
/// a call to `memcmp` (a plain byte loop in wasm).
#[inline]
pub fn compare_bytes(a: &[u8], b: &[u8]) -> Ordering {
    for (x, y) in a.iter().zip(b) {
        if x != y {
            return x.cmp(y);
        }
    }
    a.len().cmp(&b.len())
}

/// Byte equality, inlined, eight bytes a step: the keys compared are short,
/// and a call to `memcmp` or `bcmp` is a plain byte loop in wasm (about 3% of
/// an analysis there, measured with `node --cpu-prof`).
#[inline]
pub fn eq_bytes(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    if !a
        .chunks_exact(8)
        .zip(b.chunks_exact(8))
        .all(|(x, y)| load8(x, 0) == load8(y, 0))
    {
        return false;
    }
    let tail = a.len() - a.len() % 8;
    a[tail..].iter().zip(&b[tail..]).all(|(x, y)| x == y)
}

#[cfg(test)]
#[test]
fn eq_bytes_is_slice_equality() {
    let words: [&[u8]; 7] = [
        b"",
        b"a",
        b"ab",
        b"abcdefgh",
        b"abcdefgi",
        b"abcdefghij",
        b"abcdefghik",
    ];
    for a in words {
        for b in words {
            assert_eq!(eq_bytes(a, b), a == b, "{a:?} {b:?}");
        }
    }
}

/// The eight bytes of `bytes` from `at` as a little-endian number (the
/// first byte lowest): the unit of the eight-bytes-a-step scans and hashes.
#[inline]
pub(crate) fn load8(bytes: &[u8], at: usize) -> u64 {
    let mut word = [0u8; 8];
    word.copy_from_slice(&bytes[at..at + 8]);
    u64::from_le_bytes(word)
}

/// The 1 to 8 bytes of `bytes` as a little-endian number (first byte
/// lowest, missing high bytes zero), from at most three loads rather than a
/// loop: two overlapping four-byte loads for four bytes or more (a byte
/// both cover lands in the same place from either), else the first, middle
/// and last bytes.
#[inline]
pub(crate) fn load_short(bytes: &[u8]) -> u64 {
    let n = bytes.len();
    debug_assert!((1..=8).contains(&n));
    if n >= 4 {
        let four = |at: usize| {
            u64::from(u32::from_le_bytes([
                bytes[at],
                bytes[at + 1],
                bytes[at + 2],
                bytes[at + 3],
            ]))
        };
        four(0) | four(n - 4) << (8 * (n - 4))
    } else {
        u64::from(bytes[0])
            | u64::from(bytes[n / 2]) << (8 * (n / 2))
            | u64::from(bytes[n - 1]) << (8 * (n - 1))
    }
}

#[test]
fn short_loads_match_a_byte_by_byte_fold() {
    let bytes = b"\x01\x82\x03\xf4\x05\x66\x07\x88";
    for n in 1..=8 {
        let short = &bytes[..n];
        let folded = short
            .iter()
            .rev()
            .fold(0u64, |acc, &b| (acc << 8) | u64::from(b));
        assert_eq!(load_short(short), folded, "{n} bytes");
    }
}

/// The top bit of each byte of `word` that equals `byte`, exactly (no
/// borrow runs from one byte into the next), for finding a byte eight at a
/// time: the lowest set bit marks the first such byte of a [`load8`] word.
#[inline]
pub(crate) fn bytes_equal_to(word: u64, byte: u8) -> u64 {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    let x = word ^ (0x0101_0101_0101_0101 * u64::from(byte));
    // A byte's top bit is set here when the byte is not zero.
    let nonzero = ((x & LOW7) + LOW7) | x;
    !nonzero & !LOW7
}

/// The first position in `from..to` whose byte is `a` or `b`, else `to`:
/// eight bytes at a time (lexicon table lines are a few to a few dozen
/// bytes; lines of page furniture are searched for a needle's first byte).
pub(crate) fn find_either(bytes: &[u8], from: usize, to: usize, a: u8, b: u8) -> usize {
    let mut i = from;
    while i + 8 <= to {
        let word = load8(bytes, i);
        let found = bytes_equal_to(word, a) | bytes_equal_to(word, b);
        if found != 0 {
            return i + found.trailing_zeros() as usize / 8;
        }
        i += 8;
    }
    bytes[i..to]
        .iter()
        .position(|&c| c == a || c == b)
        .map_or(to, |k| i + k)
}

/// The slots of an open-addressing hash index over numbered items, whose
/// keys live with the caller: linear probing, each slot holding an item's
/// number + 1 (0: empty). The length is a power of two and the caller keeps
/// it at most half full, so a probe always meets an empty slot.
#[derive(Default)]
pub struct Slots {
    slots: Vec<u32>,
    /// `64 - log2(slots.len())`: a hash's top bits pick its first slot.
    shift: u32,
}

impl Slots {
    /// `len` empty slots; `len` is a power of two, at least 2.
    pub fn new(len: usize) -> Slots {
        debug_assert!(len >= 2 && len.is_power_of_two());
        Slots {
            slots: vec![0; len],
            shift: 64 - len.trailing_zeros(),
        }
    }

    /// Room for `items` at most half full.
    pub fn for_items(items: usize) -> Slots {
        Slots::new((items * 2).max(2).next_power_of_two())
    }

    /// The number of slots (0 before the first [`Slots::new`]).
    pub fn len(&self) -> usize {
        self.slots.len()
    }

    /// Puts item `id`, of hash `hash`, in the first free slot from its own.
    pub fn place(&mut self, id: u32, hash: u64) {
        let mask = self.slots.len() - 1;
        let mut i = (hash >> self.shift) as usize & mask;
        while self.slots[i] != 0 {
            i = (i + 1) & mask;
        }
        self.slots[i] = id + 1;
    }

    /// Empties every slot, keeping the memory.
    pub fn clear(&mut self) {
        self.slots.fill(0);
    }

    /// Makes room for one item more than the `len` it holds, so that it
    /// stays at most half full: when it would not, twice as many slots
    /// (1024 at least), and every item `id` placed again by its hash
    /// `hash_of(id)`.
    pub fn make_room(&mut self, len: usize, hash_of: impl Fn(usize) -> u64) {
        self.make_room_from(1024, len, hash_of);
    }

    /// [`Slots::make_room`], with `least` slots (a power of two) at
    /// first.
    pub fn make_room_from(&mut self, least: usize, len: usize, hash_of: impl Fn(usize) -> u64) {
        if 2 * (len + 1) > self.slots.len() {
            *self = Slots::new((2 * self.slots.len()).max(least));
            for id in 0..len {
                self.place(id as u32, hash_of(id));
            }
        }
    }

    /// The first item, among those placed with hash `hash`'s probe
    /// sequence, for which `matches` holds.
    #[inline]
    pub fn find(&self, hash: u64, mut matches: impl FnMut(u32) -> bool) -> Option<u32> {
        if self.slots.is_empty() {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut i = (hash >> self.shift) as usize & mask;
        loop {
            let id = self.slots[i].checked_sub(1)?;
            if matches(id) {
                return Some(id);
            }
            i = (i + 1) & mask;
        }
    }
}

/// Strings numbered in order of first sight, their texts kept end to end
/// in one `String` (no allocation per string), found through [`Slots`] kept
/// at most half full. The per-spelling caches key on it: a lookup reads the
/// word in place (no key to copy), checks the stored hash before any byte,
/// and compares with [`eq_bytes`] (a derived comparison is a `memcmp`, a
/// byte loop in wasm).
#[derive(Default)]
pub(crate) struct Interner {
    /// The hash index over the numbers (empty before the first string).
    slots: Slots,
    /// Per number: its text as a range of `texts`, and its hash.
    entries: Vec<(u32, u32, u64)>,
    texts: String,
}

impl Interner {
    /// Strings of at most this many bytes (most words) are told apart by
    /// their hash alone (see [`Interner::hash`]).
    pub(crate) const SHORT: usize = 8;

    /// The hash of `bytes`: read as a few overlapping words (a word of the
    /// text, at most eight bytes, in one or two reads rather than byte by
    /// byte), then their number. The reads cover every byte, so strings of
    /// one length differ in what is hashed.
    ///
    /// Up to [`Interner::SHORT`] bytes, no two strings of one length have
    /// one hash: what is hashed is then a single number that the bytes give
    /// one to one (for a given length), then the length, and each step of
    /// [`FxHasher`] is one to one in its state (a rotate, an xor with the
    /// input, a product with an odd number). [`Interner::find`] relies on
    /// this.
    pub fn hash(bytes: &[u8]) -> u64 {
        let n = bytes.len();
        let word = |at: usize| load8(bytes, at);
        let half = |at: usize| {
            let mut half = [0u8; 4];
            half.copy_from_slice(&bytes[at..at + 4]);
            u64::from(u32::from_le_bytes(half))
        };
        let mut hasher = FxHasher::default();
        if n >= 8 {
            for at in (0..n - 8).step_by(8) {
                hasher.write_u64(word(at));
            }
            hasher.write_u64(word(n - 8));
        } else if n >= 4 {
            hasher.write_u64(half(0) | half(n - 4) << 32);
        } else if n > 0 {
            let byte = |at: usize| u64::from(bytes[at]);
            hasher.write_u64(byte(0) | byte(n / 2) << 8 | byte(n - 1) << 16);
        }
        hasher.write_usize(n);
        hasher.finish()
    }

    /// Room for `strings` strings of `bytes` bytes in all before anything
    /// grows.
    pub fn with_capacity(strings: usize, bytes: usize) -> Interner {
        Interner {
            slots: Slots::for_items(strings),
            entries: Vec::with_capacity(strings),
            texts: String::with_capacity(bytes),
        }
    }

    /// Forgets every string, keeping the memory.
    pub fn clear(&mut self) {
        self.slots.clear();
        self.entries.clear();
        self.texts.clear();
    }

    /// How many strings have numbers.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// The bytes of all the strings together.
    pub fn text_len(&self) -> usize {
        self.texts.len()
    }

    /// The number of the string of bytes `text` (of hash `hash`), if it
    /// has one.
    pub fn find(&self, text: &[u8], hash: u64) -> Option<u32> {
        self.slots.find(hash, |id| {
            let (start, end, stored) = self.entries[id as usize];
            if stored != hash {
                return false;
            }
            if text.len() <= Self::SHORT {
                // One hash, one string of a length: the same hash and
                // length are the same bytes, with no need to read them
                // (nor to touch the memory they are in).
                return (end - start) as usize == text.len();
            }
            // Bytes, not a str slice: no char boundaries to check.
            self.texts
                .as_bytes()
                .get(start as usize..end as usize)
                .is_some_and(|stored| eq_bytes(stored, text))
        })
    }

    /// Numbers `text` (of hash `hash`, without a number yet): the next
    /// number.
    pub fn insert(&mut self, text: &str, hash: u64) -> u32 {
        let entries = &self.entries;
        self.slots.make_room(entries.len(), |id| entries[id].2);
        let id = self.entries.len() as u32;
        let start = self.texts.len() as u32;
        self.texts.push_str(text);
        self.entries.push((start, self.texts.len() as u32, hash));
        self.slots.place(id, hash);
        id
    }
}

#[cfg(test)]
mod interner_tests {
    use super::Interner;

    #[test]
    fn interner_numbers_strings_in_order_of_first_sight() {
        let mut interner = Interner::default();
        let words: Vec<String> = (0..3000).map(|i| format!("w{}", i * 7919 % 3001)).collect();
        let hash = |w: &str| Interner::hash(w.as_bytes());
        for (i, w) in words.iter().enumerate() {
            assert_eq!(interner.find(w.as_bytes(), hash(w)), None);
            assert_eq!(interner.insert(w, hash(w)), i as u32);
        }
        for (i, w) in words.iter().enumerate() {
            assert_eq!(interner.find(w.as_bytes(), hash(w)), Some(i as u32));
        }
        assert_eq!(interner.find(b"absent", hash("absent")), None);
        assert_eq!(interner.len(), 3000);
        interner.clear();
        assert_eq!((interner.len(), interner.text_len()), (0, 0));
        assert_eq!(interner.find(words[0].as_bytes(), hash(&words[0])), None);
        assert_eq!(interner.insert("again", hash("again")), 0);
        assert_eq!(interner.find(b"again", hash("again")), Some(0));
    }

    /// [`Interner::find`] tells short strings of one length apart by hash
    /// alone: every string of up to three bytes over a few letters, and
    /// strings of up to eight that differ in one byte anywhere, have hashes
    /// of their own among those of their length.
    #[test]
    fn short_strings_have_hashes_of_their_own() {
        let mut seen = std::collections::HashMap::new();
        let mut check = |bytes: Vec<u8>| {
            assert!(bytes.len() <= Interner::SHORT);
            let hash = (Interner::hash(&bytes), bytes.len());
            if let Some(other) = seen.insert(hash, bytes.clone()) {
                assert_eq!(other, bytes, "one hash for two strings");
            }
        };
        let letters = [b'a', b'b', b'\'', 0, 0xff];
        check(Vec::new());
        for &a in &letters {
            check(vec![a]);
            for &b in &letters {
                check(vec![a, b]);
                for &c in &letters {
                    check(vec![a, b, c]);
                }
            }
        }
        for len in 4..=Interner::SHORT {
            for at in 0..len {
                for byte in [b'a', b'b', b'z', 0, 0x80, 0xff] {
                    let mut bytes = b"mmmmmmmm"[..len].to_vec();
                    bytes[at] = byte;
                    check(bytes);
                }
            }
        }
    }

    /// Numbered strings are found again, short and long, and a string is
    /// not found by another's hash.
    #[test]
    fn interned_strings_are_found_by_their_bytes() {
        let mut interner = Interner::default();
        let words = [
            "a",
            "ab",
            "abcd",
            "abcdefgh",
            "abcdefghi",
            "abcdefghijklmnopq",
            "",
        ];
        for (i, w) in words.iter().enumerate() {
            assert_eq!(
                interner.find(w.as_bytes(), Interner::hash(w.as_bytes())),
                None
            );
            assert_eq!(interner.insert(w, Interner::hash(w.as_bytes())), i as u32);
        }
        for (i, w) in words.iter().enumerate() {
            let hash = Interner::hash(w.as_bytes());
            assert_eq!(interner.find(w.as_bytes(), hash), Some(i as u32));
        }
        assert_eq!(interner.find(b"abce", Interner::hash(b"abce")), None);
        assert_eq!(
            interner.find(b"abcdefghj", Interner::hash(b"abcdefghj")),
            None
        );
    }
}

#[cfg(test)]
mod map_tests {
    use super::Map;

    #[test]
    fn a_map_finds_every_key_it_was_given_through_growth_and_shared_hashes() {
        let mut map: Map<u32, u32> = Map::default();
        assert!(map.is_empty());
        // Keys 0..1000, every ten sharing one hash: told apart by key.
        let hash = |k: u32| u64::from(k / 10).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        for k in 0..1000 {
            *map.or_insert_with(k, hash(k), || 0) += k;
        }
        for k in 0..1000 {
            // Entered once: the value is not made again.
            *map.or_insert_with(k, hash(k), || u32::MAX) += 1;
        }
        assert!(!map.is_empty());
        for k in 0..1000 {
            assert_eq!(map.get(&k, hash(k)), Some(&(k + 1)));
        }
        *map.get_mut(&7, hash(7)).unwrap() = 70;
        assert_eq!(map.get(&7, hash(7)), Some(&70));
        assert_eq!(map.get(&1000, hash(1000)), None);
        // A key given with another hash than its own is not found.
        assert_eq!(map.get(&5, hash(500)), None);
    }
}
