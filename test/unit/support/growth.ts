// Two ways to show that a regex or a step grows no faster than its input (issue 22), neither of which a busy machine
// can fail:
// - `redosVerdict`: recheck's static ReDoS analysis (automata, or its fuzzer on a step-counting VM where lookaround
//   needs it), run in pure JS with every clock limit off, so its answer depends on the pattern alone.
// - `doubling`: the same work at n and 2n characters, timed in alternation, many times, keeping each size's fastest
//   run. Linear work doubles (ratio 2), quadratic work quadruples (4); the bound is 3, and a ratio past it is measured
//   again with more runs before it counts, so load, which only ever adds time, cannot make linear work fail.
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';

/** Larger sizes and more runs when asked for a long run (npm run test:fuzz sets NEWSLINE_FUZZ_CASES). */
export const LONG_RUN = process.env.NEWSLINE_FUZZ_CASES !== undefined || process.env.NEWSLINE_GROWTH_LONG !== undefined;
/** The largest input a doubling test builds: 1 MB in a long run, 64 KB otherwise. */
export const MAX_CHARS = LONG_RUN ? 1 << 20 : 1 << 16;

export interface Verdict {
  readonly status: 'safe' | 'vulnerable' | 'unknown';
  readonly complexity?: string;
  readonly attack?: string;
  readonly error?: string;
}

interface Diagnostics {
  readonly status: Verdict['status'];
  readonly complexity?: { readonly summary: string };
  readonly attack?: { readonly pattern: string };
  readonly error?: { readonly kind: string; readonly message?: string };
}

/** The most repetitions a counted quantifier keeps for the analysis. recheck unrolls `{0,1000}` into a thousand
 *  states, past 4 GB of memory; a count of 30 is as bounded, so the verdict on growth with the text is the same. */
const MAX_COUNT = 30;

function clampCounts(source: string): string {
  // A `{m,n}` or `{n}` not escaped (an even run of backslashes before it).
  return source.replace(/(?<!\\)((?:\\\\)*)\{(\d+)(,(\d*))?\}/g, (_all, slashes: string, m: string, comma: string | undefined, n: string | undefined) => {
    const lo = Math.min(Number(m), MAX_COUNT);
    if (comma === undefined) return `${slashes}{${lo}}`;
    return n === '' || n === undefined ? `${slashes}{${lo},}` : `${slashes}{${lo},${Math.min(Number(n), MAX_COUNT)}}`;
  });
}

/** recheck's verdict on `re`: the same on every machine (fixed seed, no time limits; its limits count characters). */
export function redosVerdict(re: RegExp): Verdict {
  // The pure-JS checker: no native binary, no JVM, no worker thread.
  process.env.RECHECK_SYNC_BACKEND = 'pure';
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { checkSync } = require('recheck') as { checkSync(source: string, flags: string, params: object): Diagnostics };
  const d = checkSync(clampCounts(re.source), re.flags, {
    randomSeed: 22,
    timeout: null,
    attackTimeout: null,
    incubationTimeout: null,
    seedingTimeout: null,
    // The pure-JS checker has no recall validation (a negative timeout skips it); the fuzzer's attack is kept.
    recallTimeout: -1,
  });
  return {
    status: d.status,
    ...(d.complexity ? { complexity: d.complexity.summary } : {}),
    ...(d.attack ? { attack: d.attack.pattern } : {}),
    ...(d.error ? { error: `${d.error.kind}${d.error.message ? `: ${d.error.message}` : ''}` } : {}),
  };
}

/** The repository's root, from out/test/unit/support. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..', '..');
/** recheck's verdicts on the patterns it judged, by a hash of flags and source (see `knownVerdict`). */
const VERDICTS_FILE = path.join(REPO_ROOT, 'test', 'unit', 'support', 'redos-verdicts.json');
/** With NEWSLINE_GROWTH_RECORD, each verdict judged is recorded (see `knownVerdict`). */
export const RECORD = process.env.NEWSLINE_GROWTH_RECORD !== undefined;

interface Recorded extends Verdict {
  readonly name: string;
}

let recorded: Map<string, Recorded> | undefined;
const current = new Map<string, Recorded>();

const keyOf = (re: RegExp) => createHash('sha256').update(`${re.flags}/${re.source}`).digest('hex').slice(0, 20);

function recordedVerdicts(): Map<string, Recorded> {
  return (recorded ??= readVerdicts());
}

