//! Named entities: who, which organisations, where, when and how much.
//!
//! Three steps, each in its own module:
//! 1. [`numeric`] and [`names`] find raw mentions sentence by sentence:
//!    numeric and temporal expressions by pattern, names from capitalised
//!    runs classified by lexicons (places, organisations, demonyms, given
//!    names) and by context ("Mr X", "X said", "X Inc", "University of X").
//! 2. [`group`] merges mentions that refer to one real-world entity
//!    ("Vladimir Putin", "Putin", "President Putin"; "U.S." and "United
//!    States"), picks the fullest name, and settles single-word mentions the
//!    sentence alone could not type.
//! 3. Salience ranks entities by how much the article is about them.
//!
//! Labels are the OntoNotes ones spaCy uses. Offsets are byte spans of the
//! original text, like everything else in the crate.

pub mod group;
pub mod lexicon;
mod memo;
pub mod names;
pub mod numeric;
pub(crate) mod words;

use crate::bare::prelude::*;
use serde::Serialize;

use crate::order;
use crate::text::{Document, Span};

/// OntoNotes entity labels (the subset lede produces).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum EntityType {
    Person,
    Org,
    Gpe,
    Loc,
    Norp,
    Fac,
    Event,
    Law,
    Date,
    Time,
    Money,
    Percent,
    Quantity,
}

impl EntityType {
    /// Names (people, organisations, places, groups) as opposed to values.
    #[cfg_attr(lede_abort, optimize(size))]
    pub fn is_name(self) -> bool {
        matches!(
            self,
            EntityType::Person
                | EntityType::Org
                | EntityType::Gpe
                | EntityType::Loc
                | EntityType::Norp
                | EntityType::Fac
                | EntityType::Event
                | EntityType::Law
        )
    }
}

/// A mention found in one sentence, before grouping.
#[derive(Debug, Clone, PartialEq)]
pub struct RawMention {
    pub span: Span,
    pub ty: EntityType,
    /// A title or role written with the mention ("Russian President").
    pub role: Option<Span>,
    /// The canonical key of a lexicon entry ("US" for "U.S."), if known.
    pub known_key: Option<&'static str>,
    /// False for a single unknown capitalised word that the sentence alone
    /// could not type; [`group`] settles it against the whole document
    /// (a surname seen in full earlier, an acronym) or drops it.
    pub settled: bool,
    /// True for a run typed by no evidence but its shape (several unknown
    /// capitalised words, taken for an organisation) or by the word before
    /// it alone (a place after "in" or "near"): where the same text
    /// is typed by evidence elsewhere in the document, that type wins
    /// ([`retype_guesses`]).
    pub guessed: bool,
    /// True for a name the lists know as a town's that a noun only
    /// organisations are called typed as an organisation ("Portuguese
    /// champions Benfica"): its other mentions are the organisation's
    /// too ([`organisations_named_as_towns`]).
    pub town_named_org: bool,
}

/// A mention settled by what its sentence says, with the role and the
/// lexicon key found for it (the name typer's and the numeric matcher's).
#[cfg_attr(lede_abort, optimize(size))]
pub(crate) fn mention(
    span: Span,
    ty: EntityType,
    role: Option<Span>,
    key: Option<&'static str>,
) -> RawMention {
    RawMention {
        span,
        ty,
        role,
        known_key: key,
        settled: true,
        guessed: false,
        town_named_org: false,
    }
}

/// One mention of an entity in the text.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// One real-world entity with all its mentions.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Entity {
    /// The fullest form used in the text ("Vladimir Putin"); a state's
    /// most used form over its formal name ("Taiwan", not "Republic of
    /// China").
    pub name: String,
    #[serde(rename = "type")]
    pub ty: EntityType,
    /// The role the text gives ("Russian President"), if any.
    pub role: Option<String>,
    pub count: usize,
    /// How central the entity is to the article, 0..1 (1 for the most
    /// salient entity).
    pub salience: f64,
    pub mentions: Vec<Mention>,
}

