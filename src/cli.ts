// `newsline`: the engine on the command line. One article from a file or standard input, or many as JSON Lines
// (the model loads once). Exit codes: 0 done, 1 an input could not be analysed, 2 the command line is wrong.
import * as fs from 'fs';
import * as os from 'os';
import type { Readable } from 'stream';
import { isMainThread, workerData } from 'worker_threads';
import { isBatchWorker } from './batch/pool';
import { BatchInputError, runBatch } from './batch/run';
import { serveBatchLines } from './batch/worker';
import { analyze, DEFAULT_MAX_LENGTH, MAX_SUMMARY_SENTENCES } from './core/analyze';
import { isIsoDate } from './core/calendar';
import { binaryShare } from './core/checks';
import { renderExport } from './core/export';
import { analysisAsMarkdown, analysisAsText } from './core/format';
import type { Analysis } from './core/types';

type OutputFormat = 'text' | 'json' | 'markdown' | (typeof EXPORT_FORMATS)[number];

/** Formats written by src/core/export (the same files as the editor's Export Timeline... command). */
const EXPORT_FORMATS = ['timelinejs', 'csv', 'ics', 'html'] as const;
const OUTPUT_FORMATS: readonly OutputFormat[] = ['text', 'json', 'markdown', ...EXPORT_FORMATS];

interface Command {
  readonly input: string;
  readonly jsonl: boolean;
  readonly date?: string;
  readonly sentences?: number;
  readonly ratio?: number;
  readonly words?: number;
  readonly maxLength?: number;
  readonly format: OutputFormat;
  readonly wholePage?: boolean;
  /** Threads for --jsonl; 1 analyses in the main thread. */
  readonly jobs: number;
}

/** One job per core the process may use. */
const DEFAULT_JOBS = Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);

const USAGE = `Usage:
  newsline analyze FILE|- [--date YYYY-MM-DD] [--sentences N | --ratio R | --words N] [--format text|json|markdown|timelinejs|csv|ics|html] [--max-length N] [--whole-page]
  newsline analyze --jsonl FILE|- [--jobs N] [--date ...] [--sentences N | --ratio R | --words N]
      one JSON object per line in: {"id", "text", "date"?, "sentences"?}; one analysis per line out, in the same
      order, with its id (the line number when it has none). Streams: a file of any size is read as it goes. A bad
      line is reported on stderr by its number and the rest go through; a line whose text is empty, binary or too
      large gets its analysis line (whose notice says why) and counts as failed, as such a file does alone. Exit 1
      if any line failed. Progress (count, rate, ETA) shows on stderr when it is a terminal.

Prints an extractive summary and a dated event timeline of a news article (plain text, Markdown or HTML).
  --date        the reference date that relative dates are read against (default: found in the document, else today)
  --sentences   how many summary sentences (default 3, at most ${MAX_SUMMARY_SENTENCES})
  --ratio       a share of the article's sentences instead, 0 < R <= 1
  --words       at most N words instead, in whole sentences (the first is kept even when longer)
  --format      text (default), markdown or json; or the timeline as timelinejs (TimelineJS JSON), csv (the
                TimelineJS spreadsheet template), ics (iCalendar) or html (a report with the summary)
  --max-length  refuse documents longer than N characters (default ${DEFAULT_MAX_LENGTH.toLocaleString('en-US')})
  --whole-page  a web page (HTML): analyse all of it, not only the article found in it
  --jobs        --jsonl only: analyse in N worker threads (default ${DEFAULT_JOBS}, this machine's cores)`;

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): Command {
  const args = [...argv];
  if (args[0] !== 'analyze') throw new UsageError(args.length ? `unknown command "${args[0]}"` : 'no command given');
  args.shift();
  let input: string | undefined;
  let jsonl = false;
  let date: string | undefined;
  let sentences: number | undefined;
  let ratio: number | undefined;
  let words: number | undefined;
  let maxLength: number | undefined;
  let format: OutputFormat | undefined;
  let wholePage = false;
  let jobs: number | undefined;
  while (args.length) {
    const arg = args.shift()!;
    const value = (): string => {
      const v = args.shift();
      if (v === undefined) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    if (arg === '--jsonl') jsonl = true;
    else if (arg === '--whole-page') wholePage = true;
    else if (arg === '--date') {
      date = value();
      if (!isIsoDate(date)) throw new UsageError(`--date "${date}" is not a date; write it as YYYY-MM-DD`);
    } else if (arg === '--sentences') {
      const v = value();
      sentences = Number(v);
      if (!/^\d+$/.test(v) || sentences < 1 || sentences > MAX_SUMMARY_SENTENCES) {
        throw new UsageError(`--sentences "${v}" must be a whole number from 1 to ${MAX_SUMMARY_SENTENCES}`);
      }
    } else if (arg === '--ratio') {
      const v = value();
      ratio = Number(v);
      if (!(ratio > 0 && ratio <= 1)) throw new UsageError(`--ratio "${v}" must be a number above 0 and at most 1`);
    } else if (arg === '--words') {
      const v = value();
      words = Number(v);
      if (!/^\d+$/.test(v) || words < 1) throw new UsageError(`--words "${v}" must be a whole number of at least 1`);
    } else if (arg === '--max-length') {
      const v = value();
      maxLength = Number(v);
      if (!/^\d+$/.test(v) || maxLength < 1) throw new UsageError(`--max-length "${v}" must be a whole number of characters, at least 1`);
    } else if (arg === '--jobs') {
      const v = value();
      jobs = Number(v);
      if (!/^\d+$/.test(v) || jobs < 1 || jobs > 256) throw new UsageError(`--jobs "${v}" must be a whole number from 1 to 256`);
    } else if (arg === '--format') {
      const v = value();
      const known = OUTPUT_FORMATS.find((f) => f === v);
      if (!known) throw new UsageError(`--format "${v}" must be one of ${OUTPUT_FORMATS.join(', ')}`);
      format = known;
    } else if (arg === '-' || !arg.startsWith('-')) {
      if (input !== undefined) throw new UsageError(`only one input, got "${input}" and "${arg}"`);
      input = arg;
    } else throw new UsageError(`unknown option "${arg}"`);
  }
  if (input === undefined) throw new UsageError('no input: give a file name, or - for standard input');
  if (jsonl && format !== undefined && format !== 'json') throw new UsageError('--jsonl writes JSON only');
  if (!jsonl && jobs !== undefined) throw new UsageError('--jobs goes with --jsonl');
  return { input, jsonl, date, sentences, ratio, words, maxLength, format: format ?? (jsonl ? 'json' : 'text'), ...(wholePage ? { wholePage } : {}), jobs: jobs ?? DEFAULT_JOBS };
}

export class InputError extends Error {}

/** Reads the input as UTF-8 text, refusing what is not text. */
export function readInput(input: string): { text: string; fileName?: string } {
  let bytes: Buffer;
  try {
    bytes = input === '-' ? fs.readFileSync(0) : fs.readFileSync(input);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${input}: no such file`);
    if (code === 'EISDIR') throw new InputError(`${input}: is a folder, not a file`);
    if (code === 'EACCES') throw new InputError(`${input}: not allowed to read it`);
    throw new InputError(`${input}: cannot read it (${(e as Error).message})`);
  }
  const text = bytes.toString('utf8');
  if (bytes.subarray(0, 8192).includes(0) && binaryShare(text) > 0.01) throw new InputError(`${input}: a binary file, not an article`);
  if (binaryShare(text) > 0.1) throw new InputError(`${input}: a binary file, not an article`);
  return { text, fileName: input === '-' ? undefined : input };
}

function render(analysis: Analysis, format: OutputFormat, text: string): string {
  if (format === 'timelinejs' || format === 'csv' || format === 'ics' || format === 'html') return renderExport(format, { analysis, text });
  if (format === 'json') return JSON.stringify(analysis, null, 2) + '\n';
  if (format === 'markdown') return analysisAsMarkdown(analysis);
  return analysisAsText(analysis);
}

/** Opens the --jsonl input as a stream, with the same messages as `readInput` for a file that is not there. */
function openBatchInput(input: string): { stream: Readable; bytesTotal?: number } {
  if (input === '-') return { stream: process.stdin };
  let size: number;
  try {
    const stat = fs.statSync(input);
    if (stat.isDirectory()) throw new InputError(`${input}: is a folder, not a file`);
    size = stat.size;
    fs.accessSync(input, fs.constants.R_OK);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${input}: no such file`);
    if (code === 'EACCES') throw new InputError(`${input}: not allowed to read it`);
    throw new InputError(`${input}: cannot read it (${(e as Error).message})`);
  }
  return { stream: fs.createReadStream(input), bytesTotal: size };
}

