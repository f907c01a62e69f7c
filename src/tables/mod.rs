//! Generated lexicons. Every file here except this one is written by a
//! script under `scripts/` and says at its top which script, from which
//! registry package, version and licence; do not edit them by hand.

pub mod syllables;
