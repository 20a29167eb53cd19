// Document text → sentences and tokens with offsets into the original text, each sentence classified (body,
// headline, caption, credit, byline, "Related Stories", list item, link line, metadata). wink-nlp reads the whole
// analysable text once; its sentences are then cut at line breaks that end a block (a headline line, a caption line).
import type { ArticleDoc, Sentence, SentenceKind, Token } from './model';
import type { DocumentFormat } from './types';
import { readHeader, type ArticleHeader } from './header';
import { readableText, toPlainText, type PlainText } from './text';
import type { TokenStore } from './tokens';
import { tokenize } from './article-tokens';
import { looksHardWrapped, splitAtBlocks, type Piece } from './article-breaks';
import { LineContext } from './article-lines';
import { classify } from './article-classify';
import { isTimestampLine } from './timestamp-line';

export { CHUNK_ABOVE, CHUNK_CHARS, chunksOf, readWithWink, tokenize, type WinkReading } from './article-tokens';
export { looksHardWrapped } from './article-breaks';
export { datelineEnd } from './article-dateline';
export { classify } from './article-classify';

export interface ReadOptions {
  /** HTML: the source ranges of the article found in the page (see `toPlainText`). */
  readonly keep?: ReadonlyArray<readonly [number, number]>;
  /** The analysable text, when the caller has it already (`toPlainText(original, format, keep)`). */
  readonly prepared?: PlainText;
  /** What `readHeader` found (read here when not given): its title is the article's. */
  readonly header?: ArticleHeader;
}

/** Reads a document: markup blanked, tokens located, sentences split and classified. */
export function readArticle(original: string, format: DocumentFormat, options: ReadOptions = {}): ArticleDoc {
  const prepared = options.prepared ?? toPlainText(original, format, options.keep);
  const tokens = tokenize(prepared.plain);
  const wrapped = looksHardWrapped(prepared.plain);
  const pieces = splitAtBlocks(prepared.plain, tokens.store, tokens.sentenceStarts, wrapped);
  const lines = new LineContext(original, prepared.plain, prepared.blocks);
  const sentences: Sentence[] = [];
  let paragraph = -1;
  let position = 0;
  for (const piece of pieces) {
    if (piece.newParagraph || paragraph < 0) {
      paragraph++;
      position = 0;
    } else position++;
    sentences.push(makeSentence(original, prepared, lines, tokens.store, piece, { index: sentences.length, paragraph, position }, format));
  }
  const header = options.header ?? readHeader(original, format, { visible: prepared.plain });
  const title = header.title ?? prepared.title ?? plainTitle(sentences);
  return { original, plain: prepared.plain, format, sentences, tokens: tokens.store, title };
}

interface Place {
  readonly index: number;
  readonly paragraph: number;
  readonly position: number;
}

/** A sentence whose tokens are built from the document's store when asked for (see `Sentence.tokens`). */
class StoredSentence implements Sentence {
  constructor(
    private readonly store: TokenStore,
    readonly index: number,
    readonly start: number,
    readonly end: number,
    readonly firstToken: number,
    readonly tokenCount: number,
    readonly text: string,
    readonly kind: SentenceKind,
    readonly paragraph: number,
    readonly positionInParagraph: number,
  ) {}

  get tokens(): readonly Token[] {
    return this.store.sentenceTokens(this.firstToken, this.firstToken + this.tokenCount);
  }
}

function makeSentence(original: string, prepared: PlainText, lines: LineContext, store: TokenStore, piece: Piece, place: Place, format: DocumentFormat): Sentence {
  const start = store.start(piece.first);
  const end = store.end(piece.end - 1);
  const text = readableText(prepared.plain, prepared.markup, start, end);
  let kind = classify(original, prepared, start, end, text, lines);
  // A web page's time-stamp line is page metadata (plain text and Markdown are read as before).
  if (format === 'html' && kind !== 'meta' && isTimestampLine(lines.plainLine(start, end).trim())) kind = 'meta';
  return new StoredSentence(store, place.index, start, end, piece.first, piece.end - piece.first, text, kind, place.paragraph, place.position);
}

/** A plain-text article's title: its first line, when that line reads as a headline. */
function plainTitle(sentences: readonly Sentence[]): string | undefined {
  const first = sentences[0];
  return first && first.kind === 'heading' && first.paragraph === 0 ? first.text : undefined;
}
