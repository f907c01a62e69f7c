//! Keyphrases: what the article is about, in the phrases an editor would
//! choose ("strategic partnership agreement", "customs tariffs",
//! "Eurasian Economic Union").
//!
//! Three steps, each in its own module:
//! 1. [`candidates`] finds noun phrases and names as they stand in the text,
//!    never across punctuation or a sentence end, never opening or closing
//!    with a stop word, never a verb, an adverb or a pronoun, and counts
//!    each under one key for all its forms ([`forms`]: plural and singular,
//!    case, "co-operation"/"cooperation"). Names come from the entity
//!    recogniser, so "Putin" and "Vladimir Putin" are one candidate.
//! 2. [`graph`] ranks words by their co-occurrence structure (a
//!    position-biased PageRank, as in PositionRank).
//! 3. [`score`] combines that rank with background rarity, frequency,
//!    spread, cohesion and position (headline and lead), squashes the result
//!    into 0..1, and picks the list without near-duplicates and with only a
//!    few names.
//!
//! The cost is linear in the length of the text: one pass over the tokens,
//! a graph capped in size, and a second pass to gather the mentions of the
//! chosen phrases.
//!
//! ```
//! let text = "Customs tariffs rose again. The new customs tariffs hit traders, \
//!             and traders want lower customs tariffs.";
//! let analysis = lede::analyze(text, &lede::Options::default()).unwrap();
//! let top = &analysis.keywords[0];
//! assert_eq!(top.phrase, "customs tariffs");
//! assert_eq!(top.count, 3);
//! assert_eq!(&text[top.mentions[0].start..top.mentions[0].end], "Customs tariffs");
//! ```

pub mod candidates;
pub mod forms;
pub mod graph;
pub mod lexicon;
pub mod score;

use crate::bare::prelude::*;
use serde::Serialize;

use crate::entities::{Entity, EntityType};
use crate::text::Document;
use candidates::{Candidate, Scan, ENTITY, HEAD, PROPER};

/// Default number of keyphrases.
pub const DEFAULT_MAX_KEYWORDS: usize = 10;

/// One keyphrase of the text.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Keyphrase {
    /// The phrase as the text most often writes it (a name: its fullest form).
    pub phrase: String,
    /// How strongly the evidence says the text is about this, 0..1 (higher
    /// is better; the top phrase has 1 only if the evidence is overwhelming).
    pub score: f64,
    /// Occurrences of the phrase, all forms together.
    pub count: usize,
    pub mentions: Vec<KeyphraseMention>,
}

/// Where a keyphrase occurs: UTF-8 byte offsets into the analysed text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct KeyphraseMention {
    pub start: usize,
    pub end: usize,
}

