// A stream's lines, one at a time, read only as fast as they are taken (so a file of any size is held a chunk at a
// time). Lines end at "\n"; a "\r" before it is dropped, as `split(/\r?\n/)` did. Lines stay UTF-8 bytes: the main
// thread of a batch only passes them on to its worker threads, which decode them, so it neither decodes 3 KB nor
// holds it as a string on its heap per article.
import type { Readable } from 'stream';

export interface Line {
  /** The line's bytes, without its "\r\n" or "\n", in a buffer of their own (not a view of a larger chunk). */
  readonly bytes: Uint8Array;
  /** Bytes of the input up to the end of this line, for progress. */
  readonly bytesRead: number;
}

const LF = 0x0a;
const CR = 0x0d;

/** A copy of `pieces` joined, without a last "\r": its own ArrayBuffer, so passing it to a thread copies only it. */
function lineOf(pieces: readonly Uint8Array[], length: number): Uint8Array {
  let last = pieces.length - 1;
  while (last > 0 && pieces[last].length === 0) last--;
  const ends = length > 0 && pieces[last][pieces[last].length - 1] === CR;
  const line = new Uint8Array(ends ? length - 1 : length);
  let at = 0;
  for (const piece of pieces) {
    const take = Math.min(piece.length, line.length - at);
    if (take > 0) line.set(take === piece.length ? piece : piece.subarray(0, take), at);
    at += take;
  }
  return line;
}

export async function* linesOf(input: Readable): AsyncGenerator<Line> {
  // The pieces of a line not yet ended: each chunk is searched once, so a line longer than many chunks stays linear.
  let pieces: Uint8Array[] = [];
  let pending = 0;
  let bytesRead = 0;
  for await (const data of input as AsyncIterable<Buffer | string>) {
    const chunk = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let start = 0;
    for (let end = chunk.indexOf(LF); end >= 0; end = chunk.indexOf(LF, start)) {
      pieces.push(chunk.subarray(start, end));
      const length = pending + end - start;
      bytesRead += length + 1;
      const line = lineOf(pieces, length);
      pieces = [];
      pending = 0;
      start = end + 1;
      yield { bytes: line, bytesRead };
    }
    if (start < chunk.length) {
      pieces.push(chunk.subarray(start));
      pending += chunk.length - start;
    }
  }
  if (pending) {
    bytesRead += pending;
    yield { bytes: lineOf(pieces, pending), bytesRead };
  }
}

/** The text of a line's bytes (invalid UTF-8 becomes U+FFFD, as a stream decoder makes it). */
export function textOf(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}
