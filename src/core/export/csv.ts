// The TimelineJS spreadsheet template as CSV: its 18 columns in their order, a "title" row, one row per entry.
// RFC 4180: CRLF rows, a field quoted when it holds a comma, quote or line break, quotes doubled. A cell that starts
// with = + - @ (or a tab or carriage return) is prefixed with an apostrophe, so no spreadsheet reads it as a formula.
// Headline, Text and Display Date are HTML to TimelineJS, so article text in them is HTML-escaped as in the JSON.
import { two } from './dates';
import type { ExportInput } from './source';
import { toTimelineJs, type TimelineJsDate } from './timelinejs';

export const TIMELINEJS_COLUMNS = [
  'Year', 'Month', 'Day', 'Time', 'End Year', 'End Month', 'End Day', 'End Time', 'Display Date', 'Headline', 'Text',
  'Media', 'Media Credit', 'Media Caption', 'Media Thumbnail', 'Type', 'Group', 'Background',
] as const;

/** Keeps a cell from being read as a formula by a spreadsheet (OWASP's "CSV injection"). */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export function csvField(cell: string): string {
  const safe = neutraliseFormula(cell);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvRow(cells: readonly string[]): string {
  return cells.map(csvField).join(',') + '\r\n';
}

function num(n: number | undefined): string {
  return n === undefined ? '' : String(n);
}

function time(d: TimelineJsDate | undefined): string {
  return d?.hour === undefined ? '' : `${two(d.hour)}:${two(d.minute ?? 0)}`;
}

/** The rows under the header, each 18 cells. */
export function timelineRows(input: ExportInput): string[][] {
  const doc = toTimelineJs(input);
  const blank = (n: number) => Array<string>(n).fill('');
  const rows: string[][] = [[...blank(9), doc.title.text.headline, doc.title.text.text, ...blank(4), 'title', '', '']];
  for (const e of doc.events) {
    const s = e.start_date;
    const end = e.end_date;
    rows.push([
      num(s.year), num(s.month), num(s.day), time(s),
      num(end?.year), num(end?.month), num(end?.day), time(end),
      e.display_date ?? '', e.text.headline, e.text.text,
      ...blank(4), '', '', '',
    ]);
  }
  return rows;
}

export function timelineCsv(input: ExportInput): string {
  return [TIMELINEJS_COLUMNS, ...timelineRows(input)].map(csvRow).join('');
}
