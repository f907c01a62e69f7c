// lede's page: wires the editor, the analysis worker and the panels.
// Plain ES modules, no framework, no build step.

import { Analyzer } from './analyzer.js';
import { textOfFile } from './import.js';
import { EXPORTS } from './export.js';
import { mountChart } from './chart.js';
import { formatInt, formatMs, plural } from './format.js';
import { renderHighlighted } from './highlight.js';
import { mountInsights } from './insights.js';
import { mountLegend, rangesFor } from './layers.js';
import { renderReadability, renderSummary } from './panels.js';

const DEBOUNCE_MS = 150;

// boot.js (a classic script that runs first) started the worker and the
// sample download; without it the page starts both itself.
const boot = globalThis.ledeBoot ?? { takeBootWorker: () => null, bootSample: null };

const editor = document.getElementById('text');
const view = document.getElementById('view');
const status = document.getElementById('status');
const form = document.getElementById('options');
const main = document.querySelector('main');
const updateLegend = mountLegend(document.getElementById('legend'), view, {
  keywords: document.getElementById('keywords-tools'),
});

let defaults = null;
let shownText = null; // the text the panels and the view currently describe
let shown = null; // { text, result }: what the view currently shows
let picked = null; // the entity or keyphrase whose mentions are marked: { kind, key, item }
let cursor = 0; // which of its mentions the arrows are on
let debounce = 0;

function setStatus(message, kind = 'info') {
  status.textContent = message;
  status.dataset.kind = kind;
}

/** The options from the Thresholds form; an empty field means the default. */
function currentOptions() {
  if (!defaults) return undefined;
  const options = { ...defaults };
  for (const input of form.querySelectorAll('input[name]')) {
    if (input.type === 'checkbox') {
      options[input.name] = input.checked;
      continue;
    }
    if (input.value.trim() === '') continue;
    const n = Number(input.value);
    options[input.name] = Number.isFinite(n) ? n : input.value;
  }
  return options;
}

const progress = document.getElementById('progress');
const LONG_TEXT = 1_000_000; // characters: from here on, show that work is under way

function analyzeNow() {
  clearTimeout(debounce);
  const text = editor.value;
  if (text.length >= LONG_TEXT) {
    setStatus('Analysing…', 'busy');
    progress.hidden = false;
  }
  analyzer.analyze(text, currentOptions());
}

function analyzeSoon() {
  clearTimeout(debounce);
  debounce = setTimeout(analyzeNow, DEBOUNCE_MS);
}

function render({ text, options, result, ms }) {
  renderSummary(main, result);
  renderReadability(main, result);
  updateChart(result, (options ?? defaults)?.longSentenceWords);
  updateLegend(result, options ?? defaults);
  // What was picked stays picked while it is still in the text.
  insights.update(result, picked?.key);
  picked = picked && insights.find(picked.key);
  shown = { text, result };
  paint();
  view.classList.toggle('is-empty', text.trim() === '');
  main.classList.remove('is-stale');
  shownText = text;
  const words = result.stats.words;
  setStatus(words ? `Analysed ${formatInt(words)} ${words === 1 ? 'word' : 'words'} in ${formatMs(ms)}` : 'Nothing to analyse yet', 'ok');
  if (document.body.dataset.state !== 'ready') performance.mark('lede-ready'); // first analysis shown
  document.body.dataset.state = 'ready';
  progress.hidden = true;
}

// ------------------------------------------------ picking an entity or phrase

const hint = document.getElementById('hint');
const pickedBar = document.getElementById('picked');
const pickedPos = document.getElementById('picked-pos');
const coarse = window.matchMedia('(pointer: coarse)');
const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
const defaultHint = () => (coarse.matches
  ? 'Tap a sentence for its grade and length.'
  : 'Hover a sentence for its grade; click it to find it in the article.');
hint.textContent = defaultHint();

const insights = mountInsights({
  entities: document.getElementById('entities'),
  entitiesCount: document.getElementById('entities-count'),
  keywords: document.getElementById('keywords'),
  keywordsPane: document.querySelector('.pane-keywords'),
}, (pick) => (picked?.key === pick.key ? unpick() : choose(pick)));

/** Draws the view: the highlights, and the picked item's mentions. */
function paint() {
  if (!shown) return;
  renderHighlighted(view, shown.text, rangesFor(shown.result, shown.text, picked));
  if (picked) {
    const count = picked.item.mentions.length;
    cursor = Math.min(cursor, Math.max(0, count - 1));
    const name = picked.kind === 'entity' ? picked.item.name : `“${picked.item.phrase}”`;
    hint.textContent = `${name}: ${plural(count, 'mention')}`;
    hint.classList.add('is-picked');
    pickedBar.hidden = false;
    for (const b of pickedBar.querySelectorAll('#picked-prev, #picked-next')) b.disabled = count < 2;
    markCurrent(false);
  } else {
    hint.classList.remove('is-picked');
    if (hint.dataset.picked) hint.textContent = defaultHint();
    pickedBar.hidden = true;
  }
  hint.dataset.picked = picked ? 'yes' : '';
}

