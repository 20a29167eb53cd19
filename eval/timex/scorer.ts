// TempEval-3 Task A scorer for temporal expressions, as the official `evaluate_entities.py` computes it and as the
// data folder's README defines it: strict span (identical offsets) and relaxed span (any character overlap) P/R/F1,
// and type / value F1 = attribute accuracy on one-to-one relaxed-aligned pairs × relaxed F1. Micro-averaged: counts
// are summed over all documents before any ratio is taken.

export interface Span {
  readonly start: number;
  readonly end: number;
  readonly type: string;
  readonly value: string;
  readonly text?: string;
}

/** Counts for one document (or the sum over many). */
export interface Counts {
  gold: number;
  system: number;
  /** System timexes whose span equals a gold span (and gold spans matched exactly; the same number). */
  strict: number;
  /** System timexes that overlap some gold timex. */
  relaxedSystem: number;
  /** Gold timexes that overlap some system timex. */
  relaxedGold: number;
  /** One-to-one aligned pairs, and how many of them agree on type and on value. */
  pairs: number;
  typeMatches: number;
  valueMatches: number;
}

export interface Prf {
  readonly p: number;
  readonly r: number;
  readonly f1: number;
}

export interface Scores {
  readonly strict: Prf;
  readonly relaxed: Prf;
  readonly type: Prf;
  readonly value: Prf;
  readonly counts: Counts;
}

export interface Alignment {
  /** Aligned pairs: gold index, system index. */
  readonly pairs: ReadonlyArray<readonly [number, number]>;
  readonly unmatchedGold: readonly number[];
  readonly unmatchedSystem: readonly number[];
}

export function emptyCounts(): Counts {
  return { gold: 0, system: 0, strict: 0, relaxedSystem: 0, relaxedGold: 0, pairs: 0, typeMatches: 0, valueMatches: 0 };
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** One-to-one alignment: identical spans are paired first, then the remaining pairs by largest overlap. */
export function align(gold: readonly Span[], system: readonly Span[]): Alignment {
  const goldUsed = new Set<number>();
  const systemUsed = new Set<number>();
  const pairs: Array<[number, number]> = [];
  gold.forEach((g, gi) => {
    const si = system.findIndex((s, i) => !systemUsed.has(i) && s.start === g.start && s.end === g.end);
    if (si >= 0) {
      pairs.push([gi, si]);
      goldUsed.add(gi);
      systemUsed.add(si);
    }
  });
  const candidates: Array<[number, number, number]> = [];
  gold.forEach((g, gi) => {
    if (goldUsed.has(gi)) return;
    system.forEach((s, si) => {
      if (systemUsed.has(si)) return;
      const o = overlap(g, s);
      if (o > 0) candidates.push([o, gi, si]);
    });
  });
  candidates.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  for (const [, gi, si] of candidates) {
    if (goldUsed.has(gi) || systemUsed.has(si)) continue;
    pairs.push([gi, si]);
    goldUsed.add(gi);
    systemUsed.add(si);
  }
  pairs.sort((a, b) => a[0] - b[0]);
  return {
    pairs,
    unmatchedGold: gold.map((_g, i) => i).filter((i) => !goldUsed.has(i)),
    unmatchedSystem: system.map((_s, i) => i).filter((i) => !systemUsed.has(i)),
  };
}

/** Normalised value comparison: the official scorer compares attribute strings as given. */
function sameValue(a: string, b: string): boolean {
  return a.trim() === b.trim();
}

export function countDocument(gold: readonly Span[], system: readonly Span[]): Counts {
  const counts = emptyCounts();
  counts.gold = gold.length;
  counts.system = system.length;
  counts.strict = system.filter((s) => gold.some((g) => g.start === s.start && g.end === s.end)).length;
  counts.relaxedSystem = system.filter((s) => gold.some((g) => overlap(g, s) > 0)).length;
  counts.relaxedGold = gold.filter((g) => system.some((s) => overlap(g, s) > 0)).length;
  const { pairs } = align(gold, system);
  counts.pairs = pairs.length;
  for (const [gi, si] of pairs) {
    if (gold[gi].type === system[si].type) counts.typeMatches++;
    if (sameValue(gold[gi].value, system[si].value)) counts.valueMatches++;
  }
  return counts;
}

export function addCounts(a: Counts, b: Counts): Counts {
  const out = emptyCounts();
  for (const k of Object.keys(out) as Array<keyof Counts>) out[k] = a[k] + b[k];
  return out;
}

function prf(correctP: number, totalP: number, correctR: number, totalR: number): Prf {
  const p = totalP ? correctP / totalP : 0;
  const r = totalR ? correctR / totalR : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Attribute P/R/F1 as the official scorer reports them: accuracy on aligned pairs × relaxed P, R and F1. */
function attribute(matches: number, pairs: number, relaxed: Prf): Prf {
  const accuracy = pairs ? matches / pairs : 0;
  return { p: accuracy * relaxed.p, r: accuracy * relaxed.r, f1: accuracy * relaxed.f1 };
}

export function scores(counts: Counts): Scores {
  const strict = prf(counts.strict, counts.system, counts.strict, counts.gold);
  const relaxed = prf(counts.relaxedSystem, counts.system, counts.relaxedGold, counts.gold);
  return {
    strict,
    relaxed,
    type: attribute(counts.typeMatches, counts.pairs, relaxed),
    value: attribute(counts.valueMatches, counts.pairs, relaxed),
    counts,
  };
}
