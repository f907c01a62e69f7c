//! `cargo bench`: the native core, stage by stage, with divan.
//!
//! Inputs: the articles of `../shared/corpus/lee_background.txt` (one per
//! line; the bundled sample articles when the corpus is absent), analysed one
//! call per article as the page calls it, and one long text of about 1 KB,
//! 100 KB and 1 MB built from them, to show that cost grows linearly with
//! length. Throughput is in bytes of input per second.
//!
//! For counts that do not depend on the machine's load, run the `bench`
//! example under `valgrind --tool=callgrind` (see README, Speed).

use divan::counter::BytesCount;
use divan::{black_box, Bencher};
use std::sync::OnceLock;

fn main() {
    divan::main();
}

#[path = "../examples/corpus/mod.rs"]
mod corpus;

fn articles() -> &'static [String] {
    static ARTICLES: OnceLock<Vec<String>> = OnceLock::new();
    ARTICLES.get_or_init(|| {
        let root = env!("CARGO_MANIFEST_DIR");
        let text = std::fs::read_to_string(corpus::DEFAULT).unwrap_or_else(|_| {
            [
                "iran-russia-partnership",
                "harbour-bridge-reopens",
                "library-night-classes",
            ]
            .iter()
            .map(|name| {
                std::fs::read_to_string(format!("{root}/www/samples/{name}.txt"))
                    .expect("bundled sample")
                    .replace('\n', " ")
            })
            .collect::<Vec<_>>()
            .join("\n")
        });
        corpus::articles(&text)
            .into_iter()
            .map(str::to_string)
            .collect()
    })
}

fn corpus_bytes() -> usize {
    articles().iter().map(String::len).sum()
}

/// Articles joined into paragraphs until the text is at least `len` bytes.
/// The corpus is only 0.36 MB, so articles come round again: each copy
/// gets a numbered prefix, or the analysis would recognise the repeated
/// lines and skip them (as `scripts/bench-peers.mjs` does).
fn long_text(len: usize) -> String {
    let mut text = String::with_capacity(len + 4096);
    for (i, a) in articles().iter().cycle().enumerate() {
        if text.len() >= len {
            break;
        }
        text.push_str(&format!("Part {i}. "));
        text.push_str(a);
        text.push_str("\n\n");
    }
    text
}

/// The whole analysis, one call per article.
#[divan::bench]
fn analyze_corpus(bencher: Bencher) {
    let options = lede::Options::default();
    bencher.counter(BytesCount::new(corpus_bytes())).bench(|| {
        for a in articles() {
            black_box(lede::analyze(a, &options).unwrap());
        }
    });
}

/// The whole analysis of one text of about 1 KB, 100 KB and 1 MB.
#[divan::bench(args = [1_000, 100_000, 1_000_000], sample_count = 20)]
fn analyze_long(bencher: Bencher, len: usize) {
    let options = lede::Options::default();
    let text = long_text(len);
    bencher
        .counter(BytesCount::new(text.len()))
        .bench(|| black_box(lede::analyze(&text, &options).unwrap()));
}

/// Stage 1: paragraphs, tokens and sentences.
#[divan::bench]
fn stage_text(bencher: Bencher) {
    bencher.counter(BytesCount::new(corpus_bytes())).bench(|| {
        for a in articles() {
            black_box(lede::text::Document::parse(a));
        }
    });
}

/// The articles, parsed (the input of the later stages).
fn parsed() -> Vec<lede::text::Document<'static>> {
    articles()
        .iter()
        .map(|a| lede::text::Document::parse(a))
        .collect()
}

/// Stage 2: named entities, on parsed documents.
#[divan::bench]
fn stage_entities(bencher: Bencher) {
    let docs = parsed();
    bencher.counter(BytesCount::new(corpus_bytes())).bench(|| {
        for d in &docs {
            black_box(lede::entities::extract(d));
        }
    });
}

/// Stage 3: keyphrases, on parsed documents and their entities.
#[divan::bench]
fn stage_keywords(bencher: Bencher) {
    let docs = parsed();
    let entities: Vec<_> = docs.iter().map(lede::entities::extract).collect();
    bencher.counter(BytesCount::new(corpus_bytes())).bench(|| {
        for (d, e) in docs.iter().zip(&entities) {
            black_box(lede::keywords::extract(d, e, 10));
        }
    });
}
