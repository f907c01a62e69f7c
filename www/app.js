// lede's page: wires the editor, the analysis worker and the panels.
// Plain ES modules, no framework, no build step.

import { Analyzer } from './analyzer.js';
import { formatInt, formatMs } from './format.js';
import { renderHighlighted } from './highlight.js';
import { mountLegend, rangesFor } from './layers.js';
import { renderReadability, renderSummary } from './panels.js';

const SAMPLE_URL = new URL('./samples/iran-russia-partnership.txt', import.meta.url);
const DEBOUNCE_MS = 150;

const editor = document.getElementById('text');
const view = document.getElementById('view');
const status = document.getElementById('status');
const form = document.getElementById('options');
const main = document.querySelector('main');
const updateLegend = mountLegend(document.getElementById('legend'), view);

let defaults = null;
let shownText = null; // the text the panels and the view currently describe
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
    if (input.value.trim() === '') continue;
    const n = Number(input.value);
    options[input.name] = Number.isFinite(n) ? n : input.value;
  }
  return options;
}

function analyzeNow() {
  clearTimeout(debounce);
  analyzer.analyze(editor.value, currentOptions());
}

function analyzeSoon() {
  clearTimeout(debounce);
  debounce = setTimeout(analyzeNow, DEBOUNCE_MS);
}

function render({ text, options, result, ms }) {
  renderSummary(main, result);
  renderReadability(main, result);
  updateLegend(result, options ?? defaults);
  renderHighlighted(view, text, rangesFor(result, text));
  view.classList.toggle('is-empty', text.trim() === '');
  main.classList.remove('is-stale');
  shownText = text;
  const words = result.stats.words;
  setStatus(words ? `Analysed ${formatInt(words)} ${words === 1 ? 'word' : 'words'} in ${formatMs(ms)}` : 'Nothing to analyse yet', 'ok');
  document.body.dataset.state = 'ready';
}

const analyzer = new Analyzer(
  () => new Worker(new URL('./worker.js', import.meta.url), { type: 'module', name: 'lede-analyzer' }),
  {
    ready({ version, defaults: d, restarted }) {
      if (restarted) setStatus('The analyzer restarted and is ready', 'ok');
      if (!defaults) {
        defaults = { ...d };
        for (const input of form.querySelectorAll('input[name]')) {
          input.defaultValue = String(d[input.name] ?? '');
          input.placeholder = String(d[input.name] ?? '');
        }
      }
      for (const el of document.querySelectorAll('[data-version]')) el.textContent = `lede ${version}`;
    },
    result: render,
    error({ message }) {
      main.classList.add('is-stale');
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

// Clicking a sentence shows its numbers (touch screens have no hover) and,
// with a mouse, selects it in the editor.
const hint = document.getElementById('hint');
const coarse = window.matchMedia('(pointer: coarse)');
const defaultHint = () => (coarse.matches
  ? 'Tap a sentence for its grade and length.'
  : 'Hover a sentence for its grade; click it to find it in the article.');
hint.textContent = defaultHint();

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

view.addEventListener('click', (e) => {
  const span = e.target instanceof Element ? e.target.closest('[data-start]') : null;
  if (!span || window.getSelection()?.toString()) return;
  hint.textContent = span.title ? `This sentence: ${span.title.split('\n')[0]}` : defaultHint();
  if (coarse.matches || shownText !== editor.value) return;
  const start = Number(span.dataset.start);
  const end = Number(span.dataset.end);
  editor.focus({ preventScroll: true });
  editor.setSelectionRange(start, end);
  scrollEditorTo(start);
});

let sample = null;
async function loadSample() {
  sample ??= fetch(SAMPLE_URL).then((r) => {
    if (!r.ok) throw new Error(`${r.status} ${r.statusText}`);
    return r.text();
  });
  try {
    editor.value = await sample;
  } catch (e) {
    sample = null;
    setStatus(`Could not load the sample article (${e.message}); paste your own.`, 'error');
  }
  analyzeNow();
}

document.getElementById('load-sample').addEventListener('click', loadSample);
document.getElementById('clear').addEventListener('click', () => {
  editor.value = '';
  analyzeNow();
  editor.focus();
});

if (editor.value === '') loadSample();
else analyzeNow(); // the browser restored a draft
