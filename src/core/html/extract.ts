// Finds the article in a web page: Readability.js (Firefox Reader View) chooses the article's elements on a linkedom
// DOM whose text nodes know their source ranges (dom.ts), so what it keeps is a list of [start, end) ranges of the
// HTML as given; everything else is left out of the analysis by blanking it, and every offset stays exact.
// Beyond Readability: the page's headline is kept (as a heading, never a summary sentence), and what was left out is
// counted for the panel and the CLI ("page navigation, comments and 3 sidebars left out").
import { ELEMENT_NODE, parseWithSource, textNodesOf, type DomNode, type SourceDom } from './dom';
import { notStoryText } from './notText';
import { partitionPoint } from '../sorted';

export interface ArticleExtraction {
  /** Sorted, disjoint source ranges of the article's text (the headline's included). */
  readonly ranges: ReadonlyArray<readonly [number, number]>;
  /** The same without the headline: the article's body, as the benchmark's gold bodies are written. */
  readonly body: ReadonlyArray<readonly [number, number]>;
  /** How many paragraphs (blocks with text) the article has. */
  readonly paragraphs: number;
  /** What was left out, as a reader would name it: "page navigation", "comments", "3 sidebars". */
  readonly leftOut: readonly string[];
  /** The title Readability found (og:title, JSON-LD headline or `<title>`, cleaned of the site's name). */
  readonly title?: string;
}

/** Below this many characters of article text the page is not taken for an article (Readability's own default). */
const MIN_ARTICLE_CHARS = 500;
/** Less article text than this and the page is read whole. */
const MIN_KEPT_CHARS = 140;

const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const BLOCKS = new Set(['P', 'LI', ...HEADINGS, 'BLOCKQUOTE', 'PRE', 'TD', 'TH', 'DD', 'DT', 'FIGCAPTION', 'DIV', 'SECTION', 'ARTICLE', 'TABLE', 'UL', 'OL']);

type ReadabilityCtor = new (doc: unknown, options: Record<string, unknown>) => { parse(): { title?: string | null; content?: unknown } | null };

/** The article in `html`, or undefined when no article is found (then the page is analysed whole). */
export function extractArticle(html: string): ArticleExtraction | undefined {
  if (!looksLikePage(html)) return undefined;
  try {
    return extractFrom(html);
  } catch {
    // linkedom or Readability failing on a page: it is analysed whole.
    return undefined;
  }
}

/** A web page long enough to hold an article with its furniture: anything less is analysed whole, as before. */
function looksLikePage(html: string): boolean {
  return html.length >= 2 * MIN_ARTICLE_CHARS && /<body[\s>]/i.test(html);
}

function extractFrom(html: string): ArticleExtraction | undefined {
  const dom = parseWithSource(html);
  if (!dom) return undefined;
  const furniture = countFurniture(dom);
  const h1s = headingCandidates(dom);
  keepScriptLinkText(dom);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Readability } = require('@mozilla/readability') as { Readability: unknown };
  const parsed = new (Readability as ReadabilityCtor)(dom.document, {
    serializer: (node: unknown) => node,
    charThreshold: MIN_ARTICLE_CHARS,
    // Readability strips class names from what it returns; notText.ts reads them ("mm_related", "signupMessage").
    keepClasses: true,
  }).parse();
  const content = parsed?.content as DomNode | undefined;
  if (!content || typeof content !== 'object') return undefined;
  const nodes = textNodesOf(content);
  const ranges: Array<readonly [number, number]> = [];
  const blocks = new Set<DomNode>();
  let chars = 0;
  let cursor = 0;
  const outOfStory = notStoryText(content, { host: pageHost(dom), descriptions: pageDescriptions(dom) });
  for (const node of nodes) {
    const data = node.data ?? '';
    if (data.trim() === '' || outOfStory(node)) continue;
    const range = dom.rangeOf(node) ?? dom.locate(data, cursor);
    if (!range) continue;
    cursor = range[1];
    ranges.push(range);
    chars += data.trim().length;
    const block = blockOf(node);
    if (block && !HEADINGS.has(block.nodeName)) blocks.add(block);
  }
  // Readability keeps trying with lower thresholds; what it ends with is still far nearer the article than the whole
  // page (on the dev split, 3 pages under 500 characters had 0.13-0.67 precision read whole).
  if (chars < MIN_KEPT_CHARS) return undefined;
  const title = parsed?.title?.trim() || undefined;
  const headline = chooseHeadline(h1s, title) ?? [];
  // Readability may keep the headline's own text nodes too: the body is what is left without them.
  const inHeadline = new Set(headline.map(([s, e]) => `${s}:${e}`));
  const body = mergeRanges(ranges.filter(([s, e]) => !inHeadline.has(`${s}:${e}`)));
  const merged = mergeRanges([...ranges, ...headline]);
  return { ranges: merged, body, paragraphs: blocks.size, leftOut: describeLeftOut(furniture, merged), ...(title ? { title } : {}) };
}

