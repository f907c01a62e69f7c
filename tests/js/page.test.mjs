// The page end to end in headless Chromium: it loads the wasm in a worker,
// shows the sample's numbers (checked against the same wasm run in Node),
// follows typing, shades a hard long sentence, keeps user text as text,
// survives errors and a dying worker, and lays out on a desktop and a phone.
//
// Run after `bash scripts/build.sh`:  node --test tests/js/page.test.mjs
// Screenshots go to target/test-artifacts/.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer } from '../../scripts/serve.mjs';
import { artifacts, launch, repoRoot, watchErrors } from './lib/browser.mjs';

// The reference: the wasm core itself, run in Node on the same texts.
const lede = await import(pathToFileURL(join(repoRoot, 'pkg/lede.js')).href);
const wasmBytes = readFileSync(join(repoRoot, 'pkg/lede_bg.wasm'));
if (typeof lede.initSync === 'function') lede.initSync({ module: wasmBytes });
else if (typeof lede.default === 'function') await lede.default({ module_or_path: wasmBytes });
const analyze = (text) => lede.analyze(text);

const sample = readFileSync(join(repoRoot, 'www/samples/iran-russia-partnership.txt'), 'utf8');

const EASY = 'The cat sat on the mat. It was warm. We had tea.';
const HARD = 'Notwithstanding the considerable administrative complications inherently associated with '
  + 'intergovernmental negotiations, the representatives of the participating organizations unanimously '
  + 'determined that comprehensive institutional reorganization would be indispensable for maintaining '
  + 'international cooperation, economic competitiveness and environmental sustainability throughout '
  + 'the forthcoming decades.';
const TYPED = `${EASY}\n\n${HARD}\n\nShort and plain wins.`;
const XSS = 'Attack <img src=x onerror="window.__xss=1"> here.\n\n<script>window.__xss=2</script> Done. '
  + '<svg onload="window.__xss=3"></svg> <a href="javascript:window.__xss=4">link</a>';

const digits = (s) => Number(String(s).replace(/[^\d.-]/g, ''));

/** Waits until the page shows the analysis of exactly `text`. */
async function waitForWords(page, words) {
  await page.waitForFunction(
    (n) => document.querySelector('[data-stat="words"]')?.dataset.value === String(n)
      && document.getElementById('status').dataset.kind === 'ok',
    words,
    { timeout: 5000 },
  );
}

const stat = (page, name) => page.locator(`[data-stat="${name}"]`);

test('scores in plain words', async () => {
  const f = await import('../../www/format.js');
  assert.equal(f.gradeMeaning(12), 'grade 12: final year of high school');
  assert.equal(f.gradeMeaning(12.4), 'grade 12: final year of high school');
  assert.equal(f.gradeMeaning(9), 'grade 9: first year of high school');
  assert.match(f.gradeMeaning(4), /^grade 4: elementary school/);
  assert.match(f.gradeMeaning(19), /college graduate/);
  assert.equal(f.gradeMeaning(null), '');
  assert.equal(f.easeMeaning(95), 'very easy: 5th grade');
  assert.equal(f.easeMeaning(65), 'plain English: 8th–9th grade');
  assert.equal(f.easeMeaning(21.7), 'very difficult: college graduate');
  assert.equal(f.easeMeaning(-5), 'very difficult: college graduate');
  assert.equal(f.formatDuration(81.7), '1 min 22 s');
  assert.equal(f.formatDuration(12), '12 s');
  assert.equal(f.formatDuration(3600 * 2 + 60 * 5), '2 h 5 min');
  assert.equal(f.excerpt('a '.repeat(100), 10), 'a a a a a…');
});

