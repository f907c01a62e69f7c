// The sentence-length chart: an inline SVG, built with DOM APIs, one bar per
// sentence (long ones marked), each bar a button that finds its sentence.

const NS = 'http://www.w3.org/2000/svg';
const MAX_BARS = 600;
const BAR = 6;
const GAP = 2;
const HEIGHT = 120;

const svgEl = (name, attrs = {}) => {
  const el = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
};

/** Draws the chart for `result` into `root`; `onPick(sentence, index)` on click or Enter/Space. */
export function mountChart(root, caption, onPick) {
  let sentences = [];
  const activate = (e) => {
    const bar = e.target instanceof Element ? e.target.closest('[data-index]') : null;
    if (!bar) return;
    if (e.type === 'keydown') {
      if (e.key !== 'Enter' && e.key !== ' ') return;
      e.preventDefault();
    }
    const i = Number(bar.dataset.index);
    for (const b of root.querySelectorAll('.bar.is-picked')) b.classList.remove('is-picked');
    bar.classList.add('is-picked');
    onPick(sentences[i], i);
  };
  root.addEventListener('click', activate);
  root.addEventListener('keydown', activate);

  return function update(result, longWords) {
    sentences = result.sentences ?? [];
    const shown = sentences.slice(0, MAX_BARS);
    const longest = Math.max(longWords ?? 0, 1, ...shown.map((s) => s.words));
    const width = Math.max(shown.length * (BAR + GAP), 1);
    const longCount = sentences.filter((s) => s.long).length;
    const svg = svgEl('svg', {
      viewBox: `0 0 ${width} ${HEIGHT}`, width, height: HEIGHT, class: 'chart-svg',
      role: 'group', 'aria-label': `Sentence lengths: ${sentences.length} sentences, ${longCount} long`,
      preserveAspectRatio: 'none',
    });
    if (longWords) {
      const y = HEIGHT - (longWords / longest) * (HEIGHT - 4);
      svg.append(svgEl('line', { x1: 0, x2: width, y1: y, y2: y, class: 'limit', 'aria-hidden': 'true' }));
    }
    shown.forEach((s, i) => {
      const h = Math.max(2, (s.words / longest) * (HEIGHT - 4));
      const bar = svgEl('rect', {
        x: i * (BAR + GAP), y: HEIGHT - h, width: BAR, height: h, rx: 1,
        class: `bar${s.long ? ' is-long' : ''}`, 'data-index': i, tabindex: 0, role: 'button',
        'aria-label': `Sentence ${i + 1}: ${s.words} words${s.long ? ', long' : ''}`,
      });
      const title = svgEl('title');
      title.textContent = `Sentence ${i + 1}: ${s.words} words${s.long ? ' (long)' : ''}`;
      bar.append(title);
      svg.append(bar);
    });
    root.replaceChildren(svg);
    caption.textContent = sentences.length > MAX_BARS
      ? `The first ${MAX_BARS} of ${sentences.length} sentences; ${longCount} long.`
      : `${sentences.length} sentences; ${longCount} long (over ${longWords} words), marked.`;
  };
}
