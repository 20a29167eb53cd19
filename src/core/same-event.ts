// Whether a dated sentence tells of an event already kept for its date, found without comparing it with every kept
// sentence of that date: 4,000 same-date sentences with words of their own took 8 s that way, 16,000 took 130 s.

/** Two mentions of one date tell of the same event when their sentences share most of their content words. */
export function sameEvent(a: ReadonlySet<string>, b: ReadonlySet<string>, indexA: number, indexB: number): boolean {
  if (indexA === indexB) return true;
  let shared = 0;
  for (const lemma of a) if (b.has(lemma)) shared++;
  const smaller = Math.min(a.size, b.size);
  return smaller > 0 && shared / smaller >= 0.5;
}

interface Entry {
  readonly lemmas: ReadonlySet<string>;
  readonly sentence: number;
}

/**
 * The kept sentences of one date, indexed so that only those that may share half the smaller set's words are compared
 * (prefix filtering). With every set's words in one fixed order, rarest first: when the smaller set S shares at least
 * half its words with the other, fewer than half of S's words are missing from it, so S's first ⌊|S|/2⌋ + 1 words
 * hold one of the other's. An entry is therefore found either as the smaller set (one of its first words is among the
 * newcomer's) or as the larger (it has one of the newcomer's first words). The answer is `sameEvent` against each kept
 * entry in turn, exactly.
 */
export class SameEventIndex {
  private readonly sentences = new Set<number>();
  /** Entries by each of their first words. */
  private readonly byFirstWord = new Map<string, Entry[]>();
  /** Entries by each of their words. */
  private readonly byWord = new Map<string, Entry[]>();
  /** How many kept entries were compared so far: the work, which a scan of them all makes quadratic. */
  compared = 0;

  /** `rank` orders words, rarest first; the same for every call on this index. */
  constructor(private readonly rank: (a: string, b: string) => number) {}

  /** Is some kept entry `sameEvent` as this one? */
  has(lemmas: ReadonlySet<string>, sentence: number): boolean {
    if (this.sentences.has(sentence)) return true;
    if (lemmas.size === 0) return false;
    const tried = new Set<Entry>();
    const test = (entry: Entry) => {
      if (tried.has(entry)) return false;
      tried.add(entry);
      this.compared++;
      return sameEvent(entry.lemmas, lemmas, entry.sentence, sentence);
    };
    for (const lemma of lemmas) for (const entry of this.byFirstWord.get(lemma) ?? []) if (entry.lemmas.size <= lemmas.size && test(entry)) return true;
    for (const lemma of this.firstWords(lemmas)) for (const entry of this.byWord.get(lemma) ?? []) if (entry.lemmas.size >= lemmas.size && test(entry)) return true;
    return false;
  }

  add(lemmas: ReadonlySet<string>, sentence: number): void {
    const entry: Entry = { lemmas, sentence };
    this.sentences.add(sentence);
    for (const lemma of this.firstWords(lemmas)) push(this.byFirstWord, lemma, entry);
    for (const lemma of lemmas) push(this.byWord, lemma, entry);
  }

  private firstWords(lemmas: ReadonlySet<string>): string[] {
    return [...lemmas].sort(this.rank).slice(0, Math.floor(lemmas.size / 2) + 1);
  }
}

function push(index: Map<string, Entry[]>, key: string, entry: Entry): void {
  const list = index.get(key);
  if (list) list.push(entry);
  else index.set(key, [entry]);
}

/** Orders words rarest first among `sets`, then by code units: the order `SameEventIndex` needs. */
export function rarestFirst(sets: Iterable<ReadonlySet<string>>): (a: string, b: string) => number {
  const count = new Map<string, number>();
  for (const set of sets) for (const word of set) count.set(word, (count.get(word) ?? 0) + 1);
  return (a, b) => (count.get(a) ?? 0) - (count.get(b) ?? 0) || (a < b ? -1 : a > b ? 1 : 0);
}
