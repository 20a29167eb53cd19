// `npm run eval:timex [dataDir]`: Newsline's temporal tagger, chrono-node and compromise-dates on every timex set in
// the data folder (TempEval-3 train and test, MEANTIME, ESC, WikiWars, Tweets: TempEval-3 Task A measures; the peer
// libraries' test suites: cases right), each figure with a 95% interval, beside HeidelTime's published figures.
// Writes eval/results/timex.json and, for the development sets only, error lists (eval/results/timex-<set>-errors.txt).
// Tune on the development sets only; the test sets are run to report, and their errors are never written.
import * as fs from 'fs';
import * as path from 'path';
import { readArticle } from '../../src/core/article';
import { tagTimexes } from '../../src/core/temporal';
import { bootstrap, type Interval } from '../bootstrap';
import { chronoTagger, compromiseTagger, type Tagger } from './peers';
import { casesRight, loadCases, peerSentence, type CaseOutcome } from './cases';
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

type Measure = 'strict' | 'relaxed' | 'type' | 'value';
const MEASURES: readonly Measure[] = ['strict', 'relaxed', 'type', 'value'];
const COUNT_KEYS = Object.keys(emptyCounts()) as Array<keyof Counts>;

/**
 * 95% intervals of the F1 measures over documents drawn with replacement (counts summed, then scored, as the
 * micro-average is): with 20 test documents and 138 timexes, one timex is worth about 0.7 of a point, and the spread
 * between documents is larger than the gaps between the published systems.
 */
function intervals(perDoc: readonly Counts[]): Record<Measure, Interval> {
  // The counts as one flat array, so each of the 10,000 draws sums numbers instead of building objects.
  const k = COUNT_KEYS.length;
  const flat = new Float64Array(perDoc.length * k);
  perDoc.forEach((c, i) => COUNT_KEYS.forEach((key, j) => (flat[i * k + j] = c[key])));
  const sum = (indices: readonly number[]): Counts => {
    const acc = new Float64Array(k);
    for (const i of indices) for (let j = 0; j < k; j++) acc[j] += flat[i * k + j];
    const counts = emptyCounts();
    COUNT_KEYS.forEach((key, j) => (counts[key] = acc[j]));
    return counts;
  };
  const out = {} as Record<Measure, Interval>;
  for (const m of MEASURES) out[m] = bootstrap(perDoc.length, (indices) => scores(sum(indices))[m].f1);
  return out;
}

function intervalRow(iv: Record<Measure, Interval>): string {
  const cells = MEASURES.map((m) => `F1 [${pct(iv[m].low)}, ${pct(iv[m].high)}]`.padEnd(19));
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

type Role = 'dev' | 'test';

interface SetSpec {
  readonly file: string;
  readonly name: string;
  readonly label: string;
  readonly role: Role;
  /** Published figures on this very set (F1 %), where there are any. */
  readonly anchors?: readonly string[];
  readonly cases?: boolean;
}

/**
 * The sets, in the order the table shows them. HeidelTime's published figures exist for the TempEval-3 platinum set
 * only in the form this scorer computes; the other sets here are cut or mapped (MEANTIME keeps the annotated
 * sentences, WikiWars' TIMEX2 is mapped to TIMEX3, Tweets' non-standard values are rewritten), so figures published
 * on their originals are not comparable and are not shown.
 */
const SETS: readonly SetSpec[] = [
  { file: 'train.jsonl', name: 'train', label: 'TempEval-3 train (TimeBank + AQUAINT)', role: 'dev' },
  { file: 'test.jsonl', name: 'test', label: 'TempEval-3 platinum test', role: 'test', anchors: ANCHORS },
  { file: 'meantime-en.jsonl', name: 'meantime', label: 'MEANTIME English (Wikinews)', role: 'test' },
  { file: 'esc.jsonl', name: 'esc', label: 'ESC (ECB+ news)', role: 'test' },
  { file: 'wikiwars.jsonl', name: 'wikiwars', label: 'WikiWars (narrative history)', role: 'dev' },
  { file: 'tweets.jsonl', name: 'tweets', label: 'Tweets', role: 'dev' },
  { file: 'peers.jsonl', name: 'peers', label: 'peer test suites (Duckling, chrono-node, SUTime, ctparse)', role: 'dev', cases: true },
];

interface SystemFigures {
  readonly msPerDoc: number;
  readonly f1?: Record<Measure, { p: number; r: number; f1: number; low: number; high: number }>;
  readonly right?: { readonly share: number; readonly low: number; readonly high: number; readonly cases: number };
}

const round1 = (x: number): number => Math.round(1000 * x) / 10;

function timexFigures(run: Run): SystemFigures {
  const iv = intervals(run.perDoc);
  const f1 = {} as Record<Measure, { p: number; r: number; f1: number; low: number; high: number }>;
  for (const m of MEASURES) f1[m] = { p: round1(run.scores[m].p), r: round1(run.scores[m].r), f1: round1(run.scores[m].f1), low: round1(iv[m].low), high: round1(iv[m].high) };
  return { msPerDoc: Math.round(run.msPerDoc * 100) / 100, f1 };
}

function caseLines(cases: ReturnType<typeof loadCases>, outcomes: readonly CaseOutcome[]): string[] {
  return cases.flatMap((c, i) =>
    outcomes[i].right ? [] : [`WRONG\t${c.suite}\t${c.ref}\t${c.kind ?? ''}\t"${peerSentence(c).text}"\texpected ${[c.expect.value, ...(c.expect.also ?? [])].join(' + ')}\tgot ${outcomes[i].got.join(' + ') || '(nothing)'}${c.conflict ? '\t(conflict)' : ''}`],
  );
}

function writeResult(file: string, body: string): void {
  const out = path.join(repoRoot, 'eval', 'results', file);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, body);
}

