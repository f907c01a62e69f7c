//! What the keyphrase extractor asks of the lexicons, in its own words.
//!
//! There is no part-of-speech tagger in lede, so the candidate finder works
//! from word shapes and a few short hand-made lists: words that never belong
//! in a keyphrase (reporting verbs, adverbs, pronoun-like words), adjectives
//! that may modify a noun but never end a phrase, generic nouns that are too
//! vague to stand alone, and the nouns that merely look like adverbs or
//! participles ("family", "hundred"). The lists are short on purpose: the
//! background frequency table (generated, in `crate::tables`) does the rest by
//! making common words weigh little.
//!
//! The stop words (spaCy's), the background frequencies and the demonyms
//! come from the generated tables in `crate::tables::lexicon`. The hand
//! lists are kept sorted (a unit test checks) and are merged at compile
//! time into one hash table from word to [`Traits`], so a word costs one
//! lookup.

/// Words that never belong in a keyphrase, whatever their case, beyond the
/// stop words: reporting and other verbs that are hardly ever nouns,
/// adverbs without "-ly", prepositions and determiners spaCy's list lacks,
/// honorifics and the short forms of titles ("Sen.", "Lt. Gen."), and time
/// deictics.
#[rustfmt::skip]
const NEVER: &[&str] = &[
    "accordance", "according", "accuses", "add", "added", "adding", "adds", "adm", "admits",
    "admitted", "ago", "agreed", "ahead", "aimed", "allegedly", "allowed", "allows",
    "alongside", "amid", "amidst", "announced", "announces", "anybody", "appeared", "appears",
    "argued", "argues", "arrived", "asked", "asks", "ate", "away", "became", "began", "begin",
    "begins", "begun", "behalf", "believe", "believed", "believes", "beneath", "best", "better",
    "bigger", "billion", "billions", "bought", "brig", "broke", "brought", "came", "capt",
    "caught", "caused", "chose", "chosen", "claimed", "col", "comes", "concerning", "confirmed",
    "confirms", "considered", "continued", "continues", "decided", "declared", "denied",
    "denies", "described", "despite", "didn't", "died", "doesn't", "don't", "dozen", "dozens",
    "dr", "drew", "driven", "drove", "earlier", "eaten", "eighteen", "eighth", "eighty",
    "emphasised", "emphasized", "etc", "everybody", "expect", "expected", "expects",
    "explained", "explains", "expressed", "fallen", "fell", "felt", "fewer", "fifth", "flew",
    "flown", "following", "forgot", "forgotten", "fought", "found", "fourteen", "fourth",
    "froze", "gave", "gen", "given", "gives", "goes", "going", "gone", "got", "gov", "greater",
    "grew", "grown", "happened", "having", "heard", "held", "helped", "hid", "hidden", "higher",
    "hopes", "hundreds", "hung", "i'm", "included", "includes", "including", "indicated",
    "inside", "insisted", "insists", "it's", "kept", "knew", "know", "known", "knows", "larger",
    "later", "led", "left", "lent", "let", "let's", "like", "likes", "longer", "looked",
    "looks", "lost", "lots", "lower", "lt", "maj", "maybe", "meant", "met", "million",
    "millions", "mr", "mrs", "ms", "near", "nearly", "nineteen", "ninety", "ninth", "noted",
    "ok", "okay", "older", "onwards", "outside", "paid", "plenty", "plus", "pointed", "prof",
    "ran", "rang", "regard", "rep", "reported", "reps", "revealed", "risen", "rose", "said", "sang",
    "sank", "sat", "saw", "saying", "says", "seen", "sen", "sens", "sent", "seventeen", "seventh",
    "seventy", "sgt", "shaken", "shook", "shorter", "shot", "showed", "shown", "shows", "sir",
    "sixteen", "sixth", "slept", "smaller", "sold", "soon", "sought", "spent", "spoke",
    "spoken", "stand", "stands", "stated", "stole", "stolen", "stood", "stressed", "stronger",
    "struck", "suggested", "suggests", "swam", "swept", "swore", "taken", "takes", "taking",
    "taught", "tell", "telling", "tells", "tens", "tenth", "thanks", "think", "thinks",
    "thirteen", "thirty", "thought", "thousand", "thousands", "threw", "throughout", "thrown",
    "till", "today", "told", "tonight", "took", "tore", "tried", "tries", "trillion", "twice",
    "underneath", "understood", "undertook", "unless", "unlike", "upcoming", "upheld", "urged",
    "urges", "versus", "vs", "want", "wanted", "wants", "warned", "warns", "weaker", "went",
    "whilst", "wider", "withdrawn", "withdrew", "woke", "won", "won't", "wore", "worse",
    "worst", "written", "wrote", "yeah", "yes", "yesterday", "younger",
];

