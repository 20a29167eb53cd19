// Datelines that open a paragraph ("London (CNN) --", "WASHINGTON, March 3 (AP) —", "KYIV, Ukraine —"): where they
// end, so the first sentence starts clean and the dateline is read as metadata.
import type { Token } from './model';

const DASHES = new Set(['-', '--', '—', '–']);
const CAPITALISED = /^\p{Lu}/u;

/**
 * Where an agency dateline that opens a paragraph ends ("(CNN)", "London (CNN) --", "WASHINGTON, March 3 (AP) —"): an
 * optional place and date, a capitalised source in brackets, then a dash or a capitalised word glued to the bracket;
 * 0 if none.
 * Left in, it made "(CNN)" part of the first sentence of 486 of the 500 CNN/DM evaluation articles.
 */
export function datelineEnd(tokens: readonly Token[]): number {
  return agencyDatelineEnd(tokens) || placeDatelineEnd(tokens);
}

function agencyDatelineEnd(tokens: readonly Token[]): number {
  let i = 0;
  while (i < tokens.length && i < 8 && tokens[i].text !== '(') {
    const t = tokens[i].text;
    if (t !== ',' && !CAPITALISED.test(t) && !/^\d{1,2}$/.test(t)) return 0;
    i++;
  }
  if (tokens[i]?.text !== '(') return 0;
  const sourceStart = ++i;
  while (i < tokens.length && i - sourceStart < 4 && CAPITALISED.test(tokens[i].text)) i++;
  if (i === sourceStart || tokens[i]?.text !== ')') return 0;
  i++;
  // A dash or a glued word ("(CNN)The") marks a dateline; "John (Jack) Smith" is a name.
  const dashed = i < tokens.length && DASHES.has(tokens[i].text);
  if (dashed) i++;
  const next = tokens[i];
  if (next === undefined || !/^[\p{Lu}"“‘'\d]/u.test(next.text)) return 0;
  return dashed || next.start === tokens[i - 1].end ? i : 0;
}

/** A place written in capitals: "WASHINGTON", "ST.", "KYIV". */
const CAPITALS = /^\p{Lu}[\p{Lu}.'’]+$/u;
/** The dashes that end a dateline without an agency; a hyphen only with a space on each side ("LONDON, May 3 - The"). */
const DATELINE_DASHES = new Set(['—', '–', '--', '-']);

/**
 * Where a dateline without an agency ends ("WASHINGTON —", "KYIV, Ukraine —", "PORTVALE, Tuesday 14 May 2024 —"): a
 * place in capitals, then capitalised words, numbers and commas (a region, a date), then a dash set off by a space and
 * a capitalised word; 0 if none.
 */
function placeDatelineEnd(tokens: readonly Token[]): number {
  if (tokens.length === 0 || !CAPITALS.test(tokens[0].text)) return 0;
  let i = 1;
  while (i < tokens.length && i < 12 && !DATELINE_DASHES.has(tokens[i].text)) {
    const t = tokens[i].text;
    if (t !== ',' && t !== '.' && !CAPITALISED.test(t) && !/^\d{1,4}$/.test(t)) return 0;
    i++;
  }
  const dash = tokens[i];
  if (dash === undefined || !DATELINE_DASHES.has(dash.text) || dash.start === tokens[i - 1].end) return 0;
  const next = tokens[i + 1];
  if (next === undefined || !/^[\p{Lu}"“‘'\d]/u.test(next.text)) return 0;
  // A spaced hyphen after a bare word is as likely "US - China talks": it ends a dateline only after a place and a date.
  if (dash.text === '-' && (next.start === dash.end || !tokens.slice(1, i).some((t) => t.text === ','))) return 0;
  return i + 1;
}

/** No dateline is longer than this many tokens (`agencyDatelineEnd` looks at 8 + 1 + 4 + 3, `placeDatelineEnd` at 13). */
export const DATELINE_WINDOW = 16;
