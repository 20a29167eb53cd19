// Dangling references in summaries: a summary sentence that leans on the sentence before it in the article
// (src/core/summary/dangling.ts) while the summary leaves that sentence out. `node out/eval/summ/dangling.js
// sample [N] [dataDir]` prints N development summaries (CNN/DM val500 and test odd lines, then BBC odd lines) with each
// sentence's verdict, for the hand check in DANGLING.md; `stats [dataDir]` the share of dangling summary sentences per
// file and split; `variants [dataDir]` development ROUGE and dangling share with and without the links that prevent it, and
// what each of the detector's reasons costs.
import * as path from 'path';
import type { ArticleDoc } from '../../src/core/model';
import { danglingReason, droppableOpening, type DanglingReason } from '../../src/core/summary/dangling';
import { resolvedByName, type Links } from '../../src/core/summary/choose';
import { Sheet } from '../../src/core/summary/sheet';
import type { SummarySentence } from '../../src/core/types';

export interface DanglingCount {
  readonly sentences: number;
  readonly dangling: number;
}

/** The reason a summary sentence dangles (it leans back and the body sentence before it is not in the summary), if any. */
export function danglingIn(doc: ArticleDoc, summary: readonly Pick<SummarySentence, 'index' | 'untrimmed'>[]): (DanglingReason | undefined)[] {
  const chosen = new Set(summary.map((s) => s.index));
  const previousBody = new Map<number, number>();
  let last = -1;
  for (const s of doc.sentences) {
    if (s.kind !== 'body') continue;
    previousBody.set(s.index, last);
    last = s.index;
  }
  let links: Links | undefined;
  let rawOf: Map<number, number> | undefined;
  return summary.map((s) => {
    const before = previousBody.get(s.index) ?? -1;
    if (before < 0 || chosen.has(before)) return undefined;
    // A sentence the summary gives without its opening connective is read as the summary gives it.
    const dropped = s.untrimmed !== undefined ? (droppableOpening(s.untrimmed)?.words ?? 0) : 0;
    const reason = danglingReason(doc.sentences[s.index], doc.tokens, dropped);
    if (reason !== 'pronoun') return reason;
    // "He said ..." after a summary sentence that names him, with nothing between them that names anyone else.
    if (!links || !rawOf) {
      const sheet = new Sheet(doc);
      links = sheet.links();
      rawOf = new Map(sheet.raws.map((raw, r) => [raw.sentence.index, r]));
    }
    const r = rawOf.get(s.index);
    const byRaw = rawOf;
    const chosenRaw = new Set([...chosen].map((index) => byRaw.get(index) ?? -1));
    return r !== undefined && resolvedByName(links, r, (j) => chosenRaw.has(j)) ? undefined : reason;
  });
}

export function countDangling(doc: ArticleDoc, summary: readonly Pick<SummarySentence, 'index' | 'untrimmed'>[]): DanglingCount {
  return { sentences: summary.length, dangling: danglingIn(doc, summary).filter((r) => r !== undefined).length };
}

/** A prepared development article (tune.ts's `Prepared`, as far as counting needs it). */
interface ChosenFrom {
  readonly article: ArticleDoc;
  readonly candidates: readonly { readonly text: string; readonly sentence: { readonly index: number; readonly text: string } }[];
}

/** Dangling sentences over the summaries `chosenOf` picks (candidate indices), a trimmed opening kept as `untrimmed`. */
export function countDanglingChosen<D extends ChosenFrom>(docs: readonly D[], chosenOf: (d: D) => readonly number[]): DanglingCount {
  let sentences = 0;
  let dangling = 0;
  for (const d of docs) {
    const chosen = chosenOf(d).map((i) => {
      const c = d.candidates[i];
      return { index: c.sentence.index, ...(c.text !== c.sentence.text ? { untrimmed: c.sentence.text } : {}) };
    });
    dangling += countDangling(d.article, chosen).dangling;
    sentences += chosen.length;
  }
  return { sentences, dangling };
}

async function sample(limit: number): Promise<void> {
  const { loadDocs, inSplit, summaryLength } = await import('./data');
  const { readEvalArticle } = await import('./newsline');
  const { summarize } = await import('../../src/core/summarize');
  const dir = (await import('./tune')).dataDirOf(process.argv[process.argv[2] === 'sample' ? 4 : 3]);
  const docs = [
    ...loadDocs(path.join(dir, 'cnndm_val500.jsonl')).map((d) => ({ d, set: 'cnndm_val500' })),
    ...loadDocs(path.join(dir, 'cnndm_test.jsonl')).filter((_, i) => inSplit(i, 'dev')).map((d) => ({ d, set: 'cnndm_test' })),
  ];
  const step = Math.max(1, Math.floor(docs.length / limit));
  for (let k = 0; k < limit && k * step < docs.length; k++) {
    const { d, set } = docs[k * step];
    const article = readEvalArticle(d);
    const summary = summarize(article, summaryLength(set, d));
    const verdicts = danglingIn(article, summary);
    console.log(`=== ${k + 1}. ${set} ${d.id}`);
    summary.forEach((s, i) => {
      const prev = article.sentences.slice(0, s.index).reverse().find((x) => x.kind === 'body');
      console.log(`  [${verdicts[i] ?? 'ok'}] #${s.index} ${s.text}`);
      if (verdicts[i] || (prev && !summary.some((x) => x.index === prev.index))) console.log(`      before: ${prev ? prev.text.slice(0, 160) : '-'}`);
    });
  }
}

if (require.main === module && process.argv[2] === 'sample') void sample(Number(process.argv[3] ?? '50'));

