// The engine's public types: what `analyze()` takes and returns. Everything here is plain JSON-serialisable data.
// All offsets are UTF-16 code-unit offsets into the input text exactly as given, end exclusive.

/** The kinds of document the engine reads. */
export type DocumentFormat = 'plaintext' | 'markdown' | 'html';

export interface AnalyzeOptions {
  /** File name or path; its extension picks the format when `languageId` is absent. */
  readonly fileName?: string;
  /** A VS Code language id (`plaintext`, `markdown`, `html`). */
  readonly languageId?: string;
  /** The reference date, `YYYY-MM-DD`. When absent it is detected in the document, else today. */
  readonly referenceDate?: string;
  /** How many summary sentences (default 3). */
  readonly sentences?: number;
  /** A share of the article's sentences (0 < ratio <= 1) instead of a fixed number; wins over `sentences`. */
  readonly ratio?: number;
  /** At most this many words instead (whole sentences; the first is kept even when longer); wins over both. */
  readonly words?: number;
  /** Refuse documents longer than this many characters (default 10,000,000). */
  readonly maxLength?: number;
  /** "Today", `YYYY-MM-DD`, for the fallback reference date; defaults to the system clock (tests pin it). */
  readonly today?: string;
  /** HTML: analyse the whole page, not just the article found in it. */
  readonly wholePage?: boolean;
}

export type ReferenceDateSource = 'option' | 'document' | 'today';

export interface ReferenceDate {
  /** `YYYY-MM-DD`. */
  readonly value: string;
  readonly source: ReferenceDateSource;
  /** Where in the document the date was read, when `source` is `document`. */
  readonly mention?: Mention;
}

