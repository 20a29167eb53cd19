// Analysis → text a person reads: plain text for the terminal, Markdown for documents and the clipboard.
import { escapeMarkdown } from './escape';
import type { Analysis, TimelineEntry } from './types';

const SOURCE_WORDS: Record<Analysis['referenceDate']['source'], string> = {
  option: 'given',
  document: 'from the document',
  today: 'today, none found in the document',
};

function dateRange(entry: TimelineEntry): string {
  return entry.endDate ? `${entry.date.label} – ${entry.endDate.label}` : entry.date.label;
}

export function analysisAsText(analysis: Analysis): string {
  const lines: string[] = [];
  if (analysis.title) lines.push(analysis.title, '');
  lines.push(`Reference date: ${analysis.referenceDate.value} (${SOURCE_WORDS[analysis.referenceDate.source]})`, '');
  if (analysis.page) lines.push(analysis.page.message, '');
  lines.push('Summary');
  if (analysis.summary.length === 0) lines.push('  (none)');
  for (const s of analysis.summary) lines.push(`  - ${s.text}`);
  lines.push('', 'Timeline');
  if (analysis.timeline.length === 0) lines.push('  No dated events found.');
  for (const e of analysis.timeline) lines.push(`  ${dateRange(e)}: ${e.event}`);
  for (const n of analysis.notices) if (n.code !== 'no-dates') lines.push('', `Note: ${n.message}`);
  return lines.join('\n') + '\n';
}

export function summaryAsMarkdown(analysis: Analysis): string {
  return analysis.summary.map((s) => `- ${escapeMarkdown(s.text)}`).join('\n');
}

export function timelineAsMarkdown(analysis: Analysis): string {
  if (analysis.timeline.length === 0) return '_No dated events found._';
  return analysis.timeline.map((e) => `- **${escapeMarkdown(dateRange(e))}**: ${escapeMarkdown(e.event)}`).join('\n');
}

export function analysisAsMarkdown(analysis: Analysis): string {
  const parts: string[] = [];
  if (analysis.title) parts.push(`# ${escapeMarkdown(analysis.title)}`, '');
  parts.push(`_Reference date: ${analysis.referenceDate.value} (${SOURCE_WORDS[analysis.referenceDate.source]})_`, '');
  if (analysis.page) parts.push(`_${escapeMarkdown(analysis.page.message)}_`, '');
  parts.push('## Summary', '', summaryAsMarkdown(analysis) || '_No summary._', '');
  parts.push('## Timeline', '', timelineAsMarkdown(analysis), '');
  for (const n of analysis.notices) if (n.code !== 'no-dates') parts.push(`> ${escapeMarkdown(n.message)}`, '');
  return parts.join('\n');
}
