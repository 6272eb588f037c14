import { ELEMENT_NODE, TEXT_NODE, tagOf } from './dom.js';

/** One element of the page, kept after the DOM is gone (Readability mutates it). */
export interface ElementInfo {
  tag: string;
  parent: number;
  /** class and id, lower-cased, for boilerplate / content hints. */
  hint: string;
  /** The element itself is page furniture (nav, footer, share bar, related links...). */
  furniture: boolean;
  /** The element itself holds an image caption or credit. */
  caption: boolean;
}

/** A visible text block: the unit every main-text decision is made on. */
export interface Block {
  start: number;
  end: number;
  text: string;
  /** Innermost block-level element holding the text run. */
  container: number;
  /** Element ids from the root down to the container. */
  ancestors: number[];
  /** Characters of the block that sit inside links. */
  linkChars: number;
  /** 1-6 inside h1-h6, else 0. */
  heading: number;
  listItem: boolean;
  /** Inside nav/header/footer/aside/form or an element whose class/id names page furniture. */
  furniture: boolean;
  /** Inside article/main, or an element whose class/id names the article body. */
  articleHint: boolean;
  inFigure: boolean;
  inTable: boolean;
  inQuote: boolean;
}

export interface PageBlocks {
  text: string;
  blocks: Block[];
  elements: ElementInfo[];
  /** Deepest element nesting seen: broken pages nest thousands deep. */
  maxDepth: number;
}

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'html', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'option', 'legend', 'frameset', 'noframes',
]);

const SKIPPED_TAGS = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'select', 'textarea', 'input', 'title', 'meta', 'link', 'base', 'audio', 'video', 'source', 'track', 'map',
]);

const FURNITURE_TAGS = new Set(['nav', 'header', 'footer', 'aside', 'form', 'menu']);

// Words in class/id that name page furniture rather than the story.
const FURNITURE_HINT =
  /(?:^|[\s_-])(?:nav|navbar|navigation|menu|footer|masthead|sidebar|side-bar|rail|share|sharing|social-share|social-links|follow|related|recommend\w*|promo\w*|newsletter|subscribe|subscription|advert\w*|ad|ads|adslot|sponsor\w*|comments?|breadcrumbs?|tags|widget|popup|modal|cookie|banner|signup|trending|outbrain|taboola|most-?popular|read-?more|more-?stories|toolbar|utility|disclaimer|copyright|paywall)(?:$|[\s_-])/;

const CAPTION_HINT = /(?:^|[\s_-])(?:caption|credits?|photo|image|img|gallery|figure|wp-caption|imagecredit)(?:$|[\s_-])/;

const ARTICLE_HINT =
  /(?:^|[\s_-])(?:article|articlebody|article-body|article-content|story|story-body|post|post-body|post-content|entry|entry-content|content|body|text|main)(?:$|[\s_-])/;

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/**
 * Walks the page once and cuts its visible text into blocks (block-level elements and <br>
 * end a block), joined by blank lines: that string is the document's original text.
 */
export function collectBlocks(doc: Document): PageBlocks {
  const blocks: Block[] = [];
  const elements: ElementInfo[] = [];
  const stack: number[] = [];
  const out: string[] = [];
  let length = 0;

  let parts: string[] = [];
  let partLinkChars = 0;
  let linkDepth = 0;
  let heading = 0;
  let listDepth = 0;
  let furnitureDepth = 0;
  let articleDepth = 0;
  let figureDepth = 0;
  let tableDepth = 0;
  let quoteDepth = 0;
  let maxDepth = 0;

  const flush = (): void => {
    if (parts.length === 0) return;
    const raw = parts.join('');
    parts = [];
    const linkChars = partLinkChars;
    partLinkChars = 0;
    const text = raw.replace(/\s+/g, ' ').trim();
    if (text.length === 0) return;
    if (blocks.length > 0) {
      out.push('\n\n');
      length += 2;
    }
    const start = length;
    out.push(text);
    length += text.length;
    blocks.push({
      start, end: length, text,
      container: stack.length > 0 ? stack[stack.length - 1] : -1,
      ancestors: stack.slice(),
      linkChars: Math.min(linkChars, text.length),
      heading, listItem: listDepth > 0, furniture: furnitureDepth > 0, articleHint: articleDepth > 0,
      inFigure: figureDepth > 0, inTable: tableDepth > 0, inQuote: quoteDepth > 0,
    });
  };

  const visit = (node: Node): void => {
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        const data = (child as Text).data;
        parts.push(data);
        if (linkDepth > 0) partLinkChars += data.replace(/\s+/g, ' ').trim().length;
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const el = child as Element;
      const tag = tagOf(el);
      if (SKIPPED_TAGS.has(tag) || isHidden(el)) continue;
      if (tag === 'br' || tag === 'hr') {
        flush();
        continue;
      }
      if (!BLOCK_TAGS.has(tag)) {
        const isLink = tag === 'a';
        if (isLink) linkDepth++;
        if (tag === 'img') {
          continue;
        }
        visit(el);
        if (isLink) linkDepth--;
        continue;
      }
      flush();
      const hint = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
      const id = elements.length;
      stack.push(id);
      if (stack.length > maxDepth) maxDepth = stack.length;
      const headingLevel = /^h[1-6]$/.test(tag) ? Number(tag[1]) : 0;
      const savedHeading = heading;
      if (headingLevel > 0) heading = headingLevel;
      const furniture = FURNITURE_TAGS.has(tag) || (hint.length > 1 && FURNITURE_HINT.test(hint)) ||
        el.getAttribute('role') === 'navigation';
      const article = tag === 'article' || tag === 'main' || el.getAttribute('itemprop') === 'articleBody' ||
        (hint.length > 1 && ARTICLE_HINT.test(hint));
      const caption = tag === 'figure' || tag === 'figcaption' || (hint.length > 1 && CAPTION_HINT.test(hint));
      elements.push({ tag, parent: stack.length > 1 ? stack[stack.length - 2] : -1, hint, furniture, caption });
      const list = tag === 'li' || tag === 'dd' || tag === 'dt';
      const figure = tag === 'figure' || tag === 'figcaption';
      const table = tag === 'table';
      const quote = tag === 'blockquote';
      if (furniture) furnitureDepth++;
      if (article) articleDepth++;
      if (list) listDepth++;
      if (figure) figureDepth++;
      if (table) tableDepth++;
      if (quote) quoteDepth++;
      visit(el);
      flush();
      if (furniture) furnitureDepth--;
      if (article) articleDepth--;
      if (list) listDepth--;
      if (figure) figureDepth--;
      if (table) tableDepth--;
      if (quote) quoteDepth--;
      heading = savedHeading;
      stack.pop();
    }
  };

  // linkedom does not link the doctype to the <html> element as siblings: start from the root element.
  visit((doc as Partial<Document>).documentElement ?? doc);
  flush();
  return { text: out.join(''), blocks, elements, maxDepth };
}
