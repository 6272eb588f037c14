import { formatOffset, isKnownZone, zoneOffsetMinutes } from './zones.js';

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};
const MONTH_NAME = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const WEEKDAY = '(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?';

/** A publication date as printed, read into its parts. */
export interface ParsedDate {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  /** Zone as written ("EAT", "+03:00"). */
  zone?: string;
  /** Set when a numeric date could be read either way and the order was chosen from evidence or by default. */
  order?: 'day-first' | 'month-first';
  orderReason?: string;
}

const ISO_RE = /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;
const DAY_MONTH_RE = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_NAME})\\.?,?\\s+(\\d{4})\\b`, 'i');
const MONTH_DAY_RE = new RegExp(`\\b(${MONTH_NAME})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const NUMERIC_RE = /\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4})\b/;
const TIME_RE = /\b(?:at\s+)?(\d{1,2})(?::|\.|h)?(\d{2})(?::\d{2})?(?:\s*(am|pm|a\.m\.|p\.m\.))?(?:\s+(?:hrs|hours))?(?:\s+\(?((?:UTC|GMT)\s*[+-]\d{1,2}(?::?\d{2})?|[+-]\d{2}:?\d{2}|[A-Z]{2,5})\)?)?/i;

/**
 * Reads a printed publication date ("Wednesday 28 January 2026", "January 28, 2026",
 * "29/01/2026", ISO 8601) with an optional time and zone. `numericOrder` decides an ambiguous
 * numeric date such as 03/04/2026; see `decideNumericOrder`.
 */
export function parseDateString(s: string, numericOrder?: { order: 'day-first' | 'month-first'; reason: string }): ParsedDate | null {
  let m = ISO_RE.exec(s);
  if (m) {
    const d: ParsedDate = { year: +m[1], month: +m[2], day: +m[3] };
    if (m[4]) { d.hour = +m[4]; d.minute = +m[5]; }
    if (m[6]) d.zone = m[6] === 'Z' ? 'UTC' : m[6];
    return valid(d);
  }
  let d: ParsedDate | null = null;
  let rest = s;
  if ((m = DAY_MONTH_RE.exec(s))) {
    d = { year: +m[3], month: MONTHS[m[2].toLowerCase().replace('.', '')], day: +m[1] };
    rest = s.slice(0, m.index) + ' ' + s.slice(m.index + m[0].length);
  } else if ((m = MONTH_DAY_RE.exec(s))) {
    d = { year: +m[3], month: MONTHS[m[1].toLowerCase().replace('.', '')], day: +m[2] };
    rest = s.slice(0, m.index) + ' ' + s.slice(m.index + m[0].length);
  } else if ((m = NUMERIC_RE.exec(s))) {
    const a = +m[1];
    const b = +m[3];
    let order: 'day-first' | 'month-first';
    let reason: string;
    if (a > 12 && b <= 12) { order = 'day-first'; reason = `${a} cannot be a month`; }
    else if (b > 12 && a <= 12) { order = 'month-first'; reason = `${b} cannot be a month`; }
    else if (a === b) { order = 'day-first'; reason = 'day and month are equal'; }
    else if (numericOrder) { order = numericOrder.order; reason = numericOrder.reason; }
    else { order = 'day-first'; reason = 'ambiguous; no evidence in the text, read day-first (the international order)'; }
    d = order === 'day-first' ? { year: +m[4], month: b, day: a } : { year: +m[4], month: a, day: b };
    d.order = order;
    d.orderReason = reason;
    rest = s.slice(0, m.index) + ' ' + s.slice(m.index + m[0].length);
  }
  if (!d) return null;
  const t = TIME_RE.exec(rest.replace(new RegExp(WEEKDAY, 'gi'), ' '));
  if (t) {
    let hour = +t[1];
    const minute = +t[2];
    const ampm = t[3]?.toLowerCase().replace(/\./g, '');
    if (ampm === 'pm' && hour < 12) hour += 12;
    if (ampm === 'am' && hour === 12) hour = 0;
    if (hour < 24 && minute < 60) {
      d.hour = hour;
      d.minute = minute;
      if (t[4] && (isKnownZone(t[4]) || /[+-]/.test(t[4]))) d.zone = t[4].replace(/\s+/g, '');
    }
  }
  return valid(d);
}

function valid(d: ParsedDate): ParsedDate | null {
  if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31 || d.year < 1900 || d.year > 2200) return null;
  const probe = new Date(Date.UTC(d.year, d.month - 1, d.day));
  return probe.getUTCDate() === d.day ? d : null;
}

/** ISO 8601: with time and offset when both are known, else the bare date. */
export function toIso(d: ParsedDate): { iso: string; precision: 'datetime' | 'date' } {
  const date = `${d.year}-${pad(d.month)}-${pad(d.day)}`;
  if (d.hour === undefined) return { iso: date, precision: 'date' };
  const offset = d.zone ? zoneOffsetMinutes(d.zone) : null;
  const time = `${pad(d.hour)}:${pad(d.minute ?? 0)}:00`;
  return { iso: offset === null ? `${date}T${time}` : `${date}T${time}${formatOffset(offset)}`, precision: 'datetime' };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * Decides day-first versus month-first for a document's ambiguous numeric dates from the
 * document itself: another numeric date whose order is forced (a part above 12) settles it.
 */
export function decideNumericOrder(text: string): { order: 'day-first' | 'month-first'; reason: string } | undefined {
  const re = new RegExp(NUMERIC_RE.source, 'g');
  for (const m of text.matchAll(re)) {
    const a = +m[1];
    const b = +m[3];
    if (a > 12 && a <= 31 && b <= 12) return { order: 'day-first', reason: `the text also writes ${m[0]}, which is day-first` };
    if (b > 12 && b <= 31 && a <= 12) return { order: 'month-first', reason: `the text also writes ${m[0]}, which is month-first` };
  }
  return undefined;
}
