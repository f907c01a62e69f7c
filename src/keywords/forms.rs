//! Word forms: the one key under which every spelling of a word is counted.
//!
//! "Tariffs", "tariff" and "TARIFF" are one word to a reader, and so are
//! "co-operation" and "cooperation". The key is the word in lower case,
//! without a possessive ending, hyphens, apostrophes or dots, and in the
//! singular. Singularisation is by rule with short lists of exceptions: a
//! rare mistake ("buses" keyed as "buse") costs nothing as long as every
//! occurrence makes the same mistake, which a rule guarantees.

use crate::bare::prelude::*;
use crate::hash::compare_bytes;

pub use crate::text::{is_possessive, strip_possessive};

/// An acronym or initialism: "UN", "U.S.", "NATO", "G20" (capitals, and
/// two letters or digits at least).
pub fn is_acronym(word: &str) -> bool {
    let mut letters = 0;
    let mut digits = 0;
    for c in word.chars() {
        if c.is_alphabetic() {
            if !c.is_uppercase() {
                return false;
            }
            letters += 1;
        } else if c.is_ascii_digit() {
            digits += 1;
        } else if !matches!(c, '.' | '-' | '&') {
            return false;
        }
    }
    letters >= 1 && letters + digits >= 2
}

/// Writes the word in lower case, without a possessive ending, into `out`
/// (the form the lexicons are asked about).
pub fn lower(word: &str, out: &mut String) {
    out.clear();
    let word = strip_possessive(word);
    if word.is_ascii() {
        out.push_str(word);
        out.make_ascii_lowercase();
        return;
    }
    for c in word.chars() {
        if c == '’' {
            out.push('\'');
        } else {
            crate::text::case::push_lower(out, c);
        }
    }
}

/// Writes the merge key of `word` into `out`.
pub fn key(word: &str, out: &mut String) {
    out.clear();
    let word = strip_possessive(word);
    if word.is_ascii() {
        // Copied whole, then lowered, then rid of its marks if it has any:
        // cheaper than a char at a time.
        out.push_str(word);
        out.make_ascii_lowercase();
        if word.bytes().any(|b| matches!(b, b'-' | b'\'' | b'.')) {
            out.retain(|c| !matches!(c, '-' | '\'' | '.'));
        }
    } else {
        for c in word.chars() {
            match c {
                '-' | '\'' | '’' | '‐' | '‑' | '.' => {}
                _ => crate::text::case::push_lower(out, c),
            }
        }
    }
    if !is_acronym(word) {
        singularize(out);
    }
}

/// A rougher key for telling near-duplicates apart: the merge key without
/// an "-ing" or "-ed" ending ("canyoning" and "canyon", "bombing" and
/// "bomb" are too close to list both).
#[cfg_attr(lede_abort, optimize(size))]
pub fn stem(word: &str, out: &mut String) {
    key(word, out);
    for suffix in ["ing", "ed"] {
        if out.len() >= suffix.len() + 4 && out.ends_with(suffix) {
            // The suffix is ASCII, so the cut is on a char boundary.
            out.truncate(out.len() - suffix.len());
            break;
        }
    }
}

const IRREGULAR: &[(&str, &str)] = &[
    ("analyses", "analysis"),
    ("bonuses", "bonus"),
    ("buses", "bus"),
    ("calves", "calf"),
    ("campuses", "campus"),
    ("censuses", "census"),
    ("children", "child"),
    ("crises", "crisis"),
    ("criteria", "criterion"),
    ("diagnoses", "diagnosis"),
    ("echoes", "echo"),
    ("embargoes", "embargo"),
    ("feet", "foot"),
    ("geese", "goose"),
    ("halves", "half"),
    ("heroes", "hero"),
    ("hypotheses", "hypothesis"),
    ("knives", "knife"),
    ("leaves", "leaf"),
    ("lives", "life"),
    ("loaves", "loaf"),
    ("men", "man"),
    ("mice", "mouse"),
    ("phenomena", "phenomenon"),
    ("potatoes", "potato"),
    ("selves", "self"),
    ("shelves", "shelf"),
    ("statuses", "status"),
    ("teeth", "tooth"),
    ("thieves", "thief"),
    ("tomatoes", "tomato"),
    ("torpedoes", "torpedo"),
    ("vetoes", "veto"),
    ("viruses", "virus"),
    ("volcanoes", "volcano"),
    ("wives", "wife"),
    ("wolves", "wolf"),
    ("women", "woman"),
];

