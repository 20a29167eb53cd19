// TimeML modifiers (TIMEX3 `mod`, TimeML 1.2.1): the words that make a date or a duration approximate, a part of its
// period, or a bound ("about two weeks", "early 2024", "late Friday", "before 1990", "more than a decade ago"). The
// words are data, each with its examples; the tagger's span is left as it is (TimeBank includes "about" in some spans
// and not in others), so a modifier is read both at the start of the expression and just before it.
import type { TimexMod, TimexType } from '../types';

export interface ModWords {
  /** The modifier words, as a regex source matched case-insensitively on whole words. */
  readonly words: string;
  /** For a point in time (DATE, TIME). Undefined: the words do not modify a point. */
  readonly point?: TimexMod;
  /** For a DURATION. Undefined: the words do not modify a duration. */
  readonly duration?: TimexMod;
  /**
   * The kinds the words modify from just before the expression, outside its span ("before 1990", "about two weeks").
   * "about Friday's vote" or "under the 2010 law" are no modifiers, so such words modify a point only inside a span.
   */
  readonly outside: ReadonlyArray<'point' | 'duration'>;
  /** Text with the expression in [brackets] (the words may lie outside them) and the mod it takes. */
  readonly examples: ReadonlyArray<readonly [text: string, type: 'DATE' | 'DURATION', mod: TimexMod]>;
}

const BOTH = ['point', 'duration'] as const;
const DURATION_ONLY = ['duration'] as const;

/**
 * Longer phrases first: "no more than" before "more than". TimeML 1.2.1 has no EARLY or LATE (SUTime writes them):
 * "early" and "late" are START and END, as HeidelTime writes them. A point "more than a decade ago" lies BEFORE the
 * decade's mark, "less than a year ago" AFTER it, "no more than a year ago" ON_OR_AFTER (the guidelines' examples).
 */
export const MOD_WORDS: readonly ModWords[] = [
  { words: 'no more than|not more than', point: 'ON_OR_AFTER', duration: 'EQUAL_OR_LESS', outside: BOTH, examples: [['There are [no more than 60 days].', 'DURATION', 'EQUAL_OR_LESS'], ['It was [no more than a year ago].', 'DATE', 'ON_OR_AFTER']] },
  { words: 'at most|up to', duration: 'EQUAL_OR_LESS', outside: DURATION_ONLY, examples: [['It lasted at most [three hours].', 'DURATION', 'EQUAL_OR_LESS']] },
  { words: 'no less than|not less than|at least|no fewer than', point: 'ON_OR_BEFORE', duration: 'EQUAL_OR_MORE', outside: BOTH, examples: [['There was [at least sixty days].', 'DURATION', 'EQUAL_OR_MORE'], ['It was at least [a year ago].', 'DATE', 'ON_OR_BEFORE']] },
  { words: 'more than|upwards of|longer than', point: 'BEFORE', duration: 'MORE_THAN', outside: BOTH, examples: [['It lasted [more than two weeks].', 'DURATION', 'MORE_THAN'], ['It was [more than a decade ago].', 'DATE', 'BEFORE']] },
  { words: 'over', point: 'BEFORE', duration: 'MORE_THAN', outside: DURATION_ONLY, examples: [['The talks went on for [over an hour].', 'DURATION', 'MORE_THAN']] },
  { words: 'less than|fewer than|nearly|almost|not quite', point: 'AFTER', duration: 'LESS_THAN', outside: BOTH, examples: [['He left [less than a year ago].', 'DATE', 'AFTER'], ['It took [nearly two years].', 'DURATION', 'LESS_THAN']] },
  { words: 'under', duration: 'LESS_THAN', outside: DURATION_ONLY, examples: [['It was done in under [two hours].', 'DURATION', 'LESS_THAN']] },
  { words: 'around|approximately|roughly|circa|c\\.', point: 'APPROX', duration: 'APPROX', outside: BOTH, examples: [['It was built [around Nov. 1].', 'DATE', 'APPROX'], ['It took roughly [three years].', 'DURATION', 'APPROX']] },
  { words: 'about|some', point: 'APPROX', duration: 'APPROX', outside: DURATION_ONLY, examples: [['It took about [two weeks].', 'DURATION', 'APPROX'], ['He left [about two years ago].', 'DATE', 'APPROX']] },
  { words: 'on or before|no later than|not later than', point: 'ON_OR_BEFORE', outside: BOTH, examples: [['Pay on or before [May 5].', 'DATE', 'ON_OR_BEFORE']] },
  { words: 'on or after|no earlier than|not earlier than', point: 'ON_OR_AFTER', outside: BOTH, examples: [['Open no earlier than [June].', 'DATE', 'ON_OR_AFTER']] },
  { words: 'before|prior to|earlier than', point: 'BEFORE', outside: BOTH, examples: [['It was built before [1990].', 'DATE', 'BEFORE']] },
  { words: 'after|later than', point: 'AFTER', outside: BOTH, examples: [['It reopened after [March 3].', 'DATE', 'AFTER']] },
  { words: 'by', point: 'ON_OR_BEFORE', outside: BOTH, examples: [['The deal will close by [Friday].', 'DATE', 'ON_OR_BEFORE']] },
  { words: 'early|the (?:start|beginning|dawn|outset) of', point: 'START', outside: [], examples: [['Sales rose in [early 2024].', 'DATE', 'START'], ['at [the beginning of October]', 'DATE', 'START']] },
  { words: 'mid-?|the middle of|the midst of', point: 'MID', outside: [], examples: [['He left in [mid-March].', 'DATE', 'MID'], ['in [the middle of October]', 'DATE', 'MID']] },
  { words: 'late|the end of|the close of', point: 'END', outside: [], examples: [['He arrived [late Friday].', 'DATE', 'END'], ['It happened at [the end of the year].', 'DATE', 'END']] },
];

