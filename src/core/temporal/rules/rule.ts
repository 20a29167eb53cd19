// A date rule as data: its name, its pattern, the word parts every match holds (the prefilter's triggers), examples
// it must tag and text it must not, and the function from its match and context to a TimeML type and value.
import type { TimexType } from '../../types';
import type { Tense, Ymd } from '../dates';

export interface RuleContext {
  readonly ref: Ymd;
  /** The last date the story mentioned (for "the following day", "that year"), else the reference date. */
  readonly anchor: Ymd;
  /**
   * The year of the story's last date at any granularity, bare years included ("in 2010 ... two years later"): year
   * steps count from it, as TimeML annotators do. A bare year does not move `anchor` (a day), which clock times and
   * "the next day" need.
   */
  readonly anchorYear: number;
  readonly tense: Tense;
  /** The value of the last calendar date (day, month or quarter) the story gave, for "a year earlier". */
  readonly last?: string;
  /** Up to 40 characters of text before and after the match. */
  readonly before: string;
  readonly after: string;
}

export interface RuleResult {
  readonly type: TimexType;
  readonly value: string;
  /** A day this expression fixes, which later relative expressions ("the next day") are anchored on. */
  readonly day?: Ymd;
  /** The value is derived from the story's current date ("a year earlier"), so it does not become the new one. */
  readonly derived?: boolean;
}

/** An example a rule must tag: the text with the expression in [brackets], and its value (reference date 2013-03-22,
 *  past tense; see test/unit/temporal-rules.test.ts). */
export type RuleExample = readonly [text: string, value: string];

export interface Rule {
  readonly name: string;
  readonly pattern: RegExp;
  /**
   * Word parts every match holds, one `|`-separated group per entry, each case-insensitive within one run of letters
   * and digits of the match's sentence: the prefilter scans a rule only where all its groups occur.
   */
  readonly triggers: readonly string[];
  readonly examples: readonly RuleExample[];
  /** Text in which the rule must tag nothing. */
  readonly negatives: readonly string[];
  build(m: RegExpExecArray, ctx: RuleContext): RuleResult | undefined;
}

export interface RuleSpec extends Omit<Rule, 'pattern' | 'negatives'> {
  /** The regex source; `rule` adds the word boundaries, `rawRule` does not. */
  readonly pattern: string;
  readonly negatives?: readonly string[];
  /** Regex flags, `giu` unless said. */
  readonly flags?: string;
}

export const B = '(?<![\\p{L}\\p{N}_$£€#@/.-])';
export const E = '(?![\\p{L}\\p{N}_]|-\\p{N}|/\\p{N})';

/** `pattern` must not hold a top-level `a|b`: the boundaries would hold only before the first alternative and after the
 *  last (a bare one once let "The quarter" match in "The quarterly"); group it as `(?:a|b)`. */
export function rule(spec: RuleSpec): Rule {
  return rawRule({ ...spec, pattern: `${B}${spec.pattern}${E}` });
}

/** A rule whose pattern sets its own boundaries (a day range's "3-5" joins numbers with a hyphen, which B and E forbid). */
export function rawRule({ name, pattern, triggers, examples, negatives = [], flags = 'giu', build }: RuleSpec): Rule {
  return { name, pattern: new RegExp(pattern, flags), triggers, examples, negatives, build };
}
