// A web page's metadata, as the article's header reads it: JSON-LD, `<meta>`, `itemprop`, `<time datetime>` and
// its title, from the markup a reader does not see as text (comments, scripts and styles blanked first).
import { dateIn, type DocumentDate } from './header-dates';
import { localDateOf, publisherOffset } from './html/timestamps';
import { endOfLast, endOfLastClosingTag, lazyTagEnds, nextMatchFinder, startTags, tagEnds } from './markup-scan';

/** A page's metadata date: a placeholder ("0001-01-01") is none, a UTC time stamp is the publisher's local date. */
function pageDateIn(text: string, s: string, offset: number, from: DocumentDate['from'], zone: number | undefined): DocumentDate | undefined {
  const found = dateIn(text, s, offset, from);
  if (!found || found.value < '1900') return undefined;
  const local = zone === undefined ? undefined : localDateOf(s, zone);
  return local && local !== found.value ? { ...found, value: local } : found;
}


export interface PageMeta {
  readonly title?: string;
  readonly published?: DocumentDate;
  readonly byline?: string;
}

/** Comments, scripts (JSON-LD aside), styles and templates as spaces: what they hold is not the page's metadata. */
export function hideUnseen(html: string): string {
  // What `html.replace(/<!--[\s\S]*?(?:-->|$)|<(script|style|template)\b([^>]*)>[\s\S]*?(?:<\/\1\s*>|$)/gi, ...)`
  // blanks, each part read once: that pattern read from each of 10,000 "<script" to the end for a ">" (issue 22).
  const open = /<!--|<(script|style|template)\b/gi;
  const gtAfter = nextMatchFinder(html, />/g);
  const closers = new Map<string, (at: number) => RegExpExecArray | null>();
  let out = '';
  let copied = 0;
  for (let m = open.exec(html); m !== null; m = open.exec(html)) {
    let end: number;
    let keep = false;
    if (m[1] === undefined) {
      const close = html.indexOf('-->', m.index + 4);
      end = close < 0 ? html.length : close + 3;
    } else {
      const gt = gtAfter(m.index + m[0].length);
      if (gt === null) {
        open.lastIndex = m.index + 1;
        continue;
      }
      const name = m[1].toLowerCase();
      let closeAfter = closers.get(name);
      if (closeAfter === undefined) closers.set(name, (closeAfter = nextMatchFinder(html, new RegExp(`<\\/${name}\\s*>`, 'gi'))));
      const close = closeAfter(gt.index + 1);
      end = close === null ? html.length : close.index + close[0].length;
      keep = /application\/ld\+json/i.test(html.slice(m.index + m[0].length, gt.index));
    }
    if (!keep) out += html.slice(copied, m.index) + html.slice(m.index, end).replace(/[^\n]/g, ' ');
    else out += html.slice(copied, end);
    copied = open.lastIndex = end;
  }
  return out + html.slice(copied);
}

