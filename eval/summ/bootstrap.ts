// Paired bootstrap of a mean difference: how far a system's lead over another on one split could move with another
// draw of articles of the same kind. The CNN/DM test split has 250 articles, and a summary's ROUGE varies a lot from
// one article to the next, so a goal missed by a few tenths there may be inside the split's own spread.

export interface Interval {
  readonly mean: number;
  /** The 2.5th and 97.5th percentiles of the resampled means (a 95% interval). */
  readonly low: number;
  readonly high: number;
}

/** mulberry32: seeded, so the printed interval is the same on every run. */
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

/** The mean of `differences` (per article: one system's score less the other's) and its 95% bootstrap interval. */
export function pairedBootstrap(differences: readonly number[], resamples = 10_000, seed = 1): Interval {
  const n = differences.length;
  if (n === 0) return { mean: 0, low: 0, high: 0 };
  const mean = differences.reduce((a, b) => a + b, 0) / n;
  const random = seeded(seed);
  const means = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += differences[Math.floor(random() * n)];
    means[r] = sum / n;
  }
  means.sort();
  const at = (q: number): number => means[Math.min(resamples - 1, Math.max(0, Math.round(q * (resamples - 1))))];
  return { mean, low: at(0.025), high: at(0.975) };
}
