//! What the entity recogniser asks of the lexicons, in its own words.
//!
//! The generated tables in `crate::tables` store facts as sorted lines;
//! this module turns them into the questions the recogniser asks ("is this
//! a place, and which one?", "is this an ordinary English word?"), so the
//! table format can change without touching the recogniser.

use super::words::{slots_for, WordClasses};
use super::EntityType;
use crate::bare::prelude::*;

/// Words that end or begin organisation names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrgWord {
    /// "Union", "Bank", "Party", "Service": ends a name.
    Head,
    /// "University", "Ministry", "Department": begins "X of Y".
    OfHead,
    /// "Inc", "Corp", "Ltd", "PLC".
    Suffix,
}

/// How a title relates to a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TitleKind {
    /// "Mr", "Dr", "Sir": marks a person, says nothing of their job.
    Honorific,
    /// "President", "Foreign Minister": becomes the entity's role.
    Role,
}

use crate::tables::lexicon::{
    field, fields, key_count, next_key, resolve_key, word_freq_facts, DEMONYMS, GIVEN_NAMES,
    ORGANIZATIONS, ORG_WORDS, PLACES, STOPWORDS, SURNAMES, TITLES, TITLES_TEXT, WORD_FREQ,
};

/// A known place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub ty: EntityType,
    /// Canonical key shared by its aliases ("US" for "U.S." and "America").
    pub key: &'static str,
    /// Also a common word or given name ("Reading", "Victoria").
    pub ambiguous: bool,
}

impl Place {
    /// Whether it is a country: countries' keys are their ISO codes, two
    /// capitals ("PL"; not the town "Bo", keyed by its name).
    #[cfg_attr(lede_abort, optimize(size))]
    pub fn is_country(&self) -> bool {
        self.key.len() == 2 && self.key.bytes().all(|b| b.is_ascii_uppercase())
    }
}

/// The first reading of a key that may list several ("GE|US-GA"), for the
/// entry `name` (as stored in its table).
#[cfg_attr(lede_abort, optimize(size))]
fn first_key(name: &'static str, key: &'static str) -> &'static str {
    let first = match key.bytes().position(|b| b == b'|') {
        Some(bar) => &key[..bar],
        None => key,
    };
    resolve_key(name, first)
}

/// The entry of [`PLACES`] for `name`, or its folded form's
/// ([`folded_entry`]): the table leaves out a name whose folded twin says
/// the same (`scripts/gen_lexicons.py`), "São Paulo" found as "Sao Paulo",
/// whose key is "São Paulo".
#[cfg_attr(lede_abort, optimize(size))]
fn place_entry(name: &str) -> Option<(&'static str, &'static str)> {
    folded_entry(&PLACES, name)
}

/// The entry of `table` for `name`, or, for a name with letters outside
/// ASCII that the table lacks, for its [`fold_latin`] form; for one with a
/// straight apostrophe, for the name with a curly one.
fn folded_entry(
    table: &'static crate::tables::lexicon::Table,
    name: &str,
) -> Option<(&'static str, &'static str)> {
    match table.get_entry(name) {
        None if !name.is_ascii() => table.get_entry(&fold_latin(name)?),
        // The lists write the apostrophe curly ("Cox’s Bazar", "Côte
        // d’Ivoire"), as most texts do not.
        None if name.as_bytes().contains(&b'\'') => {
            let mut curly = String::with_capacity(name.len() + 8);
            for part in name.split('\'') {
                curly.push_str(part);
                curly.push('\u{2019}');
            }
            curly.pop();
            table.get_entry(&curly)
        }
        entry => entry,
    }
}

/// For each character of U+00C0..U+017F, the ASCII letter that Unicode
/// decomposes it into, with marks (NFKD: "ã" is "a" and a tilde), or `.`
/// for one it does not ("ß", "Ø", "Ł"). `fold_latin` in
/// `scripts/gen_lexicons.py` reads the same from Python's Unicode data.
const LATIN_BASE: &[u8; 192] = b"AAAAAA.CEEEEIIII.NOOOOO..UUUUY..aaaaaa.ceeeeiiii.nooooo..uuuuy.y\
AaAaAaCcCcCcCcDd..EeEeEeEeEeGgGgGgGgHh..IiIiIiIiI...JjKk.LlLlLl.\
...NnNnNn...OoOoOo..RrRrRrSsSsSsSsTtTt..UuUuUuUuUuUuWwYyYZzZzZzs";

