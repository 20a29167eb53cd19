// Every date rule against its own examples and negatives (the data in src/core/temporal/rules/*.ts): each example's
// bracketed expression is a match the rule accepts, with the example's value; a negative gets no match at all; and
// every example holds the rule's trigger words, or the prefilter would never let the rule see it.
import * as assert from 'assert';
import { parseYmd } from '../../src/core/temporal/dates';
import { RULES, type Rule, type RuleContext } from '../../src/core/temporal/rules/index';

/** The reference date the examples' values are written for: a Friday. */
const REF = parseYmd('2013-03-22');

interface Found {
  readonly start: number;
  readonly end: number;
  readonly value: string;
}

/** The matches `rule` accepts in `text`, scanned as the tagger scans (a rejected match moves on by one character). */
function accepted(rule: Rule, text: string): Found[] {
  const re = new RegExp(rule.pattern.source, rule.pattern.flags);
  const found: Found[] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (end === start) re.lastIndex = start + 1;
    const ctx: RuleContext = {
      ref: REF, anchor: REF, anchorYear: REF.y, tense: 'past',
      before: text.slice(Math.max(0, start - 40), start), after: text.slice(end, end + 40),
    };
    const result = rule.build(m, ctx);
    if (result) found.push({ start, end, value: result.value });
    else re.lastIndex = start + 1;
  }
  return found;
}

/** An example's text without its brackets, and where the bracketed expression lies in it. */
function unmark(example: string): { readonly text: string; readonly start: number; readonly end: number } {
  const start = example.indexOf('[');
  const end = example.indexOf(']', start) - 1;
  assert.ok(start >= 0 && end >= start, `no [expression] in ${JSON.stringify(example)}`);
  return { text: example.slice(0, start) + example.slice(start + 1, end + 1) + example.slice(end + 2), start, end };
}

describe('temporal rules: each against its own examples and negatives', () => {
  it('has unique names and at least one example per rule', () => {
    assert.strictEqual(new Set(RULES.map((r) => r.name)).size, RULES.length);
    assert.deepStrictEqual(RULES.filter((r) => r.examples.length === 0).map((r) => r.name), []);
  });

  for (const rule of RULES) {
    describe(rule.name, () => {
      for (const [example, value] of rule.examples) {
        it(`tags ${example} as ${value}`, () => {
          const { text, start, end } = unmark(example);
          const found = accepted(rule, text);
          const at = found.find((f) => f.start === start && f.end === end);
          assert.ok(at, `matched ${JSON.stringify(found.map((f) => text.slice(f.start, f.end)))} instead`);
          assert.strictEqual(at.value, value);
          for (const group of rule.triggers) {
            const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
            assert.ok(words.some((w) => new RegExp(group, 'iu').test(w)), `no word holds a trigger part of ${group}`);
          }
        });
      }
      for (const negative of rule.negatives) {
        it(`tags nothing in ${negative}`, () => {
          assert.deepStrictEqual(accepted(rule, negative).map((f) => negative.slice(f.start, f.end)), []);
        });
      }
    });
  }
});
