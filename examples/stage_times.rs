//! Time per pipeline stage on a corpus (one article per line), to see which
//! stage dominates: `cargo run --release --example stage_times [-- CORPUS]`.
use std::time::Instant;

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared/corpus/lee_background.txt".to_string());
    let corpus = std::fs::read_to_string(&path).expect("corpus");
    let articles: Vec<&str> = corpus.lines().filter(|l| !l.trim().is_empty()).collect();
    let mb = articles.iter().map(|a| a.len()).sum::<usize>() as f64 / 1e6;
    let options = lede::Options::default();
    let docs: Vec<_> = articles
        .iter()
        .map(|a| lede::text::Document::parse(a))
        .collect();
    let stage = |name: &str, f: &dyn Fn()| {
        let start = Instant::now();
        for _ in 0..5 {
            f();
        }
        let secs = start.elapsed().as_secs_f64() / 5.0;
        println!(
            "{name:<12} {:>8.1} MB/s  ({:.2} ms per corpus)",
            mb / secs,
            secs * 1e3
        );
    };
    stage("text", &|| {
        for a in &articles {
            std::hint::black_box(lede::text::Document::parse(a));
        }
    });
    stage("entities", &|| {
        for d in &docs {
            std::hint::black_box(lede::entities::extract(d));
        }
    });
    let entities: Vec<_> = docs.iter().map(lede::entities::extract).collect();
    stage("keywords", &|| {
        for (d, e) in docs.iter().zip(&entities) {
            std::hint::black_box(lede::keywords::extract(d, e, 10));
        }
    });
    stage("analyze", &|| {
        for a in &articles {
            std::hint::black_box(lede::analyze(a, &options).unwrap());
        }
    });
}
