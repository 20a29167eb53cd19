// The batch's progress line on a terminal: how many, how fast, how long still. Pure formatting; the caller decides
// when (only when stderr is a terminal, at most a few times a second).

export interface ProgressState {
  readonly lines: number;
  readonly failures: number;
  readonly elapsedMs: number;
  /** Bytes of input read so far and in all, when the input is a file of known size. */
  readonly bytesRead?: number;
  readonly bytesTotal?: number;
}

export function formatProgress(state: ProgressState): string {
  const seconds = state.elapsedMs / 1000;
  const rate = seconds > 0 ? state.lines / seconds : 0;
  const parts = [`${state.lines.toLocaleString('en-US')} articles`, `${rate >= 10 ? Math.round(rate).toLocaleString('en-US') : rate.toFixed(1)}/s`];
  if (state.failures) parts.push(`${state.failures.toLocaleString('en-US')} failed`);
  if (state.bytesTotal && state.bytesRead !== undefined && state.bytesRead > 0) {
    const share = Math.min(1, state.bytesRead / state.bytesTotal);
    parts.push(`${Math.floor(share * 100)}%`);
    if (share < 1 && seconds >= 1) parts.push(`ETA ${formatDuration((seconds / share) * (1 - share))}`);
  }
  return `newsline: ${parts.join(', ')}`;
}

export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${String(s % 60).padStart(2, '0')} s`;
  return `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, '0')} min`;
}
