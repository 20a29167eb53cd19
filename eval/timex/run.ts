// `npm run eval:timex [dataDir]`: Newsline's temporal tagger, chrono-node and compromise-dates on the TempEval-3
// train and test files, scored by the TempEval-3 Task A measures, beside the published anchors. Writes the train-set
// error list to eval/results/timex-train-errors.txt. Tune on train only; test is for reporting.
import * as fs from 'fs';
import * as path from 'path';
import { readArticle } from '../../src/core/article';
import { tagTimexes } from '../../src/core/temporal';
import { bootstrap } from '../bootstrap';
import { chronoTagger, compromiseTagger, type Tagger } from './peers';
import { addCounts, align, countDocument, emptyCounts, scores, type Counts, type Scores, type Span } from './scorer';

interface EvalDoc {
  readonly id: string;
  readonly dct: string;
  readonly text: string;
  readonly corpus?: string;
  readonly timexes: Span[];
}

const repoRoot = path.resolve(__dirname, '..', '..', '..');

function load(file: string): EvalDoc[] {
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as EvalDoc);
}

const newsline: Tagger = (text, dct) =>
  tagTimexes(readArticle(text, 'plaintext'), dct).map((t) => ({ start: t.start, end: t.end, text: t.text, type: t.type, value: t.value }));

interface Run {
  readonly scores: Scores;
  readonly msPerDoc: number;
  readonly outputs: Span[][];
  /** Each document's counts, for the interval over documents. */
  readonly perDoc: Counts[];
}

function runTagger(tagger: Tagger, docs: readonly EvalDoc[]): Run {
  let counts: Counts = emptyCounts();
  const outputs: Span[][] = [];
  const t0 = process.hrtime.bigint();
  for (const doc of docs) outputs.push(tagger(doc.text, doc.dct));
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const perDoc = docs.map((doc, i) => countDocument(doc.timexes, outputs[i]));
  for (const c of perDoc) counts = addCounts(counts, c);
  return { scores: scores(counts), msPerDoc: ms / Math.max(1, docs.length), outputs, perDoc };
}

/**
 * 95% intervals of the F1 measures over documents drawn with replacement (counts summed, then scored, as the
 * micro-average is): with 20 test documents and 138 timexes, one timex is worth about 0.7 of a point, and the spread
 * between documents is larger than the gaps between the published systems.
 */
function intervalRow(perDoc: readonly Counts[]): string {
  const measure = (pick: (s: Scores) => number) =>
    bootstrap(perDoc.length, (indices) => {
      let counts = emptyCounts();
      for (const i of indices) counts = addCounts(counts, perDoc[i]);
      return pick(scores(counts));
    });
  const cells = [(s: Scores) => s.strict.f1, (s: Scores) => s.relaxed.f1, (s: Scores) => s.type.f1, (s: Scores) => s.value.f1].map((pick) => {
    const i = measure(pick);
    return `F1 [${pct(i.low)}, ${pct(i.high)}]`.padEnd(19);
  });
  return `| ${'  95% over documents'.padEnd(22)} | ${cells.join(' | ')} | |`;
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);

function row(name: string, s: Scores, ms?: number): string {
  const cells = [s.strict, s.relaxed, s.type, s.value].map((m) => `${pct(m.p)} ${pct(m.r)} ${pct(m.f1)}`);
  return `| ${name.padEnd(22)} | ${cells.join(' | ')} | ${ms === undefined ? '' : ms.toFixed(1).padStart(6)} |`;
}

const HEADER = [
  '| system                 | strict P R F1       | relaxed P R F1      | type P R F1         | value P R F1        | ms/doc |',
  '|---|---|---|---|---|---|',
];

/** Published figures on the platinum test set (TempEval-3 task paper, Table 3; PTime 2019). F1 only. */
const ANCHORS = [
  '| HeidelTime (published) | strict F1 81.34 | relaxed 93.08 87.68 90.30 | - | value F1 77.61 | |',
  '| PTime (published)      | strict F1 85.50 | relaxed F1 91.45 | - | - | |',
];

