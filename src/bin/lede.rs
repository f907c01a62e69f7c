//! The `lede` command-line tool.
//!
//! `lede analyze FILE|-` prints one Analysis as JSON; `lede analyze --jsonl`
//! reads `{"id": ..., "text": ...}` objects, one per line, and writes one
//! result per line in the same order, streaming, on `--jobs` worker
//! threads: memory stays bounded by a window of twice that many batches of
//! lines (about 16 KiB, or one longer line, each), however long the input.
//! Offsets are UTF-8 byte offsets into the text as given.

/// Small blocks from free lists kept per thread (`src/pool.rs`): the
/// system `malloc` and `free` took about 9% of the native analysis.
// (The wasm build of the library sets the single-threaded pool itself.)
#[cfg(not(all(target_arch = "wasm32", not(target_feature = "atomics"))))]
#[global_allocator]
static ALLOCATOR: lede::pool::ThreadPool = lede::pool::ThreadPool::new();

/// The tool is native only: the wasm build has no JSON writer or JSON Lines
/// reader (`src/bare.rs`). `cargo test --target wasm32-unknown-unknown
/// --tests` builds this empty stand-in.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
#[path = "lede/cli.rs"]
mod cli;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}
