// Issue 22: the panel's page cannot ask for copies, sentence counts or the reference-date box without limit, and a
// copy of an older version than the panel's analysis is refused.
import * as assert from 'assert';
import { admit, copyRefusal, PAGE_REQUESTS_PER_SECOND, RequestLimiter, type Clock } from '../../src/host/pageLimits';

/** A clock the test moves by hand; its timers fire when it passes their time. */
class ManualClock implements Clock {
  time = 0;
  private timers: Array<{ at: number; run: () => void; id: number }> = [];
  private nextId = 0;
  now(): number {
    return this.time;
  }
  setTimeout(run: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.timers.push({ at: this.time + ms, run, id });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.timers = this.timers.filter((t) => t.id !== handle);
  }
  advance(ms: number): void {
    const end = this.time + ms;
    for (let next = this.due(end); next; next = this.due(end)) {
      this.timers = this.timers.filter((t) => t !== next);
      this.time = next.at;
      next.run();
    }
    this.time = end;
  }
  get pending(): number {
    return this.timers.length;
  }
  private due(end: number) {
    return [...this.timers].sort((a, b) => a.at - b.at).find((t) => t.at <= end);
  }
}

describe('page request limits', () => {
  it('admits N requests a second and says how long the next must wait', () => {
    let recent: readonly number[] = [];
    for (let i = 0; i < 3; i++) {
      const a = admit(recent, 100 + i, 3, 1000);
      assert.strictEqual(a.waitMs, 0);
      recent = a.recent;
    }
    const over = admit(recent, 500, 3, 1000);
    assert.strictEqual(over.waitMs, 600, 'until the first of the three leaves the window');
    assert.deepStrictEqual(over.recent, [100, 101, 102], 'a refused request takes no place');
    assert.strictEqual(admit(recent, 1100, 3, 1000).waitMs, 0, 'a second later there is room again');
    assert.deepStrictEqual(admit(recent, 1100, 3, 1000).recent, [101, 102, 1100]);
  });

  it('runs a burst of thousands at most N a second, then the latest one, per kind', () => {
    const clock = new ManualClock();
    const limiter = new RequestLimiter<'setSentences' | 'copy'>(clock);
    const ran: string[] = [];
    for (let i = 1; i <= 5000; i++) limiter.request('setSentences', () => ran.push(`s${i}`));
    assert.strictEqual(ran.length, PAGE_REQUESTS_PER_SECOND);
    // Another kind has its own window.
    assert.strictEqual(limiter.request('copy', () => ran.push('copy')), 'ran');
    assert.strictEqual(clock.pending, 1, 'one held request, not thousands');
    clock.advance(1000);
    assert.deepStrictEqual(ran.slice(-1), ['s5000'], 'the latest request is the one that runs');
    assert.strictEqual(ran.length, PAGE_REQUESTS_PER_SECOND + 2);
    assert.strictEqual(clock.pending, 0);
    clock.advance(5000);
    assert.strictEqual(ran.length, PAGE_REQUESTS_PER_SECOND + 2, 'nothing else runs later');
  });

  it('tells ran, held and replaced apart, and drops what it holds on dispose', () => {
    const clock = new ManualClock();
    const limiter = new RequestLimiter<'copy'>(clock, 1, 1000);
    let runs = 0;
    assert.strictEqual(limiter.request('copy', () => runs++), 'ran');
    assert.strictEqual(limiter.request('copy', () => runs++), 'held');
    assert.strictEqual(limiter.request('copy', () => runs++), 'replaced');
    limiter.dispose();
    clock.advance(2000);
    assert.strictEqual(runs, 1);
    assert.strictEqual(clock.pending, 0);
  });

  it('keeps requests at a person\'s pace as they come', () => {
    const clock = new ManualClock();
    const limiter = new RequestLimiter<'copy'>(clock);
    let runs = 0;
    for (let i = 0; i < 20; i++) {
      assert.strictEqual(limiter.request('copy', () => runs++), 'ran');
      clock.advance(250);
    }
    assert.strictEqual(runs, 20);
  });

  it('refuses a copy of a version older than the analysis, or one the document never had', () => {
    assert.strictEqual(copyRefusal(4, 4, 4), undefined);
    assert.strictEqual(copyRefusal(4, 4, 5), undefined, 'the document moved on: the copy is of it as it is now');
    assert.strictEqual(copyRefusal(4, undefined, 4), undefined);
    assert.match(copyRefusal(3, 4, 4) ?? '', /^Nothing copied: the panel showed an older analysis/);
    assert.match(copyRefusal(9, 4, 4) ?? '', /^Nothing copied: .*never had/);
  });
});
