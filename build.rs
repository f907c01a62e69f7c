//! Packs the large word tables of `src/tables/data/` for compiling in.
//!
//! A table file is sorted, so each line shares a prefix with the line
//! before it. A packed table holds the length of its text and the length of
//! its keys' part (four bytes each, little-endian); then the keys' part: for
//! each line, one byte counting the bytes its key (the text before its first
//! tab) shares with the line before's (at most 255), the rest of the key, and
//! a tab when the line goes on after it or its line break when it does not;
//! then the values' part: the rest of each line that goes on, after its first
//! tab, with its line break; and zeros at the end, at least eight, up to a
//! multiple of [`PAD`] bytes. The `#`
//! header lines are left out, as `table_body!` leaves them out of the tables
//! compiled in whole. gzip finds many of those shared prefixes itself, but
//! not all, and it packs the keys better apart from the values (a word's
//! frequency letter, a name's weight): packed, the six large tables below
//! are about 28 KB smaller gzipped (the wasm file's size budget is 400 KB),
//! and the three small ones 0.5 KB (measured 2026-12-07).
//! `src/tables/lexicon.rs` unpacks a table on its first lookup, and a test
//! there checks that every table unpacks to its file's body.
use std::path::Path;
use std::{env, fs};

/// The tables that are packed: all but the titles and the stop words,
/// which are read at compile time as text (packed as well, the wasm would
/// hold both forms).
const PACKED: [&str; 9] = [
    "given_names",
    "surnames",
    "places",
    "demonyms",
    "organizations",
    "org_words",
    "currencies",
    "word_freq",
    "verbs",
];

/// A packed table's length is a multiple of this, so that adding or taking
/// a few lines leaves it as long as it was (mostly): the data compiled in
/// after it keeps its addresses, and so do the many constants in the code
/// that point at them. A table a few bytes shorter had moved them and
/// changed the wasm's size gzipped by some hundreds of bytes, up or down;
/// the zeros cost nothing in the file (wasm-opt leaves runs of zeros out
/// of the data segments: memory starts zeroed).
const PAD: usize = 1024;

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
    let (mut keys, mut values) = (Vec::new(), Vec::new());
    let mut previous: &[u8] = &[];
    for line in body.as_bytes().split_inclusive(|&b| b == b'\n') {
        let line = &line[..line.len() - 1];
        let (key, value) = match line.iter().position(|&b| b == b'\t') {
            Some(tab) => (&line[..tab], Some(&line[tab + 1..])),
            None => (line, None),
        };
        let shared = previous
            .iter()
            .zip(key)
            .take(255)
            .take_while(|(a, b)| a == b)
            .count();
        keys.push(shared as u8);
        keys.extend_from_slice(&key[shared..]);
        if let Some(value) = value {
            keys.push(b'\t');
            values.extend_from_slice(value);
            values.push(b'\n');
        } else {
            keys.push(b'\n');
        }
        previous = key;
    }
    let keys_length = u32::try_from(keys.len()).map_err(|_| "over 4 GB".to_string())?;
    let mut out = length.to_le_bytes().to_vec();
    out.extend_from_slice(&keys_length.to_le_bytes());
    out.extend_from_slice(&keys);
    out.extend_from_slice(&values);
    // Room for the unpacker to read the last value a word at a time.
    out.extend_from_slice(&[0; 8]);
    out.resize(out.len().next_multiple_of(PAD), 0);
    Ok(out)
}
