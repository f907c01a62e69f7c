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

    if words < SMALL {
        ranked::<[f32; SMALL]>(items, &teleport)
    } else {
        ranked::<Vec<f32>>(items, &teleport)
    }
}

/// Graphs of fewer than this many nodes (most news stories) number their
/// nodes in a byte (with one number over for a share that is always 0),
/// and their shares sit in arrays of this length: reading a share by a
/// byte cannot go past the end, so the hot loop reads it without a bounds
/// check.
const SMALL: usize = 256;

/// A table of shares, by node: what a source's node number is stored as,
/// and how a share is read by it.
trait Shares {
    type Node: Copy;
    /// A table of `words` zeros (at least).
    fn zeros(words: usize) -> Self;
    /// Node `v` as stored (`v` is below the `words` of [`Shares::zeros`]).
    fn node(v: u32) -> Self::Node;
    fn get(&self, u: Self::Node) -> f32;
    fn slice(&mut self) -> &mut [f32];
}

impl Shares for [f32; SMALL] {
    type Node = u8;
    fn zeros(_: usize) -> Self {
        [0.0; SMALL]
    }
    fn node(v: u32) -> u8 {
        v as u8
    }
    #[inline]
    fn get(&self, u: u8) -> f32 {
        self[usize::from(u)]
    }
    fn slice(&mut self) -> &mut [f32] {
        self
    }
}

impl Shares for Vec<f32> {
    type Node = u32;
    fn zeros(words: usize) -> Self {
        vec![0.0; words]
    }
    fn node(v: u32) -> u32 {
        v
    }
    #[inline]
    fn get(&self, u: u32) -> f32 {
        self[u as usize]
    }
    fn slice(&mut self) -> &mut [f32] {
        self
    }
}

