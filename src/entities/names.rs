//! Names: people, organisations, places and groups, from capitalised runs.
//!
//! A run is a maximal sequence of capitalised words in a sentence, joined by
//! the few lower-case words that live inside names ("Bank of England",
//! "Osama bin Laden") and by initials ("George W. Bush"). Each run is then:
//! - stripped of a leading title, which becomes the role ("Russian President
//!   Vladimir Putin": NORP "Russian", role "Russian President", PERSON
//!   "Vladimir Putin");
//! - looked up whole in the lexicons (known organisations, places,
//!   demonyms);
//! - typed by its last word ("... Union" is an organisation, "... Highway" a
//!   facility, "... River" a location, "... Act" a law);
//! - typed by its context ("Mr X", "X said", "X Inc", "in X");
//! - typed by its words (a given name first: a person).
//!
//! A capitalised word that opens a sentence and is an ordinary English word
//! ("Speaking at a joint press conference...") starts no run. What a single
//! unknown word is (a surname seen in full earlier, an acronym) is left to
//! [`super::group`], which sees the whole document.

use super::lexicon::{self, OrgWord, TitleKind};
use super::memo::{self, Answers, NameFacts};
use super::words::{slots_for, total_len, WordClasses};
use super::{mention, EntityType, RawMention};
use crate::bare::prelude::*;
use crate::hash::Interner;
use crate::text::words::NO_WORD;
use crate::text::{is_camel_case, Span, Token, TokenKind};

/// Lower-case words that may stand inside a name between capitalised words.
/// (Those of people's names first, then the two that are not.)
const CONNECTORS: &[&str] = &[
    "al", "bin", "bint", "da", "de", "del", "dela", "den", "der", "des", "di", "do", "dos", "du",
    "el", "es", "ibn", "la", "le", "por", "ten", "ter", "van", "von", "for", "of",
];

/// Verbs of saying: "X said" makes X a person.
const SPEECH_VERBS: &[&str] = &[
    "added",
    "admitted",
    "announced",
    "argued",
    "asked",
    "believes",
    "claimed",
    "commented",
    "conceded",
    "confirmed",
    "denied",
    "explained",
    "insisted",
    "noted",
    "replied",
    "reported",
    "said",
    "says",
    "stated",
    "stressed",
    "told",
    "tweeted",
    "warned",
    "wrote",
];

/// Capitalised abbreviations that are not organisations, a blank apart (one
/// string: an array of strings costs a pointer and a length an entry), as
/// [`not_org_acronym`] reads them.
const NOT_ORG_ACRONYMS: &str =
    "A&E ADHD AI AIDS AM API AR ARPU ATM AUM CAGR CCTV CD CEO CPI CPU DNA DRAM DVD EBIT EBITDA \
     EPS ETF EV FCF FD FM GAAP GDP GP GPS GPU GST GT HBM HIV HPV HR ICBM ICT ICU ID IPO IT IVF \
     JGB LCD LED LNG LPG M&A MAX MMR MP MPS MRI MVP NAND NIM OK OLED OS PC PCR PDF PM PPE PPF \
     PTSD QR R&D RAM ROCE ROE SARS SIM SIP SMS SSD SUV TCV TV UFO URL USB VAT VR WMD ZIP";

/// Whether `word` is one of [`NOT_ORG_ACRONYMS`].
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub(crate) fn not_org_acronym(word: &str) -> bool {
    // (Most words are turned away by their second letter.)
    word.len() <= 6
        && word.bytes().all(|b| b.is_ascii_uppercase() || b == b'&')
        && crate::text::lexicon::in_words_as_written(NOT_ORG_ACRONYMS, word)
}

/// "CEOs", "IPOs", "MPs": whether `word` is the plural of an acronym that
/// names no body ([`NOT_ORG_ACRONYMS`]), a common noun, no capitalised word
/// of a name ("U.S. IPOs" had been an organisation, "European CEOs" a
/// person).
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn common_plural_acronym(word: &str) -> bool {
    word.strip_suffix('s')
        .is_some_and(|acronym| acronym.len() >= 2 && not_org_acronym(acronym))
}

/// Prepositions after which an unknown name is most likely a place.
const LOCATIVE: &[&str] = &[
    "across", "around", "at", "from", "in", "inside", "into", "near", "outside", "to", "towards",
];

/// Words for going to a place or lying beside it, or taking it in war,
/// after which a single unknown word is a place as after "in" ("Lai
/// visited Hualien", "in neighbouring Fukui", "Russian troops captured
/// Pokrovsk"), but which open no list of places ("He visited Perth and
/// Sharpe met him").
const GOING: &[&str] = &[
    "captured",
    "liberated",
    "neighboring",
    "neighbouring",
    "reached",
    "recaptured",
    "retook",
    "shelled",
    "toured",
    "visited",
];
/// The bit of [`GOING`] in [`lower_case_lists`].
const GOING_WORD: u32 = 512;

/// Lower-case nouns that only organisations are called, which type the
/// name right after them: "auction house Bonhams", "militant group
/// Lashkar-e-Taiba", "carmaker Toyota". (No noun that also names a
/// person's job: "publisher", "producer", "developer".)
const ORG_NOUNS: &[&str] = &[
    "agency",
    "airline",
    "alliance",
    "app",
    "automaker",
    "band",
    "bank",
    "broadcaster",
    "brokerage",
    "carmaker",
    "carrier",
    "chain",
    "champions",
    "charity",
    "chipmaker",
    "club",
    "coalition",
    "company",
    "conglomerate",
    "consortium",
    "consultancy",
    "drugmaker",
    "exchange",
    "exporter",
    "fintech",
    "firm",
    "giant",
    "group",
    "house",
    "insurer",
    "label",
    "lender",
    "maker",
    "manufacturer",
    "militia",
    "miner",
    "movement",
    "network",
    "newspaper",
    "operator",
    "opposition",
    "organisers",
    "organizers",
    "outfit",
    "party",
    "platform",
    "pollster",
    "refiner",
    "regulator",
    "reinsurer",
    "retailer",
    "shipbuilder",
    "side",
    "smelter",
    "start-up",
    "startup",
    "steelmaker",
    "streamer",
    "subsidiary",
    "supermarket",
    "supplier",
    "syndicate",
    "tabloid",
    "telco",
    "union",
    "utility",
    "watchdog",
    "website",
];

/// Nouns that name the place after "of": "residents of Leura", "the
/// mayor of Penrith". Sorted.
const PLACE_OF: &[&str] = &[
    "capital",
    "cities",
    "citizens",
    "city",
    "counties",
    "county",
    "department",
    "district",
    "districts",
    "inhabitants",
    "island",
    "mayor",
    "outskirts",
    "people",
    "port",
    "prefecture",
    "province",
    "provinces",
    "region",
    "regions",
    "residents",
    "streets",
    "suburb",
    "suburbs",
    "town",
    "towns",
    "township",
    "village",
    "villages",
];

/// Last words that make a run a facility, a location, an event or a law.
const FAC_HEADS: &[&str] = &[
    "Airport",
    "Arena",
    "Auditorium",
    "Ave",
    "Avenue",
    "Barrage",
    "Base",
    "Basilica",
    "Beltway",
    "Bhavan",
    "Bhawan",
    "Blvd",
    "Boulevard",
    "Bridge",
    "Building",
    "Buildings",
    "Canal",
    "Cathedral",
    "Circuit",
    "Complex",
    "Corridor",
    "Courthouse",
    "Dam",
    "Expressway",
    "Fairgrounds",
    "Field",
    "Freeway",
    "Gaol",
    "Garden",
    "Gardens",
    "Gate",
    "Ground",
    "Hall",
    "Highway",
    "Hotel",
    "House",
    "Interstate",
    "Lane",
    "Manor",
    "Marg",
    "Memorial",
    "Minar",
    "Monument",
    "Mosque",
    "Motorway",
    "Oval",
    "Palace",
    "Parkway",
    "Penitentiary",
    "Pipeline",
    "Place",
    "Plant",
    "Platz",
    "Prison",
    "Promenade",
    "Racecourse",
    "Raceway",
    "Rd",
    "Reservoir",
    "Road",
    "Rotunda",
    "Runway",
    "Speedway",
    "Square",
    "St",
    "Stadium",
    "Station",
    "Street",
    "Telescope",
    "Temple",
    "Terminal",
    "Theater",
    "Theatre",
    "Tower",
    "Towers",
    "Trail",
    "Tunnel",
];
/// Head words of the names of towns and suburbs ("Lucas Heights"), and of
/// provinces ("Ilocos Norte").
const GPE_HEADS: &[&str] = &[
    "County",
    "Governorate",
    "Heights",
    "Norte",
    "Oblast",
    "Palisades",
    "Pref",
    "Prefecture",
    "Province",
    "Sur",
];

const LOC_HEADS: &[&str] = &[
    "Archipelago",
    "Atoll",
    "Basin",
    "Bay",
    "Beach",
    "Belt",
    "Canyon",
    "Circle",
    "Coast",
    "Cove",
    "Creek",
    "Delta",
    "Desert",
    "Falls",
    "Fault",
    "Forest",
    "Glacier",
    "Gulf",
    "Gully",
    "Harbor",
    "Harbour",
    "Highlands",
    "Hill",
    "Hills",
    "Island",
    "Islands",
    "Lagoon",
    "Lake",
    "Meadows",
    "Midlands",
    "Mountain",
    "Mountains",
    "Ocean",
    "Park",
    "Passage",
    "Peninsula",
    "Plains",
    "Range",
    "Ranges",
    "Reef",
    "River",
    "Route",
    "Sea",
    "Shoal",
    "Shoals",
    "Sound",
    "Strait",
    "Valley",
];
const EVENT_HEADS: &[&str] = &[
    "Airshow",
    "Awards",
    "Battle",
    "Biennale",
    "Bowl",
    "Bowls",
    "Championship",
    "Championships",
    "Conference",
    "Cup",
    "Expo",
    "Festival",
    "Finals",
    "Fire",
    "Games",
    "Invitational",
    "Marathon",
    "Masters",
    "Olympiad",
    "Olympics",
    "Open",
    "Prix",
    "Rally",
    "Regatta",
    "Revolution",
    "Rising",
    "Series",
    "Slam",
    "Stakes",
    "Summit",
    "Symposium",
    "Tour",
    "Tournament",
    "Trophy",
    "Uprising",
    "War",
];
const LAW_HEADS: &[&str] = &[
    "Accord",
    "Accords",
    "Act",
    "Agreement",
    "Amendment",
    "Charter",
    "Code",
    "Constitution",
    "Convention",
    "Directive",
    "Law",
    "Protocol",
    "Regulation",
    "Regulations",
    "Treaty",
];

/// Points of the compass as a place's name opens with them: "North",
/// "Western", "Central" (see [`compass_name`]).
const COMPASS_NAMES: &[&str] = &[
    "Central",
    "East",
    "Eastern",
    "North",
    "North-East",
    "North-West",
    "North-east",
    "North-west",
    "Northeast",
    "Northern",
    "Northwest",
    "South",
    "South-East",
    "South-West",
    "South-east",
    "South-west",
    "Southeast",
    "Southern",
    "Southwest",
    "West",
    "Western",
];

/// Words that open the names of towns in Spanish and Portuguese ("Santa
/// Cruz", "Los Alamos").
const PLACE_OPENERS: &[&str] = &[
    "Las", "Los", "Puerto", "San", "Santa", "Santo", "Sao", "São",
];

/// Languages whose names name no people or place ("Swahili", not
/// "French" or "Yoruba").
const LANGUAGES: &[&str] = &[
    "Amharic",
    "Arabic",
    "Cantonese",
    "Dari",
    "Esperanto",
    "Farsi",
    "Hindi",
    "Latin",
    "Mandarin",
    "Pashto",
    "Sanskrit",
    "Swahili",
    "Tagalog",
    "Urdu",
    "Yiddish",
];

/// Words that open organisations' names in other languages ("Banco de la
/// Republica", "Grupo Televisa", "Partido Revolucionario Institucional";
/// the Arabic words for a movement, a front, an army, a party, a brigade:
/// "Harakat al-Nujaba", "Jaish al-Adl", "Kataib Hezbollah", "Asaib Ahl al-Haq",
/// "Saraya al-Salam").
const ORG_OPENERS: &[&str] = &[
    "Agencia",
    "Agência",
    "Asaib",
    "Asociación",
    "Associação",
    "Autoridad",
    "Autoridade",
    "Banca",
    "Banco",
    "Banque",
    "Chateau",
    "Château",
    "Companhia",
    "Compañía",
    "Confederación",
    "Consejo",
    "Corporación",
    "Empresa",
    "Federación",
    "Fundación",
    "Fundação",
    "Grupo",
    "Harakat",
    "Hizb",
    "Instituto",
    "Jabhat",
    "Jaish",
    "Kataib",
    "Liwa",
    "Minera",
    "Ministerio",
    "Ministério",
    "Partido",
    "Saraya",
    "Sindicato",
    "Universidad",
    "Universidade",
];

/// Words in lower case for a party or an alliance of them, after a name
/// ("the Azimio la Umoja coalition").
const PARTY_WORDS: &[&str] = &["alliance", "bloc", "coalition", "party"];

/// Words in lower case for a spacecraft or an instrument, after its name
/// ("the Europa Clipper mission", "the Hubble telescope").
const CRAFT_WORDS: &[&str] = &[
    "Explorer",
    "Lander",
    "Orbiter",
    "Rover",
    "lander",
    "mission",
    "orbiter",
    "probe",
    "rover",
    "spacecraft",
    "telescope",
];

/// Words in lower case for companies that head no organisation's name
/// (see [`org_noun_known_as`]).
const FIRM_WORDS: &[&str] = &["firm", "insurer", "lender", "regulator", "watchdog"];

/// Words for what a building is for, before "Center" or "Centre": the
/// name is a building's ("Kennedy Space Center", "Darwin Convention
/// Centre"), where "Centre" alone heads organisations' names.
const CENTRE_USES: &[&str] = &[
    "Aquatic",
    "Conference",
    "Convention",
    "Detention",
    "Exhibition",
    "Shopping",
    "Space",
    "Sports",
    "Trade",
];

/// Words that end a football club's name, which is whole before "and"
/// ("Blackburn Rovers and Wigan Athletic" are two; see [`collect_run`]).
const CLUB_ENDS: &[&str] = &[
    "Albion",
    "Athletic",
    "City",
    "Hotspur",
    "Rangers",
    "Rovers",
    "Town",
    "United",
    "Wanderers",
];

/// Words for storms, which open a storm's name, an event ("Hurricane
/// Milton", "Storm Ciara"), at a sentence's start too.
pub(crate) const STORMS: &[&str] = &["Cyclone", "Hurricane", "Storm", "Typhoon"];

/// Words that head the name of an honour ("Nobel Prize", "Medal of
/// Honor"), which names no organisation: OntoNotes has awards among the
/// works of art, a type outside lede's (see [`classify`]).
const HONOURS: &[&str] = &["Award", "Medal", "Prize", "Prizes"];

/// Doctors whose names, with a possessive ending, name a condition where
/// no noun in lower case follows that they could own ("a drug for
/// Parkinson's", not "Parkinson's comments").
const CONDITIONS_ALONE: &[&str] = &["Huntington", "Parkinson"];

/// Doctors whose names, with a possessive ending, name a condition and
/// never a person in the news ("patients with Alzheimer's").
const CONDITIONS: &[&str] = &[
    "Alzheimer",
    "Asperger",
    "Crohn",
    "Gehrig",
    "Hodgkin",
    "Kaposi",
    "Meniere",
    "Raynaud",
    "Sjogren",
    "Tourette",
];

/// Titles of members of a legislature, whose seat is named after "for"
/// ("the MP for Brent East").
const LEGISLATORS: &[&str] = &[
    "MEP", "MLA", "MP", "MSP", "Member", "Senator", "member", "senator",
];

/// Letters written after a person's name: an office ("MP", "KC") or an
/// honour ("OBE") (see [`post_nominal`]).
const POST_NOMINALS: &[&str] = &[
    "AC", "AM", "AO", "BL", "CBE", "DBE", "JP", "KBE", "KC", "MBE", "MEP", "MLA", "MP", "MSP",
    "OBE", "QC", "SAN", "SC", "TD",
];

/// The bits of the head-word lists in [`HEAD_TABLE`], and of the other
/// lists of capitalised words there.
const LAW_HEAD: u32 = 1;
const EVENT_HEAD: u32 = 2;
const FAC_HEAD: u32 = 4;
const GPE_HEAD: u32 = 8;
const LOC_HEAD: u32 = 16;
const HEADS: u32 = 31;
const COMPASS_NAME: u32 = 32;
const POST_NOMINAL: u32 = 64;
const PLACE_OPENER: u32 = 128;
const CLUB_END: u32 = 256;
const STORM: u32 = 512;
const LEGISLATOR: u32 = 1024;
const HONOUR: u32 = 2048;
const ORG_OPENER: u32 = 4096;
const PARTY_WORD: u32 = 8192;
const CRAFT_WORD: u32 = 16384;
const FIRM_WORD: u32 = 32768;
const CENTRE_USE: u32 = 65536;
const CONDITION: u32 = 131072;
const CONDITION_ALONE: u32 = 262144;
const LANGUAGE: u32 = 524288;
const NUMBERED_AREA: u32 = 1048576;
const NUMBERED_BODY: u32 = 2097152;
const NUMBERED_HEAD: u32 = 4194304;

/// The head-word lists and the other lists of [`HEAD_TABLE`], with their
/// bits.
const HEAD_LISTS: [(&[&str], u32); 23] = [
    (NUMBERED_AREAS, NUMBERED_AREA),
    (NUMBERED_BODIES, NUMBERED_BODY),
    (NUMBERED_HEADS, NUMBERED_HEAD),
    (LANGUAGES, LANGUAGE),
    (CONDITIONS, CONDITION),
    (CONDITIONS_ALONE, CONDITION_ALONE),
    (CENTRE_USES, CENTRE_USE),
    (PLACE_OPENERS, PLACE_OPENER),
    (ORG_OPENERS, ORG_OPENER),
    (PARTY_WORDS, PARTY_WORD),
    (CRAFT_WORDS, CRAFT_WORD),
    (FIRM_WORDS, FIRM_WORD),
    (LAW_HEADS, LAW_HEAD),
    (EVENT_HEADS, EVENT_HEAD),
    (FAC_HEADS, FAC_HEAD),
    (GPE_HEADS, GPE_HEAD),
    (LOC_HEADS, LOC_HEAD),
    (COMPASS_NAMES, COMPASS_NAME),
    (POST_NOMINALS, POST_NOMINAL),
    (CLUB_ENDS, CLUB_END),
    (STORMS, STORM),
    (LEGISLATORS, LEGISLATOR),
    (HONOURS, HONOUR),
];

/// [`HEAD_LISTS`] entered at compile time, matched byte for byte.
static HEAD_TABLE: WordClasses<
    { total_len(&HEAD_LISTS) },
    { slots_for(total_len(&HEAD_LISTS)) },
    false,
> = WordClasses::new(&HEAD_LISTS);

/// The type of name that `word` heads, if it is the head word of a law, an
/// event, a building, a town or a place ("Treaty", "Cup", "Airport",
/// "Heights", "River"): one hash lookup.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn head_type(word: &str) -> Option<EntityType> {
    match head_bits(word) & HEADS {
        0 => None,
        bits if bits & LAW_HEAD != 0 => Some(EntityType::Law),
        bits if bits & EVENT_HEAD != 0 => Some(EntityType::Event),
        bits if bits & FAC_HEAD != 0 => Some(EntityType::Fac),
        bits if bits & GPE_HEAD != 0 => Some(EntityType::Gpe),
        _ => Some(EntityType::Loc),
    }
}

/// What opens the name of a sporting event called "Games" in one word,
/// besides a people's or a place's name. A blank apart and sorted.
const GAMES_OPENERS: &str =
    "Commonwealth Goodwill Highland Invictus Island Masters Military Olympic Pan Paralympic \
     Special Summer Winter World X Youth";

/// Whether a name of two words that an event's head word ends, `first`
/// and `last`, names a body: "Epic Games", "Riot Games" are studios ("the
/// Asian Games", "the Paris Games", "the Commonwealth Games" are events),
/// and a fire's name after letters is a fire service's ("NWT Fire"; "the
/// Dixie Fire" is a fire).
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn head_of_body(first: &str, last: &str) -> bool {
    match last {
        "Fire" => is_acronym(first),
        "Games" => {
            !(crate::text::lexicon::in_words_as_written(GAMES_OPENERS, first)
                || lexicon::demonym(first).is_some()
                || lexicon::place(first).is_some()
                || first.bytes().all(|b| b.is_ascii_digit()))
        }
        _ => false,
    }
}

/// The type of place that one word no list knows names, by the word in
/// lower case after it. "Russell and Collins streets", "the Murray and
/// Darling rivers": single words joined by "and" before a plural head word
/// are each a place of that head's kind. "The Brahmaputra river", "the
/// Mekong delta", "the Dima Hasao hills": a run of `words` words, one or
/// two, after "the", before such a word or the plural of a natural
/// place's head word. "The Lambayeque region", "Zabul province": before
/// the word for a division of a country, a town or region (GPE). "The
/// Grasberg mine", "the Escondida copper mine": before a mine, a smelter or
/// a refinery, a building (FAC). Kept out of line in wasm, as a rare rule
/// inside [`classify`].
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn one_word_place(
    s: &Sentence,
    words: usize,
    first_token: usize,
    next_token: usize,
    before: &str,
    next_word: &str,
) -> Option<EntityType> {
    let head = if words > 1 {
        None
    } else if matches!(next_word, "and" | ",") {
        listed_up_to(s, next_token)
    } else if before == "and" && first_token >= 2 && s.is_cap(first_token - 2) {
        Some(next_token)
    } else {
        None
    };
    if let Some(ty) = head.and_then(|h| {
        plural_head_type(s.s(h)).or_else(|| {
            // "the Ogale and Bille communities".
            matches!(s.s(h), "communities" | "villages" | "towns" | "districts")
                .then_some(EntityType::Gpe)
        })
    }) {
        return Some(ty);
    }
    // "the Grasberg mine", "BHP's Escondida copper mine": a mine or a
    // plant that works ore, a building; and so are "Barajas airport",
    // "Evin prison" and "the Mestalla stadium".
    let ore = |k: usize| {
        matches!(
            s.s(k),
            "copper"
                | "gold"
                | "coal"
                | "iron"
                | "lithium"
                | "nickel"
                | "zinc"
                | "uranium"
                | "silver"
                | "diamond"
                | "bauxite"
                | "cobalt"
                | "ore"
        )
    };
    let works = |k: usize| matches!(s.s(k), "mine" | "mines" | "smelter" | "refinery");
    // ("the Nur Khan air base", "Hmeimim airbase".)
    let base = |k: usize| matches!(s.s(k), "air" | "naval" | "military") && s.s(k + 1) == "base";
    if works(next_token) || ore(next_token) && works(next_token + 1) || base(next_token) {
        return Some(EntityType::Fac);
    }
    if matches!(
        next_word,
        "airport" | "airbase" | "prison" | "jail" | "stadium" | "arena"
    ) && building_alone(s, next_token)
    {
        return Some(EntityType::Fac);
    }
    // "the Lambayeque region", "Zabul province": a division of a country.
    if matches!(
        next_word,
        "county"
            | "department"
            | "district"
            | "governorate"
            | "oblast"
            | "prefecture"
            | "province"
            | "region"
    ) {
        return Some(EntityType::Gpe);
    }
    // (Or a place's possessive before it: "Japan's Noto peninsula".)
    ((before.eq_ignore_ascii_case("the") || crate::text::is_possessive(before))
        && (next_word.starts_with(|c: char| c.is_ascii_lowercase())
            && lower_case_lists(next_word) & NATURAL_PLACE != 0
            || plural_head_type(next_word) == Some(EntityType::Loc)))
    .then_some(EntityType::Loc)
}

/// "Barajas airport", "Evin prison": whether the building at token
/// `head` stands alone, no noun in lower case after it that the name and
/// the building would modify ("Smith prison sentence").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn building_alone(s: &Sentence, head: usize) -> bool {
    let after = s.s(head + 1);
    !after.starts_with(|c: char| c.is_ascii_lowercase()) || lexicon::is_stopword(after)
}

/// The token after a list of one-word names that goes on at token `k`
/// with "and" or a comma ("Ravi, Sutlej and Chenab rivers": the token of
/// "rivers"), four names at most; `None` if no name follows a connector.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn listed_up_to(s: &Sentence, mut k: usize) -> Option<usize> {
    for _ in 0..4 {
        match s.s(k) {
            "," if s.s(k + 1) == "and" => k += 2,
            "," | "and" => k += 1,
            _ => return Some(k),
        }
        if !s.is_cap(k) {
            return None;
        }
        k += 1;
    }
    None
}

/// The type of place that the singular of `word`, a plural in lower case,
/// heads as a capitalised word: "streets" -> "Street" (a building or
/// street), "rivers" -> "River" (a location).
#[cfg_attr(lede_abort, optimize(size))]
fn plural_head_type(word: &str) -> Option<EntityType> {
    let singular = word.strip_suffix('s')?.as_bytes();
    if !(3..=16).contains(&singular.len()) || !singular[0].is_ascii_lowercase() {
        return None;
    }
    let mut buf = [0u8; 16];
    let ty = head_type(capitalised(singular, &mut buf)?)?;
    matches!(ty, EntityType::Fac | EntityType::Gpe | EntityType::Loc).then_some(ty)
}

/// `word`, at most 16 bytes that open with an ASCII letter in lower case,
/// with that letter a capital, written into `buf`: "river" -> "River",
/// to look up in the lists of capitalised words.
#[cfg_attr(lede_abort, optimize(size))]
fn capitalised<'b>(word: &[u8], buf: &'b mut [u8; 16]) -> Option<&'b str> {
    let first = *word.first().filter(|b| b.is_ascii_lowercase())?;
    let buf = buf.get_mut(..word.len())?;
    buf.copy_from_slice(word);
    buf[0] = first.to_ascii_uppercase();
    core::str::from_utf8(buf).ok()
}

/// Whether `head`, the last word of a name of two words or more after the
/// word `before`, is "Bill" heading a law: after "the" ("the Finance
/// Bill", "the Safety of Rwanda Bill"; "Buffalo Bill" is none). (No head
/// word in [`LAW_HEADS`]: a given name is asked of every run.)
#[cfg_attr(lede_abort, optimize(size))]
fn bill_of_law(head: &str, before: &str) -> bool {
    head == "Bill" && before.eq_ignore_ascii_case("the")
}

/// Whether `run` (of two words or more, after the word `before`) ends in
/// "Park", or another head word of a location, an event, a law or a
/// building that is a surname too, after a given name or a title ("Grace
/// Park", "Mr Park", "President Park", "Mark Meadows", "Geoff Masters",
/// "Nathan Lane", "Jude Law" name no place, event, law or building; "Hyde
/// Park", "Flushing Meadows" and "the Albert Hall" do).
/// Not after a locative word ("at Albert Park"), nor after a given name
/// that is a known place ("Victoria Park").
#[cfg_attr(lede_abort, optimize(size))]
fn park_of_person(s: &Sentence, run: &[Word], before: &str) -> bool {
    let [.., prev, last] = run else {
        return false;
    };
    let head = last.span.of(s.text);
    let bits = head_bits(head);
    let named = |w: &Word| {
        let text = w.span.of(s.text);
        s.title(text, w.number).is_some()
            || s.given_name(text, w.number).is_some() && lexicon::place(text).is_none()
    };
    let surname = || s.surname(head, last.number).is_some();
    lower_case_lists(before) & LOCATIVE_WORD == 0
        && if head == "Park" || bits & (LOC_HEAD | EVENT_HEAD | LAW_HEAD) != 0 && surname() {
            // (Or after a verb of speech: "said Jiwon Park".)
            named(prev) || is_speech_verb(before)
        } else {
            // "Nathan Lane", "Shirley Temple", "Jerry Hall", "actor Tom
            // Bridge": a building's head word that is a surname, after
            // given names or titles only, and not after "the" ("the
            // Albert Hall" is a building) nor where a street is ("left on
            // Elliot Street"); a surname the lists lack after a verb of
            // speech ("said Tim Bridge").
            bits & FAC_HEAD != 0
                && (surname() || is_speech_verb(before))
                && !before.eq_ignore_ascii_case("the")
                && !matches!(before, "on" | "along" | "down" | "off" | "up")
                // (Nor after a house's number: "at 500 Pearl Street".)
                && !before.as_bytes().first().is_some_and(u8::is_ascii_digit)
                && named(&run[0])
                && named(prev)
                && run.len() <= 3
        }
}

/// The key of `word` if it names a state or a province ("NSW",
/// "Queensland", "Texas").
#[cfg_attr(lede_abort, optimize(size))]
fn state(word: &str) -> Option<&'static str> {
    let place = lexicon::place(word)?;
    (place.ty == EntityType::Gpe && lexicon::is_subdivision(word)).then_some(place.key)
}

/// Whether every word of `run` is letters only, no common word in any
/// case, and no place, nationality, organisation or word of their names
/// that a list knows: a person's name, most likely, whose given name the
/// lists lack ("Hamid Karzai").
#[cfg_attr(lede_abort, optimize(size))]
fn name_words(s: &Sentence, run: &[Word]) -> bool {
    run.iter().all(|w| {
        let text = w.span.of(s.text);
        text.chars().all(char::is_alphabetic)
            && !s.common_any_case(text, w.number)
            && s.org_word(text, w.number).is_none()
            && head_type(text).is_none()
            && lexicon::place(text).is_none()
            && lexicon::demonym(text).is_none()
            && lexicon::organization(text).is_none()
    })
}

/// Token `j`'s text, in lower case if it is "In" or "At" opening the
/// sentence or a quotation, as the rules that read the word before a name
/// compare it.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn initial_preposition<'a>(s: &Sentence<'a>, j: usize) -> &'a str {
    match s.s(j) {
        "In" if s.is_initial(j) => "in",
        "At" if s.is_initial(j) => "at",
        word => word,
    }
}

/// Whether `next`, the token after a run, is a function word or a verb,
/// which no name that modifies a noun comes before: the run is a name on
/// its own.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn function_word_or_verb(next: &str) -> bool {
    lexicon::is_stopword(next)
        || next.ends_with("ed")
        || lower_case_lists(next) & (SPEECH_VERB | PERSON_VERB | DID_VERB) != 0
}

/// The type of `run`, whose last word is a head word of type `ty`, read
/// again for two kinds of law's head word that do not type the name: a
/// party's "National Convention" is an event ("the Republican National
/// Convention"; "the Geneva Convention" stays a law), and a body's head
/// word before "of" or "for" names the body, whatever the name's last word
/// ("the State Administration for Market Regulation", "the Federal Office
/// for the Protection of the Constitution").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn law_or_event_head_of(s: &Sentence, run: &[Word], ty: EntityType) -> EntityType {
    if !matches!(ty, EntityType::Law | EntityType::Event) {
        return ty;
    }
    let word = |w: &Word| w.span.of(s.text);
    if let [.., national, convention] = run {
        if word(convention) == "Convention" && word(national) == "National" {
            return EntityType::Event;
        }
    }
    let body = run.windows(2).any(|w| {
        let between = &s.text.as_bytes()[w[0].span.end..w[1].span.start];
        (between.starts_with(b" of ") || between.starts_with(b" for "))
            && s.org_word(word(&w[0]), w[0].number) == Some(OrgWord::Head)
    });
    if body {
        EntityType::Org
    } else {
        ty
    }
}

/// Whether the words of a run (that took in a connector) have "of" or
/// "for" among them.
#[cfg_attr(lede_abort, optimize(size))]
fn has_of_or_for(text: &str) -> bool {
    text.split_whitespace().any(|w| w == "of" || w == "for")
}

#[cfg_attr(lede_abort, optimize(size))]
fn in_list(list: &[&str], word: &str) -> bool {
    list.contains(&word)
}

/// Capitalised plurals of offices, which name no one: "US Senators",
/// "Australian Ministers", "Labor MPs" are a place, a nationality or a
/// party and a common noun. (An array: asked of every word of a run.)
const PLURAL_OFFICES: &[&str] = &[
    "Ambassadors",
    "Congressmen",
    "Congresswomen",
    "Councillors",
    "Governors",
    "Lawmakers",
    "Legislators",
    "MPs",
    "Mayors",
    "Ministers",
    "Premiers",
    "Presidents",
    "Senators",
];

/// Whether token `i` is a plural office ([`PLURAL_OFFICES`]) that no
/// capitalised word follows ("Presidents Cup" is an event).
fn plural_office(s: &Sentence, i: usize) -> bool {
    i < s.tokens.len() && in_list(PLURAL_OFFICES, s.s(i)) && !s.is_cap(i + 1)
}

/// Nouns for people that "Black" before them makes a group of people
/// ("Black voters", "the first Black president"). A blank apart and
/// sorted, for [`crate::text::lexicon::in_words_as_written`].
const PEOPLE_NOUNS: &str =
    "Americans Britons adults artists athletes candidates children churches communities community \
     customers drivers families farmers girls history homeowners households journalists leaders \
     lives man men mothers neighborhoods officers owners patients people player players \
     population president residents students teenagers voters woman women workers youth";

/// Whether a capitalised "Black" before token `next` names a group of
/// people: a noun for people follows ([`PEOPLE_NOUNS`]), or "and" or a
/// comma and another group ("Black and Hispanic", "Black, Latino and
/// Asian").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn black_people(s: &Sentence, next: usize) -> bool {
    let word = s.s(next);
    crate::text::lexicon::in_words_as_written(PEOPLE_NOUNS, word)
        || matches!(word, "and" | "or" | ",")
            && s.is_cap(next + 1)
            && lexicon::demonym(s.s(next + 1)).is_some()
}

/// Whether `word` names a sport, capitalised, as the name of the sport's
/// governing body in a country opens with it ("Tennis Australia"), or
/// ends it after "World" ("World Athletics").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn is_sport(word: &str) -> bool {
    matches!(
        word,
        "Aquatics"
            | "Archery"
            | "Athletics"
            | "Badminton"
            | "Baseball"
            | "Basketball"
            | "Cricket"
            | "Cycling"
            | "Football"
            | "Golf"
            | "Gymnastics"
            | "Hockey"
            | "Netball"
            | "Rowing"
            | "Rugby"
            | "Sailing"
            | "Skiing"
            | "Soccer"
            | "Softball"
            | "Squash"
            | "Surfing"
            | "Swimming"
            | "Tennis"
            | "Triathlon"
            | "Volleyball"
    )
}

/// The river or forest that a company shares its name with, where the
/// text means the place: "the Amazon" (a company takes no article, "the
/// Brazilian Amazon"), "the Amazon basin", "Amazon nations", "Amazon
/// deforestation" (a word for a region after it): the place the lists
/// know as the name and "River".
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn river_named_as(s: &Sentence, span: Span, first: usize, next: usize) -> Option<lexicon::Place> {
    // (A people's word between: "the Brazilian Amazon".)
    let before = first.checked_sub(1).map(|b| match b.checked_sub(1) {
        Some(a) if lexicon::demonym(s.s(b)).is_some() => a,
        _ => b,
    });
    let the = before.is_some_and(|b| s.s(b).eq_ignore_ascii_case("the"));
    let region = matches!(
        s.s(next),
        "basin"
            | "rainforest"
            | "region"
            | "river"
            | "nations"
            | "jungle"
            | "forest"
            | "deforestation"
            | "fires"
            | "wildfires"
    );
    if !(the || region) || s.is_cap(next) {
        return None;
    }
    let mut name = String::with_capacity(span.len() + 6);
    name.push_str(span.of(s.text));
    name.push_str(" River");
    lexicon::place(&name).filter(|p| p.ty == EntityType::Loc)
}

/// Whether `word` is a verb of speech ([`SPEECH_VERBS`]: "said", "told").
#[cfg_attr(lede_abort, optimize(size))]
fn is_speech_verb(word: &str) -> bool {
    lower_case_lists(word) & SPEECH_VERB != 0
}

/// The bit of [`SPEECH_VERBS`] in [`lower_case_lists`].
const SPEECH_VERB: u32 = 1;
/// The bit of [`LOCATIVE`] in [`lower_case_lists`].
const LOCATIVE_WORD: u32 = 2;

/// The bit of [`PLACE_OF`] in [`lower_case_lists`].
const PLACE_OF_WORD: u32 = 4;

/// The bit of [`ORG_NOUNS`] in [`lower_case_lists`].
const ORG_NOUN: u32 = 8;

/// Words before "in" or "of" and a company: "shares in Qantas".
const SHARES: &[&str] = &["shares", "stake", "stakes"];
/// The bit of [`SHARES`] in [`lower_case_lists`].
const SHARES_WORD: u32 = 16;

/// Nouns for a natural place, after one capitalised word and "the": "the
/// Mekong delta", "the Ardennes forest", "the Cerrado savanna". (Plurals
/// of a natural place's head word, "hills", "mountains", are read from the
/// head words instead: [`plural_head_type`].)
const NATURAL_PLACES: &[&str] = &[
    "basin",
    "canyon",
    "delta",
    "desert",
    "estuary",
    "forest",
    "gorge",
    "jungle",
    "lagoon",
    "peninsula",
    "plateau",
    "ravine",
    "river",
    "savanna",
    "savannah",
    "steppe",
    "valley",
    "wetlands",
];
/// The bit of [`NATURAL_PLACES`] in [`lower_case_lists`].
const NATURAL_PLACE: u32 = 32;

/// Verbs whose subject is a person's, seldom a body's: "Starmer vowed",
/// "Scholz met"; and "met" before a name ("He met Macron"). (Not "signed",
/// "won", "rejected": companies, teams and parties do those too.)
const PERSON_VERBS: &[&str] = &[
    "apologised",
    "apologized",
    "arrived",
    "congratulated",
    "joked",
    "laughed",
    "meets",
    "met",
    "pledged",
    "praised",
    "recalled",
    "resigned",
    "smiled",
    "spoke",
    "thanked",
    "tweeted",
    "urged",
    "visited",
    "vowed",
];
/// The bit of [`PERSON_VERBS`] in [`lower_case_lists`].
const PERSON_VERB: u32 = 64;

/// A business's premises or staff, after a possessive ([`possessor`]).
const PREMISES: &[&str] = &[
    "headquarters",
    "offices",
    "premises",
    "website",
    "factory",
    "factories",
    "stores",
    "branches",
    "employees",
    "staff",
    "shareholders",
    "customers",
    "boardroom",
];
/// The bit of [`PREMISES`] in [`lower_case_lists`].
const PREMISES_WORD: u32 = 128;
/// A leader's government, party or kin, after a possessive ([`possessor`]).
const PERSONAL: &[&str] = &[
    "government",
    "administration",
    "cabinet",
    "presidency",
    "premiership",
    "party",
    "allies",
    "successor",
    "predecessor",
    "wife",
    "husband",
    "son",
    "daughter",
    "brother",
    "sister",
    "mother",
    "father",
    "family",
    "widow",
    "aides",
    "lawyers",
];
/// The bit of [`PERSONAL`] in [`lower_case_lists`].
const PERSONAL_WORD: u32 = 256;

/// Roles only people hold, whose names may be common words ("singer Ice
/// Spice", "rapper Lil Jon"; not "producer", which companies are too).
const PERFORMERS: &[&str] = &[
    "actor",
    "actress",
    "comedian",
    "drummer",
    "guitarist",
    "musician",
    "rapper",
    "singer",
];
/// The bit of [`PERFORMERS`] in [`lower_case_lists`].
const PERFORMER: u32 = 1024;

/// Verbs in the past tense (or the present) that end in no "-ed", whose
/// subject a name can be ("Czech Barbora Krejcikova beat ...").
const DID: &[&str] = &[
    "beat", "beats", "became", "drove", "fled", "fought", "gave", "held", "hit", "led", "leads",
    "left", "lost", "loses", "made", "ran", "shot", "stood", "struck", "told", "took", "won",
    "wins",
];
/// The bit of [`DID`] in [`lower_case_lists`].
const DID_VERB: u32 = 2048;

/// People of a trade, whom news places "at" the body they work for
/// ("economists at Itau Unibanco"; not "workers", who are at mines and
/// plants too: "Workers at Escondida struck").
const TRADES_AT: &[&str] = &[
    "analysts",
    "bankers",
    "economists",
    "engineers",
    "executives",
    "researchers",
    "scientists",
    "strategists",
    "traders",
];
/// The bit of [`TRADES_AT`] in [`lower_case_lists`].
const TRADE_WORD: u32 = 4096;

/// Nouns of made things that a product's name stands before, seldom a
/// person's: "Blackwell chips", "Abrams tanks", "the Orion capsule". (The
/// lists together fill the 512 slots of [`LOWER_CASE_TABLE`] at up to 341
/// words, and one more would double them: 281 at 2026-12-07.)
const PRODUCT_NOUNS: &[&str] = &[
    "camera",
    "cameras",
    "capsule",
    "chip",
    "chips",
    "drones",
    "footage",
    "headset",
    "jetliners",
    "jets",
    "lander",
    "missiles",
    "processor",
    "processors",
    "pistol",
    "rifle",
    "rocket",
    "rockets",
    "rover",
    "smartphones",
    "spacecraft",
    "tanks",
    "telescope",
    "vaccine",
    "vaccines",
];
/// The bit of [`PRODUCT_NOUNS`] in [`lower_case_lists`].
const PRODUCT_NOUN: u32 = 8192;

/// The lower-case lists, with their bits.
const LOWER_CASE_LISTS: [(&[&str], u32); 14] = [
    (PRODUCT_NOUNS, PRODUCT_NOUN),
    (TRADES_AT, TRADE_WORD),
    (DID, DID_VERB),
    (PERFORMERS, PERFORMER),
    (GOING, GOING_WORD),
    (PREMISES, PREMISES_WORD),
    (PERSONAL, PERSONAL_WORD),
    (PERSON_VERBS, PERSON_VERB),
    (SPEECH_VERBS, SPEECH_VERB),
    (LOCATIVE, LOCATIVE_WORD),
    (PLACE_OF, PLACE_OF_WORD),
    (ORG_NOUNS, ORG_NOUN),
    (SHARES, SHARES_WORD),
    (NATURAL_PLACES, NATURAL_PLACE),
];

/// Whether a noun of [`PRODUCT_NOUNS`] in lower case follows byte `end` of
/// `text`, a blank apart: "chips" after "Blackwell" in "Blackwell chips";
/// a model's number or one hyphenated word in lower case may come between
/// ("Falcon 9 rocket", "Beretta semi-automatic pistol").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
pub(crate) fn product_noun_after(text: &str, end: usize) -> bool {
    let bytes = text.as_bytes();
    if bytes.get(end) != Some(&b' ') {
        return false;
    }
    let mut start = end + 1;
    let between = bytes[start..]
        .iter()
        .take_while(|b| b.is_ascii_digit() || b.is_ascii_lowercase() || **b == b'-')
        .count();
    let word = &bytes[start..start + between];
    let number = (1..=4).contains(&between) && word.iter().all(u8::is_ascii_digit);
    let hyphenated = word.first().is_some_and(u8::is_ascii_lowercase)
        && word.contains(&b'-')
        && word.last() != Some(&b'-')
        && !word.iter().any(u8::is_ascii_digit);
    if (number || hyphenated) && bytes.get(start + between) == Some(&b' ') {
        start += between + 1;
    }
    let len = bytes[start..]
        .iter()
        .take_while(|b| b.is_ascii_lowercase())
        .count();
    // (Not "chip-making".)
    bytes.get(start + len) != Some(&b'-')
        && text
            .get(start..start + len)
            .is_some_and(|w| lower_case_lists(w) & PRODUCT_NOUN != 0)
}

/// [`LOWER_CASE_LISTS`] entered at compile time.
static LOWER_CASE_TABLE: WordClasses<
    { total_len(&LOWER_CASE_LISTS) },
    { slots_for(total_len(&LOWER_CASE_LISTS)) },
    true,
> = WordClasses::new(&LOWER_CASE_LISTS);

/// Which of the lower-case lists hold `word` (ignoring ASCII case): one
/// lookup rather than a comparison with each word of the lists.
#[cfg_attr(lede_abort, optimize(size))]
fn lower_case_lists(word: &str) -> u32 {
    LOWER_CASE_TABLE.get(word)
}

/// One word of a run: its span (without a possessive ending), and the word
/// number of its token when the span is the token's whole text (else
/// [`NO_WORD`]), for the memo's questions ([`memo::remembered_word`]).
#[derive(Debug, Clone, Copy)]
struct Word {
    span: Span,
    number: u32,
}

struct Sentence<'a> {
    text: &'a str,
    tokens: &'a [Token],
    /// The text of each token.
    words: &'a [&'a str],
    /// The spans of the dates, times and amounts found in the sentence:
    /// tokens inside them are never part of a name.
    numeric: &'a [Span],
    /// The epoch of the tokens' word numbers (0 when unknown: the memo is
    /// then asked by text).
    epoch: u32,
    /// Whether the sentence is the text's headline, which names people by
    /// their surnames alone.
    headline: bool,
}

impl<'a> Sentence<'a> {
    fn s(&self, i: usize) -> &'a str {
        self.words.get(i).copied().unwrap_or("")
    }

    /// The word number of token `i` ([`NO_WORD`] past the end).
    #[cfg_attr(lede_abort, optimize(size))]
    fn number(&self, i: usize) -> u32 {
        self.tokens.get(i).map_or(NO_WORD, |t| t.word)
    }

    /// [`memo::remembered_word`] of the text `word` of the token numbered
    /// `number`, with this sentence's epoch.
    #[cfg_attr(lede_abort, optimize(size))]
    fn remembered<T: Copy>(
        &self,
        word: &str,
        number: u32,
        field: impl Fn(&mut Answers) -> &mut Option<T>,
        work_out: impl FnOnce(&str) -> T,
    ) -> T {
        memo::remembered_word(word, number, self.epoch, field, work_out)
    }

    /// [`lexicon::given_name`] of `word`, the text of the token numbered
    /// `number` (or [`NO_WORD`]), remembered; likewise the next few.
    fn given_name(&self, word: &str, number: u32) -> Option<u8> {
        self.remembered(word, number, |a| &mut a.given, lexicon::given_name)
    }

    fn surname(&self, word: &str, number: u32) -> Option<u8> {
        self.remembered(word, number, |a| &mut a.surname, lexicon::surname)
    }

    /// Whether `word` is a known given name or surname.
    #[cfg_attr(lede_abort, optimize(size))]
    fn personal_name(&self, word: &str, number: u32) -> bool {
        self.given_name(word, number).is_some() || self.surname(word, number).is_some()
    }

    fn org_word(&self, word: &str, number: u32) -> Option<OrgWord> {
        self.remembered(word, number, |a| &mut a.org_word, lexicon::org_word)
    }

    fn title(&self, word: &str, number: u32) -> Option<TitleKind> {
        self.remembered(word, number, |a| &mut a.title, lexicon::title)
    }

    /// [`title_any_case`]: [`Sentence::title`] of an ASCII word.
    fn title_any_case(&self, word: &str, number: u32) -> Option<TitleKind> {
        if word.is_ascii() {
            self.title(word, number)
        } else {
            title_any_case(word)
        }
    }

    fn common_any_case(&self, word: &str, number: u32) -> bool {
        self.remembered(word, number, |a| &mut a.common, common_any_case)
    }

    /// [`ordinary_initial_word`] of token `i`, remembered.
    #[cfg_attr(lede_abort, optimize(size))]
    fn skip_initial_word(&self, i: usize) -> bool {
        self.initial_word(i) & ORDINARY != 0
    }

    /// [`ordinary_initial_word`] of token `i`, remembered.
    fn initial_word(&self, i: usize) -> u8 {
        self.remembered(
            self.s(i),
            self.number(i),
            |a| &mut a.ordinary_initial,
            ordinary_initial_word,
        )
    }

    #[cfg_attr(lede_abort, optimize(size))]
    fn is_word(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Word)
            && !self.blocked(i)
    }

    /// Whether token `i` overlaps a date, time or amount (most sentences
    /// have none, so this is asked rather than tabulated per token).
    /// (False past the sentence's end: "KOBLENZ," ends a text.)
    #[cfg_attr(lede_abort, optimize(size))]
    fn blocked(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| {
            self.numeric
                .iter()
                .any(|n| t.span.start < n.end && n.start < t.span.end)
        })
    }

    /// A capitalised word (or an initialism such as "U.S.").
    #[inline(always)]
    #[cfg_attr(lede_abort, optimize(size))]
    fn is_cap(&self, i: usize) -> bool {
        // The capital first: most tokens fail there, before the numeric
        // spans are scanned; most fail on an ASCII first byte that is no
        // capital, without decoding a character. That test is inlined (a
        // call each cost more than the test; `find_with`'s scan for runs
        // makes it in its own loop); the rest is a call.
        match self.s(i).as_bytes().first() {
            Some(b) if b.is_ascii() && !b.is_ascii_uppercase() => false,
            None => false,
            _ => self.is_cap_past_first_byte(i),
        }
    }

    /// [`Sentence::is_cap`] of a token that does not begin with an ASCII
    /// byte other than a capital.
    #[inline(never)]
    fn is_cap_past_first_byte(&self, i: usize) -> bool {
        let s = self.s(i);
        // An ASCII first byte (most) settles it: no character to decode.
        let capital = match s.as_bytes().first() {
            Some(b) if b.is_ascii() => b.is_ascii_uppercase() || article_prefixed(s),
            _ => s.starts_with(char::is_uppercase),
        };
        // (Nor "Christmas" in "a Christmas market", which names no one:
        // its length first, so that most words make no call.)
        capital
            && s != "I"
            && self.is_word(i)
            && !(s.len() == 9 && super::numeric::christmas_thing(s, self.s(i + 1)))
            && !(s.len() <= 6 && s.ends_with('s') && common_plural_acronym(s))
    }

    /// Inside a run, also a camel-case name part ("duPlessis", "van").
    #[cfg_attr(lede_abort, optimize(size))]
    fn continues_run(&self, i: usize) -> bool {
        self.is_cap(i) || (is_camel_case(self.s(i)) && self.is_word(i))
    }

    /// An elided article before a capital ("l'Automobile", "d'Orsay").
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(lede_abort, optimize(size))]
    fn elided_article(&self, i: usize) -> bool {
        let w = self.s(i);
        let rest = w
            .strip_prefix("l'")
            .or_else(|| w.strip_prefix("d'"))
            .or_else(|| w.strip_prefix("l\u{2019}"))
            .or_else(|| w.strip_prefix("d\u{2019}"));
        rest.is_some_and(|r| r.starts_with(char::is_uppercase)) && self.is_word(i)
    }

    fn is_connector(&self, i: usize) -> bool {
        // Every connector has two to four bytes (a test checks): most
        // words are turned away by their length, before the list.
        let w = self.s(i);
        (2..=4).contains(&w.len()) && in_list(CONNECTORS, w) && self.is_word(i)
    }

    /// Whether token `i` is the first word of the sentence or of a quotation.
    fn is_initial(&self, i: usize) -> bool {
        i.checked_sub(1)
            .is_none_or(|j| self.tokens[j].opens_clause(self.text))
    }
}

/// Finds name mentions in the tokens of one sentence. `numeric` holds the
/// spans already taken by dates, times and amounts; `words[i]` is the text of
/// `tokens[i]`.
pub fn find(
    text: &str,
    tokens: &[Token],
    words: &[&str],
    numeric: &[Span],
    out: &mut Vec<RawMention>,
) {
    find_with(
        &mut Scratch::default(),
        text,
        tokens,
        tokens,
        words,
        numeric,
        0,
        false,
        out,
    );
}

/// Buffers [`find_with`] reuses from one sentence to the next, so that a
/// document's runs are collected without an allocation each.
#[derive(Default)]
pub(crate) struct Scratch {
    run: Vec<Word>,
    /// A title phrase or a qualifier being looked up ([`leading_title`]).
    phrase: String,
    /// The document's [`words_after_capital`], made on first need.
    after_capital: Option<Vec<u64>>,
    /// The document's [`pairs_inside_sentences`], made on first need.
    pairs: Option<Vec<u128>>,
}

/// [`find`], with buffers kept by the caller across sentences, the
/// document's tokens (`doc`, of which `tokens` are the sentence's), the epoch
/// of the tokens' word numbers ([`crate::text::Document::word_epoch`]; 0 if
/// unknown), and whether the sentence is the text's headline
/// ([`crate::text::Document::headline`]).
#[allow(clippy::too_many_arguments)]
pub(crate) fn find_with(
    scratch: &mut Scratch,
    text: &str,
    doc: &[Token],
    tokens: &[Token],
    words: &[&str],
    numeric: &[Span],
    epoch: u32,
    headline: bool,
    out: &mut Vec<RawMention>,
) {
    let s = Sentence {
        text,
        tokens,
        words,
        numeric,
        epoch,
        headline,
    };
    // Whether the sentence is a headline in capitals, worked out at its
    // first run (many sentences have none past their first word).
    let mut all_caps = None;
    // A headline in title case ("Bushfire Threatens Homes Near Sydney")
    // capitalises its ordinary words: each is read as a sentence's first
    // word is, and ends a name (see [`collect_run`]).
    let title_case = headline && in_title_case(&s);
    let first_mention = out.len();
    let mut i = 0;
    // On to the next token that may be capitalised, as `is_cap` tells by
    // its first byte: most tokens are passed over here, in a tight scan of
    // the words.
    while let Some(k) = words[i..].iter().position(|w| {
        let b = w.as_bytes();
        b.first()
            .is_some_and(|b| !b.is_ascii() || b.is_ascii_uppercase())
            || b.len() > 4 && b[2] == b'-' && article_prefixed(w)
            || b == b"al"
    }) {
        i += k;
        if words[i] == "al" {
            i += article_apart(&s, i, out);
            continue;
        }
        if !s.is_cap_past_first_byte(i) || plural_office(&s, i) {
            i = if tokens[i].kind == TokenKind::Url {
                site_named(&s, i, out)
            } else {
                i + 1
            };
            continue;
        }
        // "Alphabet (GOOGL.O)": an instrument's code in brackets names
        // nothing, nor does its exchange ("ITD.BK"; the code may have been
        // read with the name before it: "Italian-Thai Development
        // (ITD.BK)"), nor an index's code ("(.GDAXI)").
        if crate::text::in_instrument_code(s.text, tokens[i].span) {
            i += 1;
            continue;
        }
        // "Gen Z", "Gen X": a generation, not a general named "Z".
        if words[i] == "Gen" && matches!(words.get(i + 1), Some(&("X" | "Y" | "Z" | "Alpha"))) {
            i += 2;
            continue;
        }
        // "her second Oscar", "the first Oscar for Nolan": an award, not
        // a person (but "Oscar Piastri").
        if award_named(&s, i) {
            i += 1;
            continue;
        }
        // A work's title in quotes names nothing: "Inside Out 2".
        if i > 0 && matches!(words[i - 1], "\"" | "“") {
            if let Some(end) = quoted_title_end(&s, i) {
                i = end;
                continue;
            }
        }
        // "House prices rose": "House" opening a sentence before a word in
        // lower case (not "of": "House of Representatives") is the noun,
        // not the chamber.
        if s.is_initial(i)
            && s.s(i) == "House"
            && s.s(i + 1).starts_with(|c: char| c.is_ascii_lowercase())
            && !s.is_connector(i + 1)
        {
            i += 1;
            continue;
        }
        // A noun only organisations are called, opening the sentence
        // before a name, describes it: no word of it ("Automaker General
        // Motors said", "Lender Lloyds Banking Group"), as in lower case
        // mid-sentence; not where the lists know a name opening with it
        // ("Carrier Global").
        // So does a word of politics ("Nationalist Nawrocki wins",
        // "Centrist Nicusor Dan beats"), before no word of a party's name,
        // and a direction before a place ("Eastern Congo is").
        if s.is_initial(i)
            && (org_noun_opening(s.s(i)) || stance_opening(&s, i) || region_opening(&s, i))
            && s.is_cap(i + 1)
            && known_name_length(&s, i, 2) == 0
        {
            i += 1;
            continue;
        }
        // An ordinary word that opens a sentence is no name, but for the
        // exceptions below; a surname alone before a verb of speech ("Cook
        // said") is one only if the text names the person in full
        // elsewhere, which grouping settles (unsettled, it joins that
        // person or is dropped).
        let mut surname_only = false;
        if (title_case || s.is_initial(i))
            && s.skip_initial_word(i)
            && !given_name_opens_name(&s, i)
            && !initial_opens_name(&s, i)
            && !title_opens_sentence(&s, i)
            && !known_name_opens(&s, i)
            && !opens_group_or_body(&s, i, title_case)
            && !age_after(&s, i + 1)
            && !dateline_opens(&s, i)
            // "Turkey said", "Shell said": a name the lists know before a
            // verb of speech.
            && !(s.initial_word(i) & NAME_ALIAS != 0
                && (is_speech_verb(s.s(i + 1)) || title_after_known(&s, i)))
            && (title_case || !written_inside(&s, i, doc, &mut scratch.pairs))
        {
            surname_only = !title_case
                && (is_speech_verb(s.s(i + 1)) && short_surname(&s, i)
                    || s.initial_word(i) & NAME_ALIAS != 0 && !s.is_cap(i + 1)
                    || named_in_full(&s, i, doc, &mut scratch.after_capital));
            if !surname_only {
                i += 1;
                continue;
            }
        }
        let run = &mut scratch.run;
        // (One call site, so that the run's loop stays inlined here.)
        let mut stop = None;
        let (next, joined) = loop {
            let (next, joined) = collect_run(&s, i, stop, run);
            if title_case && stop.is_none() && run.len() > 1 && run_facts(&s, run).known.is_none() {
                // Ordinary words end the run, past a known name that opens it.
                stop = Some(i + known_name_length(&s, i, 1).max(1));
                continue;
            }
            break (next, joined);
        };
        if *all_caps.get_or_insert_with(|| in_capitals(tokens, words)) {
            // A headline in capitals: only whole known names count, the
            // run's ("NEW YORK", not the town "York") or its words'.
            let whole = span_of(run);
            if let Some((ty, key)) = known_name(whole.of(text)) {
                out.push(mention(whole, ty, None, Some(key)));
                run.clear();
            }
            for w in run.iter() {
                let t = w.span.of(text);
                if let Some((ty, key)) = known_name(t) {
                    out.push(mention(w.span, ty, None, Some(key)));
                }
            }
        } else {
            let before = out.len();
            classify(&s, run, joined, &mut scratch.phrase, i, next, out);
            for m in &mut out[before..] {
                if m.ty == EntityType::Person && m.role.is_none() && named_de_place(m.span.of(text))
                {
                    m.ty = EntityType::Org;
                }
            }
            // No one's name has a digit in it: "Galaxy S25", typed a person
            // by its shape, is a product's.
            let numbered = |m: &RawMention| {
                m.ty == EntityType::Person && m.span.of(text).bytes().any(|b| b.is_ascii_digit())
            };
            let mut k = before;
            while k < out.len() {
                if numbered(&out[k]) {
                    out.remove(k);
                } else {
                    k += 1;
                }
            }
            if surname_only {
                for m in &mut out[before..] {
                    m.settled = false;
                }
            }
            numbered_law_or_road(&s, run, before, out);
            if i > 0 && vessel_before(&s, i) {
                named_vessel(tokens[i].span.start, &mut out[before..]);
            } else if let [flag, ship, ..] = run.as_slice() {
                // "the Liberia-flagged Aegean Meridian": a flag's state
                // before it, in the run.
                if flag.span.of(text).ends_with("-flagged") {
                    named_vessel(ship.span.start, &mut out[before..]);
                }
            }
            if legal_form_after_comma(&s, next, &mut out[before..]) {
                i = next + 2;
                continue;
            }
            if i > 0 {
                numbered_body(&s, run, i, before, out);
                surname_particles_before(&s, i, &mut out[before..]);
            }
            if title_case {
                // Where every word is capitalised, a name typed by its
                // shape alone ("UK Hurdle") stands only if the text names
                // it elsewhere, and so does a place no list knows, typed by
                // the words around it ("Goes on Trial in Graft Case").
                for m in &mut out[before..] {
                    m.settled &= !m.guessed
                        && !ordinary_words_titled(&s, run, m)
                        && (m.known_key.is_some() || m.ty != EntityType::Gpe);
                }
            }
        }
        i = next.max(i + 1);
    }
    spelt_out_lists(&s, first_mention, out);
    shared_plural_roles(&s, first_mention, out);
    storms_listed(&s, &mut out[first_mention..]);
}

/// "Mars, Inc.", "Acme Widgets, LLC": a legal form after a comma straight
/// after the run (token `next`) makes the run's last mention a company's
/// name, the form with it, whatever the lists or the shape made of it (the
/// planet, a person). Only the forms no place's or state's abbreviation
/// shares ("Adelaide, SA", "Perth, WA" are places).
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn legal_form_after_comma(s: &Sentence, next: usize, mentions: &mut [RawMention]) -> bool {
    if s.s(next) != ","
        || !crate::text::lexicon::in_words_as_written(
            "Co Corp GmbH Inc L.L.C L.P LLC LLP Limited Ltd N.V PLC Plc S.A S.p.A plc",
            s.s(next + 1).trim_end_matches('.'),
        )
    {
        return false;
    }
    let Some(m) = mentions.last_mut() else {
        return false;
    };
    if next == 0 || m.span.end != s.tokens[next - 1].span.end {
        return false;
    }
    let form = &s.tokens[next + 1];
    m.span.end = form.span.end;
    // Its full stop as the run's ("Inc.", and at the sentence's end only
    // for a form written with one).
    let stop = next + 2;
    if s.s(stop) == "."
        && !s.tokens[stop].space_before
        && (stop + 1 < s.tokens.len()
            || lexicon::is_dotted_suffix(
                Span::new(form.span.start, s.tokens[stop].span.end).of(s.text),
            ))
    {
        m.span.end = s.tokens[stop].span.end;
    }
    m.ty = EntityType::Org;
    m.known_key = None;
    m.settled = true;
    m.guessed = false;
    true
}

/// "hurricanes Helene and Milton": names after a plural word for storms,
/// the first straight after it and the others after "and" or a comma
/// straight after the one before, are storms, events (whatever the lists
/// make of "Milton"). `mentions` are the sentence's.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn storms_listed(s: &Sentence, mentions: &mut [RawMention]) {
    let plural = |w: &str| {
        matches!(
            w,
            "hurricanes" | "Hurricanes" | "typhoons" | "Typhoons" | "cyclones" | "Cyclones"
        )
    };
    let mut end = None;
    for m in mentions {
        let mut k = s.tokens.partition_point(|t| t.span.start < m.span.start);
        // ("Typhoons Yagi and Trami struck": the plural opening the run.)
        let opening = plural(s.s(k))
            && s.tokens
                .get(k + 1)
                .is_some_and(|t| t.span.end <= m.span.end);
        if opening {
            k += 1;
            m.span = Span::new(s.tokens[k].span.start, m.span.end);
        }
        let listed =
            k >= 2 && matches!(s.s(k - 1), "and" | ",") && end == Some(s.tokens[k - 2].span.end);
        if listed || opening || k >= 1 && plural(s.s(k - 1)) {
            m.ty = EntityType::Event;
            m.settled = true;
            m.guessed = false;
            m.role = None;
            m.known_key = None;
            end = Some(m.span.end);
        } else {
            end = None;
        }
    }
}

/// "von der Leyen said", "van Gogh": a surname's particles in lower case
/// ("von" or "van", "der" or "den" after them) before the run at token
/// `i`, after no capitalised word, open the surname: the mention of a
/// person (or one typed by its shape alone, or left for grouping) that
/// begins the run is a person's from them. (Not "de", "du" and the like,
/// which after a noun in lower case are a place's: "the hotel du Palais".)
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn surname_particles_before(s: &Sentence, i: usize, mentions: &mut [RawMention]) {
    let opens = |k: usize| matches!(s.s(k), "von" | "van");
    let from = match s.s(i - 1) {
        "der" | "den" if i >= 2 && opens(i - 2) => i - 2,
        _ if opens(i - 1) => i - 1,
        _ => return,
    };
    if from > 0 && s.is_cap(from - 1) || !s.is_word(i - 1) {
        return;
    }
    let start = s.tokens[i].span.start;
    if let Some(m) = mentions
        .iter_mut()
        .find(|m| m.span.start == start && (m.ty == EntityType::Person || m.guessed || !m.settled))
    {
        m.span = Span::new(s.tokens[from].span.start, m.span.end);
        m.ty = EntityType::Person;
        m.settled = true;
        m.guessed = false;
        m.known_key = None;
    }
}

/// "Chess.com", "Booking.com": a web address written as a name (a capital,
/// then a letter in lower case, no path), the company or the site that
/// goes by it. (Not "www.bbc.co.uk", nor "Amazon.com Inc", which the legal
/// form names.) Before a building's head word, the building named after
/// it: "Crypto.com Arena". Returns the index of the token after the name.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn site_named(s: &Sentence, i: usize, out: &mut Vec<RawMention>) -> usize {
    let word = s.s(i);
    let label = word.split('.').next().unwrap_or("");
    let named = label.len() > 1
        && label.as_bytes()[1..].iter().any(u8::is_ascii_lowercase)
        && !word.contains('/')
        && !label.eq_ignore_ascii_case("www")
        && !(s.is_cap(i + 1) && s.org_word(s.s(i + 1), s.number(i + 1)) == Some(OrgWord::Suffix));
    if !named {
        return i + 1;
    }
    if s.is_cap(i + 1) && head_type(s.s(i + 1)) == Some(EntityType::Fac) {
        let span = Span::new(s.tokens[i].span.start, s.tokens[i + 1].span.end);
        out.push(mention(span, EntityType::Fac, None, None));
        return i + 2;
    }
    out.push(mention(s.tokens[i].span, EntityType::Org, None, None));
    i + 1
}

/// "Justices Clarence Thomas, Samuel Alito and Neil Gorsuch": the plural
/// of a title, the role of the first person of a list, is the role of each
/// person listed after them with commas or "and" who has none, in the
/// singular where an "s" makes the plural ("Justice").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn shared_plural_roles(s: &Sentence, first_mention: usize, out: &mut [RawMention]) {
    let mut k = first_mention;
    while k < out.len() {
        let (role, mut end) = (out[k].role, out[k].span.end);
        k += 1;
        let Some(mut role) =
            role.filter(|r| out[k - 1].ty == EntityType::Person && plural_of_role(r.of(s.text)))
        else {
            continue;
        };
        // Each has the title in the singular, its "s" left out
        // ("Justices" -> "Justice"; not "Secretaries").
        let text = role.of(s.text);
        if text.ends_with('s') && !text.ends_with("ies") {
            role.end -= 1;
            out[k - 1].role = Some(role);
        }
        while let Some(m) = out.get_mut(k) {
            let between = s.text[end..m.span.start].trim();
            // "Senators Ron Johnson of Wisconsin and Rand Paul": the place
            // a person is of is passed over.
            if between == "of" && m.ty == EntityType::Gpe {
                end = m.span.end;
                k += 1;
                continue;
            }
            let listed = matches!(between, "," | "and" | ", and");
            if !listed || m.ty != EntityType::Person || m.role.is_some() {
                break;
            }
            m.role = Some(role);
            end = m.span.end;
            k += 1;
        }
    }
}

/// An acronym in parentheses after the name it shortens, where that name
/// lists its words with commas or "and", which the runs take apart ("the
/// Rail, Maritime and Transport union (RMT)"): the capitalised words whose
/// initials spell the acronym, in order, with commas and function words
/// between them and an organisation's head word at the end (in lower case
/// too), are one organisation, in place of the mentions inside them
/// (grouping then joins the acronym to it).
#[cfg_attr(lede_abort, optimize(size))]
fn spelt_out_lists(s: &Sentence, first_mention: usize, out: &mut Vec<RawMention>) {
    let mut k = first_mention;
    while k < out.len() {
        let span = out[k].span;
        k += 1;
        // An acronym of three to six capitals (most mentions fail on
        // their length or their first two bytes).
        let letters = &s.text.as_bytes()[span.start..span.end];
        if !(3..=6).contains(&letters.len()) || !letters.iter().all(u8::is_ascii_uppercase) {
            continue;
        }
        let Some(name) = listed_name_before(s, span) else {
            continue;
        };
        let at = out[first_mention..]
            .iter()
            .position(|m| m.span.end > name.start)
            .map_or(out.len(), |p| first_mention + p);
        let removed = out[at..]
            .iter()
            .take_while(|m| m.span.start < name.end)
            .count();
        let ty = known_name(name.of(s.text)).map_or(EntityType::Org, |(ty, _)| ty);
        out.splice(at..at + removed, [mention(name, ty, None, None)]);
        k = at + 2;
    }
}

/// The span of the name listed with commas or "and" that the acronym at
/// `acronym` (a mention of capitals only) spells, when it is in
/// parentheses right after that name (see [`spelt_out_lists`]).
#[cfg_attr(lede_abort, optimize(size))]
fn listed_name_before(s: &Sentence, acronym: Span) -> Option<Span> {
    let letters = acronym.of(s.text).as_bytes();
    let i = s
        .tokens
        .iter()
        .position(|t| t.span.start == acronym.start)?;
    let last = i.checked_sub(2)?;
    if s.s(i - 1) != "(" || s.s(i + 1) != ")" {
        return None;
    }
    let head = |j: usize| {
        let mut word = s.s(j).to_string();
        let first = word.len().min(1);
        word[..first].make_ascii_uppercase();
        s.is_word(j)
            && matches!(
                lexicon::org_word(&word),
                Some(OrgWord::Head | OrgWord::OfHead)
            )
    };
    // Back from the parenthesis: the head word in lower case, if any, then
    // capitalised words, each the next letter of the acronym from its end.
    let lower_head = s.s(last).starts_with(|c: char| c.is_ascii_lowercase());
    if lower_head && !head(last) {
        return None;
    }
    let mut j = last + 1 - usize::from(lower_head);
    let (mut need, mut first, mut listed) = (letters.len(), None, false);
    while need > 0 {
        j = j.checked_sub(1)?;
        let word = s.s(j);
        if s.is_cap(j) && s.is_word(j) {
            if word.as_bytes()[0] != letters[need - 1] {
                return None;
            }
            need -= 1;
            first = Some(j);
        } else if matches!(word, "," | "and") {
            listed = true;
        } else if !matches!(word, "of" | "for" | "the" | "on") {
            return None;
        }
    }
    let first = first?;
    // (The head word may open the name, "Institute for Climate and
    // Sustainable Cities (ICSC)", or stand inside it, "National Commission
    // for Museums and Monuments (NCMM)".)
    // (Without a possessive ending: "the Construction, Forestry, Mining
    // and Energy Union's (CFMEU) John Sutton".)
    let (end, _) = strip_possessive(s.tokens[last].span, s.s(last));
    (listed && (lower_head || (first..=last).any(head))).then(|| Span {
        start: s.tokens[first].span.start,
        end: end.end,
    })
}

/// Whether a role's title, capitalised, and a capitalised word follow
/// token `i`, a name the lists know that is an ordinary word too, opening
/// a sentence: the body the role is held in ("Fed Chair Jerome Powell
/// said", "Target CEO Brian Cornell said").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn title_after_known(s: &Sentence, i: usize) -> bool {
    let next = s.s(i + 1).trim_end_matches('.');
    // (A title in capitals: not "Labour analyst Gary Vanstone", "Match
    // referee Jackie Hendriks".)
    s.is_cap(i + 1)
        && s.is_cap(i + 2)
        && (s.title_any_case(next, s.number(i + 1)) == Some(TitleKind::Role)
            || lexicon::may_begin_title_phrase(next))
}

/// Whether the ordinary word opening a sentence at token `i` begins a
/// name the lists know, with up to three capitalised words after it ("New
/// Zealand troops", "New South Wales firefighters", "Bank of England
/// officials"); never a function word ("The Australian Transport Safety
/// Bureau" is no newspaper's).
#[cfg_attr(lede_abort, optimize(size))]
fn known_name_opens(s: &Sentence, i: usize) -> bool {
    let opens =
        s.is_cap(i + 1) || inside_known_name(s.s(i + 1)) && s.is_cap(i + 2) || of_the(s, i + 1);
    s.s(i) == "S&P" && sp_index(s, i + 1)
        || opens && !lexicon::is_stopword(s.s(i)) && known_name_length(s, i, 2) > 0
}

/// The number of tokens of the longest name the lists know that opens at
/// the capitalised token `i`, of `shortest` to four capitalised words,
/// "of", "and", "for" or "of the" between them allowed ("Centers for
/// Disease Control and Prevention", "Friends of the Earth"; 0 if none):
/// the longest asked first.
#[cfg_attr(lede_abort, optimize(size))]
fn known_name_length(s: &Sentence, i: usize, shortest: usize) -> usize {
    let start = s.tokens[i].span.start;
    // The tokens of the capitalised words.
    let mut ends = [0; 4];
    let (mut words, mut j) = (0, i);
    while words < 4 && j < s.tokens.len() {
        if s.is_cap(j) {
            ends[words] = j;
            words += 1;
        } else if words > 0 && of_the(s, j) {
            j += 1;
        } else if !(words > 0 && inside_known_name(s.s(j)) && s.is_cap(j + 1)) {
            break;
        }
        j += 1;
    }
    (shortest.max(1)..=words)
        .rev()
        .map(|n| ends[n - 1])
        .find(|&end| known_opening(&s.text[start..s.tokens[end].span.end], s.s(end)))
        .map_or(0, |end| end + 1 - i)
}

/// Whether "of the" and a capitalised word follow at token `i`, inside a
/// name the lists know ("Friends of the Earth said").
#[cfg_attr(lede_abort, optimize(size))]
fn of_the(s: &Sentence, i: usize) -> bool {
    s.s(i) == "of" && s.s(i + 1) == "the" && s.is_cap(i + 2)
}

/// Whether `word` in lower case may stand between the capitalised words of
/// a name the lists know ([`known_name_length`]): "Dar es Salaam".
fn inside_known_name(word: &str) -> bool {
    matches!(word, "of" | "and" | "for" | "&")
        || crate::text::lexicon::in_words_as_written(NAME_PARTICLES, word)
}

/// Whether `text`, whose last word is `last`, is a name the lists know:
/// whole, without a possessive ending ("Formula One's next race"), or to
/// a hyphen inside its last word ("Air France-KLM said").
#[cfg_attr(lede_abort, optimize(size))]
fn known_opening(text: &str, last: &str) -> bool {
    known_name(text).is_some() || {
        let name = crate::text::strip_possessive(text);
        (name.len() < text.len() && known_name(name).is_some())
            || last.find('-').is_some_and(|h| {
                h > 0 && known_name(&text[..text.len() - last.len() + h]).is_some()
            })
    }
}

/// Whether `m`, a person's mention in a headline in title case, is a
/// title's alone: no word of its name, in `run`, a given name or a surname
/// the lists know ("Central Bank Chief Resigns Amid Peso Turmoil" names no
/// one "Resigns Amid Peso Turmoil").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn ordinary_words_titled(s: &Sentence, run: &[Word], m: &RawMention) -> bool {
    let mut words = run
        .iter()
        .filter(|w| w.span.start >= m.span.start && w.span.end <= m.span.end)
        .peekable();
    m.ty == EntityType::Person
        && m.role.is_some()
        && words.peek().is_some()
        && words.all(|w| !s.personal_name(w.span.of(s.text), w.number))
}

/// Whether a headline is in title case: of three words or more, every
/// word is capitalised but short function words ("of", "in", "the",
/// "with") and a word after the first is an ordinary one ("Bushfire
/// Threatens Homes Near Sydney", not a name alone on its line).
#[cfg_attr(lede_abort, optimize(size))]
fn in_title_case(s: &Sentence) -> bool {
    let (mut words, mut ordinary) = (0, false);
    for (i, t) in s.tokens.iter().enumerate() {
        // (A date or an amount, "Later This Year", counts as neither.)
        if t.kind != TokenKind::Word || s.blocked(i) {
            continue;
        }
        words += 1;
        let w = s.s(i);
        if s.is_cap(i) {
            ordinary = ordinary || (i > 0 && s.skip_initial_word(i));
        } else if is_camel_case(w) {
            // "iPhone"
        } else if !(w.len() <= 4 && lexicon::is_stopword(w)) {
            return false;
        }
    }
    words >= 3 && ordinary
}

/// Whether the ordinary word at token `i`, opening a sentence before a
/// verb (a word in lower case that is no function word), stands elsewhere
/// in the document (its tokens `doc`) after a capitalised word, as a
/// surname does after its given name: "Trump said" where the text names
/// "Donald Trump" (a surname that is a common word too and no list's).
/// Only a word that general English capitalises at times ("Prices" is
/// none). Grouping settles it: it joins that person or is dropped.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn named_in_full(s: &Sentence, i: usize, doc: &[Token], after: &mut Option<Vec<u64>>) -> bool {
    let (word, next) = (s.s(i), s.s(i + 1));
    // (Or an adverb, or a relative clause: "Trump then cancelled",
    // "Morales, who denounced".)
    let verb = verb_after_name(next)
        || s.is_word(i + 1)
            && next.starts_with(|c: char| c.is_ascii_lowercase())
            && !lexicon::is_stopword(next)
        || matches!(
            next,
            "first" | "then" | "also" | "later" | "again" | "now" | "never"
        )
        || next == "," && matches!(s.s(i + 2), "who" | "whose");
    if !verb
        || word.len() < 3
        || !word.bytes().skip(1).all(|b| b.is_ascii_lowercase())
        || !lexicon::sometimes_capitalised(word)
        // A body's head word ("Party sources said") is no surname.
        || s.org_word(word, s.number(i)).is_some()
    {
        return false;
    }
    // Made once a document, on its first question: one pass over its
    // tokens, most of them turned away by their first byte.
    let after = after.get_or_insert_with(|| words_after_capital(s.text, doc));
    after.contains(&Interner::hash(word.as_bytes()))
}

/// The hashes of the words of the document (its text `text`, its tokens
/// `doc`) that stand after a capitalised word and one space, capitalised
/// themselves, their possessive ending left out ("Trump" of "Donald
/// Trump's"): [`named_in_full`] asks them.
#[cfg_attr(lede_abort, optimize(size))]
fn words_after_capital(text: &str, doc: &[Token]) -> Vec<u64> {
    let mut out = Vec::new();
    for pair in doc.windows(2) {
        let [a, b] = pair else { continue };
        if capital_word(text, b)
            && capital_word(text, a)
            && a.span.len() > 1
            && one_space_apart(text, a.span, b.span)
        {
            let word = crate::text::strip_possessive(b.span.of(text));
            out.push(Interner::hash(word.as_bytes()));
        }
    }
    out
}

/// Whether token `t` of `text` is a word whose first byte is an ASCII
/// capital ([`words_after_capital`], [`pairs_inside_sentences`]).
#[cfg_attr(lede_abort, optimize(size))]
fn capital_word(text: &str, t: &Token) -> bool {
    t.kind == TokenKind::Word && text.as_bytes()[t.span.start].is_ascii_uppercase()
}

/// Whether spans `a` and `b` of `text` stand one space apart.
#[cfg_attr(lede_abort, optimize(size))]
fn one_space_apart(text: &str, a: Span, b: Span) -> bool {
    b.start == a.end + 1 && text.as_bytes()[a.end] == b' '
}

/// Whether the ordinary word at token `i`, opening a sentence, and the
/// capitalised word after it stand together inside a sentence elsewhere in
/// the document (its tokens `doc`), after a word: then they open a name
/// there, and here too ("Blue Origin plans" where the text has "founded
/// Blue Origin", "Rocket Lab shares rose", "Key West was hit" after
/// "residents of Key West"). Not a function word ("The", "In").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn written_inside(s: &Sentence, i: usize, doc: &[Token], pairs: &mut Option<Vec<u128>>) -> bool {
    if !s.is_cap(i + 1) || lexicon::is_stopword(s.s(i)) {
        return false;
    }
    let Some(pair) = pair_at(s.text, s.tokens[i].span, s.tokens[i + 1].span) else {
        return false;
    };
    // Made once a document, on its first question: one pass over its
    // tokens, most of them turned away by their first byte.
    let pairs = pairs.get_or_insert_with(|| pairs_inside_sentences(s.text, doc));
    pairs.binary_search(&pair).is_ok()
}

/// A hash of the words at `a` and `b`, one space between them, the
/// possessive ending of the second left out; `None` if they are apart
/// otherwise. (Widened: the keyphrase ranking's sort of `u128`s sorts
/// them, no sort of its own in the wasm.)
#[cfg_attr(lede_abort, optimize(size))]
fn pair_at(text: &str, a: Span, b: Span) -> Option<u128> {
    one_space_apart(text, a, b).then(|| {
        let second = crate::text::strip_possessive(b.of(text));
        u128::from(Interner::hash(
            &text.as_bytes()[a.start..b.start + second.len()],
        ))
    })
}

/// The [`pair_at`] hashes, sorted, of the capitalised words of the
/// document (its text `text`, its tokens `doc`) that stand after a word or
/// a number on their line, each with the capitalised word after it: two
/// words that open a name inside a sentence ("founded Blue Origin"), which
/// [`written_inside`] asks.
#[cfg_attr(lede_abort, optimize(size))]
fn pairs_inside_sentences(text: &str, doc: &[Token]) -> Vec<u128> {
    let mut out = Vec::new();
    for three in doc.windows(3) {
        let [before, a, b] = three else { continue };
        if capital_word(text, a)
            && capital_word(text, b)
            && matches!(before.kind, TokenKind::Word | TokenKind::Number)
            && !a.line_break_before
        {
            out.extend(pair_at(text, a.span, b.span));
        }
    }
    crate::order::sort_keys(&mut out);
    out.dedup();
    out
}

/// Whether the ordinary word at token `i`, opening a sentence before a
/// verb of speech, may be a surname alone: a surname the lists know ("Cook
/// said"), or a short word that is no function word, of a foreign name
/// ("Ding said" after "Ding Liren"; "Some said" is none). Grouping
/// settles it.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn short_surname(s: &Sentence, i: usize) -> bool {
    let word = s.s(i);
    s.surname(word, s.number(i)).is_some() || short_word(s, word, s.number(i))
}

/// Whether `word` (word number `number`), capitalised, is a word of two to
/// four letters in lower case after the capital, no function word and no
/// word of organisations' names: "Ding", "Ion" (see [`short_surname`],
/// [`unknown_after_short_word`]).
#[cfg_attr(lede_abort, optimize(size))]
fn short_word(s: &Sentence, word: &str, number: u32) -> bool {
    (2..=4).contains(&word.len())
        && word.bytes().skip(1).all(|b| b.is_ascii_lowercase())
        && !lexicon::is_stopword(word)
        && s.org_word(word, number).is_none()
}

/// Whether the ordinary word opening a sentence at token `i` is a given
/// name before a surname: "Bill Shorten of the Australian Workers Union",
/// but not "Rose Garden" (a common word follows) nor "Will Russia" (a
/// function word opens it); a surname that is a common word too only
/// before a verb ("Grace Park said", "Mark Wood was": [`verb_after_name`]).
/// Or, in East Asian order, a surname before a given name of two syllables
/// joined by a hyphen: "Park Geun-hye", "Moon Jae-in"; or a short word
/// before a word no list knows, and a verb ("Ding Liren said": see
/// [`unknown_after_short_word`]).
#[cfg_attr(lede_abort, optimize(size))]
fn given_name_opens_name(s: &Sentence, i: usize) -> bool {
    let word = s.s(i);
    s.is_cap(i + 1)
        && s.is_word(i + 1)
        && !lexicon::is_stopword(word)
        && if s.given_name(word, s.number(i)).is_some() {
            // ("Bill Gates met", "Bill Gates, 69,": a surname that is a
            // common word, before a verb or an age. "Bill Gates,
            // Microsoft's co-founder,", "Rich Lesser, the chairman of
            // BCG,": any word before a role in apposition.)
            !s.common_any_case(s.s(i + 1), s.number(i + 1))
                || s.surname(s.s(i + 1), s.number(i + 1)).is_some()
                    && (verb_after_name(s.s(i + 2)) || age_after(s, i + 2))
                || appositive_role(s, i + 2).flatten().is_some()
        } else {
            korean_order(s, word, s.number(i), s.s(i + 1))
                || korean_name_opens(s, i)
                || chinese_name_opens(s, i)
                || verb_after_name(s.s(i + 2)) && {
                    let at = |k: usize| Word {
                        span: s.tokens[k].span,
                        number: s.number(k),
                    };
                    unknown_after_short_word(s, &[at(i), at(i + 1)])
                }
        }
}

/// "Tan Wei Liang was sentenced": a surname that is a common word too
/// ("Tan", "Long", "Song"), then two capitalised words that are no common
/// word nor a name the lists know as anything but a person's, and a verb.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn chinese_name_opens(s: &Sentence, i: usize) -> bool {
    s.surname(s.s(i), s.number(i)).is_some()
        && s.is_cap(i + 2)
        && s.is_word(i + 2)
        && (i + 1..=i + 2)
            .all(|k| !s.common_any_case(s.s(k), s.number(k)) && known_name(s.s(k)).is_none())
        && verb_after_name(s.s(i + 3))
}

/// "S. Jaishankar said", "A. Kulothungan said": an initial (a capital
/// and a full stop) before a capitalised word that is no place's name,
/// opening a sentence.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn initial_opens_name(s: &Sentence, i: usize) -> bool {
    let word = s.s(i).as_bytes();
    word.len() == 1
        && word[0].is_ascii_uppercase()
        && s.s(i + 1) == "."
        && s.tokens.get(i + 1).is_some_and(|t| !t.space_before)
        && s.is_cap(i + 2)
        // (Not a point of the compass written short: "N. Korea fires".)
        && lexicon::place(s.s(i + 2)).is_none()
}

/// Whether `word`, after a name that opens a sentence, is a verb whose
/// subject the name is: a verb of speech, an auxiliary, a past in "-ed" or
/// a verb the lists know ("Mark Wood was ruled out", "Sue Gray resigned";
/// not "Rose Garden ceremony").
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn verb_after_name(word: &str) -> bool {
    is_speech_verb(word)
        || matches!(
            word,
            "was" | "is" | "has" | "had" | "will" | "would" | "could" | "can" | "did" | "does"
        )
        || word.len() > 4 && word.ends_with("ed") && word.bytes().all(|b| b.is_ascii_lowercase())
        // Irregular pasts: "Bill Gates met", "Rose Ayling-Ellis won"; and
        // sport's verb ("Russell beat seven-time champion Lewis Hamilton").
        || matches!(
            word,
            "met" | "won" | "told" | "wrote" | "spoke" | "led" | "took" | "gave" | "made" | "beat" | "beats"
        )
        || word.starts_with(|c: char| c.is_ascii_lowercase())
            && crate::tables::lexicon::VERB_TABLE.contains(word)
}

/// Whether `surname` (word number `number`) is a known surname and `given`
/// after it a Korean given name ([`hyphenated_given_name`]): a name in
/// East Asian order, "Park Geun-hye".
#[cfg_attr(lede_abort, optimize(size))]
fn korean_order(s: &Sentence, surname: &str, number: u32, given: &str) -> bool {
    hyphenated_given_name(given) && s.surname(surname, number).is_some()
}

/// "Min Hee-jin, chief executive of ADOR,", "Bang Si-hyuk declined": a
/// short word opening a sentence, before a Korean given name and then a
/// verb or a comma and a word in lower case, is a surname the lists lack
/// (not "New Year-end bonuses").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn korean_name_opens(s: &Sentence, i: usize) -> bool {
    short_word_and_korean_given_name(s.s(i), s.s(i + 1))
        && (verb_after_name(s.s(i + 2))
            || s.s(i + 2) == "," && s.s(i + 3).starts_with(|c: char| c.is_ascii_lowercase()))
}

/// Whether `surname`, two to four letters, and `given`, a Korean given
/// name ([`hyphenated_given_name`]), read as a Korean name whose surname
/// the lists may lack ("Min Hee-jin", "Bang Si-hyuk").
#[cfg_attr(lede_abort, optimize(size))]
fn short_word_and_korean_given_name(surname: &str, given: &str) -> bool {
    (2..=4).contains(&surname.len())
        && surname.bytes().all(|b| b.is_ascii_alphabetic())
        && hyphenated_given_name(given)
}

/// Whether `word` is written as a Korean given name is: two syllables of
/// letters joined by a hyphen, the second in lower case ("Geun-hye",
/// "Jae-in", "Suk-yeol").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn hyphenated_given_name(word: &str) -> bool {
    let Some((first, second)) = word.split_once('-') else {
        return false;
    };
    (2..=5).contains(&first.len())
        && (2..=5).contains(&second.len())
        && first.bytes().all(|b| b.is_ascii_alphabetic())
        && second.bytes().all(|b| b.is_ascii_lowercase())
        && korean_syllable(first.as_bytes())
        && korean_syllable(second.as_bytes())
}

/// Whether letters are one syllable as Korean is romanised: consonants,
/// vowels, and at most a final "k", "ck", "l", "m", "n", "ng" or "p"
/// ("Geun", "hye", "yeol", "hyuk", "Duck"; not "Year-end", whose syllables
/// end in "r" and "nd").
#[cfg_attr(lede_abort, optimize(size))]
fn korean_syllable(letters: &[u8]) -> bool {
    let vowel = |b: &u8| {
        matches!(
            b.to_ascii_lowercase(),
            b'a' | b'e' | b'i' | b'o' | b'u' | b'y' | b'w'
        )
    };
    let body = match letters {
        [rest @ .., b'n', b'g'] | [rest @ .., b'c', b'k'] => rest,
        [rest @ .., b'k' | b'l' | b'm' | b'n' | b'p'] => rest,
        _ => letters,
    };
    let onset = body.iter().take_while(|b| !vowel(b)).count();
    onset <= 3 && body.len() > onset && body[onset..].iter().all(vowel)
}

/// Whether the ordinary word opening a sentence at token `i` qualifies a
/// title after it: "Interior Minister Mohsin Naqvi", but not "The
/// Minister"; or opens a title with the word after it ("Group Captain");
/// or a title after it and another capitalised word that makes
/// no title with it ("Energy Transition Minister Paul Riviere", "Home
/// Affairs Minister"), an adverb aside ("Earlier Foreign Minister ...").
fn title_opens_sentence(s: &Sentence, i: usize) -> bool {
    let head = |k: usize| crate::text::lexicon::in_words_as_written(ROLE_HEADS, s.s(k));
    let word = s.s(i);
    // "Group Captain", "Field Marshal": a title of two words ("First
    // Minister" too, whose first word is a function word).
    let two_words = || {
        s.is_cap(i + 1)
            && title_any_case(&s.text[s.tokens[i].span.start..s.tokens[i + 1].span.end]).is_some()
    };
    if lexicon::is_stopword(word) {
        return two_words();
    }
    // "Justices Sonia Sotomayor and Elena Kagan": the plural of a title
    // before a given name.
    // ("Sens. Thom Tillis": an abbreviation's plural before any name.)
    let plural = || {
        plural_of_role(word)
            && (s.given_name(s.s(i + 1), s.number(i + 1)).is_some()
                || s.s(i + 1) == "." && s.is_cap(i + 2))
    };
    // (Not a word of time before a title: "Yesterday President Biden".)
    let of_time = || {
        word.ends_with("ly")
            || matches!(
                word,
                "Earlier" | "Later" | "Meanwhile" | "Now" | "Today" | "Tonight" | "Yesterday"
            )
    };
    head(i + 1)
        || plural()
        || two_words()
        || s.is_cap(i + 1)
            && s.is_cap(i + 2)
            && !of_time()
            && !lexicon::is_stopword(s.s(i + 1))
            && (head(i + 2)
                && title_any_case(&s.text[s.tokens[i + 1].span.start..s.tokens[i + 2].span.end])
                    .is_none()
                // "National Security Adviser Jake Sullivan": a title of
                // three words.
                || title_any_case(&s.text[s.tokens[i].span.start..s.tokens[i + 2].span.end])
                    .is_some()
                // "Special Counsel Jack Smith", "Public Defender Levan
                // Ioseliani": a word before a title of one word before a
                // name, as mid-sentence.
                || s.title(s.s(i + 1), s.number(i + 1)).is_some() && s.is_cap(i + 3))
}

/// Whether a sentence is in capitals (a headline, or a subhead: "UKRAINE
/// AID"): of two words or more, at least 70% are in capitals (more than
/// one byte, no lower-case letter: "S&P/ASX 200 rose 2%." is no headline).
/// The count stops once the tokens left, were they all such words, could no
/// longer make 70%: early in most sentences.
#[cfg_attr(lede_abort, optimize(size))]
fn in_capitals(tokens: &[Token], words: &[&str]) -> bool {
    let (mut word_count, mut letters_upper) = (0, 0);
    for (k, (t, w)) in tokens.iter().zip(words).enumerate() {
        if t.kind != TokenKind::Word {
            continue;
        }
        word_count += 1;
        // Most words begin with a small letter, which settles it.
        let small_first = w.as_bytes().first().is_some_and(u8::is_ascii_lowercase);
        if !small_first && w.len() > 1 && !has_lowercase(w) {
            letters_upper += 1;
        } else {
            let left = tokens.len() - k - 1;
            if (letters_upper + left) * 10 < (word_count + left) * 7 {
                return false;
            }
        }
    }
    word_count >= 2 && letters_upper * 10 >= word_count * 7
}

/// Whether `word` has a lower-case letter: an ASCII one settles it without
/// decoding, and an ASCII word without one has none.
fn has_lowercase(word: &str) -> bool {
    word.bytes().any(|b| b.is_ascii_lowercase())
        || (!word.is_ascii() && word.chars().any(char::is_lowercase))
}

/// Whether a sentence-initial capitalised word is an ordinary English word
/// ("Speaking", "The", "Meanwhile") and not a name (asked through
/// [`Sentence::skip_initial_word`], which remembers it): [`ORDINARY`],
/// with [`NAME_ALIAS`] if an organisation or a place is called so too, or 0.
#[cfg_attr(lede_abort, optimize(size))]
fn ordinary_initial_word(word: &str) -> u8 {
    // Whether it is an ordinary word first: most names are not, and need
    // no more lookups.
    let ordinary = if word.is_ascii() {
        // The lexicon folds ASCII capitals itself. A plural the frequency
        // table lacks is read by its singular ("Analysts": the table has
        // "analyst" only).
        lexicon::is_stopword(word)
            || lexicon::is_common_word(word)
            || lexicon::regular_singular(word).is_some_and(lexicon::is_common_word)
            // "Campaigners said": a plural of an ordinary noun's ending
            // that no list of names knows ("Sanders said" stays).
            || lexicon::ordinary_plural(word) && !lexicon::is_listed_name(word)
            // "Diplomats said", "Aides said": the plural of a role.
            || plural_of_role(word)
            // "Renewed Houthi attacks", "Stranded Afghan migrants": a
            // participle that no list of names knows.
            || participle(word)
            || ing_form(word)
            // "Unfortunately, the union": an adverb that opens sentences.
            || lexicon::sentence_adverb(word)
            // "Incumbent Ranil Wickremesinghe": a word of a role's tenure.
            || lexicon::tenure_word(word)
    } else {
        let lower = crate::text::case::lower_str(word);
        lexicon::is_stopword(&lower) || lexicon::is_common_word(&lower)
    };
    if !ordinary {
        return 0;
    }
    let organization = lexicon::organization(word);
    let place = lexicon::place(word);
    // (A word that opens towns' names, such as "Los", a common word in the
    // table's Spanish text, opens only places' names in English: "Los
    // Alamos scientists".)
    // (Nor does a particle with its capital, which opens names: "Le Pen",
    // "La Liga", "De Beers"; "Van" is also a common noun.)
    if head_bits(word) & (PLACE_OPENER | STORM) != 0
        || matches!(
            word,
            "Le" | "La" | "De" | "Di" | "Da" | "Du" | "Del" | "Von" | "El"
        )
        || place.as_ref().is_some_and(|p| !p.ambiguous)
        || organization.is_some_and(|(_, ambiguous)| !ambiguous)
        || lexicon::demonym(word).is_some()
        || title_any_case(word).is_some()
    {
        return 0;
    }
    ORDINARY
        | if organization.is_some() || place.is_some() {
            NAME_ALIAS
        } else {
            0
        }
}

/// Whether `word` has a capital inside it after a capital and two small
/// letters or more, and only letters ("VividSeats", "PayPal", "BayArena"),
/// as brands are written and names seldom are (not "McDonald", "DeSantis",
/// "LeBron", nor "MacArthur", "VanDyke", "FitzGerald").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn inner_capital(word: &str) -> bool {
    let bytes = word.as_bytes();
    bytes.len() >= 5
        && bytes[0].is_ascii_uppercase()
        && bytes.iter().all(u8::is_ascii_alphabetic)
        && !["Mac", "Van", "Von", "Fitz", "Della"]
            .iter()
            .any(|p| word.starts_with(p))
        && bytes.windows(3).skip(1).any(|w| {
            w[0].is_ascii_lowercase() && w[1].is_ascii_lowercase() && w[2].is_ascii_uppercase()
        })
}

/// Whether `word` is written as brands are: [`inner_capital`], or one
/// word ending in "bank" or "banken" after a capital and three small
/// letters or more that are no common word, which no list of given names
/// or surnames knows, as banks are named ("Swedbank", "Rabobank",
/// "Citibank", "Handelsbanken"; not "Eubank", nor "Fairbank", surnames the
/// lists lack).
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn brand_word(word: &str) -> bool {
    let word = crate::text::strip_possessive(word);
    inner_capital(word) || {
        let bytes = word.as_bytes();
        let stem = bytes
            .strip_suffix(b"bank")
            .or_else(|| bytes.strip_suffix(b"banken"));
        stem.is_some_and(|stem| {
            stem.len() >= 4
                && stem[0].is_ascii_uppercase()
                && stem[1..].iter().all(u8::is_ascii_lowercase)
                && !lexicon::is_common_word(&word[..stem.len()])
        }) && lexicon::given_name(word).is_none()
            && lexicon::surname(word).is_none()
    }
}

/// Whether `word`, capitalised, is the "-ing" form of a word the
/// frequency table knows, too rare for the table itself and known to no
/// list of names, its stem of six letters or more ("Neighboring Chad",
/// "Neighbouring Uganda", "Weakening demand"; not "Manning", "Golding",
/// "Fielding", "Xiaoming").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn ing_form(word: &str) -> bool {
    let Some(stem) = word.strip_suffix("ing") else {
        return false;
    };
    if stem.len() < 6
        || !word.bytes().skip(1).all(|b| b.is_ascii_lowercase())
        || !lexicon::is_rare_word(word)
        || lexicon::is_listed_name(word)
    {
        return false;
    }
    // (The table ignores ASCII case, so the stem needs no lowering.)
    let known = |w: &str| !lexicon::is_rare_word(w);
    let mut buf = String::with_capacity(stem.len() + 1);
    buf.push_str(stem);
    let bytes = stem.as_bytes();
    known(stem)
        // ("Controlling": "control".)
        || bytes[bytes.len() - 1] == bytes[bytes.len() - 2] && known(&stem[..stem.len() - 1])
        || {
            buf.push('e');
            known(&buf)
        }
        // ("Neighbouring": the table spells it "neighbor".)
        || stem.strip_suffix("our").is_some_and(|s| {
            buf.clear();
            buf.push_str(s);
            buf.push_str("or");
            known(&buf)
        })
}

/// Whether `word`, capitalised, ends as a participle in "-ed" that no
/// list of names knows and English seldom capitalises ("Renewed",
/// "Stranded"; not "Mohamed", nor "United").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn participle(word: &str) -> bool {
    word.len() >= 6
        && word.ends_with("ed")
        && word.bytes().skip(1).all(|b| b.is_ascii_lowercase())
        && lexicon::seldom_capitalised(word)
        && !lexicon::is_listed_name(word)
}

/// [`ordinary_initial_word`]: an ordinary word, when it opens a sentence.
const ORDINARY: u8 = 1;
/// [`ordinary_initial_word`]: and also what an organisation or a place is
/// called ("Fed", "Labor", "Shell", "Turkey").
const NAME_ALIAS: u8 = 2;

/// The singular of `word` if it is a capitalised plural whose singular is
/// no ordinary word: "Proteas" -> "Protea", not "Greens", "Boss", "ABCs".
#[cfg_attr(lede_abort, optimize(size))]
fn team_plural(word: &str) -> Option<&str> {
    let singular = lexicon::regular_singular(word)?;
    let bytes = singular.as_bytes();
    (bytes[0].is_ascii_uppercase()
        && bytes[1..].iter().all(u8::is_ascii_lowercase)
        && !lexicon::is_common_word(singular))
    .then_some(singular)
}

/// [`lexicon::title`] of a phrase in any case: the lexicon folds ASCII
/// capitals, so only a phrase with other letters is lower-cased first.
fn title_any_case(phrase: &str) -> Option<TitleKind> {
    if phrase.is_ascii() {
        lexicon::title(phrase)
    } else {
        lexicon::title(&crate::text::case::lower_str(phrase))
    }
}

/// [`lexicon::is_common_word`] of a word in any case (see [`title_any_case`]).
fn common_any_case(word: &str) -> bool {
    if word.is_ascii() {
        lexicon::is_common_word(word)
    } else {
        lexicon::is_common_word(&crate::text::case::lower_str(word))
    }
}

/// A mention typed as a guess, which evidence elsewhere in the text
/// overrules (see [`RawMention::guessed`]).
#[cfg_attr(lede_abort, optimize(size))]
fn guess(span: Span, ty: EntityType) -> RawMention {
    RawMention {
        guessed: true,
        town_named_org: false,
        ..mention(span, ty, None, None)
    }
}

/// Whether `word` has a digit among its second to fourth bytes, as a
/// model's code has ([`model_after_company`]): most words are turned away
/// here, inline.
#[inline]
#[cfg_attr(lede_abort, optimize(size))]
fn may_be_code(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() >= 2 && b[1..b.len().min(4)].iter().any(u8::is_ascii_digit)
}

/// Whether token `i` is a model's code ("A380", "E175", "A320neo": one to
/// three capitals, digits, maybe letters) after the name of a company the
/// lists know, or a run that ends in one ("Airbus", "Qantas Airbus"),
/// which ends there: the plane is no part of its maker's name.
#[inline]
#[cfg_attr(lede_abort, optimize(size))]
fn model_after_company(s: &Sentence, run: &[Word], i: usize) -> bool {
    may_be_code(s.s(i)) && company_before_code(s, run, i)
}

/// [`model_after_company`] of a word that [`may_be_code`].
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn company_before_code(s: &Sentence, run: &[Word], i: usize) -> bool {
    let code = s.s(i).as_bytes();
    let letters = code.iter().take_while(|b| b.is_ascii_uppercase()).count();
    let digits = code[letters..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    (1..=3).contains(&letters)
        && digits > 0
        && code.len() <= 8
        && code[letters + digits..].iter().all(u8::is_ascii_alphabetic)
        && run.last().is_some_and(|last| {
            let company =
                |name: &str| known_name(name).is_some_and(|(ty, _)| ty == EntityType::Org);
            company(last.span.of(s.text)) || company(span_of(run).of(s.text))
        })
}

/// Whether `word` before "State" names a state of a country: no name the
/// lists know as an organisation, nor a place in the United States.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn state_of_country(word: &str) -> bool {
    lexicon::organization(word).is_none()
        && !lexicon::place(word).is_some_and(|p| p.key.starts_with("US"))
}

/// Whether `word`, a given name that no list knows as a place or an
/// organisation, stands before "and" at token `next` and a given name and
/// a surname after it (or a word that is no common one), whose surname it
/// shares: "Bill and Melinda Gates".
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn surname_shared_after(s: &Sentence, word: &str, number: u32, next: usize) -> bool {
    s.s(next) == "and"
        && s.is_cap(next + 1)
        && s.is_cap(next + 2)
        && !s.is_cap(next + 3)
        && s.given_name(s.s(next + 1), s.number(next + 1)).is_some()
        && (s.surname(s.s(next + 2), s.number(next + 2)).is_some()
            || !s.common_any_case(s.s(next + 2), s.number(next + 2)))
        && s.given_name(word, number).is_some()
        && lexicon::place(word).is_none()
        && lexicon::organization(word).is_none()
}

/// Whether a word for kin in lower case comes right before token `first`,
/// or before a comma there ("their son Frankie", "his wife, Clare").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn kin_before(s: &Sentence, first: usize) -> bool {
    let Some(mut j) = first.checked_sub(1) else {
        return false;
    };
    if s.s(j) == "," {
        let Some(k) = j.checked_sub(1) else {
            return false;
        };
        j = k;
    }
    matches!(
        s.s(j),
        "brother"
            | "daughter"
            | "father"
            | "granddaughter"
            | "grandson"
            | "husband"
            | "mother"
            | "nephew"
            | "niece"
            | "sister"
            | "son"
            | "widow"
            | "wife"
    )
}

/// Where `run`, a name no list knows as a whole, splits into two names
/// of companies, if it does: the second its last word, one the lists
/// know, the first one they know or one that its head word types.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn two_companies(s: &Sentence, run: &[Word]) -> Option<usize> {
    // The second is the last word, whose facts are remembered by its
    // number: most runs are turned away by that one read.
    let k = run.len() - 1;
    let second = run_facts(s, &run[k..]).known;
    if second.is_none_or(|(ty, _)| ty != EntityType::Org) {
        return None;
    }
    let first = &run[..k];
    let last = first[k - 1];
    // The first may be one that its last word types ("United Airlines").
    (lexicon::organization(span_of(first).of(s.text)).is_some()
        || k > 1 && s.org_word(last.span.of(s.text), last.number) == Some(OrgWord::Head))
    .then_some(k)
}

/// The run's last word, stretched to end at byte `end` (a full stop, a
/// legal form's slash, an index's exchange, a number after "of" kept with
/// it): its spelling is no word token's any more.
#[cfg_attr(lede_abort, optimize(size))]
fn stretch_last(run: &mut [Word], end: usize) {
    if let Some(last) = run.last_mut() {
        last.span.end = end;
        last.number = NO_WORD;
    }
}

/// Collects the words of the run starting at token `start` into `run`
/// (emptied first); returns the index of the first token after it, and
/// whether the run took in a connector ("of" in "Bank of England").
fn collect_run(
    s: &Sentence,
    start: usize,
    stop: Option<usize>,
    run: &mut Vec<Word>,
) -> (usize, bool) {
    // In a headline in title case, an ordinary word from token `stop` on
    // ends the run, as one would in lower case, but for an organisation's
    // or an event's head word right after a place's name ("Chiba Bank to
    // Merge", "to Win Berlin Marathon"; not after a people's: "German
    // Coalition Collapses").
    let stopped = |j: usize| {
        stop.is_some_and(|st| {
            j >= st
                && (s.skip_initial_word(j) || headline_verb(s, j))
                && !(j == st
                    && j > start
                    && (s.org_word(s.s(j), s.number(j)) == Some(OrgWord::Head)
                        || head_type(s.s(j)) == Some(EntityType::Event))
                    && lexicon::place(
                        &s.text[s.tokens[start].span.start..s.tokens[j - 1].span.end],
                    )
                    .is_some())
        })
    };
    let goes_on = |j: usize| s.is_cap(j) && !stopped(j);
    run.clear();
    let mut joined = false;
    let mut i = start;
    // (A name may end the sentence: "by S&P/S".)
    while let Some(t) = s.tokens.get(i) {
        let text = s.s(i);
        // "a second US No 1", "Britain's No. 2": "No" before a number is
        // its abbreviation and ends the name.
        if !run.is_empty() && matches!(text, "No" | "Nos") && {
            let n = i + 1 + usize::from(s.s(i + 1) == ".");
            s.s(n).starts_with(|c: char| c.is_ascii_digit())
        } {
            break;
        }
        let (span, ending) = strip_possessive(t.span, text);
        // "McDonald's", "Lloyd's": a name the lists know with its ending.
        let known_ending = ending && known_name(text).is_some();
        let possessive = ending && !known_ending;
        let span = if possessive { span } else { t.span };
        let number = if possessive { NO_WORD } else { t.word };
        i += 1;
        if possessive {
            // "Children's Hospital", "People's Party": a plural that takes
            // "'s" belongs to the name after it; and so does any possessive
            // inside a name ("St Thomas' Hospital", "King's College").
            if s.is_cap(i)
                && !s.tokens[i].line_break_before
                && ((matches!(span.of(s.text), "Children" | "Women" | "Men" | "People")
                    && span.len() + 2 <= text.len())
                    || possessive_in_name(s, run, span, i))
            {
                run.push(Word {
                    span: t.span,
                    number,
                });
                continue;
            }
            // "Christie's said": a business named with its ending.
            let whole = run.is_empty() && name_with_its_ending(s, i - 1, span);
            run.push(if whole {
                Word {
                    span: t.span,
                    number: t.word,
                }
            } else {
                Word { span, number }
            });
            break;
        }
        // "the Jharkhand Mukti Morcha-led alliance", "the Bharatiya Janata
        // Party-led Mahayuti": a word joined to a participle ends the name
        // at its hyphen (the first word's is [`classify`]'s: "Saudi-led").
        if let Some(end) = (!run.is_empty()).then(|| participle_joined(text)).flatten() {
            run.push(Word {
                span: Span::new(t.span.start, t.span.start + end),
                number: NO_WORD,
            });
            break;
        }
        run.push(Word { span, number });
        if plural_office(s, i) && !s.tokens[i].line_break_before {
            break;
        }
        // "at Sotheby's New York": the town of its branch after such a
        // name is no part of it ("Lloyd's Register" is).
        if known_ending && run.len() == 1 && branch_town(s, i) {
            break;
        }
        // "Novo Nordisk A/S": the Danish legal form, three tokens (its
        // possessive left out: "Novo Nordisk A/S's").
        if text == "A" && slash_s(s, i) {
            stretch_last(run, s.tokens[i + 1].span.start + 1);
            i += 2;
            break;
        }
        // "S&P/ASX 200", "S&P/TSX Composite": the indices S&P names with
        // an exchange, the slash inside the name.
        if text == "S&P" && sp_index(s, i) {
            stretch_last(run, s.tokens[i + 1].span.end);
            i += 2;
            continue;
        }
        // "St Thomas' Hospital": the apostrophe after an "s" is a token.
        if matches!(s.s(i), "'" | "’")
            && !s.tokens[i].space_before
            && text.ends_with('s')
            && s.is_cap(i + 1)
            && !s.tokens[i + 1].line_break_before
            && (possessive_in_name(s, &run[..run.len() - 1], t.span, i + 1)
                // "Ontario Teachers' Pension Plan", "Workers' Party of
                // Korea": a plural before an organisation's name.
                || text.len() > 3 && org_head_after(s, i + 1).is_some())
        {
            i += 1;
            continue;
        }
        // An initial ("W." inside "George W. Bush") or an abbreviated title
        // or place prefix ("Sen. Warren", "St. Petersburg").
        // (Asked only of a word with a full stop after it.)
        let abbreviation = || {
            text.len() == 1
                || (text.len() <= 4
                    && (matches!(text, "St" | "Mt" | "Ft" | "ST" | "MT" | "FT")
                        || s.title(text, t.word).is_some()
                        // ("Sens. Thom Tillis and Susan Collins".)
                        || plural_of_role(text)))
                // "Minneapolis-St. Paul".
                || text.ends_with("-St")
        };
        // "SANTA CLARA, Calif. (Reuters)": a name the lists know with its
        // full stop keeps it whatever follows.
        // (But not a word alone at the sentence's end, unless after a
        // comma: "celebrate Mass." is no state; nor a common word ending a
        // longer name there: "Kumba Iron Ore." ends with the sentence.)
        let known_with_stop = || {
            !(i + 1 >= s.tokens.len()
                && (run.len() == 1 && (start == 0 || s.s(start - 1) != ",")
                    || run.len() > 1 && s.common_any_case(text, t.word)))
                && known_name(Span::new(t.span.start, s.tokens[i].span.end).of(s.text)).is_some()
        };
        // ("Jr." and "Sr." keep their full stop: "John G. Roberts Jr. said".)
        if s.s(i) == "."
            && !s.tokens[i].space_before
            && (s.is_cap(i + 1) && abbreviation()
                || matches!(text, "Jr" | "Sr") && !run.is_empty()
                // "Margaret A. van der Linden": an initial before a
                // particle of a surname.
                || text.len() == 1 && !matches!(s.s(i + 1), "of" | "for") && s.is_connector(i + 1)
                || known_with_stop())
        {
            stretch_last(run, s.tokens[i].span.end);
            i += 1;
        }
        // "Inc." and "Corp." keep their full stop; a sentence's last full
        // stop only after a suffix written with one ("Contentful GmbH.",
        // "Acme LLC." end with the sentence).
        if s.s(i) == "."
            && matches!(s.org_word(text, t.word), Some(OrgWord::Suffix))
            && !s.tokens[i].space_before
            && (i + 1 < s.tokens.len()
                || lexicon::is_dotted_suffix(
                    Span::new(t.span.start, s.tokens[i].span.end).of(s.text),
                ))
        {
            stretch_last(run, s.tokens[i].span.end);
            i += 1;
            // (But for a court case: "Relentless Inc. v. Department of
            // Commerce", below; for a holding company of that name:
            // "Tokyo Electric Power Co. Holdings"; and for a second legal
            // form: "Contemporary Amperex Technology Co. Ltd.".)
            if !(matches!(s.s(i), "v" | "vs" | "Holdings" | "Group" | "Ltd") && s.is_word(i)) {
                break;
            }
        }
        // (Three blanks or more between two words part the columns of a
        // table: "Real GDP   Core CPI".)
        if s.continues_run(i)
            && !s.tokens[i].line_break_before
            && s.tokens[i].span.start - t.span.end < 3
            && !stopped(i)
            && !model_after_company(s, run, i)
        {
            continue;
        }
        // "the Paris 2024 Olympics": a year before an event's head word.
        if s.s(i).len() == 4
            && s.s(i).bytes().all(|b| b.is_ascii_digit())
            && head_bits(s.s(i + 1)) & EVENT_HEAD != 0
            && !s.tokens[i].line_break_before
            && !s.tokens[i + 1].line_break_before
        {
            run.push(Word {
                span: s.tokens[i].span,
                number: NO_WORD,
            });
            i += 1;
            continue;
        }
        // Connectors: "Bank of England", "Department of the Treasury".
        // But "of" after a person's full name begins their affiliation
        // ("Chidi Okafor of the Riverina Growers Council").
        let connector = s.is_connector(i)
            && !(s.s(i) == "of"
                && (person_before_of(s, run, start)
                    || unknown_person_of_country(s, run, i + 1)
                    || proper_name_of_country(s, run, i + 1)
                    || unknown_person_of_body(s, run, i + 1)
                    || place_of_person(s, run, i + 1)
                    || member_of_state(s, run, i + 1)
                    || listed_body_of_person(s, run, i + 1)
                    // "Kallisto Navigation Inc of Monrovia": a legal form
                    // ends a company's name.
                    || run.len() > 1 && legal_form_last(s, run)
                    // "the sale to Japan of Tomahawk missiles": a country
                    // of one word after "to" opens no name with "of" (but
                    // "to the United States of America").
                    || run.len() == 1
                        && start > 0
                        && s.s(start - 1) == "to"
                        && matches!(run_facts(s, run).known, Some((EntityType::Gpe, _)))))
            && !(s.s(i) == "for" && for_between_names(s, run, start, i + 1));
        // "the Group of 20": a number after "of" that ends a name the lists
        // know.
        if s.s(i) == "of"
            && i + 1 < s.tokens.len()
            && s.s(i + 1).bytes().all(|b| b.is_ascii_digit())
            && known_name(&s.text[s.tokens[start].span.start..s.tokens[i + 1].span.end]).is_some()
        {
            stretch_last(run, s.tokens[i + 1].span.end);
            i += 2;
            break;
        }
        // After a particle, an elided article ("Federation Internationale
        // de l'Automobile", "Ministere de l'Interieur").
        if connector && (goes_on(i + 1) || s.s(i) != "of" && s.elided_article(i + 1)) {
            i += 1;
            joined = true;
            continue;
        }
        // "the Protecting Americans from Foreign Adversary Controlled
        // Applications Act": a word in lower case inside a law's name, the
        // capitalised words after it ending in "Act".
        if matches!(s.s(i), "from" | "to" | "against" | "with")
            && goes_on(i + 1)
            && act_after(s, i + 1)
        {
            i += 1;
            joined = true;
            continue;
        }
        // A court case: "Roe v. Wade", "Brown v Board of Education"; not a
        // match between two countries or towns the lists know ("England v
        // India"; "Texas v. Johnson" is a case).
        if matches!(s.s(i), "v" | "vs")
            && s.is_word(i)
            && !(matches!(run_facts(s, run).known, Some((EntityType::Gpe, _)))
                && lexicon::place(s.s(i + 1)).is_some_and(|p| p.ty == EntityType::Gpe))
        {
            let dot = usize::from(s.s(i + 1) == "." && !s.tokens[i + 1].space_before);
            if goes_on(i + 1 + dot) && !s.tokens[i + 1 + dot].line_break_before {
                i += 1 + dot;
                joined = true;
                continue;
            }
        }
        // Two particles: "Ursula von der Leyen", "Cyril de la Cruz".
        if connector && s.s(i) != "of" && s.is_connector(i + 1) && goes_on(i + 2) {
            i += 2;
            joined = true;
            continue;
        }
        if connector && s.s(i + 1) == "the" && goes_on(i + 2) && s.s(i) == "of" {
            i += 2;
            joined = true;
            continue;
        }
        // "Office for the Coordination of Humanitarian Affairs", "Centre
        // for the Study of ...": "for the" after an organisation's head
        // word, ending no name the lists know ("a study by the Australian
        // National University for the ... Bureau" is two).
        if s.s(i) == "for" && s.s(i + 1) == "the" && goes_on(i + 2) && for_the_inside(s, run, i) {
            i += 2;
            joined = true;
            continue;
        }
        // "the Nobel Prize in Physics": the field after a prize's name.
        if s.s(i) == "in"
            && run.len() >= 2
            && goes_on(i + 1)
            && !s.tokens[i + 1].line_break_before
            && run.last().is_some_and(|w| is_honour(w.span.of(s.text)))
        {
            i += 1;
            joined = true;
            continue;
        }
        // "Board of Control for Cricket in India (BCCI)": "in" inside a name
        // that the acronym after it spells out, the words after "in" too.
        if s.s(i) == "in" && goes_on(i + 1) && spelt_out_after(s, start, i + 1) {
            i += 1;
            joined = true;
            continue;
        }
        // "Intergovernmental Panel on Climate Change", "Kenya National
        // Commission on Human Rights", "National Institute on Aging",
        // "Agency for Research on Cancer", "Advisory Group on Immunisation",
        // "Center on Budget": what a body is on (not
        // a date, "the Commission on Monday", nor a name the lists know,
        // "the Council on Twitter").
        // ("Treaty on the Functioning of the European Union": "on the"
        // after a treaty's word.)
        let the = usize::from(s.s(i + 1) == "the");
        if s.s(i) == "on"
            && goes_on(i + 1 + the)
            && !s.tokens[i + 1 + the].line_break_before
            && !s.blocked(i + 1 + the)
            && known_name(s.s(i + 1 + the)).is_none()
            && run.last().is_some_and(|w| {
                matches!(
                    w.span.of(s.text),
                    "Commission"
                        | "Committee"
                        | "Subcommittee"
                        | "Council"
                        | "Panel"
                        | "Conference"
                        | "Convention"
                        | "Forum"
                        | "Tribunal"
                        | "Treaty"
                        | "Agreement"
                        | "Protocol"
                        | "Declaration"
                        | "Institute"
                        | "Agency"
                        | "Group"
                        | "Research"
                        | "Center"
                        | "Centre"
                )
            })
        {
            i += 1 + the;
            joined = true;
            continue;
        }
        if s.s(i) == "&" && goes_on(i + 1) {
            i += 1;
            continue;
        }
        // "Centers for Disease Control and Prevention": "and" inside a name
        // the lists know, after a country's name too ("the U.S. Centers for
        // ..."); and a company's "and Co" ("Eli Lilly and Co").
        if s.s(i) == "and"
            && goes_on(i + 1)
            && (run.len() >= 2 && matches!(s.s(i + 1), "Co" | "Company") || {
                let from = |start: usize| {
                    (i + 1..(i + 4).min(s.tokens.len()))
                        .take_while(|&j| s.is_cap(j))
                        // (The last word's possessive left out: "the
                        // Food and Agriculture Organization's index".)
                        .any(|j| {
                            let end = strip_possessive(s.tokens[j].span, s.s(j)).0.end;
                            known_name(&s.text[start..end]).is_some()
                        })
                };
                from(s.tokens[start].span.start)
                    || run.len() >= 2
                        && lexicon::is_sure_gpe(run[0].span.of(s.text))
                        && from(run[1].span.start)
            })
        {
            i += 1;
            joined = true;
            continue;
        }
        // "Australian Securities and Investment Commission": "and" inside
        // an organisation's name, when the capitalised words after it end
        // in an organisation's head word, and those before it are no known
        // name nor a person's ("Japan and Toyota Motor Corporation").
        if s.s(i) == "and"
            && goes_on(i + 1)
            && run.len() <= 3
            // A club's name is whole: "Blackburn Rovers and Wigan Athletic"
            // are two.
            // A name that ends in a head word is whole too ("St Thomas'
            // Hospital and King's College Hospital"; not a plural head:
            // "Securities and Exchange Commission"), and so is one that
            // opens with a company the lists know ("Toyota Motor and Sony
            // Group"). A head word alone names nothing whole ("Maritime and
            // Port Authority of Singapore").
            && (run.last().is_none_or(|w| {
                let word = w.span.of(s.text);
                // (A plural head goes on before a field's word only:
                // "Securities and Exchange Commission"; "Japan Airlines and
                // Qantas Airways" are two.)
                let next = s.s(i + 1);
                let field_after =
                    || s.common_any_case(next, s.number(i + 1)) && !lexicon::is_stopword(next);
                let head = || matches!(s.org_word(word, w.number), Some(OrgWord::Head | OrgWord::Suffix));
                head_bits(word) & (CLUB_END | FAC_HEAD) == 0
                    && (word.ends_with('s') && word != "News" && (!head() || field_after())
                        || run.len() == 1
                        || !head())
            }) || initials_across_and(s, run, i))
            && run
                .first()
                .is_none_or(|w| !matches!(known_name(w.span.of(s.text)), Some((EntityType::Org, _))))
            // (Not before a name the lists know whole: "Ryanair and
            // Southwest Airlines" are two.)
            // (Before a legal form, after two words or more: "Walgreens
            // and Lazard Inc." are two.)
            && org_head_after(s, i + 1).is_some_and(|j| {
                let after = &s.text[s.tokens[i + 1].span.start..s.tokens[j].span.end];
                lexicon::organization(after).is_none()
                    && (run.len() >= 2 || s.org_word(s.s(j), s.number(j)) != Some(OrgWord::Suffix))
            })
            && !repeats_head(s, run, i + 1)
            && run_facts(s, run).known.is_none()
            && !person_before_of(s, run, start)
            // (Nor after words that a place the lists know ends: "Bank
            // Central Asia and DBS Group" are two.)
            && (run.len() < 2 || run.last().is_none_or(|w| lexicon::place(w.span.of(s.text)).is_none()))
        {
            i += 1;
            joined = true;
            continue;
        }
        // "Ministry of Trade and Industry": "and" inside the field of a
        // body named "X of ...".
        if s.s(i) == "and" && joined && fields_after(s, run, i).is_some() {
            i += 1;
            continue;
        }
        // "Secretary of Health and Human Services Xavier Becerra": "and"
        // inside a title's field, before the person's name.
        if s.s(i) == "and" && joined && title_fields_joined(s, run, i) {
            i += 1;
            continue;
        }
        // "Bureau of Alcohol, Tobacco and Firearms": a comma between such
        // fields, where "and" ends their list.
        if s.s(i) == "," && joined && fields_listed(s, run, i) {
            i += 1;
            continue;
        }
        // "Joaquín "El Chapo" Guzmán": a nickname in quotes between a
        // given name and the rest of the name is inside the person's
        // name (its words no words of the run, which types the name).
        if let Some(next) = quoted_nickname(s, run, i) {
            i = next;
            continue;
        }
        break;
    }
    if lower_case_legal_form(s, i, run) {
        run.push(Word {
            span: s.tokens[i].span,
            number: s.number(i),
        });
        i += 1;
    }
    // "FTSE 100", "S&P 500": a number after the words is part of a name
    // the lists know with it, a year after a law's head word is part of
    // the law's ("Proceeds of Crime Act 2002"), and a road's number of its
    // name ("Highway 118", "U.S. Route 101"), a runway's and a union
    // branch's too ("Runway 33", "Teamsters Local 987").
    // (A possessive ending after the number is none of it: "BBC Radio
    // 4's".)
    // "the Securities Exchange Act of 1934", "the Banking Regulation Act,
    // 1949": a year after "of" or a comma after a law's head word too.
    if i + 1 < s.tokens.len()
        && matches!(s.s(i), "of" | ",")
        && s.tokens[i - 1].span.end == run.last().map_or(0, |w| w.span.end)
        && head_bits(s.s(i - 1)) & LAW_HEAD != 0
        && !s.tokens[i + 1].line_break_before
        && is_year(s.s(i + 1))
    {
        run.push(Word {
            span: s.tokens[i + 1].span,
            number: NO_WORD,
        });
        i += 2;
    }
    let number = s.tokens.get(i).map(|t| strip_possessive(t.span, s.s(i)).0);
    if let Some(number) = number.filter(|n| {
        let digits = n.of(s.text);
        s.tokens[i].space_before
            && !s.tokens[i].line_break_before
            && s.tokens[i - 1].span.end == run.last().map_or(0, |w| w.span.end)
            && (matches!(digits.len(), 1..=4) || digits.len() == 5 && numbered_measure(s, i))
            && digits.bytes().all(|b| b.is_ascii_digit())
            && (numbered_road(s.s(i - 1))
                || numbered_measure(s, i)
                || run.len() == 1 && numbered_event(s.s(i - 1), digits)
                || digits.len() == 4
                    && matches!(digits.as_bytes()[0], b'1' | b'2')
                    && (head_bits(s.s(i - 1)) & LAW_HEAD != 0 || s.s(i - 1) == "Bill")
                || known_name(&s.text[s.tokens[start].span.start..n.end]).is_some())
    }) {
        run.push(Word {
            span: number,
            number: NO_WORD,
        });
        i += 1;
    }
    // "Alaska Airlines Flight 1282", "Malaysia Airlines Flight MH17": the
    // airline, the flight no part of its name (nor any name).
    if run.len() >= 2 && i < s.tokens.len() && s.s(i - 1) == "Flight" && flight_number(s.s(i)) {
        run.pop();
        i += 1;
    } else if run.len() >= 3 && s.s(i - 2) == "Flight" && flight_number(s.s(i - 1)) {
        run.truncate(run.len() - 2);
    }
    (i, joined)
}

/// Whether a name that opens at token `first` is one of a list of names
/// (", Kendall", "and Tom Green") that goes on from token `k` to a plural
/// of [`PLACE_OF`] in lower case: "Travis, Kendall and Williamson
/// counties", "Kerr and Kendall counties", "the Cote-Nord and
/// Abitibi-Temiscamingue regions" (not "Coastal towns").
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn places_listed(s: &Sentence, first: usize, mut k: usize) -> bool {
    // (A list of two names or more: not "Coastal towns".)
    let mut listed = first
        .checked_sub(1)
        .is_some_and(|j| matches!(s.s(j), "," | "and"));
    for _ in 0..8 {
        let word = s.s(k);
        // (Not "streets" nor people: "Russell and Collins streets", "Black
        // and Hispanic residents".)
        if word.ends_with('s')
            && !matches!(word, "streets" | "residents" | "citizens" | "inhabitants")
            && lower_case_lists(word) & PLACE_OF_WORD != 0
        {
            return listed;
        }
        match word {
            "," | "and" => {
                listed = true;
                k += 1 + usize::from(word == "," && s.s(k + 1) == "and");
                let words = (k..k + 3).take_while(|&j| s.is_cap(j)).count();
                if words == 0 {
                    return false;
                }
                k += words;
            }
            _ => return false,
        }
    }
    false
}

/// Whether token `i` is an award's name that is also a given name, with
/// no capitalised word after it but "for": "her second Oscar", "the first
/// Oscar for Nolan" (not "Oscar Piastri").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn award_named(s: &Sentence, i: usize) -> bool {
    matches!(s.s(i), "Oscar" | "Emmy" | "Grammy") && (s.s(i + 1) == "for" || !s.is_cap(i + 1))
}

/// Whether `word`, without its full stop, is the suffix that ends a
/// person's name ("Jr", "Sr", "Junior", "Jnr", "Snr").
#[cfg_attr(lede_abort, optimize(size))]
fn name_suffix(word: &str) -> bool {
    matches!(word, "Jr" | "Sr" | "Junior" | "Jnr" | "Snr")
}

/// Whether `word` is a flight's number: digits, after two capitals or
/// none ("1282", "MH17").
#[cfg_attr(lede_abort, optimize(size))]
fn flight_number(word: &str) -> bool {
    let digits = word.trim_start_matches(|c: char| c.is_ascii_uppercase());
    matches!(word.len() - digits.len(), 0 | 2)
        && (1..=4).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
}

/// Whether "for" before token `next` stands between two names, not inside
/// one ("Centre for Disease Control", "Minister for Scotland"): the run
/// before it is an organisation or a country or town the lists know by one
/// word ("to London for Wimbledon"), a nationality and a word in lower case
/// follow it ("Sporting CP for Swedish striker ..."), or the run, of more
/// words (not "United Nations Relief and Works Agency for Palestine
/// Refugees"), ends in a town or country the lists know or a club's last word ("leave Mercedes
/// for Ferrari", "Ipsos Scotland for STV News", "a bid from Newcastle
/// United for England midfielder ...") or in a legal form or an adviser's
/// trade ("Centerview Partners for Walgreens"), or an organisation they know
/// follows it, or a person's name ending the run ([`person_after_for`]: "an
/// honorary Palme for Meryl Streep"); but never
/// when the lists know a name that opens the run, at token `start`, and
/// goes on past "for" ("Centers for Medicare & Medicaid Services").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn for_between_names(s: &Sentence, run: &[Word], start: usize, next: usize) -> bool {
    let Some(&Word { span, number, .. }) = run.last() else {
        return false;
    };
    let last = span.of(s.text);
    (run.len() == 1
        && matches!(
            run_facts(s, run).known,
            Some((EntityType::Org | EntityType::Gpe, _))
        )
        || lexicon::demonym(s.s(next)).is_some() && !s.is_cap(next + 1)
        || run.len() > 1
            && (head_bits(last) & CLUB_END != 0
                || lexicon::place(last).is_some_and(|p| p.ty == EntityType::Gpe)
                || matches!(
                    last,
                    "Partners" | "Capital" | "Securities" | "Advisors" | "Advisers"
                )
                || s.org_word(last, number) == Some(OrgWord::Suffix))
        || matches!(known_name(s.s(next)), Some((EntityType::Org, _)))
        || person_after_for(s, next))
        && known_name_length(s, start, 2) < next - start
}

/// Whether a person's name of two words, or three with a particle inside
/// ("Robert De Niro"), ends the run at token `next`: a given name the lists
/// know, or any word before a common surname ("Cillian Murphy"), and a
/// last word that is no organisation's word.
#[cfg_attr(lede_abort, optimize(size))]
fn person_after_for(s: &Sentence, next: usize) -> bool {
    let particle =
        s.is_cap(next + 2) && crate::text::lexicon::in_words(NAME_PARTICLES, s.s(next + 1));
    let last = next + 1 + usize::from(particle);
    s.is_cap(last)
        && !s.is_cap(last + 1)
        && s.org_word(s.s(last), s.number(last)).is_none()
        && (s.given_name(s.s(next), s.number(next)).is_some()
            || !particle
                && s.org_word(s.s(next), s.number(next)).is_none()
                && s.surname(s.s(last), s.number(last)).is_some_and(|w| w >= 5))
}

/// Whether the capitalised words from token `k` (up to four, "of" among
/// them) repeat a head word of organisations that is in `run`: two
/// bodies of one kind ("Mizuho Securities and Nomura Securities",
/// "Ministry of Health and Ministry of Finance").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn repeats_head(s: &Sentence, run: &[Word], k: usize) -> bool {
    (k..(k + 4).min(s.tokens.len()))
        .take_while(|&j| s.is_cap(j) || s.s(j) == "of")
        .any(|j| {
            run.iter().any(|w| {
                w.span.of(s.text) == s.s(j)
                    && s.org_word(s.s(j), s.number(j)) == Some(OrgWord::Head)
            })
        })
}

/// Whether "and" at token `i` joins a second field to a role's title, the
/// run being the title, "of" or "for" and one or two words: one or two
/// capitalised ordinary words follow, then a given name and another
/// capitalised word (or two words no list knows), the person who holds it
/// ("Secretary of Health and Human Services Xavier Becerra", "Minister of
/// Trade and Industry Jane Smith"), or no capitalised word ("The Minister
/// of Trade and Industry said", which names no one).
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn title_fields_joined(s: &Sentence, run: &[Word], i: usize) -> bool {
    let [title, field @ ..] = run else {
        return false;
    };
    let Some(first) = field.first() else {
        return false;
    };
    if field.len() > 2
        || !matches!(&s.text[title.span.end..first.span.start], " of " | " for ")
        || s.title_any_case(title.span.of(s.text), title.number) != Some(TitleKind::Role)
    {
        return false;
    }
    let words = (i + 1..i + 3)
        .take_while(|&k| s.is_cap(k) && s.common_any_case(s.s(k), s.number(k)))
        .count();
    let name = i + 1 + words;
    // (A name the lists do not know is two such words and no more:
    // "Mukhtar Babayev".)
    let unknown_name = || {
        unknown_word(s, s.s(name), s.number(name))
            && unknown_word(s, s.s(name + 1), s.number(name + 1))
            && !s.is_cap(name + 2)
    };
    words > 0
        && (!s.is_cap(name)
            || s.is_cap(name + 1)
                && (s.given_name(s.s(name), s.number(name)).is_some() || unknown_name()))
}

/// Whether the comma at token `i` lists fields of a body named "X of
/// ..." (see [`fields_after`]), the list going on with commas to "and" or
/// ", and" and a last field: "Bureau of Alcohol, Tobacco, Firearms and
/// Explosives", "Department of Environment, Food and Rural Affairs" (not
/// "Ministry of Defence, Britain and France", whose places are no fields).
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn fields_listed(s: &Sentence, run: &[Word], i: usize) -> bool {
    let mut comma = i;
    for _ in 0..4 {
        let Some(after) = fields_after(s, run, comma) else {
            return false;
        };
        match s.s(after) {
            "and" => return fields_after(s, run, after).is_some(),
            "," if s.s(after + 1) == "and" => return fields_after(s, run, after + 1).is_some(),
            "," => comma = after,
            _ => return false,
        }
    }
    false
}

/// Whether "and" (or a comma: see [`fields_listed`]) at token `i` joins
/// two fields of a body named "X of ...", the run being its head word
/// (after one or two words or none), "of" and one to three words: one or
/// two capitalised ordinary words follow that no head word ends but in the
/// plural, and no capitalised word after them ("Ministry of Trade and
/// Industry", "Department of Housing and Urban Development", "Ministry of
/// Culture and Islamic Guidance"; not "Bank of England and Goldman
/// Sachs"). Returns the index of the token after those words.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn fields_after(s: &Sentence, run: &[Word], i: usize) -> Option<usize> {
    // The head word: the run's first, or after one or two words ("Bodo
    // Council of Chiefs and Elders").
    let k = (0..run.len().saturating_sub(1).min(3)).find(|&k| {
        matches!(
            &s.text[run[k].span.end..run[k + 1].span.start],
            " of " | " for "
        )
    })?;
    let head = &run[k];
    if run.len() - k > 4 || s.org_word(head.span.of(s.text), head.number) != Some(OrgWord::Head) {
        return None;
    }
    // (Or a word no list knows with an ending of abstract nouns, rare in
    // the lists: "Ministry of Tourism and Antiquities"; or of adjectives:
    // "Institute of Allergy and Infectious Diseases".)
    let abstract_noun = |k: usize| {
        let word = s.s(k);
        [
            "ies", "ics", "logy", "tion", "tions", "ment", "ments", "ism", "ure", "stry", "ous",
            "ive",
        ]
        .iter()
        .any(|end| word.len() > end.len() + 2 && word.ends_with(end))
            && unknown_word(s, word, s.number(k))
    };
    // (Or a word of the frequency table that no list knows as a name:
    // "Natural Resources and Forestry", "Strategic and International
    // Studies".)
    let field = |k: usize| {
        let (word, number) = (s.s(k), s.number(k));
        s.is_cap(k)
            && (s.common_any_case(word, number)
                || abstract_noun(k)
                || !lexicon::is_rare_word(word)
                    && !s.personal_name(word, number)
                    && known_name(word).is_none())
            && lexicon::place(word).is_none()
    };
    // (A head word only before another field's word, or last in the
    // plural: "International Studies", "Mineral Resources"; not "Reserve
    // Bank".)
    let head = |k: usize| s.org_word(s.s(k), s.number(k)).is_some();
    let plain = |k: usize| field(k) && !head(k);
    let words = (i + 1..i + 3)
        .take_while(|&k| {
            field(k)
                && (!head(k) || k == i + 1 && plain(k + 1) || k > i + 1 && s.s(k).ends_with('s'))
        })
        .count();
    // (Before its initials in brackets: "Brazilian Institute of Geography
    // and Statistics (IBGE)".)
    let after = i + 1 + words;
    (words > 0
        && !s.is_cap(after)
        && (s.s(after) != "(" || s.s(after + 1).bytes().all(|b| b.is_ascii_uppercase())))
    .then_some(after)
}

/// Whether the ordinary word at token `i`, opening a sentence, opens a name
/// all the same: "Black voters" (see [`black_people`]), "Tennis
/// Australia" and "World Rugby" (see [`is_sport`]), "Agriculture Victoria" (see
/// [`field_before_place`]); not in a headline in title case; and
/// the words before an event's head word ("World War II") or just before
/// an organisation's ("Universal Pictures").
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn opens_group_or_body(s: &Sentence, i: usize, title_case: bool) -> bool {
    let word = s.s(i);
    let event = |j: usize| s.is_cap(j) && head_type(s.s(j)) == Some(EntityType::Event);
    let word_at = |j: usize| Word {
        span: s.tokens[j].span,
        number: s.number(j),
    };
    (word == "Black" && !title_case && black_people(s, i + 1))
        // "Bank of Georgia fell", "University of Nairobi researchers": an
        // organisation's head word before "of" and a capitalised word.
        || (!title_case
            && s.s(i + 1) == "of"
            && s.is_cap(i + 2)
            && !lexicon::is_stopword(s.s(i + 2))
            && matches!(
                s.org_word(word, s.number(i)),
                Some(OrgWord::Head | OrgWord::OfHead)
            ))
        // "Earth Day falls", "Election Day is": a day's name (see the day
        // in `classify`).
        || (!title_case && s.s(i + 1) == "Day" && !lexicon::is_stopword(word))
        // "Mount Merapi erupted": a mountain, not the verb.
        || (word == "Mount" && !title_case && s.is_cap(i + 1))
        // "First Nations leaders": a people named in two words.
        || (s.is_cap(i + 1)
            && lexicon::demonym(&s.text[s.tokens[i].span.start..s.tokens[i + 1].span.end]).is_some())
        || (is_sport(word) && s.is_cap(i + 1))
        // "Southern California Edison cut power", "South Jakarta was
        // flooded": a point of the compass before a place the lists know.
        || (!title_case && compass_before_place(s, i))
        // "Highway 118 was closed": a road and its number.
        || (numbered_road(word)
            && s.s(i + 1).bytes().all(|b| b.is_ascii_digit())
            && s.tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Number))
        // "State Route 23 was closed": a word before them.
        || (s.is_cap(i + 1)
            && !lexicon::is_stopword(word)
            && numbered_road(s.s(i + 1))
            && s.tokens.get(i + 2).is_some_and(|t| t.kind == TokenKind::Number))
        // "World Rugby said", "World Athletics": a sport's body after the
        // word for its reach.
        || (!title_case && s.is_cap(i + 1) && is_sport(s.s(i + 1)) && !lexicon::is_stopword(word))
        // "Agriculture Victoria estimated": a field's body.
        || (!title_case
            && s.is_cap(i + 1)
            && !s.is_cap(i + 2)
            && field_before_place(s, &word_at(i), &word_at(i + 1)))
        // "Emergency Management Victoria issued": a word before such a
        // body.
        || (!title_case
            && s.is_cap(i + 1)
            && s.is_cap(i + 2)
            && !s.is_cap(i + 3)
            && field_before_place(s, &word_at(i + 1), &word_at(i + 2))
            && word_of_body(s, &word_at(i)))
        // "World War II ended", "Cold War tensions", "Second World War
        // veterans": the words of an event's name.
        // (Not a verb after "to" in a headline in title case: "Record to
        // Win Berlin Marathon".)
        || (s.is_cap(i + 1)
            && (event(i + 1) || event(i + 2))
            && !lexicon::is_stopword(word)
            && !(title_case && i > 0 && s.s(i - 1) == "to"))
        // "Wall Street fell", "Union Station was closed": before the head
        // word of a street's, a bridge's or a station's name that ends it
        // (not "Country Garden, once the largest developer", a company).
        || (!title_case
            && s.is_cap(i + 1)
            && !s.is_cap(i + 2)
            && matches!(
                s.s(i + 1),
                "Street" | "Avenue" | "Road" | "Square" | "Boulevard" | "Bridge" | "Station"
            )
            && !lexicon::is_stopword(word))
        // "Universal Pictures' thriller", "United Airlines said", "Red Rock
        // Mining said": before an organisation's head word, or before a
        // capitalised word and one (or its legal form).
        // (A word seldom capitalised opens the name too where no list
        // knows the rest nor its first word: "People Power Party chairman",
        // "Open Society Foundations said"; not "Top Yemeni Army
        // officers".)
        || (!title_case
            && s.is_cap(i + 1)
            && !lexicon::is_stopword(word)
            && {
                // (With its possessive: "Universal Pictures' thriller".)
                let org_word_of = |w: &str| lexicon::org_word(crate::text::strip_possessive(w));
                let org_word = |j: usize| org_word_of(s.s(j));
                // (Asked only after `head_after`, which found token i + 2.)
                let unknown_rest = || {
                    let second = s.s(i + 1);
                    known_name(second).is_none()
                        && lexicon::demonym(second).is_none()
                        && known_name(&s.text[s.tokens[i + 1].span.start..s.tokens[i + 2].span.end])
                            .is_none()
                };
                // (A head word after the next, in the plural too: "Open
                // Society Foundations".)
                let head_after = || {
                    s.is_cap(i + 2)
                        && [Some(s.s(i + 2)), lexicon::regular_singular(s.s(i + 2))]
                            .into_iter()
                            .flatten()
                            .any(|w| matches!(org_word_of(w), Some(OrgWord::Head | OrgWord::Suffix)))
                };
                match org_word(i + 1) {
                    Some(OrgWord::Head) => {
                        lexicon::sometimes_capitalised(word) || head_after() && unknown_rest()
                    }
                    Some(_) => false,
                    None => head_after() && (lexicon::sometimes_capitalised(word) || unknown_rest()),
                }
            })
}

/// "S&P/ASX 200": whether token `i`, after "S&P", is a slash glued to a
/// capitalised word, the exchange of an index S&P names with it.
#[cfg_attr(lede_abort, optimize(size))]
fn sp_index(s: &Sentence, i: usize) -> bool {
    glued_slash(s, i) && s.is_cap(i + 1)
}

/// Whether token `i` is a slash written close to the tokens on either
/// side of it ("A/S", "S&P/ASX"; not at the sentence's end: "S&P/").
#[cfg_attr(lede_abort, optimize(size))]
fn glued_slash(s: &Sentence, i: usize) -> bool {
    s.s(i) == "/"
        && !s.tokens[i].space_before
        && s.tokens.get(i + 1).is_some_and(|t| !t.space_before)
}

/// The last words of names that an ordinal in figures opens, numbering a
/// district ("the 3rd Ward"), a body ("the 82nd Airborne Division", "the
/// 9th Circuit"), or a law or a street, typed by their head word ("the
/// 14th Amendment", "5th Avenue"): see [`numbered_body`].
const NUMBERED_AREAS: &[&str] = &["District", "Precinct", "Ward"];
const NUMBERED_BODIES: &[&str] = &[
    "Army",
    "Battalion",
    "Brigade",
    "Circuit",
    "Congress",
    "Corps",
    "Division",
    "Fleet",
    "Regiment",
];
const NUMBERED_HEADS: &[&str] = &["Amendment", "Avenue", "Street"];

/// [`HEAD_TABLE`]'s bits for `word`, in a call: the lookup's filter
/// inlined at its thirty call sites was 1.3 KB of the wasm gzipped, for
/// 0.06% of a pass's instructions.
#[inline(never)]
fn head_bits(word: &str) -> u32 {
    HEAD_TABLE.get(word)
}

/// Whether `word` is an ordinal in figures: "3rd", "34th", "118th".
#[cfg_attr(lede_abort, optimize(size))]
fn ordinal_in_figures(word: &str) -> bool {
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    (1..=3).contains(&digits) && matches!(&word.as_bytes()[digits..], b"st" | b"nd" | b"rd" | b"th")
}

/// A name numbered by the ordinal in figures before its run (which opens
/// at token `start`), whose last word is one of [`NUMBERED_AREAS`],
/// [`NUMBERED_BODIES`] or [`NUMBERED_HEADS`]: the mention that opens with
/// the run, among `out[from..]`, takes the ordinal in and the type of that
/// word ("3rd Ward" had been the person "Ward"), leaving the lists' key of
/// the name without it (the "9th Circuit" is no other circuit); a run of
/// that word alone, which no rule typed, is the name ("the 14th
/// Amendment"). Also in the middle of a court's name: "2nd U.S. Circuit
/// Court of Appeals". (A mention so named keeps no role.)
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn numbered_body(s: &Sentence, run: &[Word], start: usize, from: usize, out: &mut Vec<RawMention>) {
    if !ordinal_in_figures(s.s(start - 1))
        || !s.tokens[start].space_before
        || s.tokens[start].line_break_before
    {
        return;
    }
    let opening = s.tokens[start].span.start;
    let found = out[from..].iter().position(|m| m.span.start == opening);
    let end = match found {
        Some(k) => out[from + k].span.end,
        None if run.len() == 1 => run[0].span.end,
        None => return,
    };
    // The type the last word gives, and whether "Circuit" or "District"
    // stands inside ("2nd U.S. Circuit Court of Appeals", "5th District
    // Court").
    let (mut ty, mut inside) = (None, false);
    for w in run.iter().take_while(|w| w.span.end <= end) {
        let word = w.span.of(s.text);
        let bits = head_bits(word);
        ty = if bits & NUMBERED_AREA != 0 {
            Some(EntityType::Gpe)
        } else if bits & NUMBERED_BODY != 0 {
            Some(EntityType::Org)
        } else if bits & NUMBERED_HEAD != 0 {
            Some(if bits & LAW_HEAD != 0 {
                EntityType::Law
            } else {
                EntityType::Fac
            })
        } else {
            None
        };
        inside |= matches!(word, "Circuit" | "District");
    }
    let ty = ty.or(found
        .map(|k| out[from + k].ty)
        .filter(|&ty| inside && ty == EntityType::Org));
    if let Some(ty) = ty {
        // "West 54th Street": a point of the compass before the ordinal
        // is the street's (it had been the person "West").
        let compass = ty == EntityType::Fac
            && start >= 2
            && matches!(s.s(start - 2), "East" | "West" | "North" | "South");
        let begin = s.tokens[start - 1 - usize::from(compass)].span.start;
        let m = mention(Span::new(begin, end), ty, None, None);
        match found {
            Some(k) => out[from + k] = m,
            None => out.push(m),
        }
        if compass {
            out.retain(|m| m.span != s.tokens[start - 2].span);
        }
    }
}

/// Whether "/S" follows at token `i`, written close ("A/S"), with or
/// without a possessive ("A/S's").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn slash_s(s: &Sentence, i: usize) -> bool {
    glued_slash(s, i) && crate::text::strip_possessive(s.s(i + 1)) == "S"
}

/// "Medtronic plc": whether token `i`, after the run `run` (which ends at
/// the token before), is a legal form in lower case.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn lower_case_legal_form(s: &Sentence, i: usize, run: &[Word]) -> bool {
    i < s.tokens.len()
        && s.tokens[i].space_before
        && !s.tokens[i].line_break_before
        && s.s(i).starts_with(|c: char| c.is_ascii_lowercase())
        && s.tokens[i - 1].span.end == run.last().map_or(0, |w| w.span.end)
        && matches!(s.org_word(s.s(i), s.number(i)), Some(OrgWord::Suffix))
}

/// The index of the word of `run` that heads an honour's name ([`HONOURS`]):
/// its last, or the one before "of" or "in" ("Medal of Freedom", "Nobel
/// Prize in Physics") in a run that took in a connector.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn honour_head(s: &Sentence, run: &[Word], joined: bool) -> Option<usize> {
    let honour = |k: usize| is_honour(run[k].span.of(s.text));
    if honour(run.len() - 1) {
        return Some(run.len() - 1);
    }
    if !joined {
        return None;
    }
    (0..run.len() - 1).find(|&k| {
        honour(k)
            && matches!(
                s.text[run[k].span.end..run[k + 1].span.start].trim(),
                "of" | "in" | "of the"
            )
    })
}

/// The index of the word of `run` that types it: its last, but the one
/// before a year ("Proceeds of Crime Act 2002") or before a town after a
/// head word ("Imperial College London", "Queen Elizabeth Hospital
/// Birmingham").
fn head_index(s: &Sentence, run: &[Word]) -> usize {
    let n = run.len() - 1;
    if n == 0 {
        return 0;
    }
    let last = run[n].span.of(s.text);
    let before = run[n - 1];
    let head = || heads_name(s, before.span.of(s.text), before.number, FAC_HEAD);
    let town = || lexicon::place(last).is_some_and(|p| p.ty == EntityType::Gpe);
    // "World War II", "World War Two": a number after a head word.
    let numbered = || {
        (is_roman(last) || matches!(last, "One" | "Two" | "Three"))
            && head_type(before.span.of(s.text)).is_some()
    };
    if last.as_bytes()[0].is_ascii_digit() || (n >= 2 && head() && town()) || numbered() {
        n - 1
    } else {
        n
    }
}

/// The team's mention, as a guess: a run after a verb of playing or
/// racing and "for" that opens with no given name ("driving for Scuderia
/// Ferrari HP", "will race for Sauber"); or one word, no common word nor
/// nationality, before a player's role in lower case at token `i`
/// ("driver", "striker"; not "coach" nor "manager": "Djokovic coach Goran
/// Ivanisevic") and a capitalised word, or with a possessive before two
/// capitalised words, a given name first or a surname second ("McLaren's
/// Lando Norris"; not "Trump's White House"). The run
/// is no name the lists know (typed before this is asked).
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn team_named(s: &Sentence, run: &[Word], first_token: usize, i: usize) -> Option<RawMention> {
    let first = run[0].span.of(s.text);
    if first_token >= 2
        && s.s(first_token - 1) == "for"
        && matches!(
            s.s(first_token - 2),
            "drive"
                | "drives"
                | "driving"
                | "drove"
                | "race"
                | "races"
                | "racing"
                | "raced"
                | "play"
                | "plays"
                | "playing"
                | "played"
                | "ride"
                | "rides"
                | "riding"
                | "rode"
        )
        && s.given_name(first, run[0].number).is_none()
    {
        return Some(guess(span_of(run), EntityType::Org));
    }
    let [word] = run else {
        return None;
    };
    // (Words that the lists know together are no person: "bin Laden's Al
    // Qaeda"; nor are two before a third capitalised word: "Yoon's People
    // Power Party".)
    let possessive = || {
        crate::text::is_possessive(s.s(i - 1))
            && s.is_cap(i)
            && s.is_cap(i + 1)
            && (s.given_name(s.s(i), s.number(i)).is_some()
                || s.surname(s.s(i + 1), s.number(i + 1)).is_some())
            && s.given_name(first, word.number).is_none()
            && known_name_length(s, i, 2) == 0
            && !s.is_cap(i + 2)
    };
    let role = matches!(
        s.s(i),
        "driver"
            | "striker"
            | "midfielder"
            | "defender"
            | "goalkeeper"
            | "keeper"
            | "winger"
            | "forward"
            | "rookie"
            | "skipper"
            | "captain"
            | "fly-half"
    );
    ((role && s.is_cap(i + 1) || possessive())
        && !s.common_any_case(first, word.number)
        && lexicon::demonym(first).is_none())
    .then(|| guess(word.span, EntityType::Org))
}

/// Whether `field` and `place`, a run of two words, are a body named by a
/// field's noun and a country or a state ("Agriculture Victoria", "Parks
/// Victoria"): the noun a common word in no form of an adjective, no word
/// of place ("Outside Sydney"), no point of the compass, no title and no
/// head word or place's first word ("Regional Victoria", "Mount Victoria",
/// "Western Australia", "Greater Sydney", "Queen Victoria", "Lake
/// Victoria"), the place one the lists know, and the two no name they know.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn field_before_place(s: &Sentence, field: &Word, place: &Word) -> bool {
    let word = field.span.of(s.text);
    let adjective = [
        "al", "ern", "ic", "an", "ed", "er", "ing", "ive", "ous", "ary", "y",
    ]
    .iter()
    .any(|e| word.ends_with(e));
    // (The memoised test first, in `word_of_body`: most runs of two words
    // are a given name and a surname.)
    word_of_body(s, field)
        && !adjective
        // (Not a given name: "Mark Holland", "Bill England".)
        && s.given_name(word, field.number).is_none()
        && lower_case_lists(&crate::text::case::lower_str(word)) & LOCATIVE_WORD == 0
        && !matches!(
            word,
            "Greater"
                | "Inner"
                | "Outer"
                | "Upper"
                | "Lower"
                | "Downtown"
                | "Metro"
                | "Mount"
                | "Fort"
                | "Port"
                | "Cape"
                | "Lake"
                | "Saint"
                // (Nor what a place is to the story: "Host Azerbaijan".)
                | "Host"
        )
        && lexicon::place(place.span.of(s.text)).is_some_and(|p| p.ty == EntityType::Gpe)
        && known_name(span_of(&[*field, *place]).of(s.text)).is_none()
}

/// Whether `word`, opening a sentence before a body that
/// [`field_before_place`] names, is the first word of its name: a common
/// word but no function word (of place too: "Outside"), title or head word
/// (a point of the compass is one) ("Emergency" of "Emergency Management
/// Victoria", "Energy" of "Energy Safe Victoria", "Public" of "Public
/// Health Wales"; not "Outside Parks Victoria", "Western Water Victoria").
/// The field's noun itself passes this test and more.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn word_of_body(s: &Sentence, word: &Word) -> bool {
    let text = word.span.of(s.text);
    s.common_any_case(text, word.number)
        && !lexicon::is_stopword(text)
        && head_bits(text) == 0
        && title_any_case(text).is_none()
}

/// "Marine Le Pen", "Charles De Gaulle", "Rafael Van Der Vaart": a name of
/// three words or more whose surname opens with a particle written with its
/// capital, which no organisation's name has before its last word, unless
/// it opens with an ordinary word, a head word or a word for a street or a
/// building in French, Italian or Spanish ("Credit Du Nord", "Rue De
/// Rivoli", "Hotel De Ville").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn particle_surname(s: &Sentence, run: &[Word]) -> bool {
    // A particle of [`CONNECTORS`] with its capital ("Le", "Van"; not "Of").
    let particle = |w: &Word| {
        let w = w.span.of(s.text).as_bytes();
        w.first().is_some_and(u8::is_ascii_uppercase)
            && CONNECTORS[..CONNECTORS.len() - 2].iter().any(|c| {
                let c = c.as_bytes();
                c.len() == w.len() && c[0] == w[0].to_ascii_lowercase() && c[1..] == w[1..]
            })
    };
    let opening = run[0].span.of(s.text);
    matches!(run, [first, .., p, _] if particle(p) && !particle(first))
        && !s.common_any_case(opening, run[0].number)
        && head_bits(opening) == 0
        && !matches!(
            opening,
            "Rue"
                | "Avenue"
                | "Boulevard"
                | "Place"
                | "Quai"
                | "Via"
                | "Calle"
                | "Hotel"
                | "Chateau"
        )
}

/// Whether a word of `run`, or two together, is a name the lists know as
/// an organisation ("Exane BNP Paribas"), or its last word one they know
/// as a town or country (asked of a run typed by its shape alone; a place
/// first is more often a place before a person's name: "envoy to
/// Afghanistan Lakhdar Brahimi").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn known_word_inside(s: &Sentence, run: &[Word]) -> bool {
    let last = run.len() - 1;
    run.iter().enumerate().any(|(k, w)| {
        let word = w.span.of(s.text);
        lexicon::organization(word).is_some()
            || k == last && lexicon::place(word).is_some_and(|p| p.ty == EntityType::Gpe)
            || k < last
                && lexicon::organization(Span::new(w.span.start, run[k + 1].span.end).of(s.text))
                    .is_some()
    })
}

/// Whether `word` is a Roman number of two letters or more ("II", "XVI";
/// not "XL", a size). Its first two bytes turn most words away here,
/// inline; the rest is read out of line.
#[inline]
#[cfg_attr(lede_abort, optimize(size))]
fn is_roman(word: &str) -> bool {
    matches!(
        word.as_bytes(),
        [b'I' | b'V' | b'X' | b'L', b'I' | b'V' | b'X' | b'L', ..]
    ) && roman_letters(word)
}

/// [`is_roman`] past its first two bytes.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn roman_letters(word: &str) -> bool {
    word.len() <= 6 && word.bytes().all(|b| matches!(b, b'I' | b'V' | b'X' | b'L')) && word != "XL"
}

/// "Gladiator II", "Frozen II": whether the words `rest` of a run that
/// ends in a Roman number ([`is_roman`]) make it the sequel of a work (a
/// film, a game), no name of lede's types: none of them is a given name or
/// a head word (kings, queens and popes have a given name: "Charles III",
/// "Pope Leo XIV").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn sequel(s: &Sentence, rest: &[Word]) -> bool {
    !rest.is_empty()
        && rest.iter().all(|w| {
            let word = w.span.of(s.text);
            s.given_name(word, w.number).is_none() && head_type(word).is_none()
        })
}

/// Whether `word` (word number `number`) is the head word of an
/// organisation's name or of a name of the kinds `heads` (bits of
/// [`HEAD_TABLE`]: "Hospital", "Airport", "Act").
#[cfg_attr(lede_abort, optimize(size))]
fn heads_name(s: &Sentence, word: &str, number: u32, heads: u32) -> bool {
    head_bits(word) & heads != 0 || matches!(s.org_word(word, number), Some(OrgWord::Head))
}

/// Whether `word`, with its possessive ending, names a condition after the
/// doctor who described it and no one in the text: those of
/// [`CONDITIONS`] ("patients with Alzheimer's", "Crohn's"), and those of
/// [`CONDITIONS_ALONE`] before no word in lower case but "and" or "or".
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn eponymous_condition(s: &Sentence, word: &str, next: usize) -> bool {
    let bits = head_bits(crate::text::strip_possessive(word));
    let after = s.s(next);
    bits & CONDITION != 0
        || bits & CONDITION_ALONE != 0
            && (!after.starts_with(|c: char| c.is_ascii_lowercase())
                || matches!(after, "and" | "or"))
}

/// The key of the nationality that the first two words of `run` name, when
/// a given name or two or three words that read as a name follow ("South
/// African Aldrich Potgieter"), as `classify` splits a nationality of one
/// word off (two words of a nationality less often open a name that goes
/// on with a noun in lower case).
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn nationality_of_two_words(s: &Sentence, run: &[Word]) -> Option<&'static str> {
    let third = run[2];
    let reads_as_name = || run.len() <= 5 && name_words(s, &run[2..]);
    if s.given_name(third.span.of(s.text), third.number).is_none() && !reads_as_name() {
        return None;
    }
    lexicon::demonym(Span::new(run[0].span.start, run[1].span.end).of(s.text))
}

/// Whether one capitalised word with a possessive ending, token `at`
/// (`bare` without the ending), is a name whose ending is part of it, as a
/// business's often is ("Christie's", "Sotheby's", "Macy's"): it stands
/// where a name stands, with no noun after it to own, before a verb of
/// speech or ", which" ("Christie's said", "Sotheby's, which"), or after
/// "at", "from", "by" or "with" before "in", "on" or the end of a clause
/// ("sold at Christie's in London", "by Sainsbury's."). Never a place, a
/// nationality or an organisation the lists know without the ending
/// ("Pakistan's at", "Australia's, which"). A name the lists know with it
/// ("Moody's") never comes here.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn name_with_its_ending(s: &Sentence, at: usize, bare: Span) -> bool {
    let next = s.s(at + 1);
    // (Or before the town of its branch: "at Sotheby's New York", "at
    // Christie's Hong Kong"; not "at Smith's London home".)
    let placed = || {
        at > 0
            && matches!(s.s(at - 1), "at" | "from" | "by" | "with")
            && (matches!(next, "in" | "on" | "." | "," | ";") || branch_town(s, at + 1))
    };
    (is_speech_verb(next) || next == "," && s.s(at + 2) == "which" || placed()) && {
        let facts = name_facts(bare.of(s.text));
        facts.known.is_none() && facts.demonym.is_none()
    }
}

/// Whether a town the lists know, of one or two capitalised words, opens
/// at token `i`, and no word in lower case follows it but a function word
/// ("at Sotheby's London in 2023"; not "at Smith's London home").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn branch_town(s: &Sentence, i: usize) -> bool {
    s.is_cap(i)
        && (1..=2).any(|n| {
            let end = i + n - 1;
            (n == 1 || s.is_cap(end))
                && lexicon::place(&s.text[s.tokens[i].span.start..s.tokens[end].span.end])
                    .is_some_and(|p| p.ty == EntityType::Gpe)
                && {
                    let after = s.s(end + 1);
                    !after.starts_with(|c: char| c.is_ascii_lowercase())
                        || lexicon::is_stopword(after)
                }
        })
}

/// Whether a possessive (the word `word` without its ending, after the
/// words `run`) is inside a name that goes on at token `i`: after "St"
/// ("St Thomas' Hospital", "St Mary's Church"), or before an
/// organisation's or a building's head word when it is no name the lists
/// know ("King's College", "Guy's Hospital", "the Information
/// Commissioner's Office"), after "Queen" or "King" two words before it
/// ("Queen's Medical Centre"; "Iran's Foreign Ministry" and
/// "Sydney's Royal Prince Alfred Hospital" are two).
#[cfg_attr(lede_abort, optimize(size))]
fn possessive_in_name(s: &Sentence, run: &[Word], word: Span, i: usize) -> bool {
    let whole = Span::new(run.first().map_or(word.start, |w| w.span.start), word.end);
    let word = word.of(s.text);
    matches!(run, [saint] if matches!(saint.span.of(s.text), "St" | "St." | "Saint"))
        || run.is_empty() && place_with_possessive(word, s.s(i))
        || (heads_name(s, s.s(i), s.number(i), FAC_HEAD)
            // "Queen's Medical Centre": a monarch's, a word before the
            // head.
            || matches!(word, "Queen" | "King")
                && s.is_cap(i + 1)
                && heads_name(s, s.s(i + 1), s.number(i + 1), FAC_HEAD))
            && known_name(whole.of(s.text)).is_none()
            && lexicon::demonym(word).is_none()
            // Nor after an organisation's name or a title: "the Criminal
            // Justice Coalition's", "Mr Sharon's" (but for a title's own
            // words: "the Attorney General's Office"); nor after a given
            // name alone, a person's: "Matteo Salvini's League".
            && s.org_word(word, NO_WORD).is_none()
            && match run {
                [] => true,
                [w, ..] if s.title(w.span.of(s.text), w.number).is_some() => {
                    title_any_case(whole.of(s.text)).is_some()
                }
                [w] => s.given_name(w.span.of(s.text), w.number).is_none(),
                _ => true,
            }
}

/// "Cox's Bazar": a place the lists know whose name is a possessive and
/// the word after it (written with either apostrophe: see
/// [`lexicon::place`]).
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn place_with_possessive(word: &str, next: &str) -> bool {
    let mut name = String::with_capacity(word.len() + next.len() + 3);
    name.push_str(word);
    name.push_str("'s ");
    name.push_str(next);
    lexicon::place(&name).is_some()
}

/// Whether token `j`, in a headline in title case, reads as a verb in the
/// third person that the frequency table lacks ("Argentina Unveils Plan",
/// "Ferrandi Outlasts Salvatierra"): a word in "-s" (not "-ss") that no
/// list of names knows and that the text after the headline never writes
/// (a name is written again; "Tsitsipas" stays in "Stefanos Tsitsipas
/// Wins").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn headline_verb(s: &Sentence, j: usize) -> bool {
    let word = s.s(j);
    let Some(after) = s.tokens.last().map(|t| t.span.end) else {
        return false;
    };
    word.len() >= 5
        && word.is_ascii()
        && word.ends_with('s')
        && !word.ends_with("ss")
        && word.bytes().skip(1).all(|b| b.is_ascii_lowercase())
        && !lexicon::is_common_word(word)
        && !lexicon::is_listed_name(word)
        && crate::text::find_bytes(&s.text.as_bytes()[after..], word.as_bytes()).is_none()
}

/// Whether initials in brackets after the capitalised words that follow
/// "and" at token `i` spell the whole name, the run's words and theirs:
/// each word's initial in order among the letters, the first and the last
/// of them ("Nigerian Maritime Administration and Safety Agency (NIMASA)",
/// whose run ends in a head word, is one body).
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn initials_across_and(s: &Sentence, run: &[Word], i: usize) -> bool {
    let Some(end) = (i + 1..i + 5).find(|&j| !s.is_cap(j)) else {
        return false;
    };
    let letters = s.s(end + 1).as_bytes();
    if end == i + 1 || s.s(end) != "(" || s.s(end + 2) != ")" || !is_acronym(s.s(end + 1)) {
        return false;
    }
    let initials = run
        .iter()
        .map(|w| w.span.of(s.text))
        .chain((i + 1..end).map(|j| s.s(j)))
        .map(|w| w.as_bytes()[0]);
    let mut at = 0;
    for (n, initial) in initials.enumerate() {
        let Some(k) = letters[at..].iter().position(|&b| b == initial) else {
            return false;
        };
        if n == 0 && k != 0 {
            return false;
        }
        at += k + 1;
    }
    at == letters.len()
}

/// Where the capitalised words from token `i` on (at most four, on one
/// line) end, if in an organisation's or a law's head word ("Investment
/// Commission", "Jobs Act").
#[cfg_attr(lede_abort, optimize(size))]
fn org_head_after(s: &Sentence, i: usize) -> Option<usize> {
    let mut last = None;
    for j in i..(i + 4).min(s.tokens.len()) {
        // (A place's participle is no word of a name: "Hapag-Lloyd and
        // Geneva-based Mediterranean Shipping Company" are two.)
        if s.s(j).ends_with("-based") {
            return None;
        }
        if !s.is_cap(j) || s.tokens[j].line_break_before {
            break;
        }
        last = Some(j);
    }
    // (A legal form too: "Pacific Gas and Electric Co.", "Hong Kong
    // Exchanges and Clearing Ltd".)
    last.filter(|&j| {
        matches!(
            s.org_word(s.s(j), s.number(j)),
            Some(OrgWord::Head | OrgWord::Suffix)
        ) || head_bits(s.s(j)) & LAW_HEAD != 0
    })
}

/// Whether `word` is the letters a navy's or a merchant ship's name opens
/// with ("USS", "HMS", "BRP", "MV"); not those that are often a person's
/// initials too ("MS", "SS", "JS").
#[cfg_attr(lede_abort, optimize(size))]
fn ship_prefix(word: &str) -> bool {
    matches!(
        word,
        "USS" | "USNS" | "HMS" | "HMAS" | "HMCS" | "HMNZS" | "RFA" | "INS" | "BRP" | "ROKS" | "MV"
    )
}

/// Whether the last word of `run` is a legal form ("Inc", "Ltd.").
#[inline(never)]
#[cfg_attr(lede_abort, optimize(size))]
fn legal_form_last(s: &Sentence, run: &[Word]) -> bool {
    run.last()
        .is_some_and(|w| s.org_word(w.span.of(s.text), w.number) == Some(OrgWord::Suffix))
}

/// The type of a name that `first` opens, in Malay, Indonesian, Spanish
/// or Portuguese: an island, a mountain, a river, a lake or a strait
/// ("Pulau Bukom", "Gunung Semeru", "Sungai Klang", "Selat Melaka"), a salt
/// flat or a lake ("Salar de Uyuni", "Laguna Chaxa", "Lago Titicaca") are
/// natural places; a village ("Kampung Baru") a town; a road ("Jalan
/// Ampang") and squares ("Praça dos Três Poderes", "Esplanada dos
/// Ministérios") facilities.
#[inline(never)]
#[cfg_attr(lede_abort, optimize(size))]
fn natural_place_opener(first: &str) -> Option<EntityType> {
    use crate::text::lexicon::in_words_as_written;
    // (Most first words are turned away by their first byte.)
    if !matches!(
        first.as_bytes().first(),
        Some(b'D' | b'E' | b'G' | b'J' | b'K' | b'L' | b'P' | b'S')
    ) {
        return None;
    }
    if in_words_as_written(
        "Danau Gunung Lago Laguna Pulau Salar Selat Sungai Sungei",
        first,
    ) {
        Some(EntityType::Loc)
    } else if in_words_as_written("Kampong Kampung", first) {
        Some(EntityType::Gpe)
    } else if in_words_as_written("Esplanada Jalan Praca Praça", first) {
        Some(EntityType::Fac)
    } else {
        None
    }
}

/// Whether the words before token `i` are a ship's kind in lower case
/// ("the tanker Marine Honour", "container ship Kota Cahaya", "bulk carrier
/// Eternity C"); a carrier only of goods or aircraft ("the carrier
/// Qantas" is an airline).
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn vessel_before(s: &Sentence, i: usize) -> bool {
    let kind = s.s(i - 1);
    // (Most words before a run are turned away by their length and last
    // byte, before the list is read: it is asked of every run.)
    if kind.len() < 4
        || !matches!(
            kind.as_bytes()[kind.len() - 1],
            b'e' | b'l' | b'p' | b'r' | b't' | b'y'
        )
    {
        return false;
    }
    if kind == "carrier" {
        return i >= 2
            && crate::text::lexicon::in_words_as_written("LNG aircraft bulk car ore", s.s(i - 2));
    }
    crate::text::lexicon::in_words_as_written(
        "barge boxship corvette destroyer dredger ferry freighter frigate icebreaker liner \
         schooner ship submarine superyacht tanker trawler tugboat vessel warship yacht",
        kind,
    )
}

/// The mention at `start`, a ship's name after its kind, is a facility, as
/// a ship named with its prefix is ([`ship_prefix`]), whatever the lists
/// or its shape made of it.
#[cfg_attr(lede_abort, optimize(size))]
fn named_vessel(start: usize, mentions: &mut [RawMention]) {
    for m in mentions.iter_mut().filter(|m| m.span.start == start) {
        m.ty = EntityType::Fac;
        m.known_key = None;
        m.role = None;
        m.settled = true;
        m.guessed = false;
    }
}

/// Whether `role`, a title before a name, is a military rank or a style
/// of the church or of the person ([`personal_style`]) alone, which says
/// less of what its bearer does than a role in apposition ("General",
/// "Lieutenant General", "Cardinal", "Sheikh", "Prince", "Professor",
/// "Prof", "Associate Professor", "Baroness").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn rank_or_style(role: &str) -> bool {
    matches!(
        role,
        "General"
            | "Lieutenant General"
            | "Major General"
            | "Brigadier General"
            | "Brigadier"
            | "Colonel"
            | "Lieutenant Colonel"
            | "Admiral"
            | "Vice Admiral"
            | "Rear Admiral"
            | "Air Marshal"
            | "Field Marshal"
            | "Cardinal"
            | "Associate Professor"
            | "Assistant Professor"
            | "Emeritus Professor"
    ) || personal_style(role)
}

/// Whether `run` is two words, a given name that no list knows as anything
/// else (no common word, no place, no people, no organisation) and a
/// capitalised title, one blank apart: a person whose surname is a title
/// ("Faisal Sultan", "Anna Striker"). A word no list knows at all may
/// stand for the given name before a title that is a known surname
/// ("Amrita Sen").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn given_name_then_title_surname(s: &Sentence, run: &[Word]) -> bool {
    let [first, last] = run else {
        return false;
    };
    let (given, title) = (first.span.of(s.text), last.span.of(s.text));
    one_blank_apart(run)
        && title.bytes().skip(1).all(|b| b.is_ascii_lowercase())
        && s.title(title, last.number) == Some(TitleKind::Role)
        && (s.given_name(given, first.number).is_some()
            || s.surname(title, last.number).is_some()
                && !s.personal_name(given, first.number)
                && s.title_any_case(given, first.number).is_none())
        && !s.common_any_case(given, first.number)
        && known_name(given).is_none()
        && lexicon::demonym(given).is_none()
}

/// How many of the title's words `title` make the role: not a form of
/// address after it ("Chief Executive Dr. Lauren Okafor" has the role
/// "Chief Executive").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn role_end(s: &Sentence, title: &[Word]) -> usize {
    let mut end = title.len();
    while end > 1 && {
        let (bare, number) = without_stops(title[end - 1].span.of(s.text), title[end - 1]);
        s.title_any_case(bare, number) == Some(TitleKind::Honorific)
            || style_after_role(bare, title[end - 2].span.of(s.text))
    } {
        end -= 1;
    }
    end
}

/// Whether `word`, after `before` in a title, is a style that goes with
/// the name rather than the role ("Energy Minister Prince Abdulaziz",
/// "Prime Minister Sheikh Hasina", "Chief Medical Officer Professor Chris
/// Whitty"; not "Crown Prince", "Associate Professor").
#[cfg_attr(lede_abort, optimize(size))]
fn style_after_role(word: &str, before: &str) -> bool {
    personal_style(word) && !matches!(before, "Crown" | "Associate")
}

/// Whether `word` is a style of birth, a peer's title or an academic one
/// that goes before a given name ("Prince", "Sheikha", "Baroness",
/// "Professor"): a title that says who its bearer is, not what they do
/// ([`rank_or_style`], [`style_after_role`]).
#[cfg_attr(lede_abort, optimize(size))]
fn personal_style(word: &str) -> bool {
    matches!(
        word,
        "Prince"
            | "Princess"
            | "Sheikh"
            | "Sheikha"
            | "Professor"
            | "Prof"
            | "Prof."
            | "Baroness"
            | "Baron"
    )
}

/// Words that name a work before its title in quotes ("the film"), a
/// blank apart and sorted.
const WORK_NOUNS: &str =
    "album book comedy documentary drama film hit movie musical novel opera play sequel series \
     show single song thriller";

/// A work's title in quotes, opening at token `i` after the quote: where
/// it ends (the token after the closing quote), if its words are
/// capitalised but short function words, with no full stop, question or
/// exclamation mark (a quotation's), and a possessive ("Paramount's",
/// "Warner Bros'"), a word for a work ("the film") or another title and
/// "and" comes before it: `Disney's "Inside Out 2"`, `"Barbie" and "Oppenheimer"`. No entity
/// type is a work's, and its words are no name of one ("Out", "Quiet
/// Place" and "Oppenheimer" had been).
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn quoted_title_end(s: &Sentence, i: usize) -> Option<usize> {
    let before = |k: usize| i.checked_sub(k).map_or("", |j| s.s(j));
    let cue = crate::text::is_possessive(before(2))
        || crate::text::lexicon::in_words_as_written(WORK_NOUNS, before(2))
        || (before(2) == "and" && matches!(before(3), "\"" | "”"))
        || (matches!(before(2), "'" | "’") && before(3).ends_with('s'));
    if !cue {
        return None;
    }
    let close = (i..s.tokens.len().min(i + 12)).find(|&j| matches!(s.s(j), "\"" | "”"))?;
    (close > i
        && (i..close).all(|j| {
            let w = s.s(j);
            s.is_cap(j)
                || w.bytes().all(|b| b.is_ascii_digit())
                || matches!(w, ":" | "-" | "–" | "&" | "," | "'")
                || (lexicon::is_stopword(w) && w.len() <= 4)
        })
        && s.s(close - 1) != ",")
        .then_some(close + 1)
}

/// "Aryna Sabalenka of Belarus", "Moussa Faki Mahamat of Chad": two or
/// three words that no list knows, of letters and no common word, before
/// "of" and a country (token `next`) are a person and the country, titles
/// before them allowed ("Foreign Minister Annalena Baerbock of Germany").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn unknown_person_of_country(s: &Sentence, run: &[Word], next: usize) -> bool {
    let run = &run[titles_before_name(s, run)..];
    (2..=3).contains(&run.len())
        // (Its possessive too: "of Taiwan's ruling party".)
        && lexicon::place(crate::text::strip_possessive(s.s(next)))
            .is_some_and(|p| p.ty == EntityType::Gpe && p.is_country())
        && run.iter().all(|w| {
            let text = w.span.of(s.text);
            // ("Lai Ching-te of Taiwan": a given name with a hyphen.)
            text.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-')
                && !s.common_any_case(text, w.number)
                && s.org_word(text, w.number).is_none()
                && s.title(text, w.number).is_none()
                && known_name(text).is_none()
        })
}

/// "Air Astana of Kazakhstan", "Remco Evenepoel of Belgium": a name
/// whose last word is a name the lists know or a word too rare for the
/// frequency table, and no title, word of organisations or head word,
/// before "of" and a country (token `next`), is a name of its own, the
/// country another ("Bank of Canada", "Kingdom of Benin" and "Association
/// of Tourism Enterprises of Greece" go on).
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn proper_name_of_country(s: &Sentence, run: &[Word], next: usize) -> bool {
    let Some(last) = run.last() else {
        return false;
    };
    let text = last.span.of(s.text);
    lexicon::place(s.s(next)).is_some_and(|p| p.ty == EntityType::Gpe && p.is_country())
        && (known_name(text).is_some()
            || s.personal_name(text, last.number)
            || lexicon::is_rare_word(text))
        && !s.common_any_case(text, last.number)
        && s.org_word(text, last.number).is_none()
        && s.title(without_stops(text, *last).0, last.number).is_none()
        && head_type(text).is_none()
}

/// "Mike Johnson, Republican of Louisiana": a party's member alone before
/// "of" and a place (token `next`), which is no name of a body.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn member_of_state(s: &Sentence, run: &[Word], next: usize) -> bool {
    matches!(run, [w] if matches!(w.span.of(s.text), "Republican" | "Democrat" | "Independent"))
        && (next..(next + 3).min(s.tokens.len()))
            .take_while(|&k| s.is_cap(k))
            .any(|k| {
                let place = &s.text[s.tokens[next].span.start..s.tokens[k].span.end];
                lexicon::place(place).is_some_and(|p| p.ty == EntityType::Gpe)
            })
}

/// "the arrest in Paris of Pavel Durov": one word that is a place the
/// lists know before "of" and a given name, which opens a person's name
/// ("in Texas of Ismael \"El Mayo\" Zambada").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn place_of_person(s: &Sentence, run: &[Word], next: usize) -> bool {
    run.len() == 1
        && s.given_name(s.s(next), s.number(next)).is_some()
        && lexicon::place(run[0].span.of(s.text)).is_some_and(|p| p.ty == EntityType::Gpe)
}

/// "the Samajwadi Party of Akhilesh Yadav", "the Labour Party of Keir
/// Starmer": after an organisation the lists know, "of" and two
/// capitalised words, a given name or a surname the lists know among them
/// and nothing capitalised after them, name the person it is led by, no
/// part of its name (token `next` is the first of the two).
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn listed_body_of_person(s: &Sentence, run: &[Word], next: usize) -> bool {
    !run.is_empty()
        && s.is_cap(next + 1)
        && s.is_word(next + 1)
        && !s.is_cap(next + 2)
        && (s.given_name(s.s(next), s.number(next)).is_some()
            || s.surname(s.s(next + 1), s.number(next + 1)).is_some())
        && known_name(span_of(run).of(s.text)).is_some_and(|(ty, _)| ty == EntityType::Org)
}

/// "Professor Shinji Toda of Tohoku University", "Min Hee-jin of ADOR
/// Holdings Ltd": words no list knows before an "of" and a body's name
/// (capitalised words, two to four, that an organisation's head word or
/// legal form ends, "the" allowed before them; or one such word before
/// another "of", "for" or "on": "of the University of Iceland") are a
/// person, two or three words of letters (a hyphen inside allowed) that are
/// no common word, nor a title, a word of organisations or a name the lists
/// know; after titles ([`leading_titles`], in the plural too: "Senators"),
/// one word is enough ("Professor Smith").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn unknown_person_of_body(s: &Sentence, run: &[Word], next: usize) -> bool {
    // (Past "the": "Atiku Abubakar of the Peoples Democratic Party".)
    let next = next + usize::from(s.s(next) == "the");
    let body = (next..next + 4).take_while(|&k| s.is_cap(k)).count();
    let last = next + body.saturating_sub(1);
    // (One word before "of", "for" or "on" is enough: "of the University
    // of Iceland", "of the Centre for Strategic and International
    // Studies", "of the Council on Foreign Relations".)
    // ("Remco Evenepoel of Goldman Sachs": or an organisation the lists
    // know.)
    // ("Panduleni Itula of the Independent Patriots for Change": or one
    // with "for", "and" or "of" inside.)
    let known = || {
        body >= 1
            && (matches!(
                known_name(&s.text[s.tokens[next].span.start..s.tokens[last].span.end]),
                Some((EntityType::Org, _))
            ) || known_name_length(s, next, body + 1) > 0)
    };
    if (body < 2 && !(body == 1 && matches!(s.s(last + 1), "of" | "for" | "on"))
        || !matches!(
            s.org_word(s.s(last), s.number(last)),
            Some(OrgWord::Head | OrgWord::Suffix)
        ))
        && !known()
    {
        return false;
    }
    let titles = leading_titles(s, run);
    let name = &run[titles..];
    let fewest = if titles > 0 { 1 } else { 2 };
    (fewest..=3).contains(&name.len())
        && name.iter().all(|w| {
            let text = w.span.of(s.text);
            text.starts_with(|c: char| c.is_ascii_uppercase())
                && text.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-')
                && !s.common_any_case(text, w.number)
                && s.org_word(text, w.number).is_none()
                && s.title(text, w.number).is_none()
                && known_name(text).is_none()
        })
}

/// How many of the first words of `run`, at most three, are titles, in
/// the plural too ("Senators"), or nationalities ("Republican Senator Ted
/// Cruz"), an abbreviated title with its full stop ("Dr.").
fn leading_titles(s: &Sentence, run: &[Word]) -> usize {
    run.iter()
        .take(3)
        .take_while(|w| {
            let (bare, number) = without_stops(w.span.of(s.text), **w);
            s.title(bare, number).is_some()
                || lexicon::demonym(bare).is_some()
                || plural_of_role(bare)
        })
        .count()
}

/// How many of the first words of `run` are titles before a name of two
/// words or more: [`leading_titles`], or a title of two or three words
/// that are no title alone ("Economy Minister").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn titles_before_name(s: &Sentence, run: &[Word]) -> usize {
    let phrase = || {
        (2..=3)
            .rev()
            .find(|&n| n + 2 <= run.len() && title_any_case(join(s, &run[..n])).is_some())
            .unwrap_or(0)
    };
    leading_titles(s, run).max(phrase())
}

/// Whether the words `run` before an "of" are a person's full name: two or
/// three words, the first a known given name or the last a known surname
/// after a first word that is no common word, none of them a title, a word
/// of organisations or the head of a typed phrase ("Royal Bank of
/// Scotland" and "Third Battle of Ypres" go on). Up to two titles may come
/// first, or a title of two or three words: "Professor Helen Bedford of
/// University College London", "Economy Minister Robert Habeck of the
/// Greens", a country before them ("U.S. Attorney Damian Williams of the
/// Southern District of New York"); an initial may open the name ("S.
/// Michael McColloch of Dallas"). `start` is the run's first token.
fn person_before_of(s: &Sentence, run: &[Word], start: usize) -> bool {
    let word = |w: &Word| w.span.of(s.text);
    let mut titles = titles_before_name(s, run);
    let role_before = || start.checked_sub(1).is_some_and(|j| lower_case_role(s, j));
    // "U.S. Attorney Damian Williams of", "Senate Democratic Leader Chuck
    // Schumer of New York", "Warsaw Mayor Rafal Trzaskowski of": words
    // before a title, which the name after it follows.
    if titles == 0 && run.len() >= 4 {
        titles = (1..run.len() - 2)
            .rev()
            .find(|&k| leading_titles(s, &run[k..k + 1]) == 1)
            .map_or(0, |k| k + 1);
    }
    let mut run = &run[titles..];
    // "S. Michael McColloch of Dallas": an initial before the given name.
    if run.len() == 3 && word(&run[0]).trim_end_matches('.').len() == 1 {
        run = &run[1..];
    }
    let (Some(first), Some(last)) = (run.first(), run.last()) else {
        return false;
    };
    // (After a title, or a role's in lower case before the run, two or
    // three words that are no common word are a name the lists need not
    // know: "Lawmaker Rawiri Waititi of Te Pati Maori", "lawmaker
    // Hana-Rawhiti Maipi-Clarke of".)
    let titled_name = || {
        (titles > 0 || role_before())
            && run
                .iter()
                .all(|w| !s.common_any_case(word(w), w.number) && known_name(word(w)).is_none())
    };
    (2..=3).contains(&run.len())
        && (s.given_name(word(first), first.number).is_some()
            || (s.surname(word(last), last.number).is_some()
                && !s.common_any_case(word(first), first.number))
            || titled_name())
        && run.iter().all(|w| {
            let text = word(w);
            s.org_word(text, w.number).is_none()
                && s.title(text, w.number).is_none()
                && head_type(text).is_none()
        })
}

/// Whether `word` is a grade of Moody's scale of credit ratings ("Aaa",
/// "Baa3", "B1") in a sentence that names Moody's or a rating ("A1" is a
/// road's name too).
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn moodys_grade(s: &Sentence, word: &str) -> bool {
    let letters = word.get(..word.len().saturating_sub(1)).unwrap_or("");
    (word == "Aaa"
        || matches!(word.as_bytes().last(), Some(b'1'..=b'3'))
            && matches!(letters, "Aa" | "A" | "Baa" | "Ba" | "B" | "Caa"))
        && s.words
            .iter()
            .any(|w| w.starts_with("Moody") || w.starts_with("rating"))
}

/// "Pezeshkian's" names "Pezeshkian": the span of the token `text`
/// without its possessive ending, and whether it had one.
#[cfg_attr(lede_abort, optimize(size))]
fn strip_possessive(span: Span, text: &str) -> (Span, bool) {
    let bare = crate::text::strip_possessive(text).len();
    (Span::new(span.start, span.start + bare), bare != text.len())
}

/// The text from the first word to the last, connectors included.
#[cfg_attr(lede_abort, optimize(size))]
fn join<'a>(s: &Sentence<'a>, words: &[Word]) -> &'a str {
    match words {
        [] => "",
        [first, .., last] => Span::new(first.span.start, last.span.end).of(s.text),
        [one] => one.span.of(s.text),
    }
}

/// The words of the compass and of a region's side, that "and" may join
/// before a place's name ("North and South Korea").
/// (Sorted, in lower case, for `lexicon::contains`.)
const COMPASS: [&str; 15] = [
    "central",
    "east",
    "eastern",
    "lower",
    "north",
    "northeast",
    "northern",
    "northwest",
    "south",
    "southeast",
    "southern",
    "southwest",
    "upper",
    "west",
    "western",
];

/// "in Co Donegal", "Counties Galway and Mayo": an Irish county the lists
/// know after "Co" (no company's "Co") or "Counties" (which is left out of
/// the name; the counties listed after the first are read as any other
/// names).
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn irish_county(s: &Sentence, run: &[Word]) -> Option<RawMention> {
    let [co, place] = run else {
        return None;
    };
    let word = co.span.of(s.text);
    if !matches!(word, "Co" | "Counties") {
        return None;
    }
    let p = lexicon::place(place.span.of(s.text)).filter(|p| p.ty == EntityType::Gpe)?;
    let span = if word == "Co" {
        span_of(run)
    } else {
        place.span
    };
    Some(mention(span, EntityType::Gpe, None, Some(p.key)))
}

#[cfg_attr(lede_abort, optimize(size))]
fn span_of(words: &[Word]) -> Span {
    Span::new(words[0].span.start, words[words.len() - 1].span.end)
}

/// Types the run `run` (which took in a connector if `joined`) and pushes
/// its mentions. (Not inlined into [`find_with`] in wasm: the engine would
/// recompile the two as one large function during a first analysis.)
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn classify(
    s: &Sentence,
    run: &[Word],
    joined: bool,
    phrase: &mut String,
    first_token: usize,
    next_token: usize,
    out: &mut Vec<RawMention>,
) {
    // (A loop only for the nationalities split off the front, below, at
    // most `MAX_NATIONALITIES` of them: each turn types the whole rest of
    // the run again, so a long run of words that are nationalities and
    // given names, "Finn Finn Finn ...", would cost its length squared.)
    const MAX_NATIONALITIES: usize = 4;
    // "Game III is at ...", "Origin II:": a Roman numeral alone, the word
    // before it taken off as a common word, names nothing.
    if let [word] = run {
        let w = word.span.of(s.text).as_bytes();
        if w.len() >= 2 && w.iter().all(|b| matches!(b, b'I' | b'V' | b'X')) {
            return;
        }
    }
    // "the Paris agreement", "the Minsk accords": a town the lists know
    // (no country: "the India agreement") before an accord's noun in lower
    // case names the accord.
    if matches!(
        s.s(next_token),
        "agreement" | "agreements" | "accord" | "accords" | "protocol"
    ) && matches!(run_facts(s, run).known, Some((EntityType::Gpe, key)) if !lexicon::is_region_key(key))
    {
        let span = Span::new(span_of(run).start, s.tokens[next_token].span.end);
        out.push(mention(span, EntityType::Law, None, None));
        return;
    }
    if let Some(county) = irish_county(s, run) {
        out.push(county);
        return;
    }
    // "Fortescue (FMG.AX)", "Bharti Airtel (BRTI.NS)": a name the lists
    // lack before an instrument's code in brackets is the listed
    // company's.
    if s.s(next_token) == "("
        && s.tokens
            .get(next_token + 1)
            .is_some_and(|t| crate::text::in_instrument_code(s.text, t.span))
        && run_facts(s, run).known.is_none()
    {
        out.push(mention(span_of(run), EntityType::Org, None, None));
        return;
    }
    // "Agriculture Victoria", "Parks Victoria", "Tourism Australia": a
    // field's noun before a country or a state is the body that serves it
    // there.
    // ("Emergency Management Victoria", "Public Health Wales": a word
    // before them.)
    let body = !joined
        && match run {
            [field, place] => field_before_place(s, field, place),
            [first, field, place] => field_before_place(s, field, place) && word_of_body(s, first),
            _ => false,
        };
    if body {
        out.push(mention(span_of(run), EntityType::Org, None, None));
        return;
    }
    // "U.S. Health and Human Services Secretary": the portfolio's words
    // before "and" are the role's (`portfolio_before`), only a place
    // before them a name.
    if let Some(start) = portfolio_opening(s, next_token) {
        // (The run's words before the portfolio's first token.)
        let at = s.tokens[start].span.start;
        let words = run.iter().take_while(|w| w.span.start < at).count();
        if words > 0 && words < run.len() {
            classify(s, &run[..words], false, phrase, first_token, start, out);
        }
        if words < run.len() {
            return;
        }
    }
    // A title in quotes, a work's ("won for \"Not Like Us\"", \"Cowboy
    // Carter\""): no one's, unless the lists know the name.
    if quoted_title(s, first_token, next_token) && run_facts(s, run).known.is_none() {
        return;
    }
    // "in Travis, Kendall, Tom Green and Williamson counties": each name
    // the lists lack in a list before a plural of places is one of them.
    // (Not a people's name: "Palestinian cities".)
    if places_listed(s, first_token, next_token)
        && run_facts(s, run).known.is_none()
        && lexicon::demonym(join(s, run)).is_none()
    {
        out.push(mention(span_of(run), EntityType::Gpe, None, None));
        return;
    }
    if let [word] = run {
        let word = word.span.of(s.text);
        // One word with a possessive ending kept: a business's name
        // ("Christie's", see `name_with_its_ending`), as a guess; or a
        // condition named after a doctor ("Alzheimer's").
        let token = s.s(first_token);
        if crate::text::is_possessive(token) && eponymous_condition(s, token, next_token) {
            return;
        }
        // "downgraded France to A+", "cut to BBB-": a credit rating.
        if word.len() <= 3
            && word.bytes().all(|b| matches!(b, b'A' | b'B' | b'C'))
            && matches!(s.s(next_token), "+" | "-")
            && !s.tokens[next_token].space_before
        {
            return;
        }
        // "Moody's raised its rating to B1": a credit rating.
        if moodys_grade(s, word) {
            return;
        }
        // "North and South Korea", "South and Southeast Asia": a compass
        // word before "and" and another is the place it names with the
        // words after the other (the key of "North Korea"); no name at all
        // when the lists lack it ("East and Gulf Coast ports").
        if s.s(next_token) == "and"
            && s.is_cap(next_token + 1)
            && crate::text::lexicon::contains(&COMPASS, word)
            && crate::text::lexicon::contains(&COMPASS, s.s(next_token + 1))
        {
            let end = (next_token + 2..next_token + 5)
                .take_while(|&j| s.is_cap(j))
                .last();
            for last in (next_token + 2..=end.unwrap_or(0)).rev() {
                phrase.clear();
                phrase.push_str(word);
                phrase.push(' ');
                phrase.push_str(
                    &s.text[s.tokens[next_token + 2].span.start..s.tokens[last].span.end],
                );
                if let Some(p) = lexicon::place(phrase) {
                    out.push(mention(run[0].span, p.ty, None, Some(p.key)));
                    return;
                }
            }
            return;
        }
        // A legal form alone: after a web address, the company's name
        // ("Amazon.com Inc"), else no name ("Inc" in "Acme Ltd, Inc"; no
        // legal form is a place the lists know, "SA" and "NV" among them).
        if s.org_word(word, run[0].number) == Some(OrgWord::Suffix) {
            if let Some(j) = first_token.checked_sub(1) {
                let url = &s.tokens[j];
                if url.kind == TokenKind::Url && s.tokens[first_token].space_before {
                    let span = Span::new(url.span.start, run[0].span.end);
                    out.push(mention(span, EntityType::Org, None, None));
                }
            }
            return;
        }
        // "Black voters", "Black and Hispanic residents": people by race,
        // capitalised as AP style has it since 2020 (not "Black smoke", nor
        // "Black said" of Jack Black).
        if word == "Black" && black_people(s, next_token) {
            out.push(mention(run[0].span, EntityType::Norp, None, None));
            return;
        }
        // "world No. 1", "climb to No. 5": a number's abbreviation, no
        // name; nor a word for storms alone ("Storm damage"), nor an
        // honour's letters alone ("made an MBE"; but for "TD", a bank's
        // name too).
        if matches!(word, "No" | "Nos")
            && s.s(next_token) == "."
            && s.s(next_token + 1)
                .starts_with(|c: char| c.is_ascii_digit())
            || head_bits(word) & (STORM | POST_NOMINAL) != 0 && word != "TD"
        {
            return;
        }
    }
    // "iPhone 16 Pro Max", "Pixel 9 Pro Fold": the words after a model's
    // number are the rest of a product's name, no name of their own.
    if first_token >= 2
        && matches!(
            run[0].span.of(s.text),
            "Pro" | "Max" | "MAX" | "Ultra" | "Plus" | "Mini" | "Fold" | "Flip" | "Air" | "Lite" | "XL"
        )
        && s.s(first_token - 1).bytes().all(|b| b.is_ascii_digit())
        && !s.blocked(first_token - 1)
        // ("two 737 MAX crashes": the model's number alone before it.)
        && (s.is_cap(first_token - 2) || is_camel_case(s.s(first_token - 2)) || run[0].span.of(s.text) == "MAX")
    {
        return;
    }
    // "Minister of Science and Technology Jitendra Singh": a portfolio's
    // last words before a name are the role's, the title before "of" or
    // "for" opening it.
    if let Some(title) = title_of_portfolio(s, first_token) {
        let k = (1..run.len() - 1)
            .find(|&k| !portfolio_word(s, first_token + k))
            .unwrap_or(0);
        if k > 0 {
            let role = Span::new(s.tokens[title].span.start, run[k - 1].span.end);
            out.push(mention(
                span_of(&run[k..]),
                EntityType::Person,
                Some(role),
                None,
            ));
            return;
        }
    }
    if event_run(s, run) {
        out.push(mention(span_of(run), EntityType::Event, None, None));
        return;
    }
    if particle_and_surname(s, run) {
        out.push(guess(span_of(run), EntityType::Person));
        return;
    }
    // A court case ("Roe v. Wade", joined by `collect_run`) is a law.
    if let [first, .., last] = run {
        let between = &s.text[first.span.end..last.span.start];
        if joined
            && [" v. ", " v ", " vs ", " vs. "]
                .iter()
                .any(|v| crate::text::find_bytes(between.as_bytes(), v.as_bytes()).is_some())
        {
            out.push(mention(span_of(run), EntityType::Law, None, None));
            return;
        }
    }
    let start = first_token;
    if let [first, .., last] = run {
        if s.text.as_bytes()[last.span.start..last.span.end].contains(&b'-') {
            if let Some(place) = place_before_participle(s, *first, *last) {
                out.push(place);
                return;
            }
        }
    }
    // "Diane Abbott MP", "Sarah Whitfield KC", "John Smith AO KC": letters
    // after a name are no part of it.
    let mut run = run;
    while let [rest @ .., _, last] = run {
        if !post_nominal(last.span.of(s.text)) {
            break;
        }
        run = &run[..rest.len() + 1];
    }
    let (mut run, mut first_token) = (run, first_token);
    loop {
        // Hyphenated words are looked at part by part when a part is lower case
        // ("Sydney-based", "U.S.-led") or every part is a known name
        // ("Palestinian-Israeli", "Iran-Russia"; not one place the lists
        // know: "Guinea-Bissau"). Such a word before a name
        // is no part of it: "Berlin-based Contentful GmbH" is a place and
        // an organisation.
        if let Some(parts) = hyphen_parts(run[0].span.of(s.text)) {
            // (And a prefix of leaning before a people or a place,
            // capitalised opening a headline: "Pro-Western Sandu wins"; not
            // "the Anti-Corruption Commission".)
            let qualifies = run.len() > 1
                && parts.len() == 2
                && (is_participle_part(parts[1])
                    || adjective_part(parts[1])
                    || matches!(parts[0], "Pro" | "Anti")
                        && (lexicon::demonym(parts[1]).is_some()
                            || lexicon::place(parts[1]).is_some()))
                && parts[0].starts_with(char::is_uppercase);
            let alone = run.len() == 1
                && !is_name_with_particles(&parts)
                && !article_prefixed(run[0].span.of(s.text))
                && (parts.iter().any(|p| p.starts_with(char::is_lowercase))
                    || parts
                        .iter()
                        .all(|p| lexicon::place(p).is_some() || lexicon::demonym(p).is_some())
                        // (Not a place the lists know whole: "Guinea-Bissau",
                        // "Asia-Pacific".)
                        && lexicon::place(run[0].span.of(s.text)).is_none());
            if qualifies || alone {
                let based = parts.len() == 2 && parts[1].eq_ignore_ascii_case("based");
                let mut base = run[0].span.start;
                for p in parts {
                    let span = Span::new(base, base + p.len());
                    base += p.len() + 1;
                    if !p.starts_with(char::is_uppercase) {
                        continue;
                    }
                    if let Some(place) = lexicon::place(p) {
                        out.push(mention(span, place.ty, None, Some(place.key)));
                    } else if let Some(key) = lexicon::demonym(p) {
                        out.push(mention(span, EntityType::Norp, None, Some(key)));
                    } else if let Some((key, _)) = lexicon::organization(p) {
                        out.push(mention(span, EntityType::Org, None, Some(key)));
                    } else if based {
                        out.push(mention(span, EntityType::Gpe, None, None));
                    }
                }
                if alone {
                    return;
                }
                // The rest is a run of its own (a turn of one word: no
                // run is typed again, so any number of these stays linear).
                run = &run[1..];
                first_token += 1;
                continue;
            }
        }

        // "Parkinson's disease", "Down's syndrome": a name that a condition
        // is named after names no one in the text.
        if lexicon::is_condition_noun(s.s(next_token))
            && next_token
                .checked_sub(1)
                .is_some_and(|j| crate::text::is_possessive(s.s(j)))
        {
            return;
        }
        // "Brent crude", "Dubai crude", "Urals crude": a single word before
        // "crude" names a grade of oil (a benchmark), no place in the text;
        // so does a place's name before "futures" ("Brent futures").
        // And "the Nobel prizes", "Nobel laureate Maria Ressa": a single
        // word before an honour's noun in lower case names the honour.
        if run.len() == 1
            && match s.s(next_token) {
                "crude" => true,
                "prize" | "prizes" | "laureate" | "laureates" => {
                    lexicon::demonym(run[0].span.of(s.text)).is_none()
                }
                "futures" => lexicon::place(run[0].span.of(s.text)).is_some(),
                _ => false,
            }
        {
            return;
        }
        // Whole known names first: "General Motors" is not General Motors.
        let mut whole_facts = run_facts(s, run);
        // "told The Associated Press", "for The Guardian": "The",
        // capitalised inside a sentence before a name the lists know, is
        // no part of it (unless the lists know it with "The": "The Hague").
        if whole_facts.known.is_none() && run.len() >= 2 && s.s(first_token) == "The" {
            if let Some(facts) = known_after_the(s, run, first_token) {
                run = &run[1..];
                first_token += 1;
                whole_facts = facts;
            }
        }
        if whole_facts.known.is_none() {
            // "an Indiana Republican", "a New York Democrat": a place and a
            // word for its people or party, two mentions.
            if let Some(two) = place_then_label(s, run).filter(|_| whole_facts.demonym.is_none()) {
                out.extend(two);
                return;
            }
            // "Nagpur West", "Mumbai South": a city the lists know and a
            // point of the compass, a district or a seat, one place.
            // (A point's first letter asked first, so that most runs of
            // two words lower no copy.)
            if let [city, point] = run {
                let point = point.span.of(s.text);
                if matches!(point.as_bytes()[0] | 0x20, b'n' | b's' | b'e' | b'w')
                    && is_compass_point(&point.to_ascii_lowercase())
                    && lexicon::place(city.span.of(s.text))
                        .is_some_and(|p| p.ty == EntityType::Gpe && !p.is_country())
                {
                    out.push(mention(span_of(run), EntityType::Gpe, None, None));
                    return;
                }
            }
            // "the Swiss Alps", "the French Alps": a nationality before a
            // natural place the lists know, one place.
            if let Some(place) = natural_place_of_people(s, run) {
                out.push(place);
                return;
            }
            // "U.S. Middle East envoy", "EU Sahel envoy": a country or a
            // body before a region, two mentions.
            if let Some(two) = owner_then_region(s, run) {
                out.extend(two);
                return;
            }
            // "the German PayPal", "Chinese Huawei said": a nationality
            // before an organisation the lists know, two mentions.
            if let Some(two) = label_then_organisation(s, run, first_token, next_token) {
                out.extend(two);
                return;
            }
            // "Ambassador to the United Nations Mike Waltz": a name the
            // lists know before a person's full name is a mention of its
            // own, and the rest a run of its own.
            if let Some((n, ty, key)) = known_before_person(s, run, first_token) {
                out.push(mention(span_of(&run[..n]), ty, None, Some(key)));
                run = &run[n..];
                first_token += n;
                continue;
            }
        }
        if let Some((ty, key)) = whole_facts.known {
            if let Some(river) = (ty == EntityType::Org && run.len() == 1)
                .then(|| river_named_as(s, run[0].span, first_token, next_token))
                .flatten()
            {
                out.push(mention(run[0].span, river.ty, None, Some(river.key)));
                return;
            }
            // "the ruling Morena party": a party named as a place is.
            let party = || {
                first_token > 0
                    && matches!(s.s(first_token - 1), "ruling" | "opposition")
                    && head_bits(s.s(next_token)) & PARTY_WORD != 0
            };
            // ("Portuguese champions Benfica", "the airline Avianca": a
            // noun only organisations are called, right before a name the
            // lists know as a place, makes it an organisation's too.)
            // (A town's: no country's nor state's, "three-time champions
            // New Zealand", whose other mentions may be the country.)
            // (Nor a town with a stock market, "list its shares in London",
            // "shares in Hong Kong fell".)
            let region = || {
                lexicon::is_region_key(key)
                    || matches!(
                        key,
                        "London"
                            | "New York City"
                            | "Tokyo"
                            | "Frankfurt am Main"
                            | "Paris"
                            | "Amsterdam"
                            | "Toronto"
                            | "Shanghai"
                            | "Shenzhen"
                            | "Mumbai"
                            | "Zürich"
                            | "Sydney"
                    )
            };
            // ("Shares in Santander fell": a town's name after "shares in"
            // is a company's; not a country's, "shares in China", its
            // market, nor a town's before its state, where a company's
            // seat is said: "Shares of Austin, Texas-based CrowdStrike".)
            // ("Liverpool manager Arne Slot", "The Sao Paulo midfielder": a
            // town's name before a word for a team's staff or players is
            // the club's; a country's before one stays the country's,
            // "Brazil midfielder Casemiro".)
            if matches!(ty, EntityType::Gpe | EntityType::Loc)
                && (party()
                    || org_noun_before(s, first_token)
                    || shares_in(s, first_token) && !region() && !before_its_state(s, next_token)
                    || team_member(s.s(next_token)) && !lexicon::is_region_key(key))
            {
                let mut m = mention(span_of(run), EntityType::Org, None, None);
                m.town_named_org = !region();
                out.push(m);
                return;
            }
            // "in Princeton, New Jersey": one word the lists know as an
            // organisation's (here a university's) is a town after a
            // locative word and before its state.
            if ty == EntityType::Org
                && run.len() == 1
                && first_token > 0
                && lower_case_lists(s.s(first_token - 1)) & LOCATIVE_WORD != 0
                && before_its_state(s, next_token)
            {
                out.push(mention(span_of(run), EntityType::Gpe, None, None));
                return;
            }
            out.push(mention(span_of(run), ty, None, Some(key)));
            return;
        }
        // One word with its possessive ending kept, no name the lists know:
        // a business's name ("Christie's", see `name_with_its_ending`), as
        // a guess; and one of no common word's spelling before "poll" or
        // "survey", its pollster's ("a Datafolha poll", "a Gallup poll").
        if let [word] = run {
            if crate::text::is_possessive(word.span.of(s.text)) || pollster(s, *word, next_token) {
                out.push(guess(word.span, EntityType::Org));
                return;
            }
        }
        // An honour's name, headed by its last word or by the word before
        // "of" ("Nobel Prize in Physics", "National Medal of Science"),
        // names nothing of lede's types.
        let sequel = || match run {
            [rest @ .., last] => is_roman(last.span.of(s.text)) && sequel(s, rest),
            [] => false,
        };
        if run.len() > 1 && (honour_head(s, run, joined).is_some() || sequel()) {
            return;
        }
        // "McLaren driver Lando Norris", "Chelsea striker Nicolas Jackson",
        // "McLaren's Lando Norris", "driving for Sauber": a team, as a
        // guess (a place stays a place, typed above: "Australia captain";
        // a nationality is one: "British driver").
        if let Some(team) = team_named(s, run, first_token, next_token) {
            out.push(team);
            return;
        }
        // "Bastille Day": a day that words no given name open is a date
        // ("Jason Day" is a person), and a day of the world or of a nation
        // an event, a campaign's ("World Aids Day", "National Sorry Day").
        if let [first, .., last] = run {
            let first = first.span.of(s.text);
            // (A rare given name that is also an ordinary word opens a
            // day's name all the same: "Victory Day".)
            if run.len() <= 3
                && last.span.of(s.text) == "Day"
                && s.given_name(first, run[0].number)
                    .is_none_or(|weight| weight <= 3 && s.common_any_case(first, run[0].number))
            {
                let ty = match first {
                    "World" | "International" | "National" => EntityType::Event,
                    _ => EntityType::Date,
                };
                out.push(mention(span_of(run), ty, None, None));
                return;
            }
        }
        // "Black Americans", "Black Britons": one group of people.
        if let [black, group] = run {
            if black.span.of(s.text) == "Black" && lexicon::demonym(group.span.of(s.text)).is_some()
            {
                out.push(mention(span_of(run), EntityType::Norp, None, None));
                return;
            }
        }
        // "NSW Blue Mountains", "Queensland Sunshine Coast": a state before
        // two words or more that the head word of a natural place ends is
        // a mention of its own (the rest a run of its own, as after a
        // nationality), unless the rest opens with a head word itself
        // ("Washington Square Park"). Buildings keep their state ("Texas
        // Medical Center"), and so do places after a city or a country
        // ("Sydney Harbour", "US Virgin Islands").
        if run.len() >= 3 && first_token < start + MAX_NATIONALITIES {
            let word = |k: usize| run[k].span.of(s.text);
            if head_type(word(run.len() - 1)) == Some(EntityType::Loc)
                && head_type(word(1)).is_none()
            {
                if let Some(key) = state(word(0)) {
                    out.push(mention(run[0].span, EntityType::Gpe, None, Some(key)));
                    run = &run[1..];
                    first_token += 1;
                    continue;
                }
            }
        }
        // A leading title becomes the role: "Russian President", "Economy
        // Minister", "Deputy Defence Secretary", "Mr". A run of one word was
        // answered with its facts (as `leading_title` would answer it: the
        // word is no place, being no known name, and its demonym is known).
        // "King George Sound", "Royal Prince Alfred Hospital": a run that
        // ends in the head word of a place, a building, an event, a law or
        // an organisation is named whole, title and all (but a title then
        // "of" heads what follows: "Head of the ... Council", below).
        // The two words before the name ("" at the sentence's start; a
        // preposition that opens the sentence in lower case: "In Augusta,").
        let before = first_token
            .checked_sub(1)
            .map(|j| initial_preposition(s, j))
            .unwrap_or("");
        let two_before = first_token.checked_sub(2).map(|j| s.s(j)).unwrap_or("");
        let headed = run.len() > 1
            && !(joined && has_of_or_for(span_of(run).of(s.text)))
            && !named_after_role(s, run, first_token)
            && {
                let last = &run[head_index(s, run)];
                let text = last.span.of(s.text);
                (head_type(text).is_some() && !park_of_person(s, run, before))
                    || bill_of_law(text, before)
                    || matches!(
                        s.org_word(text, last.number),
                        Some(OrgWord::Head | OrgWord::Suffix)
                    )
            };
        // "Faisal Sultan", "Anna Striker", "Ahmed Sheikh": a given name
        // that is nothing else the lists know, before one title that ends
        // the run, is a person whose surname is that title (the given name
        // would be no title's modifier, as "Energy" is of "Energy
        // Minister"; "The Jordan King" is a title).
        // ("Dr. Faisal Sultan": after a form of address too.)
        let addressed = usize::from(
            run.len() == 3 && {
                let (bare, number) = without_stops(run[0].span.of(s.text), run[0]);
                s.title(bare, number) == Some(TitleKind::Honorific)
            },
        );
        if given_name_then_title_surname(s, &run[addressed..]) {
            // (With its role before or after it: "England captain Ollie
            // Pope".)
            let role = role_before(s, first_token)
                .flatten()
                .or_else(|| appositive_role(s, next_token).flatten())
                .or_else(|| role_before_comma(s, first_token, next_token).flatten());
            out.push(mention(
                span_of(&run[addressed..]),
                EntityType::Person,
                role,
                None,
            ));
            return;
        }
        let (cut, kind) = match whole_facts.one_word.filter(|_| run.len() == 1) {
            _ if headed => (0, None),
            Some(kind) => {
                if let (Some(TitleKind::Role), Some(key)) = (kind, whole_facts.demonym) {
                    out.push(mention(span_of(run), EntityType::Norp, None, Some(key)));
                }
                (usize::from(kind.is_some()), kind)
            }
            None => {
                let (cut, kind, qualifiers) = leading_title(s, run, phrase);
                out.extend(qualifiers);
                (cut, kind)
            }
        };
        // A nationality before a person's full name is a mention of its own:
        // "Americans Carl Walz and Dan Bursch", and before two or three
        // words that read as a name ([`name_words`]) where no word in lower
        // case follows, which the run could be modifying ("moderate Muslim
        // Hamid Karzai, from ...", not "the Hindu Hare Krishna sect"),
        // but a function word or a verb ("Czech Barbora Krejcikova beat
        // Italy's Jasmine Paolini", "beat Italian Jannik Sinner in the
        // final").
        if cut == 0 && run.len() >= 3 && first_token < start + MAX_NATIONALITIES {
            let word = |w: &Word| w.span.of(s.text);
            let given = s.given_name(word(&run[1]), run[1].number).is_some();
            let unmodified = || !s.s(next_token).starts_with(char::is_lowercase);
            // (Before a function word or a verb, two or three words that
            // read as a name, after a country's nationality, whose key is
            // the country's code: not "the Canadian Red Cross said", nor a
            // people's name, "Sami Abu Zuhri told". Before no word in
            // lower case, `unmodified` has settled it.)
            let before_verb = || {
                function_word_or_verb(s.s(next_token))
                    && name_words(s, &run[1..])
                    && lexicon::demonym(word(&run[0])).is_some_and(|key| {
                        key.len() == 2 && key.bytes().all(|b| b.is_ascii_uppercase())
                    })
            };
            // Or a known surname last ("Australian Min Woo Lee", where
            // "Woo" is a common word).
            let surname_last = || {
                let last = &run[run.len() - 1];
                s.surname(word(last), last.number).is_some()
            };
            // ("Co-star Rashmika Mandanna": a word for a person with a part
            // in lower case after a hyphen, before a verb too.)
            let hyphened =
                || run.len() == 3 && word(&run[0]).contains('-') && name_words(s, &run[1..]);
            // ("Christian Van Thillo": a nationality or a faith that is a
            // given name too, before a surname's particle, is the name's.)
            let particle_after_given = || {
                matches!(
                    word(&run[1]),
                    "Van"
                        | "Von"
                        | "De"
                        | "Di"
                        | "Da"
                        | "Del"
                        | "Della"
                        | "Le"
                        | "La"
                        | "Du"
                        | "Dos"
                ) && s.given_name(word(&run[0]), run[0].number).is_some()
            };
            if (given
                || (run.len() <= 4
                    && (unmodified() && (name_words(s, &run[1..]) || surname_last())
                        || before_verb()))
                || hyphened())
                && !particle_after_given()
            {
                if let Some(key) = lexicon::demonym(word(&run[0])) {
                    out.push(mention(run[0].span, EntityType::Norp, None, Some(key)));
                    // The rest typed as a run of its own ("Arab Al Qaeda"),
                    // by the loop rather than a call (no depth to bound).
                    run = &run[1..];
                    first_token += 1;
                    continue;
                }
                // "Beatle George Harrison", "Socceroo Tim Cahill": a word
                // that says what a person is, before a given name and a
                // surname, is the person's role.
                if (given || hyphened()) && run.len() == 3 && describes_person(s, run) {
                    out.push(mention(
                        span_of(&run[1..]),
                        EntityType::Person,
                        Some(run[0].span),
                        None,
                    ));
                    return;
                }
            }
        }
        // "Democrat Caldwell", "Republican Youngkin": a party's or a
        // nation's word before a surname alone (no common word, and no name
        // the lists know whole: "American Express").
        if cut == 0 && run.len() == 2 && first_token < start + MAX_NATIONALITIES {
            if let Some(key) = label_before_surname(s, run) {
                out.push(mention(run[0].span, EntityType::Norp, None, Some(key)));
                run = &run[1..];
                first_token += 1;
                continue;
            }
        }
        // "a Hungarian Jewish architect", "a British Muslim charity":
        // peoples' words alone, each its people (but one group the lists
        // know whole, or named by a plural: "Sunni Muslims", "Christian
        // Democrats").
        if cut == 0 && run.len() >= 2 && first_token < start + MAX_NATIONALITIES {
            let mut peoples = run.iter().map(|w| lexicon::demonym(w.span.of(s.text)));
            if let Some(Some(key)) = peoples.next() {
                if peoples.all(|p| p.is_some())
                    && !s.is_cap(first_token + run.len())
                    && !s.s(first_token + run.len() - 1).ends_with('s')
                    && lexicon::demonym(join(s, run)).is_none()
                {
                    out.push(mention(run[0].span, EntityType::Norp, None, Some(key)));
                    run = &run[1..];
                    first_token += 1;
                    continue;
                }
            }
        }
        // The same after a nationality of two words: "South African
        // Aldrich Potgieter".
        if cut == 0 && run.len() >= 4 && first_token < start + MAX_NATIONALITIES {
            if let Some(key) = nationality_of_two_words(s, run) {
                out.push(mention(
                    span_of(&run[..2]),
                    EntityType::Norp,
                    None,
                    Some(key),
                ));
                run = &run[2..];
                first_token += 2;
                continue;
            }
        }
        let person_cue = cut > 0 && kind.is_some();
        // (With a word for its tenure before it: "former President Donald
        // Trump".)
        let role = (kind == Some(TitleKind::Role)).then(|| {
            let span = span_of(&run[..role_end(s, &run[..cut])]);
            // "Health and Human Services Secretary": the portfolio's words
            // before "and" too.
            // "President and CEO Amin Nasser": another title and "and".
            if let Some(k) = first_token
                .checked_sub(1)
                .and_then(|k| portfolio_before(s, k).or_else(|| title_before_and(s, k)))
            {
                // ("Acting President and Prime Minister Han Duck-soo": with
                // the word for its tenure.)
                let k = k
                    .checked_sub(1)
                    .filter(|&j| lexicon::tenure_word(s.s(j)))
                    .unwrap_or(k);
                return Span::new(s.tokens[k].span.start, span.end);
            }
            match first_token.checked_sub(1) {
                Some(k)
                    if lexicon::tenure_word(s.s(k)) || prefixed_title_part(s, k, span, phrase) =>
                {
                    Span::new(s.tokens[k].span.start, span.end)
                }
                // "Kenya's President William Ruto", "Apple's CEO Tim Cook":
                // the place's or the company's too.
                Some(k) if known_possessive(s, k) => Span::new(s.tokens[k].span.start, span.end),
                // "International Olympic Committee (IOC) President Thomas
                // Bach": the body and its initials too.
                Some(k) => body_with_initials_before(s, k, out)
                    .map_or(span, |start| Span::new(start, span.end)),
                _ => span,
            }
        });
        let rest = &run[cut..];
        if rest.is_empty() {
            return;
        }
        let name = join(s, rest);
        let span = span_of(rest);
        // The run's words as written, read from the text where needed rather
        // than collected.
        let word = |k: usize| rest[k].span.of(s.text);
        let first = word(0);
        let first_number = rest[0].number;
        let last_k = head_index(s, rest);
        let (last, last_number) = without_stops(word(last_k), rest[last_k]);
        let next_word = s.s(next_token);
        // "the Ninth Circuit": a court of appeals, no race track.
        if last == "Circuit" && court_circuit(s, rest) {
            out.push(mention(span, EntityType::Org, None, None));
            return;
        }
        // "Ukraine's General Staff said": "General" and one ordinary word
        // that is no name of a person's nor a title name a body ("General
        // Grant" is a person).
        if cut == 1
            && rest.len() == 1
            && run[0].span.of(s.text) == "General"
            && s.common_any_case(first, first_number)
            && !s.personal_name(first, first_number)
            && s.title_any_case(first, first_number).is_none()
        {
            out.push(mention(span_of(run), EntityType::Org, None, None));
            return;
        }

        // (Without a title the name is the whole run, not a known name.)
        let facts = if cut == 0 {
            whole_facts
        } else {
            run_facts(s, rest)
        };
        // A title then "of" heads what follows, when that ends in an
        // organisation's head word: "Head of the Australian Food and Grocery
        // Council" names no person ("Secretary of State Colin Powell" does).
        let title_then_of = || {
            s.text[run[cut - 1].span.end..rest[0].span.start]
                .split_whitespace()
                .next()
                == Some("of")
        };
        // ("Officer of the Order of the British Empire": an organisation
        // whose name opens with its head word and "of" too; "CEO of
        // Halvorsen Motors Inc": a company's legal form.)
        let heads_organisation = || {
            title_then_of()
                && (matches!(
                    s.org_word(last, last_number),
                    Some(OrgWord::Head | OrgWord::Suffix)
                ) || name
                    .get(..first.len() + 3)
                    .is_some_and(|of| of.ends_with(" of") && lexicon::org_word(of).is_some()))
        };
        let connector = if person_cue {
            s.text[run[cut - 1].span.end..rest[0].span.start].trim()
        } else {
            ""
        };
        // "Minister for Health Mark Butler", "Director of the Bank of
        // England Andrew Bailey": what the title is of or for runs to a
        // given name and a surname, the person; or, where the lists know
        // no given name, a place of one word is what it is of ("Mayor of
        // London Sadiq Khan").
        let of_or_for = matches!(connector, "of" | "of the" | "for" | "for the");
        if of_or_for {
            if let Some(g) = (1..rest.len().saturating_sub(1))
                .find(|&g| s.given_name(word(g), rest[g].number).is_some())
                .or_else(|| {
                    // (Not before an organisation's head word: "Commissioner
                    // of the Queensland Fire Department" names no person
                    // "Fire Department".)
                    (rest.len() >= 3 && lexicon::place(word(0)).is_some() && !heads_organisation())
                        .then_some(1)
                })
                .or_else(|| name_after_field(s, rest))
            {
                // (From where the title's role opens: "Former
                // Chancellor of the Exchequer George Osborne".)
                let end = rest[g - 1].span.end;
                let role = Some(role.map_or(span_of(&run[..cut + g]), |r| Span::new(r.start, end)));
                out.push(mention(span_of(&rest[g..]), EntityType::Person, role, None));
                return;
            }
        }
        // "the MP for Brent East", "Senator for Victoria": a seat, a place.
        if connector == "for" && head_bits(run[cut - 1].span.of(s.text)) & LEGISLATOR != 0 {
            let ty = facts.known.map_or(EntityType::Gpe, |(ty, _)| ty);
            out.push(mention(span, ty, None, facts.known.map(|(_, key)| key)));
            return;
        }
        // "the Minister for Health said", "The Minister of Defence": a
        // title and what it is of or for, with no person's name after it,
        // names no one.
        if person_cue
            && facts.known.is_none()
            && of_or_for
            && !(0..rest.len()).any(|k| s.personal_name(word(k), rest[k].number))
            && !heads_organisation()
        {
            return;
        }
        if person_cue && facts.known.is_none() && !heads_organisation() {
            // After a form of address, a role in apposition: "Dr. Peter
            // Lansbury, a neurologist at ..."; or before it, in lower case:
            // "chief executive Dr. Priya Raghunathan".
            // A rank written short gives way to a role in apposition too:
            // "Lt. Gen. Inam Haider Malik, chairman of the NDMA,"; and so
            // does "Chief" alone, a chief's style in West Africa as much as
            // a role ("Chief Saturday Kpai, chairman of the council,").
            // A rank or a style of birth or of the church alone gives way
            // to it as well, before or after: "Cardinal Pietro Parolin, the
            // Vatican's secretary of state,"; "Lieutenant General Osama
            // Rabie, chairman of the Suez Canal Authority,". And a role in
            // commas before the name: "The hospital's chief medical
            // officer, Dr. Lara Johnson,".
            let role = match kind {
                Some(TitleKind::Honorific) => appositive_role(s, next_token)
                    .flatten()
                    .or_else(|| role_before(s, first_token).flatten())
                    .or_else(|| role_before_comma(s, first_token, next_token).flatten()),
                _ if role.is_some_and(|r| {
                    let r = r.of(s.text);
                    r.ends_with('.') || r == "Chief" || rank_or_style(r)
                }) =>
                {
                    appositive_role(s, next_token)
                        .flatten()
                        .or_else(|| role_before(s, first_token).flatten())
                        .or_else(|| role_before_comma(s, first_token, next_token).flatten())
                        .or(role)
                }
                _ => role,
            };
            out.push(mention(span, EntityType::Person, role, None));
            return;
        }
        if person_cue {
            if let Some((ty, key)) = facts.known {
                // "Mr Sutton", "Queen Victoria": a title before a place that
                // is a surname or a given name names a person (not after
                // "of": "Director of Boston's airport"); so does "Mr", "Ms",
                // "Mrs", "Miss" or "Mme" (the forms of address that open
                // with "M") before any place ("Ms Coventry"), not "Dr" ("Dr
                // Congo", DR Congo miswritten).
                let addressed =
                    kind == Some(TitleKind::Honorific) && run[0].span.of(s.text).starts_with('M');
                let named = matches!(ty, EntityType::Gpe | EntityType::Loc)
                    && !title_then_of()
                    && (addressed || s.personal_name(name, first_number));
                let ty = if named { EntityType::Person } else { ty };
                let key = (!named).then_some(key);
                out.push(mention(span, ty, role.filter(|_| named), key));
                return;
            }
        }
        // Not a known name here, so the facts hold its demonym ("million
        // British thermal units" is a unit's name, of no people).
        if let Some(key) = facts.demonym {
            if s.s(next_token) != "thermal" {
                out.push(mention(span, EntityType::Norp, None, Some(key)));
            }
            return;
        }
        // "Sunni Muslims", "Palestinian Christians": words that each name a
        // people or a faith name one group.
        if cut == 0 && groups_only(s, rest) {
            out.push(mention(span, EntityType::Norp, None, None));
            return;
        }
        // "Los Angeles Dodgers", "Denver Broncos": a team.
        if cut == 0 && team_of_place(s, rest, next_token) {
            out.push(guess(span, EntityType::Org));
            return;
        }
        // "Mount Everest", "Lake Eyre", "Fort Campbell", "Greater Manchester",
        // "Santa Cruz", "San Sebastian" (but "Santa Claus").
        // Not before the head word of a building's, a law's or an
        // organisation's name ("St Mary's Hospital", "Mount Sinai
        // Hospital"); "St Patrick's Day" is a date.
        let headed = || heads_name(s, last, last_number, FAC_HEAD | LAW_HEAD | EVENT_HEAD);
        // The first word's bits in the head-word table, looked up once for
        // the rules below that ask them of a run of several words (the
        // words matched by name here have none of the bits they ask).
        let bits = match first {
            _ if rest.len() == 1 => 0,
            "St" | "St." | "Saint" | "Mount" | "Mt" | "Mt." | "Lake" | "Cape" | "Mare" | "Fort"
            | "Port" | "Ft" | "Ft." | "Greater" | "Palacio" | "Palais" | "Palazzo" | "Plaza"
            | "Camp" | "Avenida" | "Calle" | "Paseo" | "Rua" | "Rue" | "Boulevard" | "Kibbutz"
            | "Kfar" | "Mont" | "Monte" | "Cerro" | "Pic" | "Puy" | "Col" | "Plateau" => 0,
            _ if ship_prefix(first) => 0,
            _ => head_bits(first),
        };
        if rest.len() > 1 {
            let ty = match first {
                "St" | "St." | "Saint" if last == "Day" => Some(EntityType::Date),
                "Mount" | "Mt" | "Mt." | "Lake" | "Cape" | "Mare" | "River" => {
                    Some(EntityType::Loc)
                }
                // Mountains and passes in French, Italian and Spanish:
                // "Mont Ventoux", "Monte Rosa", "Cerro Armazones", "Pic du
                // Midi", "Col du Tourmalet", "Plateau de Beille".
                "Mont" | "Monte" | "Cerro" | "Pic" | "Puy" => Some(EntityType::Loc),
                _ if natural_place_opener(first).is_some() => natural_place_opener(first),
                "Col" | "Plateau" if mountain_pass(s, rest) => Some(EntityType::Loc),
                // "the Port of Savannah": the port, a facility (a town the
                // lists know whole: "Port of Spain").
                "Port" if name.starts_with("Port of ") => Some(EntityType::Fac),
                "Fort" | "Port" | "Ft" | "Ft." | "St" | "St." | "Greater" | "Kibbutz" | "Kfar" => {
                    Some(EntityType::Gpe)
                }
                // "Palais Bourbon", "Plaza de Armas"; a military base's
                // "Camp Bastion"; streets: "Avenida Paulista", "Rue de
                // Rivoli", "Boulevard de la République".
                "Palacio" | "Palais" | "Palazzo" | "Plaza" | "Camp" | "Avenida" | "Calle"
                | "Paseo" | "Rua" | "Rue" | "Boulevard" => Some(EntityType::Fac),
                // Races over days: "Tour de France", "Giro d'Italia",
                // "Vuelta a Espana", "Tour Down Under".
                "Tour" | "Giro" | "Vuelta" => Some(EntityType::Event),
                // "Copa America", "Copa Libertadores", "Copa del Rey"; a
                // military operation: "Operation Sindoor".
                "Copa" | "Operation" => Some(EntityType::Event),
                // The Pacific's warm and cold phases, with or without
                // their tildes: "El Niño", "La Nina"; and a day of
                // killings: "Bloody Sunday".
                "El" | "La"
                    if rest.len() == 2 && matches!(last, "Niño" | "Nino" | "Niña" | "Nina") =>
                {
                    Some(EntityType::Event)
                }
                "Bloody" if rest.len() == 2 && crate::text::lexicon::is_day_or_month(last) => {
                    Some(EntityType::Event)
                }
                // A ship, by the letters before its name ("USS Halsey",
                // "HMS Jackdaw"), as a building is a facility.
                _ if ship_prefix(first) => Some(EntityType::Fac),
                _ if bits & STORM != 0 => Some(EntityType::Event),
                // A storm's strength before its word: "Tropical Storm
                // Kristine", "Severe Tropical Cyclone Alfred", "Super
                // Typhoon Ragasa".
                "Tropical" | "Severe" | "Super"
                    if rest.len() >= 3
                        && rest[1..3].iter().any(|w| is_storm(w.span.of(s.text))) =>
                {
                    Some(EntityType::Event)
                }
                // (Not before "of" or "for": "Los Angeles Department of
                // Water and Power".)
                _ if bits & PLACE_OPENER != 0
                    && word(1) != "Claus"
                    && !(joined && has_of_or_for(name)) =>
                {
                    Some(EntityType::Gpe)
                }
                _ => None,
            };
            if let Some(ty) = ty.filter(|_| !headed()) {
                out.push(mention(span, ty, None, None));
                return;
            }
            // "Banco Base", "Grupo Mexico": whatever their last word.
            if bits & ORG_OPENER != 0 {
                out.push(mention(span, EntityType::Org, None, None));
                return;
            }
            if bits & COMPASS_NAME != 0 {
                let place = span_of(&rest[1..]).of(s.text);
                let ty = if rest.len() == 2 && compass_name(place) {
                    Some(EntityType::Loc)
                } else {
                    lexicon::place(place)
                        .map(|p| p.ty)
                        .or_else(|| lexicon::demonym(place).map(|_| EntityType::Norp))
                };
                if let Some(ty) = ty {
                    out.push(mention(span, ty, None, None));
                    return;
                }
            }
        }
        // "Oyo State", "Lagos State", "Rivers State": a state of a country
        // named with the word, but not after a US state ("Ohio State" is a
        // university) nor a name the lists know as an organisation, nor
        // with "of" between ("Council of State" is a body).
        if cut == 0 && !joined && rest.len() == 2 && last == "State" && state_of_country(first) {
            out.push(mention(span, EntityType::Gpe, None, None));
            return;
        }
        // "Lufthansa Boeing", "a Qantas Airbus": two companies the lists
        // know, side by side.
        if cut == 0 && !joined && (2..=4).contains(&rest.len()) {
            if let Some(k) = two_companies(s, rest) {
                out.push(mention(span_of(&rest[..k]), EntityType::Org, None, None));
                out.push(mention(span_of(&rest[k..]), EntityType::Org, None, None));
                return;
            }
        }
        // Typed by the last word (looked up only for a run it can type).
        let org_tail = || {
            matches!(
                s.org_word(last, last_number),
                Some(OrgWord::Head | OrgWord::Suffix)
            )
        };
        // "Jonathan Gold said", "said Chris Bank, an official": a given name
        // and a surname that is also an organisation's last word, speaking or
        // before an apposition, name a person.
        let spoken_person = || {
            rest.len() == 2
                && (is_speech_verb(next_word) || next_word == "," || before == "said")
                && s.given_name(first, first_number).is_some()
                && s.surname(last, last_number).is_some()
        };
        // The run's words skip connectors, so "of" is read from the text, but
        // only of a run that took in a connector (most take none): no other
        // token inside a run reads "of" or "for".
        let has_of = joined && has_of_or_for(name);
        let of_head = joined
            && rest.len() >= 2
            && name.split_whitespace().nth(1) == Some("of")
            && matches!(
                s.org_word(first, first_number),
                Some(OrgWord::OfHead | OrgWord::Head)
            );
        if rest.len() > 1 || of_head {
            let centre = || {
                matches!(last, "Center" | "Centre")
                    && head_bits(word(rest.len() - 2)) & CENTRE_USE != 0
            };
            // "Stadium Australia", "Stade de France", "Estadio Azteca": a
            // stadium's word opening the name; or a hotel's or a palace's
            // ("Hotel Matignon", "Palazzo Chigi").
            let stadium = || {
                matches!(
                    first,
                    "Stadium"
                        | "Stade"
                        | "Stadio"
                        | "Estadio"
                        | "Estádio"
                        | "Hotel"
                        | "Palais"
                        | "Palazzo"
                )
            };
            // ("Faculty of Law", "School of Law": a body.)
            let ty = head_type(last)
                .filter(|_| !park_of_person(s, rest, before))
                .filter(|_| !(last == "Law" && span.of(s.text).ends_with(" of Law")))
                .or_else(|| bill_of_law(last, before).then_some(EntityType::Law))
                .map(|ty| match rest.len() == 2 && head_of_body(first, last) {
                    true => EntityType::Org,
                    false => law_or_event_head_of(s, rest, ty),
                })
                .or_else(|| centre().then_some(EntityType::Fac))
                .or_else(|| stadium().then_some(EntityType::Fac))
                .or_else(|| (of_head || org_tail() && !spoken_person()).then_some(EntityType::Org))
                .filter(|_| !named_after_role(s, rest, first_token));
            if let Some(mut ty) = ty {
                // A natural place's name before a state is a town's:
                // "Murray Hill, N.J.", "Twin Falls, Idaho".
                if ty == EntityType::Loc && before_its_state(s, next_token) {
                    ty = EntityType::Gpe;
                }
                // A known place or nationality at the front is still reported
                // ("the New South Wales Rural Fire Service" is an ORG only).
                out.push(mention(span, ty, None, None));
                return;
            }
        }
        // "East Java", "South Yorkshire": a point of the compass before a
        // word no list knows, which names no one and is no common word, is
        // a place, as a guess ("Southern Water" is a company).
        if rest.len() == 2
            && bits & COMPASS_NAME != 0
            && !s.personal_name(last, last_number)
            && !s.common_any_case(last, last_number)
        {
            out.push(guess(span, EntityType::Gpe));
            return;
        }
        // "X Inc." where the suffix was not capitalised into the run, and
        // a name no list knows before a word for a party or an alliance
        // of them ("the Azimio la Umoja coalition"; not a person's:
        // "the Howard coalition"; nor a prefix's: "Non-US coalition forces").
        // (No person's name: none that opens with a given name, nor a
        // surname alone.)
        let no_persons_name = || {
            s.given_name(first, first_number).is_none()
                && (rest.len() > 1 || s.surname(first, first_number).is_none())
        };
        let next_bits = head_bits(next_word);
        // (Nor one word in the possessive: a leader's, "Netanyahu's
        // coalition".)
        let party = || {
            next_bits & PARTY_WORD != 0
                && !name.contains('-')
                && no_persons_name()
                && !(rest.len() == 1 && crate::text::is_possessive(s.s(next_token - 1)))
        };
        // A name no list knows before a word for a spacecraft or an
        // instrument names a thing, no one ("NASA's Europa Clipper
        // mission", "the Hubble telescope").
        // So does one that ends in such a word, capitalised ("Jupiter Icy
        // Moons Explorer", "Mars Reconnaissance Orbiter").
        if (next_bits & CRAFT_WORD != 0 || rest.len() > 1 && head_bits(last) & CRAFT_WORD != 0)
            && s.given_name(first, first_number).is_none()
        {
            return;
        }
        if matches!(
            s.org_word(next_word, s.number(next_token)),
            Some(OrgWord::Suffix)
        ) || party()
        {
            out.push(mention(span, EntityType::Org, None, None));
            return;
        }
        // A dateline's town no list knows, in capitals, opening the
        // sentence before the agency's name in brackets or its country
        // ("VENICE (Reuters) -", "KOUROU, French Guiana (Reuters) -"), or
        // after another and a slash ("AMSTERDAM/VELDHOVEN, Netherlands").
        if (first_token == 0 || first_token == 2 && s.s(1) == "/")
            && rest.len() <= 3
            && dateline_town(s, name, next_token)
        {
            out.push(mention(span, EntityType::Gpe, None, None));
            return;
        }
        // Acronyms: "ASIC", "NATO" when not in the list.
        // (Not a dateline's town in capitals before its state: "MASON, Ohio
        // (AP)".)
        // (Those that name no body name nothing: "AI tools", "trustworthy
        // AI"; nor may they join a body whose initials they are, "Amnesty
        // International", later.)
        // (Nor does a word before "franc": "the CFA franc" is a currency.)
        if rest.len() == 1
            && (not_org_acronym(name) || matches!(s.s(next_token), "franc" | "francs"))
        {
            return;
        }
        if rest.len() == 1
            && (is_acronym(name) || long_acronym(name))
            && !before_its_state(s, next_token)
        {
            // A time zone is no name at all: "1:00am (ACDT)", nor is a
            // model, a flight or a part with digits that the lists do not
            // know as a name ("MI308", "MH370"; the lists have "G20").
            if !super::numeric::is_time_zone(name) && !name.bytes().any(|b| b.is_ascii_digit()) {
                out.push(mention(span, EntityType::Org, None, None));
            }
            return;
        }
        // "Olympic gold", "in Olympic history": the Games' adjective alone
        // names nothing.
        if rest.len() == 1 && matches!(name, "Olympic" | "Paralympic") {
            return;
        }
        // "wrote on X", "a post on X": the platform, named by one letter.
        if cut == 0 && name == "X" && first_token > 0 && s.s(first_token - 1) == "on" {
            out.push(mention(span, EntityType::Org, None, None));
            return;
        }
        // A noun only organisations are called, right before the name
        // ("auction house Bonhams", "carmaker Toyota"), or "shares in";
        // not before a name that opens with a given name or is a surname
        // alone ("the firm John Smith founded", "a charity Harrison set
        // up"), unless a word that is no function word describes the noun
        // ("Brazilian carrier Azul"); after "shares in", any one word with
        // no possessive ("Shares of Ford fell"; not "a stake in Murdoch's
        // company").
        // (Nor a given name and a word that is no surname after a
        // described noun: "mortgage finance company Freddie Mac".)
        let given_and_no_surname =
            || rest.len() == 2 && s.surname(word(1), rest[1].number).is_none();
        if cut == 0
            && (org_noun_before(s, first_token)
                && (no_persons_name()
                    || described_noun(s, rest.len(), first_token)
                    || given_and_no_surname() && described_noun(s, 1, first_token))
                || shares_in(s, first_token)
                    && (no_persons_name()
                        || rest.len() == 1 && !crate::text::is_possessive(s.s(next_token - 1))))
        {
            out.push(mention(span, EntityType::Org, None, None));
            return;
        }
        // "Synnovis, a pathology supplier, ...": a noun only organisations
        // are called in apposition, unless a given name opens the name.
        if cut == 0
            && s.given_name(first, first_number).is_none()
            && org_in_apposition(s, next_token)
        {
            out.push(mention(span, EntityType::Org, None, None));
            return;
        }
        // People take no article: "the Bank said" is an organisation speaking.
        let after_the = cut == 0 && before.eq_ignore_ascii_case("the");
        // "the North and Northeast": a point of the compass alone after
        // "the" is a region; so is a location's head word in the plural
        // that is no common word ("the Midlands", "the Highlands"; not
        // "the Islands").
        if after_the
            && rest.len() == 1
            && facts.known.is_none()
            && (compass_region(first)
                || first.ends_with('s')
                    && head_type(first) == Some(EntityType::Loc)
                    && !s.common_any_case(first, first_number))
        {
            out.push(mention(span, EntityType::Loc, None, None));
            return;
        }
        // "Chapter 11", "Article 5", "Series C", "Plan B": a label, no name.
        if cut == 0 && facts.known.is_none() && is_label(s, rest, next_token) {
            return;
        }
        if cut == 0 && rest.len() <= 2 {
            if let Some(ty) =
                one_word_place(s, rest.len(), first_token, next_token, before, next_word)
            {
                out.push(mention(span, ty, None, None));
                return;
            }
        }
        // "the Proteas", "the Matildas", "the Beatles": a plural after "the"
        // that no list knows, nor the plural of an ordinary word ("the
        // Greens") or of a surname (a family: "the Kennedys"), names a team
        // or a band: an organisation, as a guess, unless a preposition of
        // place or "of" comes before "the". And "X Islands" may be a place:
        // "the Solomons" are the Solomon Islands.
        if after_the && rest.len() == 1 {
            if let Some(singular) = team_plural(name) {
                let mut islands = String::with_capacity(singular.len() + 8);
                islands.push_str(singular);
                islands.push_str(" Islands");
                if let Some(place) = lexicon::place(&islands) {
                    out.push(mention(span, place.ty, None, Some(place.key)));
                    return;
                }
                // "to the Whitsundays", "the rest of the Caucasus": a place
                // or a region, left to the rules below.
                let where_to =
                    two_before == "of" || lower_case_lists(two_before) & LOCATIVE_WORD != 0;
                if !where_to
                    && !s.common_any_case(name, first_number)
                    && lexicon::surname(singular).is_none()
                {
                    out.push(guess(span, EntityType::Org));
                    return;
                }
            }
        }
        // "World Athletics", "World Rugby": a sport's world governing body.
        if cut == 0 && rest.len() == 2 && first == "World" && is_sport(last) {
            out.push(mention(span, EntityType::Org, None, None));
            return;
        }
        // Two words, the second a known town or country, not ambiguous
        // (one lookup for both rules below).
        let country = (cut == 0 && rest.len() == 2)
            .then(|| lexicon::place(last).filter(|p| p.ty == EntityType::Gpe && !p.ambiguous))
            .flatten();
        if let Some(b) = country {
            // "Tennis Australia", "Cricket Australia", "Swimming Canada": a
            // sport's governing body in the country.
            if is_sport(first) {
                out.push(mention(span, EntityType::Org, None, None));
                return;
            }
            let company = lexicon::organization(first).is_some();
            let first_place = lexicon::place(first);
            // "Sydney Melbourne flights": two known places side by side (the
            // second no one's surname, the first no company) are two.
            if let Some(a) = first_place.as_ref().filter(|_| !company) {
                if s.surname(last, last_number).is_none() {
                    out.push(mention(rest[0].span, a.ty, None, Some(a.key)));
                    out.push(mention(rest[1].span, b.ty, None, Some(b.key)));
                    return;
                }
            }
            // "Toyota Australia", "SG Australia": a company's arm in a
            // country or a state, no town (after a word that is no given
            // name, surname or common word, and a company or no place or
            // nationality: Toyota is a town too; "Satoshi Oyama" is a
            // person's name).
            if (b.is_country() || lexicon::is_subdivision(last))
                && !s.personal_name(first, first_number)
                && !s.common_any_case(first, first_number)
                && (company || first_place.is_none() && lexicon::demonym(first).is_none())
            {
                out.push(mention(span, EntityType::Org, None, None));
                return;
            }
        }
        // "delivered in Swahili", "translated from Mandarin": a language
        // whose name names no people is no entity (no type here is a
        // language's).
        if cut == 0 && rest.len() == 1 && head_bits(first) & LANGUAGE != 0 {
            return;
        }
        // "Bill and Melinda Gates", "the daughter of August and Serena
        // Lederer": a given name alone before "and" and a person's given
        // name and surname shares the surname, a person.
        if cut == 0 && rest.len() == 1 && surname_shared_after(s, first, first_number, next_token) {
            out.push(mention(span, EntityType::Person, None, None));
            return;
        }
        // "their son Frankie", "his wife, Clare,": a given name after a
        // word for kin.
        if cut == 0
            && rest.len() <= 3
            && kin_before(s, first_token)
            && s.given_name(first, first_number).is_some()
        {
            out.push(mention(span, EntityType::Person, None, None));
            return;
        }
        // "Acme Widgets, a private company in Ohio,": what only bodies are
        // called, in commas after the name ("Barry Callebaut, a Swiss
        // chocolate company,": a given name first too, before a word that
        // is no surname).
        if cut == 0
            && rest.len() <= 4
            && (s.given_name(first, first_number).is_none() || given_and_no_surname())
            && body_in_apposition(s, next_token)
        {
            out.push(mention(span, EntityType::Org, None, None));
            return;
        }
        // A role in lower case around the name: "Barcelona president Joan
        // Laporta"; "Hansi Flick, the German coach,"; "Mbappe, who". (Not
        // a name of common words only, the first no given name: "Copper
        // producer Southern Copper"; "coach Will Power" is a person.)
        let all_common = || {
            rest.len() > 1
                && (0..rest.len()).all(|k| s.common_any_case(word(k), rest[k].number))
                && s.given_name(first, first_number).is_none()
        };
        // ("at the institute in Tromsø, who", "researchers in Tromsø said": a
        // word alone after "in" is a place, not a person in apposition.)
        let in_alone = rest.len() == 1 && before == "in";
        let performer = || lower_case_lists(before) & PERFORMER != 0;
        if cut == 0
            && !after_the
            && !has_of
            && !in_alone
            && rest.len() <= 4
            && (!all_common() || performer())
        {
            // (A role before the comma wins over none after it: "The head
            // of the People Power Party, Han Dong-hoon, who had opposed".)
            if let Some(role) = role_before(s, first_token).or_else(|| {
                let appositive = appositive_role(s, next_token);
                appositive
                    .filter(Option::is_some)
                    // "Kiwelu, 58, a former finance minister,": after an age.
                    .or_else(|| {
                        age_after(s, next_token)
                            .then(|| appositive_role(s, next_token + 2))
                            .flatten()
                    })
                    .or_else(|| role_before_comma(s, first_token, next_token))
                    .or(appositive)
            }) {
                out.push(mention(span, EntityType::Person, role, None));
                return;
            }
        }
        // ("Jane Smith of Zorblat said", "the head of Zorblat said": a word
        // alone after "of" is what someone is of, not the speaker; one that
        // is no name of a person's, nor a common word, is an organisation,
        // as a guess.)
        // (The word after's lists, asked once: for speech here, for what
        // people do below.)
        let next_lists = lower_case_lists(next_word);
        let speech = next_lists & SPEECH_VERB != 0;
        let of_alone = rest.len() == 1 && before == "of";
        if of_alone
            && speech
            && !s.personal_name(first, first_number)
            && !s.common_any_case(first, first_number)
        {
            out.push(guess(span, EntityType::Org));
            return;
        }
        let said = speech && rest.len() <= 3 && !after_the && !in_alone && !of_alone;
        // Looked up only when the shape allows a person.
        let given = || s.given_name(first, first_number).is_some();
        let any_common = || (0..rest.len()).any(|k| s.common_any_case(word(k), rest[k].number));
        let surname_last =
            || s.surname(last, last_number).is_some() && !s.common_any_case(first, first_number);
        // No person's name has a word of organisations' names in it
        // ("University College London said"), nor an ampersand ("Florida
        // Power & Light said").
        let org_part = || {
            s.text.as_bytes()[span.start..span.end].contains(&b'&')
                || (0..rest.len()).any(|k| {
                    matches!(
                        s.org_word(word(k), rest[k].number),
                        Some(OrgWord::Head | OrgWord::OfHead)
                    )
                })
        };
        // In a list after a place: "at Katoomba, Blackheath and Wentworth
        // Falls"; a given name or surname alone only when a locative word
        // or "between" opens the list ("between Mount Victoria and
        // Hartley", not "visited Perth and Smith met him"), and never a
        // full name.
        if !said && !after_the && !first.bytes().any(|b| b.is_ascii_digit()) {
            let listed = listed_after_place(s, first_token, next_token, out).or_else(|| {
                (rest.len() == 1 && listed_before_place(s, next_token)).then_some(false)
            });
            if let Some(opened) = listed {
                let given_first = given();
                let name_like = given_first || s.surname(last, last_number).is_some();
                // After a comma, one word only: "In Iraq, Richard Butler,
                // told" is no list.
                let fits = if rest.len() > 1 {
                    !given_first && s.s(first_token - 1) != ","
                } else {
                    opened || !name_like
                };
                if fits {
                    out.push(mention(span, EntityType::Gpe, None, None));
                    return;
                }
            }
        }
        // A town and its state: "Redmond, Washington", "Lismore, NSW".
        // (A full name before a state is a person's but for a state written
        // short with its full stop, as only a town's is: "Murray Hill, N.J.",
        // or a state in "-based", as only a company's seat is: "Dania
        // Beach, Florida-based".)
        let based = || (1..=2).any(|k| s.s(next_token + k).ends_with("-based"));
        if !(said || rest.len() > 1 && given() && !state_short(s, next_token + 1) && !based())
            && before_its_state(s, next_token)
        {
            out.push(mention(span, EntityType::Gpe, None, None));
            return;
        }
        // "near the town of Diego de Almagro", "the mayor of San Pedro
        // Garza Garcia": a place, whatever names its words are, but for
        // a person's full name after it ("the mayor of London Sadiq Khan").
        let full_name_last = || {
            let n = rest.len();
            n >= 3
                && s.given_name(word(n - 2), rest[n - 2].number).is_some()
                && s.surname(last, last_number).is_some()
        };
        // After "residents of", "the mayor of", "the town of".
        // (Or a person's age in commas before it: "Jordan Pryce, 22, of
        // Norbury,", where the person lives.)
        let aged = || {
            two_before == ","
                && first_token >= 4
                && s.s(first_token - 4) == ","
                && s.tokens[first_token - 3].kind == TokenKind::Number
                && s.s(first_token - 3).len() <= 3
        };
        let place_of =
            || before == "of" && (lower_case_lists(two_before) & PLACE_OF_WORD != 0 || aged());
        if !said && cut == 0 && rest.len() >= 2 && place_of() {
            if !full_name_last() {
                out.push(mention(span, EntityType::Gpe, None, None));
                return;
            }
            if let Some(both) = place_then_person(s, rest) {
                out.extend(both);
                return;
            }
        }
        // "based in Ann Arbor", "in Ann Arbor, Michigan": a place, whatever
        // names its words are.
        if !said
            && (2..=4).contains(&rest.len())
            && (before == "in" && two_before == "based"
                || lower_case_lists(before) & LOCATIVE_WORD != 0 && before_its_state(s, next_token))
        {
            out.push(mention(span, EntityType::Gpe, None, None));
            return;
        }
        // "Economists at Itau Unibanco", "analysts at Zorblat said": where
        // people of a trade work is a body, as a guess, whoever speaks
        // after it (not "analysts at Smith's firm", a person's possession,
        // nor a name that opens with a given name).
        if before == "at"
            && rest.len() <= 3
            && lower_case_lists(two_before) & TRADE_WORD != 0
            && !crate::text::is_possessive(s.s(next_token - 1))
            && s.given_name(first, first_number).is_none()
        {
            out.push(guess(span, EntityType::Org));
            return;
        }
        if rest.len() >= 2 && rest.len() <= 4 && !after_the && !has_of && !org_part() {
            // Typed by a name or by speech, or else by shape alone (no
            // word of it a common word): a guess, which evidence elsewhere
            // in the text overrules ("Shares in Activision Blizzard").
            // ("said Manas Das of the charity ...": speech before the name.)
            // (Speech is no evidence for a word with a capital inside it:
            // "AeroDynamic Advisory said".)
            let inner = || rest.iter().any(|w| brand_word(w.span.of(s.text)));
            // ("Vinicius Junior", "Luther King Jr.": a name's suffix last.)
            let evidence = given()
                || said && !all_common() && !inner()
                || surname_last()
                || name_suffix(last)
                || matches!(before, "said" | "says")
                || particle_surname(s, rest);
            // "from Ras Tanura in Saudi Arabia": a place.
            if !evidence && located_in_known_place(s, before, first_token, next_token) {
                out.push(mention(span, EntityType::Gpe, None, None));
                return;
            }
            // "U.S. LNG exports", "U.S. GDP": a country before letters no
            // list knows is the country's alone.
            if let Some((ty, key)) = country_before_letters(s, rest).filter(|_| !evidence) {
                out.push(mention(rest[0].span, ty, None, Some(key)));
                return;
            }
            // (A word with a capital inside it is no person's: below.)
            if evidence || !any_common() && !inner() {
                // "Porsche Cayenne": a company the lists know that is a
                // given name too, before words of no surname, is the
                // company, and the rest a product's name, no mention.
                if given() && !said && s.surname(last, last_number).is_none() {
                    if let Some((key, _)) = lexicon::organization(first) {
                        out.push(mention(rest[0].span, EntityType::Org, None, Some(key)));
                        return;
                    }
                }
                // "Greenpeace Nordic", "Indikator Politik Indonesia": with
                // a word the lists know as an organisation, or a town or
                // country last, an organisation.
                // And "PVR INOX": words all in capitals, in a sentence in
                // lower case, are no one's name.
                // And "Itau BBA said": a name whose last word is an
                // initialism is a body's, speech or not.
                // And "IAM District 751 said": no one's name ends in a
                // number.
                let ty = if !evidence && (known_word_inside(s, rest) || in_capitals_all(s, rest))
                    || initialism_last(s, rest)
                    || rest
                        .last()
                        .is_some_and(|w| s.text.as_bytes()[w.span.start].is_ascii_digit())
                {
                    EntityType::Org
                } else {
                    EntityType::Person
                };
                let mut m = mention(span, ty, role.filter(|_| ty == EntityType::Person), None);
                m.guessed = !evidence;
                out.push(m);
                return;
            }
        }
        // "January-March", "Monday-Friday", "Christmas-New Year": a range of
        // dates (asked only here, of runs nothing above has typed).
        if hyphenated_dates(s, rest) {
            out.push(mention(span, EntityType::Date, None, None));
            return;
        }
        // After "in", "at", "near", ...: a place, unless the word is a known
        // given name or surname ("different to Shane"). After "near",
        // "outside", "inside", "towards" or "across", which people seldom
        // follow, a surname too ("the blaze near Lithgow"), but no
        // possessive ("outside Smith's home").
        // And "from Foligno to Perugia": after "from" and before "to" and a
        // place the lists know, or a capitalised word of no person's name
        // ("from Smith to Jones" is no journey).
        let from_to = || {
            let to = s.s(next_token + 1);
            before == "from"
                && s.s(next_token) == "to"
                && s.is_cap(next_token + 1)
                && (lexicon::place(to).is_some() || !s.personal_name(to, s.number(next_token + 1)))
        };
        let firmly_locative =
            (matches!(before, "near" | "outside" | "inside" | "towards" | "across")
                || before == "in" && two_before == "based"
                || from_to())
                && s.s(first_token).len() == first.len();
        // (After "in", people are named by their surnames, and only by the
        // thirty or so commonest ("confidence in Smith"): "the summit in
        // Rio", "in Bathurst", "police in Napier", "residents in Dickson"
        // are places, and a person whom the text names in full elsewhere
        // joins that entity when mentions are grouped. A headline, which
        // names people by surname alone, by any but the rarest: "Man
        // convicted in Trump golf course attack". With a possessive, by
        // either: "in Shane's view". After "the city of" and
        // the like, by none: "the West Bank city of Jericho".)
        let name_like = || {
            rest.len() == 1
                && !place_of()
                && if firmly_locative {
                    s.given_name(name, first_number).is_some()
                } else if before == "in" && !crate::text::is_possessive(s.s(next_token - 1)) {
                    s.surname(name, first_number)
                        .is_some_and(|weight| weight >= if s.headline { 2 } else { 6 })
                } else {
                    s.personal_name(name, first_number)
                }
        };
        // "according to X" cites a source, never a place: an unknown single
        // word there is most often an organisation ("according to
        // Bonhams", "according to Gartner"; a person is cited by full name
        // or with a title), but only a guess, which evidence elsewhere in
        // the text overrules.
        // So is one after "data from", "figures from" and the like ("data
        // from Tradeweb").
        let cites_source = before == "to" && two_before.eq_ignore_ascii_case("according")
            || before == "from"
                && matches!(
                    two_before,
                    "data" | "figures" | "statistics" | "estimates" | "polling"
                );
        if cites_source && rest.len() == 1 && !said && !name_like() {
            out.push(guess(span, EntityType::Org));
            return;
        }
        // "the resale site VividSeats", "its charity, MusiCares",
        // "AeroDynamic Advisory": a word with a capital inside it is a
        // brand's or a company's (as a guess).
        if rest.iter().any(|w| brand_word(w.span.of(s.text))) {
            out.push(guess(span, EntityType::Org));
            return;
        }
        // "Lagos-based FBNQuest", "a London-based Quilter": what a place
        // is the base of, named straight after it, is an organisation
        // (as a guess, even before "said"), unless a given name opens it.
        if before.ends_with("-based") && s.given_name(first, first_number).is_none() {
            out.push(guess(span, EntityType::Org));
            return;
        }
        // "the central bank, known as Banxico": the short name of what a
        // noun in lower case that heads organisations' names calls.
        // And "The main opposition party, Chadema, refused": a name set
        // off by commas after such a noun, no given name opening it.
        if before == "as" && two_before == "known" && org_noun_known_as(s, first_token)
            || before == ","
                && s.s(next_token) == ","
                && first_token
                    .checked_sub(2)
                    .is_some_and(|k| org_noun_at(s, k))
                && s.given_name(first, first_number).is_none()
        {
            out.push(mention(span, EntityType::Org, None, None));
            return;
        }
        // "between Katoomba and Springwood": two unknown single words
        // after "between" name two places (a surname too before a known
        // place: "between Lithgow and Sydney"; names of people stay names:
        // "talks between Smith and Jones"). The second is then a place
        // listed after this one.
        let between_places = || {
            before == "between"
                && rest.len() == 1
                && s.given_name(name, first_number).is_none()
                && second_of_pair_is_place(s, next_token)
                    .is_some_and(|known| known || s.surname(name, first_number).is_none())
        };
        // "a blaze at Spencer north of Sydney", "Katoomba, west of Sydney":
        // a single word before a compass point, "of" and a name is a place
        // ("Smith north of the border" is no place).
        let compass_of = |k: usize| {
            let k = if s.s(k) == "," { k + 1 } else { k };
            is_compass_point(s.s(k)) && s.s(k + 1) == "of" && s.is_cap(k + 2)
        };
        if !said && rest.len() == 1 && compass_of(next_token) {
            out.push(mention(span, EntityType::Gpe, None, None));
            return;
        }
        if !said && between_places() {
            out.push(mention(span, EntityType::Gpe, None, None));
            return;
        }
        // "an analyst at CCS Insight", "a professor at Kellogg": where a
        // person works is an organisation (as a guess).
        let works_at = || {
            cut == 0
                && (role_at_before(s, first_token)
                    || possessor(s, span, next_token) == Some(EntityType::Org))
                && s.given_name(first, first_number).is_none()
        };
        // (Not an ordinary word before a word in lower case that it
        // modifies: "in Test cricket"; "in Nice today" is a place.)
        let modifier = || {
            rest.len() == 1
                && s.s(next_token)
                    .starts_with(|c: char| c.is_ascii_lowercase())
                && !lexicon::is_stopword(s.s(next_token))
                && !matches!(
                    s.s(next_token),
                    "today" | "yesterday" | "tomorrow" | "tonight" | "earlier" | "later"
                )
                && s.common_any_case(first, first_number)
        };
        // (Nor a name that "The" opens, capitalised inside a sentence: a
        // title's, "in The Lancet", "in The New York Times"; before a name
        // the lists know, "in The Gambia", "The" was left out above.)
        let titled_the = || first == "The";
        // (Nor an ordinary word before a number: "at Turn 7", "at Gate 5".)
        let numbered = || {
            rest.len() == 1
                && s.tokens
                    .get(next_token)
                    .is_some_and(|t| t.kind == TokenKind::Number && t.space_before)
                && s.common_any_case(first, first_number)
        };
        // ("close to Pezeshkian's administration": a person's.)
        let personal =
            || rest.len() == 1 && possessor(s, span, next_token) == Some(EntityType::Person);
        // (Nor a body's name with "of" after its head word: "at China
        // University of Geosciences", "at Harbin Institute of Technology".)
        let body_of = || {
            rest.windows(2).any(|w| {
                &s.text[w[0].span.end..w[1].span.start] == " of "
                    && matches!(
                        s.org_word(w[0].span.of(s.text), w[0].number),
                        Some(OrgWord::OfHead | OrgWord::Head)
                    )
            })
        };
        // ("faith in God", "belief in Allah": a deity, no place.)
        let deity = || {
            matches!(
                name,
                "God" | "Allah" | "Jesus" | "Christ" | "Jesus Christ" | "Buddha" | "Jehovah"
            )
        };
        if (lower_case_lists(before) & (LOCATIVE_WORD | GOING_WORD) != 0 || place_of())
            && !cites_source
            && !said
            && !deity()
            && !personal()
            && !name_like()
            && !modifier()
            && !titled_the()
            && !numbered()
            && !capitals_in_parentheses(s, span, next_token)
            && !body_of()
        {
            // Typed by the word before alone: where the text types it by
            // evidence elsewhere, that wins ("in Hasina's absence" after
            // "Sheikh Hasina").
            let mut m = mention(span, EntityType::Gpe, None, None);
            m.guessed = true;
            // ("published in Current Biology": a journal.)
            if works_at() || first_token >= 2 && s.s(first_token - 2) == "published" {
                m.ty = EntityType::Org;
            }
            out.push(m);
            return;
        }
        if rest.len() == 1 {
            // "Bombardier shares fell": a company.
            if shares_moved(s, next_token) {
                out.push(mention(span, EntityType::Org, None, None));
                return;
            }
            // "Canva said its revenue rose": what speaks of "its" is a
            // body, not a person (but a given name: "Morgan said its
            // design failed" may be anyone's).
            if said && s.s(next_token + 1) == "its" && !given() {
                out.push(mention(span, EntityType::Org, None, None));
                return;
            }
            // Unknown single word: a person when speaking, otherwise left for
            // the document-level pass to settle.
            // (Not a common word after the sentence's capitalised first
            // word, which it may name with: "Country Garden said".)
            let glued = || {
                first_token == 1
                    && s.is_cap(0)
                    && s.common_any_case(rest[0].span.of(s.text), rest[0].number)
            };
            // ("Starmer vowed", "He met Macron": what people do.)
            let acts = !after_the
                && !in_alone
                && !of_alone
                && (next_lists & PERSON_VERB != 0
                    || matches!(before, "met" | "meets")
                    || before == "and" && after_lone_person(s, first_token, out));
            let mut m = mention(span, EntityType::Person, role, None);
            m.settled = (said || acts) && !glued() || age_after(s, next_token) || personal();
            out.push(m);
            return;
        }
        // The last resort: nothing typed the run, and several capitalised
        // words are most often an organisation; but two or three opening
        // with a word of a syllable and ending in a known surname are a
        // person's, as a guess ("Min Woo Lee", "Hun Sen", "Sun Lee", whose
        // given names are common words).
        // (Nor has a body an age: "Sita Pun, 46,", whose surname is a
        // common word.)
        if person_by_surname(s, rest)
            || !after_the && unknown_after_short_word(s, rest)
            || age_after(s, next_token) && rest.len() <= 3 && !after_the
        {
            out.push(guess(span, EntityType::Person));
            return;
        }
        // "the Treaty of Rome", "the Battle of Hastings": a law's or an
        // event's head word before "of" types the name.
        if has_of {
            if let Some(ty @ (EntityType::Law | EntityType::Event)) = head_type(first) {
                out.push(mention(span, ty, None, None));
                return;
            }
        }
        // ("the Chinese AI lab": a nationality alone.)
        if let Some((ty, key)) = country_before_letters(s, rest) {
            out.push(mention(rest[0].span, ty, None, Some(key)));
            return;
        }
        out.push(guess(span, EntityType::Org));
        return;
    }
}

/// Whether `word` names a club's staff or players ("manager", "coach",
/// "midfielder", "quarterback").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn team_member(word: &str) -> bool {
    matches!(
        word,
        "manager"
            | "coach"
            | "captain"
            | "midfielder"
            | "striker"
            | "defender"
            | "goalkeeper"
            | "winger"
            | "quarterback"
            | "pitcher"
            | "outfielder"
            | "rider"
    )
}

/// Whether "shares" or "stock" at token `next` is a company's, the
/// subject of a past ("shares fell", "stock jumped"; not "Smith shares his
/// view").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn shares_moved(s: &Sentence, next: usize) -> bool {
    let verb = s.s(next + 1);
    matches!(s.s(next), "shares" | "stock")
        && (verb.ends_with("ed")
            || matches!(verb, "rose" | "fell" | "sank" | "slid" | "were" | "have"))
}

/// "Hassabis, 48, co-founded": whether a person's age follows at token
/// `next`, set off by commas (a number of one to three digits, at most
/// 120).
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn age_after(s: &Sentence, next: usize) -> bool {
    let age = s.s(next + 1);
    s.s(next) == ","
        && s.s(next + 2) == ","
        && (1..=3).contains(&age.len())
        && age.bytes().all(|b| b.is_ascii_digit())
        && age.parse::<u8>().is_ok_and(|n| (1..=120).contains(&n))
}

/// Whether every word of `run` is two capitals or more and nothing else,
/// none of them a given name or a surname ("JOHN SMITH" may be a person's
/// name written as some lists write it).
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn in_capitals_all(s: &Sentence, run: &[Word]) -> bool {
    run.iter().all(|w| {
        let text = w.span.of(s.text);
        if text.len() < 2 || !text.bytes().all(|b| b.is_ascii_uppercase()) {
            return false;
        }
        // Looked up as the lists write names: "Smith". (ASCII capitals
        // only, so any cut of the bytes is a string.)
        let mut buf = [0u8; 24];
        let Some(name) = buf.get_mut(..text.len()) else {
            return true;
        };
        for (b, &c) in name.iter_mut().zip(text.as_bytes()) {
            *b = c.to_ascii_lowercase();
        }
        name[0] = text.as_bytes()[0];
        let name = core::str::from_utf8(name).unwrap_or_default();
        !s.personal_name(name, NO_WORD)
    })
}

/// "Itau BBA", "Banco BPI": whether `run` ends in an
/// initialism of two to five ASCII capitals after a word in mixed case,
/// which no person's name does (letters after a name, "MP", and Roman
/// numerals, "II", are no initialism here).
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn initialism_last(s: &Sentence, run: &[Word]) -> bool {
    let [first, .., last] = run else {
        return false;
    };
    let last = last.span.of(s.text);
    (2..=5).contains(&last.len())
        && last.bytes().all(|b| b.is_ascii_uppercase())
        && !last
            .bytes()
            .all(|b| matches!(b, b'I' | b'V' | b'X' | b'L' | b'C'))
        && head_bits(last) & POST_NOMINAL == 0
        && first
            .span
            .of(s.text)
            .bytes()
            .any(|b| b.is_ascii_lowercase())
}

/// The type and key of the first word of `run`, a place the lists know
/// as a country or state, or a nationality, before a word of two to five
/// capitals that no list knows ("U.S. LNG", "UK GDP", "Chinese AI"): the
/// first word is a name alone.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn country_before_letters(s: &Sentence, run: &[Word]) -> Option<(EntityType, &'static str)> {
    let [place, letters] = run else {
        return None;
    };
    let letters = letters.span.of(s.text);
    if !(2..=5).contains(&letters.len())
        || !letters.bytes().all(|b| b.is_ascii_uppercase())
        || known_name(letters).is_some()
    {
        return None;
    }
    let place = place.span.of(s.text);
    match lexicon::place(place) {
        Some(p) if p.ty == EntityType::Gpe => Some((EntityType::Gpe, p.key)),
        _ => lexicon::demonym(place).map(|key| (EntityType::Norp, key)),
    }
}

/// What a possessive after a name says of it, by the noun after it at
/// token `next`: `Some(EntityType::Org)` before a word for a business's
/// premises or staff ("outside Zenvault's offices", "at DeepMind's
/// headquarters": a place's name after a locative word would be a
/// company's), `Some(EntityType::Person)` before a word for a leader's
/// government, party or kin ("Netanyahu's government", "a blow to
/// Starmer's party", "Zelensky's wife").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn possessor(s: &Sentence, span: Span, next: usize) -> Option<EntityType> {
    let after = s.text.as_bytes().get(span.end..).unwrap_or_default();
    if !(after.starts_with(b"'s") || after.starts_with("\u{2019}s".as_bytes())) {
        return None;
    }
    let lists = lower_case_lists(s.s(next));
    if lists & PREMISES_WORD != 0 {
        Some(EntityType::Org)
    } else if lists & PERSONAL_WORD != 0 {
        Some(EntityType::Person)
    } else {
        None
    }
}

/// Where an organisation's name starts whose initials in parentheses end
/// at token `k` (the closing bracket), the last two mentions of `out`:
/// "International Olympic Committee (IOC)" before a title (not "the
/// Communist Party (CPC)", whose capitals those are not).
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn body_with_initials_before(s: &Sentence, k: usize, out: &[RawMention]) -> Option<usize> {
    let [.., body, initials] = out else {
        return None;
    };
    (s.s(k) == ")"
        && k >= 3
        && s.s(k - 2) == "("
        && initials.span == s.tokens[k - 1].span
        && body.span.end == s.tokens[k - 3].span.end
        && body.ty == EntityType::Org
        && capitals_in_parentheses(s, body.span, k - 2))
    .then_some(body.span.start)
}

/// Whether `run`, of two or three words that no rule typed, opens with a
/// capitalised word of three letters or fewer and ends with a known
/// surname, with no word of an organisation's name: an East Asian name, most
/// often, whose given name is a common word ("Min Woo Lee", "Hun Sen"); or
/// is a surname and a Korean given name ("Park Geun-hye").
/// Kept out of line in wasm, as a rare rule inside [`classify`].
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn person_by_surname(s: &Sentence, run: &[Word]) -> bool {
    let (Some(first), Some(last)) = (run.first(), run.last()) else {
        return false;
    };
    let text = first.span.of(s.text);
    // "Park Geun-hye": a surname before a Korean given name; one the
    // lists lack, of two to four letters ("Min Hee-jin").
    if let [_, given] = run {
        let given = given.span.of(s.text);
        if korean_order(s, text, first.number, given)
            || short_word_and_korean_given_name(text, given)
        {
            return true;
        }
    }
    (2..=3).contains(&run.len())
        && text.len() <= 3
        && text.bytes().all(|b| b.is_ascii_alphabetic())
        && text.bytes().any(|b| b.is_ascii_lowercase())
        && !lexicon::is_stopword(text)
        && s.surname(last.span.of(s.text), last.number).is_some()
        && !run
            .iter()
            .any(|w| s.org_word(w.span.of(s.text), w.number).is_some())
}

/// Where the name of a person no list knows begins in `rest`, what a
/// title is of or for and the name: after one to three capitalised common
/// words, the field ("Minister of Economic Affairs Wille Rydman"), two or
/// three words that are no common word, no nationality and no word of
/// organisations' names, with no word between any two ("Officer of the
/// Order of the British Empire" names no one).
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn name_after_field(s: &Sentence, rest: &[Word]) -> Option<usize> {
    // (A word before "and" is a field's all the same: "Minister of Ecology
    // and Natural Resources Mukhtar Babayev".)
    let gap = |k: usize| {
        rest.get(k + 1)
            .map(|next| &s.text[rest[k].span.end..next.span.start])
    };
    let field = (0..rest.len().min(4))
        .take_while(|&k| {
            s.common_any_case(rest[k].span.of(s.text), rest[k].number) || gap(k) == Some(" and ")
        })
        .count();
    let name = &rest[field..];
    (field > 0
        && (2..=3).contains(&name.len())
        && (0..rest.len().saturating_sub(1)).all(|k| matches!(gap(k), Some(" " | " and ")))
        && one_blank_apart(name)
        && name.iter().all(|w| {
            let word = w.span.of(s.text);
            !s.common_any_case(word, w.number)
                && s.org_word(word, w.number).is_none()
                && known_name(word).is_none()
                && lexicon::demonym(word).is_none()
        }))
    .then_some(field)
}

/// The number of words, the type and the key of a name the lists know
/// (an organisation or a place) that opens `run` at token `first`, before
/// a given name and one or two words more: "the United Nations Mike
/// Waltz", "Ambassador to Russia John Smith" (a name of one word only
/// after "to": "Georgia May Jagger" is one woman).
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn known_before_person(
    s: &Sentence,
    run: &[Word],
    first: usize,
) -> Option<(usize, EntityType, &'static str)> {
    if run.len() < 3 {
        return None;
    }
    let after_to = first.checked_sub(1).is_some_and(|j| s.s(j) == "to");
    (1..=3.min(run.len() - 2)).rev().find_map(|n| {
        if n == 1 && !after_to
            || run.len() - n > 3
            || !one_blank_apart(&run[..=n])
            || s.given_name(run[n].span.of(s.text), run[n].number)
                .is_none()
        {
            return None;
        }
        let (ty, key) = known_name(span_of(&run[..n]).of(s.text))?;
        matches!(ty, EntityType::Org | EntityType::Gpe).then_some((n, ty, key))
    })
}

/// Whether `run`, that no rule typed and "the" does not open, is a short
/// word of a syllable or two and a word of letters that no list knows in
/// any way: a foreign person's name, whose given name or surname is an
/// English word ("Ding Liren", "Ion Popescu"; not "Ring Road", "Air
/// Astana", "Sun Pharma", whose last words the lists know; nor "Dun &
/// Bradstreet", "El Alamein", "Jeep Wrangler", whose first word is a name
/// the lists know).
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn unknown_after_short_word(s: &Sentence, run: &[Word]) -> bool {
    let [first, last] = run else {
        return false;
    };
    let (opening, word) = (first.span.of(s.text), last.span.of(s.text));
    short_word(s, opening, first.number)
        && one_blank_apart(run)
        && word.len() >= 4
        && word.bytes().skip(1).all(|b| b.is_ascii_lowercase())
        && !crate::text::lexicon::any_ignoring_case(CONNECTORS, opening)
        && known_name(opening).is_none()
        && unknown_word(s, word, last.number)
}

/// Whether the words of `words` stand one blank apart, no word between
/// any two ("United Nations Mike", not "Order of the British").
#[cfg_attr(lede_abort, optimize(size))]
fn one_blank_apart(words: &[Word]) -> bool {
    words
        .windows(2)
        .all(|w| w[1].span.start == w[0].span.end + 1)
}

/// Whether no list knows `word` (word number `number`): no common word in
/// any case, no name of a person, place, organisation or people, and no
/// word of organisations' names.
#[cfg_attr(lede_abort, optimize(size))]
fn unknown_word(s: &Sentence, word: &str, number: u32) -> bool {
    !s.common_any_case(word, number)
        && !s.personal_name(word, number)
        && s.org_word(word, number).is_none()
        && lexicon::demonym(word).is_none()
        && known_name(word).is_none()
}

/// Whether the run from token `first` to before `next` is listed after a
/// place mention, the last of `out`: "A and B", "A, B and C", "A, B, and C"
/// ("A, B" only when the list goes on after B: "In Sydney, Smith won" is
/// no list). `Some(true)` when a locative word or "between" opens the
/// list, just before the place.
#[cfg_attr(lede_abort, optimize(size))]
fn listed_after_place(s: &Sentence, first: usize, next: usize, out: &[RawMention]) -> Option<bool> {
    let place = out
        .last()
        .filter(|m| matches!(m.ty, EntityType::Gpe | EntityType::Loc))?;
    let j = first.checked_sub(1)?;
    let mut k = match s.s(j) {
        "and" | "or" => j.checked_sub(1)?,
        "," if matches!(s.s(next), "," | "and" | "or") => j.checked_sub(1)?,
        _ => return None,
    };
    if s.s(k) == "," {
        k = k.checked_sub(1)?;
    }
    if s.tokens[k].span.end != place.span.end {
        return None;
    }
    // The place's first token: a few tokens back at most.
    let start = (k.saturating_sub(6)..=k)
        .rev()
        .find(|&t| s.tokens[t].span.start == place.span.start)?;
    Some(start.checked_sub(1).is_some_and(|b| {
        let word = s.s(b);
        word == "between" || lower_case_lists(word) & LOCATIVE_WORD != 0
    }))
}

/// Whether "and" before token `first` follows a person named by one word
/// alone, the last of `out`: "He met Scholz and Macron".
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn after_lone_person(s: &Sentence, first: usize, out: &[RawMention]) -> bool {
    first >= 2
        && out.last().is_some_and(|m| {
            m.ty == EntityType::Person && m.settled && s.tokens[first - 2].span == m.span
        })
}

/// Whether the single word before token `next` opens or goes on a list
/// of single capitalised words that a place the lists know (not also a
/// common word or a name) ends or goes on: "Dhemaji, Lakhimpur and
/// Guwahati", "Kurigram and Dhaka". After a comma the list must go on
/// past the word ("Smith, Sydney police said" is no list). Of two, the
/// place is no country: a person is named with one ("Kowalczyk and
/// Poland").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn listed_before_place(s: &Sentence, mut next: usize) -> bool {
    for member in 0..6 {
        let last = match (s.s(next), s.s(next + 1)) {
            (",", "and" | "or") => {
                next += 1;
                true
            }
            (",", _) => false,
            ("and" | "or", _) => true,
            _ => return false,
        };
        let k = next + 1;
        // (A place's participle modifies what follows, no member: "Hapag-Lloyd
        // and Geneva-based MSC".)
        if !s.is_cap(k) || s.is_cap(k + 1) || s.s(k).ends_with("-based") {
            return false;
        }
        let goes_on = matches!(s.s(k + 1), "," | "and" | "or");
        if !last && !goes_on {
            return false;
        }
        if let Some(place) = lexicon::place(s.s(k)) {
            return !place.ambiguous
                && matches!(place.ty, EntityType::Gpe | EntityType::Loc)
                && !(member == 0 && last && place.is_country());
        }
        if last {
            return false;
        }
        next = k + 1;
    }
    false
}

/// Whether the run from token `first` to before `next` is placed by the
/// words around it: after a locative word (`before`), and before "in" and
/// a town, region or country the lists know (one to three capitalised
/// words, not also a common word or a name): "from Ras Tanura in Saudi
/// Arabia". Not after "to" ("lost to Aryna Sabalenka in Cincinnati"), nor
/// where a person works ("analyst at CCS Insight in London").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn located_in_known_place(s: &Sentence, before: &str, first: usize, next: usize) -> bool {
    if s.s(next) != "in"
        || before == "to"
        || lower_case_lists(before) & LOCATIVE_WORD == 0
        || role_at_before(s, first)
    {
        return false;
    }
    let words = (next + 1..next + 4).take_while(|&k| s.is_cap(k)).count();
    if words == 0 {
        return false;
    }
    let (Some(a), Some(b)) = (s.tokens.get(next + 1), s.tokens.get(next + words)) else {
        return false;
    };
    lexicon::is_sure_gpe(&s.text[a.span.start..b.span.end])
}

/// Whether "for the" at token `i`, before a capitalised word on the same
/// line, goes on the name `run` has begun: after an organisation's head
/// word, `run` no name the lists know ("Office for the Coordination of
/// Humanitarian Affairs").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn for_the_inside(s: &Sentence, run: &[Word], i: usize) -> bool {
    // "U.S. Court of Appeals for the Ninth Circuit", "... for the District
    // of Columbia Circuit": a court of appeals and its circuit.
    let circuit = || {
        run.last().is_some_and(|w| w.span.of(s.text) == "Appeals")
            && (i + 2..(i + 7).min(s.tokens.len())).any(|j| s.s(j) == "Circuit")
    };
    // "Minister for the Economy Roland Lescure": a role's title and what
    // it is for (the person after it is worked out with the run).
    let title = || {
        run.last()
            .is_some_and(|w| s.title_any_case(w.span.of(s.text), w.number) == Some(TitleKind::Role))
    };
    !s.tokens[i + 2].line_break_before
        && (circuit()
            || title()
            || run.last().is_some_and(|w| {
                matches!(
                    s.org_word(w.span.of(s.text), w.number),
                    Some(OrgWord::Head | OrgWord::OfHead)
                )
            }) && (known_name(span_of(run).of(s.text)).is_none()
            // (Or one the lists know with a word after "for the":
            // "Democratic Party for the People".)
            || known_name(&s.text[span_of(run).start..s.tokens[i + 2].span.end]).is_some()))
}

/// "Democrat Caldwell": the key of the party's or nation's word that opens
/// `run`, of two words, before a known surname that is no common word, the
/// whole no name the lists know ("American Express").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn label_before_surname(s: &Sentence, run: &[Word]) -> Option<&'static str> {
    let [first, second] = run else {
        return None;
    };
    let label = first.span.of(s.text);
    let key = lexicon::demonym(label)?;
    let surname = second.span.of(s.text);
    // (Not a word that is a given name too: "Christian Horner", "Finn
    // Russell".)
    (s.surname(surname, second.number).is_some()
        && !s.common_any_case(surname, second.number)
        && s.given_name(label, first.number).is_none()
        && known_name(span_of(run).of(s.text)).is_none())
    .then_some(key)
}

/// Capitalised plurals that name places, events, agreements or people
/// after a place's name, never a team ("Florida Keys", "Golan Heights",
/// "Tokyo Olympics", "Geneva Talks", "Texas Democrats"), a blank apart and
/// sorted.
const NO_TEAM_PLURALS: &str =
    "accords awards democrats downs elections flats heights highlands hills keys lowlands meadows \
     olympics paralympics plains republicans sands springs talks woods";

/// "Los Angeles Dodgers", "Denver Broncos", "Toronto Raptors": a town,
/// state or country the lists know, of one to three words, before one
/// capitalised plural of no head word of places, events or buildings
/// ("Cayman Islands", "Victoria Falls"), nor a people, a role before a
/// capitalised word at token `next` ("Texas Senators Ted Cruz") or a list of
/// [`NO_TEAM_PLURALS`] ("Florida Keys"), is a team's name. Not a person's
/// name: no given name opens it ("Austin Powers"), nor a surname ends
/// it after a place that is an ordinary word or a name too ("Jordan
/// Peters").
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn team_of_place(s: &Sentence, rest: &[Word], next: usize) -> bool {
    let [place @ .., last] = rest else {
        return false;
    };
    let word = last.span.of(s.text);
    let Some(singular) = lexicon::regular_singular(word) else {
        return false;
    };
    (1..=3).contains(&place.len())
        && singular.as_bytes()[0].is_ascii_uppercase()
        && head_bits(word) | head_bits(singular) == 0
        && !crate::text::lexicon::in_words(NO_TEAM_PLURALS, word)
        && lexicon::demonym(word).is_none()
        && (!plural_of_role(word) || !s.is_cap(next))
        && s.given_name(place[0].span.of(s.text), place[0].number)
            .is_none()
        && lexicon::place(span_of(place).of(s.text)).is_some_and(|p| {
            p.ty == EntityType::Gpe && !(p.ambiguous && s.surname(word, last.number).is_some())
        })
}

/// "told The Associated Press": the facts of `run` after its first word,
/// "The" at token `first`, inside a sentence, when they are of a name the
/// lists know.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn known_after_the(s: &Sentence, run: &[Word], first: usize) -> Option<NameFacts> {
    let facts = run_facts(s, &run[1..]);
    (facts.known.is_some() && !s.is_initial(first)).then_some(facts)
}

/// "an Indiana Republican": a place the lists know, of one to three words,
/// before a word for a people or a party, as two mentions.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn place_then_label(s: &Sentence, run: &[Word]) -> Option<[RawMention; 2]> {
    let (label, place) = run.split_last()?;
    if !(1..=3).contains(&place.len()) {
        return None;
    }
    let key = lexicon::demonym(label.span.of(s.text))?;
    let known = lexicon::place(span_of(place).of(s.text))?;
    Some([
        mention(span_of(place), known.ty, None, Some(known.key)),
        mention(label.span, EntityType::Norp, None, Some(key)),
    ])
}

/// Whether `word`, before token `next`, names a pollster: "poll", "polls"
/// or "survey" follows, and it is no common word, nor the last of a name
/// that "and" joins ("the Dun and Bradstreet survey").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn pollster(s: &Sentence, word: Word, next: usize) -> bool {
    matches!(s.s(next), "poll" | "polls" | "survey")
        && !s.common_any_case(word.span.of(s.text), word.number)
        && !next
            .checked_sub(2)
            .is_some_and(|k| matches!(s.s(k), "and" | "&"))
}

/// "the Swiss Alps": a nationality and a natural place the lists know (a
/// location, no town nor country), one location.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn natural_place_of_people(s: &Sentence, run: &[Word]) -> Option<RawMention> {
    let [label, name] = run else {
        return None;
    };
    let place = lexicon::place(name.span.of(s.text))?;
    (place.ty == EntityType::Loc
        && !place.ambiguous
        && lexicon::demonym(label.span.of(s.text)).is_some())
    .then(|| mention(span_of(run), EntityType::Loc, None, None))
}

/// "the U.S. Middle East envoy", "the UN Horn of Africa envoy": a country
/// or an organisation the lists know by one word (neither marked
/// ambiguous), before a region the lists know (a location, not ambiguous),
/// as two mentions.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn owner_then_region(s: &Sentence, run: &[Word]) -> Option<[RawMention; 2]> {
    let [owner, region @ ..] = run else {
        return None;
    };
    if region.is_empty() {
        return None;
    }
    let place = lexicon::place(span_of(region).of(s.text))?;
    if place.ty != EntityType::Loc || place.ambiguous {
        return None;
    }
    let word = owner.span.of(s.text);
    let (ty, key) = match lexicon::place(word) {
        Some(p) if p.is_country() && !p.ambiguous => (p.ty, p.key),
        _ => match lexicon::organization(word)? {
            (key, false) => (EntityType::Org, key),
            _ => return None,
        },
    };
    Some([
        mention(owner.span, ty, None, Some(key)),
        mention(span_of(region), EntityType::Loc, None, Some(place.key)),
    ])
}

/// "the German PayPal": a nationality before an organisation the lists
/// know by one word of no common word's spelling, as two mentions (not
/// "the Indian Parliament", "the Canadian Red Cross", "Egyptian Islamic
/// Jihad", the names of their own bodies). A river's or a forest's name
/// that a company shares is the place ([`river_named_as`]: "the Brazilian
/// Amazon").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn label_then_organisation(
    s: &Sentence,
    run: &[Word],
    first: usize,
    next: usize,
) -> Option<[RawMention; 2]> {
    let [label, name] = run else {
        return None;
    };
    let word = name.span.of(s.text);
    if s.common_any_case(word, name.number) || s.org_word(word, name.number).is_some() {
        return None;
    }
    let norp = lexicon::demonym(label.span.of(s.text))?;
    let (ty, key) = match known_name(word)? {
        (EntityType::Org, key) => river_named_as(s, name.span, first + 1, next)
            .map_or((EntityType::Org, key), |river| (river.ty, river.key)),
        _ => return None,
    };
    Some([
        mention(label.span, EntityType::Norp, None, Some(norp)),
        mention(name.span, ty, None, Some(key)),
    ])
}

/// "the mayor of New York Eric Adams": a place the lists know before a
/// person's full name, its last two words, as two mentions.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn place_then_person(s: &Sentence, run: &[Word]) -> Option<[RawMention; 2]> {
    let (place, person) = run.split_at(run.len().checked_sub(2)?);
    let known = lexicon::place(span_of(place).of(s.text))?;
    Some([
        mention(span_of(place), known.ty, None, Some(known.key)),
        mention(span_of(person), EntityType::Person, None, None),
    ])
}

/// "the North": whether `word`, capitalised, is a point of the compass.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn compass_region(word: &str) -> bool {
    is_compass_point(&word.to_ascii_lowercase())
}

/// Whether `run`, before token `next`, is a label: a word for a part, a
/// stage or a kind before a number or a lone capital ("Chapter 11",
/// "Phase 3", "Series C", "Type 2"; not "Channel 4", "Triple J").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn is_label(s: &Sentence, run: &[Word], next: usize) -> bool {
    let numbered = run.len() == 1
        && s.tokens
            .get(next)
            .is_some_and(|t| t.kind == TokenKind::Number && t.space_before);
    let lettered = run.len() == 2 && {
        let letter = run[1].span.of(s.text).as_bytes();
        letter.len() == 1 && letter[0].is_ascii_uppercase()
    };
    (numbered || lettered) && is_label_word(run[0].span.of(s.text))
}

/// Words that a number or a letter after them makes a label of.
#[cfg_attr(lede_abort, optimize(size))]
fn is_label_word(word: &str) -> bool {
    matches!(
        word,
        "Article"
            | "Category"
            | "Chapter"
            | "Class"
            | "Clause"
            | "Grade"
            | "Group"
            | "Level"
            | "Part"
            | "Phase"
            | "Plan"
            | "Pool"
            | "Round"
            | "Schedule"
            | "Section"
            | "Series"
            | "Stage"
            | "Step"
            | "Tier"
            | "Type"
    )
}

/// "north", "south-west", "northeast", ...
#[cfg_attr(lede_abort, optimize(size))]
fn is_compass_point(word: &str) -> bool {
    match word
        .strip_prefix("north")
        .or_else(|| word.strip_prefix("south"))
    {
        Some(rest) => matches!(rest.strip_prefix('-').unwrap_or(rest), "" | "east" | "west"),
        None => matches!(word, "east" | "west"),
    }
}

/// Whether `word` is written after a person's name ([`POST_NOMINALS`]).
#[cfg_attr(lede_abort, optimize(size))]
pub(crate) fn post_nominal(word: &str) -> bool {
    head_bits(word) & POST_NOMINAL != 0
}

/// Whether `word` heads the name of an honour ([`HONOURS`]: "Prize").
#[cfg_attr(lede_abort, optimize(size))]
fn is_honour(word: &str) -> bool {
    head_bits(word) & HONOUR != 0
}

/// Whether `word` is a word for storms that opens a storm's name
/// ([`STORMS`]: "Hurricane", "Typhoon").
#[cfg_attr(lede_abort, optimize(size))]
pub(crate) fn is_storm(word: &str) -> bool {
    head_bits(word) & STORM != 0
}

/// Whether `word` heads a name that a number ends: a road's ("Highway
/// 118", "U.S. Route 101", "Interstate 75"), a runway's ("Runway 33"), a
/// union's branch ("Teamsters Local 987", "IAM District 751").
#[cfg_attr(lede_abort, optimize(size))]
fn numbered_road(word: &str) -> bool {
    matches!(
        word,
        "Highway" | "Interstate" | "Route" | "Runway" | "Local" | "Lodge" | "District"
    )
}

/// A run that ends in a bill's or an order's number is the law's whole
/// ("Senate Bill 68", "Executive Order 14067": they had been an
/// organisation, and a person "Order" with the role "Executive"), and
/// one that ends in a route's number a road's, a facility ("State Route 70",
/// "U.S. Route 1"; "Route" alone heads natural places: "the Northern Sea
/// Route"). The run's mentions are those from `before` on.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn numbered_law_or_road(s: &Sentence, run: &[Word], before: usize, out: &mut Vec<RawMention>) {
    let [.., head, number] = run else {
        return;
    };
    if !number.span.of(s.text).bytes().all(|b| b.is_ascii_digit()) {
        return;
    }
    let whole = span_of(run);
    let head = head.span.of(s.text);
    let ty = match head {
        "Route" => EntityType::Fac,
        "Bill" | "Order"
            if run.len() >= 3 && measure_words(head, run[run.len() - 3].span.of(s.text)) =>
        {
            EntityType::Law
        }
        _ => return,
    };
    out.truncate(before);
    out.push(mention(whole, ty, None, None));
}

/// Whether `word` is a year of four digits, 1000 to 2999.
#[cfg_attr(lede_abort, optimize(size))]
fn is_year(word: &str) -> bool {
    word.len() == 4
        && matches!(word.as_bytes()[0], b'1' | b'2')
        && word.bytes().all(|b| b.is_ascii_digit())
}

/// Whether the number at token `i` numbers a bill or an order: "Senate
/// Bill 68", "House Bill 1192", "Assembly Bill 5", "Executive Order
/// 14067".
#[cfg_attr(lede_abort, optimize(size))]
fn numbered_measure(s: &Sentence, i: usize) -> bool {
    i >= 2 && measure_words(s.s(i - 1), s.s(i - 2))
}

/// Whether `head` after `before` heads a bill's or an order's name that a
/// number ends ("Senate Bill", "Executive Order").
#[inline(never)]
#[cfg_attr(lede_abort, optimize(size))]
fn measure_words(head: &str, before: &str) -> bool {
    match head {
        "Bill" => matches!(before, "Senate" | "House" | "Assembly"),
        "Order" => before == "Executive",
        _ => false,
    }
}

/// Whether `word` and the number `digits` after it name an event: a
/// football championship or a world's fair and its year ("Euro 2024",
/// "Expo 2025"), a climate summit and its number ("COP 29").
#[cfg_attr(lede_abort, optimize(size))]
pub(super) fn numbered_event(word: &str, digits: &str) -> bool {
    match word {
        "Euro" | "Expo" => digits.len() == 4 && matches!(digits.as_bytes()[0], b'1' | b'2'),
        "COP" => matches!(digits.len(), 1 | 2),
        _ => false,
    }
}

/// Whether `run` is an event by its words alone: a word and the number
/// `collect_run` joined to it for [`numbered_event`] ("Euro 2024", "COP
/// 29"), a climate summit written as one word with its number ("COP28"),
/// or the Games in one word ("the Olympics", which no other word need
/// head).
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn event_run(s: &Sentence, run: &[Word]) -> bool {
    match run {
        [first, last] => numbered_event(first.span.of(s.text), last.span.of(s.text)),
        [word] => {
            let word = word.span.of(s.text);
            numbered_summit(word) || matches!(word, "Olympics" | "Paralympics")
        }
        _ => false,
    }
}

/// Whether `run` is a surname's particle, capitalised, and a word of no
/// common word's spelling, which no list knows with the particle (nor as a
/// place alone): "Di Maria was substituted", "a pass from Van Dijk", a
/// person's surname, as a guess ("Di Maria" had been an organisation;
/// "Da Nang", "La Paz" are known names; "Le", "La" and "De" open names of
/// things too: "Le Monde", "the daily De Telegraaf").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn particle_and_surname(s: &Sentence, run: &[Word]) -> bool {
    let [particle, name] = run else {
        return false;
    };
    let name_text = name.span.of(s.text);
    matches!(
        particle.span.of(s.text),
        "Di" | "Da" | "Del" | "Della" | "Van" | "Von" | "Dos"
    ) && !s.common_any_case(name_text, name.number)
        && lexicon::place(name_text).is_none()
        && known_name(span_of(run).of(s.text)).is_none()
}

/// "Atlético de Madrid", "Deportivo de La Coruña": whether a name taken
/// for a person's is "de", "del" or "de la" and a town or a country the
/// lists know after a word that is no place ("Santiago de Chile") nor a
/// given name ("Leila de Lima", a senator): a club's or a body's name.
#[cfg_attr(lede_abort, optimize(size))]
fn named_de_place(name: &str) -> bool {
    [" de la ", " de ", " del "].iter().any(|particle| {
        crate::text::find_bytes(name.as_bytes(), particle.as_bytes()).is_some_and(|at| {
            lexicon::place(&name[at + particle.len()..])
                .is_some_and(|place| place.ty == EntityType::Gpe)
                && lexicon::place(&name[..at]).is_none()
                && lexicon::given_name(name[..at].split(' ').next().unwrap_or("")).is_none()
        })
    })
}

/// Whether `word` is a climate summit written as one word with its
/// number: "COP28", "COP29", or as the Guardian writes it, "Cop29".
#[cfg_attr(lede_abort, optimize(size))]
fn numbered_summit(word: &str) -> bool {
    (word
        .strip_prefix("COP")
        .or_else(|| word.strip_prefix("Cop")))
    .is_some_and(|n| matches!(n.len(), 1 | 2) && n.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether the word at token `i` is a point of the compass before a
/// capitalised word that the lists know as a place ("Southern California").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn compass_before_place(s: &Sentence, i: usize) -> bool {
    compass_name(s.s(i))
        && s.is_cap(i + 1)
        && lexicon::place(s.s(i + 1))
            .is_some_and(|p| matches!(p.ty, EntityType::Gpe | EntityType::Loc))
}

/// Whether `word` is a point of the compass that opens a place's name
/// ([`COMPASS_NAMES`]).
#[cfg_attr(lede_abort, optimize(size))]
fn compass_name(word: &str) -> bool {
    head_bits(word) & COMPASS_NAME != 0
}

/// After a single-word run before token `next`: whether "and" and a
/// single capitalised word follow that may name a place, which is no
/// known organisation, no given name or surname and no common word:
/// `Some(true)` when it is a known place, `Some(false)` when no list knows
/// it.
#[cfg_attr(lede_abort, optimize(size))]
fn second_of_pair_is_place(s: &Sentence, next: usize) -> Option<bool> {
    if s.s(next) != "and" || !s.is_cap(next + 1) || s.is_cap(next + 2) {
        return None;
    }
    let (word, number) = (s.s(next + 1), s.number(next + 1));
    if let Some(place) = lexicon::place(word) {
        return Some(matches!(place.ty, EntityType::Gpe | EntityType::Loc));
    }
    let unknown = lexicon::organization(word).is_none()
        && !s.personal_name(word, number)
        && !s.common_any_case(word, number);
    unknown.then_some(false)
}

/// Whether the first of the three words of `run`, whose second is a given
/// name, describes the person the other two name: it looks like a word
/// for a person ([`describes`], which no place's first word such as
/// "Mount" or "Port" does) and is no name that the lists know (no given
/// name, surname, place or organisation); no word of the run is a word of
/// organisations' names or the head of a typed phrase ("Saxeten River
/// Gorge"); and the last word, capitalised, is a surname or no common word.
#[cfg_attr(lede_abort, optimize(size))]
fn describes_person(s: &Sentence, run: &[Word]) -> bool {
    let [first, _, last] = run else {
        return false;
    };
    let (word, number) = (first.span.of(s.text), first.number);
    let last_word = last.span.of(s.text);
    describes(word)
        && !s.personal_name(word, number)
        && lexicon::place(word).is_none()
        && lexicon::organization(word).is_none()
        && run.iter().all(|w| {
            let text = w.span.of(s.text);
            s.org_word(text, w.number).is_none()
                && head_type(text).is_none()
        })
        // "Abdel Aziz al-Rantissi": a name with a particle is one name.
        && last_word.starts_with(|c: char| c.is_uppercase())
        && (s.surname(last_word, last.number).is_some()
            || !s.common_any_case(last_word, last.number))
}

/// "al Qaeda": whether the article "al" in lower case, token `i`, and
/// the capitalised word after it are a name the lists know, which is
/// then put in `out`; how many tokens to pass (2, or 1 if they are not).
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn article_apart(s: &Sentence, i: usize, out: &mut Vec<RawMention>) -> usize {
    if s.is_cap(i + 1) {
        let (name, _) = strip_possessive(s.tokens[i + 1].span, s.s(i + 1));
        let span = Span::new(s.tokens[i].span.start, name.end);
        if let Some((ty, key)) = known_name(span.of(s.text)) {
            out.push(mention(span, ty, None, Some(key)));
            return 2;
        }
    }
    1
}

/// "al-Sharaa", "al-Qaida", "el-Sissi": a name that an Arabic article in
/// lower case opens, joined by a hyphen, which begins a run as a capital
/// does.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn article_prefixed(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() > 4 && matches!(&b[..3], b"al-" | b"el-") && b[3].is_ascii_uppercase()
}

/// Whether a capitalised word looks like a word for a person rather than
/// a name ("Naeil Ahmad Abdullah" is one name): a word with a part in lower
/// case after a hyphen ("Leg-spinner", "Twenty-eight-year-old"), a word
/// with the ending of one who does something ("Firefighter", "Olympian",
/// "Businessman"), or one of a team or band the lists know by its plural
/// ("Wallaby" of the Wallabies, "Beatle" of the Beatles).
#[cfg_attr(lede_abort, optimize(size))]
fn describes(word: &str) -> bool {
    const ENDINGS: &[&str] = &["er", "or", "ist", "ian", "man", "men", "woman", "women"];
    if word
        .split_once('-')
        .is_some_and(|(_, rest)| rest.starts_with(|c: char| c.is_lowercase()))
    {
        return true;
    }
    if word.len() < 5 {
        return false;
    }
    if ENDINGS.iter().any(|e| word.ends_with(e)) {
        return true;
    }
    let plural = match word.strip_suffix('y') {
        Some(stem) => format!("{stem}ies"),
        None => format!("{word}s"),
    };
    lexicon::organization(&plural).is_some()
}

/// "New York-based": a place of several words, from `first` to `last`,
/// the last joined to a participle, is that place alone.
#[inline(never)]
#[cfg_attr(lede_abort, optimize(size))]
fn place_before_participle(s: &Sentence, first: Word, last: Word) -> Option<RawMention> {
    let parts = hyphen_parts(last.span.of(s.text))?;
    let [place, participle] = parts[..] else {
        return None;
    };
    let span = Span::new(first.span.start, last.span.start + place.len());
    let place = lexicon::place(span.of(s.text)).filter(|_| is_participle_part(participle))?;
    Some(mention(span, place.ty, None, Some(place.key)))
}

/// Whether a comma and a state or province (of one or two words) follow
/// at token `next`, and then punctuation or the sentence's end, or the
/// state is the first part of a word in "-based" ("the Cupertino,
/// California-based company").
#[cfg_attr(lede_abort, optimize(size))]
fn before_its_state(s: &Sentence, next: usize) -> bool {
    if s.s(next) != "," || !s.is_cap(next + 1) {
        return false;
    }
    let ends = |k: usize| {
        s.tokens
            .get(k)
            .is_none_or(|t| t.kind == TokenKind::Punct && s.s(k) != "'")
    };
    let one = s.s(next + 1);
    if lexicon::is_subdivision(one) && ends(next + 2) {
        return true;
    }
    // "Palo Alto, Calif.,": the full stop is the abbreviation's.
    if state_short(s, next + 1) && s.s(next + 2) == "." && ends(next + 3) {
        return true;
    }
    if one
        .strip_suffix("-based")
        .is_some_and(lexicon::is_subdivision)
    {
        return true;
    }
    let (Some(a), Some(b)) = (s.tokens.get(next + 1), s.tokens.get(next + 2)) else {
        return false;
    };
    let two = &s.text[a.span.start..b.span.end];
    s.is_cap(next + 2)
        && (ends(next + 3) && lexicon::is_subdivision(two)
            || two
                .strip_suffix("-based")
                .is_some_and(lexicon::is_subdivision))
}

/// Whether the ordinary word at token `i`, in capitals, opens a
/// dateline's town of up to four words in capitals: "PALM BEACH, Fla., Nov.
/// 19 (AP)" (see [`dateline_town`]).
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn dateline_opens(s: &Sentence, i: usize) -> bool {
    let caps = |k: usize| s.is_cap(k) && s.is_word(k) && !has_lowercase(s.s(k));
    if i != 0 || !caps(i) {
        return false;
    }
    let last = (i + 4).min(s.tokens.len());
    let end = (i + 1..last).find(|&k| !caps(k)).unwrap_or(last);
    let name = &s.text[s.tokens[i].span.start..s.tokens[end - 1].span.end];
    dateline_town(s, name, end)
}

/// Whether `name`, in capitals, opening a sentence before token `next`,
/// is a dateline's town: one capitalised word in brackets follows it, and
/// a dash after them ("VENICE (Reuters) -"), or a comma and capitalised
/// words before such a bracket, a date among them ("KOUROU, French Guiana
/// (Reuters)", "ZANDVOORT, Netherlands, Aug. 25 (Reuters)"), or the date
/// alone ("KOBLENZ, June 6 (Reuters)"); or a comma and capitalised words
/// (the first not in capitals) or numbers, a date or a country, before a
/// dash with no agency ("WAYANAD, August 2, 2024 —", "BHUJ, India —").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn dateline_town(s: &Sentence, name: &str, next: usize) -> bool {
    let dash_after_date = || {
        (next + 2..next + 9)
            .find(|&k| {
                !(s.is_cap(k)
                    || s.blocked(k)
                    || matches!(s.s(k), "," | ".")
                    || s.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Number))
            })
            .is_some_and(|k| matches!(s.s(k), "-" | "–" | "—" | "--"))
    };
    let bracket = |k: usize| {
        s.s(k) == "("
            && s.is_cap(k + 1)
            && s.s(k + 2) == ")"
            && matches!(s.s(k + 3), "-" | "–" | "—" | "--")
    };
    name.len() >= 3
        && name.bytes().any(|b| b.is_ascii_uppercase())
        && !has_lowercase(name)
        && (bracket(next)
            || s.s(next) == ","
                && (s.is_cap(next + 1) || s.blocked(next + 1))
                && ((next + 2..next + 10)
                    .find(|&k| s.s(k) == "(")
                    .is_some_and(|k| {
                        bracket(k)
                            && (next + 2..k)
                                .all(|j| s.is_cap(j) || s.blocked(j) || matches!(s.s(j), "," | "."))
                    })
                    || has_lowercase(s.s(next + 1)) && dash_after_date()))
}

/// Whether token `k` is a state written short with a full stop, the
/// stop inside it or the next token ("N.J.", "Calif.").
#[cfg_attr(lede_abort, optimize(size))]
fn state_short(s: &Sentence, k: usize) -> bool {
    let Some(t) = s.tokens.get(k) else {
        return false;
    };
    let (end, after) = match s.tokens.get(k + 1) {
        Some(stop) if s.s(k + 1) == "." && !stop.space_before => (stop.span.end, k + 2),
        _ => (t.span.end, k + 1),
    };
    let name = &s.text[t.span.start..end];
    // "Miss." and "Ind." are a form of address and "independent" too, so
    // the lists leave them out; before a dateline's bracket they are
    // states: "JACKSON, Miss. (AP)".
    name.ends_with('.')
        && (lexicon::is_subdivision(name) || matches!(name, "Miss." | "Ind.") && s.s(after) == "(")
}

/// Whether the tokens from `first` to `next` (not included) lie inside a
/// quotation of a few words in title case and nothing else: capitalised
/// words, numbers and the small words titles keep in lower case, from an
/// opening quote to a closing one (after a comma or a full stop that the
/// quote closes), double or single: \"Not Like Us\", \"The Tortured Poets
/// Department,\", 'Cowboy Carter'.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn quoted_title(s: &Sentence, first: usize, next: usize) -> bool {
    const MAX_WORDS: usize = 8;
    let in_title = |k: usize| {
        let word = s.s(k);
        match s.tokens.get(k).map(|t| t.kind) {
            Some(TokenKind::Number) => true,
            Some(TokenKind::Word) => {
                word.chars().next().is_some_and(char::is_uppercase)
                    || matches!(
                        word,
                        "a" | "an"
                            | "and"
                            | "at"
                            | "by"
                            | "for"
                            | "from"
                            | "in"
                            | "of"
                            | "on"
                            | "or"
                            | "the"
                            | "to"
                            | "with"
                    )
            }
            _ => false,
        }
    };
    let mut open = first;
    while open > 0 && first - open < MAX_WORDS && in_title(open - 1) {
        open -= 1;
    }
    let mut close = next;
    while close < s.tokens.len() && close - open < MAX_WORDS && in_title(close) {
        close += 1;
    }
    if matches!(s.s(close), "," | ".") {
        close += 1;
    }
    // (In "Anderson's "Asteroid City" and Richard Linklater's "Nouvelle
    // Vague"" the words between the titles are in no quotation.)
    open > 0 && opening_quote(s, open - 1) && closing_quote(s, close)
}

/// Whether token `k` is a quote that opens, double or single, straight or
/// curly: a blank (or the sentence's start) before it and none after.
#[cfg_attr(lede_abort, optimize(size))]
fn opening_quote(s: &Sentence, k: usize) -> bool {
    matches!(s.s(k), "\"" | "“" | "'" | "‘")
        && (k == 0 || s.tokens[k].space_before)
        && s.tokens.get(k + 1).is_some_and(|t| !t.space_before)
}

/// Whether token `k` is a quote that closes: no blank before it.
#[cfg_attr(lede_abort, optimize(size))]
fn closing_quote(s: &Sentence, k: usize) -> bool {
    matches!(s.s(k), "\"" | "”" | "'" | "’") && s.tokens.get(k).is_some_and(|t| !t.space_before)
}

/// Whether "shares in", "shares of" or "a stake in" come just before
/// token `first`: a company follows.
#[cfg_attr(lede_abort, optimize(size))]
fn shares_in(s: &Sentence, first: usize) -> bool {
    first.checked_sub(2).is_some_and(|j| {
        matches!(s.s(j + 1), "in" | "of")
            && (lower_case_lists(s.s(j)) & SHARES_WORD != 0
                || s.s(j) == "Shares" && s.is_initial(j))
    })
}

/// Whether the word before token `first` is one of [`ORG_NOUNS`], in
/// lower case, or one of them opening the sentence, capitalised ("Pollster
/// Ifop said"; only nouns that open no organisation's name: not "Bank").
fn org_noun_before(s: &Sentence, first: usize) -> bool {
    first.checked_sub(1).is_some_and(|j| {
        let word = s.s(j);
        s.is_word(j)
            && (word.starts_with(|c: char| c.is_ascii_lowercase())
                && lower_case_lists(word) & ORG_NOUN != 0
                || org_noun_opening(word) && s.is_initial(j)
                || word == "producer" && j > 0 && goods_word(s.s(j - 1)))
    })
}

/// "oil", "metals", "platinum": goods whose "producer" before a name is a
/// company ("Precious metals producer Sibanye-Stillwater"), not a film's
/// or a record's producer.
#[cfg_attr(lede_abort, optimize(size))]
fn goods_word(word: &str) -> bool {
    crate::text::lexicon::in_words(GOODS, word)
}

/// The words of [`goods_word`], a blank apart and sorted.
const GOODS: &str = "aluminium aluminum cement chemicals chip coal cocoa copper crude fertiliser \
     fertilizer gas gold iron lithium lng metal metals nickel oil palladium platinum silver steel \
     sugar uranium zinc";

/// "Brazilian carrier Azul", "budget airline Azul": whether one word that
/// is a given name or a surname too, after a noun only organisations are
/// called at token `first - 1`, is the organisation's name, the noun being
/// described by a word that is no function word before it (not "a
/// charity Harrison set up", "the firm Smith founded").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn described_noun(s: &Sentence, words: usize, first: usize) -> bool {
    // (The stop list folds capitals: "The carrier Azul" is not described.)
    words == 1 && first >= 2 && s.is_word(first - 2) && !lexicon::is_stopword(s.s(first - 2))
}

/// Whether, from token `next`, a comma and an apposition follow a name
/// that say it is an organisation: "a", "an" or "the", up to three words in
/// lower case, no function word ("a rival within the party"), and a noun
/// only organisations are called (or "provider", "supplier"), before a
/// comma, a full stop or a relative clause ("Synnovis, a pathology
/// supplier,", "Zentrix, a data provider, said").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn org_in_apposition(s: &Sentence, next: usize) -> bool {
    if s.s(next) != "," || !matches!(s.s(next + 1), "a" | "an" | "the") {
        return false;
    }
    (next + 2..next + 6)
        .take_while(|&k| {
            let word = s.s(k);
            s.is_word(k)
                && word.starts_with(|c: char| c.is_ascii_lowercase())
                && !lexicon::is_stopword(word)
        })
        .find(|&k| {
            let word = s.s(k);
            (lower_case_lists(word) & ORG_NOUN != 0 || matches!(word, "provider" | "supplier"))
                && matches!(s.s(k + 1), "," | "." | "that" | "which" | "based")
        })
        .is_some()
}

/// Whether token `i`, opening a sentence, is a word of politics
/// capitalised ("Nationalist", "Centrist", "Far-right") before a word that
/// no party's name has after it ("Party", "Democrats", "Conservatives").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn stance_opening(s: &Sentence, i: usize) -> bool {
    let stance = |w: &str| {
        matches!(
            w,
            "Centrist"
                | "Communist"
                | "Conservative"
                | "Eurosceptic"
                | "Far-left"
                | "Far-right"
                | "Hardline"
                | "Hard-line"
                | "Leftist"
                | "Left-wing"
                | "Liberal"
                | "Moderate"
                | "Nationalist"
                | "Populist"
                | "Progressive"
                | "Reformist"
                | "Right-wing"
                | "Rightist"
                | "Socialist"
                | "Ultranationalist"
        )
    };
    let next = s.s(i + 1);
    stance(s.s(i))
        && !stance(next)
        && !next.ends_with('s')
        && !next.starts_with("Democra")
        && s.org_word(next, s.number(i + 1)).is_none()
}

/// Whether token `i`, opening a sentence, is a direction before a country
/// or a town the lists know ("Eastern Congo is rich in gold", "Southern
/// Lebanon was hit"): the part of the place, written in lower case
/// mid-sentence. (Names the lists know whole, "Eastern Europe", "Western
/// Australia", stay, as [`find_with`] asks, and so do longer names:
/// "Southern California Edison".)
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn region_opening(s: &Sentence, i: usize) -> bool {
    matches!(
        s.s(i),
        "Eastern"
            | "Western"
            | "Northern"
            | "Southern"
            | "Central"
            | "Northeastern"
            | "Northwestern"
            | "Southeastern"
            | "Southwestern"
    ) && lexicon::is_sure_gpe(s.s(i + 1))
        && !s.is_cap(i + 2)
}

/// Whether a capitalised word opening a sentence is a noun that only
/// organisations are called and that opens no organisation's name.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn org_noun_opening(word: &str) -> bool {
    matches!(
        word,
        "Airline"
            | "Automaker"
            | "Broadcaster"
            | "Brokerage"
            | "Carmaker"
            | "Carrier"
            | "Chipmaker"
            | "Conglomerate"
            | "Consultancy"
            | "Drugmaker"
            | "Exporter"
            | "Insurer"
            | "Lender"
            | "Manufacturer"
            | "Miner"
            | "Owner"
            | "Owners"
            | "Pollster"
            | "Regulator"
            | "Reinsurer"
            | "Retailer"
            | "Shipbuilder"
            | "Steelmaker"
            | "Supermarket"
            | "Supplier"
            | "Telco"
            | "Watchdog"
    )
}

/// A lower-case role word just before a name ("coach Carlo Ancelotti"),
/// with a capitalised word before it ("Madrid coach"): the role's span.
/// `Some(None)` when a bare "who" follows instead (no role, but a person).
fn role_before(s: &Sentence, first: usize) -> Option<Option<Span>> {
    let end = first.checked_sub(1)?;
    // "former head of accounting Matthias Ruhl": the role's word, "of"
    // and its field.
    let j = role_of_field(s, end).unwrap_or(end);
    // (Or a title of two words whose last is none alone: "board member",
    // "tight end", "pop star".)
    let mut i = if lower_case_role(s, j) {
        j
    } else if j > 0
        && s.is_word(j)
        && lexicon::may_begin_title_phrase(s.s(j - 1))
        && makes_title(s, j - 1, j)
    {
        j - 1
    } else {
        return None;
    };
    // The role's other words in lower case ("chief executive", "foreign
    // minister").
    // A word before them that makes a title with them ("home secretary",
    // "press secretary", "prime minister").
    while i + 2 > j
        && i.checked_sub(1)
            .is_some_and(|k| lower_case_role(s, k) || makes_title(s, k, j))
    {
        i -= 1;
    }
    // A title of three words whose middle word makes none with the last:
    // "chief financial officer", "chief operating officer".
    if i == j && j >= 2 && makes_title(s, j - 2, j) {
        i = j - 2;
    }
    // "former chief executive John Smith": a word for when the role was or
    // how it is held, or for its field ("EU competition chief").
    // Or two words for its field ("national security spokesman", "former
    // chief technology officer").
    if i >= 2 && field_word(s, i - 1) && role_field(s, i - 2) {
        i -= 2;
    }
    if i.checked_sub(1)
        .is_some_and(|k| lexicon::tenure_word(s.s(k)) || role_field(s, k))
    {
        i -= 1;
        // "former finance chief Sabine Weiss": the tenure before the field.
        if !lexicon::tenure_word(s.s(i))
            && i.checked_sub(1)
                .is_some_and(|k| lexicon::tenure_word(s.s(k)))
        {
            i -= 1;
        }
    }
    // Capitalised words before the role, no function word ("Sweden
    // coach", "Football Australia chief executive", "Kansas City Chiefs
    // quarterback"): all of them, up to four, or none of a longer run,
    // whose start is not known (not "City Chiefs quarterback").
    let named = |k: usize| {
        let word = s.s(k);
        s.is_cap(k) && s.is_word(k) && (is_acronym(word) || !lexicon::is_stopword(word))
    };
    // (An ampersand between two of them too: "USA Track & Field chief
    // executive".)
    let mut first_named = i;
    while first_named > 0 && i - first_named < 5 {
        if named(first_named - 1) {
            first_named -= 1;
        } else if first_named >= 2 && s.s(first_named - 1) == "&" && named(first_named - 2) {
            first_named -= 2;
        } else {
            break;
        }
    }
    if i - first_named > 4 {
        first_named = i;
    }
    // "All Blacks coach": a capitalised function word that opens a name
    // the lists know with them.
    if first_named < i
        && first_named > 0
        && s.is_cap(first_named - 1)
        && known_name(&s.text[s.tokens[first_named - 1].span.start..s.tokens[i - 1].span.end])
            .is_some()
    {
        first_named -= 1;
    }
    // "Bank of Italy governor": an organisation's head word and "of"
    // before them, and a capitalised word before that ("Reserve Bank of
    // Australia governor").
    let start = match first_named.checked_sub(2) {
        Some(h)
            if first_named < i
                && s.s(h + 1) == "of"
                && s.is_cap(h)
                && s.org_word(s.s(h), s.number(h)).is_some() =>
        {
            h - usize::from(h > 0 && named(h - 1))
        }
        _ => first_named,
    };
    // "former Ireland captain": the word for its tenure before them.
    let start = match start.checked_sub(1) {
        Some(k) if start < i && lexicon::tenure_word(s.s(k)) => k,
        _ => start,
    };
    Some(Some(Span::new(
        s.tokens[start].span.start,
        s.tokens[end].span.end,
    )))
}

/// The token of a role's word in lower case before "of" and one or two
/// words in lower case that end at token `end`, the field it is held in:
/// "head of accounting", "head of investor relations".
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn role_of_field(s: &Sentence, end: usize) -> Option<usize> {
    // (Not a noun only organisations are called: "the chief financial
    // officer of retailer Harris Scarfe".)
    let field = |k: usize| {
        s.is_word(k)
            && s.s(k).starts_with(|c: char| c.is_ascii_lowercase())
            && !lexicon::is_stopword(s.s(k))
            && lower_case_lists(s.s(k)) & ORG_NOUN == 0
    };
    title_of_field(s, end, |r| lower_case_role(s, r), field)
}

/// Where a title, "of" and its field of one or two words end at token
/// `end`, or two such fields joined by "and" ("minister of municipal and
/// community affairs", "Minister of Information and Culture"), the title's
/// token passing `title` and each word of the field `field`: the title's
/// token ([`role_of_field`] in lower case, [`capitalised_field`] in
/// capitals).
#[cfg_attr(lede_abort, optimize(size))]
fn title_of_field(
    s: &Sentence,
    end: usize,
    title: impl Fn(usize) -> bool,
    field: impl Fn(usize) -> bool,
) -> Option<usize> {
    let one = |end: usize| {
        (1..=2).find_map(|n| {
            let of = end.checked_sub(n)?;
            (s.s(of) == "of" && of.checked_sub(1).is_some_and(&title) && (of + 1..=end).all(&field))
                .then(|| of - 1)
        })
    };
    one(end).or_else(|| {
        // (The sentence may open with "and": no field before it.)
        let and = (end.checked_sub(2)?..end).find(|&k| s.s(k) == "and")?;
        one(and.checked_sub(1)?).filter(|_| (and + 1..=end).all(&field))
    })
}

/// A role in lower case before the comma that opens a name set off by
/// commas: "The company's former chief executive, Jane Doe, resigned",
/// "Hallstrom's lawyer, Marc Agnifilo, said", "An IMF spokeswoman,
/// Carolina Vestergaard, said": the role's words back to a determiner, an
/// article, a possessive or the sentence's start, four at most, a name's
/// possessive kept ("Hallstrom's lawyer"); none without the closing comma
/// or the sentence's end after the name.
fn role_before_comma(s: &Sentence, first: usize, next: usize) -> Option<Option<Span>> {
    let comma = first.checked_sub(1)?;
    let mut end = comma.checked_sub(1)?;
    // An acronym in parentheses after the role: "The head of the Civil
    // Aviation Authority (CAA), John Smith,".
    if s.s(end) == ")" && end >= 3 && s.s(end - 2) == "(" && is_acronym(s.s(end - 1)) {
        end -= 3;
    }
    // "Spain's Minister of Culture, Jaume Orriols,": a capitalised title
    // and its field of one or two capitalised words after "of".
    let role = capitalised_field(s, end)
        .or_else(|| role_for_body(s, end))
        .or_else(|| role_of_field(s, end))
        .unwrap_or(end);
    // The role's last word, or the last of a title of two ("chief
    // executive").
    // (A capitalised word before it would end the role's words below, and
    // no determiner or possessive would open them.)
    let titled = || {
        s.is_word(role)
            && s.s(role).starts_with(|c: char| c.is_ascii_lowercase())
            && role.checked_sub(1).is_some_and(|k| makes_title(s, k, role))
    };
    // (A title capitalised: "The U.N. Secretary-General, Antonio
    // Guterres,".)
    let capitalised = || s.is_cap(role) && title_any_case(s.s(role)) == Some(TitleKind::Role);
    // The name closed by a comma, or by the sentence's end ("said the
    // union's leader, Hugo Rojas."), where "of" and a capitalised name of
    // up to three words, "the" before it or not, may come first ("The ICC
    // match referee, Jeff Crowe of New Zealand,").
    let next = if s.s(next) == "of" {
        let name = next + 1 + usize::from(s.s(next + 1) == "the");
        name + (name..name + 3).take_while(|&k| s.is_cap(k)).count()
    } else {
        next
    };
    let closed =
        s.s(next) == "," || next + 1 >= s.tokens.len() && matches!(s.s(next), "" | "." | "!" | "?");
    if s.s(comma) != "," || !closed || !(lower_case_role(s, role) || titled() || capitalised()) {
        return None;
    }
    let mut start = role;
    while start + 4 > role {
        let Some(k) = start.checked_sub(1) else {
            break;
        };
        let word = s.s(k);
        // (Capitalised words too, for what the role is held in: "The
        // IEBC chairman, Erastus Chebukati,".)
        // (A function word opening a title of two words is in it: "First
        // Minister".)
        let titled =
            || title_any_case(&s.text[s.tokens[k].span.start..s.tokens[k + 1].span.end]).is_some();
        // ("of" between capitalised words: "The Bank of England governor,
        // Andrew Bailey,".)
        let named_of = || word == "of" && k > 0 && s.is_cap(k - 1) && s.is_cap(k + 1);
        if !s.is_word(k)
            || crate::text::is_possessive(word)
            || function_word(word) && !titled() && !named_of()
            || !word.starts_with(|c: char| c.is_ascii_lowercase()) && !s.is_cap(k)
        {
            break;
        }
        start = k;
    }
    // What comes before: a determiner, a possessive (a name's is part of
    // the role), or nothing.
    let opener = start.checked_sub(1);
    let start = match opener {
        None => start,
        Some(k) if crate::text::lexicon::any_ignoring_case(DETERMINERS, s.s(k)) => start,
        Some(k) if crate::text::is_possessive(s.s(k)) => {
            if s.is_cap(k) {
                place_words_before(s, k)
            } else {
                start
            }
        }
        _ => return None,
    };
    Some(Some(Span::new(
        s.tokens[start].span.start,
        s.tokens[end].span.end,
    )))
}

/// The first token of a name the lists know of up to three words that
/// ends in the possessive at token `k` ("Saudi Arabia's", "New Zealand's"),
/// or `k`.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn place_words_before(s: &Sentence, k: usize) -> usize {
    let end = s.tokens[k].span.end;
    (1..=2)
        .rev()
        .filter_map(|n| k.checked_sub(n))
        .find(|&j| {
            (j..k).all(|t| s.is_cap(t) && s.is_word(t))
                && known_opening(&s.text[s.tokens[j].span.start..end], s.s(k))
        })
        .unwrap_or(k)
}

/// A role in lower case with what it is for, of, at or to, ending at
/// token `end` before a name in commas: one to three words, a determiner
/// or a possessive before them allowed ("A spokesman for the authority,
/// George Safwat,", "a lawyer for the Rahman family,", "The ambassador to
/// Brazil, Mark Gitenstein,"), no title in capitals
/// last: the role word's token.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn role_for_body(s: &Sentence, end: usize) -> Option<usize> {
    // (A title in capitals last is the name's own role: "a spokesman for
    // the Interior Minister, Yunis Kanooni,".)
    if s.is_cap(end) && title_any_case(s.s(end)) == Some(TitleKind::Role) {
        return None;
    }
    // A body's name in capitals may have "of", "for" or "and" inside it
    // ("the president of the National Confederation of Agriculture,").
    (0..6).find_map(|n| {
        let first = end.checked_sub(n)?;
        let inner = |k: usize| {
            k > first
                && k < end
                && matches!(s.s(k), "of" | "for" | "and")
                && s.is_cap(k - 1)
                && s.is_cap(k + 1)
        };
        if !(first..=end).all(|k| s.is_word(k) && (!function_word(s.s(k)) || inner(k)))
            || n > 2 && !(first..=end).all(|k| s.is_cap(k) || inner(k))
        {
            return None;
        }
        let mut of = first.checked_sub(1)?;
        if matches!(s.s(of), "the" | "a" | "an") || crate::text::is_possessive(s.s(of)) {
            of = of.checked_sub(1)?;
        }
        let role = of.checked_sub(1)?;
        (matches!(s.s(of), "for" | "of" | "at" | "to") && lower_case_role(s, role)).then_some(role)
    })
}

/// The title of a role written in capitals with its field, one or two
/// capitalised words after "of" that end at token `end`, or two such
/// fields joined by "and" ("Minister of Culture", "Minister of Foreign
/// Affairs", "Minister of Information and Culture"): the title's token.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn capitalised_field(s: &Sentence, end: usize) -> Option<usize> {
    let title =
        |t: usize| s.is_cap(t) && s.title_any_case(s.s(t), s.number(t)) == Some(TitleKind::Role);
    let field = |k: usize| s.is_cap(k) && s.is_word(k);
    title_of_field(s, end, title, field)
}

/// Whether token `k`, a word in lower case, makes a title with the words
/// after it to token `j` ("home secretary", "chief executive").
#[cfg_attr(lede_abort, optimize(size))]
fn makes_title(s: &Sentence, k: usize, j: usize) -> bool {
    j < s.tokens.len()
        && s.is_word(j)
        && s.is_word(k)
        && s.s(k).starts_with(|c: char| c.is_ascii_lowercase())
        && title_any_case(&s.text[s.tokens[k].span.start..s.tokens[j].span.end]).is_some()
}

/// "from World Rugby (WR)": whether the name at `span` is followed, from
/// token `next`, by its capitals in parentheses, as an organisation's name
/// is spelt short (a place's seldom is, but for those the lists know:
/// "United Arab Emirates (UAE)").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn capitals_in_parentheses(s: &Sentence, span: Span, next: usize) -> bool {
    let acronym = s.s(next + 1);
    s.s(next) == "("
        && s.s(next + 2) == ")"
        && acronym.len() >= 2
        && span
            .of(s.text)
            .bytes()
            .filter(u8::is_ascii_uppercase)
            .eq(acronym.bytes())
}

/// "ASIC deputy chair Sarah Court": whether `run`, at token `first`, is a
/// given name and a surname that is a head word ("Court"), after a role in
/// lower case: a person's name.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn named_after_role(s: &Sentence, run: &[Word], first: usize) -> bool {
    run.len() == 2
        && first.checked_sub(1).is_some_and(|j| lower_case_role(s, j))
        && s.given_name(run[0].span.of(s.text), run[0].number)
            .is_some()
}

/// Whether capitalised words from token `from` (three at most) end just
/// before an acronym in parentheses whose letters are the capitals of the
/// text from token `start` to them, in order: "Board of Control for
/// Cricket in India (BCCI)".
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn spelt_out_after(s: &Sentence, start: usize, from: usize) -> bool {
    let mut j = from;
    while j < from + 3 && s.is_cap(j) && !s.tokens[j].line_break_before {
        j += 1;
    }
    j > from && s.s(j + 1).len() >= 3 && {
        let name = Span::new(s.tokens[start].span.start, s.tokens[j - 1].span.end);
        capitals_in_parentheses(s, name, j)
    }
}

/// "then-Prime Minister", "ex-Prime Minister": whether token `k`, just
/// before the title at `title`, is a role's prefix joined to a capitalised
/// word that opens the title with it.
/// (`phrase_buf` is a buffer for the phrase looked up.)
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn prefixed_title_part(s: &Sentence, k: usize, title: Span, phrase_buf: &mut String) -> bool {
    let Some(word) = lexicon::role_prefix(s.s(k)) else {
        return false;
    };
    !s.tokens[k + 1].line_break_before
        && word.starts_with(|c: char| c.is_uppercase())
        && title_any_case(join_into(phrase_buf, [word, title.of(s.text)], |w| w))
            == Some(TitleKind::Role)
}

/// The first token of a capitalised role's title before token `k`, "and":
/// the first of two titles of one person ("President and CEO Amin
/// Nasser"), of up to three words ("Deputy Prime Minister and Foreign
/// Minister Radoslaw Sikorski", "Vice President and Defence Minister").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn title_before_and(s: &Sentence, k: usize) -> Option<usize> {
    let title = k.checked_sub(1)?;
    if s.s(k) != "and"
        || !s.is_cap(title)
        || s.title_any_case(s.s(title), s.number(title)) != Some(TitleKind::Role)
    {
        return None;
    }
    let end = s.tokens[title].span.end;
    Some(
        (title.saturating_sub(2)..title)
            .find(|&j| {
                s.is_cap(j) && lexicon::title(&s.text[s.tokens[j].span.start..end]).is_some()
            })
            .unwrap_or(title),
    )
}

/// The first token of a portfolio's words before the title's when token
/// `k`, just before the title, is "and": one capitalised common word before
/// it that general English seldom capitalises ("trump" it does), or
/// several in a list ("Health and Human Services Secretary",
/// "Culture, Media and Sport Secretary"; not "Trump and Defense
/// Secretary").
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn portfolio_before(s: &Sentence, k: usize) -> Option<usize> {
    let portfolio = |i: usize| portfolio_word(s, i);
    // (Token `k` may be the sentence's last: `portfolio_opening` asks of
    // the token after a run.)
    if s.s(k) != "and"
        || s.tokens.get(k + 1).is_none_or(|t| t.line_break_before)
        || !portfolio(k.checked_sub(1)?)
    {
        return None;
    }
    let mut start = k - 1;
    while start >= 2 && s.s(start - 1) == "," && portfolio(start - 2) {
        start -= 2;
    }
    Some(start)
}

/// Whether token `i` is a capitalised common word that general English
/// seldom capitalises, as the words of a portfolio are ("Health",
/// "Human", "Services").
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn portfolio_word(s: &Sentence, i: usize) -> bool {
    let word = s.s(i);
    s.is_cap(i)
        && s.is_word(i)
        && s.common_any_case(word, s.number(i))
        && lexicon::seldom_capitalised(word)
}

/// The title's token when the run at token `first` opens with the last
/// words of a portfolio after "and", the rest of it after a role's title
/// and "of" or "for" ("Minister of Science and Technology", "Minister for
/// Foreign Affairs and Trade", "Minister of State for Science and
/// Technology").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn title_of_portfolio(s: &Sentence, first: usize) -> Option<usize> {
    let start = portfolio_before(s, first.checked_sub(1)?)?;
    let mut title = start.checked_sub(2)?;
    // ("Minister of State for Science and Technology".)
    if title >= 2 && s.s(title) == "State" && s.s(title - 1) == "of" {
        title -= 2;
    }
    (portfolio_word(s, first)
        && matches!(s.s(start - 1), "of" | "for")
        && s.title(s.s(title), s.number(title)) == Some(TitleKind::Role))
    .then_some(title)
}

/// Where the portfolio's words start ([`portfolio_before`]) when token
/// `next` is the "and" inside a portfolio before a title: a portfolio's
/// words after it, then a role's title ("Health and Human Services
/// Secretary"; not "Britain's Foreign Office and Sydney's Royal Prince
/// Alfred Hospital").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn portfolio_opening(s: &Sentence, next: usize) -> Option<usize> {
    let start = portfolio_before(s, next)?;
    let mut k = next + 1;
    while k < next + 6 && portfolio_word(s, k) {
        k += 1;
    }
    (k > next + 1 && s.title(s.s(k), s.number(k)) == Some(TitleKind::Role)).then_some(start)
}

/// Whether token `k` is the name of a town, a country or an organisation
/// that the lists know, with a possessive ending, on the line of the title
/// after it ("Kenya's President", "Sydney's Lord Mayor", "Apple's CEO").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn known_possessive(s: &Sentence, k: usize) -> bool {
    let token = s.s(k);
    let bare = crate::text::strip_possessive(token);
    bare.len() < token.len()
        && !s.tokens[k + 1].line_break_before
        && matches!(
            known_name(bare),
            Some((EntityType::Gpe | EntityType::Org, _))
        )
}

/// "EU competition chief", "the union chairman", "BBC radio presenter":
/// whether token `k`, just before a role's words, is a noun in lower case
/// for the field the role is held in, after a capitalised word, a
/// determiner, a possessive or a word for the role's tenure ("former
/// finance chief"), or opening the sentence (not "said union
/// chairman", whose role is only "chairman", nor "Toyoda said chairman").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn role_field(s: &Sentence, k: usize) -> bool {
    let before = if k > 0 { s.s(k - 1) } else { "" };
    field_word(s, k)
        && (k == 0
            || matches!(
                before,
                "the" | "The" | "a" | "A" | "its" | "his" | "her" | "their" | "'s" | "’s"
                    // ("confirmed by trade analyst Taran Adarsh".)
                    | "by" | "from" | "with" | "including"
            )
            // ("went to estate agent Hamptons", but not after a verb of
            // intent, where the word after "to" is a verb: "agreed to buy
            // oil producer Hess", "plans to hire chief executive Jane Doe".)
            || before == "to"
                && !crate::text::lexicon::in_words(INTENT_VERBS, s.s(k.wrapping_sub(2)))
            || lexicon::tenure_word(before)
            // ("US climate envoy": an acronym is no function word.)
            || k > 0
                && s.is_cap(k - 1)
                && s.is_word(k - 1)
                && (is_acronym(before) || !lexicon::is_stopword(before)))
}

/// Verbs of intent before "to", after which the next word is a verb too
/// ([`role_field`]). A blank apart and sorted, for
/// [`crate::text::lexicon::in_words`].
const INTENT_VERBS: &str =
    "agree agreed agrees aim aimed aims decided decides failed fails hope hoped hopes intend \
     intended intends moved moves need needed needs offered offers plan planned plans refused \
     refuses seek seeking seeks sought tried tries try trying voted votes want wanted wants";

/// Whether token `k` is a noun in lower case that may name a role's field
/// ([`role_field`]), whatever comes before it.
#[cfg_attr(lede_abort, optimize(size))]
fn field_word(s: &Sentence, k: usize) -> bool {
    let word = s.s(k);
    s.is_word(k)
        && word.len() > 2
        && word.starts_with(|c: char| c.is_ascii_lowercase())
        && !lexicon::is_stopword(word)
        && !["ed", "ly", "ing", "er"].iter().any(|e| word.ends_with(e))
        // (Nor a word for a relation: "with fellow spinner Shane Warne";
        // nor a verb of doing again: "to re-sign outfielder Juan Soto".)
        && word != "fellow"
        && !word.starts_with("re-")
        // (Nor a verb: "Toyoda said chairman John Smith".)
        && !verb_after_name(word)
        // (Nor a word never in a keyphrase: "in Mumbai alongside festival
        // chairperson Priyanka Chopra".)
        && !crate::keywords::lexicon::is_never(word)
}

/// Whether `word` is a stop word that no role opens with: every stop word
/// but "former", which says when the role was held ("former chief
/// executive"), and but one in capitals ("the US climate envoy").
#[cfg_attr(lede_abort, optimize(size))]
fn function_word(word: &str) -> bool {
    lexicon::is_stopword(word) && word != "former" && !is_acronym(word)
}

/// The articles and the possessives that open the words of a role in
/// apposition ("the German coach", "his economic adviser").
const DETERMINERS: &[&str] = &["the", "a", "an", "its", "their", "his", "her"];

/// ", a private company in Ohio", ", the Swedish streaming company,":
/// whether a noun only bodies are called ([`ORG_NOUNS`]) ends the words
/// after the comma at token `next` and an article, three at most, with a
/// mark, a function word or a participle after it (not ", a company
/// spokesman,").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn body_in_apposition(s: &Sentence, next: usize) -> bool {
    s.s(next) == ","
        && matches!(s.s(next + 1), "a" | "an" | "the")
        && (next + 2..next + 5)
            .take_while(|&k| s.is_word(k) && !function_word(s.s(k)))
            .any(|k| {
                let after = s.s(k + 1);
                lower_case_lists(s.s(k)) & ORG_NOUN != 0
                    && (!s.is_word(k + 1) || function_word(after) || after.ends_with("ed"))
            })
}

/// Whether a role word in lower case and "at" come just before token
/// `first`, or the role, "of" or "for" and up to four words: where a
/// person works follows ("an analyst at CCS Insight", "head of global
/// commodity strategy at RBC Capital Markets").
#[cfg_attr(lede_abort, optimize(size))]
fn role_at_before(s: &Sentence, first: usize) -> bool {
    first >= 2
        && s.s(first - 1) == "at"
        && (first.saturating_sub(7)..first - 1)
            .rev()
            .take_while(|&j| s.is_word(j))
            .any(|j| {
                lower_case_role(s, j) && (j + 2 == first || matches!(s.s(j + 1), "of" | "for"))
            })
}

/// Whether ", known as" before token `first` comes after a noun in lower
/// case whose capitalised form heads organisations' names, or that names
/// companies ("the central bank, known as Banxico", "the state oil firm,
/// known as Pemex"; not "the town, known as ...").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn org_noun_known_as(s: &Sentence, first: usize) -> bool {
    first
        .checked_sub(4)
        .is_some_and(|noun| org_noun_at(s, noun))
}

/// Whether token `noun`, before a comma, is a noun in lower case whose
/// capitalised form heads organisations' names, or that names companies
/// ("bank", "party", "firm").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn org_noun_at(s: &Sentence, noun: usize) -> bool {
    let word = s.s(noun);
    if s.s(noun + 1) != "," || !s.is_word(noun) {
        return false;
    }
    let mut buf = [0u8; 16];
    head_bits(word) & FIRM_WORD != 0
        || capitalised(word.as_bytes(), &mut buf)
            .is_some_and(|w| lexicon::org_word(w) == Some(OrgWord::Head))
}

/// Whether token `i` is a role word in lower case ("coach", "chief"), or
/// one written in initials that stands where those do ("chairman and CEO").
fn lower_case_role(s: &Sentence, i: usize) -> bool {
    let word = s.s(i);
    s.is_word(i)
        && (word.starts_with(char::is_lowercase) || matches!(word, "CEO" | "CFO" | "COO"))
        && s.title(word, s.number(i)) == Some(TitleKind::Role)
}

/// ", who ..." or ", the German coach," (", his economic adviser,") after
/// a name, or a role in lower case with what it is of or at: ", principal
/// analyst at CCS Insight", ", governor of the Dnipropetrovsk region,".
fn appositive_role(s: &Sentence, next: usize) -> Option<Option<Span>> {
    if s.s(next) != "," {
        return None;
    }
    if s.s(next + 1) == "who" {
        return Some(None);
    }
    // The capitalised words of a name's possessive after the comma, up
    // to three ("Trump's lawyer", "Dominique Pelicot's lawyer"), or 0.
    let owner = (1..=3)
        .find(|&n| {
            (next + 1..=next + n).all(|k| s.is_cap(k)) && crate::text::is_possessive(s.s(next + n))
        })
        .unwrap_or(0);
    let possessive = owner > 0;
    if !DETERMINERS.contains(&s.s(next + 1)) {
        if s.is_word(next + 1)
            && (s.s(next + 1).starts_with(|c: char| c.is_ascii_lowercase())
                || lower_case_role(s, next + 1))
        {
            return bare_appositive_role(s, next + 1).map(Some);
        }
        // "Olivier Witasse, Juice project scientist at ESA": one
        // capitalised word, no name of a person's, before the words in
        // lower case, or a name's possessive ("Veritas's former chief
        // scientific officer").
        // (The role reads words in lower case only.)
        if s.is_word(next + 1)
            && s.s(next + 1).starts_with(|c: char| c.is_ascii_uppercase())
            && (owner == 1 || !s.personal_name(s.s(next + 1), s.number(next + 1)))
        {
            if let Some(role) = bare_appositive_role(s, next + 2) {
                return Some(Some(Span::new(s.tokens[next + 1].span.start, role.end)));
            }
        }
        // A name's possessive opens a role as a determiner does, read on
        // below: "Oscar Piastri, Norris's Australian teammate,".
        if !possessive {
            return None;
        }
    }
    let first = next + 1 + owner.max(1);
    for j in first..(first + 4).min(s.tokens.len()) {
        // (An age: "the 28-year-old president of ...". Not past "and"
        // or "or" and a determiner before any role: "Smith, his wife and
        // his lawyer"; "the saviour and former president of" goes on.)
        let w = s.s(j);
        let another = || matches!(w, "and" | "or") && DETERMINERS.contains(&s.s(j + 1));
        if !s.is_word(j) && !w.ends_with("-old") || another() {
            return None;
        }
        if s.title(w, s.number(j)) == Some(TitleKind::Role) && !for_a_name(s, j + 1) {
            // The role's next words in lower case, and another role after
            // "and": "chief executive", "co-founder and chief executive".
            let mut end = j;
            while end < j + 4 {
                // (A title of two or three words after it: "deputy managing
                // director", "deputy chief financial officer".)
                if let Some(n) = [3, 2]
                    .into_iter()
                    .find(|&n| makes_title(s, end + 1, end + n))
                {
                    end += n;
                } else if lower_case_role(s, end + 1) {
                    end += 1;
                } else if s.s(end + 1) == "and" && lower_case_role(s, end + 2) {
                    end += 2;
                } else if s.is_word(end + 1)
                    && s.s(end + 1).starts_with(char::is_lowercase)
                    && !function_word(s.s(end + 1))
                    && lower_case_role(s, end + 2)
                {
                    // (A word between a title's words, as in a role without
                    // a determiner: "its chief operating officer".)
                    end += 2;
                } else {
                    break;
                }
            }
            // A name after the title holds it: "Tom Hanks, Britain's Foreign
            // Secretary David Lammy and others".
            if s.is_cap(end + 1) && s.is_word(end + 1) {
                return None;
            }
            // (A name's possessive kept: "Acme's chief executive"; an age
            // left out, a date of its own: "a 74-year-old former
            // diplomat"; and a noun's possessive, which names no one: "the
            // company's chief planning officer".)
            let mut start = if possessive { next + 1 } else { next + 2 };
            for _ in 0..2 {
                let word = s.s(start);
                if word.ends_with("-old")
                    || !possessive
                        && word.starts_with(|c: char| c.is_ascii_lowercase())
                        && crate::text::is_possessive(word)
                {
                    start += 1;
                }
            }
            return Some(Some(Span::new(
                s.tokens[start].span.start,
                s.tokens[what_of(s, end)?].span.end,
            )));
        }
    }
    None
}

/// Whether the capitalised words from token `k` (up to eight) end in
/// "Act": the rest of a law's name.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn act_after(s: &Sentence, k: usize) -> bool {
    (k..(k + 8).min(s.tokens.len()))
        .take_while(|&j| s.is_cap(j))
        .last()
        .is_some_and(|j| s.s(j) == "Act")
}

/// Whether token `k` after a title is "for" before a capitalised word:
/// the role is the next name's ("best director for Baz Luhrmann"); not
/// "a spokesman for the ministry", which is what the role is for, nor
/// before an organisation, a country or a region the lists know ("a
/// spokesman for Boeing", "the U.N. special envoy for Syria", "regional
/// director for Africa").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn for_a_name(s: &Sentence, k: usize) -> bool {
    s.s(k) == "for"
        && !s.s(k + 1).starts_with(|c: char| c.is_ascii_lowercase())
        && !matches!(
            known_name(s.s(k + 1)),
            Some((EntityType::Org | EntityType::Gpe | EntityType::Loc, _))
        )
}

/// The last token of a role whose title ends at token `end`: with what it
/// is of, at or for, up to a punctuation mark, a relative clause, "and a"
/// or where the place or the time of it begins, fourteen words at most
/// ("governor of the Dnipropetrovsk region", "analyst at CCS Insight in
/// London"); else `end`.
/// `None` if a verb of speech follows them: the words are the subject of a
/// clause, no role ("from Benares, a spokesman for the group said").
#[cfg_attr(lede_abort, optimize(size))]
fn what_of(s: &Sentence, end: usize) -> Option<usize> {
    if !matches!(s.s(end + 1), "of" | "at" | "for") {
        return Some(end);
    }
    // (Fourteen words: "director of wildfire operations at the BC Wildfire
    // Service", "director of the Pandemic Center at Brown University
    // School of Public Health"; a relative clause is no part of it, nor
    // another role after "and a": "... and a member of the FDA's vaccine
    // advisory committee".)
    // (A plural's apostrophe inside a name is no stop: "president of the
    // National Farmers' Union".)
    let plural_apostrophe = |j: usize| {
        matches!(s.s(j), "'" | "’")
            && s.tokens.get(j).is_some_and(|t| !t.space_before)
            && s.s(j - 1).ends_with('s')
            && s.is_cap(j + 1)
    };
    // (Nor an ampersand between capitalised words: "chief executive of
    // Johnson & Johnson", "an analyst at Bernstein & Co".)
    let ampersand = |j: usize| s.s(j) == "&" && s.is_cap(j - 1) && s.is_cap(j + 1);
    let stop = (end + 2..(end + 16).min(s.tokens.len() + 1)).find(|&j| {
        !s.is_word(j) && !plural_apostrophe(j) && !ampersand(j)
            || matches!(
                s.s(j),
                "in" | "on" | "since" | "until" | "that" | "which" | "who" | "whose"
            )
            || s.s(j) == "and" && matches!(s.s(j + 1), "a" | "an")
            || is_speech_verb(s.s(j))
    });
    if stop.is_some_and(|j| is_speech_verb(s.s(j))) {
        return None;
    }
    // (The sentence may end there too.)
    Some(match stop {
        Some(stop)
            if stop > end + 2
                && s.tokens
                    .get(stop)
                    .is_none_or(|t| t.kind == TokenKind::Punct || s.is_word(stop)) =>
        {
            stop - 1
        }
        _ => end,
    })
}

/// Where the name goes on after a nickname that opens at token `i`:
/// one to three capitalised words in quotes, straight after a given name
/// alone or after titles, and a capitalised word after the closing quote
/// ("Joaquín "El Chapo" Guzmán", "Dwayne “The Rock” Johnson", "Sean
/// 'Diddy' Combs").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn quoted_nickname(s: &Sentence, run: &[Word], i: usize) -> Option<usize> {
    // (After titles too: "former President Jorge "Tuto" Quiroga".)
    let (given, titles) = run.split_last()?;
    if leading_titles(s, titles) != titles.len() {
        return None;
    }
    if !opening_quote(s, i) || s.tokens[i].line_break_before {
        return None;
    }
    let close = (i + 2..(i + 5).min(s.tokens.len())).find(|&j| !s.is_cap(j))?;
    let after = s.tokens.get(close + 1)?;
    let fits = close > i + 1
        && s.is_cap(i + 1)
        && (i + 1..close).all(|j| s.tokens[j].space_before == (j != i + 1))
        && closing_quote(s, close)
        && after.space_before
        && !after.line_break_before
        && s.is_cap(close + 1)
        && s.given_name(given.span.of(s.text), given.number).is_some();
    fits.then_some(close + 1)
}

/// The role that opens at token `start`, right after a name's comma with
/// no determiner: up to two words in lower case before a title ("chief
/// executive", "principal analyst"), then "of" or "at" and up to six
/// more words before a punctuation mark ("governor of the Dnipropetrovsk
/// region"); none if a capitalised word or "for" follows the title, the
/// role being the next name's ("Acme, chief executive John Smith said").
#[inline(never)]
#[cfg_attr(lede_abort, optimize(size))]
fn bare_appositive_role(s: &Sentence, start: usize) -> Option<Span> {
    // Words in lower case, the last of them a title's, and up to three
    // more words after it, titles' words or one between two of them:
    // "chief executive officer", "chief scientific officer", "president
    // and chief executive".
    let mut title = None;
    let mut end = start;
    // (One capitalised word, after a word in lower case, may qualify the
    // title's next word: "chief UK economist at Deutsche Bank", "senior
    // Asia economist at Capital Economics".)
    let qualifier = |k: usize| s.is_cap(k) && !s.is_cap(k + 1) && lower_case_role(s, k + 1);
    while end < start + 5
        && s.is_word(end)
        && (s.s(end).starts_with(char::is_lowercase)
            || lower_case_role(s, end)
            || end > start && qualifier(end))
    {
        // No function word before the title: a clause (", whose chairman,
        // ..." is about someone else; ", said the count was ...").
        if title.is_none() && function_word(s.s(end)) {
            return None;
        }
        if lower_case_role(s, end) {
            title.get_or_insert(end);
        } else if match title {
            Some(_) => !lower_case_role(s, end + 1),
            None => end >= start + 2,
        } {
            // (A word between a title's words: "chief scientific officer".)
            break;
        }
        end += 1;
    }
    let end = end - 1;
    title.filter(|&t| end <= t + 3)?;
    // (Nor before "for": in "for Ewen McGregor, best director for Baz
    // Luhrmann" the role is the next name's.)
    if s.s(end + 1).starts_with(char::is_uppercase) || for_a_name(s, end + 1) {
        return None;
    }
    Some(Span::new(
        s.tokens[start].span.start,
        s.tokens[what_of(s, end)?].span.end,
    ))
}

/// Role words that end a title phrase even when the lexicon lists only the
/// longer phrase ("Economy Minister", "Opposition Leader"), a blank apart
/// and sorted.
const ROLE_HEADS: &str =
    "Admiral Ambassador Chairman Chancellor Chief Commissioner Director Envoy General Governor \
     Leader Minister Premier President Secretary Spokesman Spokeswoman Treasurer";

/// The title at the start of a run: how many words it takes, what kind it
/// is, and the place or nationality mentions inside it ("Russian" in
/// "Russian President"). A title takes at most five words (after a place
/// of two or three words) and always leaves at least one word for the
/// name.
/// `phrase_buf` is a buffer for the phrases looked up.
/// "Justices Sonia Sotomayor and Elena Kagan": the plural of a role's
/// title ([`TitleKind::Role`]) opening a run, or after its titles and
/// modifiers ("Deputy Governors Sarah Breeden"), before a given name, is
/// the first person's role.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn plural_title(s: &Sentence, run: &[Word], k: usize, word: &str) -> Option<TitleKind> {
    // ("Sens. Thom Tillis and Susan Collins": an abbreviation's plural
    // opens names the lists need not know.)
    ((run.len() >= k + 3
        && word.len() >= 5
        && s.given_name(run[k + 1].span.of(s.text), run[k + 1].number)
            .is_some()
        || run.len() >= k + 2 && run[k].span.of(s.text).ends_with('.'))
        && plural_of_role(word))
    .then_some(TitleKind::Role)
}

/// "Shah Rukh Khan": whether `run` is three words, the first a title
/// that is a surname too, the second no given name the lists know and the
/// last a surname, a name whose first word is no title ("King Abdullah
/// Khan", "Bishop Desmond Tutu" keep theirs).
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn title_is_given(s: &Sentence, run: &[Word]) -> bool {
    let [title, middle, last] = run else {
        return false;
    };
    let word = |w: &Word| w.span.of(s.text);
    s.surname(word(title), title.number).is_some()
        && s.given_name(word(middle), middle.number).is_none()
        && s.surname(word(last), last.number).is_some()
}

/// Whether the word of `run` at `k` is one that organisations' names end
/// or open with ("Museum", "Opera", "Bank"), straight after the word
/// before it (not after "of": "Chief of the Army" is a title), with no
/// title in the two words after it ("Chief Cabinet Secretary",
/// "Metropolitan Police Commissioner" are titles).
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn before_org_word(s: &Sentence, run: &[Word], k: usize) -> bool {
    let (Some(w), Some(prev)) = (run.get(k), k.checked_sub(1).and_then(|p| run.get(p))) else {
        return false;
    };
    s.text[prev.span.end..w.span.start].trim().is_empty()
        && matches!(
            s.org_word(w.span.of(s.text), w.number),
            Some(OrgWord::Head | OrgWord::OfHead)
        )
        && !run.iter().skip(k + 1).take(2).any(|t| {
            let (bare, number) = without_stops(t.span.of(s.text), *t);
            s.title_any_case(bare, number).is_some()
        })
}

/// Whether `word` is the plural of a role's title, in "-s" ("Justices",
/// "Senators"), or a title of two or three capitalised words whose last
/// word is ("Deputy Governors").
pub(crate) fn plural_of_role(word: &str) -> bool {
    word.strip_suffix('s').is_some_and(|title| {
        let mut words = title.rsplit(' ');
        let last = words.next().unwrap_or(title);
        title_any_case(title) == Some(TitleKind::Role)
            || title.len() > last.len()
                && words.clone().count() <= 2
                && words.all(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
                && title_any_case(last) == Some(TitleKind::Role)
    })
}

/// "Col du Tourmalet", "Col d'Agnes", "Plateau de Beille": whether a
/// French particle follows the first word of `run`, of two words or more.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn mountain_pass(s: &Sentence, run: &[Word]) -> bool {
    let [first, second, ..] = run else {
        return false;
    };
    matches!(
        s.text[first.span.end..second.span.start].trim(),
        "de" | "du" | "des" | "de la"
    ) || second.span.of(s.text).starts_with("d'")
}

fn leading_title(
    s: &Sentence,
    run: &[Word],
    phrase_buf: &mut String,
) -> (usize, Option<TitleKind>, Vec<RawMention>) {
    // Only the first five words can be part of a title, after a place of
    // two or three words.
    let mut first_words = [""; 8];
    for (w, word) in first_words.iter_mut().zip(run) {
        *w = word.span.of(s.text);
    }
    // "St. Petersburg", "Mt. Kenya": a place prefix, not a title; nor is
    // "Col" before a particle, a mountain pass ("Col du Tourmalet").
    if matches!(first_words[0].trim_end_matches('.'), "St" | "Mt" | "Ft")
        || first_words[0] == "Col" && mountain_pass(s, run)
    {
        return (0, None, Vec::new());
    }
    // "New Zealand Prime Minister", "New South Wales Premier", "Sri Lankan
    // Prime Minister": a place of two or three words, or a nationality of
    // two, opens the role (reported below, if a title follows it).
    let place_words = (2..=3.min(run.len().saturating_sub(2)))
        .rev()
        .find(|&len| {
            let words = join_into(phrase_buf, first_words[..len].iter().copied(), |w| w);
            lexicon::place(words).is_some() || len == 2 && lexicon::demonym(words).is_some()
        })
        .unwrap_or_else(|| county_opens(first_words, run.len()));
    let body = if place_words == 0 {
        body_before_title(s, run)
    } else {
        None
    };
    let place_words = body.map_or(place_words, |(n, _)| n);
    let limit = run.len().min(5 + place_words);
    let words = &first_words[..limit];
    let mut cut = 0;
    let mut kind = None;
    let mut k = place_words;
    // The phrase being looked up goes in `phrase_buf`: words without full
    // stops, joined by single spaces.
    while k < limit {
        // A title phrase of up to three words.
        let longest = if lexicon::may_begin_title_phrase(words[k].trim_end_matches('.')) {
            3.min(limit - k)
        } else {
            1
        };
        let phrase = (1..=longest).rev().find_map(|len| {
            let title = if len == 1 {
                let (bare, number) = without_stops(words[k], run[k]);
                s.title_any_case(bare, number)
                    .or_else(|| plural_title(s, run, k, bare))
            } else {
                // Read from the text, with the connectors the run's words
                // skip ("Secretary of State", "Chief of Staff").
                let text = &s.text[run[k].span.start..run[k + len - 1].span.end];
                let phrase = join_into(phrase_buf, text.split_whitespace(), |w| {
                    w.trim_end_matches('.')
                });
                // Or its plural before a name of two words or more: "Wing
                // Commanders Shubhanshu Shukla and Angad Pratap".
                title_any_case(phrase).or_else(|| {
                    (k + len + 2 <= run.len()
                        && title_any_case(phrase.strip_suffix('s')?) == Some(TitleKind::Role))
                    .then_some(TitleKind::Role)
                })
            };
            title.map(|t| (len, t))
        });
        if let Some((len, t)) = phrase {
            // "U.S. Department of Justice", "the Kenya Court of Appeal
            // Judge": after words that are no title's, a title that "of"
            // or "for" joins to them is what they are of, and the run
            // opens with no title.
            if k > cut
                && !s.text[run[k - 1].span.end..run[k].span.start]
                    .trim()
                    .is_empty()
            {
                break;
            }
            // "the Metropolitan Museum of Art", "the Judge Business
            // School": a title before a word that organisations' names
            // end or open with is part of such a name; and "Actor Shah
            // Rukh Khan": a title that is a surname opens a name of three
            // words ([`title_is_given`]).
            if before_org_word(s, run, k + len) || len == 1 && title_is_given(s, &run[k..]) {
                break;
            }
            // "Mr Farmer", "President Singer": a role word that is a
            // surname, last after a title, is the name the title is of.
            if kind.is_some()
                && len == 1
                && k + 1 == run.len()
                && s.surname(words[k], run[k].number).is_some()
            {
                break;
            }
            // "Detective Inspector Dean Thomas": a role word that is a
            // common given name (class 7 or more: "Dean"), after a title
            // and before the run's last word, is the given name of the
            // person the titles are of ("Chief Justice Roberts" keeps its
            // title: "Justice" is a rarer name).
            if kind.is_some()
                && len == 1
                && k + 2 == run.len()
                && s.given_name(words[k], run[k].number)
                    .is_some_and(|class| class >= 7)
            {
                break;
            }
            k += len;
            cut = k;
            kind = Some(match (kind, t) {
                (Some(TitleKind::Role), _) | (_, TitleKind::Role) => TitleKind::Role,
                _ => TitleKind::Honorific,
            });
            continue;
        }
        if crate::text::lexicon::in_words_as_written(ROLE_HEADS, words[k]) {
            k += 1;
            cut = k;
            kind = Some(TitleKind::Role);
            continue;
        }
        // A modifier: allowed only when a title follows within two words
        // (one of several words too: "Russian Deputy Prime Minister").
        let title_follows = (k + 1..(k + 3).min(limit)).any(|j| {
            let (bare, number) = without_stops(words[j], run[j]);
            crate::text::lexicon::in_words_as_written(ROLE_HEADS, words[j])
                || s.title_any_case(bare, number).is_some()
                || plural_title(s, run, j, bare).is_some()
                || lexicon::may_begin_title_phrase(bare)
                    && (2..=3.min(limit - j)).any(|len| {
                        let text = &s.text[run[j].span.start..run[j + len - 1].span.end];
                        title_any_case(text).is_some()
                    })
        });
        // "Stephen King", "Ollie Pope", "Billie Jean King": a given name
        // before a title that ends the run and is a surname too is a
        // person's name (not after a name the lists know, "the Jordan
        // King", nor a common word, "My Sweet Lord").
        // (Before a name's suffix: "Martin Luther King Jr.".)
        let suffixed =
            run.len() > 2 && name_suffix(run[run.len() - 1].span.of(s.text).trim_end_matches('.'));
        let last = run.len() - 1 - usize::from(suffixed);
        let named = || {
            last < limit
                && last <= k + 2
                && s.given_name(words[k], run[k].number).is_some()
                && s.surname(words[last], run[last].number).is_some()
                && known_name(words[k]).is_none()
                && !s.common_any_case(words[k], run[k].number)
        };
        if !title_follows || named() {
            break;
        }
        k += 1;
    }
    let mut qualifiers = Vec::new();
    if let Some((n, key)) = body.filter(|_| kind == Some(TitleKind::Role)) {
        qualifiers.push(mention(span_of(&run[..n]), EntityType::Org, None, key));
    } else if kind == Some(TitleKind::Role) {
        // "United States President": the longest place or nationality at
        // the front of the role is reported in its own right.
        for len in (1..cut.min(3) + 1).rev() {
            let q = join_into(phrase_buf, words[..len].iter().copied(), |w| w);
            let span = span_of(&run[..len]);
            if let Some(place) = lexicon::place(q) {
                qualifiers.push(mention(span, place.ty, None, Some(place.key)));
                break;
            }
            if let Some(key) = lexicon::demonym(q) {
                qualifiers.push(mention(span, EntityType::Norp, None, Some(key)));
                break;
            }
            if len == 2 && county_opens(first_words, run.len()) == 2 {
                qualifiers.push(mention(span, EntityType::Gpe, None, None));
                break;
            }
            // "NATO Secretary-General", "Apple CEO": the organisation
            // (not a minister's portfolio: "Labour Minister"; nor the whole
            // title: "Admiral", a rank and an insurer).
            if let Some((key, ambiguous)) = lexicon::organization(q).filter(|_| len < cut) {
                if !(ambiguous && portfolio(q, words.get(len).copied().unwrap_or(""))) {
                    qualifiers.push(mention(span, EntityType::Org, None, Some(key)));
                }
                break;
            }
        }
        if qualifiers.is_empty() && cut >= 2 {
            if let Some(m) = unknown_organisation_of_role(s, run[0], words[0], words[1]) {
                qualifiers.push(m);
            }
        }
    }
    (cut, kind, qualifiers)
}

/// "Securities and Exchange Commission Chair Gary Gensler", "Reserve Bank
/// of Australia Governor Michele Bullock": an organisation the lists know,
/// of three to five words, "and" or "of" between them, opening a run
/// before a title and two words more opens the role (and so does one of
/// two to four words before a place the lists know, its branch there:
/// "Amnesty International Kenya Director Irungu Houghton"); how many of the
/// run's words it takes, and its key. So does a name no list knows of two
/// to four words, no title among them, that an organisation's head word
/// ends ("Shizuoka Financial Group President Minoru Yagi", "Chiba Bank
/// President Tsutomu Yonemura"), with no key, before a title that takes
/// no portfolio ("Energy Minister" is a title); or one that a company's
/// legal form ends ("Best Buy Co Chief Executive"), or with a head word
/// before "of" among its words, of up to five ("Georgia Bureau of
/// Investigation Director").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn body_before_title(s: &Sentence, run: &[Word]) -> Option<(usize, Option<&'static str>)> {
    let bare = |w: &Word| without_stops(w.span.of(s.text), *w);
    // Whether a role's title opens at word `n`, `n + 2` at most the run's
    // length.
    let title_at = |n: usize| {
        let (bare, number) = bare(&run[n]);
        // (A title of two words: "Managing Director".)
        s.title_any_case(bare, number) == Some(TitleKind::Role)
            || lexicon::may_begin_title_phrase(bare)
                && title_any_case(span_of(&run[n..n + 2]).of(s.text)) == Some(TitleKind::Role)
    };
    let last = run.len().saturating_sub(3);
    // ("Bank of England Governor": the run's words leave "of" out.)
    (2..=5.min(last))
        .rev()
        .find_map(|n| {
            // (The title first: most runs have none there, and the
            // organisation's look-up is dearer.)
            if !title_at(n) {
                return None;
            }
            match lexicon::organization(span_of(&run[..n]).of(s.text)) {
                Some((key, _)) => Some((n, Some(key))),
                // ("Amnesty International Kenya Director": its branch in a
                // place the lists know, with no key; "U.S. Homeland Security
                // Secretary": the country's, with the body's key.)
                None => {
                    let place = |w: &Word| lexicon::place(w.span.of(s.text)).is_some();
                    if place(&run[n - 1])
                        && lexicon::organization(span_of(&run[..n - 1]).of(s.text)).is_some()
                    {
                        Some((n, None))
                    } else if n == 2 {
                        // (One word after a place is no body: "U.S. Labor
                        // Secretary".)
                        None
                    } else if place(&run[0]) {
                        lexicon::organization(span_of(&run[1..n]).of(s.text))
                            .map(|(key, _)| (n, Some(key)))
                    } else {
                        // "Central Bank of Nigeria Governor", "Federal
                        // Reserve Bank of New York President": an
                        // organisation's head word, "of" and a place of one
                        // or two words that the lists know.
                        head_of_place(s, &run[..n]).then_some((n, None))
                    }
                }
            }
        })
        .or_else(|| {
            (2..=5.min(last))
                .rev()
                .find(|&n| {
                    let org_word = |w: &Word| {
                        let (word, number) = bare(w);
                        s.org_word(word, number)
                    };
                    // A head word or a company's legal suffix ends the name
                    // ("Best Buy Co Chief Executive"), or a head word
                    // before "of" is in it ("Georgia Bureau of
                    // Investigation Director").
                    let named = n <= 4
                        && matches!(org_word(&run[n - 1]), Some(OrgWord::Head | OrgWord::Suffix))
                        || (1..n).any(|m| {
                            of_between(s, &run[m - 1], &run[m])
                                && matches!(
                                    org_word(&run[m - 1]),
                                    Some(OrgWord::Head | OrgWord::OfHead)
                                )
                        });
                    // (Not a minister's portfolio: "Energy Minister", "Cabinet
                    // Secretary"; nor a common word between a body the lists
                    // know and a commissioner or a minister, its portfolio:
                    // "EU Energy Commissioner" is the EU's; not "ECOWAS
                    // Commission President".)
                    named
                        && title_at(n)
                        && !(n == 2
                            && matches!(bare(&run[2]).0, "Commissioner" | "Minister")
                            && lexicon::organization(run[0].span.of(s.text)).is_some()
                            && {
                                let (word, number) = bare(&run[1]);
                                s.common_any_case(word, number)
                            })
                        && !run[n..n + 2].iter().any(|w| portfolio_title(bare(w).0))
                        // (Nor a head word that opens the title itself:
                        // "Tesla Executive Chairman", "WFP Executive
                        // Director".)
                        && run[..n].iter().all(|w| {
                            let (word, number) = bare(w);
                            s.title_any_case(word, number).is_none()
                        })
                })
                .map(|n| (n, None))
        })
}

/// "the Ninth Circuit", "the 9th Circuit", "the D.C. Circuit", "the Court
/// of Appeals for the Federal Circuit": whether `run`, ending in
/// "Circuit", names a court of appeals: an ordinal, "Federal" or "D.C."
/// before its last word, or "Appeals" among its words.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn court_circuit(s: &Sentence, run: &[Word]) -> bool {
    let word = |w: &Word| w.span.of(s.text);
    let [.., before, _] = run else {
        return false;
    };
    let before = word(before);
    ["th", "st", "nd", "rd", "Federal", "D.C."]
        .iter()
        .any(|end| before.ends_with(end))
        || run.iter().any(|w| word(w) == "Appeals")
}

/// Whether "of" stands between the words `a` and `b` of a run.
#[cfg_attr(lede_abort, optimize(size))]
fn of_between(s: &Sentence, a: &Word, b: &Word) -> bool {
    s.text[a.span.end..b.span.start].trim() == "of"
}

/// "Central Bank of Nigeria", "Federal Reserve Bank of New York": whether
/// `run` ends in an organisation's head word, "of" and a place of one or
/// two words that the lists know.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn head_of_place(s: &Sentence, run: &[Word]) -> bool {
    let n = run.len();
    (n.saturating_sub(2).max(1)..n).any(|m| {
        of_between(s, &run[m - 1], &run[m])
            && s.org_word(run[m - 1].span.of(s.text), run[m - 1].number) == Some(OrgWord::Head)
            && lexicon::place(span_of(&run[m..]).of(s.text)).is_some()
    })
}

/// Whether `run` is two or three words that each name a people, a faith or
/// a party's followers, the last a plural ("Sunni Muslims", "Rohingya
/// Muslims"; not "Kurdish Muslim", which may open a person's name).
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn groups_only(s: &Sentence, run: &[Word]) -> bool {
    (2..=3).contains(&run.len())
        && run[run.len() - 1].span.of(s.text).ends_with('s')
        && run
            .iter()
            .all(|w| lexicon::demonym(w.span.of(s.text)).is_some())
}

/// "Ventura County Fire Chief Dustin Gardner": a word and the head word of
/// a town's or county's name ("County") open a run of four words or more,
/// a place that no list knows, before the title of the role (2, the words
/// of the place; 0 where they open no place).
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn county_opens(first_words: [&str; 8], len: usize) -> usize {
    let opens = len >= 4
        && head_type(first_words[1]) == Some(EntityType::Gpe)
        && first_words[0].bytes().any(|b| b.is_ascii_lowercase())
        && lexicon::title(first_words[0]).is_none();
    if opens {
        2
    } else {
        0
    }
}

/// "ISRO Chairman", "UNHCR chief": an acronym before a title that no list
/// knows is the organisation the role is held in (as a guess, which
/// evidence elsewhere in the text overrules), and so is a word that no
/// list knows, not opening the sentence ("Equinor Chief Executive"; the
/// frequency table lacks some words that open titles: "Interim
/// President").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn unknown_organisation_of_role(
    s: &Sentence,
    word: Word,
    text: &str,
    title: &str,
) -> Option<RawMention> {
    let acronym = is_acronym(text) && !not_org_acronym(text);
    // "Equinor Chief Executive": a word no list knows, of no common
    // word's spelling, that no list of names has either.
    let unknown = || {
        text.len() > 2
            // ("Interim President Hamid Karzai": not a sentence's first
            // word, which any word may be.)
            && s.tokens.first().is_some_and(|t| t.span.start != word.span.start)
            && !s.common_any_case(text, word.number)
            && !lexicon::is_stopword(text)
            && s.given_name(text, word.number).is_none()
            && s.surname(text, word.number).is_none()
            && known_name(text).is_none()
            // ("Recording Academy Chief Executive" with its first word
            // taken for an ordinary one: not "Academy" alone.)
            && lexicon::org_word(text).is_none()
    };
    // (No word of the title itself, written short or not: "met Maj. Gen.
    // John Smith".)
    let titled = || {
        let (bare, number) = without_stops(text, word);
        s.title_any_case(bare, number).is_some() || lexicon::may_begin_title_phrase(bare)
    };
    if acronym {
        // ("COP28 President": the summit's.)
        let ty = if numbered_summit(text) {
            EntityType::Event
        } else {
            EntityType::Org
        };
        return (!titled()).then(|| guess(word.span, ty));
    }
    // ("Ishikawa Governor Hiroshi Hase", "Wajima Mayor": a word no list
    // knows before a place's office is the place's name.)
    let ty = if crate::text::lexicon::any_ignoring_case(&["governor", "mayor", "premier"], title) {
        EntityType::Gpe
    } else {
        EntityType::Org
    };
    (unknown() && !titled()).then(|| guess(word.span, ty))
}

/// The text `written` of run word `word` without final full stops, and its
/// word number if that is still the token's whole text.
#[cfg_attr(lede_abort, optimize(size))]
fn without_stops(written: &str, word: Word) -> (&str, u32) {
    let bare = written.trim_end_matches('.');
    let number = if bare.len() == written.len() {
        word.number
    } else {
        NO_WORD
    };
    (bare, number)
}

/// `words`, each as `each` gives it, joined by single spaces in `buf`
/// (emptied first): a phrase to look up, with no allocation of its own.
#[cfg_attr(lede_abort, optimize(size))]
fn join_into<'b, 'w>(
    buf: &'b mut String,
    words: impl IntoIterator<Item = &'w str>,
    each: impl Fn(&'w str) -> &'w str,
) -> &'b str {
    buf.clear();
    for (n, w) in words.into_iter().enumerate() {
        if n > 0 {
            buf.push(' ');
        }
        buf.push_str(each(w));
    }
    buf
}

/// A whole known organisation or place, with its type and canonical key
/// ([`known_name_in_tables`], remembered).
#[cfg_attr(lede_abort, optimize(size))]
fn known_name(name: &str) -> Option<(EntityType, &'static str)> {
    name_facts(name).known
}

/// What the lexicons say of a name as a whole, asked of every run and
/// remembered per spelling: whether it is a known organisation or place,
/// else whether a demonym (looked up with it, as a run that is no known
/// name is asked that next).
fn name_facts(name: &str) -> NameFacts {
    memo::remembered(name, |a| &mut a.name, work_out_name_facts)
}

/// [`name_facts`] of the text of a run of words, by its word number when
/// it is one word token's whole text.
fn run_facts(s: &Sentence, run: &[Word]) -> NameFacts {
    let number = match run {
        [one] => one.number,
        _ => NO_WORD,
    };
    let text = join(s, run);
    // Words apart by other space than one blank ("Tora  Bora", a tab, a
    // no-break space: pasted text has them) are looked up one blank apart.
    // Told first by the length (a run whose words are one blank apart is
    // as long as they are and the blanks), the text read only if not.
    let words: usize = run.iter().map(|w| w.span.len()).sum();
    if text.len() != words + run.len().saturating_sub(1) && crate::text::irregular_spacing(text) {
        return s.remembered(
            text,
            number,
            |a| &mut a.name,
            |t| work_out_name_facts(join_into(&mut String::new(), t.split_whitespace(), |w| w)),
        );
    }
    s.remembered(text, number, |a| &mut a.name, work_out_name_facts)
}

/// [`name_facts`], worked out.
fn work_out_name_facts(name: &str) -> NameFacts {
    let known = known_name_in_tables(name);
    let unknown_word = known.is_none() && !name.bytes().any(|b| b == b' ');
    NameFacts {
        known,
        demonym: known.is_none().then(|| lexicon::demonym(name)).flatten(),
        one_word: unknown_word.then(|| one_word_title(name)),
    }
}

/// What [`leading_title`] makes of a run of the one word `word`: the kind
/// of title it is (then the run is all title), or `None`.
#[cfg_attr(lede_abort, optimize(size))]
fn one_word_title(word: &str) -> Option<TitleKind> {
    let bare = word.trim_end_matches('.');
    if matches!(bare, "St" | "Mt" | "Ft") {
        return None;
    }
    title_any_case(bare).or_else(|| {
        crate::text::lexicon::in_words_as_written(ROLE_HEADS, word).then_some(TitleKind::Role)
    })
}

/// A whole known organisation or place, with its type and canonical key.
/// Company names are also tried without their legal suffix ("Nvidia
/// Corp"), and names in capitals as written in title case ("SAN
/// FRANCISCO" in a dateline).
#[cfg_attr(lede_abort, optimize(size))]
fn known_name_in_tables(name: &str) -> Option<(EntityType, &'static str)> {
    if let Some((key, _)) = lexicon::organization(name) {
        return Some((EntityType::Org, key));
    }
    if let Some(p) = lexicon::place(name) {
        return Some((p.ty, p.key));
    }
    // The last space found a byte at a time: names are short, and a
    // reverse `str` search sets up more than it scans.
    let last_space = name.bytes().rposition(|b| b == b' ');
    if let Some((head, last)) = last_space.map(|at| (&name[..at], &name[at + 1..])) {
        if matches!(lexicon::org_word(last), Some(OrgWord::Suffix)) {
            if let Some((key, _)) = lexicon::organization(head) {
                return Some((EntityType::Org, key));
            }
        }
    }
    if name.len() > 3 && !name.chars().any(char::is_lowercase) {
        let titled = title_case(name);
        if let Some(p) = lexicon::place(&titled) {
            return Some((p.ty, p.key));
        }
    }
    None
}

/// Words in lower case inside places' names, as the lists write them
/// ("Rio de Janeiro", "Dar es Salaam", "Port-au-Prince", "Isle of Man"), a
/// blank apart and sorted.
const NAME_PARTICLES: &str = "al am and au da das de del der des di do dos du es la le les of upon";

/// "SAN FRANCISCO" -> "San Francisco", "RIO DE JANEIRO" -> "Rio de
/// Janeiro": each word after the first in lower case if it is one of
/// [`NAME_PARTICLES`].
#[cfg_attr(lede_abort, optimize(size))]
pub(crate) fn title_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut start = true;
    for (k, c) in name.char_indices() {
        if start && !(k > 0 && particle_at(name, k)) {
            out.push(c);
        } else {
            crate::text::case::push_lower(&mut out, c);
        }
        start = c == ' ' || c == '-';
    }
    out
}

/// Whether the word of `name` from byte `k` is one of [`NAME_PARTICLES`].
#[cfg_attr(lede_abort, optimize(size))]
fn particle_at(name: &str, k: usize) -> bool {
    let rest = &name[k..];
    let end = rest.bytes().position(|b| b == b' ' || b == b'-');
    let word = &rest[..end.unwrap_or(rest.len())];
    crate::text::lexicon::in_words(NAME_PARTICLES, word)
}

fn is_acronym(word: &str) -> bool {
    // The characters first, a byte at a time: most names fail on their
    // second letter. Every byte then is ASCII, and its letters capitals.
    let bytes = word.as_bytes();
    bytes
        .iter()
        .all(|&b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'.' || b == b'&')
        && (2..=6).contains(&bytes.iter().filter(|b| b.is_ascii_uppercase()).count())
        && lexicon::title(word).is_none()
}

/// Whether `name`, which an organisation is called too, is a minister's
/// portfolio before `title`: an ordinary word before "Minister" or
/// "Secretary" ("Labour Minister", "Labor Secretary").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn portfolio(name: &str, title: &str) -> bool {
    portfolio_title(title) && lexicon::is_common_word(name)
}

/// Whether `title` is one that a portfolio's name comes before: "Minister"
/// or "Secretary".
#[cfg_attr(lede_abort, optimize(size))]
fn portfolio_title(title: &str) -> bool {
    matches!(title, "Minister" | "Secretary")
}

/// Whether `word` is an acronym of seven to ten capitals that is no
/// ordinary word shouted ("EUMETSAT", "INTERPOL"; not "BREAKING").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn long_acronym(word: &str) -> bool {
    (7..=10).contains(&word.len())
        && word.bytes().all(|b| b.is_ascii_uppercase())
        && !lexicon::is_common_word(word)
        && lexicon::title(word).is_none()
}

/// Whether the run is a range of dates joined by hyphens, each part a month
/// or a day of the week ("January-March", "Mon-Fri") or a holiday
/// ("Christmas-New Year"), two or three parts in all.
#[cfg_attr(lede_abort, optimize(size))]
fn hyphenated_dates(s: &Sentence, run: &[Word]) -> bool {
    if !run[0].span.of(s.text).bytes().any(|b| b == b'-') {
        return false;
    }
    let text = join(s, run);
    let parts = text.split('-');
    (2..=3).contains(&parts.clone().count())
        && parts
            .clone()
            .all(|p| crate::text::lexicon::is_day_or_month(p) || super::numeric::is_holiday(p))
}

/// The second part of "Sydney-based", "U.S.-led", "Texas-born": a
/// participle that makes the word a modifier, never part of a name.
#[cfg_attr(lede_abort, optimize(size))]
fn is_participle_part(part: &str) -> bool {
    part.starts_with(char::is_lowercase)
        && (part.ends_with("ed") || matches!(part, "born" | "run" | "made" | "built" | "grown"))
}

/// Whether `word` ends football clubs' names ("United", "Rovers"): for
/// the grouping of a town's name with its club's.
#[cfg_attr(lede_abort, optimize(size))]
pub(super) fn club_end(word: &str) -> bool {
    head_bits(word) & CLUB_END != 0
}

/// The second part of "Oil-rich", "War-torn", "Drought-hit",
/// "Marxist-leaning": an adjective that makes the word a modifier, never
/// part of a name.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn adjective_part(part: &str) -> bool {
    matches!(
        part,
        "rich"
            | "poor"
            | "torn"
            | "hit"
            | "laden"
            | "stricken"
            | "ridden"
            | "hungry"
            | "free"
            | "friendly"
            | "heavy"
            | "struck"
            | "bound"
            | "dependent"
            | "leaning"
            | "speaking"
    )
}

/// Where the name ends in a word joined to a participle ("Morcha-led",
/// "Party-backed"): the length of the part before the last hyphen, when
/// that part is capitalised.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn participle_joined(word: &str) -> Option<usize> {
    // (A byte at a time: most words have no hyphen, and a `str` search
    // sets up more than it scans.)
    let hyphen = word.bytes().rposition(|b| b == b'-')?;
    let (name, participle) = (&word[..hyphen], &word[hyphen + 1..]);
    (name.starts_with(char::is_uppercase) && is_participle_part(participle)).then_some(name.len())
}

/// Whether hyphenated parts make one name, its first and last parts
/// capitalised and every part between them a short particle in lower case:
/// "Lashkar-e-Taiba", "Hizb-ul-Mujahideen", "Stratford-upon-Avon".
#[cfg_attr(lede_abort, optimize(size))]
fn is_name_with_particles(parts: &[&str]) -> bool {
    let [first, between @ .., last] = parts else {
        return false;
    };
    !between.is_empty()
        && first.starts_with(char::is_uppercase)
        && last.starts_with(char::is_uppercase)
        && between
            .iter()
            .all(|p| p.len() <= 5 && p.bytes().all(|b| b.is_ascii_lowercase()))
}

fn hyphen_parts(word: &str) -> Option<Vec<&str>> {
    // A byte at a time: names are short, and a `str` search sets up more
    // than it scans.
    if !word.bytes().any(|b| b == b'-') {
        return None;
    }
    let parts: Vec<&str> = word.split('-').collect();
    (parts.len() >= 2 && parts.iter().all(|p| !p.is_empty())).then_some(parts)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Document;

    #[test]
    fn head_table_answers_as_the_lists() {
        let others = ["river", "Riverside", "Airports", "Heightsé"];
        crate::entities::words::assert_answers_as_lists(&HEAD_TABLE, &HEAD_LISTS, &others);
    }

    #[test]
    fn lower_case_table_answers_as_the_lists() {
        let others = ["say", "intoo", "towardsé", "außen", "Nearby"];
        crate::entities::words::assert_answers_as_lists(
            &LOWER_CASE_TABLE,
            &LOWER_CASE_LISTS,
            &others,
        );
    }

    fn texts_of<'a>(text: &'a str, tokens: &[Token]) -> Vec<&'a str> {
        tokens.iter().map(|t| t.span.of(text)).collect()
    }

    fn found(text: &str) -> Vec<(String, EntityType)> {
        found_with_roles(text)
            .into_iter()
            .map(|(name, ty, _)| (name, ty))
            .collect()
    }

    /// [`found`], with each mention's role.
    fn found_with_roles(text: &str) -> Vec<(String, EntityType, Option<String>)> {
        let doc = Document::parse(text);
        let mut out = Vec::new();
        for s in &doc.sentences {
            let tokens = &doc.tokens[s.tokens.clone()];
            find(text, tokens, &texts_of(text, tokens), &[], &mut out);
        }
        out.iter()
            .map(|m| {
                let role = m.role.map(|r| r.of(text).to_string());
                (m.span.of(text).to_string(), m.ty, role)
            })
            .collect()
    }

    use EntityType::*;

    #[test]
    fn camel_case_by_bytes_as_by_characters() {
        for word in [
            "duPlessis",
            "van",
            "iPhone",
            "eBay",
            "x",
            "",
            "Abc",
            "aé",
            "éA",
            "aÉ",
            "a1B",
        ] {
            let by_chars = word.starts_with(char::is_lowercase)
                && word.chars().skip(1).any(char::is_uppercase);
            assert_eq!(is_camel_case(word), by_chars, "{word:?}");
        }
    }

    #[test]
    fn connectors_have_two_to_four_bytes() {
        assert!(CONNECTORS.iter().all(|c| (2..=4).contains(&c.len())));
        // `particle_surname` reads all but the last two as people's.
        assert_eq!(CONNECTORS[CONNECTORS.len() - 2..], ["for", "of"]);
    }

    #[test]
    fn title_becomes_role_and_nationality_stays_norp() {
        let got = found_with_roles("Russian President Vladimir Putin met him.");
        assert_eq!(
            got,
            [
                ("Russian".into(), Norp, None),
                (
                    "Vladimir Putin".into(),
                    Person,
                    Some("Russian President".into())
                )
            ]
        );
    }

    #[test]
    fn one_word_title_is_what_leading_title_makes_of_one_word() {
        for word in [
            "Mr",
            "Mr.",
            "Dr.",
            "President",
            "Minister",
            "Chancellor",
            "Premier",
            "Sen.",
            "St.",
            "Mt",
            "Ft.",
            "Putin",
            "Russian",
            "Iranian",
            "Sydney",
            "NATO",
            "Pope",
            "King",
        ] {
            let text = format!("{word} x");
            let doc = Document::parse(&text);
            let words = texts_of(&text, &doc.tokens);
            let s = Sentence {
                text: &text,
                tokens: &doc.tokens,
                words: &words,
                numeric: &[],
                epoch: 0,
                headline: false,
            };
            let run = [Word {
                span: Span::new(0, word.len()),
                number: NO_WORD,
            }];
            let (cut, kind, qualifiers) = leading_title(&s, &run, &mut String::new());
            let one = one_word_title(word);
            assert_eq!((cut, kind), (usize::from(one.is_some()), one), "{word}");
            // `classify` asks this only of a word that is no known name, and
            // makes its demonym the qualifier of a role.
            if known_name_in_tables(word).is_none() {
                let demonym = (kind == Some(TitleKind::Role))
                    .then(|| lexicon::demonym(word))
                    .flatten();
                let got: Vec<_> = qualifiers.iter().map(|q| (q.ty, q.known_key)).collect();
                let want: Vec<_> = demonym.map(|k| (Norp, Some(k))).into_iter().collect();
                assert_eq!(got, want, "{word}");
            }
        }
    }

    #[test]
    fn sentence_initial_common_word_is_not_a_name() {
        let got = found("Speaking at a joint press conference, he smiled.");
        assert!(got.is_empty(), "{got:?}");
    }

    /// `text` names `name` once, a person with the role `role`.
    fn assert_person_with_role(text: &str, name: &str, role: Option<&str>) {
        let got: Vec<_> = found_with_roles(text)
            .into_iter()
            .filter(|m| m.0 == name)
            .collect();
        assert_eq!(
            got,
            [(name.into(), Person, role.map(String::from))],
            "{text}"
        );
    }

    #[test]
    fn a_role_before_the_comma_that_opens_a_name_set_off_by_commas() {
        for (text, name, role) in [
            (
                "The company's former chief executive, Jane Doe, resigned.",
                "Jane Doe",
                Some("former chief executive"),
            ),
            (
                "Hallstrom's lawyer, Marc Agnifilo, said no.",
                "Marc Agnifilo",
                Some("Hallstrom's lawyer"),
            ),
            (
                "Her lawyer, John Smith, said no.",
                "John Smith",
                Some("lawyer"),
            ),
            // Closed by the sentence's end.
            (
                "They met the lawyer, John Smith.",
                "John Smith",
                Some("lawyer"),
            ),
            // Neither closing comma nor the sentence's end, or no role: no
            // role.
            (
                "They met the lawyer, John Smith and his son.",
                "John Smith",
                None,
            ),
            ("He told reporters, John Smith, that.", "John Smith", None),
        ] {
            assert_person_with_role(text, name, role);
        }
    }

    #[test]
    fn a_given_name_before_a_title_that_is_a_surname_is_a_person() {
        for (text, name, role) in [
            ("Yesterday Stephen King wrote.", "Stephen King", None),
            (
                "Yesterday Billie Jean King spoke.",
                "Billie Jean King",
                None,
            ),
            (
                "England captain Ollie Pope batted.",
                "Ollie Pope",
                Some("England captain"),
            ),
        ] {
            assert_person_with_role(text, name, role);
        }
        // A title alone, or after a name the lists know, names no one.
        for text in [
            "The Russian President spoke.",
            "The Jordan King spoke.",
            "He wrote My Sweet Lord.",
        ] {
            let got = found_with_roles(text);
            assert!(got.iter().all(|m| m.1 != Person), "{text}: {got:?}");
        }
    }

    #[test]
    fn a_word_for_a_person_before_a_full_name_is_the_role() {
        for (text, name, role) in [
            ("Beatle George Harrison died.", "George Harrison", "Beatle"),
            ("Wallaby John Eales retired.", "John Eales", "Wallaby"),
            (
                "Firefighter Robert Savarese was hurt.",
                "Robert Savarese",
                "Firefighter",
            ),
            (
                "Leg-spinner Stuart MacGill took five.",
                "Stuart MacGill",
                "Leg-spinner",
            ),
        ] {
            let got = found_with_roles(text);
            assert_eq!(got, [(name.into(), Person, Some(role.into()))], "{text}");
        }
        // Names of three words, and places, stay whole.
        for (text, name) in [
            (
                "Police held Naeil Ahmad Abdullah overnight.",
                "Naeil Ahmad Abdullah",
            ),
            (
                "Hamas named Abdel Aziz al-Rantissi leader.",
                "Abdel Aziz al-Rantissi",
            ),
            (
                "They fell into the Saxeten River Gorge.",
                "Saxeten River Gorge",
            ),
        ] {
            let got = found_with_roles(text);
            assert!(got.iter().any(|(n, _, _)| n == name), "{text}: {got:?}");
        }
    }

    #[test]
    fn a_title_before_the_head_of_a_place_or_organisation_is_part_of_it() {
        for (text, name, ty) in [
            (
                "Ships anchored in King George Sound.",
                "King George Sound",
                Loc,
            ),
            (
                "She works at Royal Prince Alfred Hospital.",
                "Royal Prince Alfred Hospital",
                Org,
            ),
            (
                "He was taken to Queen Elizabeth Hospital.",
                "Queen Elizabeth Hospital",
                Org,
            ),
        ] {
            let got = found_with_roles(text);
            assert_eq!(got, [(name.into(), ty, None)], "{text}");
        }
        // A title before a person's name is still the role.
        let got = found_with_roles("He met Prime Minister John Howard.");
        assert_eq!(
            got,
            [("John Howard".into(), Person, Some("Prime Minister".into()))]
        );
    }

    #[test]
    fn a_park_is_a_place_but_park_after_a_given_name_or_a_title_a_person() {
        for (text, name) in [
            (
                "They walked in the Royal National Park.",
                "Royal National Park",
            ),
            ("Crowds filled Hyde Park.", "Hyde Park"),
            (
                "Fire reached Kosciuszko National Park.",
                "Kosciuszko National Park",
            ),
        ] {
            let got = found_with_roles(text);
            assert_eq!(got, [(name.into(), Loc, None)], "{text}");
        }
        let got = found_with_roles("The film starred Grace Park.");
        assert_eq!(got, [("Grace Park".into(), Person, None)]);
        // Opening a sentence, before a verb of speech ("Park" a common
        // word, and "Grace" too).
        let got = found_with_roles("Grace Park said the vote was close.");
        assert_eq!(got, [("Grace Park".into(), Person, None)]);
        // Or before another verb: an auxiliary, a past, a verb the lists
        // know.
        for (text, name) in [
            ("Mark Wood was ruled out of the test.", "Mark Wood"),
            ("Sue Gray resigned last week.", "Sue Gray"),
            ("Sue Gray announces her bid.", "Sue Gray"),
        ] {
            let got = found_with_roles(text);
            assert_eq!(got, [(name.into(), Person, None)], "{text}");
        }
        // Not before a noun.
        let got = found_with_roles("Mark Wood panels cracked.");
        assert!(!got.iter().any(|(name, ..)| name == "Mark Wood"), "{got:?}");
        let got = found_with_roles("He met President Park.");
        assert_eq!(got, [("Park".into(), Person, Some("President".into()))]);
        // After a locative word, or after a given name that is a known
        // place, "Park" names a park again.
        for (text, name) in [
            ("Fans gathered at Albert Park.", "Albert Park"),
            ("Crowds filled Victoria Park.", "Victoria Park"),
        ] {
            let got = found_with_roles(text);
            assert_eq!(got, [(name.into(), Loc, None)], "{text}");
        }
    }

    #[test]
    fn an_ordinary_word_opening_a_known_name_at_a_sentences_start_stays() {
        for (text, name) in [
            ("New Zealand troops arrived.", "New Zealand"),
            ("New York police arrived.", "New York"),
            ("New South Wales firefighters are tired.", "New South Wales"),
        ] {
            let got = found(text);
            assert_eq!(got, [(name.into(), Gpe)], "{text}");
        }
        // Never a function word: "The Australian" is a newspaper.
        let got = found("The Australian Transport Safety Bureau said so.");
        assert_eq!(got, [("Australian Transport Safety Bureau".into(), Org)]);
    }

    #[test]
    fn a_place_of_several_words_may_open_a_role() {
        for (text, place, name, role) in [
            (
                "New Zealand Prime Minister Helen Clark spoke.",
                "New Zealand",
                "Helen Clark",
                "New Zealand Prime Minister",
            ),
            (
                "He met New South Wales Emergency Services Minister Bob Debus.",
                "New South Wales",
                "Bob Debus",
                "New South Wales Emergency Services Minister",
            ),
        ] {
            let got = found_with_roles(text);
            assert_eq!(
                got,
                [
                    (place.into(), Gpe, None),
                    (name.into(), Person, Some(role.into()))
                ],
                "{text}"
            );
        }
    }

    #[test]
    fn head_words_of_suburbs_gullies_and_places() {
        let got = found("Three boys from Shellharbour, Barrack Heights and Shell Cove were held.");
        assert_eq!(
            got,
            [
                ("Shellharbour".into(), Gpe),
                ("Barrack Heights".into(), Gpe),
                ("Shell Cove".into(), Loc)
            ]
        );
        let got = found("Workers rallied outside Collins Place near Windy Gully.");
        assert_eq!(
            got,
            [("Collins Place".into(), Fac), ("Windy Gully".into(), Loc)]
        );
    }

    #[test]
    fn a_word_before_a_compass_point_and_of_is_a_place() {
        for (text, place) in [
            (
                "Crews fought a blaze at Spencer north of Sydney.",
                "Spencer",
            ),
            ("Katoomba, west of Sydney, is cold.", "Katoomba"),
            ("Homes at Bargo south-west of Sydney burned.", "Bargo"),
        ] {
            let got = found(text);
            assert_eq!(got, [(place.into(), Gpe), ("Sydney".into(), Gpe)], "{text}");
        }
        let got = found("Smith north of the border said no.");
        assert_eq!(got, [("Smith".into(), Person)]);
    }

    #[test]
    fn a_plural_office_names_no_one() {
        for (text, name, ty) in [
            ("US Senators met in secret.", "US", Gpe),
            ("Australian Ministers will meet.", "Australian", Norp),
            ("Republican Congressmen objected.", "Republican", Norp),
        ] {
            assert_eq!(found(text), [(name.into(), ty)], "{text}");
        }
        // Alone it is no name either.
        assert!(found("The plan angered Senators in both parties.").is_empty());
        // Before a capitalised word it belongs to a name.
        assert_eq!(
            found("The Presidents Cup starts today."),
            [("Presidents Cup".into(), Event)]
        );
    }

    #[test]
    fn a_name_a_condition_is_named_after_names_no_one() {
        let got = found("It may treat Parkinson's disease and Down's syndrome.");
        assert!(got.is_empty(), "{got:?}");
        let got = found("It was Parkinson's idea.");
        assert_eq!(got, [("Parkinson".into(), Person)]);
        // Only the possessive says so.
        let got = found("Queensland disease experts met.");
        assert_eq!(got, [("Queensland".into(), Gpe)]);
    }

    #[test]
    fn a_company_before_a_country_is_its_arm_there() {
        for (text, name) in [
            ("Toyota Australia said sales fell.", "Toyota Australia"),
            ("Analysts at SG Australia expect a cut.", "SG Australia"),
        ] {
            let got = found(text);
            assert_eq!(got, [(name.into(), Org)], "{text}");
        }
        // A person's name ending in a place's stays a person's, and a
        // town's is no country's ("Oyama" is a town in Japan).
        let got = found("Jack London wrote books.");
        assert_eq!(got, [("Jack London".into(), Person)]);
        let got = found("Satoshi Oyama said it was fine.");
        assert_eq!(got, [("Satoshi Oyama".into(), Person)]);
    }

    #[test]
    fn a_title_before_a_place_that_is_a_name_names_a_person() {
        for (text, name, role) in [
            ("Mr Sutton said no.", "Sutton", None),
            ("Queen Victoria ruled.", "Victoria", Some("Queen")),
        ] {
            let got = found_with_roles(text);
            assert_eq!(got, [(name.into(), Person, role.map(Into::into))], "{text}");
        }
        // Not after "of", nor a place that is no name.
        let got = found("Director of Boston's airport spoke, and Dr Kabul too.");
        assert!(got.contains(&("Boston".into(), Gpe)), "{got:?}");
        assert!(got.contains(&("Kabul".into(), Gpe)), "{got:?}");
    }

    #[test]
    fn two_unknown_words_after_between_are_places() {
        let got = found("Homes between Bulabarra and Lapstone are in danger.");
        assert_eq!(
            got,
            [("Bulabarra".into(), Gpe), ("Lapstone".into(), Gpe)],
            "{got:?}"
        );
        // A surname before a known place (a town the surname lists know).
        let got = found("The road between Pemberton and Sydney was closed.");
        assert!(got.contains(&("Pemberton".into(), Gpe)), "{got:?}");
        // People stay people, and so does a surname before an unknown word.
        for (text, name) in [
            ("Talks between Smith and Jones ended.", "Smith"),
            ("Talks between Blair and Washington ended.", "Blair"),
            ("Trains run between Pemberton and Springwood.", "Pemberton"),
        ] {
            let got = found(text);
            assert!(got.contains(&(name.into(), Person)), "{text}: {got:?}");
        }
    }

    #[test]
    fn and_inside_an_organisations_name() {
        for name in [
            "Australian Securities and Investment Commission",
            "Australian Competition and Consumer Commission",
            "Australian Food and Grocery Council",
        ] {
            let got = found(&format!("An inquiry by the {name} began."));
            assert!(got.contains(&(name.into(), Org)), "{name}: {got:?}");
        }
        let got = found("Head of the Australian Food and Grocery Council, Mitch Hooke, spoke.");
        assert!(
            got.contains(&("Australian Food and Grocery Council".into(), Org)),
            "{got:?}"
        );
        // Two names with "and" between them stay two.
        let got = found("He met John Smith and Mary Jones in Sydney.");
        assert!(got.iter().all(|(n, _)| !n.contains(" and ")), "{got:?}");
        for text in [
            "Talks between Britain and France Telecom began.",
            "Talks between Japan and Toyota Motor Corporation began.",
            "Talks between Bill Gates and Microsoft Corporation began.",
            "Airlines including Ryanair and Southwest Airlines have complained.",
        ] {
            let got = found(text);
            assert!(
                got.iter().all(|(n, _)| !n.contains(" and ")),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn a_state_before_a_natural_place_is_its_own_mention() {
        let got = found("Fire crews battled a blaze in the NSW Blue Mountains.");
        assert_eq!(got, [("NSW".into(), Gpe), ("Blue Mountains".into(), Loc)]);
        // Not a city or a country, not a building, not before a head word.
        for (text, name) in [
            ("He flew to the US Virgin Islands.", "US Virgin Islands"),
            (
                "They sat in Washington Square Park.",
                "Washington Square Park",
            ),
            (
                "Tourists crossed the Sydney Harbour Bridge.",
                "Sydney Harbour Bridge",
            ),
        ] {
            let got = found(text);
            assert_eq!(got.len(), 1, "{text}: {got:?}");
            assert_eq!(got[0].0, name, "{text}");
        }
    }

    #[test]
    fn a_grade_of_crude_oil_is_no_place() {
        let got = found("Brent crude futures rose 2% as Dubai crude fell.");
        assert_eq!(got, [], "{got:?}");
        // A place before crude oil in other words is still a place.
        let got = found("Oil from Brent rose.");
        assert_eq!(got, [("Brent".into(), Gpe)]);
    }

    #[test]
    fn a_nationality_before_a_full_name_is_its_own_mention() {
        let got = found("The Americans Carl Walz and Dan Bursch flew home.");
        assert!(got.contains(&("Americans".into(), Norp)), "{got:?}");
        assert!(got.contains(&("Carl Walz".into(), Person)), "{got:?}");
        let got = found("He joined the Arab Al Qaeda fighters.");
        assert!(got.contains(&("Al Qaeda".into(), Org)), "{got:?}");
        // However long the run ("Finn" is a nationality and a given name),
        // at most four are split off it, and no stack is used up.
        let long = "Finn ".repeat(20_000);
        let got = found(&format!("Then {long}arrived."));
        assert_eq!(got.iter().filter(|(_, ty)| *ty == Norp).count(), 4);
        let got = found("The Finn Finn Finn Finn Finn Smith trio arrived.");
        assert_eq!(got.iter().filter(|(_, ty)| *ty == Norp).count(), 4);
        let got = found("He flew British Airways Flight 63 to Miami.");
        assert!(got.iter().all(|(_, ty)| *ty != Norp), "{got:?}");
        // Before words that read as a name though no given name opens it,
        // where no word in lower case follows ("sect" may be what the run
        // describes).
        let got = found("It is headed by moderate Muslim Hamid Karzai, a Pashtun.");
        assert!(got.contains(&("Muslim".into(), Norp)), "{got:?}");
        assert!(got.contains(&("Hamid Karzai".into(), Person)), "{got:?}");
        let got = found("He was a devotee of the Hindu Hare Krishna sect.");
        assert!(got.iter().all(|(n, _)| n != "Hare Krishna"), "{got:?}");
        let got = found("Afghan Northern Alliance troops advanced.");
        assert!(got.iter().all(|(_, ty)| *ty != Norp), "{got:?}");
    }

    #[test]
    fn time_zones_are_no_organisations() {
        for text in [
            "The fire was lit at about 1:00am (ACDT) last night.",
            "It starts at noon GMT, or 11pm AEDT.",
            "Times are in UTC.",
        ] {
            let got = found(text);
            assert!(got.is_empty(), "{text:?}: {got:?}");
        }
        assert!(found("Officials of ASIC met.").contains(&("ASIC".into(), Org)));
    }

    #[test]
    fn hyphenated_dates_are_ranges() {
        for (text, want) in [
            ("Sales rose in the January-March quarter.", "January-March"),
            ("Shops open Monday-Friday only.", "Monday-Friday"),
            (
                "The Christmas-New Year period was busy.",
                "Christmas-New Year",
            ),
            ("It ran Easter-Christmas.", "Easter-Christmas"),
            // Not a place after "in".
            ("Sales rose in January-March, he said.", "January-March"),
        ] {
            let got = found(text);
            assert!(got.contains(&(want.into(), Date)), "{text:?}: {got:?}");
        }
        for text in [
            "The Coca-Cola deal was signed.",
            "A Franco-German plan was signed.",
            "The March-Hare sat down.",
            "The Christmas-Tree was lit.",
        ] {
            let got = found(text);
            assert!(got.iter().all(|(_, ty)| *ty != Date), "{text:?}: {got:?}");
        }
    }

    #[test]
    fn of_after_a_full_name_begins_an_affiliation() {
        let got = found("\"We need rain,\" said Chidi Okafor of the Riverina Growers Council.");
        assert!(got.contains(&("Chidi Okafor".into(), Person)), "{got:?}");
        assert!(
            got.contains(&("Riverina Growers Council".into(), Org)),
            "{got:?}"
        );
        let got = found("He met Shane Bradford of Ballidu on Monday.");
        assert!(got.contains(&("Shane Bradford".into(), Person)), "{got:?}");
        // Two words no list knows before "of" and a country.
        let got = found("She will meet Aryna Sabalenka of Belarus in the final.");
        assert!(got.contains(&("Aryna Sabalenka".into(), Person)), "{got:?}");
        assert!(got.contains(&("Belarus".into(), Gpe)), "{got:?}");
        // Names with "of" inside stay whole.
        for name in [
            "Royal Bank of Scotland",
            "Third Battle of Ypres",
            "Department of the Treasury",
            "Central Bank of Nigeria",
            "Democratic Republic of Congo",
        ] {
            let got = found(&format!("They spoke of the {name} at length."));
            assert!(got.iter().any(|(n, _)| n == name), "{name}: {got:?}");
        }
    }

    #[test]
    fn lists_in_one_string_are_sorted() {
        crate::text::lexicon::assert_word_list(GOODS, true);
        crate::text::lexicon::assert_word_list(NAME_PARTICLES, true);
        crate::text::lexicon::assert_word_list(NO_TEAM_PLURALS, true);
        for list in [
            NOT_ORG_ACRONYMS,
            PEOPLE_NOUNS,
            GAMES_OPENERS,
            WORK_NOUNS,
            ROLE_HEADS,
        ] {
            crate::text::lexicon::assert_word_list(list, false);
        }
        crate::text::lexicon::assert_word_list(INTENT_VERBS, true);
    }

    #[test]
    fn a_works_title_in_quotes_names_nothing() {
        for text in [
            "Walt Disney Co's \"Inside Out 2\" led, ahead of Paramount's \"A Quiet Place: Day One\".",
            "Warner Bros' \"Furiosa: A Mad Max Saga\" was fifth.",
            "The film \"Barbie\" and \"Oppenheimer\" both opened.",
            "The film \"Deadpool & Wolverine\" opened.",
        ] {
            let got = found(text);
            let inside = |n: &str| !["Walt Disney Co", "Warner Bros", "Paramount"].contains(&n);
            assert!(!got.iter().any(|(n, _)| inside(n)), "{text}: {got:?}");
        }
        // A title with no cue before it names nothing either (`classify`,
        // `quoted_title`), but a quotation in sentence case is read as ever.
        let got = found("Jones said \"Europe Needs Us\" on Monday.");
        assert!(!got.iter().any(|(n, _)| n.contains("Europe")), "{got:?}");
        let got = found("Jones said \"Europe needs us\" on Monday.");
        assert!(got.iter().any(|(n, _)| n == "Europe"), "{got:?}");
    }

    #[test]
    fn possessive_is_not_part_of_the_name() {
        assert!(
            found("It was during Pezeshkian's visit to Moscow.").contains(&("Moscow".into(), Gpe))
        );
    }

    #[test]
    fn hyphenated_names_are_split() {
        let got = found(
            "He wants a settlement of the Palestinian-Israeli conflict and a Sydney-based firm.",
        );
        assert!(got.contains(&("Palestinian".into(), Norp)), "{got:?}");
        assert!(got.contains(&("Israeli".into(), Norp)), "{got:?}");
        assert!(got.contains(&("Sydney".into(), Gpe)), "{got:?}");
    }

    #[test]
    fn a_number_the_lists_know_after_a_name_is_part_of_it() {
        let got = found("The FTSE 100 rose while the S&P 500 fell and the CAC 40 slipped.");
        assert!(got.contains(&("FTSE 100".into(), Org)), "{got:?}");
        assert!(got.contains(&("S&P 500".into(), Org)), "{got:?}");
        assert!(got.contains(&("CAC 40".into(), Org)), "{got:?}");
        // A number no list knows with the name is not part of it.
        let got = found("Toyota 300 workers went home.");
        assert!(got.contains(&("Toyota".into(), Org)), "{got:?}");
    }

    #[test]
    fn the_abbreviation_of_number_is_no_name() {
        let got =
            found("He will climb to No. 5 in the rankings, behind world No. 1 Jannik Sinner.");
        assert!(got.iter().all(|(name, _)| name != "No"), "{got:?}");
        assert!(got.contains(&("Jannik Sinner".into(), Person)), "{got:?}");
    }

    #[test]
    fn context_types_unknown_names() {
        let got = found("Shares of Zorblax Inc. fell, and Qwerty Smith said so.");
        assert!(got.contains(&("Zorblax Inc.".into(), Org)), "{got:?}");
        assert!(got.contains(&("Qwerty Smith".into(), Person)), "{got:?}");
    }

    #[test]
    fn head_words_type_the_run() {
        let got = found("The New South Wales Rural Fire Service closed the Hume Highway near the Blue Mountains.");
        assert!(
            got.contains(&("New South Wales Rural Fire Service".into(), Org)),
            "{got:?}"
        );
        assert!(got.contains(&("Hume Highway".into(), Fac)), "{got:?}");
        assert!(got.contains(&("Blue Mountains".into(), Loc)), "{got:?}");
    }

    #[test]
    fn a_headline_in_title_case_is_read_word_by_word() {
        // The headline, then a body that names none of its names again.
        let entities = |headline: &str| {
            let text = format!("{headline}\n\nOfficials said more details would follow.\n");
            let doc = crate::text::Document::parse(&text);
            crate::entities::extract(&doc)
                .into_iter()
                .map(|e| (e.name, e.ty))
                .collect::<Vec<_>>()
        };
        let pair = |name: &str, ty| vec![(name.to_string(), ty)];
        assert_eq!(
            entities("Bushfire Threatens Homes Near Sydney"),
            pair("Sydney", Gpe)
        );
        // A name the lists know keeps its ordinary words ("Rural Fire
        // Service"), and a given name before a surname opens a name.
        assert_eq!(
            entities("Rural Fire Service Warns of Extreme Fire Danger"),
            pair("Rural Fire Service", Org)
        );
        assert_eq!(
            entities("Bill Shorten Slams Budget Cuts"),
            pair("Bill Shorten", Person)
        );
        // An organisation's head word after a place's name goes on with
        // it; not after a people's.
        assert_eq!(
            entities("Shizuoka Bank and Chiba Bank to Merge"),
            vec![
                ("Shizuoka Bank".to_string(), Org),
                ("Chiba Bank".to_string(), Org)
            ]
        );
        assert_eq!(entities("German Coalition Collapses"), pair("German", Norp));
        // Dates and amounts are neither capitalised words nor others.
        let got = entities("Fed Holds Rates Steady, Signals Two Cuts Later This Year");
        assert!(got.iter().all(|(_, ty)| *ty == Date), "{got:?}");
        // "iPhone" is a capitalised word of a title (and "Putin" a
        // surname the lists know).
        assert_eq!(
            entities("Putin Unveils New iPhone in Moscow"),
            vec![("Putin".to_string(), Person), ("Moscow".to_string(), Gpe)]
        );
        // A name by its shape alone stands only if the text names it again.
        assert_eq!(
            entities("Microsoft Deal Clears Kestrel Hurdle"),
            pair("Microsoft", Org)
        );
        // The same words in a sentence of the body are a name, as before.
        let doc = crate::text::Document::parse(
            "Officials met.\n\nThe report named Kestrel Hurdle as the buyer.\n",
        );
        let names: Vec<_> = crate::entities::extract(&doc)
            .into_iter()
            .map(|e| e.name)
            .collect();
        assert_eq!(names, ["Kestrel Hurdle"]);
    }

    #[test]
    fn ranks_of_several_words_are_roles() {
        let got = found_with_roles(
            "They were Master Sergeant Jefferson Davis and Sergeant First Class \
             Daniel Henry Petithory.",
        );
        let role = |r: &str| Some(r.to_string());
        assert_eq!(
            got,
            [
                ("Jefferson Davis".into(), Person, role("Master Sergeant")),
                (
                    "Daniel Henry Petithory".into(),
                    Person,
                    role("Sergeant First Class")
                ),
            ]
        );
    }

    #[test]
    fn a_surname_after_near_is_a_place() {
        let got = found("The blaze near Pemberton was contained.");
        assert_eq!(got, [("Pemberton".into(), Gpe)]);
        // Not with a possessive, nor after a preposition people follow.
        let got = found("Police waited outside Pemberton's home.");
        assert_eq!(got, [("Pemberton".into(), Person)]);
        let got = found("The letter came from Pemberton yesterday.");
        assert_eq!(got, [("Pemberton".into(), Person)]);
    }

    #[test]
    fn names_joined_before_a_plural_head_word_are_places() {
        let got = found("The fire reached Russell and Collins streets.");
        assert_eq!(got, [("Russell".into(), Fac), ("Collins".into(), Fac)]);
        let got = found("Floods hit the Murray and Darling rivers.");
        assert_eq!(got, [("Murray".into(), Loc), ("Darling".into(), Loc)]);
        // A plural that heads no place leaves them names.
        let got = found("The fire reached Russell and Collins families.");
        assert!(got.iter().all(|(_, ty)| *ty == Person), "{got:?}");
        // One such word after "the", before "river" and the like.
        let got = found("The Brahmaputra river rose above the danger mark.");
        assert_eq!(got, [("Brahmaputra".into(), Loc)]);
        let got = found("Farms in the Mekong delta flooded.");
        assert_eq!(got, [("Mekong".into(), Loc)]);
    }

    #[test]
    fn unknown_words_listed_before_a_known_place_are_places() {
        let got = found("Floods hit Dhemaji, Lakhimpur and Guwahati.");
        let want = [("Dhemaji", Gpe), ("Lakhimpur", Gpe), ("Guwahati", Gpe)];
        assert_eq!(got, want.map(|(n, t)| (n.into(), t)));
        let got = found("Floods hit Barpeta and Dhaka.");
        assert_eq!(got, [("Barpeta".into(), Gpe), ("Dhaka".into(), Gpe)]);
        // Of two, not before a country: a person is named with one.
        let got = found("He thanked Kowalczyk and Poland.");
        assert_eq!(got[0], ("Kowalczyk".into(), Person));
        // After a comma, only if the list goes on.
        let got = found("The plan was backed by Kowalczyk, Sydney police said.");
        assert_eq!(got[0], ("Kowalczyk".into(), Person));
    }

    #[test]
    fn words_after_a_place_of_are_places() {
        let got = found("Water covered the districts of Kurigram, Gaibandha and Lalmonirhat.");
        let want = [("Kurigram", Gpe), ("Gaibandha", Gpe), ("Lalmonirhat", Gpe)];
        assert_eq!(got, want.map(|(n, t)| (n.into(), t)));
    }

    #[test]
    fn a_name_after_a_locative_and_before_in_a_known_place_is_a_place() {
        let got = found("Crude loaded at Ras Tanura in Saudi Arabia.");
        assert_eq!(
            got,
            [("Ras Tanura".into(), Gpe), ("Saudi Arabia".into(), Gpe)]
        );
        // Not a person's name with a given name, nor after "to", nor where
        // a person works.
        let got = found("She lost to Aryna Sabalenka in Cincinnati.");
        assert_eq!(got[0], ("Aryna Sabalenka".into(), Person));
        let got = found("said Leo Gebbie, principal analyst at CCS Insight in London.");
        assert_eq!(got[1], ("CCS Insight".into(), Org));
        let got = found("A letter came from Jessica Pegula in Cincinnati.");
        assert_eq!(got[0], ("Jessica Pegula".into(), Person));
        // Nor without "in" and a place: "Ras Tanura" alone is read as a name.
        let got = found("Crude loaded at Ras Tanura on Monday.");
        assert_eq!(got[0], ("Ras Tanura".into(), Person));
    }

    #[test]
    fn two_known_places_side_by_side_are_two() {
        let got = found("Sydney Melbourne flights were cancelled.");
        assert_eq!(got, [("Sydney".into(), Gpe), ("Melbourne".into(), Gpe)]);
        // Not when the second is a surname too: "Sydney Chandler" is a
        // person (Chandler is a town in Arizona).
        let got = found("Sydney Chandler said the flights were cancelled.");
        assert_eq!(got, [("Sydney Chandler".into(), Person)]);
    }

    #[test]
    fn acronyms_of_territories_and_treatments() {
        // (A word no rule types is left unsettled, for the document to
        // settle: here nothing does, and it is dropped.)
        let got = found("The ACT government said IVF treatment would be funded.");
        assert_eq!(got[0], ("ACT".into(), Gpe));
        assert!(got.iter().all(|(_, ty)| *ty != Org), "{got:?}");
    }

    #[test]
    fn a_word_for_the_roles_tenure_is_part_of_it() {
        for (text, name, role) in [
            (
                "They met former President Donald Trump on Monday.",
                "Donald Trump",
                "former President",
            ),
            (
                "He spoke to former chief executive John Smith.",
                "John Smith",
                "former chief executive",
            ),
            (
                "BankSA's acting managing director Colin Taylor said.",
                "Colin Taylor",
                "BankSA's acting managing director",
            ),
            (
                "Williams team principal James Vowles said.",
                "James Vowles",
                "Williams team principal",
            ),
        ] {
            assert_person_with_role(text, name, Some(role));
        }
    }

    #[test]
    fn legal_forms_in_lower_case_with_a_slash_or_in_capitals_end_a_company() {
        for (text, name) in [
            ("Shares of Medtronic plc rose.", "Medtronic plc"),
            ("Shares in Novo Nordisk A/S fell.", "Novo Nordisk A/S"),
            ("Novo Nordisk A/S's shares fell.", "Novo Nordisk A/S"),
            (
                "Shares in Banco de Sabadell SA fell.",
                "Banco de Sabadell SA",
            ),
            (
                "Shares in Petroleo Brasileiro SA fell.",
                "Petroleo Brasileiro SA",
            ),
            ("Shares in Volvo AB fell.", "Volvo AB"),
        ] {
            let got = found(text);
            assert_eq!(got, [(name.into(), Org)], "{text}");
        }
    }

    #[test]
    fn a_sport_before_a_country_and_a_river_a_company_is_named_after() {
        let got = found("Tennis Australia said the final would go ahead.");
        assert_eq!(got, [("Tennis Australia".into(), Org)]);
        let got = found("Republican Senator Ted Cruz of Texas said no.");
        assert!(got.contains(&("Ted Cruz".into(), Person)), "{got:?}");
        assert!(got.contains(&("Texas".into(), Gpe)), "{got:?}");
        for text in [
            "Deforestation in the Amazon fell sharply.",
            "Fires spread across the Amazon basin.",
            "Brazil vowed to end Amazon deforestation.",
        ] {
            let got = found(text);
            assert!(got.contains(&("Amazon".into(), Loc)), "{text}: {got:?}");
            assert!(got.iter().all(|(_, ty)| *ty != Org), "{text}: {got:?}");
        }
        let got = found("Shares of Amazon rose sharply.");
        assert_eq!(got, [("Amazon".into(), Org)]);
    }

    #[test]
    fn an_acronym_before_a_title_is_the_organisation_of_the_role() {
        let got = found_with_roles("ISRO Chairman V. Narayanan said the launch went well.");
        assert_eq!(
            got,
            [
                ("ISRO".into(), Org, None),
                ("V. Narayanan".into(), Person, Some("ISRO Chairman".into()))
            ]
        );
        // So is a word that no list knows, not opening the sentence.
        let got = found_with_roles("Shares rose as Equinor Chief Executive Anders Opedal spoke.");
        assert_eq!(got[0], ("Equinor".into(), Org, None));
        let got = found("Interim President Hamid Karzai spoke.");
        assert!(!got.iter().any(|(_, ty)| *ty == Org), "{got:?}");
        // Not the ordinary word alone that opens the sentence: the body
        // that a head word ends, whole.
        let got = found("Recording Academy Chief Executive Harvey Mason spoke.");
        assert_eq!(
            got,
            [
                ("Recording Academy".into(), Org),
                ("Harvey Mason".into(), Person)
            ]
        );
    }

    #[test]
    fn a_roman_number_after_a_given_name_a_head_word_or_a_work() {
        let got = found("Queen Elizabeth II met Henry VIII. World War II ended.");
        assert_eq!(
            got,
            [
                ("Elizabeth II".into(), Person),
                ("Henry VIII".into(), Person),
                ("World War II".into(), Event)
            ]
        );
        for text in [
            "Gladiator II took $55 million.",
            "It entered Phase III trials.",
        ] {
            let got = found(text);
            assert!(got.is_empty(), "{text}: {got:?}");
        }
        // The words before an event's head word open a sentence as a name.
        let got = found("Cold War tensions rose. Second World War veterans met.");
        assert_eq!(
            got,
            [
                ("Cold War".into(), Event),
                ("Second World War".into(), Event)
            ]
        );
    }

    #[test]
    fn a_word_before_a_players_role_and_a_name_is_the_team() {
        let got = found_with_roles(
            "McLaren driver Lando Norris won, and Chelsea striker Nicolas Jackson scored.",
        );
        assert_eq!(got[0], ("McLaren".into(), Org, None));
        assert_eq!(got[2], ("Chelsea".into(), Org, None));
        assert_eq!(got[1].2.as_deref(), Some("McLaren driver"));
        // A place, a nationality, and a person before a role of no player
        // stay what they are.
        for (text, ty) in [
            ("Australia captain Pat Cummins spoke.", Gpe),
            ("British driver Lando Norris spoke.", Norp),
            ("Djokovic coach Goran Ivanisevic spoke.", Person),
        ] {
            let got = found(text);
            assert_eq!(got[0].1, ty, "{text}: {got:?}");
        }
    }

    #[test]
    fn an_honours_name_names_nothing() {
        for text in [
            "She won the Nobel Prize in Physics in 2017.",
            "He received the National Medal of Science.",
            "The Pulitzer Prize went to the paper.",
            "He won the Nobel Prize in Economic Sciences.",
        ] {
            let got = found(text);
            assert!(got.is_empty(), "{text}: {got:?}");
        }
        // An organisation named after a prize is one.
        let got = found("The Nobel Prize Committee met in Oslo.");
        assert_eq!(got[0], ("Nobel Prize Committee".into(), Org));
    }

    #[test]
    fn black_before_a_group_of_people_is_one() {
        for (text, name) in [
            ("The survey of Black voters found gaps.", "Black"),
            ("Black voters turned out in large numbers.", "Black"),
            ("A poll of Black and Hispanic residents.", "Black"),
            ("He was the first Black president of the club.", "Black"),
            ("Many Black Americans voted.", "Black Americans"),
        ] {
            let got = found(text);
            assert_eq!(got[0], (name.into(), Norp), "{text}");
        }
        // Not a colour, nor a surname.
        for text in [
            "Black smoke rose over the city.",
            "The Black Sea fleet sailed.",
            "Jack Black starred. Black said he was happy.",
        ] {
            let got = found(text);
            assert!(got.iter().all(|(_, ty)| *ty != Norp), "{text}: {got:?}");
        }
    }

    #[test]
    fn capitals_headline_is_not_an_organisation() {
        let got = found("IRAN AND RUSSIA SIGN STRATEGIC PARTNERSHIP DEAL");
        assert!(got.iter().all(|(_, t)| *t != Org), "{got:?}");
    }
}
