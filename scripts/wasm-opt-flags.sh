# The wasm-opt flags of the wasm build (sourced by scripts/build.sh and
# scripts/instr-by-function.sh): -O2 without Binaryen's inlining passes (see
# build.sh), then -O3's passes over its output, and the wasm features Node 20
# and current browsers have. The second round finds what the first made
# possible: 1,144 B less gzipped than -O2 alone, and 0.2% fewer instructions
# in the steady state (194.67M against 195.05M a corpus pass), for about 4 s
# more of build (2026-12-02). A third round (-O3 again) saves 261 B more
# gzipped for about 3 s (399,754 to 399,493 B, 2026-12-04; `--converge`,
# rounds until nothing changes, saves the same in 19 s).
WASM_OPT_FLAGS=(
  -O2 -O3 -O3 --skip-pass=inlining-optimizing --skip-pass=inlining
  --enable-bulk-memory --enable-nontrapping-float-to-int
  --enable-sign-ext --enable-mutable-globals --enable-multivalue --enable-reference-types
  # The producers and target features sections serve no one at run time
  # (227 B gzipped, 2026-12-03).
  --strip-producers --strip-target-features
  # One-letter names for the imports and their module, in place of
  # wasm-bindgen's hashed ones ("__wbg_keys_105f5c0857898f84"). wasm-opt
  # prints the names it gave as JSON, which the caller keeps as names.json
  # beside the wasm; npm/assemble.mjs gives the glue's imports the same
  # names, and the exports, which this pass renames too, their own names
  # back. 935 B less raw and 1,117 B less gzipped, 2026-12-06.
  --minify-imports-and-exports-and-modules
)
