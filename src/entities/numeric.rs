//! Dates, times, money, percentages and quantities.
//!
//! A small matcher over the tokens of one sentence. It anchors on a number
//! (digits or number words), a month or weekday name, a currency symbol, or
//! a temporal word ("yesterday", "last week"), then extends left and right
//! over the words that belong to the expression ("$" "3.5" "billion";
//! "March" "5" "," "2024"; "4:00pm" "AEDT"). What counts as a unit or a
//! currency comes from short closed lists; a number followed by an ordinary
//! noun ("500 residents") is not an entity.

use super::{mention, EntityType, RawMention};
use crate::bare::prelude::*;

use super::words::{slots_for, total_len, WordClasses};
use crate::text::lexicon::{any_ignoring_case, MONTHS, WEEKDAYS};
use crate::text::{Span, Token, TokenKind};

const NUMBER_WORDS: &[&str] = &[
    "a",
    "an",
    "eight",
    "eighteen",
    "eighty",
    "eleven",
    "fifteen",
    "fifty",
    "five",
    "forty",
    "four",
    "fourteen",
    "half",
    "nine",
    "nineteen",
    "ninety",
    "one",
    "seven",
    "seventeen",
    "seventy",
    "six",
    "sixteen",
    "sixty",
    "ten",
    "thirteen",
    "thirty",
    "three",
    "twelve",
    "twenty",
    "two",
];

const MULTIPLIERS: &[&str] = &[
    "b",
    "billion",
    "billions",
    "bln",
    "bn",
    "crore",
    "crores",
    "hundred",
    "k",
    "lakh",
    "lakhs",
    "m",
    "million",
    "millions",
    "mln",
    "thousand",
    "thousands",
    "tn",
    "tr",
    "trillion",
    "trln",
    "trn",
];

/// Currency words that follow an amount ("27 dlrs", "1.08 dollars").
const CURRENCY_WORDS: &[&str] = &[
    "afghanis",
    "baht",
    "birr",
    "bolivar",
    "bolivares",
    "bolivars",
    "bolivianos",
    "bolívar",
    "bolívares",
    "cedi",
    "cedis",
    "cent",
    "cents",
    "colones",
    "colón",
    "crown",
    "crowns",
    "cts",
    "dinar",
    "dinars",
    "dirham",
    "dirhams",
    "dlr",
    "dlrs",
    "dollar",
    "dollars",
    "dong",
    "euro",
    "euros",
    "forint",
    "forints",
    "franc",
    "francs",
    "gourdes",
    "guarani",
    "guaranies",
    "guaranis",
    "guaraní",
    "guaraníes",
    "hryvnia",
    "hryvnias",
    "koruna",
    "krona",
    "krone",
    "kroner",
    "kronor",
    "kwacha",
    "kwanza",
    "kyat",
    "kyats",
    "lari",
    "lei",
    "lempiras",
    "leu",
    "lev",
    "lira",
    "manat",
    "naira",
    "pence",
    "peso",
    "pesos",
    "pound",
    "pounds",
    "quetzales",
    "rand",
    "reais",
    "real",
    "reals",
    "rial",
    "rials",
    "riel",
    "riels",
    "ringgit",
    "riyal",
    "riyals",
    "rouble",
    "roubles",
    "ruble",
    "rubles",
    "rupee",
    "rupees",
    "rupiah",
    "shekel",
    "shekels",
    "shilling",
    "shillings",
    "soles",
    "sterling",
    "taka",
    "tenge",
    "won",
    "yen",
    "yuan",
    "zloty",
    "zlotys",
];

/// Currency adjectives before the currency word ("US dollars",
/// "Australian dollars", "Hong Kong dollars").
const CURRENCY_QUALIFIERS: &[&str] = &[
    "african",
    "american",
    "argentine",
    "aus",
    "australian",
    "brazilian",
    "canadian",
    "cfa",
    "chinese",
    "czech",
    "danish",
    "egyptian",
    "hk",
    "hong",
    "indian",
    "iranian",
    "kong",
    "korean",
    "lankan",
    "mexican",
    "new",
    "norwegian",
    "nz",
    "russian",
    "saudi",
    "singapore",
    "south",
    "sri",
    "swedish",
    "swiss",
    "taiwan",
    "turkish",
    "u.s.",
    "us",
    "zealand",
];

const UNITS: &[&str] = &[
    "acre",
    "acres",
    "barrel",
    "barrels",
    "bcf",
    "bcm",
    "bpd",
    "bushel",
    "bushels",
    "carat",
    "carats",
    "celsius",
    "centimeter",
    "centimeters",
    "centimetre",
    "centimetres",
    "cm",
    "cubic",
    "cusec",
    "cusecs",
    "degree",
    "degrees",
    "dwt",
    "fahrenheit",
    "feet",
    "feu",
    "feus",
    "foot",
    "ft",
    "gallon",
    "gallons",
    "gb",
    "ghz",
    "gigabyte",
    "gigabytes",
    "gigawatt",
    "gigawatt-hours",
    "gigawatts",
    "gram",
    "grams",
    "gw",
    "gwh",
    "ha",
    "hectare",
    "hectares",
    "hectopascals",
    "inch",
    "inches",
    "kg",
    "kilogram",
    "kilograms",
    "kilometer",
    "kilometers",
    "kilometre",
    "kilometres",
    "kilos",
    "kilowatt",
    "kilowatt-hours",
    "kilowatts",
    "km",
    "km/h",
    "kmh",
    "knots",
    "kph",
    "kw",
    "kwh",
    "lb",
    "lbs",
    "light-year",
    "light-years",
    "liter",
    "liters",
    "litre",
    "litres",
    "mah",
    "megabyte",
    "megabytes",
    "megawatt",
    "megawatt-hours",
    "megawatts",
    "meter",
    "meters",
    "metre",
    "metres",
    "metric",
    "mg",
    "mhz",
    "microgram",
    "micrograms",
    "mile",
    "miles",
    "millibars",
    "milligram",
    "milligrams",
    "millimeter",
    "millimeters",
    "millimetre",
    "millimetres",
    "mm",
    "mmbtu",
    "mph",
    "mtpa",
    "mw",
    "mwh",
    "nanogram",
    "nanograms",
    "nanometer",
    "nanometers",
    "nanometre",
    "nanometres",
    "nautical",
    "ounce",
    "ounces",
    "oz",
    "petabyte",
    "petabytes",
    "sq",
    "square",
    "tb",
    "terabyte",
    "terabytes",
    "teu",
    "teus",
    "ton",
    "tonne",
    "tonnes",
    "tons",
    "twh",
    "watt",
    "watts",
    "yard",
    "yards",
];

/// Words after a number that make a percentage, alone or with the word
/// after them: "5 pct", "3 percentage points", "25 basis points", "50 bps",
/// "9 pc" (in lower case only, as British papers write it).
const PERCENT_WORDS: &[&str] = &["basis", "bps", "pc", "pct", "per", "percent", "percentage"];

/// Nouns of duration: "three days" is a DATE, "two hours" a TIME.
const DATE_NOUNS: &[&str] = &[
    "centuries",
    "century",
    "day",
    "days",
    "decade",
    "decades",
    "fortnight",
    "month",
    "months",
    "quarter",
    "quarters",
    "season",
    "seasons",
    "week",
    "weekend",
    "weeks",
    "year",
    "years",
];
const TIME_NOUNS: &[&str] = &["hour", "hours", "minute", "minutes", "second", "seconds"];

/// Words that make a date or time out of a following date noun or part of
/// the day: "last week", "next year", "this morning", "earlier this month".
const RELATIVE: &[&str] = &[
    "coming", "current", "earlier", "last", "later", "next", "past", "previous", "recent", "same",
    "this",
];

const DAY_PARTS: &[&str] = &["afternoon", "evening", "morning", "night"];
const SEASONS: &[&str] = &["autumn", "spring", "summer", "winter"];
/// Words that are a date alone, the plural days of the week too ("on
/// Sundays", which OntoNotes types a date).
const LONE_DATES: &[&str] = &[
    "fridays",
    "mondays",
    "saturdays",
    "sundays",
    "thursdays",
    "today",
    "tomorrow",
    "tonight",
    "tuesdays",
    "wednesdays",
    "yesterday",
];
const LONE_TIMES: &[&str] = &["midday", "midnight", "noon", "overnight"];

/// Time zones written after a clock time ("4:00pm AEDT").
const ZONES: &[&str] = &[
    "acdt", "acst", "adt", "aedt", "aest", "aet", "akdt", "akst", "ast", "awst", "brt", "bst",
    "cdt", "cest", "cet", "cst", "ct", "edt", "eest", "eet", "est", "et", "gmt", "hkt", "hst",
    "ict", "ist", "jst", "kst", "mdt", "msk", "mst", "mt", "myt", "nzdt", "nzst", "nzt", "pdt",
    "pht", "pkt", "pst", "pt", "sast", "sgt", "utc", "wib", "wit", "wita",
];

/// Holidays that name a date, as token sequences.
const HOLIDAYS: &[&[&str]] = &[
    &["Anzac", "Day"],
    &["Australia", "Day"],
    &["Black", "Friday"],
    &["Boxing", "Day"],
    &["Christmas"],
    &["Christmas", "Day"],
    &["Christmas", "Eve"],
    &["Cyber", "Monday"],
    &["Diwali"],
    &["Easter"],
    &["Easter", "Monday"],
    &["Easter", "Sunday"],
    &["Eid", "al-Adha"],
    &["Eid", "al-Fitr"],
    &["Fourth", "of", "July"],
    &["Good", "Friday"],
    &["Halloween"],
    &["Hanukkah"],
    &["Independence", "Day"],
    &["Labor", "Day"],
    &["Labour", "Day"],
    &["Lunar", "New", "Year"],
    &["Memorial", "Day"],
    &["New", "Year"],
    &["New", "Year", "Day"],
    &["New", "Year", "Eve"],
    &["Passover"],
    &["Ramadan"],
    &["Remembrance", "Day"],
    &["Thanksgiving"],
    &["Veterans", "Day"],
    &["Yom", "Kippur"],
];

/// The end of a time zone's name written out from token `j`, after a
/// clock time: one or two capitalised words and "Time", with the zone's
/// letters in brackets after it ("3 p.m. India Standard Time (IST)", "9
/// a.m. Eastern Standard Time", "10 a.m. Pacific Time").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn zone_named(m: &Matcher, j: usize) -> Option<usize> {
    let time = crate::text::lexicon::zone_name_end(|k| m.s(k), j)?;
    Some(
        if m.s(time + 1) == "(" && m.is(time + 2, ZONE) && m.s(time + 3) == ")" {
            time + 4
        } else {
            time + 1
        },
    )
}

/// Whether `word` is "Christmas" and `next` a thing of the season ("a
/// Christmas market", "the Christmas tree"): no date, and no name either
/// (the name typer asks too).
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
pub(crate) fn christmas_thing(word: &str, next: &str) -> bool {
    word == "Christmas"
        && matches!(
            next,
            "market"
                | "markets"
                | "tree"
                | "trees"
                | "lights"
                | "card"
                | "cards"
                | "carol"
                | "carols"
                | "decorations"
        )
}

/// Whether `word` names a time zone ("AEDT", "GMT"), in any case.
#[cfg_attr(lede_abort, optimize(size))]
pub(crate) fn is_time_zone(word: &str) -> bool {
    crate::text::lexicon::contains(ZONES, word)
}

/// Whether `words` (separated by single spaces) are a holiday's, as
/// written: "Christmas", "New Year".
#[cfg_attr(lede_abort, optimize(size))]
pub(crate) fn is_holiday(words: &str) -> bool {
    HOLIDAYS.iter().any(|h| {
        let mut parts = words.split(' ');
        h.iter().all(|w| parts.next() == Some(w)) && parts.next().is_none()
    })
}

/// Every word that can begin an expression, in lower case: a fast first
/// test, since most words of a text begin none.
const STARTERS: &[&str] = &[
    "a",
    "an",
    "anzac",
    "apr",
    "april",
    "aug",
    "august",
    "australia",
    "billions",
    "black",
    "boxing",
    "christmas",
    "coming",
    "current",
    "cyber",
    "dec",
    "december",
    "diwali",
    "dozens",
    "earlier",
    "easter",
    "eid",
    "eight",
    "eighteen",
    "eighty",
    "eleven",
    "feb",
    "february",
    "fifteen",
    "fifty",
    "first",
    "fiscal",
    "five",
    "forty",
    "four",
    "fourteen",
    "fourth",
    "fri",
    "friday",
    "fridays",
    "good",
    "half",
    "halloween",
    "hanukkah",
    "hundreds",
    "independence",
    "jan",
    "january",
    "jul",
    "july",
    "jun",
    "june",
    "labor",
    "labour",
    "last",
    "later",
    "lunar",
    "mar",
    "march",
    "may",
    "memorial",
    "midday",
    "midnight",
    "millions",
    "mon",
    "monday",
    "mondays",
    "new",
    "next",
    "nine",
    "nineteen",
    "ninety",
    "noon",
    "nov",
    "november",
    "oct",
    "october",
    "one",
    "overnight",
    "passover",
    "past",
    "previous",
    "ramadan",
    "recent",
    "remembrance",
    "same",
    "sat",
    "saturday",
    "saturdays",
    "second",
    "sep",
    "sept",
    "september",
    "seven",
    "seventeen",
    "seventy",
    "several",
    "six",
    "sixteen",
    "sixty",
    "sun",
    "sunday",
    "sundays",
    "ten",
    "tens",
    "thanksgiving",
    "the",
    "third",
    "thirteen",
    "thirty",
    "this",
    "thousands",
    "three",
    "thu",
    "thur",
    "thurs",
    "thursday",
    "thursdays",
    "today",
    "tomorrow",
    "tonight",
    "tue",
    "tues",
    "tuesday",
    "tuesdays",
    "twelve",
    "twenty",
    "two",
    "veterans",
    "wed",
    "wednesday",
    "wednesdays",
    "yesterday",
    "yom",
];

/// The word without "'s" or "’s" ("Friday's"), the only endings the
/// classes' words take. Not [`crate::text::strip_possessive`], which knows
/// every ending: this one, on every word token, inlines into the matcher,
/// and calling that one cost 1.3% of a warm native pass (callgrind).
#[cfg_attr(lede_abort, optimize(size))]
fn strip_possessive(word: &str) -> &str {
    // Most words do not end in "s": one byte settles it.
    if !word.ends_with('s') {
        return word;
    }
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .filter(|w| !w.is_empty())
        .unwrap_or(word)
}

/// Lower-case first words of [`HOLIDAYS`]: only a token that is one of them
/// needs the holiday lists compared.
const HOLIDAY_STARTS: &[&str] = &[
    "anzac",
    "australia",
    "black",
    "boxing",
    "christmas",
    "cyber",
    "diwali",
    "easter",
    "eid",
    "fourth",
    "good",
    "halloween",
    "hanukkah",
    "independence",
    "labor",
    "labour",
    "lunar",
    "memorial",
    "new",
    "passover",
    "ramadan",
    "remembrance",
    "thanksgiving",
    "veterans",
    "yom",
];

/// Currency words that are as often a weight, a verb or an adjective
/// ("pound(s)", "won", "real"), money after a bare number only with more
/// evidence.
const DOUBTFUL_CURRENCIES: &[&str] = &[
    "pound", "pounds", "won", "real", "reals", "rand", "crown", "crowns",
];

/// Words of paying before a sum in pounds ("for 340,000 pounds", "fined
/// 500 pounds"), which a weight seldom follows.
const PAYING: &[&str] = &[
    "awarded", "bid", "bought", "charged", "cost", "costs", "donated", "earn", "earned", "earning",
    "earns", "fined", "for", "offered", "owed", "paid", "pay", "paying", "pays", "raised",
    "receive", "received", "receives", "sold", "spent", "won", "worth",
];

/// Words that make a sum approximate between a word of paying and the
/// sum ("for about 80,000 pounds").
const APPROXIMATE: &[&str] = &[
    "about",
    "almost",
    "around",
    "approximately",
    "nearly",
    "over",
    "roughly",
    "some",
];

/// Words that only qualify the unit after them ("square metres").
const UNIT_QUALIFIERS: &[&str] = &["square", "cubic", "sq", "nautical", "metric"];

// One bit per closed list: which lists a word is in is looked up once per
// token ([`Matcher::classes`]) and each question tests a bit.
const NUMBER_WORD: u32 = 1 << 0;
const MULTIPLIER: u32 = 1 << 1;
const CURRENCY_WORD: u32 = 1 << 2;
const CURRENCY_QUALIFIER: u32 = 1 << 3;
const UNIT: u32 = 1 << 4;
const PERCENT_WORD: u32 = 1 << 5;
const DATE_NOUN: u32 = 1 << 6;
const TIME_NOUN: u32 = 1 << 7;
const RELATIVE_WORD: u32 = 1 << 8;
const DAY_PART: u32 = 1 << 9;
const SEASON: u32 = 1 << 10;
const LONE_DATE: u32 = 1 << 11;
const LONE_TIME: u32 = 1 << 12;
const ZONE: u32 = 1 << 13;
const MONTH: u32 = 1 << 14;
const WEEKDAY: u32 = 1 << 15;
const STARTER: u32 = 1 << 16;
const HOLIDAY_START: u32 = 1 << 17;

/// Every list the matcher consults, with its bit.
const CLASS_LISTS: [(&[&str], u32); 18] = [
    (NUMBER_WORDS, NUMBER_WORD),
    (MULTIPLIERS, MULTIPLIER),
    (CURRENCY_WORDS, CURRENCY_WORD),
    (CURRENCY_QUALIFIERS, CURRENCY_QUALIFIER),
    (UNITS, UNIT),
    (PERCENT_WORDS, PERCENT_WORD),
    (DATE_NOUNS, DATE_NOUN),
    (TIME_NOUNS, TIME_NOUN),
    (RELATIVE, RELATIVE_WORD),
    (DAY_PARTS, DAY_PART),
    (SEASONS, SEASON),
    (LONE_DATES, LONE_DATE),
    (LONE_TIMES, LONE_TIME),
    (ZONES, ZONE),
    (MONTHS, MONTH),
    (WEEKDAYS, WEEKDAY),
    (STARTERS, STARTER),
    (HOLIDAY_STARTS, HOLIDAY_START),
];

/// Whether `word`, in any case, is a currency's word ("sterling",
/// "Euros").
#[cfg_attr(lede_abort, optimize(size))]
pub(super) fn is_currency_word(word: &str) -> bool {
    CLASSES.get(word) & CURRENCY_WORD != 0
}

/// [`CLASS_LISTS`] entered in a table of `N` words and `S` slots.
const fn class_table<const N: usize, const S: usize>() -> WordClasses<N, S, true> {
    WordClasses::new(&CLASS_LISTS)
}

/// The number of distinct words of [`CLASS_LISTS`].
const CLASS_WORDS: usize = {
    const MOST: usize = total_len(&CLASS_LISTS);
    class_table::<MOST, { slots_for(MOST) }>().len()
};

/// The closed word lists, entered at compile time.
static CLASSES: WordClasses<CLASS_WORDS, { slots_for(CLASS_WORDS) }, true> = class_table();

