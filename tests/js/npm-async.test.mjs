// The worker-backed async API of the npm package in pkg/ (Analyzer,
// analyzeAsync): in Node (ESM and CommonJS, worker_threads) and in Chromium
// (a module Web Worker started by the package's lede.js). Runs after
// scripts/build.sh. The Vite build of it is checked in npm.test.mjs.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { startServer } from '../../scripts/serve.mjs';
import { launch, repoRoot, watchErrors } from './lib/browser.mjs';

const run = promisify(execFile);
const ARTICLE = readFileSync(join(repoRoot, 'tests', 'js', 'fixtures', 'npm', 'article.txt'), 'utf8');

let work;
let browser;

// The same checks as ESM and as CommonJS; `IMPORT` is replaced per flavour.
const SCRIPT = `
IMPORT
const text = readFileSync('article.txt', 'utf8');
const out = {};
const expected = analyze(text, { maxKeywords: 3 });
out.same = JSON.stringify(await analyzeAsync(text, { maxKeywords: 3 })) === JSON.stringify(expected);
out.errors = [];
for (const [t, o] of [[42, undefined], [text, 'x'], [text, { maxInputByte: 1 }], ['0123456789a', { maxInputBytes: 10 }]]) {
  let sync, async_;
  try { analyze(t, o); } catch (e) { sync = [e.constructor.name, e.name, e.message]; }
  try { await analyzeAsync(t, o); } catch (e) { async_ = [e.constructor.name, e.name, e.message]; }
  out.errors.push([sync, async_]);
}
const analyzer = new Analyzer({ maxKeywords: 1 });
const texts = Array.from({ length: 60 }, (_, i) => 'Word '.repeat(i + 1).trim() + '.');
const results = await Promise.all(texts.map((t) => analyzer.analyze(t)));
out.concurrent = results.map((r) => r.stats.words);
out.defaults = (await analyzer.analyze(text)).keywords.length;
out.override = (await analyzer.analyze(text, { maxKeywords: 2 })).keywords.length;
const pending = [analyzer.analyze(text), analyzer.analyze(text)];
analyzer.terminate();
out.terminated = await Promise.allSettled(pending).then((s) => s.map((r) => r.status + ':' + (r.reason?.message ?? '')));
out.afterTerminate = (await analyzer.analyze('One two three four.')).stats.words;
analyzer.terminate();
console.log(JSON.stringify(out));
`;

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'lede-async-'));
  mkdirSync(join(work, 'node_modules'));
  cpSync(join(repoRoot, 'pkg'), join(work, 'node_modules', 'lede'), { recursive: true });
  writeFileSync(join(work, 'article.txt'), ARTICLE);
  writeFileSync(join(work, 'package.json'), '{"private": true}');
  writeFileSync(
    join(work, 'esm.mjs'),
    SCRIPT.replace('IMPORT', "import { readFileSync } from 'node:fs';\nimport { analyze, analyzeAsync, Analyzer } from 'lede';"),
  );
  writeFileSync(
    join(work, 'cjs.cjs'),
    `(async () => {${SCRIPT.replace('IMPORT', "const { readFileSync } = require('node:fs');\nconst { analyze, analyzeAsync, Analyzer } = require('lede');")}})();`,
  );
  browser = await launch();
});

