// The streaming JSON Lines batch (`newsline analyze --jsonl`): its line contract, its order and memory guarantees,
// worker threads that die, and the CLI around it.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Readable, Writable } from 'stream';
import { linesOf, textOf } from '../../src/batch/lines';
import { WorkerPool } from '../../src/batch/pool';
import { formatDuration, formatProgress } from '../../src/batch/progress';
import { IdLedger, parseRecord, RecordError } from '../../src/batch/records';
import { runBatch } from '../../src/batch/run';
import { REPO_ROOT } from './support/fixtures';
import { runCli as cli } from './support/cli';


async function collect(input: Readable): Promise<{ text: string; bytesRead: number }[]> {
  const lines = [];
  for await (const line of linesOf(input)) lines.push({ text: textOf(line.bytes), bytesRead: line.bytesRead });
  return lines;
}

const article = (i: number) => `Article ${i}: the council of Town ${i} met on Friday, March ${(i % 28) + 1}, 2024. It voted to build a bridge in ${1990 + (i % 30)}. The mayor resigned.`;

describe('batch lines', () => {
  it('splits on \\n and \\r\\n, keeps a last line without newline, and counts bytes', async () => {
    const lines = await collect(Readable.from(['a\r\nb', 'c\n\nd€'], { objectMode: false }));
    assert.deepStrictEqual(lines.map((l) => l.text), ['a', 'bc', '', 'd€']);
    assert.strictEqual(lines[lines.length - 1].bytesRead, Buffer.byteLength('a\r\nbc\n\nd€'));
  });

  it('cuts lines of bytes, with "\\r\\n" and a character split across chunks', async () => {
    const bytes = Buffer.from('a€\r\nb\r\n\r\n€');
    const chunks = Array.from(bytes, (b) => Buffer.from([b]));
    const lines = await collect(Readable.from(chunks));
    assert.deepStrictEqual(lines.map((l) => l.text), ['a€', 'b', '', '€']);
    assert.deepStrictEqual(lines.map((l) => l.bytesRead), [6, 9, 11, 14]);
  });

  it('joins a line given in many chunks', async () => {
    const chunks = Array.from({ length: 20_000 }, (_, i) => String(i % 10).repeat(50));
    const lines = await collect(Readable.from([...chunks, '\r\nend']));
    assert.strictEqual(lines[0].text, chunks.join(''));
    assert.strictEqual(lines[1].text, 'end');
  });
});

describe('batch records', () => {
  it('reads a record after a byte order mark, and gives a line without id its line number', () => {
    assert.deepStrictEqual(parseRecord('\uFEFF{"text":"x"}', 1), { id: 1, text: 'x', date: undefined, sentences: undefined });
    assert.strictEqual(parseRecord('{"id":"a7","text":"x","date":"2022-04-01"}', 9).id, 'a7');
  });

  it('says what is wrong with a line that cannot be analysed', () => {
    for (const [line, message] of [['{not json', 'not valid JSON'], ['[1]', 'not a JSON object'], ['{"text":4}', '"text" must be a string'], ['{"text":"x","date":"2022-02-30"}', '"date" must be YYYY-MM-DD'], ['{"text":"x","sentences":0}', '"sentences" must be a whole number of at least 1']]) {
      assert.throws(() => parseRecord(line, 1), (e: unknown) => e instanceof RecordError && e.message === message, line);
    }
  });

  it('knows an id seen before, whatever its type, and names it once', () => {
    const ids = new IdLedger();
    assert.strictEqual(ids.repeatOf('a', 1), undefined);
    assert.strictEqual(ids.repeatOf(1, 2), undefined);
    assert.strictEqual(ids.repeatOf('1', 3), undefined, 'the string "1" is not the number 1');
    assert.strictEqual(ids.repeatOf('a', 4), 1);
    assert.strictEqual(ids.repeatOf(1, 5), 2);
    assert.strictEqual(ids.repeatOf('a', 6), undefined, 'a repeated id is named once');
    assert.strictEqual(ids.repeatOf(1, 7), undefined);
  });

  it('still knows every id after its table has grown many times', () => {
    const ids = new IdLedger();
    for (let i = 1; i <= 20_000; i++) assert.strictEqual(ids.repeatOf(`doc-${i}`, i), undefined);
    for (let i = 1; i <= 20_000; i += 997) assert.strictEqual(ids.repeatOf(`doc-${i}`, 20_000 + i), i);
    assert.strictEqual(ids.repeatOf('doc-20001', 40_001), undefined);
  });
});