/// Finds, groups and ranks the entities of a document.
pub fn extract(doc: &Document) -> Vec<Entity> {
    let mut raw = raw_mentions(doc);
    drop_acronyms_of_common_words(doc.text, &mut raw);
    drop_product_names(doc.text, &mut raw);
    drop_titles_after_people(doc.text, &mut raw);
    organisations_named_as_towns(doc.text, &mut raw);
    parties_named_by_members(doc.text, &mut raw);
    organisations_named_by_acronyms(doc.text, &mut raw);
    retype_guesses(doc.text, &mut raw);
    let in_roles = people_in_roles(doc.text, &raw);
    let mut entities = group::group(doc, raw);
    drop_people_in_roles(&mut entities, &in_roles);
    name_as_listed(&mut entities);
    join_short_forms(&mut entities);
    place_named_as_mostly_written(&mut entities);
    rank(doc, &mut entities);
    entities
}

/// A place or organisation named only in capitals (a dateline's "NEW
/// YORK", a headline's "SAN FRANCISCO") takes the spelling its list has,
/// when the list has it with its words capitalised ("New York") and not
/// in capitals; a name the list has in capitals ("UAE", "NATO", though
/// "Nato" is listed too) or does not have keeps its spelling, but for a
/// town's ("VENICE" in a dateline is Venice). An entity so renamed that
/// another of its type is named the same way joins that one: "REUTERS -"
/// and a later "Reuters" are one organisation. (The first sixteen renamed
/// are looked for among all: a text in capitals stays linear in cost.)
#[cfg_attr(lede_abort, optimize(size))]
fn name_as_listed(entities: &mut Vec<Entity>) {
    let mut searches = 0;
    let mut i = 0;
    while i < entities.len() {
        if rename_as_listed(&mut entities[i]) && searches < 16 {
            searches += 1;
            let (name, ty) = (&entities[i].name, entities[i].ty);
            if let Some(j) = (0..entities.len())
                .find(|&j| j != i && entities[j].ty == ty && entities[j].name == *name)
            {
                merge_into(entities, i, j);
                continue;
            }
        }
        i += 1;
    }
}

/// Moves entity `i`'s mentions (and its role, if `j` has none) into entity
/// `j`, and removes `i`.
#[cfg_attr(lede_abort, optimize(size))]
fn merge_into(entities: &mut Vec<Entity>, i: usize, j: usize) {
    let e = entities.remove(i);
    let other = &mut entities[if j > i { j - 1 } else { j }];
    other.count += e.count;
    other.role = other.role.take().or(e.role);
    // (Each put in its place in the order of the text.)
    for m in e.mentions {
        let at = other.mentions.partition_point(|o| o.start < m.start);
        other.mentions.insert(at, m);
    }
}

/// Short forms of an organisation the grouping left apart: an acronym
/// used before the brackets that define it (a headline's "ADNOC" before
/// "Abu Dhabi National Oil Company (ADNOC)") joins the organisation with
/// a mention written so; one word taken for a person, with no role, that
/// opens the name of an organisation of several capitalised words
/// ("Goldman expects" after "Goldman Sachs") joins that organisation. (At
/// most eight such entities a text, each compared with all: the cost
/// stays linear.)
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn join_short_forms(entities: &mut Vec<Entity>) {
    let short = |e: &Entity| match e.ty {
        EntityType::Org => group::is_acronym(&e.name),
        EntityType::Person => e.role.is_none() && !e.name.as_bytes().contains(&b' '),
        _ => false,
    };
    let mut tries = 0;
    let mut i = 0;
    while i < entities.len() && tries < 8 {
        if !short(&entities[i]) {
            i += 1;
            continue;
        }
        tries += 1;
        let e = &entities[i];
        let whole = |o: &Entity| {
            o.ty == EntityType::Org
                && if e.ty == EntityType::Org {
                    o.name != e.name && o.mentions.iter().any(|m| m.text == e.name)
                } else {
                    o.name
                        .strip_prefix(e.name.as_str())
                        .and_then(|rest| rest.strip_prefix(' '))
                        .is_some_and(|rest| rest.starts_with(|c: char| c.is_uppercase()))
                        && e.mentions.iter().all(|m| m.text == e.name)
                }
        };
        match entities.iter().position(whole) {
            Some(j) => merge_into(entities, i, j),
            None => i += 1,
        }
    }
}

