// The shipped wasm's panics trap at once: `node scripts/stub-panics.mjs IN OUT`
// rewrites the body of every panic entry point of `core` and `alloc` in the
// wasm that cargo built (IN) as the one instruction `unreachable`, and writes
// the result to OUT, for wasm-bindgen and wasm-opt to read (scripts/build.sh).
//
// Why: the shipped build is `no_std` and its panic handler traps without
// looking at the message (src/bare.rs), but `core` and `alloc` come
// precompiled, and their panic entry points (`panic_bounds_check`,
// `str::slice_error_fail`, `unwrap_failed`, ...) build the message's
// arguments before they reach the handler: references to the formatting code
// (integers, `char`'s and ranges' `Debug`, the printable tables) keep about
// 10 KB of it in the file, though no message is ever written. A build of the
// standard library with `panic_immediate_abort` would leave them out, but
// that needs the library's sources, which these machines cannot install.
//
// Why it changes nothing: each of these functions ends in the handler, which
// traps; stubbed, it traps before formatting a message no one reads. A panic
// in the shipped wasm is a trap either way, and the package replaces a
// trapped instance before its next call. Nothing else changes: every other
// function's body is copied byte for byte. wasm-opt then finds the stubs'
// parameters unused and drops them at every call site.
//
// Which: the functions, named in the wasm's name section (the crates' hashes
// taken out, "core[1a2b]::" is "core::"), of `core` or `alloc` that are under
// `core::panicking::`, or whose last segment is a panic's entry by its name
// (`panic...`, `..._fail`, `..._failed`, `capacity_overflow`,
// `handle_alloc_error`). Each must return nothing (a function of type `!`
// does not in wasm), and `core::panicking::panic_fmt` must be among them:
// otherwise the script stops with an error rather than ship a larger file
// silently.
import { readFileSync, writeFileSync } from 'node:fs';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node scripts/stub-panics.mjs IN.wasm OUT.wasm');
  process.exit(2);
}
const bytes = readFileSync(input);

function fail(message) {
  console.error(`stub-panics: ${message}`);
  process.exit(1);
}

// LEB128, unsigned: [value, next offset].
function leb(at) {
  let value = 0;
  let scale = 1;
  for (;;) {
    if (at >= bytes.length) fail('truncated LEB128');
    const byte = bytes[at++];
    value += (byte & 0x7f) * scale;
    scale *= 128;
    if (byte < 0x80) return [value, at];
  }
}
function encodeLeb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Buffer.from(out);
}
function name(at) {
  const [length, start] = leb(at);
  return [bytes.toString('utf8', start, start + length), start + length];
}

if (bytes.readUInt32LE(0) !== 0x6d736100 || bytes.readUInt32LE(4) !== 1) fail(`${input} is no wasm module`);
const sections = [];
for (let at = 8; at < bytes.length; ) {
  const id = bytes[at];
  const [size, start] = leb(at + 1);
  sections.push({ id, at, start, end: start + size });
  at = start + size;
}
const section = (id, custom) =>
  sections.find((s) => s.id === id && (custom === undefined || name(s.start)[0] === custom));

// Types: how many results each has.
const results = [];
{
  const types = section(1) ?? fail('no type section');
  let [count, at] = leb(types.start);
  for (; count > 0; count--) {
    if (bytes[at] !== 0x60) fail('a type that is no function type');
    let params;
    [params, at] = leb(at + 1);
    at += params; // value types are one byte each in an MVP function type
    let resultCount;
    [resultCount, at] = leb(at);
    results.push(resultCount);
    at += resultCount;
  }
}
// Imported functions come first in the index space.
let imported = 0;
{
  const imports = section(2);
  if (imports) {
    let [count, at] = leb(imports.start);
    for (; count > 0; count--) {
      [, at] = name(at);
      [, at] = name(at);
      const kind = bytes[at++];
      if (kind === 0) {
        [, at] = leb(at);
        imported++;
      } else if (kind === 1 || kind === 2) {
        if (kind === 1) at++; // a table's reference type
        const flags = bytes[at++]; // limits: the minimum, then a maximum if flagged
        [, at] = leb(at);
        if (flags & 1) [, at] = leb(at);
      } else if (kind === 3) {
        at += 2; // a global's value type and mutability
      } else fail(`import of kind ${kind}`);
    }
  }
}
const typeOf = [];
{
  const funcs = section(3) ?? fail('no function section');
  let [count, at] = leb(funcs.start);
  for (; count > 0; count--) {
    let type;
    [type, at] = leb(at);
    typeOf.push(type);
  }
}

const isPanicEntry = (full) => {
  const plain = full.replace(/\[[0-9a-f]+\]/g, '');
  if (!/^<?(core|alloc)::/.test(plain)) return false;
  if (plain.startsWith('core::panicking::')) return true;
  const last = plain.slice(plain.lastIndexOf('::') + 2);
  return /^(panic\w*|\w+_fail|\w+_failed|capacity_overflow|handle_alloc_error)$/.test(last);
};
const stubbed = new Map(); // defined function's index -> its name
{
  const names = section(0, 'name') ?? fail('no name section: cargo built the wasm without names');
  let [, at] = name(names.start);
  while (at < names.end) {
    const kind = bytes[at];
    const [size, start] = leb(at + 1);
    if (kind === 1) {
      let [count, p] = leb(start);
      for (; count > 0; count--) {
        let index, fname;
        [index, p] = leb(p);
        [fname, p] = name(p);
        if (index >= imported && isPanicEntry(fname)) stubbed.set(index - imported, fname);
      }
    }
    at = start + size;
  }
}
const plainNames = [...stubbed.values()].map((n) => n.replace(/\[[0-9a-f]+\]/g, ''));
if (!plainNames.includes('core::panicking::panic_fmt')) fail('core::panicking::panic_fmt not found');
for (const [index, fname] of stubbed) {
  if (results[typeOf[index]] !== 0) fail(`${fname} returns a value: no panic entry`);
}

// The code section again, the stubs' bodies replaced.
const code = section(10) ?? fail('no code section');
const parts = [];
let [count, at] = leb(code.start);
if (count !== typeOf.length) fail('the code and function sections disagree');
parts.push(encodeLeb(count));
const STUB = Buffer.from([3, 0x00, 0x00, 0x0b]); // size 3: no locals, unreachable, end
for (let index = 0; index < count; index++) {
  const [size, start] = leb(at);
  parts.push(stubbed.has(index) ? STUB : bytes.subarray(at, start + size));
  at = start + size;
}
const body = Buffer.concat(parts);
writeFileSync(
  output,
  Buffer.concat([
    bytes.subarray(0, code.at),
    Buffer.from([10]),
    encodeLeb(body.length),
    body,
    bytes.subarray(code.end),
  ]),
);
// Silent on success; STUB_PANICS_LIST=1 prints the functions stubbed.
if (process.env.STUB_PANICS_LIST) for (const n of plainNames) console.error(n);
