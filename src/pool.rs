//! The memory allocator of the wasm build and of the command-line tool:
//! blocks of up to 32 KB come from free lists, one per size class, and
//! everything else from the standard allocator: `crate::heap` in the wasm
//! build (in place of the standard library's dlmalloc), the C library's
//! `malloc` natively. (Below, "the standard allocator" is whichever.)
//!
//! Why: an analysis makes and frees a few hundred small blocks (entity
//! names, mention texts, small vectors), and with dlmalloc, whose `malloc`
//! and `free` keep bins and merge neighbouring chunks, allocation took
//! about 6% of the wasm's time in a V8 profile of the bench corpus (and
//! glibc's `malloc` and `free` about 9% of the native time, sampled with
//! `perf`). Taking a block of the right size off a list, or putting it
//! back, is a few loads and stores. An analysis of a news story also makes
//! about 18 blocks of 0.5 to 32 KB (the keyphrase graph's tables, the
//! token and mention lists); from the standard allocator, their `malloc`
//! and `free` ran code and read bookkeeping that the rest of an analysis
//! never touches, missing the processor's caches each time (with them on
//! the lists too, the native core ran 4-11% faster on the bench corpus and
//! the wasm 1-3%).
//!
//! Invariants:
//! - A request of at most [`MAX_POOLED`] bytes and an alignment of at most
//!   [`ALIGN`] is served by the class of its size rounded up to a multiple
//!   of [`GRAIN`] bytes up to [`MAX_SMALL`], and to a power of two above;
//!   every block of a class is got from the standard allocator with
//!   the class's size and [`ALIGN`] ([`Pool::block`]), so any block of the
//!   class can serve any request of it, and can be given back with that
//!   layout.
//! - Bounded: a list keeps at most [`RETAIN`] bytes of free blocks (a large
//!   class's [`RETAIN_LARGE`]); a block freed past that goes back to the
//!   standard allocator. So at most 32 × 16 KB + 6 × 64 KB (896 KB) are
//!   held apart for their class,
//!   and linear memory stays bounded by what the largest input needs
//!   (`tests/wasm.rs` checks that it does not grow over many analyses).
//! - The lists are never shared between threads, so they are not locked:
//!   [`SingleThreadPool`] keeps one set, and is the global allocator only
//!   on wasm32 without the atomics feature, which has one thread;
//!   [`ThreadPool`] keeps a set per thread (a block freed on another thread
//!   than its own joins that thread's lists), for the native command-line
//!   tool, which chooses it in `src/bin/lede.rs`. The library itself sets
//!   no allocator natively: that is the program's choice. The blocks on
//!   the lists of a thread that ends stay with the process (at most 896 KB
//!   a thread; the tool's threads last as long as its run).

use core::alloc::{GlobalAlloc, Layout};
use core::cell::UnsafeCell;
use core::ptr;

/// Small sizes are rounded up to a multiple of this.
const GRAIN: usize = 16;
/// The number of small size classes: sizes up to [`MAX_SMALL`].
const SMALL_CLASSES: usize = 32;
/// The largest request served from a small class.
const MAX_SMALL: usize = GRAIN * SMALL_CLASSES;
/// The large classes: sizes above [`MAX_SMALL`] rounded up to a power of
/// two, 1 KB to [`MAX_POOLED`].
const LARGE_CLASSES: usize = 6;
/// The largest request served from the lists (32 KB).
const MAX_POOLED: usize = (2 * MAX_SMALL) << (LARGE_CLASSES - 1);
/// All classes.
const CLASSES: usize = SMALL_CLASSES + LARGE_CLASSES;
/// The most bytes of free blocks a small class's list keeps.
const RETAIN: usize = 16 * 1024;
/// The most bytes of free blocks a large class's list keeps (two blocks of
/// the largest class).
const RETAIN_LARGE: usize = 2 * MAX_POOLED;
/// The alignment of every block (what `crate::heap` gives without extra
/// work; a larger one goes to the standard allocator).
const ALIGN: usize = 8;

