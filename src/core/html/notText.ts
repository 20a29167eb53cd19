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
/**
 * A short block that reads like this anywhere in it is page furniture, not the story: each pattern with a line it
 * was written for. Only blocks of at most MAX_FURNITURE_CHARS are tested, so a story paragraph that mentions a
 * newsletter or a copyright is kept.
 */
export const FURNITURE_TEXT: ReadonlyArray<readonly [RegExp, string]> = [
  // Newsletter pitches.
  [/\b(?:breaking news (?:alerts|emails)|(?:sign up|subscribe)\b[^.]{0,80}\b(?:newsletters?|alerts|emails)\b|(?:free|daily|weekly) newsletter|delivered (?:to your inbox|weekday mornings|every (?:morning|day|week))|(?:straight |right )?(?:to|in) your inbox)/i, 'Get breaking news alerts and special reports. The news and stories that matter, delivered weekday mornings.'],
  [/^\s*start your (?:day|morning|week) (?:with|right)\b/i, 'Start your day with the Opening Bell powered by The Water Coolest.'],
  // Copyright lines, the sign anywhere in the line.
  [/(?:©|\bcopyright\b)\s*(?:@|\(c\))?\s*(?:19|20)\d\d\b|\ball rights reserved\b/i, 'The contents of this site are ©2019 Capitol Hill Publishing Corp., a subsidiary of News Communications, Inc.'],
  // The site's own pages promoted: "On HoustonChronicle.com: ...", "More on CNET.com: ...", "Also: See ...".
  [/^\s*(?:(?:more |also |read )?on|from) (?:[\w-]+\.)+(?:com|org|net|co\.uk|com\.au)\s*:|^\s*also\s*:/i, 'On HoustonChronicle.com: Car sales plunge nearly 17 percent in August'],
  // Author bios at the foot of the story.
  [/^\s*\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,3} (?:is|was) (?:a|an|the)\b[^.]{0,60}\b(?:editor|reporter|writer|correspondent|columnist|contributor|journalist|producer)\b/iu, 'Trevor Daugherty is the Senior Editor of 9to5Toys. Since joining in 2014, he has specialized in product reviews.'],
  [/\b(?:follow (?:him|her|them) on|contact (?:him|her|them)(?: direct)? at|email (?:him|her|them) at)\b/i, 'Contact him direct at trevor@example.com.'],
];
const MAX_FURNITURE_CHARS = 300;
/**
 * Class words of a hover card: a person's or topic's card written inside the sentence after the link that opens it
 * ("Rep. Ilhan Omar" + "Ilhan Omar Hillicon Valley: ..."); the card goes, the link's words stay.
 */
const HOVER_CARD = /(^|\s)(?:[\w-]*(?:hover|rollover|popover|tooltip)[\w-]*[-_](?:block|card|content|body|panel|popup|box)|hover-?card|popover|tooltip)($|\s)/i;
/** Class and id names longer than this are no hover card's: HOVER_CARD reads a long name from each of its letters,
 *  the square of its length (issue 22). */
const MAX_HOVER_NAMES_CHARS = 1000;
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
    if (names.trim() !== '' && names.length <= MAX_HOVER_NAMES_CHARS && HOVER_CARD.test(names)) return true;
    if (!BLOCKS.has(el.nodeName)) return false;
    const n = textLength(el);
    if (n <= MAX_POINTER_CHARS && POINTER.test(el.textContent ?? '')) return true;
    return n <= MAX_FURNITURE_CHARS && FURNITURE_TEXT.some(([re]) => re.test(el.textContent ?? ''));
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
