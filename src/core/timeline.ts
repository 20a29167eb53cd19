// Resolved temporal expressions + the sentences they stand in → dated events in chronological order.
// One entry per event: the same date mentioned twice for the same happening is one entry, two happenings on one
// date are two. Durations, sets and dates that name no calendar point ("now", "recently") are not events.
import { timelineDate } from './calendar';
import { isWhitespace, trimCodes } from './chars';
import type { ArticleDoc, Sentence, Token } from './model';
import { rarestFirst, SameEventIndex } from './same-event';
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
  /** Sentence index and date of each candidate: one look-up per mention (a scan of the candidates was quadratic). */
  const seen = new Set<string>();
  for (const mention of mentions) {
    if ((mention.type !== 'DATE' && mention.type !== 'TIME') || mention.rangeEnd) continue;
    if (publication && mention.start < publication.end && publication.start < mention.end) continue;
    const sentence = doc.sentences[mention.sentenceIndex];
    if (!sentence || !EVENT_KINDS.has(sentence.kind)) continue;
    const date = timelineDate(mention.value);
    if (!date) continue;
    // The same date twice in one sentence is one event: skip it before the (costlier) phrase is cut.
    const key = `${sentence.index} ${date.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const end = mention.endValue !== undefined ? timelineDate(mention.endValue) : undefined;
    const event = eventPhrase(doc, sentence, mention);
    candidates.push({
      date: { value: date.value, granularity: date.granularity, label: date.label },
      ...(end ? { endDate: { value: end.value, granularity: end.granularity, label: end.label } } : {}),
      event,
      sentence: { index: sentence.index, start: sentence.start, end: sentence.end },
      mention: { text: mention.text, start: mention.start, end: mention.end },
      ...(mention.mod ? { mod: mention.mod } : {}),
      ...(mention.explanation ? { explanation: mention.explanation } : {}),
      sortKey: date.sortKey,
      lemmas: contentLemmas(sentence.tokens),
    });
  }
  const kept: typeof candidates = [];
  // Kept entries by date: a candidate is compared with those of its own date only, and of those only with the ones
  // that may share its words (all of them was quadratic).
  const keptByDate = new Map<string, SameEventIndex>();
  const rank = rarestFirst(candidates.map((c) => c.lemmas));
  // On a web page, a sentence repeated word for word on one day is one event, even when one copy gives the time of day
  // ("2024-03-04T15:04" and "2024-03-04"): web pages repeat the standfirst or a quoted line.
  const keptRepeats = new Set<string>();
  for (const candidate of candidates) {
    const repeat = doc.format === 'html' ? repeatKey(doc, candidate.sentence.index, candidate.date.value) : undefined;
    if (repeat !== undefined && keptRepeats.has(repeat)) continue;
    const sameDate = keptByDate.get(candidate.date.value) ?? new SameEventIndex(rank);
    if (!sameDate.has(candidate.lemmas, candidate.sentence.index)) {
      kept.push(candidate);
      sameDate.add(candidate.lemmas, candidate.sentence.index);
      keptByDate.set(candidate.date.value, sameDate);
      if (repeat !== undefined) keptRepeats.add(repeat);
    }
  }
  // A stable sort keeps text order among entries on the same date.
  kept.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
  return kept.map(({ sortKey: _s, lemmas: _l, ...entry }) => entry);
}

/** The sentence's words and the day of `value` (a date with a day, maybe a time); undefined for a coarser date. */
function repeatKey(doc: ArticleDoc, sentenceIndex: number, value: string): string | undefined {
  const day = /^\d{4}-\d\d-\d\d/.exec(value);
  const text = doc.sentences[sentenceIndex]?.text;
  return day && text ? `${day[0]} ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()}` : undefined;
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
  // Whether [from, to] has a verb is kept as it widens: asking of the whole span each step was quadratic in the clauses
  // (100,000 commas in one dated sentence, issue 22).
  let verb = hasVerb(at);
  while (!verb && (from > 0 || to < clauses.length - 1)) {
    if (from > 0) {
      from--;
      verb = hasVerb(from);
    }
    if (to < clauses.length - 1 && !hasVerb(from)) {
      to++;
      verb = verb || hasVerb(to);
    }
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
  if (words > NARROW_WORDS) {
    const span = tokens.filter((t) => t.start >= first.start && t.end <= last.end);
    const narrow = narrowToDate(doc, span, mention);
    if (narrow !== undefined) return cleanPhrase(wordCountOf(narrow) > MAX_EVENT_WORDS * 1.5 ? trimAround(narrow, mention.text) : narrow);
  }
  const text = readable(doc, first.start, last.end);
  return cleanPhrase(words > MAX_EVENT_WORDS * 1.5 ? trimAround(text, mention.text) : text);
}

/** Past this many words, a clause is narrowed to its comma-separated part that holds the date (`narrowToDate`). */
const NARROW_WORDS = 20;

/**
 * The part of a long clause that tells the dated event, cut at its commas: "The river burst its banks on Monday night,
 * flooding ..., the council said on Wednesday, a week after ..." → "The river burst its banks on Monday night". A part
 * that only says who said it keeps what was said before it; a relative part keeps the noun it hangs on ("The barrier,
 * which was built in 1978"); a part without a verb ("On Monday,") takes the next part that has one; a predicate
 * without its subject ("..., was due to be replaced next year") takes the clause's opening noun phrase. Undefined when
 * the clause has no commas, or the part would be no shorter.
 */
function narrowToDate(doc: ArticleDoc, span: readonly Token[], mention: Timex): string | undefined {
  const parts = splitAtCommas(span, mention);
  if (parts.length < 2) return undefined;
  const at = parts.findIndex((p) => p[0].start <= mention.start && mention.start < p[p.length - 1].end);
  if (at < 0) return undefined;
  const text =
    at > 0 && isAttribution(untilComma(parts[at]))
      ? sayingPhrase(doc, parts, at, mention)
      : at > 0 && RELATIVE.test(parts[at][0].text)
        ? relativePhrase(doc, parts, at)
        : mainPhrase(doc, parts, at, mention, span[0]);
  return text !== undefined && wordCountOf(text) < wordCount(span) ? text : undefined;
}

const RELATIVE = /^(which|who|whose|where)$/i;

/** "..., the council said on Wednesday": what was said, and the saying. */
function sayingPhrase(doc: ArticleDoc, parts: readonly Token[][], at: number, mention: Timex): string | undefined {
  const saying = untilComma(parts[at]);
  // "..., said Ana Bonnin, one of the exiles who marched Monday": the date is not the saying's.
  if (lastOf(saying).end < mention.end) return undefined;
  return readable(doc, parts[0][0].start, lastOf(saying).end);
}

/** "The barrier, which was built in 1978": the relative part with the noun it hangs on. */
function relativePhrase(doc: ArticleDoc, parts: readonly Token[][], at: number): string | undefined {
  const head = trailingNounPhrase(parts[at - 1]);
  return head.length ? readable(doc, head[0].start, lastOf(parts[at]).end) : undefined;
}

/**
 * The part with the date as a clause of its own: with the main clause after an opening phrase, with its subject, or
 * without the saying that introduces it.
 */
function mainPhrase(doc: ArticleDoc, parts: readonly Token[][], at: number, mention: Timex, first: Token): string | undefined {
  const hasVerb = (p: readonly Token[]) => p.some((t) => isVerb(t, first));
  let to = at;
  // "On Monday, ...", "Speaking on Wednesday, ...": the event is the main clause that follows.
  if (at === 0 && (!hasVerb(parts[0]) || isParticiple(parts[0][0]) || parts[0][0].pos === 'ADP')) {
    while (to < parts.length - 1 && (to === at || !hasVerb(parts[to]))) to++;
    if (!hasVerb(parts[to])) return undefined;
  } else if (!hasVerb(parts[at])) {
    return undefined;
  }
  // "... when Mehmet Karaca, the rector, said he would": a predicate after an aside in the date's part is its own.
  if (to + 1 < parts.length && untilComma(parts[at]).length < parts[at].length && opensPredicate(parts[to + 1][0])) to++;
  const part = parts[at];
  // "..., adding that she had written in January": what was said, without the saying.
  const said = part.length > 2 && part[0].pos === 'VERB' && SAYING.has(part[0].lemma) && part[1].lower === 'that';
  // "..., ending a closure that began in March 2022": the date is the closure's, not the ending's.
  const relativeAt = part.findIndex((t) => /^(that|which|who)$/i.test(t.text));
  const dateOfNoun = at > 0 && isParticiple(part[0]) && relativeAt > 1 && part[relativeAt].start < mention.start;
  const opening = said ? part[2] : dateOfNoun ? part[1] : part[0];
  // "..., paying £328m for a rival last August": whose paying it was is in another part; keep the whole clause.
  if (at > 0 && !dateOfNoun && isParticiple(opening)) return undefined;
  // The noun's clause ends at the first comma after the date ("sales that shrank revenue this year, Control Data is").
  const nounEnd = dateOfNoun ? part.findIndex((t) => t.text === ',' && t.start >= mention.end) : -1;
  const text = readable(doc, opening.start, nounEnd > 0 ? part[nounEnd - 1].end : lastOf(parts[to]).end);
  if (at === 0 || said || dateOfNoun || !opensPredicate(opening)) return text;
  // "The barrier, which ..., was due to be replaced next year": the predicate takes the clause's opening noun phrase,
  // when only asides stand between ("The plan, backed by ..., is"), without its apposition ("Mr Kilroy-Silk, an MEP,").
  const asides = parts.slice(1, at).every((p) => RELATIVE.test(p[0].text) || p[0].pos === 'VERB');
  const subject = untilComma(parts[0]);
  if (!asides || !NOUN_PHRASE_START.has(subject[0].pos) || hasVerb(subject) || subject.some((t) => t.pos === 'AUX')) return undefined;
  return `${readable(doc, subject[0].start, lastOf(subject).end)} ${text}`;
}

/**
 * Cuts a clause at the commas that open a new part of it: a participle ("..., ending a closure"), "according to", a
 * relative clause, a predicate after an aside ("The barrier, which ..., was due"), a closing attribution, or what
 * follows an opening phrase ("On Monday, ...", "Speaking on Wednesday, ..."). Commas in lists, in appositions and
 * inside the date ("Aug. 7, 1998") cut nothing.
 */
function splitAtCommas(tokens: readonly Token[], mention: Timex): Token[][] {
  const parts: Token[][] = [];
  let current: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const opening = parts.length === 0 && mention.start < t.start ? current : undefined;
    if (t.text === ',' && current.length && !(mention.start < t.start && t.end <= mention.end) && opensPart(tokens, i, opening)) {
      parts.push(current);
      current = [];
    } else if (t.text !== ',' || current.length) current.push(t);
  }
  if (current.length) parts.push(current);
  return parts;
}

/** Does the comma at `i` open a new part (see `splitAtCommas`)? `opening`: the clause's first part, when it holds the date. */
function opensPart(tokens: readonly Token[], i: number, opening: readonly Token[] | undefined): boolean {
  const next = tokens[i + 1];
  if (next === undefined) return false;
  if (opening && (opening[0].pos === 'ADP' || isParticiple(opening[0])) && NOUN_PHRASE_START.has(next.pos)) return true;
  if ((isParticiple(next) && !CAPITALISED.test(next.text)) || next.lower === 'according' || RELATIVE.test(next.text)) return true;
  if (opensPredicate(next)) return true;
  let end = i + 1;
  while (end < tokens.length && tokens[end].text !== ',') end++;
  return isAttribution(tokens.slice(i + 1, end));
}

/** A finite verb or an auxiliary: the start of a predicate ("was due", "resigned"), not of a participle clause. */
function opensPredicate(t: Token): boolean {
  return t.pos === 'AUX' || (t.pos === 'VERB' && !isParticiple(t) && !CAPITALISED.test(t.text));
}

const CAPITALISED = /^\p{Lu}/u;

/** A verb, but not a capitalised word inside the clause that the tagger took for one ("James Ford/VERB"). */
function isVerb(t: Token, first: Token): boolean {
  return t.pos === 'VERB' && (t === first || !CAPITALISED.test(t.text));
}

/** Where a subject or a main clause may start. */
const NOUN_PHRASE_START = new Set(['DET', 'PROPN', 'NOUN', 'PRON', 'ADJ', 'NUM']);

/** A part's tokens before its first comma (its head, without an apposition or a list). */
function untilComma(part: readonly Token[]): readonly Token[] {
  const comma = part.findIndex((t) => t.text === ',');
  return comma > 0 ? part.slice(0, comma) : part;
}

function isParticiple(t: Token): boolean {
  return t.pos === 'VERB' && t.lower.endsWith('ing');
}

function lastOf(tokens: readonly Token[]): Token {
  return tokens[tokens.length - 1];
}

function wordCountOf(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
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
    // ", and signed artists" opens a clause; ", and Dar es Salaam" ends a list.
    const conjunction = next !== undefined && (next.pos === 'CCONJ' ? hasVerbBeforeComma(tokens, i + 1) : next.pos === 'SCONJ' || /^(which|who|while|as|after|before|when|but)$/i.test(next.text));
    const breaks = CLAUSE_BREAK.has(t.text) || i === attribution || (t.text === ',' && conjunction);
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

function hasVerbBeforeComma(tokens: readonly Token[], from: number): boolean {
  for (let i = from; i < tokens.length && tokens[i].text !== ','; i++) if (tokens[i].pos === 'VERB' || tokens[i].pos === 'AUX') return true;
  return false;
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

/** `/[\s,;:—–-]/`: what a cut leaves at a phrase's ends. */
export function isClauseEdge(code: number): boolean {
  return isWhitespace(code) || code === 44 || code === 59 || code === 58 || code === 0x2014 || code === 0x2013 || code === 45;
}

/** Drops unbalanced quotes and trailing punctuation that the cut left. */
function cleanPhrase(text: string): string {
  // By hand, not `/^[…]+|[…]+$/`: 100,000 commas in a dated sentence took 50 s in that regex.
  let s = trimCodes(text, isClauseEdge);
  for (const [open, close] of [['“', '”'], ['(', ')']]) {
    if (s.split(open).length !== s.split(close).length) s = s.split(open).join('').split(close).join('');
  }
  if ((s.match(/"/g) ?? []).length % 2 === 1) s = s.replace(/"/g, '');
  // "..., and workers have walked out on 18 days": the clause without the word that joined it to the one before.
  s = s.trim().replace(/^(?:and|or|but)\s+(?=\S)/i, '');
  // A phrase cut from mid-sentence reads as a phrase of its own ("eastern Ukraine, which ..." → "Eastern Ukraine, ...").
  return s.charAt(0).toUpperCase() + s.slice(1);
}
