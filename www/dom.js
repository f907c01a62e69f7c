// A tiny element builder. Text only ever goes in as text nodes: there is no
// way to pass HTML through here, which is the point.

/**
 * h('p', { class: 'note', title: 'Hi', dataset: { stat: 'words' } }, 'text', child)
 * Attributes are set with setAttribute (never `style` or `on*`: CSP and
 * good manners); children are nodes or strings (strings become text nodes).
 */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value == null || value === false) continue;
    if (key === 'class') el.className = Array.isArray(value) ? value.filter(Boolean).join(' ') : value;
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key === 'style' || key.startsWith('on')) throw new Error(`h(): refusing attribute ${key}`);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child == null || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Sets an element's text (and, for numbers, a machine-readable data-value). */
export function setText(el, text, value) {
  if (!el) return;
  el.textContent = text;
  if (value === undefined) return;
  if (value === null || !Number.isFinite(value)) delete el.dataset.value;
  else el.dataset.value = String(value);
}
