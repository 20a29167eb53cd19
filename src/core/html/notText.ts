// Inside the article Readability found, what a reader does not read as the story's text: photo captions and credits,
// bylines and time stamps, "Read more" and related-story blocks, newsletter and share boxes. Readability keeps them
// when they sit in the article's container; the benchmark's article bodies leave them out, and so does the analysis.
import { ELEMENT_NODE, type DomNode } from './dom';

/** Class or id words of such blocks: "wp-caption-text", "photo-credit", "article-byline", "related-links", "read-more". */
const NAMES = /(^|[\s_-])(caption|credits?|byline|bylines|authors?|author-info|dateline|timestamp|read-?more|related|recirc|more-stories|newsletter|signup|promo|share|sharing|social|inline-ad)($|[\s_-])/i;
/** A named block longer than this is a container of the story, not furniture ("author-content" holding it all). */
const MAX_NAMED_CHARS = 400;
/** A block that opens like this and is short is a pointer to another page: "Read more: ...", "Related: ...". */
const POINTER = /^\s*(read more|read next|also read|related( stories| articles| coverage| content)?|see also|more from|more on this|recommended|watch|listen|sign up|subscribe)\b/i;
const MAX_POINTER_CHARS = 200;
const BLOCKS = new Set(['P', 'LI', 'DIV', 'H2', 'H3', 'H4', 'H5', 'H6', 'DD', 'BLOCKQUOTE']);

/** A test for text nodes under `root` (the article): true when the node's words are not the story's text. */
export function notStoryText(root: DomNode): (node: DomNode) => boolean {
  const known = new Map<DomNode, boolean>();
  const lengths = new Map<DomNode, number>();
  const textLength = (el: DomNode): number => {
    let n = lengths.get(el);
    if (n === undefined) lengths.set(el, (n = (el.textContent ?? '').trim().length));
    return n;
  };
  const isFurniture = (el: DomNode): boolean => {
    if (el.nodeName === 'FIGCAPTION') return true;
    const names = `${el.getAttribute?.('class') ?? ''} ${el.getAttribute?.('id') ?? ''}`;
    if (names.trim() !== '' && NAMES.test(names) && textLength(el) <= MAX_NAMED_CHARS) return true;
    return BLOCKS.has(el.nodeName) && textLength(el) <= MAX_POINTER_CHARS && POINTER.test(el.textContent ?? '');
  };
  const test = (el: DomNode | null): boolean => {
    if (!el || el === root || el.nodeType !== ELEMENT_NODE) return false;
    let result = known.get(el);
    if (result === undefined) {
      result = isFurniture(el) || test(el.parentNode);
      known.set(el, result);
    }
    return result;
  };
  return (node) => test(node.parentNode);
}
