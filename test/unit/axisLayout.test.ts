// The time axis's geometry (src/panel/axisLayout.ts): dates to x positions, compressed gaps and their labels,
// ranges as bars, approximate and implied dates, lanes for marks on the same day, ticks that fit the width.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/core/analyze';
import { timelineDate } from '../../src/core/calendar';
import type { TimelineEntry } from '../../src/core/types';
import { AXIS, durationLabel, isImplied, layoutAxis, valueSpan, dayNumber, type AxisLayout } from '../../src/panel/axisLayout';

const WIDTH = 300;

/** A timeline entry for `value` as the engine writes it (label and granularity from the engine's calendar). */
function entry(value: string, mention = value, endValue?: string): TimelineEntry {
  const date = timelineDate(value);
  assert.ok(date, `${value} is a calendar value`);
  const end = endValue ? timelineDate(endValue) : undefined;
  return {
    date: { value: date.value, granularity: date.granularity, label: date.label },
    ...(end ? { endDate: { value: end.value, granularity: end.granularity, label: end.label } } : {}),
    event: `Something happened (${mention}).`,
    sentence: { index: 0, start: 0, end: 10 },
    mention: { text: mention, start: 0, end: mention.length },
  };
}

/** Checks every layout must pass: marks inside the picture, labels inside it and apart from each other. */
function assertWellFormed(layout: AxisLayout): void {
  for (const m of layout.marks) {
    assert.ok(m.x >= 0 && m.x2 <= layout.width && m.x <= m.x2, `mark ${m.index} at ${m.x}..${m.x2} in ${layout.width}`);
    assert.ok(m.lane >= 0 && m.lane < AXIS.maxLanes);
  }
  const ticks = layout.ticks;
  for (let i = 0; i < ticks.length; i++) {
    assert.ok(ticks[i].x >= 0 && ticks[i].x + ticks[i].label.length * AXIS.charWidth <= layout.width + 0.5, `label ${ticks[i].label} fits`);
    if (i > 0) assert.ok(ticks[i].x >= ticks[i - 1].x + ticks[i - 1].label.length * AXIS.charWidth, `${ticks[i - 1].label} and ${ticks[i].label} apart`);
  }
}

