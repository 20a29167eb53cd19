import * as assert from 'assert';
import { readArticle } from '../../src/core/article';
import { analyze } from '../../src/core/analyze';
import { danglingReason, droppableOpening, trimmedText } from '../../src/core/summary/dangling';
import { isBareQuote, isQuoteLed, leavesQuoteOpen } from '../../src/core/summary/quotes';
import { resolvedByName } from '../../src/core/summary/choose';
import { Sheet } from '../../src/core/summary/sheet';
import { summarize } from '../../src/core/summarize';

/** The second sentence of "<context> <sentence>", read, with its token store. */
function secondOf(sentence: string): { s: ReturnType<typeof readArticle>['sentences'][number]; doc: ReturnType<typeof readArticle> } {
  const doc = readArticle(`The council met on Monday to vote on the harbour plan.\n\n${sentence}`, 'plaintext');
  const body = doc.sentences.filter((s) => s.kind === 'body');
  return { s: body[body.length - 1], doc };
}

/** The detector's verdict on the second sentence of "<context> <sentence>". */
function reasonOf(sentence: string): string | undefined {
  const { s, doc } = secondOf(sentence);
  return danglingReason(s, doc.tokens);
}

/** The second sentence as a summary would give it on its own, or undefined when it keeps its words. */
function trimmedOf(sentence: string): string | undefined {
  const { s, doc } = secondOf(sentence);
  return trimmedText(s, doc.tokens);
}

// An article written for these tests: its third sentence leans on the second ("He"), its sixth is only a quotation.
const HARBOUR = [
  'Harwick council voted on Monday to rebuild the harbour wall that winter storms broke in three places.',
  'The plan was drawn up by the harbour master, Tom Reyes, after the storm of January 12.',
  'He said the wall would need new foundations along its whole length and a higher crest.',
  'The work will cost 4.2 million pounds, paid from the county flood fund and a loan.',
  'Fishing boats will moor at the old quay in Penmarrow while the wall is rebuilt.',
  '"We have waited three winters for this and we cannot wait a fourth," said Ada Moss, who chairs the fishermen\'s association.',
  'Work starts in June and should end before the autumn storms, the council said.',
].join('\n\n');

