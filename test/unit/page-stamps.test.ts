// Web-page fixes: a tag written inside a script is no tag; time-stamp lines are the story's date, not events; one
// sentence repeated on one day is one timeline entry.
import * as assert from 'assert';
import { analyze } from '../../src/core/analyze';
import { toPlainText } from '../../src/core/text';
import { isTimestampLine } from '../../src/core/timestamp-line';

const TODAY = '2026-12-02';

describe('web-page stamps and repeats', () => {
  it('ignores a tag-looking string inside a script or comment: the article after it keeps its text', () => {
    const html = `<p>Before.</p><script>var s = "<div class='a' title='>"; </script><!-- <b title="x --><p>The council met on Monday.</p>`;
    const { plain } = toPlainText(html, 'html');
    assert.ok(plain.includes('The council met on Monday.'), plain);
    assert.ok(!plain.includes('var s'));
    assert.strictEqual(plain.length, html.length);
  });

  it('tells time-stamp lines from sentences', () => {
    for (const s of [
      'Published 3:04 PM EST, Mon March 4, 2024',
      'By HNN Staff| November 18, 2019 at 2:26 PM HST - Updated November 18 at 4:46 PM',
      'November 19, 2019 | 4:20am |Updated November 19, 2019 | 9:32pm',
    ]) assert.ok(isTimestampLine(s), s);
    for (const s of ['It happened at 3 PM on Nov. 4.', 'On Monday, March 4, the council met.', 'The game starts at 7:30 p.m. Friday.', 'March 4, 2024']) {
      assert.ok(!isTimestampLine(s), s);
    }
  });

  it('takes a time-stamp line as the story date and keeps it out of summary and timeline', () => {
    const html = [
      '<html><body><article><h1>Harbour bridge shut for repairs</h1>',
      '<p>By HNN Staff | November 18, 2019 at 2:26 PM HST - Updated November 18 at 4:46 PM</p>',
      '<p>The Portvale harbour bridge was closed on Tuesday after inspectors found cracks in two of its steel supports.</p>',
      '<p>Engineers expect the repairs to take until Dec. 11, when the bridge should reopen to cars and buses, officials said.</p>',
      '</article></body></html>',
    ].join('\n');
    const a = analyze(html, { fileName: 'page.html', today: TODAY });
    assert.strictEqual(a.referenceDate.value, '2019-11-18');
    assert.ok(a.summary.every((s) => !s.text.includes('HNN Staff')));
    assert.ok(a.timeline.every((e) => !e.event.includes('HNN Staff')));
    assert.ok(a.timeline.some((e) => e.date.value === '2019-12-11'));
  });

  it("makes one timeline entry of a page's sentence giving one day twice", () => {
    const html = '<html><body><article><p>The bridge closed at 2:26 p.m. on November 18, 2019, and crews were on site by 4:46 p.m. on November 18.</p><p>Nothing else happened.</p></article></body></html>';
    const a = analyze(html, { fileName: 'page.html', today: TODAY });
    const days = a.timeline.filter((e) => e.date.value.startsWith('2019-11-18'));
    assert.strictEqual(days.length, 1, JSON.stringify(a.timeline.map((e) => e.date.value)));
  });
});
