// The time axis above the timeline list: the layout of src/panel/axisLayout.ts drawn as inline SVG with DOM calls.
// Hand-drawn rather than with a library: the picture is a few dozen shapes, so axis and layout add 11 kB minified
// (4 kB gzipped) to the page, where vis-timeline 8.5.4's standalone bundle is 549 kB minified plus 20 kB of CSS
// (the .vsix limit is 2 MB), takes item content as HTML behind an XSS filter, and has no keyboard model of its own.
// Here every mark is a focusable role="button" named by its date and event, and only theme colours are used.
// Article text reaches the picture only through textContent and setAttribute, never as markup.
import type { TimelineEntry } from '../src/core/types';
import { AXIS, layoutAxis, type AxisLayout, type AxisMark } from '../src/panel/axisLayout';

const SVG = 'http://www.w3.org/2000/svg';
/** Vertical room of one lane of marks, the row of break labels above them, and the tick labels below the line. */
const LANE = 14;
const TOP = 16;
const BELOW = 20;
const BAR = 8;

type Attrs = Record<string, string | number>;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Array<Node | string>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  for (const c of children) node.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return node;
}

export interface AxisOptions {
  readonly uri: string;
  readonly entries: readonly TimelineEntry[];
  readonly referenceDate: string;
  readonly referenceLabel: string;
  /** The width to draw at first, before the element is in the page and can be measured. */
  readonly width: number;
  /** Selects the entry's mention in the editor, as a click on the list does. */
  readonly select: (entry: TimelineEntry) => void;
}

/** The mark that takes the tab stop, per document, so a redraw keeps the reader's place. */
const current = new Map<string, number>();
let observer: ResizeObserver | undefined;

/** The axis with its legend; redraws itself when the panel is resized. Empty timelines get no axis. */
export function timeAxis(o: AxisOptions): HTMLElement {
  const figure = document.createElement('div');
  figure.className = 'axis';
  figure.setAttribute('role', 'toolbar');
  figure.setAttribute('aria-label', `Time axis, ${o.entries.length === 1 ? '1 event' : `${o.entries.length} events`}: arrow keys move between them, Enter shows one in the editor`);
  let drawnWidth = Math.max(120, Math.floor(o.width));
  figure.append(picture(o, layoutAxis(o.entries, o.referenceDate, drawnWidth)), legend());
  figure.addEventListener('keydown', (e) => onKey(o, figure, e));
  observer?.disconnect();
  observer = new ResizeObserver(() => {
    const width = Math.max(120, Math.floor(figure.clientWidth));
    if (!figure.isConnected || width === drawnWidth || figure.clientWidth === 0) return;
    drawnWidth = width;
    const focused = (document.activeElement as SVGElement | null)?.dataset?.key;
    figure.firstElementChild?.replaceWith(picture(o, layoutAxis(o.entries, o.referenceDate, width)));
    if (focused) figure.querySelector<SVGElement>(`[data-key="${CSS.escape(focused)}"]`)?.focus({ preventScroll: true });
  });
  observer.observe(figure);
  return figure;
}

function picture(o: AxisOptions, layout: AxisLayout): SVGSVGElement {
  const lanes = Math.max(1, layout.lanes);
  const axisY = TOP + lanes * LANE + 4;
  const height = axisY + BELOW;
  const root = svg('svg', { class: 'axis-svg', width: layout.width, height, viewBox: `0 0 ${layout.width} ${height}` });
  const laneY = (lane: number) => axisY - 4 - LANE / 2 - lane * LANE;

  // The line, broken where time is compressed; each break is two slanted strokes and its length above.
  const scenery = svg('g', { 'aria-hidden': 'true' });
  let from = 0;
  for (const g of layout.gaps) {
    scenery.append(svg('line', { class: 'axis-line', x1: from, y1: axisY, x2: g.x1 + 4, y2: axisY }));
    scenery.append(svg('line', { class: 'axis-gap', x1: g.x1 + 4, y1: axisY, x2: g.x2 - 4, y2: axisY }));
    for (const x of [g.x1 + 4, g.x2 - 4]) scenery.append(svg('line', { class: 'axis-break', x1: x - 3, y1: axisY + 5, x2: x + 3, y2: axisY - 5 }));
    scenery.append(svg('text', { class: 'axis-gap-label', x: (g.x1 + g.x2) / 2, y: TOP - 5, 'text-anchor': 'middle' }, g.label));
    from = g.x2 - 4;
  }
  scenery.append(svg('line', { class: 'axis-line', x1: from, y1: axisY, x2: layout.width, y2: axisY }));
  for (const t of layout.ticks) {
    if (t.line) scenery.append(svg('line', { class: 'axis-tick', x1: t.x, y1: axisY, x2: t.x, y2: axisY + 4 }));
    scenery.append(svg('text', { class: 'axis-label', x: t.x, y: axisY + 15 }, t.label));
  }
  if (layout.reference) {
    const x = layout.reference.x;
    const ref = svg('g', { class: 'axis-reference' }, svg('title', {}, `Reference date: ${o.referenceLabel}`));
    ref.append(svg('line', { x1: x, y1: TOP - 2, x2: x, y2: axisY }), svg('path', { d: `M ${x - 4} ${axisY + 1} L ${x + 4} ${axisY + 1} L ${x} ${axisY - 5} Z` }));
    scenery.append(ref);
  }
  root.append(scenery);

  const active = layout.marks.some((m) => m.index === current.get(o.uri)) ? current.get(o.uri) : layout.marks[0]?.index;
  const marks = svg('g', { class: 'axis-marks' });
  // Marks in chronological order, so the arrow keys and a screen reader's reading follow time.
  for (const m of [...layout.marks].sort((a, b) => a.index - b.index)) marks.append(mark(o, m, laneY(m.lane), m.index === active));
  root.append(marks);
  return root;
}

