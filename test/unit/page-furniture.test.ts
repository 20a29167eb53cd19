// Furniture inside the article a web page's extractor found: newsletter pitches, copyright lines, the site's promo
// lines, author bios, hover cards, and time-stamp lines padded by the markup around them.
import * as assert from 'assert';
import { analyze } from '../../src/core/analyze';
import { planPage } from '../../src/core/html';
import { FURNITURE_LINE, FURNITURE_TEXT, sameSite } from '../../src/core/html/notText';
import { isTimestampLine } from '../../src/core/timestamp-line';

const TODAY = '2026-12-02';
const para = (s: string) => `<p>${s}</p>\n`;
const STORY = [
  'The Portvale harbour bridge was closed on Tuesday after inspectors found cracks in two of its steel supports, the city said.',
  'Engineers expect the repairs to take until Oct. 11, when the bridge should reopen to cars and buses, officials said at a briefing.',
  'The bridge, which opened in 1962, carries about 30,000 vehicles a day between the old town and the port district.',
  'Ferry services will run every 15 minutes while it is closed, and the city has asked drivers to use the ring road instead.',
  'The council first warned about the supports in 2015, and a survey then found rust on a third of the bolts, records show.',
];

function page(parts: readonly string[]): string {
  return [
    '<!doctype html><html><head><title>Harbour bridge shut | Portvale Post</title></head><body>',
    '<article><h1>Harbour bridge shut for repairs after inspection finds cracks</h1>',
    ...parts,
    '</article></body></html>',
  ].join('\n');
}

/** Is the source offset of `words` inside one of the ranges kept for the analysis? */
function kept(html: string, words: string): boolean {
  const at = html.indexOf(words);
  assert.ok(at >= 0, words);
  return (planPage(html).keep ?? []).some(([s, e]) => s <= at && at < e);
}

