// The "who and what" panels: the entities, grouped by type (names first),
// and the keyphrases. Every entry is a button; pressing one asks the page to
// pick it (highlight all its mentions), pressing it again to drop it.
// Built with h(): names and phrases from the text go in as text nodes only.

import { h } from './dom.js';
import { entityKey, groupEntities, keywordKey, typeName } from './entities.js';
import { formatInt, plural } from './format.js';

const clamp01 = (x) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);
const percent = (x) => `${Math.round(clamp01(x) * 100)}%`;

/** The number of mentions, read as "5 mentions". */
function countOf(n) {
  return h('span', { class: 'item-count' },
    formatInt(n), h('span', { class: 'visually-hidden' }, n === 1 ? ' mention' : ' mentions'));
}

/** A small bar for a 0..1 score. Decorative: the order says the same. */
function meterOf(value) {
  return h('meter', { class: 'item-meter', min: '0', max: '1', value: String(clamp01(value)), 'aria-hidden': 'true' });
}

function entityButton(e, key) {
  return h('button', {
    type: 'button',
    class: 'item',
    'aria-pressed': 'false',
    'aria-controls': 'view',
    dataset: { key, type: e.type },
    title: `${typeName(e.type)} · salience ${percent(e.salience)} · ${plural(e.mentions.length, 'mention')}: press to find them in the text`,
  },
  h('span', { class: 'item-text' },
    h('span', { class: 'item-name' }, e.name),
    e.role ? h('span', { class: 'item-role' }, e.role) : null),
  countOf(e.mentions.length),
  meterOf(e.salience));
}

function keywordButton(k, key) {
  return h('button', {
    type: 'button',
    class: 'item',
    'aria-pressed': 'false',
    'aria-controls': 'view',
    dataset: { key },
    title: `Score ${clamp01(k.score).toFixed(2)} of 1 · ${plural(k.mentions.length, 'mention')}: press to find them in the text`,
  },
  h('span', { class: 'item-text' }, h('span', { class: 'item-name' }, k.phrase)),
  countOf(k.mentions.length),
  meterOf(k.score));
}

/**
 * @param {object} els  { entities, entitiesCount, keywords, keywordsPane }
 * @param {(pick: {kind: 'entity'|'keyword', key: string, item: object}) => void} onPick
 * @returns {{ update(analysis: object, pickedKey?: string|null): void, mark(pickedKey: string|null): void,
 *   find(key: string): ({kind: string, key: string, item: object} | null) }}
 *   (find looks in the analysis of the last update)
 */
export function mountInsights(els, onPick) {
  let byKey = new Map();

  for (const root of [els.entities, els.keywords]) {
    root.addEventListener('click', (e) => {
      const button = e.target instanceof Element ? e.target.closest('button[data-key]') : null;
      const pick = button && byKey.get(button.dataset.key);
      if (pick) onPick(pick);
    });
  }

  function mark(pickedKey) {
    for (const b of [...els.entities.querySelectorAll('button[data-key]'), ...els.keywords.querySelectorAll('button[data-key]')]) {
      const on = b.dataset.key === pickedKey;
      b.setAttribute('aria-pressed', String(on));
    }
  }

  function index(analysis) {
    const map = new Map();
    for (const e of analysis.entities ?? []) {
      const key = entityKey(e);
      if (!map.has(key)) map.set(key, { kind: 'entity', key, item: e });
    }
    for (const k of analysis.keywords ?? []) {
      const key = keywordKey(k);
      if (!map.has(key)) map.set(key, { kind: 'keyword', key, item: k });
    }
    return map;
  }

  function update(analysis, pickedKey = null) {
    byKey = index(analysis);

    const entities = analysis.entities ?? [];
    const groups = groupEntities(entities).map(({ group, entities: list }) => {
      const headingId = `entity-group-${group.id}`;
      return h('section', { class: ['entity-group', `entity-${group.id}`], dataset: { group: group.id }, 'aria-labelledby': headingId },
        h('h3', { class: 'group-heading', id: headingId },
          h('span', { class: ['swatch', 'swatch-entity'], 'aria-hidden': 'true' }),
          h('span', { class: 'group-label' }, group.label),
          h('span', { class: 'group-count', 'aria-label': plural(list.length, 'entry', 'entries') }, formatInt(list.length))),
        h('ul', { class: 'item-list' }, list.map((e) => h('li', {}, entityButton(e, entityKey(e))))));
    });
    els.entities.replaceChildren(...(groups.length ? groups
      : [h('p', { class: 'panel-empty' }, 'No names, places, dates or amounts found yet.')]));
    els.entitiesCount.textContent = entities.length ? plural(entities.length, 'entity', 'entities') : '';

    // Keyphrases: a newer core adds them; without them the panel stays away.
    const keywords = analysis.keywords;
    els.keywordsPane.hidden = !Array.isArray(keywords);
    if (Array.isArray(keywords)) {
      els.keywords.replaceChildren(...(keywords.length
        ? [h('ol', { class: 'item-list' }, keywords.map((k) => h('li', {}, keywordButton(k, keywordKey(k)))))]
        : [h('p', { class: 'panel-empty' }, 'No keyphrases found yet.')]));
    } else {
      els.keywords.replaceChildren();
    }
    mark(pickedKey);
  }

  return { update, mark, find: (key) => byKey.get(key) ?? null };
}
