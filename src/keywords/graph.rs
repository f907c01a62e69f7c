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
use crate::bare::prelude::*;

/// Items within this distance in a sentence are linked.
const WINDOW: usize = 3;
/// The graph covers at most this many items.
const MAX_GRAPH_ITEMS: usize = 30_000;
/// The share of a node's score that it passes on along its edges (the rest
/// goes back by the teleport weights). 0.80 rather than the usual 0.85: on
/// the dev half of the keyphrase gold set (`scripts/eval_keywords.py
/// --split dev`) partial F1@10 0.678 against 0.673 (exact F1@10 0.550 at
/// both), the early words weighing a little more, and 1,892 sweeps for the
/// Lee corpus against 2,243.
const DAMPING: f32 = 0.80;
const ITERATIONS: usize = 30;
/// Stop when the scores (summing to 1) move less than this in total in a
/// sweep. The rank is one piece of evidence among several, and a
/// keyphrase's score is given to three decimals: 6.3 sweeps a text on the
/// Lee corpus, and tighter tolerances (5e-4, 2e-4) gave the same quality
/// (`make eval-keywords`).
const TOLERANCE: f32 = 1e-3;
/// Over-relaxation: each sweep moves a score this many times the way
/// Gauss-Seidel would. On the Lee corpus, with the start of [`ranked`]
/// and a damping of 0.85 (since lowered): 2,243 sweeps for the 300 texts
/// at 1.3, 2,104 at 1.4, 2,599 at 1.5, 3,377 at 1.6, 3,445 at 1 (plain
/// Gauss-Seidel), and 4,248 iterations of the Jacobi kind (each on the
/// last one's shares alone) from the teleport weights; and at 1.3 the
/// keyphrase lists are the nearest to those of the fixed point itself
/// (1e-7): one text's list differs, ten for plain Gauss-Seidel, eight
/// for the Jacobi kind.
const OVERRELAXATION: f32 = 1.3;
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

/// Graphs whose shares (one per node and one that is always 0: see
/// [`ranked`]) fit in this many (most news stories)
/// number them in a byte, and their shares sit in arrays of this length:
/// reading a share by a byte cannot go past the end, so the hot loop reads
/// it without a bounds check.
const SMALL: usize = 256;

/// A table of shares, by number: what a source's number is stored as, and
/// how a share is read by it.
trait Shares {
    type Node: Copy;
    /// Whether a table holds `len` shares.
    fn holds(len: usize) -> bool;
    /// A table of `len` zeros (at least), when it [`Shares::holds`] them.
    fn zeros(len: usize) -> Self;
    /// Number `v` as stored (`v` is below the `len` of [`Shares::zeros`]).
    fn node(v: u32) -> Self::Node;
    fn get(&self, u: Self::Node) -> f32;
    /// Sets share `v` (below the `len` of [`Shares::zeros`]).
    fn set(&mut self, v: usize, share: f32);
    fn slice(&mut self) -> &mut [f32];
}

impl Shares for [f32; SMALL] {
    type Node = u8;
    #[cfg_attr(lede_abort, optimize(size))]
    fn holds(len: usize) -> bool {
        len <= SMALL
    }
    #[cfg_attr(lede_abort, optimize(size))]
    fn zeros(_: usize) -> Self {
        [0.0; SMALL]
    }
    #[cfg_attr(lede_abort, optimize(size))]
    fn node(v: u32) -> u8 {
        v as u8
    }
    #[inline]
    fn get(&self, u: u8) -> f32 {
        self[usize::from(u)]
    }
    #[inline]
    #[cfg_attr(lede_abort, optimize(size))]
    fn set(&mut self, v: usize, share: f32) {
        // `v` is below `SMALL`: as a byte, it needs no bounds check.
        self[usize::from(v as u8)] = share;
    }
    #[cfg_attr(lede_abort, optimize(size))]
    fn slice(&mut self) -> &mut [f32] {
        self
    }
}

impl Shares for Vec<f32> {
    type Node = u32;
    #[cfg_attr(lede_abort, optimize(size))]
    fn holds(_: usize) -> bool {
        true
    }
    #[cfg_attr(lede_abort, optimize(size))]
    fn zeros(len: usize) -> Self {
        vec![0.0; len]
    }
    #[cfg_attr(lede_abort, optimize(size))]
    fn node(v: u32) -> u32 {
        v
    }
    #[inline]
    fn get(&self, u: u32) -> f32 {
        self[u as usize]
    }
    #[inline]
    #[cfg_attr(lede_abort, optimize(size))]
    fn set(&mut self, v: usize, share: f32) {
        self[v] = share;
    }
    #[cfg_attr(lede_abort, optimize(size))]
    fn slice(&mut self) -> &mut [f32] {
        self
    }
}

