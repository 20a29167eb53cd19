// The analysable text's writer: markup ranges collected, then the same-length text written in one pass, with the
// marks of which characters were markup and which ranges are blocks of a kind (see text.ts).

export type BlockHint = 'heading' | 'caption' | 'list' | 'aside' | 'quote' | 'code';

export interface BlockRange {
  readonly start: number;
  readonly end: number;
  readonly hint: BlockHint;
}

type Edit =
  | { readonly kind: 'blank'; readonly start: number; readonly end: number; readonly newline: boolean }
  | { readonly kind: 'replace'; readonly start: number; readonly end: number; readonly text: string };

/** Collects markup ranges, then writes the same-length analysable text in one pass. */
export class Blanker {
  readonly markup: Uint8Array;
  readonly blocks: BlockRange[] = [];
  /** 1 where text is shown literally (Markdown code spans): HTML-looking text there is text, not markup. */
  private literalMask: Uint8Array | undefined;
  private readonly edits: Edit[] = [];

  constructor(readonly text: string) {
    this.markup = new Uint8Array(text.length);
  }

  markLiteral(start: number, end: number): void {
    this.literalMask ??= new Uint8Array(this.text.length);
    this.literalMask.fill(1, start, end);
  }

  isLiteral(offset: number): boolean {
    return this.literalMask !== undefined && this.literalMask[offset] === 1;
  }

  /** Overwrites [start, end) with spaces, keeping line breaks (so line structure survives). */
  blank(start: number, end: number, separator?: 'newline'): void {
    if (end <= start) return;
    this.markup.fill(1, start, end);
    this.edits.push({ kind: 'blank', start, end, newline: separator === 'newline' });
  }

  /** Replaces [start, end) by a shorter `text`, padded with markup spaces: for HTML entities. */
  replace(start: number, end: number, text: string): void {
    this.markup.fill(1, start, end);
    this.markup.fill(0, start, start + text.length);
    this.edits.push({ kind: 'replace', start, end, text });
  }

  hint(start: number, end: number, hint: BlockHint): void {
    if (end > start) this.blocks.push({ start, end, hint });
  }

  result(): string {
    if (this.edits.length === 0) return this.text;
    const out = this.text.split('');
    for (const edit of this.edits) {
      for (let i = edit.start; i < edit.end; i++) {
        const c = this.text[i];
        if (c !== '\n' && c !== '\r') out[i] = ' ';
      }
      if (edit.kind === 'replace') {
        for (let i = 0; i < edit.text.length; i++) out[edit.start + i] = edit.text[i];
      } else if (edit.newline && this.text[edit.start] !== '\r') {
        out[edit.start] = '\n';
      }
    }
    return out.join('');
  }
}