describe('batch progress', () => {
  it('shows count, rate, share and ETA', () => {
    assert.strictEqual(formatProgress({ lines: 1500, failures: 2, elapsedMs: 10_000, bytesRead: 250, bytesTotal: 1000 }), 'newsline: 1,500 articles, 150/s, 2 failed, 25%, ETA 30 s');
    assert.strictEqual(formatProgress({ lines: 3, failures: 0, elapsedMs: 2000 }), 'newsline: 3 articles, 1.5/s');
    assert.strictEqual(formatDuration(3725), '1 h 02 min');
    assert.strictEqual(formatDuration(61), '1 min 01 s');
  });
});

describe('batch run', function () {
  this.timeout(120_000);

  /** An input that makes its lines as they are read, counting how many it has given out. */
  function countingInput(count: number): { input: Readable; given: () => number } {
    let given = 0;
    const input = new Readable({
      highWaterMark: 256,
      read() {
        if (given === count) this.push(null);
        else this.push(JSON.stringify({ id: given, text: article(given++) }) + '\n');
      },
    });
    return { input, given: () => given };
  }

  it('writes every line in the input order and reads only a bounded window ahead of its output', async () => {
    const { input, given } = countingInput(400);
    const ids: number[] = [];
    let furthestAhead = 0;
    const output = new Writable({
      highWaterMark: 1,
      write(chunk: Buffer, _enc, done) {
        ids.push(JSON.parse(chunk.toString()).id);
        furthestAhead = Math.max(furthestAhead, given() - ids.length);
        setImmediate(done);
      },
    });
    const errors: string[] = [];
    const code = await runBatch({ input, output, error: (s) => errors.push(s) }, { options: {}, jobs: 1 });
    assert.strictEqual(code, 0, errors.join(''));
    assert.deepStrictEqual(ids, Array.from({ length: 400 }, (_, i) => i));
    // The window is 16 lines a job, plus what the input stream buffers itself (256 bytes here, about 2 lines).
    assert.ok(furthestAhead <= 16 + 4, `read ${furthestAhead} lines ahead of the output`);
  });

  it('a worker thread that dies fails only its line, and the pool goes on with a new one', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsline-pool-'));
    try {
      // A worker script with the real message shape that dies on one line, as an out-of-memory thread would.
      const script = path.join(dir, 'dying-worker.js');
      fs.writeFileSync(script, `const { parentPort } = require('worker_threads');
parentPort.on('message', (job) => {
  if (job.line === 'die') process.exit(7);
  parentPort.postMessage({ id: job.id, result: { lineNumber: job.lineNumber, output: job.line.toUpperCase(), id: job.lineNumber } });
});`);
      const pool = new WorkerPool(script, 2, {});
      const results = await Promise.all(['a', 'b', 'die', 'c', 'd'].map((line, i) => pool.submit(line, i + 1)));
      await pool.close();
      assert.deepStrictEqual(results.map((r) => r.output ?? null), ['A', 'B', null, 'C', 'D']);
      assert.match(results[2].error ?? '', /worker thread stopped: exit code 7/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('replaces a worker thread that asks to retire, and goes on with the fresh one', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsline-pool-'));
    try {
      // A worker that asks to retire after the line "tired", as one whose heap has grown would; it says its thread.
      const script = path.join(dir, 'tired-worker.js');
      fs.writeFileSync(script, `const { parentPort, threadId } = require('worker_threads');
parentPort.on('message', (job) => {
  parentPort.postMessage({ id: job.id, result: { lineNumber: job.lineNumber, output: job.line + threadId, id: job.lineNumber }, ...(job.line === 'tired' ? { retire: true } : {}) });
});`);
      const pool = new WorkerPool(script, 1, {});
      const results = [];
      for (const line of ['a', 'tired', 'b']) results.push(await pool.submit(line, results.length + 1));
      await pool.close();
      const threads = results.map((r) => Number(/\d+$/.exec(r.output ?? '')?.[0]));
      assert.strictEqual(threads[0], threads[1], 'the tired thread still answers its own line');
      assert.notStrictEqual(threads[2], threads[1], 'the next line goes to a fresh thread');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('analyses a line in the main thread when it is too large for a worker thread\'s heap', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsline-pool-'));
    try {
      // The real line analysis in the worker, except that a line marked "huge" fills the heap until the cap stops it.
      const script = path.join(dir, 'greedy-worker.js');
      fs.writeFileSync(script, `const { parentPort, workerData } = require('worker_threads');
const { analyseLine } = require(${JSON.stringify(path.join(REPO_ROOT, 'out', 'src', 'batch', 'analyseLine.js'))});
const hoard = [];
parentPort.on('message', (job) => {
  // Lines come as UTF-8 bytes, as the real worker gets them.
  job = { ...job, line: Buffer.from(job.line).toString() };
  if (job.line.includes('huge')) for (;;) hoard.push(new Array(1e6).fill(hoard.length));
  parentPort.postMessage({ id: job.id, result: analyseLine(job.line, job.lineNumber, workerData.newslineBatch) });
});`);
      const lines = [JSON.stringify({ id: 'a', text: article(1) }), JSON.stringify({ id: 'huge', text: article(2) }), JSON.stringify({ id: 'c', text: article(3) })];
      const out: string[] = [];
      const output = new Writable({ write(chunk: Buffer, _enc, done) { out.push(chunk.toString()); done(); } });
      const errors: string[] = [];
      const code = await runBatch({ input: Readable.from([lines.join('\n')]), output, error: (s) => errors.push(s) }, { options: {}, jobs: 2, workerFile: script, workerHeapMb: 32 });
      assert.strictEqual(code, 0, errors.join(''));
      assert.deepStrictEqual(out.join('').trim().split('\n').map((l) => JSON.parse(l).id), ['a', 'huge', 'c']);
      assert.ok(JSON.parse(out.join('').trim().split('\n')[1]).summary.length > 0, 'the huge line was analysed');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('newsline analyze --jsonl', function () {
  this.timeout(120_000);

  it('gives the same output with one job and with two', () => {
    const lines = Array.from({ length: 30 }, (_, i) => JSON.stringify({ id: `n${i}`, text: article(i), date: '2024-03-29' })).join('\n');
    const one = cli(['analyze', '--jsonl', '-', '--jobs', '1'], lines);
    const two = cli(['analyze', '--jsonl', '-', '--jobs', '2'], lines);
    assert.strictEqual(one.code, 0, one.err);
    assert.strictEqual(two.code, 0, two.err);
    assert.strictEqual(two.out, one.out);
    assert.deepStrictEqual(one.out.trim().split('\n').map((l) => JSON.parse(l).id), Array.from({ length: 30 }, (_, i) => `n${i}`));
  });

  it('keeps the record after a byte order mark, numbers lines without id, and names repeated ids', () => {
    const lines = ['\uFEFF' + JSON.stringify({ id: 'x', text: article(1) }), JSON.stringify({ text: article(2) }), JSON.stringify({ id: 'x', text: article(3) })].join('\n');
    const r = cli(['analyze', '--jsonl', '-', '--jobs', '1'], lines);
    assert.strictEqual(r.code, 0, r.err);
    assert.deepStrictEqual(r.out.trim().split('\n').map((l) => JSON.parse(l).id), ['x', 2, 'x']);
    assert.match(r.err, /^newsline: line 3: the id "x" repeats line 1's\n$/);
  });

  it('fails a line with empty text as an empty file fails, keeping its output line, and refuses an input with no lines', () => {
    const r = cli(['analyze', '--jsonl', '-', '--jobs', '1'], [JSON.stringify({ id: 'e', text: '  ' }), JSON.stringify({ id: 'f', text: article(4) })].join('\n'));
    assert.strictEqual(r.code, 1);
    const out = r.out.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepStrictEqual(out.map((o) => o.id), ['e', 'f']);
    assert.ok(out[0].notices.some((n: { code: string }) => n.code === 'empty'));
    assert.match(r.err, /^newsline: line 1: .*empty/);
    const none = cli(['analyze', '--jsonl', '-'], '\n\n');
    assert.strictEqual(none.code, 1);
    assert.match(none.err, /no JSON line in it/);
  });

  it('refuses a binary file and a missing one, and --jobs without --jsonl or out of range', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsline-batch-'));
    try {
      const blob = path.join(dir, 'blob.jsonl');
      fs.writeFileSync(blob, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)));
      const b = cli(['analyze', '--jsonl', blob]);
      assert.strictEqual(b.code, 1);
      assert.match(b.err, /binary file, not JSON Lines/);
      const m = cli(['analyze', '--jsonl', path.join(dir, 'none.jsonl')]);
      assert.strictEqual(m.code, 1);
      assert.match(m.err, /no such file/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    for (const args of [['analyze', '-', '--jobs', '2'], ['analyze', '--jsonl', '-', '--jobs', '0'], ['analyze', '--jsonl', '-', '--jobs', 'all']]) {
      const r = cli(args, '');
      assert.strictEqual(r.code, 2, args.join(' '));
    }
  });
});