/// Adjectives of size, age, rank or judgement: they say little about the
/// topic, so a phrase neither opens nor ends with one ("huge bushfire" is
/// counted as "bushfire").
#[rustfmt::skip]
const LOOSE_ADJECTIVES: &[&str] = &[
    "additional", "alleged", "bad", "big", "certain", "clear", "continuing", "current",
    "early", "entire", "extra", "fellow", "good", "great", "growing", "huge", "important",
    "increasing", "key", "large", "latest", "lengthy", "likely", "little", "local", "long",
    "main", "major", "massive", "minor", "mounting", "new", "numerous", "old", "ongoing",
    "possible", "potential", "preliminary", "previous", "real", "recent", "rising", "secret",
    "serious", "short", "significant", "small", "so-called", "strong", "sure", "suspected",
    "true", "unidentified", "unnamed", "various", "widespread",
];

/// Verbs (base form) that are hardly ever nouns: after "to", a modal or a
/// subject pronoun, and anywhere else, they end a phrase.
#[rustfmt::skip]
const VERBS: &[&str] = &[
    "achieve", "allow", "announce", "apply", "argue", "ask", "become", "bring", "build",
    "choose", "consider", "continue", "create", "decide", "deliver", "deny", "describe",
    "determine", "develop", "discuss", "eliminate", "enable", "encourage", "enhance", "ensure",
    "establish", "examine", "explain", "facilitate", "find", "follow", "happen", "help",
    "identify", "implement", "improve", "include", "introduce", "involve", "leave", "maintain",
    "obtain", "occur", "prevent", "promote", "protect", "provide", "receive", "reduce",
    "remain", "remove", "require", "seek", "serve", "strengthen", "suggest", "tackle", "try",
    "understand", "utilise", "utilize", "wish",
];

/// Adverbs ending in "-ly" are dropped; these "-ly" words are nouns.
#[rustfmt::skip]
const LY_NOUNS: &[&str] = &[
    "ally", "anomaly", "assembly", "belly", "bully", "butterfly", "family", "fly", "folly",
    "gully", "homily", "italy", "jelly", "july", "lily", "monopoly", "rally", "reply",
    "supply", "tally",
];

/// "-ly" words that are adjectives: they may modify a noun.
#[rustfmt::skip]
const LY_ADJECTIVES: &[&str] = &[
    "bodily", "costly", "daily", "deadly", "early", "elderly", "friendly", "holy", "hourly",
    "likely", "lively", "lonely", "lovely", "monthly", "nightly", "orderly", "quarterly",
    "scholarly", "silly", "timely", "ugly", "unfriendly", "unlikely", "weekly", "worldly",
    "yearly",
];

/// Words ending in "-ed" that are nouns or adjectives, not participles.
#[rustfmt::skip]
const ED_WORDS: &[&str] = &[
    "bed", "bleed", "breed", "creed", "deed", "feed", "greed", "hundred",
    "need", "red", "seed", "shed", "sled", "speed", "steed", "wed", "weed",
];

