// A web page's article is found and analysed, every offset pointing into the HTML as given: on a made-up page here,
// and (when ../shared is beside the repository) on saved news pages of the evaluation's development split.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/core/analyze';
import { planPage } from '../../src/core/html';
import type { Analysis } from '../../src/core/types';

const TODAY = '2026-12-02';
const para = (s: string) => `<p>${s}</p>\n`;
const PAGE = [
  '<!doctype html><html><head><title>Harbour bridge shut | Portvale Post</title>',
  '<meta property="article:published_time" content="2019-10-08T09:00:00-04:00"></head><body>',
  '<nav><ul><li><a href="/">Skip to content</a></li><li><a href="/news">News on Monday, Jan. 6</a></li></ul></nav>',
  '<aside class="sidebar"><h3>Most read</h3><p>Celebrity wedding stuns fans on March 3, 2015, in a lavish ceremony on the coast.</p></aside>',
  '<article><h1>Harbour bridge shut for repairs after inspection finds cracks</h1>',
  para('The Portvale harbour bridge was closed on Tuesday after inspectors found cracks in two of its steel supports, the city said.'),
  para('Engineers expect the repairs to take until Oct. 11, when the bridge should reopen to cars and buses, officials said at a briefing.'),
  para('The bridge, which opened in 1962, carries about 30,000 vehicles a day between the old town and the port district.'),
  para('Ferry services will run every 15 minutes while it is closed, and the city has asked drivers to use the ring road instead.'),
  para('&quot;Safety comes first,&quot; said the mayor, Ana Ruiz, who inspected the supports herself on Monday morning with the engineers.'),
  '</article>',
  '<div id="comments"><h3>Comments</h3><p>Posted on Oct. 9, 2019 by reader42: This bridge has been falling apart since 2010 and nobody cared at all.</p></div>',
  '<footer><p>© 2019 Portvale Post. All rights reserved. Advertise with us since 1999.</p></footer>',
  '</body></html>',
].join('\n');

function checkOffsets(html: string, a: Analysis): void {
  for (const t of a.timexes) assert.strictEqual(html.slice(t.start, t.end), t.text);
  for (const e of a.timeline) {
    assert.strictEqual(html.slice(e.mention.start, e.mention.end), e.mention.text);
    assert.ok(e.sentence.start <= e.mention.start && e.mention.end <= e.sentence.end);
  }
  for (const s of a.summary) {
    assert.ok(s.start >= 0 && s.end <= html.length && s.start < s.end);
    // The sentence's words are in the source between its offsets (entities and tags aside).
    const words = s.text.split(' ').filter((w) => /^[A-Za-z]{4,}$/.test(w));
    for (const w of words) assert.ok(html.slice(s.start, s.end).includes(w), w);
  }
  if (a.referenceDate.mention) assert.strictEqual(html.slice(a.referenceDate.mention.start, a.referenceDate.mention.end), a.referenceDate.mention.text);
}

