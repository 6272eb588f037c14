import type { Document, Region } from '../model/document.js';
import type { Range } from '../model/span.js';
import { extractHtml } from './html/extract.js';
import { makeDocument } from './document-factory.js';
import { attachCredit } from './syndication.js';
import { InputError } from './errors.js';

/**
 * An HTML page. The original text every span points into is the page's text content (all
 * visible blocks, in order); what the extractor leaves outside the article is kept as
 * boilerplate, so the source reader can show it greyed.
 */
export function documentFromHtml(html: string, source: string, known: { outlet?: string | null; url?: string | null; title?: string | null; published?: string | null } = {}): Document {
  let x: ReturnType<typeof extractHtml>;
  try {
    x = extractHtml(html, { url: known.url ?? undefined });
  } catch (err) {
    throw new InputError(source, 'malformed', `the HTML could not be read: ${(err as Error).message}`);
  }
  if (x.failure) throw new InputError(source, x.failure.code, x.failure.message);
  if (x.main.length === 0 || x.main.every((r) => r.end - r.start === 0)) {
    throw new InputError(source, 'no-article', 'no article text was found in the HTML page');
  }
  const regions: Region[] = [];
  for (const gap of complement(x.main, x.text.length)) {
    if (x.text.slice(gap.start, gap.end).trim()) regions.push({ kind: 'boilerplate', ...gap, reason: 'outside the article on the page' });
  }
  const title = known.title ?? x.title;
  for (const h of x.headings) {
    const isTitle = title !== null && x.text.slice(h.start, h.end).trim() === title.trim();
    regions.push({ kind: isTitle ? 'title' : 'heading', ...h });
  }
  const doc = makeDocument({
    text: x.text,
    format: 'html',
    source,
    meta: {
      title,
      byline: x.byline,
      outlet: known.outlet ?? x.publisher,
      url: known.url ?? x.url,
      published: known.published ?? x.published,
      publishedPrecision: known.published ? (known.published.includes('T') ? 'datetime' : 'date') : x.publishedPrecision,
      zone: zoneOf(known.published ?? x.published),
      evidence: {},
    },
    regions,
    declaredLanguage: x.language,
  });
  attachCredit(doc, 0);
  return doc;
}

function zoneOf(iso: string | null): string | null {
  const m = iso ? /(Z|[+-]\d{2}:\d{2})$/.exec(iso) : null;
  return m ? (m[1] === 'Z' ? 'UTC' : m[1]) : null;
}

/** The parts of [0, length) not covered by the sorted ranges. */
export function complement(ranges: Range[], length: number): Range[] {
  const out: Range[] = [];
  let at = 0;
  for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
    if (r.start > at) out.push({ start: at, end: r.start });
    at = Math.max(at, r.end);
  }
  if (at < length) out.push({ start: at, end: length });
  return out;
}
