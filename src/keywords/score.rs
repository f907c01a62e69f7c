//! Scoring candidates and choosing the list.
//!
//! A candidate's evidence, each part from a family of methods that works on
//! news:
//! - centrality: the co-occurrence rank of its words ([`super::graph`]);
//! - rarity in general English: an IDF-like weight from the Zipf frequency
//!   of each word in the background table, so "tariffs" outweighs "level";
//! - frequency, spread over the text and cohesion (how often its words
//!   occur as this phrase rather than apart);
//! - position: the headline and the lead say what a news story is about.
//!
//! The raw score is squashed into 0..1 by `raw / (raw + HALF)`: it is an
//! absolute strength, so a text with no strong candidate gets low scores
//! rather than a top score of 1.
//!
//! The list is then taken greedily from the best candidate down:
//! - a word that is mostly part of one longer phrase gives its place to
//!   that phrase ("rate" -> "interest rate", "US" -> "US soldiers");
//! - near-duplicates are skipped: a phrase whose word stems all belong to a
//!   phrase already chosen, or the other way round ("strategic partnership"
//!   after "strategic partnership agreement", "canyon" after "canyoning
//!   trip", "Federal Reserve" after "United States Federal Reserve"); two
//!   cuts of one run of words ("partnership deal" after "strategic
//!   partnership"); two phrases led by one name; two people with one
//!   surname;
//! - two phrases that share a core of two words or more ("strategic
//!   partnership deal", "comprehensive strategic partnership agreement")
//!   take one place, for the core when the text uses it more often;
//! - names of entities take at most the share of places the caller allows,
//!   so that the list says what happened as well as who and where.

use super::candidates::{key_hash, Candidate, Key, Scan, ENTITY, GENERIC, MAX_WORDS, PROPER, ROLE};
use super::lexicon;
use crate::bare::prelude::*;
use crate::hash::Map;

/// Raw score that maps to 0.5.
const HALF: f64 = 0.6;

// Rarity: a word's weight falls linearly with its Zipf frequency, from 1 at
// Zipf 1 (and below) to 0 at Zipf 6 ("police", "fire"), never below a floor;
// a word the table does not know is rarer than its last entry (Zipf 2.93).
// The constants in this file were set on the dev half of the gold set
// (tests/gold/keyphrases, `scripts/eval_keywords.py --split dev`).
const RARITY_TOP_ZIPF: f64 = 6.0;
const RARITY_SPAN: f64 = 5.0;
const UNKNOWN_ZIPF: f64 = 2.5;
const RARITY_FLOOR: f64 = 0.2;
/// Rarity of a name (names are specific by nature, however common their
/// words).
const NAME_RARITY: f64 = 0.8;

// Centrality: the graph rank (top word 1) enters as a square root above a
// floor, so that a rare word mentioned once late in the story still counts.
const RANK_FLOOR: f64 = 0.2;

/// A phrase of n words weighs the sum of its words over n^0.6, here for n
/// up to [`MAX_WORDS`] (a test checks them against `powf`: a table, for no
/// `pow` in the wasm, which took 2 KB of code and its tables).
const LENGTH_DIVISOR: [f64; MAX_WORDS + 1] = [
    0.0,
    1.0,
    1.515716566510398,
    1.9331820449317627,
    2.2973967099940698,
];
/// A name of n words is as specific as a phrase of as many: n^(1 - 0.6),
/// for n below 16 (a name of more words counts as one of 15).
const NAME_SPECIFICITY: [f64; 16] = [
    0.0,
    1.0,
    1.3195079107728942,
    1.5518455739153598,
    1.7411011265922482,
    1.9036539387158786,
    2.0476725110792193,
    2.17790642448278,
    2.29739670999407,
    2.4082246852806923,
    2.51188643150958,
    2.6094986352788734,
    2.701920077041227,
    2.789827435889086,
    2.8737647560281374,
    2.9541769390627777,
];
/// Weight of cohesion: how often the rarest-used word of a phrase occurs in
/// it rather than elsewhere.
const COHESION: f64 = 0.5;
/// Weight of the log of the count.
const FREQUENCY: f64 = 0.5;
/// Weight of the share of occurrences where the phrase ends a noun phrase
/// ("boat" in "boat people" is a modifier, not a topic).
const HEAD_SHARE: f64 = 0.5;
/// Weight of the spread from first to last mention, in sentences.
const SPREAD: f64 = 0.3;
/// Weight of an early first mention.
const POSITION: f64 = 0.2;
const HEADLINE: f64 = 1.4;
const LEAD: f64 = 1.15;