describe('web pages: the article, not the page', () => {
  it('analyses the article and says what was left out; --whole-page analyses it all', () => {
    const a = analyze(PAGE, { fileName: 'page.html', today: TODAY });
    checkOffsets(PAGE, a);
    assert.strictEqual(a.page?.mode, 'article');
    assert.match(a.page!.message, /^Article: 5 paragraphs; page navigation, comments, a sidebar and the footer left out\.$/);
    assert.strictEqual(a.referenceDate.value, '2019-10-08');
    const articleStart = PAGE.indexOf('<article>');
    const articleEnd = PAGE.indexOf('</article>');
    for (const s of a.summary) assert.ok(s.start > articleStart && s.end < articleEnd, s.text);
    for (const e of a.timeline) assert.ok(e.mention.start > articleStart && e.mention.end < articleEnd, e.mention.text);
    assert.ok(a.timeline.some((e) => e.date.value === '2019-10-11'));

    const whole = analyze(PAGE, { fileName: 'page.html', today: TODAY, wholePage: true });
    checkOffsets(PAGE, whole);
    assert.strictEqual(whole.page?.mode, 'whole-page');
    assert.ok(whole.timeline.some((e) => e.mention.start > articleEnd), 'the comments\' dates are back');
  });

  it('analyses a short fragment whole, as before', () => {
    const a = analyze('<p>The council met on Friday, March 3, 2023.</p>', { languageId: 'html', today: TODAY });
    assert.strictEqual(a.page?.mode, 'whole-page');
    assert.strictEqual(a.page?.reason, 'no-article');
  });

  it('keeps the words of a javascript: link as text (Readability would make them a node with no source range)', () => {
    const file = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'hostile', 'museum-heist.html');
    const html = fs.readFileSync(file, 'utf8');
    const a = analyze(html, { fileName: file, today: TODAY, sentences: 20 });
    checkOffsets(html, a);
    assert.strictEqual(a.page?.mode, 'article');
    const linkText = html.indexOf('javascript:__newslinePwned=1</a>');
    const sentence = a.summary.find((s) => s.start < linkText && linkText < s.end);
    assert.ok(sentence, a.summary.map((s) => s.text).join(' | '));
    assert.match(sentence.text, /a link reading javascript:__newslinePwned=1 was found in its footer on Thursday\./);
  });

  it('finds the article when Readability has to try again with looser rules (its retry makes new text nodes)', () => {
    // "community" marks the article's box as unlikely: Readability's first try finds too little, so it restores the
    // body from its HTML and tries again; the copies' text nodes were unknown to the source map (page read whole).
    const page = PAGE.replace('<article>', '<div class="community-desk">').replace('</article>', '</div>');
    const a = analyze(page, { fileName: 'page.html', today: TODAY });
    checkOffsets(page, a);
    assert.strictEqual(a.page?.mode, 'article', a.page?.message);
    const start = page.indexOf('community-desk');
    const end = page.indexOf('<div id="comments">');
    assert.ok(a.summary.length > 0);
    for (const s of a.summary) assert.ok(s.start > start && s.end < end, s.text);
    for (const e of a.timeline) assert.ok(e.mention.start > start && e.mention.end < end, e.mention.text);
  });

  it('leaves captions, bylines and "Read more" pointers inside the article out', () => {
    const furniture = [
      '<figure><img src="x.jpg" alt=""><figcaption>Engineers inspect the cracked supports of the bridge on Sunday, Oct. 6, 2019.</figcaption></figure>',
      '<div class="article-byline">By Ana Ruiz and Tom Lee | Oct. 8, 2019 at 9:00 AM</div>',
      para('Read more: Ferry fares across the region rise on Jan. 3, 2020, the operator says'),
    ].join('\n');
    const page = PAGE.replace(para('The bridge, which opened'), `${furniture}\n${para('The bridge, which opened')}`);
    const a = analyze(page, { fileName: 'page.html', today: TODAY });
    checkOffsets(page, a);
    assert.strictEqual(a.page?.mode, 'article');
    for (const e of a.timeline) assert.ok(!['2019-10-06', '2020-01-03'].includes(e.date.value), e.mention.text);
    for (const s of a.summary) assert.doesNotMatch(s.text, /Engineers inspect|By Ana Ruiz|Read more/, s.text);
    assert.ok(a.timeline.some((e) => e.date.value === '2019-10-11'), 'the article itself is kept');
    // Not even as text to read: the source ranges kept for the analysis skip them all.
    const keep = planPage(page).keep ?? [];
    for (const words of ['Engineers inspect', 'By Ana Ruiz', 'Read more: Ferry']) {
      const at = page.indexOf(words);
      assert.ok(!keep.some(([s, e]) => s <= at && at < e), words);
    }
    assert.ok(keep.some(([s, e]) => s <= page.indexOf('The bridge, which') && page.indexOf('The bridge, which') < e));
  });

  it('takes a UTC time stamp as the publisher\'s local date when the page gives its offset', () => {
    const meta = '<meta property="article:published_time" content="2019-10-08T09:00:00-04:00">';
    const utc = PAGE.replace(meta, '<meta property="og:updated_time" content="2019-10-08T01:15:00-04:00"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"Tue Oct 08 2019 03:05:46 GMT+0000"}</script>');
    assert.strictEqual(analyze(utc, { fileName: 'page.html', today: TODAY }).referenceDate.value, '2019-10-07');
    // With no other offset on the page, UTC's date stands.
    const alone = PAGE.replace(meta, '<meta property="article:published_time" content="2019-10-08T03:05:46Z">');
    assert.strictEqual(analyze(alone, { fileName: 'page.html', today: TODAY }).referenceDate.value, '2019-10-08');
  });

  it('skips a placeholder date in the metadata and reads "Published 11:34 PM EST Nov 19, 2019"', () => {
    const page = PAGE.replace('<meta property="article:published_time" content="2019-10-08T09:00:00-04:00">', '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"0001-01-01T00:00:00Z"}</script>').replace(
      '<article><h1>Harbour bridge shut for repairs after inspection finds cracks</h1>',
      '<article><h1>Harbour bridge shut for repairs after inspection finds cracks</h1>\n<div>Published 11:34 PM EST Oct 8, 2019</div>',
    );
    const a = analyze(page, { fileName: 'page.html', today: TODAY });
    assert.strictEqual(a.referenceDate.value, '2019-10-08');
    assert.strictEqual(a.referenceDate.source, 'document');
    checkOffsets(page, a);
  });

  const data = process.env.NEWSLINE_HTML_DATA ?? path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'eval', 'html');
  const goldFile = path.join(data, 'gold.jsonl');
  (fs.existsSync(goldFile) ? it : it.skip)('keeps every offset exact on saved news pages (dev split, every 27th page)', function () {
    this.timeout(120_000);
    const rows = fs.readFileSync(goldFile, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { file: string; split: string });
    const dev = rows.filter((r) => r.split === 'dev').filter((_, i) => i % 27 === 0);
    for (const r of dev) {
      const html = fs.readFileSync(path.join(data, r.file), 'utf8');
      const a = analyze(html, { fileName: r.file, today: TODAY });
      checkOffsets(html, a);
      assert.ok(a.page, r.file);
    }
  });
});

describe('pasted web pages: the furniture stays out', () => {
  it('keeps skip links, cookie, share and copyright lines, video clocks and comment counts out of summary and timeline', () => {
    const furniture = ['Skip to content', 'Accept all cookies', 'Share this article', '© 2019 Portvale Post Media Group', '0:07 / 0:15', '12 comments'];
    const body = [
      'The Portvale harbour bridge was closed on Tuesday after inspectors found cracks in two of its steel supports.',
      'Engineers expect the repairs to take until Oct. 11, 2019, when the bridge should reopen to cars and buses.',
      'The bridge, which opened in 1962, carries about 30,000 vehicles a day between the old town and the port.',
    ];
    const text = [furniture[0], '', furniture[1], '', ...body.flatMap((b) => [b, '']), furniture[2], '', furniture[3], '', furniture[4], '', furniture[5], ''].join('\n');
    for (const format of ['plaintext', 'markdown'] as const) {
      const a = analyze(text, { languageId: format, today: TODAY, sentences: 5 });
      for (const s of a.summary) assert.ok(!furniture.includes(s.text), s.text);
      for (const e of a.timeline) assert.ok(!furniture.some((f) => f.includes(e.mention.text)), e.mention.text);
      assert.ok(a.timeline.some((e) => e.date.value === '2019-10-11'));
    }
  });
});
