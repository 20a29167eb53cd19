// A stream's lines, one at a time, read only as fast as they are taken (so a file of any size is held a chunk at a
// time). Lines end at "\n"; a "\r" before it is dropped, as `split(/\r?\n/)` did.
import type { Readable } from 'stream';

export interface Line {
  readonly text: string;
  /** Bytes of the input up to the end of this line, for progress. */
  readonly bytesRead: number;
}

export async function* linesOf(input: Readable): AsyncGenerator<Line> {
  input.setEncoding('utf8');
  // The pieces of a line not yet ended: each chunk is searched once, so a line longer than many chunks stays linear.
  let pieces: string[] = [];
  let bytesRead = 0;
  for await (const chunk of input as AsyncIterable<string>) {
    let start = 0;
    for (let end = chunk.indexOf('\n'); end >= 0; end = chunk.indexOf('\n', start)) {
      const piece = chunk.slice(start, end);
      const text = pieces.length ? pieces.join('') + piece : piece;
      pieces = [];
      bytesRead += Buffer.byteLength(text) + 1;
      start = end + 1;
      yield { text: text.endsWith('\r') ? text.slice(0, -1) : text, bytesRead };
    }
    if (start < chunk.length) pieces.push(chunk.slice(start));
  }
  if (pieces.length) {
    const text = pieces.join('');
    bytesRead += Buffer.byteLength(text);
    yield { text: text.endsWith('\r') ? text.slice(0, -1) : text, bytesRead };
  }
}
