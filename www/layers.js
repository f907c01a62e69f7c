// Highlight layers: what the view shades, and the legend that explains and
// toggles it. A layer is
//   { id, label, detail(options), count(analysis), section, optional, off }
// and turning it off adds `hide-<id>` to the view (pure CSS, no re-render).
// `optional` layers leave the legend while they have nothing to show; `off`
// ones start unchecked. A source turns an Analysis into highlight ranges
// (see highlight.js).
//
// Sentences are shaded (background), entity mentions are tinted chips with a
// bar in their type's colour (background-image and an inset shadow, so they
// combine with the shading), keyphrases get a dotted underline (a border),
// and the mentions of the entity or keyphrase picked in a panel are solid
// chips (`is-selected`).

import { h } from './dom.js';
import { ENTITY_GROUPS, entityGroup, entityTitle } from './entities.js';
import { excerpt, formatInt, formatScore, plural } from './format.js';

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

const FURNITURE_WORDS = {
  byline: 'a byline',
  credit: 'a credit',
  timestamp: 'a timestamp',
  link: 'a link to another page',
  label: 'a label or button of the page',
};

/** Lines of page furniture: struck through, with what they are. */
function boilerplateRanges(analysis) {
  return (analysis.boilerplateLines ?? []).map((b) => ({
    start: b.start,
    end: b.end,
    classes: ['boilerplate'],
    title: `Page furniture (${FURNITURE_WORDS[b.kind] ?? b.kind}): left out of the counts`,
    select: [b.start, b.end],
  }));
}

/** Entity mentions: a chip in the colour of the type's group. */
function entityRanges(analysis) {
  return (analysis.entities ?? []).flatMap((e) => {
    const classes = ['entity', `entity-${entityGroup(e.type).id}`];
    const title = entityTitle(e);
    return e.mentions.map((m) => ({ start: m.start, end: m.end, classes, title }));
  });
}

/** Keyphrase mentions: a dotted underline (its layer starts off). */
function keywordRanges(analysis) {
  return (analysis.keywords ?? []).flatMap((k) => {
    const title = `Keyphrase: ${k.phrase}`;
    return k.mentions.map((m) => ({ start: m.start, end: m.end, classes: ['keyword'], title }));
  });
}

export const sources = [sentenceRanges, repeatedRanges, boilerplateRanges, entityRanges, keywordRanges];

/**
 * The mentions of the entity or keyphrase picked in a panel, numbered in
 * `data-mention` (a mention cut by another highlight spans several
 * elements with the same number).
 * @param {{kind: 'entity'|'keyword', item: object} | null} picked
 */
export function selectionRanges(picked) {
  if (!picked) return [];
  const tone = picked.kind === 'entity' ? `selected-${entityGroup(picked.item.type).id}` : 'selected-keyword';
  return picked.item.mentions.map((m, i) => ({
    start: m.start,
    end: m.end,
    classes: ['is-selected', tone],
    data: { mention: String(i) },
  }));
}

export function rangesFor(analysis, text, picked = null) {
  return [...sources.flatMap((source) => source(analysis, text)), ...selectionRanges(picked)];
}

const mentionsOf = (items) => items.reduce((n, x) => n + x.mentions.length, 0);

/**
 * @typedef {object} Layer
 * @property {string} id          the view gets `hide-<id>` while it is off
 * @property {string} label
 * @property {string} [name]      for the tooltip, when the label is not a name
 * @property {(options: object) => string} [detail]  the threshold, in words
 * @property {(analysis: object) => number} count
 * @property {string} [section]   the legend row: 'sentences' (default) or 'entities'
 * @property {string} [home]      a place of its own for the toggle (see mountLegend)
 * @property {boolean} [optional] out of the legend while count is 0
 * @property {boolean} [off]      starts unchecked
 * @property {string} [unit]      what count counts, for the tooltip ("mention")
 */

/** @type {Layer[]} */
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
    label: 'Repeated',
    detail: () => 'not counted',
    count: (a) => a.repeatedLines.length,
  },
  {
    id: 'boilerplate',
    label: 'Furniture',
    name: 'Page furniture',
    detail: () => 'not counted',
    count: (a) => (a.boilerplateLines ?? []).length,
    optional: true,
  },
  ...ENTITY_GROUPS.map((g) => ({
    id: `entity-${g.id}`,
    label: g.short,
    section: 'entities',
    optional: true,
    unit: 'mention',
    count: (a) => mentionsOf((a.entities ?? []).filter((e) => entityGroup(e.type) === g)),
  })),
  {
    id: 'keyword',
    label: 'Mark in text',
    name: 'Keyphrases',
    home: 'keywords', // its toggle sits in the Keyphrases panel
    optional: true,
    off: true,
    unit: 'mention',
    count: (a) => (a.keywords ? mentionsOf(a.keywords) : 0),
  },
];

const SECTIONS = { sentences: 'Sentences', entities: 'Who & what' };

/**
 * Builds the legend once (a checkbox per layer, toggling the view; the
 * layers in labelled rows, or in `homes[layer.home]` for a layer whose
 * toggle belongs elsewhere) and returns update(analysis, options) to
 * refresh its counts and details.
 */
export function mountLegend(legend, view, homes = {}) {
  const rowsBySection = new Map();
  const sectionOf = (id) => {
    if (!rowsBySection.has(id)) {
      const row = h('div', { class: ['legend-row', `legend-row-${id}`], role: 'group', 'aria-label': SECTIONS[id] },
        h('span', { class: 'legend-heading', 'aria-hidden': 'true' }, SECTIONS[id]));
      legend.append(row);
      rowsBySection.set(id, row);
    }
    return rowsBySection.get(id);
  };
  const rows = layers.map((layer) => {
    const on = !layer.off;
    const input = h('input', { type: 'checkbox', checked: on, dataset: { layer: layer.id } });
    input.checked = on;
    view.classList.toggle(`hide-${layer.id}`, !on);
    input.addEventListener('change', () => view.classList.toggle(`hide-${layer.id}`, !input.checked));
    // Entity layers keep their mention counts for screen readers and the
    // tooltip: the Entities panel beside the text shows the numbers.
    const count = h('span', { class: ['legend-count', layer.unit && 'visually-hidden'], dataset: { count: layer.id } }, '–');
    const detail = layer.detail ? h('span', { class: 'legend-detail' }) : null;
    const label = h('label', { class: ['legend-item', `legend-${layer.id}`], hidden: layer.optional },
      input,
      h('span', { class: ['swatch', `swatch-${layer.id}`], 'aria-hidden': 'true' }),
      h('span', { class: 'legend-label' }, layer.label),
      detail,
      count);
    (homes[layer.home] ?? sectionOf(layer.section ?? 'sentences')).append(label);
    return { layer, label, count, detail };
  });
  return (analysis, options) => {
    for (const { layer, label, count, detail } of rows) {
      const n = layer.count(analysis);
      count.textContent = layer.unit ? ` (${plural(n, layer.unit)})` : formatInt(n);
      count.dataset.value = String(n);
      if (layer.unit) label.title = `${layer.name ?? layer.label}: ${plural(n, layer.unit)} in the text`;
      if (detail) {
        detail.textContent = options ? layer.detail(options) : '';
        label.title = detail.textContent ? `${layer.label}: ${detail.textContent}` : '';
      }
      if (layer.optional) label.hidden = n === 0;
    }
    for (const row of rowsBySection.values()) {
      row.hidden = [...row.querySelectorAll('.legend-item')].every((item) => item.hidden);
    }
  };
}
