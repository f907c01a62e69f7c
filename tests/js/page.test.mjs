// The page end to end in headless Chromium: it loads the wasm in a worker,
// shows the sample's numbers (checked against the same wasm run in Node),
// lists and highlights its entities and keyphrases and finds the mentions
// of one (mouse and keyboard), follows typing, shades a hard long sentence,
// keeps user text as text, survives errors and a dying worker, and lays out
// on a desktop and a phone.
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

// The page's groups of entity types, as the product defines them (names
// first), written out here independently of www/entities.js.
const GROUPS = [
  ['person', ['PERSON']], ['org', ['ORG']], ['place', ['GPE', 'LOC', 'FAC']], ['norp', ['NORP']],
  ['event', ['EVENT', 'LAW']], ['date', ['DATE', 'TIME']], ['money', ['MONEY']], ['percent', ['PERCENT']],
  ['quantity', ['QUANTITY']],
];
const groupOf = (type) => GROUPS.find(([, types]) => types.includes(type))?.[0] ?? 'other';

/** The view as runs of text: [{ start, end, cls, title, mention }] for every element. */
const viewSpans = (page) => page.locator('#view').evaluate((view) => {
  const out = [];
  let pos = 0;
  for (const node of view.childNodes) {
    const len = node.textContent.length;
    if (node.nodeName === 'SPAN') {
      out.push({ start: pos, end: pos + len, cls: node.className.split(' '), title: node.title, mention: node.dataset.mention ?? null });
    }
    pos += len;
  }
  return out;
});

/** The elements that exactly cover [start, end), or null when none do. */
function covering(spans, start, end) {
  const parts = spans.filter((s) => s.start >= start && s.end <= end);
  if (!parts.length || parts[0].start !== start || parts.at(-1).end !== end) return null;
  for (let i = 1; i < parts.length; i++) if (parts[i].start !== parts[i - 1].end) return null;
  return parts;
}

/** The marked mentions in the view, in order: [{ start, end, text }], one per data-mention. */
async function markedMentions(page, text) {
  const byMention = new Map();
  for (const s of await viewSpans(page)) {
    if (!s.cls.includes('is-selected')) continue;
    const m = byMention.get(s.mention);
    if (m && m.end === s.start) m.end = s.end;
    else if (m) assert.fail(`mention ${s.mention} is marked in two places`);
    else byMention.set(s.mention, { start: s.start, end: s.end });
  }
  return [...byMention.values()].map((m) => ({ ...m, text: text.slice(m.start, m.end) }));
}

/** Presses Tab (from `from`) until the entry with data-key `key` has the focus. */
async function tabTo(page, key, from = '#text') {
  await page.locator(from).focus();
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((k) => document.activeElement?.dataset?.key === k, key)) return;
  }
  assert.fail(`Tab never reached ${key}`);
}

