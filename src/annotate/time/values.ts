import type { AnchorKind, Granularity, TimeExpression, TimeType } from '../../model/time.js';
import type { YMD } from './calendar.js';
import {
  addDays, formatDay, formatMonth, formatWeek, formatYear, monthEnd, monthStart, weekStart,
} from './calendar.js';

/** A normalised value before it is placed on a span. */
export type TimeValue = Omit<TimeExpression, 'start' | 'end' | 'text'>;

export function dayValue(date: YMD, anchor: AnchorKind): TimeValue {
  const iso = formatDay(date);
  return { type: 'DATE', value: iso, granularity: 'day', earliest: iso, latest: iso, anchor };
}

export function monthValue(y: number, m: number, anchor: AnchorKind): TimeValue {
  return {
    type: 'DATE', value: formatMonth(y, m), granularity: 'month',
    earliest: formatDay(monthStart(y, m)), latest: formatDay(monthEnd(y, m)), anchor,
  };
}

export function weekValue(date: YMD, anchor: AnchorKind): TimeValue {
  const monday = weekStart(date);
  return {
    type: 'DATE', value: formatWeek(date), granularity: 'week',
    earliest: formatDay(monday), latest: formatDay(addDays(monday, 6)), anchor,
  };
}

export function yearValue(y: number, anchor: AnchorKind): TimeValue {
  return { type: 'DATE', value: formatYear(y), granularity: 'year', earliest: `${formatYear(y)}-01-01`, latest: `${formatYear(y)}-12-31`, anchor };
}

export function quarterValue(y: number, q: number, anchor: AnchorKind): TimeValue {
  const first = (q - 1) * 3 + 1;
  return {
    type: 'DATE', value: `${formatYear(y)}-Q${q}`, granularity: 'quarter',
    earliest: formatDay(monthStart(y, first)), latest: formatDay(monthEnd(y, first + 2)), anchor,
  };
}

export function halfValue(y: number, h: number, anchor: AnchorKind): TimeValue {
  const first = h === 1 ? 1 : 7;
  return {
    type: 'DATE', value: `${formatYear(y)}-H${h}`, granularity: 'part-of-year',
    earliest: formatDay(monthStart(y, first)), latest: formatDay(monthEnd(y, first + 5)), anchor,
  };
}

/** Meteorological seasons of the northern hemisphere; winter belongs to the year it starts in. */
export function seasonValue(y: number, code: string, anchor: AnchorKind): TimeValue {
  const span: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] };
  const [a, b] = span[code] ?? [1, 12];
  const endY = b > 12 ? y + 1 : y;
  return {
    type: 'DATE', value: `${formatYear(y)}-${code}`, granularity: 'season',
    earliest: formatDay(monthStart(y, a)), latest: formatDay(monthEnd(endY, b > 12 ? b - 12 : b)), anchor,
  };
}

export function decadeValue(decade: number, anchor: AnchorKind): TimeValue {
  return {
    type: 'DATE', value: String(Math.floor(decade / 10)).padStart(3, '0'), granularity: 'decade',
    earliest: `${formatYear(decade)}-01-01`, latest: `${formatYear(decade + 9)}-12-31`, anchor,
  };
}

export function centuryValue(century: number, anchor: AnchorKind): TimeValue {
  const first = (century - 1) * 100;
  return {
    type: 'DATE', value: String(century - 1).padStart(2, '0'), granularity: 'century',
    earliest: `${formatYear(first)}-01-01`, latest: `${formatYear(first + 99)}-12-31`, anchor,
  };
}

export function refValue(value: 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF', anchor: AnchorKind): TimeValue {
  return { type: 'DATE', value, granularity: 'unknown', anchor };
}

export function durationOf(value: string, modifier?: TimeValue['modifier']): TimeValue {
  return { type: 'DURATION', value, granularity: 'duration', anchor: 'none', ...(modifier ? { modifier } : {}) };
}

export function setOf(value: string): TimeValue {
  return { type: 'SET', value, granularity: 'set', anchor: 'none' };
}

export function unresolved(type: TimeType, value: string, granularity: Granularity): TimeValue {
  return { type, value, granularity, anchor: 'none' };
}

/**
 * Narrows a value's calendar bounds to a part of it ("early", "mid", "late", "end of"): thirds
 * of the period, and for "end"/"beginning" the last/first sixth. The TimeML value keeps the
 * whole period and says which part in `modifier` (START, MID, END), as TimeML does.
 */
export function partOf(base: TimeValue, part: 'START' | 'MID' | 'END', narrow: 'third' | 'sixth'): TimeValue {
  if (!base.earliest || !base.latest) return { ...base, modifier: part };
  const a = new Date(base.earliest + 'T00:00:00Z').getTime();
  const b = new Date(base.latest + 'T00:00:00Z').getTime();
  const days = Math.round((b - a) / 86_400_000) + 1;
  const len = Math.max(1, Math.round(days / (narrow === 'third' ? 3 : 6)));
  const iso = (t: number): string => new Date(t).toISOString().slice(0, 10);
  let lo = a;
  let hi = b;
  if (part === 'START') hi = a + (len - 1) * 86_400_000;
  else if (part === 'END') lo = b - (len - 1) * 86_400_000;
  else {
    lo = a + Math.floor((days - len) / 2) * 86_400_000;
    hi = lo + (len - 1) * 86_400_000;
  }
  return {
    ...base, modifier: part, earliest: iso(lo), latest: iso(hi),
    granularity: base.granularity === 'month' ? 'part-of-month' : base.granularity === 'year' ? 'part-of-year' : base.granularity,
  };
}