/// [`name_as_listed`]'s spelling of one entity: whether it changed.
#[cfg_attr(lede_abort, optimize(size))]
fn rename_as_listed(e: &mut Entity) -> bool {
    let shouting = e.name.len() > 3
        && e.name.bytes().any(|b| b.is_ascii_uppercase())
        && !e.name.chars().any(char::is_lowercase);
    if !shouting
        || !matches!(
            e.ty,
            EntityType::Gpe | EntityType::Loc | EntityType::Fac | EntityType::Org
        )
    {
        return false;
    }
    let title = names::title_case(&e.name);
    let listed = |name: &str| match e.ty {
        EntityType::Org => lexicon::organization(name).is_some(),
        _ => lexicon::place(name).is_some(),
    };
    // (A town no list knows, from a dateline, is written as towns are:
    // "VENICE (Reuters)" is Venice.)
    let unknown_town = || {
        e.ty == EntityType::Gpe && !e.name.bytes().any(|b| b.is_ascii_digit()) && !listed(&e.name)
    };
    if listed(&title) && !listed(&e.name) || unknown_town() {
        e.name = title;
        return true;
    }
    false
}

/// A state the text names more often in one form than in its formal name
/// (a name with "Republic", "Federation", "Kingdom" ... in it) is named
/// so: "Taiwan" x18 and "Republic of China" once, in a quotation, is
/// Taiwan; "Russia" over "the Russian Federation", "Britain" over "the
/// United Kingdom". Forms in capitals or with full stops ("U.S.", "UK", a
/// headline's "TAIWAN") are left out of the count; a tie keeps the formal
/// name. (Not a place's fullest name of another kind: "New York City" and
/// "New York" stay as they were.)
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn place_named_as_mostly_written(entities: &mut [Entity]) {
    const FORMAL: [&str; 9] = [
        "Republic",
        "Federation",
        "Kingdom",
        "Commonwealth",
        "Emirates",
        "Principality",
        "Sultanate",
        "Confederation",
        "Union",
    ];
    for e in entities.iter_mut() {
        if e.ty != EntityType::Gpe
            || e.mentions.len() < 3
            || !e.name.split(' ').any(|w| FORMAL.contains(&w))
        {
            continue;
        }
        let mut best = (mentions_as(&e.mentions, &e.name), usize::MAX);
        // (Forms first used in the first 16 mentions: linear.)
        for (k, m) in e.mentions.iter().enumerate().take(16) {
            let form = m.text.as_bytes();
            if form.contains(&b'.') || !form.iter().any(u8::is_ascii_lowercase) {
                continue;
            }
            let n = mentions_as(&e.mentions, &m.text);
            if n > best.0 {
                best = (n, k);
            }
        }
        if let Some(m) = e.mentions.get(best.1) {
            e.name = m.text.clone();
        }
    }
}

/// How many of `mentions` are written `form`.
#[inline(never)]
#[cfg_attr(lede_abort, optimize(size))]
fn mentions_as(mentions: &[Mention], form: &str) -> usize {
    mentions.iter().filter(|m| m.text == form).count()
}

/// The mentions of names and values in a document, in text order, with no
/// two overlapping.
#[cfg_attr(lede_abort, optimize(size))]
fn raw_mentions(doc: &Document) -> Vec<RawMention> {
    memo::begin_text(doc.word_epoch);
    // The bench corpus has a raw mention (names and numbers, before
    // overlaps are dropped) per 11 tokens, and one per 5 at most; sizing
    // for one per 8 saves regrowing in most texts.
    let mut raw = Vec::with_capacity(doc.tokens.len() / 8 + 4);
    // Each token's text, sliced once for both matchers, and the numeric
    // matcher's word lists it is in, looked up once for the document.
    let words = token_words(doc);
    let classes = numeric::prepare(&words);
    let mut numeric_spans: Vec<Span> = Vec::new();
    let mut scratch = names::Scratch::default();
    let headline = doc.headline();
    for (index, sentence) in doc.sentences.iter().enumerate() {
        let range = sentence.tokens.clone();
        let tokens = &doc.tokens[range.clone()];
        let words = &words[range.clone()];
        let before = raw.len();
        numeric::find_prepared(tokens, words, &classes[range], &mut raw);
        numeric_spans.clear();
        numeric_spans.extend(raw[before..].iter().map(|m| m.span));
        names::find_with(
            &mut scratch,
            doc.text,
            &doc.tokens,
            tokens,
            words,
            &numeric_spans,
            doc.word_epoch,
            Some(index) == headline,
            &mut raw,
        );
        // Sentences follow one another, so sorting each sentence's few
        // mentions sorts them all.
        // (Through the one sort of `order`: the standard stable sort would
        // bring its own copy into the wasm, about 3 KB gzipped.)
        // (Most sentences' are in order already: the two matchers each
        // give theirs in order, and most sentences have few of one.)
        let key = |m: &RawMention| crate::order::span_key(m.span.start, m.span.end);
        if raw[before..].windows(2).any(|w| key(&w[0]) > key(&w[1])) {
            crate::order::sort_stable_by_key(&mut raw[before..], key);
        }
    }
    // Overlaps: keep the first, longest mention (in place: `dedup_by`
    // compares each mention with the last one kept).
    raw.dedup_by(|m, kept| m.span.start < kept.span.end);
    raw
}

