//! Closed word lists the sentence splitter needs: abbreviations by how they
//! behave before a following word, and the words that typically begin an
//! English sentence. Hand-written facts of English usage (small, closed
//! classes), kept sorted for binary search; lower case.

use crate::bare::prelude::*;
use crate::bare::Once;

use crate::hash::compare_bytes;

/// Titles written before a name: a full stop after them never ends a
/// sentence ("Mr. Smith", "Gen. Petraeus", "St. Louis").
const TITLES: &[&str] = &[
    "adm", "ald", "amb", "brig", "capt", "cmdr", "col", "cpl", "det", "dr", "fr", "gen", "gov",
    "hon", "insp", "lt", "maj", "messrs", "mlle", "mme", "mr", "mrs", "ms", "mssrs", "mt", "pres",
    "prof", "pte", "rep", "reps", "rev", "sen", "sens", "sgt", "sr", "st", "supt",
];

/// Abbreviations followed by a number in running text ("No. 5", "Jan. 12",
/// "Fig. 3", "p. 12"): before a number their full stop never ends a
/// sentence; elsewhere they behave like [`AMBIGUOUS`] ones.
const BEFORE_NUMBER: &[&str] = &[
    "apr", "art", "aug", "ch", "dec", "ext", "feb", "fig", "figs", "jan", "jul", "jun", "mar",
    "no", "nos", "nov", "oct", "op", "p", "para", "pp", "sec", "sep", "sept", "tel", "vol", "vols",
];

/// Abbreviations that introduce what follows and never end a sentence.
const NEVER_FINAL: &[&str] = &[
    "approx", "ca", "cf", "e.g.", "i.e.", "incl", "v", "viz", "vs",
];

/// Abbreviations that may or may not end a sentence ("Apple Inc. said" /
/// "... and Apple Inc. The company"): a break only when a typical sentence
/// opener follows.
const AMBIGUOUS: &[&str] = &[
    "ala", "alta", "ariz", "ark", "assn", "ave", "blvd", "bros", "calif", "co", "colo", "conn",
    "corp", "dept", "est", "etc", "fla", "ft", "ga", "govt", "ill", "inc", "ind", "jr", "kan",
    "ky", "la", "llc", "ltd", "mass", "md", "mich", "minn", "miss", "mo", "mont", "neb", "nev",
    "nfld", "okla", "ont", "ore", "pa", "plc", "pty", "que", "rd", "sask", "tenn", "tex", "univ",
    "va", "vt", "wash", "wis", "wyo",
];

/// Words that commonly open an English sentence: determiners, pronouns,
/// conjunctions, prepositions and sentence adverbs. After an ambiguous
/// abbreviation or an initial, a capitalised word from this list signals a
/// new sentence; any other capitalised word is more likely a name. A blank
/// apart and sorted, for [`in_words`].
const SENTENCE_OPENERS: &str =
    "a about according after again all also although among an and another any anybody anyone are \
     as at because before both but by can despite did do does during each earlier even every \
     everybody everyone few finally first for from further furthermore had has have he her here \
     him his how however i if in indeed instead is it its last later let many me meanwhile mine \
     more moreover most much my neither nevertheless next no nobody none nor not nothing now of \
     on once one only or other our over perhaps she since so some somebody someone something \
     still such that the their them then there these they this those though thus to today under \
     unlike until us was we were what when where whether which while who why with within without \
     yesterday yet you your";

/// Month names and their short forms, lower case.
pub(crate) const MONTHS: &[&str] = &[
    "apr",
    "april",
    "aug",
    "august",
    "dec",
    "december",
    "feb",
    "february",
    "jan",
    "january",
    "jul",
    "july",
    "jun",
    "june",
    "mar",
    "march",
    "may",
    "nov",
    "november",
    "oct",
    "october",
    "sep",
    "sept",
    "september",
];

/// Day names and their short forms, lower case.
pub(crate) const WEEKDAYS: &[&str] = &[
    "fri",
    "friday",
    "mon",
    "monday",
    "sat",
    "saturday",
    "sun",
    "sunday",
    "thu",
    "thur",
    "thurs",
    "thursday",
    "tue",
    "tues",
    "tuesday",
    "wed",
    "wednesday",
];

