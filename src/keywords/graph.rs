//! Co-occurrence ranking of words, in the TextRank family (PositionRank).
//!
//! Every candidate word (and every name, as one node) is a node; two nodes
//! are linked when they occur within [`WINDOW`] candidate words of each
//! other in a sentence, the weight being how often they do. The rank is a
//! personalised PageRank whose teleport vector favours words that come
//! early (the sum of `1/position` over a word's occurrences, as in
//! Florescu and Caragea 2017, "PositionRank", ACL) and words of the headline.
//! A word is central when central words surround it, which frequency alone
//! cannot say.
//!
//! The graph is built from the first [`MAX_GRAPH_ITEMS`] items only, so its
//! cost is bounded whatever the length of the text; words first seen later
//! have a rank of zero and compete on their other evidence.

use super::candidates::Item;

/// Items within this distance in a sentence are linked.
const WINDOW: usize = 3;
/// The graph covers at most this many items.
const MAX_GRAPH_ITEMS: usize = 30_000;
const DAMPING: f32 = 0.85;
const ITERATIONS: usize = 30;
/// Stop when the scores (summing to 1) move less than this in total.
const TOLERANCE: f32 = 1e-4;
/// Extra teleport weight of a headline occurrence.
const HEADLINE_BOOST: f32 = 3.0;

/// The rank of every word id below `words`, scaled so the top word has 1.
pub fn rank(items: &[Item], words: usize, headline: Option<u32>) -> Vec<f32> {
    let items = &items[..items.len().min(MAX_GRAPH_ITEMS)];
    let mut teleport = vec![0f32; words];
    for (i, item) in items.iter().enumerate() {
        let mut weight = 1.0 / (i as f32 + 1.0);
        if Some(item.sentence) == headline {
            weight *= HEADLINE_BOOST;
        }
        teleport[item.word as usize] += weight;
    }
    let total: f32 = teleport.iter().sum();
    if total <= 0.0 {
        return vec![0.0; words];
    }
    teleport.iter_mut().for_each(|t| *t /= total);

    // Compressed adjacency: for node u, targets[offsets[u]..offsets[u + 1]]
    // with multiplicities as weights. Built without sorting: the edges are
    // bucketed by source (a counting sort), then each bucket's repeats are
    // merged. The order of targets within a bucket does not matter: a
    // target occurs once per bucket, so each score receives its shares in
    // the order of the sources whatever the order inside a bucket.
    let mut raw_offsets = vec![0u32; words + 1];
    for_each_edge(items, |u, _| raw_offsets[u as usize + 1] += 1);
    for u in 0..words {
        raw_offsets[u + 1] += raw_offsets[u];
    }
    let mut fill = raw_offsets.clone();
    let mut raw = vec![0u32; raw_offsets[words] as usize];
    for_each_edge(items, |u, v| {
        raw[fill[u as usize] as usize] = v;
        fill[u as usize] += 1;
    });
    let mut offsets = vec![0u32; words + 1];
    let mut targets: Vec<(u32, f32)> = Vec::with_capacity(raw.len());
    // Where target v sits in `targets`, if it was placed for this source.
    let mut slot = vec![u32::MAX; words];
    let mut out_weight = vec![0f32; words];
    for u in 0..words {
        let start = targets.len() as u32;
        offsets[u] = start;
        let bucket = &raw[raw_offsets[u] as usize..raw_offsets[u + 1] as usize];
        for &v in bucket {
            let s = slot[v as usize];
            if s != u32::MAX && s >= start {
                targets[s as usize].1 += 1.0;
            } else {
                slot[v as usize] = targets.len() as u32;
                targets.push((v, 1.0));
            }
        }
        // A sum of small integers: exact in f32.
        out_weight[u] = bucket.len() as f32;
    }
    offsets[words] = targets.len() as u32;

    let mut score = teleport.clone();
    let mut next = vec![0f32; words];
    for _ in 0..ITERATIONS {
        let mut dangling = 0.0;
        next.iter_mut()
            .zip(&teleport)
            .for_each(|(n, t)| *n = (1.0 - DAMPING) * t);
        for (u, bounds) in offsets.windows(2).enumerate() {
            // No targets exactly when the out-weight is 0.
            let out = &targets[bounds[0] as usize..bounds[1] as usize];
            if out.is_empty() {
                dangling += score[u];
                continue;
            }
            let share = DAMPING * score[u] / out_weight[u];
            for &(v, w) in out {
                next[v as usize] += share * w;
            }
        }
        let mut change = 0.0;
        for ((n, t), s) in next.iter_mut().zip(&teleport).zip(&score) {
            *n += DAMPING * dangling * t;
            change += (*n - s).abs();
        }
        std::mem::swap(&mut score, &mut next);
        if change < TOLERANCE {
            break;
        }
    }
    let max = score.iter().copied().fold(0.0, f32::max);
    if max > 0.0 {
        score.iter_mut().for_each(|s| *s /= max);
    }
    score
}

/// Calls `f(u, v)` for every directed edge: both directions of each pair
/// of distinct words within [`WINDOW`] items of each other in a sentence,
/// once per such pair of occurrences.
fn for_each_edge(items: &[Item], mut f: impl FnMut(u32, u32)) {
    for (i, item) in items.iter().enumerate() {
        for other in items[i + 1..].iter().take(WINDOW) {
            if other.sentence != item.sentence {
                break;
            }
            if other.word != item.word {
                f(item.word, other.word);
                f(other.word, item.word);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Span;

    fn item(word: u32, sentence: u32) -> Item {
        Item {
            word,
            span: Span::default(),
            sentence,
            flags: 0,
        }
    }

    #[test]
    fn the_hub_of_the_graph_ranks_first() {
        // Word 0 co-occurs with every other word; 1, 2, 3 only with 0.
        let items = [
            item(1, 0),
            item(0, 0),
            item(2, 1),
            item(0, 1),
            item(3, 2),
            item(0, 2),
        ];
        let rank = rank(&items, 4, None);
        assert_eq!(rank[0], 1.0);
        assert!(rank[1] < 1.0 && rank[2] < 1.0 && rank[3] < 1.0);
    }

    #[test]
    fn no_items_rank_nothing() {
        assert_eq!(rank(&[], 3, None), vec![0.0; 3]);
    }
}
