// Analyses every article of the corpus (one per line), ROUNDS times, with
// the npm package in PKG_DIR and prints nothing: the workload that
// scripts/bench-instr.sh counts the instructions of.
// `node scripts/bench-rounds.cjs PKG_DIR ROUNDS [CORPUS]`
const { readFileSync } = require('node:fs');
const path = require('node:path');

const [dir, rounds, corpus] = process.argv.slice(2);
const lede = require(path.resolve(dir, 'node.cjs'));
const articles = readFileSync(corpus ?? path.join(__dirname, '../../shared/corpus/lee_background.txt'), 'utf8')
  .split('\n')
  .filter((l) => l.trim());
for (let r = 0; r < Number(rounds); r++) for (const a of articles) lede.analyze(a);