/**
 * recheck's verdict on `re` (`name` says where it is written), from the recorded verdicts when this exact source and
 * these flags were judged before (the verdict depends on them alone). recheck takes seconds to minutes a pattern (and
 * gigabytes for some), so only NEWSLINE_GROWTH_RECORD judges the patterns not recorded, recording each verdict as it
 * comes; otherwise undefined for them.
 */
export function knownVerdict(name: string, re: RegExp): Verdict | undefined {
  const key = keyOf(re);
  const before = recordedVerdicts().get(key);
  if (before === undefined && !RECORD) return undefined;
  const verdict = before ?? { name, ...redosVerdict(re) };
  current.set(key, { ...verdict, name });
  if (RECORD && before === undefined) writeVerdicts(new Map([...readVerdicts(), [key, { ...verdict, name }]]));
  return verdict;
}

function readVerdicts(): Map<string, Recorded> {
  return new Map(Object.entries(fs.existsSync(VERDICTS_FILE) ? (JSON.parse(fs.readFileSync(VERDICTS_FILE, 'utf8')) as Record<string, Recorded>) : {}));
}

function writeVerdicts(verdicts: ReadonlyMap<string, Recorded>): void {
  const entries = [...verdicts].sort(([ka, a], [kb, b]) => a.name.localeCompare(b.name) || ka.localeCompare(kb));
  const temporary = `${VERDICTS_FILE}.${process.pid}`;
  fs.writeFileSync(temporary, JSON.stringify(Object.fromEntries(entries), null, 1) + '\n');
  fs.renameSync(temporary, VERDICTS_FILE);
}

/** With NEWSLINE_GROWTH_RECORD, after a run of every pattern (no mocha -g), drops the verdicts on patterns no longer written. */
export function saveVerdicts(whole: boolean): void {
  if (RECORD && whole && current.size > 0) writeVerdicts(current);
}

export interface Growth {
  readonly n: number;
  readonly ratio: number;
  readonly ms: readonly [number, number];
}

const BOUND = 3;
/** Below this the timer's grain and the call's fixed costs blur a ratio: the size is doubled until a run takes this. */
const MIN_MS = 1;

function fastest(work: (text: string) => unknown, a: string, b: string | undefined, runs: number): [number, number] {
  let ta = Infinity;
  let tb = Infinity;
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    work(a);
    ta = Math.min(ta, performance.now() - t);
    if (b === undefined) continue;
    t = performance.now();
    work(b);
    tb = Math.min(tb, performance.now() - t);
  }
  return [ta, tb];
}

/**
 * How `work`'s time grows from `shape(n)` to `shape(2n)`, at the first n (from `from`, doubling) where one run takes
 * MIN_MS, at most MAX_CHARS / 2. A ratio of BOUND or more is measured twice more, with more runs, then from 2n to 4n,
 * and the lowest kept.
 */
export function doubling(work: (text: string) => unknown, shape: (n: number) => string, from = 4096, max = MAX_CHARS): Growth {
  let n = from;
  while (n * 2 < max) {
    const [t] = fastest(work, shape(n), undefined, 2);
    if (t >= MIN_MS) break;
    n *= 2;
  }
  const a = shape(n);
  const b = shape(2 * n);
  let best: Growth | undefined;
  const measure = (size: number, x: string, y: string, runs: number) => {
    const [ta, tb] = fastest(work, x, y, runs);
    // A floor on the smaller time: two runs far under the timer's grain say nothing about growth.
    const ratio = tb / Math.max(ta, MIN_MS / 20);
    if (best === undefined || ratio < best.ratio) best = { n: size, ratio, ms: [ta, tb] };
  };
  for (const runs of [LONG_RUN ? 7 : 3, 9, 15]) {
    measure(n, a, b, runs);
    if (best!.ratio < BOUND) return best!;
  }
  // Super-linear work grows as fast at the next size: a pause that hit one size's runs does not.
  measure(2 * n, b, shape(4 * n), 9);
  return best!;
}

export function isLinear(g: Growth): boolean {
  return g.ratio < BOUND;
}

export function describeGrowth(g: Growth): string {
  return `${g.n.toLocaleString('en-US')} → ${(2 * g.n).toLocaleString('en-US')} chars: ${g.ms[0].toFixed(2)} → ${g.ms[1].toFixed(2)} ms (×${g.ratio.toFixed(2)})`;
}

/** `unit` repeated to about n characters, between `before` and `after`. */
export function repeated(unit: string, before = '', after = ''): (n: number) => string {
  return (n) => before + unit.repeat(Math.max(1, Math.ceil(n / unit.length))) + after;
}
