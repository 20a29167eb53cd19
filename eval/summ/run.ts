// `npm run eval:summ [dataDir]` (node out/eval/summ/run.js, dataDir default ../shared/eval): LEAD-3 / LEAD-k,
// Newsline (readArticle + summarize) and the npm peers (node-summary, textrank, lexrank, sum) on cnndm_test.jsonl and
// bbc.jsonl (and LEAD-3 and Newsline on cnndm_val500.jsonl, development data only), with the share of Newsline's
// summary sentences that dangle (lean on a sentence the summary leaves out), scored by ROUGE-1/2/L/Lsum F (rouge-score semantics, stemming), with mean words per summary, on the
// development split (odd lines, 1-based), the test split (even lines) and the whole file. Writes eval/results/summ.json.
import { fork, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { summarize } from '../../src/core/summarize';
import { inSplit, leadSentences, loadDocs, summaryLength, type SplitName, type SummDoc } from './data';
import { countDangling } from './dangling';
import { readEvalArticle, WITH_HEADLINE } from './newsline';
import { pairedBootstrap, type Interval } from '../bootstrap';
import { PEERS, type PeerName } from './peers';
import { meanScores, rouge, type RougeScores } from './rouge';

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const SETS = [
  { name: 'cnndm_test', label: 'CNN/DM (500)', lead: 'LEAD-3', devOnly: false },
  { name: 'cnndm_val500', label: 'CNN/DM validation (500, all development data)', lead: 'LEAD-3', devOnly: true },
  { name: 'bbc', label: 'BBC (2,225)', lead: 'LEAD-k', devOnly: false },
] as const;
const SPLITS: readonly SplitName[] = ['dev', 'test', 'whole'];
/** A peer that takes longer than this on one document is stopped; the document then scores 0. */
const PEER_TIMEOUT_MS = 10_000;

interface SystemRun {
  readonly system: string;
  readonly summaries: string[][];
  readonly msPerDoc: number;
  readonly timeouts: number;
  readonly errors: number;
}

interface Figures extends RougeScores {
  readonly docs: number;
  readonly words: number;
}

function wordsIn(sentences: readonly string[]): number {
  return sentences.reduce((n, s) => n + s.split(/\s+/).filter((w) => w !== '').length, 0);
}

function timed(system: string, docs: readonly SummDoc[], f: (doc: SummDoc, count: number) => string[], set: string): SystemRun {
  const t0 = process.hrtime.bigint();
  const summaries = docs.map((d) => f(d, summaryLength(set, d)));
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  return { system, summaries, msPerDoc: ms / docs.length, timeouts: 0, errors: 0 };
}

interface WorkerReply {
  readonly id: number;
  readonly sentences?: string[];
  readonly ms?: number;
  readonly error?: string;
}

/** Runs one peer over the documents in a child process, one document at a time, each with a time limit. */
async function runPeer(peer: PeerName, docs: readonly SummDoc[], set: string): Promise<SystemRun> {
  const workerPath = path.join(__dirname, 'peer-worker.js');
  let child: ChildProcess | undefined;
  const summaries: string[][] = [];
  let timeouts = 0;
  let errors = 0;
  let ms = 0;
  for (let id = 0; id < docs.length; id++) {
    child ??= fork(workerPath, [peer], { stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
    const worker = child;
    const reply = await new Promise<WorkerReply | 'timeout'>((resolve) => {
      const timer = setTimeout(() => resolve('timeout'), PEER_TIMEOUT_MS);
      const onMessage = (m: WorkerReply): void => {
        if (m.id !== id) return;
        clearTimeout(timer);
        worker.off('message', onMessage);
        resolve(m);
      };
      worker.on('message', onMessage);
      worker.send({ id, text: docs[id].text, count: summaryLength(set, docs[id]) });
    });
    if (reply === 'timeout') {
      timeouts++;
      ms += PEER_TIMEOUT_MS;
      worker.kill('SIGKILL');
      child = undefined;
      summaries.push([]);
    } else if (reply.error !== undefined || !reply.sentences) {
      errors++;
      summaries.push([]);
    } else {
      ms += reply.ms ?? 0;
      summaries.push(reply.sentences.map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => s !== ''));
    }
  }
  child?.kill();
  return { system: peer, summaries, msPerDoc: ms / docs.length, timeouts, errors };
}

/**
 * The peers do not change between runs, so with SUMM_PEER_CACHE=1 their summaries are kept in out/ (never committed)
 * and reused while the data file is the same size and date.
 */
async function cachedPeerRun(peer: PeerName, docs: readonly SummDoc[], set: string, summDir: string): Promise<SystemRun> {
  const stat = fs.statSync(path.join(summDir, `${set}.jsonl`));
  const key = `${stat.size}-${stat.mtimeMs}`;
  const file = path.join(__dirname, `peer-cache-${set}-${peer}.json`);
  const useCache = process.env.SUMM_PEER_CACHE === '1';
  if (useCache && fs.existsSync(file)) {
    const cached = JSON.parse(fs.readFileSync(file, 'utf8')) as { key: string; run: SystemRun };
    if (cached.key === key && cached.run.summaries.length === docs.length) return cached.run;
  }
  const run = await runPeer(peer, docs, set);
  if (useCache) fs.writeFileSync(file, JSON.stringify({ key, run }));
  return run;
}

function figures(docs: readonly SummDoc[], run: SystemRun, perDoc: readonly RougeScores[], split: SplitName): Figures {
  const picked = perDoc.filter((_, i) => inSplit(i, split));
  const words = run.summaries.filter((_, i) => inSplit(i, split)).map(wordsIn);
  return { ...meanScores(picked), docs: picked.length, words: words.reduce((a, b) => a + b, 0) / Math.max(1, words.length) };
}

const pct = (n: number): string => (n * 100).toFixed(2);

async function main(): Promise<void> {
  const dataDir = path.resolve(process.argv[2] ?? path.join(repoRoot, '..', 'shared', 'eval'));
  const summDir = fs.existsSync(path.join(dataDir, 'summ')) ? path.join(dataDir, 'summ') : dataDir;
  const results: Record<string, unknown> = {};
  const skipPeers = process.env.SUMM_SKIP_PEERS === '1';
  for (const set of SETS) {
    if (!fs.existsSync(path.join(summDir, `${set.name}.jsonl`))) continue;
    const docs = loadDocs(path.join(summDir, `${set.name}.jsonl`));
    const splits: readonly SplitName[] = set.devOnly ? ['whole'] : SPLITS;
    const runs: SystemRun[] = [
      timed(set.lead, docs, (d, k) => leadSentences(d.text).slice(0, k), set.name),
      timed('Newsline', docs, (d, k) => summarize(readEvalArticle(d), k).map((s) => s.text), set.name),
    ];
    if (!skipPeers && !set.devOnly) for (const peer of PEERS) runs.push(await cachedPeerRun(peer, docs, set.name, summDir));
    const bySystem: Record<string, unknown> = {};
    const perDocBySystem = new Map<string, RougeScores[]>();
    console.log(`\n${set.label}: ${docs.length} articles${set.devOnly ? '' : '; dev = odd lines (1-based), test = even lines'}`);
    console.log('system        split  R1     R2     RL     RLsum  words  ms/doc  timeouts');
    for (const run of runs) {
      const perDoc = docs.map((d, i) => rouge(d.reference, run.summaries[i].join('\n')));
      perDocBySystem.set(run.system, perDoc);
      const bySplit: Record<string, Figures> = {};
      for (const split of splits) {
        const f = figures(docs, run, perDoc, split);
        bySplit[split] = f;
        console.log(
          `${run.system.padEnd(13)} ${split.padEnd(6)} ${pct(f.r1)}  ${pct(f.r2)}  ${pct(f.rL)}  ${pct(f.rLsum)}  ${f.words.toFixed(1).padStart(5)}  ${run.msPerDoc.toFixed(1).padStart(6)}  ${run.timeouts}${run.errors ? ` (${run.errors} errors)` : ''}`,
        );
      }
      bySystem[run.system] = { ...roundAll(bySplit), msPerDoc: round(run.msPerDoc, 2), timeouts: run.timeouts, errors: run.errors };
    }
    bySystem[`Newsline - ${set.lead}`] = leadMargins(perDocBySystem.get('Newsline')!, perDocBySystem.get(set.lead)!, set.lead, splits);
    bySystem['Newsline dangling'] = danglingShares(docs, set.name, splits);
    results[set.name] = bySystem;
  }
  const out = {
    command: 'npm run eval:summ',
    rouge: 'rouge-score semantics with use_stemmer=True; mean F x100 over documents; Lsum over "\\n"-joined summary sentences',
    splits: 'dev = odd lines of each file (1-based), test = even lines, whole = all',
    summaryLength: 'CNN/DM 3 sentences; BBC the reference sentence count',
    newslineInput: WITH_HEADLINE ? 'headline line (when the set has one), a blank line, then the article text, read as plain text' : 'article text, read as plain text',
    peerTimeoutMs: PEER_TIMEOUT_MS,
    results,
  };
  if (!skipPeers) {
    fs.mkdirSync(path.join(repoRoot, 'eval', 'results'), { recursive: true });
    fs.writeFileSync(path.join(repoRoot, 'eval', 'results', 'summ.json'), JSON.stringify(out, null, 2) + '\n');
    console.log('\nwrote eval/results/summ.json');
  }
}

/**
 * Newsline's margin over LEAD per split, with a 95% paired bootstrap interval (the same articles resampled for both),
 * printed and returned: the spread a split of this size leaves on a goal stated as a margin over LEAD.
 */
function leadMargins(newsline: readonly RougeScores[], lead: readonly RougeScores[], leadName: string, splits: readonly SplitName[]): Record<string, { r1: Interval; r2: Interval }> {
  const out: Record<string, { r1: Interval; r2: Interval }> = {};
  const shown = (i: Interval): string => `${i.mean >= 0 ? '+' : ''}${pct(i.mean)} [${pct(i.low)}, ${pct(i.high)}]`;
  const rounded = (i: Interval): Interval => ({ mean: round(i.mean * 100, 2), low: round(i.low * 100, 2), high: round(i.high * 100, 2) });
  for (const split of splits) {
    const picked = newsline.map((_, i) => i).filter((i) => inSplit(i, split));
    const r1 = pairedBootstrap(picked.map((i) => newsline[i].r1 - lead[i].r1));
    const r2 = pairedBootstrap(picked.map((i) => newsline[i].r2 - lead[i].r2));
    console.log(`Newsline - ${leadName} ${split.padEnd(6)} R1 ${shown(r1)}  R2 ${shown(r2)}  (mean, 95% paired bootstrap interval)`);
    out[split] = { r1: rounded(r1), r2: rounded(r2) };
  }
  return out;
}

/**
 * The share of Newsline's summary sentences that lean on a sentence the summary leaves out (eval/summ/dangling.ts),
 * printed and returned per split.
 */
function danglingShares(docs: readonly SummDoc[], set: string, splits: readonly SplitName[]): Record<string, { sentences: number; dangling: number; percent: number }> {
  const counts = docs.map((d) => {
    const article = readEvalArticle(d);
    return countDangling(article, summarize(article, summaryLength(set, d)));
  });
  const out: Record<string, { sentences: number; dangling: number; percent: number }> = {};
  for (const split of splits) {
    const picked = counts.filter((_, i) => inSplit(i, split));
    const sentences = picked.reduce((n, c) => n + c.sentences, 0);
    const dangling = picked.reduce((n, c) => n + c.dangling, 0);
    const percent = round((100 * dangling) / Math.max(1, sentences), 2);
    console.log(`Newsline dangling ${split.padEnd(6)} ${dangling} of ${sentences} summary sentences (${percent.toFixed(2)}%) lean on a sentence the summary leaves out`);
    out[split] = { sentences, dangling, percent };
  }
  return out;
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

function roundAll(bySplit: Record<string, Figures>): Record<string, Figures> {
  const out: Record<string, Figures> = {};
  for (const [k, f] of Object.entries(bySplit)) {
    out[k] = { docs: f.docs, r1: round(f.r1 * 100, 2), r2: round(f.r2 * 100, 2), rL: round(f.rL * 100, 2), rLsum: round(f.rLsum * 100, 2), words: round(f.words, 1) };
  }
  return out;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
