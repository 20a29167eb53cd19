// A self-contained HTML report: title, reference date, summary and timeline. No script (the policy forbids any),
// no outside resource, styles inline with a print style; every piece of article text is escaped.
import { escapeHtml } from '../escape';
import type { Analysis } from '../types';
import { dateRangeLabel, entrySentences, oneLine, titleOf, type ExportInput } from './source';

const SOURCE_WORDS: Record<Analysis['referenceDate']['source'], string> = {
  option: 'given',
  document: 'from the document',
  today: 'the day of the analysis; none was found in the document',
};

const STYLE = `
:root { color-scheme: light dark; }
body { font: 16px/1.5 system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin-bottom: .25rem; }
.ref { color: GrayText; margin-top: 0; }
ol.timeline { list-style: none; padding: 0; border-left: 2px solid currentColor; }
ol.timeline li { margin: 0 0 1rem 1rem; }
.date { font-weight: 600; display: block; }
.sentence { margin: .25rem 0 0; color: GrayText; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; color: #000; background: #fff; }
  .ref, .sentence { color: #444; }
  ol.timeline li { break-inside: avoid; }
  h2 { break-after: avoid; }
}`;

export function timelineHtml(input: ExportInput): string {
  const { analysis } = input;
  const sentences = entrySentences(input);
  const title = escapeHtml(oneLine(titleOf(analysis)));
  const ref = analysis.referenceDate;
  const summary = analysis.summary.length
    ? `<ol class="summary">${analysis.summary.map((s) => `<li>${escapeHtml(oneLine(s.text))}</li>`).join('')}</ol>`
    : '<p>No summary.</p>';
  const timeline = analysis.timeline.length
    ? `<ol class="timeline">${analysis.timeline
        .map(
          (e, i) =>
            `<li><span class="date">${escapeHtml(dateRangeLabel(e))}</span>${escapeHtml(oneLine(e.event))}${
              sentences[i] && oneLine(sentences[i]) !== oneLine(e.event) ? `<p class="sentence">${escapeHtml(oneLine(sentences[i]))}</p>` : ''
            }</li>`,
        )
        .join('')}</ol>`
    : '<p>No dated events found.</p>';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Newsline">
<title>${title}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${title}</h1>
<p class="ref">Reference date: <time datetime="${escapeHtml(ref.value)}">${escapeHtml(ref.value)}</time> (${SOURCE_WORDS[ref.source]})</p>
<section aria-labelledby="summary-heading"><h2 id="summary-heading">Summary</h2>${summary}</section>
<section aria-labelledby="timeline-heading"><h2 id="timeline-heading">Timeline</h2>${timeline}</section>
</main>
</body>
</html>
`;
}
