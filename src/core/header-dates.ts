// A date read from an article's header, and where in the text it stands.
import { findExplicitDate } from './calendar';
import type { Mention } from './types';

export interface DocumentDate {
  readonly value: string;
  readonly mention: Mention;
  /** Where the date was read. */
  readonly from: 'front-matter' | 'json-ld' | 'meta' | 'time' | 'published-line' | 'dateline';
}

export function dateIn(text: string, s: string, offset: number, from: DocumentDate['from'], fallbackYear?: number): DocumentDate | undefined {
  const found = findExplicitDate(s, fallbackYear);
  if (!found) return undefined;
  const start = offset + found.start;
  const end = offset + found.end;
  return { value: found.value, mention: { text: text.slice(start, end), start, end }, from };
}
