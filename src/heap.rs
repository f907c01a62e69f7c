//! The wasm build's general allocator, under `crate::pool`: it serves what
//! the pool's lists do not (blocks over 32 KB, over-aligned blocks, the
//! blocks a list is refilled with or gives back), in place of the standard
//! library's dlmalloc.
//!
//! Why: size. With dlmalloc, the wasm was 399,731 bytes gzipped, 269
//! under its budget; with this, 397,170 (measured 2026-12-05). Once the
//! pool serves the small blocks, little of dlmalloc's code is needed, and
//! this does the rest in 359 bytes gzipped more than a bump allocator that
//! never frees would take: blocks with a header, free blocks on doubly
//! linked lists by power of two of their size, and neighbours merged when
//! freed, so memory freed by one analysis serves the next whatever the
//! sizes it asks for. The steady wasm pass over the bench corpus costs
//! 252.11M instructions against 251.89M, and a 10 MB text still runs at
//! the speed of the corpus.
//!
//! Invariants:
//! - Memory comes in regions, each got at once from [`Grow`] (wasm's
//!   `memory.grow`) and ending in a sentinel: a used block of size 0. A
//!   region got right after the last one continues it (the old sentinel
//!   becomes the first bytes of the new space).
//! - Every block starts with a [`HEADER`]-byte header: its size (a multiple
//!   of 8, at least [`MIN_BLOCK`]) with [`FREE`] and [`PREV_FREE`] in its
//!   low bits. A block's payload starts right after its header, so it is
//!   8-aligned.
//! - A free block holds its bin's next and previous block after the header
//!   and its size in its last word, and is on the list of bin
//!   floor(log2(size)); `nonempty` has a bit for each bin whose list has a
//!   block. The block after a free block has `PREV_FREE` set; two free
//!   blocks are never neighbours (freeing merges them).

use core::mem::size_of;
use core::ptr;

/// The bytes before a block's payload.
const HEADER: usize = 8;
/// The smallest block: a header, two links and a footer fit.
const MIN_BLOCK: usize = 32;
/// Header bit: the block is free.
const FREE: usize = 1;
/// Header bit: the block before this one is free (its footer holds its
/// size).
const PREV_FREE: usize = 2;
const WORD: usize = size_of::<usize>();
const BINS: usize = usize::BITS as usize;

/// Where regions of memory come from.
pub trait Grow {
    /// A new region of at least `bytes` bytes (its start and length, both
    /// multiples of 8), or `None` when there is no more memory.
    fn grow(&mut self, bytes: usize) -> Option<(usize, usize)>;
}

/// wasm's linear memory, grown 64 KB pages at a time.
#[cfg(target_arch = "wasm32")]
pub struct Memory;

#[cfg(target_arch = "wasm32")]
impl Grow for Memory {
    #[cfg_attr(lede_abort, optimize(size))]
    fn grow(&mut self, bytes: usize) -> Option<(usize, usize)> {
        const PAGE: usize = 65536;
        let pages = bytes.checked_add(PAGE - 1)? / PAGE;
        let first = core::arch::wasm32::memory_grow(0, pages);
        (first != usize::MAX).then(|| (first * PAGE, pages * PAGE))
    }
}

pub struct Heap<G: Grow> {
    bins: [*mut u8; BINS],
    nonempty: usize,
    /// The end of the last region got (0 before the first).
    end: usize,
    source: G,
}

#[inline]
unsafe fn word(p: *mut u8) -> usize {
    (p as *mut usize).read()
}

#[inline]
unsafe fn set_word(p: *mut u8, v: usize) {
    (p as *mut usize).write(v)
}

#[inline]
unsafe fn block_size(b: *mut u8) -> usize {
    word(b) & !7
}

#[inline]
unsafe fn next_link(b: *mut u8) -> *mut u8 {
    word(b.add(HEADER)) as *mut u8
}

#[inline]
unsafe fn prev_link(b: *mut u8) -> *mut u8 {
    word(b.add(HEADER + WORD)) as *mut u8
}

#[cfg_attr(lede_abort, optimize(size))]
fn bin(size: usize) -> usize {
    (usize::BITS - 1 - size.leading_zeros()) as usize
}

impl<G: Grow> Heap<G> {
    pub const fn new(source: G) -> Self {
        Heap {
            bins: [ptr::null_mut(); BINS],
            nonempty: 0,
            end: 0,
            source,
        }
    }

    /// Marks `b` free with size `s`, writes its footer, tells the next
    /// block, and puts it first on its bin's list. The block before it must
    /// not be free.
    unsafe fn insert(&mut self, b: *mut u8, s: usize) {
        set_word(b, s | FREE);
        set_word(b.add(s - WORD), s);
        let after = b.add(s);
        set_word(after, word(after) | PREV_FREE);
        let i = bin(s);
        let head = self.bins[i];
        set_word(b.add(HEADER), head as usize);
        set_word(b.add(HEADER + WORD), 0);
        if !head.is_null() {
            set_word(head.add(HEADER + WORD), b as usize);
        }
        self.bins[i] = b;
        self.nonempty |= 1 << i;
    }