/**
 * Readability replaces a `javascript:` link by a new text node, which has no source range, so the link's words would
 * vanish from the article ("a link reading was found"). Without its href the link stays, its text node with it; the
 * href never counted in Readability's scores (only `#` links weigh less), and nothing of the page ever runs.
 */
function keepScriptLinkText(dom: SourceDom): void {
  const links = dom.document.querySelectorAll('a[href]');
  for (let i = 0; i < links.length; i++) {
    const link = links[i];
    // Readability's own test: the href as written, starting with "javascript:".
    if ((link.getAttribute?.('href') ?? '').indexOf('javascript:') === 0) link.removeAttribute?.('href');
  }
}

/** The host of the page's own address (canonical link or og:url), when it states one. */
function pageHost(dom: SourceDom): string | undefined {
  const tags = dom.document.querySelectorAll('link[rel="canonical"], meta[property="og:url"]');
  for (let i = 0; i < tags.length; i++) {
    const url = tags[i].getAttribute?.('href') ?? tags[i].getAttribute?.('content') ?? '';
    const m = /^https?:\/\/([^/?#:]+)/i.exec(url.trim());
    if (m) return m[1];
  }
  return undefined;
}

/** The page's descriptions of itself (meta description, og:description, twitter:description). */
function pageDescriptions(dom: SourceDom): string[] {
  const tags = dom.document.querySelectorAll('meta[name="description"], meta[property="og:description"], meta[name="twitter:description"]');
  return Array.from(tags, (t) => t.getAttribute?.('content') ?? '').filter((d) => d.trim() !== '');
}

function blockOf(node: DomNode): DomNode | undefined {
  for (let p = node.parentNode; p; p = p.parentNode) if (BLOCKS.has(p.nodeName)) return p;
  return undefined;
}

function mergeRanges(ranges: Array<readonly [number, number]>): Array<readonly [number, number]> {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

const fold = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

interface Heading {
  readonly text: string;
  readonly ranges: Array<readonly [number, number]>;
}

/** The page's `h1` elements before Readability moves things, with their text nodes' source ranges. */
function headingCandidates(dom: SourceDom): Heading[] {
  const out: Heading[] = [];
  const list = dom.document.querySelectorAll('h1');
  for (let i = 0; i < list.length && i < 10; i++) {
    const ranges = textNodesOf(list[i]).map((n) => dom.rangeOf(n)).filter((r): r is readonly [number, number] => r !== undefined);
    const text = fold(list[i].textContent ?? '');
    if (text && ranges.length) out.push({ text, ranges });
  }
  return out;
}

/** The `h1` that is the article's headline: the one the title starts with or contains, else the only one. */
function chooseHeadline(h1s: readonly Heading[], title: string | undefined): Array<readonly [number, number]> | undefined {
  if (h1s.length === 0) return undefined;
  if (title) {
    const t = fold(title);
    const match = h1s.find((h) => h.text.length >= 10 && (t.includes(h.text) || h.text.includes(t)));
    if (match) return match.ranges;
  }
  return h1s.length === 1 && h1s[0].text.split(' ').length >= 3 ? h1s[0].ranges : undefined;
}

// ---- what was left out ----

type Furniture = 'navigation' | 'comments' | 'sidebar' | 'footer' | 'share' | 'newsletter' | 'ads';

interface FurnitureItem {
  readonly kind: Furniture;
  /** From the start of its first text node to the end of its last, in the source. */
  readonly span: readonly [number, number];
}

/** Page furniture by tag, role, id and class: the outermost element of each kind that has text. */
function countFurniture(dom: SourceDom): FurnitureItem[] {
  const items: FurnitureItem[] = [];
  const visit = (node: DomNode): void => {
    const children = node.childNodes;
    for (let k = 0; k < children.length; k++) {
      const child = children[k];
      if (child.nodeType !== ELEMENT_NODE) continue;
      const kind = furnitureOf(child);
      if (!kind) {
        visit(child);
        continue;
      }
      const ranges = textNodesOf(child).filter((n) => (n.data ?? '').trim() !== '').map((n) => dom.rangeOf(n)).filter((r): r is readonly [number, number] => r !== undefined);
      if (ranges.length) items.push({ kind, span: [ranges[0][0], ranges[ranges.length - 1][1]] });
    }
  };
  if (dom.document.body) visit(dom.document.body);
  return items;
}

const NAMED: Array<[Furniture, RegExp]> = [
  ['comments', /(^|[\s_-])(comments?|disqus|respond|discussion)($|[\s_-])/i],
  ['sidebar', /(^|[\s_-])(sidebar|side-bar|rail|related|recommended|most-?(read|popular)|trending|outbrain|taboola)($|[\s_-])/i],
  ['share', /(^|[\s_-])(share|sharing|social)($|[\s_-])/i],
  ['newsletter', /(^|[\s_-])(newsletter|subscribe|signup|sign-up)($|[\s_-])/i],
  ['ads', /(^|[\s_-])(ad|ads|advert|advertisement|dfp|sponsor(ed)?)($|[\s_-])/i],
];

function furnitureOf(el: DomNode): Furniture | undefined {
  const tag = el.nodeName;
  const role = el.getAttribute?.('role') ?? '';
  if (tag === 'NAV' || role === 'navigation' || role === 'menubar') return 'navigation';
  if (tag === 'ASIDE' || role === 'complementary') return 'sidebar';
  if (tag === 'FOOTER' || role === 'contentinfo') return 'footer';
  const names = `${el.getAttribute?.('id') ?? ''} ${el.getAttribute?.('class') ?? ''}`;
  if (names.trim() === '') return undefined;
  for (const [kind, re] of NAMED) if (re.test(names)) return kind;
  return undefined;
}

const WORDS: Record<Furniture, [string, string]> = {
  navigation: ['page navigation', 'page navigation'],
  comments: ['comments', 'comments'],
  sidebar: ['a sidebar', 'sidebars'],
  footer: ['the footer', 'the footer'],
  share: ['share buttons', 'share buttons'],
  newsletter: ['a newsletter box', 'newsletter boxes'],
  ads: ['an advertisement', 'advertisements'],
};

/** The furniture that holds none of the article's text, named and counted. */
function describeLeftOut(items: readonly FurnitureItem[], kept: ReadonlyArray<readonly [number, number]>): string[] {
  const counts = new Map<Furniture, number>();
  for (const item of items) {
    if (holdsAny(item.span, kept)) continue;
    counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1);
  }
  const out: string[] = [];
  for (const kind of ['navigation', 'comments', 'sidebar', 'share', 'newsletter', 'ads', 'footer'] as Furniture[]) {
    const n = counts.get(kind) ?? 0;
    if (n === 0) continue;
    const [one, many] = WORDS[kind];
    out.push(n === 1 || one === many ? one : `${n} ${many}`);
  }
  return out;
}

/** Does any of the sorted ranges start inside `span`? */
function holdsAny(span: readonly [number, number], sorted: ReadonlyArray<readonly [number, number]>): boolean {
  const lo = partitionPoint(0, sorted.length, (i) => sorted[i][0] < span[0]);
  return lo < sorted.length && sorted[lo][0] < span[1];
}
