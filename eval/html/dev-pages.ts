// Per-page figures on the DEV split only, to see where the extraction loses (the test split is for reporting: this
// tool refuses to read it). For each page: Newsline's extraction P/R/F1 (the benchmark's 4-gram method), and the
// summary sentences and timeline entries that are not article text.
//   node out/eval/html/dev-pages.js [DATA_DIR] [--page ID] [--worst N]
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/core/analyze';
import { planPage } from '../../src/core/html';
import { toPlainText } from '../../src/core/text';
import { bodyIndex, isArticleText, match, readable } from './shingles';

interface Gold {
  readonly id: string;
  readonly file: string;
  readonly source: string;
  readonly split: string;
  readonly articleBody: string;
  readonly headline: string | null;
}

const TODAY = '2026-12-02';

function main(): void {
  const args = process.argv.slice(2);
  const flag = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const dataDir = path.resolve(args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? path.join(__dirname, '..', '..', '..', '..', 'shared', 'eval', 'html'));
  const only = flag('--page');
  const worst = Number(flag('--worst') ?? 15);
  const golds = fs.readFileSync(path.join(dataDir, 'gold.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Gold);
  const dev = golds.filter((g) => g.split === 'dev' && (!only || g.id === only));
  if (only && dev.length === 0) throw new Error(`no dev page ${only} (the test split is not read here)`);
  const rows: Array<{ id: string; p: number; r: number; f: number; outside: string[] }> = [];
  for (const g of dev) {
    const html = fs.readFileSync(path.join(dataDir, g.file), 'utf8');
    const plan = planPage(html);
    const text = toPlainText(html, 'html', plan.body ?? plan.keep).plain;
    const c = match(g.articleBody, text);
    const p = c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : 0;
    const r = c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : 0;
    const body = bodyIndex(g.articleBody + (g.headline ? `\n${g.headline}` : ''));
    const a = analyze(html, { fileName: g.file, today: TODAY });
    const outside = [
      ...a.summary.filter((s) => !isArticleText(s.text, body)).map((s) => `S ${s.text.slice(0, 140)}`),
      ...a.timeline.map((e) => readable(html, e.sentence.start, e.sentence.end).replace(/\s+/g, ' ').trim()).filter((t) => !isArticleText(t, body)).map((t) => `T ${t.slice(0, 140)}`),
    ];
    rows.push({ id: g.id, p, r, f: p + r > 0 ? (2 * p * r) / (p + r) : 0, outside });
    if (only) {
      console.log(text.replace(/[ \t]+/g, ' ').replace(/\n\s*\n+/g, '\n'));
      console.log('---- gold');
      console.log(g.articleBody);
    }
  }
  rows.sort((a, b) => a.f - b.f);
  for (const r of rows.slice(0, only ? rows.length : worst)) {
    console.log(`${r.id}\tP ${r.p.toFixed(3)}\tR ${r.r.toFixed(3)}\tF ${r.f.toFixed(3)}`);
  }
  console.log('\n-- summary (S) and timeline (T) items that are not article text, dev');
  for (const r of rows) for (const o of r.outside) console.log(`${r.id}\t${o}`);
}

main();
