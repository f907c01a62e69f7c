// How the Node entry of the package in pkg/ compiles the wasm: the whole
// module at load (see compileEagerly in npm/entries/node.cjs), with V8's own
// setting for other modules as it was. Runs after scripts/build.sh.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { repoRoot } from './lib/browser.mjs';

const run = promisify(execFile);
const script = join(repoRoot, 'tests', 'js', 'fixtures', 'node', 'compiled-at-load.cjs');
const entry = join(repoRoot, 'pkg', 'node.cjs');

// V8 now and then leaves wasm-bindgen's start function, which the
// instantiation runs once, to be compiled on that call, even when the
// process is given the flag: it is left out of the count.
async function load(...flags) {
  const { stdout } = await run(process.execPath, ['--allow-natives-syntax', ...flags, script, entry]);
  const seen = JSON.parse(stdout);
  seen.uncompiled = seen.uncompiled.filter((name) => name !== '__wbindgen_start');
  return seen;
}

test('the require compiles every wasm function, and other modules still compile lazily', async () => {
  const seen = await load();
  assert.equal(seen.before, true, 'this V8 compiles wasm lazily by default');
  assert.ok(seen.functions > 1);
  assert.deepEqual(seen.uncompiled, []);
  assert.equal(seen.after, true);
});

test('a process given the flag keeps it', async () => {
  const seen = await load('--no-wasm-lazy-compilation');
  assert.deepEqual([seen.before, seen.after, seen.uncompiled], [false, false, []]);
  const lazy = await load('--wasm-lazy-compilation');
  assert.equal(lazy.after, true);
});