// Vague heads: a title alone ("President") or a generic noun alone
// ("people") hardly ever answers "what is this about?".
const ROLE_ALONE: f64 = 0.15;
const ROLE_HEAD: f64 = 0.4;
const GENERIC_ALONE: f64 = 0.2;
const GENERIC_HEAD: f64 = 0.85;
/// A lone word in lower case that general English uses (one the
/// background table knows: "race", "votes", "rate") seldom says what the
/// story is about as well as the phrases it heads ("governor race",
/// "interest rate") or a name does. Set on the dev half: exact F1@10 0.550
/// to 0.607 there, and 0.550 to 0.559 on the test half.
const COMMON_ALONE: f64 = 0.6;
/// A lone "-ing" word is as often a verb as a noun.
const ING_ALONE: f64 = 0.6;
/// A phrase led by a name ("US soldiers") competes with the name itself.
const NAME_LED: f64 = 0.7;
/// Weight of the recogniser's salience for a name.
const SALIENCE: f64 = 0.4;
/// A capitalised word the recogniser did not take as a name.
const UNKNOWN_NAME: f64 = 0.8;
/// A longer phrase stands in for a shorter one it extends when it has at
/// least this share of the shorter one's occurrences.
const EXTENSION_SHARE: f64 = 0.5;

/// Background rarity of a word in 0..1 from its Zipf frequency (before
/// the floor).
#[cfg_attr(lede_abort, optimize(size))]
pub fn rarity(lower: &str) -> f64 {
    rarity_of(lexicon::zipf(lower))
}

/// [`rarity`], given the word's Zipf frequency if the table knows it.
#[cfg_attr(lede_abort, optimize(size))]
fn rarity_of(zipf: Option<f32>) -> f64 {
    let zipf = zipf.map_or(UNKNOWN_ZIPF, f64::from);
    ((RARITY_TOP_ZIPF - zipf) / RARITY_SPAN).clamp(0.0, 1.0)
}

