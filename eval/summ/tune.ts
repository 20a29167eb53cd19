// `node out/eval/summ/tune.js [dataDir]` (after `npm run compile`): learns the sentence scorer's weights
// (src/core/summarize.ts, MODEL) on the development split only (odd lines of cnndm_test.jsonl and bbc.jsonl), by
// coordinate ascent from the committed MODEL on the weighted sum of mean ROUGE-1 + ROUGE-2 F of the chosen summaries.
// Prints the model to paste into the source. Options (environment):
//   SUMM_TUNE_WEIGHTS="2,1"  weight of CNN/DM and BBC in the objective (default "1,1"; "1,0" = CNN/DM only)
//   SUMM_TUNE_PARAMS=long    tune only the long-summary weights; =choice only redundancy and coverage; =short only
//                            the short-summary weights, redundancy and coverage, each moved with its long-summary
//                            counterpart moved the other way, so that a summary of 40% of the article or more (BBC) is
//                            scored exactly as before
//   SUMM_TUNE_FEATURES="first,centrality,length"  tune only these features' weights (with redundancy and coverage)
//   SUMM_TUNE_STEPS="0.2,0.1" step sizes, largest first (default "0.4,0.2,0.1,0.05")
//   SUMM_TUNE_PENALTY=0.5    subtract this times the summed distance of the tuned parameters from the start model
//                            (in ROUGE points), so a weight moves only when it pays for itself: shrinkage to the prior
//   SUMM_TUNE_START=model.json  start from this model (JSON as printed) instead of the committed MODEL
//   SUMM_TUNE_FOLDS=5        k-fold cross-validation within the dev split: tune on k-1 folds, score the held-out
//                            fold, print the cross-validated mean, and return the mean of the k fold models (averaging
//                            over folds steadies weights that a single fit on 250 articles would overfit)
// History: the first MODEL came from short-summary weights tuned on CNN/DM dev alone (SUMM_TUNE_WEIGHTS=1,0); all
// weights on both files (SUMM_TUNE_WEIGHTS=2,1); the long-summary weights re-tuned with the short ones fixed
// (SUMM_TUNE_PARAMS=long SUMM_TUNE_WEIGHTS=2,1 SUMM_TUNE_STEPS=0.2,0.1,0.05); choice parameters checked
// (SUMM_TUNE_PARAMS=choice, no change); then short-summary redundancy and coverage set by hand. Its CNN/DM test
// score (30.41 / 11.90) trailed dev (31.55 / 12.76): it overfit. The current MODEL's steps are listed above it in
// src/core/summarize.ts. Since step 4 there (the long weights blend in from 25% of the article, not 15%), the
// cross-validated baseline of SUMM_TUNE_PARAMS=short SUMM_TUNE_WEIGHTS=1,0 SUMM_TUNE_PENALTY=2 SUMM_TUNE_FOLDS=5 is
// 32.50 / 13.01 on CNN/DM dev (32.30 / 12.86 before), and 32.42 / 12.98 since sentence splitting stopped cutting at
// "Bros." and before a lower-case word after "?"/"!" (src/core/article.ts, `continuesSentence`; 9 of 250 summaries
// change); a new feature should beat that, not the whole-dev fit. With all parameters tuned (SUMM_TUNE_FOLDS=5
// alone, ~20 min) it is CNN/DM 32.22 / 12.81 and BBC 79.40 / 72.31 (31.82 / 12.47 and 79.22 / 72.06 before): free
// tuning still loses to the committed MODEL on held-out articles. Mind what the cross-validated figure measures:
// tuning from MODEL in each fold. MODEL left as it is scores 32.63 / 13.15 on the whole dev split, above it, so a
// change that only keeps the tuner from moving (a different spread in `chooseSentences` scored 32.55 to 32.67 /
// 13.02 to 13.15 cross-validated, with the untuned MODEL flat at 32.54 to 32.65) can beat the figure without better
// summaries: compare the untuned MODEL on the whole dev split too. The fold assignment (every 5th article) is itself
// a draw: on four seeded reshuffles of the same articles this recipe scores 32.59 to 32.62 / 13.10 to 13.12, so a
// change that beats 32.42 only on these folds may be noise (regress.ts, SUMM_REGRESS_SHUFFLE and SUMM_REGRESS_COMPARE).
// Four more candidate features were tried on CNN/DM dev and left out. Each was added alone with weight 0 (short and
// long) and judged by this recipe with vs without it, on these folds and on the four reshuffles; the bar, set before
// looking: mean held-out R1 gain of +0.10 or more with R2 not lower, a gain on 4 of the 5 assignments, BBC dev not
// down by more than 0.05. (1) Dated: the sentence holds a day or time timex (tagTimexes) within 7 days of the
// reference date; CNN/DM has no document date, so with today's date this flags deictic days ("on Wednesday",
// "yesterday"): 6.7% of CNN/DM dev sentences, in 185 of the 250 articles, the lead in 69; also tried with the first
// date written with a year as the reference where there is one. (2) Number: digits, or number words two to billions
// (25% of sentences). (3) Lead cosine: the sentence's TF-IDF vector against the first body sentence's. (4) Density:
// the share of content words in the sentence. All four score exactly the baseline on all five assignments (32.42 /
// 12.98, 32.59 / 13.11, 32.60 / 13.10, 32.60 / 13.12, 32.62 / 13.11), since the penalty keeps the new weight at 0 in
// every fold, except the number feature in one fold of reshuffle 4 (-0.01; 32.54 / 13.00 there); BBC dev stays 79.53
// / 72.47. The signal is not there to find: set by hand on the whole dev split (in-sample, the long weight moved
// opposite), the best of -0.4 to 0.4 gains at most 0.05 R1 (lead cosine -0.1: 32.68 / 13.19; dated +0.1: 32.64 /
// 13.16; number and density best at 0, number -0.4 loses 0.84). Directed centrality (PacSum, Zheng & Lapata 2019: a
// sentence's summed TF-IDF cosine to the sentences after it and, apart, to those before it, each scaled 0..1 in its
// article) was screened the same way with the committed MODEL fixed and only its two weights set on a 6 x 5 grid:
// in-sample it gains up to 0.17 R1 (32.79 / 13.23 at +0.1 after, -0.6 before), but choosing the pair on 4 folds and
// scoring the fifth loses on all five assignments (32.30 to 32.56 / 12.82 to 13.05 against MODEL's 32.63 / 13.15).
import * as fs from 'fs';
import * as path from 'path';
import { bodyCountOf, candidatesOf, chooseSentences, coverageOf, FEATURES, longness, MODEL, redundancyOf, scoreOf, type Candidate, type FeatureName, type ScoringModel } from '../../src/core/summarize';
import { inSplit, loadDocs, summaryLength } from './data';
import { readEvalArticle } from './newsline';
import { rougeN, rougeTokens } from './rouge';

