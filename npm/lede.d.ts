// Types of the npm package `lede`. Hand-written to follow the Rust result
// types (src/analysis.rs, src/stats/mod.rs, src/stats/readability.rs):
// when a field is added there, add it here. Keys are camelCase; a Rust
// `Option` is `null` when absent, never `undefined`.
//
// Offsets: every `start`/`end` is in UTF-16 code units of the string passed
// to `analyze`, so `text.slice(start, end)` is the span, with emoji and
// accents too. (The Rust API and the CLI use UTF-8 byte offsets instead.)

/**
 * What `analyze` can be told. Every field is optional; `defaultOptions()`
 * returns the values used for missing ones. Unknown fields and wrong types
 * are a `TypeError`, so a misspelt option never silently does nothing.
 */
export interface Options {
  /**
   * Texts longer than this many UTF-8 bytes are refused with a `RangeError`
   * rather than exhausting memory.
   * @defaultValue 33554432 (32 MiB)
   */
  maxInputBytes?: number;
  /**
   * A sentence with more words than this is flagged `long`.
   * @defaultValue 25
   */
  longSentenceWords?: number;
  /**
   * A sentence whose grade is at least this is `'hard'`.
   * @defaultValue 12
   */
  hardGrade?: number;
  /**
   * A sentence whose grade is at least this is `'veryHard'`.
   * @defaultValue 16
   */
  veryHardGrade?: number;
  /**
   * Silent reading speed, for `readingTimeSeconds` (Brysbaert 2019: 238
   * words per minute for non-fiction). Must be positive.
   * @defaultValue 238
   */
  readingWordsPerMinute?: number;
  /**
   * Speaking speed, for `speakingTimeSeconds` (Brysbaert 2019: 183 words
   * per minute read aloud). Must be positive.
   * @defaultValue 183
   */
  speakingWordsPerMinute?: number;
  /**
   * How many keyphrases to return (0 for none).
   * @defaultValue 10
   */
  maxKeywords?: number;
  /**
   * Analyse lines of page furniture (ad labels, share buttons, bylines,
   * photo credits: see `Analysis.boilerplateLines`) as prose instead of
   * leaving them out.
   * @defaultValue false
   */
  keepBoilerplate?: boolean;
}

/**
 * Whole-text counts. `characters` covers the whole input; every other count
 * covers only the analysed sentences (repeated lines and page furniture
 * are left out).
 */
export interface Stats {
  /** Unicode scalar values (code points) in the whole input. */
  characters: number;
  /** Letters and digits inside words (what Coleman-Liau and ARI count). */
  letters: number;
  words: number;
  sentences: number;
  /** Paragraphs with a line that is analysed (not a repeat, not furniture). */
  paragraphs: number;
  /** Lines left out because they repeat an earlier line. */
  repeatedLines: number;
  /** Lines left out as page furniture (see `Analysis.boilerplateLines`). */
  boilerplateLines: number;
  syllables: number;
  /** Words of three or more syllables (SMOG's polysyllables). */
  polysyllabicWords: number;
  /**
   * Gunning's complex words: three or more syllables, not counting
   * capitalised names, hyphenated compounds, or words that reach three
   * syllables only through an -es, -ed or -ing ending.
   */
  complexWords: number;
  /** Words of seven or more letters. */
  longWords: number;
  avgWordsPerSentence: number;
  avgSyllablesPerWord: number;
  avgLettersPerWord: number;
  /** At `Options.readingWordsPerMinute`. */
  readingTimeSeconds: number;
  /** At `Options.speakingWordsPerMinute`. */
  speakingTimeSeconds: number;
}

/** The names of the scores in {@link Readability}. */
export type ReadabilityScore =
  | 'fleschReadingEase'
  | 'fleschKincaidGrade'
  | 'gunningFog'
  | 'smog'
  | 'colemanLiau'
  | 'automatedReadabilityIndex'
  | 'consensusGrade';

/** A caution about one score, or about all of them. */
export interface ReadabilityNote {
  /** The score it concerns, or `'all'`. */
  formula: ReadabilityScore | 'all';
  /** A sentence for people, e.g. "SMOG needs at least 30 sentences; ...". */
  message: string;
}

/**
 * Readability scores, each formula exactly as published. Grades are US
 * school grades. A score is `null` when the text is too short for its
 * formula (fewer than 10 words for all of them; fewer than 30 sentences for
 * SMOG), and a note in `notes` says why.
 */
