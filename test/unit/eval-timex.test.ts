// The pieces of `npm run eval:timex` that decide its figures: the sets and their goals, the figures with intervals,
// the verdicts against the goals, and the cache that keeps the peers' outputs between runs.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cacheFile, cachedTagger, cacheKey } from '../../eval/timex/cache';
import { caseFigures, goalVerdicts, timexFigures } from '../../eval/timex/figures';
import { countDocument, type Span } from '../../eval/timex/scorer';
import { selectSets, SETS } from '../../eval/timex/sets';

const span = (start: number, end: number, value: string, type = 'DATE'): Span => ({ start, end, type, value });

describe('eval:timex sets', () => {
  it('names each set once, runs the test sets to report only, and gives the goals of issue 20', () => {
    assert.strictEqual(new Set(SETS.map((s) => s.name)).size, SETS.length);
    assert.deepStrictEqual(SETS.filter((s) => s.role === 'test').map((s) => s.file), ['test.jsonl', 'meantime-en.jsonl', 'esc.jsonl']);
    assert.deepStrictEqual(SETS.find((s) => s.name === 'peers')?.goals, { right: 90 });
    assert.ok(SETS.every((s) => s.kind === (s.file === 'peers.jsonl' ? 'cases' : 'timexes')));
  });

  it('selects the named sets in table order and refuses a name it does not know', () => {
    assert.deepStrictEqual(selectSets(['peers', 'train']).map((s) => s.name), ['train', 'peers']);
    assert.strictEqual(selectSets(undefined).length, SETS.length);
    assert.throws(() => selectSets(['platinum']), /unknown timex set platinum/);
  });
});

describe('eval:timex figures', () => {
  // Two documents: one tagged right, one with the span right and the value wrong and a spurious timex.
  const perDoc = [
    countDocument([span(0, 5, '2020-01-01')], [span(0, 5, '2020-01-01')]),
    countDocument([span(0, 5, '2020-02-01')], [span(0, 5, '2021-02-01'), span(10, 12, 'PRESENT_REF')]),
  ];

  it('micro-averages the documents and puts each F1 inside its interval', () => {
    const f = timexFigures(perDoc, 1.234).f1!;
    // strict: 2 of 3 system spans right, 2 of 2 gold found; value: 1 of 2 aligned pairs x relaxed F1 0.8.
    assert.deepStrictEqual([f.strict.p, f.strict.r, f.strict.f1], [66.7, 100, 80]);
    assert.strictEqual(f.value.f1, 40);
    for (const m of ['strict', 'relaxed', 'type', 'value'] as const) assert.ok(f[m].low <= f[m].f1 && f[m].f1 <= f[m].high, JSON.stringify(f[m]));
    assert.strictEqual(timexFigures(perDoc, 1.234).msPerDoc, 1.23);
  });

  it('counts cases right overall and per suite', () => {
    const r = caseFigures([true, false, true, true], ['a', 'a', 'b', 'b'], 0.5).right!;
    assert.deepStrictEqual([r.share, r.cases, r.bySuite], [75, 4, { a: 50, b: 100 }]);
    assert.ok(r.low <= 75 && r.high >= 75 && r.high <= 100, JSON.stringify(r));
  });

  it('says whether a goal is met and whether the interval settles it', () => {
    const figures = { msPerDoc: 1, f1: { ...timexFigures(perDoc, 1).f1!, value: { p: 80, r: 80, f1: 80, low: 76, high: 84 } } };
    const verdicts = goalVerdicts({ value: 82, strict: 70 }, figures);
    assert.deepStrictEqual(verdicts.map((v) => [v.measure, v.met, v.settled]), [['value', false, false], ['strict', true, verdicts[1].low > 70]]);
    assert.deepStrictEqual(goalVerdicts({ right: 90 }, caseFigures([true, true], ['a', 'a'], 1)).map((v) => [v.figure, v.met, v.settled]), [[100, true, true]]);
    assert.deepStrictEqual(goalVerdicts(undefined, figures), []);
  });
});

describe('eval:timex cache of the peers\' outputs', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsline-timex-cache-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('keys on every part, in order', () => {
    assert.strictEqual(cacheKey(['a', 'b']), cacheKey(['a', 'b']));
    assert.notStrictEqual(cacheKey(['ab', 'c']), cacheKey(['a', 'bc']));
    assert.notStrictEqual(cacheFile(dir, 'chrono-2.10.3', ['2.10.3', 'x']), cacheFile(dir, 'chrono-2.10.3', ['2.10.4', 'x']));
  });

  it('answers a second run from the file without running the peer, and runs it on what is new', () => {
    const file = cacheFile(dir, 'peer', ['1']);
    let calls = 0;
    const peer = (text: string, dct: string): Span[] => {
      calls++;
      return [{ ...span(0, text.length, dct), text }];
    };
    const first = cachedTagger(file, peer);
    const out = first.tagger('today', '2020-01-01');
    first.save();
    assert.strictEqual(calls, 1);
    const second = cachedTagger(file, peer);
    assert.deepStrictEqual(second.tagger('today', '2020-01-01'), out);
    assert.strictEqual(calls, 1);
    second.tagger('today', '2020-01-02');
    assert.strictEqual(calls, 2);
    assert.deepStrictEqual(second.stats(), { hits: 1, misses: 1 });
    assert.ok(second.ms() >= 0);
  });
});
