import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/core/analyze';
import type { AnalyzeOptions } from '../../src/core/types';
import { AbortError, createAnalysisRunner, DEFAULT_INLINE_LIMIT, RunnerDisposedError, type AnalysisRunner } from '../../src/runner';
import { readFixture, REPO_ROOT } from './support/fixtures';

// The bundled worker when `npm run build` has run (as `npm test` does), else tsc's output of the same file.
const BUNDLED_WORKER = path.join(REPO_ROOT, 'dist', 'worker.js');
const WORKER_PATH = fs.existsSync(BUNDLED_WORKER) ? BUNDLED_WORKER : path.join(REPO_ROOT, 'out', 'src', 'runner', 'worker.js');

const OPTIONS: AnalyzeOptions = { today: '2024-06-01', fileName: 'quarry-dispute.txt' };

/** Our own article repeated to about `chars` characters, paragraphs kept apart. */
function articleOfLength(chars: number): string {
  const article = readFixture('quarry-dispute.txt').trim();
  return Array.from({ length: Math.ceil(chars / (article.length + 2)) }, () => article).join('\n\n');
}

/** The error `promise` rejects with, failing when it resolves or takes longer than `ms`. */
async function rejectsWithin(promise: Promise<unknown>, ms: number): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`not rejected within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([
      promise.then(
        () => assert.fail('expected a rejection'),
        (e: unknown) => e,
      ),
      late,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

describe('runner: inline or in a worker, by size', function () {
  this.timeout(60000);
  let runner: AnalysisRunner | undefined;
  afterEach(() => runner?.dispose());

  it('analyses a small document inline, without starting a worker, with the engine\'s own result', async () => {
    runner = createAnalysisRunner({ workerPath: WORKER_PATH });
    const text = readFixture('quarry-dispute.txt');
    assert.ok(text.length <= DEFAULT_INLINE_LIMIT);
    assert.strictEqual(runner.placeFor(text.length), 'inline');
    const result = await runner.run(text, OPTIONS);
    assert.deepStrictEqual(result, analyze(text, OPTIONS));
    assert.ok(result.summary.length > 0 && result.timeline.length > 0);
    assert.strictEqual(runner.workerAlive, false);
  });

  it('sends a document past the limit to a real worker, with the same result as inline', async () => {
    runner = createAnalysisRunner({ workerPath: WORKER_PATH, inlineLimit: 100 });
    for (const name of ['quarry-dispute.txt', 'harbor-bridge.md', 'council-vote.html']) {
      const text = readFixture(name);
      const options = { ...OPTIONS, fileName: name };
      assert.strictEqual(runner.placeFor(text.length), 'worker', name);
      const result = await runner.run(text, options);
      assert.strictEqual(runner.workerAlive, true);
      assert.deepStrictEqual(result, analyze(text, options), name);
    }
  });

  it('passes the engine\'s errors back with their name and message', async () => {
    runner = createAnalysisRunner({ workerPath: WORKER_PATH, inlineLimit: 0 });
    const error = (await rejectsWithin(runner.run('Some text on Friday.', { referenceDate: '2024-13-45' }), 20000)) as Error;
    assert.strictEqual(error.name, 'InvalidDateError');
    assert.match(error.message, /2024-13-45/);
    // The worker survives an engine error.
    const ok = await runner.run(readFixture('quarry-dispute.txt'), OPTIONS);
    assert.ok(ok.summary.length > 0);
  });

  it('cancels a large analysis by terminating the worker, then serves the next document from a fresh one', async () => {
    runner = createAnalysisRunner({ workerPath: WORKER_PATH });
    const big = articleOfLength(3_000_000);
    assert.strictEqual(runner.placeFor(big.length), 'worker');
    const controller = new AbortController();
    const started = Date.now();
    const running = runner.run(big, OPTIONS, controller.signal);
    setTimeout(() => controller.abort(), 100);
    const error = await rejectsWithin(running, 1500);
    assert.ok(error instanceof AbortError, String(error));
    assert.ok(Date.now() - started < 1500);
    assert.strictEqual(runner.workerAlive, false);

    const small = articleOfLength(60_000);
    const next = await runner.run(small, OPTIONS);
    assert.deepStrictEqual(next, analyze(small, OPTIONS));
  });

  it('cancelling one run leaves the others running', async () => {
    runner = createAnalysisRunner({ workerPath: WORKER_PATH, inlineLimit: 0 });
    const a = articleOfLength(1_000_000);
    const b = readFixture('harbor-bridge.md');
    const controller = new AbortController();
    const first = runner.run(a, OPTIONS, controller.signal);
    const second = runner.run(b, { ...OPTIONS, fileName: 'harbor-bridge.md' });
    setTimeout(() => controller.abort(), 50);
    const error = await rejectsWithin(first, 5000);
    assert.ok(error instanceof AbortError, String(error));
    assert.deepStrictEqual(await second, analyze(b, { ...OPTIONS, fileName: 'harbor-bridge.md' }));
  });

  it('rejects at once when the signal has already aborted, inline or not', async () => {
    runner = createAnalysisRunner({ workerPath: WORKER_PATH, inlineLimit: 100 });
    const controller = new AbortController();
    controller.abort();
    assert.ok((await rejectsWithin(runner.run('Short text.', OPTIONS, controller.signal), 1000)) instanceof AbortError);
    assert.ok((await rejectsWithin(runner.run(articleOfLength(5000), OPTIONS, controller.signal), 1000)) instanceof AbortError);
    assert.strictEqual(runner.workerAlive, false);
  });

  it('an abort issued right after an inline call still cancels it', async () => {
    runner = createAnalysisRunner({ workerPath: WORKER_PATH });
    const controller = new AbortController();
    const running = runner.run(readFixture('quarry-dispute.txt'), OPTIONS, controller.signal);
    controller.abort();
    assert.ok((await rejectsWithin(running, 1000)) instanceof AbortError);
  });

  it('dispose ends the worker and rejects pending and later runs', async () => {
    runner = createAnalysisRunner({ workerPath: WORKER_PATH, inlineLimit: 0 });
    const pending = runner.run(articleOfLength(1_000_000), OPTIONS);
    runner.dispose();
    assert.ok((await rejectsWithin(pending, 1000)) instanceof RunnerDisposedError);
    assert.strictEqual(runner.workerAlive, false);
    assert.ok((await rejectsWithin(runner.run('Short text.', OPTIONS), 1000)) instanceof RunnerDisposedError);
  });
});
