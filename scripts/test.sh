#!/usr/bin/env bash
# Every test, in order of cost. Assumes `scripts/build.sh` has run (the
# Makefile's `test` target does both).
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n== %s\n' "$*" >&2; }
started=$(date +%s)

step "format and lints"
cargo fmt --check
cargo clippy --quiet --all-targets -- -D warnings

step "size budget: the wasm at most 400 KB (400,000 bytes) gzipped"
wasm=pkg/lede_bg.wasm
gz=$(gzip -9 -c "$wasm" | wc -c)
if (( gz > 400000 )); then
  echo "test.sh: $wasm is $gz bytes gzipped, over the 400,000-byte budget" >&2
  exit 1
fi
echo "$wasm: $gz bytes gzipped"

step "native tests (cargo test; includes tests/properties.rs and the fuzz corpus replay, tests/fuzz_corpus.rs)"
cargo test --quiet

# Optional short fuzzing (needs cargo-fuzz; see fuzz/README.md), at most 60 s
# a target: LEDE_FUZZ_SECONDS=60 bash scripts/test.sh
if [[ -n ${LEDE_FUZZ_SECONDS:-} ]] && command -v cargo-fuzz >/dev/null; then
  secs=$(( LEDE_FUZZ_SECONDS > 60 ? 60 : LEDE_FUZZ_SECONDS ))
  for target in analyze jsonl; do
    step "fuzzing $target for ${secs} s (cargo fuzz, RUSTC_BOOTSTRAP=1)"
    # New inputs go to a scratch directory, so the committed corpus stays put.
    (cd fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz run --sanitizer none --debug-assertions "$target" \
      "$(mktemp -d)" corpus/"$target" -- -max_total_time="$secs" -max_len=8192 -timeout=10)
  done
fi

if ls tests/wasm*.rs >/dev/null 2>&1; then
  step "wasm tests in Node (wasm-bindgen-test)"
  cargo test --target wasm32-unknown-unknown --tests
  step "wasm tests in headless Chromium (wasm-bindgen-test)"
  # The runner gives the whole suite 20 s unless told otherwise; the debug
  # build's 10 MB and 10,000-analysis tests take longer on a loaded 2-core
  # machine (seen 2026-11-29).
  WASM_BINDGEN_TEST_TIMEOUT=180 WASM_BINDGEN_USE_BROWSER=1 \
    cargo test --target wasm32-unknown-unknown --tests
fi

if ls tests/js/*.test.mjs >/dev/null 2>&1; then
  step "JS tests: npm package, page end to end (node --test)"
  node --test --test-concurrency=1 tests/js/
fi

printf '\ntest.sh: all tests passed in %ss\n' "$(( $(date +%s) - started ))" >&2