/** WCAG contrast ratio of two #rrggbb colours. */
function contrast(a, b) {
  const lum = (hex) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

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

test('entity types in groups and words', async () => {
  const en = await import('../../www/entities.js');
  for (const [id, types] of GROUPS) for (const type of types) assert.equal(en.entityGroup(type).id, id);
  assert.equal(en.entityGroup('WORK_OF_ART').id, 'other', 'a type the page does not know yet');
  assert.deepEqual(en.ENTITY_GROUPS.map((g) => g.id), GROUPS.map(([id]) => id));
  assert.equal(en.entityTitle({ type: 'PERSON', name: 'Vladimir Putin', role: 'Russian President' }), 'Person: Vladimir Putin (Russian President)');
  assert.equal(en.entityTitle({ type: 'GPE', name: 'Iran', role: null }), 'Place (country, city or state): Iran');
  const grouped = en.groupEntities([
    { type: 'GPE', name: 'Iran', salience: 0.5 }, { type: 'DATE', name: 'Tuesday', salience: 0.9 },
    { type: 'LOC', name: 'West Asia', salience: 0.7 }, { type: 'PERSON', name: 'Ada', salience: 0.1 },
    { type: 'XYZ', name: '?', salience: 1 },
  ]);
  assert.deepEqual(grouped.map(({ group, entities }) => [group.id, entities.map((e) => e.name)]),
    [['person', ['Ada']], ['place', ['West Asia', 'Iran']], ['date', ['Tuesday']], ['other', ['?']]]);
});

test('the page', async (t) => {
  const server = await startServer({ root: join(repoRoot, 'www'), port: 0 });
  const browser = await launch();
  t.after(async () => {
    await browser.close();
    await server.close();
  });

  // Reduced motion: scrolling to a mention is instant, so it can be checked at once.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce', acceptDownloads: true });
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

    // Every sentence is in the view with its grade and word count on hover
    // (in pieces where mentions start and end, all with its numbers).
    const s0 = expected.sentences[1];
    const pieces = page.locator(`.view .sentence[data-start="${s0.start}"]`);
    const first = pieces.first();
    assert.equal((await pieces.allTextContents()).join(''), sample.slice(s0.start, s0.end));
    assert.match(await first.getAttribute('title'), new RegExp(`^Grade ${s0.grade.toFixed(1)} · ${s0.words} words`));
    const veryHard = expected.sentences.filter((s) => s.difficulty === 'veryHard').length;
    assert.equal(await page.locator('[data-count="very-hard"]').textContent(), String(veryHard));
    const sentencesWith = async (cls) => new Set(await page.locator(`.view .sentence.${cls}`)
      .evaluateAll((els) => els.map((el) => el.dataset.start))).size;
    assert.equal(await sentencesWith('is-very-hard'), veryHard);
    assert.equal(await sentencesWith('is-long'), expected.sentences.filter((s) => s.long).length);
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
    await page.locator(`.view .sentence[data-start="${last.start}"]`).first().click();
    const ed = await page.locator('#text').evaluate((el) => ({ sel: [el.selectionStart, el.selectionEnd], top: el.scrollTop }));
    assert.deepEqual(ed.sel, [last.start, last.end]);
    assert.ok(ed.top > 0, 'the editor scrolled to the sentence');
  });

  await t.test('lists the entities by type, names first, and colours their mentions', async () => {
    const expected = analyze(sample);
    assert.ok(expected.entities.length > 0, 'the wasm finds entities in the sample');
    const shown = await page.locator('#entities .entity-group').evaluateAll((groups) => groups.map((g) => ({
      group: g.dataset.group,
      heading: g.querySelector('h3').textContent,
      items: [...g.querySelectorAll('button[data-key]')].map((b) => ({
        name: b.querySelector('.item-name').textContent,
        role: b.querySelector('.item-role')?.textContent ?? null,
        count: b.querySelector('.item-count').textContent,
        meter: Number(b.querySelector('meter').value),
        pressed: b.getAttribute('aria-pressed'),
      })),
    })));
    // The groups in the product's order, each by salience.
    const want = GROUPS.map(([id]) => [id, expected.entities.filter((e) => groupOf(e.type) === id)])
      .filter(([, list]) => list.length)
      .map(([group, list]) => ({ group, list: [...list].sort((a, b) => b.salience - a.salience) }));
    assert.deepEqual(shown.map((g) => g.group), want.map((g) => g.group));
    for (const [i, { group, list }] of want.entries()) {
      assert.deepEqual(shown[i].items.map((x) => x.name), list.map((e) => e.name), `the ${group} group`);
      assert.deepEqual(shown[i].items.map((x) => x.role), list.map((e) => e.role));
      assert.deepEqual(shown[i].items.map((x) => Number(x.count.replace(/\D/g, ''))), list.map((e) => e.mentions.length));
      assert.deepEqual(shown[i].items.map((x) => x.meter), list.map((e) => e.salience));
      assert.ok(shown[i].items.every((x) => x.pressed === 'false'));
    }
    // The product's two people, with their roles, listed first.
    assert.equal(shown[0].group, 'person');
    assert.match(shown[0].heading, /People/);
    for (const name of ['Vladimir Putin', 'Masoud Pezeshkian']) {
      const item = shown[0].items.find((x) => x.name === name);
      assert.ok(item, `${name} is listed under People`);
      assert.equal(item.role, expected.entities.find((e) => e.name === name).role);
    }
    assert.equal(await page.locator('#entities-count').textContent(), `${expected.entities.length} entities`);

    // Every mention is in the view with its group's class and, on hover,
    // its type and the entity's name.
    const spans = await viewSpans(page);
    for (const e of expected.entities) {
      for (const m of e.mentions) {
        const parts = covering(spans, m.start, m.end);
        assert.ok(parts, `${e.name} at ${m.start} is one run of the view`);
        for (const p of parts) {
          assert.ok(p.cls.includes('entity') && p.cls.includes(`entity-${groupOf(e.type)}`), `${e.name} at ${m.start}: ${p.cls}`);
          assert.ok(p.title.split('\n').some((line) => line.endsWith(`: ${e.name}${e.role ? ` (${e.role})` : ''}`)), p.title);
        }
      }
    }
    const entitySpans = spans.filter((s) => s.cls.includes('entity')).length;
    assert.ok(entitySpans >= expected.entities.reduce((n, e) => n + e.mentions.length, 0));

    // Each group's colour is really painted, and differs from the others.
    const painted = await page.locator('#view .entity').evaluateAll((els) => {
      const seen = {};
      for (const el of els) {
        const group = [...el.classList].find((c) => c.startsWith('entity-'));
        seen[group] ??= getComputedStyle(el).boxShadow;
      }
      return seen;
    });
    assert.equal(Object.keys(painted).length, want.length);
    assert.ok(Object.values(painted).every((v) => v !== 'none'));
    assert.equal(new Set(Object.values(painted)).size, want.length, 'one colour per group');
    // The legend has a toggle per group present, and it works.
    const place = page.locator('#view .entity-place').first();
    assert.notEqual(await place.evaluate((el) => getComputedStyle(el).boxShadow), 'none');
    await page.locator('input[data-layer="entity-place"]').uncheck();
    assert.equal(await place.evaluate((el) => getComputedStyle(el).boxShadow), 'none');
    await page.locator('input[data-layer="entity-place"]').check();
    assert.equal(await page.locator('.legend-entity-money').isVisible(), want.some((g) => g.group === 'money'));
  });

  await t.test('has entity colours that stand out, light and dark', async () => {
    for (const scheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme: scheme });
      const c = await page.evaluate((ids) => {
        const css = getComputedStyle(document.documentElement);
        const v = (name) => css.getPropertyValue(name).trim();
        return { surface: v('--surface'), on: v('--ent-on'), colours: ids.map((id) => v(`--ent-${id}`)) };
      }, GROUPS.map(([id]) => id));
      assert.equal(new Set(c.colours).size, GROUPS.length, `${scheme}: a colour per group`);
      for (const colour of c.colours) {
        assert.match(colour, /^#[0-9a-f]{6}$/i);
        assert.ok(contrast(colour, c.surface) >= 3, `${scheme}: ${colour} on ${c.surface}`);
        assert.ok(contrast(colour, c.on) >= 4.5, `${scheme}: picked text on ${colour}`);
      }
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  await t.test('finds every mention of an entity, by mouse and by keyboard', async () => {
    const expected = analyze(sample);
    const putin = expected.entities.find((e) => e.name === 'Vladimir Putin');
    assert.equal(putin.type, 'PERSON');
    const button = page.locator('#entities button[data-key]', { has: page.locator('.item-name', { hasText: /^Vladimir Putin$/ }) });
    await button.click();
    assert.equal(await button.getAttribute('aria-pressed'), 'true');
    const marked = await markedMentions(page, sample);
    assert.equal(marked.length, putin.mentions.length);
    assert.equal(marked.length, putin.count);
    assert.deepEqual(marked, putin.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })));
    assert.ok(marked.every((m) => /Putin/.test(m.text)));
    assert.equal(await page.locator('#hint').textContent(), `Vladimir Putin: ${putin.mentions.length} mentions`);
    assert.equal(await page.locator('#picked-pos').textContent(), `1 / ${putin.mentions.length}`);
    // The first is scrolled into sight, ringed; the arrows walk on.
    const inView = (sel) => page.locator(sel).first().evaluate((el) => {
      const r = el.getBoundingClientRect();
      const v = document.getElementById('view').getBoundingClientRect();
      return r.top >= v.top && r.bottom <= v.bottom;
    });
    assert.ok(await inView('#view .is-selected[data-mention="0"]'));
    assert.match(await page.locator('#view [data-mention="0"]').first().getAttribute('class'), /\bis-current\b/);
    await page.locator('#view').evaluate((v) => { v.scrollTop = 0; });
    await page.click('#picked-prev');
    assert.equal(await page.locator('#picked-pos').textContent(), `${putin.mentions.length} / ${putin.mentions.length}`);
    assert.ok(await inView(`#view .is-selected[data-mention="${putin.mentions.length - 1}"]`), 'the last mention is in sight');
    // The picked mentions are solid chips with light text.
    const chip = await page.locator('#view .is-selected').first().evaluate((el) => getComputedStyle(el).color);
    assert.equal(chip, 'rgb(255, 255, 255)');
    await page.screenshot({ path: join(artifacts, 'page-entities-desktop.png') });

    // Again: dropped.
    await button.click();
    assert.equal(await button.getAttribute('aria-pressed'), 'false');
    assert.equal(await page.locator('#view .is-selected').count(), 0);
    assert.ok(await page.locator('#picked').isHidden());
    assert.doesNotMatch(await page.locator('#hint').textContent(), /mentions/);

    // Keyboard: Tab to Masoud Pezeshkian, Enter; Escape drops it.
    const pez = expected.entities.find((e) => e.name === 'Masoud Pezeshkian');
    const key = await page.locator('#entities button[data-key]', { has: page.locator('.item-name', { hasText: /^Masoud Pezeshkian$/ }) }).getAttribute('data-key');
    await tabTo(page, key);
    await page.keyboard.press('Enter');
    assert.deepEqual((await markedMentions(page, sample)).map((m) => m.text), pez.mentions.map((m) => m.text));
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-pressed')), 'true');
    assert.equal(await page.locator('#hint').textContent(), `Masoud Pezeshkian: ${pez.mentions.length} mentions`);
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('#view .is-selected').count(), 0);
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-pressed')), 'false');
  });

  await t.test('lists the keyphrases with scores and finds their mentions', async () => {
    const expected = analyze(sample);
    const pane = page.locator('.pane-keywords');
    if (!Array.isArray(expected.keywords)) {
      assert.ok(await pane.isHidden(), 'no keyphrases from the core: no panel');
      return;
    }
    assert.ok(expected.keywords.length > 0, 'the wasm finds keyphrases in the sample');
    const shown = await page.locator('#keywords button[data-key]').evaluateAll((bs) => bs.map((b) => ({
      phrase: b.querySelector('.item-name').textContent,
      count: Number(b.querySelector('.item-count').textContent.replace(/\D/g, '')),
      score: Number(b.querySelector('meter').value),
    })));
    assert.deepEqual(shown, expected.keywords.map((k) => ({ phrase: k.phrase, count: k.mentions.length, score: k.score })));

    // Keyboard: Tab to the first phrase that is not an entity's name, Space.
    const names = new Set(expected.entities.map((e) => e.name));
    const k = expected.keywords.find((x) => !names.has(x.phrase)) ?? expected.keywords[0];
    const button = page.locator('#keywords button[data-key]').nth(expected.keywords.indexOf(k));
    await tabTo(page, await button.getAttribute('data-key'), '#picked-clear');
    await page.keyboard.press('Space');
    assert.equal(await button.getAttribute('aria-pressed'), 'true');
    const marked = await markedMentions(page, sample);
    assert.deepEqual(marked.map(({ start, end }) => ({ start, end })), k.mentions.map(({ start, end }) => ({ start, end })));
    assert.match(await page.locator('#hint').textContent(), new RegExp(`^“${k.phrase}”: ${k.mentions.length} mentions?$`));
    // A click on an entity moves the marks there.
    const top = expected.entities.filter((e) => groupOf(e.type) === 'person').sort((a, b) => b.salience - a.salience)[0];
    await page.locator('#entities button[data-key]').first().click();
    assert.equal(await button.getAttribute('aria-pressed'), 'false');
    assert.deepEqual((await markedMentions(page, sample)).map((m) => m.text), top.mentions.map((m) => m.text));
    await page.keyboard.press('Escape');

    // Their underlines in the text start off and can be turned on.
    const toggle = page.locator('input[data-layer="keyword"]');
    assert.equal(await toggle.isChecked(), false);
    const first = page.locator('#view .keyword').first();
    assert.equal(await first.evaluate((el) => getComputedStyle(el).borderBottomStyle), 'none');
    await toggle.check();
    assert.equal(await first.evaluate((el) => getComputedStyle(el).borderBottomStyle), 'dotted');
    await toggle.uncheck();
  });

  await t.test('shows no keyphrase panel for a core without them', async () => {
    const state = await page.evaluate(async () => {
      const { mountInsights } = await import('./insights.js');
      const els = {
        entities: document.createElement('div'),
        entitiesCount: document.createElement('p'),
        keywords: document.createElement('div'),
        keywordsPane: document.createElement('section'),
      };
      const insights = mountInsights(els, () => {});
      insights.update({ entities: [{ name: 'Ada', type: 'PERSON', role: null, count: 1, salience: 1, mentions: [{ start: 0, end: 3, text: 'Ada' }] }] });
      const without = { hidden: els.keywordsPane.hidden, buttons: els.keywords.querySelectorAll('button').length };
      insights.update({ entities: [], keywords: [] });
      return { without, empty: { hidden: els.keywordsPane.hidden, text: els.keywords.textContent, entities: els.entities.textContent } };
    });
    assert.deepEqual(state.without, { hidden: true, buttons: 0 });
    assert.equal(state.empty.hidden, false);
    assert.match(state.empty.text, /No keyphrases/);
    assert.match(state.empty.entities, /No names/);
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
    const pieces = page.locator(`.view .sentence[data-start="${hard.start}"]`);
    assert.equal((await pieces.allTextContents()).join(''), HARD);
    for (const cls of await pieces.evaluateAll((els) => els.map((el) => el.className))) {
      assert.match(cls, /\bis-very-hard\b/);
      assert.match(cls, /\bis-long\b/);
    }
    const span = pieces.first();
    assert.match(await span.getAttribute('title'), new RegExp(`${hard.words} words · very hard to read · long`));
    // Its shading is really painted (not just a class).
    const bg = await span.evaluate((el) => getComputedStyle(el).backgroundColor);
    assert.notEqual(bg, 'rgba(0, 0, 0, 0)');
    const easy = page.locator(`.view .sentence[data-start="${expected.sentences[0].start}"]`).first();
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
    // (the one SVG on the page is the sentence-length chart, built by the page itself)
    assert.equal(await page.locator('img, svg:not(#chart > .chart-svg), iframe, a[href^="javascript"]').count(), 0);
    assert.equal(await page.locator('script:not([src="boot.js"]):not([src="app.js"])').count(), 0, 'only the page\'s own scripts');
    assert.equal(await page.locator('#view').textContent(), XSS);
    assert.equal(await page.evaluate(() => window.__xss), undefined);
  });

  await t.test('opens text, Markdown and HTML files, by button and by dropping', async () => {
    const md = '# Title\n\nThe council met on Monday. It voted to build a bridge.';
    await page.setInputFiles('#file', { name: 'note.md', mimeType: 'text/markdown', buffer: Buffer.from(md) });
    await waitForWords(page, analyze(md).stats.words);
    assert.equal(await page.inputValue('#text'), md);

    const html = '<!doctype html><html><head><title>T</title><style>p{color:red}</style>'
      + '<script>window.__opened=1</script></head><body><header>Site header</header><nav><a href="/">Home</a></nav>'
      + '<article><h1>Bridge reopens</h1><p>The <b>bridge</b> reopened on Monday.</p>'
      + '<img src=x onerror="window.__opened=2"><div>Traffic <i>flowed</i> again.<br>Shops were glad.</div>'
      + '<form><input value="no"></form><aside>Related links</aside><script>window.__opened=3</script></article>'
      + '<footer>Copyright</footer></body></html>';
    const expected = 'Bridge reopens\n\nThe bridge reopened on Monday.\n\nTraffic flowed again.\nShops were glad.';
    await page.setInputFiles('#file', { name: 'story.html', mimeType: 'text/html', buffer: Buffer.from(html) });
    await page.waitForFunction((t) => document.getElementById('text').value === t, expected, { timeout: 5000 });
    await waitForWords(page, analyze(expected).stats.words);
    // Without <article>, <main> is preferred; nothing of the HTML was run or rendered.
    await page.locator('#text').evaluate((editor, doc) => {
      const dt = new DataTransfer();
      dt.items.add(new File([doc], 'page.htm', { type: 'text/html' }));
      editor.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      editor.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, '<body><div>Menu</div><main><p>Dropped here.</p><p>Second  one.</p></main><footer>x</footer></body>');
    await page.waitForFunction(() => document.getElementById('text').value === 'Dropped here.\n\nSecond one.', null, { timeout: 5000 });
    const plain = 'Plain <b>text</b> stays as it is.';
    await page.locator('#text').evaluate((editor, doc) => {
      const dt = new DataTransfer();
      dt.items.add(new File([doc], 'plain.txt', { type: 'text/plain' }));
      editor.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, plain);
    await page.waitForFunction((t) => document.getElementById('text').value === t, plain, { timeout: 5000 });
    await waitForWords(page, analyze(plain).stats.words);
    assert.equal(await page.evaluate(() => window.__opened), undefined);
    assert.equal(await page.locator('#view b, #view img').count(), 0);
    // The button is a label for the file input, reachable by keyboard.
    assert.equal(await page.locator('label[for="file"]').textContent(), 'Open file…');
    assert.equal(await page.locator('#file').evaluate((el) => el.tabIndex), 0);
  });

  await t.test('offers the bundled sample articles', async () => {
    const names = await page.locator('#sample option:not([disabled])').evaluateAll((os) => os.map((o) => o.value));
    assert.ok(names.length >= 3);
    for (const name of [...names.slice(1), names[0]]) {
      const text = readFileSync(join(repoRoot, 'www/samples', name), 'utf8');
      await page.selectOption('#sample', name);
      await page.waitForFunction((t) => document.getElementById('text').value === t, text, { timeout: 5000 });
      const expected = analyze(text);
      await waitForWords(page, expected.stats.words);
      assert.ok(expected.entities.length >= 3, `${name} has entities`);
    }
  });

  await t.test('strikes out page furniture, explains it, and analyses it on request', async () => {
    const name = 'coastal-storm-web-copy.txt';
    const text = readFileSync(join(repoRoot, 'www/samples', name), 'utf8');
    await page.selectOption('#sample', name);
    await page.waitForFunction((t) => document.getElementById('text').value === t, text, { timeout: 5000 });
    const expected = analyze(text);
    await waitForWords(page, expected.stats.words);
    assert.ok(expected.boilerplateLines.length >= 10, 'the sample has page furniture');
    assert.equal(digits(await stat(page, 'boilerplate-lines').textContent()), expected.stats.boilerplateLines);
    assert.equal(digits(await stat(page, 'left-out-lines').textContent()),
      expected.stats.boilerplateLines + expected.stats.repeatedLines);
    // Each line is struck through whole, with its kind on hover.
    const spans = await viewSpans(page);
    for (const b of expected.boilerplateLines) {
      const parts = covering(spans, b.start, b.end);
      assert.ok(parts, `a line of furniture is covered: ${text.slice(b.start, b.end)}`);
      assert.ok(parts.every((p) => p.cls.includes('boilerplate')), text.slice(b.start, b.end));
      assert.match(parts[0].title, /^Page furniture \(.+\): left out of the counts$/);
    }
    const byline = expected.boilerplateLines.find((b) => b.kind === 'byline');
    assert.match(covering(spans, byline.start, byline.end)[0].title, /a byline/);
    assert.match(await page.locator('#notes').textContent(), /struck through in the text and left out of every count/);
    assert.equal(await page.locator('[data-count="boilerplate"]').textContent(), String(expected.boilerplateLines.length));
    // The report says what was left out.
    const { markdownReport } = await import(pathToFileURL(join(repoRoot, 'www/export.js')).href);
    assert.match(markdownReport(expected), new RegExp(`Lines left out of the counts: 0 repeated, ${expected.stats.boilerplateLines} page furniture`));
    // No entity comes from the furniture: the byline's writer is not listed.
    assert.equal(await page.locator('#entities').getByText('Priya Raman').count(), 0);

    // Ticked, the furniture is analysed as prose.
    await page.locator('details.settings summary').click();
    await page.locator('input[name="keepBoilerplate"]').check();
    const kept = lede.analyze(text, { keepBoilerplate: true });
    assert.ok(kept.stats.words > expected.stats.words);
    await waitForWords(page, kept.stats.words);
    assert.equal(digits(await stat(page, 'boilerplate-lines').textContent()), 0);
    assert.equal(await page.locator('.view .boilerplate').count(), 0);
    assert.ok(await page.locator('#entities').getByText('Priya Raman').count() > 0);
    // The form's Defaults button leaves it out again.
    await page.locator('#options button[type="reset"]').click();
    await waitForWords(page, expected.stats.words);
    assert.equal(await page.locator('input[name="keepBoilerplate"]').isChecked(), false);
    await page.locator('details.settings summary').click();
  });

  await t.test('draws a sentence-length chart whose bars find their sentences', async () => {
    await page.selectOption('#sample', 'iran-russia-partnership.txt');
    const expected = analyze(sample);
    await page.waitForFunction((t) => document.getElementById('text').value === t, sample);
    await waitForWords(page, expected.stats.words);
    const bars = page.locator('#chart svg rect.bar');
    assert.equal(await bars.count(), expected.sentences.length);
    assert.equal(await page.locator('#chart svg rect.bar.is-long').count(), expected.sentences.filter((s) => s.long).length);
    assert.match(await page.locator('#chart svg').getAttribute('aria-label'), new RegExp(`^Sentence lengths: ${expected.sentences.length} sentences`));
    const i = expected.sentences.findIndex((s) => s.long);
    assert.equal(await bars.nth(i).getAttribute('aria-label'), `Sentence ${i + 1}: ${expected.sentences[i].words} words, long`);
    await bars.nth(i).click();
    const charted = await page.locator('#view .is-charted').evaluateAll((els) => els.map((el) => el.dataset.start));
    assert.ok(charted.length > 0 && charted.every((s) => s === String(expected.sentences[i].start)));
    // and by keyboard
    await bars.nth(0).focus();
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('#view .is-charted').first().getAttribute('data-start'), String(expected.sentences[0].start));
  });

  await t.test('exports JSON, CSV and Markdown, as downloads and to the clipboard', async () => {
    const text = 'Anna "Nan" Smith, of Acme, Inc., met officials in Paris on Monday. The gas deal was signed.';
    await page.fill('#text', text);
    const expected = analyze(text);
    await waitForWords(page, expected.stats.words);
    const download = async (kind) => {
      const [d] = await Promise.all([page.waitForEvent('download'), page.click(`button[data-export="${kind}"][data-action="download"]`)]);
      const path = await d.path();
      return { name: d.suggestedFilename(), body: readFileSync(path, 'utf8') };
    };
    const json = await download('json');
    assert.equal(json.name, 'lede-analysis.json');
    assert.deepEqual(JSON.parse(json.body), JSON.parse(JSON.stringify(expected)));
    const ents = await download('entities');
    assert.equal(ents.name, 'lede-entities.csv');
    const rows = ents.body.trimEnd().split('\r\n');
    assert.equal(rows[0], 'name,type,role,count,salience');
    assert.equal(rows.length, expected.entities.length + 1);
    const quote = (v) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
    for (const [i, e] of expected.entities.entries()) assert.ok(rows[i + 1].startsWith(`${quote(e.name)},${e.type},`), rows[i + 1]);
    const kp = await download('keyphrases');
    assert.equal(kp.body.split('\r\n')[0], 'phrase,score,count');
    assert.equal(kp.body.trimEnd().split('\r\n').length, expected.keywords.length + 1);
    const report = await download('markdown');
    assert.match(report.body, /^# lede report/);
    assert.match(report.body, new RegExp(`Words: ${expected.stats.words}`));
    assert.match(report.body, /## Entities/);
    assert.doesNotMatch(report.body, /left out/, 'nothing was left out of this text');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await page.click('button[data-export="markdown"][data-action="copy"]');
    await page.waitForFunction(() => /Copied/.test(document.getElementById('export-status').textContent));
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), report.body);
  });

  await t.test('empties cleanly', async () => {
    await page.click('#clear');
    await page.waitForFunction(() => document.querySelector('[data-stat="words"]').dataset.value === '0');
    assert.equal(await stat(page, 'consensus-grade').textContent(), '–');
    assert.equal(await page.locator('#view').textContent(), '');
    assert.match(await page.locator('#status').textContent(), /Nothing to analyse/);
    assert.match(await page.locator('#entities').textContent(), /No names/);
    assert.equal(await page.locator('.insights button[data-key]').count(), 0);
  });

  await t.test('lays out on a phone', async () => {
    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, reducedMotion: 'reduce',
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
    // Tapping a person scrolls to the first mention, under the (sticky) head
    // that says how many there are.
    const putin = analyze(sample).entities.find((e) => e.name === 'Vladimir Putin');
    await p.locator('#entities button[data-key]', { has: p.locator('.item-name', { hasText: /^Vladimir Putin$/ }) }).tap();
    assert.equal((await markedMentions(p, sample)).length, putin.mentions.length);
    await p.waitForFunction(() => {
      const r = document.querySelector('#view [data-mention="0"]').getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
    assert.ok(await p.locator('#hint').isVisible());
    await p.screenshot({ path: join(artifacts, 'page-entities-phone.png') });
    await phone.close();
    assert.deepEqual(phoneErrors, []);
  });

  await t.test('logs no errors', () => {
    assert.deepEqual(errors, []);
  });
});