/// "The Social Democrats (SPD) slumped": the members of a party, with an
/// organisation's acronym in brackets after them, name the party; every
/// mention of those words is the party's (which grouping then gives the
/// acronym, as a short name in brackets).
#[cfg_attr(lede_abort, optimize(size))]
fn parties_named_by_members(text: &str, raw: &mut [RawMention]) {
    // (At most four parties a text: the cost stays linear in its length.)
    let mut named = [""; 4];
    let mut found = 0;
    for pair in raw.windows(2) {
        let (members, acronym) = (&pair[0], &pair[1]);
        if members.ty == EntityType::Norp
            && acronym.ty == EntityType::Org
            && text.get(members.span.end..acronym.span.start) == Some(" (")
            && text.as_bytes().get(acronym.span.end) == Some(&b')')
            && acronym
                .span
                .of(text)
                .bytes()
                .all(|b| b.is_ascii_uppercase())
            && found < named.len()
        {
            named[found] = members.span.of(text);
            found += 1;
        }
    }
    if found == 0 {
        return;
    }
    for m in raw.iter_mut() {
        if m.ty == EntityType::Norp && named[..found].contains(&m.span.of(text)) {
            m.ty = EntityType::Org;
            m.known_key = None;
        }
    }
}

/// `Guillermo del Toro ("Frankenstein")`, `Kate Hudson ("Song Sung
/// Blue")`: a quotation in brackets straight after a person's name is the
/// title of a work of theirs, and names nothing: the mentions inside it
/// are dropped.
#[cfg_attr(lede_abort, optimize(size))]
fn drop_titles_after_people(text: &str, raw: &mut Vec<RawMention>) {
    // (At most sixteen a text, each no longer than 120 bytes: the cost
    // stays linear in its length.)
    let mut titles: Vec<(usize, usize)> = Vec::new();
    for m in raw.iter().filter(|m| m.ty == EntityType::Person) {
        let Some(after) = text.get(m.span.end..) else {
            continue;
        };
        let Some(quote) = ["(\"", "(“", "('", "(‘"].iter().find(|open| {
            after
                .strip_prefix(' ')
                .is_some_and(|a| a.starts_with(**open))
        }) else {
            continue;
        };
        let start = m.span.end + 1 + quote.len();
        let window = &text.as_bytes()[start..text.len().min(start + 120)];
        let close = crate::text::find_bytes(window, b")").filter(|&k| {
            let inside = &window[..k];
            inside.ends_with(b"\"")
                || inside.ends_with("”".as_bytes())
                || inside.ends_with(b"'")
                || inside.ends_with("’".as_bytes())
        });
        if let Some(k) = close.filter(|_| titles.len() < 16) {
            titles.push((start, start + k));
        }
    }
    if !titles.is_empty() {
        raw.retain(|m| {
            !titles
                .iter()
                .any(|&(a, b)| a <= m.span.start && m.span.end <= b)
        });
    }
}

