// Rebuilds the result of an analysis from the tape that src/tape.rs wrote
// (the format is described there): the same plain object that JSON.parse
// would make of the same analysis as JSON, at a fraction of the cost. It is
// called from src/wasm.rs while the result is still in wasm memory.
//
// The tape is typed: it holds the values of the fields in the order serde
// writes them, and nothing else, so each reader below knows its type's
// keys, their order and their types, and builds the object as a literal
// (an object built key by key costs V8 a keyed store and a map transition
// per key). The Rust side and these readers must agree: tests/wasm.rs
// compares whole analyses with JSON.parse of serde_json's output, and
// src/tape.rs checks the enum names below against serde's.

// The names of EntityType and Difficulty, by index, as serde writes them.
const ENTITY_TYPES = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'FAC', 'EVENT', 'LAW', 'DATE', 'TIME', 'MONEY', 'PERCENT', 'QUANTITY'];
const DIFFICULTIES = ['ok', 'hard', 'veryHard'];
const BOILERPLATE_KINDS = ['byline', 'credit', 'timestamp', 'link', 'label'];

// The tape being read, its strings, and the read positions. Module state
// rather than variables captured by closures made per call: measured about
// 10% faster in V8.
let tape = null;
let strings = '';
let at = 0; // next number on the tape
let from = 0; // next unit of the strings

/**
 * @param {Float64Array} tapeView a view of wasm memory, read before returning
 * @param {string} allStrings every string of the analysis, one after another
 */
export function decode(tapeView, allStrings) {
  tape = tapeView;
  strings = allStrings;
  at = 0;
  from = 0;
  try {
    const result = analysis();
    if (at !== tape.length || from !== strings.length) {
      throw new Error('lede: the result tape was not read to its end');
    }
    return result;
  } finally {
    // The view must not outlive the call (wasm memory may move or grow).
    tape = null;
    strings = '';
  }
}

// A count or an offset. (A read past the end gives undefined, and leaves
// `at` past the end, which `decode` reports.)
function count() {
  return tape[at++];
}

// A float, or null (NaN on the tape).
function float() {
  const x = count();
  return x === x ? x : null;
}

function string() {
  const end = from + count();
  const s = strings.slice(from, end);
  from = end;
  return s;
}

// A string, or null (-1 on the tape).
function optionalString() {
  if (tape[at] < 0) {
    at++;
    return null;
  }
  return string();
}

function name(names) {
  const n = names[count()];
  if (n === undefined) throw new Error(`lede: corrupt result tape at ${at - 1}`);
  return n;
}

// A list of values read by `read`. The lists of many items (sentences,
// entities, mentions, keyphrases) have loops of their own below, in which
// V8 can inline the reader: a loop shared by every type calls a different
// reader each time, and so calls it.
function list(read) {
  const n = count();
  const items = [];
  for (let i = 0; i < n; i++) items.push(read());
  return items;
}

function sentences() {
  const n = count();
  const items = [];
  for (let i = 0; i < n; i++) items.push(sentence());
  return items;
}

function entities() {
  const n = count();
  const items = [];
  for (let i = 0; i < n; i++) items.push(entity());
  return items;
}

function mentions() {
  const n = count();
  const items = [];
  for (let i = 0; i < n; i++) items.push(mention());
  return items;
}

function keyphrases() {
  const n = count();
  const items = [];
  for (let i = 0; i < n; i++) items.push(keyphrase());
  return items;
}

function keyphraseMentions() {
  const n = count();
  const items = [];
  for (let i = 0; i < n; i++) items.push(keyphraseMention());
  return items;
}

const analysis = () => ({
  stats: stats(),
  readability: readability(),
  sentences: sentences(),
  paragraphs: list(paragraph),
  repeatedLines: list(repeatedLine),
  boilerplateLines: list(boilerplateLine),
  entities: entities(),
  keywords: keyphrases(),
});

const stats = () => ({
  characters: count(),
  letters: count(),
  words: count(),
  sentences: count(),
  paragraphs: count(),
  repeatedLines: count(),
  boilerplateLines: count(),
  syllables: count(),
  polysyllabicWords: count(),
  complexWords: count(),
  longWords: count(),
  avgWordsPerSentence: float(),
  avgSyllablesPerWord: float(),
  avgLettersPerWord: float(),
  readingTimeSeconds: float(),
  speakingTimeSeconds: float(),
});

const readability = () => ({
  fleschReadingEase: float(),
  fleschKincaidGrade: float(),
  gunningFog: float(),
  smog: float(),
  colemanLiau: float(),
  automatedReadabilityIndex: float(),
  consensusGrade: float(),
  notes: list(note),
});

const note = () => ({ formula: string(), message: string() });

const sentence = () => ({
  start: count(),
  end: count(),
  paragraph: count(),
  words: count(),
  syllables: count(),
  letters: count(),
  complexWords: count(),
  grade: float(),
  long: count() !== 0,
  difficulty: name(DIFFICULTIES),
});

const paragraph = () => ({ start: count(), end: count(), repeatOf: float() });

const repeatedLine = () => ({ start: count(), end: count(), originalStart: count(), originalEnd: count() });

const boilerplateLine = () => ({ start: count(), end: count(), kind: name(BOILERPLATE_KINDS) });

const entity = () => ({
  name: string(),
  type: name(ENTITY_TYPES),
  role: optionalString(),
  count: count(),
  salience: float(),
  mentions: mentions(),
});

const mention = () => ({ start: count(), end: count(), text: string() });

const keyphrase = () => ({ phrase: string(), score: float(), count: count(), mentions: keyphraseMentions() });

const keyphraseMention = () => ({ start: count(), end: count() });
