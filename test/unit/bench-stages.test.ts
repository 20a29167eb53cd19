// `npm run bench` reads analyze()'s steps by wrapping the engine modules' exports; a re-export through a getter
// cannot be wrapped, and the benchmark then stopped with "Cannot set property". This runs the real measure.
import * as assert from 'assert';
import { stageShares } from '../../bench/stages';

describe('bench: where analyze() spends its time', () => {
  it('times every step of the real pipeline, and the shares cover the whole', () => {
    const text = 'PORTVALE — The council voted on Friday to close the bridge. Work began in March 2021 and ends in 2027.';
    const { steps, totalMsPerArticle } = stageShares([text, text], 2);
    const names = steps.map((s) => s.name);
    assert.ok(names.includes('tagTimexes (temporal tagging)'), names.join(', '));
    assert.ok(names.includes('wink-nlp readDoc (in readArticle)'));
    assert.ok(totalMsPerArticle > 0);
    const sum = steps.reduce((s, step) => s + step.share.median, 0);
    // Medians of per-run shares need not add to exactly 100; each run's shares do.
    assert.ok(sum > 50 && sum < 150, `shares add up to ${sum}`);
    const tagging = steps.find((s) => s.name.startsWith('tagTimexes'));
    assert.ok(tagging && tagging.share.min > 0, 'the tagger was measured');
  });
});