/// See the module documentation: with one set of lists (`PER_THREAD`
/// false) or one per thread.
pub struct Pool<const PER_THREAD: bool> {
    lists: UnsafeCell<Lists>,
}

/// One set of lists, for a program of one thread.
pub type SingleThreadPool = Pool<false>;
/// A set of lists per thread.
pub type ThreadPool = Pool<true>;

type Lists = [List; CLASSES];

const EMPTY: Lists = [List {
    head: ptr::null_mut(),
    bytes: 0,
}; CLASSES];

/// The free blocks of one class: each holds the address of the next in its
/// first bytes.
#[derive(Clone, Copy)]
pub struct List {
    head: *mut u8,
    bytes: usize,
}

per_thread! {
    /// The lists of [`ThreadPool`] on this thread (no destructor, so they
    /// can be reached for as long as the thread runs).
    static THREAD_LISTS: UnsafeCell<Lists> = const { UnsafeCell::new(EMPTY) };
}

// SAFETY: where there is one thread, the lists are only ever used on it.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
unsafe impl Sync for SingleThreadPool {}

// SAFETY: each thread uses its own lists (`THREAD_LISTS`), never `lists`.
unsafe impl Sync for ThreadPool {}

impl<const PER_THREAD: bool> Pool<PER_THREAD> {
    pub const fn new() -> Self {
        Pool {
            lists: UnsafeCell::new(EMPTY),
        }
    }

    /// The class of a request, if the lists serve it.
    #[inline]
    fn class(size: usize, align: usize) -> Option<usize> {
        if align > ALIGN {
            return None;
        }
        if size <= MAX_SMALL {
            return Some(size.saturating_sub(1) / GRAIN);
        }
        if size <= MAX_POOLED {
            // 513..=1024 is the first large class, and so on by doubling.
            let log2 = usize::BITS - (size - 1).leading_zeros();
            let first = (2 * MAX_SMALL).trailing_zeros();
            return Some(SMALL_CLASSES + (log2 - first) as usize);
        }
        None
    }

    /// The layout every block of class `class` is got and given back with.
    #[inline]
    fn block(class: usize) -> Layout {
        let size = if class < SMALL_CLASSES {
            (class + 1) * GRAIN
        } else {
            (2 * MAX_SMALL) << (class - SMALL_CLASSES)
        };
        // SAFETY: a multiple of GRAIN up to MAX_POOLED, and a power of two.
        unsafe { Layout::from_size_align_unchecked(size, ALIGN) }
    }

    /// The most bytes of free blocks the list of class `class` keeps.
    #[inline]
    fn retain(class: usize) -> usize {
        if class < SMALL_CLASSES {
            RETAIN
        } else {
            RETAIN_LARGE
        }
    }

    /// The list of class `class` (this thread's, for a [`ThreadPool`]).
    ///
    /// # Safety
    /// No other reference to the list may be alive (the lists are used on
    /// one thread, and the pool never calls itself).
    #[inline]
    #[allow(clippy::mut_from_ref)]
    unsafe fn list(&self, class: usize) -> &mut List {
        let lists = if PER_THREAD {
            THREAD_LISTS.with(UnsafeCell::get)
        } else {
            self.lists.get()
        };
        &mut (*lists)[class]
    }
}

impl<const PER_THREAD: bool> Default for Pool<PER_THREAD> {
    fn default() -> Self {
        Pool::new()
    }
}

