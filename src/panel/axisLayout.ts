// The time axis's geometry: timeline entries and the reference date → x positions, lanes, ticks and compressed gaps,
// for a given width in pixels. Pure (no DOM, no vscode), so the panel page draws it and the unit tests measure it.
// Days are counted as UTC day numbers (days since 1970-01-01, fractions for times of day), so no time zone moves a day.
import { MONTH_SHORT } from '../core/lexicon';
import type { TimelineEntry } from '../core/types';
import { dayNumber, durationLabel, isApproximate, isImplied, valueSpan, ymd, type Span } from './axisDates';

export { dayNumber, durationLabel, isApproximate, isImplied, valueSpan } from './axisDates';

/** Pixel constants of the picture; the page's stylesheet sizes its text to fit them. */
export const AXIS = {
  /** Room left at each end so a mark at the first or last date is not cut. */
  pad: 8,
  /** Radius of a point mark. */
  radius: 5,
  /** Width given to a compressed stretch of time, drawn as a break. */
  gapWidth: 30,
  /** Least distance between two tick labels (a label such as "15 Mar" is about 36 px at 11 px). */
  tickSpacing: 44,
  /** Roughly the width of one character of a tick label, to keep labels from overlapping. */
  charWidth: 6.2,
  /** Marks that overlap go in separate lanes, up to this many; beyond it they share the least full lane. */
  maxLanes: 6,
} as const;

/** An empty stretch is compressed when it is at least this long (four months)... */
const MIN_COMPRESSED_DAYS = 120;
/** ...and takes more than this share of the time still drawn to scale. */
const COMPRESS_SHARE = 0.3;

export type MarkShape = 'point' | 'bar';

export interface AxisMark {
  /** Index of the entry in the timeline. */
  readonly index: number;
  readonly shape: MarkShape;
  /** Point: its centre. Bar: its left end. */
  readonly x: number;
  /** Bar: its right end; point: equal to `x`. */
  readonly x2: number;
  /** 0 is the lane nearest the axis line. */
  readonly lane: number;
  /** A range ("from 2014 to 2017"). */
  readonly range: boolean;
  /** The date names a period coarser than a day (a month, a year, "next year"), not a day or a time. */
  readonly approximate: boolean;
  /** The text does not write the date's year: it was read against the reference date ("Friday", "October"). */
  readonly implied: boolean;
  /** What a screen reader says: the date, its kind, the event. */
  readonly name: string;
}

export interface AxisTick {
  readonly x: number;
  readonly label: string;
  /** Draw a tick line: the tick is a calendar boundary inside the drawn time (not a segment's first label). */
  readonly line: boolean;
}

/** A stretch of time left out of scale, drawn as a break of `AXIS.gapWidth` px. */
export interface AxisGap {
  readonly x1: number;
  readonly x2: number;
  readonly days: number;
  /** "25 years", "8 months", "3 weeks". */
  readonly label: string;
}

export interface AxisLayout {
  readonly width: number;
  readonly marks: AxisMark[];
  readonly ticks: AxisTick[];
  readonly gaps: AxisGap[];
  /** Where the reference date sits, when it could be placed. */
  readonly reference?: { readonly x: number; readonly label: string };
  /** How many lanes the marks use (at least 1 when there is a mark). */
  readonly lanes: number;
  /** Entries whose date names no calendar period (they are in the list but not on the axis). */
  readonly skipped: number;
}


function entrySpan(e: TimelineEntry): Span | undefined {
  const start = valueSpan(e.date.value);
  if (!start) return undefined;
  const end = e.endDate ? valueSpan(e.endDate.value) : undefined;
  return end && end.end > start.start ? { start: start.start, end: end.end } : start;
}

function entryName(e: TimelineEntry, approximate: boolean, implied: boolean): string {
  const date = e.endDate ? `${e.date.label} to ${e.endDate.label}` : e.date.label;
  const kinds = [e.endDate ? 'range' : '', approximate ? 'approximate' : '', implied ? 'year inferred from the reference date' : ''].filter(Boolean);
  return `${date}${kinds.length ? ` (${kinds.join(', ')})` : ''}: ${e.event}`;
}

