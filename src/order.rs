//! One sort for the result's lists, for the size of the wasm.
//!
//! Every element type that a slice is sorted by brings its own copy of the
//! standard library's sort into the wasm (a stable sort's is about 5,000
//! lines of wasm text, several KB gzipped). [`sort_stable_by_key`] sorts any
//! list through the crate's one sort of `u128`s, [`sort_keys`] (which the
//! keyphrase ranking needs anyway): each item becomes its key (at most 95 bits) with
//! its index below it, so no two keys are equal and the order is the stable
//! one; the items are then moved into that order, cycle by cycle.

use crate::bare::prelude::*;

/// Lists up to this long are sorted in place, by insertion.
const SHORT: usize = 16;

/// Sorts `items` by `key`, keeping the order of items with equal keys. A
/// key must fit in 95 bits (`key(item) < 1 << 95`).
#[cfg_attr(lede_abort, optimize(size))]
pub(crate) fn sort_stable_by_key<T>(items: &mut [T], key: impl Fn(&T) -> u128) {
    if items.len() < 2 {
        return;
    }
    if items.len() <= SHORT {
        // Insertion, which is stable and takes little code, each key
        // worked out once.
        let mut keys = [0u128; SHORT];
        for i in 0..items.len() {
            let k = key(&items[i]);
            let mut j = i;
            while j > 0 && keys[j - 1] > k {
                keys[j] = keys[j - 1];
                j -= 1;
            }
            keys[j] = k;
            if j < i {
                items[j..=i].rotate_right(1);
            }
        }
        return;
    }
    debug_assert!(u32::try_from(items.len()).is_ok());
    let mut order: Vec<u128> = items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let k = key(item);
            debug_assert!(k >> 95 == 0, "a key wider than 95 bits");
            k << 32 | i as u128
        })
        .collect();
    sort_keys(&mut order);
    // Position `to` takes the item at `from(to)`: each cycle of that
    // permutation is followed once, swapping as it goes; a moved item's
    // entry is marked with the high bit (above the key's 95 and the
    // index's 32).
    const DONE: u128 = 1 << 127;
    let from = |order: &[u128], to: usize| (order[to] as u32) as usize;
    for start in 0..items.len() {
        if order[start] & DONE != 0 {
            continue;
        }
        let mut to = start;
        loop {
            let next = from(&order, to);
            order[to] |= DONE;
            if next == start {
                break;
            }
            items.swap(to, next);
            to = next;
        }
    }
}

/// A key (of 64 bits) that orders as [`f64::total_cmp`] does.
#[cfg_attr(lede_abort, optimize(size))]
pub(crate) fn f64_key(x: f64) -> u128 {
    let bits = x.to_bits();
    u128::from(if bits >> 63 == 1 {
        !bits
    } else {
        bits | 1 << 63
    })
}

/// Moves the `k` smallest of `keys` (which are distinct) to its front, in
/// no particular order, the rest after them: what `select_nth_unstable`
/// does, without bringing the standard library's selection code (about
/// 1.5 KB gzipped) into the wasm. Quickselect on the median of three; past
/// a budget of rounds twice the bits of the length (a bad run of pivots,
/// which distinct keys from a text make unlikely), the rest is sorted
/// whole, so the cost stays within that of a sort.
#[cfg_attr(lede_abort, optimize(size))]
pub(crate) fn select_smallest(keys: &mut [u128], k: usize) {
    let (mut lo, mut hi) = (0, keys.len());
    if k >= hi {
        return;
    }
    let mut budget = rounds(hi);
    // Invariant: keys[..lo] < keys[lo..hi] < keys[hi..], lo <= k <= hi.
    while hi - lo > SHORT {
        if budget == 0 {
            break;
        }
        budget -= 1;
        let i = lo + partition(&mut keys[lo..hi]);
        match k.cmp(&i) {
            core::cmp::Ordering::Less => hi = i,
            core::cmp::Ordering::Greater => lo = i + 1,
            core::cmp::Ordering::Equal => return,
        }
    }
    sort_keys(&mut keys[lo..hi]);
}

