// The panel page: draws the host's ViewModel with DOM calls only. Article text is only ever set with textContent,
// never parsed as HTML. Messages to the host are the typed PageMessage union of src/protocol.ts.
import type { Analysis, Notice, PageReading, TimelineEntry } from '../src/core/types';
import {
  MAX_SENTENCES,
  MIN_SENTENCES,
  WORD_CHOICES,
  type Controls,
  type DocumentRef,
  type HostMessage,
  type InitialData,
  type PageMessage,
  type PageState,
  type ViewModel,
} from '../src/protocol';
import { timeAxis } from './axis';
import { correctionControls } from './correct';
import { explainedItem } from './explain';

const vscode = acquireVsCodeApi<PageState>();
const app = document.getElementById('app') as HTMLElement;
const statusLine = document.getElementById('status') as HTMLElement;

let model: ViewModel = { kind: 'idle' };
let controls: Controls = { sentences: 3, words: 0 };
let inserting = false;
let statusTimer: number | undefined;
/** Scroll to restore once, after the first drawing of the document the saved state belongs to. */
let pendingScroll: { uri: string; y: number } | undefined;

function send(message: PageMessage): void {
  vscode.postMessage(message);
}

// ---- small DOM helpers ----

type Attrs = Record<string, string>;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) node.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return node;
}

function button(label: string, key: string, onClick: () => void, cls = 'secondary', title?: string): HTMLButtonElement {
  const b = el('button', { type: 'button', class: cls, 'data-key': key, ...(title ? { title } : {}) }, label);
  b.addEventListener('click', onClick);
  return b;
}

// ---- drawing ----

function draw(): void {
  const focusKey = (document.activeElement as HTMLElement | null)?.dataset?.key;
  app.replaceChildren(...view(model));
  app.setAttribute('aria-busy', String(model.kind === 'loading'));
  if (focusKey) app.querySelector<HTMLElement>(`[data-key="${CSS.escape(focusKey)}"]`)?.focus({ preventScroll: true });
  restoreScroll();
  saveState();
}

function view(m: ViewModel): Node[] {
  switch (m.kind) {
    case 'idle':
      return [message('Nothing to show yet', 'Open a plain text, Markdown or HTML article and run “Newsline: Summarize Article and Build Timeline”.')];
    case 'loading':
      return [header(m.doc, undefined), el('div', { class: 'progress', role: 'progressbar', 'aria-label': 'Analysing' }), message('Reading the article…', '')];
    case 'error':
      return [header(m.doc, undefined), message('Newsline could not analyse this document', m.message, 'error')];
    case 'ready':
      return readyView(m.doc, m.analysis);
  }
}

function message(title: string, detail: string, cls = ''): HTMLElement {
  return el('div', { class: `state ${cls}`.trim() }, el('p', { class: 'state-title' }, title), ...(detail ? [el('p', { class: 'state-detail' }, detail)] : []));
}

const SOURCE_WORDS: Record<Analysis['referenceDate']['source'], string> = {
  document: 'found in the document',
  option: 'set in Newsline’s settings',
  today: 'today: no date found in the document',
};

function header(doc: DocumentRef, analysis: Analysis | undefined): HTMLElement {
  const title = el('h1', { class: 'title' }, analysis?.title ?? doc.name);
  const meta = el('p', { class: 'file' }, doc.name);
  const parts: Node[] = [title];
  if (analysis?.title) parts.push(meta);
  if (analysis) {
    const ref = analysis.referenceDate;
    const date = el('span', { class: 'ref-value' }, readableDay(ref.value));
    const source = el('span', { class: 'ref-source' }, SOURCE_WORDS[ref.source]);
    const change = button('Change…', 'change-date', () => send({ type: 'changeReferenceDate', uri: doc.uri }), 'link', 'Set the reference date (Newsline: Set Reference Date...)');
    const row = el('p', { class: 'ref' }, el('span', { class: 'label' }, 'Reference date '), date, ' · ', source, ' ', change);
    if (ref.source === 'document' && ref.mention) {
      const mention = ref.mention;
      const jump = button(`“${mention.text}”`, 'ref-mention', () => reveal(doc, mention.start, mention.end), 'link quote', 'Show where the date was found');
      row.insertBefore(jump, change);
      row.insertBefore(document.createTextNode(' '), change);
    }
    parts.push(row);
  }
  return el('header', { class: 'head' }, ...parts);
}