/** Scrolls `el` to the middle of the view (or, on a phone, of the window). */
function reveal(el) {
  const behavior = reducedMotion.matches ? 'auto' : 'smooth';
  const scrolls = getComputedStyle(view).overflowY !== 'visible' && view.scrollHeight > view.clientHeight;
  if (!scrolls) {
    el.scrollIntoView({ block: 'center', behavior });
    return;
  }
  const r = el.getBoundingClientRect();
  const v = view.getBoundingClientRect();
  view.scrollTo({ top: view.scrollTop + (r.top - v.top) - (view.clientHeight - r.height) / 2, behavior });
  const pane = view.closest('.pane').getBoundingClientRect();
  if (pane.bottom < 80 || pane.top > window.innerHeight - 80) view.closest('.pane').scrollIntoView({ block: 'nearest', behavior });
}

/** Rings the mention the arrows are on, and optionally scrolls to it. */
function markCurrent(scroll) {
  for (const el of view.querySelectorAll('.is-current')) el.classList.remove('is-current');
  const parts = view.querySelectorAll(`.is-selected[data-mention="${cursor}"]`);
  for (const el of parts) el.classList.add('is-current');
  const count = picked ? picked.item.mentions.length : 0;
  pickedPos.textContent = count ? `${formatInt(cursor + 1)} / ${formatInt(count)}` : '';
  if (scroll && parts.length) reveal(parts[0]);
}

function choose(pick) {
  picked = pick;
  cursor = 0;
  insights.mark(pick.key);
  paint();
  markCurrent(true);
}

function unpick() {
  if (!picked) return;
  picked = null;
  insights.mark(null);
  paint();
}

function step(by) {
  if (!picked) return;
  const count = picked.item.mentions.length;
  cursor = (cursor + by + count) % count;
  markCurrent(true);
}

document.getElementById('picked-prev').addEventListener('click', () => step(-1));
document.getElementById('picked-next').addEventListener('click', () => step(1));
document.getElementById('picked-clear').addEventListener('click', () => {
  const key = picked?.key;
  unpick();
  // Back to the entry that was picked, so that the keyboard is not lost.
  const entry = key && [...document.querySelectorAll('.insights button[data-key]')].find((b) => b.dataset.key === key);
  entry?.focus();
});
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && picked && !e.defaultPrevented && !e.isComposing) unpick();
});

const updateChart = mountChart(document.getElementById('chart'), document.getElementById('chart-caption'), (sentence) => {
  for (const el of view.querySelectorAll('.is-charted')) el.classList.remove('is-charted');
  const parts = view.querySelectorAll(`.sentence[data-start="${sentence.start}"]`);
  for (const el of parts) el.classList.add('is-charted');
  if (parts.length) reveal(parts[0]);
});

const analyzer = new Analyzer(
  () =>
    boot.takeBootWorker() ??
    new Worker(new URL('./worker.js', import.meta.url), { type: 'module', name: 'lede-analyzer' }),
  {
    ready({ version, defaults: d, restarted }) {
      if (restarted) setStatus('The analyzer restarted and is ready', 'ok');
      if (!defaults) {
        defaults = { ...d };
        for (const input of form.querySelectorAll('input[name]')) {
          if (input.type === 'checkbox') {
            input.defaultChecked = input.checked = Boolean(d[input.name]);
            continue;
          }
          input.defaultValue = String(d[input.name] ?? '');
          input.placeholder = String(d[input.name] ?? '');
        }
      }
      for (const el of document.querySelectorAll('[data-version]')) el.textContent = `lede ${version}`;
    },
    result: render,
    error({ message }) {
      main.classList.add('is-stale');
    progress.hidden = true;
      setStatus(`Could not analyse: ${String(message).replace(/^lede\.analyze:\s*/, '')}`, 'error');
    },
    restart(reason) {
      setStatus(`Restarting the analyzer (${reason})…`, 'error');
    },
    fatal(message) {
      document.body.dataset.state = 'error';
      setStatus(`The analyzer could not start: ${message}. Reload the page to try again.`, 'error');
    },
  },
);

editor.addEventListener('input', analyzeSoon);
form.addEventListener('input', analyzeSoon);
form.addEventListener('submit', (e) => e.preventDefault());
form.addEventListener('reset', () => setTimeout(analyzeNow, 0));