/// The keyphrases of `doc`, best first, at most `max` of them. `entities`
/// are the document's entities (from [`crate::entities::extract`]).
pub fn extract(doc: &Document, entities: &[Entity], max: usize) -> Vec<Keyphrase> {
    if max == 0 || doc.tokens.is_empty() {
        return Vec::new();
    }
    let scan = candidates::scan(doc, entities);
    if scan.candidates.is_empty() {
        return Vec::new();
    }
    let rank = graph::rank(&scan.items, scan.vocab.words.len(), scan.headline);
    let salience: Vec<f64> = entities.iter().map(|e| e.salience).collect();
    let raw = score::score(&scan, &rank, &salience, scan.names.word_counts());
    // The stems of a candidate's words, names spelt out, hashed.
    let words_of = |c: &Candidate, stems: &mut Vec<u64>| scan.stems(c, doc.text, stems);
    // Names may fill half the list, so that it says what happened as well
    // as who and where.
    let max_names = (max / 2).max(2);
    let surname_of = |c: &Candidate| -> Option<String> {
        let e = entities.get(c.entity?)?;
        if e.ty != EntityType::Person {
            return None;
        }
        let mut key = String::new();
        forms::key(scan.names.get(c.entity?)?.split(' ').next_back()?, &mut key);
        Some(key)
    };
    let head_of = |c: &Candidate| -> Option<u64> {
        // (Not a person's: "bin" of "Osama bin Laden" is no topic.)
        if entities.get(c.entity?)?.ty == EntityType::Person {
            return None;
        }
        let name = scan.names.get(c.entity?)?;
        let head = name
            .split(' ')
            .take_while(|w| !matches!(*w, "of" | "for"))
            .last()?;
        Some(candidates::stem_hash(head, &mut String::new()))
    };
    let chosen = score::choose(
        &scan,
        &raw,
        &words_of,
        &surname_of,
        &head_of,
        max,
        max_names,
    );
    let mut mentions = mentions_of(&scan, &chosen);
    chosen
        .iter()
        .zip(mentions.iter_mut())
        .map(|(&(i, raw), found)| {
            let c = &scan.candidates[i];
            let entity = c
                .entity
                .and_then(|e| Some((entities.get(e)?, scan.names.get(e)?)));
            let (phrase, mentions) = match entity {
                Some((e, name)) => {
                    // The last text whose start was worked out (mentions
                    // mostly repeat one another; "" starts at 0).
                    let mut known = ("", 0);
                    let mentions = e
                        .mentions
                        .iter()
                        .filter_map(|m| {
                            let surface = doc.text.get(m.start..m.end)?;
                            if surface != known.0 {
                                known = (surface, candidates::name_start(surface));
                            }
                            Some(KeyphraseMention {
                                start: m.start + known.1,
                                end: m.end,
                            })
                        })
                        .collect();
                    (name.to_owned(), mentions)
                }
                None => (display(doc.text, &scan, c), core::mem::take(found)),
            };
            Keyphrase {
                phrase,
                score: score::squash(raw),
                count: mentions.len().max(c.count as usize),
                mentions,
            }
        })
        .collect()
}

/// The mentions of each chosen word candidate, in text order (a second
/// pass over the items, cheap because only chosen keys are looked up).
#[cfg_attr(lede_abort, optimize(size))]
fn mentions_of(scan: &Scan, chosen: &[(usize, f64)]) -> Vec<Vec<KeyphraseMention>> {
    // The wanted phrases by last word, so that only phrases ending in one
    // are looked at, and those only beside the few wanted with that last
    // word, key by key, with no hashing: `by_last[w]` is the latest slot
    // of a wanted phrase ending in word w, `before[slot]` the one before
    // it with the same last word (`NONE` ends both). Latest first, so
    // that a key wanted twice finds its last slot, as a map would.
    const NONE: u32 = u32::MAX;
    let mut by_last = vec![NONE; scan.vocab.words.len()];
    let mut before = vec![NONE; chosen.len()];
    let mut wanted = false;
    for (slot, &(i, _)) in chosen.iter().enumerate() {
        let c = &scan.candidates[i];
        if c.entity.is_none() {
            let last = &mut by_last[c.key[c.len - 1] as usize];
            before[slot] = *last;
            *last = slot as u32;
            wanted = true;
        }
    }
    // A phrase has at most as many mentions as occurrences.
    let mut found: Vec<Vec<KeyphraseMention>> = chosen
        .iter()
        .map(|&(i, _)| {
            let c = &scan.candidates[i];
            // A name takes its mentions from the recogniser instead.
            Vec::with_capacity(if c.entity.is_none() {
                c.count as usize
            } else {
                0
            })
        })
        .collect();
    if !wanted {
        return found;
    }
    // Item by item, and only for a head that is a wanted last word, to its
    // segment (the segments cover the items in order): most items end no
    // wanted phrase, and a pass over the items is cheaper than one over
    // the segments and their items.
    let mut segments = scan.segments.iter();
    let mut segment = segments.next();
    for (i, item) in scan.items.iter().enumerate() {
        if item.flags & HEAD == 0 || by_last[item.word as usize] == NONE {
            continue;
        }
        let latest = by_last[item.word as usize];
        while segment.is_some_and(|s| s.end as usize <= i) {
            segment = segments.next();
        }
        let Some(segment) = segment.filter(|s| s.start as usize <= i) else {
            continue;
        };
        let seg = &scan.items[segment.start as usize..segment.end as usize];
        let end = i + 1 - segment.start as usize;
        candidates::for_each_phrase_ending_at(seg, end, |start, end| {
            let mut key = [u32::MAX; candidates::MAX_WORDS];
            for (k, item) in key.iter_mut().zip(&seg[start..end]) {
                *k = item.word;
            }
            let mut slot = latest;
            while slot != NONE {
                if scan.candidates[chosen[slot as usize].0].key == key {
                    found[slot as usize].push(KeyphraseMention {
                        start: seg[start].span.start,
                        end: seg[end - 1].span.end,
                    });
                    break;
                }
                slot = before[slot as usize];
            }
        });
    }
    found
}