test('the page', async (t) => {
  const server = await startServer({ root: join(repoRoot, 'www'), port: 0 });
  const browser = await launch();
  t.after(async () => {
    await browser.close();
    await server.close();
  });

  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(server.url);
  await page.waitForSelector('body[data-state="ready"]', { timeout: 10_000 });

  await t.test('shows the sample analysed by the wasm', async () => {
    const expected = analyze(sample);
    assert.equal(await page.inputValue('#text'), sample);
    assert.equal(digits(await stat(page, 'words').textContent()), expected.stats.words);
    assert.equal(await stat(page, 'words').getAttribute('data-value'), String(expected.stats.words));
    assert.equal(digits(await stat(page, 'sentences').textContent()), expected.stats.sentences);
    assert.equal(digits(await stat(page, 'paragraphs').textContent()), expected.stats.paragraphs);
    assert.equal(digits(await stat(page, 'repeated-lines').textContent()), expected.stats.repeatedLines);
    assert.equal(await stat(page, 'reading-time').getAttribute('data-value'), String(expected.stats.readingTimeSeconds));
    assert.equal(await stat(page, 'consensus-grade').textContent(), expected.readability.consensusGrade.toFixed(1));
    assert.match(await page.locator('[data-meaning="consensus-grade"]').textContent(), /^grade \d+: /);
    assert.match(await page.locator('[data-meaning="flesch-reading-ease"]').textContent(), /difficult/);
    // SMOG does not apply to 14 sentences: a dash and a note, not a number.
    assert.equal(expected.readability.smog, null);
    assert.equal(await stat(page, 'smog').textContent(), '–');
    assert.match(await page.locator('[data-meaning="smog"]').textContent(), /not given: see the note/);
    assert.match(await page.locator('#notes').textContent(), /SMOG needs at least 30 sentences/);
    assert.match(await page.locator('#status').textContent(), new RegExp(`Analysed ${expected.stats.words} words in`));

    // Every sentence is in the view with its grade and word count on hover.
    const s0 = expected.sentences[1];
    const first = page.locator(`.view .sentence[data-start="${s0.start}"]`).first();
    assert.equal(await first.textContent(), sample.slice(s0.start, s0.end));
    assert.match(await first.getAttribute('title'), new RegExp(`^Grade ${s0.grade.toFixed(1)} · ${s0.words} words`));
    const veryHard = expected.sentences.filter((s) => s.difficulty === 'veryHard').length;
    assert.equal(await page.locator('[data-count="very-hard"]').textContent(), String(veryHard));
    assert.equal(await page.locator('.view .sentence.is-very-hard').count(), veryHard);
    assert.equal(await page.locator('.view .sentence.is-long').count(), expected.sentences.filter((s) => s.long).length);
    // The repeated headlines are struck through and explained.
    assert.equal(await page.locator('.view .repeated').count(), expected.repeatedLines.length);
    assert.match(await page.locator('.view .repeated').first().getAttribute('title'), /left out of the counts/);
    // The view holds exactly the text.
    assert.equal(await page.locator('#view').textContent(), sample);

    await page.screenshot({ path: join(artifacts, 'page-desktop.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(artifacts, 'page-desktop-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });

    // Clicking the last sentence selects it in the editor and scrolls there.
    const last = expected.sentences.at(-1);
    await page.locator(`.view .sentence[data-start="${last.start}"]`).click();
    const ed = await page.locator('#text').evaluate((el) => ({ sel: [el.selectionStart, el.selectionEnd], top: el.scrollTop }));
    assert.deepEqual(ed.sel, [last.start, last.end]);
    assert.ok(ed.top > 0, 'the editor scrolled to the sentence');
  });

  await t.test('follows typing and shades the long hard sentence', async () => {
    const expected = analyze(TYPED);
    await page.fill('#text', '');
    await page.locator('#text').pressSequentially(TYPED.slice(0, 60));
    await page.locator('#text').evaluate((el, rest) => {
      el.setRangeText(rest, el.value.length, el.value.length, 'end');
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, TYPED.slice(60));
    await waitForWords(page, expected.stats.words);
    assert.equal(digits(await stat(page, 'sentences').textContent()), expected.stats.sentences);
    assert.equal(digits(await stat(page, 'paragraphs').textContent()), expected.stats.paragraphs);
    assert.equal(digits(await stat(page, 'repeated-lines').textContent()), 0);
    assert.equal(await stat(page, 'consensus-grade').textContent(), expected.readability.consensusGrade.toFixed(1));

    const hard = expected.sentences.find((s) => TYPED.slice(s.start, s.end).startsWith('Notwithstanding'));
    assert.ok(hard.long && hard.difficulty === 'veryHard', 'the reference calls the sentence long and very hard');
    const span = page.locator(`.view .sentence[data-start="${hard.start}"]`);
    assert.equal(await span.count(), 1);
    assert.equal(await span.textContent(), HARD);
    assert.match(await span.getAttribute('class'), /\bis-very-hard\b/);
    assert.match(await span.getAttribute('class'), /\bis-long\b/);
    assert.match(await span.getAttribute('title'), new RegExp(`${hard.words} words · very hard to read · long`));
    // Its shading is really painted (not just a class).
    const bg = await span.evaluate((el) => getComputedStyle(el).backgroundColor);
    assert.notEqual(bg, 'rgba(0, 0, 0, 0)');
    const easy = page.locator(`.view .sentence[data-start="${expected.sentences[0].start}"]`);
    assert.doesNotMatch(await easy.getAttribute('class'), /is-hard|is-very-hard|is-long/);

    // The legend toggles a layer off and on again.
    await page.locator('input[data-layer="very-hard"]').uncheck();
    assert.equal(await span.evaluate((el) => getComputedStyle(el).backgroundColor), 'rgba(0, 0, 0, 0)');
    await page.locator('input[data-layer="very-hard"]').check();

    // Clicking the sentence selects it in the editor.
    await span.click();
    const selected = await page.locator('#text').evaluate((el) => [el.selectionStart, el.selectionEnd]);
    assert.deepEqual(selected, [hard.start, hard.end]);
    assert.match(await page.locator('#hint').textContent(), /This sentence: Grade .* very hard to read/);
  });

  await t.test('shows an error from the analyzer and keeps working', async () => {
    await page.locator('.settings summary').click();
    await page.fill('input[name="readingWordsPerMinute"]', '0');
    await page.waitForFunction(() => document.getElementById('status').dataset.kind === 'error');
    assert.match(await page.locator('#status').textContent(), /readingWordsPerMinute/);
    await page.fill('input[name="readingWordsPerMinute"]', '60');
    const expected = analyze(TYPED);
    await waitForWords(page, expected.stats.words);
    assert.equal(await stat(page, 'reading-time').getAttribute('data-value'), String(expected.stats.words));
    await page.locator('.options-form button[type="reset"]').click();
    await page.waitForFunction(
      (v) => document.querySelector('[data-stat="reading-time"]').dataset.value === v,
      String(expected.stats.readingTimeSeconds),
    );
    await page.locator('.settings summary').click();
  });

  await t.test('replaces a worker that dies', async () => {
    const worker = page.workers()[0];
    assert.ok(worker, 'the analyzer runs in a worker');
    await worker.evaluate(() => { setTimeout(() => { throw new Error('simulated crash'); }); });
    await page.waitForFunction(() => /restarted/.test(document.getElementById('status').textContent));
    const expected = analyze(EASY);
    await page.fill('#text', EASY);
    await waitForWords(page, expected.stats.words);
    // The crash itself is expected; take it out of the error log.
    for (let i = errors.length - 1; i >= 0; i--) if (/simulated crash/.test(errors[i])) errors.splice(i, 1);
  });

  await t.test('gives up on a worker that cannot start, with a message', async () => {
    const result = await page.evaluate(async () => {
      const { Analyzer } = await import('./analyzer.js');
      return new Promise((resolve) => {
        const a = new Analyzer(() => new Worker('./no-such-worker.js', { type: 'module' }), {
          fatal: (message) => resolve({ message, restarts: a.restarts }),
        });
      });
    });
    assert.equal(result.restarts, 3);
    assert.ok(result.message);
    // The 404s of the missing script are expected.
    for (let i = errors.length - 1; i >= 0; i--) if (/404|no-such-worker/.test(errors[i])) errors.splice(i, 1);
  });

  await t.test('treats pasted HTML as text', async () => {
    const expected = analyze(XSS);
    await page.fill('#text', XSS);
    await waitForWords(page, expected.stats.words);
    assert.equal(await page.evaluate(() => window.__xss), undefined);
    assert.equal(await page.locator('img, svg, iframe, a[href^="javascript"]').count(), 0);
    assert.equal(await page.locator('script').count(), 1);
    assert.equal(await page.locator('#view').textContent(), XSS);
    assert.equal(await page.evaluate(() => window.__xss), undefined);
  });

  await t.test('empties cleanly', async () => {
    await page.click('#clear');
    await page.waitForFunction(() => document.querySelector('[data-stat="words"]').dataset.value === '0');
    assert.equal(await stat(page, 'consensus-grade').textContent(), '–');
    assert.equal(await page.locator('#view').textContent(), '');
    assert.match(await page.locator('#status').textContent(), /Nothing to analyse/);
  });

  await t.test('lays out on a phone', async () => {
    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true,
    });
    const p = await phone.newPage();
    const phoneErrors = watchErrors(p);
    await p.goto(server.url);
    await p.waitForSelector('body[data-state="ready"]', { timeout: 10_000 });
    assert.equal(await p.locator('[data-stat="words"]').getAttribute('data-value'), String(analyze(sample).stats.words));
    const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no sideways scrolling on a phone (overflow ${overflow}px)`);
    await p.screenshot({ path: join(artifacts, 'page-phone.png') });
    await p.screenshot({ path: join(artifacts, 'page-phone-full.png'), fullPage: true });
    await phone.close();
    assert.deepEqual(phoneErrors, []);
  });

  await t.test('logs no errors', () => {
    assert.deepEqual(errors, []);
  });
});
