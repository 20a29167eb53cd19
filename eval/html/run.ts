// `npm run eval:html`: Newsline on real saved news pages (../shared/eval/html, see its README).
// 1. Extraction: the benchmark's 4-gram F1 (shingles.ts) of the article text against the benchmark's gold bodies
//    (scrapinghub pages only: the Readability pages' gold is Readability's own output), for the whole page's text,
//    Readability.js on linkedom (textContent, as published, and with its blocks kept apart), Defuddle (a peer from
//    eval/node_modules, when installed) and Newsline's extraction.
// 2. The analysis: summary sentences and timeline entries that are article text, reference date, time per page, for
//    the page read as an article and read whole (as before the extraction).
// Dev split first, then test. Writes eval/results/html.json.
//   node out/eval/html/run.js [DATA_DIR] [--split dev|test]   (one split: updates only its figures in the file)
//   --quick: Newsline alone (no peers, no whole-page reading), printed, the file left as it is: for tuning on dev.
import { createRequire } from 'module';
import * as fs from 'fs';
import * as path from 'path';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { analyze } from '../../src/core/analyze';
import { planPage } from '../../src/core/html';
import { toPlainText } from '../../src/core/text';
import type { Analysis } from '../../src/core/types';
import { bodyIndex, isArticleText, match, readable, score, type Counts, type Score } from './shingles';

interface Gold {
  readonly id: string;
  readonly file: string;
  readonly source: 'scrapinghub' | 'mozilla';
  readonly split: 'dev' | 'test';
  readonly articleBody: string;
  readonly headline: string | null;
  readonly publishedDate: string | null;
  readonly urlDate: string | null;
}

const TODAY = '2026-12-02';
const repoRoot = path.resolve(__dirname, '..', '..', '..');

type Extractor = (html: string) => string;

const BLOCK = /^(P|DIV|LI|H[1-6]|BLOCKQUOTE|PRE|TR|TD|TH|UL|OL|TABLE|SECTION|ARTICLE|HEADER|FOOTER|FIGURE|FIGCAPTION|BR|HR|DD|DT|DL|ASIDE|MAIN)$/;

interface TextNodeLike {
  nodeType: number;
  nodeName: string;
  data?: string;
  childNodes: ArrayLike<TextNodeLike>;
}

/** Text of a DOM subtree with a line break around every block, so blocks are not run together. */
function blockText(node: TextNodeLike, out: string[] = []): string[] {
  for (let i = 0; i < node.childNodes.length; i++) {
    const c = node.childNodes[i];
    if (c.nodeType === 3) out.push(c.data ?? '');
    else if (c.nodeType === 1 && c.nodeName !== 'SCRIPT' && c.nodeName !== 'STYLE') {
      const block = BLOCK.test(c.nodeName);
      if (block) out.push('\n');
      blockText(c, out);
      if (block) out.push('\n');
    }
  }
  return out;
}

type ReadabilityCtor = new (doc: unknown, options?: Record<string, unknown>) => { parse(): { textContent?: string | null; content?: unknown } | null };

const readabilityText: Extractor = (html) => {
  const { document } = parseHTML(html);
  return new (Readability as unknown as ReadabilityCtor)(document).parse()?.textContent ?? '';
};

const readabilityBlocks: Extractor = (html) => {
  const { document } = parseHTML(html);
  const node = new (Readability as unknown as ReadabilityCtor)(document, { serializer: (n: unknown) => n }).parse()?.content as TextNodeLike | undefined;
  return node ? blockText(node).join('') : '';
};

function loadDefuddle(): Extractor | undefined {
  try {
    const req = createRequire(path.join(repoRoot, 'eval', 'package.json'));
    type DefuddleCtor = new (doc: unknown, options?: Record<string, unknown>) => { parse(): { content?: string } };
    // Its CommonJS build exports the class itself.
    const mod = req('defuddle') as DefuddleCtor | { Defuddle: DefuddleCtor };
    const Defuddle = typeof mod === 'function' ? mod : mod.Defuddle;
    return (html) => {
      const { document } = parseHTML(html);
      const content = new Defuddle(document, { url: 'https://example.com/' }).parse().content ?? '';
      const { document: out } = parseHTML(`<!doctype html><html><body>${content}</body></html>`);
      return blockText(out.body as unknown as TextNodeLike).join('');
    };
  } catch {
    return undefined;
  }
}