/// Scores every candidate; the result is parallel to `scan.candidates`.
/// `salience` and `name_words` are per entity: the recogniser's salience
/// and the number of words of the name.
pub fn score(scan: &Scan, rank: &[f32], salience: &[f64], name_words: &[usize]) -> Vec<f64> {
    let words = &scan.vocab.words;
    let weight: Vec<f64> = words
        .iter()
        .enumerate()
        .map(|(id, w)| {
            let r = match w.entity {
                Some(_) => NAME_RARITY,
                None => rarity_of(scan.vocab.zipf(id as u32)),
            };
            RARITY_FLOOR + (1.0 - RARITY_FLOOR) * r
        })
        .collect();
    // Each word's centrality term and each length's divisor, computed once
    // (by the same expressions, so with the same results).
    let centrality: Vec<f64> = rank
        .iter()
        .map(|&r| {
            let g = f64::from(r).sqrt();
            RANK_FLOOR + (1.0 - RANK_FLOOR) * g
        })
        .collect();
    // The frequency term of the small counts (most candidates occur once
    // or a few times), and the specificity of names of a few words.
    let frequency = |count: u32| 1.0 + FREQUENCY * (count as f64).ln();
    let small_frequency: [f64; 16] = core::array::from_fn(|count| frequency(count as u32));
    let sentences = scan.sentences.max(1) as f64;
    let items = scan.items.len().max(1) as f64;
    scan.candidates
        .iter()
        .map(|c| {
            let mut value = 0.0;
            let mut min_count = u32::MAX;
            for &w in &c.key[..c.len] {
                value += centrality[w as usize] * weight[w as usize];
                min_count = min_count.min(words[w as usize].count);
            }
            let mut raw = value / LENGTH_DIVISOR[c.len];
            if let Some(&n) = c.entity.and_then(|e| name_words.get(e)) {
                // A name of several words is as specific as a phrase of as
                // many words.
                raw *= NAME_SPECIFICITY[n.min(NAME_SPECIFICITY.len() - 1)];
            }
            if c.len > 1 {
                let cohesion = c.count as f64 / min_count.max(1) as f64;
                raw *= 1.0 - COHESION + COHESION * cohesion;
            }
            raw *= small_frequency
                .get(c.count as usize)
                .copied()
                .unwrap_or_else(|| frequency(c.count));
            if c.entity.is_none() {
                raw *= 1.0 - HEAD_SHARE + HEAD_SHARE * c.heads as f64 / c.count.max(1) as f64;
            }
            let spread = (c.last_sentence - c.first_sentence) as f64 / sentences;
            raw *= 1.0 + SPREAD * spread;
            let position = 1.0 - c.first_item as f64 / items;
            raw *= 1.0 - POSITION + POSITION * position;
            if c.headline > 0 {
                raw *= HEADLINE;
            } else if c.lead > 0 {
                raw *= LEAD;
            }
            let first = scan.items[c.first_item as usize].flags;
            let head = scan.items[c.first_item as usize + c.len - 1].flags;
            let alone = c.len == 1;
            if head & ROLE != 0 {
                raw *= if alone { ROLE_ALONE } else { ROLE_HEAD };
            } else if head & GENERIC != 0 {
                raw *= if alone { GENERIC_ALONE } else { GENERIC_HEAD };
            }
            if alone
                && c.entity.is_none()
                && head & PROPER == 0
                && scan.vocab.zipf(c.key[0]).is_some()
            {
                raw *= COMMON_ALONE;
            }
            if alone && c.entity.is_none() && scan.vocab.ends_in_ing(c.key[0]) {
                raw *= ING_ALONE;
            }
            if let Some(e) = c.entity {
                raw *= 1.0 - SALIENCE + SALIENCE * salience.get(e).copied().unwrap_or(0.0);
            } else if first & ENTITY != 0 {
                raw *= NAME_LED;
            } else if alone && head & PROPER != 0 {
                raw *= UNKNOWN_NAME;
            }
            raw
        })
        .collect()
}

/// Maps a raw score to 0..1.
#[cfg_attr(lede_abort, optimize(size))]
pub fn squash(raw: f64) -> f64 {
    if raw.is_finite() && raw > 0.0 {
        ((raw / (raw + HALF)) * 1000.0).round() / 1000.0
    } else {
        0.0
    }
}

