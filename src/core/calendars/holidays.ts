// Holidays by rule, as data: each one's names as a regular expression (matched case-insensitively, white space
// folded), the calendar it is kept in, its rule in words (the panel's explanation uses it) and the function giving its
// day in a Gregorian year. No table of years: the rules hold for any year the calendars cover.
import { orthodoxEaster, westernEaster } from './easter';
import { dayOfWeek, fixedFromGregorian, nthWeekdayOfMonth } from './fixed';
import { hanukkah, passover, purim, roshHashanah, shavuot, sukkot, tuBishvat, yomHaatzmaut, yomHashoah, yomKippur } from './hebrew';
import { ASHADHA, ASHVIN, BHADRAPADA, CHAITRA, KARTIKA, MAGHA, PAUSHA, PHALGUNA, PURNIMA, SHRAVANA, VAISHAKHA, bengaliSolarDay, dark, lunar, onam, parsiNewYear, solarFeast } from './hindu';
import { ashura, eidAlAdha, eidAlFitr, islamicNewYear, israMiraj, jumuatulWida, laylatAlQadr, mawlid, ramadanStart } from './islamic';
import { chineseMonthDay, chineseNewYear, diwali } from './lunisolar';

export type HolidayCalendar = 'gregorian' | 'easter' | 'orthodox' | 'hebrew' | 'islamic' | 'chinese' | 'hindu' | 'parsi';

export interface Holiday {
  /** The canonical name, as the panel shows it. */
  readonly name: string;
  /** The names it goes by, a regular-expression source without groups; `'` stands for either apostrophe. */
  readonly names: string;
  readonly calendar: HolidayCalendar;
  /** The rule in words: "the fourth Thursday of November". */
  readonly rule: string;
  /** Its day (a fixed day, see fixed.ts) in Gregorian year `y`, or undefined when it does not fall in that year. */
  readonly day: (y: number) => number | undefined;
  /** A checked example, `YYYY-MM-DD` (the unit tests hold every holiday to it). */
  readonly example: string;
}

const fixed = (m: number, d: number) => (y: number) => fixedFromGregorian(y, m, d);
const nth = (m: number, weekday: number, n: number) => (y: number) => nthWeekdayOfMonth(y, m, weekday, n);
const fromEaster = (days: number) => (y: number) => westernEaster(y) + days;
const thanksgiving = nth(11, 4, 4);

/** The US general election: the Tuesday after the first Monday of November. */
function electionDay(y: number): number {
  return nthWeekdayOfMonth(y, 11, 1, 1) + 1;
}

/** Tisha B'Av: 9 Av (from Nisan the months have fixed lengths, so 112 days after 15 Nisan), a fast moved off the
 *  Sabbath to the Sunday. */
function tishaBav(y: number): number {
  const day = passover(y) + 112;
  return dayOfWeek(day) === 6 ? day + 1 : day;
}

/** Victoria Day (Canada): the Monday before 25 May. */
function victoriaDay(y: number): number {
  const may24 = fixedFromGregorian(y, 5, 24);
  return may24 - ((dayOfWeek(may24) - 1 + 7) % 7);
}

/** Boss's Day (US): 16 October, or the nearest weekday when it falls on a weekend. */
function bossDay(y: number): number {
  const day = fixedFromGregorian(y, 10, 16);
  const weekday = dayOfWeek(day);
  return weekday === 6 ? day - 1 : weekday === 0 ? day + 1 : day;
}

/** King's Day (the Netherlands): 27 April, the day before when that is a Sunday. */
function kingsDay(y: number): number {
  const day = fixedFromGregorian(y, 4, 27);
  return dayOfWeek(day) === 0 ? day - 1 : day;
}

const makarSankranti = (y: number): number => solarFeast(y, 270);
const holikaDahan = lunar(PHALGUNA, PURNIMA, 'evening');
const next = (day: number | undefined): number | undefined => (day === undefined ? undefined : day + 1);