unsafe impl<const PER_THREAD: bool> GlobalAlloc for Pool<PER_THREAD> {
    #[inline(never)]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let Some(class) = Self::class(layout.size(), layout.align()) else {
            return system_alloc(layout);
        };
        let list = self.list(class);
        let head = list.head;
        if head.is_null() {
            return system_alloc(Self::block(class));
        }
        list.head = *(head as *mut *mut u8);
        list.bytes -= Self::block(class).size();
        head
    }

    #[inline(never)]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        let Some(class) = Self::class(layout.size(), layout.align()) else {
            return system_dealloc(ptr, layout);
        };
        let block = Self::block(class);
        let list = self.list(class);
        if list.bytes + block.size() > Self::retain(class) {
            return system_dealloc(ptr, block);
        }
        *(ptr as *mut *mut u8) = list.head;
        list.head = ptr;
        list.bytes += block.size();
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if Self::class(layout.size(), layout.align()).is_none() {
            return backing::alloc_zeroed(layout);
        }
        let ptr = self.alloc(layout);
        if !ptr.is_null() {
            ptr::write_bytes(ptr, 0, layout.size());
        }
        ptr
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let align = layout.align();
        match (
            Self::class(layout.size(), align),
            Self::class(new_size, align),
        ) {
            // Large to large: the standard allocator's (glibc's may grow
            // in place).
            (None, None) => backing::realloc(ptr, layout, new_size),
            // The block has room already.
            (Some(a), Some(b)) if a == b => ptr,
            _ => {
                let new = self.alloc(Layout::from_size_align_unchecked(new_size, align));
                if !new.is_null() {
                    ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
                    self.dealloc(ptr, layout);
                }
                new
            }
        }
    }
}

/// The standard allocator's `alloc` and `dealloc`, out of line: the rare
/// paths, kept out of the pool's `alloc` and `dealloc`.
#[cold]
#[inline(never)]
unsafe fn system_alloc(layout: Layout) -> *mut u8 {
    backing::alloc(layout)
}

#[cold]
#[inline(never)]
unsafe fn system_dealloc(ptr: *mut u8, layout: Layout) {
    backing::dealloc(ptr, layout)
}

/// What serves the blocks the lists do not: `crate::heap` in the wasm
/// build (one thread), the standard allocator elsewhere.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
mod backing {
    use crate::heap::{Heap, Memory};
    use core::alloc::Layout;
    use core::cell::UnsafeCell;

    struct OneThread(UnsafeCell<Heap<Memory>>);
    // SAFETY: a wasm32 build without atomics has one thread.
    unsafe impl Sync for OneThread {}
    static HEAP: OneThread = OneThread(UnsafeCell::new(Heap::new(Memory)));

    pub unsafe fn alloc(layout: Layout) -> *mut u8 {
        (*HEAP.0.get()).alloc(layout.size(), layout.align())
    }

    pub unsafe fn dealloc(ptr: *mut u8, _layout: Layout) {
        (*HEAP.0.get()).dealloc(ptr)
    }

    /// (Freed blocks are used again, so memory is not known to be zero.)
    pub unsafe fn alloc_zeroed(layout: Layout) -> *mut u8 {
        let p = alloc(layout);
        if !p.is_null() {
            core::ptr::write_bytes(p, 0, layout.size());
        }
        p
    }

    pub unsafe fn realloc(ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let new = alloc(Layout::from_size_align_unchecked(new_size, layout.align()));
        if !new.is_null() {
            core::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
            dealloc(ptr, layout);
        }
        new
    }
}

#[cfg(not(all(target_arch = "wasm32", not(target_feature = "atomics"))))]
mod backing {
    use std::alloc::{GlobalAlloc, Layout, System};

    pub unsafe fn alloc(layout: Layout) -> *mut u8 {
        System.alloc(layout)
    }