/** A piece of time drawn to one linear scale, between compressed gaps. */
interface Segment {
  readonly start: number;
  readonly end: number;
  readonly count: number;
  x: number;
  width: number;
}

/**
 * Lays the timeline out on an axis `width` px wide. Stretches of time holding no entry are compressed to a labelled
 * break when they are long (four months or more) and would take much of the picture; between breaks each segment
 * keeps one linear scale, and its width blends its share of the time drawn with its share of the entries, so a
 * cluster of days next to a whole year is not squeezed to a pixel. Cost: sorting, then linear.
 */
export function layoutAxis(entries: readonly TimelineEntry[], referenceDate: string | undefined, width: number): AxisLayout {
  const placed: Array<{ index: number; entry: TimelineEntry; span: Span }> = [];
  entries.forEach((entry, index) => {
    const span = entrySpan(entry);
    if (span) placed.push({ index, entry, span });
  });
  const skipped = entries.length - placed.length;
  if (placed.length === 0) return { width, marks: [], ticks: [], gaps: [], lanes: 0, skipped };

  const refSpan = referenceDate ? valueSpan(referenceDate) : undefined;
  const spans = placed.map((p) => p.span).concat(refSpan ? [refSpan] : []);
  const clusters = mergeSpans(spans);
  const compressed = compressibleGaps(clusters, width);
  const segments = buildSegments(clusters, compressed, placed.map((p) => p.span));
  const gaps = placeSegments(segments, width);
  // A span never crosses a break (breaks hold no entry), so both its ends are placed in the segment of its start.
  const segmentOf = (span: Span) => segments.find((seg) => span.start < seg.end) ?? segments[segments.length - 1];
  const xIn = (s: Segment, day: number) => s.x + ((Math.min(Math.max(day, s.start), s.end) - s.start) / (s.end - s.start)) * s.width;

  const marks = assignLanes(
    placed.map(({ index, entry, span }) => {
      const approximate = isApproximate(entry.date) || (entry.endDate !== undefined && isApproximate(entry.endDate));
      const implied = isImplied(entry.date, entry.mention.text) || (entry.endDate !== undefined && isImplied(entry.endDate, entry.mention.text));
      const segment = segmentOf(span);
      const x1 = xIn(segment, span.start);
      const x2 = xIn(segment, span.end);
      const wide = x2 - x1 >= 2 * AXIS.radius + 2;
      const bar = wide && (entry.endDate !== undefined || approximate);
      const mid = (x1 + x2) / 2;
      return {
        index,
        shape: bar ? ('bar' as const) : ('point' as const),
        x: bar ? x1 : mid,
        x2: bar ? x2 : mid,
        lane: 0,
        range: entry.endDate !== undefined,
        approximate,
        implied,
        name: entryName(entry, approximate, implied),
      };
    }),
  );
  const ticks = placeTicks(segments.map((s) => ticksOf(s)), width);
  const reference = refSpan && referenceDate ? { x: xIn(segmentOf(refSpan), (refSpan.start + refSpan.end) / 2), label: referenceDate } : undefined;
  const lanes = marks.reduce((n, m) => Math.max(n, m.lane + 1), 0);
  return {
    width,
    marks,
    ticks,
    gaps: gaps.map((g) => ({ ...g, label: durationLabel(g.days) })),
    ...(reference ? { reference } : {}),
    lanes,
    skipped,
  };
}

/** Overlapping or touching spans merged, in order. */
function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const merged: Array<{ start: number; end: number }> = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ start: s.start, end: s.end });
  }
  return merged;
}

/** Indexes i of the gaps (between cluster i and i + 1) to compress, largest first while each qualifies. */
function compressibleGaps(clusters: readonly Span[], width: number): Set<number> {
  const gaps = clusters.slice(1).map((c, i) => ({ i, days: c.start - clusters[i].end }));
  let drawn = clusters[clusters.length - 1].end - clusters[0].start;
  // Breaks may take at most half the picture, so the time drawn to scale keeps the other half.
  const most = Math.max(0, Math.floor((width - 2 * AXIS.pad) / 2 / AXIS.gapWidth));
  const chosen = new Set<number>();
  for (const g of [...gaps].sort((a, b) => b.days - a.days)) {
    if (chosen.size >= most || g.days < MIN_COMPRESSED_DAYS || g.days <= COMPRESS_SHARE * drawn) break;
    chosen.add(g.i);
    drawn -= g.days;
  }
  return chosen;
}