function main(): void {
  const dataDir = path.resolve(process.argv[2] ?? path.join(repoRoot, '..', 'shared', 'eval'));
  const timexDir = fs.existsSync(path.join(dataDir, 'timex')) ? path.join(dataDir, 'timex') : dataDir;
  const only = process.env.TIMEX_ONLY; // "newsline" skips the peers during development runs
  const taggers: Array<[string, Tagger]> = [['Newsline', newsline]];
  if (only !== 'newsline') taggers.push(['chrono-node 2.10.3', chronoTagger(repoRoot)], ['compromise-dates 3.9', compromiseTagger(repoRoot)]);
  const wanted = process.env.TIMEX_SETS?.split(',');
  const results: Record<string, unknown> = {};
  const summary: string[] = [];
  for (const set of SETS) {
    if (wanted && !wanted.includes(set.name)) continue;
    const file = path.join(timexDir, set.file);
    if (!fs.existsSync(file)) {
      console.log(`\n${set.label}: ${set.file} not found in ${timexDir}, skipped`);
      continue;
    }
    const bySystem: Record<string, SystemFigures> = {};
    if (set.cases) {
      const cases = loadCases(file);
      console.log(`\n${set.label}: ${cases.length} cases (${set.role}); cases right, 95% interval over cases`);
      for (const [name, documentTagger] of taggers) {
        const tagger = name.startsWith('chrono') ? chronoTagger(repoRoot, true) : documentTagger;
        const t0 = process.hrtime.bigint();
        const outcomes = casesRight(cases, tagger);
        const ms = Number(process.hrtime.bigint() - t0) / 1e6;
        const rightOf = (indices: readonly number[]): number => indices.reduce((n, i) => n + (outcomes[i].right ? 1 : 0), 0) / indices.length;
        const iv = bootstrap(cases.length, rightOf);
        const bySuite = [...new Set(cases.map((c) => c.suite))].map((suite) => {
          const ix = cases.map((c, i) => (c.suite === suite ? i : -1)).filter((i) => i >= 0);
          return `${suite} ${pct(rightOf(ix)).trim()}%`;
        });
        console.log(`| ${name.padEnd(22)} | ${pct(iv.mean)}% [${pct(iv.low)}, ${pct(iv.high)}] | ${bySuite.join(', ')} |`);
        bySystem[name] = { msPerDoc: Math.round((ms / cases.length) * 100) / 100, right: { share: round1(iv.mean), low: round1(iv.low), high: round1(iv.high), cases: cases.length } };
        summary.push(`| ${set.name.padEnd(8)} | ${set.role.padEnd(4)} | ${name.padEnd(20)} | ${pct(iv.mean)}% [${pct(iv.low)}, ${pct(iv.high)}] right |`);
        if (name === 'Newsline' && set.role === 'dev') {
          const lines = caseLines(cases, outcomes);
          writeResult(`timex-${set.name}-errors.txt`, `# Newsline's wrong cases on ${set.file} (${lines.length} of ${cases.length})\n${lines.join('\n')}\n`);
        }
      }
    } else {
      const docs = load(file);
      const gold = docs.reduce((n, d) => n + d.timexes.length, 0);
      console.log(`\n${set.label}: ${docs.length} documents, ${gold} timexes (${set.role}; P R F1 in %)`);
      console.log(HEADER.join('\n'));
      for (const [name, tagger] of taggers) {
        const result = runTagger(tagger, docs);
        const figures = timexFigures(result);
        bySystem[name] = figures;
        console.log(row(name, result.scores, result.msPerDoc));
        const f = figures.f1!;
        const cell = (m: Measure): string => `${f[m].f1.toFixed(1).padStart(5)} [${f[m].low.toFixed(1)}, ${f[m].high.toFixed(1)}]`;
        summary.push(`| ${set.name.padEnd(8)} | ${set.role.padEnd(4)} | ${name.padEnd(20)} | ${MEASURES.map(cell).join(' | ')} |`);
        if (name !== 'Newsline') continue;
        console.log(intervalRow(intervals(result.perDoc)));
        for (const line of corpusRows(docs, result.outputs)) console.log(line);
        if (set.role === 'dev') {
          const errors = errorList(docs, result.outputs);
          writeResult(`timex-${set.name}-errors.txt`, `# Newsline timex errors on ${set.file} (${errors.length} lines): MISSED, SPURIOUS, SPAN, VALUE\n${errors.join('\n')}\n`);
        }
      }
      if (set.anchors) console.log(set.anchors.join('\n'));
    }
    results[set.name] = { file: set.file, label: set.label, role: set.role, systems: bySystem, ...(set.anchors ? { published: set.anchors } : {}) };
  }
  console.log('\nAll sets (F1 % with 95% interval over documents; peer suites: cases right with 95% interval over cases)\n');
  console.log('| set      | role | system               | strict | relaxed | type | value |');
  console.log('|---|---|---|---|---|---|---|');
  console.log(summary.join('\n'));
  console.log('| test     | test | HeidelTime (published) | 81.3 | 90.3 | - | 77.6 |');
  if (!wanted && only !== 'newsline') {
    writeResult('timex.json', JSON.stringify({ command: 'npm run eval:timex', scorer: 'TempEval-3 Task A (eval/timex/scorer.ts); peers: eval/timex/cases.ts', interval: '95% bootstrap over documents (cases for the peer suites), 10,000 draws, seed 1', results }, null, 2) + '\n');
    console.log('\nwrote eval/results/timex.json');
  }
}

main();
