import * as assert from 'assert';
import { findFrontMatter, frontMatterValue, readHeader } from '../../src/core/header';
import { analyze } from '../../src/core/analyze';
import { resolveReferenceDate } from '../../src/core/referenceDate';
import { toPlainText } from '../../src/core/text';

const TODAY = '2026-12-02';
const ref = (text: string, format: 'html' | 'markdown' | 'plaintext') => resolveReferenceDate(text, format, undefined, TODAY);
const body = '<p>' + 'The council met on Friday and voted to close the old harbour bridge for repairs. '.repeat(4) + '</p>';

describe('article header', () => {
  it('reads YAML and TOML front matter: title and date, top-level keys only', () => {
    const toml = '+++\ntitle = "Harbour bridge shut"\ndate = 2024-03-05T10:00:00Z\n+++\n\nThe bridge closed on Friday.\n';
    const fm = findFrontMatter(toml)!;
    assert.strictEqual(fm.kind, 'toml');
    assert.strictEqual(frontMatterValue(fm, 'title'), 'Harbour bridge shut');
    assert.strictEqual(ref(toml, 'markdown').value, '2024-03-05');
    assert.strictEqual(analyze(toml, { languageId: 'markdown', today: TODAY }).title, 'Harbour bridge shut');
    // The `date = ...` line is front matter, not text: no timex there.
    assert.ok(analyze(toml, { languageId: 'markdown', today: TODAY }).timexes.every((t) => t.start >= fm.end));
    const yaml = '---\ntitle: "Ferry returns"\npublished: 2023-06-01\n---\nText on Monday.\n';
    assert.strictEqual(ref(yaml, 'markdown').value, '2023-06-01');
    assert.strictEqual(readHeader(yaml, 'markdown').title, 'Ferry returns');
  });

  it('reads a page\'s date as publishers write it, the publication date before the modified one', () => {
    const cases: Array<[string, string]> = [
      ['<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"X"},{"@type":"NewsArticle","headline":"Bridge shut","dateModified":"2019-11-21T10:00:00-05:00","datePublished":"2019-11-19T23:34:00-05:00"}]}</script>', '2019-11-19'],
      ['<meta property="article:modified_time" content="2020-02-03T00:00:00Z"><meta property="article:published_time" content="2020-02-01T08:00:00+01:00">', '2020-02-01'],
      ['<span itemprop="datePublished" content="2018-05-06">May 6</span>', '2018-05-06'],
      ['<meta name="published_at" content="2017-08-09">', '2017-08-09'],
      ['<time datetime="2016-04-03T12:00:00-04:00">April 3</time>', '2016-04-03'],
    ];
    for (const [meta, date] of cases) {
      const page = `<!doctype html><html><head><title>Site</title></head><body>${meta}${body}</body></html>`;
      const found = ref(page, 'html');
      assert.strictEqual(found.value, date, meta);
      assert.strictEqual(page.slice(found.mention!.start, found.mention!.end), found.mention!.text);
    }
  });

  it('takes the title from og:title, JSON-LD or the h1 before <title>', () => {
    const page = '<html><head><title>Bridge shut | The Daily Site</title><meta property="og:title" content="Bridge shut for repairs"></head><body><h1>Bridge shut</h1></body></html>';
    assert.strictEqual(readHeader(page, 'html').title, 'Bridge shut for repairs');
    assert.strictEqual(readHeader('<html><head><title>Bridge | Site</title></head><body><h1>The bridge is shut</h1></body></html>', 'html').title, 'The bridge is shut');
  });

  // Issue 22: a date the reader never sees is not the story's date.
  it('reads no reference date from text the reader never sees', () => {
    const hidden: Array<[string, 'html' | 'markdown' | 'plaintext']> = [
      ['<html><body><!-- Published: March 1, 2020 --><p>The council met on Friday.</p></body></html>', 'html'],
      ['```\nPublished: March 1, 2020\n```\n\nThe council met on Friday.\n', 'markdown'],
      ['<!--\nPublished: March 1, 2020\n-->\n\nThe council met on Friday.\n', 'markdown'],
      ['<html><head><!-- <meta property="article:published_time" content="2020-03-01"> --></head><body><p>The council met on Friday.</p></body></html>', 'html'],
      ['<html><head><script>var tag = \'<meta property="article:published_time" content="2020-03-01">\';</script></head><body><p>The council met on Friday.</p></body></html>', 'html'],
      ['---\ntitle: Council\nhistory:\n  date: 2020-03-01\n---\n\nThe council met on Friday.\n', 'markdown'],
    ];
    for (const [text, format] of hidden) assert.deepStrictEqual(ref(text, format), { value: TODAY, source: 'today' }, text);
    // The same lines in plain sight still count.
    assert.strictEqual(ref('Published: March 1, 2020\n\nThe council met on Friday.\n', 'markdown').value, '2020-03-01');
    assert.strictEqual(ref('---\ntitle: Council\ndate: 2020-03-01\n---\n\nThe council met on Friday.\n', 'markdown').value, '2020-03-01');
  });

  it('searches for a "Published" line in the text as the reader sees it, at the same offsets', () => {
    const md = '**Published:** March 1, 2020\n\nThe council met on Friday.\n';
    const { plain } = toPlainText(md, 'markdown');
    const found = readHeader(md, 'markdown', { visible: plain }).published!;
    assert.strictEqual(found.value, '2020-03-01');
    assert.strictEqual(md.slice(found.mention.start, found.mention.end), 'March 1, 2020');
  });
});
