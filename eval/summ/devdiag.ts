// `node out/eval/summ/devdiag.js [time|show N]` (after `npm run compile`): development split ONLY (inSplit(i, 'dev')).
// `time`: summarize() milliseconds per dev article (readArticle excluded), best of 5 passes.
// `show`: per dev article, Newsline's summary against the reference and LEAD-3 with their ROUGE-2, for error analysis.
import * as path from 'path';
import { summarize } from '../../src/core/summarize';
import type { ArticleDoc } from '../../src/core/model';
import { inSplit, leadSentences, loadDocs, summaryLength } from './data';
import { readEvalArticle } from './newsline';
import { rougeN, rougeTokens } from './rouge';

const dataDir = path.join(__dirname, '..', '..', '..', '..', 'shared', 'eval', 'summ');

function devDocs(set: string): { doc: ReturnType<typeof loadDocs>[number]; article: ArticleDoc; count: number }[] {
  return loadDocs(path.join(dataDir, `${set}.jsonl`))
    .filter((_, i) => inSplit(i, 'dev'))
    .map((doc) => ({ doc, article: readEvalArticle(doc), count: summaryLength(set, doc) }));
}

function time(): void {
  for (const set of ['cnndm_test', 'bbc']) {
    const docs = devDocs(set);
    let best = Infinity;
    for (let pass = 0; pass < 5; pass++) {
      const t0 = process.hrtime.bigint();
      for (const d of docs) summarize(d.article, d.count);
      best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6 / docs.length);
    }
    console.log(`${set} dev: summarize() ${best.toFixed(3)} ms per article (${docs.length} articles, best of 5)`);
  }
}

function show(limit: number): void {
  const docs = devDocs('cnndm_test').slice(0, limit);
  for (const d of docs) {
    const ref = rougeTokens(d.doc.reference);
    const ours = summarize(d.article, d.count).map((s) => s.text);
    const lead = leadSentences(d.doc.text).slice(0, 3);
    const r2 = (s: string[]): string => (100 * rougeN(ref, rougeTokens(s.join(' ')), 2)).toFixed(1);
    console.log(`=== ${d.doc.id} ours R2 ${r2(ours)} lead R2 ${r2(lead)}`);
    console.log(`REF: ${d.doc.reference.replace(/\n/g, ' | ')}`);
    for (const s of ours) console.log(`  + ${s}`);
  }
}

if (process.argv[2] === 'show') show(Number(process.argv[3] ?? '20'));
else time();
