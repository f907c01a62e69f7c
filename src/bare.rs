//! What the shipped wasm build takes from the standard library, written so
//! that it can go without it.
//!
//! `scripts/build.sh` builds the wasm with `--cfg lede_abort`: the crate is
//! then `no_std` (with `alloc`), and its panic handler stops the instance at
//! once (`unreachable`), so that no panic message is ever formatted. The
//! standard library's panic machinery (its hook, its payloads, the path that
//! formats a message) is left out of the file: 1.5 KB gzipped. The
//! formatting code that `core`'s and `alloc`'s panic entry points name in
//! their messages' arguments (integers, the `Debug` of characters and
//! ranges, the printable tables: 3.9 KB gzipped) would stay, since they come
//! precompiled and build the arguments before they call `panic_fmt`: after
//! wasm-bindgen, `scripts/stub-panics.mjs` rewrites those entry points to
//! trap at once, as this handler does after them. Every other build (the
//! native library and tool, the tests, the wasm tests) links the standard
//! library as usual; the wasm builds all use this module's one-thread
//! forms of a thread-local value and a once cell, so the wasm tests run
//! the same code as the shipped file.
//!
//! - [`per_thread!`]: `thread_local!` natively; a plain static in the wasm,
//!   which has one thread (what the standard library does there too).
//! - [`Once`]: `std::sync::OnceLock` natively; a cell set once in the wasm.
//! - [`prelude`]: the `alloc` types every module may name (`Vec`, `String`,
//!   `Box`, ...), and in the `no_std` build the float functions of `f64`
//!   that only the standard library has (`round`, `sqrt`, `ln`, `fract`),
//!   from the same maths routines the standard library calls in the wasm.

/// The names every module of the crate may use without importing them
/// one by one (`use crate::bare::prelude::*`).
#[allow(unused_imports)]
pub mod prelude {
    pub use alloc::borrow::ToOwned;
    pub use alloc::boxed::Box;
    pub use alloc::string::{String, ToString};
    pub use alloc::vec::Vec;

    #[cfg(lede_abort)]
    pub use super::no_std::Float as _;
}

/// A value per thread, as `thread_local!` declares it (only the `const`
/// form, which is all the crate uses).
#[cfg(not(all(target_arch = "wasm32", not(target_feature = "atomics"))))]
macro_rules! per_thread {
    ($($body:tt)*) => { std::thread_local! { $($body)* } };
}

/// A value per thread, in a wasm build of one thread: a static, read
/// through the same methods as a `thread_local!`'s key.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
macro_rules! per_thread {
    ($(#[$attr:meta])* static $name:ident: $t:ty = const { $init:expr };) => {
        $(#[$attr])* static $name: $crate::bare::Local<$t> = $crate::bare::Local::new($init);
    };
}

/// A cell written once, natively the standard library's.
#[cfg(not(all(target_arch = "wasm32", not(target_feature = "atomics"))))]
pub type Once<T> = std::sync::OnceLock<T>;

#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
pub use one_thread::{Local, Once};

/// The forms of a wasm build of one thread (wasm32 without atomics).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
mod one_thread {
    use core::cell::{RefCell, UnsafeCell};

    /// The value of a [`per_thread!`].
    pub struct Local<T>(T);

    // SAFETY: a wasm32 build without atomics has one thread.
    unsafe impl<T> Sync for Local<T> {}

    impl<T> Local<T> {
        pub const fn new(value: T) -> Self {
            Local(value)
        }

        #[cfg_attr(lede_abort, optimize(size))]
        pub fn with<R>(&'static self, f: impl FnOnce(&T) -> R) -> R {
            f(&self.0)
        }
    }

    impl<T> Local<RefCell<T>> {
        #[cfg(test)]
        #[cfg_attr(lede_abort, optimize(size))]
        pub fn with_borrow<R>(&'static self, f: impl FnOnce(&T) -> R) -> R {
            f(&self.0.borrow())
        }

        #[cfg_attr(lede_abort, optimize(size))]
        pub fn with_borrow_mut<R>(&'static self, f: impl FnOnce(&mut T) -> R) -> R {
            f(&mut self.0.borrow_mut())
        }
    }

    /// A cell written once.
    pub struct Once<T>(UnsafeCell<Option<T>>);

    // SAFETY: a wasm32 build without atomics has one thread.
    unsafe impl<T> Sync for Once<T> {}

    impl<T> Once<T> {
        pub const fn new() -> Self {
            Once(UnsafeCell::new(None))
        }

        pub fn get(&self) -> Option<&T> {
            // SAFETY: the value is written only while it is `None`, so no
            // reference to it is ever overwritten.
            unsafe { (*self.0.get()).as_ref() }
        }

        #[cfg_attr(lede_abort, optimize(size))]
        pub fn get_or_init(&self, init: impl FnOnce() -> T) -> &T {
            if self.get().is_none() {
                let value = init();
                // SAFETY: one thread; `init` may have set the cell (by
                // asking for it again), and then its value stays and
                // `value` goes.
                unsafe {
                    let slot = &mut *self.0.get();
                    if slot.is_none() {
                        *slot = Some(value);
                    }
                }
            }
            // (Set above, or before.)
            self.get().unwrap_or_else(|| unreachable!())
        }
    }
}

/// What only the `no_std` build needs.
#[cfg(lede_abort)]
mod no_std {
    /// The float functions of `f64` that `core` lacks: the maths routines
    /// of the compiler's runtime library, the same that the standard
    /// library's `f64` methods call in a wasm build (`sqrt` and the
    /// roundings become wasm instructions).
    pub trait Float {
        fn round(self) -> f64;
        fn sqrt(self) -> f64;
        fn ln(self) -> f64;
        fn fract(self) -> f64;
    }

    mod maths {
        extern "C" {
            pub fn round(x: f64) -> f64;
            pub fn sqrt(x: f64) -> f64;
            pub fn log(x: f64) -> f64;
            pub fn trunc(x: f64) -> f64;
        }
    }

    impl Float for f64 {
        #[cfg_attr(lede_abort, optimize(size))]
        fn round(self) -> f64 {
            // SAFETY: pure functions of one float.
            unsafe { maths::round(self) }
        }

        #[cfg_attr(lede_abort, optimize(size))]
        fn sqrt(self) -> f64 {
            // SAFETY: as above.
            unsafe { maths::sqrt(self) }
        }

        #[cfg_attr(lede_abort, optimize(size))]
        fn ln(self) -> f64 {
            // SAFETY: as above.
            unsafe { maths::log(self) }
        }

        #[cfg_attr(lede_abort, optimize(size))]
        fn fract(self) -> f64 {
            // SAFETY: as above.
            self - unsafe { maths::trunc(self) }
        }
    }

    /// The shipped wasm's panic handler: the instance traps at once (the
    /// package then replaces it before the next call; see `npm/`).
    #[panic_handler]
    #[cfg_attr(lede_abort, optimize(size))]
    fn panic(_: &core::panic::PanicInfo) -> ! {
        core::arch::wasm32::unreachable()
    }
}
