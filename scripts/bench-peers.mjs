// lede against its peers, on the same corpus, one call per article as a
// page would make them: lede (wasm, full analysis), compromise with
// compromise-dates (people, places, organisations, sentences, dates) and
// wink-nlp with its web model (entities, sentences, tokens, readability),
// with and without the readability, plus the floor
// (copying the text into wasm memory with TextEncoder.encodeInto and
// touching every byte once), the native core's MB/s and lede's MB/s at
// 1 KB, 100 KB and 10 MB inputs (cost should grow linearly with length).
//
//   bash scripts/bench-setup.sh && node scripts/bench-peers.mjs [CORPUS] [SECONDS]
//
// (`make bench` does both, after the build.) Each library is measured in a
// child process of its own, started by this one: the load time is then a
// cold import plus the first call, and the peak memory (the child's maxRSS
// from getrusage, which catches peaks that periodic sampling of
// process.memoryUsage() would miss) belongs to that library alone rather
// than to whatever ran before it in a shared heap. Every child runs the
// same loop: load, then rounds over all articles until SECONDS (default 3)
// have passed (at least one round, at most 20); the best round is reported.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = fileURLToPath(new URL('..', import.meta.url));
const peers = `${root}target/bench-node/`;
const corpusPath = process.argv[2] ?? `${root}../shared/corpus/lee_background.txt`;
const seconds = Number(process.argv[3] ?? 3);
const samplePath = `${root}www/samples/iran-russia-partnership.txt`;

// ---------------------------------------------------------------- libraries
// Each entry: load() returns analyse(text) -> a number (so that no work can
// be optimised away; the checksums are printed).
const libraries = {
  lede: {
    label: 'lede (wasm, full analysis)',
    files: ['pkg/lede_bg.wasm', 'pkg/lede.js'],
    load() {
      const lede = createRequire(import.meta.url)('../pkg/node.cjs');
      return (t) => {
        const r = lede.analyze(t);
        return r.stats.words + r.entities.length + r.keywords.length + r.sentences.length;
      };
    },
  },
  compromise: {
    label: 'compromise + dates',
    files: ['compromise/builds/three/compromise-three.mjs', 'compromise-dates/builds/compromise-dates.mjs'],
    load() {
      const req = createRequire(peers);
      const nlp = req('compromise');
      nlp.plugin(req('compromise-dates'));
      return (t) => {
        const doc = nlp(t);
        return (
          doc.people().out('array').length +
          doc.places().out('array').length +
          doc.organizations().out('array').length +
          doc.sentences().out('array').length +
          doc.dates().json().length
        );
      };
    },
  },
  'compromise-nodates': {
    label: 'compromise (no dates)',
    files: ['compromise/builds/three/compromise-three.mjs'],
    load() {
      const nlp = createRequire(peers)('compromise');
      return (t) => {
        const doc = nlp(t);
        return (
          doc.people().out('array').length +
          doc.places().out('array').length +
          doc.organizations().out('array').length +
          doc.sentences().out('array').length
        );
      };
    },
  },
  // wink-nlp's web model has readability statistics (`its.readabilityStats`:
  // Flesch reading ease, complex words, reading time), so its nearest
  // equivalent of lede's analysis asks for them too, as the issue's "readability
  // where it has them" says; the row without them is kept for comparison.
  wink: {
    label: 'wink-nlp + web model',
    files: ['wink-nlp/src', 'wink-eng-lite-web-model/dist'],
    load() {
      const winkDoc = loadWink();
      return (t) => {
        const [doc, its, count] = winkDoc(t);
        return count + doc.out(its.readabilityStats).numOfWords;
      };
    },
  },
  'wink-noreadability': {
    label: 'wink-nlp (no readability)',
    files: ['wink-nlp/src', 'wink-eng-lite-web-model/dist'],
    load() {
      const winkDoc = loadWink();
      return (t) => winkDoc(t)[2];
    },
  },
  floor: {
    label: 'floor: encodeInto wasm memory',
    load() {
      const memory = new WebAssembly.Memory({ initial: 256 }); // 16 MiB
      let view = new Uint8Array(memory.buffer);
      const encoder = new TextEncoder();
      return (t) => {
        if (t.length * 3 > view.length) {
          memory.grow(Math.ceil((t.length * 3 - view.length) / 65536));
          view = new Uint8Array(memory.buffer);
        }
        const { written } = encoder.encodeInto(t, view);
        let sum = 0;
        for (let i = 0; i < written; i++) sum += view[i];
        return sum & 0xff;
      };
    },
  },
};

