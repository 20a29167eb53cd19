// The temporal tagger's public face: the tagger (tagger.ts) runs the rules (rules/), filtered by their trigger words
// (prefilter.ts), placed by tense (tense.ts), and joins ranges (ranges.ts).
import { findExplicitDate } from '../calendar';

export { rawMatches, tagTimexes, type Match, type ResolvedTimex } from './tagger';
export { tenseAt } from './tense';

/**
 * A date string such as "2022-04-01T10:00Z", "April 1, 2022", "1 Apr 2022" or "Nov. 7" as `YYYY-MM-DD`; a date
 * without a year takes the reference date's year, or the current year.
 */
export function parseDateText(text: string, referenceDate?: string): string | undefined {
  const year = referenceDate ? Number(referenceDate.slice(0, 4)) : new Date().getFullYear();
  return findExplicitDate(text, year)?.value;
}

