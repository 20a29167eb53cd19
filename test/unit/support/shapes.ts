// Pathological inputs of issue 22, as functions of a length: the doubling tests (growth-*.test.ts) time them at n and
// 2n characters, and the fuzz test mixes them into generated articles.
import { repeated } from './growth';

/** Pathological Markdown and HTML: the repros, and each with its closer written once at the end, so that a
 *  scan stopped at the last closer still has the whole text to read. */
export const MARKUP_SHAPES: Record<string, (n: number) => string> = {
  'unclosed <title>': repeated('<title>'),
  'unclosed <title>, one </title> at the end': repeated('<title>', '', '</title>'),
  '<a without >': repeated('<a'),
  '<a without >, one > at the end': repeated('<a', '', '>'),
  '<a with a quote, one > at the end': repeated('<a "', '', '>'),
  "<a with quotes of both kinds, one > at the end": repeated(`<a "'`, '', '>'),
  '[ on one line': repeated('['),
  '[x]( on one line, one ) at the end': repeated('[x](', '', ')'),
  '[x][ on one line, one ] at the end': repeated('[x][', '', ']'),
  '![ on one line': repeated('!['),
  '![ on one line, one ](x) at the end': repeated('![', '', '](x)'),
  '*a ': repeated('*a '),
  '*a , one a* at the end': repeated('*a ', '', 'a*'),
  'a heading of *a ': repeated('*a ', '# '),
  'a heading of [x](': repeated('[x](', '# ', ')'),
  'a heading of ![](': repeated('![](', '# '),
  'a heading of ![](, one ) at the end': repeated('![](', '# ', ')'),
  'a heading of backtick runs': repeated('``a`', '# '),
  '**a ': repeated('**a '),
  '_a ': repeated('_a '),
  '~~a ': repeated('~~a '),
  'backtick runs': repeated('``a`'),
  'spaces inside a line': repeated(' ', 'a', 'b'),
  'spaces inside a line, two at its end': repeated(' ', 'a', 'b  \nNext.'),
  'front-matter title with inner spaces': repeated(' ', '---\ntitle: a', 'b  \n---\nBody.'),
  'front matter never closed': repeated('title: a\n', '---\n'),
  '& repeated': repeated('&'),
  '&# repeated': repeated('&#'),
  '&amp without ;': repeated('&amp'),
  '<http:// repeated': repeated('<http://'),
  '<http:// repeated, one > at the end': repeated('<http://', '', '>'),
  '<http:// repeated, then a tab and <mailto:>': repeated('<http://', '', '\t<mailto:>'),
  '<!-- repeated': repeated('<!--'),
  '<![CDATA[ repeated': repeated('<![CDATA['),
  '<script> repeated, one </script> at the end': repeated('<script>', '', '</script>'),
  '<h1> repeated, one </h1> at the end': repeated('<h1>', '', '</h1>'),
  '< repeated': repeated('<'),
  '</ repeated': repeated('</'),
  '<! and <? repeated': repeated('<!<?'),
  'one long word': repeated('a'),
  '1,000,000,... comma groups': repeated(',000', '1'),
  '# heading marks': repeated('#', '# a '),
  '> quote marks': repeated('> '),
  'table pipes': repeated('|a'),
  'Summary quote lines': repeated('> a\n', '> **Summary**\n'),
};

/** For the header only: toPlainText's HINTED and DROPPED_ELEMENTS patterns are still quadratic on it (an element
 *  opened n times before one closing tag of another kind; issue 22). */
export const HEADER_SHAPES: Record<string, (n: number) => string> = {
  '<h1> and <title> repeated, one </p> at the end': repeated('<h1><title>', '', '</p>'),
};

/** Dated text for the tagger and the timeline. */
export const DATED_SHAPES: Record<string, (n: number) => string> = {
  'dated mentions': repeated('On March 3, 2021 the council met. '),
  'dated mentions with words of their own': (n) => Array.from({ length: Math.ceil(n / 48) }, (_, i) => `On March 3, 2021 the w${i} council met w${i + 1}. `).join(''),
  'commas in one dated sentence': repeated(',', 'On March 3, 2021 the', ' end.'),
  'hyphens in one dated sentence': repeated(' -', 'On March 3, 2021 the', ' end.'),
  'dates of every kind': repeated('Friday, March 3, 2021, 2:30 p.m., three days later, the 1990s, Q4 2024, last week. '),
  'a date before long white space': repeated(' ', 'March 3, 2021', ' thru 5.'),
};

/** Shapes every rule is scanned over: what the repros and the range-second-day bug were made of. */
export const RULE_SHAPES: Record<string, (n: number) => string> = {
  spaces: repeated(' '),
  'tabs and newlines': repeated('\t\n'),
  newlines: repeated('\n'),
  'blank lines between words': repeated('a\n\n \t'),
  digits: repeated('1'),
  'digit groups': repeated('12 '),
  years: repeated('2021 '),
  'comma groups': repeated(',000', '1'),
  commas: repeated(','),
  'comma spaces': repeated(', '),
  hyphens: repeated('-'),
  'spaced hyphens': repeated(' - '),
  'en dashes': repeated('–'),
  'month names': repeated('March '),
  'month abbreviations': repeated('Sept. '),
  'weekday names': repeated('Friday, '),
  'month and day': repeated('March 3 '),
  'day ranges': repeated('March 3-'),
  'thru ranges': repeated('March 3 thru '),
  'to ranges': repeated('March 3 to '),
  'thru words': repeated('thru '),
  'to words': repeated('to '),
  'a date before spaces': repeated(' ', 'March 3, 2021', ' thru 5'),
  'a date before tabs': repeated('\t', 'On Friday, March 3', '-5, 2021'),
  'spaces before a date': repeated(' ', 'the ', 'March 3, 2021'),
  'clock times': repeated('2:30 '),
  'number words': repeated('three '),
  units: repeated('days '),
  'the the': repeated('the '),
  'tags without an end': repeated('<a '),
  brackets: repeated('['),
  'emphasis marks': repeated('*a '),
  ampersands: repeated('&'),
  'one long word': repeated('a'),
  'a wide character in the text': repeated(' ', 'March 3 — ', ' 5'),
};

/** Nested elements, for the web-page reading (Readability reads each element's text). */
export const NESTING_SHAPES: Record<string, (n: number) => string> = {
  'nested <h1>': repeated('<h1>', '', '</h1>'),
  'nested <div>': repeated('<div>'),
  'nested <b>': repeated('<b>x'),
  'nested <p><span>': repeated('<p><span>a'),
};
