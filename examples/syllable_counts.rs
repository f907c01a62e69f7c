//! Prints the syllable count of each word read from stdin, one per line, as
//! `word<TAB>count`.
//!
//! `--rules` counts with the spelling rules alone, without the exceptions
//! table: `scripts/gen_syllables.py` uses it to find the words the rules get
//! wrong, and `scripts/eval_syllables.py` to report both figures.
//!
//! ```text
//! printf 'table\nfire\n' | cargo run --release --example syllable_counts
//! ```

use std::io::{self, BufRead, BufWriter, Write};

use lede::stats::syllables::{rule_syllables, syllables};

fn main() -> io::Result<()> {
    let rules_only = std::env::args().skip(1).any(|a| a == "--rules");
    let count: fn(&str) -> u32 = if rules_only {
        rule_syllables
    } else {
        syllables
    };
    let stdin = io::stdin().lock();
    let mut out = BufWriter::new(io::stdout().lock());
    for line in stdin.split(b'\n') {
        let line = line?;
        let word = String::from_utf8_lossy(&line);
        let word = word.trim_end_matches('\r');
        writeln!(out, "{word}\t{}", count(word))?;
    }
    out.flush()
}
