// Each date explained: TimeML `mod` from the words (every example of the modifier data, and the tagger's output), and
// the explanation's rule, anchor, tense, stated and implied parts, in the engine's JSON and on the timeline.
import * as assert from 'assert';
import { analyze } from '../../src/core/analyze';
import { readArticle } from '../../src/core/article';
import { tagTimexes, type ResolvedTimex } from '../../src/core/temporal';
import { relationOf, statedParts } from '../../src/core/temporal/explain';
import { MOD_WORDS, timexMod } from '../../src/core/temporal/mods';
import { RULE_KINDS } from '../../src/core/temporal/ruleWords';
import { RULES } from '../../src/core/temporal/rules/index';

const REF = '2022-04-01'; // a Friday

function one(text: string, words: string, referenceDate = REF): ResolvedTimex {
  const all = tagTimexes(readArticle(text, 'plaintext'), referenceDate);
  const hit = all.find((t) => t.text === words);
  assert.ok(hit, `no timex "${words}" in: ${text} (found ${all.map((t) => t.text).join(', ')})`);
  return hit;
}

describe('TimeML mod', () => {
  describe('every example of the modifier words', () => {
    for (const entry of MOD_WORDS) {
      for (const [example, type, mod] of entry.examples) {
        it(`${example} (${type}) → ${mod}`, () => {
          const m = /^(.*)\[(.*)\](.*)$/.exec(example);
          assert.ok(m, 'an example brackets its expression');
          assert.strictEqual(timexMod(m[2], type, m[1], m[3]), mod);
        });
      }
    }
  });

  it('takes none where the words modify nothing', () => {
    assert.strictEqual(timexMod('Friday', 'DATE', 'The officials said '), undefined);
    // "about" and "under" before a point are no modifiers: "worried about 2024", "under the 2010 law".
    assert.strictEqual(timexMod('2024', 'DATE', 'They are worried about '), undefined);
    assert.strictEqual(timexMod('earlier this year', 'DATE', 'It said '), undefined);
    assert.strictEqual(timexMod('midnight', 'TIME', 'at '), undefined);
    assert.strictEqual(timexMod('every week', 'SET', 'about '), undefined);
  });

  const tagged: ReadonlyArray<readonly [string, string, string]> = [
    ['It took about two weeks.', 'two weeks', 'APPROX'],
    ['Sales rose in early 2024.', 'early 2024', 'START'],
    ['He arrived late Friday.', 'late Friday', 'END'],
    ['It was built before 1990.', '1990', 'BEFORE'],
    ['It lasted more than two weeks.', 'more than two weeks', 'MORE_THAN'],
    ['He left in mid-March.', 'mid-March', 'MID'],
    ['It was more than a decade ago.', 'more than a decade ago', 'BEFORE'],
    ['It will take at least three days.', 'at least three days', 'EQUAL_OR_MORE'],
  ];
  for (const [sentence, words, mod] of tagged) {
    it(`the tagger gives ${words} ${mod} in "${sentence}"`, () => assert.strictEqual(one(sentence, words).mod, mod));
  }

  it('reaches the public timexes and the timeline', () => {
    const a = analyze('Sales rose sharply in early 2024, the company said.', { referenceDate: REF });
    assert.strictEqual(a.timexes.find((t) => t.text === 'early 2024')?.mod, 'START');
    assert.strictEqual(a.timeline[0]?.mod, 'START');
  });
});

