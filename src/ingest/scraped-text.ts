import type { DocumentMeta, Region } from '../model/document.js';
import type { Range } from '../model/span.js';
import { decideNumericOrder, parseDateString, toIso } from './dates.js';
import { nonBlankLines } from './lines.js';

/** What the header of a scraped text page tells: regions in the original text and metadata. */
export interface ScrapedHeader {
  regions: Region[];
  meta: Partial<DocumentMeta>;
  /** Where the body begins: everything before is header. */
  bodyStart: number;
  notes: string[];
}

const SECTION_LINE = /^[\p{L}][\p{L} &'-]{0,30}\s+[/›»>|]\s+[\p{L}][\p{L} ,&'-]{0,60}$/u;
const UPDATE_LINE = /^(?:last\s+)?(?:updated|published|posted|first published|modified)\b/i;
const UPDATE_ANYWHERE = /\b(?:updated|published|posted|modified)\b/i;
const MONTH_DAY_ONLY = /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)$/i;
const BYLINE_LINE = /^(?:by|written by|words by|reporting by)\s+(.{3,80})$/i;
/** The author's name before the date a byline line carries: "Mara Osei, 3 March 2031", "Mara Osei | May 3". */
const BYLINE_BEFORE_DATE = /^(.+?)\s*(?:[,|·•–—]|\s-\s|\s+on\s)\s*\S/u;
const BYLINE_IN_UPDATE = /\bby\s+(.+?)(?=\s+(?:at|on|in|\|)\s|\s*[,|]\s|$)/i;
/** How many non-blank lines at the top may still be header. */
const HEADER_WINDOW = 8;

/**
 * Reads the header of a page saved as plain text: a title line, optional section breadcrumb
 * ("article / Politics"), an "Updated by NAME at HHMM ZONE on DATE" or "By NAME" line, and a
 * date line. Only the top lines are read; the body starts at the first line that is none of these.
 */
