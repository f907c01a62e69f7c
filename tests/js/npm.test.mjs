// The npm package in pkg/, as a developer meets it: packed with `npm pack`,
// installed from the tarball into fresh projects, and used from plain Node
// (ESM and CommonJS), from a Vite build, from a browser <script
// type="module">, and from TypeScript. Runs after scripts/build.sh.
//
// Offline: the tarball has no dependencies, and Vite and tsc come from the
// repo's own node_modules.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { startServer } from '../../scripts/serve.mjs';
import { launch, repoRoot, watchErrors } from './lib/browser.mjs';

const run = promisify(execFile);
const pkgDir = join(repoRoot, 'pkg');
const fixtures = join(repoRoot, 'tests', 'js', 'fixtures', 'npm');
const bin = (name) => join(repoRoot, 'node_modules', '.bin', name);

// The same article everywhere; its counts come from the package in Node and
// must be the same in every other place.
const ARTICLE = readFileSync(join(fixtures, 'article.txt'), 'utf8');

let work; // temp folder for this run
let project; // a project with the tarball installed
let tarball;
let packed; // npm pack's report
let browser;

async function node(file, cwd = project) {
  const { stdout } = await run(process.execPath, [file], { cwd });
  return stdout;
}

before(async () => {
  assert.ok(existsSync(join(pkgDir, 'package.json')), 'pkg/ is missing: run scripts/build.sh first');
  work = mkdtempSync(join(tmpdir(), 'lede-npm-'));
  const { stdout } = await run('npm', ['pack', pkgDir, '--pack-destination', work, '--json']);
  [packed] = JSON.parse(stdout);
  tarball = join(work, packed.filename);

  project = join(work, 'project');
  cpSync(join(fixtures, 'project'), project, { recursive: true });
  writeFileSync(join(project, 'article.txt'), ARTICLE);
  await run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error', tarball], {
    cwd: project,
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the tarball', () => {
  test('holds one wasm file, the three entries, the declarations and the data notices', () => {
    const files = packed.files.map((f) => f.path).sort();
    assert.deepEqual(files, [
      'ATTRIBUTION.md',
      'README.md',
      'lede.d.ts',
      'lede.js',
      'lede_bg.wasm',
      'node-worker.cjs',
      'node.cjs',
      'node.d.cts',
      'node.mjs',
      'package.json',
      'worker.js',
    ]);
    assert.equal(files.filter((f) => f.endsWith('.wasm')).length, 1);
  });

  test('package.json names the package, its version, licence and exports', () => {
    const manifest = JSON.parse(readFileSync(join(project, 'node_modules', 'lede', 'package.json'), 'utf8'));
    const cargo = readFileSync(join(repoRoot, 'Cargo.toml'), 'utf8');
    assert.equal(manifest.name, 'lede');
    assert.equal(manifest.version, cargo.match(/^version = "(.+)"/m)[1]);
    assert.equal(manifest.license, 'MIT OR Apache-2.0');
    assert.equal(manifest.types, './lede.d.ts');
    assert.equal(manifest.sideEffects, false);
    assert.equal(manifest.dependencies, undefined, 'the package must have no dependencies');
    const root = manifest.exports['.'];
    assert.equal(root.node.import.default, './node.mjs');
    assert.equal(root.node.require.default, './node.cjs');
    assert.equal(root.browser, './lede.js');
    assert.equal(root.default, './lede.js');
  });

  test('the declarations name every key of a real result', async () => {
    const dts = readFileSync(join(project, 'node_modules', 'lede', 'lede.d.ts'), 'utf8');
    const declared = new Set([...dts.matchAll(/^\s+(?:readonly\s+)?(\w+)\??:/gm)].map((m) => m[1]));
    const keys = JSON.parse(await node('keys.mjs'));
    const missing = keys.filter((path) => !declared.has(path.split('.').pop()));
    assert.deepEqual(missing, [], 'add these to npm/lede.d.ts');
    assert.ok(keys.includes('Analysis.paragraphs[].repeatOf'), 'the sample exercises repeats');
  });

  test('the declarations never use any', () => {
    const dts = readFileSync(join(project, 'node_modules', 'lede', 'lede.d.ts'), 'utf8');
    const code = dts.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    assert.doesNotMatch(code, /\bany\b/);
  });
});

