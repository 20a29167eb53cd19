import * as assert from 'assert';
import { pairedBootstrap } from '../../eval/summ/bootstrap';
import { seededRandom } from './support/random';

describe('paired bootstrap (eval/summ)', () => {
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
