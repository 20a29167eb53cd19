// Issue 22: the story's date is never read from text the reader never sees (comments, code fences, scripts, nested
// front-matter keys), and such a date is not on the timeline either. The visible text's own date wins; without one,
// the fallback (today) is used.
import * as assert from 'assert';
import { analyze } from '../../src/core/analyze';
import type { Analysis } from '../../src/core/types';

const TODAY = '2026-12-02';
const HIDDEN = 'Published: March 1, 2020';
const body = 'The council met on Friday and voted to close the old harbour bridge for repairs. The mayor said the work would take a month.';
const html = (head: string, inBody: string) => `<!doctype html><html><head><title>Bridge</title>${head}</head><body>${inBody}<p>${body}</p></body></html>`;

/** Each case: the format and the document, with `VISIBLE` where a visible "Published" line may go. */
const CASES: Array<[string, 'html' | 'markdown', (visible: string) => string]> = [
  ['an HTML comment in a web page', 'html', (v) => html('', `<!-- ${HIDDEN} -->${v ? `<p>${v}</p>` : ''}`)],
  ['a ``` code fence in Markdown', 'markdown', (v) => `\`\`\`\n${HIDDEN}\n\`\`\`\n\n${v ? v + '\n\n' : ''}${body}\n`],
  ['a ~~~ code fence in Markdown', 'markdown', (v) => `~~~\n${HIDDEN}\n~~~\n\n${v ? v + '\n\n' : ''}${body}\n`],
  ['an HTML comment in Markdown', 'markdown', (v) => `<!--\n${HIDDEN}\n-->\n\n${v ? v + '\n\n' : ''}${body}\n`],
  ['a commented-out article:published_time', 'html', (v) => html('<!-- <meta property="article:published_time" content="2020-03-01T09:00:00Z"> -->', v ? `<p>${v}</p>` : '')],
  ['a <meta> inside a script string', 'html', (v) => html(`<script>var tag = '<meta property="article:published_time" content="2020-03-01T09:00:00Z">';</script>`, v ? `<p>${v}</p>` : '')],
  ['an indented date: under another front-matter key', 'markdown', (v) => `---\ntitle: Bridge\nhistory:\n  date: 2020-03-01\n---\n\n${v ? v + '\n\n' : ''}${body}\n`],
];

const run = (text: string, format: 'html' | 'markdown'): Analysis => analyze(text, { languageId: format, today: TODAY });

/** Every date value the analysis shows, its timeline's and its timexes'. */
const datesOf = (a: Analysis): string[] => [...a.timeline.map((e) => e.date.value), ...a.timexes.map((t) => t.value)];

describe('no date from text the reader never sees (issue 22)', () => {
  for (const [what, format, doc] of CASES) {
    it(`${what}: the fallback when nothing visible gives a date, and not on the timeline`, () => {
      const a = run(doc(''), format);
      assert.deepStrictEqual(a.referenceDate, { value: TODAY, source: 'today' });
      assert.ok(!datesOf(a).some((d) => d.startsWith('2020-03')), JSON.stringify(a.timeline));
      assert.ok(a.timeline.length > 0, 'the visible "Friday" is still dated');
    });

    it(`${what}: the visible "Published" line's date instead`, () => {
      const text = doc('Published: June 5, 2021');
      const a = run(text, format);
      assert.strictEqual(a.referenceDate.value, '2021-06-05');
      assert.strictEqual(a.referenceDate.source, 'document');
      const m = a.referenceDate.mention!;
      assert.strictEqual(text.slice(m.start, m.end), m.text);
      assert.ok(!datesOf(a).some((d) => d.startsWith('2020-03')), JSON.stringify(a.timeline));
    });
  }

  it('the same lines in plain sight still give the date', () => {
    assert.strictEqual(run(`${HIDDEN}\n\n${body}\n`, 'markdown').referenceDate.value, '2020-03-01');
    assert.strictEqual(run(`---\ntitle: Bridge\ndate: 2020-03-01\n---\n\n${body}\n`, 'markdown').referenceDate.value, '2020-03-01');
    assert.strictEqual(run(html('<meta property="article:published_time" content="2020-03-01T09:00:00Z">', ''), 'html').referenceDate.value, '2020-03-01');
  });
});
