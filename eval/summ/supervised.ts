// `node out/eval/summ/supervised.js [dataDir]` (after `npm run compile`): development split only. A supervised
// scorer (issue 23): per-sentence labels from a greedy ROUGE oracle (R1 + R2 F of the union, up to the summary's
// count), a logistic regression on the scorer's own features (plain TS, L2, gradient descent, each article weighing
// the same), its weights dropped into the committed MODEL (CNN/DM gives the short weights, BBC the long end) and
// scored by tune.ts's `evaluate`, alone and blended with the committed weights. Results: eval/summ/NOTES.md, step 9.
// Options (environment):
//   SUMM_SUP_L2=0.001            L2 strength
//   SUMM_SUP_ALPHAS=0,0.5,1      shares of the way from the committed weights to the learned ones
//   SUMM_SUP_FOLDS=5             fit on 4 folds, score the 5th (held out), as tune.ts's folds
//   SUMM_SUP_CV=5                CNN/DM only: coordinate ascent (tune.ts) from the learned weights and from MODEL,
//                                per fold, held out (run with SUMM_TUNE_WEIGHTS=1,0)
import { FEATURES, MODEL, type FeatureName, type ScoringModel } from '../../src/core/summarize';
import { rougeN } from './rouge';
import { dataDirOf, evaluate, foldOf, parametersFor, pctOf, prepare, SETS, tune, type Prepared, type TuneOptions } from './tune';

/** The sentences a greedy oracle picks (R1 + R2 F of the union against the reference), up to the summary's count. */
export function oracleOf(d: Prepared): Set<number> {
  const picked = new Set<number>();
  let best = 0;
  const summary: string[] = [];
  while (picked.size < d.count) {
    let pick = -1;
    let pickValue = best;
    for (let i = 0; i < d.tokens.length; i++) {
      if (picked.has(i)) continue;
      const tokens = [...summary, ...d.tokens[i]];
      const v = rougeN(d.reference, tokens, 1) + rougeN(d.reference, tokens, 2);
      if (v > pickValue + 1e-9) {
        pickValue = v;
        pick = i;
      }
    }
    if (pick < 0) break;
    picked.add(pick);
    summary.push(...d.tokens[pick]);
    best = pickValue;
  }
  return picked;
}

interface Example {
  readonly x: readonly number[];
  readonly y: number;
  readonly w: number;
}

export function examplesOf(docs: readonly Prepared[]): Example[] {
  const out: Example[] = [];
  for (const d of docs) {
    if (d.candidates.length === 0) continue;
    const oracle = oracleOf(d);
    // Each article weighs the same, whatever its length.
    const w = 1 / d.candidates.length;
    d.candidates.forEach((c, i) => out.push({ x: c.features, y: oracle.has(i) ? 1 : 0, w }));
  }
  return out;
}

/** L2-regularised logistic regression by full-batch gradient descent; returns [bias, ...weights]. */
export function fitLogistic(examples: readonly Example[], l2: number, iterations = 2000, rate = 0.5): number[] {
  const dims = FEATURES.length;
  const beta = new Array<number>(dims + 1).fill(0);
  const total = examples.reduce((s, e) => s + e.w, 0);
  for (let it = 0; it < iterations; it++) {
    const grad = new Array<number>(dims + 1).fill(0);
    for (const e of examples) {
      let z = beta[0];
      for (let f = 0; f < dims; f++) z += beta[f + 1] * e.x[f];
      const err = (1 / (1 + Math.exp(-z)) - e.y) * e.w;
      grad[0] += err;
      for (let f = 0; f < dims; f++) grad[f + 1] += err * e.x[f];
    }
    for (let f = 0; f <= dims; f++) beta[f] -= rate * (grad[f] / total + (f > 0 ? l2 * beta[f] : 0));
  }
  return beta;
}

const toWeights = (beta: readonly number[], scale: number): Record<FeatureName, number> =>
  Object.fromEntries(FEATURES.map((f, k) => [f, Math.round(scale * beta[k + 1] * 1000) / 1000])) as Record<FeatureName, number>;

const norm = (w: Readonly<Record<FeatureName, number>>): number => Math.sqrt(FEATURES.reduce((s, f) => s + w[f] * w[f], 0));

/**
 * The committed MODEL with its weights moved a share `alpha` of the way to the learned ones (scaled to the committed
 * weights' norm, since `chooseSentences` rescales scores and only their direction and spread against redundancy and
 * coverage count). `short` from CNN/DM, `long` (weights + longWeights) from BBC.
 */
