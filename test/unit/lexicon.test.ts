// The calendar words are defined once, in src/core/lexicon.ts: its lists and patterns agree with one another, the
// summary's checks built from them read dates as before, and no other source file spells out the names again.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import {
  MONTH, MONTH_CAPTURED, MONTH_NAMES, MONTH_PART, MONTH_SHORT, MONTH_STANDALONE, MONTH_STEM, MONTH_WORD, SEASON, SEASON_CODE, SEASON_NAMES,
  SEASON_PART, WEEKDAY, WEEKDAY_ABBREVIATION, WEEKDAY_FULL, WEEKDAY_NAMES, WEEKDAY_PART, WEEKDAY_SHORT, WEEKDAY_STEM, monthOf, weekdayOf,
} from '../../src/core/lexicon';
import { standsAlone } from '../../src/core/summary/sheet';

const whole = (source: string, flags = '') => new RegExp(`^(?:${source})$`, flags);

describe('lexicon: one definition of each calendar word', () => {
  it('every month name is read by each month pattern and numbered by monthOf', () => {
    MONTH_NAMES.forEach((name, i) => {
      for (const source of [MONTH, MONTH_WORD, MONTH_STANDALONE, MONTH_CAPTURED, MONTH_STEM]) assert.ok(whole(source).test(name), `${source} misses ${name}`);
      assert.strictEqual(monthOf(name), i + 1);
      assert.strictEqual(monthOf(MONTH_SHORT[i]), i + 1);
      assert.ok(new RegExp(MONTH_PART, 'i').test(name));
    });
    assert.ok(!whole(MONTH_STANDALONE).test('Mar.'), '"Mar." alone is another word');
  });

  it('every weekday is read by each weekday pattern and numbered by weekdayOf, Sunday 0', () => {
    assert.strictEqual(WEEKDAY_NAMES[new Date(Date.UTC(2024, 4, 14)).getUTCDay()], 'Tuesday');
    WEEKDAY_NAMES.forEach((name, i) => {
      for (const source of [WEEKDAY, WEEKDAY_FULL, WEEKDAY_STEM]) assert.ok(whole(source).test(name), `${source} misses ${name}`);
      assert.ok(whole(WEEKDAY_FULL, 'i').test(name.toLowerCase()));
      assert.ok(whole(WEEKDAY_ABBREVIATION).test(WEEKDAY_SHORT[i]));
      assert.ok(whole(WEEKDAY_STEM).test(`${WEEKDAY_SHORT[i]}.`));
      assert.strictEqual(weekdayOf(name), i);
      assert.ok(new RegExp(WEEKDAY_PART, 'i').test(name));
    });
    assert.ok(!whole(WEEKDAY_FULL).test('Tues'), 'full names only');
    for (const short of ['Tues', 'Thur', 'Thurs']) assert.ok(whole(WEEKDAY_ABBREVIATION).test(short));
  });

  it('every season has its code, and the season pattern and trigger part read it', () => {
    for (const name of SEASON_NAMES) {
      assert.ok(SEASON_CODE[name], name);
      assert.ok(whole(SEASON).test(name));
      assert.ok(SEASON_PART.split('|').includes(name));
    }
  });

  it('a line that only gives a date does not stand alone as a summary sentence', () => {
    for (const text of ['April 23, 2015 .', 'Tuesday, Sept. 8, 2015.', 'sunday dec 7th 2014', '  March 3 2020  ']) assert.ok(!standsAlone(text), text);
    for (const text of ['April 23, 2015 was the day the dam broke.', 'Tues. April 23, 2015.']) assert.ok(standsAlone(text), text);
  });

  it('no other source file spells out a list of month, weekday or season names', () => {
    const SPELLED = /January\W{1,6}February|\bjan\W{1,6}feb\b|Monday\W{1,6}Tuesday|Sunday\W{1,6}Monday|\bmon\W{1,6}tue|\bsun\W{1,6}mon\b|\(\?:mon\|tues|spring\W{1,6}summer|summer\W{1,6}winter/i;
    const root = path.resolve(__dirname, '..', '..', '..', 'src');
    const found: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (file.endsWith('.ts') && !file.endsWith(path.join('core', 'lexicon.ts'))) {
          fs.readFileSync(file, 'utf8')
            .split('\n')
            .forEach((line, i) => {
              if (SPELLED.test(line)) found.push(`${path.relative(root, file)}:${i + 1}`);
            });
        }
      }
    };
    walk(root);
    assert.deepStrictEqual(found, []);
  });
});
