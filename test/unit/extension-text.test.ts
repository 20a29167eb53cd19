// The extension's pure parts: where an inserted summary goes and how it is written, the page's HTML shell, and the
// run-time checks of messages from the page. (The parts that need VS Code are tested in test/integration.)
import * as assert from 'assert';
import { formatSummaryBlock, summaryBlockOf, surroundWithBlankLines, topInsertOffset } from '../../src/host/summaryBlock';
import { renderShell } from '../../src/panel/html';
import { parsePageMessage, parsePageState } from '../../src/protocol';

function insertTop(text: string, format: 'markdown' | 'html' | 'plaintext', sentences: string[], eol = '\n'): string {
  const at = topInsertOffset(text, format);
  return text.slice(0, at) + surroundWithBlankLines(text, at, formatSummaryBlock(sentences, format, eol), eol) + text.slice(at);
}

describe('insert summary: placement and format', () => {
  it('puts a Markdown blockquote after front matter and the title heading', () => {
    const md = '---\ndate: 2024-01-02\n---\n\n# The Title\n\nFirst paragraph.\n';
    assert.strictEqual(
      insertTop(md, 'markdown', ['One sentence.', 'Two *stars*.']),
      '---\ndate: 2024-01-02\n---\n\n# The Title\n\n> **Summary**\n>\n> One sentence.\n> Two \\*stars\\*.\n\nFirst paragraph.\n',
    );
  });

  it('puts the block at the start of the content when there is no title', () => {
    assert.strictEqual(insertTop('Body text here.\n', 'markdown', ['S.']), '> **Summary**\n>\n> S.\n\nBody text here.\n');
    assert.strictEqual(insertTop('', 'plaintext', ['S.']), 'Summary: S.\n');
  });

  it('treats a setext heading as the title', () => {
    assert.strictEqual(topInsertOffset('Title\n=====\n\nBody.\n', 'markdown'), 'Title\n=====\n'.length);
  });

  it('writes a plain "Summary:" paragraph after a plain-text headline, keeping CRLF', () => {
    const txt = 'Headline Without A Full Stop\r\n\r\nThe body starts here.\r\n';
    assert.strictEqual(
      insertTop(txt, 'plaintext', ['A.', 'B.'], '\r\n'),
      'Headline Without A Full Stop\r\n\r\nSummary: A. B.\r\n\r\nThe body starts here.\r\n',
    );
  });

  it('does not take a first sentence for a headline', () => {
    assert.strictEqual(topInsertOffset('The council met on Friday.\n\nMore.\n', 'plaintext'), 0);
  });

  it('writes an escaped <aside> after the <h1>, indented like its surroundings', () => {
    const html = '<body>\n  <h1>T</h1>\n  <p>x</p>\n</body>\n';
    const at = topInsertOffset(html, 'html');
    assert.strictEqual(at, '<body>\n  <h1>T</h1>\n'.length);
    assert.strictEqual(
      formatSummaryBlock(['Fish & <chips> "now"'], 'html', '\n', '  '),
      '  <aside class="newsline-summary">\n    <h2>Summary</h2>\n    <p>Fish &#38; &#60;chips&#62; &#34;now&#34;</p>\n  </aside>',
    );
    assert.strictEqual(topInsertOffset('<p>no body</p>', 'html'), 0);
    assert.strictEqual(topInsertOffset('<html><body class="a">\n<p>x</p>', 'html'), '<html><body class="a">\n'.length);
  });

  it('writes each summary sentence as it reads on its own, not with the connective the article opens it with', () => {
    const summary = [
      { text: 'The council voted to rebuild the wall.' },
      { text: 'The plan was opposed by the fishermen.', untrimmed: 'But the plan was opposed by the fishermen.' },
    ];
    assert.strictEqual(summaryBlockOf(summary, 'plaintext', '\n'), 'Summary: The council voted to rebuild the wall. The plan was opposed by the fishermen.');
  });

  it('keeps one blank line on each side of the block', () => {
    assert.strictEqual(surroundWithBlankLines('a\n\nb', 2, 'X', '\n'), '\nX\n');
    assert.strictEqual(surroundWithBlankLines('a\n\nb', 3, 'X', '\n'), 'X\n\n');
    assert.strictEqual(surroundWithBlankLines('ab', 1, 'X', '\n'), '\n\nX\n\n');
  });

  it('escapes Markdown that would change the meaning of article text, and only that', () => {
    const quoted = (sentence: string) => formatSummaryBlock([sentence], 'markdown', '\n').split('\n')[2];
    assert.strictEqual(quoted('# not a heading'), '> \\# not a heading');
    assert.strictEqual(quoted('1. not a list'), '> 1\\. not a list');
    assert.strictEqual(quoted('2) nor this'), '> 2\\) nor this');
    assert.strictEqual(quoted('- not a bullet'), '> \\- not a bullet');
    assert.strictEqual(quoted('> not a quote'), '> \\> not a quote');
    assert.strictEqual(quoted('a [link](x) <b> and *stars*'), '> a \\[link\\](x) \\<b> and \\*stars\\*');
    assert.strictEqual(quoted('prices ~5% to ~7%, AT&T and &amp;'), '> prices \\~5% to \\~7%, AT&T and \\&amp;');
    assert.strictEqual(quoted('==='), '> \\===');
    // Punctuation that means nothing inside a line stays as written, so the reader's own file stays readable.
    assert.strictEqual(quoted('The vote (4-3) was #1 news! 50+ came, a -5% fall.'), '> The vote (4-3) was #1 news! 50+ came, a -5% fall.');
  });
});