export interface Prepared {
  readonly candidates: Candidate[];
  readonly tokens: string[][];
  readonly reference: string[];
  readonly count: number;
  readonly long: number;
}

export const SETS = ['cnndm_test', 'bbc'] as const;
/** How much each file's ROUGE-1 + ROUGE-2 counts in the objective (SUMM_TUNE_WEIGHTS="1,1" by default). */
const SET_WEIGHTS = (process.env.SUMM_TUNE_WEIGHTS ?? '1,1').split(',').map(Number);

export function prepare(dataDir: string, set: string): Prepared[] {
  const docs = loadDocs(path.join(dataDir, `${set}.jsonl`)).filter((_, i) => inSplit(i, 'dev'));
  return docs.map((doc) => {
    const article = readEvalArticle(doc);
    const candidates = candidatesOf(article);
    const count = summaryLength(set, doc);
    const tokens = candidates.map((c) => rougeTokens(c.sentence.text));
    return { candidates, tokens, reference: rougeTokens(doc.reference), count, long: longness(count, bodyCountOf(article)) };
  });
}

/** Mean ROUGE-1 and ROUGE-2 F over the documents when `model` chooses. */
export function evaluate(docs: readonly Prepared[], model: ScoringModel): { r1: number; r2: number } {
  let r1 = 0;
  let r2 = 0;
  if (docs.length === 0) return { r1: 0, r2: 0 };
  for (const d of docs) {
    if (d.candidates.length === 0) continue;
    const scores = d.candidates.map((c) => scoreOf(c.features, model, d.long));
    const chosen = chooseSentences((i) => d.candidates[i], scores, d.count, redundancyOf(model, d.long), coverageOf(model, d.long)).sort((a, b) => a - b);
    const summary = chosen.flatMap((i) => d.tokens[i]);
    r1 += rougeN(d.reference, summary, 1);
    r2 += rougeN(d.reference, summary, 2);
  }
  return { r1: r1 / docs.length, r2: r2 / docs.length };
}

function objective(sets: readonly (readonly Prepared[])[], model: ScoringModel): number {
  return sets.reduce((sum, docs, i) => {
    if (!SET_WEIGHTS[i]) return sum;
    const s = evaluate(docs, model);
    return sum + SET_WEIGHTS[i] * (s.r1 + s.r2);
  }, 0);
}

type Parameter =
  | { readonly kind: 'weights' | 'longWeights'; readonly name: FeatureName }
  | { readonly kind: 'redundancy' | 'longRedundancy' | 'coverage' | 'longCoverage' };

