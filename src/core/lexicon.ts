// The engine's calendar words, each defined once: month, weekday, season, part-of-day and unit names as lists,
// regular-expression sources (a few forms, each for a reason given beside it) and lookup tables. The date rules, the
// timeline's labels (calendar.ts), the header's dateline (header.ts) and the summary's checks (summary/) all take
// their names from here.

export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const MONTH_SHORT = MONTH_NAMES.map((m) => m.slice(0, 3));
/** 0 = Sunday ... 6 = Saturday, as `Date.getUTCDay` counts. */
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const WEEKDAY_SHORT = WEEKDAY_NAMES.map((d) => d.slice(0, 3));
/** Monday first, as the patterns below list them. */
const WEEK_FROM_MONDAY = [...WEEKDAY_NAMES.slice(1), WEEKDAY_NAMES[0]];
export const SEASON_NAMES = ['spring', 'summer', 'autumn', 'fall', 'winter'];

const lower = (words: readonly string[]) => words.map((w) => w.toLowerCase());
const MONTHS = lower(MONTH_SHORT);
const WEEKDAYS = lower(WEEKDAY_SHORT);

/** Word parts for the rules' triggers (see rules/rule.ts): a digit, and the short stems of month, weekday, unit and
 *  part-of-day words, as case-insensitive substrings of one word. */
export const DIGIT = '\\d';
export const MONTH_PART = MONTHS.join('|');
export const WEEKDAY_PART = lower(WEEK_FROM_MONDAY.map((d) => d.slice(0, 3))).join('|');
export const UNIT_PART = 'second|minute|hour|day|night|week|fortnight|month|year|decade|centur|quarter';
export const PART_OF_DAY_PART = 'morning|afternoon|evening|night';
export const SEASON_PART = SEASON_NAMES.join('|');

export const MONTH = '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?\\.?|July?\\.?|Aug(?:ust|\\.)?|Sep(?:tember|t\\.|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
/** A month as a word that can end a sentence: "July." is the month and a full stop, "Jul." an abbreviation. */
export const MONTH_WORD = `(?:${MONTH_NAMES.join('|')}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)`;
/** A month standing alone ("in December", "by Aug."): full names, and only the abbreviations that are no other word
 *  with their full stop ("Mar." and "Jun." stay out). Alternatives without a group, for the rule to capture. */
export const MONTH_STANDALONE = `${MONTH_NAMES.join('|')}|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.`;
/** A month's name or abbreviation without its full stop, captured: explicit dates in a header or option ("Nov. 7"). */
export const MONTH_CAPTURED = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
/** A month in a dateline, any ending after its first three letters ("Sept.", "Sept", "September"). */
export const MONTH_STEM = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
export const WEEKDAY = `(?:${WEEK_FROM_MONDAY.join('|')}|Mon\\.|Tues?\\.|Wed\\.|Thu(?:rs?)?\\.|Fri\\.|Sat\\.|Sun\\.)`;
/** A weekday's full name only ("Tuesday"), where an abbreviation would be another word; case as the flags say. */
export const WEEKDAY_FULL = `(?:${WEEK_FROM_MONDAY.join('|')})`;
/** A weekday's abbreviation without its full stop ("Tues", "Thurs"), for a pattern that adds what may follow it. */
export const WEEKDAY_ABBREVIATION = '(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)';
/** A weekday, any ending after its first three letters ("Sun", "Thurs.", "Saturday"), as MONTH_STEM for months. */
export const WEEKDAY_STEM = `(?:${WEEK_FROM_MONDAY.map((d) => d.slice(0, 3)).join('|')})[a-z]*\\.?`;
export const NUMBER_WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?';
/** Counts before a unit: "three-and-a-half" hyphenated as well as spaced, and thousands with commas ("2,000 years",
 *  which was read as "000 years" after the comma). Thousands start a number, not a group inside one: tried after
 *  each of 50,000 commas in "1,000,000,...", they read on to its end from each (issue 22). */
export const AMOUNT = `(?:(?:\\d+|${NUMBER_WORD})[- ]and[- ]a[- ]half|\\d+ 1/2|(?<!\\d,)\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|${NUMBER_WORD}\\s+(?:hundred|thousand)|${NUMBER_WORD}|a|an|one|a couple of|a couple|couple of|a few|few|several|many|some|a dozen|a hundred|a thousand|dozens of|hundreds of|a number of|half an?|a half)`;
export const UNIT = '(?:second|minute|hour|day|night|week|weekend|fortnight|month|year|decade|century|centuries|quarter)s?';
export const PART_OF_DAY = '(?:morning|afternoon|evening|night|overnight)';
export const SEASON = `(?:${SEASON_PART})`;
export const ORDINAL_WORD = '(?:first|second|third|fourth|1st|2nd|3rd|4th)';
/** Ordinals written out, "first" to "thirty-first", for days ("the fifth of May") and centuries ("the sixteenth century").
 *  First letters either case: the day rules run case-sensitively (for "May" and "March"). */
