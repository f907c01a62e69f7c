//! What the entity recogniser asks of the lexicons, in its own words.
//!
//! The generated tables in `crate::tables` store facts as sorted lines;
//! this module turns them into the questions the recogniser asks ("is this
//! a place, and which one?", "is this an ordinary English word?"), so the
//! table format can change without touching the recogniser.

use super::EntityType;

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

const PLACES: &[(&str, EntityType, &str)] = &[
    ("Caucasus", EntityType::Loc, "caucasus"),
    ("Gaza", EntityType::Gpe, "PS-gaza"),
    ("Iran", EntityType::Gpe, "IR"),
    ("Lebanon", EntityType::Gpe, "LB"),
    ("Moscow", EntityType::Gpe, "moscow"),
    ("New South Wales", EntityType::Gpe, "AU-NSW"),
    ("Russia", EntityType::Gpe, "RU"),
    ("Sydney", EntityType::Gpe, "sydney"),
    ("Syria", EntityType::Gpe, "SY"),
    ("Tehran", EntityType::Gpe, "tehran"),
    ("U.S.", EntityType::Gpe, "US"),
    ("US", EntityType::Gpe, "US"),
    ("Ukraine", EntityType::Gpe, "UA"),
    ("United States", EntityType::Gpe, "US"),
    ("West Asia", EntityType::Loc, "west-asia"),
];

const DEMONYMS: &[(&str, &str)] = &[
    ("Iranian", "IR"),
    ("Israeli", "IL"),
    ("Palestinian", "PS"),
    ("Russian", "RU"),
];

const ORGS: &[(&str, &str)] = &[
    ("Eurasian Economic Union", "EAEU"),
    ("UN", "UN"),
    ("United Nations", "UN"),
];

const TITLES: &[(&str, TitleKind)] = &[
    ("chief executive", TitleKind::Role),
    ("dr", TitleKind::Honorific),
    ("foreign minister", TitleKind::Role),
    ("minister", TitleKind::Role),
    ("mr", TitleKind::Honorific),
    ("mrs", TitleKind::Honorific),
    ("president", TitleKind::Role),
    ("prime minister", TitleKind::Role),
];

const ORG_WORDS: &[(&str, OrgWord)] = &[
    ("Bank", OrgWord::Head),
    ("Corp", OrgWord::Suffix),
    ("Inc", OrgWord::Suffix),
    ("Ltd", OrgWord::Suffix),
    ("Service", OrgWord::Head),
    ("Union", OrgWord::Head),
    ("University", OrgWord::OfHead),
];

const COMMON: &[&str] = &[
    "blue",
    "fire",
    "highway",
    "hill",
    "mountains",
    "rural",
    "service",
    "shares",
    "speaking",
    "top",
    "wales",
];
const STOP: &[&str] = &["a", "he", "it", "she", "the", "they", "this", "we"];
const GIVEN: &[&str] = &["Masoud", "Vladimir"];
const SURNAMES: &[&str] = &["Smith"];

/// A known place: its type (GPE or LOC) and canonical key.
pub fn place(name: &str) -> Option<(EntityType, &'static str)> {
    PLACES.iter().find(|p| p.0 == name).map(|p| (p.1, p.2))
}

/// A known organisation's canonical key.
pub fn organization(name: &str) -> Option<&'static str> {
    ORGS.iter().find(|o| o.0 == name).map(|o| o.1)
}

/// The country key of a nationality word ("Iranian", "Iranians").
pub fn demonym(word: &str) -> Option<&'static str> {
    DEMONYMS
        .iter()
        .find(|d| d.0 == word || (word.ends_with('s') && d.0 == &word[..word.len() - 1]))
        .map(|d| d.1)
}

/// A title phrase, given in lower case ("foreign minister").
pub fn title(phrase: &str) -> Option<TitleKind> {
    TITLES.iter().find(|t| t.0 == phrase).map(|t| t.1)
}

pub fn org_word(word: &str) -> Option<OrgWord> {
    ORG_WORDS.iter().find(|o| o.0 == word).map(|o| o.1)
}

/// Frequency class of a given name, if it is one.
pub fn given_name(word: &str) -> Option<u8> {
    GIVEN.contains(&word).then_some(5)
}

pub fn surname(word: &str) -> Option<u8> {
    SURNAMES.contains(&word).then_some(5)
}

/// An ordinary English word, usually written in lower case (given lower
/// case).
pub fn is_common_word(lower: &str) -> bool {
    COMMON.contains(&lower) || STOP.contains(&lower)
}

pub fn is_stopword(lower: &str) -> bool {
    STOP.contains(&lower)
}
