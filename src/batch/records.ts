// One line of a JSON Lines batch: what it must hold, and the id it is known by. Shared by the CLI's main thread and
// its worker threads, so a line's error reads the same whichever of them meets it.
import { isIsoDate } from '../core/calendar';

export interface BatchRecord {
  /** The line's own `id`, or its line number when it has none, so every output line can be matched to its input. */
  readonly id: unknown;
  readonly text: string;
  readonly date?: string;
  readonly sentences?: number;
}

/** A line that cannot be analysed; its message goes to stderr after "line N: ". */
export class RecordError extends Error {}

/** A UTF-8 byte order mark, which editors on Windows put before the first line and JSON.parse refuses. */
const BOM = '\uFEFF';

export function parseRecord(line: string, lineNumber: number): BatchRecord {
  let value: unknown;
  try {
    value = JSON.parse(line.startsWith(BOM) ? line.slice(1) : line);
  } catch {
    throw new RecordError('not valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new RecordError('not a JSON object');
  const record = value as Record<string, unknown>;
  if (typeof record.text !== 'string') throw new RecordError('"text" must be a string');
  if (record.date !== undefined && (typeof record.date !== 'string' || !isIsoDate(record.date))) throw new RecordError('"date" must be YYYY-MM-DD');
  if (record.sentences !== undefined && !(Number.isInteger(record.sentences) && (record.sentences as number) >= 1)) {
    throw new RecordError('"sentences" must be a whole number of at least 1');
  }
  return {
    id: record.id === undefined || record.id === null ? lineNumber : record.id,
    text: record.text,
    date: record.date as string | undefined,
    sentences: record.sentences as number | undefined,
  };
}

/** Is the line only white space (skipped, as a blank line between records is). A BOM alone counts as blank. */
export function isBlankLine(line: string): boolean {
  return line.replace(BOM, '').trim() === '';
}

/**
 * Remembers the ids seen so far, to say when one repeats. Keeps a 53-bit hash per id, not the id: an archive of
 * millions of lines then costs some 50 bytes a line, whatever its ids look like. Two ids with the same hash (about
 * one in 10^9 pairs at a million lines) would be reported as a repeat that is not one; the line is analysed all the same.
 */
export class IdLedger {
  private readonly seen = new Map<number, number>();

  /**
   * The line number where `id` was seen first, the first time it repeats (so a repeated id is named once, however
   * often it repeats); undefined otherwise, recording it when new.
   */
  repeatOf(id: unknown, lineNumber: number): number | undefined {
    const key = hash53(typeof id === 'string' ? `s${id}` : `j${JSON.stringify(id)}`);
    const first = this.seen.get(key);
    if (first === undefined) this.seen.set(key, lineNumber);
    else if (first > 0) this.seen.set(key, -first); // named: a negative line number says so
    return first !== undefined && first > 0 ? first : undefined;
  }
}

/** cyrb53, a fast non-cryptographic string hash with 53 bits of output. */
function hash53(s: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
