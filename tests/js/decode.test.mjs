// src/wasm/decode.js on hand-made tapes: each field read as its type, nulls
// from NaN and -1, enum names from indexes, strings sliced by UTF-16
// length, and a tape of the wrong length refused. (tests/wasm.rs checks
// whole analyses against JSON.parse through the real wasm.)
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { decode } from '../../src/wasm/decode.js';

const N = NaN;

// A small analysis: one sentence, two paragraphs (the second a repeat), one
// repeated line, one line of page furniture, one entity with a role and one
// without, one keyphrase.
function tape() {
  return [
    // stats: eleven counts, five floats (one non-finite: null)
    ...[20, 15, 3, 1, 2, 1, 1, 4, 0, 0, 1],
    ...[3, 1.5, 5, 0.9, N],
    // readability: seven floats (two null), one note
    ...[80.5, 2.25, N, N, 3, -1.5, 2],
    1, 4, 9,
    // sentences: one
    1, 0, 13, 0, 3, 4, 15, 0, 2.5, 1, 2,
    // paragraphs: two, the second repeating the first
    2, 0, 13, N, 15, 28, 0,
    // repeated lines: one
    1, 15, 28, 0, 13,
    // boilerplate lines: one, a link
    1, 30, 40, 3,
    // entities: two
    2,
    4, 2, 2, 1, 1, 1, 0, 3, 3,
    2, 0, -1, 1, 0.25, 0,
    // keywords: one, with one mention
    1, 2, 0.875, 1, 1, 4, 6,
  ];
}
const STRINGS = 'SMOGtoo shortRoméMPZoë𝔸𝔸';

const WANT = {
  stats: {
    characters: 20, letters: 15, words: 3, sentences: 1, paragraphs: 2, repeatedLines: 1, boilerplateLines: 1,
    syllables: 4,
    polysyllabicWords: 0, complexWords: 0, longWords: 1, avgWordsPerSentence: 3, avgSyllablesPerWord: 1.5,
    avgLettersPerWord: 5, readingTimeSeconds: 0.9, speakingTimeSeconds: null,
  },
  readability: {
    fleschReadingEase: 80.5, fleschKincaidGrade: 2.25, gunningFog: null, smog: null, colemanLiau: 3,
    automatedReadabilityIndex: -1.5, consensusGrade: 2, notes: [{ formula: 'SMOG', message: 'too short' }],
  },
  sentences: [
    {
      start: 0, end: 13, paragraph: 0, words: 3, syllables: 4, letters: 15, complexWords: 0, grade: 2.5,
      long: true, difficulty: 'veryHard',
    },
  ],
  paragraphs: [
    { start: 0, end: 13, repeatOf: null },
    { start: 15, end: 28, repeatOf: 0 },
  ],
  repeatedLines: [{ start: 15, end: 28, originalStart: 0, originalEnd: 13 }],
  boilerplateLines: [{ start: 30, end: 40, kind: 'link' }],
  entities: [
    { name: 'Romé', type: 'GPE', role: 'MP', count: 1, salience: 1, mentions: [{ start: 0, end: 3, text: 'Zoë' }] },
    { name: '𝔸', type: 'PERSON', role: null, count: 1, salience: 0.25, mentions: [] },
  ],
  keywords: [{ phrase: '𝔸', score: 0.875, count: 1, mentions: [{ start: 4, end: 6 }] }],
};

test('a tape decodes to what JSON.parse makes of the analysis, key order included', () => {
  const got = decode(new Float64Array(tape()), STRINGS);
  const want = JSON.parse(JSON.stringify(WANT));
  assert.equal(JSON.stringify(got), JSON.stringify(want));
  assert.deepEqual(got, want);
  assert.equal(Object.getPrototypeOf(got.entities[0]), Object.prototype);
});

test('a tape of the wrong length or with a bad enum index is an error', () => {
  const short = tape().slice(0, -1);
  assert.throws(() => decode(new Float64Array(short), STRINGS), /not read to its end/);
  assert.throws(() => decode(new Float64Array([...tape(), 0]), STRINGS), /not read to its end/);
  assert.throws(() => decode(new Float64Array(tape()), `${STRINGS}x`), /not read to its end/);
  // The first entity's type: after the stats (16), the readability (10),
  // the sentences (11), paragraphs (7), repeated lines (5) and boilerplate
  // lines (4), the number of entities and the first one's name.
  const badType = tape();
  assert.equal(badType[55], 2);
  badType[55] = 99;
  assert.throws(() => decode(new Float64Array(badType), STRINGS), /corrupt result tape/);
  // The next call starts afresh.
  assert.deepEqual(decode(new Float64Array(tape()), STRINGS), WANT);
});