function buildSegments(clusters: readonly Span[], compressed: ReadonlySet<number>, entrySpans: readonly Span[]): Segment[] {
  const segments: Array<{ start: number; end: number; count: number; x: number; width: number }> = [];
  let start = clusters[0].start;
  clusters.forEach((c, i) => {
    if (i === clusters.length - 1 || compressed.has(i)) {
      segments.push({ start, end: c.end, count: 0, x: 0, width: 0 });
      if (i + 1 < clusters.length) start = clusters[i + 1].start;
    }
  });
  // Entries per segment, for the widths (both lists are in order, so one walk).
  const starts = entrySpans.map((s) => s.start).sort((a, b) => a - b);
  let k = 0;
  for (const day of starts) {
    while (k < segments.length - 1 && day >= segments[k].end) k++;
    segments[k].count++;
  }
  return segments;
}

/** Sets each segment's x and width; returns the breaks between them. */
function placeSegments(segments: Segment[], width: number): Array<{ x1: number; x2: number; days: number }> {
  const breaks = segments.length - 1;
  const room = Math.max(1, width - 2 * AXIS.pad - breaks * AXIS.gapWidth);
  const time = segments.reduce((t, s) => t + (s.end - s.start), 0);
  const count = Math.max(1, segments.reduce((n, s) => n + s.count, 0));
  // Each segment gets a little room of its own first, so a lone reference date past a break is not a hairline.
  const floor = Math.min(24, room / segments.length);
  const spare = room - floor * segments.length;
  let x = AXIS.pad;
  const gaps: Array<{ x1: number; x2: number; days: number }> = [];
  segments.forEach((s, i) => {
    const share = segments.length === 1 ? 1 : ((s.end - s.start) / time + s.count / count) / 2;
    s.x = x;
    s.width = floor + spare * share;
    x += s.width;
    if (i < breaks) {
      gaps.push({ x1: x, x2: x + AXIS.gapWidth, days: segments[i + 1].start - s.end });
      x += AXIS.gapWidth;
    }
  });
  return gaps;
}

/** First-fit lanes in order of the marks' left edges; beyond `maxLanes`, the lane that frees first. */
function assignLanes(marks: AxisMark[]): AxisMark[] {
  const left = (m: AxisMark) => (m.shape === 'bar' ? m.x : m.x - AXIS.radius);
  const right = (m: AxisMark) => (m.shape === 'bar' ? m.x2 : m.x + AXIS.radius);
  const order = [...marks].sort((a, b) => left(a) - left(b) || a.index - b.index);
  const laneEnds: number[] = [];
  const lanes = new Map<number, number>();
  for (const m of order) {
    let lane = laneEnds.findIndex((end) => end + 2 <= left(m));
    if (lane < 0 && laneEnds.length < AXIS.maxLanes) lane = laneEnds.length;
    if (lane < 0) lane = laneEnds.indexOf(Math.min(...laneEnds));
    laneEnds[lane] = Math.max(laneEnds[lane] ?? -Infinity, right(m));
    lanes.set(m.index, lane);
  }
  return marks.map((m) => ({ ...m, lane: lanes.get(m.index) ?? 0 }));
}

/** Tick units, finest first: a step of so many days, months or years. */
const UNITS: ReadonlyArray<{ readonly kind: 'day' | 'month' | 'year'; readonly step: number; readonly days: number }> = [
  { kind: 'day', step: 1, days: 1 },
  { kind: 'day', step: 7, days: 7 },
  { kind: 'month', step: 1, days: 30.44 },
  { kind: 'month', step: 3, days: 91.3 },
  { kind: 'month', step: 6, days: 182.6 },
  ...[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].map((step) => ({ kind: 'year' as const, step, days: 365.25 * step })),
];

