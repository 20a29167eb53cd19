// The article's header is read in one place (core/header.ts): the format check, the analysable text and the article
// reader take the front matter and the title from it rather than parsing them again.
import * as assert from 'assert';
import { analyze } from '../../src/core/analyze';
import { readArticle } from '../../src/core/article';
import { findFrontMatter, readHeader } from '../../src/core/header';
import { detectFormat } from '../../src/core/text';

const TODAY = '2026-12-02';
const TOML = '+++\ntitle = "Harbour bridge shut"\ndate = 2024-03-05T10:00:00Z\n+++\n\nThe bridge closed on Friday for repairs that will take a month.\n';

describe('article header, read once', () => {
  it('knows a TOML (+++) article by its front matter when nothing names the format', () => {
    assert.strictEqual(detectFormat(TOML), 'markdown');
    assert.strictEqual(detectFormat('---\r\ntitle: a\r\n...\r\nText'), 'markdown', 'YAML closed by "..." with CRLF');
    assert.strictEqual(detectFormat('--- a dash line\nText'), 'plaintext');
    const a = analyze(TOML, { today: TODAY });
    assert.strictEqual(a.format, 'markdown');
    assert.strictEqual(a.title, 'Harbour bridge shut');
    assert.deepStrictEqual([a.referenceDate.value, a.referenceDate.source], ['2024-03-05', 'document']);
    const fm = findFrontMatter(TOML)!;
    assert.ok(a.timexes.length > 0 && a.timexes.every((t) => t.start >= fm.end), 'the date = line is front matter, not a date in the text');
  });

  it('gives the article the header\'s title, also when the reader is called alone', () => {
    const page = '<html><head><title>Bridge | Site</title><meta property="og:title" content="Bridge shut for a month"></head><body><h1>Bridge shut</h1><p>The bridge closed on Friday.</p></body></html>';
    assert.strictEqual(readArticle(page, 'html').title, readHeader(page, 'html').title);
    assert.strictEqual(readArticle(page, 'html').title, 'Bridge shut for a month');
    const md = '---\ntitle: From the front matter\n---\n\n# From the heading\n\nThe bridge closed on Friday.\n';
    assert.strictEqual(readArticle(md, 'markdown').title, 'From the front matter');
    assert.strictEqual(readArticle(md.replace(/^---[\s\S]*?---\n/, ''), 'markdown').title, 'From the heading');
  });

  it('takes no title from markup a reader cannot see', () => {
    const page = '<html><body><!-- <h1>An old headline</h1> --><p>The bridge closed on Friday for repairs that will take a month.</p></body></html>';
    assert.notStrictEqual(analyze(page, { today: TODAY }).title, 'An old headline');
  });
});
