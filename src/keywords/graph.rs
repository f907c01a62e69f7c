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
/// Stop when the scores (summing to 1) move less than this in total. The
/// rank is one piece of evidence among several, and a keyphrase's score is
/// given to three decimals: 1e-4 took 22.4 iterations a text on the Lee
/// corpus (four texts stopped at [`ITERATIONS`]), this 14.3, for the same
/// quality (`make eval-keywords`, 40 articles: F1@10 0.534 and 0.537
/// exact, 0.647 and 0.650 partial; 10 of the 300 texts' lists change).
const TOLERANCE: f32 = 1e-3;
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

/// Graphs whose shares (one per node, one that is always 0, and one per
/// weighted source: see [`ranked`]) fit in this many (most news stories)
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
    fn slice(&mut self) -> &mut [f32];
}

impl Shares for [f32; SMALL] {
    type Node = u8;
    fn holds(len: usize) -> bool {
        len <= SMALL
    }
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
    fn holds(_: usize) -> bool {
        true
    }
    fn zeros(len: usize) -> Self {
        vec![0.0; len]
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
/// words, with shares in tables of type `S` (or in a `Vec` if they do not
/// fit).
fn ranked<S: Shares>(items: &[Item], teleport: &[f32]) -> Vec<f32> {
    let words = teleport.len();
    // Compressed adjacency of incoming edges: for node v, its sources in
    // ascending order, each once, with the number of edges from it as the
    // weight. Every edge comes with its reverse, so the sources of a node
    // are its targets, and a node has as many edges in as out. The edges
    // are put in order by two counting sorts, with no comparisons: by
    // target first, then, taking the targets in ascending order, by source
    // (which keeps each source's targets in that order); the repeats in a
    // bucket then merge into weights.
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
    let edges = bounds[words + 1] as usize;
    // By target: the sources of each target, in the order met. (The same
    // bounds serve: a node's edges in and out are as many.)
    let mut by_target = bounds.clone();
    let mut sources = vec![0u32; edges];
    for_each_edge(items, |u, v| {
        sources[by_target[v as usize + 1] as usize] = u;
        by_target[v as usize + 1] += 1;
    });
    // By source, the targets taken in ascending order: each source's
    // targets come out in ascending order.
    let mut targets = vec![0u32; edges];
    for (v, bucket) in by_target.windows(2).take(words).enumerate() {
        for &u in &sources[bucket[0] as usize..bucket[1] as usize] {
            targets[bounds[u as usize + 1] as usize] = v as u32;
            bounds[u as usize + 1] += 1;
        }
    }
    drop((by_target, sources));
    bounds.truncate(words + 1);
    // The sources are read by number, a share a source: share `words` is
    // always 0 (adding it leaves a sum as it is: a sum is never -0), and
    // a source of weight w > 1 (a few per text) is read as a share of its
    // own, number `words + 1 + k`, that each iteration sets to the source's
    // share times w (`products[k]`): the same product as the gather would
    // make, with every read a plain addition. Each node's sources are kept
    // in groups of [`GROUP`], the last filled up with the 0 share.
    let zero = words as u32;
    let mut products: Vec<(S::Node, f32)> = Vec::new();
    // Per node: the weight and number of its last product, which a later
    // source of that node and weight reads rather than making another.
    let mut last_product: Vec<(f32, u32)> = vec![(0.0, 0); words];
    let mut groups: Vec<[S::Node; GROUP]> = Vec::with_capacity(words);
    // Per node: its number of groups.
    let mut counts: Vec<u32> = Vec::with_capacity(words);
    for bounds in bounds.windows(2) {
        let bucket = &targets[bounds[0] as usize..bounds[1] as usize];
        debug_assert!(bucket.is_sorted());
        let first = groups.len();
        let mut group = [S::node(zero); GROUP];
        let mut filled = 0;
        let mut rest = bucket;
        while let Some((&u, after)) = rest.split_first() {
            // A source and its repeats: its number of edges, the weight
            // (the bucket is sorted, so repeats are adjacent). Most have
            // none, told by one look at the next.
            let repeats = match after.first() {
                Some(&v) if v == u => after.iter().take_while(|&&v| v == u).count(),
                _ => 0,
            };
            rest = &after[repeats..];
            group[filled] = S::node(if repeats == 0 {
                u
            } else {
                // A count of edges: exact in f32.
                let w = (repeats + 1) as f32;
                let last = &mut last_product[u as usize];
                if last.0 != w {
                    products.push((S::node(u), w));
                    *last = (w, zero + products.len() as u32);
                }
                last.1
            });
            filled += 1;
            if filled == GROUP {
                groups.push(group);
                group = [S::node(zero); GROUP];
                filled = 0;
            }
        }
        if filled > 0 {
            groups.push(group);
        }
        counts.push((groups.len() - first) as u32);
    }
    drop(targets);
    let len = words + 1 + products.len();
    if !S::holds(len) {
        // Numbers too large for `S::Node` were cut short: start again
        // with room for every number.
        return ranked::<Vec<f32>>(items, teleport);
    }
    // A node without edges (its out-weight is 0) shares nothing, but its
    // score goes to every node by the teleport vector: its share comes out
    // as 0 (no edge reads it anyway), and its score is summed apart, node
    // by node in order (and only if there is such a node).
    let mut dangling_nodes: Vec<u32> = Vec::new();
    // Each node's groups, cut out once rather than in every iteration.
    let mut left = &groups[..];
    let mut nodes: Vec<Node<S::Node>> = bounds
        .windows(2)
        .zip(teleport)
        .zip(&counts)
        .enumerate()
        .map(|(v, ((bounds, &teleport), &count))| {
            let (mine, others) = left.split_at(count as usize);
            left = others;
            let edges = bounds[1] - bounds[0];
            if edges == 0 {
                dangling_nodes.push(v as u32);
            }
            // Every node has a first group (of 0 shares only when it has
            // no sources).
            let (first, rest) = match mine.split_first() {
                Some((&first, rest)) => (first, rest),
                None => ([S::node(zero); GROUP], &[][..]),
            };
            Node {
                first,
                rest,
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

    // The shares for this iteration and the next (the tables trade places
    // by reference: an array is not copied).
    let (mut first, mut second) = (S::zeros(len), S::zeros(len));
    let (mut share, mut next_share) = (&mut first, &mut second);
    for (sh, n) in share.slice().iter_mut().zip(&nodes) {
        *sh = DAMPING * n.score / n.out;
    }
    multiply(share, words, &products);
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
        multiply(next_share, words, &products);
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

/// Sets the shares of weighted sources in `shares` (of a graph of `words`
/// nodes) from the shares of their nodes: see [`ranked`].
fn multiply<S: Shares>(shares: &mut S, words: usize, products: &[(S::Node, f32)]) {
    for (k, &(u, w)) in products.iter().enumerate() {
        let product = shares.get(u) * w;
        shares.slice()[words + 1 + k] = product;
    }
}

/// One PageRank iteration over `nodes`: each node's new score, from the
/// shares `share` of the last, and its share for the next in `next`.
/// `TELEPORTS` when the nodes without edges teleport `teleported` in all.
/// Returns how far the scores moved in total. A function of its own, so
/// that the code around cannot take the registers of its loop.
#[inline(never)]
fn iteration<S: Shares, const TELEPORTS: bool>(
    nodes: &mut [Node<S::Node>],
    share: &S,
    next: &mut S,
    teleported: f32,
) -> f32 {
    let mut change = 0.0;
    // A node's new score takes the place of its old one at once: the
    // iteration reads only the shares of the last one.
    let mut step = |node: &mut Node<S::Node>, sh: &mut f32| {
        let mut sum = node.base;
        // A group a step: the same additions, in the same order.
        for u in node.first {
            sum += share.get(u);
        }
        for group in node.rest {
            for &u in group {
                sum += share.get(u);
            }
        }
        if TELEPORTS {
            sum += teleported * node.teleport;
        }
        change += (sum - node.score).abs();
        node.score = sum;
        // The share of the next iteration, as computed from its score.
        *sh = DAMPING * sum / node.out;
    };
    // Four nodes a loop step (fewer steps, the same work in the same order).
    let next = &mut next.slice()[..nodes.len()];
    let mut node_steps = nodes.chunks_exact_mut(4);
    let mut share_steps = next.chunks_exact_mut(4);
    for (nodes, shares) in (&mut node_steps).zip(&mut share_steps) {
        for (node, sh) in nodes.iter_mut().zip(shares) {
            step(node, sh);
        }
    }
    let rest = node_steps.into_remainder().iter_mut();
    for (node, sh) in rest.zip(share_steps.into_remainder()) {
        step(node, sh);
    }
    change
}

/// Sources are read this many a step: most nodes have six at most (a word
/// seen once, mid-sentence, has six), so one step for them.
const GROUP: usize = 6;

/// What an iteration needs of one node, whose sources are numbered `N`.
struct Node<'s, N> {
    /// The numbers of the shares of its sources (see [`ranked`]), in
    /// groups: the first kept in place (most nodes have no other).
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
    fn graphs_with_too_many_weighted_sources_for_bytes_rank_alike() {
        // 200 words in pairs seen three times over: a product for each
        // word, so that the shares overflow byte numbers.
        let items: Vec<Item> = (0..200u32)
            .flat_map(|i| [i, i ^ 1, i, i ^ 1, i, i ^ 1].map(|w| item(w, i)))
            .collect();
        let teleport = vec![1.0 / 200.0; 200];
        let small = ranked::<[f32; SMALL]>(&items, &teleport);
        let large = ranked::<Vec<f32>>(&items, &teleport);
        let bits = |v: &[f32]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
        assert_eq!(bits(&small), bits(&large));
        assert_eq!(small.len(), 200);
    }

    #[test]
    fn no_items_rank_nothing() {
        assert_eq!(rank(&[], 3, None), vec![0.0; 3]);
    }
}
