import type { Document } from '../model/document.js';
import { readScrapedHeader } from './scraped-text.js';
import { makeDocument } from './document-factory.js';
import { attachCredit } from './syndication.js';
import { InputError } from './errors.js';

/** A page saved as plain text: header lines read into metadata, the rest left to `clean`. */
export function documentFromText(text: string, source: string, known: { outlet?: string | null; url?: string | null } = {}): Document {
  if (text.replace(/\s+/g, '').length < 20) throw new InputError(source, 'no-article', 'the text is too short to hold an article');
  const header = readScrapedHeader(text);
  const doc = makeDocument({ text, format: 'text', source, meta: { ...header.meta, outlet: known.outlet ?? header.meta.outlet ?? null, url: known.url ?? null }, regions: header.regions });
  attachCredit(doc, header.bodyStart);
  return doc;
}