async function stats(): Promise<void> {
  const { loadDocs, inSplit, summaryLength } = await import('./data');
  const { readEvalArticle } = await import('./newsline');
  const { summarize } = await import('../../src/core/summarize');
  const dir = (await import('./tune')).dataDirOf(process.argv[process.argv[2] === 'sample' ? 4 : 3]);
  for (const set of ['cnndm_val500', 'cnndm_test', 'bbc']) {
    const by: Record<string, number[]> = { dev: [0, 0], test: [0, 0], whole: [0, 0] };
    const reasons = new Map<string, number>();
    loadDocs(path.join(dir, `${set}.jsonl`)).forEach((d, i) => {
      const article = readEvalArticle(d);
      const summary = summarize(article, summaryLength(set, d));
      const v = danglingIn(article, summary);
      for (const r of v) if (r) reasons.set(r, (reasons.get(r) ?? 0) + 1);
      const n = v.filter((r) => r !== undefined).length;
      for (const split of ['whole', inSplit(i, 'dev') ? 'dev' : 'test']) {
        by[split][0] += n;
        by[split][1] += summary.length;
      }
    });
    console.log(set, Object.entries(by).map(([k, [n, all]]) => `${k} ${n}/${all} ${((100 * n) / all).toFixed(2)}%`).join('  '), JSON.stringify(Object.fromEntries(reasons)));
  }
}

if (require.main === module && process.argv[2] === 'stats') void stats();

/**
 * Development figures of the ways to keep a summary from dangling: ROUGE and the share of dangling sentences, with no
 * links (the selection before issue 23), with all of them, with the detector's links only (no quotation links), and
 * with all but one of the detector's reasons, which shows what each reason costs.
 */
async function variants(): Promise<void> {
  const { prepare, evaluate, chosenBy, dataDirOf } = await import('./tune');
  const { MODEL } = await import('../../src/core/summarize');
  type Links = import('../../src/core/summarize').Links;
  type Prepared = import('./tune').Prepared;
  const dir = dataDirOf(process.argv[3]);
  /** The links with those of the sentences `drop` says of cut (the sentence then stands alone). */
  const cut = (d: Prepared, drop: (reason: DanglingReason | undefined) => boolean): Links => ({
    ...d.links,
    needs: d.links.needs.map((n, i) => (n !== -1 && drop(danglingReason(d.candidates[i].sentence, d.article.tokens)) ? -1 : n)),
  });
  const allWays: [string, (d: Prepared) => Links | undefined][] = [
    ['no links', () => undefined],
    ['links, no name rule', (d) => ({ ...d.links, personal: undefined })],
    ['links (committed)', (d) => d.links],
    ['detector links only', (d) => cut(d, (r) => r === undefined)],
    ...(['pronoun', 'demonstrative', 'connective', 'date'] as const).map((reason): [string, (d: Prepared) => Links] => [`all but ${reason}`, (d) => cut(d, (r) => r === reason)]),
  ];
  // SUMM_VARIANTS="no links,links (": only the ways whose names start so.
  const ways = allWays.filter(([name]) => process.env.SUMM_VARIANTS === undefined || process.env.SUMM_VARIANTS.split(',').some((w) => name.startsWith(w)));
  for (const set of ['cnndm_test', 'bbc']) {
    const docs = prepare(dir, set);
    for (const [name, way] of ways) {
      const ds = docs.map((d) => ({ ...d, links: way(d) as Links }));
      const s = evaluate(ds, MODEL);
      const { dangling: n, sentences: all } = countDanglingChosen(ds, (d) => chosenBy(d, MODEL));
      console.log(`${set} dev (${docs.length}) ${name.padEnd(22)} R1 ${(s.r1 * 100).toFixed(2)} R2 ${(s.r2 * 100).toFixed(2)} dangling ${n}/${all} ${((100 * n) / all).toFixed(2)}%`);
    }
  }
}

if (require.main === module && process.argv[2] === 'variants') void variants();

/**
 * `names [N] [dataDir]`: the first N development summary sentences (CNN/DM dev, then BBC dev, taken evenly) that lean
 * back by a personal pronoun and are let stand by `resolvedByName`, each with the summary sentence before it and the
 * article sentences left out between them, for the hand check in DANGLING.md.
 */
async function named(limit: number): Promise<void> {
  const { devDocs, summaryLength } = await import('./data');
  const { readEvalArticle } = await import('./newsline');
  const { summarize } = await import('../../src/core/summarize');
  const dir = (await import('./tune')).dataDirOf(process.argv[4]);
  const found: string[] = [];
  for (const set of ['cnndm_test', 'bbc']) {
    for (const d of devDocs(dir, set)) {
      const article = readEvalArticle(d);
      const summary = summarize(article, summaryLength(set, d));
      const chosen = new Set(summary.map((s) => s.index));
      summary.forEach((s, k) => {
        const prev = article.sentences.slice(0, s.index).reverse().find((x) => x.kind === 'body');
        if (!prev || chosen.has(prev.index) || k === 0) return;
        const dropped = s.untrimmed !== undefined ? (droppableOpening(s.untrimmed)?.words ?? 0) : 0;
        if (danglingReason(article.sentences[s.index], article.tokens, dropped) !== 'pronoun') return;
        const before = summary[k - 1];
        const between = article.sentences.filter((x) => x.kind === 'body' && x.index > before.index && x.index < s.index).map((x) => x.text);
        found.push(`--- ${set} ${d.id}\n  summary before: ${before.text}\n${between.map((t) => `  left out: ${t}`).join('\n')}\n  >> ${s.text}`);
      });
    }
  }
  const step = Math.max(1, Math.floor(found.length / limit));
  console.log(`${found.length} sentences let stand by a name`);
  for (let k = 0; k < limit && k * step < found.length; k++) console.log(`${k + 1}. ${found[k * step]}`);
}

if (require.main === module && process.argv[2] === 'names') void named(Number(process.argv[3] ?? '40'));
