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
 * Remembers the ids seen so far, to say when one repeats. Keeps a 53-bit hash per id, not the id, in typed arrays
 * (open addressing): 21 to 43 bytes a line outside the JS heap, whatever its ids look like. A `Map` of the same
 * hashes held 19 MB of the main thread's heap at 300,000 lines (1 GB of CNN/DM), a heap V8 lets grow to some times its
 * live size before collecting: the batch's memory grew with the file's size. Two ids with the same hash (about
 * one in 10^9 pairs at a million lines) would be reported as a repeat that is not one; the line is analysed all the same.
 */
export class IdLedger {
  /** Hash + 1 per slot (0: empty), and the line number first seen there (negative once named). */
  private keys = new Float64Array(1024);
  private lines = new Float64Array(1024);
  private size = 0;

  /**
   * The line number where `id` was seen first, the first time it repeats (so a repeated id is named once, however
   * often it repeats); undefined otherwise, recording it when new.
   */
  repeatOf(id: unknown, lineNumber: number): number | undefined {
    const key = hash53(typeof id === 'string' ? `s${id}` : `j${JSON.stringify(id)}`) + 1;
    const slot = this.slotOf(key);
    const first = this.keys[slot] === key ? this.lines[slot] : undefined;
    if (first === undefined) {
      this.keys[slot] = key;
      this.lines[slot] = lineNumber;
      if (++this.size * 4 > this.keys.length * 3) this.grow();
    } else if (first > 0) this.lines[slot] = -first; // named: a negative line number says so
    return first !== undefined && first > 0 ? first : undefined;
  }

  /** The slot holding `key`, or the empty one where it goes (linear probing; the table is never full). */
  private slotOf(key: number): number {
    const mask = this.keys.length - 1;
    // The low 32 bits of the hash spread well enough; `% 2^32` keeps them exact for a 53-bit number.
    let slot = (key % 4294967296) & mask;
    while (this.keys[slot] !== 0 && this.keys[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const { keys, lines } = this;
    this.keys = new Float64Array(keys.length * 2);
    this.lines = new Float64Array(keys.length * 2);
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === 0) continue;
      const slot = this.slotOf(keys[i]);
      this.keys[slot] = keys[i];
      this.lines[slot] = lines[i];
    }
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