/// Common adjectives: they may begin or sit inside a phrase, never end it.
#[rustfmt::skip]
const ADJECTIVES: &[&str] = &[
    "able", "additional", "available", "bad", "big", "bilateral", "bright", "central",
    "certain", "clear", "close", "cold", "common", "comprehensive", "current", "dead",
    "difficult", "double", "dry", "eastern", "easy", "economic", "entire", "extra", "false",
    "federal", "fellow", "final", "financial", "foreign", "free", "general", "good", "great",
    "hard", "heavy", "high", "hot", "huge", "important", "inappropriate", "interim",
    "internal", "international", "joint", "key", "large", "late", "latest", "legal", "light",
    "little", "local", "long", "low", "main", "major", "massive", "military", "minor",
    "mutual", "national", "new", "northern", "old", "open", "optimistic", "political",
    "possible", "previous", "rare", "real", "recent", "regional", "relevant", "right", "safe",
    "senior", "severe", "significant", "similar", "single", "small", "social", "southern",
    "special", "strong", "sure", "true", "unclear", "unprofessional", "warm", "western", "wet",
    "wide", "young",
];

/// Nouns with adjective endings ("-ive", "-ic", "-able"), allowed to end a phrase.
#[rustfmt::skip]
const NOUNS_LIKE_ADJECTIVES: &[&str] = &[
    "alternative", "archive", "arctic", "atlantic", "bible", "cable", "captive", "clinic",
    "collective", "conservative", "constable", "critic", "detective", "directive", "epidemic",
    "executive", "explosive", "fugitive", "incentive", "initiative", "logic", "magic",
    "mechanic", "motive", "music", "narrative", "native", "objective", "offensive",
    "operative", "pacific", "panic", "perspective", "plastic", "progressive", "public",
    "relative", "representative", "republic", "table", "topic", "traffic", "variable",
    "vegetable",
];

/// Nouns too vague to stand alone as a keyphrase ("people", "year"); they
/// may end a longer one ("boat people").
#[rustfmt::skip]
const GENERIC_NOUNS: &[&str] = &[
    "afternoon", "agencies", "analysts", "approach", "area", "arena", "arenas", "artist", "artists",
    "aspect", "aspects", "background", "barrel", "barrels", "bit", "case", "category", "cent", "ceremony",
    "change", "changes", "chapter", "colleague", "colleagues", "comment", "comments", "companies",
    "company", "countries", "country", "crowns", "customers", "day", "days", "debut", "details",
    "development", "developments", "district", "districts", "document", "documents", "dollars",
    "east", "eastern", "effort", "efforts", "end", "engineers", "estimates", "euros", "evening",
    "example", "face", "fact", "features", "field", "forecasts", "form", "founder", "gains",
    "group", "groups", "hectare", "hectares", "hour", "hours", "incident", "interest", "interests",
    "issue", "issues", "kilometers", "kilometres", "kind", "level", "levels", "lot", "magnitude",
    "man", "markets", "matter", "matters", "men", "meters", "metres", "miles", "minute", "minutes",
    "moment", "month", "months", "morning", "night", "north", "northern", "number", "operations",
    "ounce", "ounces", "output", "part", "people", "percent", "person", "place", "plan", "plans",
    "player", "players", "point", "position", "possibility", "pounds", "powers", "problem",
    "problems", "province", "provinces", "question", "questions", "range", "reason", "reasons",
    "record", "region", "report", "reports", "result", "results", "role", "rules", "series",
    "shareholders", "shares", "sides", "situation", "sort", "south", "southern", "statement",
    "step", "steps", "systems", "terms", "thing", "things", "thousands", "time", "times", "ton",
    "tonne", "tonnes", "tons", "type", "use", "view", "views", "way", "ways", "week", "weekend",
    "weeks", "west", "western", "woman", "women", "world", "year", "years", "zero",
];

