// A document's tokens in typed arrays, one slot per token: offsets, a POS code, an interned lemma id and the
// stop-word flag. Token objects (`Token`, with their strings) are built only when a step asks for a sentence's tokens.
// Holding a 5 MB text's ~1M tokens as objects took ~160 bytes each (peak RSS 75× the text, issue 7); here they take 14.
import type { Token } from './model';

/** wink-nlp's universal POS tags; a tag outside the list gets a code when first met. */
const KNOWN_POS = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X', 'SPACE'];

/** Documents of up to this many tokens (a long article has 5,000) keep their sentences' token objects once built. */
const KEEP_ALL_UP_TO = 50_000;

export class TokenStore {
  private starts: Int32Array;
  private ends: Int32Array;
  private posCodes: Uint8Array;
  private lemmaIds: Int32Array;
  private stops: Uint8Array;
  private size = 0;
  private readonly posNames: string[] = [...KNOWN_POS];
  private readonly posCodeOf = new Map<string, number>(KNOWN_POS.map((p, i) => [p, i]));
  /** Lower-cased lemmas by id, each stored once. */
  private readonly lemmaNames: string[] = [];
  private readonly lemmaIdOf = new Map<string, number>();
  /** Built sentences' tokens by first token, in documents of up to KEEP_ALL_UP_TO tokens (set by `trim`). */
  private kept: Map<number, readonly Token[]> | undefined;
  private lastFrom = -1;
  private lastTo = -1;
  private lastTokens: readonly Token[] = [];

  constructor(readonly text: string, capacity = 64) {
    const n = Math.max(16, capacity);
    this.starts = new Int32Array(n);
    this.ends = new Int32Array(n);
    this.posCodes = new Uint8Array(n);
    this.lemmaIds = new Int32Array(n);
    this.stops = new Uint8Array(n);
  }

  get length(): number {
    return this.size;
  }

  /** Appends a token covering text[start, end); `lemma` is lower-cased here (the text's when wink-nlp gives none). */
  push(start: number, end: number, pos: string, lemma: string, stop: boolean): void {
    if (this.size === this.starts.length) this.grow();
    const i = this.size++;
    this.starts[i] = start;
    this.ends[i] = end;
    this.posCodes[i] = this.posCode(pos);
    this.lemmaIds[i] = this.internLemma((lemma || this.text.slice(start, end)).toLowerCase());
    this.stops[i] = stop ? 1 : 0;
  }

  start(i: number): number {
    return this.starts[i];
  }

  end(i: number): number {
    return this.ends[i];
  }

  pos(i: number): string {
    return this.posNames[this.posCodes[i]];
  }

  /** How many distinct lemmas the document has: lemma ids run from 0 to this, less one. */
  get lemmaCount(): number {
    return this.lemmaNames.length;
  }

  /** The token's lemma as an id: tokens with the same lemma have the same id (ids count from 0). */
  lemmaId(i: number): number {
    return this.lemmaIds[i];
  }

  isStop(i: number): boolean {
    return this.stops[i] === 1;
  }

  /** The token's text, sliced from the document. */
  textOf(i: number): string {
    return this.text.slice(this.starts[i], this.ends[i]);
  }

  /** The token as an object, with its strings. */
  token(i: number): Token {
    const start = this.starts[i];
    const end = this.ends[i];
    const text = this.text.slice(start, end);
    return { start, end, text, lower: text.toLowerCase(), pos: this.posNames[this.posCodes[i]], lemma: this.lemmaNames[this.lemmaIds[i]], stop: this.stops[i] === 1 };
  }

  /** Tokens [from, to) as objects. */
  range(from: number, to: number): Token[] {
    const out = new Array<Token>(Math.max(0, to - from));
    for (let i = from; i < to; i++) out[i - from] = this.token(i);
    return out;
  }

  /**
   * A sentence's tokens [from, to) as objects. An article's are kept once built, so each is built once however many
   * steps read it. A long document keeps only the last sentence's (the steps walk sentences in order): keeping more
   * in a Map, even one cleared at each sentence, let them reach the old generation and raised peak RSS at 5 MB by
   * 120 MB.
   */
  sentenceTokens(from: number, to: number): readonly Token[] {
    if (from === this.lastFrom && to === this.lastTo) return this.lastTokens;
    const kept = this.kept?.get(from);
    const tokens = kept !== undefined && kept.length === to - from ? kept : this.range(from, to);
    this.kept?.set(from, tokens);
    this.lastFrom = from;
    this.lastTo = to;
    this.lastTokens = tokens;
    return tokens;
  }

  /** Frees the slack left by growing, once every token is in. */
  trim(): void {
    this.kept = this.size <= KEEP_ALL_UP_TO ? new Map() : undefined;
    if (this.size === this.starts.length) return;
    this.starts = this.starts.slice(0, this.size);
    this.ends = this.ends.slice(0, this.size);
    this.posCodes = this.posCodes.slice(0, this.size);
    this.lemmaIds = this.lemmaIds.slice(0, this.size);
    this.stops = this.stops.slice(0, this.size);
  }

  private grow(): void {
    const n = this.starts.length * 2;
    const grown = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(n);
      b.set(a);
      return b;
    };
    this.starts = grown(this.starts, (k) => new Int32Array(k));
    this.ends = grown(this.ends, (k) => new Int32Array(k));
    this.posCodes = grown(this.posCodes, (k) => new Uint8Array(k));
    this.lemmaIds = grown(this.lemmaIds, (k) => new Int32Array(k));
    this.stops = grown(this.stops, (k) => new Uint8Array(k));
  }

  private posCode(pos: string): number {
    let code = this.posCodeOf.get(pos);
    if (code === undefined) {
      // More tags than a byte holds would be a different tagger; they share the last code rather than wrap.
      code = Math.min(255, this.posNames.length);
      if (code === this.posNames.length) this.posNames.push(pos);
      this.posCodeOf.set(pos, code);
    }
    return code;
  }

  private internLemma(lemma: string): number {
    let id = this.lemmaIdOf.get(lemma);
    if (id === undefined) {
      id = this.lemmaNames.length;
      this.lemmaNames.push(lemma);
      this.lemmaIdOf.set(lemma, id);
    }
    return id;
  }
}
