// Child process for one npm summarizer (bench/peers.ts): times each article it is sent, in milliseconds.
import { loadSummarizer, type ChildReply, type ChildRequest, type SummarizerName } from './peers';

const [name, repoRoot] = process.argv.slice(2) as [SummarizerName, string];
const summarize = loadSummarizer(repoRoot, name);

process.on('message', (request: ChildRequest) => {
  const t0 = process.hrtime.bigint();
  let reply: ChildReply;
  try {
    summarize(request.text);
    reply = { index: request.index, ms: Number(process.hrtime.bigint() - t0) / 1e6 };
  } catch (e) {
    reply = { index: request.index, error: e instanceof Error ? e.message : String(e) };
  }
  process.send?.(reply);
});
