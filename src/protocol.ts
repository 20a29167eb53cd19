// The messages between the extension host and the panel page, one typed union each way. Both sides import this
// file (the page through esbuild), so a message's shape is checked at compile time on both ends; at run time the
// host still checks every message from the page with the type guards below, because the page is a separate process.
import type { Analysis } from './core/types';

export const PANEL_VIEW_TYPE = 'newsline.panel';

/** Which document, at which version, a result or a request is about. */
export interface DocumentRef {
  /** `document.uri.toString()`. */
  readonly uri: string;
  readonly version: number;
  /** A short name to show (the file's base name). */
  readonly name: string;
}

/** What the page shows. `kind` tells it which state to draw; every state but `idle` names its document. */
export type ViewModel =
  | { readonly kind: 'idle' }
  | { readonly kind: 'loading'; readonly doc: DocumentRef }
  | { readonly kind: 'ready'; readonly doc: DocumentRef; readonly analysis: Analysis }
  | { readonly kind: 'error'; readonly doc: DocumentRef; readonly message: string };

/** Values of the page's controls that the host owns (they change what is analysed). */
export interface Controls {
  readonly sentences: number;
  /** At most this many words (whole sentences), or 0 to measure the summary in sentences. */
  readonly words: number;
  /** A web page is analysed whole instead of only the article found in it. */
  readonly wholePage?: boolean;
}

/** The data written into the page's HTML, so the first paint needs no round trip. */
export interface InitialData {
  readonly model: ViewModel;
  readonly controls: Controls;
}

/** What the page keeps with `vscode.setState` (and what the panel serializer gets back after a reload). */
export interface PageState {
  readonly uri?: string;
  readonly sentences?: number;
  readonly words?: number;
  readonly scrollY?: number;
}

// ---- host → page ----

export interface UpdateMessage {
  readonly type: 'update';
  readonly model: ViewModel;
  readonly controls: Controls;
}

/** A short confirmation or refusal to announce (copied, inserted, read-only...). */
export interface StatusMessage {
  readonly type: 'status';
  readonly text: string;
}

/** The insert finished (or was refused): the page enables its button again. */
export interface InsertDoneMessage {
  readonly type: 'insertDone';
  readonly uri: string;
}

export type HostMessage = UpdateMessage | StatusMessage | InsertDoneMessage;

// ---- page → host ----

export interface ReadyMessage {
  readonly type: 'ready';
}

/** Select `[start, end)` of the document in its editor. */
export interface RevealMessage {
  readonly type: 'reveal';
  readonly uri: string;
  readonly version: number;
  readonly start: number;
  readonly end: number;
}

export interface InsertSummaryMessage {
  readonly type: 'insertSummary';
  readonly uri: string;
  readonly version: number;
}

export interface CopyMessage {
  readonly type: 'copy';
  readonly what: 'summary' | 'timeline';
  readonly uri: string;
  readonly version: number;
}

/** Run Export Timeline... for the shown document. */
export interface ExportTimelineMessage {
  readonly type: 'exportTimeline';
  readonly uri: string;
  readonly version: number;
}

export interface SetSentencesMessage {
  readonly type: 'setSentences';
  readonly uri: string;
  readonly sentences: number;
}

export interface SetWordsMessage {
  readonly type: 'setWords';
  readonly uri: string;
  /** 0: by sentences. */
  readonly words: number;
}

/** Analyse the whole web page (true) or only the article found in it (false). */
export interface SetWholePageMessage {
  readonly type: 'setWholePage';
  readonly uri: string;
  readonly wholePage: boolean;
}

export interface ChangeReferenceDateMessage {
  readonly type: 'changeReferenceDate';
  readonly uri: string;
}

/**
 * Set the date of the timeline entry whose mention is `[start, end)` in `version` of the document: `value` is a
 * TimeML calendar value (one of the page's alternatives, or the date the user typed, read by `readTypedDate`).
 */
export interface CorrectDateMessage {
  readonly type: 'correctDate';
  readonly uri: string;
  readonly version: number;
  readonly start: number;
  readonly end: number;
  readonly value: string;
}

/** Give the entry whose mention starts at `start` the engine's date back. */
export interface UncorrectDateMessage {
  readonly type: 'uncorrectDate';
  readonly uri: string;
  readonly start: number;
}

/** Drop every date correction of the document (Newsline: Reset Date Corrections). */
export interface ResetCorrectionsMessage {
  readonly type: 'resetCorrections';
  readonly uri: string;
}

export type PageMessage =
  | ReadyMessage
  | CorrectDateMessage
  | UncorrectDateMessage
  | ResetCorrectionsMessage
  | RevealMessage
  | InsertSummaryMessage
  | CopyMessage
  | ExportTimelineMessage
  | SetSentencesMessage
  | SetWordsMessage
  | ChangeReferenceDateMessage
  | SetWholePageMessage;

