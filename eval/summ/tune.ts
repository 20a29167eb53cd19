// `node out/eval/summ/tune.js [dataDir]` (after `npm run compile`): learns the sentence scorer's weights
// (src/core/summarize.ts, MODEL) on the development split only (odd lines of cnndm_test.jsonl and bbc.jsonl), by
// coordinate ascent from the committed MODEL on the weighted sum of mean ROUGE-1 + ROUGE-2 F of the chosen summaries.
// Prints the model to paste into the source. Options (environment):
//   SUMM_TUNE_WEIGHTS="2,1"  weight of CNN/DM and BBC in the objective (default "1,1"; "1,0" = CNN/DM only)
//   SUMM_TUNE_PARAMS=long    tune only the long-summary weights; =choice only redundancy and coverage
//   SUMM_TUNE_STEPS="0.2,0.1" step sizes, largest first (default "0.4,0.2,0.1,0.05")
// The committed MODEL came from: short-summary weights tuned on CNN/DM dev alone (SUMM_TUNE_WEIGHTS=1,0); all
// weights on both files (SUMM_TUNE_WEIGHTS=2,1); the long-summary weights re-tuned with the short ones fixed
// (SUMM_TUNE_PARAMS=long SUMM_TUNE_WEIGHTS=2,1 SUMM_TUNE_STEPS=0.2,0.1,0.05); choice parameters checked
// (SUMM_TUNE_PARAMS=choice, no change); then short-summary redundancy and coverage set by hand (see MODEL).
import * as fs from 'fs';
import * as path from 'path';
import { bodyCountOf, candidatesOf, chooseSentences, coverageOf, FEATURES, longness, MODEL, redundancyOf, scoreOf, type Candidate, type FeatureName, type ScoringModel } from '../../src/core/summarize';
import { inSplit, loadDocs, summaryLength } from './data';
import { readEvalArticle } from './newsline';
import { rougeN, rougeTokens } from './rouge';

interface Prepared {
  readonly candidates: Candidate[];
  readonly tokens: string[][];
  readonly reference: string[];
  readonly count: number;
  readonly long: number;
}

const SETS = ['cnndm_test', 'bbc'] as const;
/** How much each file's ROUGE-1 + ROUGE-2 counts in the objective (SUMM_TUNE_WEIGHTS="1,1" by default). */
const SET_WEIGHTS = (process.env.SUMM_TUNE_WEIGHTS ?? '1,1').split(',').map(Number);

function prepare(dataDir: string, set: string): Prepared[] {
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
  for (const d of docs) {
    if (d.candidates.length === 0) continue;
    const scores = d.candidates.map((c) => scoreOf(c.features, model, d.long));
    const chosen = chooseSentences(d.candidates, scores, d.count, redundancyOf(model, d.long), coverageOf(model, d.long)).sort((a, b) => a - b);
    const summary = chosen.flatMap((i) => d.tokens[i]);
    r1 += rougeN(d.reference, summary, 1);
    r2 += rougeN(d.reference, summary, 2);
  }
  return { r1: r1 / docs.length, r2: r2 / docs.length };
}

function objective(sets: readonly Prepared[][], model: ScoringModel): number {
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

/**
 * SUMM_TUNE_PARAMS=long tunes only what long summaries add, keeping the short-summary weights; =choice only the
 * redundancy and coverage of the choosing step.
 */
function parametersFor(which: string | undefined): readonly Parameter[] {
  if (which === 'long') return ALL_PARAMETERS.filter((p) => p.kind.startsWith('long'));
  if (which === 'choice') return ALL_PARAMETERS.filter((p) => p.kind !== 'weights' && p.kind !== 'longWeights');
  return ALL_PARAMETERS;
}
const PARAMETERS = parametersFor(process.env.SUMM_TUNE_PARAMS);

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

function main(): void {
  // The same argument as run.js: the shared eval folder (default ../shared/eval) or its summ/ folder.
  const given = path.resolve(process.argv[2] ?? path.join(__dirname, '..', '..', '..', '..', 'shared', 'eval'));
  const dataDir = fs.existsSync(path.join(given, 'summ')) ? path.join(given, 'summ') : given;
  const sets = SETS.map((set) => prepare(dataDir, set));
  let model: ScoringModel = MODEL;
  let best = objective(sets, model);
  console.log('start', best.toFixed(4));
  const steps = (process.env.SUMM_TUNE_STEPS ?? '0.4,0.2,0.1,0.05').split(',').map(Number);
  for (const step of steps) {
    let improved = true;
    for (let round = 0; improved && round < 2; round++) {
      improved = false;
      for (const p of PARAMETERS) {
        for (const delta of [-step, step]) {
          const value = Math.round((valueOf(model, p) + delta) * 1000) / 1000;
          if ((p.kind === 'redundancy' || p.kind === 'coverage') && value < 0) continue;
          const candidate = withValue(model, p, value);
          const score = objective(sets, candidate);
          if (score > best + 1e-6) {
            best = score;
            model = candidate;
            improved = true;
            console.log(`step ${step} ${label(p)}=${value} -> ${best.toFixed(4)}`);
          }
        }
      }
    }
  }
  SETS.forEach((set, i) => {
    const s = evaluate(sets[i], model);
    console.log(`${set} dev: R1 ${(s.r1 * 100).toFixed(2)} R2 ${(s.r2 * 100).toFixed(2)}`);
  });
  console.log(JSON.stringify(model, null, 2));
}

if (require.main === module) main();