/// The lists a word is in (ASCII case ignored), as bits, read without a
/// possessive ending.
#[inline]
fn classes_in(word: &str) -> u32 {
    // Every list word begins with a letter: numbers and punctuation, most
    // tokens that are not words, need no lookup. (A possessive ending
    // leaves the first byte, so a word is stripped only past this test.)
    if !word.as_bytes().first().is_some_and(u8::is_ascii_alphabetic) {
        return 0;
    }
    CLASSES.get(strip_possessive(word))
}

#[cfg(test)]
fn is_in(list: &[&str], word: &str) -> bool {
    crate::text::lexicon::contains(list, word)
}

/// The lists each token's word is in ([`classes_in`], of the word without
/// a possessive ending), worked out once per document (one allocation for
/// the whole text rather than one per sentence) and sliced per sentence.
/// `words[i]` is the text of token `i`. (Not inlined, for the registers
/// of its loop, as `super::token_words`.)
#[inline(never)]
pub(crate) fn prepare(words: &[&str]) -> Vec<u32> {
    words.iter().map(|w| classes_in(w)).collect()
}

struct Matcher<'a, 'p> {
    tokens: &'a [Token],
    /// The text of each token.
    words: &'p [&'a str],
    /// The sentence's slice of [`prepare`]'s classes.
    classes: &'p [u32],
}

impl<'a> Matcher<'a, '_> {
    /// The token's text without a possessive ending ("Friday's" reads as
    /// "Friday"), "" past the end. (Stripped here, as read: most words end
    /// in no "s", which one byte settles, and a vector of stripped words
    /// for the document cost more.)
    fn s(&self, i: usize) -> &'a str {
        strip_possessive(self.written(i))
    }

    /// The token's text as written, its possessive kept, "" past the end.
    fn written(&self, i: usize) -> &'a str {
        self.words.get(i).copied().unwrap_or("")
    }

    /// Whether token `i` is in one of the lists of `bits`.
    fn is(&self, i: usize, bits: u32) -> bool {
        self.classes.get(i).is_some_and(|c| c & bits != 0)
    }

    /// Whether token `i`'s first byte is an ASCII capital (false past the
    /// end).
    fn capitalised(&self, i: usize) -> bool {
        self.words
            .get(i)
            .is_some_and(|w| w.as_bytes().first().is_some_and(u8::is_ascii_uppercase))
    }

    fn kind(&self, i: usize) -> Option<TokenKind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    fn glued(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| !t.space_before)
    }

    fn is_digit_number(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Number)
    }

    /// A written number that is not just "a"/"an".
    fn is_number_word(&self, i: usize) -> bool {
        let s = self.s(i);
        self.is(i, NUMBER_WORD) && !s.eq_ignore_ascii_case("a") && !s.eq_ignore_ascii_case("an")
    }

    fn is_number(&self, i: usize) -> bool {
        self.is_digit_number(i) || self.is_number_word(i)
    }

    /// Index after an amount starting at `i`: a number, optionally more
    /// number words ("twenty five"), a half or a quarter after "and" ("two
    /// and a half") and multipliers ("3.5 billion", "1.5 mln").
    fn amount_end(&self, i: usize) -> usize {
        let mut j = i + 1;
        while j < self.tokens.len()
            && ((self.is_number_word(j) && self.is_number_word(j - 1))
                || self.is(j, MULTIPLIER)
                || (self.s(j) == "-" && self.is_number_word(j + 1)))
        {
            j += 1;
        }
        // "$100 billion-a-year", "$5 million-plus": a multiplier with more
        // after a hyphen, in one word.
        if multiplier_hyphenated(self.s(j)) {
            return j + 1;
        }
        // "two and a half hours", "3 and a half million".
        if self.s(j) == "and"
            && matches!(self.s(j + 1), "a" | "one")
            && matches!(self.s(j + 2), "half" | "quarter")
        {
            j += 3;
            while self.is(j, MULTIPLIER) {
                j += 1;
            }
        }
        // "a million", "half a billion"
        j
    }

    /// A currency symbol token or prefix at `i` ("$", "€", "£", "A$" as
    /// "A" glued to "$", "US$"): returns the index of the amount after it.
    fn currency_prefix(&self, i: usize) -> Option<usize> {
        let s = self.s(i);
        // Letters and digits (most tokens) are no symbol: their first byte
        // tells.
        if !s.as_bytes().first().is_some_and(u8::is_ascii_alphanumeric)
            && matches!(
                s,
                "$" | "€"
                    | "£"
                    | "¥"
                    | "₹"
                    | "₽"
                    | "₩"
                    | "₪"
                    | "₱"
                    | "₦"
                    | "₺"
                    | "₫"
                    | "₴"
            )
        {
            return Some(i + 1);
        }
        let letters_then_dollar = s.len() <= 3
            && self.glued(i + 1)
            && s.bytes().all(|b| b.is_ascii_uppercase())
            && matches!(self.s(i + 1), "$" | "£");
        if letters_then_dollar {
            return Some(i + 2);
        }
        // A currency's code before the amount: "USD 5 million", "INR 300
        // crore", "Rs 500 crore", "Rs. 20 lakh", "Rp 7.5 trillion", "RM
        // 2 billion", "Dh 60,000", "Tk 500 crore", "SEK 12bn", "CHF 1.5bn",
        // "KSh 2 million", "Sh2 million", "PHP 1.2 billion".
        // ("COP 4,100", "COP 2 billion"; but the climate summit: "COP
        // 30", "COP 29 in Baku".)
        (currency_short_form(s) && (s != "COP" || !self.summit_number(i + 1))).then(|| {
            let dot = self.s(i + 1) == "." && self.glued(i + 1);
            i + 1 + usize::from(dot)
        })
    }

    /// Whether the token at `i` is a climate summit's number after "COP"
    /// (as the name typer reads it: `names::numbered_event`), no multiplier
    /// after it ("COP 29", not "COP 12 billion").
    #[cfg_attr(lede_abort, optimize(size))]
    fn summit_number(&self, i: usize) -> bool {
        let n = self.s(i);
        (n.is_empty()
            || n.bytes().all(|b| b.is_ascii_digit()) && super::names::numbered_event("COP", n))
            && !self.is(i + 1, MULTIPLIER)
    }

    fn month_at(&self, i: usize) -> bool {
        // The list's bit first: most tokens asked are no month.
        self.is(i, MONTH) && {
            let s = self.s(i);
            s.starts_with(char::is_uppercase)
                && match s {
                    "May" => self.date_context(i),
                    "April" | "June" | "August" => !self.given_name_at(i),
                    _ => true,
                }
        }
    }

    /// "June Smith said", "August Lederer bought it", "the daughter of
    /// August and Serena Lederer": a month that is a given name too reads
    /// as the name before a surname (one the lists know, or a word they do
    /// not), or before "and" and a person's two names, where no word that
    /// opens a date comes before it ("in June Trump signed", "the June Fed
    /// meeting", "last August Congress passed" stay dates).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn given_name_at(&self, i: usize) -> bool {
        let before = i.checked_sub(1).map_or("", |j| self.s(j));
        let mut lower = [0u8; 8];
        let n = before.len().min(8);
        lower[..n].copy_from_slice(&before.as_bytes()[..n]);
        lower.make_ascii_lowercase();
        let opens_date = before.len() <= 8
            && matches!(
                &lower[..n],
                b"in"
                    | b"since"
                    | b"until"
                    | b"till"
                    | b"by"
                    | b"from"
                    | b"through"
                    | b"during"
                    | b"before"
                    | b"after"
                    | b"between"
                    | b"to"
                    | b"and"
                    | b"or"
                    | b"last"
                    | b"next"
                    | b"this"
                    | b"that"
                    | b"the"
                    | b"a"
                    | b"early"
                    | b"late"
                    | b"mid"
                    | b"each"
                    | b"every"
                    | b"its"
                    | b"their"
                    | b"our"
                    | b"on"
                    | b"for"
                    | b"at"
            );
        if opens_date || i > 0 && self.is_digit_number(i - 1) {
            return false;
        }
        let surname_at = |j: usize| {
            let w = self.s(j);
            self.kind(j) == Some(TokenKind::Word)
                && w.starts_with(|c: char| c.is_ascii_uppercase())
                && w.bytes().skip(1).any(|b| b.is_ascii_lowercase())
                && !self.is(j, MONTH | WEEKDAY)
                && (super::lexicon::surname(w).is_some() || !super::lexicon::is_common_word(w))
        };
        surname_at(i + 1)
            || self.s(i + 1) == "and"
                && super::lexicon::given_name(self.s(i + 2)).is_some()
                && surname_at(i + 3)
    }

    /// "May" is a month only next to a day number or a year, or after a
    /// word that leaves no other reading ("in May", "since May", "last
    /// May") when no capitalised word follows ("in May Smith's view").
    fn date_context(&self, i: usize) -> bool {
        if self.is_digit_number(i + 1) || (i > 0 && self.is_digit_number(i - 1)) {
            return true;
        }
        let before = if i > 0 { self.s(i - 1) } else { "" };
        // "from March to May", "between April and May", "between May and
        // June" (not "a row between May and Johnson").
        let after_month = || {
            matches!(before, "to" | "and")
                && i >= 2
                && self.s(i - 2) != "May"
                && self.month_at(i - 2)
                || before == "between" && self.s(i + 1) == "and" && self.month_at(i + 2)
        };
        // ("the end of May", "the first week of May".)
        let part_of = || {
            before == "of"
                && i >= 2
                && matches!(
                    self.s(i - 2),
                    "end" | "start" | "beginning" | "middle" | "week" | "weeks" | "half"
                )
        };
        (matches!(
            before,
            "in" | "since"
                | "until"
                | "till"
                | "last"
                | "next"
                | "early"
                | "late"
                | "mid"
                | "In"
                | "Since"
                | "Until"
        ) || after_month()
            || part_of())
            && (!self.s(i + 1).starts_with(char::is_uppercase) || self.opens_name_after_may(i + 1))
    }

    /// "In May President Donald Trump", "in May Britain voted": whether
    /// the capitalised word at `i`, after "May", is a title or a name the
    /// lists know (so "May" is the month), with no possessive in the next
    /// three tokens ("faith in May Smith's plan").
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn opens_name_after_may(&self, i: usize) -> bool {
        use super::lexicon;
        let w = self.s(i);
        (lexicon::title(w).is_some()
            || lexicon::may_begin_title_phrase(w)
            || lexicon::is_listed_name(w))
            && (i..i + 3).all(|k| !crate::text::is_possessive(self.written(k)))
    }

    /// "Governor Monday Okpebholo", "Chief Saturday Kpakol-Nwiido": a
    /// weekday between a capitalised title and a capitalised word is a
    /// given name.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn titled_name(&self, i: usize) -> bool {
        // ("Mr. Friday Okonkwo": the title's full stop a token.)
        let dot = usize::from(i > 0 && self.s(i - 1) == ".");
        let Some(before) = i.checked_sub(1 + dot).map(|j| self.s(j)) else {
            return false;
        };
        let next = self.s(i + 1);
        before.starts_with(|c: char| c.is_ascii_uppercase())
            && next.starts_with(|c: char| c.is_ascii_uppercase())
            && next.bytes().any(|b| b.is_ascii_lowercase())
            && self.kind(i + 1) == Some(TokenKind::Word)
            && !self.is(i + 1, MONTH | WEEKDAY | DAY_PART)
            && super::lexicon::title(before).is_some()
    }

    /// "The Sunday Times", "Sunday Telegraph", "taught Sunday school": a
    /// weekday before a word that names a paper with it, or a school's, an
    /// inquiry's or an accord's ("the Bloody Sunday Inquiry", "the Good
    /// Friday Agreement"); and after the words that name a paper or a day
    /// of killings with it ("the Mail on Sunday", "Bloody Sunday").
    fn weekday_in_name(&self, i: usize) -> bool {
        let before = |k: usize| i.checked_sub(k).map_or("", |j| self.written(j));
        before(1) == "Bloody"
            || before(1) == "on" && before(2) == "Mail"
            || crate::text::lexicon::contains(
                &[
                    "age",
                    "agreement",
                    "express",
                    "herald",
                    "independent",
                    "inquiry",
                    "mirror",
                    "post",
                    "school",
                    "telegraph",
                    "times",
                    "tribune",
                    "world",
                ],
                self.s(i + 1),
            )
    }

    fn year_at(&self, i: usize) -> bool {
        self.is_digit_number(i) && is_year(self.s(i))
    }

    /// A year of any century since 1000, after a month or a day ("July 4,
    /// 1776", "5 March 1850"), where no other reading is left.
    fn any_year_at(&self, i: usize) -> bool {
        self.is_digit_number(i) && is_year_since_1000(self.s(i))
    }

    /// A year before 1900 or from 2100 on standing alone, before no word
    /// in lower case but a function word ("and", "when", "in", "by"...):
    /// an old one after "in" or "since" ("founded in 1896", "founded in
    /// 1636 in Cambridge", "since 1850 when"; not "in 1500 metres"), after
    /// "an", which only a year's "eighteen" or "eleven" takes ("an 1851
    /// maritime law"), or before or after "to", "and" or "until" and
    /// another year ("from 1878 to 1903"); a later one after "in", "by",
    /// "until", "before" or "beyond" ("warming of 3 degrees by 2100").
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn year_alone_at(&self, i: usize) -> bool {
        let before = self.s(i.wrapping_sub(1));
        let old = self.any_year_at(i);
        i > 0
            && (self.ends_date(i + 1)
                && (matches!(before, "in" | "In" | "since" | "Since") && old
                    || any_ignoring_case(&["before", "beyond", "by", "in", "until"], before)
                        && self.is_digit_number(i)
                        && future_year(self.s(i))
                    || old
                        && matches!(before, "to" | "and" | "until")
                        && i >= 2
                        && self.any_year_at(i - 2))
                || old
                    && (before == "an"
                        || matches!(self.s(i + 1), "to" | "and" | "until")
                            && self.any_year_at(i + 2)
                            && self.ends_date(i + 3)))
    }

    /// Whether token `j` may follow a year standing alone or the last of
    /// days listed after a month: no word in lower case but a function
    /// word ("in 1500 metres" is no year, "on December 6, 7 people" no
    /// list of days).
    fn ends_date(&self, j: usize) -> bool {
        let next = self.s(j);
        !next.starts_with(|c: char| c.is_ascii_lowercase())
            || crate::text::lexicon::contains(
                &[
                    "after", "and", "as", "at", "by", "during", "in", "on", "to", "under", "when",
                    "with",
                ],
                next,
            )
    }

    /// Two years joined by a hyphen, a dash or a slash in one token, the
    /// second later: "1981-2010", or the next written short ("2029-30",
    /// "1999-00", a crop's or a season's "2025/26").
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn year_range_at(&self, i: usize) -> bool {
        self.is_digit_number(i)
            && self
                .s(i)
                .split_once(['-', '–'])
                .or_else(|| self.s(i).split_once('/'))
                .is_some_and(|(a, b)| {
                    is_year(a)
                        && match b.len() {
                            4 => is_year(b) && a < b,
                            2 => {
                                let two =
                                    |d: &[u8]| u32::from(d[0] - b'0') * 10 + u32::from(d[1] - b'0');
                                b.bytes().all(|c| c.is_ascii_digit())
                                    && (two(&a.as_bytes()[2..]) + 1) % 100 == two(b.as_bytes())
                            }
                            _ => false,
                        }
                })
    }

    /// Two day numbers joined by a hyphen or a dash in one token: "18-19".
    fn day_range_at(&self, i: usize) -> bool {
        self.is_digit_number(i)
            && self
                .s(i)
                .split_once(['-', '–'])
                .is_some_and(|(a, b)| is_day(a) && is_day(b))
    }

    fn day_number_at(&self, i: usize) -> bool {
        let digits = self
            .s(i)
            .trim_end_matches(|c: char| c.is_ascii_alphabetic());
        self.is_digit_number(i) && is_day(digits)
    }
}

/// Whether `s` is a year written in full, 1900 to 2099.
fn is_year(s: &str) -> bool {
    is_year_since_1000(s) && (s.starts_with("19") || s.starts_with("20"))
}

/// Whether `s` is a year written in full, 1000 to 2099.
fn is_year_since_1000(s: &str) -> bool {
    s.len() == 4
        && s.bytes().all(|b| b.is_ascii_digit())
        && matches!(s.as_bytes()[..2], [b'1', _] | [b'2', b'0'])
}

/// Whether `s` is a year written in full, 2100 to 2999.
fn future_year(s: &str) -> bool {
    s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()) && s.as_bytes()[0] == b'2' && s > "2099"
}

/// Whether `digits` are a day of a month: one or two digits, 1 to 31.
fn is_day(digits: &str) -> bool {
    (1..=2).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
        && digits.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d))
}

/// Finds the numeric and temporal entities in the tokens of one sentence.
/// `words[i]` is the text of `tokens[i]`.
pub fn find(tokens: &[Token], words: &[&str], out: &mut Vec<RawMention>) {
    find_prepared(tokens, words, &prepare(words), out);
}

