// A long text in the page: from 1 MB the page says it is analysing and shows
// an indeterminate progress bar, and typing stays responsive while the
// worker analyses 5 MB.
//
// Run after `bash scripts/build.sh`:  node --test tests/js/page-long.test.mjs
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from '../../scripts/serve.mjs';
import { launch, repoRoot, watchErrors } from './lib/browser.mjs';

const sample = readFileSync(join(repoRoot, 'www/samples/iran-russia-partnership.txt'), 'utf8');

test('a 5 MB text: progress shown, typing responsive', async (t) => {
  const server = await startServer({ root: join(repoRoot, 'www'), port: 0 });
  const browser = await launch();
  t.after(async () => {
    await browser.close();
    await server.close();
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = watchErrors(page);
  await page.goto(server.url);
  await page.waitForSelector('body[data-state="ready"]', { timeout: 10_000 });
  assert.ok(await page.locator('#progress').isHidden());

  // Distinct paragraphs (repeated lines would be left out of the analysis).
  const paragraphs = sample.split(/\n\s*\n/).filter((p) => p.trim());
  const parts = [];
  for (let n = 0, i = 0; n < 5e6; i++) {
    const p = `Part ${i + 1}. ${paragraphs[i % paragraphs.length]}`;
    parts.push(p);
    n += p.length + 2;
  }
  const big = parts.join('\n\n');
  assert.ok(big.length >= 5e6);
  await page.locator('#text').evaluate((editor, text) => {
    editor.value = text;
    editor.focus();
    editor.setSelectionRange(text.length, text.length);
    editor.dispatchEvent(new Event('input', { bubbles: true }));
  }, big);
  await page.waitForFunction(() => !document.getElementById('progress').hidden, null, { timeout: 5000 });
  const shown = await page.evaluate(() => ({
    status: document.getElementById('status').textContent,
    value: document.getElementById('progress').getAttribute('value'),
    busy: !document.getElementById('progress').hidden,
  }));
  assert.deepEqual(shown, { status: 'Analysing…', value: null, busy: true }, 'an indeterminate progress bar and a message');

  // A keypress while the worker is busy: how long until the textarea has it,
  // and whether the analysis was still under way when it did (read then,
  // not after the round trips back to the test, by which time a fast
  // analysis may have ended, or a new one begun).
  const press = async () => {
    await page.evaluate(() => {
      window.__typedAt = null;
      window.__busyWhenTyped = null;
      document.getElementById('text').addEventListener('input', () => {
        window.__typedAt ??= performance.now();
        window.__busyWhenTyped ??= !document.getElementById('progress').hidden;
      }, { once: true });
    });
    const t0 = await page.evaluate(() => performance.now());
    await page.keyboard.press('x');
    return page.evaluate((start) => ({
      ms: window.__typedAt - start,
      busy: window.__busyWhenTyped,
      last: document.getElementById('text').value.slice(-1),
    }), t0);
  };
  const during = await press();
  assert.equal(during.last, 'x');
  assert.equal(during.busy, true, 'the analysis was still running when the keypress reached the textarea');
  await page.waitForFunction(() => document.getElementById('progress').hidden
    && document.getElementById('status').dataset.kind === 'ok', null, { timeout: 60_000 });
  // The same keypress with the worker idle: Chromium's own cost of editing a
  // 5 MB textarea, which the analysis must not add to.
  await page.waitForTimeout(50);
  const idleStart = await page.evaluate(() => performance.now());
  const idle = await press();
  await page.evaluate(() => new Promise((r) => setTimeout(r, 0)));
  console.log(`keypress reflected in the textarea after ${during.ms.toFixed(0)} ms while the worker analysed ${(big.length / 1e6).toFixed(1)} MB; `
    + `${idle.ms.toFixed(0)} ms with the worker idle (Chromium's own cost of editing a 5 MB textarea)`);
  assert.ok(idleStart > 0);
  assert.ok(during.ms < idle.ms * 2 + 250, `the analysis adds no lag to typing (${during.ms.toFixed(0)} vs ${idle.ms.toFixed(0)} ms)`);

  // And the analysis of the whole text arrives, and the progress goes away.
  // (Read in the same turn as the test: the idle keypress above starts one
  // more analysis after the editor's pause, which may begin between two
  // round trips from here.)
  const settled = await page.waitForFunction(() => {
    const status = document.getElementById('status');
    return document.getElementById('progress').hidden && status.dataset.kind === 'ok'
      && status.textContent.startsWith('Analysed') && status.textContent;
  }, null, { timeout: 60_000 });
  const status = await settled.jsonValue();
  console.log(`status: ${status}`);
  assert.match(status, /^Analysed [\d,]+ words/);
  assert.deepEqual(errors, []);
});
