import * as assert from 'assert';
import { describeValue, findExplicitDate, isIsoDate } from '../../src/core/calendar';
import { InvalidDateError, resolveReferenceDate } from '../../src/core/referenceDate';
import type { DocumentFormat } from '../../src/core/types';
import { readFixture } from './support/fixtures';

const TODAY = '2026-11-24';

describe('reference date', () => {
  it('takes the caller\'s date first, and refuses one that is not a date', () => {
    assert.deepStrictEqual(resolveReferenceDate(readFixture('harbor-bridge.md'), 'markdown', '2022-04-01', TODAY), { value: '2022-04-01', source: 'option' });
    assert.throws(() => resolveReferenceDate('x', 'plaintext', '2022-02-30', TODAY), InvalidDateError);
    assert.throws(() => resolveReferenceDate('x', 'plaintext', 'Friday', TODAY), /YYYY-MM-DD/);
  });

  it('reads Markdown front matter', () => {
    const text = readFixture('harbor-bridge.md');
    const ref = resolveReferenceDate(text, 'markdown', undefined, TODAY);
    assert.strictEqual(ref.value, '2025-06-13');
    assert.strictEqual(ref.source, 'document');
    assert.strictEqual(text.slice(ref.mention!.start, ref.mention!.end), ref.mention!.text);
  });

  it('reads HTML meta and <time datetime>', () => {
    assert.strictEqual(resolveReferenceDate(readFixture('council-vote.html'), 'html', undefined, TODAY).value, '2024-09-18');
    const time = '<html><body><p>Posted <time datetime="2021-12-05T08:00">Sunday</time></p><p>Text here.</p></body></html>';
    assert.strictEqual(resolveReferenceDate(time, 'html', undefined, TODAY).value, '2021-12-05');
  });

  it('reads a "Published" or "Updated" line', () => {
    const text = 'Ferry Strike Ends\nPublished: 12 March 2019, 14:05 GMT\n\nThe strike ended on Tuesday.';
    assert.deepStrictEqual(resolveReferenceDate(text, 'plaintext', undefined, TODAY).value, '2019-03-12');
    assert.strictEqual(resolveReferenceDate('Updated Aug. 3, 2020 at 5 p.m.\n\nText.', 'plaintext', undefined, TODAY).value, '2020-08-03');
  });

  it('reads a dateline, with the year from elsewhere in the story or else the current year', () => {
    assert.strictEqual(resolveReferenceDate(readFixture('quarry-dispute.txt'), 'plaintext', undefined, TODAY).value, '2023-10-14');
    const noYear = 'HEKLA ISLAND, Nov. 7 (Wire) — The ferry did not sail.';
    assert.deepStrictEqual(resolveReferenceDate(noYear, 'plaintext', undefined, TODAY).value, '2026-11-07');
  });

  it('reads a dateline with the day first, a weekday, no agency, or in bold', () => {
    const cases: [string, DocumentFormat, string][] = [
      ['**PORTVALE, Tuesday 14 May 2024** — The bridge will reopen on June 3.', 'markdown', '2024-05-14'],
      ['PORTVALE, 14 May 2024 — The bridge will reopen on June 3.', 'plaintext', '2024-05-14'],
      ['PORTVALE, Tuesday, May 14, 2024 — The bridge will reopen on June 3.', 'plaintext', '2024-05-14'],
      ['_KYIV, Ukraine, March 3, 2023_ -- Trains ran again.', 'markdown', '2023-03-03'],
    ];
    for (const [text, format, value] of cases) {
      const found = resolveReferenceDate(text, format, undefined, TODAY);
      assert.deepStrictEqual([found.value, found.source], [value, 'document'], text);
    }
  });

  it('falls back to today and says so', () => {
    assert.deepStrictEqual(resolveReferenceDate('The council met on Friday.', 'plaintext', undefined, TODAY), { value: TODAY, source: 'today' });
  });

  it('does not take an event date deep in the body for the story\'s date', () => {
    const text = 'Council Meets\n\n' + 'The council met. '.repeat(300) + '\nPublished April 1, 2022';
    assert.strictEqual(resolveReferenceDate(text, 'plaintext', undefined, TODAY).source, 'today');
  });
});

describe('calendar', () => {
  it('knows real dates', () => {
    assert.ok(isIsoDate('2024-02-29'));
    assert.ok(!isIsoDate('2023-02-29'));
    assert.ok(!isIsoDate('2023-2-1'));
  });

  it('finds explicit dates in their common written forms', () => {
    assert.strictEqual(findExplicitDate('on Feb. 24, 2022 at dawn')?.value, '2022-02-24');
    assert.strictEqual(findExplicitDate('24 February 2022')?.value, '2022-02-24');
    assert.strictEqual(findExplicitDate('2022-02-24T05:00:00Z')?.value, '2022-02-24');
    assert.strictEqual(findExplicitDate('Nov. 7', 2021)?.value, '2021-11-07');
    assert.strictEqual(findExplicitDate('Nov. 7'), undefined);
    assert.strictEqual(findExplicitDate('$240 million'), undefined);
  });

  it('labels and sorts each kind of TimeML value', () => {
    const cases: Array<[string, string, string]> = [
      ['2022-04-01', 'day', 'Fri 1 Apr 2022'], ['2021-03', 'month', 'Mar 2021'], ['2022', 'year', '2022'], ['199', 'decade', '1990s'],
      ['2024-Q3', 'quarter', 'Q3 2024'], ['2025-W22', 'week', 'Week 22, 2025'], ['2024-SU', 'season', 'Summer 2024'],
      ['2023-08-13T02:30', 'time', 'Sun 13 Aug 2023, 02:30'], ['2023-08-13TEV', 'time', 'Sun 13 Aug 2023, evening'],
      ['2024-H1', 'half', 'H1 2024'], ['19', 'century', '20th century'],
    ];
    for (const [value, granularity, label] of cases) assert.deepStrictEqual([describeValue(value)?.granularity, describeValue(value)?.label], [granularity, label], value);
    for (const value of ['PRESENT_REF', 'P3D', 'XXXX-04', '2022-13', 'XXXX-WXX-1']) assert.strictEqual(describeValue(value), undefined, value);
    assert.ok(describeValue('2025-W22')!.sortKey < describeValue('2025-05-27')!.sortKey);
    assert.ok(describeValue('199')!.sortKey < describeValue('1991')!.sortKey);
  });
});
