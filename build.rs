//! Packs the large word tables of `src/tables/data/` for compiling in.
//!
//! A table file is sorted, so each line shares a prefix with the line
//! before it: a packed table holds the length of its text (four bytes,
//! little-endian), then, for each line, one byte counting the bytes it
//! shares with the line before (at most 255) and the rest of the line with
//! its line break, and eight bytes of padding at the end. The `#` header lines are left out, as `table_body!`
//! leaves them out of the tables compiled in whole. gzip finds many of
//! those shared prefixes itself, but not all: packed, the six tables below
//! are about 26 KB smaller gzipped (the wasm file's size budget is 400 KB).
//! `src/tables/lexicon.rs` unpacks a table on its first lookup, and a test
//! there checks that every table unpacks to its file's body.
use std::path::Path;
use std::{env, fs};

/// The tables that are packed (the others gain less than a few hundred
/// bytes, and two of them are read at compile time as text).
const PACKED: [&str; 6] = [
    "given_names",
    "surnames",
    "places",
    "organizations",
    "word_freq",
    "verbs",
];

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let out_dir = env::var_os("OUT_DIR").expect("cargo sets OUT_DIR");
    for name in PACKED {
        let path = format!("src/tables/data/{name}.txt");
        println!("cargo:rerun-if-changed={path}");
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let packed = pack(body(&text)).unwrap_or_else(|e| panic!("{path}: {e}"));
        let target = Path::new(&out_dir).join(format!("{name}.packed"));
        fs::write(&target, packed).unwrap_or_else(|e| panic!("{}: {e}", target.display()));
    }
}

/// The text after the `#` header lines.
fn body(text: &str) -> &str {
    let mut rest = text;
    while rest.starts_with('#') {
        rest = rest.split_once('\n').map_or("", |(_, after)| after);
    }
    rest
}

/// The packed form of a table's body (see the module's comment).
fn pack(body: &str) -> Result<Vec<u8>, String> {
    if !body.is_empty() && !body.ends_with('\n') {
        return Err("the last line has no line break".into());
    }
    let length = u32::try_from(body.len()).map_err(|_| "over 4 GB".to_string())?;
    let mut out = length.to_le_bytes().to_vec();
    let mut previous: &[u8] = &[];
    for line in body.as_bytes().split_inclusive(|&b| b == b'\n') {
        let shared = previous
            .iter()
            .zip(line)
            .take(255)
            .take_while(|(a, b)| a == b && **a != b'\n')
            .count();
        out.push(shared as u8);
        out.extend_from_slice(&line[shared..]);
        previous = line;
    }
    // Room for the unpacker to read the last line a word at a time.
    out.extend_from_slice(&[0; 8]);
    Ok(out)
}
