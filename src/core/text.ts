// Plain text, Markdown or HTML → analysable text of the SAME length: markup is overwritten with spaces (or a newline
// where it separates blocks), so every offset into the analysable text is an offset into the document as given.
// Marks which characters were markup, so a sentence's readable text can leave them out, and which ranges are blocks
// of a special kind (headings, captions, list items, asides) so the sentence classifier can use them.
import { findFrontMatter } from './header';
import { elementsOf, endOfLast, endOfLastClosingTag, matchesUpTo, nextMatchFinder, tagEnds } from './markup-scan';
import { codeSpans, emphasisMatches, endsInTwoSpaces, imageMatches, linkMatches, stripEmphasisMarks, type LinkMatch } from './markdown-scan';
import { Blanker, type BlockHint, type BlockRange } from './blanker';
import type { DocumentFormat } from './types';

export type { BlockHint, BlockRange } from './blanker';

export interface PlainText {
  /** Same length as the input. */
  readonly plain: string;
  /** 1 where the character at that offset was markup (not part of the readable text). */
  readonly markup: Uint8Array;
  readonly blocks: readonly BlockRange[];
  /** Markdown: the first `# heading`, found in the walk over the lines (fences known). The front matter's title and a
   * web page's are the header's (`readHeader`), which comes first. */
  readonly title?: string;
}

const MARKDOWN_EXTENSIONS = /\.(md|markdown|mdown|mkd|mdx)$/i;
const HTML_EXTENSIONS = /\.(html?|xhtml)$/i;

/** Picks the document's format from its language id, else its file name, else its content. */
export function detectFormat(text: string, languageId?: string, fileName?: string): DocumentFormat {
  if (languageId === 'markdown' || languageId === 'html' || languageId === 'plaintext') return languageId;
  if (fileName && MARKDOWN_EXTENSIONS.test(fileName)) return 'markdown';
  if (fileName && HTML_EXTENSIONS.test(fileName)) return 'html';
  if (fileName && /\.txt$/i.test(fileName)) return 'plaintext';
  const head = text.slice(0, 2000);
  if (/^\s*(<!doctype html|<html[\s>])/i.test(head) || /<(p|div|article|body|h1)[\s>]/i.test(head)) return 'html';
  if (findFrontMatter(head) || /^#{1,6} \S/m.test(head)) return 'markdown';
  return 'plaintext';
}


/**
 * Turns the document into analysable text of the same length (see the file comment). For HTML, `keep` (sorted,
 * disjoint source ranges: the article found in a web page) leaves everything outside those ranges out as markup.
 */
export function toPlainText(text: string, format: DocumentFormat, keep?: ReadonlyArray<readonly [number, number]>): PlainText {
  const prepared = format === 'markdown' ? markdownToPlain(text) : format === 'html' ? htmlToPlain(text, keep) : { plain: text, markup: new Uint8Array(text.length), blocks: [] };
  const inserted = insertedSummaries(text, format);
  return inserted.length ? { ...prepared, blocks: [...prepared.blocks, ...inserted] } : prepared;
}

/** A span of the document as a reader sees it (a sentence): markup characters left out (entities decoded), white space folded. */
export function readableText(plain: string, markup: Uint8Array, start: number, end: number): string {
  let out = '';
  let runStart = -1;
  for (let i = start; i < end; i++) {
    if (markup[i]) {
      if (runStart >= 0) out += plain.slice(runStart, i);
      runStart = -1;
    } else if (runStart < 0) runStart = i;
  }
  if (runStart >= 0) out += plain.slice(runStart, end);
  return out.replace(/\s+/g, ' ').trim();
}

// A summary Newsline inserted earlier (src/host/summaryBlock.ts writes these shapes) is not part of the article:
// analysing it again would choose its sentences and repeat its dates. HTML's `<aside>` is already left out.
const INSERTED_SUMMARY: Partial<Record<DocumentFormat, RegExp>> = {
  markdown: /^ {0,3}> ?\*\*Summary\*\*[ \t]*\r?\n(?: {0,3}>.*(?:\r?\n|$))*/gm,
  plaintext: /^Summary: .*$/gm,
};

function insertedSummaries(text: string, format: DocumentFormat): BlockRange[] {
  const re = INSERTED_SUMMARY[format];
  if (!re || !text.includes('Summary')) return [];
  return [...text.matchAll(re)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, hint: 'aside' as const }));
}

