// `npm run eval:timex [dataDir]`: Newsline's temporal tagger, chrono-node and compromise-dates on every timex set in
// the data folder (TempEval-3 train and test, MEANTIME, ESC, WikiWars, Tweets: TempEval-3 Task A measures; the peer
// libraries' test suites: cases right), each figure with a 95% interval, beside HeidelTime's published figures.
// Writes eval/results/timex.json and, for the development sets only, error lists (eval/results/timex-<set>-errors.txt).
// Tune on the development sets only; the test sets are run to report, and their errors are never written.
import * as fs from 'fs';
import * as path from 'path';
import { readArticle } from '../../src/core/article';
import { tagTimexes } from '../../src/core/temporal';
import { cacheFile, cachedTagger, fileHash } from './cache';
import { casesRight, loadCases, peerSentence, type CaseOutcome } from './cases';
import { conventionOf } from './conventions';
import { caseFigures, goalVerdicts, timexFigures, type SetResult, type SystemFigures, type TimexResults } from './figures';
import { chronoTagger, compromiseTagger, type Tagger } from './peers';
import { addCounts, align, countDocument, emptyCounts, scores, type Counts, type Scores, type Span } from './scorer';
import { selectSets, TIMEX_MEASURES, type Published, type SetSpec, type TimexMeasure } from './sets';

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

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);

function row(name: string, s: Scores, ms?: number): string {
  const cells = [s.strict, s.relaxed, s.type, s.value].map((m) => `${pct(m.p)} ${pct(m.r)} ${pct(m.f1)}`);
  return `| ${name.padEnd(22)} | ${cells.join(' | ')} | ${ms === undefined ? '' : ms.toFixed(1).padStart(6)} |`;
}

function intervalRow(f: SystemFigures): string {
  const cells = TIMEX_MEASURES.map((m) => `F1 [${f.f1![m].low.toFixed(1).padStart(5)}, ${f.f1![m].high.toFixed(1).padStart(5)}]`.padEnd(19));
  return `| ${'  95% over documents'.padEnd(22)} | ${cells.join(' | ')} | |`;
}

const HEADER = [
  '| system                 | strict P R F1       | relaxed P R F1      | type P R F1         | value P R F1        | ms/doc |',
  '|---|---|---|---|---|---|',
];

function publishedRow(p: Published): string {
  return `| ${p.name.padEnd(22)} | ${TIMEX_MEASURES.map((m) => `F1 ${p.f1[m]?.toFixed(2) ?? '-'}`.padEnd(19)).join(' | ')} | |`;
}

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

/** "(convention: jewish-eve)" for a case whose suite follows a convention Newsline chose not to (conventions.ts). */
function conventionMark(c: ReturnType<typeof loadCases>[number]): string {
  const k = conventionOf(c);
  return k ? `\t(convention: ${k.name})` : '';
}

function caseLines(cases: ReturnType<typeof loadCases>, outcomes: readonly CaseOutcome[]): string[] {
  return cases.flatMap((c, i) =>
    outcomes[i].right ? [] : [`WRONG\t${c.suite}\t${c.ref}\t${c.kind ?? ''}\t"${peerSentence(c).text}"\texpected ${[c.expect.value, ...(c.expect.also ?? [])].join(' + ')}\tgot ${outcomes[i].got.join(' + ') || '(nothing)'}${c.conflict ? '\t(conflict)' : ''}${conventionMark(c)}`],
  );
}

function writeResult(file: string, body: string): void {
  const out = path.join(repoRoot, 'eval', 'results', file);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, body);
}

/** A system as the run uses it on one set: the tagger, and the milliseconds it took (measured or cached). */
interface SystemRun {
  readonly name: string;
  readonly tagger: Tagger;
  readonly ms: () => number;
  readonly finish: () => void;
}