/// [`find`] with the sentence's slice of [`prepare`]'s classes for the
/// document.
pub(crate) fn find_prepared(
    tokens: &[Token],
    words: &[&str],
    classes: &[u32],
    out: &mut Vec<RawMention>,
) {
    debug_assert!(words.len() == tokens.len() && classes.len() == tokens.len());
    let m = Matcher {
        tokens,
        words,
        classes,
    };
    let mut i = 0;
    // The first token, the token after and the type of the last expression
    // this sentence gave, if any.
    let mut last = None;
    while i < tokens.len() {
        // Most tokens begin nothing: punctuation, and words that are no
        // starter. They are turned away here, without a call.
        let may_begin = match tokens[i].kind {
            TokenKind::Punct | TokenKind::Url | TokenKind::Email | TokenKind::ListMarker => false,
            TokenKind::Word => may_start(&m, i),
            TokenKind::Number => !plan_named(&m, i),
            TokenKind::Symbol => true,
        };
        if !may_begin {
            i += 1;
            continue;
        }
        // "July 13 to 14", "September 23 and 24": the last date goes on to
        // a later day of its month.
        // (`last` is the last mention pushed, so the last of `out`. The
        // borrow of `out` in a closure instead cost the loop natively.)
        if let Some((first, end)) = last
            .filter(|_| tokens[i].kind == TokenKind::Number)
            .and_then(|last| later_day_of_month(&m, i, last))
        {
            if let Some(date) = out.last_mut() {
                date.span.end = tokens[end - 1].span.start + m.s(end - 1).len();
            }
            last = Some((first, end, EntityType::Date));
            i = end;
            continue;
        }
        if let Some((mut end, mut ty)) = match_at(&m, i)
            .filter(|&(end, ty)| !(ty == EntityType::Date && batters_runs(&m, i, end)))
        {
            if ty == EntityType::Date && end > i {
                if let Some(name_end) = date_opens_name(&m, end) {
                    // The whole name, an organisation (keyed as the lists
                    // key it: "the March 23 Movement" is the M23).
                    let span = Span::new(tokens[i].span.start, tokens[name_end].span.end);
                    let key = super::lexicon::organization(&words[i..=name_end].join(" "))
                        .map(|(key, _)| key);
                    out.push(mention(span, EntityType::Org, None, key));
                    last = None;
                    i = name_end + 1;
                    continue;
                }
            }
            if end > i {
                let mut first = i;
                let range = (i >= 2 && matches!(m.s(i - 1), "to" | "and" | "or" | "-" | "–"))
                    .then(|| range_start(&m, i, ty, last))
                    .flatten();
                if let Some((start, given)) = range {
                    if given {
                        // The range's first value had been given alone.
                        out.pop();
                    }
                    first = start;
                } else if i >= 1
                    && matches!(ty, EntityType::Quantity | EntityType::Percent)
                    && signed(&m, i)
                    || ty == EntityType::Date && i >= 1 && early_or_late(m.s(i - 1))
                    || whole_before_fraction(&m, i)
                {
                    // "-5C"; "in early July", "late last year"; "3 1/2
                    // hours".
                    first = i - 1;
                } else if let Some(start) = year_after_month(&m, i, end, ty, last) {
                    // "June last year", "Aug. 1 this year": one date.
                    out.pop();
                    first = start;
                } else if let Some((start, ty0)) = matches!(ty, EntityType::Date | EntityType::Time)
                    .then(|| duration_goes_on(&m, i, end, last))
                    .flatten()
                {
                    // "three hours and 52 minutes": one span of time.
                    out.pop();
                    first = start;
                    ty = ty0;
                }
                // "the spring of 2025": one date.
                if let Some(start) = season_of_year(&m, first, ty) {
                    first = start;
                }
                // "the first nine months of 2024": one date.
                if let Some((start, to)) = first_months(&m, first, end, ty) {
                    first = start;
                    end = to;
                }
                last = Some((first, end, ty));
                let span = Span::new(
                    tokens[first].span.start,
                    tokens[end - 1].span.start + m.s(end - 1).len(),
                );
                out.push(mention(span, ty, None, None));
                i = end;
                continue;
            }
        }
        i += 1;
    }
}

/// Where a date that the `last` expression, a month and a day ("July
/// 13"), goes on to with a later day of that month at `i` ends, after
/// "to", "and", "through" or a dash: "July 13 to 14", "September 23 and
/// 24", with the year after it ("July 22 to 23, 2024"). Not a number that
/// counts a noun after it ("On July 13 to 14 people"). (Out of line on
/// every target: inlined natively, it cost the matcher's loop around it
/// 2 million instructions a pass over the bench corpus.)
#[inline(never)]
fn later_day_of_month(
    m: &Matcher,
    i: usize,
    (first, end, ty): (usize, usize, EntityType),
) -> Option<(usize, usize)> {
    // A day's number, as one number to compare: its digits, the shorter first.
    let day = |k: usize| {
        let d = m.s(k).as_bytes();
        (m.is_digit_number(k) && is_day(m.s(k))).then_some((d.len(), d))
    };
    if ty != EntityType::Date
        || end + 1 != i
        || end < first + 2
        || !matches!(m.s(end), "to" | "and" | "through" | "-" | "–")
        || !month_before(m, first, end - 1)
        || day(i)? <= day(end - 1)?
    {
        return None;
    }
    let next = m.s(i + 1);
    if m.month_at(i + 1)
        || next.starts_with(|c: char| c.is_ascii_lowercase()) && !super::lexicon::is_stopword(next)
    {
        return None;
    }
    Some(if next == "," && m.any_year_at(i + 2) {
        (first, i + 3)
    } else if m.any_year_at(i + 1) {
        (first, i + 2)
    } else {
        (first, i + 1)
    })
}

/// "the spring of 2025", "summer of 1969": where a year at `i` that a
/// season and "of" come before starts its date, "the" taken in; or a
/// season just before it ("summer 2027", "fall 2028": "fall" is a season
/// there only).
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn season_of_year(m: &Matcher, i: usize, ty: EntityType) -> Option<usize> {
    if ty != EntityType::Date || i < 1 || !m.any_year_at(i) {
        return None;
    }
    if m.is(i - 1, SEASON) || m.s(i - 1).eq_ignore_ascii_case("fall") {
        return Some(i - 1);
    }
    if i < 2 || m.s(i - 1) != "of" || !m.is(i - 2, SEASON) {
        return None;
    }
    Some(if i >= 3 && m.s(i - 3).eq_ignore_ascii_case("the") {
        i - 3
    } else {
        i - 2
    })
}

/// "the first nine months of 2024", "the first ten months of the year":
/// where a span of time in the plural at `i..end`, after "first" (and
/// "the"), starts, and where it ends, "of" and a year or "the year" after
/// it taken in.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn first_months(m: &Matcher, i: usize, end: usize, ty: EntityType) -> Option<(usize, usize)> {
    let plural = matches!(
        m.s(end - 1),
        "months" | "weeks" | "days" | "years" | "quarters"
    );
    if ty != EntityType::Date || i == 0 || m.s(i - 1) != "first" || !plural || m.s(end) == "old" {
        return None;
    }
    let start = if i >= 2 && m.s(i - 2).eq_ignore_ascii_case("the") {
        i - 2
    } else {
        i - 1
    };
    let to = if m.s(end) != "of" {
        end
    } else if m.any_year_at(end + 1) {
        end + 2
    } else if matches!(m.s(end + 1), "the" | "this" | "last" | "next") && m.s(end + 2) == "year" {
        end + 3
    } else {
        end
    };
    Some((start, to))
}

/// The first token of the `last` expression, a date that ends in a month
/// or in a month and a day, when the date at `i..end` is "last year", "this
/// year" or "next year" straight after it: "June last year", "Aug. 1 this
/// year" are one date.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn year_after_month(
    m: &Matcher,
    i: usize,
    end: usize,
    ty: EntityType,
    last: Option<(usize, usize, EntityType)>,
) -> Option<usize> {
    let (first, last_end, last_ty) = last?;
    if ty != EntityType::Date
        || last_ty != EntityType::Date
        || last_end != i
        || end != i + 2
        || !matches!(m.s(i), "last" | "this" | "next")
        || m.s(i + 1) != "year"
    {
        return None;
    }
    // A month among the date's tokens, `back` tokens before `i`.
    let month = i
        .checked_sub(1)
        .is_some_and(|k| k >= first && m.month_at(k));
    let day = i.checked_sub(1).is_some_and(|k| m.is_digit_number(k));
    (month || day && month_before(m, first, i - 1)).then_some(first)
}

/// Whether a month, or a month shortened with its full stop ("Feb."),
/// stands just before token `k`, inside the expression that token `first`
/// opens: the month of a day at `k` ("July 13", "Feb. 10").
fn month_before(m: &Matcher, first: usize, k: usize) -> bool {
    k.checked_sub(1)
        .is_some_and(|j| j >= first && m.month_at(j))
        || k >= first + 2 && m.s(k - 1) == "." && m.month_at(k - 2)
}

/// The first token and the type of a span of time that the `last`
/// expression opens and the one at `i..end` goes on with, straight after it
/// or after "and" or a comma, in a smaller unit: "three hours and 52
/// minutes", "two years, six months", "4 hours 54 minutes 44 seconds". (Not
/// a list of one unit: "3 hours, 4 hours".)
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn duration_goes_on(
    m: &Matcher,
    i: usize,
    end: usize,
    last: Option<(usize, usize, EntityType)>,
) -> Option<(usize, EntityType)> {
    let (start, last_end, ty) = last?;
    let joined = last_end == i || last_end + 1 == i && matches!(m.s(i - 1), "and" | ",");
    if !joined || !m.is_number(i) {
        return None;
    }
    // Units of time from the smallest, by their first two letters.
    let rank = |k: usize| {
        let w = m.s(k).as_bytes();
        (m.is(k, TIME_NOUN | DATE_NOUN) && w.len() > 1)
            .then(|| {
                [b"se", b"mi", b"ho", b"da", b"we", b"mo", b"ye"]
                    .iter()
                    .position(|u| w[..2] == u[..])
            })
            .flatten()
    };
    let (before, after) = (rank(last_end - 1)?, rank(end - 1)?);
    (after < before).then_some((start, ty))
}

/// The first token of a range whose second value, of type `ty`, begins at
/// token `i` after "to", "and", "or" or a dash, and whether the first value
/// is the `last` expression found ("$400 to $500 million", "5 to 10
/// percent", "between 3 and 4 per cent", "two to three days", "50,000 or
/// 100,000 euros"). Not a change from one value to another ("from 3 to 5
/// percent", "by 2 percent to 4 percent"), nor years ("2001 to 2005"; but
/// "between 2017 and 2023"), nor values of different types. (Days and
/// hours after "from" are a range: "from 13 to 14 July".)
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn range_start(
    m: &Matcher,
    i: usize,
    ty: EntityType,
    last: Option<(usize, usize, EntityType)>,
) -> Option<(usize, bool)> {
    use EntityType::*;
    // Whether the first value may be a whole expression of its own: not a
    // date or a time, which is another thing before the dash ("the 24
    // hours to 8:30 a.m.").
    let whole_first = match ty {
        Money | Percent | Quantity if m.is_number(i) || m.currency_prefix(i).is_some() => true,
        // "between 2017 and 2023": years, "between" and "and".
        Date if m.any_year_at(i) && m.s(i - 1) == "and" && years_between(m, i, last) => true,
        Date | Time if m.is_number(i) && !m.year_at(i) && !m.year_range_at(i) => false,
        // "from July 3 to July 5, 2024", "between March 1 and March 4": two
        // dates of a month and a day each.
        // ("from early July to August": the first may open with "early".)
        Date if m.month_at(i)
            && last.is_some_and(|(start, _, _)| {
                m.month_at(start) || early_or_late(m.s(start)) && m.month_at(start + 1)
            }) =>
        {
            true
        }
        _ => return None,
    };
    let (start, given) = match last {
        Some((start, end, last_ty)) if end == i - 1 && last_ty == ty && whole_first => {
            (start, true)
        }
        Some((_, end, _)) if end > i - 2 => return None,
        _ => {
            let mut j = i - 2;
            // "1.5 million to 2 million barrels".
            if m.is(j, MULTIPLIER) && j > 0 && m.is_number(j - 1) {
                j -= 1;
            }
            if !m.is_number(j) || m.year_at(j) {
                return None;
            }
            (j, false)
        }
    };
    // Two values joined by a dash with no space are one range wherever
    // they stand: "cut from 6.0%-6.5%", "rose 5%-6%".
    if given && matches!(m.s(i - 1), "-" | "–") && m.glued(i - 1) && m.glued(i) {
        return Some((start, given));
    }
    let before = if start > 0 { m.s(start - 1) } else { "" };
    let between = before.eq_ignore_ascii_case("between");
    // (But a date's or a time's: "from 13 to 14 July", "from 9 to 11 a.m.")
    let from = before.eq_ignore_ascii_case("from") && !matches!(ty, Date | Time);
    // After "by", two values are a change and where it led ("rose by 5% to
    // 20%"), but for a bare number before one of about its size: "rise by
    // 15 to 20 per cent" (not "rose by 5 to 3,000 tonnes").
    let digits = |k: usize| {
        m.s(k)
            .bytes()
            .take_while(|&b| b != b'.')
            .filter(u8::is_ascii_digit)
            .count()
    };
    let by = before == "by" && (given || digits(start) + 1 < digits(i));
    if from || by || (m.s(i - 1) == "and" && !between) {
        return None;
    }
    // "shares rose five cents to 31.5 cents": a change and where it led,
    // when both values are whole ("rose 5 to 10 percent" is a range).
    if given && crate::text::lexicon::in_words(CHANGE_VERBS, before) {
        return None;
    }
    Some((start, given))
}

/// Whether the `last` expression, just before "and" and the year at token
/// `i`, is a year after "between".
fn years_between(m: &Matcher, i: usize, last: Option<(usize, usize, EntityType)>) -> bool {
    last.is_some_and(|(start, end, _)| {
        end + 1 == i
            && start > 0
            && m.any_year_at(start)
            && m.s(start - 1).eq_ignore_ascii_case("between")
    })
}

/// Verbs of a value's change, after which "X to Y", each with its unit, is
/// the change and the value it led to (and their forms in -ing: "with the
/// yield falling 10 basis points to 4.13 per cent"). A blank apart and sorted, for
/// [`crate::text::lexicon::in_words`].
const CHANGE_VERBS: &str =
    "added adding adds advanced advancing boosted climbed climbing climbs cut declined declining \
     decreased decreasing dipped dipping dips down dropped dropping drops eased eases easing \
     falling fell gained gaining gains grew higher hiked increased increasing jumped jumping \
     jumps lifted losing lost lower lowered narrowed plunged plunging raised rallied rallying \
     rebounded reduced retreated rises rising rose sank shed sheds sinking slashed slid sliding \
     slipped slipping slumped slumping soared soaring surged surging tumbled tumbling up widened";

/// "Rs37,000", "Dh1,200", "Tk500", "Rs1.8tr", "CHF4.9": a currency's
/// short form or code ([`currency_short_form`]) glued to its number, a
/// multiplier after it or none, as papers in South Asia and the Gulf write
/// it (one word token).
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn glued_currency(word: &str) -> bool {
    let b = word.as_bytes();
    // (Most words are turned away by their first byte.)
    if !b.first().is_some_and(u8::is_ascii_uppercase) {
        return false;
    }
    let code = b
        .iter()
        .take(4)
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    (2..=3).contains(&code)
        && b.get(code).is_some_and(u8::is_ascii_digit)
        && currency_short_form(&word[..code])
        && {
            let n = b[code..]
                .iter()
                .take_while(|c| c.is_ascii_digit() || matches!(c, b',' | b'.'))
                .count();
            let rest = &word[code + n..];
            // ("COP29" is the climate summit.)
            (rest.is_empty() && !super::names::numbered_event(&word[..code], &word[code..code + n]))
                || CLASSES.get(rest) & MULTIPLIER != 0
        }
}

/// "US63.9" of "US63.9¢": "US" glued to an amount of US cents.
fn us_cents(word: &str) -> bool {
    word.strip_prefix("US").is_some_and(|n| {
        n.starts_with(|c: char| c.is_ascii_digit())
            && n.bytes().all(|b| b.is_ascii_digit() || b == b'.')
    })
}

/// A currency's code or short form, as written before an amount: "Rs",
/// "Dh", "RM", "USD", "CHF".
fn currency_short_form(s: &str) -> bool {
    // (A match, not a list in one string: asked of many words, it is
    // compiled to a test of the length and then of a few bytes.)
    matches!(
        s,
        "AED"
            | "ARS"
            | "AUD"
            | "BDT"
            | "BHD"
            | "BRL"
            | "CAD"
            | "CHF"
            | "CLP"
            | "CNY"
            | "COP"
            | "DKK"
            | "Dh"
            | "EGP"
            | "EUR"
            | "GBP"
            | "HKD"
            | "IDR"
            | "INR"
            | "JPY"
            | "KES"
            | "KRW"
            | "KSh"
            | "KWD"
            | "Ksh"
            | "LKR"
            | "MXN"
            | "MYR"
            | "NGN"
            | "NOK"
            | "NPR"
            | "NZD"
            | "OMR"
            | "PEN"
            | "PHP"
            | "PKR"
            | "PLN"
            | "QAR"
            | "RM"
            | "Rp"
            | "Rs"
            | "SAR"
            | "SEK"
            | "SGD"
            | "Sh"
            | "TWD"
            | "Tk"
            | "USD"
            | "UYU"
            | "ZAR"
    )
}

/// Whether a quantity or percentage at `i` (the caller checks the type)
/// has its sign before it: "minus 8 degrees", "-8C" (not "plus or minus 3
/// percentage points", a margin).
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn signed(m: &Matcher, i: usize) -> bool {
    let sign = m.s(i - 1);
    if sign.eq_ignore_ascii_case("minus") {
        return i < 2 || m.s(i - 2) != "or";
    }
    matches!(sign, "-" | "−") && m.glued(i) && !m.glued(i - 1)
}

