// Each timeline date explained in the panel: a tooltip on the event (shown on hover and on keyboard focus, hidden by
// Escape, described to screen readers by aria-describedby) says how its date was resolved, and badges mark a year
// the text left implied or a day chosen between two readings. Text is only ever set with textContent.
import type { TimelineEntry } from '../src/core/types';

/** Badge words for the parts an explanation marks, and the mod words a reader sees ("early March"). */
const MOD_BADGES: Readonly<Record<NonNullable<TimelineEntry['mod']>, string>> = {
  APPROX: 'approximate',
  START: 'start of period',
  MID: 'middle of period',
  END: 'end of period',
  BEFORE: 'before',
  AFTER: 'after',
  ON_OR_BEFORE: 'on or before',
  ON_OR_AFTER: 'on or after',
  LESS_THAN: 'less than',
  MORE_THAN: 'more than',
  EQUAL_OR_LESS: 'at most',
  EQUAL_OR_MORE: 'at least',
};

/** The badges an entry takes: "year implied", "day guessed", and its mod. */
export function badgeWords(e: TimelineEntry): string[] {
  const x = e.explanation;
  const words: string[] = [];
  if (x?.implied.includes('year')) words.push('year implied');
  if (x?.guessed?.includes('day')) words.push('day guessed');
  if (e.mod) words.push(MOD_BADGES[e.mod]);
  return words;
}

let shown: HTMLElement | undefined;

function show(tip: HTMLElement): void {
  if (shown && shown !== tip) shown.hidden = true;
  tip.hidden = false;
  shown = tip;
}

function hide(tip: HTMLElement): void {
  tip.hidden = true;
  if (shown === tip) shown = undefined;
}

// Escape hides the open tooltip wherever the focus is (WCAG 1.4.13: dismissible without moving the pointer).
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && shown) hide(shown);
});

/** The event's list item: its button, with badges and the explanation's tooltip when the entry has one. */
export function explainedItem(button: HTMLButtonElement, e: TimelineEntry, i: number): HTMLLIElement {
  const li = document.createElement('li');
  li.append(button);
  const words = badgeWords(e);
  for (const word of words) {
    const badge = document.createElement('span');
    badge.className = 'badge';
    badge.textContent = word;
    button.append(' ', badge);
  }
  const x = e.explanation;
  if (!x) return li;
  li.classList.add('explained');
  const tip = document.createElement('div');
  tip.id = `explain-${i}`;
  tip.className = 'explain-tip';
  tip.setAttribute('role', 'tooltip');
  tip.textContent = x.summary;
  tip.hidden = true;
  li.append(tip);
  // The tooltip replaces the button's title, which would show a second, native tooltip over it.
  button.removeAttribute('title');
  button.setAttribute('aria-describedby', tip.id);
  button.addEventListener('focus', () => show(tip));
  button.addEventListener('blur', () => hide(tip));
  // On the item, not the button, so the pointer can move onto the tooltip without closing it.
  li.addEventListener('mouseenter', () => show(tip));
  li.addEventListener('mouseleave', () => {
    if (document.activeElement !== button) hide(tip);
  });
  return li;
}
