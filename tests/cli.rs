//! The `lede` command line: file and stdin input, JSONL streaming, errors.
#![cfg(not(target_arch = "wasm32"))]

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_lede");
const SAMPLE_PATH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/www/samples/iran-russia-partnership.txt"
);

fn lede(args: &[&str], stdin: &[u8]) -> (i32, String, String) {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    let data = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn analyze_file_prints_the_same_analysis_as_the_library() {
    let (code, out, _) = lede(&["analyze", SAMPLE_PATH], b"");
    assert_eq!(code, 0);
    let text = std::fs::read_to_string(SAMPLE_PATH).unwrap();
    let expected = lede::analyze(&text, &lede::Options::default()).unwrap();
    assert_eq!(out.trim_end(), serde_json::to_string(&expected).unwrap());
}

#[test]
fn offsets_are_utf8_bytes() {
    let text = "Café owners cheered. 👍 Prices fell.";
    let (code, out, _) = lede(&["analyze", "-"], text.as_bytes());
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let s = &v["sentences"][1];
    let (start, end) = (
        s["start"].as_u64().unwrap() as usize,
        s["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[start..end], "👍 Prices fell.");
    assert_eq!(start, "Café owners cheered. ".len());
}

#[test]
fn jsonl_keeps_ids_and_order_and_reports_bad_lines_without_stopping() {
    let input = concat!(
        "{\"id\": 7, \"text\": \"One. Two.\"}\n",
        "not json\n",
        "\n",
        "{\"id\": \"b\", \"text\": \"\"}\n",
        "{\"id\": [1], \"text\": 5}\n",
        "{\"text\": \"No id here.\"}\n",
    );
    let (code, out, _) = lede(&["analyze", "--jsonl"], input.as_bytes());
    assert_eq!(code, 0);
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 5);
    assert_eq!(lines[0]["id"], 7);
    assert_eq!(lines[0]["analysis"]["stats"]["sentences"], 2);
    assert!(lines[1]["error"].as_str().unwrap().starts_with("line 2:"));
    assert_eq!(lines[2]["id"], "b");
    assert_eq!(lines[2]["analysis"]["stats"]["words"], 0);
    assert!(lines[3]["error"].is_string());
    assert_eq!(lines[4]["id"], serde_json::Value::Null);
    assert_eq!(lines[4]["analysis"]["stats"]["words"], 3);
}

#[test]
fn jsonl_streams_each_result_before_the_input_ends() {
    for jobs in ["1", "3"] {
        let mut child = Command::new(BIN)
            .args(["analyze", "--jsonl", "--jobs", jobs])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdin = child.stdin.take().unwrap();
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        for i in 0..3 {
            writeln!(stdin, "{{\"id\": {i}, \"text\": \"Line number {i}.\"}}").unwrap();
            stdin.flush().unwrap();
            let mut line = String::new();
            stdout.read_line(&mut line).unwrap();
            let v: serde_json::Value = serde_json::from_str(&line).unwrap();
            assert_eq!(
                v["id"], i,
                "--jobs {jobs}: result {i} arrives while stdin is still open"
            );
        }
        drop(stdin);
        assert!(child.wait().unwrap().success());
    }
}

/// Lines of every kind, good and bad, long and short: the long article
/// comes early so that later lines finish first on other threads.
fn mixed_jsonl() -> Vec<u8> {
    let sample = std::fs::read_to_string(SAMPLE_PATH).unwrap();
    let long = sample.repeat(8);
    let mut input = Vec::new();
    for i in 0..60 {
        let line = match i % 10 {
            0 => serde_json::json!({"id": i, "text": long}).to_string(),
            1 => "not json".to_string(),
            2 => format!("{{\"id\": {i}}}"),
            3 => format!("{{\"id\": 1e999, \"text\": \"Huge id {i}.\"}}"),
            4 => format!("{{\"id\": 123456789012345678901234567890, \"text\": \"Big {i}.\"}}"),
            5 => format!(
                "{{\"id\": \"{}\", \"text\": \"Long id {i}.\"}}",
                "x".repeat(100_000)
            ),
            6 => String::new(),
            7 => format!("{{\"id\": {i}, \"text\": \"Caf\\u00e9 {i} opened. Prices rose.\"}}"),
            8 => format!("{{\"id\": {i}, \"text\": 5}}"),
            _ => format!("{{\"id\": {i}, \"text\": \"Short article number {i}.\"}}"),
        };
        input.extend_from_slice(line.as_bytes());
        input.push(b'\n');
    }
    input.extend_from_slice(b"{\"id\": \"utf8\", \"text\": \"Bad \xff bytes.\"}\n");
    // The last line without its newline.
    input.extend_from_slice(b"{\"id\": \"last\", \"text\": \"The end.\"}");
    input
}

#[test]
fn jsonl_gives_the_same_bytes_in_the_same_order_whatever_the_jobs() {
    let input = mixed_jsonl();
    let (code, one, _) = lede(&["analyze", "--jsonl", "--jobs", "1"], &input);
    assert_eq!(code, 0);
    for jobs in ["2", "3", "8"] {
        let (code, many, _) = lede(&["analyze", "--jsonl", "--jobs", jobs], &input);
        assert_eq!(code, 0);
        assert!(one == many, "--jobs {jobs} differs from --jobs 1");
    }
    let (_, default, _) = lede(&["analyze", "--jsonl"], &input);
    assert!(one == default, "the default --jobs differs from --jobs 1");
    // In input order: one line per non-blank input line, errors in place.
    let lines: Vec<serde_json::Value> = one
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 56);
    for (i, line) in (0..60).filter(|i| i % 10 != 6).zip(&lines) {
        let number = i + 1; // blank lines count
        match i % 10 {
            0 | 7 | 9 => assert_eq!(line["id"], i, "{line}"),
            1 | 2 | 3 | 8 => {
                let error = line["error"].as_str().unwrap();
                assert!(error.starts_with(&format!("line {number}:")), "{error}");
            }
            4 => assert_eq!(line["analysis"]["stats"]["words"], 2),
            _ => assert_eq!(line["id"].as_str().unwrap().len(), 100_000),
        }
    }
    assert_eq!(lines[54]["id"], "utf8");
    assert_eq!(lines[55]["id"], "last");
}

#[test]
fn jsonl_ends_cleanly_when_the_output_is_closed() {
    let input = mixed_jsonl().repeat(20);
    for jobs in ["1", "3"] {
        let mut child = Command::new(BIN)
            .args(["analyze", "--jsonl", "--jobs", jobs])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // Read one result, then close the pipe.
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        let mut stdin = child.stdin.take().unwrap();
        let data = input.clone();
        let writer = std::thread::spawn(move || {
            let _ = stdin.write_all(&data);
        });
        let mut line = String::new();
        stdout.read_line(&mut line).unwrap();
        drop(stdout);
        let out = child.wait_with_output().unwrap();
        writer.join().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "--jobs {jobs}: {err}");
        assert!(err.contains("Broken pipe"), "--jobs {jobs}: {err}");
        assert!(!err.contains("panicked"), "--jobs {jobs}: {err}");
    }
}

