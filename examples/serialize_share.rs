//! How much of a call the JSON serialisation costs next to the analysis:
//! `cargo run --release --example serialize_share [-- CORPUS]`.
use std::time::Instant;

mod corpus;

fn main() {
    let corpus = corpus::read(std::env::args().nth(1));
    let articles = corpus::articles(&corpus);
    let options = lede::Options::default();
    let results: Vec<_> = articles
        .iter()
        .map(|a| lede::analyze(a, &options).unwrap())
        .collect();
    let best = |f: &dyn Fn() -> usize| {
        (0..5)
            .map(|_| {
                let t = Instant::now();
                std::hint::black_box(f());
                t.elapsed().as_secs_f64()
            })
            .fold(f64::INFINITY, f64::min)
    };
    let analyse = best(&|| {
        articles
            .iter()
            .map(|a| lede::analyze(a, &options).unwrap().sentences.len())
            .sum()
    });
    let json = best(&|| {
        results
            .iter()
            .map(|r| serde_json::to_string(r).unwrap().len())
            .sum()
    });
    let in_bytes: usize = articles.iter().map(|a| a.len()).sum();
    let out_bytes: usize = results
        .iter()
        .map(|r| serde_json::to_string(r).unwrap().len())
        .sum();
    println!(
        "analyse {:.1} ms, serialise {:.1} ms ({:.0}% of the two); JSON is {:.1}x the input",
        analyse * 1e3,
        json * 1e3,
        100.0 * json / (analyse + json),
        out_bytes as f64 / in_bytes as f64
    );
}
