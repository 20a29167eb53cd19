// The batch worker thread's side: analyse each line it is sent and send the result back. The line comes as UTF-8
// bytes and its output goes back as UTF-8 bytes, moved, not copied: the main thread, which every line passes
// through, then neither decodes nor encodes nor holds any article text on its heap.
import { getHeapStatistics } from 'v8';
import { parentPort, workerData } from 'worker_threads';
import { analyseLine } from './analyseLine';
import { textOf } from './lines';
import { isBatchWorker, type LineJob, type LineReply } from './pool';

export function serveBatchLines(): void {
  if (!parentPort || !isBatchWorker(workerData)) throw new Error('serveBatchLines runs only in a batch worker thread');
  const port = parentPort;
  const options = workerData.newslineBatch;
  const encoder = new TextEncoder();
  const retireAt = (workerData.retireHeapMb ?? Infinity) * 1024 * 1024;
  // Asked after each line: the pool replaces a thread whose heap has grown (see RETIRE_HEAP_MB).
  const retire = () => (getHeapStatistics().used_heap_size > retireAt ? { retire: true } : {});
  port.on('message', (job: LineJob) => {
    const { output, ...result } = analyseLine(typeof job.line === 'string' ? job.line : textOf(job.line), job.lineNumber, options);
    if (output === undefined) {
      port.postMessage({ id: job.id, result, ...retire() } satisfies LineReply);
      return;
    }
    // `encode` gives a buffer of its own (not a slice of a shared pool), so it can be transferred.
    const outputBytes = encoder.encode(output + '\n');
    port.postMessage({ id: job.id, result: { ...result, outputBytes }, ...retire() } satisfies LineReply, [outputBytes.buffer]);
  });
}