/// `name` with each letter of [`LATIN_BASE`] that has a base letter
/// written as that letter ("Bogotá" -> "Bogota"), or `None` if none has.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn fold_latin(name: &str) -> Option<String> {
    // The UTF-8 lead bytes of U+00C0..U+017F: a name without one (most,
    // ASCII or not) has nothing to fold.
    if !name.bytes().any(|b| (0xC3..=0xC5).contains(&b)) {
        return None;
    }
    let mut out = String::with_capacity(name.len());
    let mut folded = false;
    for c in name.chars() {
        let base = (c as usize)
            .checked_sub(0xC0)
            .and_then(|i| LATIN_BASE.get(i))
            .filter(|&&b| b != b'.');
        match base {
            Some(&b) => {
                out.push(b as char);
                folded = true;
            }
            None => out.push(c),
        }
    }
    folded.then_some(out)
}
/// Whether `word` is a noun that a name with a possessive ending before
/// it makes the name of a condition ("Parkinson's disease", "Down's
/// syndrome", "Hodgkin's lymphoma"): the name is then no one's in the text,
/// and the keyphrase keeps the possessive.
#[cfg_attr(lede_abort, optimize(size))]
pub fn is_condition_noun(word: &str) -> bool {
    matches!(
        word,
        "disease" | "diseases" | "syndrome" | "lymphoma" | "palsy"
    )
}

/// A known place: its type (GPE or LOC), canonical key and ambiguity.
pub fn place(name: &str) -> Option<Place> {
    let (name, rest) = place_entry(name)?;
    let [key, letter] = fields(rest);
    // The type's letter, in lower case for an ambiguous name.
    let letter = *letter?.as_bytes().first()?;
    let ty = match letter.to_ascii_uppercase() {
        b'L' => EntityType::Loc,
        b'F' => EntityType::Fac,
        _ => EntityType::Gpe,
    };
    Some(Place {
        ty,
        key: first_key(name, key.unwrap_or("=")),
        ambiguous: letter.is_ascii_lowercase(),
    })
}

/// Whether `name` is a town or a country the lists know, and never
/// anything else ("Syria", "Kyiv"; not "Jordan", a person's name too).
#[cfg_attr(lede_abort, optimize(size))]
pub fn is_sure_gpe(name: &str) -> bool {
    place(name).is_some_and(|p| p.ty == EntityType::Gpe && !p.ambiguous)
}

/// Whether `key`, a place's key in the lists, is a country's ("FR") or a
/// state's ("US-WA"), not a town's (a town's key is its name: "Al-Kut" and
/// "Winston-Salem" are towns).
#[cfg_attr(lede_abort, optimize(size))]
pub fn is_region_key(key: &str) -> bool {
    let key = key.as_bytes();
    key.len() >= 2
        && key[..2].iter().all(u8::is_ascii_uppercase)
        && key.get(2).is_none_or(|&b| b == b'-')
}

/// Whether `name` may be a state or province ("Washington", "NSW"): one
/// of its keys is a subdivision's ("US-WA").
#[cfg_attr(lede_abort, optimize(size))]
pub fn is_subdivision(name: &str) -> bool {
    subdivision_key(name).is_some()
}

/// The key of the state or province `name` names, if it may name one
/// ("US-WA" of "Washington", "NG-KN" of "Kano", which is a city first).
#[cfg_attr(lede_abort, optimize(size))]
pub fn subdivision_key(name: &str) -> Option<&'static str> {
    let (_, rest) = place_entry(name)?;
    let [key] = fields::<1>(rest);
    key?.split('|').find(|k| {
        k.len() > 3 && k.as_bytes()[2] == b'-' && k[..2].bytes().all(|b| b.is_ascii_uppercase())
    })
}

/// A known organisation: its canonical key, and whether the name is also
/// an ordinary word ("Shell", "Target").
pub fn organization(name: &str) -> Option<(&'static str, bool)> {
    let (name, rest) = ORGANIZATIONS.get_entry(name)?;
    let [key, kind] = fields(rest);
    Some((
        first_key(name, key.unwrap_or("=")),
        kind == Some("ambiguous"),
    ))
}

/// The key of a nationality or group word ("Iranian", "Iranians" -> IR;
/// "Muslims" -> NORP-RELIGION).
pub fn demonym(word: &str) -> Option<&'static str> {
    let (word, rest) = DEMONYMS.get_entry(word)?;
    Some(first_key(word, field(rest, 0).unwrap_or("=")))
}

