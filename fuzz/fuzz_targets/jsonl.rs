//! The CLI's JSONL reader, `lede::jsonl::process`, on arbitrary bytes: any
//! input gives one output line per non-blank input line and never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut out = Vec::new();
    lede::jsonl::process(data, &mut out, &lede::Options::default()).expect("writing to a Vec");
    let blank = |l: &[u8]| String::from_utf8_lossy(l).trim().is_empty();
    let lines_in = data.split(|&b| b == b'\n').filter(|l| !blank(l)).count();
    let lines_out = out.split(|&b| b == b'\n').filter(|l| !l.is_empty()).count();
    assert_eq!(lines_in, lines_out);
});
