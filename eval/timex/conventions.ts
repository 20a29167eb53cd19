// Where a peer suite's expectation follows a convention Newsline chose not to (a choice, not an error), the wrong case
// is marked in the error list with the convention's name, so that the cases left to fix stand apart. Each entry says
// what the suite writes, what Newsline writes and why (news writers' meaning). Matching is by suite and the case's
// text; marking changes no figure.
import type { PeerCase } from './cases';

export interface Convention {
  readonly name: string;
  readonly suites: readonly string[];
  readonly text: RegExp;
  /** The suite's expected value, when the convention shows in it. */
  readonly value?: RegExp;
  /** The suite's convention, Newsline's, and why. */
  readonly why: string;
}

export const CONVENTIONS: readonly Convention[] = [
  {
    name: 'jewish-eve',
    suites: ['duckling'],
    text: /\b(?:Yom|Shemini|Simchat|Tisha|Lag B|Holocaust Day|Rosh Hash|Chanukah|Hanuk+ah|Hannuk+ah|Passover|Ingathering|Succos|Shavuot|Tu Bishvat|Purim)/i,
    why: 'Duckling dates a Jewish feast from the evening before (it begins at sundown); Newsline gives its first full day, the date calendars and news print for it ("Yom Kippur, which begins at sundown Tuesday").',
  },
  {
    name: 'last-is-previous-period',
    suites: ['sutime-grid'],
    text: /\b(?:last|next) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Easter|Mother's Day)\b/,
    why: 'SUTime\'s grid reads "last Monday" and "last March" as the one in the previous week or year; news writers mean the most recent one.',
  },
  {
    name: 'decade-x',
    suites: ['sutime', 'sutime-grid'],
    text: /\b(?:decade|century|fifties)\b/,
    value: /^\d{2,3}X+$/,
    why: 'SUTime writes a decade "199X" and a century "19XX"; TimeML, TimeBank and WikiWars write "199" and "19".',
  },
  {
    name: 'hindu-almanac-day',
    suites: ['duckling'],
    text: /\b(?:Dussehra|Navaratri|Durga Puja|Buddha Purnima|Vaisakha|Saraswati Jayanti) /,
    why: 'Duckling puts these a day before the day Indian almanacs (sunrise at New Delhi) keep them, or a Sri Lankan full-moon day for the Buddha\'s; Newsline gives the almanacs\' day.',
  },
  {
    name: 'jamshedi-navroz',
    suites: ['duckling'],
    text: /\bJamshedi Navroz\b/,
    why: 'Duckling gives Jamshedi Navroz the Parsi new year\'s day in August; Jamshedi Navroz is the March equinox, so Newsline leaves the name out rather than give the August day.',
  },
];

/** The convention a wrong case follows, if any. */
export function conventionOf(c: PeerCase): Convention | undefined {
  return CONVENTIONS.find((k) => k.suites.includes(c.suite) && k.text.test(c.text) && (!k.value || k.value.test(c.expect.value)));
}
