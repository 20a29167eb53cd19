// The engine's pipeline, top to bottom: text in, analysis out. No `vscode` here: the CLI, the extension, the
// benchmarks and the evaluations all call this.
import { readArticle } from './article';
import { checkInput, englishShare } from './checks';
import { planPage } from './html';
import { resolveReferenceDate } from './referenceDate';
import { summarize, type Budget } from './summarize';
import { tagTimexes } from './temporal';
import { detectFormat, toPlainText } from './text';
import { readHeader, type ArticleHeader } from './header';
import { buildTimeline } from './timeline';
import type { Analysis, AnalyzeOptions, DocumentFormat, Notice, ReferenceDate, Timex } from './types';

export const DEFAULT_SUMMARY_SENTENCES = 3;
export const MAX_SUMMARY_SENTENCES = 50;
/** Documents longer than this many characters are refused unless `maxLength` raises it (about 10 MB of text). */
export const DEFAULT_MAX_LENGTH = 10_000_000;

/** A value whose year is past 9999 ("tomorrow" on 9999-12-31 is 10000-01-01). */
const PAST_CALENDAR = /^\d{5}/;

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const format = detectFormat(text, options.languageId, options.fileName);
  const problem = checkInput(text, options.maxLength ?? DEFAULT_MAX_LENGTH);
  if (problem) {
    const rawHeader = (currentYear: number) => readHeader(text, format, { currentYear });
    return emptyAnalysis(format, resolveReferenceDate(text, format, options.referenceDate, options.today, rawHeader), [problem]);
  }
  const page = format === 'html' ? planPage(text, options.wholePage) : undefined;
  const prepared = toPlainText(text, format, page?.keep);
  let header: ArticleHeader | undefined;
  const headerOf = (currentYear: number): ArticleHeader =>
    (header ??= readHeader(text, format, {
      // A web page's "Published" line may stand outside the article: the whole page's visible text is searched.
      visible: page?.keep ? () => toPlainText(text, format).plain : prepared.plain,
      articleStart: page?.keep?.[0]?.[0],
      currentYear,
    }));
  const referenceDate = resolveReferenceDate(text, format, options.referenceDate, options.today, headerOf);
  const doc = readArticle(text, format, { prepared, header: headerOf(Number(referenceDate.value.slice(0, 4))) });
  const timexes = tagTimexes(doc, referenceDate.value);
  const bodyCount = doc.sentences.filter((s) => s.kind === 'body').length;
  const summary = summarize(doc, summaryBudget(options, bodyCount));
  const timeline = buildTimeline(doc, timexes, referenceDate.mention);

  const notices: Notice[] = [];
  if (bodyCount === 0) notices.push({ code: 'no-sentences', message: 'No article sentences were found, so there is no summary.' });
  if (englishShare(doc) < 0.15) {
    notices.push({ code: 'not-english', message: 'This does not look like English: the summary is chosen mostly by sentence position, and dates are resolved for English only.' });
  }
  if (bodyCount > 0 && summary.length === 0) {
    notices.push({ code: 'no-summary', message: 'No sentence could be chosen for the summary: the sentences are too short, or repeat one another.' });
  }
  // Years past 9999 ("tomorrow" on 9999-12-31, "next century") have no calendar date here: say so, not drop them unseen.
  const beyond = timexes.filter((t) => PAST_CALENDAR.test(t.value)).length;
  const refYear = Number(referenceDate.value.slice(0, 4));
  if (beyond > 0 || refYear >= 9900) {
    notices.push({ code: 'beyond-calendar', message: `The reference date is near the end of the calendar (9999)${beyond ? `: ${beyond} date${beyond === 1 ? '' : 's'} after 9999 ${beyond === 1 ? 'is' : 'are'} left off the timeline` : ''}; periods after 9999 are not dated.` });
  }
  if (timeline.length === 0) notices.push({ code: 'no-dates', message: 'No dated events found.' });
  return {
    ...(doc.title ? { title: doc.title } : {}),
    format,
    referenceDate,
    summary,
    timeline,
    // Counted in the notice, and left undated as "next decade" there is: "10000-01-01" is no date of the calendar.
    timexes: timexes.filter((t) => !PAST_CALENDAR.test(t.value)).map(toPublicTimex),
    sentenceCount: bodyCount,
    notices,
    ...(page ? { page: page.reading } : {}),
  };
}

/** The summary's length: `summaryLength` sentences, or up to `words` words when that is given. */
export function summaryBudget(options: Pick<AnalyzeOptions, 'sentences' | 'ratio' | 'words'>, bodyCount: number): Budget {
  if (options.words !== undefined && options.words >= 1) return { count: MAX_SUMMARY_SENTENCES, words: Math.floor(options.words) };
  return { count: summaryLength(options, bodyCount) };
}

/** How many summary sentences: a share of the article when `ratio` is given, else `sentences`, else 3. */
export function summaryLength(options: Pick<AnalyzeOptions, 'sentences' | 'ratio'>, bodyCount: number): number {
  if (options.ratio !== undefined && options.ratio > 0 && options.ratio <= 1) return Math.max(1, Math.round(options.ratio * bodyCount));
  const n = options.sentences ?? DEFAULT_SUMMARY_SENTENCES;
  return Math.max(0, Math.min(MAX_SUMMARY_SENTENCES, Math.floor(n)));
}

function toPublicTimex(t: Timex): Timex {
  return { text: t.text, start: t.start, end: t.end, type: t.type, value: t.value, ...(t.mod ? { mod: t.mod } : {}), ...(t.explanation ? { explanation: t.explanation } : {}) };
}

function emptyAnalysis(format: DocumentFormat, referenceDate: ReferenceDate, notices: Notice[]): Analysis {
  return { format, referenceDate, summary: [], timeline: [], timexes: [], sentenceCount: 0, notices };
}
