#!/usr/bin/env bash
# Instructions per function of the wasm's steady state in Node, per corpus
# pass: where the wasm and the JavaScript around it spend their work, by
# valgrind's count rather than by sampling. `bash scripts/instr-by-function.sh
# [TOP]` after scripts/build.sh; takes about a minute.
#
# The package is built again with the wasm's function names kept (wasm-opt
# -g, the flags of build.sh otherwise), into target/wasm-names/. Node runs
# the corpus 2 and then 4 times, every function compiled by TurboFan on
# first call, writing where it put each function's code
# (--perf-basic-prof, /tmp/perf-PID.map); callgrind counts the instructions
# at each address, and scripts/instr_by_function.py adds them up by
# function and prints the difference of the two runs, halved.
set -euo pipefail
cd "$(dirname "$0")/.."
top=${1:-40}
corpus=../shared/corpus/lee_background.txt
command -v valgrind >/dev/null || { echo "instr-by-function.sh needs valgrind" >&2; exit 1; }
[ -f target/wasm32-unknown-unknown/wasm/lede.wasm ] || { echo "run scripts/build.sh first" >&2; exit 1; }

out=target/wasm-names
rm -rf "$out" && mkdir -p "$out/bg"
wasm-bindgen --target web --keep-debug --out-dir "$out/bg" --out-name lede target/wasm32-unknown-unknown/wasm/lede.wasm
node scripts/stub-panics.mjs "$out/bg/lede_bg.wasm" "$out/bg/lede_bg.stub.wasm"
mv "$out/bg/lede_bg.stub.wasm" "$out/bg/lede_bg.wasm"
source scripts/wasm-opt-flags.sh
node_modules/.bin/wasm-opt -g "${WASM_OPT_FLAGS[@]}" "$out/bg/lede_bg.wasm" -o "$out/bg/lede_bg.opt.wasm" \
  > "$out/bg/names.json"
mv "$out/bg/lede_bg.opt.wasm" "$out/bg/lede_bg.wasm"
node npm/assemble.mjs "$out/bg" "$out/pkg" >/dev/null

run() { # run PASSES -> the callgrind file (the perf map is named in it by PID)
  valgrind --tool=callgrind --smc-check=all-non-file --dump-instr=yes \
    --callgrind-out-file="$out/callgrind.$1" \
    node --no-liftoff --single-threaded --perf-basic-prof --logfile="$out/v8.log" \
    scripts/bench-rounds.cjs "$out/pkg" "$1" "$corpus" >/dev/null 2>&1
}
run 2
run 4
python3 scripts/instr_by_function.py "$out/callgrind.2" "$out/callgrind.4" 2 "$top"
# The perf maps are V8's, in /tmp, one per process: remove them.
sed -n 's/^pid: \([0-9]*\)$/\/tmp\/perf-\1.map/p' "$out"/callgrind.2 "$out"/callgrind.4 | xargs rm -f
