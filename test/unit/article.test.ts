import * as assert from 'assert';
import { readArticle } from '../../src/core/article';
import type { DocumentFormat } from '../../src/core/types';
import { detectFormat, toPlainText } from '../../src/core/text';
import { readFixture } from './support/fixtures';
import { pick, seededRandom } from './support/random';

function kinds(text: string, format: 'plaintext' | 'markdown' | 'html') {
  return readArticle(text, format).sentences.map((s) => [s.kind, s.text] as const);
}

describe('text: markup to same-length analysable text', () => {
  it('keeps the length and every line break of Markdown and HTML', () => {
    for (const [name, format] of [['harbor-bridge.md', 'markdown'], ['council-vote.html', 'html']] as const) {
      const text = readFixture(name);
      const { plain } = toPlainText(text, format);
      assert.strictEqual(plain.length, text.length, name);
      for (let i = 0; i < text.length; i++) if (text[i] === '\n') assert.strictEqual(plain[i], '\n', `${name} line break at ${i}`);
    }
  });

  it('blanks front matter, scripts, styles and tags but keeps the words', () => {
    const { plain } = toPlainText(readFixture('council-vote.html'), 'html');
    assert.ok(!plain.includes('tracking'), 'script text removed');
    assert.ok(!plain.includes('font-family'), 'style text removed');
    assert.ok(!/[<>]/.test(plain), 'no tag characters left');
    assert.ok(plain.includes('The city council voted on Tuesday'));
  });

  it('picks the format from the language id, the file name, then the content', () => {
    assert.strictEqual(detectFormat('x', 'markdown'), 'markdown');
    assert.strictEqual(detectFormat('x', undefined, 'story.HTML'), 'html');
    assert.strictEqual(detectFormat('<!DOCTYPE html><p>x</p>'), 'html');
    assert.strictEqual(detectFormat('---\ntitle: a\n---\nText'), 'markdown');
    assert.strictEqual(detectFormat('Just words.'), 'plaintext');
  });
});

