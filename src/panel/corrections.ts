// The panel's date-correction messages: checked against the timeline the panel shows before the store changes.
// The store's change event makes the panel analyse again, and the analyzer lays the corrections over the result.
import * as vscode from 'vscode';
import { correctionFor, readTypedDate, withCorrection, withoutCorrection } from '../core/corrections';
import type { AnalysisResult } from '../host/analyzer';
import type { CorrectionStore } from '../host/corrections';
import { log } from '../host/log';
import type { CorrectDateMessage, ResetCorrectionsMessage, UncorrectDateMessage } from '../protocol';

export type CorrectionMessage = CorrectDateMessage | UncorrectDateMessage | ResetCorrectionsMessage;

/**
 * Acts on one correction message for `document`, whose shown analysis is `shown` (undefined when it is not of the
 * document as it is now); the text to announce, or undefined when the message was refused (and logged).
 */
export async function handleCorrection(
  m: CorrectionMessage,
  document: vscode.TextDocument,
  shown: AnalysisResult | undefined,
  store: CorrectionStore,
): Promise<string | undefined> {
  const uri = document.uri.toString();
  switch (m.type) {
    case 'correctDate': {
      if (!shown || m.version !== document.version) {
        log().warn(`Ignored "correctDate" for version ${m.version} of ${uri}: the document is at version ${document.version}.`);
        return undefined;
      }
      const entry = shown.analysis.timeline.find((e) => e.mention.start === m.start && e.mention.end === m.end);
      const date = readTypedDate(m.value);
      if (!entry || !date) {
        log().warn(`Ignored "correctDate" of ${m.start}-${m.end} to "${m.value}": ${entry ? 'not a date' : 'no such timeline entry'}.`);
        return undefined;
      }
      const correction = correctionFor(entry, document.getText(), date);
      // Back to the engine's own date: that is an undo, not a correction.
      const next = date.value === correction.original ? withoutCorrection(store.get(uri), m.start) : withCorrection(store.get(uri), correction);
      await store.set(uri, next);
      return `“${entry.mention.text}” set to ${date.label}.`;
    }
    case 'uncorrectDate': {
      const before = store.get(uri);
      const after = withoutCorrection(before, m.start);
      if (after.length === before.length) return undefined;
      await store.set(uri, after);
      return 'Date correction undone.';
    }
    case 'resetCorrections': {
      const n = await store.reset(uri);
      return n === 0 ? 'No date corrections to reset.' : `${n === 1 ? '1 date correction' : `${n} date corrections`} reset.`;
    }
  }
}
