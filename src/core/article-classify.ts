// What kind of text a sentence is (body, headline, caption, credit, byline, "Related Stories", list item, link line,
// metadata), from its block's hint, its line and patterns publishers write; only body sentences are summary candidates.
import type { SentenceKind } from './model';
import type { PlainText } from './text';
import { ENDS_CLAUSE } from './article-breaks';
import { countWords, LETTER, LineContext } from './article-lines';

const RELATED = /^(related( stories| articles| content| coverage| links| news)?|read more|read next|see also|more on this( story)?|more from|advertisement|share( this( article| story)?)?|click here|most read|recommended( for you)?|top stories|sign up|subscribe|follow us|watch:?|listen:?|image copyright|media playback)\b/i;
/** Page furniture pasted with a web page's text: skip links, cookie and newsletter boxes, share lines, copyright lines, video clocks. */
const FURNITURE = /^(skip to (main )?(content|navigation)|(accept|reject|manage) (all )?cookies|we use cookies|cookie (policy|settings|preferences)|sign up for (our|the)\b.*newsletter|(subscribe to|get) (our|the) newsletter|share (on|via) (facebook|twitter|x|email|linkedin|whatsapp)|share this (article|story|page)|(©|\(c\)|copyright ©?) ?(19|20)\d\d\b|\d{1,2}:\d\d \/ \d{1,2}:\d\d$|\d+ comments?$|show comments|leave a comment|view comments)/i;
const BYLINE = /^(?:\(?(?:[Bb]y|[Ww]ritten by|[Rr]eporting by|[Ee]diting by|[Aa]dditional reporting by)\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|&|de|van|von))*\s*(?:[,|–—-].{0,60})?\)?)$/;
/** A dateline split off its paragraph's first sentence (see `datelineEnd`). */
const DATELINE = /^(?:\p{Lu}[^()]{0,80})?\(\p{Lu}[^()]{0,40}\)\s*(?:--|[-—–])?$/u;
/** The same without an agency ("WASHINGTON —", "PORTVALE, Tuesday 14 May 2024 —"; see `placeDatelineEnd`). */
const PLACE_DATELINE = /^\p{Lu}[\p{Lu}.'’]+(?:[ ,]+[\p{Lu}\d][\p{L}\d.]*){0,10}\s+(?:--|[-—–])$/u;
const META = /^(published|updated|posted|last (updated|modified)|first published|filed|date)\b[:\s]/i;
const CREDIT = /\b(getty images?|ap photo|afp( via getty)?|reuters|photo(graph)?:|image:|credit:|pictured:|\(photo\b|photo by|illustration by|shutterstock|epa(-efe)?)\s*\)?\s*$/i;
const CREDIT_LINE = /^\(?(photo(graph)?s?|image|picture|credit|caption|illustration|video|source)\s*(:|by\b)/i;
const GLUED_CREDIT = /[.!?”"’][A-Z][A-Za-z]+(?:\s+(?:Images|Photo|Photos|Pictures))?\s*$/;

function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((w) => LETTER.test(w));
}

function looksLikeHeadline(text: string): boolean {
  if (ENDS_CLAUSE.test(text) && !/[)'’]$/.test(text)) return false;
  const words = wordsOf(text);
  if (words.length === 0 || words.length > 25) return false;
  if (words.length <= 4) return true;
  const significant = words.filter((w) => w.replace(/[^\p{L}]/gu, '').length > 3);
  if (significant.length === 0) return true;
  const capitalised = significant.filter((w) => /^[^\p{L}]*\p{Lu}/u.test(w)).length;
  return capitalised / significant.length >= 0.6;
}

interface LineReading {
  /** The line's length without its outer white space. */
  readonly length: number;
  /** What every sentence on the line is, read from the line alone (furniture, byline, metadata, credit). */
  readonly kind: SentenceKind | undefined;
}

/** Read once per line (see `LineContext.readPlainLine`): the tests below see only the line. */
function readLine(untrimmed: string): LineReading {
  const line = untrimmed.trim();
  return { length: line.length, kind: lineKind(line) };
}

function lineKind(line: string): SentenceKind | undefined {
  // No test below looks at a line of more than 40 words, so counting stops there.
  const words = countWords(line, 40);
  if (words <= 8 && RELATED.test(line)) return 'related';
  if (words <= 16 && FURNITURE.test(line)) return 'related';
  if (words <= 14 && BYLINE.test(line)) return 'byline';
  if (words <= 14 && META.test(line)) return 'meta';
  if (words <= 40 && (CREDIT.test(line) || GLUED_CREDIT.test(line) || CREDIT_LINE.test(line))) return 'caption';
  return undefined;
}

/** What kind of text a sentence is; only `body` sentences are summary candidates. */
export function classify(
  original: string,
  prepared: PlainText,
  start: number,
  end: number,
  text: string,
  lines: LineContext = new LineContext(original, prepared.plain, prepared.blocks),
): SentenceKind {
  const hint = lines.hintAt(start, end);
  if (hint === 'code') return 'meta';
  if (hint === 'aside') return 'related';
  if (hint === 'heading') return 'heading';
  if (hint === 'caption') return 'caption';
  if (DATELINE.test(text) || PLACE_DATELINE.test(text)) return 'meta';
  const line = lines.readPlainLine(start, end, readLine);
  const wholeLine = line.length <= text.length + 8;
  if (lines.isLinkLine(start, end)) return 'link';
  if (line.kind) return line.kind;
  if (hint === 'list') return 'list';
  if (wholeLine && looksLikeHeadline(text)) return 'heading';
  if (wholeLine && isOpeningTitleLine(prepared.plain, start, end, text)) return 'heading';
  return 'body';
}

/**
 * The document's first line, short, without closing punctuation and followed by a blank line, is its title even in
 * sentence case ("Ad sales boost Time Warner profit"): the summary evaluation on BBC articles found 315 of 400 such
 * headlines read as body sentences and chosen for the summary.
 */
function isOpeningTitleLine(plain: string, start: number, end: number, text: string): boolean {
  if (start !== plain.search(/\S/) || ENDS_CLAUSE.test(text)) return false;
  if (countWords(text, 20) > 20) return false;
  return /^[ \t\r]*(?:\n[ \t\r]*\n|$)/.test(plain.slice(end, end + 200));
}