describe('panel HTML shell', () => {
  const shell = renderShell({
    cspSource: 'https://x.vscode-cdn.net',
    nonce: 'abc123',
    scriptUri: 'https://x/dist/panel.js',
    styleUri: 'https://x/media/panel.css',
    initial: {
      model: { kind: 'error', doc: { uri: 'file:///a"b.md', version: 1, name: '</script><img src=x onerror=alert(1)>' }, message: "it's <b>bad</b>" },
      controls: { sentences: 3, words: 0 },
    },
  });

  it('has a strict CSP: nothing by default, the script by nonce, styles from the extension', () => {
    assert.match(shell, /default-src 'none'; style-src https:\/\/x\.vscode-cdn\.net; img-src [^;]+; font-src [^;]+; script-src 'nonce-abc123'/);
    assert.match(shell, /<script nonce="abc123" src="https:\/\/x\/dist\/panel\.js"><\/script>/);
    assert.doesNotMatch(shell, /unsafe-inline|unsafe-eval/);
  });

  it('writes document data only inside an escaped attribute', () => {
    assert.ok(!shell.includes('<img'), 'no markup from the data');
    assert.strictEqual(shell.match(/<script/g)?.length, 1);
    const attr = /data-initial="([^"]*)"/.exec(shell)?.[1] ?? '';
    const decoded = attr.replace(/&#(\d+);/g, (_m, c: string) => String.fromCharCode(Number(c)));
    assert.strictEqual(JSON.parse(decoded).model.doc.name, '</script><img src=x onerror=alert(1)>');
  });
});

describe('messages from the page', () => {
  it('accepts each well-formed message', () => {
    const ok = [
      { type: 'ready' },
      { type: 'reveal', uri: 'file:///a.md', version: 3, start: 1, end: 5 },
      { type: 'insertSummary', uri: 'file:///a.md', version: 3 },
      { type: 'copy', what: 'timeline', uri: 'file:///a.md', version: 3 },
      { type: 'setSentences', uri: 'file:///a.md', sentences: 5 },
      { type: 'changeReferenceDate', uri: 'file:///a.md' },
    ];
    for (const m of ok) assert.deepStrictEqual(parsePageMessage(m), m);
  });

  it('refuses malformed ones', () => {
    const bad: unknown[] = [
      null,
      'reveal',
      [],
      { type: 'nope' },
      { type: 'reveal', uri: 'file:///a.md', version: 3, start: 5, end: 1 },
      { type: 'reveal', uri: 'file:///a.md', version: 3, start: -1, end: 1 },
      { type: 'reveal', uri: 'file:///a.md', version: 3, start: 0.5, end: 1 },
      { type: 'reveal', uri: '', version: 3, start: 0, end: 1 },
      { type: 'insertSummary', uri: 'file:///a.md' },
      { type: 'copy', what: 'everything', uri: 'file:///a.md', version: 1 },
      { type: 'setSentences', uri: 'file:///a.md', sentences: 0 },
      { type: 'setSentences', uri: 'file:///a.md', sentences: 1000 },
      { type: 'setSentences', uri: 'file:///a.md', sentences: '3' },
    ];
    for (const m of bad) assert.strictEqual(parsePageMessage(m), undefined, JSON.stringify(m));
  });

  it('reads saved page state defensively', () => {
    assert.deepStrictEqual(parsePageState({ uri: 'file:///a', sentences: 4, scrollY: 120 }), { uri: 'file:///a', sentences: 4, scrollY: 120 });
    assert.deepStrictEqual(parsePageState({ uri: 3, sentences: 99, scrollY: -1 }), {});
    assert.deepStrictEqual(parsePageState(undefined), {});
  });
});