export interface Readability {
  /** Flesch (1948): about 0-100 for ordinary prose, higher is easier. */
  fleschReadingEase: number | null;
  /** Flesch-Kincaid grade (Kincaid et al. 1975). */
  fleschKincaidGrade: number | null;
  /** Gunning fog index (Gunning 1952). */
  gunningFog: number | null;
  /** SMOG grade (McLaughlin 1969); needs 30 sentences or more. */
  smog: number | null;
  /** Coleman-Liau index (Coleman and Liau 1975). */
  colemanLiau: number | null;
  /** Automated readability index (Smith and Senter 1967). */
  automatedReadabilityIndex: number | null;
  /** The median of the grade scores that could be computed. */
  consensusGrade: number | null;
  notes: ReadabilityNote[];
}

/** How hard one sentence reads, from its grade and the options. */
export type Difficulty = 'ok' | 'hard' | 'veryHard';

/** Statistics of one sentence. */
export interface SentenceStats {
  /** UTF-16 offset of the first character: `text.slice(start, end)`. */
  start: number;
  /** UTF-16 offset just past the last character. */
  end: number;
  /** Index in {@link Analysis.paragraphs} of the paragraph it is in. */
  paragraph: number;
  words: number;
  syllables: number;
  letters: number;
  complexWords: number;
  /** Flesch-Kincaid grade of the sentence on its own. */
  grade: number;
  /** More words than `Options.longSentenceWords`. */
  long: boolean;
  difficulty: Difficulty;
}

/**
 * A block of text between blank lines (or a line, when the text has no
 * blank lines at all).
 */
export interface Paragraph {
  start: number;
  end: number;
  /**
   * When every line of this paragraph repeats an earlier line (scraped
   * pages often repeat the headline): the index in `paragraphs` of the
   * first occurrence. Such paragraphs have no sentences and no counts.
   */
  repeatOf: number | null;
}

/** A line left out of `sentences` and of every count because it came before. */
export interface RepeatedLine {
  start: number;
  end: number;
  /** Where the line first appeared. */
  originalStart: number;
  originalEnd: number;
}

/**
 * What a line of page furniture is: a byline ("By Jane Smith", "Reporting
 * by ..."), a picture's or the page's credit ("Photo: ...", "Getty Images",
 * "© 2026 ..."), a timestamp ("Updated 2 hours ago", "5 min read"), a link
 * ("Read more: ...", "Topics: ...") or a label or button of the page
 * ("Advertisement", "Share this article", "Follow us on Instagram").
 */
export type BoilerplateKind = 'byline' | 'credit' | 'timestamp' | 'link' | 'label';

/**
 * A line left out of `sentences`, of the entities and keyphrases and of
 * every count, because the whole line is page furniture copied along with
 * the story. `keepBoilerplate: true` analyses such lines as prose.
 */
export interface BoilerplateLine {
  start: number;
  end: number;
  kind: BoilerplateKind;
}

/**
 * OntoNotes entity labels, as spaCy users know them: people, organisations,
 * countries/cities/states (GPE), other locations, nationalities and
 * religious or political groups (NORP), facilities, events, laws, and
 * values (dates, times, money, percentages, quantities).
 */
export type EntityType =
  | 'PERSON'
  | 'ORG'
  | 'GPE'
  | 'LOC'
  | 'NORP'
  | 'FAC'
  | 'EVENT'
  | 'LAW'
  | 'DATE'
  | 'TIME'
  | 'MONEY'
  | 'PERCENT'
  | 'QUANTITY';

/** One mention of an entity in the text. */
export interface Mention {
  /** UTF-16 offset: `text.slice(start, end) === mention.text`. */
  start: number;
  end: number;
  /** The words as written. */
  text: string;
}

/**
 * One real-world entity with all its mentions: "Vladimir Putin", "Putin"
 * and "President Putin" are one PERSON with three mentions.
 */
export interface Entity {
  /** The fullest form used in the text ("Vladimir Putin"). */
  name: string;
  type: EntityType;
  /** The role the text gives ("Russian President"), if any. */
  role: string | null;
  /** How many times it is mentioned. */
  count: number;
  /** How central it is to the article, 0..1 (1 for the most salient). */
  salience: number;
  mentions: Mention[];
}

/** Where a keyphrase occurs (UTF-16 offsets, like every offset in JS). */
export interface KeyphraseMention {
  start: number;
  end: number;
}

/**
 * A keyphrase: what the article is about, as an editor would tag it.
 * Plural and singular, case and spelling variants are merged.
 */
export interface Keyphrase {
  /** The most frequent surface form ("strategic partnership"). */
  phrase: string;
  /** Importance, 0..1, higher is more important. */
  score: number;
  /** How many times it occurs. */
  count: number;
  mentions: KeyphraseMention[];
}

