// Runs compromise (+ compromise-dates) over articles for scripts/eval_entities.py.
//
// stdin:  one JSON object {"id": .., "text": ..} per line
// stdout: one JSON object per line, {"id": .., "items": [[GROUP, text], ...]},
//         then a last line {"timing": {"loadMs": .., "processMs": .., "chars": ..}}
//
// Groups are the evaluation's: PER people(), ORG organizations(), LOC places(),
// DATE dates() + times() + durations() (compromise-dates), MONEY money(),
// PERCENT percentages(). compromise has no method for nationalities/groups
// (NORP) or measured quantities (QUANTITY), so it reports none.
//
// compromise is installed by scripts/eval-setup.sh into target/eval-node
// (kept out of the root package.json); LEDE_EVAL_NODE overrides that folder.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const evalNode = path.resolve(process.env.LEDE_EVAL_NODE || path.join(here, '..', 'target', 'eval-node'));
const require = createRequire(path.join(evalNode, 'package.json'));

const t0 = performance.now();
const nlp = require('compromise');
const datesPlugin = require('compromise-dates');
nlp.plugin(datesPlugin);
nlp('warm up on Tuesday with $5 and 10%.').dates().json(); // load lazily built tables
const loadMs = performance.now() - t0;

const METHODS = [
  ['PER', (d) => d.people()],
  ['ORG', (d) => d.organizations()],
  ['LOC', (d) => d.places()],
  ['DATE', (d) => d.dates()],
  ['DATE', (d) => d.times()],
  ['DATE', (d) => d.durations()],
  ['MONEY', (d) => d.money()],
  ['PERCENT', (d) => d.percentages()],
];

const lines = readFileSync(0, 'utf8').split('\n').filter((l) => l.trim());
const out = [];
let processMs = 0;
let chars = 0;
for (const line of lines) {
  const { id, text } = JSON.parse(line);
  const t = performance.now();
  const doc = nlp(text);
  const items = [];
  for (const [group, pick] of METHODS) {
    for (const s of pick(doc).out('array')) items.push([group, s]);
  }
  processMs += performance.now() - t;
  chars += text.length;
  out.push(JSON.stringify({ id, items }));
}
out.push(JSON.stringify({
  timing: { loadMs, processMs, chars, version: nlp.version, datesVersion: datesPlugin.version || null },
}));
process.stdout.write(out.join('\n') + '\n');