/// Chooses up to `max` candidates: best first, no near-duplicates, at most
/// `max_names` entity names. `words_of` writes a candidate's word stems
/// (sorted, names spelt out) over the contents of a buffer, `surname_of`
/// gives a person's surname, `head_of` the stem of a name's head word (the
/// last before "of" or "for": "office" of "Office for Budget
/// Responsibility"; none for a person's name). Returns
/// indices into `scan.candidates`, each with its raw score (a phrase that
/// stands in for another takes that one's place and score).
pub fn choose(
    scan: &Scan,
    raw: &[f64],
    words_of: &dyn Fn(&Candidate, &mut Vec<u64>),
    surname_of: &dyn Fn(&Candidate) -> Option<String>,
    head_of: &dyn Fn(&Candidate) -> Option<u64>,
    max: usize,
    max_names: usize,
) -> Vec<(usize, f64)> {
    // Best first; ties by first mention, then by index (a total order, so
    // any sort gives the one result). Each candidate is sorted by one
    // number that orders as that triple does (see [`rank_key`]), so that a
    // comparison reads no tables. The list is usually filled from the
    // first few dozen, so only those are sorted up front; the rest is
    // sorted if the walk gets there.
    let mut order: Vec<u128> = Vec::with_capacity(scan.candidates.len());
    for (i, (&raw, c)) in raw.iter().zip(&scan.candidates).enumerate() {
        // Positive and finite (not NaN either).
        if raw > 0.0 && raw < f64::INFINITY {
            order.push(rank_key(raw, c.first_item, i));
        }
    }
    let head = (4 * max + 16).min(order.len());
    crate::order::select_smallest(&mut order, head);
    crate::order::sort_keys(&mut order[..head]);
    let extensions = extensions(scan, raw);

    // Each chosen candidate with where its stems start and end in
    // `stems`, and its score: the stems of all sit in one buffer (a
    // candidate replaced by a shared core leaves its stems unused there),
    // so choosing allocates nothing per candidate.
    let mut chosen: Vec<(usize, (usize, usize), f64)> = Vec::with_capacity(max.min(order.len()));
    // Room for a few words each.
    let mut stems: Vec<u64> = Vec::with_capacity(4 * chosen.capacity());
    let mut surnames: Vec<String> = Vec::new();
    let mut names = 0;
    // The stems of the candidate at hand and of a shared core, written
    // anew for each (and copied only for a candidate chosen).
    let mut words = Vec::new();
    let mut core_words = Vec::new();
    for pos in 0..order.len() {
        if chosen.len() >= max {
            break;
        }
        if pos == head {
            crate::order::sort_keys(&mut order[head..]);
        }
        // The index is the key's low bits (see `rank_key`).
        let mut i = order[pos] as u32 as usize;
        let score = raw[i];
        let key = &scan.candidates[i].key;
        if let Some(&longer) = extensions.get(key, key_hash(key)) {
            let (short, long) = (&scan.candidates[i], &scan.candidates[longer]);
            if long.count as f64 >= EXTENSION_SHARE * short.count as f64 {
                // "rate" is mostly "interest rate": say so.
                i = longer;
            }
        }
        if chosen.iter().any(|&(j, ..)| j == i) {
            continue;
        }
        let c = &scan.candidates[i];
        let is_name = c.entity.is_some()
            || scan.items[c.first_item as usize..][..c.len]
                .iter()
                .all(|item| item.flags & PROPER != 0);
        if is_name && names >= max_names {
            continue;
        }
        words_of(c, &mut words);
        if let Some((slot, core)) = chosen
            .iter()
            .enumerate()
            .find_map(|(slot, &(j, ..))| Some((slot, shared_core(scan, c, &scan.candidates[j])?)))
        {
            // "strategic partnership deal" and "comprehensive strategic
            // partnership agreement": one place, for what they share, when
            // the text uses that more often than the first.
            let (j, _, score) = chosen[slot];
            words_of(&scan.candidates[core], &mut core_words);
            let clashes = chosen.iter().enumerate().any(|(k, &(_, (from, to), _))| {
                let other = &stems[from..to];
                k != slot && (subset(&core_words, other) || subset(other, &core_words))
            });
            if scan.candidates[core].count > scan.candidates[j].count && !clashes {
                chosen[slot] = (core, (stems.len(), stems.len() + core_words.len()), score);
                stems.extend_from_slice(&core_words);
            }
            continue;
        }
        let led_by = |c: &Candidate| {
            let first = &scan.items[c.first_item as usize];
            (first.flags & ENTITY != 0).then_some(first.word)
        };
        // One word in lower case inside a name that is no person's, not
        // its head, is a topic of its own: "budget" beside "Office for
        // Budget Responsibility" (but "bank" beside "Bank of England" is
        // the bank).
        let beside_name = |word: &Candidate, stems: &[u64], name: &Candidate| {
            word.entity.is_none()
                && name.entity.is_some()
                && stems.len() == 1
                && scan.items[word.first_item as usize].flags & PROPER == 0
                && head_of(name).is_some_and(|head| head != stems[0])
        };
        let duplicate = chosen.iter().any(|&(j, (from, to), _)| {
            let other = &stems[from..to];
            let o = &scan.candidates[j];
            // Two phrases led by one name are about that name.
            (led_by(c).is_some() && led_by(c) == led_by(o))
                || subset(&words, other) && !beside_name(c, &words, o)
                || subset(other, &words) && !beside_name(o, other, c)
                // Names are no cuts (most of the pairs: asked here, not
                // in a call).
                || (c.entity.is_none()
                    && o.entity.is_none()
                    && (chained(scan, c, o, c) || chained(scan, o, c, c)))
        });
        if duplicate {
            continue;
        }
        let surname = surname_of(c);
        if let Some(surname) = surname {
            // "Robert Hill" and "Senator Hill": one person.
            if surnames.contains(&surname) {
                continue;
            }
            surnames.push(surname);
        }
        if is_name {
            names += 1;
        }
        chosen.push((i, (stems.len(), stems.len() + words.len()), score));
        stems.extend_from_slice(&words);
    }
    chosen.into_iter().map(|(i, _, score)| (i, score)).collect()
}