function readyView(doc: DocumentRef, a: Analysis): Node[] {
  const nodes: Node[] = [header(doc, a)];
  const blocking = a.notices.find((n) => n.code === 'empty' || n.code === 'binary' || n.code === 'too-large');
  if (blocking) {
    nodes.push(message(blocking.code === 'empty' ? 'This document is empty' : 'Nothing to analyse', noticeDetail(blocking)));
    return nodes;
  }
  if (a.page) nodes.push(pageReading(doc, a.page));
  nodes.push(summarySection(doc, a), timelineSection(doc, a));
  const asides = a.notices.filter((n) => n.code !== 'no-dates' && n.code !== 'no-sentences');
  if (asides.length > 0) nodes.push(el('aside', { class: 'notices' }, ...asides.map((n) => el('p', {}, n.message))));
  return nodes;
}

/** "Article: 14 paragraphs; page navigation, comments and 3 sidebars left out." with the control to switch. */
function pageReading(doc: DocumentRef, page: PageReading): HTMLElement {
  const whole = page.mode === 'whole-page';
  const parts: Array<Node | string> = [page.message, ' '];
  if (!whole || page.reason === 'asked') {
    const label = whole ? 'Analyse the article only' : 'Analyse the whole page';
    parts.push(button(label, 'whole-page', () => send({ type: 'setWholePage', uri: doc.uri, wholePage: !whole }), 'link', whole ? 'Leave navigation, sidebars and comments out again' : 'Include navigation, sidebars, comments and everything else on the page'));
  }
  return el('p', { class: 'page-reading' }, ...parts);
}

function noticeDetail(n: Notice): string {
  return n.code === 'empty' ? 'Write or paste an article; its summary and timeline appear here as you type.' : n.message;
}

function summarySection(doc: DocumentRef, a: Analysis): HTMLElement {
  const select = el('select', { id: 'sentences', 'data-key': 'sentences' });
  for (let n = MIN_SENTENCES; n <= MAX_SENTENCES; n++) select.append(el('option', { value: String(n) }, String(n)));
  select.value = String(controls.sentences);
  select.addEventListener('change', () => {
    const n = Number(select.value);
    controls = { ...controls, sentences: n };
    saveState();
    send({ type: 'setSentences', uri: doc.uri, sentences: n });
  });
  // A word budget (whole sentences up to it) instead of a sentence count; "Sentences" is then the most it holds.
  const words = el('select', { id: 'words', 'data-key': 'words', title: 'At most this many words, in whole sentences' });
  const choices = WORD_CHOICES.includes(controls.words) ? WORD_CHOICES : [...WORD_CHOICES, controls.words].sort((a, b) => a - b);
  for (const n of choices) words.append(el('option', { value: String(n) }, n === 0 ? 'any' : String(n)));
  words.value = String(controls.words);
  select.disabled = controls.words > 0;
  words.addEventListener('change', () => {
    const n = Number(words.value);
    controls = { ...controls, words: n };
    select.disabled = n > 0;
    saveState();
    send({ type: 'setWords', uri: doc.uri, words: n });
  });
  const insert = button('Insert Summary', 'insert', () => {
    if (inserting) return;
    inserting = true;
    insert.setAttribute('aria-disabled', 'true');
    send({ type: 'insertSummary', uri: doc.uri, version: doc.version });
  }, 'primary', 'Insert the summary into the article as one edit');
  insert.id = 'insert';
  if (inserting) insert.setAttribute('aria-disabled', 'true');
  const copy = button('Copy', 'copy-summary', () => send({ type: 'copy', what: 'summary', uri: doc.uri, version: doc.version }), 'secondary', 'Copy the summary as Markdown');
  copy.id = 'copy-summary';

  const head = el(
    'div',
    { class: 'section-head' },
    el('h2', { id: 'summary-heading' }, 'Summary'),
    el('label', { class: 'count', for: 'sentences' }, 'Sentences'),
    select,
    el('label', { class: 'count', for: 'words' }, 'Words'),
    words,
  );
  const actions = el('div', { class: 'actions' }, insert, copy);
  const body =
    a.summary.length === 0
      ? el('p', { class: 'empty' }, a.notices.find((n) => n.code === 'no-sentences')?.message ?? 'No summary sentences.')
      : el(
          'ol',
          { class: 'summary' },
          ...a.summary.map((s) =>
            el('li', {}, itemButton(`sentence-${s.index}`, 'Show this sentence in the editor', () => reveal(doc, s.start, s.end), el('span', { class: 'text' }, s.text))),
          ),
        );
  return el('section', { class: 'summary-section', 'aria-labelledby': 'summary-heading' }, head, actions, body);
}

