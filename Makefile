# The two commands a new machine needs (see README.md):
#   make run    set up, build everything, serve the page on http://127.0.0.1:8080
#   make test   set up, build everything, run every test
.PHONY: run test setup build serve eval eval-syllables eval-sentences eval-entities eval-keywords bench bench-instr

PORT ?= 8080

setup:
	@bash scripts/setup.sh

build: setup
	@bash scripts/build.sh

run: build serve

serve:
	@node scripts/serve.mjs --port $(PORT)

test: build
	@bash scripts/test.sh

eval: eval-syllables eval-sentences eval-entities eval-keywords

eval-syllables: setup
	@bash scripts/eval-setup.sh && python3 scripts/eval_syllables.py

eval-sentences: build
	@bash scripts/eval-setup.sh && python3 scripts/eval_sentences.py

eval-entities: build
	@bash scripts/eval-setup.sh && python3 scripts/eval_entities.py

eval-keywords: build
	@bash scripts/eval-setup.sh && python3 scripts/eval_keywords.py

bench: build
	@cargo run --quiet --release --example bench
	@node scripts/bench.mjs
	@bash scripts/bench-setup.sh
	@node scripts/bench-peers.mjs

# Instruction counts (valgrind), repeatable on a busy machine: about 5 minutes.
bench-instr: build
	@bash scripts/bench-instr.sh
