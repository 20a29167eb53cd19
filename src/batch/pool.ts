// Worker threads that analyse batch lines, each with its own copy of the model (loaded once per thread). A line goes
// to whichever thread is free; a thread that dies fails only the line it held and is replaced.
import { Worker } from 'worker_threads';
import type { BatchOptions, LineResult } from './analyseLine';

/** What the CLI passes a batch worker thread; `isBatchWorker` tells its entry point that it is one. */
export interface BatchWorkerData {
  readonly newslineBatch: BatchOptions;
  /** Heap in use, MB, past which the thread asks to be replaced after its line (see `RETIRE_HEAP_MB`). */
  readonly retireHeapMb?: number;
}

export interface LineJob {
  readonly id: number;
  /** The line as UTF-8 (from the batch) or as text. */
  readonly line: string | Uint8Array;
  readonly lineNumber: number;
}

export interface LineReply {
  readonly id: number;
  readonly result: LineResult;
  /** The thread's heap has grown past `retireHeapMb`: end it and start a fresh one. */
  readonly retire?: boolean;
}

export function isBatchWorker(data: unknown): data is BatchWorkerData {
  return typeof data === 'object' && data !== null && 'newslineBatch' in data;
}

/**
 * Old-generation heap per batch thread. The model takes about 60 MB of it; a news article needs a few MB more (peak
 * RSS of two jobs on CNN/DM: 290 MB with 160, 375 MB uncapped); articles of over a megabyte or so may not fit.
 */
export const DEFAULT_HEAP_MB = 160;

/**
 * Young generation per batch thread. V8's default (some 48 MB a thread) is garbage the process holds between
 * collections; with 4 MB, two jobs on CNN/DM peaked some 60 MB lower (3,000 articles: 372 -> 313 MB), for the same
 * CPU time within the runs' noise.
 */
export const DEFAULT_YOUNG_MB = 4;

/**
 * Heap in use past which a thread is replaced by a fresh one. wink-nlp adds every word its model does not know to the
 * model, for good: on an archive of new names and words a thread's heap grows with the file's size, to the cap and an
 * out-of-memory restart. The model and a news article's garbage stay near 50 to 75 MB (CNN/DM); a fresh thread costs
 * a model load, about a second of CPU.
 */
export const RETIRE_HEAP_MB = 110;

interface Job extends LineJob {
  readonly resolve: (result: LineResult) => void;
}

export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Job>();
  private readonly queue: Job[] = [];
  private nextId = 0;
  private closed = false;

  /**
   * `file` is a script that serves batch lines when started with `BatchWorkerData` (the CLI itself). Each thread's
   * heap is capped at `heapMb`: V8 lets an uncapped heap grow to some 250 MB of garbage per thread before collecting,
   * which put two jobs over the batch's memory goal; a line too large for the cap comes back `outOfMemory`.
   */
  constructor(private readonly file: string, size: number, private readonly options: BatchOptions, private readonly heapMb = DEFAULT_HEAP_MB) {
    for (let i = 0; i < size; i++) this.idle.push(this.start());
  }

  submit(line: string | Uint8Array, lineNumber: number): Promise<LineResult> {
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, line, lineNumber, resolve });
      this.dispatch();
    });
  }

  /** Ends the threads; the batch calls this once every line it gave has come back, or when it gives up. */
  async close(): Promise<void> {
    this.closed = true;
    this.queue.length = 0;
    const workers = [...this.idle.splice(0), ...this.busy.keys()];
    this.busy.clear();
    await Promise.all(workers.map((w) => w.terminate()));
  }

  private start(): Worker {
    const data: BatchWorkerData = { newslineBatch: this.options, retireHeapMb: Math.min(RETIRE_HEAP_MB, this.heapMb * 0.75) };
    const worker = new Worker(this.file, { workerData: data, resourceLimits: { maxOldGenerationSizeMb: this.heapMb, maxYoungGenerationSizeMb: DEFAULT_YOUNG_MB } });
    worker.on('message', (reply: LineReply) => {
      const job = this.busy.get(worker);
      if (!job || job.id !== reply.id) return;
      this.busy.delete(worker);
      if (reply.retire && !this.closed) {
        void worker.terminate();
        this.idle.push(this.start());
      } else this.idle.push(worker);
      job.resolve(reply.result);
      this.dispatch();
    });
    // A thread that dies (out of memory, a crash in a native module) fails its line, not the batch.
    const lost = (why: string, outOfMemory = false) => {
      const job = this.busy.get(worker);
      this.busy.delete(worker);
      const i = this.idle.indexOf(worker);
      if (i >= 0) this.idle.splice(i, 1);
      if (job) job.resolve({ lineNumber: job.lineNumber, error: `could not be analysed (the worker thread stopped: ${why})`, ...(outOfMemory ? { outOfMemory } : {}) });
      if (!this.closed) {
        this.idle.push(this.start());
        this.dispatch();
      }
    };
    worker.on('error', (e: NodeJS.ErrnoException) => lost(e.message, e.code === 'ERR_WORKER_OUT_OF_MEMORY'));
    worker.on('exit', (code) => {
      if (this.busy.has(worker) || this.idle.includes(worker)) lost(`exit code ${code}`);
    });
    return worker;
  }

  private dispatch(): void {
    while (this.idle.length && this.queue.length) {
      const worker = this.idle.pop()!;
      const job = this.queue.shift()!;
      this.busy.set(worker, job);
      const message: LineJob = { id: job.id, line: job.line, lineNumber: job.lineNumber };
      worker.postMessage(message);
    }
  }
}