/// A number that sorts candidate `index`, of raw score `raw` and first
/// item `first_item`, best first: by score, highest first (in the order of
/// `f64::total_cmp`), then by first item, then by index.
#[cfg_attr(lede_abort, optimize(size))]
fn rank_key(raw: f64, first_item: u32, index: usize) -> u128 {
    // The bits of a float, made to order as `total_cmp` orders the floats
    // (flip all bits of a negative, the sign bit of a positive), then
    // inverted for highest first.
    let bits = raw.to_bits();
    let ordered = if bits >> 63 == 1 {
        !bits
    } else {
        bits | 1 << 63
    };
    // An index fits in 32 bits: candidates are counted in `u32`.
    (u128::from(!ordered) << 64) | (u128::from(first_item) << 32) | index as u32 as u128
}

/// For each candidate, its most frequent extension seen at least twice:
/// a longer phrase with the same head ("rate" -> "interest rate"), or a
/// phrase a name leads ("US" -> "US soldiers").
#[cfg_attr(lede_abort, optimize(size))]
fn extensions(scan: &Scan, raw: &[f64]) -> Map<Key, usize> {
    let mut best: Map<Key, usize> = Map::default();
    let better = |a: usize, b: usize| {
        let (ca, cb) = (&scan.candidates[a], &scan.candidates[b]);
        (ca.count, raw[a]) > (cb.count, raw[b])
    };
    for (i, c) in scan.candidates.iter().enumerate() {
        if c.len < 2 || c.count < 2 || raw[i].is_nan() || raw[i] <= 0.0 {
            continue;
        }
        let mut offer = |key: Key| {
            let slot = best.or_insert_with(key, key_hash(&key), || i);
            if better(i, *slot) {
                *slot = i;
            }
        };
        for start in 1..c.len {
            let mut key = [u32::MAX; MAX_WORDS];
            key[..c.len - start].copy_from_slice(&c.key[start..c.len]);
            offer(key);
        }
        if scan.items[c.first_item as usize].flags & ENTITY != 0 {
            let mut key = [u32::MAX; MAX_WORDS];
            key[0] = c.key[0];
            offer(key);
        }
    }
    best
}

