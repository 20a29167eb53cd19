// The engine's internal document model, shared by the pipeline's steps (not part of the public API).
import type { TokenStore } from './tokens';
import type { DocumentFormat } from './types';

/** A word or punctuation token. Offsets index the original text. */
export interface Token {
  readonly start: number;
  readonly end: number;
  /** `original.slice(start, end)`. */
  readonly text: string;
  /** Lower-cased text. */
  readonly lower: string;
  /** Universal POS tag from wink-nlp (`NOUN`, `VERB`, `AUX`, `PROPN`, `NUM`, `PUNCT`, ...). */
  readonly pos: string;
  /** Lemma (wink-nlp), lower-cased. */
  readonly lemma: string;
  /** Is the token a stop word (wink-nlp). */
  readonly stop: boolean;
}

/**
 * What a block of text is. Only `body` sentences may be summary sentences; every kind is searched for dates, but
 * the timeline takes events from `body` sentences only.
 */
export type SentenceKind = 'body' | 'heading' | 'caption' | 'credit' | 'byline' | 'related' | 'list' | 'link' | 'meta';

export interface Sentence {
  readonly index: number;
  /** Offsets into the original text, trimmed of surrounding white space and markup. */
  readonly start: number;
  readonly end: number;
  /**
   * The tokens of the sentence, in order. Built from the document's token store when asked for (the last sentence's
   * are kept), so a step that walks every sentence holds one sentence's token objects at a time, not the document's.
   */
  readonly tokens: readonly Token[];
  /** Index of the sentence's first token in the document's token store. */
  readonly firstToken: number;
  /** How many tokens the sentence has (without building them). */
  readonly tokenCount: number;
  /** The sentence as a reader sees it: markup removed, white space folded. */
  readonly text: string;
  readonly kind: SentenceKind;
  /** Index of the paragraph (block) the sentence is in, counting from 0. */
  readonly paragraph: number;
  /** Position of the sentence within its paragraph, counting from 0. */
  readonly positionInParagraph: number;
}

export interface ArticleDoc {
  /** The input, exactly as given. */
  readonly original: string;
  /**
   * The input with markup (front matter, Markdown syntax, HTML tags and entities, comments, scripts, styles)
   * replaced by white space of the same length, so that every offset into it is an offset into `original`.
   */
  readonly plain: string;
  readonly format: DocumentFormat;
  /** Every sentence in text order (all kinds). */
  readonly sentences: readonly Sentence[];
  /** Every token, in text order, held compactly; sentences index into it. */
  readonly tokens: TokenStore;
  /** The headline or title, when one was found (front matter `title:`, `# heading`, `<title>`/`<h1>`, first line). */
  readonly title?: string;
}
