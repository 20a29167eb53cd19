import * as assert from 'assert';
import { readArticle } from '../../src/core/article';
import { candidatesOf, FEATURES, longness, MODEL, standsAlone, summarize } from '../../src/core/summarize';

// Articles written for these tests.
const FERRY = [
  'Island ferry service resumes after storm damage',
  '',
  'Passengers on the Harwick island ferry crowded the dock on Monday as the service resumed after a storm tore away its landing ramp in March.',
  '',
  'Workers from the county roads department rebuilt the ramp in six weeks, two weeks ahead of the schedule the council set in April.',
  '',
  'Photo: A ferry at the Harwick dock. (Photo by Ana Ruiz/Getty Images)',
  '',
  'The repair cost 2.4 million dollars, most of it paid by a state emergency fund, according to council records.',
  'Shop owners on the island said the closure had cut their spring sales by half.',
  '"We lost most of April," said Marta Quill, who runs a bakery near the pier.',
  '',
  'The ferry will run every hour until the summer timetable starts in June, the operator said.',
  'A second boat, idle since last year, is due back in service in July after an engine overhaul.',
  '',
  'Related Stories',
].join('\n');

function bodyTexts(text: string): string[] {
  return readArticle(text, 'plaintext')
    .sentences.filter((s) => s.kind === 'body')
    .map((s) => s.text);
}

