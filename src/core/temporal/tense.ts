// The tense of the clause around a date, from the nearest verb and its auxiliaries: it places "Friday" before or
// after the reference date.
import type { Sentence, Token } from '../model';
import type { Tense } from './dates';

const FUTURE_MARKERS = new Set(['will', "'ll", 'wo', 'shall', '’ll', 'would']);
/** Past participles that still point ahead: "scheduled to close Monday", "planned to leave Thursday". */
const FUTURE_GOVERNORS = new Set(['scheduled', 'set', 'expected', 'planned', 'slated', 'supposed', 'poised', 'prepared', 'due', 'likely', 'ready', 'going', 'intended', 'hoped', 'agreed', 'promised', 'vowed', 'pledged', 'threatened', 'decided']);
const PAST_AUX = new Set(['was', 'were', 'had', 'did', "'d"]);
const IRREGULAR_PAST = new Set([
  'said', 'told', 'made', 'went', 'came', 'took', 'gave', 'found', 'left', 'began', 'became', 'fell', 'rose', 'held', 'met',
  'saw', 'got', 'paid', 'sold', 'bought', 'won', 'lost', 'led', 'ran', 'set', 'put', 'cut', 'hit', 'shot', 'struck', 'spoke',
  'wrote', 'broke', 'brought', 'thought', 'knew', 'felt', 'kept', 'sent', 'spent', 'built', 'fought', 'caught', 'taught', 'sought',
  'stood', 'understood', 'chose', 'drove', 'flew', 'grew', 'drew', 'threw', 'wore', 'woke', 'forgot', 'hid', 'slid', 'swore',
  // More simple pasts ("the economy shrank in the fourth quarter"); only forms no participle shares, so a passive
  // after "is" ("when the case is heard in May") stays present.
  'shrank', 'sank', 'sang', 'rang', 'drank', 'swam', 'stole', 'froze', 'rode', 'ate', 'shook', 'forbade', 'withdrew', 'undertook',
  'overtook', 'mistook', 'arose', 'awoke', 'forgave', 'sprang', 'tore', 'bore', 'wove', 'strove', 'slew', 'stank', 'oversaw', 'foresaw',
]);

/** Verb and auxiliary token indices of each sentence, found once per sentence (a sentence can hold many dates). */
const verbCache = new WeakMap<Sentence, number[]>();

function verbsOf(sentence: Sentence): number[] {
  let verbs = verbCache.get(sentence);
  if (!verbs) {
    verbs = [];
    sentence.tokens.forEach((t, i) => {
      if (t.pos === 'VERB' || t.pos === 'AUX') verbs!.push(i);
    });
    verbCache.set(sentence, verbs);
  }
  return verbs;
}

/** The verb nearest an offset, as the tense reads it: a token index, or -1 when the sentence has none. */
function nearestVerb(sentence: Sentence, offset: number): number {
  const tokens = sentence.tokens;
  const verbs = verbsOf(sentence);
  // The last verb ending before the offset and the first one after it are the only candidates.
  let lo = 0;
  let hi = verbs.length - 1;
  let before = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[verbs[mid]].end <= offset) {
      before = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const candidates = [before, before + 1].filter((k) => k >= 0 && k < verbs.length).map((k) => verbs[k]);
  let nearest = -1;
  let distance = Infinity;
  for (const i of candidates) {
    const t = tokens[i];
    // A verb before the date binds more often than one after it ("said Friday that he would ...").
    const d = t.end <= offset ? offset - t.end : (t.start - offset) * 1.5;
    if (d < distance) {
      distance = d;
      nearest = i;
    }
  }
  return nearest;
}

/**
 * The words the tense is read from, for a date's explanation: "as soon as", "effective" or "until" before the date,
 * else the nearest verb with the auxiliaries before it ("will open", "said"). Undefined when the sentence has no verb.
 */
export function tenseCue(sentence: Sentence, offset: number): string | undefined {
  const tokens = sentence.tokens;
  let i = tokens.length - 1;
  while (i >= 0 && tokens[i].end > offset) i--;
  if (pointsAhead(tokens, offset)) return tokens[i].lower === 'as' ? tokens.slice(i - 2, i + 1).map((t) => t.text).join(' ') : tokens[i].text;
  const verb = nearestVerb(sentence, offset);
  if (verb < 0) return undefined;
  let first = verb;
  while (first > 0 && verb - first < 3 && (tokens[first - 1].pos === 'AUX' || tokens[first - 1].lower === 'to' || tokens[first - 1].pos === 'PART')) first--;
  return tokens.slice(first, verb + 1).map((t) => t.text).join(' ');
}

