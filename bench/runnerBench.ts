// The runner's two measurements: where inline analysis starts to cost the caller's event loop more than a worker
// round trip (the inline/worker threshold), and the caller's event-loop delay while a 5 MB document is analysed
// inline versus in the worker.
import { monitorEventLoopDelay, performance } from 'perf_hooks';
import { createAnalysisRunner } from '../src/runner';
import { spreadOf, type Spread } from './stats';

export interface LoopFigures {
  /** Longest the caller's event loop was held up, ms (monitorEventLoopDelay). */
  readonly maxDelayMs: Spread;
  /** The same seen by a 10 ms interval: the longest gap between its ticks, less 10 ms (a check on the histogram). */
  readonly maxTickGapMs: Spread;
  readonly p99DelayMs: Spread;
  /** Wall time of the analysis as the caller sees it, ms. */
  readonly wallMs: Spread;
}

/** Event-loop delay of this thread while `text` is analysed, `runs` times; the worker is warmed first. */
export async function eventLoopWhileAnalysing(workerPath: string, place: 'inline' | 'worker', text: string, runs: number): Promise<LoopFigures> {
  const runner = createAnalysisRunner({ workerPath, inlineLimit: place === 'inline' ? Infinity : 0 });
  try {
    await runner.run('The council met on Friday. It voted to close the quarry on 3 March 2024.');
    const max: number[] = [];
    const gaps: number[] = [];
    const p99: number[] = [];
    const wall: number[] = [];
    for (let i = 0; i < runs; i++) {
      const histogram = monitorEventLoopDelay({ resolution: 10 });
      histogram.enable();
      let last = performance.now();
      let gap = 0;
      const ticker = setInterval(() => {
        const now = performance.now();
        gap = Math.max(gap, now - last - 10);
        last = now;
      }, 10);
      // Both monitors start before the analysis does.
      await new Promise((resolve) => setTimeout(resolve, 30));
      const t0 = performance.now();
      await runner.run(text);
      wall.push(performance.now() - t0);
      // Let the timers fire once more, so a block that ended the run is recorded.
      await new Promise((resolve) => setTimeout(resolve, 30));
      clearInterval(ticker);
      histogram.disable();
      max.push(histogram.max / 1e6);
      gaps.push(Math.max(0, gap));
      p99.push(histogram.percentile(99) / 1e6);
    }
    return { maxDelayMs: spreadOf(max), maxTickGapMs: spreadOf(gaps), p99DelayMs: spreadOf(p99), wallMs: spreadOf(wall) };
  } finally {
    runner.dispose();
  }
}

export interface ThresholdRow {
  readonly chars: number;
  /** Inline analysis: the caller's thread is blocked this long. */
  readonly inlineMs: Spread;
  /** Warm worker: the caller waits this long, its thread free. */
  readonly workerMs: Spread;
}

/** Inline time and warm-worker round trip at each size. */
export async function thresholdTable(workerPath: string, texts: ReadonlyArray<{ chars: number; text: string }>, runs: number): Promise<ThresholdRow[]> {
  const inline = createAnalysisRunner({ workerPath, inlineLimit: Infinity });
  const worker = createAnalysisRunner({ workerPath, inlineLimit: 0 });
  try {
    await worker.run('The council met on Friday. It voted to close the quarry on 3 March 2024.');
    const rows: ThresholdRow[] = [];
    for (const { chars, text } of texts) {
      const inlineMs: number[] = [];
      const workerMs: number[] = [];
      for (let i = 0; i < runs; i++) {
        let t0 = performance.now();
        await inline.run(text);
        inlineMs.push(performance.now() - t0);
        t0 = performance.now();
        await worker.run(text);
        workerMs.push(performance.now() - t0);
      }
      rows.push({ chars, inlineMs: spreadOf(inlineMs), workerMs: spreadOf(workerMs) });
    }
    return rows;
  } finally {
    inline.dispose();
    worker.dispose();
  }
}