/// "Pakatan Harapan (PH)", "Yiaga Africa (YA)": words taken for a person's
/// name by their shape alone, with an acronym in brackets after them that
/// their initials spell, name an organisation (people have no acronyms);
/// every mention of those words is the organisation's, which grouping then
/// gives the acronym.
#[cfg_attr(lede_abort, optimize(size))]
fn organisations_named_by_acronyms(text: &str, raw: &mut [RawMention]) {
    // (At most four a text: the cost stays linear in its length.)
    let mut named = [""; 4];
    let mut found = 0;
    let bytes = text.as_bytes();
    for m in raw.iter() {
        let name = m.span.of(text);
        if !(m.guessed && m.ty == EntityType::Person) || found == named.len() {
            continue;
        }
        // The acronym: capitals only, in brackets straight after.
        let Some(after) = text.get(m.span.end..).and_then(|t| t.strip_prefix(" (")) else {
            continue;
        };
        let len = after.bytes().take_while(u8::is_ascii_uppercase).count();
        let initials = name
            .split([' ', '-'])
            .filter_map(|w| w.bytes().next())
            .filter(u8::is_ascii_uppercase);
        if (2..=6).contains(&len)
            && bytes.get(m.span.end + 2 + len) == Some(&b')')
            && initials.eq(after.bytes().take(len))
            && !named.contains(&name)
        {
            named[found] = name;
            found += 1;
        }
    }
    for m in raw.iter_mut() {
        if found > 0 && m.ty == EntityType::Person && named[..found].contains(&m.span.of(text)) {
            m.ty = EntityType::Org;
            m.guessed = false;
        }
    }
}

/// "Portuguese champions Benfica ... Benfica said": where a noun only
/// organisations are called makes a town's name an organisation's once
/// ([`RawMention::town_named_org`]), it is the organisation's in every
/// mention that took it for the town, but where the text puts something
/// in it ("the ruling Morena party ... Morena and its allies won", but
/// "won in Morena": [`group::located`]).
#[cfg_attr(lede_abort, optimize(size))]
fn organisations_named_as_towns(text: &str, raw: &mut [RawMention]) {
    let mut named: Vec<&str> = Vec::new();
    for m in raw.iter().filter(|m| m.town_named_org) {
        named.push(m.span.of(text));
    }
    if named.is_empty() {
        return;
    }
    for m in raw.iter_mut() {
        if matches!(m.ty, EntityType::Gpe | EntityType::Loc)
            && named.contains(&m.span.of(text))
            && !group::located(text, m.span.start)
        {
            m.ty = EntityType::Org;
            m.known_key = None;
        }
    }
}

/// "contaminated with diethylene glycol (DEG)", "twenty-foot equivalent
/// units (TEU)", "a 2.4-gigawatt (GW) project": an acronym in parentheses
/// after words in lower case that it spells (each word's first letter, in
/// order, and other letters of the words between them; a unit joined to
/// its number counts as a word) names a thing, not an organisation: its
/// mentions are dropped, there and elsewhere in the text.
#[cfg_attr(lede_abort, optimize(size))]
fn drop_acronyms_of_common_words(text: &str, raw: &mut Vec<RawMention>) {
    let mut dropped: Vec<&str> = Vec::new();
    let bytes = text.as_bytes();
    for m in raw.iter() {
        let acronym = m.span.of(text);
        let head = &text[..m.span.start];
        let paren = head.ends_with('(') && bytes.get(m.span.end) == Some(&b')');
        // (Or after ", or": "imaging abnormalities, or ARIA, a swelling".)
        let or =
            head.ends_with(", or ") && matches!(bytes.get(m.span.end), Some(b',' | b'.' | b';'));
        if !(2..=6).contains(&acronym.len())
            || !acronym.bytes().all(|b| b.is_ascii_uppercase())
            || !(paren || or)
            || dropped.contains(&acronym)
        {
            continue;
        }
        // The words in lower case just before the parenthesis or the
        // comma, as many as the acronym has letters at most.
        let before = head[..head.len() - if paren { 1 } else { 5 }].trim_end();
        // (A unit joined to its number counts: "a 2.4-gigawatt (GW)
        // project".)
        let mut words: Vec<&str> = before
            .rsplit(' ')
            .take(acronym.len())
            .map(|w| match w.as_bytes().first() {
                Some(b'0'..=b'9') => w.rsplit('-').next().unwrap_or(w),
                _ => w,
            })
            .take_while(|w| w.starts_with(|c: char| c.is_ascii_lowercase()))
            .collect();
        // (In the text's order: each try is the last `k` of them.)
        words.reverse();
        let letters = acronym.to_ascii_lowercase();
        let spelt =
            (1..=words.len()).any(|k| spells(&words[words.len() - k..], letters.as_bytes()));
        if spelt {
            dropped.push(acronym);
        }
    }
    if !dropped.is_empty() {
        raw.retain(|m| !dropped.contains(&m.span.of(text)));
    }
}

