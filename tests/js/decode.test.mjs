// src/wasm/decode.js on hand-made tapes: the object-literal readers and the
// generic path must make the same objects, key order included, and a shape
// the readers do not know must still decode. (tests/wasm.rs checks whole
// analyses against JSON.parse through the real wasm.)
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { decode } from '../../src/wasm/decode.js';

const [NULL, FALSE, TRUE, NUMBER, STRING, ARRAY, OBJECT, MAP] = [0, 1, 2, 3, 4, 5, 6, 7];

test('a known shape and an unknown one decode to what JSON.parse makes', () => {
  const shapes = JSON.stringify([
    ['start', 'end'], // a reader's keys
    ['end', 'start'], // the same keys in another order: no reader
    ['start', 'end', 'extra'], // a reader's keys and one more: no reader
  ]);
  const tape = new Float64Array([
    ARRAY, 4,
    OBJECT, 0, NUMBER, 1, NUMBER, 2,
    OBJECT, 1, NUMBER, 3, NULL,
    OBJECT, 2, TRUE, FALSE, STRING, 2,
    MAP, 1, STRING, 9, NUMBER, 5,
  ]);
  const got = decode(tape, 'éx__proto__', shapes);
  const want = JSON.parse(
    '[{"start":1,"end":2},{"end":3,"start":null},{"start":true,"end":false,"extra":"éx"},{"__proto__":5}]',
  );
  assert.equal(JSON.stringify(got), JSON.stringify(want));
  assert.deepEqual(got, want);
  assert.equal(Object.getPrototypeOf(got[3]), Object.prototype);
});

test('shapes sent once stay known until new ones are sent', () => {
  decode(new Float64Array([OBJECT, 0, NUMBER, 1, NUMBER, 2]), '', JSON.stringify([['start', 'end']]));
  assert.deepEqual(decode(new Float64Array([OBJECT, 0, NUMBER, 7, NUMBER, 8]), '', ''), { start: 7, end: 8 });
  decode(new Float64Array([NULL]), '', JSON.stringify([['a'], ['b']]));
  assert.deepEqual(decode(new Float64Array([OBJECT, 1, NUMBER, 9]), '', ''), { b: 9 });
});

test('a corrupt or unfinished tape is an error', () => {
  assert.throws(() => decode(new Float64Array([99]), '', '[]'), /corrupt result tape/);
  assert.throws(() => decode(new Float64Array([NULL, NULL]), '', '[]'), /not read to its end/);
  assert.throws(() => decode(new Float64Array([STRING, 1]), 'ab', '[]'), /not read to its end/);
  // The next call starts afresh.
  assert.equal(decode(new Float64Array([NUMBER, 4]), '', '[]'), 4);
});
