#!/usr/bin/env bash
# Installs the peer libraries that scripts/bench-peers.mjs measures lede
# against, pinned, into target/bench-node/ (never into the root
# package.json). Idempotent: does nothing when the pinned versions are
# already there.
set -euo pipefail
cd "$(dirname "$0")/.."
prefix=target/bench-node
pins=(compromise@14.17.0 compromise-dates@3.9.0 wink-nlp@2.4.0 wink-eng-lite-web-model@1.8.1)

installed() {
  local name=${1%@*} version=${1##*@}
  local pj="$prefix/node_modules/$name/package.json"
  [[ -f $pj ]] && node -e "process.exit(require('./$pj').version === '$version' ? 0 : 1)"
}

missing=()
for p in "${pins[@]}"; do installed "$p" || missing+=("$p"); done
if ((${#missing[@]} == 0)); then
  echo "bench-setup: peers already installed in $prefix" >&2
  exit 0
fi
mkdir -p "$prefix"
# A package.json of its own so that npm does not walk up to the root one.
[[ -f $prefix/package.json ]] || echo '{"name":"lede-bench-peers","private":true}' > "$prefix/package.json"
npm install --prefix "$prefix" --no-audit --no-fund --save-exact "${pins[@]}" >&2
echo "bench-setup: installed ${pins[*]} in $prefix" >&2
