// Resolved temporal expressions + the sentences they stand in → dated events in chronological order.
// One entry per event: the same date mentioned twice for the same happening is one entry, two happenings on one
// date are two. Durations, sets and dates that name no calendar point ("now", "recently") are not events.
import { timelineDate } from './calendar';
import type { ArticleDoc, Sentence, Token } from './model';
import type { Mention, Timex, TimelineEntry } from './types';

/** What the timeline needs of a tagged expression. */
export interface DatedMention extends Timex {
  readonly sentenceIndex: number;
  readonly endValue?: string;
  /** The second expression of a range, told by the first one's `endValue`. */
  readonly rangeEnd?: boolean;
}

/** Sentence kinds whose dates are events (headlines and captions repeat the body; credits are not events). */
const EVENT_KINDS = new Set<Sentence['kind']>(['body', 'list']);

/**
 * `publication` is where the story's own date was read (a dateline's "Nov. 7"): that is when the story was
 * written, not an event in it.
 */
export function buildTimeline(doc: ArticleDoc, mentions: readonly DatedMention[], publication?: Mention): TimelineEntry[] {
  const candidates: Array<TimelineEntry & { readonly sortKey: string; readonly lemmas: Set<string> }> = [];
  for (const mention of mentions) {
    if ((mention.type !== 'DATE' && mention.type !== 'TIME') || mention.rangeEnd) continue;
    if (publication && mention.start < publication.end && publication.start < mention.end) continue;
    const sentence = doc.sentences[mention.sentenceIndex];
    if (!sentence || !EVENT_KINDS.has(sentence.kind)) continue;
    const date = timelineDate(mention.value);
    if (!date) continue;
    // The same date twice in one sentence is one event: skip it before the (costlier) phrase is cut.
    if (candidates.some((c) => c.sentence.index === sentence.index && c.date.value === date.value)) continue;
    const end = mention.endValue !== undefined ? timelineDate(mention.endValue) : undefined;
    const event = eventPhrase(doc, sentence, mention);
    candidates.push({
      date: { value: date.value, granularity: date.granularity, label: date.label },
      ...(end ? { endDate: { value: end.value, granularity: end.granularity, label: end.label } } : {}),
      event,
      sentence: { index: sentence.index, start: sentence.start, end: sentence.end },
      mention: { text: mention.text, start: mention.start, end: mention.end },
      sortKey: date.sortKey,
      lemmas: contentLemmas(sentence.tokens),
    });
  }
  const kept: typeof candidates = [];
  for (const candidate of candidates) {
    const same = kept.find((k) => k.date.value === candidate.date.value && sameEvent(k.lemmas, candidate.lemmas, k.sentence.index, candidate.sentence.index));
    if (!same) kept.push(candidate);
  }
  // A stable sort keeps text order among entries on the same date.
  kept.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
  return kept.map(({ sortKey: _s, lemmas: _l, ...entry }) => entry);
}

const IGNORED_LEMMAS = new Set(['say', 'tell', 'report', 'be', 'have', 'do', 'also', 'would', 'will', 'could']);

function contentLemmas(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) {
    if (t.stop || IGNORED_LEMMAS.has(t.lemma)) continue;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'VERB' || t.pos === 'ADJ' || t.pos === 'NUM') out.add(t.lemma);
  }
  return out;
}

/** Two mentions of one date tell of the same event when their sentences share most of their content words. */
function sameEvent(a: Set<string>, b: Set<string>, indexA: number, indexB: number): boolean {
  if (indexA === indexB) return true;
  let shared = 0;
  for (const lemma of a) if (b.has(lemma)) shared++;
  const smaller = Math.min(a.size, b.size);
  return smaller > 0 && shared / smaller >= 0.5;
}

/** A sentence this short is its own event phrase; a longer one is cut to the clause around the date. */
const WHOLE_SENTENCE_WORDS = 16;
const MAX_EVENT_WORDS = 24;
const CLAUSE_BREAK = new Set([';', ':', '—', '–', '--']);

/**
 * A short phrase saying what happened: the whole sentence when it is short, else the clause holding the date words,
 * widened to a neighbouring clause when the date's own clause has no verb.
 */
