// The timex sets `npm run eval:timex` scores, one descriptor each: the file in the data folder's `timex/`, whether it
// is development data (tuned on, errors written out) or test data (run to report only), how it is scored, the goals
// the project set on it (issue 20) and the figures published on these very documents.

export type Role = 'dev' | 'test';

export type TimexMeasure = 'strict' | 'relaxed' | 'type' | 'value';
export const TIMEX_MEASURES: readonly TimexMeasure[] = ['strict', 'relaxed', 'type', 'value'];

/** A goal on a set: a floor on an F1 measure (annotated documents) or on the share of cases right (peer suites), %. */
export type Goals = Readonly<Partial<Record<TimexMeasure | 'right', number>>>;

/** A published row of F1 figures (%) on the set, `undefined` where the paper gives none. */
export interface Published {
  readonly name: string;
  readonly f1: Readonly<Partial<Record<TimexMeasure, number>>>;
}

export interface SetSpec {
  /** The key in eval/results/timex.json and in the error lists' names. */
  readonly name: string;
  readonly file: string;
  readonly label: string;
  readonly role: Role;
  /** `timexes`: annotated documents, TempEval-3 Task A measures; `cases`: single sentences, cases right (cases.ts). */
  readonly kind: 'timexes' | 'cases';
  readonly goals?: Goals;
  readonly published?: readonly Published[];
  /** Figures quoted elsewhere for this set that this run's judging may not reproduce (see `Quoted`). */
  readonly quoted?: Quoted;
}

/**
 * Figures quoted for a set by an earlier measurement (the table, the data README), per system. Shown beside
 * this run's when a system is the same library version: a difference there comes from the judging, not the system.
 */
export interface Quoted {
  /** Who quotes them, as the subject of a sentence. */
  readonly source: string;
  readonly measure: TimexMeasure | 'right';
  readonly figures: Readonly<Record<string, number>>;
}

/**
 * The sets, in the order the tables show them. Published figures exist for the TempEval-3 platinum set only in the
 * form this scorer computes; the other sets are cut or mapped (MEANTIME keeps the annotated sentences, WikiWars'
 * TIMEX2 is mapped to TIMEX3, Tweets' non-standard values are rewritten), so figures published on their originals
 * are not comparable and are not shown. Goals are issue 20's.
 */
export const SETS: readonly SetSpec[] = [
  { name: 'train', file: 'train.jsonl', label: 'TempEval-3 train (TimeBank + AQUAINT)', role: 'dev', kind: 'timexes' },
  {
    name: 'test',
    file: 'test.jsonl',
    label: 'TempEval-3 platinum test',
    role: 'test',
    kind: 'timexes',
    goals: { strict: 85, relaxed: 92, value: 82 },
    // TempEval-3 task paper (UzZaman et al. 2013), Table 3; PTime (Ding et al. 2019).
    published: [
      { name: 'HeidelTime (published)', f1: { strict: 81.34, relaxed: 90.3, value: 77.61 } },
      { name: 'PTime (published)', f1: { strict: 85.5, relaxed: 91.45 } },
    ],
  },
  { name: 'meantime', file: 'meantime-en.jsonl', label: 'MEANTIME English (Wikinews)', role: 'test', kind: 'timexes', goals: { value: 80 } },
  { name: 'esc', file: 'esc.jsonl', label: 'ESC (ECB+ news)', role: 'test', kind: 'timexes', goals: { value: 75 } },
  { name: 'wikiwars', file: 'wikiwars.jsonl', label: 'WikiWars (narrative history)', role: 'dev', kind: 'timexes', goals: { value: 75 } },
  { name: 'tweets', file: 'tweets.jsonl', label: 'Tweets', role: 'dev', kind: 'timexes', goals: { value: 78 } },
  {
    name: 'peers',
    file: 'peers.jsonl',
    label: 'peer test suites (Duckling, chrono-node, SUTime, ctparse)',
    role: 'dev',
    kind: 'cases',
    goals: { right: 90 },
    quoted: {
      source: "Issue 20 and the data README (a run at 379f59f by the data folder's own harness)",
      measure: 'right',
      figures: { Newsline: 60.9, 'chrono-node 2.10.3': 47.7 },
    },
  },
];

/** The sets named in `wanted` (all of them when it is undefined), in table order. */
export function selectSets(wanted: readonly string[] | undefined, sets: readonly SetSpec[] = SETS): SetSpec[] {
  if (!wanted) return [...sets];
  const unknown = wanted.filter((w) => !sets.some((s) => s.name === w));
  if (unknown.length) throw new Error(`unknown timex set ${unknown.join(', ')}; the sets are ${sets.map((s) => s.name).join(', ')}`);
  return sets.filter((s) => wanted.includes(s.name));
}
