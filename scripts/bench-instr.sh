#!/usr/bin/env bash
# Instruction counts (valgrind's callgrind), which unlike times repeat to a
# few in ten thousand on a busy machine: the figures to judge a change by.
# `bash scripts/bench-instr.sh [PKG_DIR]` after scripts/build.sh; PKG_DIR
# (default pkg/) is an assembled npm package. Takes about five minutes.
#
# 1. Native core: one pass over the corpus (cold) and a second one (warm:
#    the per-spelling caches filled), examples/bench.rs.
# 2. Node, the require and the first analysis of the sample in a fresh
#    process, then the first analysis alone, the require excluded. Node runs
#    single-threaded, so that every compile and TurboFan recompile runs at
#    once and is counted: this is the CPU work they cost, which on two cores
#    the page or process waits for in part. The Node entry compiles the
#    whole module with Liftoff in the require (npm/entries/node.cjs), so the
#    first analysis alone is mostly running and TurboFan's recompiles. Then
#    the first analysis with tier-up put off, and with every function
#    compiled at load (both the run alone, as the entry now loads).
# 3. Node, the steady state: instructions per corpus pass, as the 5th pass
#    minus the 2nd over three, every function compiled by TurboFan on first
#    call (--no-liftoff) so that no tier-up timing enters the count.
set -euo pipefail
cd "$(dirname "$0")/.."
pkg=$(realpath "${1:-pkg}")
corpus=../shared/corpus/lee_background.txt
command -v valgrind >/dev/null || { echo "bench-instr.sh needs valgrind" >&2; exit 1; }
count() { # count COMMAND... -> the instructions COMMAND runs
  valgrind --tool=callgrind --smc-check=all-non-file --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null |
    sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
millions() { awk -v n="$1" 'BEGIN { printf "%.2fM", n / 1e6 }'; }

cargo build --quiet --release --example bench
one=$(count target/release/examples/bench "$corpus" 1)
two=$(count target/release/examples/bench "$corpus" 2)
echo "native core: cold pass $(millions "$one"), warm pass $(millions $((two - one))) instructions"

first() { # first NODE_FLAGS...: sets `run`, the whole process's instructions,
  # and `analysis`, those of the first analysis (the require excluded)
  local load
  load=$(count node --single-threaded --predictable "$@" scripts/bench-load.cjs "$pkg" --load-only)
  run=$(count node --single-threaded --predictable "$@" scripts/bench-load.cjs "$pkg")
  analysis=$((run - load))
}
# The require and the first analysis together, Node's own start-up (a
# process that requires nothing) excluded: what a fresh process pays, on one
# thread, however the work is split between the two (the Node entry
# compiles the whole module in the require).
first
recompiles=$analysis
bare=$(count node --single-threaded --predictable -e 0)
echo "node (wasm), the require and the first analysis of the sample together: $(millions $((run - bare))) instructions"
first --wasm-tiering-budget=1000000000
tier_up_off=$analysis
first --no-wasm-lazy-compilation --wasm-tiering-budget=1000000000
echo "node (wasm), first analysis of the sample, the require excluded:" \
  "$(millions "$recompiles") instructions with the TurboFan recompiles it sets off;" \
  "$(millions "$tier_up_off") with tier-up put off (the run, in Liftoff code compiled at load);" \
  "$(millions "$analysis") with V8's flag for compiling at load given to Node too"

steady() { count node --no-liftoff --single-threaded --predictable scripts/bench-rounds.cjs "$pkg" "$1" "$corpus"; }
two=$(steady 2)
five=$(steady 5)
echo "node (wasm), steady state: $(millions $(((five - two) / 3))) instructions per corpus pass"