/// Verbs of the headlines of markets, results and trends, which are nouns
/// too: their base form after a plural word ("Qantas shares jump after
/// ...", "Gold prices edge higher", "as tensions mount"), and their form in
/// "-s" after a singular one ("profit beats forecasts", "as inflation
/// eases"), is the headline's verb, and in any sentence the verb of a
/// clause that a conjunction opens, at its end ("as inflation eases.").
#[rustfmt::skip]
const HEADLINE_VERBS: &[&str] = &[
    "axes", "backs", "beats", "block", "blocks", "caps", "climb", "climbs", "clinches", "collapse",
    "collapses", "completes", "cool", "cools", "cuts", "destroys", "dies", "dip", "dips", "drop",
    "drops", "ease", "eases", "edge", "edges", "eyes", "fall", "falls", "fetches", "fight",
    "fights", "files", "forces", "fouls", "hails", "halts", "heats", "hits", "jostle", "jump",
    "jumps", "kills", "lands", "leap", "leaps", "lifts", "loses", "march", "marches", "misses",
    "mount", "mounts", "nears", "nets", "passes", "plunge", "plunges", "raises", "rally", "reach",
    "reaches", "rebound", "rebounds", "reject", "rejects", "remain", "remains", "resumes",
    "reunites", "rise", "rises", "sails", "seeks", "sheds", "shifts", "shuts", "signals", "sink",
    "sinks", "slams", "slashes", "slide", "slides", "slip", "slips", "slow", "slows", "slump",
    "slumps", "soar", "soars", "stall", "stalls", "steer", "steers", "stuns", "surge", "surges",
    "take", "takes", "test", "tests", "tops", "trims", "tumble", "tumbles", "undervalues", "urges",
    "vows", "warns", "wins", "wrests",
];

/// "pleads", "condemns": the third person of a verb in [`VERB_TABLE`] that
/// the table lacks, its form too rare for the table's cut; but for the
/// forms that the table leaves out as nouns in WordNet ("remains",
/// "proceeds": `build_verbs` in `scripts/gen_lexicons.py`).
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn third_person_of_verb(lower: &str) -> bool {
    const NOUNS: &[&str] = &[
        "amends",
        "eats",
        "proceeds",
        "quits",
        "remains",
        "scissors",
        "strangles",
        "summons",
        "withers",
    ];
    let Some(stem) = lower.strip_suffix('s').filter(|s| s.len() >= 4) else {
        return false;
    };
    if NOUNS.contains(&lower) {
        return false;
    }
    // ("pushes": "-es" after a hissing sound or an "o" only; "retirees"
    // is no "retire".)
    VERB_TABLE.contains(stem)
        || stem.strip_suffix('e').is_some_and(|s| {
            let takes_es = matches!(s.as_bytes().last(), Some(b's' | b'x' | b'z' | b'o'));
            (takes_es || s.ends_with("ch") || s.ends_with("sh")) && VERB_TABLE.contains(s)
        })
}

/// Verbs whose past tense is their base form, and which are nouns too:
/// after a singular subject that a determiner opened, before an object, a
/// number, a name or a particle, the verb ("the storm hit the coast", "the
/// company cut 300 jobs", "the agreement set up an inquiry").
#[rustfmt::skip]
const PAST_AS_BASE: &[&str] = &[
    "beat", "bet", "bid", "broadcast", "burst", "cast", "cost", "cut", "forecast", "hit",
    "hurt", "put", "quit", "set", "shed", "shut", "split", "spread", "upset",
];

/// Titles and roles: "Russian President" and "Defence Minister" lose to the
/// name they come with.
#[rustfmt::skip]
const ROLE_NOUNS: &[&str] = &[
    "ambassador", "captain", "chairman", "chairwoman", "chancellor", "chief", "co-leader", "coach",
    "commissioner", "counterpart", "counterparts", "deputy", "director", "executive",
    "governor", "head", "leader", "manager", "mayor", "member", "members", "minister", "officer",
    "official", "officials", "premier", "president", "prime", "prosecutor", "prosecutors",
    "secretary", "senator", "spokesman", "spokesperson", "spokeswoman", "treasurer",
];

/// Words after which the next plain word is a verb ("to remove", "they
/// strengthen", "will open").
#[rustfmt::skip]
const VERB_CONTEXT: &[&str] = &[
    "can", "could", "did", "do", "does", "he", "i", "may", "might", "must", "not", "shall",
    "she", "should", "they", "to", "we", "who", "will", "would", "you",
];

