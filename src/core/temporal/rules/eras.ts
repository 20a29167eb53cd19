// Years with an era ("480 BC", "10 August 234 BCE", "AD 8", "the 470s BC", "the 4th century BC"): TimeML writes the
// years before Christ with a "BC" prefix and four digits ("BC0480"), decades and centuries as their leading digits
// ("BC047", "BC03"), counted as the years after Christ are ("the 4th century BC" is BC03 as "the 20th century" is 19).
import { DIGIT, MONTH, monthOf } from '../../lexicon';
import { DAY, dayNumber } from './parts';
import { rule, rawRule, B, type Rule } from './rule';

/** The era after a year: BC, B.C., BCE, B.C.E., AD, A.D., CE, C.E. (in capitals, or "bc" as posts write it). */
const ERA_AFTER = '(B\\.C\\.E\\.|B\\.C\\.?|BCE|BC|bc|A\\.D\\.|AD|C\\.E\\.|CE)(?![\\p{L}\\p{N}])';

/**
 * Every era match holds a number. Its era is no trigger: "B.C." is the words "B" and "C", and a one-letter part
 * (matched anywhere in a word) is held by nearly every word, which also turned off the prefilter's three-letter skip.
 */
const ERA_TRIGGERS = [DIGIT];

const isBc = (era: string): boolean => /^b/i.test(era);
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** A year of an era as TimeML writes it: BC0480, 0008, 2014; undefined for the year 0, which no era has. */
function eraYear(year: number, era: string): string | undefined {
  if (year < 1) return undefined;
  return isBc(era) ? `BC${pad(year, 4)}` : pad(year, 4);
}

export const ERA_RULES: readonly Rule[] = [
  rule({
    name: 'era-year',
    pattern: `(?:(?:(?:the\\s+)?(${DAY})\\s+(?:of\\s+)?)?(?:(${MONTH})\\s+(?:(${DAY}),?\\s+)?)?(\\d{1,4})\\s?${ERA_AFTER}|(?:A\\.D\\.|AD)\\s?(\\d{1,4})(?![\\p{L}\\p{N}]))`,
    triggers: ERA_TRIGGERS,
    flags: 'gu',
    examples: [
      ['The Persians invaded Greece in [480 BC] with a large army.', 'BC0480'],
      ['Carthage fell in [146 B.C.] after a long siege.', 'BC0146'],
      ['The fleet sailed in [April 480 BC] for the straits.', 'BC0480-04'],
      ['The treaty is dated [August 10, 345 BC] on the stone.', 'BC0345-08-10'],
      ['The treaty is dated [10 August 234 BCE] on the stone.', 'BC0234-08-10'],
      ['Augustus died in [AD 14] at Nola.', '0014'],
      ['The meeting was held in [2014 AD] in Leeds.', '2014'],
    ],
    negatives: ['The 480 BCG vaccine doses were shipped.', 'It cost 40 AD dollars each.', 'She won at the 2010 BC Winter Games.'],
    build: (m, ctx) => {
      if (m[6] !== undefined) return { type: 'DATE', value: pad(+m[6], 4) };
      const era = m[5];
      // "the 2010 BC Games": British Columbia, a name's first word after a modern year ("In 490 BC Darius sent" stays).
      if (/^(?:BC|CE|AD)$/.test(era) && +m[4] >= 1800 && /^\s+\p{Lu}/u.test(ctx.after)) return undefined;
      const year = +m[4];
      // "40 AD dollars": "AD" and "CE" are also abbreviations, so a number under 100 before them needs a month to be a year.
      if (!isBc(era) && !m[2] && year < 100) return undefined;
      const y = eraYear(year, era);
      if (y === undefined) return undefined;
      if (!m[2]) return { type: 'DATE', value: y };
      const month = pad(monthOf(m[2]));
      const d = m[1] ?? m[3];
      if (m[1] && m[3]) return undefined;
      return { type: 'DATE', value: d === undefined ? `${y}-${month}` : `${y}-${month}-${pad(dayNumber(d))}` };
    },
  }),
  // "499 to 493 BC", "492-490 BC", "496 and 495 BC": the first year of a range whose end carries the era.
  rawRule({
    name: 'era-range-start',
    pattern: `${B}(\\d{1,4})(?=(?:\\s?[-–]\\s?|\\s+(?:to|and|or|until|till)\\s+)(\\d{1,4})\\s?${ERA_AFTER})`,
    triggers: ERA_TRIGGERS,
    flags: 'gu',
    examples: [
      ['The revolt lasted from [499] to 493 BC in Ionia.', 'BC0499'],
      ['First invasion of Greece ([492]-490 BC) began.', 'BC0492'],
    ],
    negatives: ['The vote was 5 to 8 BC voters.', 'It ran from 30 to 40 AD men.'],
    build: (m) => {
      // Before Christ a range counts down ("499 to 493 BC"); a count ("5 to 8 BC voters") does not end at an era.
      if (!isBc(m[3]) || +m[1] <= +m[2]) return undefined;
      return { type: 'DATE', value: `BC${pad(+m[1], 4)}` };
    },
  }),
  // "the 470s BC", "the 4th century BC", "the 5th century B.C.".
  rule({
    name: 'era-period',
    pattern: `(?:the\\s+)?(?:(\\d{1,3}0)['’]?s|(\\d{1,2})(?:st|nd|rd|th)\\s+century)\\s+${ERA_AFTER}`,
    triggers: ERA_TRIGGERS,
    flags: 'gu',
    examples: [
      ['The league broke up in [the 470s BC] after the war.', 'BC047'],
      ['Athens was rebuilt in [the 4th century BC] by its citizens.', 'BC03'],
      ['The temple was built in [the 5th century B.C.] on the hill.', 'BC04'],
    ],
    build: (m) => {
      const bc = isBc(m[3]);
      if (m[1]) return { type: 'DATE', value: `${bc ? 'BC' : ''}${pad(+m[1], 4).slice(0, 3)}` };
      const century = +m[2];
      if (century < 1) return undefined;
      return { type: 'DATE', value: `${bc ? 'BC' : ''}${pad(century - 1, 2)}` };
    },
  }),
];