function markdownToPlain(text: string): PlainText {
  const b = new Blanker(text);
  let title: string | undefined;
  const bodyStart = findFrontMatter(text)?.end ?? 0;
  b.blank(0, bodyStart);
  let inFence: string | undefined;
  let fenceStart = 0;
  let pos = bodyStart;
  while (pos < text.length) {
    let lineEnd = text.indexOf('\n', pos);
    if (lineEnd < 0) lineEnd = text.length;
    const contentEnd = lineEnd > pos && text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
    const line = text.slice(pos, contentEnd);
    if (inFence !== undefined) {
      if (line.trimStart().startsWith(inFence)) {
        b.blank(fenceStart, contentEnd);
        b.hint(fenceStart, contentEnd, 'code');
        inFence = undefined;
      }
    } else {
      const fence = /^\s{0,3}(```+|~~~+)/.exec(line);
      if (fence) {
        inFence = fence[1];
        fenceStart = pos;
      } else {
        const heading = markdownLine(b, text, pos, line);
        if (heading !== undefined && title === undefined && heading.level === 1) title = heading.text;
      }
    }
    pos = lineEnd + 1;
  }
  if (inFence !== undefined) {
    b.blank(fenceStart, text.length);
    b.hint(fenceStart, text.length, 'code');
  }
  blankHtmlIn(b, text, bodyStart, text.length);
  return { plain: b.result(), markup: b.markup, blocks: b.blocks, title };
}

/** Blanks one Markdown line's block syntax and inline syntax; returns the heading, if the line is one. */
function markdownLine(b: Blanker, text: string, lineStart: number, line: string): { level: number; text: string } | undefined {
  const lineEnd = lineStart + line.length;
  if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line) || /^\s{0,3}(=+|-+)\s*$/.test(line)) {
    b.blank(lineStart, lineEnd); // thematic break or setext underline
    return undefined;
  }
  if (/^\s{0,3}\[[^\]]+\]:\s*\S+/.test(line)) {
    b.blank(lineStart, lineEnd); // link reference definition
    return undefined;
  }
  if (/^\s*\|.*\|\s*$/.test(line) && /^[\s|:-]+$/.test(line)) {
    b.blank(lineStart, lineEnd); // table separator row
    return undefined;
  }
  let offset = 0;
  let result: { level: number; text: string } | undefined;
  const heading = /^(\s{0,3})(#{1,6})(\s+|$)/.exec(line);
  const quote = /^(\s{0,3}>\s?)+/.exec(line);
  const list = /^(\s*)([-*+]|\d{1,3}[.)])(\s+)/.exec(line);
  if (heading) {
    offset = heading[0].length;
    b.blank(lineStart, lineStart + offset);
    const closing = /\s#+\s*$/.exec(line.slice(offset));
    const textEnd = closing ? line.length - closing[0].length : line.length;
    if (closing) b.blank(lineStart + textEnd, lineEnd);
    b.hint(lineStart, lineEnd, 'heading');
    result = { level: heading[2].length, text: stripInlineMarkdown(line.slice(offset, textEnd)) };
  } else if (quote) {
    offset = quote[0].length;
    b.blank(lineStart, lineStart + offset);
    b.hint(lineStart, lineEnd, 'quote');
  } else if (list) {
    offset = list[0].length;
    b.blank(lineStart, lineStart + offset);
    b.hint(lineStart, lineEnd, 'list');
  }
  if (/^\s*\|.*\|\s*$/.test(line)) {
    for (let i = line.indexOf('|'); i >= 0; i = line.indexOf('|', i + 1)) b.blank(lineStart + i, lineStart + i + 1);
  }
  blankInlineMarkdown(b, line, lineStart, offset);
  return result;
}

// Images and links: read by imageMatches and linkMatches (see there for the patterns, and why not by them).
// No "<" inside, as in CommonMark: each of 10,000 "<http://" read on to a "\t<mailto:>" at the end (0.85 s for 80 KB).
const AUTOLINK = /<(https?:\/\/|mailto:)[^<>\s]*>/g;
// Code spans: `(`+)(?!`)([\s\S]*?[^`])\1(?!`)`, read by codeSpans (see there for why not by the pattern).

function blankInlineMarkdown(b: Blanker, line: string, lineStart: number, from: number): void {
  const part = line.slice(from);
  const base = lineStart + from;
  for (const m of imageMatches(part)) b.blank(base + m.index, base + m.end);
  for (const m of linkMatches(part)) {
    const start = base + m.index;
    b.blank(start, start + 1); // [
    b.blank(start + 1 + m.label.length, base + m.end); // ](url) or ][ref]
  }
  for (const m of matchesUpTo(part, AUTOLINK, '>')) b.blank(base + m.index!, base + m.index! + m[0].length);
  for (const { index, marker, length } of emphasisMatches(part)) {
    const start = base + index;
    // `snake_case_words` are not emphasis: underscores inside a word are left alone.
    if (marker[0] === '_') {
      const before = line[from + index - 1];
      const after = line[from + index + length];
      if ((before && /\w/.test(before)) || (after && /\w/.test(after))) continue;
    }
    b.blank(start, start + marker.length);
    b.blank(start + length - marker.length, start + length);
  }
  for (const span of codeSpans(part)) {
    const start = base + span.index;
    const end = base + span.end;
    const fence = span.fence;
    b.blank(start, start + fence);
    b.blank(end - fence, end);
    b.markLiteral(start + fence, end - fence);
  }
  if (endsInTwoSpaces(part) || part.endsWith('\\')) {
    const trail = /\\$/.exec(part);
    if (trail) b.blank(base + trail.index, base + part.length);
  }
}

/** Inline Markdown → readable text (for titles). */
export function stripInlineMarkdown(s: string): string {
  const imageless = replaced(s, imageMatches(s), () => '');
  const linked = replaced(imageless, linkMatches(imageless), (m) => m.label);
  // Emphasis and code marks: see stripEmphasisMarks for why not by its pattern.
  return stripEmphasisMarks(linked).replace(/\s+/g, ' ').trim();
}

/** `s` with each of `matches` (in order, disjoint) written as `by` gives it. */
function replaced(s: string, matches: readonly LinkMatch[], by: (m: LinkMatch) => string): string {
  let out = '';
  let at = 0;
  for (const m of matches) {
    out += s.slice(at, m.index) + by(m);
    at = m.end;
  }
  return out + s.slice(at);
}

// ---- HTML ----

// Elements read by `elementsOf` (`<name\b[^>]*>[\s\S]*?<\/name\s*>`): that pattern read from each of 50,000 "<h1>"
// to the end when no "</h1>" came (issue 22).
const DROPPED_ELEMENTS = /<(script|style|noscript|template|svg|head|iframe|object|canvas|select|button|nav)\b/gi;
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const CDATA = /<!\[CDATA\[[\s\S]*?\]\]>/g;
// A tag is `<\/?([a-zA-Z][a-zA-Z0-9-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*>|<![^>]*>|<\?[^>]*>`, read by `tagsOutside`:
// that pattern read from each of 10,000 `<a"T` to an open quote at the end (issue 22).
const TAG_NAME = /<\/?([a-zA-Z][a-zA-Z0-9-]*)\b/y;
const BLOCK_TAGS = new Set([
  'p', 'div', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'tr', 'td', 'th',
  'table', 'thead', 'tbody', 'section', 'article', 'header', 'footer', 'aside', 'figure', 'figcaption', 'blockquote',
  'pre', 'main', 'body', 'html', 'title', 'address', 'details', 'summary', 'form', 'caption', 'time', 'picture',
]);
const HINTED_ELEMENTS: Record<string, BlockHint> = {
  h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  figcaption: 'caption', caption: 'caption', li: 'list', aside: 'aside', blockquote: 'quote', pre: 'code', code: 'code',
};
const HINTED = /<(h[1-6]|figcaption|caption|li|aside|blockquote|pre)\b/gi;

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '\u2019', lsquo: '\u2018', rdquo: '\u201d',
  ldquo: '\u201c', mdash: '\u2014', ndash: '\u2013', hellip: '\u2026', eacute: '\u00e9', copy: '\u00a9', pound: '\u00a3',
  euro: '\u20ac', middot: '\u00b7', bull: '\u2022', shy: '', zwj: '', zwnj: '',
};
const ENTITY = /&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/g;

/** Decodes one HTML entity, or undefined for an unknown one. */
export function decodeEntity(body: string): string | undefined {
  if (body[0] === '#') {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
    return String.fromCodePoint(code);
  }
  return NAMED_ENTITIES[body.toLowerCase()];
}

function htmlToPlain(text: string, keep?: ReadonlyArray<readonly [number, number]>): PlainText {
  const b = new Blanker(text);
  if (keep) {
    // First, so that the block tags' line breaks written later survive in the gaps.
    let from = 0;
    for (const [start, end] of keep) {
      b.blank(from, start);
      from = end;
    }
    b.blank(from, text.length);
  }
  blankHtmlIn(b, text, 0, text.length);
  return { plain: b.result(), markup: b.markup, blocks: b.blocks };
}

/** Blanks HTML (elements, comments, tags, entities) inside [from, to); used for HTML files and HTML in Markdown. */
function blankHtmlIn(b: Blanker, text: string, from: number, to: number): void {
  const part = text.slice(from, to);
  if (!part.includes('<') && !part.includes('&')) return;
  const literal = (m: RegExpMatchArray) => b.isLiteral(from + m.index!);
  const dropped: Array<readonly [number, number]> = [];
  const drop = (start: number, end: number) => {
    if (b.isLiteral(from + start)) return;
    b.blank(from + start, from + end, 'newline');
    dropped.push([start, end]);
  };
  for (const [re, closer] of [[COMMENT, () => part.length], [CDATA, ']]>']] as const) {
    for (const m of matchesUpTo(part, re, closer)) drop(m.index!, m.index! + m[0].length);
  }
  for (const m of elementsOf(part, DROPPED_ELEMENTS)) drop(m.index, m.end);
  const skip = droppedSkipper(dropped);
  for (const m of elementsOf(part.slice(0, endOfLastClosingTag(part)), HINTED, skip)) {
    const hint = HINTED_ELEMENTS[m.name];
    if (hint && !b.isLiteral(from + m.index)) b.hint(from + m.index, from + m.end, hint);
  }
  for (const m of tagsOutside(part.slice(0, endOfLast(part, '>')), skip)) {
    if (b.isLiteral(from + m.index)) continue;
    b.blank(from + m.index, from + m.end, BLOCK_TAGS.has(m.name) ? 'newline' : undefined);
  }
  for (const m of part.matchAll(ENTITY)) {
    const start = from + m.index!;
    if (b.markup[start] || literal(m)) continue;
    const decoded = decodeEntity(m[1]);
    // A decoded character longer than the entity cannot happen (entities are at least 4 characters long).
    if (decoded !== undefined && decoded.length <= m[0].length) b.replace(start, start + m[0].length, decoded);
  }
}

/**
 * For a list of possibly overlapping dropped ranges (scripts, styles, comments), a function giving, for an
 * offset inside one of them, the end of the dropped run there; otherwise -1.
 */
function droppedSkipper(ranges: Array<readonly [number, number]>): (at: number) => number {
  const merged: Array<[number, number]> = [];
  for (const [s, e] of [...ranges].sort((x, y) => x[0] - y[0])) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return (at) => {
    let lo = 0;
    let hi = merged.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (merged[mid][1] <= at) lo = mid + 1;
      else if (merged[mid][0] > at) hi = mid - 1;
      else return merged[mid][1];
    }
    return -1;
  };
}

/**
 * The tags in `text` (TAG_NAME's comment gives the pattern; `name` is its group 1, lower case, '' for `<!` and `<?`)
 * that start outside the dropped ranges: a "<div class='x'>" written in a script's string is no tag, and matching it
 * would run past the script's end and swallow the article's own tags. Each start is tried in order as the pattern's
 * scan tries it; a tag found inside a dropped range moves the scan to the range's end.
 */
function tagsOutside(text: string, skip: (at: number) => number): Array<{ index: number; end: number; name: string }> {
  const out: Array<{ index: number; end: number; name: string }> = [];
  const gtAfter = nextMatchFinder(text, />/g);
  const nameAt = new RegExp(TAG_NAME.source, TAG_NAME.flags);
  let ends: Int32Array | undefined;
  let pos: number;
  for (let at = text.indexOf('<'); at >= 0; at = text.indexOf('<', pos)) {
    let end = -1;
    let name = '';
    const next = text[at + 1];
    if (next === '!' || next === '?') {
      const gt = gtAfter(at + 2);
      if (gt !== null) end = gt.index + 1;
    } else {
      nameAt.lastIndex = at;
      const m = nameAt.exec(text);
      if (m !== null) {
        // Attributes read as the pattern reads them (shorter names it could back off to end in the same place).
        end = (ends ??= tagEnds(text))[at + m[0].length];
        name = m[1].toLowerCase();
      }
    }
    if (end < 0) {
      pos = at + 1;
      continue;
    }
    const skipTo = skip(at);
    if (skipTo >= 0) {
      pos = skipTo;
      continue;
    }
    out.push({ index: at, end, name });
    pos = end;
  }
  return out;
}