/// Auxiliaries that make a following "-ed" or "-ing" word a verb.
#[rustfmt::skip]
const AUXILIARIES: &[&str] = &[
    "am", "are", "be", "became", "become", "becomes", "been", "being", "get", "gets", "got",
    "had", "has", "have", "is", "remain", "remained", "remains", "seem", "seemed", "was",
    "were",
];

/// Words after which an "-ed" or "-ing" word is a verb taking an object.
#[rustfmt::skip]
const OBJECT_STARTERS: &[&str] = &[
    "a", "an", "her", "him", "his", "it", "its", "me", "my", "our", "that", "the", "their",
    "them", "these", "this", "those", "us", "your",
];

use crate::entities::words::{slots_for, total_len, WordClasses};
use crate::tables::lexicon::{
    key_count, keys, word_freq_facts, DEMONYMS, STOPWORDS_TEXT, VERB_TABLE, WORD_FREQ,
};

/// The stop words, for [`LISTS`].
const STOPWORD_LIST: [&str; key_count(STOPWORDS_TEXT)] = keys(STOPWORDS_TEXT);

/// The hand lists and the stop words, with their trait bits.
const LISTS: [(&[&str], u32); 16] = [
    (NEVER, Traits::NEVER as u32),
    (VERBS, Traits::VERB as u32),
    (VERB_CONTEXT, Traits::VERB_CONTEXT as u32),
    (AUXILIARIES, Traits::AUXILIARY as u32),
    (OBJECT_STARTERS, Traits::OBJECT as u32),
    (LY_NOUNS, Traits::LY_NOUN as u32),
    (LY_ADJECTIVES, Traits::LY_ADJECTIVE as u32),
    (ED_WORDS, Traits::ED_NOUN as u32),
    (LOOSE_ADJECTIVES, Traits::LOOSE as u32),
    (ADJECTIVES, Traits::ADJECTIVE as u32),
    (NOUNS_LIKE_ADJECTIVES, Traits::NOT_ADJECTIVE as u32),
    (ROLE_NOUNS, Traits::ROLE as u32),
    (GENERIC_NOUNS, Traits::GENERIC as u32),
    (HEADLINE_VERBS, Traits::HEADLINE_VERB as u32),
    (PAST_AS_BASE, Traits::PAST_AS_BASE as u32),
    (&STOPWORD_LIST, Traits::STOP as u32),
];

/// The number of distinct words of [`LISTS`].
const LISTED_WORDS: usize = {
    const MOST: usize = total_len(&LISTS);
    WordClasses::<MOST, { slots_for(MOST) }, false>::new(&LISTS).len()
};

/// Every word of [`LISTS`] with its trait bits, entered at compile time,
/// matched byte for byte.
static LISTED: WordClasses<LISTED_WORDS, { slots_for(LISTED_WORDS) }, false> =
    WordClasses::new(&LISTS);

/// Whether `lower` (a lower-case word) is one of spaCy's English stop
/// words.
#[cfg_attr(lede_abort, optimize(size))]
pub fn is_stopword(lower: &str) -> bool {
    Traits::of(lower).has(Traits::STOP)
}

/// The background table's two fields for `lower`: 2 x Zipf frequency and
/// the capitalised share in tenths (none when the table lacks the word or
/// its fields do not parse). The table has a hash index of its own (shared
/// with the entity recogniser), so a lookup is one hash probe.
#[cfg_attr(lede_abort, optimize(size))]
fn word_freq(lower: &str) -> Option<(u8, u8)> {
    word_freq_facts(WORD_FREQ.get(lower)?)
}

/// The Zipf frequency (log10 of occurrences per billion words, about 3 to
/// 7.5) of `lower` in general English, if the background table knows it
/// (a word it does not know is rarer than its rarest entry).
#[cfg_attr(lede_abort, optimize(size))]
pub fn zipf(lower: &str) -> Option<f32> {
    word_freq(lower).map(|(z, _)| z as f32 / 2.0)
}