export function eventPhrase(doc: ArticleDoc, sentence: Sentence, mention: Timex): string {
  const tokens = sentence.tokens;
  if (wordCount(tokens) <= WHOLE_SENTENCE_WORDS) return cleanPhrase(sentence.text);
  const clauses = splitClauses(tokens);
  let at = clauses.findIndex((c) => c[0].start <= mention.start && mention.start < c[c.length - 1].end);
  if (at < 0) at = 0;
  // "..., lawyers said Tuesday": the date is when it was said, and what was said is the rest of the sentence.
  if (at > 0 && at === clauses.length - 1 && isAttribution(clauses[at])) {
    const whole = readable(doc, sentence.start, sentence.end);
    return cleanPhrase(wordCount(tokens) > MAX_EVENT_WORDS * 1.5 ? trimAround(whole, mention.text) : whole);
  }
  let from = at;
  let to = at;
  const hasVerb = (i: number) => clauses[i].some((t) => t.pos === 'VERB');
  while (!clauses.slice(from, to + 1).some((_c, i) => hasVerb(from + i)) && (from > 0 || to < clauses.length - 1)) {
    if (from > 0) from--;
    if (to < clauses.length - 1 && !hasVerb(from)) to++;
  }
  // A clause that starts with a relative "which"/"who" needs what it hangs on: the noun phrase just before it.
  let first = clauses[from][0];
  let words = 0;
  if (from > 0 && /^(which|who|whose|where)$/i.test(first.text)) {
    const head = trailingNounPhrase(clauses[from - 1]);
    if (head.length) first = head[0];
    else from--;
    words += head.length;
  }
  for (let i = from; i <= to; i++) words += wordCount(clauses[i]);
  if (from !== at && first === clauses[at][0]) first = clauses[from][0];
  const last = clauses[to][clauses[to].length - 1];
  const text = readable(doc, first.start, last.end);
  return cleanPhrase(words > MAX_EVENT_WORDS * 1.5 ? trimAround(text, mention.text) : text);
}

const NOUN_PHRASE_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM']);

/** The noun phrase a clause ends with ("... entering eastern Ukraine" → "eastern Ukraine"), or none. */
function trailingNounPhrase(clause: readonly Token[]): Token[] {
  let i = clause.length;
  while (i > 0 && NOUN_PHRASE_POS.has(clause[i - 1].pos)) i--;
  const phrase = clause.slice(i);
  return phrase.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN') ? phrase : [];
}

function wordCount(tokens: readonly Token[]): number {
  let n = 0;
  for (const t of tokens) if (t.pos !== 'PUNCT' && t.pos !== 'SYM') n++;
  return n;
}

const SAYING = new Set(['say', 'tell', 'announce', 'add', 'report', 'state', 'confirm', 'write', 'claim', 'according']);
const MAX_ATTRIBUTION_WORDS = 8;

/** A short closing clause that only says who said it: "lawyers for both sides said Tuesday", "the Kremlin said". */
function isAttribution(clause: readonly Token[]): boolean {
  return wordCount(clause) <= MAX_ATTRIBUTION_WORDS && clause.some((t) => SAYING.has(t.lemma) && (t.pos === 'VERB' || t.lower === 'according'));
}

/**
 * Splits at semicolons, colons and dashes, at commas before a new subject or a conjunction, and (in a long sentence) at
 * the comma before a closing attribution.
 */
function splitClauses(tokens: readonly Token[]): Token[][] {
  const clauses: Token[][] = [];
  let current: Token[] = [];
  const lastComma = lastIndexOf(tokens, ',');
  // Who said it stays in a phrase that is short enough; a long one gives it up before anything that happened.
  const attribution = wordCount(tokens) > MAX_EVENT_WORDS && lastComma > 0 && isAttribution(tokens.slice(lastComma + 1)) ? lastComma : -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    const breaks = CLAUSE_BREAK.has(t.text) || i === attribution || (t.text === ',' && next !== undefined && (next.pos === 'CCONJ' || next.pos === 'SCONJ' || /^(which|who|while|as|after|before|when|but)$/i.test(next.text)));
    if (breaks) {
      if (current.length) clauses.push(current);
      current = [];
      continue;
    }
    current.push(t);
  }
  if (current.length) clauses.push(current);
  return clauses.length ? clauses : [tokens.slice()];
}

function lastIndexOf(tokens: readonly Token[], text: string): number {
  for (let i = tokens.length - 1; i >= 0; i--) if (tokens[i].text === text) return i;
  return -1;
}

function readable(doc: ArticleDoc, start: number, end: number): string {
  return doc.plain.slice(start, end).replace(/\s+/g, ' ').trim();
}

function trimAround(text: string, dateWords: string): string {
  const words = text.split(' ');
  const at = Math.max(0, words.findIndex((w) => dateWords.includes(w.replace(/[^\w]/g, '')) && w.length > 1));
  const from = Math.max(0, at - Math.floor(MAX_EVENT_WORDS / 2));
  const slice = words.slice(from, from + MAX_EVENT_WORDS).join(' ');
  return (from > 0 ? '… ' : '') + slice + (from + MAX_EVENT_WORDS < words.length ? ' …' : '');
}

/** Drops unbalanced quotes and trailing punctuation that the cut left. */
function cleanPhrase(text: string): string {
  let s = text.replace(/^[\s,;:—–-]+|[\s,;:—–-]+$/g, '');
  for (const [open, close] of [['“', '”'], ['(', ')']]) {
    if (s.split(open).length !== s.split(close).length) s = s.split(open).join('').split(close).join('');
  }
  if ((s.match(/"/g) ?? []).length % 2 === 1) s = s.replace(/"/g, '');
  s = s.trim();
  // A phrase cut from mid-sentence reads as a phrase of its own ("eastern Ukraine, which ..." → "Eastern Ukraine, ...").
  return s.charAt(0).toUpperCase() + s.slice(1);
}