/// [`rank`] from the normalised teleport weights of the `teleport.len()`
/// words, with shares in tables of type `S`.
fn ranked<S: Shares>(items: &[Item], teleport: &[f32]) -> Vec<f32> {
    let words = teleport.len();
    // Compressed adjacency of incoming edges: for node v, its sources in
    // ascending order, each once, with the number of edges from it as the
    // weight. Every edge comes with its reverse, so the sources of a node
    // are its targets: the edges are bucketed by source (a counting sort),
    // each bucket is sorted, and its repeats merge into weights.
    //
    // Each iteration then gathers into every node the shares of its
    // sources in ascending order: the same additions in the same order as
    // pushing each source's share out to its targets, source by source,
    // so the same f32 results, with one read per edge instead of a read
    // and a write.
    //
    // The counts of node u go to `bounds[u + 2]`, so that after the sums
    // `bounds[u + 1]` is where u's bucket starts: filling the bucket moves
    // it on to where the bucket ends, so that `bounds[v]..bounds[v + 1]`
    // is then v's bucket, with no second table of fill positions.
    let mut bounds = vec![0u32; words + 2];
    for_each_edge(items, |u, _| bounds[u as usize + 2] += 1);
    for u in 2..words + 2 {
        bounds[u] += bounds[u - 1];
    }
    let mut targets = vec![0u32; bounds[words + 1] as usize];
    for_each_edge(items, |u, v| {
        targets[bounds[u as usize + 1] as usize] = v;
        bounds[u as usize + 1] += 1;
    });
    bounds.truncate(words + 1);
    // The sources of weight 1 of each node whose sources all have weight
    // 1 (most nodes: a word seen once has at most six), in groups of
    // [`GROUP`], the last one filled up with the node `words`, whose share
    // is always 0 (its addition leaves a sum as it is: a sum is never -0);
    // and the weighted sources of every other node.
    let mut groups: Vec<[S::Node; GROUP]> = Vec::with_capacity(words);
    let mut weighted: Vec<(S::Node, f32)> = Vec::with_capacity(targets.len());
    // Per node: its number of groups or of weighted sources, and whether
    // they are groups.
    let mut counts: Vec<(u32, bool)> = Vec::with_capacity(words);
    for bounds in bounds.windows(2) {
        let bucket = &mut targets[bounds[0] as usize..bounds[1] as usize];
        bucket.sort_unstable();
        let start = weighted.len();
        let mut unit = true;
        // The source last pushed for this node: a repeat of it adds to
        // its weight (the bucket is sorted, so repeats are adjacent).
        let mut last = None;
        for &u in bucket.iter() {
            if last == Some(u) {
                if let Some(repeat) = weighted.last_mut() {
                    repeat.1 += 1.0;
                }
                unit = false;
            } else {
                weighted.push((S::node(u), 1.0));
                last = Some(u);
            }
        }
        if unit {
            let first = groups.len();
            for group in weighted[start..].chunks(GROUP) {
                let mut padded = [S::node(words as u32); GROUP];
                for (p, &(u, _)) in padded.iter_mut().zip(group) {
                    *p = u;
                }
                groups.push(padded);
            }
            weighted.truncate(start);
            counts.push(((groups.len() - first) as u32, true));
        } else {
            counts.push(((weighted.len() - start) as u32, false));
        }
    }
    drop(targets);
    // A node without edges (its out-weight is 0) shares nothing, but its
    // score goes to every node by the teleport vector: its share comes out
    // as 0 (no edge reads it anyway), and its score is summed apart, node
    // by node in order (and only if there is such a node).
    let mut dangling_nodes: Vec<u32> = Vec::new();
    // Each node's sources, cut out once rather than in every iteration.
    let (mut groups_left, mut weighted_left) = (&groups[..], &weighted[..]);
    let mut nodes: Vec<Node<S::Node>> = bounds
        .windows(2)
        .zip(teleport)
        .zip(&counts)
        .enumerate()
        .map(|(v, ((bounds, &teleport), &(count, unit)))| {
            let sources = if unit {
                // Every node of weight-1 sources has a group (of `words`
                // only if it has none).
                let (mine, others) = groups_left.split_at(count as usize);
                groups_left = others;
                match mine.split_first() {
                    Some((&first, rest)) => Sources::Unit(first, rest),
                    None => Sources::Unit([S::node(words as u32); GROUP], &[]),
                }
            } else {
                let (mine, others) = weighted_left.split_at(count as usize);
                weighted_left = others;
                Sources::Weighted(mine)
            };
            let edges = bounds[1] - bounds[0];
            if edges == 0 {
                dangling_nodes.push(v as u32);
            }
            Node {
                sources,
                score: teleport,
                base: (1.0 - DAMPING) * teleport,
                teleport,
                // A count of edges: exact in f32. Infinite without edges,
                // which makes the share 0.
                out: if edges == 0 {
                    f32::INFINITY
                } else {
                    edges as f32
                },
            }
        })
        .collect();

    // Each node's share for each of its out-edges, for this iteration and
    // the next (the tables trade places by reference: an array is not
    // copied).
    let (mut first, mut second) = (S::zeros(words + 1), S::zeros(words + 1));
    let (mut share, mut next_share) = (&mut first, &mut second);
    for (sh, n) in share.slice().iter_mut().zip(&nodes) {
        *sh = DAMPING * n.score / n.out;
    }
    let dangling_sum = |nodes: &[Node<S::Node>]| {
        let mut sum = 0.0;
        for &v in &dangling_nodes {
            sum += nodes[v as usize].score;
        }
        sum
    };
    for _ in 0..ITERATIONS {
        // Without nodes that lack edges nothing is teleported: a sum
        // would only gain `0 * teleport`, which leaves it as it is (it is
        // never -0), so the iteration skips that term.
        let change = if dangling_nodes.is_empty() {
            iteration::<S, false>(&mut nodes, share, next_share, 0.0)
        } else {
            let teleported = DAMPING * dangling_sum(&nodes);
            iteration::<S, true>(&mut nodes, share, next_share, teleported)
        };
        std::mem::swap(&mut share, &mut next_share);
        if change < TOLERANCE {
            break;
        }
    }
    let mut score: Vec<f32> = nodes.iter().map(|n| n.score).collect();
    let max = score.iter().copied().fold(0.0, f32::max);
    if max > 0.0 {
        score.iter_mut().for_each(|s| *s /= max);
    }
    score
}