function errorList(docs: readonly EvalDoc[], outputs: Span[][]): string[] {
  const lines: string[] = [];
  const context = (doc: EvalDoc, s: Span): string =>
    doc.text.slice(Math.max(0, s.start - 40), Math.min(doc.text.length, s.end + 40)).replace(/\s+/g, ' ');
  docs.forEach((doc, di) => {
    const system = outputs[di];
    const { pairs, unmatchedGold, unmatchedSystem } = align(doc.timexes, system);
    for (const gi of unmatchedGold) {
      const g = doc.timexes[gi];
      lines.push(`MISSED\t${doc.id}\t${doc.dct}\t"${g.text}"\t${g.type} ${g.value}\t| ${context(doc, g)}`);
    }
    for (const si of unmatchedSystem) {
      const s = system[si];
      lines.push(`SPURIOUS\t${doc.id}\t${doc.dct}\t"${s.text}"\t${s.type} ${s.value}\t| ${context(doc, s)}`);
    }
    for (const [gi, si] of pairs) {
      const g = doc.timexes[gi];
      const s = system[si];
      if (g.start !== s.start || g.end !== s.end) lines.push(`SPAN\t${doc.id}\tgold "${g.text}"\tsystem "${s.text}"`);
      if (g.value !== s.value || g.type !== s.type) {
        lines.push(`VALUE\t${doc.id}\t${doc.dct}\t"${g.text}"\tgold ${g.type} ${g.value}\tsystem ${s.type} ${s.value}\t| ${context(doc, g)}`);
      }
    }
  });
  return lines;
}

/** Newsline's scores on each corpus of the split (TimeBank, AQUAINT), which behave differently. */
function corpusRows(docs: readonly EvalDoc[], outputs: readonly Span[][]): string[] {
  const corpora = [...new Set(docs.map((d) => d.corpus ?? 'unknown'))];
  if (corpora.length < 2) return [];
  return corpora.map((corpus) => {
    let counts: Counts = emptyCounts();
    docs.forEach((doc, i) => {
      if ((doc.corpus ?? 'unknown') === corpus) counts = addCounts(counts, countDocument(doc.timexes, outputs[i]));
    });
    return row(`  ${corpus}`, scores(counts));
  });
}

function main(): void {
  const dataDir = path.resolve(process.argv[2] ?? path.join(repoRoot, '..', 'shared', 'eval'));
  const timexDir = fs.existsSync(path.join(dataDir, 'timex')) ? path.join(dataDir, 'timex') : dataDir;
  const only = process.env.TIMEX_ONLY; // "newsline" skips the peers during development runs
  const taggers: Array<[string, Tagger]> = [['Newsline', newsline]];
  if (only !== 'newsline') taggers.push(['chrono-node 2.10.3', chronoTagger(repoRoot)], ['compromise-dates 3.9', compromiseTagger(repoRoot)]);
  const splits = (process.env.TIMEX_SPLITS ?? 'train,test').split(',');
  for (const split of splits) {
    const docs = load(path.join(timexDir, `${split}.jsonl`));
    const gold = docs.reduce((n, d) => n + d.timexes.length, 0);
    console.log(`\n${split}: ${docs.length} documents, ${gold} timexes (P R F1 in %)`);
    console.log(HEADER.join('\n'));
    for (const [name, tagger] of taggers) {
      const result = runTagger(tagger, docs);
      console.log(row(name, result.scores, result.msPerDoc));
      if (name === 'Newsline') console.log(intervalRow(result.perDoc));
      if (name === 'Newsline' && split === 'train') {
        const out = path.join(repoRoot, 'eval', 'results', 'timex-train-errors.txt');
        fs.mkdirSync(path.dirname(out), { recursive: true });
        for (const line of corpusRows(docs, result.outputs)) console.log(line);
        const errors = errorList(docs, result.outputs);
        fs.writeFileSync(out, `# Newsline timex errors on train.jsonl (${errors.length} lines): MISSED, SPURIOUS, SPAN, VALUE\n${errors.join('\n')}\n`);
      }
    }
    if (split === 'test') console.log(ANCHORS.join('\n'));
  }
}

main();