/// "Royal correspondent Jennie Bond": one capitalised word taken for a
/// person, inside the next person's role (not a possessive: "Thorpe's
/// coach Doug Frost" names Thorpe): where such mentions begin. The entity
/// of such mentions alone, if still a person's once grouped, is the
/// role's, no one of its own ([`drop_people_in_roles`]); one grouped with
/// an organisation stays ("Swans chief executive Kelvin Templeton").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn people_in_roles(text: &str, raw: &[RawMention]) -> Vec<usize> {
    let inside_next_role = |(m, next): (&RawMention, &RawMention)| {
        m.ty == EntityType::Person
            && m.role.is_none()
            && !m.span.of(text).as_bytes().contains(&b' ')
            && text[m.span.end..].starts_with(' ')
            && next.ty == EntityType::Person
            && next
                .role
                .is_some_and(|role| role.start <= m.span.start && m.span.end <= role.end)
    };
    // (No allocation when there is none; at most sixteen a text, each
    // looked for in every person's mentions: the cost stays linear.)
    raw.iter()
        .zip(raw.iter().skip(1))
        .filter(|&pair| inside_next_role(pair))
        .map(|(m, _)| m.span.start)
        .take(16)
        .collect()
}

/// Drops the people whose every mention begins at one of `starts` (see
/// [`people_in_roles`]).
#[cfg_attr(lede_abort, optimize(size))]
fn drop_people_in_roles(entities: &mut Vec<Entity>, starts: &[usize]) {
    if !starts.is_empty() {
        let listed = |m: &Mention| starts.contains(&m.start);
        entities.retain(|e| e.ty != EntityType::Person || !e.mentions.iter().all(listed));
    }
}

/// "Nvidia's Blackwell chips", "Abrams tanks": one word taken for a
/// person (a surname of the lists) or capitalised words taken for an
/// organisation by their shape alone, before a noun of made things
/// ([`names::product_noun_after`]), name a product. That text's mentions
/// of those kinds are dropped, there and elsewhere in the text
/// ("Blackwell demand is staggering"), unless the text names a person in
/// full whose last word it is ("David Blackwell").
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn drop_product_names(text: &str, raw: &mut Vec<RawMention>) {
    // (Or an organisation's acronym that names a thing too: "CCTV
    // footage", which is no Chinese broadcaster's.)
    let weak = |m: &RawMention| match m.ty {
        EntityType::Person => m.role.is_none() && !m.span.of(text).bytes().any(|b| b == b' '),
        EntityType::Org => m.guessed || names::not_org_acronym(m.span.of(text)),
        _ => false,
    };
    // (At most four products a text: the cost stays linear in its length.)
    let mut products = [""; 4];
    let mut found = 0;
    for m in raw.iter() {
        let name = m.span.of(text);
        if found < products.len()
            && weak(m)
            && !products.contains(&name)
            && names::product_noun_after(text, m.span.end)
        {
            products[found] = name;
            found += 1;
        }
    }
    if found == 0 {
        return;
    }
    // ("David Blackwell ... Blackwell chips": the person's.)
    for product in &mut products[..found] {
        let full_name = raw.iter().any(|m| {
            let name = m.span.of(text).as_bytes();
            m.ty == EntityType::Person
                && name.len() > product.len()
                && name.ends_with(product.as_bytes())
                && name[name.len() - product.len() - 1] == b' '
        });
        if full_name {
            *product = "";
        }
    }
    raw.retain(|m| !(weak(m) && products.contains(&m.span.of(text))));
}

/// Whether `letters` (in lower case) are the first letter of each of
/// `words`, in order, with other letters of a word after its first, in
/// order, before the next word's ("diethylene glycol": d, e, g).
#[cfg_attr(lede_abort, optimize(size))]
fn spells(words: &[&str], letters: &[u8]) -> bool {
    let Some((word, rest)) = words.split_first() else {
        return letters.is_empty();
    };
    let word = word.as_bytes();
    if letters.first() != word.first() {
        return false;
    }
    // The letters this word gives beyond its first: from none up to all
    // that are left, each a subsequence of the word's other letters.
    (1..=letters.len()).any(|t| {
        let mut inside = word[1..].iter();
        letters[1..t].iter().all(|l| inside.any(|c| c == l)) && spells(rest, &letters[t..])
    })
}