export const HOLIDAYS: readonly Holiday[] = [
  // Gregorian, fixed days
  { name: "New Year's Eve", names: "new year'?s eve", calendar: 'gregorian', rule: '31 December', day: fixed(12, 31), example: '2024-12-31' },
  { name: "New Year's Day", names: "new year'?s(?: day)?", calendar: 'gregorian', rule: '1 January', day: fixed(1, 1), example: '2024-01-01' },
  { name: 'Epiphany', names: 'epiphany', calendar: 'gregorian', rule: '6 January', day: fixed(1, 6), example: '2024-01-06' },
  { name: 'Groundhog Day', names: 'groundhog day', calendar: 'gregorian', rule: '2 February', day: fixed(2, 2), example: '2024-02-02' },
  { name: "Valentine's Day", names: "(?:saint |st\\.? )?valentine'?s? day", calendar: 'gregorian', rule: '14 February', day: fixed(2, 14), example: '2024-02-14' },
  { name: "St. Patrick's Day", names: "(?:st\\.?|saint) (?:patrick|paddy)'?s day", calendar: 'gregorian', rule: '17 March', day: fixed(3, 17), example: '2024-03-17' },
  { name: 'May Day', names: 'may day', calendar: 'gregorian', rule: '1 May', day: fixed(5, 1), example: '2024-05-01' },
  { name: 'Independence Day', names: 'independence day|fourth of july|july fourth', calendar: 'gregorian', rule: '4 July (the US holiday)', day: fixed(7, 4), example: '2024-07-04' },
  { name: 'Bastille Day', names: 'bastille day', calendar: 'gregorian', rule: '14 July', day: fixed(7, 14), example: '2024-07-14' },
  { name: 'Halloween', names: 'halloween', calendar: 'gregorian', rule: '31 October', day: fixed(10, 31), example: '2024-10-31' },
  { name: "All Saints' Day", names: "all saints'? day", calendar: 'gregorian', rule: '1 November', day: fixed(11, 1), example: '2024-11-01' },
  { name: 'Veterans Day', names: "veterans'? day|remembrance day|armistice day", calendar: 'gregorian', rule: '11 November', day: fixed(11, 11), example: '2024-11-11' },
  { name: 'Christmas Eve', names: 'christmas eve', calendar: 'gregorian', rule: '24 December', day: fixed(12, 24), example: '2024-12-24' },
  { name: 'Christmas Day', names: 'christmas(?: day)?|xmas', calendar: 'gregorian', rule: '25 December', day: fixed(12, 25), example: '2024-12-25' },
  { name: 'World Vegan Day', names: 'world vegan day', calendar: 'gregorian', rule: '1 November', day: fixed(11, 1), example: '2024-11-01' },
  { name: 'Boxing Day', names: 'boxing day', calendar: 'gregorian', rule: '26 December', day: fixed(12, 26), example: '2024-12-26' },
  // Gregorian, a weekday of a week of the month
  { name: 'Martin Luther King Day', names: "martin luther king'?s?(?:,? jr\\.?)? day|mlk(?: jr\\.?)? day|civil rights day", calendar: 'gregorian', rule: 'the third Monday of January', day: nth(1, 1, 3), example: '2024-01-15' },
  { name: "Boss's Day", names: "boss'?s? day", calendar: 'gregorian', rule: '16 October, or the nearest weekday (US)', day: bossDay, example: '2021-10-15' },
  { name: "King's Day", names: "king'?s day|koningsdag", calendar: 'gregorian', rule: '27 April, 26 April when that is a Sunday (the Netherlands)', day: kingsDay, example: '2014-04-26' },
  { name: "Presidents' Day", names: "presidents'? day|president's day|washington's birthday", calendar: 'gregorian', rule: 'the third Monday of February', day: nth(2, 1, 3), example: '2024-02-19' },
  { name: "Mother's Day", names: "mother's day", calendar: 'gregorian', rule: 'the second Sunday of May (the US and many others)', day: nth(5, 0, 2), example: '2024-05-12' },
  { name: 'Victoria Day', names: 'victoria day', calendar: 'gregorian', rule: 'the Monday before 25 May', day: victoriaDay, example: '2024-05-20' },
  { name: 'Memorial Day', names: 'memorial day', calendar: 'gregorian', rule: 'the last Monday of May', day: nth(5, 1, -1), example: '2024-05-27' },
  { name: "Father's Day", names: "father's day", calendar: 'gregorian', rule: 'the third Sunday of June', day: nth(6, 0, 3), example: '2024-06-16' },
  { name: 'Labor Day', names: 'labou?r day', calendar: 'gregorian', rule: 'the first Monday of September (the US and Canada)', day: nth(9, 1, 1), example: '2024-09-02' },
  { name: 'Columbus Day', names: "columbus day|indigenous peoples'? day", calendar: 'gregorian', rule: 'the second Monday of October', day: nth(10, 1, 2), example: '2024-10-14' },
  { name: 'Election Day', names: 'election day', calendar: 'gregorian', rule: 'the Tuesday after the first Monday of November (US)', day: electionDay, example: '2024-11-05' },
  { name: 'Thanksgiving', names: 'thanksgiving(?: day)?', calendar: 'gregorian', rule: 'the fourth Thursday of November (US)', day: thanksgiving, example: '2024-11-28' },
  { name: 'Black Friday', names: 'black friday', calendar: 'gregorian', rule: 'the day after Thanksgiving', day: (y) => thanksgiving(y) + 1, example: '2024-11-29' },
  { name: 'Cyber Monday', names: 'cyber monday', calendar: 'gregorian', rule: 'the Monday after Thanksgiving', day: (y) => thanksgiving(y) + 4, example: '2024-12-02' },
  // Western Easter and the feasts counted from it
  { name: 'Ash Wednesday', names: 'ash wednesday', calendar: 'easter', rule: '46 days before Easter', day: fromEaster(-46), example: '2024-02-14' },
  { name: 'Palm Sunday', names: 'palm sunday', calendar: 'easter', rule: 'the Sunday before Easter', day: fromEaster(-7), example: '2024-03-24' },
  { name: 'Maundy Thursday', names: '(?:maundy|holy) thursday', calendar: 'easter', rule: 'the Thursday before Easter', day: fromEaster(-3), example: '2024-03-28' },
  { name: 'Good Friday', names: 'good friday', calendar: 'easter', rule: 'the Friday before Easter', day: fromEaster(-2), example: '2024-03-29' },
  { name: 'Holy Saturday', names: 'holy saturday', calendar: 'easter', rule: 'the day before Easter', day: fromEaster(-1), example: '2024-03-30' },
  { name: 'Easter', names: 'easter(?: sunday)?', calendar: 'easter', rule: 'the Sunday after the first ecclesiastical full moon on or after 21 March (Gregorian computus)', day: westernEaster, example: '2024-03-31' },
  { name: 'Shrove Tuesday', names: 'shrove tuesday|mardi gras|pancake day', calendar: 'easter', rule: '47 days before Easter', day: fromEaster(-47), example: '2024-02-13' },
  { name: 'Easter Monday', names: 'easter monday', calendar: 'easter', rule: 'the day after Easter', day: fromEaster(1), example: '2024-04-01' },
  { name: 'Ascension Day', names: 'ascension(?: day| thursday)?', calendar: 'easter', rule: '39 days after Easter', day: fromEaster(39), example: '2024-05-09' },
  { name: 'Pentecost', names: 'pentecost(?: sunday)?|whit ?sunday', calendar: 'easter', rule: '49 days after Easter', day: fromEaster(49), example: '2024-05-19' },
  { name: 'Whit Monday', names: 'whit ?monday|pentecost monday', calendar: 'easter', rule: '50 days after Easter', day: fromEaster(50), example: '2024-05-20' },
  { name: 'Trinity Sunday', names: 'trinity sunday', calendar: 'easter', rule: '56 days after Easter', day: fromEaster(56), example: '2024-05-26' },
  { name: 'Corpus Christi', names: 'corpus christi', calendar: 'easter', rule: '60 days after Easter', day: fromEaster(60), example: '2024-05-30' },
  // Orthodox
  { name: 'Orthodox Easter', names: '(?:orthodox|eastern orthodox|greek orthodox|russian orthodox) easter', calendar: 'orthodox', rule: 'Easter by the Julian computus', day: orthodoxEaster, example: '2024-05-05' },
  { name: 'Orthodox Good Friday', names: 'orthodox (?:good|great|holy) friday|great friday', calendar: 'orthodox', rule: 'the Friday before Orthodox Easter', day: (y) => orthodoxEaster(y) - 2, example: '2024-05-03' },
  { name: 'Clean Monday', names: 'clean monday|(?:orthodox )?shrove monday|great fast', calendar: 'orthodox', rule: '48 days before Orthodox Easter (the start of Great Lent)', day: (y) => orthodoxEaster(y) - 48, example: '2024-03-18' },
  { name: 'Lazarus Saturday', names: 'lazarus saturday', calendar: 'orthodox', rule: 'the Saturday before Orthodox Palm Sunday', day: (y) => orthodoxEaster(y) - 8, example: '2024-04-27' },
  { name: 'Orthodox Christmas', names: 'orthodox christmas', calendar: 'orthodox', rule: '25 December in the Julian calendar (7 January)', day: fixed(1, 7), example: '2024-01-07' },
  // Hebrew
  { name: 'Rosh Hashanah', names: 'rosh hashann?ah?|jewish new year', calendar: 'hebrew', rule: '1 Tishrei in the Hebrew calendar', day: roshHashanah, example: '2024-10-03' },
  { name: 'Yom Kippur', names: 'yom kippur', calendar: 'hebrew', rule: '10 Tishrei in the Hebrew calendar', day: yomKippur, example: '2024-10-12' },
  { name: 'Sukkot', names: 'sukkot|succoth|succos|sukkos|feast of (?:the )?(?:tabernacles|booths|ingathering)', calendar: 'hebrew', rule: '15 Tishrei in the Hebrew calendar', day: sukkot, example: '2024-10-17' },
  { name: 'Shemini Atzeret', names: 'shemini atzeret', calendar: 'hebrew', rule: '22 Tishrei in the Hebrew calendar', day: (y) => roshHashanah(y) + 21, example: '2024-10-24' },
  { name: 'Simchat Torah', names: 'simchat torah|simhat torah', calendar: 'hebrew', rule: '23 Tishrei in the Hebrew calendar (outside Israel)', day: (y) => roshHashanah(y) + 22, example: '2024-10-25' },
  { name: 'Hanukkah', names: 'hann?ukk?ah|chann?ukk?ah', calendar: 'hebrew', rule: '25 Kislev in the Hebrew calendar', day: hanukkah, example: '2024-12-26' },
  { name: 'Purim', names: 'purim', calendar: 'hebrew', rule: '14 Adar in the Hebrew calendar', day: purim, example: '2024-03-24' },
  { name: 'Passover', names: 'passover|pesach', calendar: 'hebrew', rule: '15 Nisan in the Hebrew calendar', day: passover, example: '2024-04-23' },
  { name: "Lag BaOmer", names: "lag b'?a?omer", calendar: 'hebrew', rule: '18 Iyar in the Hebrew calendar (33 days after the first day of Passover)', day: (y) => passover(y) + 33, example: '2024-05-26' },
  { name: "Tisha B'Av", names: "tisha b'?av", calendar: 'hebrew', rule: '9 Av in the Hebrew calendar, kept on the Sunday when it falls on a Saturday', day: tishaBav, example: '2024-08-13' },
  { name: 'Tu Bishvat', names: "tu b'?i?sh?vat", calendar: 'hebrew', rule: '15 Shevat in the Hebrew calendar', day: tuBishvat, example: '2024-01-25' },
  { name: 'Yom HaShoah', names: 'yom hashoah|holocaust (?:remembrance )?day', calendar: 'hebrew', rule: '27 Nisan in the Hebrew calendar, kept on the Thursday from a Friday and the Monday from a Sunday', day: yomHashoah, example: '2024-05-06' },
  { name: "Yom Ha'atzmaut", names: "yom ha'?atzmaut", calendar: 'hebrew', rule: "5 Iyar in the Hebrew calendar, moved off the days next to the Sabbath (Israel's Independence Day)", day: yomHaatzmaut, example: '2024-05-14' },
  { name: 'Shavuot', names: 'shavuot', calendar: 'hebrew', rule: '6 Sivan in the Hebrew calendar', day: shavuot, example: '2024-06-12' },
  // Islamic (tabular)
  { name: 'Ramadan', names: 'ramadan|ramazan', calendar: 'islamic', rule: '1 Ramadan in the tabular Islamic calendar (sighting may move it a day)', day: ramadanStart, example: '2024-03-11' },
  { name: 'Eid al-Fitr', names: '(?:eid|id)(?: al| ul| el)?[- ]fitr', calendar: 'islamic', rule: '1 Shawwal in the tabular Islamic calendar (sighting may move it a day)', day: eidAlFitr, example: '2024-04-10' },
  { name: 'Eid al-Adha', names: '(?:eid|id)(?: al| ul| el)?[- ]adha|bakr[- ]?id|bakri[- ]id|feast of (?:the )?sacrifice|sacrifice feast', calendar: 'islamic', rule: '10 Dhu al-Hijjah in the tabular Islamic calendar (sighting may move it a day)', day: eidAlAdha, example: '2024-06-16' },
  { name: 'Islamic New Year', names: 'islamic new year|hijri new year|amun jadid', calendar: 'islamic', rule: '1 Muharram', day: islamicNewYear, example: '2024-07-07' },
  { name: 'Ashura', names: '(?:the )?day of ashura|ashura day', calendar: 'islamic', rule: '10 Muharram', day: ashura, example: '2024-07-16' },
  { name: 'Mawlid', names: "mawlid(?: al-nabawi| an-nabi| al-nabi)?|milad[- ]un[- ]nabi|(?:the )?prophet's birthday", calendar: 'islamic', rule: "12 Rabi' al-Awwal", day: mawlid, example: '2024-09-15' },
  { name: "Isra and Mi'raj", names: "isra (?:and|&) mi'?raj|(?:the )?prophet's ascension|(?:the )?night journey|ascension to heaven", calendar: 'islamic', rule: '27 Rajab', day: israMiraj, example: '2019-04-03' },
  { name: 'Laylat al-Qadr', names: 'laylat al[- ][qk]adr|night of (?:power|measures|destiny|decree)', calendar: 'islamic', rule: '27 Ramadan (its night)', day: laylatAlQadr, example: '2024-04-06' },
  { name: "Jumu'atul-Wida", names: "jumu'?atul[- ]wida|jamat[- ]ul[- ]vida", calendar: 'islamic', rule: 'the last Friday of Ramadan', day: jumuatulWida, example: '2024-04-05' },
  // Chinese and Hindu, by the moon
  { name: 'Chinese New Year', names: "chinese new year(?:'?s)?(?: day)?|lunar new year(?:'?s)?(?: day)?|spring festival", calendar: 'chinese', rule: 'the second new moon after the December solstice, in Beijing time', day: chineseNewYear, example: '2024-02-10' },
  { name: 'Ugadi', names: 'u?gadi|yugadi|gudi padwa|samvatsaradi|chaitra sukh?ladi', calendar: 'hindu', rule: 'the first tithi of the bright half of Chaitra, at sunrise', day: lunar(CHAITRA, 1, 'sunrise'), example: '2018-03-18' },
  { name: 'Rama Navami', names: 'rama? navami', calendar: 'hindu', rule: 'the ninth tithi of the bright half of Chaitra, at midday', day: lunar(CHAITRA, 9, 'noon'), example: '2020-04-02' },
  { name: 'Mahavir Jayanti', names: 'mahav(?:ee|i)r (?:jayanti|janma kalyanak)', calendar: 'hindu', rule: 'the thirteenth tithi of the bright half of Chaitra', day: lunar(CHAITRA, 13, 'sunrise'), example: '2020-04-06' },
  { name: 'Buddha Purnima', names: 'buddha purnima|buddha jayanti|vaisakha', calendar: 'hindu', rule: 'the full moon of Vaishakha (as kept in India)', day: lunar(VAISHAKHA, PURNIMA, 'sunrise'), example: '2024-05-23' },
  { name: 'Ratha Yatra', names: 'rath(?:a)?[- ]yatra', calendar: 'hindu', rule: 'the second tithi of the bright half of Ashadha', day: lunar(ASHADHA, 2, 'sunrise'), example: '2018-07-14' },
  { name: 'Raksha Bandhan', names: 'raksha bandhan|rakhi', calendar: 'hindu', rule: 'the full moon of Shravana', day: lunar(SHRAVANA, PURNIMA, 'sunrise'), example: '2018-08-26' },
  { name: 'Onam', names: 'onam|thiru ?onam|thiruvonam', calendar: 'hindu', rule: 'the day of the solar month Chingam the Moon is in Thiruvonam (Shravana) after sunrise', day: onam, example: '2018-08-24' },
  { name: 'Janmashtami', names: '(?:krishna )?janmashtami|gokulashtami', calendar: 'hindu', rule: 'the eighth tithi of the dark half of Shravana (amanta), at midnight', day: lunar(SHRAVANA, dark(8), 'midnight'), example: '2019-08-23' },
  { name: 'Ganesh Chaturthi', names: 'ganesh(?:a)? chaturthi|vinayaka chaturthi', calendar: 'hindu', rule: 'the fourth tithi of the bright half of Bhadrapada, at midday', day: lunar(BHADRAPADA, 4, 'noon'), example: '2019-09-02' },
  { name: 'Navaratri', names: 'navaratri|navratri|durga puja', calendar: 'hindu', rule: 'the first tithi of the bright half of Ashvin', day: lunar(ASHVIN, 1, 'sunrise'), example: '2024-10-03' },
  { name: 'Maha Saptami', names: 'maha saptami', calendar: 'hindu', rule: 'the seventh tithi of the bright half of Ashvin', day: lunar(ASHVIN, 7, 'sunrise'), example: '2021-10-12' },
  { name: 'Dussehra', names: 'dussehra|dasara|vijaya ?dashami', calendar: 'hindu', rule: 'the tenth tithi of the bright half of Ashvin, in the afternoon', day: lunar(ASHVIN, 10, 'afternoon'), example: '2024-10-12' },
  { name: 'Valmiki Jayanti', names: '(?:maharishi )?valmiki jayanti|pargat diwas', calendar: 'hindu', rule: 'the full moon of Ashvin', day: lunar(ASHVIN, PURNIMA, 'sunrise'), example: '2019-10-13' },
  { name: 'Karva Chauth', names: 'karv?a chauth', calendar: 'hindu', rule: 'the fourth tithi of the dark half of Ashvin (amanta), at moonrise', day: lunar(ASHVIN, dark(4), 'moonrise'), example: '2018-10-27' },
  { name: 'Dhanteras', names: 'dhanteras|dhanatrayodashi', calendar: 'hindu', rule: 'the thirteenth tithi of the dark half of Ashvin (amanta), in the evening', day: lunar(ASHVIN, dark(13), 'evening'), example: '2019-10-25' },
  { name: 'Choti Diwali', names: 'chh?oti diwali|kali chaudas|naraka chaturdashi', calendar: 'hindu', rule: 'the day before Diwali', day: (y) => diwali(y) - 1, example: '2019-10-26' },
  { name: 'Bhai Dooj', names: 'bhai dooj|bhau beej|bhai tika|bhaiya dooj', calendar: 'hindu', rule: 'the second tithi of the bright half of Kartika, in the afternoon', day: lunar(KARTIKA, 2, 'afternoon'), example: '2019-10-29' },
  { name: 'Chhath', names: 'chhath(?: puja)?|dala puja|surya shashthi', calendar: 'hindu', rule: 'the sixth tithi of the bright half of Kartika, at sunset', day: lunar(KARTIKA, 6, 'evening'), example: '2019-11-02' },
  { name: 'Guru Nanak Jayanti', names: "guru nanak(?: dev)? (?:jayanti|gurpurab|birthday)|guru nanak's birthday", calendar: 'hindu', rule: 'the full moon of Kartika', day: lunar(KARTIKA, PURNIMA, 'sunrise'), example: '2024-11-15' },
  { name: 'Guru Gobind Singh Jayanti', names: 'guru go[bv]ind singh (?:jayanti|birthday)', calendar: 'hindu', rule: 'the seventh tithi of the bright half of Pausha', day: lunar(PAUSHA, 7, 'sunrise'), example: '2014-01-07' },
  { name: 'Vasant Panchami', names: '[bv]asant panchami|saraswati puja', calendar: 'hindu', rule: 'the fifth tithi of the bright half of Magha', day: lunar(MAGHA, 5, 'sunrise'), example: '2019-02-10' },
  { name: 'Guru Ravidas Jayanti', names: 'guru ravidass? (?:jayanti|birthday)', calendar: 'hindu', rule: 'the full moon of Magha', day: lunar(MAGHA, PURNIMA, 'sunrise'), example: '2019-02-19' },
  { name: 'Maha Shivaratri', names: 'maha ?shivara?tri', calendar: 'hindu', rule: 'the fourteenth tithi of the dark half of Magha (amanta), at midnight', day: lunar(MAGHA, dark(14), 'midnight'), example: '2020-02-21' },
  { name: 'Holika Dahan', names: 'holika dahan|chh?oti holi|kamudu pyre', calendar: 'hindu', rule: 'the full moon of Phalguna, in the evening', day: holikaDahan, example: '2019-03-20' },
  { name: 'Holi', names: 'holi|dhulandi|phagwah|rangwali holi', calendar: 'hindu', rule: 'the day after Holika Dahan', day: (y) => next(holikaDahan(y)), example: '2019-03-21' },
  { name: 'Makar Sankranti', names: 'makara? sankranth?i|pongal|thai pongal|maghi', calendar: 'hindu', rule: "the Sun's entry into sidereal Capricorn (its day, or the next when after sunset)", day: makarSankranti, example: '2019-01-15' },
  { name: 'Bhogi', names: 'bh?ogi(?: pandigai)?|lohri', calendar: 'hindu', rule: 'the day before Makar Sankranti', day: (y) => makarSankranti(y) - 1, example: '2018-01-13' },
  { name: 'Mattu Pongal', names: 'maa?ttu pongal', calendar: 'hindu', rule: 'the day after Makar Sankranti', day: (y) => makarSankranti(y) + 1, example: '2018-01-15' },
  { name: 'Kaanum Pongal', names: 'kaa?num pongal|kanni pongal', calendar: 'hindu', rule: 'two days after Makar Sankranti', day: (y) => makarSankranti(y) + 2, example: '2018-01-16' },
  { name: 'Vaisakhi', names: 'vaa?i?s(?:h)?akhi|baisakhi|vasakhi', calendar: 'hindu', rule: "the day of the Sun's entry into sidereal Aries (Mesha sankranti)", day: (y) => solarFeast(y, 0, 'civil'), example: '2024-04-13' },
  { name: 'Rabindra Jayanti', names: 'rabindra(?:nath)? jayanti', calendar: 'hindu', rule: '25 Boishakh in the Bengali solar calendar', day: (y) => bengaliSolarDay(y, 0, 25), example: '2018-05-09' },
  { name: 'Parsi New Year', names: 'parsi new year|pateti', calendar: 'parsi', rule: '1 Farvardin in the Shahenshahi calendar (365 days, no leap day)', day: parsiNewYear, example: '2024-08-15' },
  { name: 'Vesak', names: 'vesak(?: day)?|wesak(?: day)?|buddha day', calendar: 'chinese', rule: 'the 15th day of the fourth Chinese month (Singapore, Malaysia)', day: (y) => chineseMonthDay(y, 4, 15), example: '2014-05-13' },
  { name: 'Diwali', names: 'diwali|deepavali', calendar: 'hindu', rule: 'the new moon of the month Ashvin, on the evening the new-moon tithi holds in India', day: diwali, example: '2023-11-12' },
];

