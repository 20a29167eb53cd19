// Limits on what the panel's page may ask of the host (issue 22). The page is a separate process the host does not
// trust: it could ask for a copy, a new sentence count or the reference-date box thousands of times a second. Each
// kind of request runs at most `PAGE_REQUESTS_PER_SECOND` times a second; beyond that the latest request of the kind
// waits for the window to free and the ones it replaces are dropped. No `vscode` here, so it is unit tested.

export const PAGE_REQUESTS_PER_SECOND = 5;
export const PAGE_WINDOW_MS = 1000;

export interface Admission {
  /** The start times still inside the window, with `now` added when the request runs. */
  readonly recent: readonly number[];
  /** 0: run it now; otherwise how many ms until a place in the window frees. */
  readonly waitMs: number;
}

/** May a request run at `now`, given when this kind last ran (`recent`, oldest first)? Pure. */
export function admit(recent: readonly number[], now: number, perWindow = PAGE_REQUESTS_PER_SECOND, windowMs = PAGE_WINDOW_MS): Admission {
  const inWindow = recent.filter((t) => now - t < windowMs);
  if (inWindow.length < perWindow) return { recent: [...inWindow, now], waitMs: 0 };
  return { recent: inWindow, waitMs: Math.max(1, inWindow[0] + windowMs - now) };
}

export interface Clock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const SYSTEM_CLOCK: Clock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** What became of a request: run at once, held until the window frees, or held in place of an earlier held one. */
export type Outcome = 'ran' | 'held' | 'replaced';

/** Runs requests by kind within `admit`'s limit, holding the latest one of a kind that is over it. */
export class RequestLimiter<K extends string> {
  private readonly recent = new Map<K, readonly number[]>();
  private readonly held = new Map<K, { run: () => void; timer: unknown }>();

  constructor(private readonly clock: Clock = SYSTEM_CLOCK, private readonly perWindow = PAGE_REQUESTS_PER_SECOND, private readonly windowMs = PAGE_WINDOW_MS) {}

  request(kind: K, run: () => void): Outcome {
    const waiting = this.held.get(kind);
    if (waiting) {
      waiting.run = run;
      return 'replaced';
    }
    const { recent, waitMs } = admit(this.recent.get(kind) ?? [], this.clock.now(), this.perWindow, this.windowMs);
    this.recent.set(kind, recent);
    if (waitMs === 0) {
      run();
      return 'ran';
    }
    const entry = {
      run,
      timer: this.clock.setTimeout(() => {
        this.held.delete(kind);
        this.request(kind, entry.run);
      }, waitMs),
    };
    this.held.set(kind, entry);
    return 'held';
  }

  /** Drops the held requests (the panel is closing). */
  dispose(): void {
    for (const { timer } of this.held.values()) this.clock.clearTimeout(timer);
    this.held.clear();
  }
}

/**
 * Why a copy asked for at `requested` (the version the page showed) is refused, or undefined when it may go ahead:
 * a version older than the analysis the panel holds (`analysed`), or one the document never had.
 */
export function copyRefusal(requested: number, analysed: number | undefined, documentVersion: number): string | undefined {
  if (requested > documentVersion) return 'Nothing copied: the request named a version of the document it never had.';
  if (analysed !== undefined && requested < analysed) return 'Nothing copied: the panel showed an older analysis of the document. Copy again to copy the current one.';
  return undefined;
}
