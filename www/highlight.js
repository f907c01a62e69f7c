// The highlighted view: the analysed text, cut into segments where any
// highlight starts or ends, each segment a <span> carrying the classes and
// titles of every range that covers it. Ranges may overlap freely (a
// sentence, an entity mention inside it, a keyword inside that), so a new
// kind of highlight is only a new list of ranges (see layers.js).
//
// Built with createElement and text nodes only: user text is never parsed
// as HTML.

/**
 * @typedef {object} Range
 * @property {number} start  UTF-16 offset, inclusive
 * @property {number} end    UTF-16 offset, exclusive
 * @property {string[]} classes
 * @property {string} [title]       shown on hover
 * @property {[number, number]} [select]  the span a click selects in the editor
 * @property {Record<string, string>} [data]  data-* attributes (the first range to set a key wins)
 */

/** Above this many characters only the beginning is drawn (the counts still cover everything). */
export const MAX_RENDERED_CHARS = 200_000;

/**
 * Splits [0, length) at every range boundary. Returns segments
 * { start, end, active } where `active` lists indexes into `ranges`, in order.
 */
export function segments(length, ranges) {
  const events = [];
  ranges.forEach((r, i) => {
    const start = Math.max(0, Math.min(length, r.start));
    const end = Math.max(0, Math.min(length, r.end));
    if (end > start) events.push([start, 1, i], [end, -1, i]);
  });
  // At equal offsets, closings come before openings.
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out = [];
  const active = new Set();
  let pos = 0;
  for (const [at, kind, i] of events) {
    if (at > pos) {
      out.push({ start: pos, end: at, active: [...active].sort((x, y) => x - y) });
      pos = at;
    }
    if (kind > 0) active.add(i);
    else active.delete(i);
  }
  if (pos < length) out.push({ start: pos, end: length, active: [] });
  return out;
}

/** Replaces the children of `view` with `text`, highlighted by `ranges`. */
export function renderHighlighted(view, text, ranges) {
  const shown = text.length > MAX_RENDERED_CHARS ? text.slice(0, MAX_RENDERED_CHARS) : text;
  const frag = document.createDocumentFragment();
  for (const seg of segments(shown.length, ranges)) {
    const piece = shown.slice(seg.start, seg.end);
    if (seg.active.length === 0) {
      frag.append(document.createTextNode(piece));
      continue;
    }
    const span = document.createElement('span');
    const classes = new Set();
    const titles = [];
    let select = null;
    const data = Object.create(null);
    for (const i of seg.active) {
      const r = ranges[i];
      for (const c of r.classes) classes.add(c);
      if (r.title && !titles.includes(r.title)) titles.push(r.title);
      if (!select && r.select) select = r.select;
      if (r.data) for (const [k, v] of Object.entries(r.data)) if (!(k in data)) data[k] = v;
    }
    span.className = [...classes].join(' ');
    if (titles.length) span.title = titles.join('\n');
    if (select) {
      span.dataset.start = String(select[0]);
      span.dataset.end = String(select[1]);
    }
    Object.assign(span.dataset, data);
    span.textContent = piece;
    frag.append(span);
  }
  if (shown.length < text.length) {
    const more = document.createElement('p');
    more.className = 'view-truncated';
    more.textContent = `Showing the first ${MAX_RENDERED_CHARS.toLocaleString()} of ${text.length.toLocaleString()} characters; the numbers cover the whole text.`;
    frag.append(more);
  }
  view.replaceChildren(frag);
}
