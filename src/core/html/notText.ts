// Inside the article Readability found, what a reader does not read as the story's text: photo captions and credits,
// bylines and time stamps, "Read more" and related-story blocks, newsletter and share boxes. Readability keeps them
// when they sit in the article's container; the benchmark's article bodies leave them out, and so does the analysis.
import { isTimestampLine } from '../timestamp-line';
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
  // The site's own accounts and coverage pages: "Follow Newsbeat on Instagram, ...", "Follow AP's full coverage of ...".
  [/^\s*follow\b(?!-)[^.]{0,80}\b(?:on (?:instagram|facebook|twitter|youtube|linkedin)|(?:full )?coverage of)\b/i, "Follow AP's full coverage of Brexit and British politics at https://www.apnews.com/Brexit"],
  // Photo credits closing a caption, or a "photos ©" credit: the caption goes with them.
  [/\((?:image|photo|photograph|picture|credit|source)s?(?: credit)?\s*:[^)]{0,80}\)\s*$/i, 'The core stage of the first SLS at Michoud after the installation of its engines. (credit: NASA/Jude Guidry)'],
  [/\b(?:photos?|images?|pictures?|photographs?)\s*(?:by\s*)?:?\s*©/i, 'Jewels after Jewels, installation views, photos © Inexhibit, 2018'],
  // Bylines and credits of the reporting.
  [/^\s*(?:[Bb]y|BY|(?:[Ww]ords|[Ss]tory|[Ww]ritten|[Pp]osted) by)\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}\s*(?:$|[-|,–—:])/u, 'By Justine Coleman - 11/18/19 11:04 PM EST'],
  [/^\s*(?:[Aa]dditional reporting|[Rr]eporting) by\s+\p{Lu}/u, 'Additional reporting by Joseph Hudak'],
];

/** The title of a list of other stories: "More Great WIRED Stories", "Related articles", "More:". */
const RELATED_TITLE = /^(?:(?:more|related|recommended|popular|latest|top|other)\b[^.!?]{0,40}\b(?:stories|articles|news|reads|coverage|links|posts)|more:|related:?|read more:?|see also:?)$/i;

/**
 * A block that is nothing but this is page furniture: the labels of image galleries, share, sign-in and comment
 * buttons, sidebar titles, a bare address. Each with a line it was written for.
 */
export const FURNITURE_LINE: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:image|images|caption|close|enlarge image|photo|gallery|advert|advertisement|\/|\d{1,3}|[|•·])$/i, 'Enlarge Image'],
  [/^(?:sign in|log in|share|tweet|submit|email|print|comments?|post comment(?: \(\+\))?|\d+ comments?|tell us what you think\W*)$/i, 'Post Comment (+)'],
  [/^(?:trending|breaking news|latest news|recent articles|popular this week|most popular|most read|you may also like|don'?t miss|see more|more:?|source:?|highlights|home|related(?: stories| articles)?:?)$/i, "DON'T MISS"],
  [/^(?:want more stories like this\?|how to listen to [^.]{1,60})$/i, 'Want more stories like this?'],
  [RELATED_TITLE, 'More Great WIRED Stories'],
  // A web address or an e-mail address standing alone.
  [/^(?:https?:\/\/|www\.)\S+$|^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:twitter|facebook|instagram)\.com\/\w+)$/i, 'paul.takahashi@chron.com'],
];
const MAX_LINE_CHARS = 200;
/** A time-stamp line is at most this long (isTimestampLine measures its words). */
const MAX_STAMP_CHARS = 160;
/** A block of links only, this short: a teaser, another story's headline. */
const MAX_TEASER_CHARS = 200;
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

/** Is the element before `list` (or before its run of lists) a related-stories title? */
function afterRelatedTitle(list: DomNode): boolean {
  const siblings = list.parentNode ? Array.from(list.parentNode.childNodes).filter((c) => c.nodeType === ELEMENT_NODE) : [];
  for (let k = siblings.indexOf(list) - 1; k >= 0; k--) {
    const prev = siblings[k];
    if (prev.nodeName === 'UL' || prev.nodeName === 'OL') continue;
    return RELATED_TITLE.test((prev.textContent ?? '').replace(/\s+/g, ' ').trim());
  }
  return false;
}

/**
 * Do the links under `el` stay on the page's own site (`host`, from its canonical address)? A list of links to the
 * site's other stories is a related-stories list; a list of links to shops is a deal post's own text.
 */
function linksWithin(el: DomNode, host: string | undefined): boolean {
  const children = el.childNodes;
  for (let k = 0; k < children.length; k++) {
    const c = children[k];
    if (c.nodeType !== ELEMENT_NODE) continue;
    if (c.nodeName === 'A' && !sameSite(c.getAttribute?.('href') ?? '', host)) return false;
    if (!linksWithin(c, host)) return false;
  }
  return true;
}

/**
 * A relative address, or one on the site of `host`: the same name before the country or generic ending
 * (www.wired.com and wired.com, www.businessinsider.com and www.businessinsider.de, news.bbc.co.uk and bbc.com).
 */
