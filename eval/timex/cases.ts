// The peer libraries' own test suites (Duckling, chrono-node, SUTime, ctparse; `peers.jsonl`) as single-sentence
// cases, scored as "cases right": what a reader of the sentence would call the date. A case is right when the values
// of the timexes overlapping its expression are exactly the expected ones: the value (or one of its `alt` forms) and
// every `also` value (a range's end, a duration beside a date), and nothing else. So "Easter 2010" read as Easter 2012
// plus a separate 2010 is wrong, and so is "three days after Easter" cut into a duration and a holiday.
import * as fs from 'fs';
import type { Span } from './scorer';

export interface PeerCase {
  readonly suite: string;
  readonly text: string;
  /** The expression inside `text`; absent when `text` is the bare expression. */
  readonly expr?: string;
  readonly index?: number;
  /** The suite's reference date (time): `2013-02-12T04:30`. */
  readonly ref: string;
  readonly expect: { readonly type: string; readonly value: string; readonly alt?: readonly string[]; readonly also?: readonly string[] };
  readonly kind?: string;
  readonly tense?: 'past' | 'future';
  readonly conflict?: string;
}

export interface CaseOutcome {
  readonly right: boolean;
  /** The values found over the expression, in text order. */
  readonly got: readonly string[];
}

export function loadCases(file: string): PeerCase[] {
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as PeerCase);
}

/**
 * The sentence a tagger reads and where the expression lies in it. A bare expression ("2/15", "last monday") is put in
 * a frame of the tense its expected value implies, as the data README says the cases were drawn: "The meeting will be
 * held 2/15." or "The meeting was held 10/31/1974." A case that is already a sentence is read as it is.
 */
export function peerSentence(c: PeerCase): { readonly text: string; readonly start: number; readonly end: number } {
  if (c.expr !== undefined) {
    const start = c.index ?? c.text.indexOf(c.expr);
    return { text: c.text, start, end: start + c.expr.length };
  }
  const before = c.tense === 'past' ? 'The meeting was held ' : 'The meeting will be held ';
  return { text: `${before}${c.text}.`, start: before.length, end: before.length + c.text.length };
}

/** Whether the tagger's timexes over the expression give exactly the expected values (see the file comment). */
export function judgeCase(c: PeerCase, at: { readonly start: number; readonly end: number }, system: readonly Span[]): CaseOutcome {
  const got = system.filter((s) => s.start < at.end && at.start < s.end).map((s) => s.value);
  const main = [c.expect.value, ...(c.expect.alt ?? [])];
  const also = c.expect.also ?? [];
  const allowed = new Set([...main, ...also]);
  const right = got.some((v) => main.includes(v)) && also.every((v) => got.includes(v)) && got.every((v) => allowed.has(v));
  return { right, got };
}

/** Each case's outcome under `tagger` (run on the case's sentence with the date part of the case's reference). */
export function casesRight(cases: readonly PeerCase[], tagger: (text: string, dct: string) => Span[]): CaseOutcome[] {
  return cases.map((c) => {
    const sentence = peerSentence(c);
    let system: Span[];
    try {
      system = tagger(sentence.text, c.ref.slice(0, 10));
    } catch {
      system = [];
    }
    return judgeCase(c, sentence, system);
  });
}
