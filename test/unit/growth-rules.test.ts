// Every date rule's pattern stays linear in its input (issue 22), every rule taken from the rule table, so a new rule
// is covered without a word here: each pattern scanned at n and 2n characters of pathological text (long runs of white
// space, digits, month and weekday names, commas, hyphens, range separators, markup, and the rule's own examples
// before and after long runs), timed so that a busy machine cannot fail it (see support/growth.ts). The scan is the
// tagger's at its worst: every match taken as rejected, so the scan goes on from the match's next character.
// recheck's static analysis of the same patterns is in growth-redos.test.ts.
import * as assert from 'assert';
import { RULES, type Rule } from '../../src/core/temporal/rules/index';
import { describeGrowth, doubling, isLinear, LONG_RUN, repeated } from './support/growth';
import { RULE_SHAPES } from './support/shapes';

/** The tagger's scan of `re` over `text` when it rejects every match (see rawMatches in temporal/tagger.ts). */
function scanRejectingAll(re: RegExp, text: string): number {
  let count = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    count++;
    re.lastIndex = m.index + (text.codePointAt(m.index)! > 0xffff ? 2 : 1);
  }
  re.lastIndex = 0;
  return count;
}

const unmark = (example: string) => example.replace(/[[\]]/g, '');


/** Each example of `rule` before and after long runs of white space and of junk. */
function shapesOf(rule: Rule): Record<string, (n: number) => string> {
  const out: Record<string, (n: number) => string> = {};
  rule.examples.forEach(([marked], i) => {
    const example = unmark(marked);
    out[`example ${i + 1} then spaces`] = repeated(' ', example);
    out[`spaces then example ${i + 1}`] = repeated(' ', '', example);
    out[`example ${i + 1} in tabs and newlines`] = repeated('\t\n', example, example);
    out[`example ${i + 1} then junk`] = repeated('-,. ', example);
    out[`example ${i + 1} repeated`] = repeated(`${example} `);
  });
  return out;
}

describe('growth: every date rule is linear in its text', function () {
  this.timeout(0);

  it('covers every rule in the table', () => {
    assert.ok(RULES.length >= 90, `${RULES.length} rules`);
  });

  describe('each pattern scanned over pathological text at n and 2n characters', () => {
    for (const rule of RULES) {
      it(rule.name, () => {
        const re = new RegExp(rule.pattern.source, rule.pattern.flags);
        const work = (text: string) => scanRejectingAll(re, text);
        const shapes = { ...RULE_SHAPES, ...shapesOf(rule) };
        const failures: string[] = [];
        for (const [name, shape] of Object.entries(shapes)) {
          const g = doubling(work, shape, LONG_RUN ? 16_384 : 4096);
          if (!isLinear(g)) failures.push(`${name}: ${describeGrowth(g)}`);
        }
        assert.deepStrictEqual(failures, [], `${rule.name} grows faster than its text`);
      });
    }
  });
});
