// Where analyze()'s time goes: the pipeline's steps are wrapped with timers on their modules' exports (the compiled
// engine calls them through those exports), so the real analyze() is measured, not a copy of it.
import articleModule = require('../src/core/article');
import referenceDateModule = require('../src/core/referenceDate');
import summarizeModule = require('../src/core/summarize');
// The tagger's own module: `temporal/index` re-exports it through a getter, which cannot be replaced.
import taggerModule = require('../src/core/temporal/tagger');
import timelineModule = require('../src/core/timeline');
import { analyze } from '../src/core/analyze';
import { getNlp } from '../src/core/nlp';
import { spreadOf, timeMs, type Spread } from './stats';

export interface StageShares {
  readonly steps: Array<{ readonly name: string; readonly share: Spread }>;
  readonly totalMsPerArticle: number;
}

type AnyFunction = (...args: never[]) => unknown;

/** Replaces `module[name]` by a timed wrapper; returns the undo. */
function instrument(module: object, name: string, add: (ms: number) => void): () => void {
  const target = module as Record<string, AnyFunction>;
  const original = target[name];
  if (typeof original !== 'function') throw new Error(`stages: ${name} is not a function`);
  target[name] = function timed(this: unknown, ...args: never[]) {
    const t0 = process.hrtime.bigint();
    try {
      return original.apply(this, args);
    } finally {
      add(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  };
  if (target[name] === original) throw new Error(`stages: cannot wrap ${name}`);
  return () => (target[name] = original);
}

export function stageShares(texts: readonly string[], runs: number): StageShares {
  const spent = new Map<string, number>();
  const adder = (key: string) => (ms: number) => spent.set(key, (spent.get(key) ?? 0) + ms);
  const nlp = getNlp();
  const undo = [
    instrument(nlp, 'readDoc', adder('readDoc')),
    instrument(articleModule, 'readArticle', adder('readArticle')),
    instrument(referenceDateModule, 'resolveReferenceDate', adder('resolveReferenceDate')),
    instrument(taggerModule, 'tagTimexes', adder('tagTimexes')),
    instrument(summarizeModule, 'summarize', adder('summarize')),
    instrument(timelineModule, 'buildTimeline', adder('buildTimeline')),
  ];
  try {
    const shares = new Map<string, number[]>();
    const totals: number[] = [];
    for (let run = 0; run < runs; run++) {
      spent.clear();
      const total = timeMs(() => texts.forEach((t) => analyze(t)));
      if (!spent.get('tagTimexes')) throw new Error('stages: the instrumented steps were not called');
      totals.push(total);
      const get = (k: string) => spent.get(k) ?? 0;
      const parts: Array<[string, number]> = [
        ['wink-nlp readDoc (in readArticle)', get('readDoc')],
        ['readArticle without readDoc', get('readArticle') - get('readDoc')],
        ['resolveReferenceDate', get('resolveReferenceDate')],
        ['tagTimexes (temporal tagging)', get('tagTimexes')],
        ['summarize (summarising)', get('summarize')],
        ['buildTimeline', get('buildTimeline')],
      ];
      const counted = parts.reduce((s, [, ms]) => s + ms, 0);
      parts.push(['other (checks, notices, output)', total - counted]);
      for (const [name, ms] of parts) shares.set(name, [...(shares.get(name) ?? []), (100 * ms) / total]);
    }
    return {
      steps: [...shares].map(([name, values]) => ({ name, share: spreadOf(values) })),
      totalMsPerArticle: spreadOf(totals).median / texts.length,
    };
  } finally {
    undo.forEach((f) => f());
  }
}
