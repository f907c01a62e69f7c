//! The JSON Lines stream behind `lede analyze --jsonl`: one article in,
//! one result out, line by line.
//!
//! It lives in the library rather than the binary so that it can be tested
//! and fuzzed directly. Memory is bounded by the longest single line: each
//! line is read, analysed, written and flushed before the next is read.

use std::borrow::Cow;
use std::io::{self, BufRead, Write};

use serde::{Deserialize, Serialize};

use crate::{analyze, Analysis, Options};

/// One output line.
#[derive(Serialize)]
struct Record<'a> {
    id: &'a serde_json::Value,
    #[serde(skip_serializing_if = "Option::is_none")]
    analysis: Option<&'a Analysis>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<&'a String>,
}

/// One input line: `{"id": ..., "text": ...}` (the id is optional and may
/// be any JSON value; it is echoed back). The text is borrowed from the
/// line when it holds no escapes, which saves a copy of every article.
#[derive(Deserialize)]
struct Article<'a> {
    #[serde(default)]
    id: serde_json::Value,
    #[serde(borrow)]
    text: Cow<'a, str>,
}

/// Reads `{"id":..,"text":..}` lines from `input` and writes one
/// `{"id":..,"analysis":..}` line per non-blank input line to `out`, in
/// order. A line that is not such an object, is not valid UTF-8 (it is
/// repaired lossily first), or is refused by [`analyze`] gives
/// `{"id":..,"error":"line N: ..."}` and the stream goes on. Only I/O
/// errors stop it.
///
/// Each result is flushed before the next line is read, so a caller that
/// waits for a result before sending more input is never left waiting.
pub fn process(mut input: impl BufRead, out: &mut impl Write, options: &Options) -> io::Result<()> {
    let mut line = Vec::new();
    // One output buffer for the whole stream: a line is serialised into it
    // and written with one call, rather than in the many small writes
    // serde_json makes (each a trip through `out`'s buffering).
    let mut answer = Vec::new();
    let mut number = 0usize;
    loop {
        line.clear();
        if input.read_until(b'\n', &mut line)? == 0 {
            return Ok(());
        }
        number += 1;
        answer.clear();
        answer_line(number, &line, options, &mut answer)?;
        if !answer.is_empty() {
            out.write_all(&answer)?;
            out.flush()?;
        }
    }
}

/// Appends to `out` the output line (newline included) for input line
/// `number`, whose bytes are `line`; nothing for a blank line. The one
/// place that turns a line into its answer.
fn answer_line(number: usize, line: &[u8], options: &Options, out: &mut Vec<u8>) -> io::Result<()> {
    // `from_utf8` first: its ASCII fast path checks a valid line several
    // times faster than the lossy decoder, which is kept for bad bytes.
    let raw = match std::str::from_utf8(line) {
        Ok(text) => Cow::Borrowed(text),
        Err(_) => String::from_utf8_lossy(line),
    };
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        return Ok(());
    }
    let null = serde_json::Value::Null;
    let parsed = serde_json::from_str::<Article>(trimmed);
    let (id, result) = match &parsed {
        Err(e) => (
            &null,
            Err(format!(
                "line {number}: not an object with a string \"text\": {e}"
            )),
        ),
        Ok(article) => (
            &article.id,
            analyze(&article.text, options).map_err(|e| format!("line {number}: {e}")),
        ),
    };
    let record = match &result {
        Ok(analysis) => Record {
            id,
            analysis: Some(analysis),
            error: None,
        },
        Err(message) => Record {
            id,
            analysis: None,
            error: Some(message),
        },
    };
    serde_json::to_writer(&mut *out, &record).map_err(io::Error::other)?;
    out.push(b'\n');
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_line_gets_its_result_in_order_and_bad_lines_an_error() {
        let input = "{\"id\":1,\"text\":\"One. Two.\"}\nnot json\n\n{\"text\":\"Hi there.\"}\n";
        let mut out = Vec::new();
        process(input.as_bytes(), &mut out, &Options::default()).unwrap();
        let lines: Vec<serde_json::Value> = String::from_utf8(out)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), 3);
        assert_eq!(lines[0]["analysis"]["stats"]["sentences"], 2);
        assert!(lines[1]["error"].as_str().unwrap().starts_with("line 2:"));
        assert_eq!(lines[2]["id"], serde_json::Value::Null);
        assert_eq!(lines[2]["analysis"]["stats"]["words"], 2);
    }
}
