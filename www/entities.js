// Entity types as readers know them. The analysis labels entities with the
// OntoNotes types (PERSON, ORG, GPE, ...); the page groups them the way an
// editor thinks: names first (who, which organisations, where, which
// groups), then events and laws, then the numbers. Pure data and functions,
// no DOM, so Node can test them too.

/**
 * @typedef {object} EntityGroup
 * @property {string} id      CSS-friendly: classes `entity-<id>`, layer `entity-<id>`
 * @property {string} label   the group's heading ("People")
 * @property {string} short   a short label for the legend ("People")
 * @property {string[]} types the OntoNotes types it gathers
 */

/** @type {EntityGroup[]} in the order the page lists them */
export const ENTITY_GROUPS = [
  { id: 'person', label: 'People', short: 'People', types: ['PERSON'] },
  { id: 'org', label: 'Organisations', short: 'Organisations', types: ['ORG'] },
  { id: 'place', label: 'Places', short: 'Places', types: ['GPE', 'LOC', 'FAC'] },
  { id: 'norp', label: 'Groups and nationalities', short: 'Groups', types: ['NORP'] },
  { id: 'event', label: 'Events and laws', short: 'Events', types: ['EVENT', 'LAW'] },
  { id: 'date', label: 'Dates and times', short: 'Dates', types: ['DATE', 'TIME'] },
  { id: 'money', label: 'Money', short: 'Money', types: ['MONEY'] },
  { id: 'percent', label: 'Percentages', short: 'Percentages', types: ['PERCENT'] },
  { id: 'quantity', label: 'Quantities', short: 'Quantities', types: ['QUANTITY'] },
];

/** Where a type the page does not know yet goes (a newer core may add one). */
export const OTHER_GROUP = { id: 'other', label: 'Other', short: 'Other', types: [] };

const BY_TYPE = new Map(ENTITY_GROUPS.flatMap((g) => g.types.map((t) => [t, g])));

/** The group of an OntoNotes type: 'GPE' -> Places. */
export function entityGroup(type) {
  return BY_TYPE.get(type) ?? OTHER_GROUP;
}

/** What a type means, in words (shown on hover). */
const TYPE_NAMES = {
  PERSON: 'Person',
  ORG: 'Organisation',
  GPE: 'Place (country, city or state)',
  LOC: 'Place (region or natural feature)',
  FAC: 'Place (building or facility)',
  NORP: 'Nationality or group',
  EVENT: 'Event',
  LAW: 'Law or document',
  DATE: 'Date',
  TIME: 'Time',
  MONEY: 'Money',
  PERCENT: 'Percentage',
  QUANTITY: 'Quantity',
};

export function typeName(type) {
  return TYPE_NAMES[type] ?? String(type);
}

/** The hover text of a mention: "Person: Vladimir Putin (Russian President)". */
export function entityTitle(entity) {
  const role = entity.role ? ` (${entity.role})` : '';
  return `${typeName(entity.type)}: ${entity.name}${role}`;
}

/**
 * The entities in page order: [{ group, entities }] for the groups that
 * have any, each group's entities by salience (highest first).
 */
export function groupEntities(entities = []) {
  const buckets = new Map();
  for (const e of entities) {
    const g = entityGroup(e.type);
    if (!buckets.has(g)) buckets.set(g, []);
    buckets.get(g).push(e);
  }
  return [...ENTITY_GROUPS, OTHER_GROUP]
    .filter((g) => buckets.has(g))
    .map((group) => ({
      group,
      // Stable: ties keep the analysis's order.
      entities: buckets.get(group).map((e, i) => [e, i])
        .sort(([a, i], [b, j]) => (b.salience ?? 0) - (a.salience ?? 0) || i - j)
        .map(([e]) => e),
    }));
}

/** The key that finds the same entity (or keyphrase) in a newer analysis. */
export const entityKey = (e) => `entity\u0000${e.type}\u0000${e.name}`;
export const keywordKey = (k) => `keyword\u0000${k.phrase}`;
