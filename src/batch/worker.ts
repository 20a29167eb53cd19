// The batch worker thread's side: analyse each line it is sent and send the result back.
import { parentPort, workerData } from 'worker_threads';
import { analyseLine } from './analyseLine';
import { isBatchWorker, type LineJob, type LineReply } from './pool';

export function serveBatchLines(): void {
  if (!parentPort || !isBatchWorker(workerData)) throw new Error('serveBatchLines runs only in a batch worker thread');
  const port = parentPort;
  const options = workerData.newslineBatch;
  port.on('message', (job: LineJob) => {
    const reply: LineReply = { id: job.id, result: analyseLine(job.line, job.lineNumber, options) };
    port.postMessage(reply);
  });
}
