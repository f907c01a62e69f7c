#!/usr/bin/env bash
# Builds everything, at the places DESIGN.md fixes:
#   target/release/lede   the native CLI
#   pkg/                  the npm package `lede` (ready for `npm pack`)
#   www/pkg/              the same package, served with the page
# Run scripts/setup.sh first (the Makefile does).
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf 'build: %s\n' "$*" >&2; }

say "native CLI (cargo build --release)"
cargo build --release --quiet --bin lede

say "wasm core"
cargo build --quiet --lib --target wasm32-unknown-unknown --profile wasm
out=target/wasm-bindgen
rm -rf "$out" && mkdir -p "$out"
wasm-bindgen --target web --out-dir "$out" --out-name lede \
  target/wasm32-unknown-unknown/wasm/lede.wasm
node_modules/.bin/wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals --enable-multivalue --enable-reference-types \
  "$out/lede_bg.wasm" -o "$out/lede_bg.opt.wasm"
mv "$out/lede_bg.opt.wasm" "$out/lede_bg.wasm"

say "npm package in pkg/"
node npm/assemble.mjs "$out" pkg

rm -rf www/pkg && cp -r pkg www/pkg
raw=$(stat -c %s pkg/lede_bg.wasm)
gz=$(gzip -9 -c pkg/lede_bg.wasm | wc -c)
say "pkg/lede_bg.wasm: $raw bytes, $gz bytes gzipped"