describe('plain Node', () => {
  test('import { analyze } from "lede" works without init()', async () => {
    const out = JSON.parse(await node('esm.mjs'));
    assert.ok(out.words > 50, `words: ${out.words}`);
    assert.equal(out.firstSentence, 'Moscow and Tehran signed a partnership treaty on Friday.');
    assert.equal(out.version, packed.version);
    assert.ok(out.mentions > 3, `entity mentions: ${out.mentions}`);
    assert.equal(out.mentionsMatch, true, 'text.slice(start, end) is each mention');
    assert.equal(out.sameAsRequire, true, 'import and require should share one instance');
  });

  test('require("lede") works without init()', async () => {
    const esm = JSON.parse(await node('esm.mjs'));
    const cjs = JSON.parse(await node('cjs.cjs'));
    assert.equal(cjs.words, esm.words);
    assert.equal(cjs.firstSentence, esm.firstSentence);
    assert.equal(cjs.version, esm.version);
  });

  test('wrong types are TypeErrors, too much text a RangeError, and the next call works', async () => {
    const out = JSON.parse(await node('errors.mjs'));
    assert.deepEqual(out.errors, [
      ['TypeError', 'lede.analyze: text must be a string, got number'],
      ['TypeError', 'lede.analyze: text must be a string, got undefined'],
      ['TypeError', 'lede.analyze: text must be a string, got null'],
      ['TypeError', 'lede.analyze: text must be a string, got object'],
      ['TypeError', 'lede.analyze: options must be an object, got string'],
      ['RangeError', 'lede.analyze: input is 11 bytes, over the limit of 10 bytes (raise maxInputBytes to analyse it)'],
      ['Error', 'thrown by a getter'],
    ]);
    assert.match(out.unknownOption[1], /unknown option "maxInputByte"/);
    assert.equal(out.unknownOption[0], 'TypeError');
    assert.equal(out.wrongOptionType[0], 'TypeError');
    assert.equal(out.afterwards, 4);
  });

  test('texts short and long cross with the same UTF-16 offsets, lone surrogates included', async () => {
    const out = JSON.parse(await node('strings.mjs'));
    assert.ok(out.shortLength < 65536 && out.longLength > 65536);
    const [ascii1, ascii2] = out.sentences.ascii;
    assert.deepEqual(ascii1, [0, 16, 'Only ASCII here.']);
    assert.deepEqual(ascii2.slice(2), ['Two sentences.']);
    const first = 'Lone \ufffd high and \ufffd low in Paris.';
    for (const [name, count] of [['short', 3], ['long', 4]]) {
      const sentences = out.sentences[name];
      assert.equal(sentences.length, count, name);
      // A lone surrogate reads as U+FFFD, one unit, at its own offset.
      assert.equal(sentences[0][2].replace(/[\ud800-\udfff]/g, '\ufffd'), first, name);
      assert.deepEqual(sentences[1].slice(2), ['Emoji 😀 in Zürich, said Ms Müller.'], name);
      assert.deepEqual(sentences.at(-1).slice(2), ['Plain ASCII closes it.'], name);
      assert.equal(sentences.at(-1)[1], out[`${name}Length`], name);
    }
    // The head of both texts is the same, so are its offsets.
    assert.deepEqual(out.sentences.long.slice(0, 2), out.sentences.short.slice(0, 2));
    assert.equal(out.characters, out.shortLength - 1); // the emoji is one character, two units
  });

  test('ten megabytes of text are analysed', async () => {
    const out = JSON.parse(await node('large.mjs'));
    assert.ok(out.bytes >= 10 * 1024 * 1024);
    assert.equal(out.sentences, out.expectedSentences);
    assert.equal(out.lastSentence, 'The minister said on Tuesday 🎉 that the budget, worth 3.5 billion, would pass.');
    assert.equal(out.afterwards, 4);
  });

  test('a trapped instance is replaced, so the next call works', async () => {
    const out = JSON.parse(await node('trap.mjs'));
    assert.equal(out.trapped, 'RuntimeError');
    assert.equal(out.afterwards, 4);
    assert.equal(out.cjsAfterwards, 4, 'require() sees the fresh instance too');
  });
});

/** Serves `root`, opens `path` in Chromium and returns the body's data-* once set. */
async function openInChromium(root, path) {
  const server = await startServer({ root, port: 0 });
  const page = await browser.newPage();
  const errors = watchErrors(page);
  try {
    await page.goto(new URL(path, server.url).href);
    await page.waitForFunction(() => document.body.dataset.done === 'yes', null, { timeout: 15000 });
    const data = await page.evaluate(() => ({ ...document.body.dataset }));
    assert.deepEqual(errors, []);
    return data;
  } finally {
    await page.close();
    await server.close();
  }
}

