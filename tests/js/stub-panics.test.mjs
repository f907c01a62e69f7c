// scripts/stub-panics.mjs on hand-made modules: the panic entry points of
// core and alloc, by their names in the name section, trap at once, every
// other function keeps its body byte for byte, and the script refuses a
// module it cannot read safely (no panic_fmt, a "panic" that returns a
// value). The shipped file's own check is its size (scripts/test.sh) and the
// package's tests, which run it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const script = new URL('../../scripts/stub-panics.mjs', import.meta.url).pathname;

function leb(n) {
  const out = [];
  do {
    out.push((n & 0x7f) | (n > 0x7f ? 0x80 : 0));
    n >>>= 7;
  } while (n);
  return out;
}
const str = (s) => [...leb(s.length), ...Buffer.from(s)];
const section = (id, body) => [id, ...leb(body.length), ...body];

// A module of one imported function and the defined functions `defs`, each
// [name, returns an i32?]: function i returns i + 1 (if it returns) or calls
// the import, so that a body left alone is told from a stub.
function module(defs) {
  const types = section(1, [2, 0x60, 0, 0, 0x60, 0, 1, 0x7f]); // () -> (), () -> i32
  const imports = section(2, [1, ...str('env'), ...str('f'), 0, 0]);
  const funcs = section(3, [defs.length, ...defs.map(([, ret]) => (ret ? 1 : 0))]);
  const memory = section(5, [1, 0, 1]);
  const exports = section(7, [defs.length, ...defs.flatMap((_, i) => [...str(`e${i}`), 0, i + 1])]);
  const bodies = defs.map(([, ret], i) => {
    const code = ret ? [0x41, i + 1, 0x0b] : [0x10, 0, 0x0b]; // i32.const i+1 | call 0
    return [code.length + 1, 0, ...code];
  });
  const code = section(10, [defs.length, ...bodies.flat()]);
  const names = [defs.length, ...defs.flatMap(([name], i) => [i + 1, ...str(name)])];
  const nameSection = section(0, [...str('name'), 1, ...leb(names.length), ...names]);
  return Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, ...types, ...imports, ...funcs, ...memory, ...exports, ...code, ...nameSection]);
}

function run(bytes) {
  const dir = mkdtempSync(join(tmpdir(), 'stub-panics-'));
  writeFileSync(join(dir, 'in.wasm'), bytes);
  execFileSync('node', [script, join(dir, 'in.wasm'), join(dir, 'out.wasm')], { stdio: 'pipe' });
  return readFileSync(join(dir, 'out.wasm'));
}

async function instance(bytes, calls) {
  const { instance } = await WebAssembly.instantiate(bytes, { env: { f: () => calls.push('f') } });
  return instance.exports;
}

test('panic entry points trap, other functions run as before', async () => {
  const defs = [
    ['core[5a1b]::panicking::panic_fmt', false],
    ['lede[9f00]::analysis::analyze', true],
    ['core[5a1b]::str::slice_error_fail', false],
    ['<alloc[77ee]::vec::Vec<_, _>>::remove::assert_failed', false],
    ['lede[9f00]::entities::names::panic_room', false], // the crate's own: kept
    ['core[5a1b]::fmt::write', false], // core, but no panic: kept
    ['alloc[77ee]::alloc::handle_alloc_error', false],
  ];
  const before = module(defs);
  const after = run(before);
  const calls = [];
  const e = await instance(after, calls);
  for (const name of ['e0', 'e2', 'e3', 'e6']) {
    assert.throws(() => e[name](), WebAssembly.RuntimeError, name);
  }
  assert.equal(e.e1(), 2);
  e.e4();
  e.e5();
  assert.deepEqual(calls, ['f', 'f']);
  // The original traps nowhere.
  const original = await instance(before, []);
  for (const name of ['e0', 'e2', 'e3', 'e4', 'e5', 'e6']) original[name]();
});

test('a module without panic_fmt is refused', () => {
  assert.throws(() => run(module([['lede::f', false]])), /panic_fmt not found/);
});

test('a panic entry point that returns a value is refused', () => {
  const bytes = module([
    ['core::panicking::panic_fmt', false],
    ['core::option::unwrap_failed', true],
  ]);
  assert.throws(() => run(bytes), /returns a value/);
});
