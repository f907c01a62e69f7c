// Highlight layers: what the view shades, and the legend that explains and
// toggles it. A layer is
//   { id, label, detail(options), swatch, count(analysis) }
// and turning it off adds `hide-<id>` to the view (pure CSS, no re-render).
// A source turns an Analysis into highlight ranges (see highlight.js).
//
// Later capabilities slot in here: entities become a source giving each
// mention the classes ['entity', `entity-${type}`] and one layer per type;
// keywords a source with ['keyword'] and one layer. Nothing else changes.

import { h } from './dom.js';
import { excerpt, formatInt, formatScore } from './format.js';

const DIFFICULTY_WORDS = { ok: '', hard: 'hard to read', veryHard: 'very hard to read' };

/** One range per sentence: shaded by difficulty, underlined when long. */
function sentenceRanges(analysis) {
  return analysis.sentences.map((s) => {
    const parts = [`Grade ${formatScore(s.grade)}`, `${formatInt(s.words)} ${s.words === 1 ? 'word' : 'words'}`];
    if (s.difficulty !== 'ok') parts.push(DIFFICULTY_WORDS[s.difficulty]);
    if (s.long) parts.push('long');
    return {
      start: s.start,
      end: s.end,
      classes: ['sentence', s.difficulty === 'veryHard' ? 'is-very-hard' : s.difficulty === 'hard' ? 'is-hard' : '', s.long ? 'is-long' : ''].filter(Boolean),
      title: parts.join(' · '),
      select: [s.start, s.end],
    };
  });
}

/** Repeated lines: struck through, with where they first appeared. */
function repeatedRanges(analysis, text) {
  return analysis.repeatedLines.map((r) => ({
    start: r.start,
    end: r.end,
    classes: ['repeated'],
    title: `Repeats “${excerpt(text.slice(r.originalStart, r.originalEnd))}”: left out of the counts`,
    select: [r.start, r.end],
  }));
}

export const sources = [sentenceRanges, repeatedRanges];

export function rangesFor(analysis, text) {
  return sources.flatMap((source) => source(analysis, text));
}

export const layers = [
  {
    id: 'very-hard',
    label: 'Very hard',
    detail: (o) => `grade ${o.veryHardGrade}+`,
    count: (a) => a.sentences.filter((s) => s.difficulty === 'veryHard').length,
  },
  {
    id: 'hard',
    label: 'Hard',
    detail: (o) => `grade ${o.hardGrade}+`,
    count: (a) => a.sentences.filter((s) => s.difficulty === 'hard').length,
  },
  {
    id: 'long',
    label: 'Long',
    detail: (o) => `over ${o.longSentenceWords} words`,
    count: (a) => a.sentences.filter((s) => s.long).length,
  },
  {
    id: 'repeated',
    label: 'Repeated line',
    detail: () => 'not counted',
    count: (a) => a.repeatedLines.length,
  },
];

/**
 * Builds the legend once (a checkbox per layer, toggling the view) and
 * returns update(analysis, options) to refresh its counts and details.
 */
export function mountLegend(legend, view) {
  const rows = layers.map((layer) => {
    const input = h('input', { type: 'checkbox', checked: true, dataset: { layer: layer.id } });
    input.checked = true;
    input.addEventListener('change', () => view.classList.toggle(`hide-${layer.id}`, !input.checked));
    const count = h('span', { class: 'legend-count', dataset: { count: layer.id } }, '–');
    const detail = h('span', { class: 'legend-detail' });
    const label = h('label', { class: ['legend-item', `legend-${layer.id}`] },
      input,
      h('span', { class: ['swatch', `swatch-${layer.id}`], 'aria-hidden': 'true' }),
      h('span', { class: 'legend-label' }, layer.label),
      detail,
      count);
    legend.append(label);
    return { layer, count, detail };
  });
  return (analysis, options) => {
    for (const { layer, count, detail } of rows) {
      const n = layer.count(analysis);
      count.textContent = formatInt(n);
      count.dataset.value = String(n);
      detail.textContent = options ? layer.detail(options) : '';
    }
  };
}