export function readScrapedHeader(text: string): ScrapedHeader {
  const lines = nonBlankLines(text);
  const regions: Region[] = [];
  const meta: Partial<DocumentMeta> = { evidence: {} };
  const notes: string[] = [];
  const numericOrder = decideNumericOrder(text);
  let bodyStart = 0;
  let title: Range | null = null;

  for (let i = 0; i < Math.min(lines.length, HEADER_WINDOW); i++) {
    const r = lines[i];
    const line = text.slice(r.start, r.end);
    const date = line.length <= 80 ? parseDateString(line, numericOrder) : null;
    if (SECTION_LINE.test(line) && !title) {
      regions.push({ kind: 'section', ...r });
    } else if ((UPDATE_LINE.test(line) || (date && UPDATE_ANYWHERE.test(line))) && line.length < 200) {
      regions.push({ kind: 'dateline', ...r });
      const by = BYLINE_IN_UPDATE.exec(line);
      if (by && !meta.byline) {
        meta.byline = by[1].trim();
        const at = r.start + by.index + by[0].indexOf(by[1]);
        meta.evidence!.byline = { start: at, end: at + by[1].trim().length };
      }
      if (date && !meta.published) setPublished(meta, date, r, notes);
    } else if (BYLINE_LINE.test(line) && line.length < 100) {
      const m = BYLINE_LINE.exec(line)!;
      // "By Mara Osei, 3 March 2031" names the author and dates the page on one line.
      const name = date ? BYLINE_BEFORE_DATE.exec(m[1]) : null;
      const author = (name ? name[1] : m[1]).trim();
      regions.push({ kind: name ? 'dateline' : 'byline', ...r });
      meta.byline = author;
      const at = r.start + line.indexOf(m[1]);
      meta.evidence!.byline = { start: at, end: at + author.length };
      if (name && date && !meta.published) setPublished(meta, date, r, notes);
    } else if ((date || MONTH_DAY_ONLY.test(line)) && isMostlyDate(line)) {
      // A date line without a year ("APR 28") is still a date line, not a title; it dates nothing.
      regions.push({ kind: 'dateline', ...r });
      if (date && !meta.published) setPublished(meta, date, r, notes);
    } else if (!title && line.length <= 300 && !/[.!?]["”’]?\s+\p{Lu}/u.test(line) && !looksLikeSentence(line) && i + 1 < lines.length) {
      title = r;
      regions.push({ kind: 'title', ...r });
      meta.title = line;
      meta.evidence!.title = r;
    } else if (title && !meta.published && isNameLine(line) && upcomingDateLine(text, lines, i + 1, numericOrder)) {
      // A short name between the title and the date line is the outlet or the author; when the
      // lines below name the author with "By", this one is the outlet whatever its words.
      if ((OUTLET_WORDS.test(line) || upcomingByline(text, lines, i + 1)) && !meta.outlet) {
        regions.push({ kind: 'byline', ...r, reason: 'outlet' });
        meta.outlet = line;
        meta.evidence!.outlet = r;
      } else if (!meta.byline) {
        regions.push({ kind: 'byline', ...r });
        meta.byline = line;
        meta.evidence!.byline = r;
      } else {
        break;
      }
    } else {
      break;
    }
    bodyStart = r.end;
  }
  return { regions, meta, bodyStart, notes };
}

/**
 * A body sentence, not a headline: it closes with a full stop and reads in sentence case
 * ("Police arrested a man on Friday after a fire at the store."). Headlines that end with a
 * stop are in title case ("Leaders Meet in Geneva: Talks on Trade and Tariffs.").
 */
function looksLikeSentence(line: string): boolean {
  if (!/[.!?]["”’)]?$/.test(line)) return false;
  const words = line.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 6) return false;
  const content = words.filter((w) => w.length > 3);
  const capitalised = content.filter((w) => /^["“‘(]?\p{Lu}/u.test(w)).length;
  return capitalised / Math.max(1, content.length) < 0.5;
}

/** Words outlets put in their names. */
const OUTLET_WORDS = /\b(?:news|herald|times|post|daily|observer|gazette|journal|tribune|courier|agency|press|radio|tv|television|network|monitor|review|chronicle|star|guardian|telegraph|express|mirror|standard|wire|report|record|sun|mail|insider|today|weekly|magazine|media|broadcasting)\b/i;

/** A line that is a name: two to six capitalised words, no sentence punctuation. */
function isNameLine(line: string): boolean {
  const words = line.split(/\s+/);
  return words.length >= 1 && words.length <= 6 && line.length <= 60 && !/[.!?,;:]$/.test(line) && words.every((w) => /^[\p{Lu}&][\p{L}'’.&-]*$/u.test(w) || /^(?:of|the|and|de|al|el|van|von)$/.test(w));
}

/** Whether one of the next two lines is a date line, or a byline that carries the date. */
function upcomingDateLine(text: string, lines: Range[], from: number, order: ReturnType<typeof decideNumericOrder>): boolean {
  for (const r of lines.slice(from, from + 2)) {
    const line = text.slice(r.start, r.end);
    if (line.length <= 80 && parseDateString(line, order) && (isMostlyDate(line) || UPDATE_LINE.test(line) || BYLINE_LINE.test(line))) return true;
  }
  return false;
}

/** Whether one of the next two lines names the author with "By" ("By Mara Osei", "Published 3 May by Mara Osei"). */
function upcomingByline(text: string, lines: Range[], from: number): boolean {
  return lines.slice(from, from + 2).some((r) => {
    const line = text.slice(r.start, r.end);
    return BYLINE_LINE.test(line) || (UPDATE_ANYWHERE.test(line) && BYLINE_IN_UPDATE.test(line));
  });
}

function setPublished(meta: Partial<DocumentMeta>, date: NonNullable<ReturnType<typeof parseDateString>>, r: Range, notes: string[]): void {
  const { iso, precision } = toIso(date);
  meta.published = iso;
  meta.publishedPrecision = precision;
  meta.zone = date.zone ?? null;
  meta.evidence!.published = r;
  if (date.order) notes.push(`numeric date read ${date.order}: ${date.orderReason}`);
}

/** A line that is a date and little else (weekday, time, zone, punctuation). */
function isMostlyDate(line: string): boolean {
  const rest = line
    .replace(/\b\d{1,2}\s?[:.h]\s?\d{2}\s*(?:[ap]\.?m\.?)?/gi, '')
    .replace(/\b\d{1,4}(?:st|nd|rd|th)?\b/g, '')
    .replace(/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?/gi, '')
    .replace(/\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?/gi, '')
    .replace(/\b(?:at|on|am|pm|[A-Z]{2,5})\b/g, '')
    .replace(/[\s,./:|()-]+/g, '');
  return rest.length <= 3;
}
