// Opening files: plain text and Markdown as they are, HTML reduced to its
// article text. The HTML is parsed with DOMParser into an inert document
// (no scripts run, nothing loads) and never inserted into the page.

const DROP = 'script, style, noscript, template, iframe, object, embed, svg, math, canvas, nav, header, footer, aside, form, button, select, textarea, dialog, [hidden], [aria-hidden="true"]';
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE',
  'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL', 'BODY', 'CAPTION',
]);

/** The article text of an HTML document: block elements become paragraphs separated by blank lines. */
export function htmlToText(html) {
  // The parsed document is inert anyway; defusing inline handlers, styles and
  // scripts first only spares the console the page's CSP reports about them.
  const defused = String(html)
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[a-z][^>]*>/gi, (tag) => tag.replace(/(\s)(on[a-z]+|style)(\s*=)/gi, '$1data-dropped-$2$3'));
  const doc = new DOMParser().parseFromString(defused, 'text/html');
  for (const el of doc.querySelectorAll(DROP)) el.remove();
  const root = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
  if (!root) return '';
  const paragraphs = [];
  let line = '';
  const flush = () => {
    const p = line.split('\n').map((l) => l.replace(/[ \t\f\r\u00a0]+/g, ' ').trim()).filter(Boolean).join('\n');
    if (p) paragraphs.push(p);
    line = '';
  };
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) line += child.nodeValue.replace(/\s+/g, ' ');
      else if (child.nodeType === 1) {
        if (child.nodeName === 'BR') { line += '\n'; continue; }
        const block = BLOCK.has(child.nodeName);
        if (block) flush();
        walk(child);
        if (block) flush();
      }
    }
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}

const isHtml = (file, text) => /\.x?html?$/i.test(file.name) || /html/.test(file.type)
  || (!/\.(txt|md|markdown)$/i.test(file.name) && /^\s*(<!doctype html|<html[\s>])/i.test(text));

/** The text of a dropped or opened file. */
export async function textOfFile(file) {
  const text = await file.text();
  return isHtml(file, text) ? htmlToText(text) : text.replace(/^\ufeff/, '');
}
