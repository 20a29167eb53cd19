// Article text written into HTML or Markdown stays text: the one HTML escaper (the panel's shell, an inserted HTML
// summary) and the one Markdown escaper (an inserted summary, the copied summary and timeline, the CLI's Markdown).

/** `& < > " '` as numeric character references: safe in element content and in quoted attribute values alike. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** What CommonMark and GFM read as inline syntax anywhere in a line: `\`, code, emphasis, links, HTML, strikethrough. */
const INLINE_SYNTAX = /[\\`*_[\]<~]/g;
/** An entity reference ("&amp;", "&#8217;") would be decoded: its `&` is escaped, a bare "AT&T" is left alone. */
const ENTITY_START = /&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)/g;
/** A line start that opens a block: heading, quote, bullet, ordered list item ("1." or "1)"). */
const BLOCK_START = /^([ \t]*)(#|>|[+-](?=[ \t]|$)|\d{1,9}(?=[.)](?:[ \t]|$)))/;
/** A line of `-` or `=` alone would turn the line above it into a heading (or be a thematic break). */
const UNDERLINE = /^([ \t]*)([-=])(?=[-= \t]*$)/;

/**
 * Escapes what Markdown would read as syntax in one line of text, and nothing else, so that the raw Markdown (an
 * inserted summary lives in the reader's own file) stays readable: "(", "#" or "!" inside a line mean nothing there.
 * Examples: "a [link](x) <b>" → "a \[link\](x) \<b>"; "# not a heading" → "\# not a heading"; "1. not a list" →
 * "1\. not a list"; "- not a bullet" → "\- not a bullet"; "prices ~5%" → "prices \~5%".
 */
export function escapeMarkdown(s: string): string {
  return s
    .replace(INLINE_SYNTAX, '\\$&')
    .replace(ENTITY_START, '\\&')
    .replace(BLOCK_START, (_m, space: string, mark: string) => (/^\d/.test(mark) ? `${space}${mark}\\` : `${space}\\${mark}`))
    .replace(UNDERLINE, '$1\\$2');
}