after(async () => {
  await browser?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

function checkNode(out) {
  assert.equal(out.same, true, 'analyzeAsync gives the same analysis as analyze');
  assert.equal(out.errors.length, 4);
  for (const [sync, async_] of out.errors) {
    assert.ok(sync, 'analyze threw');
    assert.deepEqual(async_, sync, 'same class, name and message');
  }
  assert.deepEqual(out.errors.map(([s]) => s[0]), ['TypeError', 'TypeError', 'TypeError', 'RangeError']);
  assert.deepEqual(out.concurrent, Array.from({ length: 60 }, (_, i) => i + 1));
  assert.equal(out.defaults, 1, 'constructor options apply');
  assert.equal(out.override, 2, 'call options override them');
  assert.equal(out.terminated.length, 2);
  for (const s of out.terminated) assert.match(s, /^rejected:.*terminate\(\)/);
  assert.equal(out.afterTerminate, 4);
}

describe('Node', () => {
  test('ESM: same result, errors keep their class, concurrent calls in order, terminate rejects', async () => {
    const { stdout } = await run(process.execPath, ['esm.mjs'], { cwd: work });
    checkNode(JSON.parse(stdout));
  });

  test('CommonJS: the same', async () => {
    const { stdout } = await run(process.execPath, ['cjs.cjs'], { cwd: work });
    checkNode(JSON.parse(stdout));
  });

  test('a crashed worker rejects pending calls and the next call starts a fresh one', async () => {
    // A worker whose script throws on start stands for a crash; the file is
    // then restored, so the next call must start a fresh, working worker.
    const broken = join(work, 'broken');
    cpSync(join(work, 'node_modules'), join(broken, 'node_modules'), { recursive: true });
    writeFileSync(join(broken, 'node_modules', 'lede', 'node-worker.cjs'), "throw new Error('boom');");
    writeFileSync(
      join(broken, 'crash.mjs'),
      `import { analyze, Analyzer } from 'lede';
       import { writeFileSync, readFileSync } from 'node:fs';
       const analyzer = new Analyzer();
       const first = await Promise.allSettled([analyzer.analyze('One two.'), analyzer.analyze('Three.')]);
       const file = new URL('./node_modules/lede/node-worker.cjs', import.meta.url);
       writeFileSync(file, readFileSync(new URL('../node_modules/lede/node-worker.cjs', import.meta.url)));
       const next = (await analyzer.analyze('One two three four.')).stats.words;
       analyzer.terminate();
       console.log(JSON.stringify({ first: first.map((r) => [r.status, r.reason?.constructor.name, r.reason?.message]), next }));`,
    );
    const { stdout } = await run(process.execPath, ['crash.mjs'], { cwd: broken });
    const out = JSON.parse(stdout);
    for (const [status, name, message] of out.first) {
      assert.equal(status, 'rejected');
      assert.equal(name, 'Error');
      assert.match(message, /worker stopped unexpectedly: boom; the next call starts a new worker/);
    }
    assert.equal(out.next, 4, 'the next call started a fresh worker');
  });

  test('an idle shared worker does not keep the process alive', async () => {
    writeFileSync(join(work, 'idle.mjs'), "import { analyzeAsync } from 'lede';\nconsole.log((await analyzeAsync('One two.')).stats.words);");
    const started = Date.now();
    const { stdout } = await run(process.execPath, ['idle.mjs'], { cwd: work, timeout: 10000 });
    assert.equal(stdout.trim(), '2');
    assert.ok(Date.now() - started < 10000);
  });
});

describe('Chromium', () => {
  test('analyzeAsync runs in a module Web Worker; the main thread keeps ticking through 2 MB', async () => {
    writeFileSync(
      join(work, 'index.html'),
      `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>async</title>
<script type="module">
import init, { analyze, analyzeAsync, Analyzer } from './node_modules/lede/lede.js';
const data = document.body.dataset;
try {
  const article = await (await fetch('./article.txt')).text();
  const big = (article + '\\n\\n').repeat(Math.ceil((2 * 1024 * 1024) / article.length));
  await analyzeAsync('Warm up.');
  let ticks = 0, longest = 0, last = performance.now();
  const timer = setInterval(() => { const now = performance.now(); longest = Math.max(longest, now - last); last = now; ticks++; }, 10);
  const started = performance.now();
  const result = await analyzeAsync(big);
  const took = performance.now() - started;
  clearInterval(timer);
  data.bigBytes = new TextEncoder().encode(big).length;
  data.bigSentences = result.stats.sentences;
  data.took = Math.round(took);
  data.ticks = ticks;
  data.longestGap = Math.round(longest);
  await init();
  data.same = JSON.stringify(await analyzeAsync(article)) === JSON.stringify(analyze(article));
  data.syncSentences = analyze(big).stats.sentences;
  try { await analyzeAsync(42); } catch (e) { data.typeError = e.constructor.name + ': ' + e.message; }
  const a = new Analyzer();
  const pending = a.analyze(big);
  a.terminate();
  data.terminated = await pending.then(() => 'resolved', (e) => e.message);
} catch (e) {
  data.error = e.name + ': ' + e.message;
}
data.done = 'yes';
</script><body></body>`,
    );
    const server = await startServer({ root: work, port: 0 });
    const page = await browser.newPage();
    const errors = watchErrors(page);
    try {
      await page.goto(new URL('index.html', server.url).href);
      await page.waitForFunction(() => document.body.dataset.done === 'yes', null, { timeout: 60000 });
      const data = await page.evaluate(() => ({ ...document.body.dataset }));
      assert.equal(data.error, undefined);
      assert.deepEqual(errors, []);
      assert.ok(Number(data.bigBytes) >= 2 * 1024 * 1024);
      assert.equal(data.bigSentences, data.syncSentences);
      assert.equal(data.same, 'true');
      assert.equal(data.typeError, 'TypeError: lede.analyze: text must be a string, got number');
      assert.match(data.terminated, /terminate\(\)/);
      // The interval fires every 10 ms while the worker works: the main
      // thread is never blocked for long.
      const expectedTicks = Number(data.took) / 10;
      console.log(`# 2 MB analysed in a worker in ${data.took} ms; ${data.ticks} ticks, longest gap ${data.longestGap} ms`);
      assert.ok(Number(data.ticks) >= expectedTicks * 0.5, `ticks ${data.ticks} over ${data.took} ms`);
      assert.ok(Number(data.longestGap) < 250, `longest main-thread gap ${data.longestGap} ms`);
    } finally {
      await page.close();
      await server.close();
    }
  });
});