export function blended(short: readonly number[] | undefined, long: readonly number[] | undefined, alpha: number, alphaLong: number): ScoringModel {
  const full = Object.fromEntries(FEATURES.map((f) => [f, MODEL.weights[f] + MODEL.longWeights[f]])) as Record<FeatureName, number>;
  let weights = { ...MODEL.weights };
  if (short) {
    const learned = toWeights(short, 1);
    const s = norm(MODEL.weights) / Math.max(1e-9, norm(learned));
    weights = Object.fromEntries(FEATURES.map((f) => [f, round3((1 - alpha) * MODEL.weights[f] + alpha * s * learned[f])])) as Record<FeatureName, number>;
  }
  let longFull = full;
  if (long) {
    const learned = toWeights(long, 1);
    const s = norm(full) / Math.max(1e-9, norm(learned));
    longFull = Object.fromEntries(FEATURES.map((f) => [f, (1 - alphaLong) * full[f] + alphaLong * s * learned[f]])) as Record<FeatureName, number>;
  }
  const longWeights = Object.fromEntries(FEATURES.map((f) => [f, round3(longFull[f] - weights[f])])) as Record<FeatureName, number>;
  return { ...MODEL, weights, longWeights };
}

const round3 = (n: number): number => Math.round(n * 1000) / 1000;

/**
 * SUMM_SUP_CV=5: on CNN/DM dev, per fold, the short weights tuned by coordinate ascent (tune.ts, short weights,
 * steps 0.2 and 0.1, no penalty) from the logistic regression's weights and, apart, from the committed MODEL, both fit
 * on the other folds; held-out R1 / R2 of each and of MODEL untuned.
 */
function crossValidated(docs: readonly Prepared[], k: number, l2: number): void {
  const options: TuneOptions = { parameters: parametersFor('short'), steps: [0.2, 0.1], keepLong: true, penalty: 0, log: false };
  const ways = ['MODEL untuned', 'MODEL tuned', 'logistic untuned', 'logistic tuned'];
  const sums = ways.map(() => ({ r1: 0, r2: 0 }));
  for (let fold = 0; fold < k; fold++) {
    const train = foldOf(docs, k, fold, false);
    const test = foldOf(docs, k, fold, true);
    const start = blended(fitLogistic(examplesOf(train), l2), undefined, 1, 0);
    const models = [MODEL, tune([train, []], MODEL, options), start, tune([train, []], start, options)];
    const line = models.map((m, j) => {
      const r = evaluate(test, m);
      sums[j].r1 += r.r1 / k;
      sums[j].r2 += r.r2 / k;
      return `${ways[j]} ${pctOf(r)}`;
    });
    console.log(`fold ${fold + 1}/${k}: ${line.join(', ')}`);
    console.log(`fold ${fold + 1} logistic tuned: ${JSON.stringify(models[3].weights)}`);
  }
  ways.forEach((w, j) => console.log(`cnndm_test dev ${k}-fold held-out ${w}: ${pctOf(sums[j])}`));
}

function main(): void {
  const dir = dataDirOf(process.argv[2]);
  const cv = Number(process.env.SUMM_SUP_CV ?? '0');
  if (cv > 1) {
    crossValidated(prepare(dir, 'cnndm_test'), cv, Number(process.env.SUMM_SUP_L2 ?? '0.001'));
    return;
  }
  const l2 = Number(process.env.SUMM_SUP_L2 ?? '0.001');
  const folds = Number(process.env.SUMM_SUP_FOLDS ?? '0');
  const alphas = (process.env.SUMM_SUP_ALPHAS ?? '0,0.25,0.5,0.75,1').split(',').map(Number);
  const sets = SETS.map((set) => prepare(dir, set));
  for (let s = 0; s < SETS.length; s++) {
    const docs = sets[s];
    const isLong = SETS[s] === 'bbc';
    const k = folds > 1 ? folds : 1;
    const scores = alphas.map(() => ({ r1: 0, r2: 0 }));
    let lastBeta: number[] = [];
    for (let fold = 0; fold < k; fold++) {
      const train = k > 1 ? foldOf(docs, k, fold, false) : docs;
      const test = k > 1 ? foldOf(docs, k, fold, true) : docs;
      const beta = fitLogistic(examplesOf(train), l2);
      lastBeta = beta;
      alphas.forEach((a, j) => {
        const model = isLong ? blended(undefined, beta, 0, a) : blended(beta, undefined, a, 0);
        const r = evaluate(test, model);
        scores[j].r1 += r.r1 / k;
        scores[j].r2 += r.r2 / k;
      });
    }
    console.log(`${SETS[s]} logistic (last fit) ${FEATURES.map((f, i) => `${f} ${lastBeta[i + 1].toFixed(2)}`).join(', ')}`);
    alphas.forEach((a, j) => console.log(`${SETS[s]} dev${k > 1 ? ` ${k}-fold held-out` : ''} alpha ${a}: ${pctOf(scores[j])}`));
  }
}

if (require.main === module) main();
