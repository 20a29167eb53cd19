// The scorer's view of an article: its usable body sentences, each with its features and, for the few that are
// compared, its TF-IDF vector and key terms.
import { MONTH_CAPTURED, WEEKDAY_FULL } from '../lexicon';
import type { ArticleDoc, Sentence } from '../model';
import type { Links } from './choose';
import { danglingReason, droppableOpening, leansByPersonalPronoun, namesIn, trimmedText } from './dangling';
import { isBareQuote, isQuoteLed, leavesQuoteOpen } from './quotes';
import { centralityOf, cosineOfRange, countTerms, maxOf, squaredNormOfMap, TermTable, WORD_POS_EXCLUDED, wordCount, type Candidate } from './terms';

const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'we']);
const QUOTES = /["“”]/;
/**
 * Text that cannot stand alone as a summary sentence: a line that only introduces what follows ("Here's how it's
 * unfolding: .") or only gives a date ("April 23, 2015 ."), or a fragment (below). CNN/DM dev summaries chose all three.
 */
const INTRODUCES = /:\s*[.]?\s*$/;
const DATE_ONLY = new RegExp(`^\\s*(?:${WEEKDAY_FULL},?\\s+)?${MONTH_CAPTURED}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\s*[.]?\\s*$`, 'i');

/**
 * A sentence that opens with a lower-case word is the tail of a sentence cut in the wrong place ("com, because the
 * mother ...", "said a professor ..."): 46 body sentences of the CNN/DM dev split, none a whole sentence. Sentence
 * splitting now joins most back (`continuesSentence` in article.ts); 2 remain there ('... in any other way." she
 * says.') and 47 in BBC dev (mostly names missing from its texts). A brand written in lower case ("iPhone", "eBay")
 * still starts a sentence.
 */
const FRAGMENT = /^[\p{Ll}][\p{Ll}'’-]*(?![\p{L}])/u;

export function standsAlone(text: string): boolean {
  return !INTRODUCES.test(text) && !DATE_ONLY.test(text) && !FRAGMENT.test(text);
}

/** Sentences shorter than this say too little to stand alone (the article's first sentence excepted). */
const MIN_WORDS = 5;

export interface Raw {
  readonly sentence: Sentence;
  /** The sentence as the summary gives it: without an opening connective it only leaned back by (`trimmedText`). */
  readonly text: string;
  readonly rank: number;
  readonly words: number;
  /** The first body sentence of its paragraph (a dateline or caption before it does not count). */
  readonly opensParagraph: boolean;
  /** Proper-noun tokens. */
  readonly names: number;
  /** Does the first word look back ("He", "It", "They")? */
  readonly pronounStart: boolean;
  /** Does it lean on the body sentence before it (a pronoun, connective, anaphoric date, continued quotation)? */
  readonly leansBack: boolean;
  /** Mostly a quotation: it does not open a summary. */
  readonly quoteLed: boolean;
  /** It leans back only by a personal pronoun ("He said ...", "But his lawyer ..."): see `Links.personal`. */
  readonly personal: boolean;
  /** Its proper nouns, and those of the body sentences left out of the candidates just before it (lower case). */
  readonly nameList: readonly string[];
  readonly gapNames: readonly string[];
  /** Does it name anyone outside quotation marks (whom a personal pronoun after it can be)? */
  readonly namesSomeone: boolean;
}

/** Body sentences of a usable length, read from the token store (no token objects are built for scoring). */
function rawCandidates(doc: ArticleDoc, terms: TermTable): Raw[] {
  const tokens = doc.tokens;
  const out: Raw[] = [];
  const counts = new Map<number, number>();
  let rank = 0;
  let paragraph = -1;
  let previousText = '';
  let gapNames: string[] = [];
  for (const sentence of doc.sentences) {
    if (sentence.kind !== 'body') continue;
    const quoteOpen = leavesQuoteOpen(previousText);
    previousText = sentence.text;
    const from = sentence.firstToken;
    const to = from + sentence.tokenCount;
    const words = wordCount(tokens, from, to);
    const thisRank = rank++;
    const opensParagraph = sentence.paragraph !== paragraph;
    paragraph = sentence.paragraph;
    if (!standsAlone(sentence.text) || (words < MIN_WORDS && !(thisRank === 0 && words >= 3))) {
      for (const name of namesIn(tokens, from, to)) if (!gapNames.includes(name)) gapNames.push(name);
      continue;
    }
    let names = 0;
    let first = -1;
    for (let i = from; i < to; i++) {
      const pos = tokens.pos(i);
      if (pos === 'PROPN') names++;
      if (first < 0 && !WORD_POS_EXCLUDED.has(pos)) first = i;
    }
    const pronounStart = first >= 0 && PRONOUNS.has(tokens.textOf(first).toLowerCase());
    counts.clear();
    terms.add(countTerms(tokens, from, to, counts));
    const continuesQuote = quoteOpen || isBareQuote(sentence.text);
    const reason = thisRank > 0 ? danglingReason(sentence, tokens) : undefined;
    // "But the company said ..." reads on its own as "The company said ...": the summary drops the connective.
    let trimmed = reason === 'connective' && !continuesQuote ? trimmedText(sentence, tokens) : undefined;
    const leansBack = thisRank > 0 && (continuesQuote || (reason !== undefined && trimmed === undefined));
    let personal = false;
    if (leansBack && !continuesQuote && reason === 'pronoun') personal = leansByPersonalPronoun(sentence, tokens);
    else if (leansBack && !continuesQuote && reason === 'connective') {
      // "But he said ...": without its connective, it leans back by its pronoun alone.
      const opening = droppableOpening(sentence.text);
      if (opening && opening.rest !== '' && leansByPersonalPronoun(sentence, tokens, opening.words)) {
        personal = true;
        trimmed = opening.rest;
      }
    }
    const quoteLed = continuesQuote || isQuoteLed(sentence.text);
    const nameList = namesIn(tokens, from, to);
    const namesSomeone = nameList.length > 0 && namesIn(tokens, from, to, true).length > 0;
    out.push({ sentence, text: trimmed ?? sentence.text, rank: thisRank, words, opensParagraph, names, pronounStart, leansBack, quoteLed, personal, nameList, gapNames, namesSomeone });
    gapNames = [];
  }
  terms.trim();
  return out;
}

/** The headline's terms: heading lines before the first body sentence. */
function headlineTerms(doc: ArticleDoc): Map<number, number> {
  const counts = new Map<number, number>();
  for (const s of doc.sentences) {
    if (s.kind === 'body') break;
    if (s.kind === 'heading') countTerms(doc.tokens, s.firstToken, s.firstToken + s.tokenCount, counts);
  }
  return counts;
}

/**
 * The scorer's view of an article: its usable body sentences, each with its features (`featuresOf`) and, for the
 * few that are compared, its TF-IDF vector and key terms (`termsOf`). Nothing per sentence is kept beyond the term
 * table and two numbers, so a long document's summary holds a few MB, not one object graph per sentence (the
 * candidates of 5 MB of CNN/DM text held 24 MB).
 */
export class Sheet {
  readonly raws: Raw[];
  private readonly terms = new TermTable();
  private readonly bodyCount: number;
  private readonly idfOf: Float64Array;
  private readonly keyTerms: ReadonlyMap<number, number>;
  private readonly headline: ReadonlyMap<number, number>;
  private readonly headlineNorm: number;
  private readonly centrality: Float64Array;
  private readonly keyShare: Float64Array;
  private readonly maxCentrality: number;
  private readonly maxKey: number;

  constructor(doc: ArticleDoc) {
    const raws = (this.raws = rawCandidates(doc, this.terms));
    const n = raws.length;
    this.bodyCount = n > 0 ? raws[n - 1].rank + 1 : 0;
    const { ids, counts, from } = this.terms;
    // Per-term figures in arrays indexed by lemma id (ids are dense per document), not Maps: the Maps were most of the
    // scorer's time. `order` keeps the order of first use, which the sums and the key-term ranking follow.
    const lemmaCount = doc.tokens.lemmaCount;
    const df = new Int32Array(lemmaCount);
    const order: number[] = [];
    for (let k = 0; k < ids.length; k++) if (df[ids[k]]++ === 0) order.push(ids[k]);
    const idfOf = (this.idfOf = new Float64Array(lemmaCount));
    for (const term of order) idfOf[term] = Math.log(1 + n / df[term]);

    // The article's centroid, and its key terms (highest total TF-IDF; on a tie the term used first).
    const centroid = new Float64Array(lemmaCount);
    for (let k = 0; k < ids.length; k++) centroid[ids[k]] += counts[k] * idfOf[ids[k]];
    const keyCount = Math.max(5, Math.ceil(order.length * 0.1));
    const keyIds = [...order].sort((a, b) => centroid[b] - centroid[a]).slice(0, keyCount);
    const keyTotal = keyIds.reduce((sum, t) => sum + centroid[t], 0) || 1;
    this.keyTerms = new Map(keyIds.map((t) => [t, centroid[t] / keyTotal]));
    this.headline = headlineTerms(doc);
    this.headlineNorm = squaredNormOfMap(this.headline);

    let centroidNorm = 0;
    for (const term of order) centroidNorm += centroid[term] * centroid[term];
    this.centrality = new Float64Array(n);
    this.keyShare = new Float64Array(n);
    for (let r = 0; r < n; r++) {
      this.centrality[r] = centralityOf(ids, counts, from[r], from[r + 1], idfOf, centroid, centroidNorm);
      let key = 0;
      for (let k = from[r]; k < from[r + 1]; k++) if (this.keyTerms.has(ids[k])) key++;
      this.keyShare[r] = key / this.keyTerms.size;
    }
    this.maxCentrality = maxOf(this.centrality, 1e-9);
    this.maxKey = maxOf(this.keyShare, 1e-9);
  }

  /** What ties the candidates to one another (see `Links`): the sentence each leans on, quotations, words. */
  links(): Links {
    const raws = this.raws;
    return {
      needs: raws.map((raw, r) => (!raw.leansBack ? -1 : r > 0 && raws[r - 1].rank === raw.rank - 1 ? r - 1 : -2)),
      quoteLed: raws.map((raw) => raw.quoteLed),
      words: raws.map((raw) => raw.words),
      personal: raws.map((raw) => raw.personal),
      names: raws.map((raw) => raw.nameList),
      gapNames: raws.map((raw) => raw.gapNames),
      namesSomeone: raws.map((raw) => raw.namesSomeone),
    };
  }

  /** Sentence r's features in `FEATURES` order, each 0..1, so scores of different articles are comparable. */
  featuresOf(r: number): number[] {
    const raw = this.raws[r];
    const { ids, counts, from } = this.terms;
    const headline = this.headline;
    return [
      raw.rank === 0 ? 1 : 0,
      raw.rank === 1 ? 1 : 0,
      raw.rank === 2 ? 1 : 0,
      1 / (1 + raw.rank),
      this.bodyCount > 1 ? raw.rank / (this.bodyCount - 1) : 0,
      raw.opensParagraph ? 1 : 0,
      this.centrality[r] / this.maxCentrality,
      this.keyShare[r] / this.maxKey,
      Math.min(1, raw.names / Math.max(1, raw.words)),
      headline.size > 0 ? cosineOfRange(ids, counts, from[r], from[r + 1], (id) => headline.get(id), this.headlineNorm) : 0,
      raw.words < 12 ? 1 - raw.words / 12 : 0,
      Math.min(1, Math.max(0, raw.words - 25) / 40),
      Math.min(raw.words, 80) / 40,
      QUOTES.test(raw.sentence.text) ? 1 : 0,
      raw.sentence.text.endsWith('?') ? 1 : 0,
      raw.pronounStart ? 1 : 0,
    ];
  }

  /** Sentence r's TF-IDF vector, and the article's key terms in it with each one's share of all key terms' weight. */
  termsOf(r: number): Pick<Candidate, 'vector' | 'keyTerms'> {
    const { ids, counts, from } = this.terms;
    const vectorIds: number[] = [];
    const vectorWeights: number[] = [];
    const keyIds: number[] = [];
    const keyWeights: number[] = [];
    for (let k = from[r]; k < from[r + 1]; k++) {
      const id = ids[k];
      vectorIds.push(id);
      vectorWeights.push(counts[k] * this.idfOf[id]);
      const share = this.keyTerms.get(id);
      if (share !== undefined) {
        keyIds.push(id);
        keyWeights.push(share);
      }
    }
    return { vector: { ids: vectorIds, weights: vectorWeights }, keyTerms: { ids: keyIds, weights: keyWeights } };
  }
}

/** Body sentences with their features (for the tuning scripts; `summarize` reads the sheet directly). */
export function candidatesOf(doc: ArticleDoc): Candidate[] {
  const sheet = new Sheet(doc);
  const links = sheet.links();
  return sheet.raws.map((raw, r) => ({
    sentence: raw.sentence,
    text: raw.text,
    rank: raw.rank,
    words: raw.words,
    needs: links.needs[r],
    quoteLed: links.quoteLed[r],
    personal: raw.personal,
    names: raw.nameList,
    gapNames: raw.gapNames,
    namesSomeone: raw.namesSomeone,
    features: sheet.featuresOf(r),
    ...sheet.termsOf(r),
  }));
}

/** The links of candidates as `candidatesOf` gives them. */
export function linksOf(candidates: readonly Candidate[]): Links {
  return {
    needs: candidates.map((c) => c.needs),
    quoteLed: candidates.map((c) => c.quoteLed),
    words: candidates.map((c) => c.words),
    personal: candidates.map((c) => c.personal),
    names: candidates.map((c) => c.names),
    gapNames: candidates.map((c) => c.gapNames),
    namesSomeone: candidates.map((c) => c.namesSomeone),
  };
}
