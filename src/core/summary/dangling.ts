// Does a sentence lean on the one before it? A summary is read without the article around it, so a chosen sentence
// that opens with a pronoun ("They were exposed ..."), a demonstrative ("This decision ..."), a connective ("But",
// "However", "Also") or holds an anaphoric date ("that year", "the next day") says little unless the sentence before
// it is chosen too. The pronouns are read from wink-nlp's part-of-speech tags; connectives and date phrases are lists.
// The detector was checked by hand on 50 development summaries (eval/summ/DANGLING.md).
import { MONTH_NAMES, MONTH_SHORT, SEASON_NAMES, SEASON_PART, WEEKDAY_NAMES } from '../lexicon';
import type { Sentence } from '../model';
import type { TokenStore } from '../tokens';

export type DanglingReason = 'pronoun' | 'demonstrative' | 'connective' | 'date' | 'quote';

/** Third-person pronouns that point back (first and second person are the speaker's own, in quotes). */
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'him', 'her', 'them', 'his', 'hers', 'its', 'their', 'theirs', 'himself', 'herself', 'themselves']);
const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those', 'such']);
/**
 * Words and phrases that, opening a sentence, join it to the one before: contrast, addition, consequence, sequence.
 * Each is matched at the start of the sentence as whole words, case-insensitively.
 */
export const CONNECTIVES: readonly string[] = [
  'but', 'however', 'also', 'and', 'yet', 'still', 'instead', 'moreover', 'furthermore', 'nevertheless', 'nonetheless',
  'therefore', 'thus', 'hence', 'so', 'besides', 'otherwise', 'likewise', 'similarly', 'then', 'later', 'afterwards',
  'afterward', 'again', 'even so', 'in addition', 'as a result', 'for example', 'for instance', 'indeed', 'in fact',
  'despite this', 'despite that', 'because of this', 'because of that', 'that said', 'on the other hand', 'by contrast',
  'in contrast', 'consequently', 'accordingly', 'meanwhile', 'in turn', 'as well', 'too', 'other', 'another', 'the other',
  'not only that', 'in the end', 'eventually', 'finally', 'first', 'second', 'third', 'after that', 'before that',
  'since then', 'until then', 'by then', 'at that point', 'at the same time', 'in response', 'earlier,',
];
const CONNECTIVE = new RegExp(`^(?:${[...CONNECTIVES].sort((a, b) => b.length - a.length).map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\d'’-])`, 'iu');
/** "Later this month" and "Then-President" are not connectives; "Other" opens an anaphoric comparison only alone. */
const NOT_CONNECTIVE = /^(?:later\s+(?:this|today|tonight|on|in)\b|then-|so\s+far\b|so\s+(?:many|much|long)\b|first\s+(?:lady|minister|degree|class|time|day|round|half|quarter|of all)\b|(?:second|third)\s+(?:degree|round|half|quarter)\b|still\s+(?:life)\b|other\s+(?:than)\b)/i;
const TIME_UNIT = `(?:day|week|month|year|night|morning|afternoon|evening|weekend|${SEASON_PART}|season|decade|time|moment|hour|date)s?`;
/**
 * Dates read against another sentence's date: "that year", "the next day", "the following week", "the same day",
 * "the day before", "two days later", "a week earlier", "by then". ("This year", "last week" are read against the
 * article's date, which a summary keeps.)
 */
const ANAPHORIC_DATE = new RegExp(
  `\\b(?:(?:that|those)\\s+${TIME_UNIT}|the\\s+(?:next|following|same|previous|preceding|prior)\\s+${TIME_UNIT}|the\\s+${TIME_UNIT}\\s+(?:before|after)\\b(?!\\s+(?:the|a|an|his|her|their|its|\\p{Lu}|\\d))|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|\\d+)\\s+(?:${TIME_UNIT})\\s+(?:later|earlier)\\b|by\\s+then\\b|until\\s+then\\b|since\\s+then\\b)`,
  'iu',
);
/**
 * A year before an anaphoric date in the same sentence gives it its anchor ("In 1893 ... later that year"); a month
 * does not ("On 14 March of that year": which year?).
 */
const ANCHOR = /\b(?:1[5-9]\d\d|20\d\d)\b/;
/** Nouns that cannot be the antecedent of a pronoun after them (time words: "On Friday, he said ..."); not "fall",
 *  which is a verb as often. */
