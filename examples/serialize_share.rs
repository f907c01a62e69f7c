//! How much of a call the JSON serialisation costs next to the analysis:
//! `cargo run --release --example serialize_share [-- CORPUS]`.
use std::time::Instant;

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared/corpus/lee_background.txt".to_string());
    let corpus = std::fs::read_to_string(&path).expect("corpus");
    let articles: Vec<&str> = corpus.lines().filter(|l| !l.trim().is_empty()).collect();
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
