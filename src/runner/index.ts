// Runs an analysis inline or in a worker_threads Worker, by the document's size. No `vscode` here: the extension
// calls this, and the unit tests and the benchmark drive it directly.
//
// Small documents are analysed inline: the analysis is shorter than a worker's round trip and costs the caller's
// event loop less than a frame. Past `inlineLimit` characters the analysis goes to a long-lived worker (the model
// loads once per worker), so the caller's event loop stays free; cancelling terminates the worker, which is the only
// way to stop a synchronous analysis, and the next large document starts a fresh one.
import { Worker } from 'worker_threads';
import { analyze } from '../core/analyze';
import type { Analysis, AnalyzeOptions } from '../core/types';
import type { WorkerReply, WorkerRequest } from './worker';

/**
 * Documents up to this many characters (about 3,000 words) are analysed inline. Measured by `npm run bench`
 * (bench/latest.json, runner.threshold): on an idle core the engine runs at about 0.9 ms per 1,000 characters of
 * news text, so 20,000 characters hold the caller's event loop for about 20 ms; with the machine loaded (load average
 * 7-10 on 2 cores) inline stayed under 50 ms only up to 5,000-10,000 characters, and from 20,000 characters a warm
 * worker's round trip was already shorter than the inline analysis (62 vs 98 ms median), with the caller free.
 */
export const DEFAULT_INLINE_LIMIT = 20_000;

export interface RunnerOptions {
  /** The bundled worker entry (`dist/worker.js`). */
  readonly workerPath: string;
  /** Documents up to this many characters run inline; default `DEFAULT_INLINE_LIMIT`. 0 sends every document to the worker. */
  readonly inlineLimit?: number;
}

export interface AnalysisRunner {
  /** Analyses `text`; rejects with an `AbortError` when `signal` aborts first. */
  run(text: string, options?: AnalyzeOptions, signal?: AbortSignal): Promise<Analysis>;
  /** Where a document of this length would be analysed. */
  placeFor(length: number): 'inline' | 'worker';
  /** Is a worker thread alive (for tests and diagnostics). */
  readonly workerAlive: boolean;
  /** Ends the worker and rejects whatever is still running; later runs reject. */
  dispose(): void;
}

/** Raised when a run is cancelled through its AbortSignal. */
export class AbortError extends Error {
  constructor(message = 'The analysis was cancelled.') {
    super(message);
    this.name = 'AbortError';
  }
}

/** Raised for runs that were pending when the runner was disposed, or started after it. */
export class RunnerDisposedError extends Error {
  constructor() {
    super('The analysis runner was disposed.');
    this.name = 'RunnerDisposedError';
  }
}

interface Pending {
  readonly request: WorkerRequest;
  readonly resolve: (analysis: Analysis) => void;
  readonly reject: (error: Error) => void;
  readonly cleanup: () => void;
}

export function createAnalysisRunner(options: RunnerOptions): AnalysisRunner {
  return new Runner(options.workerPath, options.inlineLimit ?? DEFAULT_INLINE_LIMIT);
}

class Runner implements AnalysisRunner {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private disposed = false;

  constructor(
    private readonly workerPath: string,
    private readonly inlineLimit: number,
  ) {}

  get workerAlive(): boolean {
    return this.worker !== undefined;
  }

  placeFor(length: number): 'inline' | 'worker' {
    return length <= this.inlineLimit ? 'inline' : 'worker';
  }

  run(text: string, options: AnalyzeOptions = {}, signal?: AbortSignal): Promise<Analysis> {
    if (this.disposed) return Promise.reject(new RunnerDisposedError());
    if (signal?.aborted) return Promise.reject(new AbortError());
    return this.placeFor(text.length) === 'inline' ? runInline(text, options, signal) : this.runInWorker(text, options, signal);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.stopWorker();
    this.rejectAll(() => new RunnerDisposedError());
  }

  private runInWorker(text: string, options: AnalyzeOptions, signal?: AbortSignal): Promise<Analysis> {
    return new Promise<Analysis>((resolve, reject) => {
      const request: WorkerRequest = { id: this.nextId++, text, options };
      const onAbort = () => this.cancel(request.id);
      signal?.addEventListener('abort', onAbort, { once: true });
      const cleanup = () => signal?.removeEventListener('abort', onAbort);
      this.pending.set(request.id, { request, resolve, reject, cleanup });
      this.post(request);
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.workerPath);
    worker.on('message', (reply: WorkerReply) => this.settle(reply));
    worker.on('error', (error) => this.workerFailed(worker, error));
    worker.on('exit', (code) => this.workerFailed(worker, new Error(`The analysis worker stopped (exit code ${code}).`)));
    this.worker = worker;
    return worker;
  }

  private post(request: WorkerRequest): void {
    const worker = this.ensureWorker();
    // Only a worker with work to do keeps the process alive.
    worker.ref();
    worker.postMessage(request);
  }

  private settle(reply: WorkerReply): void {
    const entry = this.take(reply.id);
    if (!entry) return;
    if (reply.ok) entry.resolve(reply.analysis);
    else entry.reject(Object.assign(new Error(reply.error.message), { name: reply.error.name }));
  }

  /** Cancels one run: the worker is busy with it (or will be), so it is terminated; other runs move to a new worker. */
  private cancel(id: number): void {
    const entry = this.take(id);
    if (!entry) return;
    entry.reject(new AbortError());
    this.stopWorker();
    for (const other of this.pending.values()) this.post(other.request);
  }

  private take(id: number): Pending | undefined {
    const entry = this.pending.get(id);
    if (!entry) return undefined;
    this.pending.delete(id);
    entry.cleanup();
    if (this.pending.size === 0) this.worker?.unref();
    return entry;
  }

  private workerFailed(worker: Worker, error: Error): void {
    // A worker that was terminated on purpose has already been replaced: its exit is not a failure.
    if (worker !== this.worker) return;
    this.worker = undefined;
    this.rejectAll(() => error);
  }

  private stopWorker(): void {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) void worker.terminate();
  }

  private rejectAll(error: () => Error): void {
    for (const id of [...this.pending.keys()]) this.take(id)?.reject(error());
  }
}

/** Analyses on the caller's thread, after the current task, so a cancel issued right after the call still counts. */
function runInline(text: string, options: AnalyzeOptions, signal?: AbortSignal): Promise<Analysis> {
  return new Promise<Analysis>((resolve, reject) => {
    setImmediate(() => {
      if (signal?.aborted) {
        reject(new AbortError());
        return;
      }
      try {
        resolve(analyze(text, options));
      } catch (e) {
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    });
  });
}