/// The expression starting at token `i`, which [`find_prepared`] has found
/// may begin one: where it ends and its type.
///
/// Kept out of the token loop (few tokens get here): inlined, its rules made
/// the loop 13 KB of wasm, which V8 recompiled during the first analysis of
/// a short text (see `analyze_js` in src/wasm.rs).
#[inline(never)]
fn match_at(m: &Matcher, i: usize) -> Option<(usize, EntityType)> {
    let s = m.s(i);
    // "could one day get out of control", "hopes to one day": some day,
    // no date.
    if s == "one"
        && m.s(i + 1) == "day"
        && i.checked_sub(1).is_some_and(|j| {
            matches!(
                m.s(j),
                "could" | "would" | "may" | "might" | "will" | "can" | "to"
            )
        })
    {
        return None;
    }
    // Money with a symbol first: "$3.5 billion", "A$500", "US$ 2 mln".
    if let Some(amount) = m.currency_prefix(i) {
        if m.is_number(amount) {
            return Some((m.amount_end(amount), EntityType::Money));
        }
    }
    if glued_currency(s) {
        return Some((m.amount_end(i), EntityType::Money));
    }
    // "63.9¢", and "US63.9¢" as the Australian papers write the dollar's
    // rate in US cents.
    if m.s(i + 1) == "¢" && m.glued(i + 1) && (m.is_number(i) || us_cents(s)) {
        return Some((i + 2, EntityType::Money));
    }
    if rand_millions(m, i) {
        return Some((m.amount_end(i), EntityType::Money));
    }
    // Holidays: "Christmas Day", "New Year's Eve".
    if let Some(len) = HOLIDAYS
        .iter()
        .filter(|_| m.is(i, HOLIDAY_START))
        .filter(|h| h.iter().enumerate().all(|(k, w)| m.s(i + k) == *w))
        .map(|h| h.len())
        .max()
    {
        // With its year: "Christmas Day 2021". But "Christmas" before a
        // thing of the season names the thing, no date: "a Christmas
        // market", "the Christmas tree"; and so does a holiday before an
        // accord or a rising named after it: "the Good Friday Agreement",
        // "the Easter Rising".
        let end = i + len;
        if christmas_thing(m.s(i), m.s(end)) || matches!(m.s(end), "Agreement" | "Rising") {
            return None;
        }
        return Some((end + usize::from(m.year_at(end)), EntityType::Date));
    }
    // "a few days ago", "a couple of weeks".
    if (s.eq_ignore_ascii_case("a") || s.eq_ignore_ascii_case("the"))
        && matches!(m.s(i + 1), "few" | "couple")
    {
        let mut j = i + 2;
        if m.s(j) == "of" {
            j += 1;
        }
        if m.is(j, DATE_NOUN) {
            let k = if matches!(m.s(j + 1), "ago" | "before" | "earlier" | "later") {
                j + 2
            } else {
                j + 1
            };
            return Some((k, EntityType::Date));
        }
        if let Some(found) = vague_amount(m, j) {
            return Some(found);
        }
    }
    if let Some(found) = word_led(m, i) {
        return Some(found);
    }
    // Relative and named dates and times without a number ("last" after a
    // modal or "to" is the verb: "could last decades").
    if m.is(i, RELATIVE_WORD) && !last_as_verb(m, i) {
        let mut j = i + 1;
        if m.s(j).eq_ignore_ascii_case("this") {
            j += 1; // "earlier this month"
        }
        if matches!(m.s(j), "few" | "several" | "couple") {
            j += 1; // "past few days"
            if m.s(j) == "of" {
                j += 1;
            }
        }
        if m.is_number(j) {
            // "the past two years", "last 10 days"
            let k = m.amount_end(j);
            if m.is(k, DATE_NOUN) {
                return Some((k + 1, EntityType::Date));
            }
        }
        if m.is(j, DATE_NOUN | SEASON | WEEKDAY) || m.month_at(j) {
            return Some((j + 1, EntityType::Date));
        }
        if m.is(j, DAY_PART) {
            return Some((j + 1, EntityType::Time));
        }
    }
    if m.is(i, LONE_DATE) {
        // "yesterday afternoon", "tomorrow morning".
        if m.is(i + 1, DAY_PART) {
            return Some((i + 2, EntityType::Time));
        }
        let ty = if s.eq_ignore_ascii_case("tonight") {
            EntityType::Time
        } else {
            EntityType::Date
        };
        return Some((i + 1, ty));
    }
    // (Not the money market's "overnight rate".)
    if m.is(i, LONE_TIME) && !s.starts_with(char::is_uppercase) && !overnight_money(m, i) {
        return Some((i + 1, EntityType::Time));
    }
    // Weekdays: "Tuesday", "Tuesday night", "Tuesday, March 5", "Tuesday 5
    // March".
    if m.is(i, WEEKDAY)
        && s.starts_with(char::is_uppercase)
        && s.len() > 4
        && !m.titled_name(i)
        && !m.weekday_in_name(i)
    {
        let mut j = i + 1;
        if m.is(j, DAY_PART) {
            return Some((j + 1, EntityType::Time));
        }
        if m.s(j) == "," && m.month_at(j + 1) {
            j += 1;
        }
        if m.month_at(j) {
            return Some((date_after_month(m, j), EntityType::Date));
        }
        // Day first: "Friday 8 November", "Friday, 8 November 2024".
        let day = j + usize::from(m.s(j) == ",");
        if m.day_number_at(day) && m.month_at(day + 1) {
            let year = m.any_year_at(day + 2);
            return Some((day + 2 + usize::from(year), EntityType::Date));
        }
        return Some((i + 1, EntityType::Date));
    }
    // Month-first dates: "March 5, 2024", "March 2024", "March".
    if m.month_at(i) && (s.len() > 3 || m.glued(i + 1) || m.date_context(i)) {
        let end = date_after_month(m, i);
        // "the September quarter", "last December quarter": a quarter
        // named by its last month, as Australian and Indian reports write
        // it.
        let quarter = end == i + 1
            && m.s(end) == "quarter"
            && i > 0
            && matches!(m.s(i - 1), "the" | "this" | "last" | "next" | "that");
        return Some((end + usize::from(quarter), EntityType::Date));
    }
    if m.is_digit_number(i) {
        // Day-first dates: "5 March 2024".
        if m.day_number_at(i) && m.month_at(i + 1) {
            let mut j = i + 2;
            if m.any_year_at(j) {
                j += 1;
            } else if m.s(j) == "," && m.any_year_at(j + 1) {
                // "28 February, 2025", a comma before the year, as
                // Nigerian and Indian papers write it.
                j += 2;
            }
            return Some((j, EntityType::Date));
        }
        // Clock times: "4:00pm AEDT", "10am", "5 p.m.", "7.30am", and
        // four digits before a time zone ("1045 GMT", as wire services
        // write the hour). (ASCII case is ignored throughout.)
        let clock =
            s.bytes().any(|b| b == b':') && s.bytes().next().is_some_and(|b| b.is_ascii_digit());
        // "10am", "7.30pm"; not "5-kilogram".
        let ampm_glued = (ends_with_ignore_case(s, "am") || ends_with_ignore_case(s, "pm"))
            && s.as_bytes()[..s.len() - 2]
                .iter()
                .all(|&b| b.is_ascii_digit() || b == b':' || b == b'.');
        let next = m.s(i + 1);
        let ampm_next = any_ignoring_case(&["a.m.", "p.m.", "am", "pm"], next);
        let hhmm_zone = s.len() == 4
            && s.bytes().all(|b| b.is_ascii_digit())
            && &s[..2] <= "23"
            && &s[2..] <= "59"
            && m.is(i + 1, ZONE);
        if ampm_glued
            || ampm_next
            || (clock && (s.len() <= 5 || hours_minutes_seconds(s)))
            || hhmm_zone
        {
            let mut j = if ampm_next { i + 2 } else { i + 1 };
            if m.is(j, ZONE) {
                j += 1;
            } else if m.s(j) == "local" && m.s(j + 1) == "time" {
                j += 2; // "3 p.m. local time"
            } else if let Some(end) = zone_named(m, j) {
                j = end;
            }
            return Some((j, EntityType::Time));
        }
        if numeric_date(s) {
            return Some((i + 1, EntityType::Date));
        }
        // Decades: "1960s", "the '90s" is rare in news.
        if s.len() == 5
            && ends_with_ignore_case(s, "s")
            && s.as_bytes()[..4].iter().all(|b| b.is_ascii_digit())
        {
            return Some((i + 1, EntityType::Date));
        }
        if ["mid-", "early-", "late-"]
            .iter()
            .any(|p| strip_prefix_ignore_case(s, p).is_some())
        {
            return Some((i + 1, EntityType::Date));
        }
    }
    if let Some(ty) = amount_with_unit(m, i) {
        return Some(ty);
    }
    // A lone year, "in 2001", or a range of years: "by 2029-30", "the
    // 1981-2010 average".
    // ("the 2024 fiscal year", "the 2023-24 financial year": the year's
    // words too.)
    if m.year_at(i) || m.year_range_at(i) || m.year_alone_at(i) {
        let year_words = matches!(m.s(i + 1), "fiscal" | "financial") && m.s(i + 2) == "year";
        return Some((i + 1 + 2 * usize::from(year_words), EntityType::Date));
    }
    // "mid-1960s" tokenises as one word starting with a letter.
    for prefix in ["mid-", "early-", "late-"] {
        if let Some(rest) = strip_prefix_ignore_case(s, prefix) {
            // And "mid-December", "early-March".
            if rest.len() >= 4 && rest.bytes().take(4).all(|b| b.is_ascii_digit())
                || rest.starts_with(|c: char| c.is_ascii_uppercase())
                    && classes_in(rest) & MONTH != 0
            {
                return Some((i + 1, EntityType::Date));
            }
        }
    }
    None
}

/// "early", "late" or "mid" (capitalised or not), which go before a date
/// as part of it ("early July", "late 2024", "mid 2025").
fn early_or_late(word: &str) -> bool {
    any_ignoring_case(&["early", "late", "mid"], word)
}

/// `s` without `prefix` (an ASCII prefix, matched ignoring ASCII case).
fn strip_prefix_ignore_case<'s>(s: &'s str, prefix: &str) -> Option<&'s str> {
    let n = prefix.len();
    (s.len() >= n && s.as_bytes()[..n].eq_ignore_ascii_case(prefix.as_bytes())).then(|| &s[n..])
}

/// Whether `s` is hours, minutes and seconds ("2:15:42", a race's time, or
/// "12:30:05"), the seconds with a fraction or not ("1:59:40.2").
fn hours_minutes_seconds(s: &str) -> bool {
    // (The token opens with a digit, and takes a colon only before two
    // digits and a full stop only before digits.)
    let b = s.split_once('.').map_or(s, |(whole, _)| whole).as_bytes();
    matches!(b.len(), 7 | 8) && b[b.len() - 3] == b':' && b[b.len() - 6] == b':'
}

/// Whether `s` ends with the ASCII `suffix`, ignoring ASCII case.
fn ends_with_ignore_case(s: &str, suffix: &str) -> bool {
    s.len() >= suffix.len()
        && s.as_bytes()[s.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
}

/// "BBC Radio 4's Today programme", "NBC's Today show": whether `word`,
/// the token at `i`, is "Today" or "Tonight" capitalised inside a sentence,
/// after a word or a number and before a word in lower case, a name.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn programme_named(m: &Matcher, i: usize, word: &str) -> bool {
    matches!(word, "Today" | "Tonight")
        && i > 0
        && matches!(m.tokens[i - 1].kind, TokenKind::Word | TokenKind::Number)
        && m.s(i + 1).starts_with(|c: char| c.is_ascii_lowercase())
}

/// "Vision 2030", "Agenda 2063", "Project 2025": a year after one of
/// these words, capitalised, names a plan (no date).
fn plan_named(m: &Matcher, i: usize) -> bool {
    i > 0 && matches!(m.s(i - 1), "Vision" | "Agenda" | "Project") && is_year(m.s(i))
}

/// Whether the word at `i` may begin an expression: a starter word,
/// "mid-1960s", or a currency prefix ("A$", "US$").
/// (The first byte picks the one test that can hold. It and the prefixes
/// are read from the word as written: a possessive ending takes neither
/// away, so the word is stripped only for a currency prefix.)
#[inline]
fn may_start(m: &Matcher, i: usize) -> bool {
    if m.is(i, STARTER) {
        // Most starters met are turned away here (a test checks that they
        // begin nothing). In lower case ("the", "a", "may", "new") a
        // starter begins only a relative or lone date or time, an amount
        // ("a" and "an" are no number), or "a few days ago", "the couple
        // of weeks": months, weekdays and holidays begin one only
        // capitalised. Capitalised, "The" (many a sentence's first word) is
        // in no list that begins one: it begins only "The few ..." or, in
        // capitals, a currency prefix.
        let word = m.words[i];
        let few = || matches!(m.s(i + 1), "few" | "couple");
        if !word.as_bytes().first().is_some_and(u8::is_ascii_lowercase) {
            if programme_named(m, i, word) {
                return false;
            }
            return !word.eq_ignore_ascii_case("the")
                || few()
                || m.currency_prefix(i).is_some()
                || word_led(m, i).is_some();
        }
        return (m.is(i, RELATIVE_WORD | LONE_DATE | LONE_TIME | NUMBER_WORD)
            && !matches!(word, "a" | "an"))
            || few()
            || word_led(m, i).is_some();
    }
    let s = m.words[i];
    match s.as_bytes().first() {
        Some(b'm') => s.starts_with("mid-"),
        Some(b'e') => s.starts_with("early-"),
        Some(b'l') => s.starts_with("late-"),
        // "Q3", "second-quarter".
        Some(b'Q') => quarter_word(s),
        Some(b'f' | b's' | b't' | b'F' | b'S' | b'T') if s.len() > 12 => is_period_modifier(s),
        // Only capitals glued to "$" or "£" ("A$", "US$") make a word a
        // currency prefix.
        Some(b) if b.is_ascii_uppercase() => {
            m.s(i).len() <= 3 && m.currency_prefix(i).is_some()
                || glued_currency(m.s(i))
                || us_cents(s) && m.s(i + 1) == "¢"
                || era_opens(m, i)
                || period_word(s)
                || rand_millions(m, i)
        }
        // "five-year", "two-day".
        _ => period_word(s),
    }
}

/// A date in digits, in one token: the year first ("2023-12-05",
/// "2023/12/05") or last, after the day and the month or the month and
/// the day ("27.10.2023", "12/05/2023", "5-3-2024"), one separator
/// between all three. The year is one in full ([`is_year_since_1000`]),
/// the day one of a month ([`is_day`]) and the month at most 12: "1.2.3"
/// and "555-123-4567" are none.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn numeric_date(s: &str) -> bool {
    let Some(sep) = s.bytes().find(|b| matches!(b, b'-' | b'/' | b'.')) else {
        return false;
    };
    let mut parts = s.split(char::from(sep));
    let (Some(a), Some(b), Some(c), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    let month = |p: &str| is_day(p) && p.parse::<u8>().is_ok_and(|m| m <= 12);
    let year = is_year_since_1000;
    year(a) && month(b) && is_day(c) || year(c) && is_day(a) && is_day(b) && (month(a) || month(b))
}

/// "billion-a-year", "million-plus": a multiplier before a hyphen, and no
/// currency after it ("trillion-won" is [`currency_after_hyphens`]'s).
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn multiplier_hyphenated(word: &str) -> bool {
    crate::text::hyphen_within(word, 9)
        .is_some_and(|dash| classes_in(&word[..dash]) & MULTIPLIER != 0)
        && !currency_after_hyphens(word)
}

/// "R250 million", "R3.5 billion", "R10m", "R2bn", "R21.45": South
/// Africa's rand, its "R" glued to the amount, with a multiplier after it
/// or glued to it, or cents (alone, "R250" is as often a road or a model);
/// and so Nigeria's naira and the Philippine peso, as their papers write
/// them without the sign, with a multiplier only ("N4.2 billion",
/// "P612.5 million", "N30bn"; "P45" is a pistol, "N1" a road).
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn rand_millions(m: &Matcher, i: usize) -> bool {
    let word = m.s(i);
    let Some(amount) = word
        .get(1..)
        .filter(|_| matches!(word.as_bytes()[0], b'R' | b'N' | b'P'))
    else {
        return false;
    };
    let rand = word.starts_with('R');
    let glued = amount
        .strip_suffix("bn")
        .or_else(|| amount.strip_suffix('m'));
    let digits = glued.unwrap_or(amount);
    digits.starts_with(|c: char| c.is_ascii_digit())
        && digits
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
        && (glued.is_some()
            || m.is(i + 1, MULTIPLIER)
            || rand && digits.len() > 3 && digits.as_bytes()[digits.len() - 3] == b'.')
}

/// [`hyphenated_period`] of a word of seven bytes or more (the shortest,
/// "one-day"), the hyphen looked for inline first.
#[inline]
fn period_word(word: &str) -> bool {
    word.len() >= 7 && number_dash(word).is_some() && hyphenated_period(word).is_some()
}

/// Where the hyphen after a number's word or digits is in `word`: in its
/// first ten bytes ("seventeen-year", "2024-day"), else none. Most words
/// are turned away here, without a call.
#[inline]
fn number_dash(word: &str) -> Option<usize> {
    crate::text::hyphen_within(word, 10)
}

/// Whether `word` is a date or a span of time in one hyphenated word that
/// modifies a noun after it: "a two-year investigation", "second-quarter
/// revenue" ([`hyphenated_period`], [`quarter_word`]).
#[inline]
pub(crate) fn is_period_modifier(word: &str) -> bool {
    number_dash(word).is_some() && (hyphenated_period(word).is_some() || quarter_word(word))
}

/// Whether `word`, in any case, is a cardinal number's word ("Three",
/// "twelve", "Thousand"): not "a", "an" or "half".
pub(crate) fn is_cardinal_word(word: &str) -> bool {
    // (By the word classes' table, which ignores ASCII case, not a loop
    // over the list.)
    word.len() > 2
        && !word.eq_ignore_ascii_case("half")
        && (CLASSES.get(word) & NUMBER_WORD != 0
            || word.eq_ignore_ascii_case("hundred")
            || word.eq_ignore_ascii_case("thousand"))
}

/// Whether `word`, a capitalised word, is a people's or a country's that
/// the lists know, and so may say whose a currency is ("Congolese francs",
/// "Zimbabwe dollars").
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn qualifies_currency(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_uppercase())
        && (super::lexicon::demonym(word).is_some()
            || super::lexicon::place(word).is_some_and(|p| p.is_country()))
}

/// "21-year-old", "five-year", "60-day", "24-hour", "a 10-minute walk":
/// a number (in digits or a word) and a unit of time joined by a hyphen,
/// with "-old" or "-long" after it or none, in one word: the type of the
/// span, a date's for a day or longer, a time's for less. Or a currency
/// joined so, as money: "a 50-cent surcharge", "a five-dollar bill" (not
/// one that is as often a weight: "a 2,000-pound bomb").
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn hyphenated_period(word: &str) -> Option<EntityType> {
    let dash = number_dash(word)?;
    let (number, rest) = (&word[..dash], &word[dash + 1..]);
    let unit = ["-old", "-olds", "-long"]
        .iter()
        .find_map(|end| rest.strip_suffix(end))
        .unwrap_or(rest);
    let digits =
        !number.is_empty() && number.len() <= 4 && number.bytes().all(|b| b.is_ascii_digit());
    let words = || {
        CLASSES.get(number) & NUMBER_WORD != 0
            && !number.eq_ignore_ascii_case("a")
            && !number.eq_ignore_ascii_case("an")
    };
    if !(digits || words()) || unit.ends_with('s') {
        return None;
    }
    let classes = CLASSES.get(unit);
    if classes & DATE_NOUN != 0 && !unit.eq_ignore_ascii_case("quarter") {
        Some(EntityType::Date)
    } else if classes & TIME_NOUN != 0 {
        Some(EntityType::Time)
    } else if classes & CURRENCY_WORD != 0 && !any_ignoring_case(DOUBTFUL_CURRENCIES, unit) {
        Some(EntityType::Money)
    } else {
        None
    }
}

/// A quarter of a year in one word: "Q1" to "Q4", "first-quarter" to
/// "fourth-quarter" (in any case: "Second-Quarter").
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn quarter_word(word: &str) -> bool {
    if let [b'Q', b'1'..=b'4'] = word.as_bytes() {
        return true;
    }
    let Some(dash) = number_dash(word) else {
        return false;
    };
    let (ordinal, quarter) = (&word[..dash], &word[dash + 1..]);
    quarter.eq_ignore_ascii_case("quarter")
        && any_ignoring_case(&["first", "second", "third", "fourth"], ordinal)
}

/// "could last decades", "is expected to last weeks", "contracts that
/// last nine months": whether the word at `i` is "last" after a modal verb
/// or "to", or after "that", "which" or "they" before a number, the verb
/// ("the deal that last week collapsed" keeps its date).
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn last_as_verb(m: &Matcher, i: usize) -> bool {
    m.s(i) == "last"
        && i.checked_sub(1).is_some_and(|j| {
            matches!(
                m.s(j),
                "could" | "would" | "will" | "may" | "might" | "can" | "should" | "must" | "to"
            ) || matches!(m.s(j), "that" | "which" | "they" | "usually" | "typically")
                && m.is_number(i + 1)
        })
}