describe('web-page furniture inside the article', () => {
  it('each furniture pattern reads its own example, and none reads a story sentence', () => {
    for (const [re, example] of FURNITURE_TEXT) assert.match(example, re);
    const story = [
      ...STORY,
      'The paper launched a newsletter for commuters in 2018, its editor said on Monday.',
      'Ana Ruiz, who was mayor in 2015, said the city had been warned.',
      'On Monday the company said its sales fell 17 percent in August.',
      'Follow-up inspections on Monday found more rust, and the council said it would follow the coverage of the repairs closely.',
    ];
    for (const s of story) for (const [re] of FURNITURE_TEXT) assert.doesNotMatch(s, re, s);
    for (const [re, example] of FURNITURE_LINE) assert.match(example, re);
    const lines = [...story, 'Share prices fell', 'Close to 300 people came', 'Images from the scene', 'Sources said so', 'Home sales rose', 'By the river'];
    for (const s of lines) for (const [re] of FURNITURE_LINE) assert.doesNotMatch(s, re, s);
    for (const s of ['By the end of the week the bridge had reopened.', 'Photos of the cracks were shown to the council.']) for (const [re] of FURNITURE_TEXT) assert.doesNotMatch(s, re, s);
  });

  it('leaves gallery labels, stamps, bylines, credits and related-story lists out; a list of shop links stays', () => {
    const related = '<ul><li><a href="/a">Ferry fares rise again</a></li><li><a href="https://www.portvalepost.com/b">Council debates the ring road</a></li></ul>';
    const deals = '<ul><li><a href="https://shop.example.net/x">Get the bridge model for $19.99</a></li><li><a href="https://store.example.org/y">Get the ferry map for $5</a></li></ul>';
    const furniture = [
      '<div><span>Image</span></div><div>1 / 13</div><div>Caption</div><div>Close</div>',
      para('By Ana Ruiz - 11/18/19 11:04 PM EST'),
      para('Updated at 1:23 p.m.'),
      para('<a href="/x">HARBOUR BRIDGE TO GET NEW LIGHTS, CITY SAYS</a>'),
      para('The old bridge at dusk, photos © Portvale Post, 2019'),
      para('A diver under the supports on Monday. (credit: Harbour Authority/Tom Lee)'),
    ];
    const titled = '<h4>More Great Portvale Stories</h4><ul><li>The night <a href="/c">the ferry ran aground</a></li></ul><ul><li><a href="/d">Why the tolls went up</a> last spring</li></ul>';
    const html = `<link rel="canonical" href="https://www.portvalepost.com/story">${page([para(STORY[0]), ...furniture, para(STORY[1]), related, para(STORY[2]), deals, ...STORY.slice(3).map(para), titled])}`;
    for (const words of ['Caption', 'By Ana Ruiz', 'Updated at', 'HARBOUR BRIDGE TO GET', 'photos ©', 'A diver under', 'Ferry fares rise', 'Council debates', 'More Great', 'The night', 'last spring']) assert.ok(!kept(html, words), words);
    for (const words of ['Get the bridge model', 'Get the ferry map', ...STORY.map((s) => s.slice(0, 30))]) assert.ok(kept(html, words), words);
    assert.ok(sameSite('https://www.businessinsider.de/x', 'www.businessinsider.com'));
    assert.ok(sameSite('/x', undefined) && !sameSite('https://r.zdbb.net/u/1', 'www.ign.com') && sameSite('https://news.bbc.co.uk/1', 'www.bbc.com'));
  });

  it('leaves newsletter pitches, promo lines, copyright lines and author bios out; the story stays', () => {
    const furniture = [
      '<div class="signupMessage">Get breaking news alerts and special reports. The news and stories that matter, delivered weekday mornings.</div>',
      para('<strong>Start your day with the Morning Ferry powered by The Harbour Desk.</strong>'),
      para('<strong>On PortvalePost.com:</strong> <a href="/x">Ferry fares rise on Jan. 3, 2020</a>'),
      para('Tom Lee is the Senior Editor of the Post. Since joining in 2014, he has covered the port. Contact him direct at tom@example.com.'),
      para('The contents of this site are ©2019 Portvale Publishing Corp., a subsidiary of Harbour Media, Inc.'),
    ];
    const html = page([para(STORY[0]), para(STORY[1]), furniture[0], furniture[1], para(STORY[2]), furniture[2], para(STORY[3]), para(STORY[4]), furniture[3], furniture[4]]);
    for (const words of ['Get breaking news', 'Start your day', 'Ferry fares rise', 'Tom Lee is', 'The contents of this site']) assert.ok(!kept(html, words), words);
    for (const s of STORY) assert.ok(kept(html, s.slice(0, 30)), s);
    const a = analyze(html, { fileName: 'page.html', today: TODAY });
    assert.strictEqual(a.page?.mode, 'article');
    for (const s of a.summary) assert.doesNotMatch(s.text, /breaking news|Start your day|PortvalePost|Tom Lee|©/, s.text);
    for (const e of a.timeline) assert.doesNotMatch(html.slice(e.sentence.start, e.sentence.end), /Ferry fares|Since joining|©2019/);
  });

  it('reads the class names of blocks inside the article (Readability strips them from what it returns)', () => {
    const related = '<p class="mm_related"><b>More:</b> <a href="/x">Council votes to raise ferry fares on Jan. 3, 2020, after a long debate</a></p>';
    const more = [
      'Drivers queued for an hour at the ring road on Wednesday morning, and buses ran up to 40 minutes late, the operator said.',
      'Shops in the old town said they had fewer customers than usual, though the ferries were busier than on any day this year.',
    ];
    const html = page([para(STORY[0]), para(STORY[1]), related, ...[...STORY.slice(2), ...more].map(para)]);
    assert.strictEqual(planPage(html).reading.mode, 'article');
    assert.ok(!kept(html, 'Council votes to raise'));
    assert.ok(kept(html, STORY[2].slice(0, 30)));
  });

  it('drops a hover card written inside a sentence and keeps the link that opens it', () => {
    const card =
      '<span class="rollover-people"><a class="rollover-people-link" href="/people/ana-ruiz">Ana Ruiz</a>' +
      '<span class="rollover-people-block"><span class="rollover-block"><a class="name" href="/people/ana-ruiz">Ana Ruiz</a>' +
      '<a href="/story">Harbour Valley: Council opposes ferry bill over costs</a></span></span></span>';
    const html = page([para(`The mayor, ${card}, inspected the supports herself on Monday morning with the engineers.`), ...STORY.map(para)]);
    assert.ok(kept(html, 'Ana Ruiz</a><span'), 'the link');
    assert.ok(!kept(html, 'Harbour Valley'), 'the card');
    const a = analyze(html, { fileName: 'page.html', today: TODAY });
    for (const s of a.summary) assert.doesNotMatch(s.text, /Ana RuizAna Ruiz|Harbour Valley/, s.text);
  });

  it('keeps the headline for the analysis and out of the body the extraction benchmark scores', () => {
    const more = [
      'Drivers queued for an hour at the ring road on Wednesday morning, and buses ran up to 40 minutes late, the operator said.',
      'Shops in the old town said they had fewer customers than usual, though the ferries were busier than on any day this year.',
    ];
    const html = page([...STORY, ...more].map(para));
    const plan = planPage(html);
    assert.strictEqual(plan.reading.mode, 'article');
    const at = html.indexOf('Harbour bridge shut for repairs');
    const inside = (ranges: ReadonlyArray<readonly [number, number]> | undefined, offset: number) => (ranges ?? []).some(([s, e]) => s <= offset && offset < e);
    assert.ok(inside(plan.keep, at), 'headline analysed');
    assert.ok(!inside(plan.body, at), 'headline not body');
    for (const s of STORY) assert.ok(inside(plan.body, html.indexOf(s)), s);
  });

  it('leaves out a standfirst that repeats the page description, and keeps a lede that does', () => {
    const dek = 'Inspectors found cracks in two steel supports; ferries will run instead.';
    const head = (description: string) => `<meta name="description" content="${description}">`;
    const standfirst = `<div class="intro"><p>${dek}</p><p><a href="/harbour">Harbour</a> · <a href="/city">City</a></p></div>`;
    const withDek = head(dek) + page([standfirst, ...STORY.map(para), para(STORY[0].replace('Tuesday', 'Monday'))]);
    const dekAt = withDek.indexOf(dek, withDek.indexOf('<article>'));
    assert.ok(!(planPage(withDek).keep ?? []).some(([s, e]) => s <= dekAt && dekAt < e), 'standfirst');
    for (const s of STORY) assert.ok(kept(withDek, s.slice(0, 30)), s);
    const lede = head(STORY[0]) + page([...STORY.map(para), para(STORY[1].replace('Oct. 11', 'Oct. 12')), para(STORY[2].replace('1962', '1963'))]);
    assert.strictEqual(planPage(lede).reading.mode, 'article');
    const at = lede.indexOf(STORY[0], lede.indexOf('<article>'));
    assert.ok((planPage(lede).keep ?? []).some(([s, e]) => s <= at && at < e), 'lede');
  });

  it('reads a time-stamp line padded by the markup blanked around it', () => {
    assert.ok(isTimestampLine(`\t\tNovember 19, 2019${' '.repeat(120)}|    4:20am\t\t\t\t${' '.repeat(90)}|   Updated   November 19, 2019 | 9:32pm`));
    assert.ok(!isTimestampLine(`The council met${' '.repeat(200)}on November 19, 2019 at 4:20 pm to vote on the ferry budget for the next year.`));
    const stamp = `<div class="meta"><span>\t\tNovember 19, 2019</span>${'<span class="sep">  </span>'.repeat(8)}<span>|    4:20am</span><span>|Updated November 19, 2019 | 9:32pm</span></div>`;
    const html = page([stamp, ...STORY.map(para)]);
    const a = analyze(html, { fileName: 'page.html', today: TODAY });
    for (const s of a.summary) assert.doesNotMatch(s.text, /4:20am/, s.text);
    for (const e of a.timeline) assert.doesNotMatch(html.slice(e.sentence.start, e.sentence.end), /4:20am/);
  });
});