const wholePageText: Extractor = (html) => toPlainText(html, 'html').plain;

// The benchmark's gold is the article's body without its headline (README), as the peers above return it: Newsline's
// body is scored, and the text it analyses (the headline included, read as a heading) is reported beside it.
const newslineText: Extractor = (html) => {
  const plan = planPage(html);
  return toPlainText(html, 'html', plan.body ?? plan.keep).plain;
};

const newslineWithHeadline: Extractor = (html) => toPlainText(html, 'html', planPage(html).keep).plain;

interface PageResult {
  readonly id: string;
  readonly summary: number;
  readonly summaryArticle: number;
  readonly timeline: number;
  readonly timelineArticle: number;
  readonly referenceDate: string;
  readonly referenceSource: string;
  readonly ms: number;
}

function analysePage(g: Gold, html: string, wholePage: boolean): PageResult {
  const body = bodyIndex(g.articleBody + (g.headline ? `\n${g.headline}` : ''));
  const t0 = process.hrtime.bigint();
  const a: Analysis = analyze(html, { fileName: g.file, today: TODAY, wholePage });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  return {
    id: g.id,
    summary: a.summary.length,
    summaryArticle: a.summary.filter((s) => isArticleText(s.text, body)).length,
    timeline: a.timeline.length,
    timelineArticle: a.timeline.filter((e) => isArticleText(readable(html, e.sentence.start, e.sentence.end), body)).length,
    referenceDate: a.referenceDate.value,
    referenceSource: a.referenceDate.source,
    ms,
  };
}

const dayDiff = (a: string, b: string): number => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : 0;
}

function summarise(results: readonly PageResult[], golds: readonly Gold[]) {
  const byId = new Map(golds.map((g) => [g.id, g]));
  const sum = (f: (r: PageResult) => number) => results.reduce((a, r) => a + f(r), 0);
  const dated = results.filter((r) => byId.get(r.id)!.publishedDate);
  const urlDated = results.filter((r) => byId.get(r.id)!.urlDate);
  const round = (x: number, d = 4) => Math.round(x * 10 ** d) / 10 ** d;
  return {
    pages: results.length,
    summaryPrecision: round(sum((r) => r.summaryArticle) / Math.max(1, sum((r) => r.summary))),
    summarySentences: sum((r) => r.summary),
    pagesWithAllSummaryFromArticle: results.filter((r) => r.summary > 0 && r.summaryArticle === r.summary).length,
    timelinePrecision: round(sum((r) => r.timelineArticle) / Math.max(1, sum((r) => r.timeline))),
    timelineEntries: sum((r) => r.timeline),
    timelineOutsidePerPage: round(sum((r) => r.timeline - r.timelineArticle) / Math.max(1, results.length), 2),
    timelineOutsideMax: Math.max(0, ...results.map((r) => r.timeline - r.timelineArticle)),
    referenceDate: {
      goldPages: dated.length,
      goldEqual: dated.filter((r) => r.referenceDate === byId.get(r.id)!.publishedDate).length,
      goldFellBackToToday: dated.filter((r) => r.referenceSource === 'today').length,
      urlDatePages: urlDated.length,
      urlDateWithinOneDay: urlDated.filter((r) => dayDiff(r.referenceDate, byId.get(r.id)!.urlDate!) <= 1).length,
      urlDateFellBackToToday: urlDated.filter((r) => r.referenceSource === 'today').length,
      fellBackToToday: results.filter((r) => r.referenceSource === 'today').length,
    },
    msPerPage: { median: round(quantile(results.map((r) => r.ms), 0.5), 1), max: round(Math.max(...results.map((r) => r.ms)), 1), slowest: results.reduce((a, r) => (r.ms > a.ms ? r : a), results[0])?.id },
  };
}