describe('summarize', () => {
  it('honours the count and returns sentences in document order with their offsets', () => {
    const doc = readArticle(FERRY, 'plaintext');
    for (const count of [1, 2, 3, 5]) {
      const summary = summarize(doc, count);
      assert.strictEqual(summary.length, count, `count ${count}`);
      const indices = summary.map((s) => s.index);
      assert.deepStrictEqual(indices, [...indices].sort((a, b) => a - b), 'document order');
      for (const s of summary) {
        const sentence = doc.sentences[s.index];
        assert.strictEqual(s.text, sentence.text);
        assert.strictEqual(s.start, sentence.start);
        assert.strictEqual(s.end, sentence.end);
        assert.ok(FERRY.slice(s.start, s.end).startsWith(s.text.slice(0, 10)));
        assert.ok(Number.isFinite(s.score));
      }
    }
  });

  it('chooses body sentences only: never the headline, the caption or "Related Stories"', () => {
    const doc = readArticle(FERRY, 'plaintext');
    const summary = summarize(doc, 8);
    assert.ok(summary.length > 0);
    for (const s of summary) {
      assert.strictEqual(doc.sentences[s.index].kind, 'body', s.text);
      assert.doesNotMatch(s.text, /Getty|Related Stories|^Island ferry service resumes/);
    }
  });

  it('returns every usable body sentence when asked for more than the article has', () => {
    const summary = summarize(readArticle(FERRY, 'plaintext'), 50);
    assert.strictEqual(summary.length, bodyTexts(FERRY).length);
  });

  it('leads with the opening sentence of a news story when asked for one', () => {
    const [first] = summarize(readArticle(FERRY, 'plaintext'), 1);
    assert.match(first.text, /^Passengers on the Harwick island ferry/);
  });

  it('says two things in a short summary: a near-copy of a chosen sentence is passed over', () => {
    const text = [
      'The Dunmore library will close for renovation on Friday, the city said, and reopen in the autumn with a new children\'s wing.',
      'The Dunmore library closes for renovation on Friday, the city said, and will reopen in the autumn with a new children\'s wing.',
      'Borrowers can return books at the town hall, where staff will run a small lending desk during the works.',
      'The renovation is paid for by a grant from a regional arts fund and by a local bequest.',
      'Library staff will move to the branch in Eastgate until the building reopens.',
      'The building opened in 1962 and has not had a major repair since the roof was replaced in 1990.',
      'Architects plan a glass entrance on the square and a reading garden behind the old stacks.',
      'The children\'s wing will hold a story room, a small theatre and shelves for about 8,000 books.',
      'Volunteers have offered to help pack the collection, which numbers more than 60,000 items.',
      'A farewell reading for families is planned for Thursday evening in the main hall.',
      'The city expects traffic on Mill Street to be reduced to one lane while cranes are on site.',
      'Residents asked at a public meeting whether the lending desk would keep evening hours.',
      'The council said it would decide on opening hours for the desk next month.',
      'Local schools will move their weekly class visits to the Eastgate branch.',
    ].join(' ');
    const summary = summarize(readArticle(text, 'plaintext'), 2);
    assert.strictEqual(summary.length, 2);
    const libraryCloses = summary.filter((s) => /^The Dunmore library/.test(s.text));
    assert.strictEqual(libraryCloses.length, 1, summary.map((s) => s.text).join(' | '));
  });

  it('scores a concise sentence above a padded one that carries the same news at the same place', () => {
    const others = [
      'Storms broke the Harwick harbour wall in three places in January, flooding shops on the quay.',
      'Work starts in June and should end before the autumn storms.',
      'Fishing boats will moor at the north jetty while cranes are on site.',
      'The regional fund will pay most of the cost, the council said.',
      'Shop owners on the quay said they had lost most of their winter trade.',
      'A public meeting on the traffic plan is set for next month.',
      'The old wall was built in 1890 and last repaired in 1975.',
      'Engineers found that the stone had been undermined by the tide.',
      'A temporary barrier of sandbags has held since February.',
      'Residents asked whether the promenade would stay open during the works.',
      'The council said the promenade would close for six weeks in July.',
      'Nine councillors backed the plan and two abstained, citing its cost.',
      'Tenders for the work closed last week, and divers will inspect the foundations in May.',
      'Tourist boats will run from the beach instead while the works go on.',
    ];
    const concise = 'The council voted to rebuild the harbour wall at a cost of 4 million dollars.';
    const padded =
      'The council, which met for more than four hours on Tuesday evening in the old town hall on the square and heard from dozens of residents, business owners and local campaigners, voted to rebuild the harbour wall.';
    const scoreAtSix = (sentence: string): number => {
      const text = [...others.slice(0, 5), sentence, ...others.slice(5)].join(' ');
      const chosen = summarize(readArticle(text, 'plaintext'), 50).find((s) => s.text === sentence);
      assert.ok(chosen, sentence);
      return chosen.score;
    };
    assert.ok(scoreAtSix(concise) > scoreAtSix(padded));
  });

  it('chooses whole sentences: a title and its full stop do not end one', () => {
    const text = 'The Rev. Ada Moss opened the new shelter on Sunday, the first in the county. Maj. Gen. Ray Holt sent a message of support. Volunteers served 200 meals on the first night.';
    const summary = summarize(readArticle(text, 'plaintext'), 3);
    assert.deepStrictEqual(
      summary.map((s) => s.text),
      ['The Rev. Ada Moss opened the new shelter on Sunday, the first in the county.', 'Maj. Gen. Ray Holt sent a message of support.', 'Volunteers served 200 meals on the first night.'],
    );
  });

  it('returns nothing for an empty document, a document without body sentences, or a count of 0', () => {
    assert.deepStrictEqual(summarize(readArticle('', 'plaintext'), 3), []);
    assert.deepStrictEqual(summarize(readArticle('Related Stories\n\nBy Jane Porter', 'plaintext'), 3), []);
    assert.deepStrictEqual(summarize(readArticle(FERRY, 'plaintext'), 0), []);
  });

  it('gives every candidate one value per feature, each a finite number', () => {
    for (const c of candidatesOf(readArticle(FERRY, 'plaintext'))) {
      assert.strictEqual(c.features.length, FEATURES.length);
      assert.ok(c.features.every(Number.isFinite), c.sentence.text);
    }
    assert.strictEqual(Object.keys(MODEL.weights).length, FEATURES.length);
    assert.strictEqual(Object.keys(MODEL.longWeights).length, FEATURES.length);
  });

  it('weighs a summary by its share of the article', () => {
    assert.strictEqual(longness(3, 30), 0);
    assert.strictEqual(longness(3, 12), 0);
    assert.ok(Math.abs(longness(13, 40) - 0.5) < 1e-9);
    assert.strictEqual(longness(10, 20), 1);
    assert.strictEqual(longness(3, 0), 1);
  });

  it('summarizes a short story in three sentences with the short-summary weights only (a quarter of it is still its news)', () => {
    const lines = ['Harbour council approves a new sea wall', ''];
    const topics = ['sea wall', 'budget', 'fishing fleet', 'ferry pier', 'school roof', 'flood map', 'rail link', 'car park', 'museum', 'market', 'lighthouse', 'beach'];
    for (const [i, topic] of topics.entries()) lines.push(`The council discussed the ${topic} on Tuesday, and ${i + 2} residents spoke about the ${topic} at the meeting.`, '');
    const doc = readArticle(lines.join('\n'), 'plaintext');
    assert.strictEqual(bodyTexts(lines.join('\n')).length, 12);
    // A model whose long-summary end is wildly different: it must not matter for 3 sentences of 12 (25%) ...
    const skewed = {
      ...MODEL,
      longWeights: Object.fromEntries(FEATURES.map((f, i) => [f, i % 2 === 0 ? 3 : -3])) as typeof MODEL.longWeights,
      longRedundancy: 2,
      longCoverage: 2,
    };
    assert.deepStrictEqual(summarize(doc, 3, skewed), summarize(doc, 3, MODEL));
    // ... but it does for 5 of 12 (42%), which must cover the article.
    assert.notDeepStrictEqual(
      summarize(doc, 5, skewed).map((s) => s.score),
      summarize(doc, 5, MODEL).map((s) => s.score),
    );
  });

  it('stays fast on a very long article', () => {
    const topics = ['harbour', 'council', 'budget', 'school', 'rail', 'hospital', 'river', 'market', 'stadium', 'museum'];
    const sentences: string[] = [];
    for (let i = 0; i < 3000; i++) {
      const a = topics[i % topics.length];
      const b = topics[(i * 7 + 3) % topics.length];
      sentences.push(`Officials said the ${a} plan number ${i} would affect the ${b} project, which residents discussed at length.`);
    }
    const doc = readArticle(sentences.join(' '), 'plaintext');
    const t0 = process.hrtime.bigint();
    const summary = summarize(doc, 10);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    assert.strictEqual(summary.length, 10);
    assert.ok(ms < 1000, `${ms.toFixed(0)} ms`);
  });

  it('never chooses a line that only introduces a list, only gives a date, or is the tail of a cut sentence', () => {
    assert.strictEqual(standsAlone("Here's how the vote is unfolding: ."), false);
    assert.strictEqual(standsAlone('Here is what we know so far:'), false);
    assert.strictEqual(standsAlone('April 23, 2015 .'), false);
    assert.strictEqual(standsAlone('Thursday, March 5, 2015'), false);
    assert.strictEqual(standsAlone('The vote on April 23, 2015 ended the strike.'), true);
    assert.strictEqual(standsAlone('com, where the council posted its plans.'), false, 'the tail of a sentence cut at "harwick.com"');
    assert.strictEqual(standsAlone('said Ada Moss, who runs the bakery.'), false);
    assert.strictEqual(standsAlone('eBay listings for ferry tickets doubled.'), true, 'a brand in lower case');
    const text = [
      'Harwick council votes to rebuild the harbour wall after winter storms broke it in three places.',
      "Here's how the vote unfolded: .",
      'May 4, 2021 .',
      'Nine councillors backed the plan and two abstained, citing its cost.',
      'Work on the wall starts in June and should end before the autumn storms.',
    ].join('\n\n');
    const chosen = summarize(readArticle(text, 'plaintext'), 4).map((s) => s.text);
    assert.ok(chosen.every((t) => standsAlone(t)), chosen.join(' | '));
  });
});
