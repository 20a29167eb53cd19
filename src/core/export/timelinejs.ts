// TimelineJS 3 JSON (Knight Lab): a title slide from the article's title and summary, one slide per timeline entry.
// TimelineJS reads `headline` and `text` as HTML, so article text is escaped; dates are numbers, split only as far
// as the granularity goes, with `display_date` where the parts alone would say something else.
import { escapeHtml } from '../escape';
import type { TimelineDate, TimelineEntry } from '../types';
import { datePartsOf, displayDate, type DateParts } from './dates';
import { entrySentences, oneLine, titleOf, type ExportInput } from './source';

export interface TimelineJsDate extends DateParts {
  readonly display_date?: string;
}

export interface TimelineJsText {
  readonly headline: string;
  readonly text: string;
}

export interface TimelineJsSlide {
  readonly start_date: TimelineJsDate;
  readonly end_date?: TimelineJsDate;
  readonly display_date?: string;
  readonly text: TimelineJsText;
  readonly unique_id: string;
}

export interface TimelineJsDocument {
  readonly title: { readonly text: TimelineJsText; readonly unique_id: string };
  readonly events: TimelineJsSlide[];
}

function slideDate(date: TimelineDate, entry: TimelineEntry): TimelineJsDate | undefined {
  const parts = datePartsOf(date);
  if (!parts) return undefined;
  const shown = displayDate(date, entry);
  return shown ? { ...parts, display_date: escapeHtml(shown) } : parts;
}

function paragraphs(lines: readonly string[]): string {
  return lines.map((l) => `<p>${escapeHtml(oneLine(l))}</p>`).join('');
}

export function toTimelineJs(input: ExportInput): TimelineJsDocument {
  const { analysis } = input;
  const sentences = entrySentences(input);
  const events: TimelineJsSlide[] = [];
  analysis.timeline.forEach((entry, i) => {
    const start = slideDate(entry.date, entry);
    if (!start) return;
    const end = entry.endDate && slideDate(entry.endDate, entry);
    const shownStart = displayDate(entry.date, entry);
    const shownEnd = entry.endDate && displayDate(entry.endDate, entry);
    const display = shownStart || shownEnd ? `${shownStart ?? entry.date.label}${entry.endDate ? ` – ${shownEnd ?? entry.endDate.label}` : ''}` : undefined;
    events.push({
      start_date: start,
      ...(end ? { end_date: end } : {}),
      ...(display ? { display_date: escapeHtml(display) } : {}),
      text: { headline: escapeHtml(oneLine(entry.event)), text: paragraphs([sentences[i] ?? entry.event]) },
      // The mention's offset is unique per entry and stays the same when the document is exported again.
      unique_id: `event-${entry.mention.start}`,
    });
  });
  const summary = analysis.summary.map((s) => s.text);
  return {
    title: { text: { headline: escapeHtml(oneLine(titleOf(analysis))), text: paragraphs(summary) }, unique_id: 'title' },
    events,
  };
}

export function timelineJsJson(input: ExportInput): string {
  return JSON.stringify(toTimelineJs(input), null, 2) + '\n';
}