/** How many characters an alternative always matches: its text without optional groups and pattern signs. */
const shortest = (alternative: string): number => alternative.replace(/\(\?:[^()]*\)\?/g, '').replace(/[\\?()[\]|]/g, '').length;

/**
 * The names of every holiday as one alternation, the longest shortest-match first, so that "Easter Monday" is tried
 * before "Easter(?: Sunday)?" and wins.
 */
export const HOLIDAY_NAMES_SOURCE = HOLIDAYS.flatMap((h) => topLevelAlternatives(h.names))
  .sort((a, b) => shortest(b) - shortest(a) || b.length - a.length)
  .map((n) => n.replace(/'/g, "['’]").replace(/ (?![^[]*\])/g, '\\s+'))
  .join('|');

/** A pattern's alternatives outside any group: "a(?:b|c)|d" gives "a(?:b|c)" and "d". */
function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

const COMPILED = HOLIDAYS.map((h) => ({ holiday: h, re: new RegExp(`^(?:${h.names.replace(/'/g, "['’]")})$`) }));

/** The holiday a name (any case, any white space, either apostrophe) stands for. */
export function holidayNamed(words: string): Holiday | undefined {
  const key = words.replace(/\s+/g, ' ').trim().toLowerCase();
  return COMPILED.find((c) => c.re.test(key))?.holiday;
}

/** The fixed day of the holiday named `words` in Gregorian year `y`. */
export function holidayDay(words: string, y: number): number | undefined {
  return holidayNamed(words)?.day(y);
}
