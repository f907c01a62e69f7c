# The wasm-opt flags of the wasm build (sourced by scripts/build.sh and
# scripts/instr-by-function.sh): -O2 without Binaryen's inlining passes (see
# build.sh), and the wasm features Node 20 and current browsers have.
WASM_OPT_FLAGS=(
  -O2 --skip-pass=inlining-optimizing --skip-pass=inlining
  --enable-bulk-memory --enable-nontrapping-float-to-int
  --enable-sign-ext --enable-mutable-globals --enable-multivalue --enable-reference-types
)
