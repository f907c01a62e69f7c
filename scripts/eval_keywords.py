#!/usr/bin/env python3
"""Keyphrases: lede beside YAKE, against hand-annotated gold keyphrases.

Gold: tests/gold/keyphrases/*.json, the same 40 articles of the Lee background
corpus as the entity gold set (lines 3, 10, ..., 276 of lee_background.txt, the
same dev/test halves), each tagged by hand with 5 to 10 keyphrases ranked by
importance (guidelines: tests/gold/keyphrases/README.md). A gold keyphrase is a
string or a list of strings: the main form and other forms of the same thing in
the article ("Osama bin Laden" / "bin Laden"); a prediction matching any form
matches the keyphrase. The repo stores only line numbers and annotations; the
article text is read at run time from ../shared/corpus/lee_background.txt
(override with --corpus or LEDE_CORPUS). Authors of the extractor may study dev
errors (--errors lede --split dev), never test errors.

Systems, on the same article texts:
  lede  target/release/lede analyze --jsonl (built if missing); the phrases of
        analysis.keywords in the order given. No `keywords` key = no phrases.
  yake  yake.KeywordExtractor(lan="en", n=3, top=10) (YAKE 0.7.3); its top 10
        in its order (lower YAKE score = better).

Matching (of the top k predictions against the gold of one article):
  tokens  case-folded; curly quotes straightened; a possessive 's dropped;
          words = runs of letters/digits, with inner apostrophes ("don't"), so
          hyphens and "&" separate words ("Christmas-New Year" = christmas new
          year); each word Porter-stemmed (nltk.stem.PorterStemmer, default mode).
  exact   the stemmed word sequences are equal ("HIV infections" = "HIV
          infection", "wages freeze" = "wage freeze").
  partial all content words (stemmed words not in the stop list below) of the
          shorter phrase (fewer content words) are among those of the longer
          ("Tora Bora caves" ~ "Tora Bora", "gunmen" ~ "Palestinian gunmen").
          A phrase with no content word matches nothing.
  Greedy one-to-one: predictions in rank order, each takes the best-ranked gold
  keyphrase it matches that is still free; a gold keyphrase is matched at most
  once and a prediction counts at most once (a second form of an already
  matched keyphrase is a false positive).
  P@k = matched / predictions in the top k (0 when there are none);
  R@k = matched / gold keyphrases of the article; F1@k = 2PR/(P+R) per article.
  Macro-average: P, R and F1 are each averaged over the articles (every article
  weighs the same).

Faults (top 10 of each system, all articles of the split):
  stop-edge  share of predicted phrases whose first or last word is a stop word
             ("said the", "of the war", "the Taliban").
  near-dup   pairs of predictions in one article's top 10 where the stemmed
             content words of one are a subset of the other's ("Tora Bora",
             "Tora Bora caves"); counted over all articles, and per article.

Usage:
  python3 scripts/eval_keywords.py [--split dev|test|all] [--systems lede,yake]
                                   [--errors SYSTEM] [--corpus PATH] [--gold DIR]
With --split all (the default) it prints a table for dev, test and both.
"""
import argparse
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import evalkit

ROOT = evalkit.ROOT
GOLD_DIR = ROOT / "tests" / "gold" / "keyphrases"
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
KS = (5, 10)

# English function words (the common NLTK list, written out so that no data
# download is needed; contractions are single words here: "don't", "isn't").
STOP = set("""
a about above after again against ain't all am an and any are aren't as at be because
been before being below between both but by can couldn't did didn't do does doesn't
doing don't down during each few for from further had hadn't has hasn't have haven't
having he he'd he'll he's her here hers herself him himself his how i i'd i'll i'm i've
if in into is isn't it it'd it'll it's its itself let's me mightn't more most mustn't my
myself needn't no nor not now of off on once only or other our ours ourselves out over
own same shan't she she'd she'll she's should should've shouldn't so some such than that
that'll the their theirs them themselves then there there's these they they'd they'll
they're they've this those through to too under until up very was wasn't we we'd we'll
we're we've were weren't what when where which while who whom why will with won't
wouldn't you you'd you'll you're you've your yours yourself yourselves
""".split())

_stemmer = None


def stem(w):
    global _stemmer
    if _stemmer is None:
        from nltk.stem import PorterStemmer
        _stemmer = PorterStemmer()
    return _stemmer.stem(w)