export const MIN_SENTENCES = 1;
export const MAX_SENTENCES = 20;
/** The word budgets the panel offers (0: by sentences); the setting takes any whole number up to `MAX_WORDS`. */
export const WORD_CHOICES: readonly number[] = [0, 50, 75, 100, 150, 200, 300, 500];
export const MAX_WORDS = 5000;

function isWordBudget(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= MAX_WORDS;
}

// ---- type guards (run time checks of what arrives from the page) ----

type Fields = Record<string, unknown>;

function isObject(x: unknown): x is Fields {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isOffset(x: unknown): x is number {
  return typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
}

function isUri(x: unknown): x is string {
  return typeof x === 'string' && x.length > 0 && x.length < 4096;
}

function hasType<T extends string>(x: unknown, type: T): x is Fields & { type: T } {
  return isObject(x) && x.type === type;
}

export function isReadyMessage(x: unknown): x is ReadyMessage {
  return hasType(x, 'ready');
}

export function isRevealMessage(x: unknown): x is RevealMessage {
  return hasType(x, 'reveal') && isUri(x.uri) && isOffset(x.version) && isOffset(x.start) && isOffset(x.end) && x.start <= x.end;
}

export function isInsertSummaryMessage(x: unknown): x is InsertSummaryMessage {
  return hasType(x, 'insertSummary') && isUri(x.uri) && isOffset(x.version);
}

export function isCopyMessage(x: unknown): x is CopyMessage {
  return hasType(x, 'copy') && (x.what === 'summary' || x.what === 'timeline') && isUri(x.uri) && isOffset(x.version);
}

export function isExportTimelineMessage(x: unknown): x is ExportTimelineMessage {
  return hasType(x, 'exportTimeline') && isUri(x.uri) && isOffset(x.version);
}

export function isSetSentencesMessage(x: unknown): x is SetSentencesMessage {
  return (
    hasType(x, 'setSentences') &&
    isUri(x.uri) &&
    typeof x.sentences === 'number' &&
    Number.isInteger(x.sentences) &&
    x.sentences >= MIN_SENTENCES &&
    x.sentences <= MAX_SENTENCES
  );
}

export function isSetWordsMessage(x: unknown): x is SetWordsMessage {
  return hasType(x, 'setWords') && isUri(x.uri) && isWordBudget(x.words);
}

export function isChangeReferenceDateMessage(x: unknown): x is ChangeReferenceDateMessage {
  return hasType(x, 'changeReferenceDate') && isUri(x.uri);
}

export function isSetWholePageMessage(x: unknown): x is SetWholePageMessage {
  return hasType(x, 'setWholePage') && isUri(x.uri) && typeof x.wholePage === 'boolean';
}

/** A TimeML calendar value's shape (its calendar check is the host's, with `readTypedDate`). */
function isDateValue(x: unknown): x is string {
  return typeof x === 'string' && x.length >= 2 && x.length <= 32 && /^[0-9A-Z:T-]+$/.test(x);
}

export function isCorrectDateMessage(x: unknown): x is CorrectDateMessage {
  return hasType(x, 'correctDate') && isUri(x.uri) && isOffset(x.version) && isOffset(x.start) && isOffset(x.end) && x.start < x.end && isDateValue(x.value);
}

export function isUncorrectDateMessage(x: unknown): x is UncorrectDateMessage {
  return hasType(x, 'uncorrectDate') && isUri(x.uri) && isOffset(x.start);
}

export function isResetCorrectionsMessage(x: unknown): x is ResetCorrectionsMessage {
  return hasType(x, 'resetCorrections') && isUri(x.uri);
}

const PAGE_GUARDS: ReadonlyArray<(x: unknown) => boolean> = [
  isCorrectDateMessage,
  isUncorrectDateMessage,
  isResetCorrectionsMessage,
  isSetWholePageMessage,
  isReadyMessage,
  isRevealMessage,
  isInsertSummaryMessage,
  isCopyMessage,
  isExportTimelineMessage,
  isSetSentencesMessage,
  isSetWordsMessage,
  isChangeReferenceDateMessage,
];

/** The message when it is one the page may send, else `undefined`. */
export function parsePageMessage(x: unknown): PageMessage | undefined {
  return PAGE_GUARDS.some((guard) => guard(x)) ? (x as PageMessage) : undefined;
}

/** Reads the page's saved state defensively: it comes back from storage after a reload. */
export function parsePageState(x: unknown): PageState {
  if (!isObject(x)) return {};
  return {
    ...(isUri(x.uri) ? { uri: x.uri } : {}),
    ...(typeof x.sentences === 'number' && Number.isInteger(x.sentences) && x.sentences >= MIN_SENTENCES && x.sentences <= MAX_SENTENCES
      ? { sentences: x.sentences }
      : {}),
    ...(isWordBudget(x.words) ? { words: x.words } : {}),
    ...(typeof x.scrollY === 'number' && Number.isFinite(x.scrollY) && x.scrollY >= 0 ? { scrollY: x.scrollY } : {}),
  };
}
