// Summary statistics of repeated measurements: the median and the spread (min, max, quartiles).

export interface Spread {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  /** First and third quartiles (linear interpolation). */
  readonly q1: number;
  readonly q3: number;
  readonly runs: number;
}

function quantile(sorted: readonly number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

export function spreadOf(values: readonly number[]): Spread {
  if (values.length === 0) throw new Error('spreadOf: no values');
  const sorted = [...values].sort((a, b) => a - b);
  return {
    median: quantile(sorted, 0.5),
    min: sorted[0],
    max: sorted[sorted.length - 1],
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
    runs: sorted.length,
  };
}

/** `12.3 (11.9–13.0, n=5)`: median, then min–max over the runs. */
export function formatSpread(s: Spread, digits = 2, unit = ''): string {
  const f = (n: number) => n.toFixed(digits);
  return `${f(s.median)}${unit} (${f(s.min)}–${f(s.max)}, n=${s.runs})`;
}

/** Wall-clock milliseconds of `f`. */
export function timeMs(f: () => void): number {
  const t0 = process.hrtime.bigint();
  f();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** One row of the benchmark's goals table (bench/latest.json `goals`), as `npm run bench` writes it and docs/ reads it. */
export interface GoalRow {
  readonly measure: string;
  readonly goal: string;
  /** The figure the goal is about (a ratio, ms, MB), with its spread over runs. */
  readonly value?: Spread;
  readonly unit: string;
  /** Does the median meet the goal; null when it is not measured here. */
  readonly pass: boolean | null;
  readonly note: string;
}
