// How the Node entry of the package in pkg/ compiles the wasm: the whole
// module at load (see withLoadFlags in npm/entries/node.cjs), with V8's own
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

// The tier-up budget: ten times V8's for the entry's own instance, V8's own
// (or the process's) for any module made after the require.
const tierUp = join(repoRoot, 'tests', 'js', 'fixtures', 'node', 'tier-up-after-load.cjs');

async function tiersUp(...flags) {
  const { stdout } = await run(process.execPath, ['--allow-natives-syntax', ...flags, tierUp, entry]);
  return JSON.parse(stdout).turbofan;
}

test('the entry sets the tier-up budget back after the require', async () => {
  assert.equal(await tiersUp(), true);
});

test('a process given a tier-up budget keeps it', async () => {
  assert.equal(await tiersUp('--wasm-tiering-budget=18000000'), false);
});

