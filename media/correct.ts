// Correcting a timeline date from the panel, keyboard first: "Correct date" under an event opens a list of the
// other likely readings (arrow keys move, Enter picks) and a field for a typed date (Enter sets it); Escape closes
// and gives focus back to the button. A corrected event shows a "corrected" badge (naming the date Newsline read)
// and "Undo". The host checks every correction against the timeline it shows. Text only through textContent.
import { timelineDate } from '../src/core/calendar';
import { dateAlternatives, readTypedDate } from '../src/core/corrections';
import type { TimelineEntry } from '../src/core/types';
import type { DocumentRef, PageMessage } from '../src/protocol';

type Send = (message: PageMessage) => void;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) node.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return node;
}

/** The key (`data-key`) of an event's "Correct date" button: the mention's offset, stable across redraws. */
export function correctKey(e: TimelineEntry): string {
  return `correct-${e.mention.start}`;
}

/** The controls under one event: "Correct date", and for a corrected one its badge and "Undo". */
export function correctionControls(doc: DocumentRef, e: TimelineEntry, referenceDate: string, send: Send): HTMLElement {
  const row = el('div', { class: 'correct-row' });
  const open = el('button', { type: 'button', class: 'link', 'data-key': correctKey(e), 'aria-expanded': 'false', title: `Correct the date of “${e.mention.text}”` }, 'Correct date');
  open.addEventListener('click', () => {
    const existing = row.querySelector('.correct-editor');
    if (existing) return close(row, open);
    open.setAttribute('aria-expanded', 'true');
    row.append(editor(doc, e, referenceDate, send, () => close(row, open)));
    row.querySelector<HTMLElement>('[role="listbox"], input')?.focus();
  });
  row.append(open);
  if (e.setBy === 'user') {
    const read = e.original ? (timelineDate(e.original)?.label ?? e.original) : undefined;
    row.append(' ', el('span', { class: 'badge', title: read ? `Set by you; Newsline read ${read}` : 'Set by you' }, 'corrected'));
    const undo = el('button', { type: 'button', class: 'link', 'data-key': `undo-${e.mention.start}`, title: read ? `Back to ${read}` : 'Back to Newsline’s date' }, 'Undo');
    undo.addEventListener('click', () => {
      open.focus();
      send({ type: 'uncorrectDate', uri: doc.uri, start: e.mention.start });
    });
    row.append(' ', undo);
  }
  return row;
}

function close(row: HTMLElement, open: HTMLButtonElement): void {
  row.querySelector('.correct-editor')?.remove();
  open.setAttribute('aria-expanded', 'false');
  open.focus();
}

function editor(doc: DocumentRef, e: TimelineEntry, referenceDate: string, send: Send, cancel: () => void): HTMLElement {
  const id = `correct-${e.mention.start}`;
  const apply = (value: string) => {
    // Focus the button first: the redraw that follows puts focus back on the element with the same key.
    cancel();
    send({ type: 'correctDate', uri: doc.uri, version: doc.version, start: e.mention.start, end: e.mention.end, value });
  };
  const box = el('div', { class: 'correct-editor', role: 'group', 'aria-label': `Correct the date of “${e.mention.text}”` });
  const choices = [
    ...dateAlternatives(e, referenceDate).map((a) => ({ value: a.date.value, label: a.date.label, why: a.why })),
    ...(e.setBy === 'user' && e.original ? [{ value: e.original, label: timelineDate(e.original)?.label ?? e.original, why: 'Newsline’s reading' }] : []),
  ];
  if (choices.length) {
    const list = el('ul', { role: 'listbox', tabindex: '0', id: `${id}-list`, 'aria-label': 'Other readings' });
    let active = 0;
    const options = choices.map((c, i) => {
      const option = el('li', { role: 'option', id: `${id}-${i}`, 'aria-selected': String(i === 0) }, el('span', { class: 'alt-date' }, c.label), ' ', el('span', { class: 'alt-why' }, c.why));
      option.addEventListener('click', () => apply(c.value));
      return option;
    });
    const move = (to: number) => {
      active = Math.max(0, Math.min(options.length - 1, to));
      options.forEach((o, i) => o.setAttribute('aria-selected', String(i === active)));
      list.setAttribute('aria-activedescendant', options[active].id);
      options[active].scrollIntoView({ block: 'nearest' });
    };
    list.setAttribute('aria-activedescendant', options[0].id);
    list.addEventListener('keydown', (k) => {
      const to = { ArrowDown: active + 1, ArrowUp: active - 1, Home: 0, End: options.length - 1 }[k.key];
      if (to !== undefined) move(to);
      else if (k.key === 'Enter' || k.key === ' ') apply(choices[active].value);
      else if (k.key === 'Escape') cancel();
      else return;
      k.preventDefault();
      k.stopPropagation();
    });
    list.append(...options);
    box.append(list);
  }
  const input = el('input', { type: 'text', id: `${id}-typed`, class: 'correct-input', placeholder: 'YYYY-MM-DD', 'aria-describedby': `${id}-hint`, spellcheck: 'false' });
  const hint = el('p', { class: 'correct-hint', id: `${id}-hint`, 'aria-live': 'polite' }, 'Or type a date (2022-03-31, 2022-03 or 2022) and press Enter. Escape cancels.');
  input.addEventListener('keydown', (k) => {
    if (k.key === 'Enter') {
      const date = readTypedDate(input.value);
      if (date) apply(date.value);
      else {
        hint.textContent = `“${input.value}” is not a date: type it as 2022-03-31, 2022-03 or 2022.`;
        input.setAttribute('aria-invalid', 'true');
      }
    } else if (k.key === 'Escape') cancel();
    else return;
    k.preventDefault();
    k.stopPropagation();
  });
  box.append(el('label', { for: `${id}-typed`, class: 'correct-label' }, 'Date'), ' ', input, hint);
  return box;
}
