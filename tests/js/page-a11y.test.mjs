// Accessibility of the page: axe-core (from npm) finds no WCAG 2 A/AA
// violations, contrast included, in light and in dark mode, with the sample
// analysed and an entity picked.
//
// Run after `bash scripts/build.sh`:  node --test tests/js/page-a11y.test.mjs
import test from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startServer } from '../../scripts/serve.mjs';
import { launch, repoRoot } from './lib/browser.mjs';

const AXE = join(repoRoot, 'node_modules/axe-core/axe.min.js');

test('axe-core: no WCAG 2 AA violations, light and dark', async (t) => {
  const server = await startServer({ root: join(repoRoot, 'www'), port: 0 });
  const browser = await launch();
  t.after(async () => {
    await browser.close();
    await server.close();
  });
  for (const colorScheme of ['light', 'dark']) {
    await t.test(colorScheme, async () => {
      // bypassCSP only so that the test can inject axe; the page itself keeps its CSP.
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme, bypassCSP: true, reducedMotion: 'reduce' });
      const page = await context.newPage();
      await page.goto(server.url);
      await page.waitForSelector('body[data-state="ready"]', { timeout: 10_000 });
      await page.addScriptTag({ path: AXE });
      const run = () => page.evaluate(async () => {
        const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } });
        return r.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} (${n.failureSummary?.split('\n').slice(1, 2).join(' ').trim()})`).join('; ')}`);
      });
      assert.deepEqual(await run(), []);
      await page.locator('#entities button[data-key]').first().click();
      assert.deepEqual(await run(), [], 'with an entity picked');
      await context.close();
    });
  }
});