/// The index of "Time" ending a time zone's name written out from index
/// `j`, `word(k)` the k-th word ("" past the end): one or two capitalised
/// words and "Time" ("India Standard Time", "Pacific Time"). For the
/// sentence splitter after "a.m." and the time's matcher alike. A zone of
/// North America takes "time" in lower case too ("10 a.m. Pacific time").
#[cfg_attr(lede_abort, optimize(size))]
pub fn zone_name_end<'w>(word: impl Fn(usize) -> &'w str, j: usize) -> Option<usize> {
    if word(j + 1) == "time"
        && matches!(
            word(j),
            "Pacific" | "Eastern" | "Central" | "Mountain" | "Atlantic"
        )
    {
        return Some(j + 1);
    }
    (j + 1..j + 3)
        .take_while(|&k| word(k - 1).starts_with(|c: char| c.is_ascii_uppercase()))
        .find(|&k| word(k) == "Time")
}

#[cfg_attr(lede_abort, optimize(size))]
pub fn is_day_or_month(word: &str) -> bool {
    contains(MONTHS, word) || contains(WEEKDAYS, word)
}

/// Whether the short `list` holds `word`, ignoring ASCII case: one loop,
/// not inlined (a loop over a constant list with `eq_ignore_ascii_case`
/// compiles unrolled where it stands, a comparison per entry, large in
/// wasm).
#[inline(never)]
#[cfg_attr(lede_abort, optimize(size))]
pub(crate) fn any_ignoring_case(list: &[&str], word: &str) -> bool {
    list.iter().any(|entry| entry.eq_ignore_ascii_case(word))
}

/// Whether the sorted lower-case `list` holds `word`, ignoring ASCII case.
/// No allocation: the word is lower-cased into a stack buffer. Shared by
/// every closed word list of the crate. A word longer than any list entry
/// can be (16 bytes) is in no list; one outside ASCII is compared with its
/// other characters as written ("bolívares").
pub(crate) fn contains(list: &[&str], word: &str) -> bool {
    debug_assert!(list.windows(2).all(|w| w[0] < w[1]), "list must be sorted");
    let mut buf = [0u8; 16];
    let Some(lower) = lowered(word, &mut buf) else {
        return false;
    };
    list.binary_search_by(|entry| compare_bytes(entry.as_bytes(), lower))
        .is_ok()
}

/// Whether `word`, its ASCII letters lower-cased, is one of `words`: a
/// list written as one string, a blank apart and sorted (one string: an
/// array of strings costs a pointer and a length an entry). For lists read
/// at run time only; those entered in a table at compile time stay arrays.
#[cfg_attr(lede_abort, optimize(size))]
pub(crate) fn in_words(words: &str, word: &str) -> bool {
    let mut buf = [0u8; 16];
    lowered(word, &mut buf).is_some_and(|lower| in_sorted(words.as_bytes(), b' ', lower))
}

/// Whether `word` is one of `words` (as [`in_words`]) byte for byte.
#[cfg_attr(lede_abort, optimize(size))]
pub(crate) fn in_words_as_written(words: &str, word: &str) -> bool {
    in_sorted(words.as_bytes(), b' ', word.as_bytes())
}

/// Whether `word` is an entry of `list`, its entries `sep` apart and in
/// byte order: read entry by entry, up to the first that opens with a
/// byte past `word`'s first. (No `split` by a character: its searcher
/// costs a `memchr` call an entry, and had made the analysis half again
/// as long.)
pub(crate) fn in_sorted(list: &[u8], sep: u8, word: &[u8]) -> bool {
    let Some(&first) = word.first() else {
        return false;
    };
    let mut start = 0;
    while let Some(&b) = list.get(start) {
        if b > first {
            return false;
        }
        let end = list[start..]
            .iter()
            .position(|&c| c == sep)
            .map_or(list.len(), |n| start + n);
        if b == first && &list[start..end] == word {
            return true;
        }
        start = end + 1;
    }
    false
}

/// Checks a list of [`in_words_as_written`]: sorted, one blank apart, no
/// entry twice; for [`in_words`] (`lowered`), also in lower case and none
/// longer than the 16 bytes it lower-cases.
#[cfg(test)]
pub(crate) fn assert_word_list(words: &str, lowered: bool) {
    let list: Vec<&str> = words.split(' ').collect();
    assert!(list.iter().all(|w| !w.is_empty()), "{words:?}");
    if lowered {
        let fits = |w: &&str| w.len() <= 16 && !w.bytes().any(|b| b.is_ascii_uppercase());
        assert!(list.iter().all(fits), "{words:?}");
    }
    for pair in list.windows(2) {
        assert!(pair[0] < pair[1], "{:?} before {:?}", pair[0], pair[1]);
    }
}