/** The result of {@link analyze}. */
export interface Analysis {
  stats: Stats;
  readability: Readability;
  sentences: SentenceStats[];
  paragraphs: Paragraph[];
  repeatedLines: RepeatedLine[];
  boilerplateLines: BoilerplateLine[];
  /** Named entities, most salient first. */
  entities: Entity[];
  /** Keyphrases, best first (at most `maxKeywords`). */
  keywords: Keyphrase[];
}

/**
 * Analyses the text of an article. Empty or whitespace-only text gives an
 * empty analysis.
 *
 * @throws {TypeError} when `text` is not a string, or `options` is not an
 *   object of known options with valid values.
 * @throws {RangeError} when the text is longer than `maxInputBytes`.
 *
 * @example
 * ```ts
 * import init, { analyze } from 'lede';
 * await init(); // needed in browsers; resolves at once in Node
 * const text = 'The committee met on Tuesday. It approved the budget.';
 * const { stats, sentences } = analyze(text);
 * stats.words; // 9
 * text.slice(sentences[0].start, sentences[0].end); // 'The committee met on Tuesday.'
 * ```
 */
export function analyze(text: string, options?: Options | null): Analysis;

/** The options `analyze` uses when given none. */
export function defaultOptions(): Required<Options>;

/** The version of the lede core in the wasm file, e.g. `'0.1.0'`. */
export function version(): string;

/** Where `init` can load the wasm file from. */
export type InitInput =
  | RequestInfo
  | URL
  | Response
  | BufferSource
  | WebAssembly.Module;

/** What `init` resolves to: the raw exports of the WebAssembly instance. */
export interface InitOutput {
  readonly memory: WebAssembly.Memory;
}

/**
 * Loads the WebAssembly module; call it once, and wait for it, before
 * anything else. With no argument it fetches `lede_bg.wasm` next to the
 * package's JavaScript (bundlers ship that file as an asset); pass
 * `{ module_or_path }` to load it from elsewhere. Calling it again does
 * nothing. In Node the module is loaded on import and this resolves at once.
 */
export default function init(input?: {
  module_or_path: InitInput | Promise<InitInput>;
}): Promise<InitOutput>;

/**
 * Like `init`, synchronously, from the bytes of `lede_bg.wasm` or a compiled
 * module (in a Web Worker, or where `fetch` is not available).
 */
export function initSync(input: {
  module: BufferSource | WebAssembly.Module;
}): InitOutput;

/**
 * Analyses off the main thread: each `Analyzer` owns one worker (a module
 * Web Worker in browsers and bundlers, a `worker_threads` Worker in Node),
 * started on the first call. Calls are queued and answered in order.
 *
 * - Errors keep their class: a bad `text` or option rejects with a
 *   `TypeError`, too long a text with a `RangeError`, with the same message
 *   as {@link analyze}.
 * - If the worker dies, the pending calls reject with an `Error` that says
 *   so, and the next call starts a fresh worker.
 * - The text and the result are copied between threads (structured clone).
 *
 * @example
 * ```ts
 * import { Analyzer } from 'lede';
 * const analyzer = new Analyzer({ maxKeywords: 5 });
 * const { stats } = await analyzer.analyze(text);
 * analyzer.terminate(); // when done
 * ```
 */
export class Analyzer {
  /**
   * @param options defaults for every call of this analyzer's `analyze`
   *   (the options passed to a call override them). Missing ones take the
   *   values of {@link defaultOptions}.
   */
  constructor(options?: Options | null);
  /**
   * Like {@link analyze}, in the worker. No `init()` is needed: the worker
   * loads the wasm itself.
   *
   * @returns the analysis; rejects with a `TypeError` or `RangeError` where
   *   `analyze` would throw one, or with an `Error` if the worker stopped or
   *   {@link Analyzer.terminate} was called first.
   */
  analyze(text: string, options?: Options | null): Promise<Analysis>;
  /**
   * Stops the worker and rejects every pending call. Calling `analyze`
   * afterwards starts a new worker.
   */
  terminate(): void;
}

/**
 * {@link analyze} off the main thread, on one shared {@link Analyzer} created
 * on the first call (its worker does not keep a Node process alive when
 * idle).
 *
 * @example
 * ```ts
 * import { analyzeAsync } from 'lede';
 * const { stats } = await analyzeAsync(text, { maxKeywords: 5 });
 * ```
 */
export function analyzeAsync(text: string, options?: Options | null): Promise<Analysis>;
