// Numbers and their meaning in plain words. Pure functions, no DOM, so they
// can be unit-tested in Node as well.

const integer = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat(undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** 1234 -> "1,234" (in the reader's locale). */
export function formatInt(n) {
  return Number.isFinite(n) ? integer.format(n) : '–';
}

/** 15.94 -> "15.9"; null (a formula that does not apply) -> "–". */
export function formatScore(n) {
  return Number.isFinite(n) ? oneDecimal.format(n) : '–';
}

/** 81.7 -> [[1, 'min'], [22, 's']]; 12 -> [[12, 's']]; 4000 -> [[1, 'h'], [7, 'min']]. */
export function durationParts(seconds) {
  if (!Number.isFinite(seconds) || seconds < 0) return [];
  const total = Math.round(seconds);
  if (total < 60) return [[total, 's']];
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return m ? [[h, 'h'], [m, 'min']] : [[h, 'h']];
  return s ? [[m, 'min'], [s, 's']] : [[m, 'min']];
}

/** 81.7 -> "1 min 22 s"; 12 -> "12 s"; 0 -> "0 s". */
export function formatDuration(seconds) {
  const parts = durationParts(seconds);
  return parts.length ? parts.map(([n, unit]) => `${formatInt(n)} ${unit}`).join(' ') : '–';
}

/** Milliseconds for the status line: "0.4 ms", "12 ms", "1.3 s". */
export function formatMs(ms) {
  if (!Number.isFinite(ms)) return '';
  if (ms < 0.1) return 'under 0.1 ms';
  if (ms < 10) return `${ms.toFixed(1)} ms`;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(1)} s`;
}

export function plural(n, one, many = `${one}s`) {
  return `${formatInt(n)} ${n === 1 ? one : many}`;
}

const ORDINAL = ['first', 'second', 'third', 'fourth'];

/**
 * A US school grade in plain words: 12 -> "grade 12: final year of high
 * school". Grades are rounded to the nearest whole grade first.
 */
export function gradeMeaning(grade) {
  if (!Number.isFinite(grade)) return '';
  const g = Math.round(grade);
  if (g <= 0) return 'kindergarten: very easy, for early readers';
  if (g <= 5) return `grade ${g}: elementary school, readers aged ${g + 5}–${g + 6}`;
  if (g <= 8) return `grade ${g}: middle school, readers aged ${g + 5}–${g + 6}`;
  if (g === 9) return 'grade 9: first year of high school';
  if (g <= 11) return `grade ${g}: high school, readers aged ${g + 5}–${g + 6}`;
  if (g === 12) return 'grade 12: final year of high school';
  if (g <= 15) return `grade ${g}: ${ORDINAL[g - 13]} year of college`;
  if (g === 16) return 'grade 16: final year of college';
  return `grade ${g}: college graduate and beyond`;
}

/** Which of five coarse bands a grade falls in (for the little scale). */
export function gradeBand(grade) {
  if (!Number.isFinite(grade)) return null;
  const g = Math.round(grade);
  if (g <= 5) return 'elementary';
  if (g <= 8) return 'middle';
  if (g <= 12) return 'high';
  if (g <= 16) return 'college';
  return 'graduate';
}

/**
 * Flesch reading ease in plain words, after Flesch's own table of bands:
 * 90-100 very easy ... 0-30 very difficult. Scores can leave 0..100 on odd
 * texts; they then take the nearest band.
 */
export function easeMeaning(score) {
  if (!Number.isFinite(score)) return '';
  if (score >= 90) return 'very easy: 5th grade';
  if (score >= 80) return 'easy: 6th grade';
  if (score >= 70) return 'fairly easy: 7th grade';
  if (score >= 60) return 'plain English: 8th–9th grade';
  if (score >= 50) return 'fairly difficult: 10th–12th grade';
  if (score >= 30) return 'difficult: college';
  return 'very difficult: college graduate';
}

/** "difficult" etc. as a CSS-friendly level for colouring a score. */
export function gradeLevel(grade) {
  if (!Number.isFinite(grade)) return 'none';
  if (grade < 9.5) return 'good';
  if (grade < 12.5) return 'fair';
  return 'poor';
}

export function easeLevel(score) {
  if (!Number.isFinite(score)) return 'none';
  if (score >= 60) return 'good';
  if (score >= 50) return 'fair';
  return 'poor';
}

/** Shortens a quotation for a tooltip, on a word boundary. */
export function excerpt(text, max = 60) {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