describe('axis layout', () => {
  it('draws nothing for no entries', () => {
    const layout = layoutAxis([], '2024-03-15', WIDTH);
    assert.deepStrictEqual([layout.marks, layout.ticks, layout.gaps, layout.lanes], [[], [], [], 0]);
  });

  it('places one entry inside the picture, dated by a label', () => {
    const layout = layoutAxis([entry('2024-03-14', 'Thursday')], undefined, WIDTH);
    assert.strictEqual(layout.marks.length, 1);
    const [mark] = layout.marks;
    assert.strictEqual(mark.shape, 'point');
    assert.ok(Math.abs(mark.x - WIDTH / 2) < 1, `a lone day is centred, at ${mark.x}`);
    assert.strictEqual(layout.lanes, 1);
    assert.deepStrictEqual(layout.ticks.map((t) => t.label), ['14 Mar 2024']);
    assert.deepStrictEqual(layout.gaps, []);
    assertWellFormed(layout);
  });

  it('compresses the 35 empty years between 1986 and 2022 into a labelled break', () => {
    const days = ['2022-03-01', '2022-03-05', '2022-03-12', '2022-03-20'];
    const layout = layoutAxis([entry('1986'), ...days.map((d) => entry(d, `March ${+d.slice(8)}, 2022`))], '2022-03-21', WIDTH);
    assert.strictEqual(layout.gaps.length, 1);
    const [gap] = layout.gaps;
    assert.strictEqual(gap.label, '35 years');
    assert.strictEqual(gap.x2 - gap.x1, AXIS.gapWidth);
    const [y1986, ...march] = layout.marks;
    assert.ok(y1986.x2 <= gap.x1 && march.every((m) => m.x >= gap.x2), 'the break sits between 1986 and March 2022');
    // March is drawn to its own scale: the 19 days span a good part of the picture, in order and evenly.
    const xs = march.map((m) => m.x);
    assert.ok(xs[3] - xs[0] > WIDTH / 4, `March spans ${xs[3] - xs[0]} px`);
    const perDay = (xs[3] - xs[0]) / 19;
    assert.ok(Math.abs(xs[1] - xs[0] - 4 * perDay) < 0.01 && Math.abs(xs[2] - xs[1] - 7 * perDay) < 0.01, 'one scale inside the segment');
    assert.ok(layout.reference && layout.reference.x > xs[3], 'the reference date is after the last event');
    assert.strictEqual(layout.ticks[0].x, AXIS.pad);
    assert.match(layout.ticks[0].label, /1986$/);
    assertWellFormed(layout);
  });

  it('keeps evenly spread years to one scale, with no break', () => {
    const years = ['2010', '2012', '2014', '2016', '2018'];
    const layout = layoutAxis(years.map((y) => entry(y)), undefined, WIDTH);
    assert.deepStrictEqual(layout.gaps, []);
    // Two years are 730 or 731 days: the steps are equal to the day.
    const starts = layout.marks.map((m) => m.x);
    const steps = starts.slice(1).map((x, i) => x - starts[i]);
    const perDay = (starts[4] - starts[0]) / (dayNumber(2018, 1, 1) - dayNumber(2010, 1, 1));
    assert.ok(steps.every((s, i) => Math.abs(s - perDay * (dayNumber(2012 + 2 * i, 1, 1) - dayNumber(2010 + 2 * i, 1, 1))) < 0.01), `steps: ${steps.join(', ')}`);
    assert.ok(layout.marks.every((m) => m.shape === 'bar' && m.approximate), 'years are periods, drawn as hollow bars');
    assertWellFormed(layout);
  });

  it('draws a range as a bar from its start to the end of its last period', () => {
    const layout = layoutAxis([entry('2014', 'between 2014 and 2017', '2017'), entry('2015-06-01', 'June 1, 2015'), entry('2019-02-02', 'Feb. 2, 2019')], undefined, WIDTH);
    const [range, inside, after] = layout.marks;
    assert.strictEqual(range.shape, 'bar');
    assert.ok(range.range && range.approximate && !range.implied);
    assert.ok(range.x < inside.x && inside.x < range.x2, 'a day inside the range lies on the bar');
    assert.ok(after.x > range.x2);
    assert.notStrictEqual(range.lane, inside.lane, 'the day inside the range does not cover it');
    // 2014-01-01 to 2018-01-01 against 2014-01-01 to 2019-02-03: the bar's length is to scale.
    const share = (dayNumber(2018, 1, 1) - dayNumber(2014, 1, 1)) / (dayNumber(2019, 2, 3) - dayNumber(2014, 1, 1));
    assert.ok(Math.abs((range.x2 - range.x) / (after.x2 + (after.x2 - after.x) - range.x) - share) < 0.02);
    assert.match(range.name, /^2014 to 2017 \(range, approximate\): /);
    assertWellFormed(layout);
  });

  it('tells exact days from coarser periods and written years from inferred ones', () => {
    const layout = layoutAxis([entry('2023-10', 'October'), entry('2023-11', 'November 2023'), entry('2024-03-14', 'Thursday'), entry('2024-03-15', 'March 15, 2024')], '2024-03-15', WIDTH);
    assert.deepStrictEqual(
      layout.marks.map((m) => [m.approximate, m.implied]),
      [
        [true, true],
        [true, false],
        [false, true],
        [false, false],
      ],
    );
    assert.match(layout.marks[2].name, /^Thu 14 Mar 2024 \(year inferred from the reference date\): /);
  });

  it('reads a year as written in the mention, also as a two-digit year', () => {
    const d = (v: string) => timelineDate(v)!;
    assert.strictEqual(isImplied(d('1986-06'), 'June 1986'), false);
    assert.strictEqual(isImplied(d('1986'), "in '86"), false);
    assert.strictEqual(isImplied(d('2025'), 'next year'), true);
    assert.strictEqual(isImplied(d('2022-02-24'), 'Feb. 24'), true);
    assert.strictEqual(isImplied(d('199'), 'the nineties'), false);
  });

  it('stacks many events of the same day in lanes at the same place', () => {
    const same = Array.from({ length: 9 }, () => entry('2022-04-01', 'Friday'));
    const layout = layoutAxis([entry('2022-03-20', 'March 20, 2022'), ...same], '2022-04-01', WIDTH);
    const friday = layout.marks.slice(1);
    assert.strictEqual(friday.length, 9, 'one mark per entry');
    assert.ok(friday.every((m) => Math.abs(m.x - friday[0].x) < 1e-9));
    assert.deepStrictEqual(friday.slice(0, AXIS.maxLanes).map((m) => m.lane), [0, 1, 2, 3, 4, 5], 'separate lanes up to the most');
    assert.strictEqual(layout.lanes, AXIS.maxLanes);
    assertWellFormed(layout);
  });

  it('spaces tick labels at narrow and wide widths', () => {
    const entries = ['2021-11-03', '2022-01-15', '2022-02-24', '2022-03-01', '2022-04-01'].map((v) => entry(v, `${v} written`));
    for (const width of [240, 300, 600, 1200]) {
      const layout = layoutAxis(entries, '2022-04-01', width);
      assert.ok(layout.ticks.length >= 2, `${width} px: ${layout.ticks.map((t) => t.label).join(' ')}`);
      assertWellFormed(layout);
    }
    // Wide enough, the months are named; the first label carries its year.
    const wide = layoutAxis(entries, '2022-04-01', 1200).ticks.map((t) => t.label);
    assert.strictEqual(wide[0], '3 Nov 2021');
    assert.ok(wide.some((l) => /^\d+ Jan 2022$/.test(l)), `the new year is named: ${wide.join(' ')}`);
  });

  it('leaves out, and counts, dates that name no calendar period', () => {
    const odd: TimelineEntry = { ...entry('2024-03-14'), date: { value: 'XXXX-03', granularity: 'month', label: 'March' } };
    const layout = layoutAxis([odd, entry('2024-03-14')], undefined, WIDTH);
    assert.deepStrictEqual([layout.marks.map((m) => m.index), layout.skipped], [[1], 1]);
  });

  it('measures TimeML values as the calendar does', () => {
    assert.deepStrictEqual(valueSpan('2024-02'), { start: dayNumber(2024, 2, 1), end: dayNumber(2024, 3, 1) });
    assert.deepStrictEqual(valueSpan('2024-W01'), { start: dayNumber(2024, 1, 1), end: dayNumber(2024, 1, 8) });
    assert.deepStrictEqual(valueSpan('2024-WI'), { start: dayNumber(2024, 12, 1), end: dayNumber(2025, 3, 1) });
    assert.deepStrictEqual(valueSpan('2024-Q3'), { start: dayNumber(2024, 7, 1), end: dayNumber(2024, 10, 1) });
    assert.deepStrictEqual(valueSpan('199'), { start: dayNumber(1990, 1, 1), end: dayNumber(2000, 1, 1) });
    assert.deepStrictEqual(valueSpan('0044'), { start: dayNumber(44, 1, 1), end: dayNumber(45, 1, 1) });
    assert.strictEqual(valueSpan('2023-02-29'), undefined);
    assert.strictEqual(valueSpan('P3D'), undefined);
    const dawn = valueSpan('2024-03-13TMO')!;
    assert.ok(dawn.start > dayNumber(2024, 3, 13) && dawn.end < dayNumber(2024, 3, 14));
  });

  it('says how long a break is', () => {
    assert.deepStrictEqual([3, 20, 100, 364, 800, 9131].map(durationLabel), ['3 days', '3 weeks', '3 months', '12 months', '2 years', '25 years']);
  });

  it('lays out the fixture article with one mark per dated entry', () => {
    const file = path.join(__dirname, '../../../test/fixtures/articles/ferry-service.md');
    const a = analyze(fs.readFileSync(file, 'utf8'), { languageId: 'markdown', fileName: file });
    const layout = layoutAxis(a.timeline, a.referenceDate.value, WIDTH);
    assert.strictEqual(layout.marks.length, a.timeline.length);
    assert.ok(layout.gaps.some((g) => g.label === '13 years'), layout.gaps.map((g) => g.label).join(', '));
    assert.ok(layout.marks.every((m, i) => i === 0 || m.x >= layout.marks[i - 1].x - AXIS.radius), 'in chronological order');
    assertWellFormed(layout);
  });
});
