// Set Reference Date...: an input box (or an argument, for keybindings and tests) that writes
// `newsline.referenceDate`; "auto" or nothing clears it so the date is detected in the document again.
import * as vscode from 'vscode';
import { isIsoDate } from '../core/calendar';
import { readSettings, SECTION } from '../host/settings';

export type ReferenceDateChoice = { readonly kind: 'date'; readonly value: string } | { readonly kind: 'auto' };

/** Reads what the person typed; an error message when it is neither a date nor "auto". */
export function parseReferenceDate(input: string): ReferenceDateChoice | string {
  const s = input.trim();
  if (s === '' || s.toLowerCase() === 'auto') return { kind: 'auto' };
  return isIsoDate(s) ? { kind: 'date', value: s } : 'Type a date as YYYY-MM-DD (for example 2022-04-01), or "auto".';
}

export async function setReferenceDate(arg?: unknown): Promise<ReferenceDateChoice | undefined> {
  let input: string | undefined = typeof arg === 'string' ? arg : undefined;
  if (input === undefined) {
    input = await vscode.window.showInputBox({
      title: 'Newsline: Reference Date',
      prompt: 'The date relative dates ("Friday", "last week") are read against, as YYYY-MM-DD; "auto" finds it in the document.',
      placeHolder: 'YYYY-MM-DD or auto',
      value: readSettings().referenceDate ?? '',
      validateInput: (v) => {
        const parsed = parseReferenceDate(v);
        return typeof parsed === 'string' ? parsed : undefined;
      },
    });
    if (input === undefined) return undefined;
  }
  const choice = parseReferenceDate(input);
  if (typeof choice === 'string') {
    void vscode.window.showErrorMessage(`Newsline: ${choice}`);
    return undefined;
  }
  const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await vscode.workspace.getConfiguration(SECTION).update('referenceDate', choice.kind === 'date' ? choice.value : undefined, target);
  return choice;
}
