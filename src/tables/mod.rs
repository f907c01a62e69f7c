//! Generated lexicons. `syllables.rs` and everything under `data/` are
//! written by scripts under `scripts/` and say at their top which script,
//! from which registry package, version and licence; do not edit them by
//! hand. `lexicon.rs` is the hand-written loader for `data/`.

pub mod case;
pub mod lexicon;
pub mod syllables;
