// The user's date corrections, per document URI, in the workspace's storage: they survive reloads and re-analysis.
// Offsets follow the document's edits (a correction whose mention is edited is dropped); the analyzer lays them over
// every timeline it returns, so the panel, Copy, Insert and Export all show the corrected dates.
import * as vscode from 'vscode';
import { parseCorrections, shiftCorrections } from '../core/corrections';
import type { DateCorrection } from '../core/types';
import { Disposable } from './dispose';

const STORAGE_KEY = 'newsline.dateCorrections';

/** What the analyzer needs of the store. */
export interface CorrectionSource {
  get(uri: string): readonly DateCorrection[];
}

export class CorrectionStore extends Disposable implements CorrectionSource {
  private readonly changeEmitter = this._register(new vscode.EventEmitter<string>());
  /** Fires with a document's URI when its corrections were set, undone or reset (not when an edit shifted them). */
  readonly onDidChange = this.changeEmitter.event;
  private all: Record<string, DateCorrection[]>;

  constructor(private readonly memento: vscode.Memento) {
    super();
    this.all = readAll(memento.get<unknown>(STORAGE_KEY));
    this._register(vscode.workspace.onDidChangeTextDocument((e) => this.onEdit(e)));
  }

  get(uri: string): readonly DateCorrection[] {
    return this.all[uri] ?? [];
  }

  async set(uri: string, corrections: readonly DateCorrection[]): Promise<void> {
    await this.write(uri, corrections);
    this.changeEmitter.fire(uri);
  }

  /** Drops the document's corrections; how many there were. */
  async reset(uri: string): Promise<number> {
    const n = this.get(uri).length;
    await this.set(uri, []);
    return n;
  }

  private onEdit(e: vscode.TextDocumentChangeEvent): void {
    const uri = e.document.uri.toString();
    const current = this.all[uri];
    if (!current?.length || e.contentChanges.length === 0) return;
    const changes = e.contentChanges.map((c) => ({ start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, inserted: c.text.length }));
    const shifted = shiftCorrections(current, changes);
    if (shifted.length !== current.length || shifted.some((c, i) => c !== current[i])) void this.write(uri, shifted);
  }

  private async write(uri: string, corrections: readonly DateCorrection[]): Promise<void> {
    const next = { ...this.all };
    if (corrections.length) next[uri] = [...corrections];
    else delete next[uri];
    this.all = next;
    await this.memento.update(STORAGE_KEY, next);
  }
}

function readAll(x: unknown): Record<string, DateCorrection[]> {
  const out: Record<string, DateCorrection[]> = {};
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return out;
  for (const [uri, list] of Object.entries(x)) {
    const corrections = parseCorrections(list);
    if (corrections.length) out[uri] = corrections;
  }
  return out;
}
