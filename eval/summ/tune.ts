// `node out/eval/summ/tune.js [dataDir]` (after `npm run compile`): learns the sentence scorer's weights
// (src/core/summary/weights.ts, MODEL) on the development split only (odd lines of cnndm_test.jsonl and bbc.jsonl), by
// coordinate ascent from the committed MODEL on the weighted sum of mean ROUGE-1 + ROUGE-2 F of the chosen summaries.
// Prints the model; with --write, also writes it to src/core/summary/weights.ts. Options (environment):
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
// The history of the committed model, and the features tried and left out: eval/summ/NOTES.md.
import * as fs from 'fs';
import * as path from 'path';
import type { ArticleDoc } from '../../src/core/model';
import { bodyCountOf, candidatesOf, chooseSentences, coverageOf, FEATURES, linksOf, longness, MODEL, redundancyOf, scoreOf, withNewsLead, type Candidate, type FeatureName, type Links, type ScoringModel } from '../../src/core/summarize';
import { devDocs, summaryLength } from './data';
import { readEvalArticle } from './newsline';
import { rougeN, rougeTokens } from './rouge';

export interface Prepared {
  readonly article: ArticleDoc;
  readonly candidates: Candidate[];
  readonly links: Links;
  readonly tokens: string[][];
  readonly reference: string[];
  readonly count: number;
  readonly long: number;
}

export const SETS = ['cnndm_test', 'bbc'] as const;
/** How much each file's ROUGE-1 + ROUGE-2 counts in the objective (SUMM_TUNE_WEIGHTS="1,1" by default). */
const SET_WEIGHTS = (process.env.SUMM_TUNE_WEIGHTS ?? '1,1').split(',').map(Number);

/** The development articles of a set: CNN/DM's are the odd lines of cnndm_test.jsonl and all of cnndm_val500.jsonl. */
export function prepare(dataDir: string, set: string): Prepared[] {
  return devDocs(dataDir, set).map((doc) => {
    const article = readEvalArticle(doc);
    const candidates = candidatesOf(article);
    const count = summaryLength(set, doc);
    const tokens = candidates.map((c) => rougeTokens(c.text));
    return { article, candidates, links: linksOf(candidates), tokens, reference: rougeTokens(doc.reference), count, long: longness(count, bodyCountOf(article)) };
  });
}

const NEWS_LEAD = process.env.SUMM_NO_LEAD !== '1';

/** The summary `model` chooses for a prepared document: candidate indices in document order. */
export function chosenBy(d: Prepared, model: ScoringModel): number[] {
  const scores = d.candidates.map((c) => scoreOf(c.features, model, d.long));
  const chosen = chooseSentences((i) => d.candidates[i], scores, d.count, redundancyOf(model, d.long), coverageOf(model, d.long), d.links);
  return (NEWS_LEAD && d.links ? withNewsLead(chosen, (i) => d.candidates[i], d.candidates.length, d.links) : chosen).sort((a, b) => a - b);
}

/** Mean ROUGE-1 and ROUGE-2 F over the documents when `model` chooses. */
export function evaluate(docs: readonly Prepared[], model: ScoringModel): { r1: number; r2: number } {
  let r1 = 0;
  let r2 = 0;
  if (docs.length === 0) return { r1: 0, r2: 0 };
  for (const d of docs) {
    if (d.candidates.length === 0) continue;
    const chosen = chosenBy(d, model);
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
  const args = process.argv.slice(2);
  const write = args.includes('--write');
  const dataDir = dataDirOf(args.find((a) => !a.startsWith('--')));
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
  if (write) {
    const file = path.join(__dirname, '..', '..', '..', 'src', 'core', 'summary', 'weights.ts');
    fs.writeFileSync(file, weightsSource(model));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

/** The source of src/core/summary/weights.ts holding `model`: a header, then the model as a typed constant. */
export function weightsSource(model: ScoringModel): string {
  const block = (w: Readonly<Record<FeatureName, number>>): string => FEATURES.map((f) => `    ${f}: ${w[f]},`).join('\n');
  return [
    "// The scorer's learned weights: data written by `node out/eval/summ/tune.js --write` (eval/summ/tune.ts), learned on",
    '// the development split only. How they were chosen, and what was tried and left out: eval/summ/NOTES.md.',
    "import type { ScoringModel } from './model';",
    '',
    'export const MODEL: ScoringModel = {',
    '  weights: {',
    block(model.weights),
    '  },',
    '  longWeights: {',
    block(model.longWeights),
    '  },',
    `  redundancy: ${model.redundancy},`,
    `  longRedundancy: ${model.longRedundancy},`,
    `  coverage: ${model.coverage},`,
    `  longCoverage: ${model.longCoverage},`,
    '};',
    '',
  ].join('\n');
}

if (require.main === module) main();