interface Candidate {
  readonly x: number;
  readonly label: string;
  readonly line: boolean;
  /** The first label of a segment, placed before the others so every segment is dated. */
  readonly first: boolean;
}

/** Labels at calendar boundaries inside the segment, coarse enough to sit `tickSpacing` apart. */
function ticksOf(s: Segment): Candidate[] {
  const pxPerDay = s.width / (s.end - s.start);
  const unit = UNITS.find((u) => u.days * pxPerDay >= AXIS.tickSpacing) ?? UNITS[UNITS.length - 1];
  const x = (day: number) => s.x + ((day - s.start) / (s.end - s.start)) * s.width;
  const out: Candidate[] = [];
  const first = Math.ceil(s.start);
  const from = ymd(first);
  const label = (day: number, withYear: boolean): string => {
    const d = ymd(day);
    if (unit.kind === 'year') return String(d.year);
    if (unit.kind === 'month') return d.month === 1 || withYear ? `${MONTH_SHORT[d.month - 1]} ${d.year}` : MONTH_SHORT[d.month - 1];
    return withYear ? `${d.day} ${MONTH_SHORT[d.month - 1]} ${d.year}` : `${d.day} ${MONTH_SHORT[d.month - 1]}`;
  };
  // Boundaries: every step-th day from the first whole day, month starts, or years that are multiples of the step.
  let boundary: number;
  let next: (day: number) => number;
  if (unit.kind === 'day') {
    boundary = first;
    next = (day) => day + unit.step;
  } else if (unit.kind === 'month') {
    const index = from.year * 12 + (from.month - 1) + (from.day > 1 ? 1 : 0);
    const aligned = Math.ceil(index / unit.step) * unit.step;
    boundary = dayNumber(Math.floor(aligned / 12), (aligned % 12) + 1, 1);
    next = (day) => {
      const d = ymd(day);
      return dayNumber(d.year, d.month + unit.step, 1);
    };
  } else {
    const year = Math.ceil(from.year / unit.step) * unit.step;
    boundary = dayNumber(year, 1, 1) < s.start ? dayNumber(year + unit.step, 1, 1) : dayNumber(year, 1, 1);
    next = (day) => dayNumber(ymd(day).year + unit.step, 1, 1);
  }
  // The segment's start is labelled when it is not a boundary itself, unless the first boundary is too close to it
  // for both labels: that boundary is then the first label (with its year).
  const startLabel = label(Math.floor(s.start), true);
  if (boundary > s.start + 1e-9 && (boundary >= s.end || x(boundary) - s.x >= labelWidth(startLabel))) {
    out.push({ x: s.x, label: startLabel, line: false, first: true });
  }
  // A label names its year when it is the segment's first or the year has changed since the one before.
  let year = out.length > 0 ? ymd(Math.floor(s.start)).year : undefined;
  for (let day = boundary; day < s.end; day = next(day)) {
    const y = ymd(day).year;
    out.push({ x: x(day), label: label(day, y !== year), line: day > s.start, first: out.length === 0 });
    year = y;
  }
  return out;
}

/** Label widths as drawn (text starts at its tick), with a little air after each. */
function labelWidth(label: string): number {
  return label.length * AXIS.charWidth + 6;
}

/**
 * Keeps the labels that do not overlap and do not run off the right edge: each segment's first label (moved left
 * when it would run off), then the others from left to right.
 */
function placeTicks(perSegment: readonly Candidate[][], width: number): AxisTick[] {
  const all = perSegment.flat();
  const kept: Candidate[] = [];
  const fits = (c: Candidate) =>
    c.x + labelWidth(c.label) - 6 <= width && kept.every((k) => c.x >= k.x + labelWidth(k.label) || c.x + labelWidth(c.label) <= k.x);
  for (const t of all.filter((c) => c.first)) {
    const c = { ...t, x: Math.max(0, Math.min(t.x, width - labelWidth(t.label) + 6)) };
    if (fits(c)) kept.push(c);
  }
  for (const c of all.filter((t) => !t.first)) if (fits(c)) kept.push(c);
  return kept.sort((a, b) => a.x - b.x).map(({ x, label, line }) => ({ x, label, line }));
}
