//! Throughput of the whole analysis, natively: every article of a corpus
//! (one per line), one `analyze` call per article, as the page and the CLI
//! call it. Prints MB/s and articles/s over several rounds (the best round
//! is reported, the median beside it).
//!
//! `cargo run --release --example bench [-- CORPUS [ROUNDS]]`

use std::time::Instant;

mod corpus;

fn main() {
    let mut args = std::env::args().skip(1);
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
}