/// A date or a span of time that a word other than a number opens at `i`:
/// "a year earlier", "a decade" (not "a year" alone, often a rate: "$5
/// million a year"), "several days", "several hours", "the third quarter",
/// "the first quarter of 2025", "fiscal 2027", "fiscal year 2026".
fn word_led(m: &Matcher, i: usize) -> Option<(usize, EntityType)> {
    let word = m.s(i);
    let is = |w: &str| word.eq_ignore_ascii_case(w);
    if let Some(end) = fraction_of_percent(m, i) {
        return Some((end, EntityType::Percent));
    }
    if era_opens(m, i) {
        return Some((i + 2, EntityType::Date));
    }
    let then = |j: usize| matches!(m.s(j), "ago" | "earlier" | "later" | "before" | "after");
    if is("a") || is("an") {
        if !m.is(i + 1, DATE_NOUN) || m.s(i + 1).ends_with('s') {
            return None;
        }
        if then(i + 2) {
            // "a day after the attack": "a day", the word opening what it
            // is after ("a year earlier", "a week before." whole); none
            // after an amount, whose rate it is ("$1,000 a month before
            // insurance").
            if matches!(m.s(i + 2), "before" | "after") && m.kind(i + 3) == Some(TokenKind::Word) {
                let rate = i > 0 && (m.is_digit_number(i - 1) || m.is(i - 1, MULTIPLIER));
                return (!rate).then_some((i + 2, EntityType::Date));
            }
            return Some((i + 3, EntityType::Date));
        }
        // "a quarter century", "a quarter of a century".
        let end = quarters_of_a_century(m, i + 1);
        return (end > i + 2 || matches!(m.s(i + 1), "decade" | "century"))
            .then_some((end, EntityType::Date));
    }
    if is("several") {
        let ty = if m.is(i + 1, DATE_NOUN) {
            EntityType::Date
        } else if m.is(i + 1, TIME_NOUN) {
            EntityType::Time
        } else {
            return vague_amount(m, i + 1);
        };
        let end = if m.s(i + 2) == "ago" { i + 3 } else { i + 2 };
        return Some((end, ty));
    }
    // "hundreds of metres", "tens of millions of dollars".
    if m.s(i + 1) == "of"
        && (is("dozens")
            || is("tens")
            || is("hundreds")
            || word.ends_with('s') && m.is(i, MULTIPLIER))
    {
        return vague_amount(m, i + 2);
    }
    if is("first") || is("second") || is("third") || is("fourth") {
        if m.s(i + 1) != "quarter" {
            return None;
        }
        let of_year = m.s(i + 2) == "of" && m.year_at(i + 3);
        return Some((if of_year { i + 4 } else { i + 2 }, EntityType::Date));
    }
    if is("fiscal") {
        let year = if m.s(i + 1) == "year" { i + 2 } else { i + 1 };
        return m.year_at(year).then_some((year + 1, EntityType::Date));
    }
    // "over the weekend", "during the fortnight": the one in question.
    if is("the") {
        return match m.s(i + 1) {
            "weekend" | "fortnight" => Some((i + 2, EntityType::Date)),
            _ => part_of_period(m, i + 1),
        };
    }
    // "half an hour", "half a century".
    if is("half") && matches!(m.s(i + 1), "a" | "an") && !m.s(i + 2).ends_with('s') {
        if m.is(i + 2, TIME_NOUN) {
            return Some((i + 3, EntityType::Time));
        }
        return m.is(i + 2, DATE_NOUN).then_some((i + 3, EntityType::Date));
    }
    // "five-year"; "Q3", "Q3 2024", "second-quarter" (most words have no
    // hyphen and open with no "Q", which is asked first).
    if number_dash(word).is_some() || word.starts_with('Q') {
        if let Some(ty) = hyphenated_period(word) {
            return Some((i + 1, ty));
        }
        if quarter_word(word) {
            let year = m.year_at(i + 1) && word.starts_with('Q');
            return Some((i + 1 + usize::from(year), EntityType::Date));
        }
    }
    None
}

/// Where a part of a period that opens at `i`, after "the", ends: "the end
/// of the month", "the start of next year", "the first half of 2025", "the
/// middle of March", "the turn of the century". The period is a date noun
/// after "the", "this", "next" or "last", or a date of its own. Not a day's
/// ("at the end of the day" is mostly a figure of speech), nor anything
/// else's ("the end of the war", "the rest of the team"). (Out of line,
/// asked after every "the": the wasm's code once.)
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn part_of_period(m: &Matcher, i: usize) -> Option<(usize, EntityType)> {
    // (The words as written, and the word lists' bits: none of the words
    // asked about takes a possessive, and each string compared or
    // possessive stripped costs the wasm code.)
    let w = |k: usize| m.words.get(k).copied().unwrap_or("");
    let half = match w(i) {
        "end" | "start" | "beginning" | "middle" | "rest" | "turn" => false,
        "first" | "second" => true,
        _ => return None,
    };
    let of = if half { i + 2 } else { i + 1 };
    if half && w(i + 1) != "half" || w(of) != "of" {
        return None;
    }
    let period = of + 1;
    let the = w(period) == "the";
    let noun = w(period + 1);
    if (the || m.is(period, RELATIVE_WORD))
        && m.is(period + 1, DATE_NOUN)
        && !noun.starts_with("day")
        && !noun.ends_with('s')
    {
        return Some((period + 2, EntityType::Date));
    }
    // "the end of 2025", "the start of next month", "the middle of March",
    // "the end of the first quarter".
    let at = period + usize::from(the);
    match match_at(m, at) {
        Some((end, EntityType::Date)) if end > at => Some((end, EntityType::Date)),
        _ => None,
    }
}

/// After a month name at `i`: an optional day number, a comma and a year.
fn date_after_month(m: &Matcher, i: usize) -> usize {
    let mut j = i + 1;
    if m.s(j) == "." && m.glued(j) {
        j += 1; // "Jan. 5"
    }
    if m.s(j) == "the" && m.day_number_at(j + 1) {
        j += 1; // "September the 11th"
    }
    // "March 31-April 1": the day, a hyphen and the next month in one
    // token, then the day of that month.
    if m.s(j)
        .split_once('-')
        .is_some_and(|(day, month)| is_day(day) && any_ignoring_case(MONTHS, month))
        && m.day_number_at(j + 1)
    {
        j += 1;
    }
    if m.day_number_at(j) || m.day_range_at(j) {
        j += 1;
        // "March 18-19", "March 18 - 19".
        if matches!(m.s(j), "-" | "–") && m.day_number_at(j + 1) {
            j += 2;
        }
        // "December 6, 7 and 8": days listed, the last after "and" or
        // "or" and before no word in lower case but a function word (not
        // "on December 6, 7 people").
        let mut k = j;
        while m.s(k) == "," && m.day_number_at(k + 1) {
            k += 2;
        }
        if matches!(m.s(k), "and" | "or") && m.day_number_at(k + 1) && m.ends_date(k + 2) {
            j = k + 2;
        }
        if m.s(j) == "," && m.any_year_at(j + 1) {
            j += 2;
        } else if m.any_year_at(j) {
            j += 1;
        }
    } else if m.any_year_at(j) {
        j += 1;
    } else {
        // The month alone: a full stop after it ends the sentence or the
        // abbreviation ("since January.", "in Jan."), and is not the date's.
        return i + 1;
    }
    j
}

/// "closed at 199,000 won on Friday", "1,500 won a cup": "won" after a
/// sum written with a thousands comma, and no object of the verb after it
/// (punctuation, a preposition or "a"), is the currency.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn won_priced(m: &Matcher, end: usize, won: usize) -> bool {
    m.s(won).eq_ignore_ascii_case("won")
        && m.s(end - 1).contains(',')
        && m.tokens.get(won + 1).is_none_or(|t| {
            t.kind == TokenKind::Punct
                || matches!(
                    m.s(won + 1),
                    "a" | "on"
                        | "in"
                        | "at"
                        | "per"
                        | "each"
                        | "from"
                        | "to"
                        | "for"
                        | "and"
                        | "or"
                        | "than"
                )
        })
}

/// "sold for 340,000 pounds", "earns about 80,000 pounds a week", "a fine
/// of 5,000 pounds": pounds (the plural: "a pound" is no sum paid) after a
/// word of paying ([`PAYING`]) or after a sum [`PRICED`] and "of" (an
/// approximation between them allowed), or a sum with a thousands comma
/// in pounds before a rate of time, are money, the number
/// at token `i`, its end at `end`, "pounds" (which the caller has read) at
/// `pounds`; never before "of" ("2,000 pounds of explosives", a weight
/// unless money follows: see [`money_after_of`]).
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn pounds_paid(m: &Matcher, i: usize, end: usize, pounds: usize) -> bool {
    let next = m.s(pounds + 1);
    if next == "of" {
        return false;
    }
    let rate = || {
        m.s(end - 1).contains(',')
            && matches!(next, "a" | "per" | "each" | "every")
            && any_ignoring_case(
                &["annum", "month", "season", "week", "year"],
                m.s(pounds + 2),
            )
    };
    let before = word_before_amount(m, i);
    any_ignoring_case(PAYING, m.s(before))
        || rate()
        || m.s(before) == "of" && any_ignoring_case(PRICED, m.s(before.wrapping_sub(1)))
}

/// Sums named by what they pay, before "of" and a sum in pounds ("a fine
/// of 5,000 pounds") or after one joined by a hyphen ("a 40,000-pound
/// payment", [`unit_in_number`]). Sorted.
const PRICED: &[&str] = &[
    "award",
    "bonus",
    "compensation",
    "fee",
    "fine",
    "payment",
    "penalty",
    "price",
    "prize",
    "salary",
];

/// Things counted in money, after "pounds of" ("of public money", "of
/// funding"), a blank apart and sorted.
const MONEY_THINGS: &str =
    "aid assets bonds cash contracts cuts damage debt donations funding funds grants investment \
     losses money orders profit profits revenue sales savings spending subsidies support taxpayer \
     taxpayers wages";

/// Whether one of the three words from token `i` is a thing counted in
/// money ([`MONEY_THINGS`]).
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn money_after_of(m: &Matcher, i: usize) -> bool {
    (i..i + 3).any(|k| crate::text::lexicon::in_words_as_written(MONEY_THINGS, m.s(k)))
}

/// The word before the amount whose number is at token `i`, an
/// approximation between them passed over: "paid" of "paid about 500
/// pounds", "weighs" of "weighs about 8 pounds" (what [`pounds_paid`] and
/// [`pounds_weighed`] read).
fn verb_before_amount<'a>(m: &Matcher<'a, '_>, i: usize) -> &'a str {
    m.s(word_before_amount(m, i))
}

/// The token of [`verb_before_amount`] (which may lie before the
/// sentence: `m.s` reads it as no word).
fn word_before_amount(m: &Matcher, i: usize) -> usize {
    i.wrapping_sub(1 + usize::from(any_ignoring_case(APPROXIMATE, m.s(i.wrapping_sub(1)))))
}

/// "19.5 kg (43 pounds)", "weighed about 43 pounds": pounds, the number at
/// token `i`, as a weight: in parentheses after a unit, or after a form of
/// "weigh" (an approximation between them allowed).
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn pounds_weighed(m: &Matcher, i: usize) -> bool {
    i >= 2 && m.s(i - 1) == "(" && m.is(i - 2, UNIT)
        || verb_before_amount(m, i)
            .get(..5)
            .is_some_and(|w| w.eq_ignore_ascii_case("weigh"))
}

/// Whether a number written with hyphens ends in a multiplier and a
/// currency: "30-million-pound", "5-million-euro".
fn currency_after_hyphens(number: &str) -> bool {
    let bytes = number.as_bytes();
    let Some(last) = bytes.iter().rposition(|&b| b == b'-') else {
        return false;
    };
    let before = bytes[..last]
        .iter()
        .rposition(|&b| b == b'-')
        .map_or(0, |i| i + 1);
    CLASSES.get(&number[before..last]) & MULTIPLIER != 0
        && CLASSES.get(&number[last + 1..]) & CURRENCY_WORD != 0
}

/// The type of a number token that carries its unit: joined by a hyphen,
/// as an adjective is written ("a 6.2-km tunnel", "a 2,000-pound bomb",
/// where a pound is a weight: money has its multiplier,
/// "30-million-pound"), or glued to it ("5km", "100kg"; "30C" for degrees,
/// unless a capitalised word names it before: "Section 30C"), a quantity;
/// but pounds so joined are money before a sum [`PRICED`] or their worth in
/// another currency in parentheses ("a 40,000-pound payment", "the
/// 50,000-pound ($63,700) award").
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn unit_in_number(m: &Matcher, i: usize) -> Option<EntityType> {
    let s = m.s(i);
    let digits = s
        .bytes()
        .take_while(|&b| b.is_ascii_digit() || b == b',' || b == b'.')
        .count();
    let (number, unit) = s.split_at(digits);
    if number.is_empty() || !number.as_bytes()[number.len() - 1].is_ascii_digit() {
        return None;
    }
    let quantity = if let Some(unit) = unit.strip_prefix('-') {
        if unit.eq_ignore_ascii_case("pound") {
            let priced = m.s(i + 1) == "(" && m.currency_prefix(i + 2).is_some()
                || any_ignoring_case(PRICED, m.s(i + 1));
            return Some(if priced {
                EntityType::Money
            } else {
                EntityType::Quantity
            });
        }
        is_unit_word(unit)
    } else if matches!(unit, "C" | "F") {
        i == 0 || !m.s(i - 1).starts_with(|c: char| c.is_ascii_uppercase())
    } else {
        unit.len() >= 2 && is_unit_word(unit)
    };
    quantity.then_some(EntityType::Quantity)
}

/// The type a number token's glued words give it: a percentage's after a
/// hyphen, as an adjective is written ("a 10-percent stake", "a
/// 25-basis-point cut", "a 2-percentage-point rise"), or "pc" or "pct", as
/// British papers and wires write it ("9.4pc", "5pct"); or money, pence
/// glued to the amount as British papers write a share's price ("680p",
/// "61.1p a share"; not a video's lines: "1080p", "720p").
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn glued_unit(word: &str) -> Option<EntityType> {
    let digits = word
        .bytes()
        .take_while(|&b| b.is_ascii_digit() || b == b'.' || b == b',')
        .count();
    if !word.as_bytes()[..digits]
        .last()
        .is_some_and(u8::is_ascii_digit)
    {
        return None;
    }
    let (number, unit) = word.split_at(digits);
    match unit {
        "pc" | "pct" => Some(EntityType::Percent),
        "p" => (!matches!(number, "480" | "720" | "1080" | "1440" | "2160"))
            .then_some(EntityType::Money),
        _ => unit
            .strip_prefix('-')
            .is_some_and(|unit| {
                any_ignoring_case(
                    &["basis-point", "per-cent", "percent", "percentage-point"],
                    unit,
                )
            })
            .then_some(EntityType::Percent),
    }
}

/// Where a quantity whose unit ends before `k` ends: after the time its
/// unit is counted per, if any.
/// "several hundred metres", "a few kilometres", "hundreds of metres",
/// "tens of millions of dollars": an amount that no number gives, its
/// multipliers from token `j` (after "several", "a few", "a couple of" or
/// "hundreds of"), before a unit or a currency. "Pounds" is money after a
/// multiplier only ("a few pounds" is a weight, as after a number).
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn vague_amount(m: &Matcher, mut j: usize) -> Option<(usize, EntityType)> {
    let mut multiplied = false;
    // ("hundreds of thousands of", "several hundred thousand"; a
    // multiplier in full, not "m" or "bn".)
    while m.is(j, MULTIPLIER) && m.s(j).len() > 3 {
        multiplied = true;
        j += 1;
        if m.s(j) == "of" && m.s(j - 1).ends_with('s') {
            j += 1;
        }
    }
    let mut k = j;
    while m.is(k, CURRENCY_QUALIFIER) && k < j + 2 {
        k += 1;
    }
    if m.is(k, CURRENCY_WORD) {
        let doubtful = any_ignoring_case(DOUBTFUL_CURRENCIES, m.s(k));
        return (!doubtful || multiplied).then_some((k + 1, EntityType::Money));
    }
    m.is(j, UNIT)
        .then(|| (rate_after(m, j + 1), EntityType::Quantity))
}

fn rate_after(m: &Matcher, mut k: usize) -> usize {
    // A rate written with a slash and no spaces: "70 km/h", "5 m/s".
    if m.s(k) == "/"
        && matches!(m.s(k + 1), "h" | "hr" | "s")
        && m.tokens.get(k + 1).is_some_and(|t| {
            t.span.start == m.tokens[k].span.end
                && m.tokens[k].span.start == m.tokens[k - 1].span.end
        })
    {
        k += 2;
    }
    // Energy: "35 gigawatt hours".
    if matches!(m.s(k), "hour" | "hours") && m.is(k - 1, UNIT) && watts(m.s(k - 1)) {
        k += 1;
    }
    // A speed or a rate: "120 miles per hour", "30 km an hour",
    // "900,000 barrels a day" (not "10 km a year ago").
    if m.s(k) == "per" && m.is(k + 1, TIME_NOUN | DATE_NOUN)
        || m.s(k) == "an" && m.s(k + 1) == "hour"
        || m.s(k) == "a" && rate_of_time(m.s(k + 1), m.s(k + 2))
    {
        k += 2;
    }
    k
}

/// Whether "a" and `noun` make a rate of time after a unit, `next` after
/// them: "a day", "a year" (not "a year ago", a date).
fn rate_of_time(noun: &str, next: &str) -> bool {
    matches!(noun, "day" | "week" | "month" | "year")
        && !matches!(next, "ago" | "earlier" | "later")
}

/// "34 C (93 F)", "93 F (34 C)": whether the number at `i`, whose amount
/// ends at `end`, and the scale's letter after it, apart, are degrees
/// given with their conversion to the other scale in parentheses (before
/// or after them). A letter alone after a number names no scale without it
/// ("Article 34 C").
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn degrees_converted(m: &Matcher, i: usize, end: usize) -> bool {
    let other = if m.s(end) == "C" { "F" } else { "C" };
    let scale_at = |k: usize| m.s(k) == other && !m.glued(k);
    let after = m.is_digit_number(i)
        && m.s(end + 1) == "("
        && m.is_digit_number(end + 2)
        && scale_at(end + 3)
        && m.s(end + 4) == ")";
    let before = || {
        i >= 3
            && m.is_digit_number(i)
            && m.s(i - 1) == "("
            && m.s(end + 1) == ")"
            && scale_at(i - 2)
            && m.is_digit_number(i - 3)
    };
    after || before()
}

/// Words before a temperature in figures ("reached 45.3 C", "as low as
/// 4 C", "minus 2 C", "temperatures of 40 C", "the high was 17.2 C").
const TEMPERATURE_CUES: &[&str] = &[
    "about", "above", "around", "as", "below", "from", "hit", "hitting", "minus", "near", "of",
    "peaked", "reached", "reaching", "than", "to", "topped", "was", "were",
];

/// "Horsham reached 45.3 C", "as low as 4 C in the mornings", "minus 2 C
/// at night": digits apart from the scale's letter `end` are degrees after
/// a word of [`TEMPERATURE_CUES`] (a letter alone after a number is no
/// scale after other words: "Article 34 C", "seat 12 F", "Group 4 C"),
/// no capitalised word straight after the letter.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn degrees_reached(m: &Matcher, i: usize, end: usize) -> bool {
    let number = m.s(i).as_bytes();
    let digits = number
        .iter()
        .position(|&b| b == b'.')
        .unwrap_or(number.len());
    end == i + 1
        && m.is_digit_number(i)
        && (1..=3).contains(&digits)
        && !m.glued(end)
        && any_ignoring_case(TEMPERATURE_CUES, m.s(i.wrapping_sub(1)))
        && !(m.kind(end + 1) == Some(TokenKind::Word)
            && m.s(end + 1).starts_with(|c: char| c.is_uppercase()))
}