/// A title phrase, given in lower case ("foreign minister", "mr").
pub fn title(phrase: &str) -> Option<TitleKind> {
    // (The lists hold no full stops: a phrase read from the text may end
    // with one, "Rear Adm.")
    let phrase = phrase.strip_suffix('.').unwrap_or(phrase);
    let Some(entry) = TITLES.get_ascii_lowercase(phrase) else {
        // A role shared ("co-leader", "Co-Chair") or held before
        // ("then-President", "ex-minister").
        let rest = role_prefix(phrase)?;
        return title(rest).filter(|&kind| kind == TitleKind::Role);
    };
    match field(entry, 0)? {
        "role" => Some(TitleKind::Role),
        "honorific" => Some(TitleKind::Honorific),
        _ => None,
    }
}

/// What follows a prefix that a role may take, "co-", "then-" or "ex-",
/// in any case ("Co-Chair", "Then-President").
pub fn role_prefix(word: &str) -> Option<&str> {
    // (The hyphen is looked for in the first five bytes only.)
    let dash = crate::text::hyphen_within(word, 5)?;
    let (prefix, rest) = (&word[..dash], &word[dash + 1..]);
    ["co", "then", "ex"]
        .iter()
        .any(|p| prefix.eq_ignore_ascii_case(p))
        .then_some(rest)
}