describe('a bundler', () => {
  test('a Vite build imports lede, ships the wasm file and analyses in Chromium', async () => {
    const app = join(project, 'vite-app');
    // Also the async API, so that Vite must bundle the package's worker.
    writeFileSync(
      join(app, 'main.js'),
      [
        "import init, { analyze, analyzeAsync } from 'lede';",
        "import text from '../article.txt?raw';",
        'try {',
        '  await init();',
        '  document.body.dataset.words = analyze(text).stats.words;',
        '  document.body.dataset.asyncWords = (await analyzeAsync(text)).stats.words;',
        '} catch (e) {',
        '  document.body.dataset.error = `${e.name}: ${e.message}`;',
        '}',
        "document.body.dataset.done = 'yes';",
      ].join('\n'),
    );
    const { stderr } = await run(process.execPath, [join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], {
      cwd: app,
    });
    assert.doesNotMatch(stderr, /error/i);
    const assets = readdirSync(join(app, 'dist', 'assets'));
    assert.equal(assets.filter((f) => f.endsWith('.wasm')).length, 1, `assets: ${assets}`);
    assert.ok(assets.some((f) => /^worker-.*\.js$/.test(f)), `the worker is bundled; assets: ${assets}`);
    const expected = JSON.parse(await node('esm.mjs'));
    const data = await openInChromium(join(app, 'dist'), 'index.html');
    assert.equal(data.error, undefined);
    assert.equal(Number(data.words), expected.words);
    assert.equal(Number(data.asyncWords), expected.words, 'analyzeAsync in the bundled worker');
  });
});

describe('a browser <script type="module">', () => {
  test('imports the package lede.js directly, analyses, and recovers from a trap', async () => {
    const expected = JSON.parse(await node('esm.mjs'));
    const data = await openInChromium(project, 'browser/index.html');
    assert.equal(data.error, undefined);
    assert.equal(Number(data.words), expected.words);
    assert.equal(data.firstSentence, expected.firstSentence);
    assert.equal(data.beforeInit, 'Error');
    assert.equal(data.typeError, 'TypeError');
    assert.equal(data.trapped, 'RuntimeError');
    assert.equal(data.afterTrap, '4');
  });
});

describe('TypeScript', () => {
  test('a strict typed example checks with tsc --noEmit (ESM and CommonJS)', async () => {
    // The async API's types, checked alongside the fixture's examples.
    writeFileSync(
      join(project, 'ts', 'check-async.ts'),
      [
        "import { Analyzer, analyzeAsync, type Analysis, type Options } from 'lede';",
        "const options: Options = { maxKeywords: 3 };",
        "const viaShared: Analysis = await analyzeAsync('One. Two.', options);",
        'const analyzer = new Analyzer({ longSentenceWords: 20 });',
        "const viaClass: Promise<Analysis> = analyzer.analyze('One. Two.');",
        'const words: number = (await viaClass).stats.words;',
        'analyzer.terminate();',
        'new Analyzer();',
        '// @ts-expect-error: the result is a promise.',
        "const notSync: Analysis = analyzeAsync('x');",
        '// @ts-expect-error: unknown options are rejected.',
        "void analyzer.analyze('x', { maxKeyword: 1 });",
        'export { viaShared, words, notSync };',
      ].join('\n'),
    );
    const tsconfigPath = join(project, 'ts', 'tsconfig.json');
    const tsconfig = JSON.parse(readFileSync(tsconfigPath, 'utf8'));
    if (!tsconfig.include.includes('check-async.ts')) tsconfig.include.push('check-async.ts');
    writeFileSync(tsconfigPath, JSON.stringify(tsconfig));
    writeFileSync(
      join(project, 'ts', 'check-async-cjs.cts'),
      [
        "import lede = require('lede');",
        "const pending: Promise<lede.Analysis> = lede.analyzeAsync('One.');",
        'const analyzer: lede.Analyzer = new lede.Analyzer();',
        'export = { pending, analyzer };',
      ].join('\n'),
    );
    if (!tsconfig.include.includes('check-async-cjs.cts')) tsconfig.include.push('check-async-cjs.cts');
    writeFileSync(tsconfigPath, JSON.stringify(tsconfig));
    await run(bin('tsc'), ['--noEmit', '-p', join(project, 'ts', 'tsconfig.json')]).catch((e) => {
      assert.fail(`tsc failed:\n${e.stdout}${e.stderr}`);
    });
  });

  test('a wrong use of the result fails the check', async () => {
    const bad = join(project, 'ts-bad');
    mkdirSync(bad, { recursive: true });
    writeFileSync(
      join(bad, 'bad.ts'),
      [
        "import { analyze } from 'lede';",
        "const grade: number = analyze('x').readability.smog; // number | null",
        "const words: string = analyze('x').stats.words;",
        'export { grade, words };',
      ].join('\n'),
    );
    const config = JSON.parse(readFileSync(join(project, 'ts', 'tsconfig.json'), 'utf8'));
    writeFileSync(join(bad, 'tsconfig.json'), JSON.stringify({ ...config, include: ['bad.ts'] }));
    const failure = await run(bin('tsc'), ['--noEmit', '-p', join(bad, 'tsconfig.json')]).then(
      () => assert.fail('tsc accepted a wrong use of the result'),
      (e) => e.stdout,
    );
    assert.match(failure, /bad\.ts\(2,7\): error TS2322: Type 'number \| null' is not assignable to type 'number'/);
    assert.match(failure, /bad\.ts\(3,7\): error TS2322: Type 'number' is not assignable to type 'string'/);
  });
});