/// Whether general English writes `lower` with a capital most of the time
/// (a proper noun: "putin", "tehran").
#[cfg_attr(lede_abort, optimize(size))]
pub fn usually_capitalised(lower: &str) -> Option<bool> {
    word_freq(lower).map(|(_, cap)| cap >= 6)
}

/// A nationality or group word as written: "Chechen", "Australians".
#[cfg_attr(lede_abort, optimize(size))]
pub fn is_demonym(word: &str) -> bool {
    DEMONYMS.contains(word)
}

/// An ordinal's word in any case, up to "tenth": one that a name may open
/// ("First Amendment", "Fifth Avenue").
#[cfg_attr(lede_abort, optimize(size))]
pub fn is_ordinal_word(word: &str) -> bool {
    crate::text::lexicon::any_ignoring_case(
        &[
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
            "tenth",
        ],
        word,
    )
}

/// Never part of a keyphrase.
#[cfg_attr(lede_abort, optimize(size))]
pub fn is_never(lower: &str) -> bool {
    Traits::of(lower).has(Traits::NEVER)
}

/// "don't", "we're", "they've", "it'll": a verb phrase.
#[cfg_attr(lede_abort, optimize(size))]
fn contraction(lower: &str) -> bool {
    may_be_contraction(lower) && CONTRACTIONS.iter().any(|s| lower.ends_with(s))
}

const CONTRACTIONS: &[&str] = &[
    "n't", "'re", "'ve", "'ll", "'d", "'m", "n’t", "’re", "’ve", "’ll", "’d", "’m",
];

/// Whether `word` has an apostrophe (or the last byte of '’') two or three
/// bytes from its end, as every one of [`CONTRACTIONS`] has (a test
/// checks), so that most words skip comparing with each.
#[cfg_attr(lede_abort, optimize(size))]
fn may_be_contraction(word: &str) -> bool {
    let bytes = word.as_bytes();
    let mark = |back: usize| {
        bytes
            .len()
            .checked_sub(back)
            .is_some_and(|i| matches!(bytes[i], b'\'' | 0x99))
    };
    mark(2) || mark(3)
}

/// The endings of adjectives ([`Traits::of`]); each ends in one of
/// [`ADJECTIVE_LAST_LETTERS`] (a test checks).
const ADJECTIVE_ENDINGS: &[&str] = &["ous", "ful", "less", "ive", "ic", "ical", "able", "ible"];
const ADJECTIVE_LAST_LETTERS: &[u8] = b"slec";

/// An adjective by list or by ending ("-ous", "-ful", "-less", "-ive",
/// "-ic", "-ical", "-able", "-ible"), unless it is a known noun.
#[cfg_attr(lede_abort, optimize(size))]
pub fn is_adjective(lower: &str) -> bool {
    Traits::of(lower).has(Traits::ADJECTIVE)
}

/// Everything the lists say about one lower-case word, as bits, so that a
/// caller can look a word up once and cache the answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Traits(u16);

impl Traits {
    pub const STOP: u16 = 1;
    pub const NEVER: u16 = 1 << 1;
    pub const VERB: u16 = 1 << 2;
    pub const VERB_CONTEXT: u16 = 1 << 3;
    pub const AUXILIARY: u16 = 1 << 4;
    pub const OBJECT: u16 = 1 << 5;
    pub const LY_NOUN: u16 = 1 << 6;
    pub const LY_ADJECTIVE: u16 = 1 << 7;
    pub const ED_NOUN: u16 = 1 << 8;
    pub const LOOSE: u16 = 1 << 9;
    pub const ADJECTIVE: u16 = 1 << 10;
    pub const ROLE: u16 = 1 << 11;
    pub const GENERIC: u16 = 1 << 12;
    pub const HEADLINE_VERB: u16 = 1 << 14;
    pub const PAST_AS_BASE: u16 = 1 << 15;

    /// Marks a known noun with an adjective's ending (internal).
    const NOT_ADJECTIVE: u16 = 1 << 13;