#[test]
fn options_are_passed_through_and_checked() {
    let (code, out, _) = lede(
        &["analyze", "--options", "{\"longSentenceWords\": 2}", "-"],
        b"One two three four.",
    );
    assert_eq!(code, 0);
    assert!(out.contains("\"long\":true"));
    let (code, _, err) = lede(&["analyze", "--options", "{\"nope\": 1}", "-"], b"x");
    assert_eq!(code, 2);
    assert!(err.contains("unknown field `nope`"), "{err}");
    let (code, _, err) = lede(
        &["analyze", "--options", "{\"maxInputBytes\": 3}", "-"],
        b"four",
    );
    assert_eq!(code, 1);
    assert!(err.contains("over the limit of 3 bytes"), "{err}");
}

#[test]
fn usage_errors_and_missing_files_say_what_is_wrong() {
    let (code, _, err) = lede(&[], b"");
    assert_eq!(code, 2);
    assert!(err.contains("Usage"));
    let (code, _, err) = lede(&["analyze", "/no/such/file.txt"], b"");
    assert_eq!(code, 1);
    assert!(err.contains("cannot read /no/such/file.txt"), "{err}");
    let (code, _, _) = lede(&["frobnicate"], b"");
    assert_eq!(code, 2);
}

#[test]
fn jobs_must_be_a_whole_number_of_at_least_one() {
    for bad in ["0", "-1", "two", "1.5", ""] {
        let (code, out, err) = lede(&["analyze", "--jsonl", "--jobs", bad], b"");
        assert_eq!(code, 2, "--jobs {bad:?}");
        assert!(out.is_empty());
        assert!(
            err.contains(&format!(
                "--jobs needs a whole number of threads, at least 1, not `{bad}`"
            )),
            "{err}"
        );
        assert!(err.contains("Usage"), "{err}");
    }
    let (code, _, err) = lede(&["analyze", "--jsonl", "--jobs"], b"");
    assert_eq!(code, 2);
    assert!(err.contains("--jobs needs a number of threads"), "{err}");
    let (code, _, err) = lede(&["analyze", "--jobs", "2", "-"], b"Hi.");
    assert_eq!(code, 2);
    assert!(err.contains("--jobs works with --jsonl only"), "{err}");
}

#[test]
fn invalid_utf8_is_repaired_with_a_warning() {
    let (code, out, err) = lede(&["analyze", "-"], b"Caf\xe9 closed. Bad \xff\xfe bytes.");
    assert_eq!(code, 0);
    assert!(err.contains("not valid UTF-8"));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["stats"]["sentences"], 2);
}