const ALL_PARAMETERS: readonly Parameter[] = [
  ...FEATURES.map((name) => ({ kind: 'weights' as const, name })),
  ...FEATURES.map((name) => ({ kind: 'longWeights' as const, name })),
  { kind: 'redundancy' },
  { kind: 'longRedundancy' },
  { kind: 'coverage' },
  { kind: 'longCoverage' },
];

/** SUMM_TUNE_FEATURES limits the feature weights tuned; redundancy and coverage are always tuned. */
function featureAllowed(p: Parameter, features: ReadonlySet<string> | undefined): boolean {
  return !features || (p.kind !== 'weights' && p.kind !== 'longWeights') || features.has(p.name);
}

/** Which parameters SUMM_TUNE_PARAMS tunes (see the options at the top). */
export function parametersFor(which: string | undefined, features?: ReadonlySet<string>): readonly Parameter[] {
  let ps = ALL_PARAMETERS;
  if (which === 'long') ps = ALL_PARAMETERS.filter((p) => p.kind.startsWith('long'));
  else if (which === 'choice') ps = ALL_PARAMETERS.filter((p) => p.kind !== 'weights' && p.kind !== 'longWeights');
  else if (which === 'short') ps = ALL_PARAMETERS.filter((p) => !p.kind.startsWith('long'));
  return ps.filter((p) => featureAllowed(p, features));
}

function label(p: Parameter): string {
  return p.kind === 'weights' || p.kind === 'longWeights' ? `${p.kind}.${p.name}` : p.kind;
}

function valueOf(model: ScoringModel, p: Parameter): number {
  return p.kind === 'weights' || p.kind === 'longWeights' ? model[p.kind][p.name] : model[p.kind];
}

function withValue(model: ScoringModel, p: Parameter, value: number): ScoringModel {
  if (p.kind === 'weights' || p.kind === 'longWeights') return { ...model, [p.kind]: { ...model[p.kind], [p.name]: value } };
  return { ...model, [p.kind]: value };
}

/** The long-summary counterpart of a short-summary parameter. */
function longCounterpart(p: Parameter): Parameter | undefined {
  if (p.kind === 'weights') return { kind: 'longWeights', name: p.name };
  if (p.kind === 'redundancy') return { kind: 'longRedundancy' };
  if (p.kind === 'coverage') return { kind: 'longCoverage' };
  return undefined;
}

const round3 = (n: number): number => Math.round(n * 1000) / 1000;

/**
 * Moves `p` by `delta`; with `keepLong`, its long-summary counterpart moves by -delta, so the model at longness 1
 * (weights + longWeights) is unchanged.
 */
function moved(model: ScoringModel, p: Parameter, delta: number, keepLong: boolean): ScoringModel {
  let m = withValue(model, p, round3(valueOf(model, p) + delta));
  const counterpart = keepLong ? longCounterpart(p) : undefined;
  if (counterpart) m = withValue(m, counterpart, round3(valueOf(m, counterpart) - delta));
  return m;
}

/** Summed absolute distance of the tuned parameters from the start model. */
function distance(model: ScoringModel, start: ScoringModel, parameters: readonly Parameter[]): number {
  return parameters.reduce((sum, p) => sum + Math.abs(valueOf(model, p) - valueOf(start, p)), 0);
}

export interface TuneOptions {
  readonly parameters: readonly Parameter[];
  readonly steps: readonly number[];
  readonly keepLong: boolean;
  /** ROUGE points (R1 + R2 scale, x100) that each unit of distance from the start model costs. */
  readonly penalty: number;
  readonly log: boolean;
}

/** Coordinate ascent on the (penalised) objective from `start`. */
export function tune(sets: readonly (readonly Prepared[])[], start: ScoringModel, options: TuneOptions): ScoringModel {
  const value = (m: ScoringModel): number => objective(sets, m) - (options.penalty / 100) * distance(m, start, options.parameters);
  let model = start;
  let best = value(model);
  if (options.log) console.log('start', best.toFixed(4));
  for (const step of options.steps) {
    let improved = true;
    for (let round = 0; improved && round < 2; round++) {
      improved = false;
      for (const p of options.parameters) {
        for (const delta of [-step, step]) {
          const candidate = moved(model, p, delta, options.keepLong);
          if ((p.kind === 'redundancy' || p.kind === 'coverage') && valueOf(candidate, p) < 0) continue;
          const score = value(candidate);
          if (score > best + 1e-6) {
            best = score;
            model = candidate;
            improved = true;
            if (options.log) console.log(`step ${step} ${label(p)}=${valueOf(model, p)} -> ${best.toFixed(4)}`);
          }
        }
      }
    }
  }
  return model;
}

