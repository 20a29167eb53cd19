// The figures eval:timex writes for one system on one set, each with its 95% bootstrap interval, and how they stand
// against the set's goals. Pure: the run (run.ts) gives per-document counts or per-case outcomes.
import { bootstrapAll } from '../bootstrap';
import { emptyCounts, scores, type Counts } from './scorer';
import { TIMEX_MEASURES, type Goals, type Published, type Quoted, type Role, type SetSpec, type TimexMeasure } from './sets';

/** P, R and F1 in % (one decimal), with the 95% interval of the F1. */
export interface PrfInterval {
  readonly p: number;
  readonly r: number;
  readonly f1: number;
  readonly low: number;
  readonly high: number;
}

export interface CasesRight {
  /** Cases right, %, with its 95% interval over cases. */
  readonly share: number;
  readonly low: number;
  readonly high: number;
  readonly cases: number;
  /** Cases right per suite the cases come from, %. */
  readonly bySuite?: Readonly<Record<string, number>>;
}

export interface SystemFigures {
  readonly msPerDoc: number;
  readonly f1?: Readonly<Record<TimexMeasure, PrfInterval>>;
  readonly right?: CasesRight;
}

/** One set's entry in eval/results/timex.json. */
export interface SetResult {
  readonly file: string;
  readonly label: string;
  readonly role: Role;
  readonly kind: SetSpec['kind'];
  /** Documents (cases for the peer suites), and gold timexes in them. */
  readonly documents: number;
  readonly timexes?: number;
  readonly goals?: Goals;
  readonly published?: readonly Published[];
  readonly quoted?: Quoted;
  /** Per system, in the order they ran (Newsline first). */
  readonly systems: Readonly<Record<string, SystemFigures>>;
}

/** eval/results/timex.json. */
export interface TimexResults {
  readonly command: string;
  readonly scorer: string;
  readonly interval: string;
  readonly results: Readonly<Record<string, SetResult>>;
}

export const round1 = (share: number): number => Math.round(1000 * share) / 10;
const round2 = (x: number): number => Math.round(x * 100) / 100;

const COUNT_KEYS = Object.keys(emptyCounts()) as Array<keyof Counts>;

/** The counts of the documents at `indices`, summed (a document drawn twice counts twice). */
export function sumCounts(flat: Float64Array, indices: readonly number[]): Counts {
  const k = COUNT_KEYS.length;
  const acc = new Float64Array(k);
  for (const i of indices) for (let j = 0; j < k; j++) acc[j] += flat[i * k + j];
  const counts = emptyCounts();
  COUNT_KEYS.forEach((key, j) => (counts[key] = acc[j]));
  return counts;
}

/** Each document's counts as one flat array, so a draw sums numbers instead of building objects. */
export function flattenCounts(perDoc: readonly Counts[]): Float64Array {
  const k = COUNT_KEYS.length;
  const flat = new Float64Array(perDoc.length * k);
  perDoc.forEach((c, i) => COUNT_KEYS.forEach((key, j) => (flat[i * k + j] = c[key])));
  return flat;
}

/**
 * The four TempEval-3 measures of the documents (counts summed, then scored: the micro-average), each F1 with its
 * 95% interval over documents drawn with replacement. Documents, not timexes, are drawn: a document's timexes share
 * its style and its reference date, and the spread between documents is what another draw of news would show.
 */
export function timexFigures(perDoc: readonly Counts[], msPerDoc: number): SystemFigures {
  const flat = flattenCounts(perDoc);
  const measured = scores(sumCounts(flat, perDoc.map((_, i) => i)));
  const iv = bootstrapAll(perDoc.length, (indices) => {
    const s = scores(sumCounts(flat, indices));
    return { strict: s.strict.f1, relaxed: s.relaxed.f1, type: s.type.f1, value: s.value.f1 };
  });
  const f1 = {} as Record<TimexMeasure, PrfInterval>;
  for (const m of TIMEX_MEASURES) {
    const prf = measured[m];
    f1[m] = { p: round1(prf.p), r: round1(prf.r), f1: round1(prf.f1), low: round1(iv[m].low), high: round1(iv[m].high) };
  }
  return { msPerDoc: round2(msPerDoc), f1 };
}

/** The share of cases right, with its 95% interval over cases, and the share per suite. */
export function caseFigures(right: readonly boolean[], suites: readonly string[], msPerCase: number): SystemFigures {
  const shareOf = (indices: readonly number[]): number => (indices.length ? indices.reduce((n, i) => n + (right[i] ? 1 : 0), 0) / indices.length : 0);
  const iv = bootstrapAll(right.length, (indices) => ({ right: shareOf(indices) })).right;
  const bySuite: Record<string, number> = {};
  for (const suite of [...new Set(suites)]) bySuite[suite] = round1(shareOf(suites.flatMap((s, i) => (s === suite ? [i] : []))));
  return { msPerDoc: round2(msPerCase), right: { share: round1(iv.mean), low: round1(iv.low), high: round1(iv.high), cases: right.length, bySuite } };
}

export interface Verdict {
  readonly measure: TimexMeasure | 'right';
  readonly goal: number;
  readonly figure: number;
  readonly low: number;
  readonly high: number;
  readonly met: boolean;
  /** False when the goal lies inside the interval: another draw of documents could fall on its other side. */
  readonly settled: boolean;
}

/** Each goal of the set against the system's figure and interval there (in the goals' order). */
export function goalVerdicts(goals: Goals | undefined, figures: SystemFigures): Verdict[] {
  const out: Verdict[] = [];
  for (const [measure, goal] of Object.entries(goals ?? {}) as Array<[TimexMeasure | 'right', number]>) {
    const at = measure === 'right' ? figures.right && { f1: figures.right.share, low: figures.right.low, high: figures.right.high } : figures.f1?.[measure];
    if (!at) continue;
    out.push({ measure, goal, figure: at.f1, low: at.low, high: at.high, met: at.f1 >= goal, settled: goal < at.low || goal > at.high });
  }
  return out;
}
