#![cfg(not(target_arch = "wasm32"))]
//! Replays the fuzzing corpus (fuzz/corpus/, kept minimised in the repo)
//! through the same paths as the fuzz targets, without nightly: every file
//! of `analyze/` through `analyze` (bytes decoded lossily), every file of
//! `jsonl/` through the CLI's JSONL stream (`lede::jsonl::process`), and
//! each of its articles through the checked analysis as well. Fast and
//! deterministic; `cargo fuzz` itself is in fuzz/README.md.

use std::path::Path;

use serde::Deserialize;

/// An input line of the JSONL stream, to check each article's analysis.
#[derive(Deserialize)]
struct Article {
    #[serde(default)]
    #[allow(dead_code)]
    id: serde_json::Value,
    text: String,
}

fn corpus(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus")
        .join(target);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|p| p.is_file())
        .map(|p| {
            (
                p.display().to_string(),
                std::fs::read(&p).expect("corpus file"),
            )
        })
        .collect();
    files.sort();
    assert!(!files.is_empty(), "{} is empty", dir.display());
    files
}

fn analyze_checked(text: &str, name: &str) {
    let analysis =
        lede::analyze(text, &lede::Options::default()).unwrap_or_else(|e| panic!("{name}: {e}"));
    for s in &analysis.sentences {
        assert!(
            s.start <= s.end && text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
            "{name}: sentence {}..{} off a char boundary",
            s.start,
            s.end
        );
    }
    let json = serde_json::to_vec(&analysis).unwrap_or_else(|e| panic!("{name}: {e}"));
    // The CLI's own writer gives the same bytes.
    let mut ours = Vec::new();
    analysis.write_json(&mut ours);
    assert!(ours == json, "{name}: write_json differs from serde_json");
}

#[test]
fn analyze_corpus_replays() {
    for (name, bytes) in corpus("analyze") {
        analyze_checked(&String::from_utf8_lossy(&bytes), &name);
    }
}

#[test]
fn jsonl_corpus_replays() {
    for (name, bytes) in corpus("jsonl") {
        let mut out = Vec::new();
        lede::jsonl::process(&bytes[..], &mut out, &lede::Options::default())
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        for line in out.split(|&b| b == b'\n').filter(|l| !l.is_empty()) {
            let record: serde_json::Value = serde_json::from_slice(line)
                .unwrap_or_else(|e| panic!("{name}: output line is not JSON: {e}"));
            assert!(
                record.get("analysis").is_some() || record.get("error").is_some(),
                "{name}"
            );
        }
        for line in bytes.split_inclusive(|&b| b == b'\n') {
            let raw = String::from_utf8_lossy(line);
            let trimmed = raw.trim();
            if trimmed.is_empty() {
                continue;
            }
            if let Ok(article) = serde_json::from_str::<Article>(trimmed) {
                analyze_checked(&article.text, &name);
            }
        }
    }
}
