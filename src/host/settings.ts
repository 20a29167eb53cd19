// The extension's settings, read in one place with their defaults and bounds.
import * as vscode from 'vscode';
import { isIsoDate } from '../core/calendar';
import { MAX_SENTENCES, MAX_WORDS, MIN_SENTENCES } from '../protocol';

export type InsertPosition = 'top' | 'cursor';

export interface Settings {
  readonly summarySentences: number;
  /** At most this many words in whole sentences, or 0 to use `summarySentences`. */
  readonly summaryWords: number;
  readonly insertPosition: InsertPosition;
  /** `YYYY-MM-DD`, or undefined to detect the date in the document. */
  readonly referenceDate: string | undefined;
  /** Longer documents are refused with a notice. */
  readonly maxDocumentLength: number;
}

/** The engine's own default (`DEFAULT_MAX_LENGTH`; a unit test keeps them equal): importing it here would load the engine at activation. */
export const DEFAULT_MAX_DOCUMENT_LENGTH = 10_000_000;
const MIN_MAX_DOCUMENT_LENGTH = 1000;

export const SECTION = 'newsline';

export function readSettings(scope?: vscode.Uri): Settings {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  const n = c.get<number>('summarySentences', 3);
  const words = c.get<number>('summaryWords', 0);
  const position = c.get<string>('insertPosition', 'top');
  const date = c.get<string>('referenceDate', '').trim();
  const max = c.get<number>('maxDocumentLength', DEFAULT_MAX_DOCUMENT_LENGTH);
  return {
    summarySentences: Number.isInteger(n) ? Math.min(MAX_SENTENCES, Math.max(MIN_SENTENCES, n)) : 3,
    summaryWords: Number.isInteger(words) && words > 0 ? Math.min(MAX_WORDS, words) : 0,
    insertPosition: position === 'cursor' ? 'cursor' : 'top',
    referenceDate: isIsoDate(date) ? date : undefined,
    maxDocumentLength: Number.isInteger(max) && max >= MIN_MAX_DOCUMENT_LENGTH ? max : DEFAULT_MAX_DOCUMENT_LENGTH,
  };
}

/** A real calendar day written `YYYY-MM-DD`: the engine's own check, so a setting and `--date` accept the same days. */
export { isIsoDate };
