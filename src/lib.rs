//! lede: an article analyzer that runs anywhere Rust or WebAssembly runs.
//!
//! One call, [`analyze`], turns the text of a news article into an
//! [`Analysis`]: counts, readability scores and per-sentence statistics
//! (and, as the pipeline grows, named entities and keyphrases). The text is
//! never rewritten: every span in the result is a pair of byte offsets into
//! the `&str` that was passed in, so `&text[start..end]` is the thing found.
//!
//! ```
//! let text = "The committee met on Tuesday. It approved the budget.";
//! let analysis = lede::analyze(text, &lede::Options::default()).unwrap();
//! assert_eq!(analysis.stats.sentences, 2);
//! assert_eq!(analysis.stats.words, 9);
//! let first = &analysis.sentences[0];
//! assert_eq!(&text[first.start..first.end], "The committee met on Tuesday.");
//! ```
//!
//! The pipeline runs one way: [`text`] (tokens, sentences, paragraphs over
//! the original string) feeds [`stats`] (counts, syllables, readability).
//! `src/wasm.rs` is the only module that knows about JavaScript.

// The shipped wasm goes without the standard library: see `src/bare.rs`.
#![cfg_attr(lede_abort, no_std)]
// And its cold functions are compiled for size, its hot ones for speed: a
// function marked `#[cfg_attr(lede_abort, optimize(size))]` costs under 0.3M
// instructions of a wasm pass over the Lee corpus (0.1%), by
// `scripts/instr-by-function.sh`, or runs not at all; every rule of the name
// typer and most of grouping, the numbers' and the keyphrases' are such
// (ARCHITECTURE.md, "Build outputs"). Measured 2026-12-07 at fbe9857:
// 395,500 B gzipped against 399,753 B, 274.69M instructions a corpus pass
// against 273.25M (+0.5%); the cold functions of the output's encoding, the
// boundary and the sorting (`encode`, `tape`, `json`, `bare`, `analysis`,
// `wasm`, `order`, `heap`), measured at a740678: 398,989 to 397,601 B,
// 278.53M to 278.64M (+0.04%). Marking every function but the hot ones the
// native profile shows gave 392,997 B but +2.2% (the native build inlines
// what the wasm calls); opt-level "s" with the hot ones marked for speed,
// 391,895 B and +26%. `optimize` is unstable: the shipped build already
// takes RUSTC_BOOTSTRAP=1 (scripts/build.sh).
#![cfg_attr(lede_abort, feature(optimize_attribute))]

#[cfg_attr(lede_abort, macro_use)]
extern crate alloc;

#[macro_use]
mod bare;

pub mod analysis;
mod encode;
pub mod entities;
mod hash;
#[cfg(not(target_arch = "wasm32"))]
mod json;
#[cfg(not(target_arch = "wasm32"))]
pub mod jsonl;
pub mod keywords;
mod order;
pub mod stats;
mod tables;
pub mod text;

/// What the pool does not serve, in the wasm build (see `src/heap.rs`).
#[cfg(any(all(target_arch = "wasm32", not(target_feature = "atomics")), test))]
mod heap;
/// The allocator of the wasm build and of the command-line tool: not part
/// of the library's interface.
#[doc(hidden)]
pub mod pool;
#[cfg(any(target_arch = "wasm32", test))]
mod tape;

/// Small blocks from free lists in the wasm build (see `src/pool.rs`).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: pool::SingleThreadPool = pool::SingleThreadPool::new();
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use analysis::{analyze, Analysis, Error, Options};
