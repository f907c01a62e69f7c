#!/usr/bin/env python3
"""Sentence segmentation: lede beside pySBD on hard cases of English.

Reads cases from tests/data/sentence_cases.jsonl (text + the sentences a
careful human would cut), runs the lede CLI (`target/release/lede analyze
--jsonl`) and pySBD (`pip install pysbd`) on each, and prints per category
and overall how many cases each segments exactly right, and the boundary
precision/recall/F1. A case counts as right when the list of sentences
(whitespace-trimmed) is identical to the expected one.

Usage: python3 scripts/eval_sentences.py [CASES.jsonl ...]
"""
import json
import sys
from collections import defaultdict
from pathlib import Path

import evalkit

ROOT = evalkit.ROOT


def lede_segment(texts):
    # Every line is read as prose, page furniture too: the cases score the
    # splitting alone, as pySBD does it.
    results, _ = evalkit.run_lede(dict(enumerate(texts)), {"keepBoilerplate": True})
    out = []
    for i, text in enumerate(texts):
        raw = text.encode()
        out.append([raw[s["start"]:s["end"]].decode().strip() for s in results[i]["sentences"]])
    return out


def pysbd_segment(texts):
    import pysbd
    seg = pysbd.Segmenter(language="en", clean=False)
    return [[s.strip() for s in seg.segment(t) if s.strip()] for t in texts]


def boundaries(text, sentences):
    """End offsets of the sentences (located in order in the text)."""
    ends, pos = set(), 0
    for s in sentences:
        i = text.find(s, pos)
        if i < 0:
            continue
        pos = i + len(s)
        ends.add(pos)
    return ends


def main():
    paths = [a for a in sys.argv[1:] if not a.startswith("-")] or sorted((ROOT / "tests" / "data").glob("sentence_cases*.jsonl"))
    cases = [json.loads(l) for p in paths for l in Path(p).read_text().splitlines() if l.strip()]
    texts = [c["text"] for c in cases]
    systems = {"lede": lede_segment(texts)}
    try:
        import pysbd  # noqa: F401
        systems["pySBD " + __import__("importlib.metadata").metadata.version("pysbd")] = pysbd_segment(texts)
    except ImportError:
        print("pySBD is not installed (pip install pysbd): showing lede alone\n")
    by_cat = defaultdict(lambda: defaultdict(int))
    totals = defaultdict(lambda: [0, 0, 0, 0])  # exact, tp, fp, fn
    failures = defaultdict(list)
    for i, c in enumerate(cases):
        gold = [s.strip() for s in c["sentences"]]
        by_cat[c["category"]]["cases"] += 1
        gold_b = boundaries(c["text"], gold)
        for name, out in systems.items():
            got = out[i]
            ok = got == gold
            by_cat[c["category"]][name] += ok
            got_b = boundaries(c["text"], got)
            t = totals[name]
            t[0] += ok
            t[1] += len(gold_b & got_b)
            t[2] += len(got_b - gold_b)
            t[3] += len(gold_b - got_b)
            if not ok:
                failures[name].append((c["text"], got))
    names = list(systems)
    print(f"{'category':<22}{'cases':>6}" + "".join(f"{n:>16}" for n in names))
    for cat in sorted(by_cat):
        row = by_cat[cat]
        print(f"{cat:<22}{row['cases']:>6}" + "".join(f"{row[n]:>16}" for n in names))
    n = len(cases)
    print(f"{'exact cases':<28}" + "".join(f"{totals[x][0]:>9}/{n} {100*totals[x][0]/n:3.0f}%"[-16:].rjust(16) for x in names))
    for x in names:
        tp, fp, fn = totals[x][1:]
        p = tp / (tp + fp) if tp + fp else 0
        r = tp / (tp + fn) if tp + fn else 0
        f = 2 * p * r / (p + r) if p + r else 0
        print(f"{x}: boundary precision {p:.3f} recall {r:.3f} F1 {f:.3f}")
    if "-q" not in sys.argv:
        for x in names:
            print(f"\n{x} got wrong ({len(failures[x])}):")
            for text, got in failures[x]:
                print(f"  {text!r}\n    -> {got}")


if __name__ == "__main__":
    main()
