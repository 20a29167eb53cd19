// Edges of issue #22: counts too large for a number, the calendar's first and last years, a summary with nothing to choose.
import * as assert from 'assert';
import { analyze } from '../../src/core/analyze';
import { isIsoDate, toIsoDate } from '../../src/core/calendar';

describe('edges (issue #22)', () => {
  it('a 400-digit count before "years" is a duration of unknown length, not a crash', () => {
    const a = analyze(`It lasted ${'9'.repeat(400)} years.`, { referenceDate: '2022-01-01' });
    assert.deepStrictEqual(a.timexes.map((t) => [t.type, t.value]), [['DURATION', 'PXY']]);
  });

  it('years 1 to 99 are dates of those years', () => {
    assert.ok(isIsoDate('0001-01-01'));
    assert.ok(isIsoDate('0099-12-31'));
    assert.ok(!isIsoDate('0000-02-30'));
    assert.strictEqual(toIsoDate(1, 1, 3), '0001-01-03');
    const a = analyze('The board met on Jan. 3.', { referenceDate: '0001-01-01' });
    assert.strictEqual(a.referenceDate.value, '0001-01-01');
    assert.strictEqual(a.timeline[0].date.value, '0001-01-03');
  });

  it('at 9999-12-31 a date past 9999 is named in a notice, and "next century" is no decade', () => {
    const a = analyze('The board meets tomorrow. Next century it ends. It opened March 3.', { referenceDate: '9999-12-31' });
    assert.ok(!a.timexes.some((t) => t.value === '100'), JSON.stringify(a.timexes));
    const notice = a.notices.find((n) => n.code === 'beyond-calendar');
    assert.ok(notice && /1 date after 9999/.test(notice.message), JSON.stringify(a.notices));
    assert.deepStrictEqual(a.timeline.map((e) => e.date.value), ['9999-03-03']);
    // Left undated, as "next century" is: no value of a year 10000 in the analysis.
    assert.deepStrictEqual(a.timexes.map((t) => [t.text, t.value]), [['March 3', '9999-03-03']]);
  });

  it('"next decade" at 9999-12-31 is no year 1000, and is a decade otherwise', () => {
    const text = 'The plan ends next decade.';
    assert.deepStrictEqual(analyze(text, { referenceDate: '2022-01-01' }).timexes.map((t) => t.value), ['203']);
    const late = analyze(text, { referenceDate: '9999-12-31' });
    assert.ok(!late.timexes.some((t) => t.value === '1000'), JSON.stringify(late.timexes));
  });

  it('an article whose sentences give no summary says why', () => {
    const a = analyze('Hi. Hi. Hi. Hi.', { referenceDate: '2022-01-01' });
    assert.strictEqual(a.summary.length, 0);
    assert.ok(a.notices.some((n) => n.code === 'no-summary'));
  });
});