/// Sorts `keys` in ascending order, as `sort_unstable` does: the one sort
/// of the crate, in one copy, for the wasm's size (the standard library's
/// sort of `u128` was 5.8 KB of the wasm, and its insertion sort of short
/// lists was inlined where it was called). Quicksort on the median of
/// three, recursing into the shorter side; lists of up to [`SHORT`] by
/// insertion; past a budget of rounds twice the bits of the length (many
/// equal keys, or a bad run of pivots), heapsort, so the cost stays
/// O(n log n) whatever the keys.
#[inline(never)]
pub(crate) fn sort_keys(keys: &mut [u128]) {
    quicksort(keys, rounds(keys.len()));
}

/// The rounds of partitioning allowed on a list of `len`.
#[cfg_attr(lede_abort, optimize(size))]
fn rounds(len: usize) -> u32 {
    2 * (usize::BITS - len.leading_zeros())
}

fn quicksort(mut keys: &mut [u128], mut budget: u32) {
    loop {
        if keys.len() <= SHORT {
            insertion_sort(keys);
            return;
        }
        if budget == 0 {
            heapsort(keys);
            return;
        }
        budget -= 1;
        let i = partition(keys);
        let (left, right) = keys.split_at_mut(i);
        let right = &mut right[1..];
        if left.len() < right.len() {
            quicksort(left, budget);
            keys = right;
        } else {
            quicksort(right, budget);
            keys = left;
        }
    }
}

/// Sorts a short list in ascending order by insertion: little code, for
/// [`quicksort`]'s short lists and a keyphrase's few stems (`u64`s,
/// which a sort of their own would bring into the wasm).
#[cfg_attr(lede_abort, optimize(size))]
pub(crate) fn insertion_sort<T: Copy + PartialOrd>(keys: &mut [T]) {
    for i in 1..keys.len() {
        let k = keys[i];
        let mut j = i;
        while j > 0 && keys[j - 1] > k {
            keys[j] = keys[j - 1];
            j -= 1;
        }
        keys[j] = k;
    }
}

/// Partitions `keys` (at least three) around the median of its first,
/// middle and last: returns `i` with keys[..i] < keys[i] <= keys[i + 1..].
fn partition(keys: &mut [u128]) -> usize {
    let n = keys.len();
    let (a, b, c) = (keys[0], keys[n / 2], keys[n - 1]);
    let pivot = a.max(b).min(a.min(b).max(c));
    let mut i = 0;
    for j in 0..n {
        if keys[j] < pivot {
            keys.swap(i, j);
            i += 1;
        }
    }
    // The pivot, the least of keys[i..], to position i.
    if let Some(p) = (i..n).find(|&p| keys[p] == pivot) {
        keys.swap(i, p);
    }
    i
}

#[cfg_attr(lede_abort, optimize(size))]
fn heapsort(keys: &mut [u128]) {
    #[cfg_attr(lede_abort, optimize(size))]
    fn sift(keys: &mut [u128], mut root: usize, end: usize) {
        loop {
            let mut child = 2 * root + 1;
            if child >= end {
                return;
            }
            if child + 1 < end && keys[child] < keys[child + 1] {
                child += 1;
            }
            if keys[root] >= keys[child] {
                return;
            }
            keys.swap(root, child);
            root = child;
        }
    }
    let n = keys.len();
    for i in (0..n / 2).rev() {
        sift(keys, i, n);
    }
    for end in (1..n).rev() {
        keys.swap(0, end);
        sift(keys, 0, end);
    }
}

/// Position `n`, a byte offset, as a key part of [`OFFSET_BITS`] bits
/// (offsets are far below that).
#[cfg_attr(lede_abort, optimize(size))]
pub(crate) fn offset_key(n: usize) -> u128 {
    (n as u128).min((1 << OFFSET_BITS) - 1)
}

pub(crate) const OFFSET_BITS: u32 = 47;

