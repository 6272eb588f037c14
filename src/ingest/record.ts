import type { Document } from '../model/document.js';
import { documentFromHtml } from './from-html.js';
import { documentFromText } from './from-text.js';
import { InputError } from './errors.js';
import { parseDateString, toIso } from './dates.js';
import { assertStorable } from './storable.js';

/** One article as JSON: a line of a JSON-lines file, an API body. */
export interface ArticleRecord {
  title?: string;
  text?: string;
  html?: string;
  outlet?: string;
  published?: string;
  url?: string;
  byline?: string;
}

/**
 * An article given as fields. Given metadata wins over what the text says; given text is
 * prefixed by its title so the title is part of the original and can be cited.
 */
export function ingestRecord(record: ArticleRecord, source: string): Document {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    throw new InputError(source, 'malformed', 'expected a JSON object with text or html');
  }
  for (const key of ['title', 'text', 'html', 'outlet', 'published', 'url', 'byline'] as const) {
    if (record[key] !== undefined && record[key] !== null && typeof record[key] !== 'string') {
      throw new InputError(source, 'malformed', `field "${key}" must be a string`);
    }
    if (typeof record[key] === 'string') assertStorable(record[key], source, key);
  }
  const published = record.published ? normalisePublished(record.published, source) : null;
  const known = { outlet: record.outlet ?? null, url: record.url ?? null };
  let doc: Document;
  if (record.html && record.html.trim()) {
    doc = documentFromHtml(record.html, source, { ...known, title: record.title ?? null, published });
  } else if (record.text && record.text.trim()) {
    // The title is the text's own first line only when it stands on a line of its own: "Flood
    // hits Arnhold as the river rises" does not hold the title "Flood hits Arnhold".
    const body = record.text.trimStart();
    const titled = !!record.title && body.startsWith(record.title.trim()) && /^[ \t]*(?:\r?\n|$)/.test(body.slice(record.title.trim().length));
    const text = record.title && !titled ? `${record.title}\n\n${record.text}` : record.text;
    doc = documentFromText(text, source, known);
  } else {
    throw new InputError(source, 'empty', 'the record has neither "text" nor "html"');
  }
  if (published) {
    doc.meta.published = published;
    doc.meta.publishedPrecision = published.includes('T') ? 'datetime' : 'date';
    const zone = /(Z|[+-]\d{2}:\d{2})$/.exec(published);
    doc.meta.zone = zone ? (zone[1] === 'Z' ? 'UTC' : zone[1]) : doc.meta.zone;
  }
  if (record.byline) doc.meta.byline = record.byline;
  return doc;
}

function normalisePublished(value: string, source: string): string {
  const d = parseDateString(value);
  if (!d) throw new InputError(source, 'malformed', `"published" is not a date: ${JSON.stringify(value.slice(0, 40))}`);
  return toIso(d).iso;
}
