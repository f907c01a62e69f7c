//! How much of an analysis's time goes to meeting an article for the first
//! time: the corpus analysed article by article, each article K times in a
//! row (K = 1, 2, 3, 5, 20), timing only the K-th call. K = 1 is what the
//! benchmarks measure. A later call of the same article runs the same
//! instructions, so what it saves is what the first call waited for: the
//! article's data and code not in the processor's first-level caches, and
//! branches not yet predicted. Then the same after a buffer has been
//! written between the two calls: 2 MB evicts the data of the first- and
//! second-level caches (so what a second call still saves then is mostly
//! the branch predictor's learning), 64 MB every level.
//!
//! `cargo run --release --example warmth [-- [CORPUS [ROUNDS]]]`

use std::hint::black_box;
use std::time::Instant;

mod corpus;

#[cfg(not(all(target_arch = "wasm32", not(target_feature = "atomics"))))]
#[global_allocator]
static ALLOCATOR: lede::pool::ThreadPool = lede::pool::ThreadPool::new();

fn main() {
    let mut args = std::env::args().skip(1);
    let corpus = corpus::read(args.next());
    let rounds: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(10);
    let articles = corpus::articles(&corpus);
    let mb = articles.iter().map(|a| a.len()).sum::<usize>() as f64 / 1e6;
    let options = lede::Options::default();
    let analyze = |a: &str| black_box(lede::analyze(a, &options).expect("analysis"));
    // Every article once, so that the word numbering and the per-spelling
    // caches know the corpus's words for every figure below.
    articles.iter().for_each(|a| drop(analyze(a)));

    let mut first = 0.0;
    for calls in [1usize, 2, 3, 5, 20] {
        let best = (0..rounds)
            .map(|_| {
                let mut seconds = 0.0;
                for a in &articles {
                    for _ in 1..calls {
                        analyze(a);
                    }
                    let start = Instant::now();
                    analyze(a);
                    seconds += start.elapsed().as_secs_f64();
                }
                seconds
            })
            .fold(f64::INFINITY, f64::min);
        if calls == 1 {
            first = best;
        }
        println!(
            "call {calls:>2} of each article in a row: {:.2} ms a corpus pass, {:.1} MB/s ({:.2}x the first call)",
            best * 1e3,
            mb / best,
            first / best
        );
    }

    // Writing 2 MB between the two calls evicts the first- and second-level
    // caches (1 MB or less on the machines this runs on), 64 MB every level.
    for mb_written in [2usize, 64] {
        let mut junk = vec![0u8; mb_written << 20];
        let best = (0..rounds.div_ceil(2))
            .map(|round| {
                let mut seconds = 0.0;
                for a in &articles {
                    analyze(a);
                    for byte in junk.iter_mut().step_by(64) {
                        *byte = byte.wrapping_add(round as u8 | 1);
                    }
                    let start = Instant::now();
                    analyze(a);
                    seconds += start.elapsed().as_secs_f64();
                }
                seconds
            })
            .fold(f64::INFINITY, f64::min);
        println!(
            "call  2 after {mb_written} MB written between: {:.2} ms a corpus pass, {:.1} MB/s ({:.2}x the first call)  [{}]",
            best * 1e3,
            mb / best,
            first / best,
            black_box(junk[12345])
        );
    }
}
