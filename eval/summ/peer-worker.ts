// Child process for one peer summarizer: receives {id, text, count} messages, answers {id, sentences, ms} or
// {id, error}. The parent kills it when a document takes too long.
import * as path from 'path';
import { loadPeer, type PeerName } from './peers';

interface Request {
  readonly id: number;
  readonly text: string;
  readonly count: number;
}

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const summarize = loadPeer(repoRoot, process.argv[2] as PeerName);

process.on('message', (message: Request) => {
  const t0 = process.hrtime.bigint();
  try {
    const sentences = summarize(message.text, message.count);
    process.send?.({ id: message.id, sentences, ms: Number(process.hrtime.bigint() - t0) / 1e6 });
  } catch (e) {
    process.send?.({ id: message.id, error: String(e) });
  }
});
