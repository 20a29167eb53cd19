// Child process for one npm peer (bench/peers.ts). Two uses: screening, where each article it is sent is timed alone
// ({index, text} -> {index, ms} or {index, error}); and passes, where it keeps a set of texts ({kind: 'set', texts})
// and times a whole pass over them on request ({kind: 'pass'} -> {kind: 'pass', ms}). Peers run only in children:
// lexrank loads Sugar, which adds ~100 methods to String and Array prototypes, and a process that had loaded it ran
// Newsline twice as slowly afterwards.
import { loadPeer, type ChildReply, type ChildRequest, type PassReply, type PassRequest, type PeerName } from './peers';

const [name, repoRoot] = process.argv.slice(2) as [PeerName, string];
const run = loadPeer(repoRoot, name);
let set: readonly string[] = [];

process.on('message', (request: ChildRequest | PassRequest) => {
  if ('kind' in request) {
    if (request.kind === 'set') {
      set = request.texts;
      set.forEach((t) => run(t)); // warm-up: JIT, caches
      process.send?.({ kind: 'pass', ms: 0 } satisfies PassReply);
      return;
    }
    const t0 = process.hrtime.bigint();
    set.forEach((t) => run(t));
    process.send?.({ kind: 'pass', ms: Number(process.hrtime.bigint() - t0) / 1e6 } satisfies PassReply);
    return;
  }
  const t0 = process.hrtime.bigint();
  let reply: ChildReply;
  try {
    run(request.text);
    reply = { index: request.index, ms: Number(process.hrtime.bigint() - t0) / 1e6 };
  } catch (e) {
    reply = { index: request.index, error: e instanceof Error ? e.message : String(e) };
  }
  process.send?.(reply);
});
