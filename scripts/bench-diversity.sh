#!/usr/bin/env bash
# Where the native core's time goes that instruction counts do not show:
# the same analysis over corpora of the same size and kind whose articles
# repeat more or less often. Each corpus has 300 articles: the Lee corpus
# itself, and its first 50, 10 or 1 article(s) over and over (each copy
# numbered, "Part N. ", as bench-peers.mjs does, so no two are the same
# text). Prints, for each, the native core's best MB/s (examples/bench,
# 20 rounds) and, with valgrind, the instructions a warm pass costs per
# byte: if the cost per byte in instructions stays level while the speed
# climbs as the articles repeat, the difference is the processor waiting
# (branches mispredicted and cache misses on the words and spellings of
# many different articles), not work the code does.
#
#   bash scripts/bench-diversity.sh     (about 2 minutes; valgrind optional)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=../shared/corpus/lee_background.txt
out=target/bench-diversity
mkdir -p "$out"
cargo build --quiet --release --example bench
python3 - "$corpus" "$out" <<'EOF'
import sys
articles = [l for l in open(sys.argv[1], encoding='utf-8').read().split('\n') if l.strip()]
for k in (50, 10, 1):
    with open(f'{sys.argv[2]}/repeat{k}.txt', 'w', encoding='utf-8') as f:
        f.write('\n'.join(f'Part {i}. {articles[i % k]}' for i in range(300)) + '\n')
EOF
instructions() { # FILE ROUNDS -> instructions counted by callgrind
  valgrind --tool=callgrind --callgrind-out-file=/dev/null target/release/examples/bench "$1" "$2" 2>&1 >/dev/null \
    | sed -n 's/.*Collected : \([0-9]*\)/\1/p'
}
printf '%-28s %10s %12s %16s\n' corpus MB 'best MB/s' 'instr/byte warm'
for f in "$corpus" "$out/repeat50.txt" "$out/repeat10.txt" "$out/repeat1.txt"; do
  line=$(target/release/examples/bench "$f" 20)
  mb=$(sed -n 's/.*articles, \([0-9.]*\) MB.*/\1/p' <<<"$line")
  speed=$(sed -n 's/.*best \([0-9.]*\) MB\/s.*/\1/p' <<<"$line")
  per_byte='-'
  if command -v valgrind >/dev/null; then
    one=$(instructions "$f" 1)
    three=$(instructions "$f" 3)
    per_byte=$(python3 -c "print(f'{($three - $one) / 2 / ($mb * 1e6):.0f}')")
  fi
  printf '%-28s %10s %12s %16s\n' "$(basename "$f")" "$mb" "$speed" "$per_byte"
done