export function sameSite(href: string, host: string | undefined): boolean {
  const m = /^(?:[a-z][a-z\d+.-]*:)?\/\/([^/?#:]+)/i.exec(href.trim());
  if (!m) return true;
  return host !== undefined && siteName(m[1]) === siteName(host);
}

function siteName(host: string): string {
  const labels = host.toLowerCase().split('.');
  labels.pop();
  if (labels.length > 1 && /^(?:co|com|org|net|ac|gov|edu)$/.test(labels[labels.length - 1])) labels.pop();
  return labels[labels.length - 1] ?? '';
}

/** A test for text nodes under `root` (the article): true when the node's words are not the story's text. */
/** What the page says of itself: its host (canonical address) and its description (meta, og:, twitter:). */
export interface PageFacts {
  readonly host?: string;
  readonly descriptions?: readonly string[];
}

/** A description is a standfirst when a block says just that; this short at most. */
const MAX_STANDFIRST_CHARS = 400;
/** A paragraph of the story is longer than this. */
const MIN_PARAGRAPH_CHARS = 100;

const fold = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

export function notStoryText(root: DomNode, page: PageFacts = {}): (node: DomNode) => boolean {
  const pageHost = page.host;
  const descriptions = new Set((page.descriptions ?? []).map(fold).filter((d) => d.length >= 40));
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
    // A list of links under a related-stories title ("More Great WIRED Stories").
    if ((el.nodeName === 'UL' || el.nodeName === 'OL') && linked(el) >= 0.3 * textLength(el) && afterRelatedTitle(el)) return true;
    if (!BLOCKS.has(el.nodeName)) return false;
    const n = textLength(el);
    const text = el.textContent ?? '';
    // The standfirst: the page's own description written above the story (not in the benchmark's bodies).
    if (n <= MAX_STANDFIRST_CHARS && descriptions.has(fold(text)) && !amongParagraphs(el) && !afterParagraph(el)) return true;
    if (n <= MAX_POINTER_CHARS && POINTER.test(text)) return true;
    if (n <= MAX_LINE_CHARS && FURNITURE_LINE.some(([re]) => re.test(text.replace(/\s+/g, ' ').trim()))) return true;
    if (n <= MAX_STAMP_CHARS && isTimestampLine(text)) return true;
    if (n <= MAX_TEASER_CHARS && isTeaser(el)) return true;
    return n <= MAX_FURNITURE_CHARS && FURNITURE_TEXT.some(([re]) => re.test(text));
  };
  /** Has `el` a sibling paragraph of the story (a lede the description repeats has one; a standfirst has none)? */
  const amongParagraphs = (el: DomNode): boolean =>
    Array.from(el.parentNode?.childNodes ?? []).some((c) => c !== el && c.nodeName === 'P' && textLength(c) > MIN_PARAGRAPH_CHARS);
  let order: Map<DomNode, number> | undefined;
  let firstParagraph = Infinity;
  /** Is `el` the story's first paragraph (over MIN_PARAGRAPH_CHARS) or after it? A standfirst stands above it. */
  const afterParagraph = (el: DomNode): boolean => {
    if (!order) {
      order = new Map();
      const walk = (node: DomNode): void => {
        for (let k = 0; k < node.childNodes.length; k++) {
          const c = node.childNodes[k];
          if (c.nodeType !== ELEMENT_NODE) continue;
          order!.set(c, order!.size);
          if (c.nodeName === 'P' && firstParagraph === Infinity && textLength(c) > MIN_PARAGRAPH_CHARS) firstParagraph = order!.get(c)!;
          walk(c);
        }
      };
      walk(root);
    }
    return (order.get(el) ?? 0) >= firstParagraph;
  };
  const linked = (el: DomNode): number => {
    let n = 0;
    const children = el.childNodes;
    for (let k = 0; k < children.length; k++) {
      const c = children[k];
      if (c.nodeType !== ELEMENT_NODE) continue;
      n += c.nodeName === 'A' ? textLength(c) : linked(c);
    }
    return n;
  };
  const allLinks = (el: DomNode): boolean => textLength(el) > 0 && linked(el) >= 0.9 * textLength(el);
  /**
   * Another story's headline: a list item of links only in a list of such items (a related-stories list), or a
   * block of links only written in capitals (a teaser between the paragraphs).
   */
  const isTeaser = (el: DomNode): boolean => {
    if (!allLinks(el)) return false;
    const text = el.textContent ?? '';
    if (!/\p{Ll}/u.test(text) && (text.match(/\p{Lu}{2,}/gu) ?? []).length >= 3) return true;
    if (el.nodeName !== 'LI' || !el.parentNode) return false;
    if (!linksWithin(el, pageHost)) return false;
    const items = Array.from(el.parentNode.childNodes).filter((c) => c.nodeName === 'LI');
    return items.filter((li) => allLinks(li) && linksWithin(li, pageHost)).length * 3 >= items.length * 2;
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
