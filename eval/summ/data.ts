// The summarization evaluation sets (JSON Lines, see ../shared/eval/summ/README.md), the development/test split, and
// the simple rule-based sentence splitter that the LEAD baselines use.
import * as fs from 'fs';
import * as path from 'path';

export interface SummDoc {
  readonly id: string;
  readonly title: string | null;
  readonly text: string;
  /** One reference sentence per line. */
  readonly reference: string;
}

export function loadDocs(file: string): SummDoc[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as SummDoc);
}

export type SplitName = 'dev' | 'test' | 'whole';

/** Development = odd lines counting from 1 (lines 1, 3, 5, ...: even 0-based indices); test = even lines. */
export function inSplit(index: number, split: SplitName): boolean {
  if (split === 'whole') return true;
  return (index % 2 === 0) === (split === 'dev');
}

/**
 * A set's development articles: the odd lines of its file and, for CNN/DM (`cnndm_test`), all of
 * cnndm_val500.jsonl when it is there (750 articles).
 */
export function devDocs(summDir: string, set: string): SummDoc[] {
  const extra = path.join(summDir, 'cnndm_val500.jsonl');
  // SUMM_DEV=val500: CNN/DM development data is cnndm_val500.jsonl alone, so no line of cnndm_test.jsonl is tuned on.
  if (set === 'cnndm_test' && process.env.SUMM_DEV === 'val500') return loadDocs(extra);
  const own = loadDocs(path.join(summDir, `${set}.jsonl`)).filter((_, i) => inSplit(i, 'dev'));
  return set === 'cnndm_test' && fs.existsSync(extra) ? [...loadDocs(extra), ...own] : own;
}

/** Summary length: 3 sentences for CNN/DM, the reference's sentence count for BBC. */
export function summaryLength(set: string, doc: SummDoc): number {
  if (set !== 'bbc') return 3;
  return doc.reference.split('\n').filter((s) => s.trim() !== '').length;
}

const ABBREVIATIONS = new Set(
  ('mr mrs ms dr prof sr jr st mt ft gen gov sen rep rev lt col sgt capt cmdr adm maj cpl pvt hon pres supt insp det ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec vs etc inc ltd co corp bros no nos fig approx est dept univ ' +
    'u.s u.k u.n e.g i.e a.m p.m d.c u.s.a l.a n.y').split(' '),
);

/** Cut after . ! ? (and closing quotes) when white space and a capital, digit or opening quote follow. */
const BOUNDARY = /([.!?]['"’”)]*)\s+(?=["'“‘(]?[A-Z0-9])/g;

function endsWithAbbreviation(text: string): boolean {
  const m = /(?:^|\s|\()([A-Za-z][A-Za-z.]*)\.$/.exec(text);
  if (!m) return false;
  const word = m[1].toLowerCase();
  // Single initials ("J. Smith") and dotted initialisms ("U.S.", "D.C.") do not end a sentence either.
  return ABBREVIATIONS.has(word) || /^[a-z]$/.test(word) || /^(?:[a-z]\.)+[a-z]$/.test(word);
}

/** The simple LEAD splitter: paragraph by paragraph, at sentence punctuation that is not an abbreviation's. */
export function leadSentences(text: string): string[] {
  const out: string[] = [];
  for (const paragraph of text.split(/\n\s*\n/)) {
    const p = paragraph.replace(/\s+/g, ' ').trim();
    if (p === '') continue;
    let start = 0;
    BOUNDARY.lastIndex = 0;
    for (let m = BOUNDARY.exec(p); m !== null; m = BOUNDARY.exec(p)) {
      const end = m.index + m[1].length;
      const candidate = p.slice(start, end);
      if (m[1].startsWith('.') && endsWithAbbreviation(candidate)) continue;
      out.push(candidate.trim());
      start = m.index + m[0].length;
    }
    const rest = p.slice(start).trim();
    if (rest !== '') out.push(rest);
  }
  return out;
}
