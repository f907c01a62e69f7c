// Assembles the npm package `lede` from wasm-bindgen's `--target web` output.
//
//   node npm/assemble.mjs target/wasm-bindgen pkg
//
// The package ships ONE wasm file and three small entry points that share it:
//
//   lede.js      ESM for browsers and bundlers ("browser", "default"):
//                `await init()` first, as with any wasm-bindgen web build.
//   node.cjs     CommonJS for Node ("node" + "require"): reads lede_bg.wasm
//                from its own folder and instantiates it synchronously.
//   node.mjs     ESM for Node ("node" + "import"): re-exports node.cjs, so
//                `import` and `require` in one process share one instance.
//
// and the two workers behind the async API (Analyzer, analyzeAsync; see
// createAsync in npm/entries/core.js), copied as they are:
//
//   worker.js        module Web Worker, started by lede.js; imports lede.js
//   node-worker.cjs  worker_threads worker, started by node.cjs; requires it
//
// wasm-bindgen's web glue keeps its instance in module-level variables and
// cannot be re-instantiated or loaded by `require`. So this script wraps the
// glue, as text, in a factory function `createBindings()`, which
// npm/entries/core.js calls once per instance (to replace an instance after a
// trap), and inlines factory and core into lede.js and node.cjs. The rewrite
// checks every pattern it relies on and fails loudly if a new wasm-bindgen
// emits something else.
//
// Where scripts/build.sh has left names.json beside the wasm (wasm-opt's
// record of the one-letter names it gave the imports and exports), the
// glue's imports take the new names, and the glue names the instance's
// exports again in JavaScript, so that the wasm ships with the short ones
// (212 B raw, 520 B of the wasm gzipped, 2026-12-07).
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The functions src/wasm.rs exports; npm/entries/core.js wraps each. */
const API = ['analyze', 'defaultOptions', 'version'];

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..');

function fail(message) {
  console.error(`assemble: ${message}`);
  process.exit(1);
}

function crateVersion() {
  const cargo = readFileSync(join(repo, 'Cargo.toml'), 'utf8');
  const section = cargo.split(/^\[/m).find((s) => s.startsWith('package]'));
  const version = section?.match(/^version\s*=\s*"([^"]+)"/m)?.[1];
  if (!version) fail('no version in the [package] section of Cargo.toml');
  return version;
}

function wasmBindgenVersion() {
  const lock = readFileSync(join(repo, 'Cargo.lock'), 'utf8');
  return lock.match(/name = "wasm-bindgen"\nversion = "([^"]+)"/)?.[1] ?? 'unknown';
}

