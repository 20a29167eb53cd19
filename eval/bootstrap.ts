// Bootstrap intervals for the evaluations: how far a figure measured on a few hundred articles (CNN/DM's test split)
// or twenty documents (the TempEval-3 platinum set) could move with another draw of documents of the same kind. A goal
// missed, or met, by less than that is not settled by the run.

export interface Interval {
  readonly mean: number;
  /** The 2.5th and 97.5th percentiles of the resampled figures (a 95% interval). */
  readonly low: number;
  readonly high: number;
}

/** mulberry32: seeded, so a printed interval is the same on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `figure` of all n documents (the interval's `mean` field: the figure as measured) and the 95% percentile interval of
 * `figure` over `resamples` draws of n documents with replacement (`figure` gets the drawn indices).
 */
export function bootstrap(n: number, figure: (indices: readonly number[]) => number, resamples = 10_000, seed = 1): Interval {
  const all = Array.from({ length: n }, (_, i) => i);
  const measured = n > 0 ? figure(all) : 0;
  if (n === 0) return { mean: 0, low: 0, high: 0 };
  const random = seeded(seed);
  const drawn = new Float64Array(resamples);
  const indices = new Array<number>(n);
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < n; i++) indices[i] = Math.floor(random() * n);
    drawn[r] = figure(indices);
  }
  drawn.sort();
  const at = (q: number): number => drawn[Math.min(resamples - 1, Math.max(0, Math.round(q * (resamples - 1))))];
  return { mean: measured, low: at(0.025), high: at(0.975) };
}

/** The mean of `differences` (per document: one system's score less the other's) and its 95% paired interval. */
export function pairedBootstrap(differences: readonly number[], resamples = 10_000, seed = 1): Interval {
  const meanOf = (indices: readonly number[]): number => {
    let sum = 0;
    for (const i of indices) sum += differences[i];
    return sum / indices.length;
  };
  return bootstrap(differences.length, meanOf, resamples, seed);
}

/**
 * Several figures of the same documents, each with its 95% interval, from one set of draws: `figures` gets the drawn
 * indices and gives every figure at once (so the counts of a draw are summed once, not once per figure). With the
 * same seed each interval is the one `bootstrap` gives for that figure alone.
 */
export function bootstrapAll<K extends string>(
  n: number,
  figures: (indices: readonly number[]) => Readonly<Record<K, number>>,
  resamples = 10_000,
  seed = 1,
): Record<K, Interval> {
  const all = Array.from({ length: n }, (_, i) => i);
  const measured = figures(all);
  const keys = Object.keys(measured) as K[];
  const out = {} as Record<K, Interval>;
  if (n === 0) {
    for (const k of keys) out[k] = { mean: 0, low: 0, high: 0 };
    return out;
  }
  const random = seeded(seed);
  const drawn = keys.map(() => new Float64Array(resamples));
  const indices = new Array<number>(n);
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < n; i++) indices[i] = Math.floor(random() * n);
    const f = figures(indices);
    keys.forEach((k, j) => (drawn[j][r] = f[k]));
  }
  const at = (d: Float64Array, q: number): number => d[Math.min(resamples - 1, Math.max(0, Math.round(q * (resamples - 1))))];
  keys.forEach((k, j) => {
    drawn[j].sort();
    out[k] = { mean: measured[k], low: at(drawn[j], 0.025), high: at(drawn[j], 0.975) };
  });
  return out;
}
