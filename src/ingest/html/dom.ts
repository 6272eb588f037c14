import { parseHTML } from 'linkedom';

/**
 * Parses HTML into a linkedom document. linkedom makes the first element the document element
 * when the input has no <html> wrapper, which leaves no <body> for Readability: wrap such
 * fragments first. Never throws: garbage yields an empty document.
 */
export function parseDocument(html: string): Document {
  const source = /<html[\s>]/i.test(html.slice(0, 5000)) || /<body[\s>]/i.test(html)
    ? html
    : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  try {
    return parseHTML(source).document as unknown as Document;
  } catch {
    return parseHTML('<!DOCTYPE html><html><head></head><body></body></html>').document as unknown as Document;
  }
}

/** Lower-case tag name of an element node. */
export function tagOf(node: Node): string {
  return ((node as Element).localName || node.nodeName || '').toLowerCase();
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
