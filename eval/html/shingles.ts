// The article-extraction benchmark's scoring (scrapinghub/article-extraction-benchmark, evaluate.py): a text is its
// `\w+` tokens' 4-grams counted as a multiset (a text of fewer than 4 tokens is one shingle of them all); per page,
// tp, fp and fn are normalised by their sum; precision and recall are averaged over pages (precision over pages with
// tp + fp > 0, recall over pages with tp + fn > 0), and F1 is taken from the two means.

import { decodeEntity } from '../../src/core/text';

/** Python's `\w` (Unicode): letters, digits, underscore; marks join the letter they follow. */
const TOKEN = /[\p{L}\p{N}\p{M}_]+/gu;

export function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

export function shingles(text: string, n = 4): Map<string, number> {
  const t = tokens(text);
  const out = new Map<string, number>();
  for (let i = 0; i < Math.max(1, t.length - n + 1); i++) {
    const key = t.slice(i, i + n).join(' ');
    if (key) out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export interface Counts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

export function match(truth: string, predicted: string): Counts {
  const a = shingles(truth);
  const b = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const t = a.get(key) ?? 0;
    const p = b.get(key) ?? 0;
    tp += Math.min(t, p);
    fp += Math.max(0, p - t);
    fn += Math.max(0, t - p);
  }
  const s = tp + fp + fn;
  return s > 0 ? { tp: tp / s, fp: fp / s, fn: fn / s } : { tp, fp, fn };
}

function precision({ tp, fp, fn }: Counts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function recall({ tp, fp, fn }: Counts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

const mean = (xs: readonly number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

export interface Score {
  readonly f1: number;
  readonly precision: number;
  readonly recall: number;
  readonly pages: number;
}

export function score(pages: readonly Counts[]): Score {
  const p = mean(pages.filter((c) => c.tp + c.fp > 0).map(precision));
  const r = mean(pages.filter((c) => c.tp + c.fn > 0).map(recall));
  return { f1: p + r > 0 ? (2 * p * r) / (p + r) : 0, precision: p, recall: r, pages: pages.length };
}

/**
 * Is a sentence article text? Its 4-grams, at least half of them found in the article body's (a sentence of fewer
 * than 4 tokens: its tokens found in a row in the body).
 */
export function isArticleText(sentence: string, body: { readonly grams: ReadonlySet<string>; readonly joined: string }): boolean {
  const t = tokens(sentence);
  if (t.length === 0) return false;
  if (t.length < 4) return body.joined.includes(` ${t.join(' ')} `);
  let found = 0;
  for (let i = 0; i + 4 <= t.length; i++) if (body.grams.has(t.slice(i, i + 4).join(' '))) found++;
  return found / (t.length - 3) >= 0.5;
}

export function bodyIndex(body: string): { grams: Set<string>; joined: string } {
  const t = tokens(body);
  const grams = new Set<string>();
  for (let i = 0; i + 4 <= t.length; i++) grams.add(t.slice(i, i + 4).join(' '));
  return { grams, joined: ` ${t.join(' ')} ` };
}

/** The original slice as a reader sees it: tags out, entities decoded. */
export function readable(original: string, start: number, end: number): string {
  return original
    .slice(start, end)
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/g, (m, body: string) => decodeEntity(body) ?? m);
}