function main(): void {
  const args = process.argv.slice(2);
  const splitArg = args.includes('--split') ? args[args.indexOf('--split') + 1] : undefined;
  const quick = args.includes('--quick');
  const dataDir = path.resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--split') ?? path.join(repoRoot, '..', 'shared', 'eval', 'html'));
  const golds = fs.readFileSync(path.join(dataDir, 'gold.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Gold);
  const extractors: Array<[string, Extractor]> = quick
    ? []
    : [
        ['whole-page', wholePageText],
        ['readability (textContent)', readabilityText],
        ['readability (blocks apart)', readabilityBlocks],
      ];
  const defuddle = quick ? undefined : loadDefuddle();
  if (defuddle) extractors.push(['defuddle', defuddle]);
  extractors.push(['newsline (headline included)', newslineWithHeadline], ['newsline', newslineText]);
  // Load the model before timing anything.
  analyze('Warm up on Monday, March 2, 2020.', { today: TODAY });
  const splits: Record<string, unknown> = {};
  for (const split of ['dev', 'test'] as const) {
    if (splitArg && splitArg !== split) continue;
    const pages = golds.filter((g) => g.split === split);
    const extraction: Record<string, Score & { failures: number }> = {};
    const counts = new Map<string, Counts[]>(extractors.map(([name]) => [name, []]));
    const failures = new Map<string, number>();
    const article: PageResult[] = [];
    const whole: PageResult[] = [];
    for (const g of pages) {
      const html = fs.readFileSync(path.join(dataDir, g.file), 'utf8');
      if (g.source === 'scrapinghub') {
        for (const [name, extract] of extractors) {
          let text = '';
          try {
            text = extract(html);
          } catch {
            failures.set(name, (failures.get(name) ?? 0) + 1);
          }
          counts.get(name)!.push(match(g.articleBody, text));
        }
      }
      article.push(analysePage(g, html, false));
      if (!quick) whole.push(analysePage(g, html, true));
    }
    for (const [name] of extractors) {
      const s = score(counts.get(name)!);
      extraction[name] = { ...s, f1: +s.f1.toFixed(4), precision: +s.precision.toFixed(4), recall: +s.recall.toFixed(4), failures: failures.get(name) ?? 0 };
    }
    splits[split] = quick ? { extraction, article: summarise(article, pages) } : { extraction, article: summarise(article, pages), wholePage: summarise(whole, pages) };
    console.log(`\n== ${split} (${pages.length} pages; extraction F1 on its ${counts.get('newsline')!.length} benchmark pages)`);
    console.log(JSON.stringify(splits[split], null, 2));
  }
  if (quick) return;
  const out = {
    data: 'shared/eval/html (179 saved news pages: 143 article-extraction-benchmark, 36 Readability test pages)',
    method: 'Extraction: the benchmark\'s evaluate.py (4-grams of \\w+ tokens, per-page P and R averaged, F1 of the means), scrapinghub pages only. Summary/timeline precision: a sentence is article text when half its 4-grams are in the gold body (+ headline). Reference date: equal to gold publishedDate (Readability pages), within a day of the date in the URL (benchmark pages; a weak proxy). Time: analyze() in one warm process.',
    published: { trafilatura: 0.958, newspaper4k: 0.949, 'readability.js': 0.947, 'whole-page text (html-text)': 0.665, pages: 181 },
    splits,
  };
  // One split at a time (--split) updates that split's figures and keeps the other's.
  const file = path.join(repoRoot, 'eval', 'results', 'html.json');
  if (splitArg && fs.existsSync(file)) {
    const before = JSON.parse(fs.readFileSync(file, 'utf8')) as { splits?: Record<string, unknown> };
    out.splits = { ...(before.splits ?? {}), ...splits };
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(out, null, 2) + '\n');
  console.log('\nwrote eval/results/html.json');
}

main();
