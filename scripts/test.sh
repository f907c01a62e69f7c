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

step "native tests (cargo test)"
cargo test --quiet

if ls tests/wasm*.rs >/dev/null 2>&1; then
  step "wasm tests in Node (wasm-bindgen-test)"
  cargo test --target wasm32-unknown-unknown --tests
  step "wasm tests in headless Chromium (wasm-bindgen-test)"
  WASM_BINDGEN_USE_BROWSER=1 cargo test --target wasm32-unknown-unknown --tests
fi

if ls tests/js/*.test.mjs >/dev/null 2>&1; then
  step "JS tests: npm package, page end to end (node --test)"
  node --test --test-concurrency=1 tests/js/
fi

printf '\ntest.sh: all tests passed in %ss\n' "$(( $(date +%s) - started ))" >&2