/// Words in "-s" that are not plurals.
const NOT_PLURAL: &[&str] = &[
    "aids",
    "always",
    "arms",
    "athletics",
    "chaos",
    "diabetes",
    "economics",
    "ethics",
    "lens",
    "mathematics",
    "means",
    "news",
    "perhaps",
    "physics",
    "politics",
    "series",
    "species",
    "thanks",
    "whereas",
];

/// Whether `w` ends as some irregular plural does (in "-es", "-en", "-et",
/// "-ia", "-na", "-ce", "-se" or "-th"), so that most words skip the
/// search of the table.
#[cfg_attr(lede_abort, optimize(size))]
fn may_be_irregular(w: &str) -> bool {
    matches!(
        w.as_bytes(),
        [.., b'e', b's' | b'n' | b't']
            | [.., b'i' | b'n', b'a']
            | [.., b'c' | b's', b'e']
            | [.., b't', b'h']
    )
}

/// Turns a lower-case plural into its singular in place.
#[cfg_attr(lede_abort, optimize(size))]
fn singularize(w: &mut String) {
    if may_be_irregular(w) {
        if let Ok(i) =
            IRREGULAR.binary_search_by(|(plural, _)| compare_bytes(plural.as_bytes(), w.as_bytes()))
        {
            w.clear();
            w.push_str(IRREGULAR[i].1);
            return;
        }
    }
    if w.len() < 4
        || !w.ends_with('s')
        || NOT_PLURAL
            .binary_search_by(|word| compare_bytes(word.as_bytes(), w.as_bytes()))
            .is_ok()
    {
        return;
    }
    // Every suffix tested below is ASCII, so cutting it leaves a char boundary.
    let n = w.len();
    if w.ends_with("ies") && n > 4 {
        w.truncate(n - 3);
        w.push('y');
    } else if ["sses", "xes", "ches", "shes", "zzes"]
        .iter()
        .any(|s| w.ends_with(s))
    {
        w.truncate(n - 2);
    } else if !["ss", "us", "is", "as"].iter().any(|s| w.ends_with(s)) {
        w.truncate(n - 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn k(word: &str) -> String {
        let mut out = String::new();
        key(word, &mut out);
        out
    }

    #[test]
    fn plural_singular_case_and_hyphen_variants_share_a_key() {
        assert_eq!(k("tariffs"), k("Tariff"));
        assert_eq!(k("co-operation"), k("Cooperation"));
        assert_eq!(k("countries’"), "country");
        assert_eq!(k("Pezeshkian's"), "pezeshkian");
        assert_eq!(k("exchanges"), "exchange");
        assert_eq!(k("taxes"), "tax");
        assert_eq!(k("women"), "woman");
        assert_eq!(k("crises"), "crisis");
    }

    #[test]
    fn words_that_only_look_plural_keep_their_s() {
        assert_eq!(k("news"), "news");
        assert_eq!(k("business"), "business");
        assert_eq!(k("status"), "status");
        assert_eq!(k("analysis"), "analysis");
        assert_eq!(k("AIDS"), "aids");
        assert_eq!(k("US"), "us");
    }

    #[test]
    fn stems_drop_ing_and_ed_from_long_words_only() {
        let stem = |w: &str| {
            let mut out = String::new();
            super::stem(w, &mut out);
            out
        };
        assert_eq!(stem("canyoning"), "canyon");
        assert_eq!(stem("Bombings"), "bomb");
        assert_eq!(stem("thing"), "thing");
        assert_eq!(stem("red"), "red");
    }

    #[test]
    fn tables_are_sorted_for_binary_search() {
        for pair in IRREGULAR.windows(2) {
            assert!(pair[0].0 < pair[1].0);
        }
        for (plural, _) in IRREGULAR {
            assert!(may_be_irregular(plural), "{plural}");
        }
        for pair in NOT_PLURAL.windows(2) {
            assert!(pair[0] < pair[1]);
        }
    }

    #[test]
    fn acronyms_are_all_capitals() {
        assert!(is_acronym("UN"));
        assert!(is_acronym("U.S."));
        assert!(is_acronym("G20"));
        assert!(!is_acronym("Iran"));
        assert!(!is_acronym("I"));
    }
}