    /// Takes free block `b` off its bin's list (its header still says free).
    unsafe fn unlink(&mut self, b: *mut u8) {
        let (next, prev) = (next_link(b), prev_link(b));
        if !next.is_null() {
            set_word(next.add(HEADER + WORD), prev as usize);
        }
        if prev.is_null() {
            let i = bin(block_size(b));
            self.bins[i] = next;
            if next.is_null() {
                self.nonempty &= !(1 << i);
            }
        } else {
            set_word(prev.add(HEADER), next as usize);
        }
    }

    /// A free block of at least `need` bytes, off its list; `None` when
    /// memory cannot grow.
    unsafe fn take(&mut self, need: usize) -> Option<*mut u8> {
        loop {
            let i = bin(need);
            // First fit in the bin of the size, where blocks may be smaller.
            let mut b = self.bins[i];
            while !b.is_null() {
                if block_size(b) >= need {
                    self.unlink(b);
                    return Some(b);
                }
                b = next_link(b);
            }
            // Any block of a bin above is large enough.
            let above = self.nonempty & !(usize::MAX >> (BINS - 1 - i));
            if above != 0 {
                let b = self.bins[above.trailing_zeros() as usize];
                self.unlink(b);
                return Some(b);
            }
            self.add_region(need)?;
        }
    }

    /// Gets a region where a block of `need` bytes fits, and frees it as a
    /// block (merged with the free end of the last region, when it
    /// continues it).
    #[cold]
    unsafe fn add_region(&mut self, need: usize) -> Option<()> {
        let (start, len) = self.source.grow(need.checked_add(2 * HEADER)?)?;
        let (mut b, mut s) = if start == self.end && start != 0 {
            // The old sentinel becomes the new block's first bytes.
            (start - HEADER, len)
        } else {
            (start, len - HEADER)
        };
        self.end = start + len;
        // The sentinel: a used block of size 0.
        set_word((b + s) as *mut u8, 0);
        // Continuing a region whose last block is free: one block.
        if b + HEADER == start && word(b as *mut u8) & PREV_FREE != 0 {
            let before = word((b - WORD) as *mut u8);
            b -= before;
            s += before;
            self.unlink(b as *mut u8);
        }
        self.insert(b as *mut u8, s);
        Some(())
    }

    /// Makes free block `b` (off its list, the block before it free when
    /// `prev_free`) a used block of `need` bytes, freeing what is left when
    /// a block fits in it; returns its payload.
    unsafe fn use_block(&mut self, b: *mut u8, need: usize, prev_free: usize) -> *mut u8 {
        let s = block_size(b);
        if s - need >= MIN_BLOCK {
            set_word(b, need | prev_free);
            self.insert(b.add(need), s - need);
        } else {
            set_word(b, s | prev_free);
            let after = b.add(s);
            set_word(after, word(after) & !PREV_FREE);
        }
        b.add(HEADER)
    }

    /// A block of `size` bytes aligned to `align` (a power of two), or null.
    pub unsafe fn alloc(&mut self, size: usize, align: usize) -> *mut u8 {
        let Some(need) = size
            .checked_add(HEADER + 7)
            .map(|n| (n & !7).max(MIN_BLOCK))
        else {
            return ptr::null_mut();
        };
        if align <= 8 {
            return match self.take(need) {
                Some(b) => self.use_block(b, need, 0),
                None => ptr::null_mut(),
            };
        }
        // Over-aligned: room to move the payload up to an aligned address,
        // leaving a free block (or nothing) before it.
        let Some(room) = need.checked_add(2 * align + MIN_BLOCK) else {
            return ptr::null_mut();
        };
        let Some(b) = self.take(room) else {
            return ptr::null_mut();
        };
        let start = b as usize;
        let mut payload = (start + HEADER + align - 1) & !(align - 1);
        while payload - HEADER - start != 0 && payload - HEADER - start < MIN_BLOCK {
            payload += align;
        }
        let gap = payload - HEADER - start;
        if gap == 0 {
            return self.use_block(b, need, 0);
        }
        let s = block_size(b);
        let used = b.add(gap);
        set_word(used, s - gap);
        self.insert(b, gap);
        self.use_block(used, need, PREV_FREE)
    }

