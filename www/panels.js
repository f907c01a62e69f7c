// The result panels. Each is render(root, analysis, text): it fills the
// static markup of index.html (elements with data-stat / data-meaning)
// with text only. A later capability adds a panel function here and a
// <section> in index.html.

import { h, setText } from './dom.js';
import {
  durationParts, easeLevel, easeMeaning, formatInt, formatScore,
  gradeBand, gradeLevel, gradeMeaning, plural,
} from './format.js';

const $ = (root, sel) => root.querySelector(sel);
const stat = (root, name) => $(root, `[data-stat="${name}"]`);
const meaning = (root, name) => $(root, `[data-meaning="${name}"]`);

function setLevel(el, level) {
  if (!el) return;
  el.classList.remove('level-good', 'level-fair', 'level-poor', 'level-none');
  el.classList.add(`level-${level}`);
}

/** "1 min 22 s" with the units set smaller than the numbers. */
function setDuration(el, seconds) {
  if (!el) return;
  const parts = durationParts(seconds);
  if (!parts.length) {
    setText(el, '–', null);
    return;
  }
  const nodes = [];
  parts.forEach(([n, unit], i) => {
    if (i) nodes.push(' ');
    nodes.push(formatInt(n), h('span', { class: 'unit' }, `\u2009${unit}`));
  });
  el.replaceChildren(...nodes);
  el.dataset.value = String(seconds);
}

/** The cards at the top: counts, times, the consensus grade. */
export function renderSummary(root, { stats, readability }) {
  setText(stat(root, 'words'), formatInt(stats.words), stats.words);
  setText(stat(root, 'sentences'), formatInt(stats.sentences), stats.sentences);
  setText(stat(root, 'avg-words-per-sentence'),
    stats.sentences ? `${formatScore(stats.avgWordsPerSentence)} words each` : '', stats.avgWordsPerSentence);
  setText(stat(root, 'paragraphs'), formatInt(stats.paragraphs), stats.paragraphs);
  setDuration(stat(root, 'reading-time'), stats.readingTimeSeconds);
  setDuration(stat(root, 'speaking-time'), stats.speakingTimeSeconds);
  setText(stat(root, 'repeated-lines'), formatInt(stats.repeatedLines), stats.repeatedLines);
  const furniture = stats.boilerplateLines ?? 0;
  setText(stat(root, 'boilerplate-lines'), formatInt(furniture), furniture);
  setText(stat(root, 'left-out-lines'), formatInt(stats.repeatedLines + furniture), stats.repeatedLines + furniture);

  const grade = readability.consensusGrade;
  const gradeEl = stat(root, 'consensus-grade');
  setText(gradeEl, Number.isFinite(grade) ? formatScore(grade) : '–', grade);
  setText(meaning(root, 'consensus-grade'), Number.isFinite(grade) ? gradeMeaning(grade) : 'Needs a few sentences of text');
  const card = gradeEl?.closest('.card');
  setLevel(card, gradeLevel(grade));
  const band = gradeBand(grade);
  for (const b of root.querySelectorAll('[data-band]')) b.classList.toggle('is-current', b.dataset.band === band);
}

const FORMULAS = [
  ['flesch-reading-ease', 'fleschReadingEase', 'ease'],
  ['flesch-kincaid-grade', 'fleschKincaidGrade', 'grade'],
  ['gunning-fog', 'gunningFog', 'grade'],
  ['smog', 'smog', 'grade'],
  ['coleman-liau', 'colemanLiau', 'grade'],
  ['automated-readability-index', 'automatedReadabilityIndex', 'grade'],
  ['consensus-grade-score', 'consensusGrade', 'grade'],
];

const FORMULA_NAMES = {
  fleschReadingEase: 'Flesch reading ease',
  fleschKincaidGrade: 'Flesch–Kincaid',
  gunningFog: 'Gunning fog',
  smog: 'SMOG',
  colemanLiau: 'Coleman–Liau',
  automatedReadabilityIndex: 'ARI',
  consensusGrade: 'Consensus',
  all: 'All scores',
};

const sentenceCase = (s) => s.charAt(0).toUpperCase() + s.slice(1);

function formulaName(key) {
  const camel = String(key).replace(/[-_](\w)/g, (_, c) => c.toUpperCase());
  return FORMULA_NAMES[camel] ?? FORMULA_NAMES[key] ?? String(key);
}

/** The table of formulas, the averages line and the notes. */
export function renderReadability(root, { stats, readability }) {
  const noteFor = (key) => readability.notes.find((n) => n.formula === key || formulaName(n.formula) === FORMULA_NAMES[key]);
  for (const [name, key, kind] of FORMULAS) {
    const value = readability[key];
    const cell = stat(root, name);
    setText(cell, formatScore(value), value);
    setLevel(cell, kind === 'ease' ? easeLevel(value) : gradeLevel(value));
    const why = Number.isFinite(value) ? null : noteFor(key) ?? noteFor('all');
    const words = Number.isFinite(value)
      ? (kind === 'ease' ? easeMeaning(value) : gradeMeaning(value))
      : why ? 'not given: see the note below' : 'not given for this text';
    const m = meaning(root, name);
    setText(m, words);
    m?.classList.toggle('is-missing', !Number.isFinite(value));
  }

  setText(stat(root, 'averages'), stats.words
    ? `${formatScore(stats.avgWordsPerSentence)} words per sentence · ${stats.avgSyllablesPerWord.toFixed(2)} syllables and ${formatScore(stats.avgLettersPerWord)} letters per word · ${plural(stats.complexWords, 'complex word')} (3+ syllables)`
    : 'No words yet.');

  const notes = $(root, '#notes');
  const items = readability.notes.map((n) =>
    h('li', { dataset: { formula: n.formula } }, h('span', { class: 'note-tag' }, formulaName(n.formula)), ' ', sentenceCase(n.message)));
  if (stats.repeatedLines > 0) {
    items.push(h('li', { dataset: { formula: 'repeated' } }, h('span', { class: 'note-tag' }, 'Repeated lines'), ' ',
      `${plural(stats.repeatedLines, 'line')} repeating an earlier line ${stats.repeatedLines === 1 ? 'is' : 'are'} struck through in the text and left out of every count.`));
  }
  if (stats.boilerplateLines > 0) {
    items.push(h('li', { dataset: { formula: 'boilerplate' } }, h('span', { class: 'note-tag' }, 'Page furniture'), ' ',
      `${plural(stats.boilerplateLines, 'line')} of the web page around the story (bylines, ad labels, share buttons, photo credits) ${stats.boilerplateLines === 1 ? 'is' : 'are'} struck through in the text and left out of every count. Tick “Analyse page furniture too” under Thresholds to read ${stats.boilerplateLines === 1 ? 'it' : 'them'} as prose.`));
  }
  notes.replaceChildren(...items);
  notes.hidden = items.length === 0;
}
