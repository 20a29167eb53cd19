// The date a story was published, which every relative date in it ("Friday", "last week") is read against.
// Looked for, in order: the caller's option; the article's header (header.ts: front matter, a web page's metadata, a
// "Published ..." line, a dateline, in text a reader sees); otherwise today.
import { isIsoDate, todayIso } from './calendar';
import { readHeader, type ArticleHeader } from './header';
import { toPlainText } from './text';
import type { DocumentFormat, ReferenceDate } from './types';

/** Raised for a reference date that is not a real `YYYY-MM-DD` date. */
export class InvalidDateError extends Error {
  constructor(readonly input: string) {
    super(`Newsline: "${input}" is not a date; write it as YYYY-MM-DD (for example 2022-04-01).`);
    this.name = 'InvalidDateError';
  }
}

/**
 * The reference date: the option, else the story's own date as the article's header gives it (`readHeader`, asked for
 * only when there is no option), else today.
 */
export function resolveReferenceDate(
  text: string,
  format: DocumentFormat,
  option?: string,
  today?: string,
  header?: (currentYear: number) => ArticleHeader,
): ReferenceDate {
  if (option !== undefined && option.trim() !== '') {
    const value = option.trim();
    if (!isIsoDate(value)) throw new InvalidDateError(option);
    return { value, source: 'option' };
  }
  const todayValue = today !== undefined && isIsoDate(today) ? today : todayIso();
  const currentYear = Number(todayValue.slice(0, 4));
  const found = (header ? header(currentYear) : readHeader(text, format, { visible: () => toPlainText(text, format).plain, currentYear })).published;
  if (found) return { value: found.value, source: 'document', mention: found.mention };
  return { value: todayValue, source: 'today' };
}