describe('summary links: dangling references, quotes, word budgets', () => {
  it('finds a sentence that leans back on a pronoun, a demonstrative, a connective or an anaphoric date', () => {
    assert.strictEqual(reasonOf('They voted nine to two for the new wall.'), 'pronoun');
    assert.strictEqual(reasonOf('In the end, its members backed the plan.'), 'connective');
    assert.strictEqual(reasonOf('On Tuesday, he signed the contract for the wall.'), 'pronoun');
    assert.strictEqual(reasonOf('This decision ends a year of delays.'), 'demonstrative');
    assert.strictEqual(reasonOf('But the vote was close, with nine for and two against.'), 'connective');
    assert.strictEqual(reasonOf('However, the mayor abstained.'), 'connective');
    assert.strictEqual(reasonOf('On 14 March of that year the first stone was laid.'), 'date');
    assert.strictEqual(reasonOf('The next day the builders arrived at the harbour.'), 'date');
  });

  it('lets a sentence that stands alone pass', () => {
    assert.strictEqual(reasonOf('The mayor said his office would publish the plan.'), undefined);
    assert.strictEqual(reasonOf('It is not clear when the work will start.'), undefined);
    assert.strictEqual(reasonOf('This year the harbour took 300 boats.'), undefined);
    assert.strictEqual(reasonOf('In 1893 a storm broke the old wall, and later that year it was rebuilt.'), undefined);
    assert.strictEqual(reasonOf('So far the county has paid 1 million pounds.'), undefined);
    assert.strictEqual(reasonOf('Harwick has had a harbour wall since 1790.'), undefined);
    // A pronoun in an opening clause that the subject right after it names.
    assert.strictEqual(reasonOf('Despite her doubts, Ada Moss voted for the new wall.'), undefined);
    assert.strictEqual(reasonOf('In his report, Tom Reyes asked for a higher crest.'), undefined);
    assert.strictEqual(reasonOf('Since it opened in 1790, the Harwick quay has flooded twice.'), undefined);
    // ... but not a pronoun that is the subject's own, an object, or one before a quoted title.
    assert.strictEqual(reasonOf('His father, Tom Reyes, built the old wall.'), 'pronoun');
    assert.strictEqual(reasonOf('As all who know him agree, Harwick needs the wall.'), 'pronoun');
    assert.strictEqual(reasonOf('In his report, "Walls of Harwick", he asked for a higher crest.'), 'pronoun');
  });

  it('drops an opening connective when the rest of the sentence stands alone', () => {
    assert.strictEqual(trimmedOf('But the vote was close, with nine for and two against.'), 'The vote was close, with nine for and two against.');
    assert.strictEqual(trimmedOf('However, the mayor abstained.'), 'The mayor abstained.');
    assert.strictEqual(trimmedOf('In fact, the county pays most of the cost.'), 'The county pays most of the cost.');
    assert.strictEqual(trimmedOf('And Harwick will pay the rest.'), 'Harwick will pay the rest.');
    // The rest still leans back: a pronoun, another connective, an anaphoric date.
    assert.strictEqual(trimmedOf('But they voted nine to two for the new wall.'), undefined);
    assert.strictEqual(trimmedOf('And then the builders arrived.'), undefined);
    assert.strictEqual(trimmedOf('But the next day the builders arrived.'), undefined);
    // Not droppable: "Also" without its comma opens an inverted sentence; "Then", "So" carry meaning.
    assert.strictEqual(droppableOpening('Also killed was the mayor.'), undefined);
    assert.strictEqual(droppableOpening('Then the builders arrived.'), undefined);
    assert.deepStrictEqual(droppableOpening('At the same time, "costs rose".'), { rest: '"Costs rose".', words: 4 });
  });

  it('gives a trimmed sentence with the article\'s own words beside it', () => {
    const text = [
      'Harwick council voted on Monday to rebuild the harbour wall that winter storms broke in three places.',
      'Fishing boats will moor at the old quay in Penmarrow while the harbour wall is rebuilt by the council.',
      'But the harbour wall plan was opposed by the Penmarrow fishermen, who fear the council will close their quay.',
    ].join('\n\n');
    const doc = readArticle(text, 'plaintext');
    const trimmed = summarize(doc, 3).find((s) => s.untrimmed !== undefined);
    assert.ok(trimmed, 'the "But" sentence is chosen');
    assert.strictEqual(trimmed.text, 'The harbour wall plan was opposed by the Penmarrow fishermen, who fear the council will close their quay.');
    assert.strictEqual(trimmed.untrimmed, doc.sentences[trimmed.index].text);
    assert.strictEqual(text.slice(trimmed.start, trimmed.end), trimmed.untrimmed);
  });

  it('tells a quotation from a sentence that only contains one', () => {
    assert.strictEqual(isQuoteLed('"We have waited three winters for this," said Ada Moss.'), true);
    assert.strictEqual(isQuoteLed('Ada Moss said the fishermen "have waited three winters".'), false);
    assert.strictEqual(isBareQuote('"We have waited three winters for this."'), true);
    assert.strictEqual(isBareQuote('"We have waited," she said.'), false);
    assert.strictEqual(leavesQuoteOpen('She said: "We have waited three winters.'), true);
    assert.strictEqual(leavesQuoteOpen('She said: "We have waited three winters."'), false);
    assert.strictEqual(leavesQuoteOpen('She said: “We have waited three winters.'), true);
    // A sentence that only closes a quotation opened in the sentence before leaves none open.
    assert.strictEqual(leavesQuoteOpen('If the wall fails, we will lose the quay," Ada Moss said.'), false);
    assert.strictEqual(leavesQuoteOpen('She called the plan "late" and the cost "too high".'), false);
    assert.strictEqual(leavesQuoteOpen('The fishermen wrote: "We have waited" and "We will wait no longer.'), true);
  });

  it('never chooses a sentence that leans back without the sentence it leans on', () => {
    const doc = readArticle(HARBOUR, 'plaintext');
    for (let n = 1; n <= 7; n++) {
      const chosen = summarize(doc, n).map((s) => s.text);
      if (chosen.some((t) => t.startsWith('He said'))) assert.ok(chosen.some((t) => t.startsWith('The plan was drawn up')), `${n}: ${chosen.join(' | ')}`);
      assert.ok(chosen.length <= n);
    }
  });

  it('lets "He said ..." stand after a chosen sentence that names him when what is left out between names no one', () => {
    const text = [
      'Harbour master Tom Reyes warned on Monday that the Harwick harbour wall could fail within a year.',
      'The wall was broken in three places by the winter storms and has been patched twice since then.',
      'He said the wall would need new foundations along its whole length and a higher crest.',
      'Fishing boats will moor at the old quay in Penmarrow while the wall is rebuilt by the county.',
    ].join('\n\n');
    const links = new Sheet(readArticle(text, 'plaintext')).links();
    assert.deepStrictEqual(links.personal, [false, false, true, false]);
    assert.strictEqual(links.needs[2], 1);
    const chosen = (...c: number[]) => (j: number): boolean => c.includes(j);
    assert.strictEqual(resolvedByName(links, 2, chosen(0)), true);
    assert.strictEqual(resolvedByName(links, 2, chosen()), false);
    // A left-out sentence that names someone else: "He" may be that one.
    const other = text.replace('The wall was broken', 'Ada Moss said the wall was broken');
    assert.strictEqual(resolvedByName(new Sheet(readArticle(other, 'plaintext')).links(), 2, chosen(0)), false);
    // The summary's sentence before it names no one: nobody for "He" to be.
    const unnamed = text.replace('Harbour master Tom Reyes warned on Monday that the Harwick harbour wall', 'The harbour master warned on Monday that the wall');
    assert.strictEqual(resolvedByName(new Sheet(readArticle(unnamed, 'plaintext')).links(), 2, chosen(0)), false);
    // "They" and "It" are not read this way: their antecedent is as often a thing the left-out sentence names.
    const they = new Sheet(readArticle(text.replace('He said the wall', 'They said the wall'), 'plaintext')).links();
    assert.strictEqual(resolvedByName(they, 2, chosen(0)), false);
  });

  it('does not open a summary with a quotation', () => {
    const doc = readArticle(HARBOUR, 'plaintext');
    for (let n = 1; n <= 7; n++) {
      const chosen = summarize(doc, n);
      assert.ok(chosen.length > 0 && !chosen[0].text.startsWith('"'), `${n}: ${chosen[0]?.text}`);
    }
  });

  it('fits a summary to a word budget in whole sentences, and keeps the first sentence when it alone is longer', () => {
    const words = (t: string): number => t.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;
    for (const budget of [20, 35, 50, 80, 120]) {
      const a = analyze(HARBOUR, { words: budget, referenceDate: '2024-01-15' });
      const total = a.summary.reduce((n, s) => n + words(s.text), 0);
      assert.ok(a.summary.length >= 1);
      assert.ok(a.summary.length === 1 || total <= budget, `${budget}: ${total} words in ${a.summary.length} sentences`);
      const body = readArticle(HARBOUR, 'plaintext').sentences.filter((s) => s.kind === 'body').map((s) => s.text);
      for (const s of a.summary) assert.ok(body.includes(s.untrimmed ?? s.text), 'a whole sentence of the article');
    }
    const tiny = analyze(HARBOUR, { words: 5, referenceDate: '2024-01-15' });
    assert.strictEqual(tiny.summary.length, 1);
    const more = analyze(HARBOUR, { words: 120, referenceDate: '2024-01-15' });
    assert.ok(more.summary.length > analyze(HARBOUR, { words: 35, referenceDate: '2024-01-15' }).summary.length);
  });
});
