// The date a story was published, which every relative date in it ("Friday", "last week") is read against.
// Looked for, in order: the caller's option; front matter `date:`; HTML meta and `<time datetime>`; a
// "Published ..." / "Updated ..." line; a dateline ("HEKLA ISLAND, Nov. 7 (Wire) —"); otherwise today.
import { findExplicitDate, isIsoDate, todayIso } from './calendar';
import type { DocumentFormat, Mention, ReferenceDate } from './types';

/** Raised for a reference date that is not a real `YYYY-MM-DD` date. */
export class InvalidDateError extends Error {
  constructor(readonly input: string) {
    super(`Newsline: "${input}" is not a date; write it as YYYY-MM-DD (for example 2022-04-01).`);
    this.name = 'InvalidDateError';
  }
}

export function resolveReferenceDate(text: string, format: DocumentFormat, option?: string, today?: string): ReferenceDate {
  if (option !== undefined && option.trim() !== '') {
    const value = option.trim();
    if (!isIsoDate(value)) throw new InvalidDateError(option);
    return { value, source: 'option' };
  }
  const todayValue = today !== undefined && isIsoDate(today) ? today : todayIso();
  const found = findDocumentDate(text, format, Number(todayValue.slice(0, 4)));
  if (found) return { value: found.value, source: 'document', mention: found.mention };
  return { value: todayValue, source: 'today' };
}

interface DocumentDate {
  readonly value: string;
  readonly mention: Mention;
}

/** Only the top of a document is searched for lines about the story: a date deep in the body is an event's. */
const HEAD_LENGTH = 3000;

export function findDocumentDate(text: string, format: DocumentFormat, currentYear: number): DocumentDate | undefined {
  return (
    (format === 'markdown' ? fromFrontMatter(text) : undefined) ??
    (format === 'html' ? fromHtmlMeta(text) : undefined) ??
    fromPublishedLine(text) ??
    fromDateline(text, currentYear)
  );
}

function mentionAt(text: string, start: number, end: number): Mention {
  return { text: text.slice(start, end), start, end };
}

/** A date found inside `text.slice(offset, offset + s.length) === s`, with offsets into `text`. */
function dateIn(text: string, s: string, offset: number, fallbackYear?: number): DocumentDate | undefined {
  const found = findExplicitDate(s, fallbackYear);
  if (!found) return undefined;
  return { value: found.value, mention: mentionAt(text, offset + found.start, offset + found.end) };
}

const FRONT_MATTER = /^(?:\uFEFF)?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const FRONT_MATTER_DATE = /^(date|published|pubDate|publishDate|published_at|created)\s*:[ \t]*['"]?([^'"\r\n]+)/gim;

function fromFrontMatter(text: string): DocumentDate | undefined {
  const fm = FRONT_MATTER.exec(text);
  if (!fm) return undefined;
  const bodyOffset = fm[0].indexOf(fm[1]);
  for (const m of fm[1].matchAll(FRONT_MATTER_DATE)) {
    const valueOffset = bodyOffset + m.index! + m[0].length - m[2].length;
    const found = dateIn(text, m[2], valueOffset);
    if (found) return found;
  }
  return undefined;
}

const META_DATE = /<meta\b[^>]*?(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|og:published_time|datePublished|date|pubdate|publishdate|publish-date|dc\.date\.issued|dc\.date|sailthru\.date|parsely-pub-date)["'][^>]*>/gi;
const CONTENT_ATTR = /\bcontent\s*=\s*(["'])([^"']*)\1/i;
const TIME_ELEMENT = /<time\b[^>]*?\bdatetime\s*=\s*(["'])([^"']*)\1[^>]*>/gi;

function fromHtmlMeta(text: string): DocumentDate | undefined {
  for (const m of text.matchAll(META_DATE)) {
    const content = CONTENT_ATTR.exec(m[0]);
    if (!content) continue;
    const found = dateIn(text, content[2], m.index! + content.index + content[0].indexOf(content[2]));
    if (found) return found;
  }
  for (const m of text.matchAll(TIME_ELEMENT)) {
    const found = dateIn(text, m[2], m.index! + m[0].indexOf(m[2], m[0].indexOf('datetime')));
    if (found) return found;
  }
  return undefined;
}

const PUBLISHED_LINE = /^[ \t>*_#-]*(?:<[^>]+>\s*)*(?:originally\s+)?(?:published|updated|posted|first published|last updated|date)\b[:\s]*(?:on\s+)?([^\r\n]{4,80})$/gim;

function fromPublishedLine(text: string): DocumentDate | undefined {
  const head = text.slice(0, HEAD_LENGTH);
  for (const m of head.matchAll(PUBLISHED_LINE)) {
    const found = dateIn(text, m[1], m.index! + m[0].length - m[1].length);
    if (found) return found;
  }
  return undefined;
}

const MONTH_NAME = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
/** "Nov. 7", "Nov. 7, 2024", "Tuesday 14 May 2024", "Tuesday, May 14, 2024". */
const DATELINE_DATE = `(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?(?:${MONTH_NAME}\\s+\\d{1,2}(?:,?\\s*\\d{4})?|\\d{1,2}\\s+${MONTH_NAME}(?:,?\\s*\\d{4})?)`;
/** A place in capitals, maybe a region, the date, maybe the agency, then a dash; bold or italic markers around it allowed. */
const DATELINE = new RegExp(
  `^[ \\t]*(?:<[^>]+>\\s*)*[*_]*[A-Z][A-Z.'’ -]{1,40}(?:,\\s*[A-Z][A-Za-z.'’ -]{1,30})?,\\s+(${DATELINE_DATE})\\s*(?:\\([^)\\r\\n]{1,40}\\)\\s*)?[*_]*\\s*(?:[—–-]{1,2}|:)`,
  'gm',
);

function fromDateline(text: string, currentYear: number): DocumentDate | undefined {
  const head = text.slice(0, HEAD_LENGTH);
  for (const m of head.matchAll(DATELINE)) {
    const offset = m.index! + m[0].indexOf(m[1]);
    const year = yearFromText(text) ?? currentYear;
    const found = dateIn(text, m[1], offset, year);
    if (found) return found;
  }
  return undefined;
}

/** The year a story is about when a dateline gives none: its first full date's year, else its latest plain year. */
function yearFromText(text: string): number | undefined {
  const full = findExplicitDate(text.slice(0, 20000));
  if (full && full.hasYear) return Number(full.value.slice(0, 4));
  let latest: number | undefined;
  for (const m of text.slice(0, 20000).matchAll(/\b(19[5-9]\d|20\d\d)\b/g)) {
    const year = Number(m[1]);
    if (latest === undefined || year > latest) latest = year;
  }
  return latest;
}