    /// Looks `lower` up in every list: one hash lookup, plus the ending
    /// rules for adjectives and contractions.
    pub fn of(lower: &str) -> Traits {
        // Every bit fits in u16 (the lists are entered with `Traits` bits).
        let mut bits = LISTED.get(lower) as u16;
        // Verbs that are never nouns, from WordNet ("threatens", "sends"):
        // the generated table beside the hand list [`VERBS`]. A table of its
        // own, not in [`LISTED`], whose slots would cost the wasm file more
        // than the words do; asked once per spelling (the scan keeps the
        // answer).
        if bits & Self::VERB == 0 && (VERB_TABLE.contains(lower) || third_person_of_verb(lower)) {
            bits |= Self::VERB;
        }
        if contraction(lower) {
            bits |= Self::NEVER | Self::VERB_CONTEXT;
        }
        if bits & Self::NOT_ADJECTIVE == 0
            && lower.len() >= 5
            && lower
                .as_bytes()
                .last()
                .is_some_and(|b| ADJECTIVE_LAST_LETTERS.contains(b))
            && ADJECTIVE_ENDINGS.iter().any(|s| lower.ends_with(s))
        {
            bits |= Self::ADJECTIVE;
        }
        Traits(bits & !Self::NOT_ADJECTIVE)
    }

    #[cfg_attr(lede_abort, optimize(size))]
    pub fn has(self, bit: u16) -> bool {
        self.0 & bit != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ending_filters_pass_every_ending() {
        for ending in CONTRACTIONS {
            assert!(may_be_contraction(ending), "{ending}");
        }
        for ending in ADJECTIVE_ENDINGS {
            assert!(
                ADJECTIVE_LAST_LETTERS.contains(&ending.as_bytes()[ending.len() - 1]),
                "{ending}"
            );
        }
    }

    #[test]
    fn lists_are_sorted_without_duplicates() {
        for list in [
            NEVER,
            VERBS,
            LY_NOUNS,
            LY_ADJECTIVES,
            LOOSE_ADJECTIVES,
            ED_WORDS,
            ADJECTIVES,
            NOUNS_LIKE_ADJECTIVES,
            GENERIC_NOUNS,
            HEADLINE_VERBS,
            PAST_AS_BASE,
            ROLE_NOUNS,
            VERB_CONTEXT,
            AUXILIARIES,
            OBJECT_STARTERS,
        ] {
            for pair in list.windows(2) {
                assert!(pair[0] < pair[1], "{:?} before {:?}", pair[0], pair[1]);
            }
        }
    }

    #[test]
    fn adjective_endings_spare_listed_nouns() {
        assert!(is_adjective("strategic"));
        assert!(is_adjective("comprehensive"));
        assert!(!is_adjective("initiative"));
        assert!(!is_adjective("republic"));
        assert!(!is_adjective("tariff"));
    }
}

#[cfg(test)]
mod table_tests {
    use super::*;

    #[test]
    fn listed_table_answers_as_the_lists() {
        let stopwords: Vec<&str> = crate::tables::lexicon::STOPWORDS
            .iter()
            .map(|(word, _)| word)
            .collect();
        let mut lists = LISTS[..LISTS.len() - 1].to_vec();
        lists.push((&stopwords, Traits::STOP as u32));
        let others = [
            "tariff",
            "The",
            "n’t",
            "’s",
            "can’t",
            "don't",
            "señor",
            "thousandths",
        ];
        crate::entities::words::assert_answers_as_lists(&LISTED, &lists, &others);
    }

    #[test]
    fn background_tables_answer() {
        assert!(is_stopword("the"));
        assert!(is_stopword("whereas"));
        assert!(!is_stopword("tariff"));
        assert!(zipf("the").unwrap() > zipf("cooperation").unwrap());
        assert_eq!(usually_capitalised("london"), Some(true));
        assert_eq!(usually_capitalised("level"), Some(false));
        assert!(is_demonym("Chechen"));
    }
}
