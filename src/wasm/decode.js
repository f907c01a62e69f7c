// Rebuilds the result of an analysis from the tape that src/tape.rs wrote
// (the format is described there): the same plain object that JSON.parse
// would make of the same value as JSON, at a fraction of the cost. It is
// called from src/wasm.rs while the result is still in wasm memory.

const NULL = 0;
const FALSE = 1;
const TRUE = 2;
const NUMBER = 3;
const STRING = 4;
const ARRAY = 5;
const OBJECT = 6;
const MAP = 7;

// The key arrays of the shapes sent so far. The wasm instance this copy of
// the file serves sends them only when it has learnt a new one (always on
// its first call), and an empty string otherwise.
let shapeKeys = [];
// For each of those shapes, its reader from READERS, or undefined.
let shapeReaders = [];

// Readers that build the objects of an analysis as object literals. An
// object built key by key from a list (the generic path below) costs V8 a
// keyed store and a map transition per key; a literal with the same keys in
// the same order is the same object, made about two and a half times as
// fast (measured on the tapes of the benchmark corpus), and the decoder was
// several per cent of a call. A reader is used for a shape only when its
// keys, found by running it once (`keysOf`), are exactly the shape's keys
// in the same order, so a struct that changes in Rust falls back to the
// generic path: slower, never wrong. Each reads its values with `v`.
const READERS = [
  (v) => ({ stats: v(), readability: v(), sentences: v(), paragraphs: v(), repeatedLines: v(), entities: v(), keywords: v() }),
  (v) => ({
    characters: v(), letters: v(), words: v(), sentences: v(), paragraphs: v(), repeatedLines: v(), syllables: v(),
    polysyllabicWords: v(), complexWords: v(), longWords: v(), avgWordsPerSentence: v(), avgSyllablesPerWord: v(),
    avgLettersPerWord: v(), readingTimeSeconds: v(), speakingTimeSeconds: v(),
  }),
  (v) => ({
    fleschReadingEase: v(), fleschKincaidGrade: v(), gunningFog: v(), smog: v(), colemanLiau: v(),
    automatedReadabilityIndex: v(), consensusGrade: v(), notes: v(),
  }),
  (v) => ({ formula: v(), message: v() }),
  (v) => ({
    start: v(), end: v(), paragraph: v(), words: v(), syllables: v(), letters: v(), complexWords: v(), grade: v(),
    long: v(), difficulty: v(),
  }),
  (v) => ({ start: v(), end: v(), repeatOf: v() }),
  (v) => ({ start: v(), end: v(), originalStart: v(), originalEnd: v() }),
  (v) => ({ name: v(), type: v(), role: v(), count: v(), salience: v(), mentions: v() }),
  (v) => ({ start: v(), end: v(), text: v() }),
  (v) => ({ phrase: v(), score: v(), count: v(), mentions: v() }),
  (v) => ({ start: v(), end: v() }),
];

/** The keys of the objects `reader` makes, in order, as one string. */
function keysOf(reader) {
  return JSON.stringify(Object.keys(reader(() => null)));
}

const readerByKeys = new Map(READERS.map((reader) => [keysOf(reader), reader]));

// The value being read: its tape, its strings, and the read positions.
// Module state rather than variables captured by closures made per call:
// measured about 10% faster in V8 (the decoder is a few per cent of a call).
let tape = null;
let strings = '';
let at = 0; // next number on the tape
let from = 0; // next unit of the strings

/**
 * @param {Float64Array} tapeView a view of wasm memory, read before returning
 * @param {string} allStrings every string of the value, one after another
 * @param {string} shapes a JSON array of the key arrays of OBJECTs, or ''
 *   when they are those of the last call that sent them
 */
export function decode(tapeView, allStrings, shapes) {
  if (shapes !== '') {
    shapeKeys = JSON.parse(shapes);
    shapeReaders = shapeKeys.map((keys) => readerByKeys.get(JSON.stringify(keys)));
  }
  tape = tapeView;
  strings = allStrings;
  at = 0;
  from = 0;
  try {
    const result = value();
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

function string() {
  const end = from + tape[at++];
  const s = strings.slice(from, end);
  from = end;
  return s;
}

function value() {
  switch (tape[at++]) {
    case NUMBER:
      return tape[at++];
    case STRING:
      return string();
    case OBJECT: {
      const shape = tape[at++];
      const reader = shapeReaders[shape];
      if (reader !== undefined) return reader(value);
      const names = shapeKeys[shape];
      const object = {};
      for (let i = 0; i < names.length; i++) object[names[i]] = value();
      return object;
    }
    case ARRAY: {
      const n = tape[at++];
      const array = [];
      for (let i = 0; i < n; i++) array.push(value());
      return array;
    }
    case NULL:
      return null;
    case FALSE:
      return false;
    case TRUE:
      return true;
    case MAP: {
      const n = tape[at++];
      const object = {};
      for (let i = 0; i < n; i++) {
        at++; // the key's STRING tag
        const key = string();
        // As JSON.parse does: "__proto__" is an own key, not the prototype.
        if (key === '__proto__') {
          Object.defineProperty(object, key, { value: value(), enumerable: true, writable: true, configurable: true });
        } else {
          object[key] = value();
        }
      }
      return object;
    }
    default:
      throw new Error(`lede: corrupt result tape at ${at - 1}`);
  }
}
