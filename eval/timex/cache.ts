// The peers' outputs kept between runs (eval/.cache/timex/, not committed): chrono-node and compromise-dates take
// about six minutes over all the sets and give the same output for the same library, adapter and data, while
// Newsline's tagger, which changes, is always run. A cache file is named by what its outputs depend on, so a new
// library version, a changed adapter (peers.ts) or a changed data file reads none of the old ones.
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import type { Span } from './scorer';
import type { Tagger } from './peers';

/** A short hash of the parts, in order (each part delimited, so ["ab", "c"] and ["a", "bc"] differ). */
export function cacheKey(parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part.length}:${part}`);
  return hash.digest('hex').slice(0, 16);
}

/** The cache file of one peer on one data file. */
export function cacheFile(dir: string, system: string, parts: readonly string[]): string {
  return path.join(dir, `${system.replace(/[^A-Za-z0-9.-]+/g, '_')}-${cacheKey(parts)}.json`);
}

/** The hash of a file's bytes, for the cache key. */
export function fileHash(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex').slice(0, 16);
}

/** A peer's output for one input, and the milliseconds the peer took to give it. */
interface Entry {
  readonly spans: Span[];
  readonly ms: number;
}

export interface CachedTagger {
  readonly tagger: Tagger;
  /** The milliseconds the peer took on the inputs asked so far, as measured when each was first run. */
  readonly ms: () => number;
  /** Inputs answered from the file, and inputs the peer was run on. */
  readonly stats: () => { readonly hits: number; readonly misses: number };
  /** Writes the outputs back when the peer was run on anything new. */
  save(): void;
}

/** `tagger` answered from `file` where it has already seen the same text and reference date. */
export function cachedTagger(file: string, tagger: Tagger): CachedTagger {
  let stored: Record<string, Entry> = {};
  try {
    stored = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, Entry>;
  } catch {
    stored = {}; // no cache yet, or a broken one: run the peer
  }
  let hits = 0;
  let misses = 0;
  let ms = 0;
  return {
    tagger: (text, dct) => {
      const key = cacheKey([dct, text]);
      const known = stored[key];
      if (known) {
        hits++;
        ms += known.ms;
        return known.spans;
      }
      misses++;
      const t0 = process.hrtime.bigint();
      const spans = tagger(text, dct);
      const took = Number(process.hrtime.bigint() - t0) / 1e6;
      ms += took;
      stored[key] = { spans, ms: took };
      return spans;
    },
    ms: () => ms,
    stats: () => ({ hits, misses }),
    save: () => {
      if (!misses) return;
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, JSON.stringify(stored));
    },
  };
}
