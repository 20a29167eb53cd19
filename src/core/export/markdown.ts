// A Markdown table of the timeline: date and event, article text escaped so it stays text (a `|` cannot end a cell).
import { escapeMarkdown } from '../escape';
import { dateRangeLabel, oneLine, titleOf, type ExportInput } from './source';

/** A table cell's text: Markdown syntax escaped, and `|`, which would end the cell (GFM reads `\|` as a pipe). */
function cell(text: string): string {
  return escapeMarkdown(oneLine(text)).replace(/\|/g, '\\|');
}

export function timelineMarkdownTable(input: ExportInput): string {
  const { analysis } = input;
  const lines = [`# ${escapeMarkdown(oneLine(titleOf(analysis)))}`, '', `Reference date: ${analysis.referenceDate.value}`, ''];
  if (analysis.timeline.length === 0) return [...lines, '_No dated events found._', ''].join('\n');
  lines.push('| Date | Event |', '| --- | --- |');
  for (const e of analysis.timeline) lines.push(`| ${cell(dateRangeLabel(e))} | ${cell(e.event)} |`);
  return lines.join('\n') + '\n';
}
