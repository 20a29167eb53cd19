// Where an inserted summary goes and how it is written, per file type. Pure text functions (no `vscode`), so the
// unit tests check them directly and the command only applies the result as one edit.
import { escapeHtml, escapeMarkdown } from '../core/escape';
import { findFrontMatter } from '../core/header';
import type { DocumentFormat, SummarySentence } from '../core/types';

export const SUMMARY_HEADING = 'Summary';

/**
 * The block Insert Summary writes for a summary: each sentence as the summary reads on its own (`text`, without an
 * opening connective that tied it to a sentence left out), not as the article words it (`untrimmed`), since the block
 * is read away from the article.
 */
export function summaryBlockOf(summary: readonly Pick<SummarySentence, 'text'>[], format: DocumentFormat, eol: string, indent = ''): string {
  return formatSummaryBlock(summary.map((s) => s.text), format, eol, indent);
}

/** The summary block in the document's own syntax, lines joined by `eol`, without a trailing line break. */
export function formatSummaryBlock(sentences: readonly string[], format: DocumentFormat, eol: string, indent = ''): string {
  const clean = sentences.map(foldSpace).filter((s) => s.length > 0);
  switch (format) {
    case 'markdown':
      return [`> **${SUMMARY_HEADING}**`, '>', ...clean.map((s) => `> ${escapeMarkdown(s)}`)].join(eol);
    case 'html':
      return [
        `${indent}<aside class="newsline-summary">`,
        `${indent}  <h2>${SUMMARY_HEADING}</h2>`,
        `${indent}  <p>${clean.map(escapeHtml).join(' ')}</p>`,
        `${indent}</aside>`,
      ].join(eol);
    case 'plaintext':
      return `${SUMMARY_HEADING}: ${clean.join(' ')}`;
  }
}

/** The text to insert at `offset` so that the block stands as its own paragraph: one blank line each side. */
export function surroundWithBlankLines(text: string, offset: number, block: string, eol: string): string {
  const before = text.slice(0, offset);
  const after = text.slice(offset);
  const prefix = before.length === 0 || before.endsWith(eol + eol) ? '' : before.endsWith(eol) ? eol : eol + eol;
  const suffix = after.length === 0 ? eol : after.startsWith(eol) ? eol : eol + eol;
  return prefix + block + suffix;
}

/**
 * Where `top` puts the summary: after any front matter and the title line (Markdown heading, a plain-text headline,
 * an HTML `<h1>`), else at the start of the content (in HTML, just inside `<body>`).
 */
export function topInsertOffset(text: string, format: DocumentFormat): number {
  if (format === 'html') return htmlTopOffset(text);
  const lines = splitLines(text);
  let i = skipFrontMatter(text, lines);
  while (i < lines.length && lines[i].text.trim() === '') i++;
  if (i >= lines.length) return lines.length > 0 ? lines[lines.length - 1].next : 0;
  const first = lines[i];
  if (format === 'markdown') {
    if (/^ {0,3}#{1,6}(\s|$)/.test(first.text)) return first.next;
    const underline = lines[i + 1];
    if (underline && /^ {0,3}(=+|-+)\s*$/.test(underline.text) && first.text.trim() !== '') return underline.next;
    return first.start;
  }
  return looksLikeHeadline(first.text) ? first.next : first.start;
}

/** The leading white space of the line that holds `offset` (HTML blocks keep the indentation around them). */
export function lineIndent(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
}

function foldSpace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

interface Line {
  readonly text: string;
  readonly start: number;
  /** Offset of the next line's start (after this line's break). */
  readonly next: number;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\n|\r/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    lines.push({ text: text.slice(start, m.index), start, next: m.index + m[0].length });
    start = m.index + m[0].length;
  }
  if (start < text.length) lines.push({ text: text.slice(start), start, next: text.length });
  return lines;
}

/** Index of the first line after a YAML (`---`) or TOML (`+++`) front matter block (header.ts finds it), or 0. */
function skipFrontMatter(text: string, lines: Line[]): number {
  const fm = findFrontMatter(text);
  if (!fm) return 0;
  const i = lines.findIndex((l) => l.start >= fm.end);
  return i < 0 ? lines.length : i;
}

/** A first line that reads as a headline: short, and not ending as a sentence does. */
function looksLikeHeadline(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= 200 && !/[.!?:;,"”’]$/.test(t);
}

function htmlTopOffset(text: string): number {
  const h1 = /<\/h1\s*>/i.exec(text);
  if (h1) return endOfTagLine(text, h1.index + h1[0].length);
  const body = /<body\b[^>]*>/i.exec(text);
  if (body) return endOfTagLine(text, body.index + body[0].length);
  return 0;
}

/** After a tag: the next line's start when only white space follows the tag on its line, else right after it. */
function endOfTagLine(text: string, offset: number): number {
  const rest = /^[ \t]*(\r\n|\n|\r)/.exec(text.slice(offset));
  return rest ? offset + rest[0].length : offset;
}
