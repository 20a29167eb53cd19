// What a developer would otherwise combine: chrono-node for dates plus an npm summarizer. Loaded from
// eval/node_modules (never extension dependencies). Each summarizer is timed in a child process, one article at a
// time under a time limit, because textrank hangs (or overflows its stack) on some inputs.
import { fork } from 'child_process';
import { createRequire } from 'module';
import * as path from 'path';

export type SummarizerName = 'node-summary' | 'textrank' | 'lexrank' | 'sum';
export const SUMMARIZERS: readonly SummarizerName[] = ['node-summary', 'textrank', 'lexrank', 'sum'];

/** Three sentences, as Newsline's default summary. */
export const SUMMARY_SENTENCES = 3;

export type Summarizer = (text: string) => unknown;

interface NodeSummary {
  getSortedSentences(content: string, n: number, callback: (err: unknown, sentences: unknown) => void): void;
}
interface TextRankModule {
  TextRank: new (text: string, settings: { extractAmount: number; summaryType: 'array' }) => { summarizedArticle: unknown };
}
interface LexRank {
  summarize(text: string, lines: number, callback: (err: unknown, top: unknown) => void): void;
}
type Sum = (options: { corpus: string; nSentences: number }) => { sentences: string[] };
interface Chrono {
  parse(text: string, reference?: Date): unknown[];
}

function peerRequire(repoRoot: string): NodeRequire {
  return createRequire(path.join(repoRoot, 'eval', 'package.json'));
}

/** The summarizer's call; each library calls back synchronously, so its result is read right after the call. */
export function loadSummarizer(repoRoot: string, name: SummarizerName): Summarizer {
  const req = peerRequire(repoRoot);
  switch (name) {
    case 'node-summary': {
      // Its lib is ES2015 module source: required bare, Node reads it as ESM and fails ("require is not defined in
      // ES module scope"). Its README compiles it on load with babel-register; eval/summ/peers.ts does the same.
      const register = req('babel-register') as (options: object) => void;
      register({ presets: [req.resolve('babel-preset-es2015')], only: /node-summary/, babelrc: false });
      const lib = req('node-summary') as NodeSummary;
      return (text) => {
        let out: unknown;
        lib.getSortedSentences(text, SUMMARY_SENTENCES, (_err, sentences) => (out = sentences));
        return out;
      };
    }
    case 'textrank': {
      const lib = req('textrank') as TextRankModule;
      return (text) => new lib.TextRank(text, { extractAmount: SUMMARY_SENTENCES, summaryType: 'array' }).summarizedArticle;
    }
    case 'lexrank': {
      const lib = req('lexrank') as LexRank;
      return (text) => {
        let out: unknown;
        lib.summarize(text, SUMMARY_SENTENCES, (_err, top) => (out = top));
        return out;
      };
    }
    case 'sum': {
      const lib = req('sum') as Sum;
      return (text) => lib({ corpus: text, nSentences: SUMMARY_SENTENCES }).sentences;
    }
  }
}

export function loadChrono(repoRoot: string): (text: string, reference: Date) => unknown[] {
  const chrono = peerRequire(repoRoot)('chrono-node') as Chrono;
  return (text, reference) => chrono.parse(text, reference);
}

/** A summarizer, or chrono-node (with a fixed reference date, so that every pass does the same work). */
export type PeerName = SummarizerName | 'chrono-node';

export function loadPeer(repoRoot: string, name: PeerName): (text: string) => unknown {
  if (name !== 'chrono-node') return loadSummarizer(repoRoot, name);
  const chrono = loadChrono(repoRoot);
  const reference = new Date(Date.UTC(2015, 3, 1));
  return (text) => chrono(text, reference);
}

export type PassRequest = { readonly kind: 'set'; readonly texts: readonly string[] } | { readonly kind: 'pass' };
export interface PassReply {
  readonly kind: 'pass';
  readonly ms: number;
}

/** A peer in a child process of its own, timing whole passes over a set of texts on request. */
export interface PeerTimer {
  /** Milliseconds for one pass over the set, measured in the child. */
  pass(): Promise<number>;
  close(): void;
}

