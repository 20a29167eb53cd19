import * as assert from 'assert';
import { analyze } from '../../src/core/analyze';
import {
  applyCorrections,
  correctionFor,
  dateAlternatives,
  mentionContext,
  parseCorrection,
  parseCorrections,
  readTypedDate,
  shiftCorrections,
  withCorrection,
  withoutCorrection,
} from '../../src/core/corrections';
import type { TimelineEntry } from '../../src/core/types';

const TEXT = [
  'Harbour bridge reopens',
  '',
  'PORTSMOUTH, April 1, 2022 - The harbour bridge reopened on Friday after repairs.',
  '',
  'The council closed it on March 3 after a ship struck a pillar. Work began in 2021 and the fund was set up on 2021-02-03.',
].join('\n');

function timeline(text = TEXT): TimelineEntry[] {
  return analyze(text, { fileName: 'a.txt', referenceDate: '2022-04-01', today: '2022-04-01' }).timeline;
}

function entryOf(t: readonly TimelineEntry[], words: string): TimelineEntry {
  const e = t.find((x) => x.mention.text === words);
  assert.ok(e, `no entry for "${words}" in ${t.map((x) => x.mention.text).join(', ')}`);
  return e;
}

describe('date corrections', () => {
  it('offers the week before and after for a weekday, then other years', () => {
    const friday = entryOf(timeline(), 'Friday');
    const alternatives = dateAlternatives(friday, '2022-04-01');
    const values = alternatives.map((a) => a.date.value);
    const [y, m, d] = friday.date.value.split('-').map(Number);
    const week = (n: number) => new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
    assert.deepStrictEqual(values.slice(0, 2), [week(-7), week(7)]);
    assert.ok(values.includes(`${y - 1}-${friday.date.value.slice(5)}`));
    assert.ok(!values.includes(friday.date.value));
    assert.strictEqual(alternatives[0].why, 'a week earlier');
  });

  it('offers other years, the story’s year and a day-month swap for a calendar date', () => {
    const entry: TimelineEntry = {
      date: { value: '2021-02-03', granularity: 'day', label: 'Wed 3 Feb 2021' },
      event: 'x',
      sentence: { index: 0, start: 0, end: 10 },
      mention: { text: '2021-02-03', start: 0, end: 10 },
    };
    const values = dateAlternatives(entry, '2022-04-01').map((a) => a.date.value);
    assert.deepStrictEqual(values.slice(0, 4), ['2020-02-03', '2022-02-03', '2021-03-02', '2021-02-02']);
    const leap = { ...entry, date: { value: '2024-02-29', granularity: 'day' as const, label: '' } };
    assert.ok(dateAlternatives(leap).every((a) => a.date.label.length > 0 && !a.date.value.endsWith('02-29')));
    const decade = { ...entry, date: { value: '199', granularity: 'decade' as const, label: '1990s' } };
    assert.deepStrictEqual(dateAlternatives(decade).map((a) => a.date.label), ['1980s', '2000s']);
  });

  it('reads a typed date in ISO-like forms and refuses what is no date', () => {
    assert.deepStrictEqual(readTypedDate(' 2022-03-31 '), { value: '2022-03-31', granularity: 'day', label: 'Thu 31 Mar 2022' });
    assert.strictEqual(readTypedDate('2022/3/1')?.value, '2022-03-01');
    assert.strictEqual(readTypedDate('2022-3')?.granularity, 'month');
    assert.strictEqual(readTypedDate('2022')?.label, '2022');
    assert.strictEqual(readTypedDate('2024-q3')?.value, '2024-Q3');
    for (const bad of ['2022-02-30', '2022-13', 'Friday', '', '0000', '31/03/2022']) assert.strictEqual(readTypedDate(bad), undefined, bad);
  });

  it('moves a corrected entry to its date, marks it and keeps the others in order', () => {
    const before = timeline();
    const march = entryOf(before, 'March 3');
    const correction = correctionFor(march, TEXT, readTypedDate('2023-03-03')!);
    const after = applyCorrections(before, [correction], TEXT);
    assert.strictEqual(after.length, before.length);
    const moved = entryOf(after, 'March 3');
    assert.strictEqual(moved.date.value, '2023-03-03');
    assert.strictEqual(moved.setBy, 'user');
    assert.strictEqual(moved.original, march.date.value);
    assert.strictEqual(after[after.length - 1], moved);
    assert.deepStrictEqual(
      after.filter((e) => e !== moved),
      before.filter((e) => e !== march),
    );
    // A second correction of a corrected entry keeps the engine's value as the original.
    const again = correctionFor(moved, TEXT, readTypedDate('2022-03-04')!);
    assert.strictEqual(again.original, march.date.value);
  });

  it('says in the explanation that the user set the date, keeping how Newsline read the words', () => {
    const before = timeline();
    const march = entryOf(before, 'March 3');
    assert.ok(march.explanation, 'the engine explains "March 3"');
    const moved = entryOf(applyCorrections(before, [correctionFor(march, TEXT, readTypedDate('2023-03-03')!)], TEXT), 'March 3');
    const summary = moved.explanation?.summary ?? '';
    assert.ok(summary.startsWith('Set by you to Fri 3 Mar 2023; Newsline read '), summary);
    assert.ok(summary.endsWith(march.explanation.summary), summary);
    assert.deepStrictEqual(moved.explanation?.implied, []);
  });

  it('finds the corrected mention again after re-analysis of an edited document', () => {
    const march = entryOf(timeline(), 'March 3');
    const corrections = [correctionFor(march, TEXT, readTypedDate('2021-03-03')!)];
    // An edit before the mention, without the offsets shifted: the context still names it.
    const edited = TEXT.replace('Harbour bridge reopens', 'The harbour bridge reopens at last');
    const after = applyCorrections(timeline(edited), corrections, edited);
    assert.strictEqual(entryOf(after, 'March 3').date.value, '2021-03-03');
    // The mention rewritten: nothing applies.
    const rewritten = TEXT.replace('on March 3', 'on March 4');
    assert.ok(applyCorrections(timeline(rewritten), corrections, rewritten).every((e) => e.setBy === undefined));
  });

  it('shifts offsets through edits and drops a correction whose mention an edit touches', () => {
    const c = { text: 'March 3', start: 100, context: 'on March 3', value: '2021-03-03', original: '2022-03-03' };
    assert.strictEqual(shiftCorrections([c], [{ start: 10, end: 12, inserted: 7 }])[0].start, 105);
    assert.strictEqual(shiftCorrections([c], [{ start: 100, end: 100, inserted: 3 }])[0].start, 103);
    assert.strictEqual(shiftCorrections([c], [{ start: 107, end: 107, inserted: 3 }])[0], c);
    assert.deepStrictEqual(shiftCorrections([c], [{ start: 104, end: 106, inserted: 1 }]), []);
    assert.deepStrictEqual(shiftCorrections([c], [{ start: 95, end: 101, inserted: 0 }]), []);
    assert.strictEqual(shiftCorrections([c], [{ start: 200, end: 210, inserted: 0 }, { start: 0, end: 4, inserted: 0 }])[0].start, 96);
  });

  it('replaces and removes one mention’s correction', () => {
    const a = { text: 'Friday', start: 5, context: '', value: '2022-03-25', original: '2022-04-01' };
    const b = { ...a, value: '2022-04-08' };
    const other = { ...a, start: 50 };
    assert.deepStrictEqual(withCorrection([a, other], b), [other, b]);
    assert.deepStrictEqual(withoutCorrection([a, other], 5), [other]);
  });

  it('reads stored corrections defensively', () => {
    const good = { text: 'Friday', start: 5, context: 'on Friday', value: '2022-03-25', original: '2022-04-01' };
    assert.deepStrictEqual(parseCorrection(good), good);
    for (const bad of [null, [], { ...good, start: -1 }, { ...good, value: 'P3D' }, { ...good, text: '' }, { ...good, context: 3 }]) {
      assert.strictEqual(parseCorrection(bad), undefined, JSON.stringify(bad));
    }
    assert.deepStrictEqual(parseCorrections([good, 'x', { ...good, start: 1.5 }]), [good]);
    assert.deepStrictEqual(parseCorrections({}), []);
  });

  it('takes the context from within the sentence only', () => {
    const text = 'One. Two on Friday here. Three.';
    const sentence = { index: 1, start: 5, end: 24 };
    assert.strictEqual(mentionContext(text, sentence, 12, 18), 'Two on Friday here.');
  });
});
