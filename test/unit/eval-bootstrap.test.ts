import * as assert from 'assert';
import { bootstrap, bootstrapAll, pairedBootstrap } from '../../eval/bootstrap';
import { seededRandom } from './support/random';

describe('bootstrap intervals (eval/bootstrap.ts)', () => {
  it('gives the mean difference inside its interval, the same on every run', () => {
    const random = seededRandom(7);
    const differences = Array.from({ length: 250 }, () => random() * 0.2 - 0.05);
    const a = pairedBootstrap(differences, 2000, 3);
    const b = pairedBootstrap(differences, 2000, 3);
    assert.deepStrictEqual(a, b);
    assert.ok(a.low < a.mean && a.mean < a.high, JSON.stringify(a));
    // Uniform on [-0.05, 0.15]: mean 0.05, standard error 0.0577 / sqrt(250) = 0.0037, so the interval is about +-0.007.
    assert.ok(Math.abs(a.mean - 0.05) < 0.015, JSON.stringify(a));
    assert.ok(a.high - a.low > 0.01 && a.high - a.low < 0.02, JSON.stringify(a));
  });

  it('collapses to the value when every article differs by the same amount, and is empty for no articles', () => {
    assert.deepStrictEqual(pairedBootstrap([0.5, 0.5, 0.5], 500), { mean: 0.5, low: 0.5, high: 0.5 });
    assert.deepStrictEqual(pairedBootstrap([]), { mean: 0, low: 0, high: 0 });
  });

  it('widens as the articles get fewer', () => {
    const random = seededRandom(11);
    const many = Array.from({ length: 1000 }, () => random() - 0.5);
    const wide = pairedBootstrap(many.slice(0, 40), 2000);
    const narrow = pairedBootstrap(many, 2000);
    assert.ok(wide.high - wide.low > 2 * (narrow.high - narrow.low), `${JSON.stringify(wide)} ${JSON.stringify(narrow)}`);
  });
});

describe('bootstrap of a figure over documents', () => {
  it('reports the figure of all documents and an interval around it for a ratio of sums', () => {
    // Per document: timexes found right and timexes in all; the figure is the micro-averaged share.
    const docs = [
      [9, 10],
      [1, 10],
      [5, 5],
      [0, 4],
      [7, 8],
    ];
    const share = (indices: readonly number[]) => {
      let right = 0;
      let all = 0;
      for (const i of indices) {
        right += docs[i][0];
        all += docs[i][1];
      }
      return right / all;
    };
    const i = bootstrap(docs.length, share, 2000, 5);
    assert.strictEqual(i.mean, 22 / 37);
    assert.ok(i.low < i.mean && i.mean < i.high, JSON.stringify(i));
    assert.ok(i.low > 0.2 && i.high < 0.95, JSON.stringify(i));
  });
});

describe('several figures from one set of draws (bootstrapAll)', () => {
  it('gives each figure the interval bootstrap gives it alone with the same seed', () => {
    const random = seededRandom(3);
    const values = Array.from({ length: 60 }, () => random());
    const mean = (indices: readonly number[]) => indices.reduce((s, i) => s + values[i], 0) / indices.length;
    const max = (indices: readonly number[]) => Math.max(...indices.map((i) => values[i]));
    const both = bootstrapAll(values.length, (indices) => ({ mean: mean(indices), max: max(indices) }), 1000, 9);
    assert.deepStrictEqual(both.mean, bootstrap(values.length, mean, 1000, 9));
    assert.deepStrictEqual(both.max, bootstrap(values.length, max, 1000, 9));
    assert.ok(both.max.low <= both.max.mean && both.mean.low < both.mean.mean && both.mean.mean < both.mean.high, JSON.stringify(both));
  });

  it('is empty, figure by figure, for no documents', () => {
    assert.deepStrictEqual(bootstrapAll(0, () => ({ a: 0.5 })), { a: { mean: 0, low: 0, high: 0 } });
  });
});
