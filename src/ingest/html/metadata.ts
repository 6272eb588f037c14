import type { Block } from './blocks.js';
import { dateFromUrl, parseMachineDate, parseWrittenDate, type PageDate } from './dates.js';
import { isArticleType, namesOf, stringField } from './jsonld.js';

type Json = Record<string, unknown>;

export interface PageMetadata {
  title: string | null;
  /** Author names as the page gives them, comma-joined. */
  byline: string | null;
  publisher: string | null;
  /** ISO 8601, with offset when the page gives a zone. */
  published: string | null;
  publishedPrecision: 'datetime' | 'date' | null;
  /** Primary language subtag ("en") from <html lang> or meta. */
  language: string | null;
  /** Canonical URL, og:url, or the URL the caller gave. */
  url: string | null;
  description: string | null;
}

/** Meta tags by lower-cased name/property/itemprop, first value wins. */
function metaTags(doc: Document): Map<string, string> {
  const map = new Map<string, string>();
  const metas = doc.querySelectorAll('meta');
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i];
    const content = m.getAttribute('content');
    if (content === null || !content.trim()) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = m.getAttribute(attr);
      if (key && !map.has(key.toLowerCase())) map.set(key.toLowerCase(), content.trim());
    }
  }
  return map;
}

const DATE_META = [
  'article:published_time', 'og:published_time', 'article:published', 'datepublished', 'published_time',
  'pubdate', 'publishdate', 'publish-date', 'publish_date', 'publication_date', 'parsely-pub-date',
  'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'dcterms.created',
  'date', 'cxenseparse:recs:publishtime', 'article.published', 'og:article:published_time',
  'displaydate', 'originalpublicationdate', 'datecreated', 'article:modified_time', 'datemodified',
];

const AUTHOR_META = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl', 'twitter:creator'];

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

function primaryLanguage(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]+)*\s*$/i.exec(value);
  return m ? m[1].toLowerCase() : null;
}

function cleanByline(value: string): string | null {
  let v = collapse(value).replace(/^(?:written\s+)?by[:\s]+/i, '').replace(/\s*[|,]?\s*(?:updated|published|posted)\b.*$/i, '');
  if (/^https?:\/\//.test(v) || /^@/.test(v) || v.length < 3 || v.length > 120) return null;
  v = v.replace(/\s+and\s+/g, ' and ');
  return v;
}

function resolveUrl(href: string | null, base: string | undefined): string | null {
  if (!href) return null;
  try {
    return new URL(href, base).href;
  } catch {
    return /^https?:\/\//.test(href) ? href : null;
  }
}

function firstText(doc: Document, selector: string): string | null {
  try {
    const el = doc.querySelector(selector);
    const text = el ? collapse(el.textContent ?? '') : '';
    return text || null;
  } catch {
    return null;
  }
}

/** Reads the head and structured data; call before Readability, which strips scripts. */
export function readMetadata(doc: Document, jsonLd: Json[], pageUrl?: string): PageMetadata & { dateCandidates: PageDate[] } {
  const meta = metaTags(doc);
  const articles = jsonLd.filter(isArticleType);
  const ordered = [...articles, ...jsonLd.filter((o) => !isArticleType(o))];
  const fromLd = (key: string): string | null => {
    for (const o of ordered) {
      const v = stringField(o, key);
      if (v) return v;
    }
    return null;
  };

  const docTitle = firstText(doc, 'title');
  const title = meta.get('og:title') ?? fromLd('headline') ?? firstText(doc, 'h1') ?? docTitle;

  let byline: string | null = null;
  for (const o of articles) {
    const names = namesOf(o.author ?? o.creator).map(cleanByline).filter((n): n is string => n !== null);
    if (names.length > 0) {
      byline = names.join(', ');
      break;
    }
  }
  for (const key of AUTHOR_META) {
    if (byline) break;
    const v = meta.get(key);
    if (v) byline = cleanByline(v);
  }
  byline ??= [firstText(doc, '[rel="author"]'), firstText(doc, '[itemprop="author"]'),
    firstText(doc, '[class*="byline"]'), firstText(doc, '[class*="author-name"]')]
    .map((v) => (v ? cleanByline(v) : null)).find((v) => v) ?? null;

  let publisher: string | null = null;
  for (const o of ordered) {
    const names = namesOf(o.publisher);
    if (names.length > 0) {
      publisher = names[0];
      break;
    }
  }
  publisher ??= meta.get('og:site_name') ?? meta.get('application-name') ?? meta.get('publisher') ?? null;

  const dateCandidates: PageDate[] = [];
  const push = (d: PageDate | null): void => {
    if (d) dateCandidates.push(d);
  };
  for (const o of articles) push(parseMachineDate(stringField(o, 'datePublished') ?? stringField(o, 'dateCreated')));
  for (const key of DATE_META) push(parseMachineDate(meta.get(key)));
  const parsely = meta.get('parsely-page');
  if (parsely) {
    try {
      push(parseMachineDate((JSON.parse(parsely) as Json).pub_date as string));
    } catch { /* malformed parsely JSON: other sources remain */ }
  }
  for (const o of ordered) push(parseMachineDate(stringField(o, 'datePublished')));
  try {
    const times = doc.querySelectorAll('time[datetime], [itemprop="datePublished"]');
    for (let i = 0; i < times.length && i < 5; i++) {
      const t = times[i];
      push(parseMachineDate(t.getAttribute('datetime') ?? t.getAttribute('content') ?? t.textContent));
    }
  } catch { /* selector unsupported on a broken tree */ }

  let canonical: string | null = null;
  try {
    canonical = resolveUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null, pageUrl);
  } catch { /* ignore */ }
  const url = canonical ?? resolveUrl(meta.get('og:url') ?? null, pageUrl) ?? pageUrl ?? null;

  const htmlLang = doc.documentElement?.getAttribute?.('lang') ?? null;
  const language = primaryLanguage(htmlLang) ?? primaryLanguage(meta.get('content-language')) ??
    primaryLanguage(meta.get('og:locale')) ?? primaryLanguage(fromLd('inLanguage')) ?? null;

  const description = meta.get('description') ?? meta.get('og:description') ?? fromLd('description') ?? null;

  return {
    title: title ? collapse(title) : null,
    byline, publisher: publisher ? collapse(publisher) : null,
    published: null, publishedPrecision: null,
    language, url, description: description ? collapse(description) : null,
    dateCandidates,
  };
}

const DATELINE_WORDS = /\b(published|posted|updated|on|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*/i;

/**
 * The publication date: structured sources first (they carry zones), then a short date line
 * near the top of the article, then the URL path.
 */
export function choosePublished(candidates: PageDate[], blocks: readonly Block[], firstMain: number, url: string | null): PageDate | null {
  const first = candidates[0];
  if (first) {
    // A date-only source is refined by a later source that gives the time of that same day.
    if (first.precision === 'date') {
      const refined = candidates.find((c) => c.precision === 'datetime' && c.iso.startsWith(first.iso));
      if (refined) return refined;
    }
    return first;
  }
  const from = Math.max(0, firstMain - 12);
  const to = Math.min(blocks.length, firstMain < 0 ? 40 : firstMain + 4);
  for (let i = from; i < to; i++) {
    const t = blocks[i].text;
    if (t.length > 140 || !/\d/.test(t) || !DATELINE_WORDS.test(t)) continue;
    const d = parseWrittenDate(t);
    if (d) return d;
  }
  return dateFromUrl(url);
}