/** The parameter-wise mean of models (rounded to 0.001). */
export function meanModel(models: readonly ScoringModel[]): ScoringModel {
  const mean = (f: (m: ScoringModel) => number): number => round3(models.reduce((s, m) => s + f(m), 0) / models.length);
  const weights = (kind: 'weights' | 'longWeights'): Record<FeatureName, number> =>
    Object.fromEntries(FEATURES.map((name) => [name, mean((m) => m[kind][name])])) as Record<FeatureName, number>;
  return {
    weights: weights('weights'),
    longWeights: weights('longWeights'),
    redundancy: mean((m) => m.redundancy),
    longRedundancy: mean((m) => m.longRedundancy),
    coverage: mean((m) => m.coverage),
    longCoverage: mean((m) => m.longCoverage),
  };
}

/** Documents `docs[i]` with `i % k === fold` (held out) or not (training). */
export function foldOf<T>(docs: readonly T[], k: number, fold: number, heldOut: boolean): T[] {
  return docs.filter((_, i) => (i % k === fold) === heldOut);
}

/**
 * k-fold cross-validation within the dev split: the held-out folds' mean R1 / R2 per set, and the mean of the k
 * fold models.
 */
export function crossValidate(sets: readonly (readonly Prepared[])[], start: ScoringModel, k: number, options: TuneOptions): { model: ScoringModel; heldOut: { r1: number; r2: number }[] } {
  const models: ScoringModel[] = [];
  const heldOut = sets.map(() => ({ r1: 0, r2: 0 }));
  for (let fold = 0; fold < k; fold++) {
    const model = tune(sets.map((docs) => foldOf(docs, k, fold, false)), start, { ...options, log: false });
    models.push(model);
    sets.forEach((docs, i) => {
      const s = evaluate(foldOf(docs, k, fold, true), model);
      heldOut[i].r1 += s.r1 / k;
      heldOut[i].r2 += s.r2 / k;
    });
    console.log(`fold ${fold + 1}/${k}: ` + SETS.map((set, i) => `${set} held-out ${pctOf(evaluate(foldOf(sets[i], k, fold, true), model))}`).join(', '));
  }
  return { model: meanModel(models), heldOut };
}

export const pctOf = (s: { r1: number; r2: number }): string => `R1 ${(s.r1 * 100).toFixed(2)} R2 ${(s.r2 * 100).toFixed(2)}`;

/** The same argument as run.js: the shared eval folder (default ../shared/eval) or its summ/ folder. */
export function dataDirOf(arg: string | undefined): string {
  const given = path.resolve(arg ?? path.join(__dirname, '..', '..', '..', '..', 'shared', 'eval'));
  return fs.existsSync(path.join(given, 'summ')) ? path.join(given, 'summ') : given;
}

function main(): void {
  const dataDir = dataDirOf(process.argv[2]);
  // A set with no weight in the objective is still loaded, to report its dev score.
  const sets = SETS.map((set) => prepare(dataDir, set));
  const featureList = process.env.SUMM_TUNE_FEATURES?.split(',').map((f) => f.trim()).filter((f) => f !== '');
  const unknown = featureList?.filter((f) => !(FEATURES as readonly string[]).includes(f)) ?? [];
  if (unknown.length) throw new Error(`unknown features: ${unknown.join(', ')}`);
  const options: TuneOptions = {
    parameters: parametersFor(process.env.SUMM_TUNE_PARAMS, featureList ? new Set(featureList) : undefined),
    steps: (process.env.SUMM_TUNE_STEPS ?? '0.4,0.2,0.1,0.05').split(',').map(Number),
    keepLong: process.env.SUMM_TUNE_PARAMS === 'short',
    penalty: Number(process.env.SUMM_TUNE_PENALTY ?? '0'),
    log: true,
  };
  const folds = Number(process.env.SUMM_TUNE_FOLDS ?? '0');
  const start = process.env.SUMM_TUNE_START ? (JSON.parse(fs.readFileSync(process.env.SUMM_TUNE_START, 'utf8')) as ScoringModel) : MODEL;
  SETS.forEach((set, i) => console.log(`${set} dev, start model: ${pctOf(evaluate(sets[i], start))}`));
  let model: ScoringModel;
  if (folds > 1) {
    const cv = crossValidate(sets, start, folds, options);
    SETS.forEach((set, i) => console.log(`${set} dev, ${folds}-fold cross-validated (held-out folds): ${pctOf(cv.heldOut[i])}`));
    model = cv.model;
  } else {
    model = tune(sets, start, options);
  }
  SETS.forEach((set, i) => console.log(`${set} dev, tuned model: ${pctOf(evaluate(sets[i], model))}`));
  console.log(JSON.stringify(model, null, 2));
}

if (require.main === module) main();
