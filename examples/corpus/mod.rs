//! The benchmark corpus, one article per line: read the same way by the
//! examples (`mod corpus;`) and by `benches/analyze.rs` (by path).
#![allow(dead_code)] // each includer uses part of it

/// The corpus read when none is given.
pub const DEFAULT: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/corpus/lee_background.txt"
);

/// The text of the corpus at `path` (`DEFAULT` if `None`); exits with a
/// message naming the file if it cannot be read.
pub fn read(path: Option<String>) -> String {
    let path = path.unwrap_or_else(|| DEFAULT.to_string());
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("cannot read the corpus {path}: {e}");
        std::process::exit(1);
    })
}

/// The articles of a corpus: its non-blank lines.
pub fn articles(corpus: &str) -> Vec<&str> {
    corpus.lines().filter(|l| !l.trim().is_empty()).collect()
}