// wink-nlp with its web model: a function that reads a text and returns the
// document, the `its` helpers and the sizes of its entities, sentences and
// tokens.
function loadWink() {
  const req = createRequire(peers);
  const nlp = req('wink-nlp')(req('wink-eng-lite-web-model'));
  const its = nlp.its;
  return (t) => {
    const doc = nlp.readDoc(t);
    const count = doc.entities().out(its.detail).length + doc.sentences().out().length + doc.tokens().out(its.type).length;
    return [doc, its, count];
  };
}

// ------------------------------------------------------------------- child
function child(name) {
  const sample = readFileSync(samplePath, 'utf8');
  const t0 = performance.now();
  const analyse = libraries[name].load();
  analyse(sample);
  const loadMs = performance.now() - t0;
  const articles = readFileSync(corpusPath, 'utf8').split('\n').filter((l) => l.trim());
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a), 0);
  let checksum = 0;
  const times = [];
  const start = performance.now();
  while (times.length < 20 && (times.length === 0 || performance.now() - start < seconds * 1000)) {
    const s = performance.now();
    for (const a of articles) checksum += analyse(a);
    times.push((performance.now() - s) / 1000);
  }
  const best = Math.min(...times);
  const out = { name, articles: articles.length, bytes, rounds: times.length, best, loadMs, checksum };
  // Peak over load and the corpus rounds (before the 10 MB input below).
  out.peakRssMB = process.resourceUsage().maxRSS / 1024; // maxRSS is in KiB
  if (name === 'lede') out.linearity = linearity(analyse, articles);
  process.stdout.write(JSON.stringify(out));
}

// lede's MB/s on one input of about 1 KB, 100 KB and 10 MB, made by joining
// corpus articles as paragraphs (and cut on a character boundary). The
// corpus is only 0.36 MB, so articles come round again: each copy gets a
// numbered prefix, or lede would recognise the repeated lines and skip them.
function linearity(analyse, articles) {
  const joined = [];
  let len = 0;
  for (let i = 0; len < 10.5e6; i++) {
    const a = `Part ${i}. ${articles[i % articles.length]}`;
    joined.push(a);
    len += a.length + 2;
  }
  const all = joined.join('\n\n');
  return [1e3, 1e5, 1e7].map((size) => {
    let text = all.slice(0, size);
    if (/[\uD800-\uDBFF]$/.test(text)) text = text.slice(0, -1);
    const mb = Buffer.byteLength(text) / 1e6;
    // Enough repetitions for about 0.5 s, at least 1.
    let reps = 1;
    let t = 0;
    for (;;) {
      const s = performance.now();
      for (let r = 0; r < reps; r++) analyse(text);
      t = (performance.now() - s) / 1000;
      if (t > 0.25 || reps >= 1 << 16) break;
      reps *= 4;
    }
    return { bytes: Buffer.byteLength(text), mbPerS: (mb * reps) / t };
  });
}

// ------------------------------------------------------------------ parent
// What a page would download: every file (or every .js file of a directory)
// gzipped one by one (-9), summed. lede's files are in pkg/, the peers' in
// target/bench-node/node_modules/.
function gzippedKB(name) {
  const files = libraries[name].files;
  if (!files) return null;
  const base = name === 'lede' ? root : `${peers}node_modules/`;
  const expand = (p) =>
    statSync(p).isDirectory()
      ? readdirSync(p).flatMap((f) => expand(`${p}/${f}`))
      : /\.(js|mjs|cjs|wasm|json)$/.test(p)
        ? [p]
        : [];
  let total = 0;
  for (const f of files.flatMap((f) => expand(base + f))) total += gzipSync(readFileSync(f), { level: 9 }).length;
  return total / 1024;
}

function run(name) {
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), corpusPath, String(seconds)], {
    env: { ...process.env, LEDE_BENCH_CHILD: name },
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (r.status !== 0) {
    console.error(`bench-peers: ${name} failed:\n${r.stderr}`);
    return null;
  }
  return JSON.parse(r.stdout);
}