function timelineSection(doc: DocumentRef, a: Analysis): HTMLElement {
  const copy = button('Copy', 'copy-timeline', () => send({ type: 'copy', what: 'timeline', uri: doc.uri, version: doc.version }), 'secondary', 'Copy the timeline as Markdown');
  copy.id = 'copy-timeline';
  const head = el('div', { class: 'section-head' }, el('h2', { id: 'timeline-heading' }, 'Timeline'), el('span', { class: 'count' }, countWords(a.timeline.length)), copy);
  if (a.timeline.length === 0) {
    return el('section', { class: 'timeline-section', 'aria-labelledby': 'timeline-heading' }, head, message('No dated events found', 'Dates such as “Friday”, “Feb. 24” or “in 1986” become events here.', 'inline'));
  }
  const days = groupByDate(a.timeline).map(({ label, entries }) =>
    el(
      'li',
      { class: 'day' },
      el('div', { class: 'date' }, label),
      el('ol', { class: 'events' }, ...entries.map(({ entry, i }) => {
        const item = explainedItem(eventButton(doc, entry, i), entry, i);
        if (entry.setBy) item.classList.add('corrected');
        item.append(correctionControls(doc, entry, a.referenceDate.value, send));
        return item;
      })),
    ),
  );
  copy.disabled = false;
  const axis = timeAxis({
    uri: doc.uri,
    entries: a.timeline,
    referenceDate: a.referenceDate.value,
    referenceLabel: readableDay(a.referenceDate.value),
    width: app.clientWidth,
    select: (e) => reveal(doc, e.mention.start, e.mention.end),
  });
  // After the list, so the keyboard reaches it once the timeline has been read.
  const exportButton = button('Export…', 'export-timeline', () => send({ type: 'exportTimeline', uri: doc.uri, version: doc.version }), 'secondary', 'Export the timeline: TimelineJS, spreadsheet (CSV), calendar (iCalendar), HTML, Markdown, JSON');
  const actions = el('div', { class: 'actions' }, exportButton);
  if (a.timeline.some((e) => e.setBy === 'user')) {
    actions.append(button('Reset corrections', 'reset-corrections', () => send({ type: 'resetCorrections', uri: doc.uri }), 'secondary', 'Give every corrected date Newsline’s reading back'));
  }
  return el('section', { class: 'timeline-section', 'aria-labelledby': 'timeline-heading' }, head, axis, el('ol', { class: 'timeline' }, ...days), actions);
}

function countWords(n: number): string {
  return n === 1 ? '1 event' : `${n} events`;
}

function dateLabel(e: TimelineEntry): string {
  return e.endDate ? `${e.date.label} – ${e.endDate.label}` : e.date.label;
}

