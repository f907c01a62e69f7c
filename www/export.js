// Exports of an Analysis: the whole of it as JSON, entities and keyphrases
// as CSV (RFC 4180 quoting), and a short Markdown report. Pure functions.

const cell = (v) => {
  const s = v == null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const csv = (rows) => `${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;

export const analysisJson = (result) => `${JSON.stringify(result, null, 2)}\n`;

export function entitiesCsv(result) {
  return csv([
    ['name', 'type', 'role', 'count', 'salience'],
    ...(result.entities ?? []).map((e) => [e.name, e.type, e.role ?? '', e.count, e.salience]),
  ]);
}

export function keyphrasesCsv(result) {
  return csv([
    ['phrase', 'score', 'count'],
    ...(result.keywords ?? []).map((k) => [k.phrase, k.score, k.count]),
  ]);
}

const fixed = (n) => (n == null ? '–' : n.toFixed(1));
const md = (s) => String(s).replace(/([\\`*_[\]<>|#])/g, '\\$1');

export function markdownReport(result) {
  const { stats: s, readability: r } = result;
  const lines = [
    '# lede report', '',
    `- Words: ${s.words}`, `- Sentences: ${s.sentences}`, `- Paragraphs: ${s.paragraphs}`,
    `- Reading time: ${Math.round(s.readingTimeSeconds)} s`, `- Grade level (consensus): ${fixed(r.consensusGrade)}`,
    `- Flesch reading ease: ${fixed(r.fleschReadingEase)}`,
    `- Long sentences: ${(result.sentences ?? []).filter((x) => x.long).length}`,
  ];
  const repeated = s.repeatedLines ?? 0;
  const furniture = s.boilerplateLines ?? 0;
  if (repeated + furniture > 0) {
    lines.push(`- Lines left out of the counts: ${repeated} repeated, ${furniture} page furniture`);
  }
  lines.push('', '## Entities', '');
  const entities = (result.entities ?? []).slice(0, 20);
  if (entities.length) {
    lines.push('| Name | Type | Count | Salience |', '|---|---|---:|---:|');
    for (const e of entities) lines.push(`| ${md(e.name)} | ${e.type} | ${e.count} | ${e.salience.toFixed(2)} |`);
  } else lines.push('None found.');
  lines.push('', '## Keyphrases', '');
  const phrases = (result.keywords ?? []).slice(0, 20);
  if (phrases.length) for (const k of phrases) lines.push(`- ${md(k.phrase)} (${k.score.toFixed(2)})`);
  else lines.push('None found.');
  return `${lines.join('\n')}\n`;
}

export const EXPORTS = {
  json: { file: 'lede-analysis.json', type: 'application/json', make: analysisJson },
  entities: { file: 'lede-entities.csv', type: 'text/csv', make: entitiesCsv },
  keyphrases: { file: 'lede-keyphrases.csv', type: 'text/csv', make: keyphrasesCsv },
  markdown: { file: 'lede-report.md', type: 'text/markdown', make: markdownReport },
};
