/**
 * The only way this UI builds DOM. Article data is untrusted, so strings always become text
 * nodes and attributes go through setAttribute; nothing is ever parsed as HTML.
 */
type Child = Node | string | number | null | undefined | false | Child[];
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

function append(el: Element, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

function setAttrs(el: Element, attrs: Attrs): void {
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.replace(/^on/, '').toLowerCase(), v);
    else if (k === 'href' && !/^(#|\/|\.\/)/.test(String(v))) throw new Error('only in-app links are rendered');
    else el.setAttribute(k, v === true ? '' : String(v));
  }
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs | null = null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (attrs) setAttrs(el, attrs);
  append(el, children);
  return el;
}

const SVG = 'http://www.w3.org/2000/svg';
export function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs | null = null, ...children: Child[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  if (attrs) setAttrs(el, attrs);
  append(el, children);
  return el;
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

export function section(title: string, id: string, ...children: Child[]): HTMLElement {
  return h('section', { id, class: 'panel' }, h('h2', null, title), ...children);
}

/** A panel that starts folded: one tab stop (its summary) until the reader opens it. */
export function foldedSection(title: string, id: string, ...children: Child[]): HTMLElement {
  return h('details', { id, class: 'panel fold' }, h('summary', null, h('h2', null, title)), ...children);
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return 'undated';
  return iso.length > 10 ? iso.slice(0, 16).replace('T', ' ') : iso;
}

/**
 * A link out of the app, to an article's original address. Only http(s) addresses become links
 * (a stored "javascript:" URL must never run); anything else is shown as text. No referrer is
 * sent, and the page opened cannot reach back into this one.
 */
export function externalLink(url: string): HTMLElement {
  let parsed: URL | null = null;
  try { parsed = new URL(url); } catch { parsed = null; }
  if (!parsed || !['http:', 'https:'].includes(parsed.protocol)) return h('span', { class: 'url' }, url);
  const a = h('a', { class: 'url', rel: 'noopener noreferrer' }, url);
  a.setAttribute('href', parsed.href);
  return a;
}

/** Replaces an element's content. */
export function fill(el: Element, ...children: Child[]): void {
  clear(el);
  append(el, children);
}