const ORDINAL_UNIT = '(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth|[Ss]eventh|[Ee]ighth|[Nn]inth)';
export const ORDINAL_DAY_WORD = `(?:(?:[Tt]wenty|[Tt]hirty)[- ]${ORDINAL_UNIT}|${ORDINAL_UNIT}|[Tt]enth|[Ee]leventh|[Tt]welfth|[Tt]hirteenth|[Ff]ourteenth|[Ff]ifteenth|[Ss]ixteenth|[Ss]eventeenth|[Ee]ighteenth|[Nn]ineteenth|[Tt]wentieth|[Tt]hirtieth)`;

const ORDINAL_WORDS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth',
  'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth',
];

/** The number of a written-out ordinal ("fifth" → 5, "twenty-first" → 21, "thirtieth" → 30), else undefined. */
export function ordinalWordValue(word: string): number | undefined {
  const w = word.toLowerCase();
  if (w === 'thirtieth') return 30;
  const tens = /^(twenty|thirty)[- ](\w+)$/.exec(w);
  if (tens) {
    const unit = ORDINAL_WORDS.indexOf(tens[2]) + 1;
    return unit >= 1 && unit <= 9 ? (tens[1] === 'twenty' ? 20 : 30) + unit : undefined;
  }
  const n = ORDINAL_WORDS.indexOf(w) + 1;
  return n > 0 ? n : undefined;
}

const NUMBER_VALUES: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
  a: 1, an: 1, 'a dozen': 12, 'a couple of': 2, 'a hundred': 100, 'a thousand': 1000,
};

/** A number written in digits or words, or undefined for vague amounts ("several", "a few"). */
export function amountValue(word: string): number | undefined {
  const w = word.toLowerCase().trim();
  if (/^\d+(\.\d+)?$/.test(w)) return Number(w);
  if (/^\d{1,3}(,\d{3})+$/.test(w)) return Number(w.replace(/,/g, ''));
  if (/^\d+ 1\/2$/.test(w)) return Number(w.split(' ')[0]) + 0.5;
  if (/[- ]and[- ]a[- ]half$/.test(w)) {
    const whole = amountValue(w.replace(/[- ]and[- ]a[- ]half$/, ''));
    return whole === undefined ? undefined : whole + 0.5;
  }
  if (/^(a )?couple( of)?$/.test(w)) return 2;
  if (w in NUMBER_VALUES) return NUMBER_VALUES[w];
  if (/^half an?$|^a half$/.test(w)) return 0.5;
  // "two hundred", "three thousand": a multiple ("twenty-five hundred" too); otherwise "twenty-five" is a sum.
  const scaled = /^(.+?)\s+(hundred|thousand)$/.exec(w);
  if (scaled) {
    const n = amountValue(scaled[1]);
    return n === undefined ? undefined : n * (scaled[2] === 'hundred' ? 100 : 1000);
  }
  const parts = w.split(/[- ]/);
  if (parts.length === 2 && parts[0] in NUMBER_VALUES && parts[1] in NUMBER_VALUES) return NUMBER_VALUES[parts[0]] + NUMBER_VALUES[parts[1]];
  return undefined;
}

export function ordinalValue(word: string): number | undefined {
  const w = word.toLowerCase();
  return ({ first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 } as Record<string, number>)[w];
}

export function monthOf(word: string): number {
  return MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(word: string): number {
  return WEEKDAYS.indexOf(word.slice(0, 3).toLowerCase());
}

export type UnitCode = 'S' | 'MIN' | 'H' | 'D' | 'W' | 'M' | 'Y' | 'DE' | 'CE' | 'Q' | 'WE';

export function unitOf(word: string): UnitCode {
  const w = word.toLowerCase().replace(/s$/, '');
  if (w.startsWith('second')) return 'S';
  if (w.startsWith('minute')) return 'MIN';
  if (w.startsWith('hour')) return 'H';
  if (w === 'day' || w === 'night') return 'D';
  if (w === 'weekend') return 'WE';
  if (w === 'week') return 'W';
  if (w === 'fortnight') return 'W';
  if (w === 'month') return 'M';
  if (w === 'year') return 'Y';
  if (w === 'decade') return 'DE';
  if (w.startsWith('centur')) return 'CE';
  if (w === 'quarter') return 'Q';
  return 'D';
}

/** Each season's name on the timeline and its first month (winter starts in December), for labels and day spans. */
export const SEASON_OF_CODE: Record<string, { readonly label: string; readonly month: number }> = {
  SP: { label: 'Spring', month: 3 }, SU: { label: 'Summer', month: 6 }, FA: { label: 'Autumn', month: 9 }, WI: { label: 'Winter', month: 12 },
};
/** The middle month of each season, which places "last spring" against the reference date. */
export const SEASON_MONTH: Record<string, number> = { SP: 4, SU: 7, FA: 10, WI: 1 };
export const SEASON_CODE: Record<string, string> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };
export const PART_OF_DAY_CODE: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI', tonight: 'NI' };
