// The whole page by keyboard alone: no click, no fill, no focus() call.
// Tab reaches every control in document order, each shows a focus ring and
// has a name, and an editor can do the day's work: skip to the text, pick a
// sample, type, change a threshold, find an entity's and a keyphrase's
// mentions, step through them, jump to a sentence from the chart, and
// export (a download and the clipboard).
//
// Run after `bash scripts/build.sh`:  node --test tests/js/page-keyboard.test.mjs
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from '../../scripts/serve.mjs';
import { launch, repoRoot, watchErrors } from './lib/browser.mjs';

const SELECTOR = 'a[href], button, select, textarea, input, summary, [tabindex]:not([tabindex="-1"])';

/** What has the focus: a short description, its name, and whether its focus ring shows. */
const focused = (page) => page.evaluate(() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const label = el.labels?.[0]?.textContent ?? '';
  const name = (el.getAttribute('aria-label') || label || el.textContent.trim() || el.getAttribute('title') || '').trim();
  const cs = getComputedStyle(el);
  // The file input is visually hidden; its label shows the ring (style.css).
  const ringOn = el.type === 'file' ? el.labels?.[0] : el;
  const ring = getComputedStyle(ringOn);
  return {
    id: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.dataset.key ? `[${el.dataset.key}]` : ''}${el.dataset.export ? `[${el.dataset.export}/${el.dataset.action}]` : ''}`,
    name,
    ring: (ring.outlineStyle !== 'none' && parseFloat(ring.outlineWidth) > 0) || ring.boxShadow !== 'none',
    visible: cs.visibility !== 'hidden' && el.getClientRects().length > 0,
  };
});

/** How many sentences the view marks long (a sentence may be split into several spans). */
const longSentences = (page) => page.locator('#view .is-long').evaluateAll((els) => new Set(els.map((el) => el.dataset.start)).size);
const status = (page) => page.locator('#status').textContent();
async function waitForStatus(page, re) {
  await page.waitForFunction((src) => new RegExp(src).test(document.getElementById('status').textContent), re.source, { timeout: 5000 });
}

/** Presses Tab until `pred(focused)` holds; fails after `max` presses. */
async function tabUntil(page, pred, what, max = 200) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (f && pred(f)) return f;
  }
  assert.fail(`Tab never reached ${what}`);
}

test('the whole page by keyboard alone', async (t) => {
  const server = await startServer({ root: join(repoRoot, 'www'), port: 0 });
  const browser = await launch();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const page = await context.newPage();
  const errors = watchErrors(page);
  t.after(async () => {
    await browser.close();
    await server.close();
  });
  await page.goto(server.url);
  await page.waitForSelector('body[data-state="ready"]', { timeout: 10_000 });

  await t.test('Tab reaches every control, each named and with a focus ring', async () => {
    const expected = await page.evaluate((sel) => [...document.querySelectorAll(sel)]
      .filter((el) => !el.disabled && !el.closest('[hidden]') && !el.closest('details:not([open]) > :not(summary)')
        && (el.getClientRects().length > 0 || el.type === 'file'))
      .length, SELECTOR);
    const seen = [];
    for (let i = 0; i < 400; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      if (!f) continue;
      if (seen.length && f.id === seen[0].id && f.name === seen[0].name) break; // wrapped round
      seen.push(f);
    }
    assert.equal(seen[0].name, 'Skip to the highlighted text', 'the first stop skips to the text');
    const unnamed = seen.filter((f) => !f.name);
    assert.deepEqual(unnamed, [], 'every stop has a name');
    const ringless = seen.filter((f) => !f.ring);
    assert.deepEqual(ringless, [], 'every stop shows a focus ring');
    assert.ok(seen.every((f) => f.id !== 'body'));
    // Every control on the page is a stop (the sample's entities, phrases
    // and chart bars included), none twice.
    assert.equal(seen.length, expected, `stops: ${seen.map((f) => f.id).join(' ')}`);
    for (const id of ['select#sample', 'input#file', 'button#clear', 'textarea#text', 'summary', 'div#view']) {
      assert.ok(seen.some((f) => f.id === id), `${id} is reachable`);
    }
    for (const kind of ['json/download', 'entities/download', 'keyphrases/download', 'markdown/download', 'json/copy', 'markdown/copy']) {
      assert.ok(seen.some((f) => f.id.endsWith(`[${kind}]`)), `export ${kind} is reachable`);
    }
    assert.ok(seen.filter((f) => f.id.startsWith('button[')).length >= 5, 'entity and phrase entries are stops');
  });

  await t.test('skip link, sample, typing and a threshold', async () => {
    await page.reload();
    await page.waitForSelector('body[data-state="ready"]', { timeout: 10_000 });
    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).name, 'Skip to the highlighted text');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'review');

    // Pick the second sample from the list with the arrow keys.
    await page.keyboard.press('Shift+Tab'); // back into the page from the review pane
    const sample = await tabUntil(page, (f) => f.id === 'select#sample', 'the sample list');
    assert.ok(sample.ring);
    await page.keyboard.press('ArrowDown');
    const harbour = readFileSync(join(repoRoot, 'www/samples/harbour-bridge-reopens.txt'), 'utf8');
    await page.waitForFunction((t) => document.getElementById('text').value === t, harbour, { timeout: 5000 });
    await waitForStatus(page, /^Analysed \d+ words/);

    // Clear, then type an article.
    await tabUntil(page, (f) => f.id === 'button#clear', 'Clear');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.getElementById('text').value === '');
    await tabUntil(page, (f) => f.id === 'textarea#text', 'the editor');
    const typed = 'Maria Lopez met the mayor of Lisbon on Tuesday. The council, which had argued for years about '
      + 'the cost of the bridge and the roads that would lead to it, finally agreed to pay 40 million euros for it.';
    await page.keyboard.insertText(typed);
    await waitForStatus(page, /^Analysed 39 words/);
    assert.equal(await longSentences(page), 1, 'the 30-word sentence is long');

    // Open the thresholds with Enter and lower the long-sentence limit.
    await tabUntil(page, (f) => f.id === 'summary', 'Thresholds');
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('details.settings').evaluate((d) => d.open), true);
    const input = await tabUntil(page, (f) => f.id === 'input', 'the first threshold');
    assert.match(input.name, /Long sentence over/);
    await page.keyboard.type('8');
    await page.waitForFunction(() => new Set([...document.querySelectorAll('#view .is-long')].map((el) => el.dataset.start)).size === 2, null, { timeout: 5000 });
    // Defaults (a reset button) puts it back.
    await tabUntil(page, (f) => f.name === 'Defaults', 'Defaults');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => new Set([...document.querySelectorAll('#view .is-long')].map((el) => el.dataset.start)).size === 1, null, { timeout: 5000 });
    assert.match(await status(page), /^Analysed 39 words/);
  });

  await t.test('an entity, a keyphrase and a chart bar find their text', async () => {
    const entity = await tabUntil(page, (f) => f.id.startsWith('button[') && /Maria Lopez/.test(f.name), 'Maria Lopez');
    assert.ok(entity.ring);
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-pressed')), 'true');
    const marked = await page.locator('#view .is-selected').allTextContents();
    assert.equal(marked.join(''), 'Maria Lopez');
    await page.keyboard.press('Escape');
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-pressed')), 'false');
    assert.equal(await page.locator('#view .is-selected').count(), 0);

    // A keyphrase with Space; its mentions are marked.
    await tabUntil(page, (f) => f.id.startsWith('button[') && /bridge/i.test(f.name), 'a keyphrase about the bridge');
    await page.keyboard.press('Space');
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-pressed')), 'true');
    assert.match((await page.locator('#view .is-selected').allTextContents()).join(' '), /bridge/i);
    await page.keyboard.press('Escape');

    // A bar of the sentence-length chart: Enter marks its sentence.
    await tabUntil(page, (f) => /^Sentence 2:/.test(f.name), 'the chart bar of sentence 2');
    await page.keyboard.press('Enter');
    const charted = await page.locator('#view .is-charted').allTextContents();
    assert.match(charted.join(''), /^The council/);
  });

  await t.test('exports by keyboard: a download and the clipboard', async () => {
    await tabUntil(page, (f) => f.id === 'button[json/download]', 'Analysis (JSON)');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const json = JSON.parse(readFileSync(await download.path(), 'utf8'));
    assert.equal(json.stats.words, 39);
    await tabUntil(page, (f) => f.id === 'button[markdown/copy]', 'Copy report');
    await page.keyboard.press('Enter');
    await page.waitForFunction(async () => /Maria Lopez/.test(await navigator.clipboard.readText()), null, { timeout: 5000 });
  });

  await t.test('logs no errors', () => {
    assert.deepEqual(errors, []);
  });
});
