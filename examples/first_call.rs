//! Cost of the first analysis (lazy table set-up) against the second.
use std::time::Instant;
fn main() {
    let tiny = "Hello there. Maria Lopez met the mayor of Lisbon on Tuesday for $5 million.";
    let o = lede::Options::default();
    let z = Instant::now();
    lede::analyze("", &o).unwrap();
    let a = Instant::now();
    println!("empty {:?}", a - z);
    lede::analyze(tiny, &o).unwrap();
    let b = Instant::now();
    lede::analyze(tiny, &o).unwrap();
    let c = Instant::now();
    println!("first {:?} second {:?}", b - a, c - b);
}