/** Scrolls the editor so that `offset` is near its top (measured with a hidden mirror). */
function scrollEditorTo(offset) {
  const cs = getComputedStyle(editor);
  const mirror = document.createElement('div');
  mirror.className = 'editor-mirror';
  for (const prop of ['font', 'letterSpacing', 'padding', 'borderWidth', 'tabSize', 'lineHeight']) mirror.style[prop] = cs[prop];
  mirror.style.width = `${editor.clientWidth}px`;
  mirror.textContent = editor.value.slice(0, offset);
  document.body.append(mirror);
  const y = mirror.scrollHeight;
  mirror.remove();
  editor.scrollTop = Math.max(0, y - parseFloat(cs.lineHeight || '24') * 3);
}

// Clicking a sentence shows its numbers (touch screens have no hover) and,
// with a mouse, selects it in the editor.
view.addEventListener('click', (e) => {
  const span = e.target instanceof Element ? e.target.closest('[data-start]') : null;
  if (!span || window.getSelection()?.toString()) return;
  if (!picked) hint.textContent = span.title ? `This sentence: ${span.title.split('\n')[0]}` : defaultHint();
  if (coarse.matches || shownText !== editor.value) return;
  const start = Number(span.dataset.start);
  const end = Number(span.dataset.end);
  editor.focus({ preventScroll: true });
  editor.setSelectionRange(start, end);
  scrollEditorTo(start);
});

const sampleSelect = document.getElementById('sample');
// file name -> Promise<text>
const samples = new Map(boot.bootSample ? [[boot.DEFAULT_SAMPLE, boot.bootSample]] : []);
async function loadSample() {
  const name = sampleSelect.value;
  if (!samples.has(name)) {
    samples.set(name, fetch(new URL(`./samples/${name}`, import.meta.url)).then((r) => {
      if (!r.ok) throw new Error(`${r.status} ${r.statusText}`);
      return r.text();
    }));
  }
  try {
    editor.value = await samples.get(name);
  } catch (e) {
    samples.delete(name);
    setStatus(`Could not load the sample article (${e.message}); paste your own.`, 'error');
  }
  analyzeNow();
}

/** Puts the text of an opened or dropped file into the editor. */
async function openFile(file) {
  if (!file) return;
  try {
    editor.value = await textOfFile(file);
    analyzeNow();
  } catch (e) {
    setStatus(`Could not open ${file.name}: ${e.message}`, 'error');
  }
}

sampleSelect.addEventListener('change', loadSample);
const fileInput = document.getElementById('file');
fileInput.addEventListener('change', async () => {
  await openFile(fileInput.files?.[0]);
  fileInput.value = '';
});
const hasFiles = (e) => [...(e.dataTransfer?.types ?? [])].includes('Files');
editor.addEventListener('dragover', (e) => {
  if (!hasFiles(e)) return;
  e.preventDefault();
  e.dataTransfer.dropEffect = 'copy';
  editor.classList.add('is-dropping');
});
editor.addEventListener('dragleave', () => editor.classList.remove('is-dropping'));
editor.addEventListener('drop', (e) => {
  editor.classList.remove('is-dropping');
  const file = e.dataTransfer?.files?.[0];
  if (!file) return; // dropped text: the textarea inserts it itself
  e.preventDefault();
  openFile(file);
});

document.getElementById('clear').addEventListener('click', () => {
  editor.value = '';
  analyzeNow();
  editor.focus();
});

// ------------------------------------------------------------------ export

const exportStatus = document.getElementById('export-status');
document.querySelector('.export').addEventListener('click', async (e) => {
  const button = e.target instanceof Element ? e.target.closest('button[data-export]') : null;
  if (!button) return;
  const how = EXPORTS[button.dataset.export];
  if (!shown) {
    exportStatus.textContent = 'Nothing analysed yet.';
    return;
  }
  const content = how.make(shown.result);
  if (button.dataset.action === 'copy') {
    try {
      await navigator.clipboard.writeText(content);
      exportStatus.textContent = `Copied ${button.textContent.replace(/^Copy /, '')} to the clipboard.`;
    } catch (err) {
      exportStatus.textContent = `Could not copy: ${err.message}`;
    }
    return;
  }
  const url = URL.createObjectURL(new Blob([content], { type: how.type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = how.file;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  exportStatus.textContent = `Saved ${how.file}.`;
});

if (editor.value === '') loadSample();
else analyzeNow(); // the browser restored a draft

// Offline: the service worker caches the page and the wasm.
if ('serviceWorker' in navigator && window.isSecureContext) {
  navigator.serviceWorker.register(new URL('./sw.js', import.meta.url), { scope: './' }).catch(() => {});
}
