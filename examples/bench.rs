//! Throughput of the whole analysis, natively: every article of a corpus
//! (one per line), one `analyze` call per article, as the page and the CLI
//! call it. Prints MB/s and articles/s over several rounds (the best round
//! is reported, the median beside it).
//!
//! With `--cli`, then the CLI end to end (built beside it,
//! `target/release/lede`; build it first, `cargo build --release --bin
//! lede`, as this does not): the corpus as JSONL (`{"id":N,"text":..}`
//! lines) run through `lede analyze --jsonl` from a file into a file, as a
//! batch is run, with `--jobs 1` and with the default jobs (one per CPU),
//! timed from the process start to its exit, so parsing, JSON output, the
//! file I/O and the start-up (table set-up) are all counted; then the same
//! on batches of the corpus 10 and 100 times over, where the start-up
//! weighs less.
//! MB/s are of article text, as above.
//! Opt-in, so that `valgrind --tool=callgrind
//! target/release/examples/bench CORPUS 1` still counts the core's
//! instructions alone.
//!
//! The core runs with the allocator the CLI uses (`lede::pool::ThreadPool`,
//! see `src/pool.rs`), so that its figure is the CLI's without the I/O.
//!
//! `cargo run --release --example bench [-- [CORPUS [ROUNDS]] [--cli]]`

use std::path::Path;
use std::process::Command;
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
    let cpus = std::thread::available_parallelism().map_or(1, |n| n.get());
    // The corpus once, then batches of the sizes the CLI is for: the corpus
    // 10 and 100 times over (ids numbered on), so that the process start-up
    // and the first sight of each word, which the corpus alone pays in
    // every run, are spread over more text (at 100 times, about the steady
    // state that the rounds of the core and of the wasm in Node measure).
    // Later copies find their words known, as those rounds do.
    for (copies, cli_rounds) in [(1, rounds), (10, rounds.div_ceil(4).max(3)), (100, 3)] {
        let ((one, default), mb) = (
            cli_times(&cli, &articles, copies, cli_rounds),
            mb * copies as f64,
        );
        let what = if copies == 1 {
            "end to end".to_string()
        } else {
            format!("on a batch (the corpus {copies} times, {mb:.1} MB)")
        };
        println!(
            "CLI --jsonl {what}: --jobs 1 best {:.1} MB/s, median {:.1} MB/s; default jobs ({cpus}) best {:.1} MB/s, median {:.1} MB/s",
            mb / one.0,
            mb / one.1,
            mb / default.0,
            mb / default.1
        );
    }
}

/// The best and median seconds of `cli analyze --jsonl` with `--jobs 1`
/// and with the default jobs, `rounds` each, on the articles `copies`
/// times over as JSONL (`{"id":N,"text":..}` lines).
///
/// File to file, as a batch is run (`lede analyze --jsonl < in > out`):
/// the input is written once and each output read back outside the timer,
/// so that neither this process's pipe work nor its reading of the output
/// shares the machine's cores with the CLI while it is timed. The two
/// settings take turns, so that a change in the machine's load during the
/// measurement falls on both alike.
fn cli_times(
    cli: &Path,
    articles: &[&str],
    copies: usize,
    rounds: usize,
) -> ((f64, f64), (f64, f64)) {
    let mut jsonl = Vec::new();
    for copy in 0..copies {
        for (id, text) in articles.iter().enumerate() {
            let id = copy * articles.len() + id;
            serde_json::to_writer(&mut jsonl, &serde_json::json!({ "id": id, "text": text }))
                .expect("JSON");
            jsonl.push(b'\n');
        }
    }
    let dir = std::env::temp_dir();
    let (input, output) = (
        dir.join(format!("lede-bench-{}-in.jsonl", std::process::id())),
        dir.join(format!("lede-bench-{}-out.jsonl", std::process::id())),
    );
    std::fs::write(&input, &jsonl).expect("writing the CLI's input");
    let lines = articles.len() * copies;
    let seconds = |args: &[&str]| {
        let start = Instant::now();
        let status = Command::new(cli)
            .args(["analyze", "--jsonl"])
            .args(args)
            .stdin(std::fs::File::open(&input).expect("the CLI's input"))
            .stdout(std::fs::File::create(&output).expect("the CLI's output"))
            .status()
            .expect("starting the CLI");
        let seconds = start.elapsed().as_secs_f64();
        assert!(status.success(), "the CLI failed");
        let out = std::fs::read(&output).expect("reading the CLI's output");
        assert_eq!(out.iter().filter(|&&b| b == b'\n').count(), lines);
        seconds
    };
    let (mut one, mut default) = (Vec::new(), Vec::new());
    for _ in 0..rounds {
        one.push(seconds(&["--jobs", "1"]));
        default.push(seconds(&[]));
    }
    let _ = (std::fs::remove_file(&input), std::fs::remove_file(&output));
    (best_and_median(one), best_and_median(default))
}

fn best_and_median(mut times: Vec<f64>) -> (f64, f64) {
    times.sort_by(f64::total_cmp);
    (times[0], times[times.len() / 2])
}
