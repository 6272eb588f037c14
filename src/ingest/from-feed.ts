import { DOMParser } from 'linkedom';
import type { Document } from '../model/document.js';
import { ingestRecord } from './record.js';
import { InputError } from './errors.js';

export interface FeedResult {
  documents: Document[];
  errors: InputError[];
}

/** RSS 2.0 and Atom: one document per item, from its full content when the feed carries it. */
export function documentsFromFeed(xml: string, source: string): FeedResult {
  let root: any;
  try {
    root = new DOMParser().parseFromString(xml, 'text/xml');
  } catch (err) {
    throw new InputError(source, 'malformed', `the feed is not well-formed XML: ${(err as Error).message}`);
  }
  const items: any[] = [...root.querySelectorAll('item'), ...root.querySelectorAll('entry')];
  if (items.length === 0) throw new InputError(source, 'malformed', 'the feed has no <item> or <entry>');
  const channelTitle = text(root.querySelector('channel > title') ?? root.querySelector('feed > title'));
  const documents: Document[] = [];
  const errors: InputError[] = [];
  items.forEach((item, i) => {
    const itemSource = `${source}#${i + 1}`;
    const link = item.querySelector('link');
    const url = text(link) || link?.getAttribute?.('href') || null;
    const body = text(child(item, 'encoded')) || text(child(item, 'content')) || text(child(item, 'description')) || text(child(item, 'summary'));
    try {
      documents.push(ingestRecord({
        title: text(item.querySelector('title')) || undefined,
        html: /<\w+[^>]*>/.test(body) ? `<html><body><h1>${escapeHtml(text(item.querySelector('title')))}</h1>${body}</body></html>` : undefined,
        text: /<\w+[^>]*>/.test(body) ? undefined : body,
        published: text(item.querySelector('pubDate')) || text(item.querySelector('published')) || text(item.querySelector('updated')) || undefined,
        outlet: channelTitle || undefined,
        url: url ?? undefined,
        byline: text(child(item, 'creator')) || text(item.querySelector('author > name')) || undefined,
      }, itemSource));
    } catch (err) {
      if (err instanceof InputError) errors.push(err);
      else errors.push(new InputError(itemSource, 'malformed', (err as Error).message));
    }
  });
  return { documents, errors };
}

/** A child element by local name, so that namespaced tags (content:encoded, dc:creator) are found. */
function child(item: any, localName: string): any {
  for (const el of item.children ?? []) {
    const name = String(el.localName ?? el.tagName ?? '').toLowerCase();
    if (name === localName || name.endsWith(`:${localName}`)) return el;
  }
  return null;
}

function text(node: any): string {
  return (node?.textContent ?? '').trim();
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}