    pub unsafe fn dealloc(ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout)
    }

    /// (The standard allocator knows fresh memory is zero already.)
    pub unsafe fn alloc_zeroed(layout: Layout) -> *mut u8 {
        System.alloc_zeroed(layout)
    }

    pub unsafe fn realloc(ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        System.realloc(ptr, layout, new_size)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::alloc::System;

    /// Allocates, fills, reallocates and frees blocks of many sizes and
    /// alignments through `pool`: contents survive, blocks are aligned and
    /// reused, and the lists stay within their bound.
    fn exercise<const P: bool>(pool: &Pool<P>, mut seed: u32) {
        let mut live: Vec<(*mut u8, Layout, u8)> = Vec::new();
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            seed as usize
        };
        for round in 0..20_000 {
            let r = next();
            if r % 3 != 0 || live.is_empty() {
                let size = 1 + next() % (2 * MAX_POOLED);
                let align = [1, 2, 4, 8, 16, 32][next() % 6];
                let layout = Layout::from_size_align(size, align).unwrap();
                let zeroed = next() % 4 == 0;
                let p = unsafe {
                    if zeroed {
                        pool.alloc_zeroed(layout)
                    } else {
                        pool.alloc(layout)
                    }
                };
                assert!(!p.is_null());
                assert_eq!(p as usize % align, 0, "aligned");
                if zeroed {
                    assert!(unsafe { core::slice::from_raw_parts(p, size) }
                        .iter()
                        .all(|&b| b == 0));
                }
                let fill = round as u8;
                unsafe { ptr::write_bytes(p, fill, size) };
                live.push((p, layout, fill));
            } else {
                let i = next() % live.len();
                let (p, layout, fill) = live.swap_remove(i);
                let bytes = unsafe { core::slice::from_raw_parts(p, layout.size()) };
                assert!(bytes.iter().all(|&b| b == fill), "contents kept");
                if next() % 2 == 0 {
                    let new_size = 1 + next() % (2 * MAX_POOLED);
                    let q = unsafe { pool.realloc(p, layout, new_size) };
                    assert!(!q.is_null());
                    let kept =
                        unsafe { core::slice::from_raw_parts(q, layout.size().min(new_size)) };
                    assert!(kept.iter().all(|&b| b == fill), "realloc keeps contents");
                    let layout = Layout::from_size_align(new_size, layout.align()).unwrap();
                    unsafe { ptr::write_bytes(q, fill, new_size) };
                    live.push((q, layout, fill));
                } else {
                    unsafe { pool.dealloc(p, layout) };
                }
            }
            for class in 0..CLASSES {
                assert!(unsafe { pool.list(class) }.bytes <= Pool::<P>::retain(class));
            }
        }
        for (p, layout, _) in live {
            unsafe { pool.dealloc(p, layout) };
        }
        // Give the lists' blocks back (so the test leaks nothing).
        let drain = || {
            for class in 0..CLASSES {
                let list = unsafe { pool.list(class) };
                while !list.head.is_null() {
                    let p = list.head;
                    list.head = unsafe { *(p as *mut *mut u8) };
                    unsafe { System.dealloc(p, Pool::<P>::block(class)) };
                }
                list.bytes = 0;
            }
        };
        drain();
        // A freed block is the next one of its class handed out.
        let layout = Layout::from_size_align(40, 8).unwrap();
        let other = Layout::from_size_align(33, 4).unwrap();
        unsafe {
            let a = pool.alloc(layout);
            pool.dealloc(a, layout);
            let b = pool.alloc(other);
            assert_eq!(a, b, "same class, same block");
            pool.dealloc(b, other);
        }
        drain();
    }

    #[test]
    fn blocks_keep_their_bytes_and_the_lists_their_bound() {
        exercise(&SingleThreadPool::new(), 12345);
    }

    /// The same on four threads at once, each with its own lists; and
    /// blocks made on one thread and freed on another.
    #[test]
    fn each_thread_has_lists_of_its_own() {
        static POOL: ThreadPool = ThreadPool::new();
        let layout = Layout::from_size_align(24, 8).unwrap();
        std::thread::scope(|scope| {
            for seed in 1..=4 {
                scope.spawn(move || exercise(&POOL, seed * 7919));
            }
        });
        // Made here, freed there: the block joins the other thread's list
        // and serves its next request of that class.
        let made = unsafe { POOL.alloc(layout) } as usize;
        std::thread::spawn(move || unsafe {
            POOL.dealloc(made as *mut u8, layout);
            assert_eq!(POOL.alloc(layout) as usize, made);
            POOL.dealloc(made as *mut u8, layout);
            let list = POOL.list(1);
            assert_eq!((list.head as usize, list.bytes), (made, 32));
            // Given back, so the test leaks nothing.
            list.head = ptr::null_mut();
            list.bytes = 0;
            System.dealloc(made as *mut u8, ThreadPool::block(1));
        })
        .join()
        .unwrap();
    }
}