/** The tense of the clause around an offset, from the nearest verb and its auxiliaries. */
export function tenseAt(sentence: Sentence, offset: number): Tense {
  const tokens = sentence.tokens;
  const verbs = verbsOf(sentence);
  const nearest = nearestVerb(sentence, offset);
  if (pointsAhead(tokens, offset)) return 'future';
  if (nearest < 0) return 'present';
  const verb = tokens[nearest];
  // "is scheduled to close Monday", "planned to leave on Thursday": an infinitive points ahead of its clause,
  // unless what governs it is itself past ("declined to comment Saturday", "had been due to expire Friday").
  if (nearest > 0 && verb.end <= offset && tokens[nearest - 1].lower === 'to' && verb.lower === verb.lemma) {
    const governor = tokens[nearest - 2];
    // "staged celebrations to mark the entry on Friday": a purpose infinitive after a noun takes the main verb's tense.
    if (governor && NOMINAL.has(governor.pos)) {
      const k = verbs.indexOf(nearest);
      if (k > 0) return clauseTense(tokens, verbs[k - 1]);
    }
    // "were planning to drive on Monday": a progressive's auxiliary is the plan's, not the infinitive's.
    if (governor && /ing$/.test(governor.lower) && !FUTURE_MARKERS.has(tokens[nearest - 3]?.lower ?? '')) return 'future';
    const tense = auxiliaryTense(tokens, nearest);
    if (tense) return tense;
    return !governor || !isPastForm(governor) || FUTURE_GOVERNORS.has(governor.lower) ? 'future' : 'past';
  }
  return auxiliaryTense(tokens, nearest) ?? (isPastForm(verb) ? 'past' : 'present');
}

const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON']);

/** The tense the auxiliaries before a verb give ("will", "had", "going to"), if any. */
function auxiliaryTense(tokens: readonly Token[], index: number): Tense | undefined {
  for (let i = Math.max(0, index - 4); i <= index; i++) {
    const t = tokens[i];
    if (FUTURE_MARKERS.has(t.lower)) return 'future';
    if (t.lower === 'going' && tokens[i + 1]?.lower === 'to') return 'future';
    if (PAST_AUX.has(t.lower)) return 'past';
    // The present perfect places its dates in the past ("have been searching since the Oct. 23 slaying"); not "has to".
    if (PERFECT_AUX.has(t.lower) && i < index && tokens[i + 1]?.lower !== 'to') return 'past';
  }
  return undefined;
}

const PERFECT_AUX = new Set(['has', 'have', "'ve", '’ve']);

/** The tense of a verb from its auxiliaries or its own form. */
function clauseTense(tokens: readonly Token[], index: number): Tense {
  return auxiliaryTense(tokens, index) ?? (isPastForm(tokens[index]) ? 'past' : 'present');
}

/** "as soon as Tuesday", "as early as next week", "effective Feb. 1": a date still ahead, whatever the verb. */
function pointsAhead(tokens: readonly Token[], offset: number): boolean {
  let i = tokens.length - 1;
  while (i >= 0 && tokens[i].end > offset) i--;
  if (i >= 0 && tokens[i].lower === 'effective') return true; // "effective Feb. 1"
  if (i >= 0 && (tokens[i].lower === 'until' || tokens[i].lower === 'till') && defersTo(tokens, i)) return true;
  return i >= 2 && tokens[i].lower === 'as' && (tokens[i - 1].lower === 'soon' || tokens[i - 1].lower === 'early') && tokens[i - 2].lower === 'as';
}

/** Verbs that move something to a later date: "extended the offer until Nov. 9", "postponed until Tuesday morning". */
const DEFERRING = new Set(['extend', 'postpone', 'delay', 'defer', 'give', 'adjourn', 'push', 'recess', 'grant', 'allow']);

/** Is the "until" at `i` the new date of a deferral ("has given the relatives until 9 a.m. Tuesday"), a date still
 *  ahead, rather than the end of a stretch ("remained closed until Tuesday", "it was not until Tuesday")? */
function defersTo(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 8); k--) {
    const t = tokens[k];
    if (t.pos === 'PUNCT') return false;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && DEFERRING.has(t.lemma)) return true;
  }
  return false;
}

function isPastForm(t: Token): boolean {
  if (t.lower === t.lemma) return false;
  return t.lower.endsWith('ed') || IRREGULAR_PAST.has(t.lower);
}
