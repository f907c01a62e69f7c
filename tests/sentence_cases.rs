//! The hard cases of English sentence splitting in tests/data/, as a
//! regression test: every case must split exactly as annotated.
//! (`python3 scripts/eval_sentences.py` prints the same cases scored beside
//! pySBD.)
#![cfg(not(target_arch = "wasm32"))]

use serde::Deserialize;

#[derive(Deserialize)]
struct Case {
    category: String,
    text: String,
    sentences: Vec<String>,
}

fn cases() -> Vec<Case> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("tests/data exists") {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.starts_with("sentence_cases") && name.ends_with(".jsonl") {
            let body = std::fs::read_to_string(&path).unwrap();
            for line in body.lines().filter(|l| !l.trim().is_empty()) {
                out.push(
                    serde_json::from_str(line).unwrap_or_else(|e| panic!("{name}: {e}: {line}")),
                );
            }
        }
    }
    out
}

#[test]
fn every_annotated_hard_case_splits_as_a_careful_reader_would() {
    let cases = cases();
    assert!(
        cases.len() >= 100,
        "expected the full case files, found {}",
        cases.len()
    );
    let mut failures = Vec::new();
    for case in &cases {
        // Every line is read as prose, page furniture too ("By Jane Smith"
        // before a dateline): the cases test the splitting alone.
        let options = lede::Options {
            keep_boilerplate: true,
            ..lede::Options::default()
        };
        let analysis = lede::analyze(&case.text, &options).unwrap();
        let got: Vec<&str> = analysis
            .sentences
            .iter()
            .map(|s| case.text[s.start..s.end].trim())
            .collect();
        let want: Vec<&str> = case.sentences.iter().map(|s| s.trim()).collect();
        if got != want {
            failures.push(format!(
                "[{}] {:?}\n   got  {:?}\n   want {:?}",
                case.category, case.text, got, want
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases differ:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