export async function openPeerTimer(name: PeerName, texts: readonly string[]): Promise<PeerTimer> {
  const child = fork(CHILD, [name, REPO_ROOT_OF_CHILD()], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const ask = (request: PassRequest) =>
    new Promise<number>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`${name} child exited (${code})`));
      child.once('exit', onExit);
      child.once('message', (reply: PassReply) => {
        child.off('exit', onExit);
        resolve(reply.ms);
      });
      child.send(request);
    });
  await ask({ kind: 'set', texts });
  return { pass: () => ask({ kind: 'pass' }), close: () => child.kill() };
}

// ---- timing in a child process ----

export interface ChildRequest {
  readonly index: number;
  readonly text: string;
}
export type ChildReply = { readonly index: number; readonly ms: number } | { readonly index: number; readonly error: string };

export interface PeerTiming {
  readonly name: SummarizerName;
  /** Milliseconds per article, by article index; undefined where it failed or ran out of time. */
  readonly ms: Array<number | undefined>;
  readonly timedOut: number[];
  readonly failed: number[];
  /** Why the library could not be used at all. */
  readonly loadError?: string;
}

const CHILD = path.join(__dirname, 'peerChild.js');
/** The repository root, as the compiled bench (out/bench/) sees it. */
const REPO_ROOT_OF_CHILD = () => path.resolve(__dirname, '..', '..');

/**
 * Times one summarizer over `texts` in a child process. An article that takes longer than `perArticleMs` kills the
 * child (a hang cannot be interrupted otherwise); a fresh child goes on with the next article.
 */
export async function timeSummarizer(repoRoot: string, name: SummarizerName, texts: readonly string[], perArticleMs: number): Promise<PeerTiming> {
  const ms: Array<number | undefined> = new Array(texts.length).fill(undefined);
  const timedOut: number[] = [];
  const failed: number[] = [];
  let next = 0;
  while (next < texts.length) {
    const outcome = await runChild(repoRoot, name, texts, next, perArticleMs, (index, reply) => {
      if ('ms' in reply) ms[index] = reply.ms;
      else failed.push(index);
    });
    if (outcome.kind === 'load-error') return { name, ms, timedOut, failed, loadError: outcome.message };
    if (outcome.kind === 'timeout') timedOut.push(outcome.index);
    next = outcome.index + 1;
  }
  return { name, ms, timedOut, failed };
}

type ChildOutcome = { kind: 'done'; index: number } | { kind: 'timeout'; index: number } | { kind: 'load-error'; message: string };

function runChild(
  repoRoot: string,
  name: SummarizerName,
  texts: readonly string[],
  from: number,
  perArticleMs: number,
  onReply: (index: number, reply: ChildReply) => void,
): Promise<ChildOutcome> {
  return new Promise((resolve) => {
    const child = fork(CHILD, [name, repoRoot], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    let index = from;
    let timer: NodeJS.Timeout | undefined;
    let settled = false;
    const finish = (outcome: ChildOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      resolve(outcome);
    };
    const send = () => {
      if (index >= texts.length) return finish({ kind: 'done', index: texts.length - 1 });
      // The limit starts when the article is sent; the first one also pays for loading the library.
      timer = setTimeout(() => finish({ kind: 'timeout', index }), perArticleMs + (index === from ? 5000 : 0));
      child.send({ index, text: texts[index] } satisfies ChildRequest);
    };
    child.on('message', (reply: ChildReply) => {
      clearTimeout(timer);
      onReply(reply.index, reply);
      index = reply.index + 1;
      send();
    });
    child.on('exit', (code) => {
      if (settled) return;
      // Exiting before any answer means the library would not load; after some, the article crashed the child.
      if (index === from && code !== 0) finish({ kind: 'load-error', message: firstLine(stderr) || `exit code ${code}` });
      else finish({ kind: 'timeout', index });
    });
    send();
  });
}

function firstLine(stderr: string): string {
  const line = stderr.split('\n').find((l) => /Error/.test(l));
  return (line ?? stderr.split('\n')[0] ?? '').trim();
}
