// The worker_threads entry (bundled to dist/worker.js): analyses documents off the extension host's main thread.
// One message in, one message out, matched by id; the model loads once per worker, on its first document.
import { isMainThread, parentPort } from 'worker_threads';
import { analyze } from '../core/analyze';
import type { Analysis, AnalyzeOptions } from '../core/types';

export interface WorkerRequest {
  readonly id: number;
  readonly text: string;
  readonly options: AnalyzeOptions;
}

/** An error as it crosses the thread boundary (Error objects lose their class there). */
export interface WorkerFailure {
  readonly name: string;
  readonly message: string;
}

export type WorkerReply =
  | { readonly id: number; readonly ok: true; readonly analysis: Analysis }
  | { readonly id: number; readonly ok: false; readonly error: WorkerFailure };

export function handleRequest(request: WorkerRequest): WorkerReply {
  try {
    return { id: request.id, ok: true, analysis: analyze(request.text, request.options) };
  } catch (e) {
    const error = e instanceof Error ? { name: e.name, message: e.message } : { name: 'Error', message: String(e) };
    return { id: request.id, ok: false, error };
  }
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  port.on('message', (request: WorkerRequest) => port.postMessage(handleRequest(request)));
}