function mark(o: AxisOptions, m: AxisMark, y: number, tabStop: boolean): SVGGElement {
  const entry = o.entries[m.index];
  const kinds = [m.shape, m.range ? 'range' : '', m.approximate ? 'approximate' : 'exact', m.implied ? 'implied' : ''].filter(Boolean);
  const g = svg('g', {
    class: `axis-mark axis-kind ${kinds.join(' ')}`,
    role: 'button',
    tabindex: tabStop ? 0 : -1,
    'aria-label': m.name,
    'data-key': `axis-${m.index}`,
    'data-index': m.index,
    'data-start': entry.mention.start,
    'data-end': entry.mention.end,
  });
  g.append(svg('title', {}, m.name));
  if (m.shape === 'bar') {
    g.append(
      svg('rect', { class: 'hit', x: m.x - 3, y: y - BAR / 2 - 3, width: m.x2 - m.x + 6, height: BAR + 6, rx: 3 }),
      svg('rect', { class: 'shape', x: m.x + 0.5, y: y - BAR / 2, width: Math.max(1, m.x2 - m.x - 1), height: BAR, rx: 2 }),
    );
  } else {
    g.append(svg('circle', { class: 'hit', cx: m.x, cy: y, r: AXIS.radius + 3 }), svg('circle', { class: 'shape', cx: m.x, cy: y, r: AXIS.radius - 0.5 }));
  }
  g.addEventListener('click', () => activate(o, g, m.index));
  return g;
}

function activate(o: AxisOptions, g: SVGGElement, index: number): void {
  current.set(o.uri, index);
  const figure = g.closest('.axis');
  figure?.querySelectorAll('.axis-mark[tabindex="0"]').forEach((other) => other.setAttribute('tabindex', '-1'));
  g.setAttribute('tabindex', '0');
  o.select(o.entries[index]);
}

/** Arrow keys move between marks in time order (a roving tab stop: Tab enters and leaves the axis once). */
function onKey(o: AxisOptions, figure: HTMLElement, e: KeyboardEvent): void {
  const target = (e.target as Element).closest<SVGGElement>('.axis-mark');
  if (!target) return;
  if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    activate(o, target, Number(target.dataset.index));
    return;
  }
  const marks = Array.from(figure.querySelectorAll<SVGGElement>('.axis-mark'));
  const at = marks.indexOf(target);
  const to =
    e.key === 'ArrowRight' || e.key === 'ArrowDown' ? Math.min(marks.length - 1, at + 1)
    : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? Math.max(0, at - 1)
    : e.key === 'Home' ? 0
    : e.key === 'End' ? marks.length - 1
    : -1;
  if (to < 0) return;
  e.preventDefault();
  target.setAttribute('tabindex', '-1');
  marks[to].setAttribute('tabindex', '0');
  marks[to].focus();
  current.set(o.uri, Number(marks[to].dataset.index));
}

/** What the shapes mean, with the same shapes in small. */
function legend(): HTMLElement {
  const p = document.createElement('p');
  p.className = 'axis-legend';
  p.setAttribute('aria-hidden', 'true');
  const item = (cls: string, shape: SVGElement, text: string) => {
    const span = document.createElement('span');
    const icon = svg('svg', { class: `axis-swatch ${cls}`, width: 14, height: 12, viewBox: '0 0 14 12' }, shape);
    span.append(icon, text);
    return span;
  };
  p.append(
    item('axis-kind point exact', svg('circle', { class: 'shape', cx: 7, cy: 6, r: 4 }), 'day'),
    item('axis-kind bar approximate', svg('rect', { class: 'shape', x: 1, y: 2, width: 12, height: 8, rx: 2 }), 'period'),
    item('axis-kind bar range exact', svg('rect', { class: 'shape', x: 1, y: 2, width: 12, height: 8, rx: 2 }), 'range'),
    item('axis-kind point exact implied', svg('circle', { class: 'shape', cx: 7, cy: 6, r: 4 }), 'year inferred'),
    item('axis-reference', svg('line', { x1: 7, y1: 0, x2: 7, y2: 12 }), 'reference date'),
  );
  return p;
}
