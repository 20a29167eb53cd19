// Binary search over anything sorted, given as a test of its indices: the steps that look up an offset among sorted
// offsets (lines, runs, ranges, tokens) share it.

/**
 * The first index in [lo, hi) for which `before(i)` is false, where `before` is true for a prefix of the range and
 * false after it (C++'s partition_point); `hi` when it is true throughout.
 */
export function partitionPoint(lo: number, hi: number, before: (i: number) => boolean): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