const compile = (source: string, flags: string): RegExp => new RegExp(source, flags);
/** Each entry's words at the start of the expression (a hyphen may join "mid-" to what follows). */
const INSIDE = MOD_WORDS.map((w) => compile(`^(?:${w.words})(?:\\s+|(?<=-))\\S`, 'i'));
/** Each entry's words ending the text just before the expression, as whole words. */
const OUTSIDE = MOD_WORDS.map((w) => compile(`(?:^|[^\\p{L}\\p{N}])(?:${w.words})\\s+$`, 'iu'));
/** Any entry's words, inside or outside: one test that most expressions (no modifier near) fail, instead of one per
 *  entry. An entry's own test below matches only where this one does. */
const ANY_WORDS = MOD_WORDS.map((w) => w.words).join('|');
const ANY_INSIDE = compile(`^(?:${ANY_WORDS})(?:\\s+|(?<=-))\\S`, 'i');
const ANY_OUTSIDE = compile(`(?:^|[^\\p{L}\\p{N}])(?:${ANY_WORDS})\\s+$`, 'iu');
/** "two weeks or so": an approximation written after the expression. */
const AFTER_APPROX = /^\s+or\s+so\b/i;

/**
 * The TimeML `mod` of an expression: from the words opening it, else from those just before it (`before`: the text
 * before its start). Undefined when none applies to its type; a SET takes none.
 */
export function timexMod(text: string, type: TimexType, before: string, after = ''): TimexMod | undefined {
  if (type === 'SET') return undefined;
  const pick = (w: ModWords): TimexMod | undefined => (type === 'DURATION' ? w.duration : w.point);
  const words = text.trim();
  const inside = ANY_INSIDE.test(words);
  for (let i = 0; i < MOD_WORDS.length && inside; i++) {
    if (INSIDE[i].test(words)) {
      const mod = pick(MOD_WORDS[i]);
      if (mod) return mod;
    }
  }
  const outside = ANY_OUTSIDE.test(before);
  for (let i = 0; i < MOD_WORDS.length && outside; i++) {
    if (MOD_WORDS[i].outside.includes(type === 'DURATION' ? 'duration' : 'point') && OUTSIDE[i].test(before)) {
      const mod = pick(MOD_WORDS[i]);
      if (mod) return mod;
    }
  }
  return AFTER_APPROX.test(after) ? 'APPROX' : undefined;
}

/** What a mod says before a date's label: "about 2024", "the start of Mar 2022", "before 1990". */
export const MOD_PHRASES: Readonly<Record<TimexMod, string>> = {
  APPROX: 'about',
  START: 'the start of',
  MID: 'the middle of',
  END: 'the end of',
  BEFORE: 'before',
  AFTER: 'after',
  ON_OR_BEFORE: 'on or before',
  ON_OR_AFTER: 'on or after',
  LESS_THAN: 'less than',
  MORE_THAN: 'more than',
  EQUAL_OR_LESS: 'at most',
  EQUAL_OR_MORE: 'at least',
};
