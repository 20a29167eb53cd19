// The timeline's export formats, each written from one analysis and its document. The command's save dialog, the
// panel's button and the CLI all pick a format from this list.
import { timelineCsv } from './csv';
import { timelineHtml } from './html';
import { timelineIcs, type IcsOptions } from './ics';

/** What an export may be given besides its input: the time it is written at (iCalendar's DTSTAMP). */
export type ExportOptions = IcsOptions;
import { timelineJson } from './json';
import { timelineMarkdownTable } from './markdown';
import type { ExportInput } from './source';
import { timelineJsJson } from './timelinejs';

export type { ExportInput } from './source';
export { toTimelineJs, type TimelineJsDocument } from './timelinejs';
export { TIMELINEJS_COLUMNS, timelineRows } from './csv';

export type ExportFormatId = 'timelinejs' | 'csv' | 'ics' | 'markdown' | 'json' | 'html';

export interface ExportFormat {
  readonly id: ExportFormatId;
  /** What the save dialog's filter says. */
  readonly label: string;
  /** File name extensions, without the dot; the first is the default. */
  readonly extensions: readonly string[];
  readonly render: (input: ExportInput, options?: ExportOptions) => string;
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  { id: 'timelinejs', label: 'TimelineJS JSON', extensions: ['json'], render: timelineJsJson },
  { id: 'csv', label: 'TimelineJS spreadsheet (CSV)', extensions: ['csv'], render: timelineCsv },
  { id: 'ics', label: 'iCalendar', extensions: ['ics'], render: timelineIcs },
  { id: 'html', label: 'HTML report', extensions: ['html', 'htm'], render: timelineHtml },
  { id: 'markdown', label: 'Markdown table', extensions: ['md'], render: timelineMarkdownTable },
  { id: 'json', label: 'Newsline entries JSON (*.entries.json)', extensions: ['entries.json'], render: timelineJson },
];

export function exportFormat(id: string): ExportFormat | undefined {
  return EXPORT_FORMATS.find((f) => f.id === id);
}

/**
 * The format a file name asks for, by its extension; the longest one wins, so `x.entries.json` is the engine's JSON
 * and any other `x.json` TimelineJS's (a save dialog does not say which of its filters was chosen).
 */
export function formatForFileName(fileName: string): ExportFormat | undefined {
  const lower = fileName.toLowerCase();
  let best: { format: ExportFormat; length: number } | undefined;
  for (const format of EXPORT_FORMATS) {
    for (const ext of format.extensions) {
      if (lower.endsWith(`.${ext}`) && (!best || ext.length > best.length)) best = { format, length: ext.length };
    }
  }
  return best?.format;
}

export function renderExport(id: ExportFormatId, input: ExportInput, options?: ExportOptions): string {
  return exportFormat(id)!.render(input, options);
}