/// The most frequent surface form, words joined by single spaces, with a
/// capital kept only where the text treats the word as a name (a capital
/// that is only there because the word opens a sentence goes, unless a
/// capitalised word that is no name follows it).
#[cfg_attr(lede_abort, optimize(size))]
fn display(text: &str, scan: &Scan, c: &Candidate) -> String {
    let first = c
        .forms
        .iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
        .map_or(c.first_item, |f| f.0) as usize;
    let items = &scan.items[first..];
    let items = &items[..c.len.min(items.len())];
    // About as long as the text it comes from (lower case may change that).
    let span = match (items.first(), items.last()) {
        (Some(a), Some(b)) => b.span.end.saturating_sub(a.span.start),
        _ => 0,
    };
    // A capitalised word after the first (no name: a name opens a phrase):
    // the first word's capital then belongs to the same title-cased name
    // ("Foreign Affairs officials", "Reserve Bank staff", not "foreign
    // Affairs"), though only a sentence's start shows it.
    let title_cased = items.get(1).is_some_and(|next| next.flags & PROPER != 0);
    let mut phrase = String::with_capacity(span);
    for (i, item) in items.iter().enumerate() {
        if !phrase.is_empty() {
            phrase.push(' ');
        }
        let word = item.span.of(text);
        let stats = &scan.vocab.words[item.word as usize];
        let capital_is_evidence = item.flags & (PROPER | ENTITY) != 0 || stats.proper > 0;
        let lower = if capital_is_evidence || (i == 0 && title_cased) {
            false
        } else if stats.lower > 0 {
            true
        } else {
            looks_common(word)
        };
        // Only the first letter, unless the word is in capitals (a headline
        // in capitals): a sentence's start capitalises no other ("Non-US
        // forces" are "non-US forces", not "non-us").
        let mut chars = word.chars();
        match chars.next() {
            Some(_) if lower && !word.chars().any(char::is_lowercase) => {
                word.chars()
                    .for_each(|c| crate::text::case::push_lower(&mut phrase, c));
            }
            // (Nor an acronym's plural: "MPs", "CEOs" keep their capitals.)
            Some(first)
                if lower
                    && first.is_uppercase()
                    && !chars.clone().next().is_some_and(char::is_uppercase) =>
            {
                crate::text::case::push_lower(&mut phrase, first);
                phrase.push_str(chars.as_str());
            }
            _ => phrase.push_str(word),
        }
    }
    phrase
}

/// A capitalised word never seen mid-sentence: keep the capital only when
/// the word is not an ordinary English word (by the background table). So
/// too a word in capitals that read nowhere as an acronym or a name (a
/// headline in capitals: "HOMES", "TAX CUT").
#[cfg_attr(lede_abort, optimize(size))]
fn looks_common(word: &str) -> bool {
    let mut lower = String::new();
    forms::lower(word, &mut lower);
    match lexicon::usually_capitalised(&lower) {
        Some(capitalised) => !capitalised,
        // A plural the background table lacks, by its singular
        // ("Analysts": the table has "analyst" only), or by its shape when
        // the table lacks both: a plural of an ordinary noun's ending
        // ("Shipments", "Commuters", "Motorists") that no list of names
        // knows ("Sanders", "Flinders" stay).
        None => {
            let singular = crate::entities::lexicon::regular_singular(&lower);
            match singular.and_then(lexicon::usually_capitalised) {
                Some(capitalised) => !capitalised,
                None => {
                    crate::entities::lexicon::ordinary_plural(&lower)
                        && !crate::entities::lexicon::is_listed_name(word)
                        // "Diplomats", "Aides": the plural of a role.
                        || crate::entities::names::plural_of_role(&lower)
                }
            }
        }
    }
}

#[cfg(test)]
mod tests;