/// Settles a text typed by a guess in some mentions and by evidence in
/// others, so that it makes one entity: by more mentions, with a tie going
/// to an organisation, guessed or not. "Hill Top" after "near" and "at" is
/// a place, so "Residents of Hill Top" are too; a text guessed twice and
/// once taken for a person stays an organisation; "Activision Blizzard",
/// a person by its shape in a headline, is the organisation of "shares in
/// Activision Blizzard". The evidence counted is the first type it gave
/// the text (mentions of another type are left alone).
#[cfg_attr(lede_abort, optimize(size))]
fn retype_guesses(text: &str, raw: &mut [RawMention]) {
    if !raw.iter().any(|m| m.guessed) {
        return;
    }
    // Per text guessed somewhere (few: most mentions are looked up, none
    // inserted): the first type evidence gave it, how many mentions have
    // that type by evidence, and how many were guessed.
    let mut tally: crate::hash::Map<&str, (Option<EntityType>, u32, u32, EntityType)> =
        Default::default();
    let hash = |m: &RawMention| crate::hash::Interner::hash(m.span.of(text).as_bytes());
    for m in raw.iter().filter(|m| m.guessed) {
        tally
            .or_insert_with(m.span.of(text), hash(m), || (None, 0, 0, m.ty))
            .2 += 1;
    }
    for m in raw
        .iter()
        .filter(|m| m.settled && !m.guessed && m.ty.is_name())
    {
        if let Some(t) = tally.get_mut(&m.span.of(text), hash(m)) {
            if t.0.is_none_or(|ty| ty == m.ty) {
                t.0 = Some(m.ty);
                t.1 += 1;
            }
        }
    }
    for m in raw.iter_mut().filter(|m| m.settled && m.ty.is_name()) {
        let Some(&(Some(evidence), by_evidence, guessed, guess)) =
            tally.get(&m.span.of(text), hash(m))
        else {
            continue;
        };
        if guessed == 0 || !(m.guessed || m.ty == evidence) {
            continue;
        }
        m.ty = match by_evidence.cmp(&guessed) {
            core::cmp::Ordering::Greater => evidence,
            core::cmp::Ordering::Less => guess,
            // A tie goes to an organisation, on either side.
            core::cmp::Ordering::Equal if guess == EntityType::Org => guess,
            core::cmp::Ordering::Equal => evidence,
        };
        m.guessed = false;
    }
}

/// Each token's text. (A call of its own: inlined into [`extract`], the
/// loop kept its pointers on the stack, out of registers.)
#[inline(never)]
fn token_words<'t>(doc: &Document<'t>) -> Vec<&'t str> {
    doc.tokens.iter().map(|t| t.span.of(doc.text)).collect()
}

/// Salience: every mention counts, more in the headline and the lead and
/// more for names than for dates and numbers; the score is scaled so the
/// top entity has 1.
fn rank(doc: &Document, entities: &mut [Entity]) {
    let total = doc.text.len().max(1) as f64;
    let lead_end = doc.sentences.get(2).map_or(doc.text.len(), |s| s.span.end);
    let headline_end = doc
        .paragraphs
        .iter()
        .find(|p| !p.sentences.is_empty())
        .filter(|p| p.sentences.len() == 1)
        .map_or(0, |p| p.span.end);
    for e in entities.iter_mut() {
        let mut score = 0.0;
        for m in &e.mentions {
            let position = 1.0 - m.start as f64 / total;
            score += 1.0 + 0.5 * position;
            if m.start < headline_end {
                score += 1.5;
            } else if m.start < lead_end {
                score += 0.5;
            }
        }
        if !e.ty.is_name() {
            score *= 0.35;
        }
        e.salience = score;
    }
    let max = entities.iter().map(|e| e.salience).fold(0.0, f64::max);
    for e in entities.iter_mut() {
        e.salience = if max > 0.0 {
            (e.salience / max * 1000.0).round() / 1000.0
        } else {
            0.0
        };
    }
    // Most salient first (a salience is in thousandths now), then by the
    // first mention.
    order::sort_stable_by_key(entities, |e| {
        let thousandths = (e.salience * 1000.0).round().clamp(0.0, 1000.0) as u64;
        u128::from(1000 - thousandths) << order::OFFSET_BITS
            | order::offset_key(e.mentions[0].start)
    });
}
