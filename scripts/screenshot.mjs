// Saves the README's screenshot of the page, analysing the sample:
//   node scripts/screenshot.mjs [--out docs/screenshot.png] [--dark] [--full]
// Needs a build first (bash scripts/build.sh) for www/pkg/.
import { join, resolve } from 'node:path';
import { startServer } from './serve.mjs';
import { launch, repoRoot } from '../tests/js/lib/browser.mjs';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = resolve(outAt >= 0 ? args[outAt + 1] : join(repoRoot, 'docs/screenshot.png'));

const server = await startServer({ root: join(repoRoot, 'www'), port: 0 });
const browser = await launch();
try {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    deviceScaleFactor: 1,
    colorScheme: args.includes('--dark') ? 'dark' : 'light',
  });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForSelector('body[data-state="ready"]', { timeout: 15_000 });
  // Analyse once more so that the status shows a warm run, not the first
  // call (which includes compiling the wasm).
  await page.evaluate(() => new Promise((resolve) => {
    const status = document.getElementById('status');
    new MutationObserver(resolve).observe(status, { childList: true, characterData: true, subtree: true });
    document.getElementById('text').dispatchEvent(new Event('input', { bubbles: true }));
  }));
  await page.evaluate(() => document.fonts.ready);
  const full = args.includes('--full');
  // Without --full: the first screen, cut just below the two panes.
  const bottom = await page.evaluate(() => Math.ceil(document.querySelector('.pane-review').getBoundingClientRect().bottom) + 20);
  await page.screenshot({ path: out, fullPage: full, clip: full ? undefined : { x: 0, y: 0, width: 1280, height: Math.min(bottom, 900) } });
  console.log(`screenshot: ${out}`);
} finally {
  await browser.close();
  await server.close();
}
