// The article's header, read once: front matter (YAML `---` or TOML `+++`), a web page's metadata (JSON-LD, `<meta>`,
// `itemprop`, `<time datetime>`: header-page.ts), its title, and the "Published ..." line, dateline and byline at the
// top of the text. `referenceDate.ts` takes the story's date from here, `text.ts` the title and the front matter's
// range, and the summary inserter the end of the front matter. Only text a reader can see is read: HTML comments,
// scripts (JSON-LD aside), Markdown code fences and indented front-matter keys never give a date.
import { MONTH_STEM, WEEKDAY_FULL } from './lexicon';
import { findExplicitDate } from './calendar';
import { dateIn, type DocumentDate } from './header-dates';
import { pageMeta } from './header-page';
import { isTimestampLine } from './timestamp-line';
import type { DocumentFormat } from './types';

export type { DocumentDate } from './header-dates';

export interface FrontMatter {
  readonly kind: 'yaml' | 'toml';
  /** The whole block, fences included: [0, end). */
  readonly end: number;
  /** Its content between the fences, and where that starts. */
  readonly body: string;
  readonly bodyStart: number;
}

const YAML_FRONT_MATTER = /^(?:\uFEFF)?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const TOML_FRONT_MATTER = /^(?:\uFEFF)?\+\+\+[ \t]*\r?\n([\s\S]*?)\r?\n\+\+\+[ \t]*(?:\r?\n|$)/;

/** The front matter block at the very start of the text, YAML or TOML. */
export function findFrontMatter(text: string): FrontMatter | undefined {
  if (!/^(?:\uFEFF)?(?:---|\+\+\+)/.test(text)) return undefined;
  for (const [kind, re] of [['yaml', YAML_FRONT_MATTER], ['toml', TOML_FRONT_MATTER]] as const) {
    const m = re.exec(text);
    if (m) return { kind, end: m[0].length, body: m[1], bodyStart: m[0].indexOf(m[1]) };
  }
  return undefined;
}