function native() {
  // The core's throughput without the wasm edge or JSON, and the CLI end to
  // end (JSONL in, JSONL out, with --jobs 1 and the default jobs, if
  // target/release/lede is built): both printed by examples/bench.rs. Best
  // of 20 rounds, as the libraries get above (a round of the native core
  // takes a few hundredths of a second).
  const r = spawnSync('cargo', ['run', '--quiet', '--release', '--example', 'bench', '--', corpusPath, '20', '--cli'], {
    cwd: root,
    encoding: 'utf8',
  });
  const out = r.stdout ?? '';
  const figure = (re) => {
    const m = re.exec(out);
    return m ? Number(m[1]) : null;
  };
  return {
    core: figure(/best ([\d.]+) MB\/s/),
    cli1: figure(/--jobs 1 best ([\d.]+) MB\/s/),
    cli: figure(/end to end: .*default jobs \(\d+\) best ([\d.]+) MB\/s/),
    batch1: figure(/on a batch \(the corpus 10 times.*?--jobs 1 best ([\d.]+) MB\/s/),
    batch: figure(/on a batch \(the corpus 10 times.*default jobs \(\d+\) best ([\d.]+) MB\/s/),
    batchMB: figure(/on a batch \(the corpus 10 times, ([\d.]+) MB\)/),
    large1: figure(/on a batch \(the corpus 100 times.*?--jobs 1 best ([\d.]+) MB\/s/),
    large: figure(/on a batch \(the corpus 100 times.*default jobs \(\d+\) best ([\d.]+) MB\/s/),
    largeMB: figure(/on a batch \(the corpus 100 times, ([\d.]+) MB\)/),
    cpus: /default jobs \((\d+)\)/.exec(out)?.[1] ?? '?',
  };
}

function main() {
  if (!existsSync(`${peers}node_modules/wink-nlp`)) {
    console.error('bench-peers: peers missing; run `bash scripts/bench-setup.sh` first');
    process.exit(1);
  }
  const results = Object.keys(libraries).map(run).filter(Boolean);
  const lede = results.find((r) => r.name === 'lede');
  const mbps = (r) => r.bytes / 1e6 / r.best;
  const pad = (s, n) => String(s).padStart(n);
  console.log(
    `corpus: ${corpusPath.replace(root, '')}: ${lede?.articles} articles, ${((lede?.bytes ?? 0) / 1e6).toFixed(3)} MB; ` +
      `node ${process.version}; best of up to 20 rounds within ${seconds} s, each library in its own process\n`,
  );
  console.log(
    `${'library'.padEnd(32)}${pad('MB/s', 10)}${pad('articles/s', 12)}${pad('load ms', 10)}${pad('peak MB', 10)}${pad('gzip KB', 10)}${pad('lede ×', 10)}  rounds`,
  );
  for (const r of results) {
    const ratio = lede ? mbps(lede) / mbps(r) : NaN;
    console.log(
      `${libraries[r.name].label.padEnd(32)}${pad(mbps(r).toFixed(mbps(r) < 1 ? 3 : 1), 10)}` +
        `${pad(Math.round(r.articles / r.best), 12)}${pad(r.loadMs.toFixed(1), 10)}${pad(r.peakRssMB.toFixed(0), 10)}` +
        `${pad(gzippedKB(r.name)?.toFixed(0) ?? '-', 10)}` +
        `${pad(r.name === 'lede' ? '1' : ratio < 1 ? ratio.toFixed(3) : ratio.toFixed(1), 10)}  ${r.rounds}`,
    );
  }
  console.log(`\n(lede × = lede's MB/s divided by that row's; load = import + first analysis of the sample;`);
  console.log(` peak = the child process's maxRSS, including Node itself, about 40 MB;`);
  console.log(` gzip = the library's code and data gzipped file by file, what a page downloads)`);
  if (lede?.linearity) {
    console.log(
      `\nlede (wasm) by input size: ` +
        lede.linearity.map((l) => `${(l.bytes / 1e3).toFixed(0)} KB ${l.mbPerS.toFixed(1)} MB/s`).join(', '),
    );
  }
  const n = native();
  if (lede) {
    const w = mbps(lede);
    console.log(
      `native: core ${n.core?.toFixed(1) ?? '?'} MB/s (${n.core ? (n.core / w).toFixed(1) : '?'}× wasm), ` +
        `CLI --jsonl end to end --jobs 1 ${n.cli1?.toFixed(1) ?? '?'} MB/s (${n.cli1 ? (n.cli1 / w).toFixed(1) : '?'}× wasm), ` +
        `default jobs (${n.cpus}) ${n.cli?.toFixed(1) ?? '?'} MB/s (${n.cli ? (n.cli / w).toFixed(1) : '?'}× wasm)`,
    );
    const batch = (times, mb, one, many) =>
      console.log(
        `native CLI on a batch (the corpus ${times} times, ${mb ?? '?'} MB): --jobs 1 ${one?.toFixed(1) ?? '?'} MB/s ` +
          `(${one ? (one / w).toFixed(1) : '?'}× wasm), default jobs (${n.cpus}) ${many?.toFixed(1) ?? '?'} MB/s ` +
          `(${many ? (many / w).toFixed(1) : '?'}× wasm)`,
      );
    batch(10, n.batchMB, n.batch1, n.batch);
    batch(100, n.largeMB, n.large1, n.large);
  }
}

if (process.env.LEDE_BENCH_CHILD) child(process.env.LEDE_BENCH_CHILD);
else main();
