//! Syllable counting (placeholder rules; see scripts/gen_syllables.py).

/// Number of syllables in `word` (at least 1 for any word with a letter).
pub fn syllables(word: &str) -> u32 {
    let mut count = 0;
    let mut prev_vowel = false;
    for c in word.chars() {
        let v = matches!(c.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
        if v && !prev_vowel {
            count += 1;
        }
        prev_vowel = v;
    }
    count.max(1)
}