/** Turns the ES module wasm-bindgen wrote into `function createBindings()`. */
function glueFactory(glue, snippetRoot) {
  const exported = [...glue.matchAll(/^export function (\w+)\(/gm)].map((m) => m[1]);
  const missing = API.filter((name) => !exported.includes(name));
  const unwrapped = exported.filter((name) => !API.includes(name));
  if (missing.length) fail(`the wasm no longer exports ${missing.join(', ')}`);
  if (unwrapped.length) {
    fail(
      `src/wasm.rs exports ${unwrapped.join(', ')}, which the package does not wrap: ` +
        'add it to API in npm/assemble.mjs, to npm/entries/core.js and to npm/lede.d.ts',
    );
  }
  let body = glue;
  const rewrite = (pattern, replacement, what) => {
    const before = body;
    body = body.replace(pattern, replacement);
    if (body === before) fail(`the wasm-bindgen glue has changed: no ${what}`);
  };
  rewrite(/^\/\* @ts-self-types="[^"]*" \*\/\n/m, '', 'ts-self-types comment');
  // JS the Rust side imports (src/wasm/decode.js) comes as snippet modules:
  // each is inlined in a scope of its own, so its names cannot clash with
  // the glue's, and keeps its state per instance like the glue.
  body = body.replace(/^import \{ ([\w, ]+) \} from '\.\/(snippets\/[^']+\.js)';\n/gm, (_, names, path) => {
    const snippet = readFileSync(join(snippetRoot, path), 'utf8').replace(/^export (function|const|let|class) /gm, '$1 ');
    if (/^\s*(import|export)\b/m.test(snippet)) fail(`${path} has an import or export the rewrite does not handle`);
    return `const { ${names} } = (() => {\n${snippet.trimEnd()}\n  return { ${names} };\n})();\n`;
  });
  rewrite(/^export function /gm, 'function ', 'exported functions');
  rewrite(
    /^export \{ initSync, __wbg_init as default \};\n?/m,
    '',
    '`export { initSync, __wbg_init as default }`',
  );
  rewrite("new URL('lede_bg.wasm', import.meta.url)", 'defaultInput()', 'default wasm URL');
  // Strings cross into wasm (the article, on every call) through
  // passStringToWasm0, which copies ASCII a character at a time in JS and
  // hands only what follows the first other character to
  // TextEncoder.encodeInto. encodeInto alone, into room for three bytes per
  // UTF-16 unit, shrunk to fit after, is about fifteen times as fast on
  // the benchmark corpus (1-2% of a call). Up to 64 Ki units only, so that
  // a long text never asks for three times its size; the bytes are the
  // same either way (encodeInto writes U+FFFD for a lone surrogate, as the
  // original path does).
  for (const name of ['cachedTextEncoder', 'getUint8ArrayMemory0', 'WASM_VECTOR_LEN']) {
    if (!new RegExp(`\\b${name}\\b`).test(body)) fail(`the wasm-bindgen glue has no ${name}`);
  }
  rewrite(
    /^function passStringToWasm0\(arg, malloc, realloc\) \{\n/m,
    (head) =>
      head +
      [
        '    if (realloc !== undefined && arg.length <= 65536) {',
        '        // lede (npm/assemble.mjs): one encodeInto, then shrink to fit.',
        '        const room = arg.length * 3;',
        '        let ptr = malloc(room, 1) >>> 0;',
        '        const written = cachedTextEncoder.encodeInto(arg, getUint8ArrayMemory0().subarray(ptr, ptr + room)).written;',
        '        if (written !== room) ptr = realloc(ptr, room, written, 1) >>> 0;',
        '        WASM_VECTOR_LEN = written;',
        '        return ptr;',
        '    }',
        '',
      ].join('\n'),
    'passStringToWasm0(arg, malloc, realloc)',
  );
  for (const [pattern, what] of [
    [/^\s*(import|export)\b/m, 'an import or export statement'],
    [/\bimport\s*\(|import\.meta/, 'import() or import.meta'],
  ]) {
    if (pattern.test(body)) fail(`the wasm-bindgen glue still has ${what} after the rewrite`);
  }
  for (const name of ['wasm', 'wasmModule', '__wbg_init', 'initSync']) {
    if (!new RegExp(`\\b${name}\\b`).test(body)) fail(`the wasm-bindgen glue has no ${name}`);
  }
  return [
    '// The wasm-bindgen glue, one copy per instance (see npm/assemble.mjs).',
    'function createBindings(defaultInput) {',
    body.trimEnd(),
    '',
    '  return {',
    `    ${API.join(', ')},`,
    '    initSync,',
    '    init: __wbg_init,',
    '    module: () => wasmModule,',
    '    exports: () => wasm,',
    '  };',
    '}',
  ].join('\n');
}

function entry(name, runtime, banner) {
  const template = readFileSync(join(here, 'entries', name), 'utf8');
  const marker = '/* @lede-runtime */';
  if (!template.includes(marker)) return banner + template;
  return banner + template.replace(marker, () => runtime);
}

/**
 * The glue with the wasm's import names as wasm-opt minified them
 * (`--minify-imports-and-exports-and-modules`, whose JSON output `names`
 * is; the imports' module's new name is read from the wasm `wasm`): each
 * import's key in the imports object, and their module's key. Every one
 * must be found, or the build fails. The instance's exports, minified too,
 * are named again where the glue keeps them (`wasm = instance.exports`):
 * an object with wasm-bindgen's names, which the glue calls and `init()`
 * returns to the package's users (`memory` among them). With no names,
 * the glue is left as it is.
 */
function renamed(glue, names, wasm) {
  if (!names) return glue;
  const { imports } = names;
  const modules = new Set(imports.map(([module]) => module));
  const module = new WebAssembly.Module(wasm);
  const now = new Set(WebAssembly.Module.imports(module).map((i) => i.module));
  if (modules.size !== 1 || now.size !== 1) fail(`glue: imports from more than one module: ${[...modules]}`);
  const swap = (from, to, what) => {
    const before = glue;
    glue = glue.split(from).join(to);
    if (glue === before) fail(`glue: no ${what}`);
  };
  for (const [, name, to] of imports) swap(`        ${name}: function`, `        ${to}: function`, `import ${name}`);
  swap(`        "${[...modules][0]}": import0,`, `        "${[...now][0]}": import0,`, 'imports module');
  const exported = new Set(WebAssembly.Module.exports(module).map((e) => e.name));
  for (const [name, to] of names.exports) {
    if (!exported.has(to)) fail(`wasm: no export ${to} (${name})`);
  }
  const fields = names.exports.map(([name, to]) => `${name}: e.${to}`).join(', ');
  swap('    wasm = instance.exports;', `    wasm = ((e) => ({ ${fields} }))(instance.exports);`, 'exports');
  return glue;
}

const [from, to] = process.argv.slice(2);
if (!from || !to) fail('usage: node npm/assemble.mjs <wasm-bindgen out dir> <package dir>');

const version = crateVersion();
const wasmBytes = readFileSync(join(from, 'lede_bg.wasm'));
// wasm-opt's record of the names it gave (scripts/build.sh), if any.
const namesFile = join(from, 'names.json');
const names = existsSync(namesFile) ? JSON.parse(readFileSync(namesFile, 'utf8')) : null;
const glue = renamed(readFileSync(join(from, 'lede.js'), 'utf8'), names, wasmBytes);
const core = readFileSync(join(here, 'entries', 'core.js'), 'utf8');
const runtime = `${glueFactory(glue, from)}\n\n${core.trimEnd()}`;
const banner =
  `// lede ${version}: generated by npm/assemble.mjs from wasm-bindgen ` +
  `${wasmBindgenVersion()} output and npm/entries/. Do not edit.\n`;

const manifest = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8'));
manifest.version = version;

rmSync(to, { recursive: true, force: true });
mkdirSync(to, { recursive: true });
writeFileSync(join(to, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
writeFileSync(join(to, 'lede.js'), entry('web.js', runtime, banner));
writeFileSync(join(to, 'node.cjs'), entry('node.cjs', runtime, banner));
writeFileSync(join(to, 'node.mjs'), entry('node.mjs', runtime, banner));
// One declaration file serves both module systems; TypeScript wants a .d.cts
// beside the CommonJS entry so that `require('lede')` type-checks as CJS.
writeFileSync(join(to, 'worker.js'), banner + readFileSync(join(here, 'entries', 'worker.js'), 'utf8'));
writeFileSync(join(to, 'node-worker.cjs'), banner + readFileSync(join(here, 'entries', 'node-worker.cjs'), 'utf8'));
copyFileSync(join(here, 'lede.d.ts'), join(to, 'lede.d.ts'));
copyFileSync(join(here, 'lede.d.ts'), join(to, 'node.d.cts'));
writeFileSync(join(to, 'lede_bg.wasm'), wasmBytes);
copyFileSync(join(here, 'README.md'), join(to, 'README.md'));
// The data compiled into the wasm carry notices that must travel with it.
copyFileSync(join(here, '..', 'src', 'tables', 'ATTRIBUTION.md'), join(to, 'ATTRIBUTION.md'));

const listed = new Set(manifest.files);
for (const file of ['lede.js', 'node.cjs', 'node.mjs', 'worker.js', 'node-worker.cjs', 'lede.d.ts', 'node.d.cts', 'lede_bg.wasm', 'ATTRIBUTION.md']) {
  if (!listed.has(file)) fail(`npm/package.json "files" does not list ${file}`);
}
