// What every export is written from: one analysis and the document it was made of (the timeline keeps only the
// offsets of an event's sentence, so its words are read back from the document).
import { readableText, toPlainText } from '../text';
import type { Analysis, TimelineEntry } from '../types';

export interface ExportInput {
  readonly analysis: Analysis;
  /** The document exactly as it was analysed (the offsets in `analysis` point into it). */
  readonly text: string;
}

/** The sentence of each timeline entry as a reader sees it (markup left out, white space folded), in entry order. */
export function entrySentences(input: ExportInput): string[] {
  const { analysis, text } = input;
  if (analysis.timeline.length === 0) return [];
  // One pass over the document, then a slice per entry: linear in the document and the timeline.
  const plain = toPlainText(text, analysis.format);
  return analysis.timeline.map((e) => readableText(plain.plain, plain.markup, e.sentence.start, Math.min(e.sentence.end, text.length)));
}

/** "1 Apr 2022" or "1 Apr 2022 – 3 Apr 2022". */
export function dateRangeLabel(entry: TimelineEntry): string {
  return entry.endDate ? `${entry.date.label} – ${entry.endDate.label}` : entry.date.label;
}

/** The article's title, or a plain stand-in when none was found. */
export function titleOf(analysis: Analysis): string {
  return analysis.title ?? 'Timeline';
}

/** White space folded to single spaces: exports keep each field on one line. */
export function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