const PUBLISHED_META = ['article:published_time', 'og:published_time', 'article:published', 'datepublished', 'published_at', 'publishdate', 'publish-date', 'pubdate', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.created', 'dc.date', 'date'];
/** `<meta\b(?:[^>"']|"[^"]*"|'[^']*')*>`, read by `startTags`: that pattern read from each of 10,000 `<meta"T` to an
 *  open quote at the end (issue 22). */
const META_TAG = /<meta\b/gi;
// A name starts after a character that cannot be in one: from each of 50,000 "-" before no "=" the name was read to
// the run's end (issue 22). No name of the matches began inside a run: a run's first character starts the same match.
const ATTR = /(?<![\w:.-])([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;

function attributes(tag: string): Map<string, { value: string; offset: number }> {
  const out = new Map<string, { value: string; offset: number }>();
  for (const m of tag.matchAll(ATTR)) {
    const value = m[2] ?? m[3] ?? m[4] ?? '';
    const offset = m.index! + m[0].length - value.length - (m[4] === undefined ? 1 : 0);
    if (!out.has(m[1].toLowerCase())) out.set(m[1].toLowerCase(), { value, offset });
  }
  return out;
}

const decode = (s: string): string =>
  s.replace(/&(amp|lt|gt|quot|apos|#39|#x27|nbsp);/gi, (_m, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'", nbsp: ' ' })[e.toLowerCase()] ?? _m);

const clean = (s: string): string => decode(withoutTags(s)).replace(/\s+/g, ' ').trim();

/** Tags as spaces, looked for only up to the last ">" (an unclosed "<" repeated would be read to the end from each). */
function withoutTags(s: string): string {
  const end = endOfLast(s, '>');
  return s.slice(0, end).replace(/<[^>]*>/g, ' ') + s.slice(end);
}

export function pageMeta(text: string): PageMeta {
  const seen = hideUnseen(text);
  const zone = publisherOffset(seen);
  const ends = lazyTagEnds(seen);
  const metas: Array<{ key: string; content?: { value: string; offset: number } }> = [];
  for (const m of startTags(seen, META_TAG, ends)) {
    const attrs = attributes(m.tag);
    const key = (attrs.get('property') ?? attrs.get('name') ?? attrs.get('itemprop'))?.value.toLowerCase();
    const content = attrs.get('content');
    if (key) metas.push({ key, content: content && { value: content.value, offset: m.index + content.offset } });
  }
  const meta = (key: string) => metas.find((x) => x.key === key && x.content?.value.trim());
  const ld = jsonLd(text, seen, zone);
  let published: DocumentDate | undefined = ld.published;
  for (const key of PUBLISHED_META) {
    if (published) break;
    const m = meta(key);
    if (m?.content) published = pageDateIn(text, m.content.value, m.content.offset, 'meta', zone);
  }
  published ??= itempropDate(text, seen, zone, ends) ?? timeElement(text, seen, zone, ends);
  const title = clean(meta('og:title')?.content?.value ?? '') || ld.headline || h1Title(seen) || titleElement(seen) || undefined;
  const author = meta('author')?.content?.value ?? ld.author;
  const byline = author && !/^https?:/.test(author) ? clean(author) : undefined;
  return { ...(title ? { title } : {}), ...(published ? { published } : {}), ...(byline ? { byline } : {}) };
}

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|Report|LiveBlogPosting|WebPage|ScholarlyArticle|TechArticle|Review)$/;

interface LdFound {
  published?: DocumentDate;
  headline?: string;
  author?: string;
}

/** JSON-LD blocks: the first article object's `datePublished` and `headline`, `@graph` arrays and lists walked. */
function jsonLd(text: string, seen: string, zone: number | undefined): LdFound {
  const found: LdFound = {};
  for (const m of ldJsonScripts(seen)) {
    let data: unknown;
    try {
      data = JSON.parse(m.inner.trim().replace(/^<!\[CDATA\[|\]\]>$/g, ''));
    } catch {
      continue;
    }
    const blockStart = m.index + m.whole.indexOf(m.inner);
    for (const obj of articleObjects(data)) {
      if (!found.published && typeof obj.datePublished === 'string') {
        const at = valueOffset(text, blockStart, blockStart + m.inner.length, 'datePublished', obj.datePublished);
        if (at >= 0) found.published = pageDateIn(text, obj.datePublished, at, 'json-ld', zone);
      }
      if (!found.headline && typeof obj.headline === 'string' && obj.headline.trim()) found.headline = clean(obj.headline);
      if (!found.author) found.author = authorName(obj.author);
    }
    if (found.published && found.headline) break;
  }
  return found;
}

/**
 * The matches of `<script\b[^>]*application\/ld\+json[^>]*>([\s\S]*?)<\/script\s*>` (gi), the same in the same
 * order, each part of the text read once: that pattern read from each of 1,000 `<script application/ld+json` to the
 * end, and back over it for each "application/ld+json" (cubic; issue 22). A tag ends at its first ">".
 */
function ldJsonScripts(seen: string): Array<{ index: number; whole: string; inner: string }> {
  const out: Array<{ index: number; whole: string; inner: string }> = [];
  const open = /<script\b/gi;
  const gtAfter = nextMatchFinder(seen, />/g);
  const typeAfter = nextMatchFinder(seen, /application\/ld\+json/gi);
  const closeAfter = nextMatchFinder(seen, /<\/script\s*>/gi);
  for (let m = open.exec(seen); m !== null; m = open.exec(seen)) {
    const from = m.index + m[0].length;
    const gt = gtAfter(from);
    if (gt === null) break;
    const type = typeAfter(from);
    // The type's text holds no ">": when it starts before the tag's end, it is inside the tag.
    if (type === null || type.index >= gt.index) {
      open.lastIndex = m.index + 1;
      continue;
    }
    const close = closeAfter(gt.index + 1);
    if (close === null) break;
    const end = close.index + close[0].length;
    out.push({ index: m.index, whole: seen.slice(m.index, end), inner: seen.slice(gt.index + 1, close.index) });
    open.lastIndex = end;
  }
  return out;
}

function articleObjects(data: unknown, depth = 0, out: Array<Record<string, unknown>> = []): Array<Record<string, unknown>> {
  if (depth > 4 || data === null || typeof data !== 'object') return out;
  if (Array.isArray(data)) {
    for (const d of data) articleObjects(d, depth + 1, out);
    return out;
  }
  const obj = data as Record<string, unknown>;
  const types = ([] as unknown[]).concat(obj['@type'] ?? []).filter((t): t is string => typeof t === 'string');
  if (types.some((t) => ARTICLE_TYPES.test(t))) out.push(obj);
  if (obj['@graph']) articleObjects(obj['@graph'], depth + 1, out);
  if (obj.mainEntity) articleObjects(obj.mainEntity, depth + 1, out);
  // A WebPage's own date is the page's: an article object in the same block comes first.
  out.sort((a, b) => Number(/WebPage/.test(String(a['@type']))) - Number(/WebPage/.test(String(b['@type']))));
  return out;
}

function authorName(author: unknown): string | undefined {
  const first = Array.isArray(author) ? author[0] : author;
  if (typeof first === 'string') return first;
  if (first && typeof first === 'object' && typeof (first as { name?: unknown }).name === 'string') return (first as { name: string }).name;
  return undefined;
}

/** Where the JSON string `"key": "value"` puts value's first character, or -1. */
function valueOffset(text: string, from: number, to: number, key: string, value: string): number {
  const block = text.slice(from, to);
  const k = block.indexOf(`"${key}"`);
  if (k < 0) return -1;
  const v = block.indexOf(value, k);
  return v < 0 ? -1 : from + v;
}

/** A start tag, quoted values read whole, by `startTags`. Each tag is found first and then tested for its attribute:
 *  one pattern for both read each of 50,000 "<a" before one ">" to the end, looking for an `itemprop` none held
 *  (issue 22). The name is read whole ((?![\w-]), not \b), so the attributes cannot take back its end (recheck:
 *  "<a-0-0-..." was quadratic); the tags found are the same. */
const START_TAG = /<[a-z][\w-]*(?![\w-])/gi;
const TAG_NAME = /^<[a-z][\w-]*(?![\w-])/i;
const ITEMPROP_IS = /itemprop\s*=\s*/iy;

/**
 * Does the start tag `tag` (as startTags gives it) say `itemprop=datePublished`, as
 * `/^<[a-z][\w-]*(?![\w-])(?:[^>"']|"[^"]*"|'[^']*')*\bitemprop\s*=\s*["']?datePublished\b["']?(?:[^>"']|"[^"]*"|'[^']*')*>$/i`
 * tells? Each place outside a quoted value where "itemprop" starts a word is tried with the quotes taken and not, and
 * the rest read by `tagEnds`: the pattern read the rest again from each such place (quadratic on one long tag; recheck).
 */
export function saysDatePublished(tag: string): boolean {
  const name = TAG_NAME.exec(tag);
  if (name === null || !/itemprop/i.test(tag)) return false;
  let ends: Int32Array | undefined;
  const reachesEnd = (at: number) => (ends ??= tagEnds(tag))[at] === tag.length;
  const quoteAt = (at: number) => (tag[at] === '"' || tag[at] === "'" ? [at + 1, at] : [at]);
  const isWord = (c: string | undefined) => c !== undefined && /\w/.test(c);
  for (let i = name[0].length; i < tag.length; ) {
    const c = tag[i];
    if (c === '"' || c === "'") {
      const close = tag.indexOf(c, i + 1);
      if (close < 0) return false;
      i = close + 1;
      continue;
    }
    if (c === '>') return false;
    ITEMPROP_IS.lastIndex = i;
    if (!isWord(tag[i - 1]) && ITEMPROP_IS.test(tag)) {
      for (const value of quoteAt(ITEMPROP_IS.lastIndex)) {
        if (tag.slice(value, value + 13).toLowerCase() !== 'datepublished' || isWord(tag[value + 13])) continue;
        if (quoteAt(value + 13).some(reachesEnd)) return true;
      }
    }
    i++;
  }
  return false;
}

/** `itemprop="datePublished"` on any element: its `content` or `datetime`. */
function itempropDate(text: string, seen: string, zone: number | undefined, ends: () => Int32Array): DocumentDate | undefined {
  for (const m of startTags(seen, START_TAG, ends)) {
    if (!saysDatePublished(m.tag)) continue;
    const attrs = attributes(m.tag);
    const v = attrs.get('content') ?? attrs.get('datetime');
    if (v) {
      const found = pageDateIn(text, v.value, m.index + v.offset, 'meta', zone);
      if (found) return found;
    }
  }
  return undefined;
}

/** `<time pubdate>` first, then the first `<time datetime>`. */
function timeElement(text: string, seen: string, zone: number | undefined, ends: () => Int32Array): DocumentDate | undefined {
  const all = startTags(seen, /<time\b/gi, ends);
  const ordered = [...all.filter((m) => /\bpubdate\b/i.test(m.tag)), ...all];
  for (const m of ordered) {
    const v = attributes(m.tag).get('datetime');
    if (!v) continue;
    const found = pageDateIn(text, v.value, m.index + v.offset, 'time', zone);
    if (found) return found;
  }
  return undefined;
}

function h1Title(seen: string): string | undefined {
  const inner = firstElementText(seen, 'h1');
  return inner !== undefined ? clean(inner) || undefined : undefined;
}

function titleElement(seen: string): string | undefined {
  const inner = firstElementText(seen, 'title');
  return inner !== undefined ? clean(inner) || undefined : undefined;
}

/**
 * What `<name\b[^>]*>([\s\S]*?)<\/name\s*>` gives, in linear time: that pattern read on from each of 50,000 "<h1>"
 * to the end when no "</h1>" came (issue 22). Only the first opening tag can match: a later one's end is later, so
 * when no closing tag follows the first, none follows the later ones.
 */
function firstElementText(seen: string, name: string): string | undefined {
  const cut = seen.slice(0, endOfLastClosingTag(seen));
  const open = new RegExp(`<${name}\\b[^>]*>`, 'i').exec(cut);
  if (!open) return undefined;
  const close = new RegExp(`<\\/${name}\\s*>`, 'gi');
  close.lastIndex = open.index + open[0].length;
  const m = close.exec(cut);
  return m ? cut.slice(open.index + open[0].length, m.index) : undefined;
}