/// Whether token `i` is an era written before its year, and a year in
/// digits follows: "AD 500", "A.D. 79" (a date that `word_led` reads and
/// `may_start` lets it read).
fn era_opens(m: &Matcher, i: usize) -> bool {
    matches!(m.s(i), "AD" | "A.D.") && m.is_digit_number(i + 1)
}

/// The name of an era after a year: "BC", "B.C.", "BCE", "AD", "A.D.", "CE"
/// (the dotted ones with or without their last full stop).
fn is_era(word: &str) -> bool {
    matches!(
        word,
        "BC" | "B.C." | "BCE" | "AD" | "A.D." | "CE" | "B.C" | "A.D"
    )
}

/// Whether token `i` is a fraction of one digit over one digit and a
/// whole number stands one blank before it: "3 1/2 hours", "2 1/2 miles".
fn whole_before_fraction(m: &Matcher, i: usize) -> bool {
    let digits = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit());
    i >= 1
        && digits(m.s(i - 1))
        && m.tokens[i - 1].span.end + 1 == m.tokens[i].span.start
        && matches!(m.s(i).as_bytes(), [a, b'/', b] if a.is_ascii_digit() && b.is_ascii_digit())
}

/// Where a fraction of a percentage point or a percent that starts at `i`
/// ends: "half a percentage point", "a quarter of a percentage point",
/// "three quarters of a percent".
fn fraction_of_percent(m: &Matcher, i: usize) -> Option<usize> {
    let mut j = i + usize::from(matches!(m.s(i), "a" | "A" | "one" | "two" | "three"));
    if !matches!(
        m.s(j),
        "half" | "Half" | "quarter" | "quarters" | "third" | "thirds"
    ) {
        return None;
    }
    j += 1 + usize::from(m.s(j + 1) == "of");
    if m.s(j) != "a" {
        return None;
    }
    percent_end(m, j + 1)
}

/// Where the words of a percentage that start at `i` end: "percent",
/// "per cent", "pct", "pc", "bps", "percentage points", "basis points".
fn percent_end(m: &Matcher, i: usize) -> Option<usize> {
    if !m.is(i, PERCENT_WORD) {
        return None;
    }
    let (word, after) = (m.s(i), m.s(i + 1));
    if word.eq_ignore_ascii_case("per") && after.eq_ignore_ascii_case("cent") {
        return Some(i + 2);
    }
    if (word.eq_ignore_ascii_case("percentage") || word.eq_ignore_ascii_case("basis"))
        && after.to_ascii_lowercase().starts_with("point")
    {
        return Some(i + 2);
    }
    (any_ignoring_case(&["pct", "percent", "bps"], word) || word == "pc").then_some(i + 1)
}

/// A unit of measure, but none that only qualifies another ("square").
fn is_unit_word(word: &str) -> bool {
    CLASSES.get(word) & UNIT != 0 && !any_ignoring_case(UNIT_QUALIFIERS, word)
}

/// Whether `word`, a unit, is one of power: "watt", "gigawatts".
fn watts(word: &str) -> bool {
    let bytes = word.as_bytes();
    let stem = bytes.strip_suffix(b"s").unwrap_or(bytes);
    stem.len() >= 4 && stem[stem.len() - 4..].eq_ignore_ascii_case(b"watt")
}

/// Numbers followed by what they count: money ("27 dlrs", "300 mln
/// dlrs", "five million euros"), percentages ("2.1%", "31 pct", "five per
/// cent"), durations ("three days", "two hours") and quantities ("20
/// kilometres", "1.5 mln barrels").
fn amount_with_unit(m: &Matcher, i: usize) -> Option<(usize, EntityType)> {
    if !m.is_number(i) {
        return None;
    }
    let end = m.amount_end(i);
    // (A unit ends in a letter: most numbers, ending in a digit, need no
    // call.)
    if end == i + 1
        && m.is_digit_number(i)
        && m.s(i)
            .as_bytes()
            .last()
            .is_some_and(u8::is_ascii_alphabetic)
    {
        if let Some(ty) = hyphenated_period(m.s(i)) {
            return Some((end, ty));
        }
        if let Some(ty) = glued_unit(m.s(i)) {
            return Some((end, ty));
        }
        if let Some(ty) = unit_in_number(m, i) {
            return Some((rate_after(m, end), ty));
        }
    }
    let next = m.s(end);
    // A year of an era: "300 BC", "44 B.C.", "AD 79" (`word_led`).
    if end == i + 1 && m.is_digit_number(i) && is_era(next) {
        return Some((end + 1, EntityType::Date));
    }
    // Degrees by their sign: "45°C", "45 °F", "a 90° turn".
    if matches!(next, "°" | "º") {
        let unit = matches!(m.s(end + 1), "C" | "F") && m.glued(end + 1);
        return Some((end + 1 + usize::from(unit), EntityType::Quantity));
    }
    if next == "%" {
        return Some((end + 1, EntityType::Percent));
    }
    if matches!(next, "C" | "F") && (degrees_converted(m, i, end) || degrees_reached(m, i, end)) {
        return Some((end + 1, EntityType::Quantity));
    }
    if let Some(k) = percent_end(m, end) {
        return Some((k, EntityType::Percent));
    }
    // "a 30-million-pound fee", "a 5-million-euro bid": a number token
    // with its multiplier and currency joined by hyphens.
    if end == i + 1 && currency_after_hyphens(m.s(i)) {
        return Some((end, EntityType::Money));
    }
    // Qualified currencies: "20 US dollars", "500 Australian dollars";
    // by any people the lists know: "10,000 Congolese francs".
    let mut j = end;
    while (m.is(j, CURRENCY_QUALIFIER) || j == end && qualifies_currency(m.s(j))) && j < end + 2 {
        j += 1;
    }
    if m.is(j, CURRENCY_WORD) {
        // "the 20-nation euro zone", "the euro area": a currency's region.
        if matches!(m.s(j + 1), "zone" | "zone's" | "area" | "area's") {
            return None;
        }
        let word = m.s(j).to_ascii_lowercase();
        // "pound(s)" after a bare number is as often weight as money,
        // but not after millions ("14.2 million pounds"); "won" and
        // "real" are mostly verbs and adjectives.
        let doubtful = any_ignoring_case(DOUBTFUL_CURRENCIES, &word);
        let weighed = word.starts_with("pound") || word.starts_with("crown");
        // ("30 million won", "2 billion rand"; not "1 million real users".)
        let millions = || m.is(end - 1, MULTIPLIER) && (weighed || word != "real");
        // "12.21 pounds an hour", "263.4 crowns" a share: pence or öre
        // after the point (a weight has its fraction in tenths or halves,
        // and a crown none at all).
        let priced = || {
            let number = m.s(end - 1);
            number.find('.').is_some_and(|dot| {
                let decimals = number.len() - dot - 1;
                weighed && (decimals == 2 || word.starts_with("crown") && decimals > 0)
            })
        };
        // "180,000 pounds ($229,000)": its worth in another currency after
        // it, in parentheses.
        let converted = || m.s(j + 1) == "(" && m.currency_prefix(j + 2).is_some();
        // "16 million pounds of thrust", "500 pounds of cocaine": a weight
        // before "of", unless money follows ("5 million pounds of public
        // money", "of taxpayers' money").
        if word == "pounds" && m.s(j + 1) == "of" && !money_after_of(m, j + 2) {
            return Some((j + 1, EntityType::Quantity));
        }
        if !doubtful
            || j > end
            || millions()
            || priced()
            || converted()
            || won_priced(m, end, j)
            || word == "pounds" && pounds_paid(m, i, end, j)
        {
            return Some((j + 1, EntityType::Money));
        }
        if word == "pounds" && pounds_weighed(m, i) {
            return Some((j + 1, EntityType::Quantity));
        }
    }
    // "a 100 billion-pound boost": the multiplier and the currency joined
    // by a hyphen after the number.
    if !next.starts_with(|c: char| c.is_ascii_digit()) && currency_after_hyphens(next) {
        return Some((end + 1, EntityType::Money));
    }
    // ISO codes: "500 USD".
    if next.len() == 3
        && next.bytes().all(|b| b.is_ascii_uppercase())
        && matches!(
            next,
            "USD"
                | "AUD"
                | "EUR"
                | "GBP"
                | "JPY"
                | "CNY"
                | "NZD"
                | "CAD"
                | "CHF"
                | "HKD"
                | "INR"
                | "RUB"
                | "IRR"
        )
    {
        return Some((end + 1, EntityType::Money));
    }
    if m.is(end, UNIT) {
        let mut k = end + 1;
        if any_ignoring_case(UNIT_QUALIFIERS, next) {
            // "32.3 million metric tons"; "5 metric" alone is no amount.
            if !m.is(k, UNIT) {
                return None;
            }
            k += 1;
        }
        if (next.eq_ignore_ascii_case("degrees") || next.eq_ignore_ascii_case("degree"))
            && matches!(
                m.s(k).to_ascii_lowercase().as_str(),
                "celsius" | "fahrenheit" | "c" | "f"
            )
        {
            k += 1;
        }
        return Some((rate_after(m, k), EntityType::Quantity));
    }
    let is_a = m.s(i).eq_ignore_ascii_case("a") || m.s(i).eq_ignore_ascii_case("an");
    // "half centuries" (in cricket) counts runs, not time.
    let half_plural = m.s(i).eq_ignore_ascii_case("half") && next.ends_with('s');
    // "90 working days", "five business days": a kind of day between.
    let end = if matches!(
        next,
        "working" | "business" | "trading" | "calendar" | "hearing" | "sitting" | "school"
    ) && matches!(m.s(end + 1), "day" | "days")
    {
        end + 1
    } else {
        end
    };
    if m.is(end, DATE_NOUN) && !is_a && !half_plural && !capitalised_pair(m, i, end) {
        // "three days", "10 years"; "two years ago" keeps "ago"; "three
        // quarters of a century".
        let k = if m.s(end + 1).eq_ignore_ascii_case("ago") {
            end + 2
        } else {
            quarters_of_a_century(m, end)
        };
        return Some((k, EntityType::Date));
    }
    if m.is(end, TIME_NOUN) && !is_a {
        let k = if m.s(end + 1).eq_ignore_ascii_case("ago") {
            end + 2
        } else {
            end + 1
        };
        return Some((k, EntityType::Time));
    }
    None
}

/// Whether the span of time from token `i` to `end` is a batter's hundred
/// runs, a century made, scored or hit: "Joe Root made a century", "hit
/// two centuries", "made a half-century" (not "a century ago").
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn batters_runs(m: &Matcher, i: usize, end: usize) -> bool {
    let i = i - usize::from(i > 0 && m.s(i - 1) == "a");
    matches!(m.s(end - 1), "century" | "centuries" | "half-century")
        && i.checked_sub(1).is_some_and(|k| {
            matches!(
                m.s(k),
                "made"
                    | "make"
                    | "makes"
                    | "scored"
                    | "score"
                    | "scores"
                    | "hit"
                    | "hits"
                    | "struck"
                    | "smashed"
                    | "notched"
                    | "compiled"
                    | "registered"
            )
        })
}

/// Where a span of time that ends at token `end` ends when it counts
/// quarters of a longer one: "a quarter of a century", "three quarters of
/// a decade", "a quarter century" (those tokens after `end`), else after
/// `end`.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn quarters_of_a_century(m: &Matcher, end: usize) -> usize {
    let long = |j: usize| matches!(m.s(j), "century" | "decade");
    if matches!(m.s(end), "quarter" | "quarters") {
        if long(end + 1) {
            return end + 2;
        }
        if m.s(end + 1) == "of" && m.s(end + 2) == "a" && long(end + 3) {
            return end + 4;
        }
    }
    end + 1
}

/// Whether "overnight" at token `i` names a loan for a night, before a
/// word of the money market ("the overnight rate", "overnight lending"),
/// not a time.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn overnight_money(m: &Matcher, i: usize) -> bool {
    m.s(i) == "overnight"
        && matches!(
            m.s(i + 1),
            "rate" | "rates" | "lending" | "borrowing" | "index" | "repo" | "interbank" | "deposit"
        )
}

/// The last token of one or two capitalised words from token `end`, after
/// a date, that end with a word that ends the names of groups: the date
/// opens the name ("the March 23 Movement", "the September 11th Families
/// Association", "the April 6 Youth Movement").
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn date_opens_name(m: &Matcher, end: usize) -> Option<usize> {
    let group = |k: usize| {
        matches!(
            m.words.get(k).copied(),
            Some("Movement" | "Association" | "Committee" | "Brigade" | "Brigades" | "Front")
        )
    };
    if group(end) {
        Some(end)
    } else {
        (m.capitalised(end) && group(end + 1)).then_some(end + 1)
    }
}