/// [`rank`] from the normalised teleport weights of the `teleport.len()`
/// words, with shares in tables of type `S` (or in a `Vec` if they do not
/// fit).
#[cfg_attr(lede_abort, optimize(size))]
fn ranked<S: Shares>(items: &[Item], teleport: &[f32]) -> Vec<f32> {
    let words = teleport.len();
    // Share `words` is always 0: adding it leaves a sum as it is (a sum is
    // never -0), so it fills up the last group of a node's sources.
    let zero = words as u32;
    debug_assert!(S::holds(words + 1));
    // The incoming edges of node v, in groups of [`GROUP`] sources, end to
    // end: v's groups are `starts[v]..starts[v + 1]`, its sources in the
    // order the edges are met, a source once per edge (a pair of words
    // seen together twice is read twice), the last group filled up with
    // the 0 share. Every edge comes with its reverse, so a node has as many
    // edges in as out. One counting pass for the degrees, one to fill.
    let mut degree = vec![0u32; words];
    for_each_edge(items, |_, v| degree[v as usize] += 1);
    let mut starts = Vec::with_capacity(words + 1);
    let mut groups_total = 0u32;
    for &d in &degree {
        starts.push(groups_total);
        groups_total += d.div_ceil(GROUP as u32);
    }
    starts.push(groups_total);
    let mut groups = vec![[S::node(zero); GROUP]; groups_total as usize];
    // Where each node's next source goes, counted in sources.
    let mut fill: Vec<u32> = starts[..words].iter().map(|&g| g * GROUP as u32).collect();
    let flat = groups.as_flattened_mut();
    for_each_edge(items, |u, v| {
        let at = &mut fill[v as usize];
        flat[*at as usize] = S::node(u);
        *at += 1;
    });
    drop(fill);
    // A node without edges (its out-weight is 0) shares nothing, but its
    // score goes to every node by the teleport vector: its share stays 0
    // (no edge reads it anyway), and its score is summed apart, node by
    // node in order (and only if there is such a node).
    let mut dangling_nodes: Vec<u32> = Vec::new();
    // The sweeps start from a guess at the answer: without teleports the
    // rank of a graph whose edges all come with their reverse is a node's
    // share of the edges, and the answer mixes that and the teleport
    // weights. (From the teleport weights alone it took 19% more sweeps.)
    let all_edges: u32 = degree.iter().sum();
    let per_edge = if all_edges == 0 {
        0.0
    } else {
        1.0 / all_edges as f32
    };
    let mut nodes: Vec<Node<S::Node>> = starts
        .windows(2)
        .zip(teleport)
        .zip(&degree)
        .enumerate()
        .map(|(v, ((bounds, &teleport), &edges))| {
            if edges == 0 {
                dangling_nodes.push(v as u32);
            }
            let mine = &groups[bounds[0] as usize..bounds[1] as usize];
            // Every node has a first group (of 0 shares only when it has
            // no sources).
            let (first, rest) = match mine.split_first() {
                Some((&first, rest)) => (first, rest),
                None => ([S::node(zero); GROUP], &[][..]),
            };
            Node {
                first,
                rest,
                score: (1.0 - DAMPING) * teleport + DAMPING * edges as f32 * per_edge,
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

    let mut share = S::zeros(words + 1);
    for (sh, n) in share.slice().iter_mut().zip(&nodes) {
        *sh = DAMPING * n.score / n.out;
    }
    for _ in 0..ITERATIONS {
        // Without nodes that lack edges nothing is teleported: a sum
        // gains `0 * teleport`, which leaves it as it is (it is never -0).
        let teleported: f32 = dangling_nodes
            .iter()
            .map(|&v| nodes[v as usize].score)
            .sum();
        let change = sweep(&mut nodes, &mut share, DAMPING * teleported);
        if change < TOLERANCE {
            break;
        }
    }
    // A score still on its way when the sweeps ran out could be below 0.
    let mut score: Vec<f32> = nodes.iter().map(|n| n.score.max(0.0)).collect();
    let max = score.iter().copied().fold(0.0, f32::max);
    if max > 0.0 {
        score.iter_mut().for_each(|s| *s /= max);
    }
    score
}

/// One Gauss-Seidel sweep of PageRank over `nodes`: each node's new score
/// from the shares `share` of its sources, and its new share written back
/// at once, so that the nodes after it in the sweep read it (the same
/// fixed point as iterating on the last sweep's shares alone, in fewer
/// sweeps: see [`OVERRELAXATION`]). The nodes without edges teleport
/// `teleported` in all. Returns how far the scores moved in total. A
/// function of its own, so that the code around cannot take the registers
/// of its loop.
#[inline(never)]
fn sweep<S: Shares>(nodes: &mut [Node<S::Node>], share: &mut S, teleported: f32) -> f32 {
    let mut change = 0.0;
    for (v, node) in nodes.iter_mut().enumerate() {
        let mut sum = node.base;
        // A group a step.
        for u in node.first {
            sum += share.get(u);
        }
        for group in node.rest {
            for &u in group {
                sum += share.get(u);
            }
        }
        sum += teleported * node.teleport;
        let sum = node.score + OVERRELAXATION * (sum - node.score);
        change += (sum - node.score).abs();
        node.score = sum;
        share.set(v, DAMPING * sum / node.out);
    }
    change
}

/// Sources are read this many a step: most nodes have six at most (a word
/// seen once, mid-sentence, has six), so one step for them.
const GROUP: usize = 6;

/// What a sweep needs of one node, whose sources are numbered `N`.
struct Node<'s, N> {
    /// The numbers of the shares of its sources, in groups: the first kept
    /// in place (most nodes have no other).
    first: [N; GROUP],
    rest: &'s [[N; GROUP]],
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
#[cfg_attr(lede_abort, optimize(size))]
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
