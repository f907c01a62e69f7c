// The worker_threads worker behind `Analyzer` and `analyzeAsync` in Node.
'use strict';

const { parentPort } = require('node:worker_threads');
const { analyze } = require('./node.cjs');

function answer(data) {
  const id = data?.id;
  try {
    return { id, ok: true, value: analyze(data.text, data.options) };
  } catch (error) {
    return { id, ok: false, error: { name: error?.name ?? 'Error', message: String(error?.message ?? error) } };
  }
}

parentPort.on('message', (data) => parentPort.postMessage(answer(data)));