function groupByDate(entries: TimelineEntry[]): Array<{ label: string; entries: Array<{ entry: TimelineEntry; i: number }> }> {
  const groups: Array<{ label: string; entries: Array<{ entry: TimelineEntry; i: number }> }> = [];
  entries.forEach((entry, i) => {
    const label = dateLabel(entry);
    const last = groups[groups.length - 1];
    if (last && last.label === label) last.entries.push({ entry, i });
    else groups.push({ label, entries: [{ entry, i }] });
  });
  return groups;
}

function eventButton(doc: DocumentRef, e: TimelineEntry, i: number): HTMLButtonElement {
  const phrase = el('span', { class: 'text' });
  const at = e.event.indexOf(e.mention.text);
  if (at >= 0 && e.mention.text.length > 0) {
    phrase.append(e.event.slice(0, at), el('mark', {}, e.mention.text), e.event.slice(at + e.mention.text.length));
  } else {
    phrase.append(e.event, ' ', el('mark', {}, e.mention.text));
  }
  const b = itemButton(`event-${i}`, `Show “${e.mention.text}” in the editor`, () => reveal(doc, e.mention.start, e.mention.end), phrase);
  b.dataset.start = String(e.mention.start);
  b.dataset.end = String(e.mention.end);
  return b;
}

function itemButton(key: string, title: string, onClick: () => void, ...children: Node[]): HTMLButtonElement {
  const b = el('button', { type: 'button', class: 'item', 'data-key': key, title }, ...children);
  b.addEventListener('click', onClick);
  return b;
}

function reveal(doc: DocumentRef, start: number, end: number): void {
  send({ type: 'reveal', uri: doc.uri, version: doc.version, start, end });
}

function readableDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).replace(',', '');
}

// ---- status line, state ----

function showStatus(text: string): void {
  statusLine.textContent = text;
  statusLine.classList.add('visible');
  window.clearTimeout(statusTimer);
  statusTimer = window.setTimeout(() => statusLine.classList.remove('visible'), 4000);
}

function currentUri(): string | undefined {
  return model.kind === 'idle' ? undefined : model.doc.uri;
}

function saveState(): void {
  const uri = currentUri();
  vscode.setState({ ...(uri ? { uri } : {}), sentences: controls.sentences, words: controls.words, scrollY: window.scrollY });
}

function restoreScroll(): void {
  if (!pendingScroll || model.kind !== 'ready' || model.doc.uri !== pendingScroll.uri) return;
  window.scrollTo(0, pendingScroll.y);
  pendingScroll = undefined;
}

function onHostMessage(m: HostMessage): void {
  switch (m.type) {
    case 'update': {
      const switched = currentUri() !== (m.model.kind === 'idle' ? undefined : m.model.doc.uri);
      model = m.model;
      controls = m.controls;
      draw();
      if (switched && !pendingScroll) window.scrollTo(0, 0);
      return;
    }
    case 'status':
      showStatus(m.text);
      return;
    case 'insertDone':
      inserting = false;
      document.getElementById('insert')?.removeAttribute('aria-disabled');
      return;
  }
}

function start(): void {
  const saved = vscode.getState();
  try {
    const initial = JSON.parse(document.body.dataset.initial ?? '{}') as InitialData;
    if (initial.model) model = initial.model;
    if (initial.controls) controls = initial.controls;
  } catch {
    // A broken attribute only costs the first paint: the host answers "ready" with the current state.
  }
  if (saved?.uri && typeof saved.scrollY === 'number') pendingScroll = { uri: saved.uri, y: saved.scrollY };
  window.addEventListener('message', (e: MessageEvent<HostMessage>) => onHostMessage(e.data));
  let scrollQueued = false;
  window.addEventListener('scroll', () => {
    if (scrollQueued) return;
    scrollQueued = true;
    requestAnimationFrame(() => {
      scrollQueued = false;
      saveState();
    });
  });
  draw();
  send({ type: 'ready' });
}

start();