/// Whether `a` then `b`, overlapping or adjacent, is a candidate too, and
/// `new` (one of them) occurs mostly inside it: "strategic partnership",
/// "partnership deal" and "deal" are all cuts of "strategic partnership
/// deal", but "agreement" stands on its own beside "strategic partnership
/// agreement" when the text uses it on its own. Neither is a name.
fn chained(scan: &Scan, a: &Candidate, b: &Candidate, new: &Candidate) -> bool {
    let (whole, a, b) = (a.key, &a.key[..a.len], &b.key[..b.len]);
    for overlap in 0..a.len().min(b.len()) {
        let total = a.len() + b.len() - overlap;
        // Word by word rather than as slices: these are a few words, too
        // few for a call to `memcmp` or `memcpy` to pay.
        if total > MAX_WORDS || !a[a.len() - overlap..].iter().eq(&b[..overlap]) {
            continue;
        }
        // `a`'s key, padded, then the rest of `b`.
        let mut key = whole;
        for (k, &w) in key[a.len()..total].iter_mut().zip(&b[overlap..]) {
            *k = w;
        }
        if let Some(id) = scan.candidate(&key) {
            if 2 * scan.candidates[id].count >= new.count {
                return true;
            }
        }
    }
    false
}

/// The candidate for the longest run of two words or more that `a` and
/// `b` share, if they share one.
#[cfg_attr(lede_abort, optimize(size))]
fn shared_core(scan: &Scan, a: &Candidate, b: &Candidate) -> Option<usize> {
    let (a, b) = (&a.key[..a.len], &b.key[..b.len]);
    for len in (2..a.len().min(b.len()) + 1).rev() {
        for run in a.windows(len) {
            // Word by word (see `chained`).
            if b.windows(len).any(|w| w.iter().eq(run)) {
                let mut key = [u32::MAX; MAX_WORDS];
                for (k, &w) in key.iter_mut().zip(run) {
                    *k = w;
                }
                return scan.candidate(&key);
            }
        }
    }
    None
}

/// Whether every element of `a` is in `b`, both sorted and without
/// repeats: in one walk over the two (they are a few stems each), and
/// never when `a` is the longer or its ends lie outside those of `b`
/// (most pairs, told without a walk).
#[cfg_attr(lede_abort, optimize(size))]
fn subset(a: &[u64], b: &[u64]) -> bool {
    if a.len() > b.len() {
        return false;
    }
    if let (Some(a0), Some(an), Some(b0), Some(bn)) = (a.first(), a.last(), b.first(), b.last()) {
        if a0 < b0 || an > bn {
            return false;
        }
    }
    let mut b = b.iter();
    a.iter().all(|x| b.by_ref().find(|&y| y >= x) == Some(x))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_power_tables_are_the_powers() {
        for (n, &d) in LENGTH_DIVISOR.iter().enumerate() {
            assert_eq!(d, (n as f64).powf(0.6), "{n}");
        }
        for (n, &s) in NAME_SPECIFICITY.iter().enumerate() {
            assert_eq!(s, (n as f64).powf(0.4), "{n}");
        }
    }

    #[test]
    fn subset_is_containment_of_sorted_sets() {
        let sets: [&[u64]; 7] = [&[], &[3], &[1, 3], &[1, 2, 3], &[2, 4], &[0, 1, 3, 9], &[9]];
        for a in sets {
            for b in sets {
                let expected = a.iter().all(|x| b.contains(x));
                assert_eq!(subset(a, b), expected, "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn rank_keys_sort_best_first_then_by_first_item_then_index() {
        let cases = [
            (2.5, 7, 3),
            (2.5, 7, 1),
            (2.5, 2, 9),
            (0.25, 0, 0),
            (1e-300, 1, 2),
            (f64::MAX, 9, 4),
            (-1.0, 0, 5),
            (0.0, 3, 6),
        ];
        let mut by_key = cases.to_vec();
        by_key.sort_by_key(|&(raw, first, i)| rank_key(raw, first, i));
        let mut by_cmp = cases.to_vec();
        by_cmp.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
        assert_eq!(by_key, by_cmp);
    }
}