export interface Mention {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface SummarySentence {
  /** Index of the sentence among the document's sentences. */
  readonly index: number;
  /**
   * The sentence as a reader of the summary sees it: markup removed, white space folded, and without an opening
   * connective that only tied it to a sentence the summary leaves out ("But the company said ..." reads "The company
   * said ...").
   */
  readonly text: string;
  /** The sentence as the article writes it, when `text` dropped its opening connective: what a citation quotes. */
  readonly untrimmed?: string;
  /** The whole sentence's span in the input, connective included. */
  readonly start: number;
  readonly end: number;
  readonly score: number;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/**
 * TimeML 1.2.1's TIMEX3 `mod`: "about two weeks" APPROX, "early 2024" START, "mid-March" MID, "late Friday" END,
 * "before 1990" BEFORE, "more than two weeks" MORE_THAN, "at least three days" EQUAL_OR_MORE (src/core/temporal/mods.ts).
 */
export type TimexMod =
  | 'APPROX'
  | 'START'
  | 'MID'
  | 'END'
  | 'BEFORE'
  | 'AFTER'
  | 'ON_OR_BEFORE'
  | 'ON_OR_AFTER'
  | 'LESS_THAN'
  | 'MORE_THAN'
  | 'EQUAL_OR_LESS'
  | 'EQUAL_OR_MORE';

/** A part of a date the words may state or leave implied. */
export type DatePart = 'year' | 'month' | 'day' | 'weekday' | 'time';

/**
 * What a date was counted from. `reference`: the reference date (the story's date); `story`: an earlier date in the
 * story ("the next day" after "May 5"); `sentence`: the year its sentence opens with ("Last year, ... in August");
 * `narrative`: in a history, the year it last gave ("In 1940 ... In June"); `none`: the words give the date
 * themselves ("1 April 2022", "1990").
 */
export type AnchorKind = 'reference' | 'story' | 'sentence' | 'narrative' | 'none';

export interface DateAnchor {
  readonly kind: AnchorKind;
  /** The anchor's TimeML value (a day, month or year); absent for `none`. */
  readonly value?: string;
  /** The earlier mention it counts from (`story`, `sentence`, `narrative`). */
  readonly mention?: Mention;
}

/** How a temporal expression was resolved: which words, by which rule, from which reference. */
export interface DateExplanation {
  /** The date rule's name (src/core/temporal/rules/), e.g. `weekday`. */
  readonly rule: string;
  /** What the rule did, in words: "the Friday on or before the story's date (Fri 1 Apr 2022)". */
  readonly words: string;
  readonly anchor: DateAnchor;
  /** The tense of the clause, when the rule used it to choose between readings. */
  readonly tense?: 'past' | 'present' | 'future';
  /** The words that gave the tense ("said", "will open"). */
  readonly tenseCue?: string;
  /** Parts of the date the words state, and parts taken from the anchor without being counted from it. */
  readonly stated: readonly DatePart[];
  readonly implied: readonly DatePart[];
  /** A part chosen between equally likely readings ("Monday" in the present tense: the nearest, either side). */
  readonly guessed?: readonly DatePart[];
  /** All of it in one line: "Friday → Fri 1 Apr 2022: the Friday on or before ..., because “said” is past tense; year
   *  and month implied". */
  readonly summary: string;
}

/** A temporal expression with its TimeML type and value. `text === input.slice(start, end)`. */
export interface Timex {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly type: TimexType;
  readonly value: string;
  /** TimeML `mod`, when the words make the value approximate, a part of its period, or a bound. */
  readonly mod?: TimexMod;
  /** How the value was resolved. */
  readonly explanation?: DateExplanation;
}

export type Granularity = 'century' | 'decade' | 'year' | 'half' | 'quarter' | 'season' | 'month' | 'week' | 'day' | 'time';

export interface TimelineDate {
  /** TimeML value: `2022-04-01`, `2022-03`, `2022`, `199`, `2024-Q3`, `2025-W22`, `2024-SU`, `2023-08-13T02:30`. */
  readonly value: string;
  readonly granularity: Granularity;
  /** Readable form: "Fri 1 Apr 2022", "Mar 2021", "1990s". */
  readonly label: string;
}

export interface SentenceRef {
  readonly index: number;
  readonly start: number;
  readonly end: number;
}

export interface TimelineEntry {
  readonly date: TimelineDate;
  /** For ranges ("between 2014 and 2017", "from March to May"): the end of the range. */
  readonly endDate?: TimelineDate;
  /** A short phrase saying what happened on that date. */
  readonly event: string;
  readonly sentence: SentenceRef;
  /** The date words in the text. */
  readonly mention: Mention;
  /** `user`: the date was corrected by the user (see core/corrections.ts); `date` is theirs. */
  readonly setBy?: 'user';
  /** The value the engine gave, when the user corrected it. */
  readonly original?: string;
  /** TimeML `mod` of the date words ("early March": START). */
  readonly mod?: TimexMod;
  /** How the date was resolved from the words (the first date's, for a range). */
  readonly explanation?: DateExplanation;
}

/**
 * A user's correction of one timeline date, stored per document. It names the mention by its text and offset
 * (shifted with edits) and by the sentence it stands in, so it is found again after a reload and dropped when the
 * mention's own text changes.
 */
export interface DateCorrection {
  /** The date words, `TimelineEntry.mention.text`. */
  readonly text: string;
  /** The mention's start offset, kept up to date through edits. */
  readonly start: number;
  /** The sentence's text around the mention, white space folded: finds the mention when its offset is lost. */
  readonly context: string;
  /** The TimeML value the user chose (`2022-03-31`, `2022-03`, `2022`...). */
  readonly value: string;
  /** The value the engine gave. */
  readonly original: string;
}

export type NoticeCode = 'empty' | 'binary' | 'no-sentences' | 'no-dates' | 'not-english' | 'too-large' | 'truncated' | 'no-summary' | 'beyond-calendar';

/** Something the reader should know about the result: why it is empty, or what was left out. */
export interface Notice {
  readonly code: NoticeCode;
  readonly message: string;
}

/** How a web page (HTML) was read: the article found in it, or the whole page. */
export interface PageReading {
  /** `article`: only the article's text was analysed; `whole-page`: all of the page's text. */
  readonly mode: 'article' | 'whole-page';
  /** Why the whole page: the caller asked for it, or no article was found in it. */
  readonly reason?: 'asked' | 'no-article';
  /** Paragraphs of article text kept (`article` mode). */
  readonly paragraphs?: number;
  /** What was left out, as a reader names it ("page navigation", "comments", "3 sidebars"). */
  readonly leftOut?: readonly string[];
  /** One line to show: "Article: 14 paragraphs; page navigation, comments and 3 sidebars left out." */
  readonly message: string;
}

export interface Analysis {
  /** The article's headline or title, when one can be found. */
  readonly title?: string;
  readonly format: DocumentFormat;
  readonly referenceDate: ReferenceDate;
  /** The chosen sentences, in document order. */
  readonly summary: SummarySentence[];
  /** Dated events, in chronological order. */
  readonly timeline: TimelineEntry[];
  /** Every temporal expression, in text order. */
  readonly timexes: Timex[];
  /** How many sentences the article has (body sentences only). */
  readonly sentenceCount: number;
  readonly notices: Notice[];
  /** HTML only: whether the article was found in the page and what was left out. */
  readonly page?: PageReading;
}
