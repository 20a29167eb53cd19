// What happens to one line of a batch, in whichever thread runs it: parse, analyse, serialise. The result is plain
// data, so it crosses a worker boundary as it is.
import { analyze } from '../core/analyze';
import type { AnalyzeOptions } from '../core/types';
import { parseRecord, RecordError } from './records';

/** The options every line shares (a line's own `date` and `sentences` win). */
export type BatchOptions = Pick<AnalyzeOptions, 'referenceDate' | 'sentences' | 'ratio' | 'words' | 'maxLength' | 'wholePage'>;

export interface LineResult {
  readonly lineNumber: number;
  /** The output line (JSON, no newline), when the line could be analysed. */
  readonly output?: string;
  /** The output line as UTF-8, newline included, instead of `output`: how a worker thread sends it (transferred). */
  readonly outputBytes?: Uint8Array;
  /** The record's id, for the repeat check. */
  readonly id?: unknown;
  /** Why the line failed: nothing was analysed, or the analysis refused the text (empty, binary, too large). */
  readonly error?: string;
  /** The line's worker thread ran out of its capped heap: the line is analysed again in the main thread. */
  readonly outOfMemory?: boolean;
}

/** Notices that mean the text was refused, as the single-file CLI exits 1 for them. */
const REFUSALS = new Set(['empty', 'binary', 'too-large']);

export function analyseLine(line: string, lineNumber: number, options: BatchOptions): LineResult {
  try {
    const record = parseRecord(line, lineNumber);
    const analysis = analyze(record.text, { ...options, referenceDate: record.date ?? options.referenceDate, sentences: record.sentences ?? options.sentences });
    const output = JSON.stringify({ id: record.id, ...analysis });
    // The refused line still gets its output line (its notice says why), so the output lines match the input's.
    const refused = analysis.notices.find((n) => REFUSALS.has(n.code));
    return { lineNumber, output, id: record.id, ...(refused ? { error: refused.message } : {}) };
  } catch (e) {
    if (e instanceof RecordError) return { lineNumber, error: e.message };
    return { lineNumber, error: `could not be analysed (${(e as Error).message})` };
  }
}