/// `word` with its ASCII letters lower-cased into `buf`; `None` when it is
/// longer than the buffer (and so in no list).
fn lowered<'b>(word: &str, buf: &'b mut [u8; 16]) -> Option<&'b [u8]> {
    let bytes = word.as_bytes();
    if bytes.len() > buf.len() {
        return None;
    }
    for (d, s) in buf.iter_mut().zip(bytes) {
        *d = s.to_ascii_lowercase();
    }
    Some(&buf[..bytes.len()])
}

/// Which abbreviation list a word is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Abbreviation {
    /// [`is_title`].
    Title,
    /// [`is_before_number_abbreviation`].
    BeforeNumber,
    /// [`is_never_final_abbreviation`].
    NeverFinal,
    /// [`is_ambiguous_abbreviation`].
    Ambiguous,
}

/// The abbreviation list holding `word`, ignoring ASCII case, if any: one
/// binary search of the four lists merged (they share no word), where
/// asking each list in turn would take four.
pub fn abbreviation(word: &str) -> Option<Abbreviation> {
    static MERGED: Once<Vec<(&'static str, Abbreviation)>> = Once::new();
    let merged = MERGED.get_or_init(|| {
        let lists = [
            (TITLES, Abbreviation::Title),
            (BEFORE_NUMBER, Abbreviation::BeforeNumber),
            (NEVER_FINAL, Abbreviation::NeverFinal),
            (AMBIGUOUS, Abbreviation::Ambiguous),
        ];
        // Each list is sorted: merged by taking the least of their heads
        // in turn (no sort, whose code would come into the wasm for this
        // one element type).
        let mut heads = [0usize; 4];
        let mut all = Vec::with_capacity(lists.iter().map(|(list, _)| list.len()).sum());
        while let Some(k) = (0..lists.len())
            .filter(|&k| heads[k] < lists[k].0.len())
            .min_by_key(|&k| lists[k].0[heads[k]])
        {
            all.push((lists[k].0[heads[k]], lists[k].1));
            heads[k] += 1;
        }
        debug_assert!(all.windows(2).all(|w| w[0].0 < w[1].0));
        all
    });
    let mut buf = [0u8; 16];
    let lower = lowered(word, &mut buf)?;
    let found = merged.binary_search_by(|(entry, _)| compare_bytes(entry.as_bytes(), lower));
    found.ok().map(|i| merged[i].1)
}

pub fn is_title(word: &str) -> bool {
    contains(TITLES, word)
}

pub fn is_before_number_abbreviation(word: &str) -> bool {
    contains(BEFORE_NUMBER, word)
}

pub fn is_never_final_abbreviation(word: &str) -> bool {
    contains(NEVER_FINAL, word)
}

pub fn is_ambiguous_abbreviation(word: &str) -> bool {
    contains(AMBIGUOUS, word)
}

/// A capitalised word that usually opens a sentence ("The", "However").
pub fn is_sentence_opener(word: &str) -> bool {
    word.starts_with(|c: char| c.is_uppercase()) && in_words(SENTENCE_OPENERS, word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_for_binary_search() {
        for list in [TITLES, BEFORE_NUMBER, NEVER_FINAL, AMBIGUOUS] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
        assert_word_list(SENTENCE_OPENERS, true);
    }

    #[test]
    fn abbreviation_lists_share_no_word_and_merge_into_one_lookup() {
        let lists = [
            (TITLES, Abbreviation::Title),
            (BEFORE_NUMBER, Abbreviation::BeforeNumber),
            (NEVER_FINAL, Abbreviation::NeverFinal),
            (AMBIGUOUS, Abbreviation::Ambiguous),
        ];
        for (list, kind) in lists {
            for word in list {
                assert_eq!(abbreviation(word), Some(kind), "{word}");
                assert_eq!(abbreviation(&word.to_uppercase()), Some(kind), "{word}");
            }
        }
        for word in ["said", "", "Smith", "mrs.", "a", "approximately", "café"] {
            let expected = lists
                .iter()
                .find(|(list, _)| contains(list, word))
                .map(|&(_, kind)| kind);
            assert_eq!(abbreviation(word), expected, "{word}");
        }
    }

    #[test]
    fn lookups_ignore_case() {
        assert!(is_title("Mr"));
        assert!(is_title("DR"));
        assert!(is_ambiguous_abbreviation("Inc"));
        assert!(is_sentence_opener("The"));
        assert!(!is_sentence_opener("the"));
        assert!(!is_sentence_opener("Tolkien"));
    }
}