/** The version installed in eval/node_modules (read from its package.json: chrono-node's exports do not list it). */
function installedVersion(pkg: string): string {
  return (JSON.parse(fs.readFileSync(path.join(repoRoot, 'eval', 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Newsline, always run, and the peers answered from eval/.cache/timex/ where they have seen the input. */
function systemsFor(set: SetSpec, file: string, peers: boolean): SystemRun[] {
  let newslineMs = 0;
  const timed: Tagger = (text, dct) => {
    const t0 = process.hrtime.bigint();
    const out = newsline(text, dct);
    newslineMs += Number(process.hrtime.bigint() - t0) / 1e6;
    return out;
  };
  const out: SystemRun[] = [{ name: 'Newsline', tagger: timed, ms: () => newslineMs, finish: () => undefined }];
  if (!peers) return out;
  const cacheDir = path.join(repoRoot, 'eval', '.cache', 'timex');
  const adapter = fileHash(path.join(__dirname, 'peers.js'));
  const data = fileHash(file);
  const chronoVersion = installedVersion('chrono-node');
  const compromiseVersion = `${installedVersion('compromise')}+${installedVersion('compromise-dates')}`;
  // On the peer suites chrono-node also gives a range's end (the cases expect both ends; see peers.ts).
  const rangeEnds = set.kind === 'cases';
  const peerList: Array<[string, string, () => Tagger]> = [
    [`chrono-node ${chronoVersion}`, `chrono${rangeEnds ? '-ranges' : ''}`, () => chronoTagger(repoRoot, rangeEnds)],
    [`compromise-dates ${installedVersion('compromise-dates')}`, 'compromise', () => compromiseTagger(repoRoot)],
  ];
  for (const [name, variant, make] of peerList) {
    const version = variant === 'compromise' ? compromiseVersion : chronoVersion;
    let inner: Tagger | undefined;
    const lazy: Tagger = (text, dct) => (inner ??= make())(text, dct);
    const cached = cachedTagger(cacheFile(cacheDir, `${variant}-${version}`, [version, adapter, data]), lazy);
    out.push({
      name,
      tagger: cached.tagger,
      ms: cached.ms,
      finish: () => {
        cached.save();
        const { hits, misses } = cached.stats();
        if (hits) console.log(`  (${name}: ${hits} of ${hits + misses} outputs from eval/.cache/timex/)`);
      },
    });
  }
  return out;
}

function runCases(set: SetSpec, file: string, systems: readonly SystemRun[], summary: string[]): SetResult {
  const cases = loadCases(file);
  console.log(`\n${set.label}: ${cases.length} cases (${set.role}); cases right, 95% interval over cases`);
  const bySystem: Record<string, SystemFigures> = {};
  for (const system of systems) {
    const outcomes = casesRight(cases, system.tagger);
    system.finish();
    const figures = caseFigures(outcomes.map((o) => o.right), cases.map((c) => c.suite), system.ms() / Math.max(1, cases.length));
    bySystem[system.name] = figures;
    const r = figures.right!;
    const suites = Object.entries(r.bySuite ?? {}).map(([suite, share]) => `${suite} ${share.toFixed(1)}%`);
    console.log(`| ${system.name.padEnd(22)} | ${r.share.toFixed(1)}% [${r.low.toFixed(1)}, ${r.high.toFixed(1)}] | ${suites.join(', ')} |`);
    summary.push(`| ${set.name.padEnd(8)} | ${set.role.padEnd(4)} | ${system.name.padEnd(22)} | ${r.share.toFixed(1)}% [${r.low.toFixed(1)}, ${r.high.toFixed(1)}] right |`);
    if (system.name === 'Newsline' && set.role === 'dev') {
      const lines = caseLines(cases, outcomes);
      const chosen = lines.filter((l) => l.includes('(convention: ')).length;
      const note = chosen ? `; ${chosen} of them follow a convention Newsline chose not to, see eval/timex/conventions.ts` : '';
      writeResult(`timex-${set.name}-errors.txt`, `# Newsline's wrong cases on ${set.file} (${lines.length} of ${cases.length}${note})\n${lines.join('\n')}\n`);
    }
  }
  return { file: set.file, label: set.label, role: set.role, kind: set.kind, documents: cases.length, goals: set.goals, quoted: set.quoted, systems: bySystem };
}

function runDocuments(set: SetSpec, file: string, systems: readonly SystemRun[], summary: string[]): SetResult {
  const docs = load(file);
  const gold = docs.reduce((n, d) => n + d.timexes.length, 0);
  console.log(`\n${set.label}: ${docs.length} documents, ${gold} timexes (${set.role}; P R F1 in %)`);
  console.log(HEADER.join('\n'));
  const bySystem: Record<string, SystemFigures> = {};
  for (const system of systems) {
    const outputs = docs.map((doc) => system.tagger(doc.text, doc.dct));
    system.finish();
    const perDoc = docs.map((doc, i) => countDocument(doc.timexes, outputs[i]));
    const figures = timexFigures(perDoc, system.ms() / Math.max(1, docs.length));
    bySystem[system.name] = figures;
    console.log(row(system.name, scores(perDoc.reduce(addCounts, emptyCounts())), figures.msPerDoc));
    const f = figures.f1!;
    const cell = (m: TimexMeasure): string => `${f[m].f1.toFixed(1).padStart(5)} [${f[m].low.toFixed(1)}, ${f[m].high.toFixed(1)}]`;
    summary.push(`| ${set.name.padEnd(8)} | ${set.role.padEnd(4)} | ${system.name.padEnd(22)} | ${TIMEX_MEASURES.map(cell).join(' | ')} |`);
    if (system.name !== 'Newsline') continue;
    console.log(intervalRow(figures));
    for (const line of corpusRows(docs, outputs)) console.log(line);
    if (set.role === 'dev') {
      const errors = errorList(docs, outputs);
      writeResult(`timex-${set.name}-errors.txt`, `# Newsline timex errors on ${set.file} (${errors.length} lines): MISSED, SPURIOUS, SPAN, VALUE\n${errors.join('\n')}\n`);
    }
  }
  for (const p of set.published ?? []) {
    console.log(publishedRow(p));
    summary.push(`| ${set.name.padEnd(8)} | ${set.role.padEnd(4)} | ${p.name.padEnd(22)} | ${TIMEX_MEASURES.map((m) => (p.f1[m]?.toFixed(1) ?? '-').padStart(5).padEnd(18)).join(' | ')} |`);
  }
  return { file: set.file, label: set.label, role: set.role, kind: set.kind, documents: docs.length, timexes: gold, goals: set.goals, published: set.published, systems: bySystem };
}

function main(): void {
  const dataDir = path.resolve(process.argv[2] ?? path.join(repoRoot, '..', 'shared', 'eval'));
  const timexDir = fs.existsSync(path.join(dataDir, 'timex')) ? path.join(dataDir, 'timex') : dataDir;
  const only = process.env.TIMEX_ONLY; // "newsline" skips the peers during development runs
  const wanted = process.env.TIMEX_SETS?.split(',');
  const results: Record<string, SetResult> = {};
  const summary: string[] = [];
  for (const set of selectSets(wanted)) {
    const file = path.join(timexDir, set.file);
    if (!fs.existsSync(file)) {
      console.log(`\n${set.label}: ${set.file} not found in ${timexDir}, skipped`);
      continue;
    }
    const systems = systemsFor(set, file, only !== 'newsline');
    results[set.name] = set.kind === 'cases' ? runCases(set, file, systems, summary) : runDocuments(set, file, systems, summary);
    for (const v of goalVerdicts(set.goals, results[set.name].systems.Newsline)) {
      console.log(`  goal ${v.measure} >= ${v.goal}: ${v.figure.toFixed(1)} [${v.low.toFixed(1)}, ${v.high.toFixed(1)}], ${v.met ? 'met' : 'not met'}${v.settled ? '' : ' (the goal lies inside the interval)'}`);
    }
  }
  console.log('\nAll sets (F1 % with 95% interval over documents; peer suites: cases right with 95% interval over cases)\n');
  console.log('| set      | role | system                 | strict | relaxed | type | value |');
  console.log('|---|---|---|---|---|---|---|');
  console.log(summary.join('\n'));
  if (!wanted && only !== 'newsline') {
    const body: TimexResults = { command: 'npm run eval:timex', scorer: 'TempEval-3 Task A (eval/timex/scorer.ts); peers: eval/timex/cases.ts', interval: '95% bootstrap over documents (cases for the peer suites), 10,000 draws, seed 1', results };
    writeResult('timex.json', JSON.stringify(body, null, 2) + '\n');
    console.log('\nwrote eval/results/timex.json');
  }
}

main();
