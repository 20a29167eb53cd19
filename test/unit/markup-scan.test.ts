// The linear scans of markup-scan.ts (issue 22) find what the backtracking patterns they replace found, on short
// random markup made of the pieces those patterns turn on (quotes, ">", names, closing tags, marker runs).
import * as assert from 'assert';
import { elementsOf, startTags } from '../../src/core/markup-scan';
import { codeSpans, imageMatches, linkMatches, stripEmphasisMarks } from '../../src/core/markdown-scan';
import { hideUnseen, saysDatePublished } from '../../src/core/header-page';
import { pick, seededRandom } from './support/random';

function randomText(random: () => number, pieces: readonly string[], most: number): string {
  let s = '';
  const length = 1 + Math.floor(random() * most);
  for (let i = 0; i < length; i++) s += pick(random, pieces);
  return s;
}

const ATTRIBUTES = String.raw`(?:[^>"']|"[^"]*"|'[^']*')*>`;

describe('markup scans', () => {
  it('startTags finds the tags the whole pattern finds', () => {
    const random = seededRandom(22);
    const pieces = ['<meta', '<META', '<time', '<a', '<a-b', '<', '>', '"', "'", ' ', 'x', '=', '\n', 'metas'];
    for (let t = 0; t < 30000; t++) {
      const s = randomText(random, pieces, 16);
      for (const open of [/<meta\b/gi, /<time\b/gi, /<[a-z][\w-]*(?![\w-])/gi]) {
        const want = [...s.matchAll(new RegExp(open.source + ATTRIBUTES, 'gi'))].map((m) => [m.index, m[0]]);
        const got = startTags(s, open).map((m) => [m.index, m.tag]);
        assert.deepStrictEqual(got, want, JSON.stringify(s));
      }
    }
  });

  it('elementsOf finds the elements the whole pattern finds', () => {
    const random = seededRandom(23);
    const pieces = ['<h1', '<H1', '<h2', '<li', '<link', '>', '</h1>', '</H1 >', '</h2>', '</li>', '</p>', 'x', ' ', '<'];
    const open = /<(h[1-6]|li)\b/gi;
    for (let t = 0; t < 30000; t++) {
      const s = randomText(random, pieces, 14);
      const want = [...s.matchAll(new RegExp(open.source + String.raw`[^>]*>([\s\S]*?)<\/\1\s*>`, 'gi'))].map((m) => [m.index, m.index + m[0].length]);
      assert.deepStrictEqual(elementsOf(s, open).map((m) => [m.index, m.end]), want, JSON.stringify(s));
    }
  });

  it('stripEmphasisMarks gives what the emphasis pattern gives', () => {
    const random = seededRandom(24);
    const pieces = ['*', '_', '~', '`', '**', '``', '```', '~~', 'a', ' ', '\t'];
    for (let t = 0; t < 100000; t++) {
      const s = randomText(random, pieces, 14);
      assert.strictEqual(stripEmphasisMarks(s), s.replace(/(\*{1,3}|_{1,3}|~~|`+)(\S[\s\S]*?)\1/g, '$2'), JSON.stringify(s));
    }
  });

  it('codeSpans finds the spans the code-span pattern finds', () => {
    const random = seededRandom(25);
    const pieces = ['`', '``', '```', 'a', ' ', '\t', '\n'];
    for (let t = 0; t < 100000; t++) {
      const s = randomText(random, pieces, 14);
      const want = [...s.matchAll(/(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g)].map((m) => [m.index, m.index + m[0].length, m[1].length]);
      assert.deepStrictEqual(codeSpans(s).map((c) => [c.index, c.end, c.fence]), want, JSON.stringify(s));
    }
  });

  it('imageMatches and linkMatches find what the image and link patterns find', () => {
    const random = seededRandom(26);
    const pieces = ['![', '[', ']', '](', '(', ')', '][', 'x', ' ', 'a'.repeat(400), '!'];
    const image = /!\[[^\]]{0,1000}\]\([^)]*\)/g;
    const link = /\[([^\]]{0,1000})\]\(([^()]*(?:\([^()]*\)[^()]*)*)\)|\[([^\]]{0,1000})\]\[[^\]]{0,1000}\]/g;
    for (let t = 0; t < 60000; t++) {
      const s = randomText(random, pieces, 14);
      assert.deepStrictEqual(imageMatches(s).map((m) => [m.index, m.end]), [...s.matchAll(image)].map((m) => [m.index, m.index + m[0].length]), JSON.stringify(s));
      const want = [...s.matchAll(link)].map((m) => [m.index, m.index + m[0].length, m[1] ?? m[3]]);
      assert.deepStrictEqual(linkMatches(s).map((m) => [m.index, m.end, m.label]), want, JSON.stringify(s));
    }
  });

  it('hideUnseen blanks what its comment, script, style and template pattern blanks', () => {
    const random = seededRandom(27);
    const pieces = ['<!--', '-->', '<script', '<SCRIPT', '<style', '<template', '<scripts', '>', '</script>', '</Script >', '</style>', ' type="application/ld+json"', '\n', 'x', ' '];
    const pattern = /<!--[\s\S]*?(?:-->|$)|<(script|style|template)\b([^>]*)>[\s\S]*?(?:<\/\1\s*>|$)/gi;
    for (let t = 0; t < 30000; t++) {
      const s = randomText(random, pieces, 12);
      const want = s.replace(pattern, (m, _tag: string | undefined, attrs: string | undefined) => (attrs !== undefined && /application\/ld\+json/i.test(attrs) ? m : m.replace(/[^\n]/g, ' ')));
      assert.strictEqual(hideUnseen(s), want, JSON.stringify(s));
    }
  });

  it('saysDatePublished tells what the itemprop pattern tells, on the tags startTags finds', () => {
    const random = seededRandom(28);
    const pieces = ['<a', '<time', ' ', 'itemprop', 'ITEMPROP', '=', ' = ', 'datePublished', 'datepublishedx', '"', "'", 'x', '-', '>', '_', ' itemprop="datePublished"', " itemprop='datepublished", ' itemprop=datePublished'];
    const pattern = /^<[a-z][\w-]*(?![\w-])(?:[^>"']|"[^"]*"|'[^']*')*\bitemprop\s*=\s*["']?datePublished\b["']?(?:[^>"']|"[^"]*"|'[^']*')*>$/i;
    let yes = 0;
    for (let t = 0; t < 40000; t++) {
      for (const m of startTags(randomText(random, pieces, 14), /<[a-z][\w-]*(?![\w-])/gi)) {
        const want = pattern.test(m.tag);
        if (want) yes++;
        assert.strictEqual(saysDatePublished(m.tag), want, JSON.stringify(m.tag));
      }
    }
    assert.ok(yes > 100, `only ${yes} tags say it`);
  });
});