/// The key of a span, first by start, then the longer first.
#[cfg_attr(lede_abort, optimize(size))]
pub(crate) fn span_key(start: usize, end: usize) -> u128 {
    offset_key(start) << OFFSET_BITS | ((1 << OFFSET_BITS) - 1 - offset_key(end))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small generator (xorshift), so that the tests need no crate.
    fn numbers(mut seed: u64) -> impl FnMut() -> u64 {
        move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        }
    }

    #[test]
    fn sorts_as_the_stable_sort_does() {
        let mut next = numbers(0x9E37_79B9_7F4A_7C15);
        for len in [0, 1, 2, 3, 5, 8, 17, 100, 1000] {
            let items: Vec<(u64, usize)> = (0..len).map(|i| (next() % 7, i)).collect();
            let mut ours = items.clone();
            sort_stable_by_key(&mut ours, |&(k, _)| u128::from(k));
            let mut theirs = items.clone();
            theirs.sort_by_key(|&(k, _)| k);
            assert_eq!(ours, theirs, "{len}");
            // Descending, on 95 bits.
            let mut ours = items.clone();
            sort_stable_by_key(&mut ours, |&(k, _)| ((1u128 << 95) - 1) - u128::from(k));
            let mut theirs = items;
            theirs.sort_by_key(|&(k, _)| core::cmp::Reverse(k));
            assert_eq!(ours, theirs, "{len}");
        }
    }

    #[test]
    fn selects_the_smallest_as_the_standard_library_does() {
        let mut next = numbers(0x2545_F491_4F6C_DD1D);
        for len in [0usize, 1, 2, 16, 17, 40, 100, 1000, 5000] {
            // Distinct keys, as the callers' are (an index in the low bits),
            // shuffled, sorted and sorted backwards.
            let shuffled: Vec<u128> = (0..len)
                .map(|i| u128::from(next() % 50) << 32 | i as u128)
                .collect();
            let mut sorted = shuffled.clone();
            sorted.sort_unstable();
            let reversed: Vec<u128> = sorted.iter().rev().copied().collect();
            for keys in [shuffled, sorted.clone(), reversed] {
                for k in [0, 1, len / 3, len / 2, len.saturating_sub(1), len, len + 3] {
                    let mut ours = keys.clone();
                    select_smallest(&mut ours, k);
                    let k = k.min(len);
                    let mut head = ours[..k].to_vec();
                    head.sort_unstable();
                    assert_eq!(head, sorted[..k], "{len} {k}");
                    let mut tail = ours[k..].to_vec();
                    tail.sort_unstable();
                    assert_eq!(tail, sorted[k..], "{len} {k}");
                }
            }
        }
    }

    #[test]
    fn sorts_keys_as_the_standard_library_does() {
        let mut next = numbers(0x5851_F42D_4C95_7F2D);
        for len in [0usize, 1, 2, 3, 15, 16, 17, 18, 33, 100, 1000, 20_000] {
            // Distinct, few distinct values (many equal keys), all equal,
            // and wide keys; each shuffled, sorted and sorted backwards.
            let lists: [Vec<u128>; 4] = [
                (0..len)
                    .map(|i| u128::from(next()) << 32 | i as u128)
                    .collect(),
                (0..len).map(|_| u128::from(next() % 5)).collect(),
                vec![7; len],
                (0..len)
                    .map(|_| u128::from(next()) << 64 | u128::from(next()))
                    .collect(),
            ];
            for list in lists {
                let mut sorted = list.clone();
                sorted.sort_unstable();
                let reversed: Vec<u128> = sorted.iter().rev().copied().collect();
                for keys in [list, sorted.clone(), reversed] {
                    let mut ours = keys;
                    sort_keys(&mut ours);
                    assert_eq!(ours, sorted, "{len}");
                }
            }
        }
        // Heapsort, which a budget of no rounds goes to at once.
        let mut keys: Vec<u128> = (0..500).map(|_| u128::from(next() % 300)).collect();
        let mut sorted = keys.clone();
        sorted.sort_unstable();
        quicksort(&mut keys, 0);
        assert_eq!(keys, sorted);
    }

    #[test]
    fn f64_keys_order_as_total_cmp() {
        let xs = [
            f64::NEG_INFINITY,
            -1e300,
            -2.5,
            -0.0,
            0.0,
            f64::MIN_POSITIVE,
            1.0,
            7.25,
            f64::INFINITY,
        ];
        for a in xs {
            for b in xs {
                assert_eq!(f64_key(a).cmp(&f64_key(b)), a.total_cmp(&b), "{a} {b}");
            }
        }
    }
}
