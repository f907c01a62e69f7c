// Placeholder: replaced by scripts/gen_syllables.py.
/// Words whose syllable count the rules get wrong, sorted, with their count.
pub static EXCEPTIONS: &[(&str, u8)] = &[];