    /// Frees the block whose payload is `p`, merged with free neighbours.
    pub unsafe fn dealloc(&mut self, p: *mut u8) {
        let mut b = p.sub(HEADER);
        let mut s = block_size(b);
        let after = b.add(s);
        if word(after) & FREE != 0 {
            self.unlink(after);
            s += block_size(after);
        }
        if word(b) & PREV_FREE != 0 {
            let before = word(b.sub(WORD));
            b = b.sub(before);
            self.unlink(b);
            s += before;
        }
        self.insert(b, s);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::alloc::{alloc, Layout};

    /// Regions carved from one big block, each `step` pages of 64 KB or
    /// more; every `gap_every`-th region is not right after the one before.
    struct Arena {
        next: usize,
        end: usize,
        got: usize,
        gap_every: usize,
        regions: Vec<(usize, usize)>,
    }

    impl Arena {
        fn new(bytes: usize, gap_every: usize) -> Arena {
            let start = unsafe { alloc(Layout::from_size_align(bytes, 65536).unwrap()) } as usize;
            assert_ne!(start, 0);
            Arena {
                next: start,
                end: start + bytes,
                got: 0,
                gap_every,
                regions: Vec::new(),
            }
        }
    }

    impl Grow for Arena {
        fn grow(&mut self, bytes: usize) -> Option<(usize, usize)> {
            let len = bytes.div_ceil(65536) * 65536;
            self.got += 1;
            if self.got % self.gap_every == 0 {
                self.next += 65536;
            }
            if self.next + len > self.end {
                return None;
            }
            let start = self.next;
            self.next += len;
            self.regions.push((start, len));
            Some((start, len))
        }
    }

    /// The free blocks on the lists, checked against the invariants: each
    /// is marked free, on the bin of its size, with its footer, no free
    /// block next to it, and the bin's bit set.
    fn free_blocks(heap: &Heap<Arena>) -> Vec<(usize, usize)> {
        let mut all = Vec::new();
        for i in 0..BINS {
            let mut b = heap.bins[i];
            assert_eq!(
                heap.nonempty & (1 << i) != 0,
                !b.is_null(),
                "bit of bin {i}"
            );
            let mut prev = ptr::null_mut();
            while !b.is_null() {
                unsafe {
                    let s = block_size(b);
                    assert!(word(b) & FREE != 0 && word(b) & PREV_FREE == 0);
                    assert_eq!(bin(s), i);
                    assert_eq!(word(b.add(s - WORD)), s, "footer");
                    assert_eq!(prev_link(b), prev);
                    let after = b.add(s);
                    assert!(word(after) & FREE == 0 && word(after) & PREV_FREE != 0);
                    all.push((b as usize, s));
                    prev = b;
                    b = next_link(b);
                }
            }
        }
        all.sort();
        all
    }

    fn exercise(gap_every: usize, mut seed: u64) {
        let mut heap = Heap::new(Arena::new(256 << 20, gap_every));
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed as usize
        };
        let mut live: Vec<(*mut u8, usize, u8)> = Vec::new();
        for round in 0..30_000 {
            if next() % 5 < 3 || live.is_empty() {
                let size = match next() % 10 {
                    0 => next() % 400_000,
                    1..=3 => next() % 40_000,
                    _ => next() % 600,
                };
                let align = [1, 4, 8, 16, 64, 4096][next() % 6];
                let p = unsafe { heap.alloc(size, align) };
                assert!(!p.is_null());
                assert_eq!(p as usize % align, 0, "aligned");
                let fill = round as u8;
                unsafe { ptr::write_bytes(p, fill, size) };
                live.push((p, size, fill));
            } else {
                let (p, size, fill) = live.swap_remove(next() % live.len());
                let bytes = unsafe { core::slice::from_raw_parts(p, size) };
                assert!(bytes.iter().all(|&b| b == fill), "contents kept");
                unsafe { heap.dealloc(p) };
            }
            if round % 1000 == 0 {
                free_blocks(&heap);
            }
        }
        for (p, _, _) in live.drain(..) {
            unsafe { heap.dealloc(p) };
        }
        // All freed: one free block a run of regions that continue each
        // other, spanning it all but its sentinel.
        let mut runs: Vec<(usize, usize)> = Vec::new();
        for &(start, len) in &heap.source.regions {
            match runs.last_mut() {
                Some(run) if run.0 + run.1 == start => run.1 += len,
                _ => runs.push((start, len)),
            }
        }
        let expected: Vec<_> = runs
            .iter()
            .map(|&(start, len)| (start, len - HEADER))
            .collect();
        assert_eq!(free_blocks(&heap), expected);
        assert!(
            runs.len() > 1 || gap_every > 1000,
            "the test made separate runs"
        );
        // The same requests again take no more memory.
        let grown = heap.source.regions.len();
        let p = unsafe { heap.alloc(300_000, 8) };
        let q = unsafe { heap.alloc(100, 4096) };
        unsafe {
            heap.dealloc(p);
            heap.dealloc(q);
        }
        assert_eq!(heap.source.regions.len(), grown);
        assert_eq!(free_blocks(&heap), expected);
    }

    #[test]
    fn blocks_keep_their_bytes_and_freed_neighbours_merge() {
        exercise(3, 0x9e37_79b9_7f4a_7c15);
        exercise(usize::MAX, 12345);
    }

    #[test]
    fn no_memory_left_is_a_null_pointer_not_a_panic() {
        let mut heap = Heap::new(Arena::new(1 << 20, usize::MAX));
        unsafe {
            assert!(heap.alloc(2 << 20, 8).is_null());
            assert!(heap.alloc(usize::MAX - 3, 8).is_null());
            assert!(heap.alloc(usize::MAX / 2, 64).is_null());
            let p = heap.alloc(1000, 8);
            assert!(!p.is_null());
            heap.dealloc(p);
        }
    }
}