describe('date explanations', () => {
  it('says why a weekday in the past tense is the one on or before the story’s date', () => {
    const e = one('The officials said Friday that the talks had failed.', 'Friday').explanation!;
    assert.strictEqual(e.rule, 'weekday');
    assert.deepStrictEqual(e.anchor, { kind: 'reference', value: REF });
    assert.strictEqual(e.tense, 'past');
    assert.strictEqual(e.tenseCue, 'said');
    assert.deepStrictEqual(e.stated, ['weekday']);
    assert.deepStrictEqual(e.implied, ['year', 'month']);
    assert.strictEqual(e.summary, 'Friday → Fri 1 Apr 2022: the Friday on or before the story’s date (Fri 1 Apr 2022), because “said” is past tense; year and month implied');
  });

  it('reads the future from the auxiliary', () => {
    const e = one('The talks will resume on Monday.', 'Monday').explanation!;
    assert.strictEqual(e.tense, 'future');
    assert.strictEqual(e.tenseCue, 'will resume');
    assert.match(e.words, /^the next Monday after the story’s date/);
  });

  it('marks a weekday in the present tense as guessed', () => {
    const e = one('The committee meets Monday.', 'Monday').explanation!;
    assert.deepStrictEqual(e.guessed, ['day']);
  });

  it('counts from the earlier date in the story, naming it', () => {
    const text = 'He arrived on May 5. Two days later he left.';
    const e = one(text, 'Two days later').explanation!;
    assert.strictEqual(e.anchor.kind, 'story');
    assert.strictEqual(e.anchor.value, '2022-05-05');
    assert.deepStrictEqual(e.anchor.mention, { text: 'May 5', start: text.indexOf('May 5'), end: text.indexOf('May 5') + 5 });
    assert.match(e.summary, /counted on from the earlier “May 5” \(Thu 5 May 2022\)/);
    assert.deepStrictEqual(e.implied, []);
  });

  it('takes a year-less date’s year from the sentence’s opening year, and says so', () => {
    const e = one('In 2019, the plant closed in March.', 'March').explanation!;
    assert.strictEqual(e.anchor.kind, 'sentence');
    assert.strictEqual(e.anchor.value, '2019');
    assert.deepStrictEqual(e.implied, ['year']);
  });

  it('in a history, counts a year-less date from the year the account last gave, and places it in that year', () => {
    const history = 'The war began in 1939. In 1940 the army crossed the river. In June it reached the coast. By 1941 the front had moved. In 1942 the siege began.';
    const e = one(history, 'June');
    assert.strictEqual(e.value, '1940-06');
    assert.strictEqual(e.explanation?.anchor.kind, 'narrative');
    assert.strictEqual(e.explanation?.anchor.mention?.text, '1940');
    assert.ok(e.explanation?.summary.includes('the June of the year the account last gave'), e.explanation?.summary);
    assert.strictEqual(relationOf('1940-06', '1940'), 'same');
    assert.strictEqual(relationOf('1941-06', '1940'), 'after');
  });

  it('leaves nothing implied when the words give the date in full', () => {
    const e = one('It opened on April 1, 2021.', 'April 1, 2021').explanation!;
    assert.deepStrictEqual(e.anchor, { kind: 'none' });
    assert.deepStrictEqual(e.stated, ['year', 'month', 'day']);
    assert.deepStrictEqual(e.implied, []);
  });

  it('says a year is implied for a day written without one, and the tense only when it chose', () => {
    const near = one('He was born on March 30.', 'March 30').explanation!;
    assert.deepStrictEqual(near.implied, ['year']);
    assert.strictEqual(near.tense, undefined, 'a day this near the story’s date is the nearest whatever the tense');
    const far = one('He was born on Nov. 7.', 'Nov. 7').explanation!;
    assert.strictEqual(far.tense, 'past');
  });

  it('carries the mod into the summary', () => {
    assert.match(one('Sales rose in early 2024.', 'early 2024').explanation!.summary, /^early 2024 → the start of 2024: as written$/);
  });

  it('reaches every timeline entry', () => {
    const a = analyze('The officials said Friday that the talks had failed. Two days later the talks resumed.', { referenceDate: REF });
    assert.ok(a.timeline.length >= 2);
    for (const entry of a.timeline) assert.ok(entry.explanation?.summary.startsWith(entry.mention.text), JSON.stringify(entry));
  });

  it('reads the stated parts of a date', () => {
    assert.deepStrictEqual(statedParts('Nov. 7', 'yearless'), ['month', 'day']);
    assert.deepStrictEqual(statedParts('March 2021', 'written'), ['year', 'month']);
    assert.deepStrictEqual(statedParts('Friday', 'weekday'), ['weekday']);
    assert.deepStrictEqual(statedParts('3 p.m.', 'clock'), ['time']);
  });

  it('places a value before, after or in its anchor’s period', () => {
    assert.strictEqual(relationOf('2022-03-31', REF), 'before');
    assert.strictEqual(relationOf('2022-05', REF), 'after');
    assert.strictEqual(relationOf('2022', REF), 'same');
    assert.strictEqual(relationOf('2021-W10', REF), 'before');
  });

  it('has words for every rule', () => {
    const missing = RULES.map((r) => r.name).filter((name) => !RULE_KINDS[name]);
    assert.deepStrictEqual(missing, []);
  });
});