/// Whether the number's word at token `i` and the span of time at `end`
/// are both capitalised: a name ("the Four Seasons hotel", "Three Days
/// Grace"), not a date.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn capitalised_pair(m: &Matcher, i: usize, end: usize) -> bool {
    m.capitalised(i) && m.capitalised(end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Document;

    #[test]
    fn starters_cover_every_list_that_can_begin_a_match() {
        for list in [
            RELATIVE,
            LONE_DATES,
            LONE_TIMES,
            NUMBER_WORDS,
            WEEKDAYS,
            MONTHS,
        ] {
            for w in list {
                assert!(STARTERS.contains(w), "{w}");
            }
        }
        for holiday in HOLIDAYS {
            assert!(is_in(STARTERS, holiday[0]), "{holiday:?}");
        }
    }

    #[test]
    fn starters_turned_away_begin_nothing() {
        let capitalised = |w: &str| format!("{}{}", w[..1].to_uppercase(), &w[1..]);
        let forms = STARTERS
            .iter()
            .flat_map(|w| [w.to_string(), capitalised(w), w.to_uppercase()]);
        for article in forms {
            for next in [
                "few", "couple", "million", "half", "week", "days", "past", "last", "$", "5",
                "Monday", "March", "dollars", "per", "hundred", "year", "of", "morning", "today",
            ] {
                for text in [
                    format!("{article} {next} days ago in 2001"),
                    format!("{article}{next}5 days ago"),
                ] {
                    let doc = Document::parse(&text);
                    let words: Vec<&str> = doc.tokens.iter().map(|t| t.span.of(&text)).collect();
                    let classes = prepare(&words);
                    let m = Matcher {
                        tokens: &doc.tokens,
                        words: &words,
                        classes: &classes,
                    };
                    let found = match_at(&m, 0).filter(|&(end, _)| end > 0);
                    assert!(may_start(&m, 0) || found.is_none(), "{text:?}: {found:?}");
                }
            }
        }
    }

    #[test]
    fn word_classes_agree_with_the_lists() {
        for (list, bit) in CLASS_LISTS {
            for w in list {
                assert!(
                    w.starts_with(|c: char| c.is_ascii_lowercase())
                        && !w.bytes().any(|b| b.is_ascii_uppercase()),
                    "{w}"
                );
                assert_ne!(classes_in(w) & bit, 0, "{w}");
                assert_ne!(classes_in(&w.to_ascii_uppercase()) & bit, 0, "{w}");
            }
            for (other, _) in CLASS_LISTS {
                for w in other {
                    assert_eq!(classes_in(w) & bit != 0, is_in(list, w), "{w}");
                }
            }
        }
        for holiday in HOLIDAYS {
            assert!(is_in(HOLIDAY_STARTS, holiday[0]), "{holiday:?}");
        }
        assert_eq!(classes_in("Reuters"), 0);
        assert_eq!(classes_in("10"), 0);
        // The compile-time table, word by word, against the lists.
        let others = [
            "Reuters",
            "10",
            "milliards",
            "μs",
            "℃",
            "décembre",
            "april's",
        ];
        crate::entities::words::assert_answers_as_lists(&CLASSES, &CLASS_LISTS, &others);
        assert_eq!(CLASSES.len(), CLASS_WORDS);
    }

    #[test]
    fn word_lists_are_sorted_for_binary_search() {
        for list in [
            NUMBER_WORDS,
            MULTIPLIERS,
            CURRENCY_WORDS,
            CURRENCY_QUALIFIERS,
            UNITS,
            PERCENT_WORDS,
            MONTHS,
            WEEKDAYS,
            DATE_NOUNS,
            TIME_NOUNS,
            RELATIVE,
            DAY_PARTS,
            SEASONS,
            LONE_DATES,
            LONE_TIMES,
            ZONES,
        ] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
        crate::text::lexicon::assert_word_list(CHANGE_VERBS, true);
    }

    fn found(text: &str) -> Vec<(String, EntityType)> {
        let doc = Document::parse(text);
        let mut out = Vec::new();
        for s in &doc.sentences {
            let tokens = &doc.tokens[s.tokens.clone()];
            let words: Vec<&str> = tokens.iter().map(|t| t.span.of(text)).collect();
            find(tokens, &words, &mut out);
        }
        out.iter()
            .map(|m| (m.span.of(text).to_string(), m.ty))
            .collect()
    }

    fn has(text: &str, want: &str, ty: EntityType) {
        let got = found(text);
        assert!(
            got.iter().any(|(s, t)| s == want && *t == ty),
            "{want:?} as {ty:?} in {got:?}"
        );
    }

    /// No expression of type `ty` is found in any of `texts`.
    fn no_type_in(texts: &[&str], ty: EntityType) {
        for text in texts {
            let got = found(text);
            assert!(got.iter().all(|(_, t)| *t != ty), "{text}: {got:?}");
        }
    }

    /// Nothing is found in any of `texts`.
    fn none_in(texts: &[&str]) {
        for text in texts {
            let got = found(text);
            assert!(got.is_empty(), "{text}: {got:?}");
        }
    }

    use EntityType::*;

    #[test]
    fn money_in_the_forms_news_uses() {
        has("It cost $3.5 billion last year.", "$3.5 billion", Money);
        has("Fines of €20 million were paid.", "€20 million", Money);
        has("A fee of A$500 applies.", "A$500", Money);
        has("Net profit was 27 dlrs a share.", "27 dlrs", Money);
        has("It raised 300 mln dlrs in debt.", "300 mln dlrs", Money);
        has("The euro bought 1.08 dollars.", "1.08 dollars", Money);
        has("He paid five million euros.", "five million euros", Money);
        has("It cost 20 US dollars.", "20 US dollars", Money);
        has("He took 14.2 million pounds.", "14.2 million pounds", Money);
        has("A 6.3 million pound grant.", "6.3 million pound", Money);
        has("A 30-million-pound move.", "30-million-pound", Money);
        has("A 5-million-euro bid.", "5-million-euro", Money);
        // Latin America's currencies, with their accents or without.
        has(
            "The rate is 37 bolívares per dollar.",
            "37 bolívares",
            Money,
        );
        has("It cost 1,200 guaranies.", "1,200 guaranies", Money);
        has("A fine of 40,000 quetzales.", "40,000 quetzales", Money);
        has("They paid 500 gourdes.", "500 gourdes", Money);
        // A pound after a bare number is as often a weight (after
        // "weighed", one), and "won" is mostly a verb (the age is a date).
        let got = found("The boxer weighed 200 pounds. A 30-year-old man won.");
        assert_eq!(
            got,
            [
                ("200 pounds".to_string(), Quantity),
                ("30-year-old".to_string(), Date)
            ]
        );
        let got = found("The boxer had 200 pounds.");
        assert!(got.is_empty(), "{got:?}");
        // But a sum in thousands before "won" and no object is a price.
        has(
            "Shares closed at 199,000 won on Friday.",
            "199,000 won",
            Money,
        );
        has("It costs 1,500 won a cup.", "1,500 won", Money);
        none_in(&["Of the entrants, 1,200 won prizes."]);
        // "last" as a verb after a modal or "to".
        none_in(&[
            "The era could last decades.",
            "Talks are expected to last weeks.",
        ]);
        has("Prices rose last week.", "last week", Date);
        // After "that" before a number, the verb too; before a period, not.
        has(
            "Staff are on contracts that last nine months.",
            "nine months",
            Date,
        );
        has("The deal that last week collapsed.", "last week", Date);
        // A weekday before a day and a month.
        has(
            "Results are expected by Friday, 8 November.",
            "Friday, 8 November",
            Date,
        );
        has(
            "It opens on Friday 8 November 2024.",
            "Friday 8 November 2024",
            Date,
        );
    }

    #[test]
    fn percentages() {
        has("Growth was 2.1% in March.", "2.1%", Percent);
        has("Sales rose 31 pct.", "31 pct", Percent);
        has("Prices fell five per cent.", "five per cent", Percent);
        has(
            "Rates rose 0.25 percentage points.",
            "0.25 percentage points",
            Percent,
        );
        has(
            "The bank cut by 25 basis points.",
            "25 basis points",
            Percent,
        );
        has("Yields rose another 50 bps.", "50 bps", Percent);
        // "basis" alone is no unit.
        none_in(&["It was 25 basis for the claim."]);
        // As an adjective, joined by hyphens.
        has(
            "The Fed made a 50-basis-point cut.",
            "50-basis-point",
            Percent,
        );
        has("It bought a 10-percent stake.", "10-percent", Percent);
        has("A 2.5-per-cent rise.", "2.5-per-cent", Percent);
        none_in(&["It was a 10-point plan.", "A 5-basis rule."]);
    }

    #[test]
    fn quantities_but_not_counted_nouns() {
        has(
            "The fire spread 20 kilometres east.",
            "20 kilometres",
            Quantity,
        );
        has(
            "Output rose 1.5 mln barrels a day.",
            "1.5 mln barrels a day",
            Quantity,
        );
        has("The port handled 280,000 TEUs.", "280,000 TEUs", Quantity);
        has("Hackers stole 1.6 terabytes.", "1.6 terabytes", Quantity);
        has(
            "The river carried 261,000 cusecs.",
            "261,000 cusecs",
            Quantity,
        );
        has("It takes 90 working days.", "90 working days", Date);
        has("It lasted 118 hearing days.", "118 hearing days", Date);
        has(
            "The ship was 60 nautical miles off.",
            "60 nautical miles",
            Quantity,
        );
        has("They took a 60-milligram dose.", "60-milligram", Quantity);
        has("He takes 5 mg daily.", "5 mg", Quantity);
        has("Relief was 5 billion kyat.", "5 billion kyat", Money);
        has("The limit is 96 nanograms.", "96 nanograms", Quantity);
        has("Bread costs 2,000 rials.", "2,000 rials", Money);
        let got = found("An estimated 500 residents have left.");
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn amounts_no_number_gives_before_a_unit_or_a_currency() {
        has(
            "The fire burned a few hundred metres away.",
            "a few hundred metres",
            Quantity,
        );
        has(
            "They walked several kilometres.",
            "several kilometres",
            Quantity,
        );
        has(
            "Hundreds of metres of track went.",
            "Hundreds of metres",
            Quantity,
        );
        has(
            "It cost several million dollars.",
            "several million dollars",
            Money,
        );
        has(
            "They lost tens of millions of dollars.",
            "tens of millions of dollars",
            Money,
        );
        has(
            "It cost a couple of hundred euros.",
            "a couple of hundred euros",
            Money,
        );
        none_in(&[
            "He lost a few pounds.",
            "Thousands of people marched.",
            "Several hundred residents left.",
            "A few million people watched.",
        ]);
    }

    #[test]
    fn a_range_is_one_expression() {
        has(
            "Damage reached $400 to $500 million.",
            "$400 to $500 million",
            Money,
        );
        has(
            "It may cost $3 billion to $5 billion.",
            "$3 billion to $5 billion",
            Money,
        );
        has(
            "Fines were between $5,000 and $7,000.",
            "$5,000 and $7,000",
            Money,
        );
        has("Prices rose 5 to 10 percent.", "5 to 10 percent", Percent);
        // After "by" too, a bare number before one of about its size.
        has(
            "Deliveries will rise by 15 to 20 per cent.",
            "15 to 20 per cent",
            Percent,
        );
        has("The wait grew by 10 to 14 days.", "10 to 14 days", Date);
        has(
            "They climbed 13 to 14,000 feet.",
            "13 to 14,000 feet",
            Quantity,
        );
        has("It takes two to three days.", "two to three days", Date);
        has("Come between 2 and 4 p.m. today.", "2 and 4 p.m.", Time);
        // "or" between the values; years after "between".
        has(
            "Some put in 50,000 or 100,000 euros.",
            "50,000 or 100,000 euros",
            Money,
        );
        has("It takes five or six years.", "five or six years", Date);
        // Joined by a dash with no space, after "from" or a verb of change
        // too.
        has("The forecast was cut from 6.0%-6.5%.", "6.0%-6.5%", Percent);
        has("It fell from 5%-6% to 4% in May.", "5%-6%", Percent);
        has("It fell from 5%-6% to 4% in May.", "4%", Percent);
        has("It ran between 2017 and 2023.", "2017 and 2023", Date);
        // A time zone's name written out, its letters in brackets.
        has(
            "Play starts at 3 p.m. India Standard Time (IST) on Monday.",
            "3 p.m. India Standard Time (IST)",
            Time,
        );
        has(
            "It starts at 10 a.m. Pacific Time.",
            "10 a.m. Pacific Time",
            Time,
        );
        // A zone of North America with "time" in lower case.
        has(
            "It starts at 10 a.m. Pacific time on Tuesday.",
            "10 a.m. Pacific time",
            Time,
        );
        has(
            "Trading opens at 9:30 a.m. Eastern time.",
            "9:30 a.m. Eastern time",
            Time,
        );
        has(
            "Output of 1.5 million to 2 million barrels.",
            "1.5 million to 2 million barrels",
            Quantity,
        );
        // A change and where it led, years, and "and" without "between".
        for (text, first, second) in [
            (
                "Shares rose five cents to 31.5 cents.",
                "five cents",
                "31.5 cents",
            ),
            ("Inflation went from 3 to 5 percent.", "", "5 percent"),
            (
                "Rates fell by 2 percent to 4 percent.",
                "2 percent",
                "4 percent",
            ),
            ("Output rose by 5 to 3,000 tonnes.", "", "3,000 tonnes"),
            ("It ran from 2001 to 2005.", "2001", "2005"),
            (
                "Yields dipped 4 basis points to 4.16%.",
                "4 basis points",
                "4.16%",
            ),
            ("Spreads widened 12 bps to 80 bps.", "12 bps", "80 bps"),
            ("It cost $5 and $7 more.", "$5", "$7"),
            (
                "Rain fell in the 24 hours to 8:30 a.m.",
                "24 hours",
                "8:30 a.m.",
            ),
        ] {
            let got: Vec<String> = found(text).into_iter().map(|(s, _)| s).collect();
            let want: Vec<&str> = [first, second]
                .into_iter()
                .filter(|w| !w.is_empty())
                .collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn a_date_goes_on_to_a_later_day_of_its_month() {
        has(
            "It runs from July 13 to 14 in Paris.",
            "July 13 to 14",
            Date,
        );
        has(
            "Talks were held September 23 and 24.",
            "September 23 and 24",
            Date,
        );
        has(
            "It ran from July 22 to 23, 2024.",
            "July 22 to 23, 2024",
            Date,
        );
        has("It runs from 13 to 14 July.", "13 to 14 July", Date);
        has(
            "The shop opens from 9 to 11 a.m. daily.",
            "9 to 11 a.m.",
            Time,
        );
        // A number that counts something, or an earlier day, is no end.
        for text in [
            "From July 13 to 14 people arrived.",
            "It ran from July 13 to 12.",
            "On July 13, 14 people died.",
        ] {
            let got: Vec<String> = found(text).into_iter().map(|(s, _)| s).collect();
            assert_eq!(got, ["July 13"], "{text}");
        }
    }

    #[test]
    fn a_part_of_a_period_is_a_date() {
        has(
            "Talks resume at the end of the month.",
            "the end of the month",
            Date,
        );
        has(
            "Sales rose in the first half of the year.",
            "the first half of the year",
            Date,
        );
        has(
            "The plant opens by the end of 2025.",
            "the end of 2025",
            Date,
        );
        has(
            "It resumes at the beginning of next month.",
            "the beginning of next month",
            Date,
        );
        has(
            "Prices fell in the middle of March.",
            "the middle of March",
            Date,
        );
        has("The end of the season came.", "The end of the season", Date);
        has(
            "Profit rose at the end of the first quarter of 2024.",
            "the end of the first quarter of 2024",
            Date,
        );
        // Not a day's end, which is a figure of speech, nor anything
        // else's.
        for text in [
            "At the end of the day, he won.",
            "After the end of the war, the rest of the team left.",
            "The start of the race was delayed.",
        ] {
            assert!(found(text).is_empty(), "{text}: {:?}", found(text));
        }
    }

    #[test]
    fn a_range_of_two_dates_is_one() {
        has(
            "It runs from July 3 to July 5, 2024.",
            "July 3 to July 5, 2024",
            Date,
        );
        has(
            "Seats are sold for travel between January 9 and March 27.",
            "January 9 and March 27",
            Date,
        );
        has(
            "The battle lasted from July to November 1917.",
            "July to November 1917",
            Date,
        );
        has("It ran from March to May.", "March to May", Date);
        has("It ran between May and June.", "May and June", Date);
        // "May" between no months is no date.
        assert!(found("There was a row between May and Johnson.").is_empty());
        // Two dates, joined by "and" with no "between", are two.
        let got: Vec<String> = found("It was held on July 3 and July 5.")
            .into_iter()
            .map(|(s, _)| s)
            .collect();
        assert_eq!(got, ["July 3", "July 5"]);
    }

    #[test]
    fn units_joined_to_the_number_and_signs() {
        has("A 6.2-km tunnel opened.", "6.2-km", Quantity);
        has("A 2,000-pound bomb fell.", "2,000-pound", Quantity);
        has("It is 5km away.", "5km", Quantity);
        has("Cars did 70km/h there.", "70km/h", Quantity);
        has("It hit 30C in Perth.", "30C", Quantity);
        has("It was -8C at dawn.", "-8C", Quantity);
        has(
            "It fell to minus 8 degrees Celsius.",
            "minus 8 degrees Celsius",
            Quantity,
        );
        has("It reached 45°C inland.", "45°C", Quantity);
        has("It reached 1 degree Celsius.", "1 degree Celsius", Quantity);
        // A clock time ends in "am" or "pm" after digits alone; a margin
        // is no sign; a capitalised word before "30C" names it.
        has("A 5-kilogram parcel came at 10am.", "5-kilogram", Quantity);
        has("A 5-kilogram parcel came at 10am.", "10am", Time);
        has(
            "It is plus or minus 3 percentage points.",
            "3 percentage points",
            Percent,
        );
        let got = found("Section 30C of the Act applies.");
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn spans_of_time_in_one_hyphenated_word() {
        has("The 21-year-old signed.", "21-year-old", Date);
        has("He signed a five-year contract.", "five-year", Date);
        has("Five-year bonds rose.", "Five-year", Date);
        has("A fifteen-year-old watched.", "fifteen-year-old", Date);
        has("It began a 112-day journey.", "112-day", Date);
        has("A 24-hour strike began.", "24-hour", Time);
        none_in(&["A one-off payment.", "A two-thirds majority.", "A 6-0 win."]);
    }

    #[test]
    fn a_capitalised_number_and_span_of_time_are_a_name() {
        none_in(&[
            "They met at the Four Seasons hotel in Doha.",
            "Four Seasons Hotels said so.",
        ]);
        has("They met four seasons ago.", "four seasons ago", Date);
        has("Four seasons later, he left.", "Four seasons", Date);
    }

    #[test]
    fn pounds_with_their_worth_in_another_currency() {
        has(
            "The fine was 180,000 pounds ($229,000).",
            "180,000 pounds",
            Money,
        );
        // A weight has none.
        let got = found("He weighed 200 pounds (91 kg).");
        assert!(got.iter().all(|(_, ty)| *ty != Money), "{got:?}");
    }

    #[test]
    fn pounds_paid_or_earned_by_the_week() {
        has("She sold it for 340,000 pounds.", "340,000 pounds", Money);
        has("He was fined about 500 pounds.", "500 pounds", Money);
        has("He earns 80,000 pounds a week.", "80,000 pounds", Money);
        has(
            "Harvey received 50,000 pounds at a ceremony.",
            "50,000 pounds",
            Money,
        );
        has(
            "She won 25,000 pounds in the prize.",
            "25,000 pounds",
            Money,
        );
        has("He paid a fine of 5,000 pounds.", "5,000 pounds", Money);
        has(
            "Tickets carry a fee of about 66 pounds.",
            "66 pounds",
            Money,
        );
        has(
            "It scrapped the 40,000-pound payment.",
            "40,000-pound",
            Money,
        );
        has(
            "She received the 50,000-pound ($63,700) award.",
            "50,000-pound",
            Money,
        );
        for weight in [
            "Police seized 2,000 pounds of cocaine.",
            "It dropped a 2,000-pound bomb.",
            "The bomb had a weight of 2,000 pounds.",
            "The bomb weighed 2,000 pounds.",
            "He lost 20 pounds a month.",
        ] {
            let got = found(weight);
            assert!(got.iter().all(|(_, ty)| *ty != Money), "{weight}: {got:?}");
        }
    }

    #[test]
    fn degrees_after_a_word_of_temperatures_with_their_letter_apart() {
        has("Horsham reached 45.3 C at 2 p.m.", "45.3 C", Quantity);
        has("It was as low as 4 C in the mornings.", "4 C", Quantity);
        has("Highs of 95 F are forecast.", "95 F", Quantity);
        has("The high was 17.2 C on Tuesday.", "17.2 C", Quantity);
        for other in ["Article 34 C applies.", "He sat in seat 12 F on the plane."] {
            let got = found(other);
            assert!(
                got.iter().all(|(_, ty)| *ty != Quantity),
                "{other}: {got:?}"
            );
        }
    }

    #[test]
    fn currency_codes_and_short_forms_before_a_number() {
        has("It paid SEK 12bn for it.", "SEK 12bn", Money);
        has("Fines of CHF 1.5bn were paid.", "CHF 1.5bn", Money);
        has("The deal is worth AED 5 million.", "AED 5 million", Money);
        has("It cost Tk 500 crore.", "Tk 500 crore", Money);
        has("Fines of Dh 60,000 were imposed.", "Dh 60,000", Money);
        // Glued to the number, a multiplier after it or none.
        has("The fee rose to Rs37,000 on Monday.", "Rs37,000", Money);
        has("Debt reached Rs1.804tr in June.", "Rs1.804tr", Money);
        has("The fine was Dh1,200.", "Dh1,200", Money);
        has("It cost Tk500 crore.", "Tk500 crore", Money);
        has("Debt stood at $1.2 trln.", "$1.2 trln", Money);
        // Latin America's codes; "COP" and two digits is the climate
        // summit.
        has("The peso traded at COP 4,100.", "COP 4,100", Money);
        has(
            "Bonds of ARS 10 billion were sold.",
            "ARS 10 billion",
            Money,
        );
        has("It cost CLP 5,000.", "CLP 5,000", Money);
        has("Sales of PEN 300 million rose.", "PEN 300 million", Money);
        has("It paid COP2bn.", "COP2bn", Money);
        no_type_in(
            &[
                "Leaders met at COP 29 in Baku.",
                "Leaders met at COP29 in Baku.",
                "The RS3 engine was built.",
                "Tk ran 5 laps.",
                "The Rsx12 failed.",
            ],
            Money,
        );
    }

    #[test]
    fn a_year_after_a_plans_word_is_no_date() {
        for text in [
            "The fund backs Vision 2030.",
            "Project 2025 was written in 2023.",
            "It follows Agenda 2063.",
        ] {
            let got = found(text);
            assert!(
                got.iter()
                    .all(|(span, _)| !matches!(span.as_str(), "2030" | "2025" | "2063")),
                "{text}: {got:?}"
            );
        }
        has("Project 2025 was written in 2023.", "2023", Date);
    }

    #[test]
    fn pc_after_a_number_glued_or_apart_is_a_percentage() {
        has("Inflation rose to 9.4pc in March.", "9.4pc", Percent);
        has("Wages rose 3 pc last year.", "3 pc", Percent);
        has("Sales rose 5pct.", "5pct", Percent);
        // (In capitals it is a computer.)
        no_type_in(&["The lab bought 5 PC units."], Percent);
    }

    #[test]
    fn years_from_2100_after_by_or_in() {
        has("Seas may rise a metre by 2100.", "2100", Date);
        has("In 2300, it may be worse.", "2300", Date);
        has("He ran in 2100 metres.", "2100 metres", Quantity);
    }

    #[test]
    fn quarters_in_one_word() {
        has("Second-quarter profit rose.", "Second-quarter", Date);
        has("Its fourth-quarter sales fell.", "fourth-quarter", Date);
        has("Sales rose in Q3.", "Q3", Date);
        has("Sales rose in Q4 2024.", "Q4 2024", Date);
        none_in(&["The Q7 model sold well.", "It reached the quarter-final."]);
    }

    #[test]
    fn a_quarter_named_by_its_last_month() {
        has(
            "Profit rose in the September quarter.",
            "September quarter",
            Date,
        );
        has("In March quarterly figures fell.", "March", Date);
    }

    #[test]
    fn degrees_apart_from_their_scale_with_the_conversion() {
        has("It reached 34 C (93 F) inland.", "34 C", Quantity);
        has("It reached 34 C (93 F) inland.", "93 F", Quantity);
        has("It reached 93 F (34 C) inland.", "34 C", Quantity);
        // A letter alone after a number, with no conversion of degrees and
        // no word of temperatures before it, names no scale.
        none_in(&["See Article 34 C (page 9 F)."]);
    }

    #[test]
    fn dates_absolute_relative_and_decades() {
        has("They met on Tuesday.", "Tuesday", Date);
        has(
            "It opened on March 5, 2024 in Paris.",
            "March 5, 2024",
            Date,
        );
        has("It opened on 5 March 2024.", "5 March 2024", Date);
        // In digits, in one token, the year first or last.
        has("It was signed on 2023-12-05 in Paris.", "2023-12-05", Date);
        has("COLOMBO, 27.10.2023 - Ships came.", "27.10.2023", Date);
        has("It was signed on 12/05/2023.", "12/05/2023", Date);
        none_in(&["Version 1.2.3 shipped.", "Call 555-123-4567 now."]);
        has("Prices rose last week.", "last week", Date);
        has("Music of the mid-1960s was loud.", "mid-1960s", Date);
        has("The season starts in mid-December.", "mid-December", Date);
        // "early", "late" or "mid" before a date is part of it.
        has("Talks begin in early July.", "early July", Date);
        has("Sales fell late last year.", "late last year", Date);
        has("Prices rose in mid 2024.", "mid 2024", Date);
        has("Early Monday, rebels attacked.", "Early Monday", Date);
        has(
            "Talks run from early July to August.",
            "early July to August",
            Date,
        );
        has("Muslims celebrate Eid al-Fitr today.", "Eid al-Fitr", Date);
        has("In 2001, the firm was sold.", "2001", Date);
        has("It took three days.", "three days", Date);
        has("It happened two years ago.", "two years ago", Date);
        has("They met earlier this month.", "earlier this month", Date);
        has("Sales fell in the past two years.", "past two years", Date);
        has("Prices rose over the past few days.", "past few days", Date);
        has("It happened a few days ago.", "a few days ago", Date);
        has(
            "Since September the 11th attacks.",
            "September the 11th",
            Date,
        );
        has(
            "Fires burned on New Year's Eve in the state.",
            "New Year's Eve",
            Date,
        );
        has("Black Friday sales rose.", "Black Friday", Date);
        has("Shops shut on Memorial Day.", "Memorial Day", Date);
        has("The Lunar New Year holiday began.", "Lunar New Year", Date);
        has("Diwali fell in the same week.", "Diwali", Date);
        has(
            "He hopes to pass it before the Fourth of July holiday.",
            "Fourth of July",
            Date,
        );
    }

    #[test]
    fn dates_and_times_a_word_opens() {
        has("Sales rose from a year earlier.", "a year earlier", Date);
        has("A week later he quit.", "A week later", Date);
        has("It took more than a decade.", "a decade", Date);
        has("He waited several hours.", "several hours", Time);
        has("Several years ago it fell.", "Several years ago", Date);
        has("Profit fell in the third quarter.", "third quarter", Date);
        has(
            "In the first quarter of 2025 sales fell.",
            "first quarter of 2025",
            Date,
        );
        has("Guidance for fiscal 2027 was cut.", "fiscal 2027", Date);
        has(
            "It was valued at the end of the 2024 fiscal year.",
            "the end of the 2024 fiscal year",
            Date,
        );
        has(
            "The 2023-24 financial year ended.",
            "2023-24 financial year",
            Date,
        );
        has(
            "The concerts, on December 6, 7 and 8, sold out.",
            "December 6, 7 and 8",
            Date,
        );
        has("On December 6, 7 people died.", "December 6", Date);
        has("The talks on March 18-19 ended.", "March 18-19", Date);
        has("They won last season.", "last season", Date);
        has("It rained over the weekend.", "the weekend", Date);
        has("The fortnight ended.", "The fortnight", Date);
        has("It took nearly half an hour.", "half an hour", Time);
        // Quarters of a longer span are one span.
        has(
            "It was the worst in a quarter of a century.",
            "a quarter of a century",
            Date,
        );
        has("It ruled for a quarter century.", "a quarter century", Date);
        has(
            "It lasted three quarters of a century.",
            "three quarters of a century",
            Date,
        );
        // A half after "and" is part of the number before it.
        has(
            "The flight took two and a half hours.",
            "two and a half hours",
            Time,
        );
        has(
            "It took one and a half years.",
            "one and a half years",
            Date,
        );
        has(
            "He paid $2 and a half million.",
            "$2 and a half million",
            Money,
        );
        // Units of memory, charge, power and frequency.
        has("It has 12 GB of memory.", "12 GB", Quantity);
        has("It has a 5,150 mAh battery.", "5,150 mAh", Quantity);
        has("A 3.2 GHz chip.", "3.2 GHz", Quantity);
        has(
            "The plant makes 500 kilowatt-hours.",
            "500 kilowatt-hours",
            Quantity,
        );
        has("Debt falls by 2029-30.", "2029-30", Date);
        has("It beat the 1981-2010 average.", "1981-2010", Date);
        has("In 1999-00 it fell.", "1999-00", Date);
        // Indian multipliers, and a currency's code before the amount.
        has("It paid 4 lakh rupees in fines.", "4 lakh rupees", Money);
        // A people's name of two words or a country's before the currency,
        // the rand glued to its amount, and more after the multiplier.
        has(
            "It cost 5,000 Sri Lankan rupees.",
            "5,000 Sri Lankan rupees",
            Money,
        );
        has(
            "It paid 200,000 Nepali rupees.",
            "200,000 Nepali rupees",
            Money,
        );
        has(
            "He paid 100 trillion Zimbabwe dollars.",
            "100 trillion Zimbabwe dollars",
            Money,
        );
        has("The deal is worth R250 million.", "R250 million", Money);
        // The multiplier glued to it.
        has("Trade worth R10m a day was lost.", "R10m", Money);
        has("Eskom lost R2.5bn last year.", "R2.5bn", Money);
        none_in(&["Take the R21 to the airport.", "He drove an R8 home."]);
        has(
            "They pledged $100 billion-a-year.",
            "$100 billion-a-year",
            Money,
        );
        has("The deal is worth Rs 500 crore.", "Rs 500 crore", Money);
        has("It raised INR 300 crore.", "INR 300 crore", Money);
        has("Sales hit USD 5 million.", "USD 5 million", Money);
        has("It injected Rp 7.5 trillion.", "Rp 7.5 trillion", Money);
        has("It cost RM 2 billion.", "RM 2 billion", Money);
        // A currency by any people the lists know.
        has(
            "Aid of 10,000 Congolese francs came.",
            "10,000 Congolese francs",
            Money,
        );
        has(
            "It paid 30 Ugandan shillings.",
            "30 Ugandan shillings",
            Money,
        );
        assert!(found("About 300 Kenyan runners ran.").is_empty());
        // A currency that is also a verb, after millions only.
        has("Fines reach 30 million won.", "30 million won", Money);
        has("Sales hit 2 billion rand.", "2 billion rand", Money);
        for text in ["He has 1 million real users.", "Labour 3 won."] {
            assert!(found(text).is_empty(), "{text}");
        }
        // A span of time in two units, the second smaller.
        has(
            "The race lasted three hours and 52 minutes.",
            "three hours and 52 minutes",
            Time,
        );
        has(
            "He won in 4 hours 54 minutes 44 seconds.",
            "4 hours 54 minutes 44 seconds",
            Time,
        );
        has(
            "It took two hours, six minutes.",
            "two hours, six minutes",
            Time,
        );
        has(
            "He served two years and six months.",
            "two years and six months",
            Date,
        );
        let list = found("It took 3 hours, 4 hours and 5 hours.");
        assert_eq!(list.len(), 3, "{list:?}");
        // Years before 1900: after a month or a day, or after "in",
        // "since" and the like before no word in lower case.
        has("It was founded in 1896.", "1896", Date);
        has("It has grown since 1850 when it opened.", "1850", Date);
        has("It was founded in 1636 in Cambridge.", "1636", Date);
        has("The law was passed in 1899 by the assembly.", "1899", Date);
        has("The owners cited an 1851 maritime law.", "1851", Date);
        has("Leo XIII reigned from 1878 to 1903.", "1878", Date);
        has(
            "It stood between 1750 and 1820 in the square.",
            "1750 and 1820",
            Date,
        );
        has(
            "He was born on July 4, 1776, in Boston.",
            "July 4, 1776",
            Date,
        );
        has("She died on 5 March 1850 at home.", "5 March 1850", Date);
        for text in [
            "He ran in 1500 metres.",
            "It had 1850 members.",
            "In 1500 cases it did.",
            "It rose from 1500 to 1800 members.",
            "He ran 1500 and 1800 metres.",
        ] {
            assert!(found(text).iter().all(|m| m.1 != Date), "{text}");
        }
        // Not a range of years: a score, or years that go backwards.
        for text in ["He won 2010-12 on points.", "It ran 2011-2010 here."] {
            assert!(found(text).is_empty(), "{text}");
        }
        has("It struck at 3 p.m. local time.", "3 p.m. local time", Time);
        has("Shares closed at 412 pence.", "412 pence", Money);
        has(
            "Fines came to 3.2 billion reais.",
            "3.2 billion reais",
            Money,
        );
        has(
            "It cost 80 billion Norwegian crowns.",
            "80 billion Norwegian crowns",
            Money,
        );
        has("Shares rose to 263.4 crowns.", "263.4 crowns", Money);
        has("Pay rose to 12.21 pounds an hour.", "12.21 pounds", Money);
        has(
            "It will store 35 gigawatt hours.",
            "35 gigawatt hours",
            Quantity,
        );
        has("A 100 megawatt plant opened.", "100 megawatt", Quantity);
        // Energy's units written short, and a chip's node.
        has("A goal of 9 GW of offshore wind.", "9 GW", Quantity);
        has("A capacity of 16 GWh was planned.", "16 GWh", Quantity);
        has("Demand rose by 40 TWh.", "40 TWh", Quantity);
        has("Its 3-nanometre chips sold.", "3-nanometre", Quantity);
        has(
            "It was a 100 billion-pound boost.",
            "100 billion-pound",
            Money,
        );
        has(
            "Winds reached 120 miles per hour.",
            "120 miles per hour",
            Quantity,
        );
        // "a year" alone is often a rate; an ordinal opens no other date.
        for text in [
            "They earn $5 million a year.",
            "He came third in the race.",
            "It was a fiscal disaster.",
        ] {
            let got = found(text);
            assert!(got.iter().all(|(_, t)| *t != Date), "{text}: {got:?}");
        }
    }

    #[test]
    fn times_with_zones() {
        has(
            "At about 4:00pm AEDT the wind changed.",
            "4:00pm AEDT",
            Time,
        );
        has("The talks ended at 5 p.m. yesterday.", "5 p.m.", Time);
        has("Prices rose by 1045 GMT.", "1045 GMT", Time);
        has("It landed at 23:16 CEST on Friday.", "23:16 CEST", Time);
        has("Trading closed at 1600 HKT.", "1600 HKT", Time);
        has("It closed at 2:30 p.m. ET on Friday.", "2:30 p.m. ET", Time);
        has(
            "It came ashore at 11:00 pm AST on Monday.",
            "11:00 pm AST",
            Time,
        );
        has(
            "The fire jumped at about 5:30 p.m. MT.",
            "5:30 p.m. MT",
            Time,
        );
        has("The bank decides at 2 p.m. NZT.", "2 p.m. NZT", Time);
        has("Shares fell in 1999.", "1999", Date);
        has("Fires burned overnight.", "overnight", Time);
        none_in(&[
            "The bank cut its key overnight rate.",
            "Rates on overnight lending rose.",
        ]);
        has(
            "It was launched on Christmas Day 2021.",
            "Christmas Day 2021",
            Date,
        );
        has("On Christmas Day 200 people came.", "Christmas Day", Date);
        has("He will lead Easter Sunday Mass.", "Easter Sunday", Date);
        has("He died on Easter Monday.", "Easter Monday", Date);
        has("They met on Good Friday.", "Good Friday", Date);
        // No date in an accord, a rising, a paper or an inquiry named
        // after one.
        no_type_in(
            &[
                "Under the Good Friday Agreement, consent is required.",
                "The Easter Rising began.",
                "He told the Mail on Sunday he would appeal.",
                "The Bloody Sunday Inquiry reported.",
                "Thirteen died on Bloody Sunday.",
            ],
            Date,
        );
        has(
            "The planet lies 41 light-years away.",
            "41 light-years",
            Quantity,
        );
        has("Police were called this morning.", "this morning", Time);
        has("The siege lasted six hours.", "six hours", Time);
        has(
            "It landed yesterday afternoon.",
            "yesterday afternoon",
            Time,
        );
    }

    #[test]
    fn a_full_stop_after_a_month_alone_is_not_the_dates() {
        for (text, want) in [
            ("Water has been carted since January.", "January"),
            ("It was due in Jan. It came later.", "Jan"),
            ("It opened in Sept. and closed soon after.", "Sept"),
            ("It opened on Jan. 5 and closed soon after.", "Jan. 5"),
            ("It opened on Jan. 5, 2001.", "Jan. 5, 2001"),
        ] {
            has(text, want, Date);
            let got = found(text);
            assert!(
                got.iter().all(|(t, _)| !t.ends_with('.')),
                "{text:?}: {got:?}"
            );
        }
    }

    #[test]
    fn may_is_a_month_only_with_a_day_or_year() {
        has("It ended on May 3.", "May 3", Date);
        for text in [
            "May I ask a question?",
            "Prime Minister Theresa May said so.",
            "It was a speech by May.",
            "They had faith in May Smith's plan.",
            "They had faith in May Ann Smith's plan.",
        ] {
            let got = found(text);
            assert!(got.is_empty(), "{text:?}: {got:?}");
        }
        has("The council will meet again in May.", "May", Date);
        has("Prices have risen since May, he said.", "May", Date);
        has("Rain fell in late May.", "late May", Date);
        // Before a title or a name the lists know.
        has(
            "In May President Donald Trump announced tariffs.",
            "May",
            Date,
        );
        has("In May Donald Trump announced tariffs.", "May", Date);
        has("Since May Chancellor Olaf Scholz has led.", "May", Date);
        has("In May Britain voted.", "May", Date);
    }

    #[test]
    fn a_rate_of_a_day_or_a_year_after_a_unit_is_part_of_the_quantity() {
        has(
            "Output recovered to about 900,000 barrels a day after years of decline.",
            "900,000 barrels a day",
            Quantity,
        );
        has(
            "The plant makes 5 million tonnes a year.",
            "5 million tonnes a year",
            Quantity,
        );
        // Not a date ago.
        has("He ran 10 km a year ago.", "a year ago", Date);
    }

    #[test]
    fn a_month_and_a_year_named_from_now_are_one_date() {
        has(
            "It entered into force on Aug. 1 last year.",
            "Aug. 1 last year",
            Date,
        );
        has("Prices rose in June last year.", "June last year", Date);
        has("It ends on 5 June next year.", "5 June next year", Date);
        has(
            "Leaders will meet on Feb. 10 and 11.",
            "Feb. 10 and 11",
            Date,
        );
        // Not a year before it.
        has("He came in 2019 last year.", "last year", Date);
    }

    #[test]
    fn today_capitalised_inside_a_sentence_before_a_noun_names_a_programme() {
        none_in(&[
            "He told BBC Radio 4's Today programme so.",
            "He was on NBC's Today show.",
        ]);
        has("Today, prices rose.", "Today", Date);
        has("Prices rose today.", "today", Date);
    }

    #[test]
    fn the_first_months_of_a_year_are_one_date() {
        has(
            "Output fell in the first ten months of the year.",
            "the first ten months of the year",
            Date,
        );
        has(
            "Sales rose in the first nine months of 2024.",
            "the first nine months of 2024",
            Date,
        );
        has(
            "He vowed to act within his first 100 days.",
            "first 100 days",
            Date,
        );
    }

    #[test]
    fn a_season_of_a_year_is_one_date() {
        has(
            "The vote is likely in the spring of 2025.",
            "the spring of 2025",
            Date,
        );
        has("Summer of 1969 was long.", "Summer of 1969", Date);
        has("Crowds gathered around midday.", "midday", Time);
    }

    #[test]
    fn pounds_weighed_are_a_quantity() {
        has("It weighed 43 pounds on Monday.", "43 pounds", Quantity);
        has(
            "Police seized 19.5 kg (43 pounds) of it.",
            "43 pounds",
            Quantity,
        );
        has("The baby weighs about 8 pounds.", "8 pounds", Quantity);
        has("It costs 43 pounds.", "43 pounds", Money);
    }

    #[test]
    fn pounds_of_a_thing_are_a_weight_unless_money_follows() {
        crate::text::lexicon::assert_word_list(MONEY_THINGS, false);
        has(
            "The booster makes 16 million pounds of thrust.",
            "16 million pounds",
            Quantity,
        );
        has(
            "Police seized 500 pounds of cocaine.",
            "500 pounds",
            Quantity,
        );
        has(
            "It wasted 2 billion pounds of taxpayers' money.",
            "2 billion pounds",
            Money,
        );
        has(
            "The plan costs 5 million pounds of public money.",
            "5 million pounds",
            Money,
        );
    }

    #[test]
    fn christmas_before_a_thing_of_the_season_is_no_date() {
        none_in(&[
            "A car drove into a crowded Christmas market.",
            "The Christmas tree was lit.",
        ]);
        has("Sales rose at Christmas.", "Christmas", Date);
        has("It was lit on Christmas Eve.", "Christmas Eve", Date);
    }

    #[test]
    fn may_after_part_of_or_opening_a_sentence_and_a_season_before_a_year() {
        has("The talks ended at the end of May.", "the end of May", Date);
        has("Since May, rents rose.", "May", Date);
        has("In May, he left.", "May", Date);
        has("It opens in fall 2028.", "fall 2028", Date);
        has("It opened in summer 2027.", "summer 2027", Date);
        has("Pressure fell to 897 millibars.", "897 millibars", Quantity);
        none_in(&["Supporters of May rallied.", "Shares may fall."]);
    }

    #[test]
    fn fractions_of_a_point_eras_metric_units_and_coins() {
        has(
            "The bank cut rates by a quarter of a percentage point.",
            "a quarter of a percentage point",
            Percent,
        );
        has(
            "Rates fell half a percentage point.",
            "half a percentage point",
            Percent,
        );
        has(
            "They rose by three quarters of a percentage point.",
            "three quarters of a percentage point",
            Percent,
        );
        has("It grew half a percent.", "half a percent", Percent);
        has("The city was founded in 300 BC.", "300 BC", Date);
        has("Caesar died in 44 B.C. in Rome.", "44 B.C.", Date);
        has("The hoard dates from AD 500.", "AD 500", Date);
        has(
            "It held 32.3 million metric tons of rice.",
            "32.3 million metric tons",
            Quantity,
        );
        has("They added a 50-cent surcharge.", "50-cent", Money);
        has("He paid with a five-dollar bill.", "five-dollar", Money);
        none_in(&["Half a dozen came.", "It weighed 5 metric units."]);
    }

    #[test]
    fn a_whole_number_before_a_fraction_is_one_value() {
        has("The show ran for 3 1/2 hours.", "3 1/2 hours", Time);
        has("He ran 2 1/2 miles.", "2 1/2 miles", Quantity);
        has("It rose 1/2 percent.", "1/2 percent", Percent);
    }

    #[test]
    fn a_currencys_zone_or_area_is_no_sum() {
        none_in(&[
            "Inflation in the 20-nation euro zone fell.",
            "The 20 euro area members agreed.",
        ]);
        has("The 20 euro notes were fake.", "20 euro", Money);
    }
}