async function runJsonl(command: Command, err: (s: string) => void): Promise<number> {
  const { stream, bytesTotal } = openBatchInput(command.input);
  const terminal = process.stderr.isTTY === true;
  try {
    return await runBatch(
      {
        input: stream,
        output: process.stdout,
        error: (s) => err(terminal ? `\r\x1b[K${s}` : s),
        ...(terminal ? { progress: (line: string) => err(`\r\x1b[K${line}`) } : {}),
        bytesTotal,
      },
      {
        options: { referenceDate: command.date, sentences: command.sentences, ratio: command.ratio, words: command.words, maxLength: command.maxLength, wholePage: command.wholePage },
        jobs: command.jobs,
        workerFile: __filename,
      },
    );
  } catch (e) {
    if (e instanceof BatchInputError) throw new InputError(`${command.input}: ${e.message}`);
    throw e;
  } finally {
    if (terminal) err('\n');
  }
}

export async function main(argv: readonly string[], out = (s: string) => void process.stdout.write(s), err = (s: string) => void process.stderr.write(s)): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h') || argv.length === 0) {
    (argv.length ? out : err)(USAGE + '\n');
    return argv.length ? 0 : 2;
  }
  let command: Command;
  try {
    command = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      err(`newsline: ${e.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
  try {
    if (command.jsonl) return await runJsonl(command, err);
    const { text, fileName } = readInput(command.input);
    const analysis = analyze(text, { fileName, referenceDate: command.date, sentences: command.sentences, ratio: command.ratio, words: command.words, maxLength: command.maxLength, wholePage: command.wholePage });
    out(render(analysis, command.format, text));
    const refused = analysis.notices.find((n) => n.code === 'empty' || n.code === 'binary' || n.code === 'too-large');
    if (refused) {
      err(`newsline: ${command.input}: ${refused.message}\n`);
      return 1;
    }
    return 0;
  } catch (e) {
    err(`newsline: ${(e as Error).message}\n`);
    return 1;
  }
}

if (require.main === module && !isMainThread && isBatchWorker(workerData)) {
  // A --jsonl worker thread, started from this same file (see batch/pool.ts).
  serveBatchLines();
} else if (require.main === module) {
  // The reader went away (`| head -c 100`): stop quietly, as a command line tool does, not with a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
