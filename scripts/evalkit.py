"""What the evaluation scripts share: reading a gold set against the corpus
it annotates, and running the lede CLI over many texts in one process.
"""
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLI = ROOT / "target" / "release" / "lede"


def gold_files(gold_dir, corpus_path):
    """Yields (path, annotation, article text) for every gold file, checking
    that each annotates the corpus being read. The corpus has one article
    per line; annotations name the line."""
    lines = corpus_path.read_text(encoding="utf-8").split("\n")
    paths = sorted(Path(gold_dir).glob("*.json"))
    if not paths:
        sys.exit(f"no gold files in {gold_dir}")
    for p in paths:
        g = json.loads(p.read_text(encoding="utf-8"))
        if g.get("corpus") != corpus_path.name:
            sys.exit(f"{p}: corpus {g.get('corpus')!r}, but reading {corpus_path}")
        yield p, g, lines[g["line"] - 1].strip()


def run_lede(texts_by_id, options=None):
    """Runs `lede analyze --jsonl` once over {id: text}, with `options` (a
    dict, as `--options` takes) if given; returns ({id: analysis dict (empty
    on an error line)}, seconds). Builds the CLI if missing."""
    if not CLI.exists():
        print("building target/release/lede ...", file=sys.stderr)
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    payload = "".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in texts_by_id.items()).encode()
    start = time.perf_counter()
    command = [str(CLI), "analyze", "--jsonl"]
    if options:
        command += ["--options", json.dumps(options)]
    out = subprocess.run(command, input=payload, capture_output=True, check=True).stdout
    seconds = time.perf_counter() - start
    results = {}
    for line in out.decode().splitlines():
        if line.strip():
            r = json.loads(line)
            results[r["id"]] = r.get("analysis") or {}
    return results, seconds