def words(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").lower()
    toks = re.findall(r"[^\W_]+(?:'[^\W_]+)*", s)
    return [t if t in STOP else t[:-2] if t.endswith("'s") else t for t in toks]  # possessive 's dropped


class Phrase:
    """One phrase: its text, stemmed word sequence and stemmed content-word set."""
    __slots__ = ("text", "words", "seq", "content")

    def __init__(self, text):
        self.text = text
        self.words = words(text)
        self.seq = tuple(stem(w) for w in self.words)
        self.content = frozenset(stem(w) for w in self.words if w not in STOP)


def exact(a, b):
    return bool(a.seq) and a.seq == b.seq


def partial(a, b):
    short, long_ = (a, b) if len(a.content) <= len(b.content) else (b, a)
    return bool(short.content) and short.content <= long_.content


def stop_edge(p):
    return bool(p.words) and (p.words[0] in STOP or p.words[-1] in STOP)


# ---------------------------------------------------------------- gold

def load_gold(gold_dir, corpus_path):
    docs = []
    for p, g, text in evalkit.gold_files(gold_dir, corpus_path):
        tseq = " " + " ".join(stem(w) for w in words(text)) + " "
        gold = []
        for kp in g["keyphrases"]:
            forms = [Phrase(f) for f in ([kp] if isinstance(kp, str) else kp)]
            for f in forms:
                if " " + " ".join(f.seq) + " " not in tseq:
                    print(f"warning: {p.name}: {f.text!r} not in the article text", file=sys.stderr)
            gold.append(forms)
        if not 5 <= len(gold) <= 10:
            print(f"warning: {p.name}: {len(gold)} keyphrases (guidelines: 5 to 10)", file=sys.stderr)
        docs.append({"id": g["line"], "split": g["split"], "topic": g.get("topic", ""), "text": text, "gold": gold})
    return docs


# ---------------------------------------------------------------- systems
# Each returns ({doc id: [phrase text, ...] best first}, timing description).

def run_lede(docs):
    results, dt = evalkit.run_lede({d["id"]: d["text"] for d in docs})
    preds, absent = {}, 0
    for doc_id, analysis in results.items():
        if "keywords" not in analysis:
            absent += 1
        preds[doc_id] = [k.get("phrase") or "" for k in analysis.get("keywords") or []]
    note = f"; no `keywords` key in {absent} results (scored as empty)" if absent else ""
    return preds, f"{dt:.2f}s (one CLI process, all articles){note}"


def run_yake(docs):
    import yake
    from importlib.metadata import version
    t = time.perf_counter()
    ex = yake.KeywordExtractor(lan="en", n=3, top=10)
    preds = {d["id"]: [kw for kw, _score in ex.extract_keywords(d["text"])][:10] for d in docs}
    dt = time.perf_counter() - t
    return preds, f"{dt:.2f}s (in process; YAKE {version('yake')}, lan=en n=3 top=10)"


SYSTEMS = {"lede": run_lede, "yake": run_yake}
TITLES = {"lede": "lede", "yake": "YAKE"}


# ---------------------------------------------------------------- scoring

def match(preds, gold, same):
    """Greedy one-to-one matching. Returns {pred index: gold index}."""
    taken, pairs = set(), {}
    for i, p in enumerate(preds):
        for j, forms in enumerate(gold):
            if j not in taken and any(same(p, f) for f in forms):
                taken.add(j)
                pairs[i] = j
                break
    return pairs


def score_doc(doc, texts):
    """{(mode, k): (P, R, F1)} for one article."""
    preds = [Phrase(t) for t in texts]
    out = {}
    for mode, same in (("exact", exact), ("partial", partial)):
        for k in KS:
            top = preds[:k]
            m = len(match(top, doc["gold"], same))
            p = m / len(top) if top else 0.0
            r = m / len(doc["gold"])
            out[(mode, k)] = (p, r, 2 * p * r / (p + r) if p + r else 0.0)
    return out


def faults(docs, preds):
    n = edge = dups = 0
    for d in docs:
        top = [Phrase(t) for t in preds.get(d["id"], [])[:10]]
        n += len(top)
        edge += sum(stop_edge(p) for p in top)
        for i in range(len(top)):
            for j in range(i + 1, len(top)):
                a, b = top[i].content, top[j].content
                if a and b and (a <= b or b <= a):
                    dups += 1
    return n, edge, dups


def table(title, docs, results):
    names = list(results)
    ngold = sum(len(d["gold"]) for d in docs)
    print(f"\n== {title}: {len(docs)} articles, {ngold} gold keyphrases "
          f"({ngold / len(docs):.1f} per article); macro-averaged over articles ==")
    cols = [(mode, k) for mode in ("exact", "partial") for k in KS]
    cell = "{:>6} {:>6} {:>6}"
    block = "    ".join(cell for _ in KS)
    width = len(block.format(*[""] * 3 * len(KS)))
    t_exact, t_partial = "exact (stemmed phrases equal)", "partial (content words of shorter in longer)"
    print(f"{'':8}| {t_exact:^{width}.{width}} | {t_partial:^{width}.{width}} |")
    head = [x for k in KS for x in (f"P@{k}", f"R@{k}", f"F1@{k}")]
    print(f"{'system':8}| {block.format(*head)} | {block.format(*head)} |")
    avg = {}
    for s in names:
        per = [score_doc(d, results[s].get(d["id"], [])) for d in docs]
        avg[s] = {c: tuple(sum(x[c][i] for x in per) / len(per) for i in range(3)) for c in cols}
        vals = {mode: [f"{v:.3f}" for k in KS for v in avg[s][(mode, k)]] for mode in ("exact", "partial")}
        print(f"{TITLES[s]:8}| {block.format(*vals['exact'])} | {block.format(*vals['partial'])} |")
    if "lede" in avg and "yake" in avg:
        ratio = []
        for mode in ("exact", "partial"):
            y = avg["yake"][(mode, 10)][2]
            ratio.append(f"{mode} {avg['lede'][(mode, 10)][2] / y:.2f}" if y else f"{mode} n/a")
        print(f"lede/YAKE F1@10: {', '.join(ratio)}   (target: at least 1.30 on both)")
    print("faults in the top 10:")
    for s in names:
        n, edge, dups = faults(docs, results[s])
        share = f"{edge / n:6.1%}" if n else "   n/a"
        print(f"  {TITLES[s]:6} {n:4} phrases; start or end with a stop word: {edge:3} ({share}); "
              f"near-duplicate pairs: {dups:3} ({dups / len(docs):.2f} per article)")
    return avg


def print_errors(system, docs, results):
    print(f"\n== {TITLES[system]}: predicted vs gold per article "
          f"(= exact match, ~ partial match only, - no match; gold: * matched exactly, ~ partially) ==")
    for d in docs:
        preds = [Phrase(t) for t in results[system].get(d["id"], [])[:10]]
        ex = match(preds, d["gold"], exact)
        pa = match(preds, d["gold"], partial)
        print(f"\n-- line {d['id']} ({d['split']}, {d['topic']}): {d['text'][:90]}...")
        gold_ex, gold_pa = set(ex.values()), set(pa.values())
        rows = max(len(preds), len(d["gold"]))
        for i in range(rows):
            left = right = ""
            if i < len(preds):
                mark = "=" if i in ex else "~" if i in pa else "-"
                left = f"{mark} {preds[i].text}"
            if i < len(d["gold"]):
                mark = "*" if i in gold_ex else "~" if i in gold_pa else " "
                right = f"{mark} {' | '.join(f.text for f in d['gold'][i])}"
            print(f"   {i + 1:2}. {left:40} {right}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=["dev", "test", "all"], default="all")
    ap.add_argument("--systems", default="lede,yake", help="comma-separated subset of lede,yake")
    ap.add_argument("--errors", choices=list(SYSTEMS), help="print predicted vs gold keyphrases per article")
    ap.add_argument("--corpus", help="lee_background.txt (default ../shared/corpus/, or $LEDE_CORPUS)")
    ap.add_argument("--gold", default=str(GOLD_DIR))
    args = ap.parse_args()

    corpus = Path(args.corpus or os.environ.get("LEDE_CORPUS") or DEFAULT_CORPUS)
    if corpus.is_dir():
        corpus = corpus / "lee_background.txt"
    if not corpus.exists():
        sys.exit(f"corpus not found: {corpus} (use --corpus PATH or LEDE_CORPUS)")
    docs = load_gold(args.gold, corpus)
    docs_sel = docs if args.split == "all" else [d for d in docs if d["split"] == args.split]

    systems = [s.strip() for s in args.systems.split(",") if s.strip()]
    if args.errors and args.errors not in systems:
        systems.append(args.errors)
    results, timings = {}, {}
    for s in systems:
        if s not in SYSTEMS:
            sys.exit(f"unknown system {s!r}")
        try:
            results[s], timings[s] = SYSTEMS[s](docs_sel)
        except Exception as e:  # a missing peer should not hide the others
            print(f"warning: {s} skipped: {e}", file=sys.stderr)
    if not results:
        sys.exit("no system ran")

    chars = sum(len(d["text"]) for d in docs_sel)
    ngold = sum(len(d["gold"]) for d in docs_sel)
    nforms = sum(len(f) for d in docs_sel for f in d["gold"])
    print(f"gold: {len(docs_sel)} articles ({chars} chars) from {corpus}; "
          f"{ngold} keyphrases ({nforms} forms)")
    for s in results:
        print(f"  {TITLES[s]:6} {timings[s]}")

    if args.split == "all":
        for split in ("dev", "test"):
            table(split, [d for d in docs_sel if d["split"] == split], results)
        table("all (dev + test)", docs_sel, results)
    else:
        table(args.split, docs_sel, results)
    print("\nP@k = matched / predictions in the top k, R@k = matched / gold; F1 per article, "
          "then P, R, F1 each averaged over articles.")
    if args.errors:
        if args.errors == "lede" and any(d["split"] == "test" for d in docs_sel):
            print("\nnote: test errors are for the final check only; tune on --split dev.", file=sys.stderr)
        print_errors(args.errors, docs_sel, results)


if __name__ == "__main__":
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet when piped into head
    main()
