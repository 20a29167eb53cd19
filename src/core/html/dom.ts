// A web page as a DOM (linkedom) whose text nodes know where they are in the source: linkedom builds its tree from
// htmlparser2's events, one text node per `ontext`, appended in document order, so a second htmlparser2 pass with
// the same options gives each text node its [start, end) in the HTML as the user has it open. The pairing is checked
// node by node (same decoded text); a page where it fails gets no map and is analysed whole.
// linkedom and htmlparser2 are loaded at the first web page, not with the engine: plain text and Markdown never pay
// for them (the CLI's start-up stays as it was).
import { partitionPoint } from '../sorted';
type Linkedom = typeof import('linkedom');
type Htmlparser2 = typeof import('htmlparser2');
type Parser = InstanceType<Htmlparser2['Parser']>;

/** The little of the DOM the extraction reads; linkedom's nodes have all of it. */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly childNodes: ArrayLike<DomNode>;
  readonly parentNode: DomNode | null;
  readonly data?: string;
  readonly textContent: string | null;
  getAttribute?(name: string): string | null;
  removeAttribute?(name: string): void;
}

export interface DomDocument extends DomNode {
  readonly body: DomNode | null;
  readonly documentElement: DomNode | null;
  querySelectorAll(selector: string): ArrayLike<DomNode>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export interface SourceDom {
  readonly document: DomDocument;
  /** The text node's [start, end) in the source (entities and all), when it came from the source. */
  rangeOf(node: DomNode): readonly [number, number] | undefined;
  /**
   * The source range of the first text of the page equal to `data` that starts at or after `from` (else the first
   * anywhere): for a text node Readability made anew, as it does when it restores the body from its HTML to try again
   * with looser rules; the copies have the same text, in the same order.
   */
  locate(data: string, from: number): readonly [number, number] | undefined;
}

/**
 * Elements nested deeper than this make a page no article: Readability reads each element's text, which under n
 * nested elements is n²/2 characters (4,000 "<h1>" took 11 s). The 108 dev pages nest 18 deep (median), 51 at most.
 */
export const MAX_DEPTH = 400;

/** Parses `html`; undefined when the text nodes cannot be paired with their source ranges, or it nests too deep. */
export function parseWithSource(html: string): SourceDom | undefined {
  const ranges: Array<readonly [number, number]> = [];
  const texts: string[] = [];
  let cdata = false;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Parser } = require('htmlparser2') as Htmlparser2;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { parseHTML } = require('linkedom') as Linkedom;
  const parser: Parser = new Parser(
    {
      ontext(text: string) {
        if (cdata) return;
        ranges.push([parser.startIndex, parser.endIndex + 1]);
        texts.push(text);
      },
      oncdatastart() {
        cdata = true;
      },
      oncdataend() {
        cdata = false;
      },
    },
    { lowerCaseAttributeNames: false, decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  const document = parseHTML(html).document as unknown as DomDocument;
  const map = new WeakMap<DomNode, readonly [number, number]>();
  let i = 0;
  let ok = true;
  const walk = (node: DomNode, depth: number): void => {
    if (depth > MAX_DEPTH) ok = false;
    const children = node.childNodes;
    for (let k = 0; k < children.length && ok; k++) {
      const child = children[k];
      if (child.nodeType === TEXT_NODE) {
        if (texts[i] !== child.data) ok = false;
        else map.set(child, ranges[i++]);
      } else if (child.nodeType === ELEMENT_NODE) walk(child, depth + 1);
    }
  };
  walk(document, 0);
  if (!ok || i !== texts.length) return undefined;
  let byText: Map<string, number[]> | undefined;
  const locate = (data: string, from: number): readonly [number, number] | undefined => {
    if (!byText) {
      byText = new Map();
      texts.forEach((t, k) => {
        const list = byText!.get(t);
        if (list) list.push(k);
        else byText!.set(t, [k]);
      });
    }
    const list = byText.get(data);
    if (!list) return undefined;
    const lo = partitionPoint(0, list.length, (i) => ranges[list[i]][0] < from);
    return ranges[list[lo < list.length ? lo : 0]];
  };
  return { document, rangeOf: (node) => map.get(node), locate };
}

/** The text nodes under `node`, in document order. */
export function textNodesOf(node: DomNode, out: DomNode[] = []): DomNode[] {
  const children = node.childNodes;
  for (let k = 0; k < children.length; k++) {
    const child = children[k];
    if (child.nodeType === TEXT_NODE) out.push(child);
    else if (child.nodeType === ELEMENT_NODE) textNodesOf(child, out);
  }
  return out;
}
