// `newsline analyze --jsonl`: JSON Lines in, one analysis a line out, in the input's order, streaming (memory stays
// flat in the file's size: at most `WINDOW_PER_JOB` lines per thread are read ahead of the output). Lines are
// analysed in worker threads, one job a thread, even for one job: a worker's heap is capped, this thread's is not. Each line keeps the single-article contract: a bad line is reported
// on stderr by its number, the others go through, and the exit code is 1 if any line failed.
import type { Readable, Writable } from 'stream';
import { binaryShare } from '../core/checks';
import { analyseLine, type BatchOptions, type LineResult } from './analyseLine';
import { linesOf, textOf } from './lines';
import { WorkerPool } from './pool';
import { formatProgress } from './progress';
import { IdLedger, isBlankLine } from './records';

/** Lines read ahead of the output, per job: enough to keep every thread busy while one slow line holds the order. */
const WINDOW_PER_JOB = 16;
const PROGRESS_EVERY_MS = 250;

export interface BatchIo {
  readonly input: Readable;
  readonly output: Writable;
  readonly error: (s: string) => void;
  /** Shows a progress line in place (stderr on a terminal); absent when piped. */
  readonly progress?: (line: string) => void;
  /** The input's size in bytes, when it is a file, for the share done and the ETA. */
  readonly bytesTotal?: number;
}

export interface BatchSettings {
  readonly options: BatchOptions;
  readonly jobs: number;
  /** The script a worker thread runs (the CLI itself); without it, lines are analysed in this thread. */
  readonly workerFile?: string;
  /** Heap cap per worker thread, MB (default DEFAULT_HEAP_MB). */
  readonly workerHeapMb?: number;
}

/** Raised when the input is not JSON Lines at all (a binary file), before any line is analysed. */
export class BatchInputError extends Error {}

/** ASCII white space, which a line of only white space is skipped for (as `trim` reads it). */
const ASCII_SPACE = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20]);

/** `isBlankLine` of the line's text, decoding it only when it does not start, past ASCII spaces, with ASCII. */
function isBlankBytes(bytes: Uint8Array): boolean {
  let i = 0;
  while (i < bytes.length && ASCII_SPACE.has(bytes[i])) i++;
  if (i === bytes.length) return true;
  if (bytes[i] > 0x20 && bytes[i] < 0x7f) return false;
  return isBlankLine(textOf(bytes));
}

export async function runBatch(io: BatchIo, settings: BatchSettings): Promise<number> {
  const pool = settings.workerFile ? new WorkerPool(settings.workerFile, settings.jobs, settings.options, settings.workerHeapMb) : undefined;
  const inline = (line: Uint8Array, n: number) => analyseLine(textOf(line), n, settings.options);
  // A line too large for a worker's capped heap is analysed here, where the heap is not capped.
  const analyse = pool
    ? (line: Uint8Array, n: number) => pool.submit(line, n).then((result) => (result.outOfMemory ? inline(line, n) : result))
    : (line: Uint8Array, n: number) => Promise.resolve(inline(line, n));
  const window = WINDOW_PER_JOB * Math.max(1, settings.jobs);
  const ids = new IdLedger();
  const started = Date.now();
  let failures = 0;
  let written = 0;
  let bytesRead = 0;
  let lastProgress = 0;

  // Results arrive in any order; they are written in the order read.
  const done = new Map<number, LineResult>();
  let submitted = 0;
  let nextToWrite = 0;
  let wake: (() => void) | undefined;
  const settle = (seq: number, result: LineResult) => {
    done.set(seq, result);
    wake?.();
  };

  const showProgress = (final: boolean) => {
    if (!io.progress) return;
    const now = Date.now();
    if (!final && now - lastProgress < PROGRESS_EVERY_MS) return;
    lastProgress = now;
    io.progress(formatProgress({ lines: written, failures, elapsedMs: now - started, bytesRead, bytesTotal: io.bytesTotal }));
  };

  /** Writes what is ready, in order; resolves when the output can take more. */
  const flush = async () => {
    for (let result = done.get(nextToWrite); result; result = done.get(nextToWrite)) {
      done.delete(nextToWrite++);
      written++;
      if (result.error) {
        failures++;
        io.error(`newsline: line ${result.lineNumber}: ${result.error}\n`);
      }
      const output = result.outputBytes ?? (result.output !== undefined ? result.output + '\n' : undefined);
      if (output !== undefined) {
        const first = ids.repeatOf(result.id, result.lineNumber);
        if (first !== undefined) io.error(`newsline: line ${result.lineNumber}: the id ${JSON.stringify(result.id)} repeats line ${first}'s\n`);
        if (!io.output.write(output)) await new Promise<void>((r) => io.output.once('drain', r));
      }
    }
    showProgress(false);
  };

  /** Waits until some result arrives, then writes what is ready. */
  const awaitResults = async () => {
    if (!done.has(nextToWrite)) await new Promise<void>((r) => (wake = r));
    wake = undefined;
    await flush();
  };

  try {
    let lineNumber = 0;
    let checked = false;
    for await (const line of linesOf(io.input)) {
      lineNumber++;
      bytesRead = line.bytesRead;
      if (isBlankBytes(line.bytes)) continue;
      if (!checked) {
        checked = true;
        const head = textOf(line.bytes).slice(0, 8192);
        if (head.includes('\0') && binaryShare(head) > 0.01) throw new BatchInputError('a binary file, not JSON Lines');
      }
      const seq = submitted++;
      void analyse(line.bytes, lineNumber).then((result) => settle(seq, result));
      while (submitted - nextToWrite >= window) await awaitResults();
    }
    while (nextToWrite < submitted) await awaitResults();
    // As an empty file is refused when analysed alone, an input with no line to analyse is refused, not passed.
    if (submitted === 0) throw new BatchInputError('no JSON line in it: nothing was analysed');
  } finally {
    await pool?.close();
  }
  showProgress(true);
  return failures ? 1 : 0;
}