/// One PageRank iteration over `nodes`: each node's new score, from the
/// shares `share` of the last, and its share for the next in `next`.
/// `TELEPORTS` when the nodes without edges teleport `teleported` in all.
/// Returns how far the scores moved in total.
fn iteration<S: Shares, const TELEPORTS: bool>(
    nodes: &mut [Node<S::Node>],
    share: &S,
    next: &mut S,
    teleported: f32,
) -> f32 {
    let mut change = 0.0;
    // A node's new score takes the place of its old one at once: the
    // iteration reads only the shares of the last one.
    for (node, sh) in nodes.iter_mut().zip(next.slice()) {
        let mut sum = node.base;
        match node.sources {
            // A product with 1 is exact: the same sums, without it, a
            // group a step (the same additions, in the same order).
            Sources::Unit(first, rest) => {
                for u in first {
                    sum += share.get(u);
                }
                for group in rest {
                    for &u in group {
                        sum += share.get(u);
                    }
                }
            }
            Sources::Weighted(sources) => {
                for &(u, w) in sources {
                    sum += share.get(u) * w;
                }
            }
        }
        if TELEPORTS {
            sum += teleported * node.teleport;
        }
        change += (sum - node.score).abs();
        node.score = sum;
        // The share of the next iteration, as computed from its score.
        *sh = DAMPING * sum / node.out;
    }
    change
}

/// The sources of a node in groups (all of weight 1), or with weights.
/// Sources go by number `N`.
enum Sources<'s, N> {
    /// The first group kept in place (most nodes have no other).
    Unit([N; GROUP], &'s [[N; GROUP]]),
    Weighted(&'s [(N, f32)]),
}

/// Sources of weight 1 are read this many a step: most nodes have six at
/// most (a word seen once, mid-sentence, has six), so one step for them.
const GROUP: usize = 6;

/// What an iteration needs of one node, whose sources are numbered `N`.
struct Node<'s, N> {
    /// Its distinct sources in ascending order, each with the number of
    /// edges from it as the weight.
    sources: Sources<'s, N>,
    /// Its score so far (at first its teleport weight).
    score: f32,
    /// Its teleport weight, and that weight times `1 - DAMPING`.
    teleport: f32,
    base: f32,
    /// The number of its out-edges (a sum of small integers: exact), or
    /// infinity when it has none.
    out: f32,
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
    fn byte_and_word_node_numbers_rank_alike() {
        // Repeated pairs (weights above 1), nodes without edges, and
        // sentence breaks; the teleport weights as `rank` makes them.
        let items: Vec<Item> = (0..400u32).map(|i| item(i * 7 % 61, i / 9)).collect();
        let words = 64;
        let mut teleport = vec![0f32; words];
        for (i, item) in items.iter().enumerate() {
            teleport[item.word as usize] += 1.0 / (i as f32 + 1.0);
        }
        let total: f32 = teleport.iter().sum();
        teleport.iter_mut().for_each(|t| *t /= total);
        let small = ranked::<[f32; SMALL]>(&items, &teleport);
        let large = ranked::<Vec<f32>>(&items, &teleport);
        assert_eq!(small.len(), words);
        let bits = |v: &[f32]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
        assert_eq!(bits(&small), bits(&large));
        assert!(small.iter().any(|&s| s > 0.0 && s < 1.0));
    }

    #[test]
    fn no_items_rank_nothing() {
        assert_eq!(rank(&[], 3, None), vec![0.0; 3]);
    }
}
