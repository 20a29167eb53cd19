// Adapters that run the two JavaScript date libraries a developer would reach for (chrono-node, compromise-dates)
// over a document and turn their output into TimeML timexes, as reasonably as their results allow, so the same
// scorer can compare them with Newsline. Loaded from eval/node_modules, never an extension dependency.
import { createRequire } from 'module';
import * as path from 'path';
import type { Span } from './scorer';

export type Tagger = (text: string, dct: string) => Span[];

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

// ---- chrono-node ----

interface ChronoComponents {
  isCertain(component: string): boolean;
  get(component: string): number | null;
}
interface ChronoResult {
  readonly index: number;
  readonly text: string;
  readonly start: ChronoComponents;
  readonly end?: ChronoComponents | null;
}
interface ChronoModule {
  parse(text: string, ref?: Date): ChronoResult[];
}

/** The finest unit chrono is certain of picks the value's granularity; implied fields fill the rest. */
function chronoValue(c: ChronoComponents): { type: string; value: string } {
  const y = c.get('year') ?? 0;
  const m = c.get('month') ?? 1;
  const d = c.get('day') ?? 1;
  const day = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
  if (c.isCertain('hour')) return { type: 'TIME', value: `${day}T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}` };
  if (c.isCertain('day') || c.isCertain('weekday')) return { type: 'DATE', value: day };
  if (c.isCertain('month')) return { type: 'DATE', value: `${pad(y, 4)}-${pad(m)}` };
  if (c.isCertain('year')) return { type: 'DATE', value: pad(y, 4) };
  return { type: 'DATE', value: day };
}

/**
 * chrono-node as a tagger. With `rangeEnds`, a range ("10 - 22 August 2012") also gives its end as a second timex
 * over the same words (the peer suites' cases expect both ends; the corpora tag a range's ends as two timexes, which
 * chrono's one span cannot match, so the document sets leave it out).
 */
export function chronoTagger(repoRoot: string, rangeEnds = false): Tagger {
  const req = createRequire(path.join(repoRoot, 'eval', 'package.json'));
  const chrono = req('chrono-node') as ChronoModule;
  return (text, dct) => {
    const ref = new Date(`${dct}T12:00:00Z`);
    return chrono.parse(text, ref).flatMap((r) => {
      const span = { start: r.index, end: r.index + r.text.length, text: r.text };
      const start = { ...span, ...chronoValue(r.start) };
      return rangeEnds && r.end ? [start, { ...span, ...chronoValue(r.end) }] : [start];
    });
  };
}

// ---- compromise + compromise-dates ----

interface CompromiseOffset {
  readonly start: number;
  readonly length: number;
}
interface CompromiseDate {
  readonly text: string;
  readonly offset: CompromiseOffset;
  readonly dates?: { readonly start: string | null; readonly end: string | null };
}
interface CompromiseDuration {
  readonly text: string;
  readonly offset: CompromiseOffset;
  readonly duration?: Record<string, number>;
}
interface CompromiseView {
  dates(options: { today: string }): { json(options: { offset: boolean }): CompromiseDate[] };
  durations(): { json(options: { offset: boolean }): CompromiseDuration[] };
}
type CompromiseNlp = ((text: string) => CompromiseView) & { plugin(p: unknown): void };

const DAY_MS = 86_400_000;

/** The start date at the granularity that the start-end interval spans. */
function compromiseDateValue(start: string | null, end: string | null): string {
  if (!start) return '';
  const s = new Date(start);
  const e = end ? new Date(end) : s;
  const days = (e.getTime() - s.getTime()) / DAY_MS;
  const y = pad(s.getUTCFullYear(), 4);
  if (days > 300) return y;
  if (days > 80) return `${y}-Q${Math.floor(s.getUTCMonth() / 3) + 1}`;
  if (days > 25) return `${y}-${pad(s.getUTCMonth() + 1)}`;
  if (days > 5) return `${y}-W${pad(isoWeek(s))}`;
  return `${y}-${pad(s.getUTCMonth() + 1)}-${pad(s.getUTCDate())}`;
}

function isoWeek(date: Date): number {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  d.setUTCDate(d.getUTCDate() + 4 - (d.getUTCDay() || 7));
  const yearStart = new Date(Date.UTC(d.getUTCFullYear(), 0, 1));
  return Math.ceil(((d.getTime() - yearStart.getTime()) / DAY_MS + 1) / 7);
}

const DURATION_UNITS: Record<string, string> = {
  years: 'Y', year: 'Y', months: 'M', month: 'M', weeks: 'W', week: 'W', days: 'D', day: 'D', quarter: 'Q', quarters: 'Q', decade: 'DE', decades: 'DE', century: 'CE',
  hours: 'H', hour: 'H', minutes: 'M', minute: 'M', seconds: 'S', second: 'S',
};

function compromiseDurationValue(duration: Record<string, number> | undefined): string {
  if (!duration) return 'PX';
  let date = '';
  let time = '';
  for (const [unit, amount] of Object.entries(duration)) {
    const code = DURATION_UNITS[unit];
    if (!code) continue;
    if (/^(hours?|minutes?|seconds?)$/.test(unit)) time += `${amount}${code}`;
    else date += `${amount}${code}`;
  }
  return `P${date}${time ? `T${time}` : ''}`;
}

/** compromise's offsets count the punctuation after the last word ("1998,"); the span ends at the word. */
function spanLength(text: string, length: number): number {
  const trailing = /[\s.,;:!?"')\]]+$/.exec(text);
  return Math.min(length, text.length - (trailing ? trailing[0].length : 0));
}

let compromiseWithDates: CompromiseNlp | undefined;

/** compromise with its dates plugin, loaded once: a second `plugin` call on the shared module changes its output. */
function loadCompromise(repoRoot: string): CompromiseNlp {
  if (!compromiseWithDates) {
    const req = createRequire(path.join(repoRoot, 'eval', 'package.json'));
    compromiseWithDates = req('compromise') as CompromiseNlp;
    compromiseWithDates.plugin(req('compromise-dates'));
  }
  return compromiseWithDates;
}

export function compromiseTagger(repoRoot: string): Tagger {
  const nlp = loadCompromise(repoRoot);
  const tagPart = (text: string, dct: string, offset: number): Span[] => {
    const doc = nlp(text);
    const out: Span[] = [];
    for (const d of doc.dates({ today: dct }).json({ offset: true })) {
      const start = offset + d.offset.start;
      out.push({ start, end: start + spanLength(d.text, d.offset.length), text: d.text, type: 'DATE', value: compromiseDateValue(d.dates?.start ?? null, d.dates?.end ?? null) });
    }
    for (const d of doc.durations().json({ offset: true })) {
      const span = { start: offset + d.offset.start, end: offset + d.offset.start + spanLength(d.text, d.offset.length) };
      if (out.some((o) => o.start < span.end && span.start < o.end)) continue;
      out.push({ ...span, text: d.text, type: 'DURATION', value: compromiseDurationValue(d.duration) });
    }
    return out;
  };
  return (text, dct) => {
    let out: Span[];
    try {
      out = tagPart(text, dct, 0);
    } catch {
      // compromise-dates throws on some inputs; then it is run paragraph by paragraph, skipping the ones it fails on.
      out = [];
      for (const m of text.matchAll(/[^\n]+/g)) {
        try {
          out.push(...tagPart(m[0], dct, m.index!));
        } catch {
          /* this paragraph gets no dates from compromise */
        }
      }
    }
    return out.sort((a, b) => a.start - b.start);
  };
}
