//! Throughput of the whole analysis, natively: every article of a corpus
//! (one per line), one `analyze` call per article, as the page and the CLI
//! call it. Prints MB/s and articles/s over several rounds (the best round
//! is reported, the median beside it).
//!
//! With `--cli`, then the CLI end to end (built beside it,
//! `target/release/lede`; build it first, `cargo build --release --bin
//! lede`, as this does not): the corpus as JSONL (`{"id":N,"text":..}`
//! lines) piped through `lede analyze --jsonl`, with `--jobs 1` and with the
//! default jobs (one per CPU), timed from the process start to its exit, so
//! parsing, JSON output, the pipes and the start-up (table set-up) are all
//! counted; then the same on a batch of the corpus ten times over, where
//! the start-up weighs less. MB/s are of article text, as above.
//! Opt-in, so that `valgrind --tool=callgrind
//! target/release/examples/bench CORPUS 1` still counts the core's
//! instructions alone.
//!
//! The core runs with the allocator the CLI uses (`lede::pool::ThreadPool`,
//! see `src/pool.rs`), so that its figure is the CLI's without the I/O.
//!
//! `cargo run --release --example bench [-- [CORPUS [ROUNDS]] [--cli]]`

use std::io::{Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

mod corpus;

// (The wasm build of the library sets the single-threaded pool itself.)
#[cfg(not(all(target_arch = "wasm32", not(target_feature = "atomics"))))]
#[global_allocator]
static ALLOCATOR: lede::pool::ThreadPool = lede::pool::ThreadPool::new();

fn main() {
    let (flags, positional): (Vec<String>, Vec<String>) =
        std::env::args().skip(1).partition(|a| a == "--cli");
    let mut args = positional.into_iter();
    let corpus = corpus::read(args.next());
    let rounds: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(10);
    let articles = corpus::articles(&corpus);
    let bytes: usize = articles.iter().map(|a| a.len()).sum();
    let options = lede::Options::default();
    let mut times = Vec::new();
    let mut checksum = 0usize;
    for _ in 0..rounds {
        let start = Instant::now();
        for a in &articles {
            let analysis = lede::analyze(a, &options).expect("analysis");
            checksum += analysis.stats.words + analysis.entities.len();
        }
        times.push(start.elapsed().as_secs_f64());
    }
    times.sort_by(f64::total_cmp);
    let mb = bytes as f64 / 1e6;
    let best = times[0];
    let median = times[times.len() / 2];
    println!(
        "native: {} articles, {:.3} MB; best {:.1} MB/s ({:.0} articles/s), median {:.1} MB/s  [checksum {}]",
        articles.len(),
        mb,
        mb / best,
        articles.len() as f64 / best,
        mb / median,
        checksum
    );

    if flags.is_empty() {
        return;
    }
    let cli = std::env::current_exe()
        .ok()
        .and_then(|exe| Some(exe.parent()?.parent()?.join("lede")))
        .filter(|cli| cli.exists());
    let Some(cli) = cli else {
        println!(
            "CLI: target/release/lede not built (cargo build --release --bin lede); not measured"
        );
        return;
    };
    let mut jsonl = Vec::new();
    for (id, text) in articles.iter().enumerate() {
        serde_json::to_writer(&mut jsonl, &serde_json::json!({ "id": id, "text": text }))
            .expect("JSON");
        jsonl.push(b'\n');
    }
    let cpus = std::thread::available_parallelism().map_or(1, |n| n.get());
    // The two settings take turns, so that a change in the machine's load
    // during the measurement falls on both alike.
    let (mut one, mut default) = (Vec::new(), Vec::new());
    for _ in 0..rounds {
        one.push(cli_seconds(&cli, &jsonl, &["--jobs", "1"], articles.len()));
        default.push(cli_seconds(&cli, &jsonl, &[], articles.len()));
    }
    let (one, default) = (best_and_median(one), best_and_median(default));
    println!(
        "CLI --jsonl end to end: --jobs 1 best {:.1} MB/s, median {:.1} MB/s; default jobs ({cpus}) best {:.1} MB/s, median {:.1} MB/s",
        mb / one.0,
        mb / one.1,
        mb / default.0,
        mb / default.1
    );

    // A batch of the size the CLI is for: the corpus BATCH times over (ids
    // numbered on), so that the process start-up and the first sight of
    // each word, which the corpus alone pays in every run above, are spread
    // over more text. Its later copies find their words known, as the
    // rounds of the core and of the wasm in Node do.
    const BATCH: usize = 10;
    let mut batch = Vec::with_capacity(jsonl.len() * BATCH);
    for copy in 0..BATCH {
        for (id, text) in articles.iter().enumerate() {
            let id = copy * articles.len() + id;
            serde_json::to_writer(&mut batch, &serde_json::json!({ "id": id, "text": text }))
                .expect("JSON");
            batch.push(b'\n');
        }
    }
    let lines = articles.len() * BATCH;
    let (mut one, mut default) = (Vec::new(), Vec::new());
    for _ in 0..rounds.div_ceil(4).max(3) {
        one.push(cli_seconds(&cli, &batch, &["--jobs", "1"], lines));
        default.push(cli_seconds(&cli, &batch, &[], lines));
    }
    let (one, default) = (best_and_median(one), best_and_median(default));
    let mb = mb * BATCH as f64;
    println!(
        "CLI --jsonl on a batch (the corpus {BATCH} times, {mb:.1} MB): --jobs 1 best {:.1} MB/s, median {:.1} MB/s; default jobs ({cpus}) best {:.1} MB/s, median {:.1} MB/s",
        mb / one.0,
        mb / one.1,
        mb / default.0,
        mb / default.1
    );
}

/// Seconds taken by `cli analyze --jsonl ARGS` on `jsonl`, fed by a thread
/// while this one reads the output (as a shell pipe would); it must answer
/// every one of the `lines`.
fn cli_seconds(cli: &Path, jsonl: &[u8], args: &[&str], lines: usize) -> f64 {
    let start = Instant::now();
    let mut child = Command::new(cli)
        .args(["analyze", "--jsonl"])
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("starting the CLI");
    let mut stdin = child.stdin.take().expect("stdin");
    let mut out = Vec::new();
    std::thread::scope(|scope| {
        scope.spawn(move || stdin.write_all(jsonl).expect("writing to the CLI"));
        child
            .stdout
            .take()
            .expect("stdout")
            .read_to_end(&mut out)
            .expect("reading the CLI");
    });
    assert!(child.wait().expect("the CLI").success(), "the CLI failed");
    let seconds = start.elapsed().as_secs_f64();
    assert_eq!(out.iter().filter(|&&b| b == b'\n').count(), lines);
    seconds
}

/// The shortest and the median of some times.
fn best_and_median(mut times: Vec<f64>) -> (f64, f64) {
    times.sort_by(f64::total_cmp);
    (times[0], times[times.len() / 2])
}