/** A top-level `key: value` (YAML) or `key = value` (TOML) line's value, unquoted; an indented key is not top-level. */
export function frontMatterEntry(fm: FrontMatter, key: string): { value: string; offset: number } | undefined {
  const sep = fm.kind === 'toml' ? '=' : ':';
  // Greedy to the line's end, then trailing blanks cut by hand: `(.*?)[ \t]*$` backtracked over every inner space.
  const re = new RegExp(`^${key}[ \\t]*${sep}[ \\t]*(.*)`, 'mi');
  const m = re.exec(fm.body);
  if (!m) return undefined;
  const raw = trimEndBlanks(m[1]);
  const q = /^(['"])(.*)\1$/.exec(raw);
  const value = (q ? q[2] : raw).trim();
  if (!value) return undefined;
  const inner = q ? raw.indexOf(q[2]) : 0;
  return { value, offset: fm.bodyStart + m.index + m[0].indexOf(raw) + inner };
}

/** `s` without the spaces and tabs at its end. */
function trimEndBlanks(s: string): string {
  let end = s.length;
  while (end > 0 && (s.charCodeAt(end - 1) === 32 || s.charCodeAt(end - 1) === 9)) end--;
  return s.slice(0, end);
}

export function frontMatterValue(fm: FrontMatter, key: string): string | undefined {
  return frontMatterEntry(fm, key)?.value;
}


export interface ArticleHeader {
  readonly frontMatter?: FrontMatter;
  /** The headline: front matter `title`, `og:title`, JSON-LD `headline`, the page's `h1`, `<title>`. */
  readonly title?: string;
  /** The story's own date, the first found of front matter, metadata, a "Published" line, a dateline. */
  readonly published?: DocumentDate;
  /** "By ..." as the page or the text gives it. */
  readonly byline?: string;
}

export interface HeaderOptions {
  /** The text as a reader sees it (markup blanked, same length as `text`; see `toPlainText`), or how to get it. */
  readonly visible?: string | (() => string);
  /** Where the article starts in `text` (a web page's article found by the extraction); default 0. */
  readonly articleStart?: number;
  /** The year for a dateline without one, when the text gives none either. */
  readonly currentYear?: number;
}

/** Only the top of a document is searched for lines about the story: a date deep in the body is an event's. */
export const HEAD_LENGTH = 3000;

export function readHeader(text: string, format: DocumentFormat, options: HeaderOptions = {}): ArticleHeader {
  const frontMatter = format === 'markdown' ? findFrontMatter(text) : undefined;
  const html = format === 'html' ? pageMeta(text) : undefined;
  const title = (frontMatter && titleOfFrontMatter(frontMatter)) ?? html?.title;
  let seen: string | undefined;
  const visible = (): string => (seen ??= typeof options.visible === 'function' ? options.visible() : options.visible ?? text);
  const from = format === 'html' ? Math.max(0, (options.articleStart ?? 0) - HEAD_LENGTH) : 0;
  const to = format === 'html' ? (options.articleStart ?? 0) + HEAD_LENGTH : HEAD_LENGTH;
  const published =
    (frontMatter ? fromFrontMatter(text, frontMatter) : undefined) ??
    html?.published ??
    fromPublishedLine(text, visible(), from, to, format === 'html') ??
    fromDateline(text, visible(), from, to, options.currentYear ?? new Date().getUTCFullYear());
  const byline = html ? html.byline : bylineIn(visible(), from, to);
  return { ...(frontMatter ? { frontMatter } : {}), ...(title ? { title } : {}), ...(published ? { published } : {}), ...(byline ? { byline } : {}) };
}

function titleOfFrontMatter(fm: FrontMatter): string | undefined {
  return frontMatterValue(fm, 'title');
}



const FRONT_MATTER_DATE_KEYS = ['date', 'published', 'pubDate', 'publishDate', 'published_at', 'created'];

function fromFrontMatter(text: string, fm: FrontMatter): DocumentDate | undefined {
  // The first key line in the block's order, as the earlier single pattern over all keys found it.
  const entries = FRONT_MATTER_DATE_KEYS.map((k) => frontMatterEntry(fm, k)).filter((e): e is { value: string; offset: number } => e !== undefined);
  entries.sort((a, b) => a.offset - b.offset);
  for (const e of entries) {
    const found = dateIn(text, e.value, e.offset, 'front-matter');
    if (found) return found;
  }
  return undefined;
}


// ---- lines at the top of the text ----

const PUBLISHED_LINE = /^[ \t>*_#-]*(?:<[^>]+>\s*)*(?:originally\s+)?(?:published|updated|posted|first published|last updated|date)\b[:\s]*(?:on\s+)?([^\r\n]{4,80})$/gim;

function fromPublishedLine(text: string, visible: string, from: number, to: number, stampLines: boolean): DocumentDate | undefined {
  const head = visible.slice(from, to);
  for (const m of head.matchAll(PUBLISHED_LINE)) {
    const found = dateIn(text, m[1], from + m.index! + m[0].length - m[1].length, 'published-line');
    if (found) return found;
  }
  if (!stampLines) return undefined;
  // A web page's time-stamp line that does not start with "Published" ("By HNN Staff | November 18, 2019 at 2:26 PM HST"): its first date.
  for (const m of head.matchAll(/^[^\r\n]{8,4000}$/gm)) {
    if (!isTimestampLine(m[0])) continue;
    const found = dateIn(text, m[0], from + m.index!, 'published-line');
    if (found) return found;
  }
  return undefined;
}

const MONTH_NAME = MONTH_STEM;
/** "Nov. 7", "Nov. 7, 2024", "Tuesday 14 May 2024", "Tuesday, May 14, 2024". */
const DATELINE_DATE = `(?:${WEEKDAY_FULL},?\\s+)?(?:${MONTH_NAME}\\s+\\d{1,2}(?:,?\\s*\\d{4})?|\\d{1,2}\\s+${MONTH_NAME}(?:,?\\s*\\d{4})?)`;
/** A place in capitals, maybe a region, the date, maybe the agency, then a dash; bold or italic markers around it allowed. */
const DATELINE = new RegExp(
  `^[ \\t]*(?:<[^>]+>\\s*)*[*_]*[A-Z][A-Z.'’ -]{1,40}(?:,\\s*[A-Z][A-Za-z.'’ -]{1,30})?,\\s+(${DATELINE_DATE})\\s*(?:\\([^)\\r\\n]{1,40}\\)\\s*)?[*_]*\\s*(?:[—–-]{1,2}|:)`,
  'gm',
);

function fromDateline(text: string, visible: string, from: number, to: number, currentYear: number): DocumentDate | undefined {
  const head = visible.slice(from, to);
  for (const m of head.matchAll(DATELINE)) {
    const offset = from + m.index! + m[0].indexOf(m[1]);
    const year = yearFromText(visible) ?? currentYear;
    const found = dateIn(text, m[1], offset, 'dateline', year);
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

const BYLINE_LINE = /^[ \t]*(?:[Bb]y|BY)[ \t]+([A-Z][\w.'’-]*(?:[ \t]+(?:[A-Z][\w.'’-]*|and|&|de|van|von)){0,6})[ \t]*$/m;

function bylineIn(visible: string, from: number, to: number): string | undefined {
  const m = BYLINE_LINE.exec(visible.slice(from, to));
  return m ? m[1].trim() : undefined;
}
