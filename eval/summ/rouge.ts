// ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum F-measures exactly as the Python `rouge-score` package computes them with
// `use_stemmer=True`: lower-case, every run of characters outside [a-z0-9] becomes a space, tokens longer than three
// characters are Porter-stemmed (NLTK's stemmer), LCS for L, union LCS over "\n"-separated sentences for Lsum.
import { porterStem } from './porter';

export interface RougeScores {
  readonly r1: number;
  readonly r2: number;
  readonly rL: number;
  readonly rLsum: number;
}

const stemCache = new Map<string, string>();

function stem(token: string): string {
  let s = stemCache.get(token);
  if (s === undefined) {
    s = porterStem(token);
    stemCache.set(token, s);
  }
  return s;
}

/** rouge-score's tokenizer with stemming. */
export function rougeTokens(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').split(/\s+/)) {
    if (raw === '') continue;
    const token = raw.length > 3 ? stem(raw) : raw;
    if (/^[a-z0-9]+$/.test(token)) out.push(token);
  }
  return out;
}

function fmeasure(precision: number, recall: number): number {
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

function ngramCounts(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = n === 1 ? tokens[i] : tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** ROUGE-N precision, recall and F-measure. */
export function rougeNScores(target: readonly string[], prediction: readonly string[], n: number): { precision: number; recall: number; f: number } {
  const t = ngramCounts(target, n);
  const p = ngramCounts(prediction, n);
  let overlap = 0;
  for (const [gram, count] of t) overlap += Math.min(count, p.get(gram) ?? 0);
  let tCount = 0;
  for (const c of t.values()) tCount += c;
  let pCount = 0;
  for (const c of p.values()) pCount += c;
  const precision = overlap / Math.max(pCount, 1);
  const recall = overlap / Math.max(tCount, 1);
  return { precision, recall, f: fmeasure(precision, recall) };
}

export function rougeN(target: readonly string[], prediction: readonly string[], n: number): number {
  return rougeNScores(target, prediction, n).f;
}

/** The LCS dynamic-programming table, (rows+1) x (cols+1), flattened. */
function lcsTable(ref: readonly string[], can: readonly string[]): Int32Array {
  const cols = can.length + 1;
  const table = new Int32Array((ref.length + 1) * cols);
  for (let i = 1; i <= ref.length; i++) {
    for (let j = 1; j <= can.length; j++) {
      table[i * cols + j] = ref[i - 1] === can[j - 1] ? table[(i - 1) * cols + j - 1] + 1 : Math.max(table[(i - 1) * cols + j], table[i * cols + j - 1]);
    }
  }
  return table;
}

export function rougeL(target: readonly string[], prediction: readonly string[]): number {
  if (target.length === 0 || prediction.length === 0) return 0;
  const lcs = lcsTable(target, prediction)[target.length * (prediction.length + 1) + prediction.length];
  return fmeasure(lcs / prediction.length, lcs / target.length);
}

/** Indices into `ref` of one LCS, read back the way rouge-score's `_backtrack_norec` does. */
function lcsIndices(ref: readonly string[], can: readonly string[]): number[] {
  const t = lcsTable(ref, can);
  const cols = can.length + 1;
  const out: number[] = [];
  let i = ref.length;
  let j = can.length;
  while (i > 0 && j > 0) {
    if (ref[i - 1] === can[j - 1]) {
      out.push(i - 1);
      i--;
      j--;
    } else if (t[i * cols + j - 1] > t[(i - 1) * cols + j]) j--;
    else i--;
  }
  return out.reverse();
}

function countTokens(sentences: readonly (readonly string[])[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const t of s) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

/** Summary-level LCS (rougeLsum), with rouge-score's guard against counting a token twice. */
export function rougeLsum(target: readonly (readonly string[])[], prediction: readonly (readonly string[])[]): number {
  if (target.length === 0 || prediction.length === 0) return 0;
  const m = target.reduce((s, x) => s + x.length, 0);
  const n = prediction.reduce((s, x) => s + x.length, 0);
  if (m === 0 || n === 0) return 0;
  const refCounts = countTokens(target);
  const canCounts = countTokens(prediction);
  let hits = 0;
  for (const ref of target) {
    const union = new Set<number>();
    for (const can of prediction) for (const i of lcsIndices(ref, can)) union.add(i);
    for (const i of [...union].sort((a, b) => a - b)) {
      const token = ref[i];
      const c = canCounts.get(token) ?? 0;
      const r = refCounts.get(token) ?? 0;
      if (c > 0 && r > 0) {
        hits++;
        canCounts.set(token, c - 1);
        refCounts.set(token, r - 1);
      }
    }
  }
  return fmeasure(hits / n, hits / m);
}

function sentencesOf(text: string): string[][] {
  return text.split('\n').filter((s) => s.length > 0).map(rougeTokens);
}

/** All four F-measures (0..1) of a prediction against a target; sentences are separated by "\n" for Lsum. */
export function rouge(target: string, prediction: string): RougeScores {
  const t = rougeTokens(target);
  const p = rougeTokens(prediction);
  return { r1: rougeN(t, p, 1), r2: rougeN(t, p, 2), rL: rougeL(t, p), rLsum: rougeLsum(sentencesOf(target), sentencesOf(prediction)) };
}

/** Mean of each measure over documents. */
export function meanScores(all: readonly RougeScores[]): RougeScores {
  const n = Math.max(1, all.length);
  const sum = (f: (s: RougeScores) => number) => all.reduce((acc, s) => acc + f(s), 0) / n;
  return { r1: sum((s) => s.r1), r2: sum((s) => s.r2), rL: sum((s) => s.rL), rLsum: sum((s) => s.rLsum) };
}