/// The first word of each title of two or more words (repeats kept), as
/// many as the count after them; `K` is the number of titles.
const fn first_words_of_titles<const K: usize>() -> ([&'static str; K], usize) {
    let (mut words, mut count, mut at) = ([""; K], 0, 0);
    while let Some((key, next)) = next_key(TITLES_TEXT, at) {
        let bytes = key.as_bytes();
        let mut space = 0;
        while space < bytes.len() && bytes[space] != b' ' {
            space += 1;
        }
        if space > 0 && space < bytes.len() {
            // Cut at a space, so the word is whole characters.
            words[count] = match core::str::from_utf8(bytes.split_at(space).0) {
                Ok(word) => word,
                Err(_) => panic!("a title cut inside a character"),
            };
            count += 1;
        }
        at = next;
    }
    (words, count)
}

/// [`first_words_of_titles`] of [`TITLES`].
const FIRST_WORDS_OF_TITLES: ([&str; key_count(TITLES_TEXT)], usize) = first_words_of_titles();

/// [`FIRST_WORDS_OF_TITLES`] in a table of `N` words and `S` slots.
const fn title_first_words<const N: usize, const S: usize>() -> WordClasses<N, S, true> {
    let (words, count) = FIRST_WORDS_OF_TITLES;
    WordClasses::new(&[(words.split_at(count).0, 1)])
}

/// The number of distinct first words of titles.
const DISTINCT_FIRST_WORDS: usize = {
    const MOST: usize = FIRST_WORDS_OF_TITLES.1;
    title_first_words::<MOST, { slots_for(MOST) }>().len()
};

/// The first words of the titles of two or more words, entered at compile
/// time.
static FIRST_WORDS: WordClasses<DISTINCT_FIRST_WORDS, { slots_for(DISTINCT_FIRST_WORDS) }, true> =
    title_first_words();

/// Whether a title phrase of two or more words may begin with `word` (as
/// written, before lower-casing): false only when no such title in the
/// lexicon does, so a caller can skip looking up the longer phrases.
pub fn may_begin_title_phrase(word: &str) -> bool {
    if !word.is_ascii() || word.contains(' ') || word.is_empty() {
        return true; // not worth the care: look the phrases up
    }
    FIRST_WORDS.get(word) != 0
}

/// Whether `word`, with its full stop ("Inc."), is a legal suffix written
/// with one: listed so ("Corp.", "S.A."), or an English abbreviation that
/// the lists give without it ("Ltd.").
#[cfg_attr(lede_abort, optimize(size))]
pub fn is_dotted_suffix(word: &str) -> bool {
    matches!(word, "Ltd." | "Bros." | "Pty.") || ORG_WORDS.contains(word)
}

/// Whether a word ends or begins organisation names, or is a legal suffix.
pub fn org_word(word: &str) -> Option<OrgWord> {
    let rest = ORG_WORDS.get(word).or_else(|| {
        // "Inc." as "Inc"; a word without a full stop was just looked up.
        let bare = word.trim_end_matches('.');
        (bare.len() < word.len())
            .then(|| ORG_WORDS.get(bare))
            .flatten()
    })?;
    match field(rest, 0)? {
        "head" => Some(OrgWord::Head),
        "of-head" => Some(OrgWord::OfHead),
        "suffix" => Some(OrgWord::Suffix),
        _ => None,
    }
}

#[cfg_attr(lede_abort, optimize(size))]
fn weight(rest: &str) -> Option<u8> {
    field(rest, 0)?.parse().ok()
}

/// Words for when or how a role is held, before it: "former President",
/// "acting chief executive", "the incumbent president"; capitalised too,
/// opening a sentence ("Former India batsman Sunil Gavaskar", "Incumbent
/// Ranil Wickremesinghe").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
pub fn tenure_word(word: &str) -> bool {
    [
        "former",
        "acting",
        "interim",
        "outgoing",
        "incoming",
        "defending",
        "reigning",
        "incumbent",
    ]
    .iter()
    .any(|w| {
        // (By bytes: the words are ASCII.)
        let (a, b) = (word.as_bytes(), w.as_bytes());
        a.len() == b.len() && a[0] == b[0].to_ascii_uppercase() && a[1..] == b[1..] || a == b
    })
        // "seven-time champion", "long-time adviser".
        || word.len() > 5 && word.ends_with("-time")
}

/// Frequency class (1..9) of a given name.
///
/// (The lists of personal names are mostly written in ASCII: "Joaquín" is
/// found as "Joaquin", "Guzmán" as "Guzman", by [`folded_entry`].)
pub fn given_name(word: &str) -> Option<u8> {
    weight(folded_entry(&GIVEN_NAMES, word)?.1)
}

/// Frequency class (1..9) of a surname, found as [`given_name`] finds a
/// given name.
pub fn surname(word: &str) -> Option<u8> {
    weight(folded_entry(&SURNAMES, word)?.1)
}

/// A word's facts in the frequency table, in any case: round(2 × Zipf) and
/// its capitalised share in tenths (`None` for a word too rare for it).
#[cfg_attr(lede_abort, optimize(size))]
fn word_facts(word: &str) -> Option<(u8, u8)> {
    word_freq_facts(WORD_FREQ.get_ascii_lowercase(word)?)
}

/// An ordinary English word that is usually written in lower case: frequent
/// (Zipf 3.5 or more) and capitalised less than half the time.
#[cfg_attr(lede_abort, optimize(size))]
pub fn is_common_word(word: &str) -> bool {
    word_facts(word).is_some_and(|(zipf2, capitalised)| zipf2 >= 7 && capitalised <= 4)
}

/// An adverb in "-ly" that opens sentences ("Unfortunately",
/// "Regrettably"): at Zipf 3 or more, and capitalised no more than six
/// times in ten, as no name is ("Kelly", "Italy").
#[cfg_attr(lede_abort, optimize(size))]
pub fn sentence_adverb(word: &str) -> bool {
    word.ends_with("ly")
        && word_facts(word).is_some_and(|(zipf2, capitalised)| zipf2 >= 6 && capitalised <= 6)
}

/// Whether `word` (any case) is too rare a word for the frequency table,
/// and so is its singular ("Enterprises" is no rare word).
#[cfg_attr(lede_abort, optimize(size))]
pub fn is_rare_word(word: &str) -> bool {
    word_facts(word).is_none() && regular_singular(word).is_none_or(|w| word_facts(w).is_none())
}

/// Whether general English writes `word` (any case) with a capital at
/// least a tenth of the time, as words that open names do ("Universal",
/// "Virgin", "National"; not "Opposition", "Former").
#[cfg_attr(lede_abort, optimize(size))]
pub fn sometimes_capitalised(word: &str) -> bool {
    word_facts(word).is_none_or(|(_, cap)| cap != 0)
}

/// Whether general English writes `word` (any case) with a capital less
/// than a third of the time, or is too rare a word for the table to say
/// ("renewed"; not "united").
#[cfg_attr(lede_abort, optimize(size))]
pub fn seldom_capitalised(word: &str) -> bool {
    word_facts(word).is_none_or(|(_, cap)| cap <= 2)
}

/// The singular of a word shaped like a regular plural, an "s" cut off
/// ("Analysts" -> "Analyst"; not "Boss", nor a singular of fewer than three
/// letters): what a table that lacks the plural is asked instead.
#[cfg_attr(lede_abort, optimize(size))]
pub fn regular_singular(word: &str) -> Option<&str> {
    let singular = word.strip_suffix('s')?;
    (singular.len() >= 3 && !singular.ends_with('s')).then_some(singular)
}

/// Whether `word` ends as the plural of an ordinary noun does, in lower
/// case: a doer ("commuters", "Campaigners", "Delegates"), a thing done
/// ("shipments", "regulations").
#[cfg_attr(lede_abort, optimize(size))]
pub fn ordinary_plural(word: &str) -> bool {
    const ENDINGS: &[&str] = &["ants", "ates", "ents", "ers", "ions", "ists", "ors"];
    word.len() >= 6 && ENDINGS.iter().any(|e| word.ends_with(e))
}

/// Whether a list of names knows `word`, as written: a place, an
/// organisation, a nationality, a given name or a surname.
#[cfg_attr(lede_abort, optimize(size))]
pub fn is_listed_name(word: &str) -> bool {
    place(word).is_some()
        || organization(word).is_some()
        || demonym(word).is_some()
        || given_name(word).is_some()
        || surname(word).is_some()
}

/// A function word (spaCy's English stop list).
#[cfg_attr(lede_abort, optimize(size))]
pub fn is_stopword(word: &str) -> bool {
    STOPWORDS.get_ascii_lowercase(word).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_region_key_is_a_country_code_or_a_subdivision_code() {
        for key in ["FR", "US-WA", "AU-ACT", "FR-75"] {
            assert!(is_region_key(key), "{key}");
        }
        // Towns are keyed by their names, some with a hyphen third.
        for key in ["Al-Kut", "Ad-Damazin", "Winston-Salem", "Bo", "Mu-se"] {
            assert!(!is_region_key(key), "{key}");
        }
        assert_eq!(place("Al-Kut").unwrap().key, "Al-Kut");
    }

    #[test]
    fn a_place_written_with_accents_is_found_by_its_folded_twin() {
        assert_eq!(fold_latin("Bogotá").as_deref(), Some("Bogota"));
        assert_eq!(fold_latin("Łódź").as_deref(), Some("Łodz"));
        assert_eq!(fold_latin("Ørsted"), None);
        assert_eq!(fold_latin("Paris"), None);
        // The table keeps the folded spelling only; the key is the
        // accented one.
        assert!(PLACES.get("São Paulo").is_none());
        assert_eq!(place("São Paulo").unwrap().key, "São Paulo");
        assert_eq!(place("Sao Paulo").unwrap().key, "São Paulo");
        assert_eq!(place("Côte d'Ivoire").unwrap().key, "CI");
        // The generator folds as `fold_latin` does: no accented name is
        // left whose folded twin gives the same place.
        for (name, _) in PLACES.iter() {
            if let Some(folded) = fold_latin(name) {
                let (kept, twin) = (place_entry(name).unwrap(), PLACES.get_entry(&folded));
                let facts = |(n, rest): (&'static str, &'static str)| {
                    let [key, letter] = fields::<2>(rest);
                    (first_key(n, key.unwrap_or("=")), letter)
                };
                assert!(twin.is_none_or(|t| facts(t) != facts(kept)), "{name}");
            }
        }
    }

    #[test]
    fn a_county_named_like_a_surname_is_ambiguous_but_no_country_of_britain() {
        // (The generator's rule for the counties of Ireland and Great
        // Britain; "England" is a surname too.)
        assert!(place("Durham").unwrap().ambiguous);
        assert!(!place("Essex").unwrap().ambiguous);
        assert!(is_sure_gpe("England"));
    }

    #[test]
    fn every_multi_word_title_may_begin_with_its_first_word() {
        for (key, _) in TITLES.iter() {
            if let Some((first, _)) = key.split_once(' ') {
                assert!(may_begin_title_phrase(first), "{key:?}");
                let capitalised = format!("{}{}", first[..1].to_uppercase(), &first[1..]);
                assert!(may_begin_title_phrase(&capitalised), "{key:?}");
            }
        }
        // The compile-time table against the titles, word by word.
        let first_words: Vec<&str> = TITLES
            .iter()
            .filter_map(|(key, _)| key.split_once(' ').map(|(first, _)| first))
            .filter(|first| !first.is_empty())
            .collect();
        let others = ["Vladimir", "ministers", "x", "forei", "señor"];
        crate::entities::words::assert_answers_as_lists(
            &FIRST_WORDS,
            &[(&first_words, 1)],
            &others,
        );
        assert!(title("Foreign Minister") == Some(TitleKind::Role));
        assert!(may_begin_title_phrase("Foreign"));
        assert!(!may_begin_title_phrase("Vladimir"));
    }
}