const TIME_WORD = new RegExp(
  `^(?:${[...WEEKDAY_NAMES, ...MONTH_NAMES, ...MONTH_SHORT.filter((m) => m !== 'May'), 'Sept'].join('|')}|today|yesterday|tonight|week|weekend|month|year|day|night|morning|afternoon|evening|time|decade|century|hour|minute|${SEASON_NAMES.filter((s) => s !== 'fall').join('|')}|season)s?$`,
  'i',
);
const SKIPPED_POS = new Set(['PUNCT', 'SYM', 'SPACE', 'X']);
/** How many words from the sentence's start a pronoun without a noun before it counts as pointing back. */
const PRONOUN_WINDOW = 8;
/** "It is unclear whether ...", "It's hard to ...": an "it" that points forward, not back. */
const EXPLETIVE_IT = /^it(?:\s+|['’])(?:is|was|s|has\s+been|had\s+been|will\s+be|would\s+be|may\s+be|might\s+be|could\s+be|seems|seemed|appears|appeared|remains|remained|became|took|takes)\s+(?:\w+\s+){0,3}?(?:that|to|whether|how|why|when|what|if|unclear|not\s+clear|not\s+known|unknown|too\s+early|possible|likely|unlikely|time)\b/i;

/**
 * Opening connectives a summary may drop, because they only join the sentence to the one before it and the claim that
 * follows is whole ("But the company said ..." -> "The company said ..."; "However, police said ..." -> "Police
 * said ..."). "But", "And" and "Yet" are dropped as they stand; the others only with their comma ("Also, ..." but not
 * "Also killed was ...", "Still, ..." but not "Still the rain fell"). Connectives of sequence or consequence ("Then",
 * "So", "As a result") are not: they carry part of what the sentence says.
 */
const DROPPABLE = /^(?:(?:but|and|yet)\s+|(?:however|also|moreover|furthermore|in addition|indeed|in fact|meanwhile|nevertheless|nonetheless|still|besides|that said|even so|at the same time),\s*)(?=[\p{L}\d"“‘])/iu;

/** The sentence without its droppable opening connective, and how many words were dropped; undefined when it has none. */
export function droppableOpening(text: string): { readonly rest: string; readonly words: number } | undefined {
  const m = DROPPABLE.exec(text);
  if (!m) return undefined;
  const rest = text.slice(m[0].length).replace(/^([^\p{L}\d]*)(\p{Ll})/u, (_, lead: string, c: string) => lead + c.toUpperCase());
  return { rest, words: m[0].split(/[^\p{L}]+/u).filter((w) => w !== '').length };
}

/**
 * The sentence as a summary can give it on its own: without its opening connective when that is all it leans on
 * (`droppableOpening`, and the rest has no pronoun, demonstrative, connective or anaphoric date that points back);
 * undefined when it keeps its words (it stands alone as written, or leans back on more than its connective).
 */
export function trimmedText(sentence: Sentence, tokens: TokenStore): string | undefined {
  const opening = droppableOpening(sentence.text);
  if (!opening || opening.rest.length === 0) return undefined;
  return danglingReason(sentence, tokens, opening.words) === undefined ? opening.rest : undefined;
}

/** Why a sentence's text leans on the sentence before it, read from the words only (no tags): a connective or a date. */
function textReason(text: string): DanglingReason | undefined {
  const opening = text.replace(/^[\s"“”‘’'(\-–—]+/, '');
  if (CONNECTIVE.test(opening) && !NOT_CONNECTIVE.test(opening)) return 'connective';
  const date = ANAPHORIC_DATE.exec(text);
  if (date && !ANCHOR.test(text.slice(0, date.index))) return 'date';
  return undefined;
}

/**
 * Why `sentence` cannot be read without the sentence before it, or undefined when it stands alone. A pronoun counts
 * when it comes before any noun that could be its antecedent, within the first few words ("In March, they were ..."
 * but not "The minister said his ..."); "this", "that", "these", "those" and "such" when they open the sentence.
 * With `skipWords`, the sentence is read as if its first that many words (a droppable connective) were not there.
 */
export function danglingReason(sentence: Sentence, tokens: TokenStore, skipWords = 0): DanglingReason | undefined {
  const fromText = textReason(skipWords > 0 ? (droppableOpening(sentence.text)?.rest ?? sentence.text) : sentence.text);
  if (fromText) return fromText;
  return leaningWord(sentence, tokens, skipWords)?.reason;
}

/** Pronouns that name a person: their antecedent is a person, whom a summary names when it names anyone. */
const PERSONAL = new Set(['he', 'she', 'him', 'her', 'his', 'hers', 'himself', 'herself']);

/**
 * Does `sentence` lean back only by a personal pronoun ("He said ...", "Her lawyer ...")? Such a sentence reads on its
 * own in a summary that names the person in its sentence before, when what the summary leaves out between them names
 * no one else (see `personalLinks` in sheet.ts).
 */
export function leansByPersonalPronoun(sentence: Sentence, tokens: TokenStore, skipWords = 0): boolean {
  if (textReason(skipWords > 0 ? (droppableOpening(sentence.text)?.rest ?? sentence.text) : sentence.text)) return false;
  const found = leaningWord(sentence, tokens, skipWords);
  return found?.reason === 'pronoun' && PERSONAL.has(found.word);
}

/**
 * Proper nouns in tokens [from, to), lower case, without day and month names; with `outsideQuotes`, only those outside
 * quotation marks (a name a speaker mentions is not who "he" is).
 */
export function namesIn(tokens: TokenStore, from: number, to: number, outsideQuotes = false): string[] {
  const out: string[] = [];
  let quoted = false;
  for (let i = from; i < to; i++) {
    const text = tokens.textOf(i);
    if (/^["“”]$/.test(text)) quoted = text === '“' ? true : text === '”' ? false : !quoted;
    if (tokens.pos(i) !== 'PROPN' || (outsideQuotes && quoted)) continue;
    const word = text.toLowerCase();
    if (!TIME_WORD.test(word) && !out.includes(word)) out.push(word);
  }
  return out;
}

/** The opening pronoun or demonstrative (lower case) that makes `sentence` lean back, or undefined (see `danglingReason`). */
function leaningWord(sentence: Sentence, tokens: TokenStore, skipWords: number): { readonly reason: 'pronoun' | 'demonstrative'; readonly word: string } | undefined {
  const from = sentence.firstToken;
  const to = from + sentence.tokenCount;
  let words = 0;
  let skipped = 0;
  for (let i = from; i < to && words < PRONOUN_WINDOW; i++) {
    const pos = tokens.pos(i);
    if (SKIPPED_POS.has(pos)) continue;
    // The words of a dropped connective ("But", "In fact,") are not read: the sentence starts after them.
    if (skipped < skipWords) {
      skipped++;
      continue;
    }
    const word = tokens.textOf(i).toLowerCase();
    if (words === 0 && DEMONSTRATIVES.has(word) && pos !== 'SCONJ') {
      const next = nextWord(tokens, i + 1, to);
      if (!(word === 'this' && next !== undefined && TIME_WORD.test(next))) return { reason: 'demonstrative', word };
    }
    if (PRONOUNS.has(word) && (pos === 'PRON' || pos === 'DET')) {
      if (word === 'it' && EXPLETIVE_IT.test(tokens.text.slice(tokens.start(i), tokens.end(to - 1)))) return undefined;
      if (CATAPHORIC_PRONOUNS.has(word) && opensClause(tokens, from, to) && namedAfterClause(tokens, i + 1, to)) return undefined;
      return { reason: 'pronoun', word };
    }
    if ((pos === 'NOUN' || pos === 'PROPN') && !TIME_WORD.test(word)) return undefined;
    words++;
  }
  return undefined;
}

/** Singular pronouns that may point forward to the subject named after an opening clause. */
const CATAPHORIC_PRONOUNS = new Set(['he', 'she', 'his', 'her', 'it', 'its']);

/** Does the sentence open with a clause before its subject: a preposition, a conjunction, or "Asked ...", "Explaining ..."? */
function opensClause(tokens: TokenStore, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const pos = tokens.pos(i);
    if (SKIPPED_POS.has(pos)) continue;
    return pos === 'ADP' || pos === 'SCONJ' || (pos === 'VERB' && /(?:ing|ed)$/i.test(tokens.textOf(i)));
  }
  return false;
}

/**
 * Is the pronoun before `from`, in an opening clause, named right after it ("Despite her concerns, Ms Khan ...",
 * "When he was 15, González made ...", "Asked if he would stand again, Mr Hague replied ...")? It is when the first
 * comma after it is followed by a proper noun, or "the" and up to two adjectives and a proper noun: the sentence's
 * subject, whom the pronoun points forward to. ("As she learned in 2008, Bill Clinton ..." slips through: no genders.)
 */
function namedAfterClause(tokens: TokenStore, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (tokens.textOf(i) !== ',') continue;
    for (let j = i + 1, words = 0; j < to && words < 3; j++) {
      const pos = tokens.pos(j);
      // A quoted title after the comma is not the subject ('In his autobiography, "Prayer: ..." he described').
      if (/^["“”'‘’]$/.test(tokens.textOf(j))) return false;
      if (SKIPPED_POS.has(pos)) continue;
      if (pos === 'PROPN') return !TIME_WORD.test(tokens.textOf(j));
      if (!(words === 0 && tokens.textOf(j).toLowerCase() === 'the') && !(words > 0 && pos === 'ADJ')) return false;
      words++;
    }
    return false;
  }
  return false;
}

function nextWord(tokens: TokenStore, from: number, to: number): string | undefined {
  for (let i = from; i < to; i++) if (!SKIPPED_POS.has(tokens.pos(i))) return tokens.textOf(i).toLowerCase();
  return undefined;
}
