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
    let mut child = Command::new(BIN)
        .args(["analyze", "--jsonl"])
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
        assert_eq!(v["id"], i, "result {i} arrives while stdin is still open");
    }
    drop(stdin);
    assert!(child.wait().unwrap().success());
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
fn invalid_utf8_is_repaired_with_a_warning() {
    let (code, out, err) = lede(&["analyze", "-"], b"Caf\xe9 closed. Bad \xff\xfe bytes.");
    assert_eq!(code, 0);
    assert!(err.contains("not valid UTF-8"));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["stats"]["sentences"], 2);
}