describe('article: sentences and their kinds', () => {
  it('classifies headline, credit, byline, list, link and "Related Stories" lines in Markdown', () => {
    const doc = readArticle(readFixture('harbor-bridge.md'), 'markdown');
    assert.strictEqual(doc.title, 'Harbor Bridge Reopens After Two-Year Repair');
    const byKind = (kind: string) => doc.sentences.filter((s) => s.kind === kind).map((s) => s.text);
    assert.deepStrictEqual(byKind('heading'), ['Harbor Bridge Reopens After Two-Year Repair']);
    assert.deepStrictEqual(byKind('caption'), ['Photo: City of Port Alden']);
    assert.deepStrictEqual(byKind('byline'), ['By Mara Quill']);
    assert.deepStrictEqual(byKind('related'), ['Related Stories']);
    assert.deepStrictEqual(byKind('list'), ['Tolls will return on Monday.', 'A cycling lane opens next month.']);
    const body = byKind('body');
    assert.ok(body[0].startsWith('The Harbor Bridge reopened'), 'bold markers removed from the readable text');
    assert.ok(body.every((t) => !/[*#[\]]/.test(t)), 'no Markdown syntax in body sentences');
  });

  it('splits around abbreviations, initials and decimals without cutting sentences', () => {
    const doc = readArticle(readFixture('quarry-dispute.txt'), 'plaintext');
    const texts = doc.sentences.map((s) => s.text);
    assert.ok(texts.includes('Dr. Ana Ruiz, who led the residents\' group, said Monday that 112 homes had been damaged.'));
    assert.ok(texts.includes('The judge set the first hearing for Nov. 3.'));
    assert.ok(texts.some((t) => t.startsWith('The quarry\'s owner, Stonebridge Ltd., said')));
    assert.ok(texts.includes('Stonebridge reported revenue of $240 million in 2023, up 4.1 percent from the year before.'));
  });

  it('keeps a sentence whole across "Bros.", a web address and a quoted question or exclamation', () => {
    const sentences = [
      'The deal (Harlow Bros. Studios, which owns the lot) closed on Monday.',
      'Tickets are sold at harbourfest.org until May.',
      '"Who pays for the wall?" asked a councillor at the meeting.',
      'The band played its hit Hold On! before the rain came.',
      'Its owner, Harlow Bros. and Sons, did not comment.',
    ];
    assert.deepStrictEqual(readArticle(sentences.join(' '), 'plaintext').sentences.map((s) => s.text), sentences);
    // A full stop and a space still end a sentence before a lower-case word: text written all in lower case.
    const lower = ['the ferry left at noon.', 'it came back at six.'];
    assert.deepStrictEqual(readArticle(lower.join(' '), 'plaintext').sentences.map((s) => s.text), lower);
  });

  it('keeps HTML-looking text inside Markdown code spans as text', () => {
    const doc = readArticle('The attacker sent `<script>alert(1)</script>` in a form on Monday, police said.', 'markdown');
    assert.strictEqual(doc.sentences[0].text, 'The attacker sent <script>alert(1)</script> in a form on Monday, police said.');
  });

  it('reads HTML: entities decoded, headline, byline and caption recognised, aside left out', () => {
    const doc = readArticle(readFixture('council-vote.html'), 'html');
    assert.strictEqual(doc.title, 'Council Backs Flood Wall Plan');
    const body = doc.sentences.filter((s) => s.kind === 'body').map((s) => s.text);
    assert.ok(body[0].includes('“flood wall”'), body[0]);
    assert.ok(body.some((t) => t.includes('residents’ association')));
    assert.ok(!body.some((t) => /Photo|Related|By Idris/.test(t)));
  });

  it('treats a plain-text caption with a glued-on credit as a caption', () => {
    const text = 'Storm Hits Coast\n\nWaves broke over the sea wall on Sunday, officials said.Reuters\n\nThe storm reached the coast on Sunday night. Power failed in 3,000 homes.';
    const result = kinds(text, 'plaintext');
    assert.deepStrictEqual(result.filter(([k]) => k === 'body').map(([, t]) => t), ['The storm reached the coast on Sunday night.', 'Power failed in 3,000 homes.']);
    assert.ok(result.filter(([k]) => k === 'caption').map(([, t]) => t).join(' ').includes('Waves broke over the sea wall'));
  });

  it('joins hard-wrapped lines into sentences', () => {
    const text = [
      'The harbour board met on Monday to discuss the new ferry timetable and',
      'agreed to add two sailings a day from the first of next month, a spokesman',
      'for the board said after the meeting had ended late in the evening.',
      'The change follows complaints from commuters who said the ferries were full.',
    ].join('\n');
    const doc = readArticle(text, 'plaintext');
    assert.strictEqual(doc.sentences.length, 2, doc.sentences.map((s) => s.text).join(' | '));
  });

  it('splits an agency dateline off the first sentence of a paragraph, as metadata', () => {
    const cases: [string, string, string][] = [
      ['(NWS)The harbour wall was rebuilt in six weeks. Work ended on Friday.', '(NWS)', 'The harbour wall was rebuilt in six weeks.'],
      ['Harwick, Northshire (NWS)Ferries ran again on Monday.', 'Harwick, Northshire (NWS)', 'Ferries ran again on Monday.'],
      ['HARWICK, May 4 (Coast Wire) — Nine councillors backed the plan.', 'HARWICK, May 4 (Coast Wire) —', 'Nine councillors backed the plan.'],
      ['(NWS) -- A second boat is due back in July.', '(NWS) --', 'A second boat is due back in July.'],
    ];
    for (const [text, dateline, sentence] of cases) {
      const doc = readArticle(text, 'plaintext');
      assert.deepStrictEqual([doc.sentences[0].kind, doc.sentences[0].text], ['meta', dateline], text);
      assert.deepStrictEqual([doc.sentences[1].kind, doc.sentences[1].text], ['body', sentence], text);
      assert.strictEqual(text.slice(doc.sentences[1].start, doc.sentences[1].end), sentence);
    }
    // Brackets in a name or after a subject are not a dateline, nor is one in mid-paragraph.
    for (const text of ['Ada (Addie) Moss opened the shelter.', 'Ada Moss (Labour) said the vote was close.', 'Ferries ran. Harwick (NWS) -- Nine backed it.']) {
      assert.ok(readArticle(text, 'plaintext').sentences.every((s) => s.kind === 'body'), text);
    }
  });

  it('splits a dateline without an agency off the first sentence of a paragraph, as metadata', () => {
    const cases: [string, string, string, DocumentFormat][] = [
      ['WASHINGTON — The Senate passed the bill on Tuesday.', 'WASHINGTON —', 'The Senate passed the bill on Tuesday.', 'plaintext'],
      ['KYIV, Ukraine -- Trains ran again on Monday.', 'KYIV, Ukraine --', 'Trains ran again on Monday.', 'plaintext'],
      ['HARWICK, May 4 - Nine councillors backed the plan.', 'HARWICK, May 4 -', 'Nine councillors backed the plan.', 'plaintext'],
      ['**PORTVALE, Tuesday 14 May 2024** — The bridge will reopen on June 3.', 'PORTVALE, Tuesday 14 May 2024 —', 'The bridge will reopen on June 3.', 'markdown'],
    ];
    for (const [text, dateline, sentence, format] of cases) {
      const doc = readArticle(text, format);
      assert.deepStrictEqual([doc.sentences[0].kind, doc.sentences[0].text], ['meta', dateline], text);
      assert.deepStrictEqual([doc.sentences[1].kind, doc.sentences[1].text], ['body', sentence], text);
    }
    // Capitals before a hyphen, or a dash that is not set off, or a lower-case word after the dash, are not a dateline.
    for (const text of ['US - China talks resumed on Monday.', 'NATO-led forces moved in on Monday.', 'BBC—the broadcaster—said it would appeal.', 'UNICEF — which runs the camp — said it was full.']) {
      assert.ok(readArticle(text, 'plaintext').sentences.every((s) => s.kind === 'body'), text);
    }
  });

  it('reads CRLF text with the same sentences as LF text', () => {
    const lf = readFixture('quarry-dispute.txt');
    const crlf = lf.replace(/\n/g, '\r\n');
    const a = readArticle(lf, 'plaintext').sentences.map((s) => [s.kind, s.text]);
    const b = readArticle(crlf, 'plaintext').sentences.map((s) => [s.kind, s.text]);
    assert.deepStrictEqual(b, a);
  });
});

describe('article: offsets (property test)', () => {
  const pieces = [
    'The mayor said Friday that the bridge would reopen.', 'Mr. O’Neil paid $4.5 million on Feb. 24, 2022.',
    '“We’re done,” she said.', 'Prices rose 3.2% in the U.S. last year.', 'Café owners 😀 agreed.', '**Bold** claim here.',
    '[a link](http://x.y/z) in text.', '<b>tag</b> &amp; entity&#8217;s text.', 'ما هذا؟', '日本語の文です。', 'Related Stories',
    '# Heading line', '- list item one', '> quoted line', 'By Ann Lee', 'x', '   ', '\t', '', '2019', 'Section 2021 applies.',
  ];
  const separators = [' ', '\n', '\n\n', '\r\n', '\r\n\r\n', '  '];

  it('every token and sentence offset points at its own text, in 1,500 generated documents', () => {
    const random = seededRandom(20221);
    for (let n = 0; n < 1500; n++) {
      const parts: string[] = [];
      const count = 1 + Math.floor(random() * 12);
      for (let i = 0; i < count; i++) parts.push(pick(random, pieces), pick(random, separators));
      const text = parts.join('');
      const format = pick(random, ['plaintext', 'markdown', 'html'] as const);
      const doc = readArticle(text, format);
      assert.strictEqual(doc.plain.length, text.length);
      let last = 0;
      for (const s of doc.sentences) {
        assert.ok(s.start >= last && s.start < s.end && s.end <= text.length, `sentence range in ${JSON.stringify(text)}`);
        last = s.end;
        for (const t of s.tokens) {
          assert.ok(t.start >= s.start && t.end <= s.end, 'token inside its sentence');
          assert.strictEqual(doc.plain.slice(t.start, t.end), t.text, `token text in ${JSON.stringify(text)}`);
          if (format === 'plaintext') assert.strictEqual(text.slice(t.start, t.end), t.text);
        }
        assert.ok(s.text.length > 0 && s.text === s.text.trim());
      }
    }
  });
});
