// iCalendar (RFC 5545): one all-day VEVENT per timeline entry. A date coarser than a day (a week, a month, a
// quarter, a season, a year, a decade) is exported as the span of days it covers, DTSTART;VALUE=DATE with the
// exclusive DTEND after its last day, and its label ("Q3 2024") is kept in the description: no entry is left out.
// A clock time ("02:30") is a floating local time. Lines end in CRLF and are folded at 75 octets.
import type { TimelineDate, TimelineEntry } from '../types';
import { basicDate, periodOf, two } from './dates';
import { dateRangeLabel, entrySentences, oneLine, titleOf, type ExportInput } from './source';

export interface IcsOptions {
  /** When the file is written (DTSTAMP); tests pin it. */
  readonly now?: Date;
}

/** TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma, and line breaks as `\n`. */
export function escapeIcsText(s: string): string {
  return s.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line at 75 octets of UTF-8 (RFC 5545 3.1), never inside a character; continuation lines start with a space. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = utf8Length(ch.codePointAt(0)!);
    const limit = out.length === 0 ? 75 : 74; // the leading space of a continuation counts
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

function utcStamp(d: Date): string {
  return `${basicDate(d)}T${two(d.getUTCHours())}${two(d.getUTCMinutes())}${two(d.getUTCSeconds())}Z`;
}

/** FNV-1a of the text, so a UID is the same each time one document is exported and differs between documents. */
function fingerprint(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

function dateLines(start: TimelineDate, end: TimelineDate | undefined): string[] | undefined {
  const first = periodOf(start);
  if (!first) return undefined;
  const last = end ? periodOf(end) : undefined;
  if (first.clock) {
    const at = (p: NonNullable<typeof first>) => `${basicDate(p.first)}T${two(p.clock!.hour)}${two(p.clock!.minute)}00`;
    // DTSTART and DTEND must be of one value type: a range to a clock time keeps its end, any other end is in the text.
    return last?.clock && last.first.getTime() >= first.first.getTime() ? [`DTSTART:${at(first)}`, `DTEND:${at(last)}`] : [`DTSTART:${at(first)}`];
  }
  const after = last && last.after.getTime() > first.first.getTime() ? last.after : first.after;
  return [`DTSTART;VALUE=DATE:${basicDate(first.first)}`, `DTEND;VALUE=DATE:${basicDate(after)}`];
}

function eventLines(entry: TimelineEntry, sentence: string, uid: string, stamp: string): string[] | undefined {
  const dates = dateLines(entry.date, entry.endDate);
  if (!dates) return undefined;
  const coarse = entry.date.granularity !== 'day' && entry.date.granularity !== 'time';
  const description = `${coarse || entry.endDate ? `${dateRangeLabel(entry)}: ` : ''}${sentence}`;
  return [
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTAMP:${stamp}`,
    ...dates,
    `SUMMARY:${escapeIcsText(oneLine(entry.event))}`,
    `DESCRIPTION:${escapeIcsText(oneLine(description))}`,
    // An article's event does not make its reader busy.
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

export function timelineIcs(input: ExportInput, options: IcsOptions = {}): string {
  const stamp = utcStamp(options.now ?? new Date());
  const sentences = entrySentences(input);
  const doc = fingerprint(input.text);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Newsline//Timeline export//EN', 'CALSCALE:GREGORIAN', `X-WR-CALNAME:${escapeIcsText(oneLine(titleOf(input.analysis)))}`];
  input.analysis.timeline.forEach((entry, i) => {
    const event = eventLines(entry, sentences[i] ?? entry.event, `${doc}-${entry.mention.start}@newsline`, stamp);
    if (event) lines.push(...event);
  });
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
