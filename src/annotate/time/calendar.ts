/** Proleptic Gregorian calendar arithmetic on plain year/month/day triples (no time zones involved). */
export interface YMD {
  y: number;
  /** 1..12 */
  m: number;
  /** 1..31 */
  d: number;
}

const DAY_MS = 86_400_000;

function toEpochDay(date: YMD): number {
  return Math.floor(Date.UTC(date.y, date.m - 1, date.d) / DAY_MS);
}

function fromEpochDay(day: number): YMD {
  const dt = new Date(day * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function addDays(date: YMD, n: number): YMD {
  return fromEpochDay(toEpochDay(date) + n);
}

export function daysBetween(a: YMD, b: YMD): number {
  return toEpochDay(b) - toEpochDay(a);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Adds months, clamping the day to the target month's length. */
export function addMonths(date: YMD, n: number): YMD {
  const idx = date.y * 12 + (date.m - 1) + n;
  const y = Math.floor(idx / 12);
  const m = (idx % 12) + 1;
  return { y, m, d: Math.min(date.d, daysInMonth(y, m)) };
}

/** ISO weekday: 1 = Monday .. 7 = Sunday. */
export function isoWeekday(date: YMD): number {
  const wd = new Date(Date.UTC(date.y, date.m - 1, date.d)).getUTCDay();
  return wd === 0 ? 7 : wd;
}

/** ISO 8601 week-numbering year and week of a date. */
export function isoWeek(date: YMD): { year: number; week: number } {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  return { year: thursday.y, week: Math.floor(daysBetween(jan1, thursday) / 7) + 1 };
}

export function compare(a: YMD, b: YMD): number {
  return toEpochDay(a) - toEpochDay(b);
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function formatDay(date: YMD): string {
  return `${pad(date.y, 4)}-${pad(date.m)}-${pad(date.d)}`;
}

export function formatMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

export function formatWeek(date: YMD): string {
  const { year, week } = isoWeek(date);
  return `${pad(year, 4)}-W${pad(week)}`;
}

export function formatYear(y: number): string {
  return pad(y, 4);
}

export function formatTime(h: number, min: number): string {
  return `T${pad(h)}:${pad(min)}`;
}

export function monthStart(y: number, m: number): YMD {
  return { y, m, d: 1 };
}

export function monthEnd(y: number, m: number): YMD {
  return { y, m, d: daysInMonth(y, m) };
}

/** Monday of the ISO week that contains `date`. */
export function weekStart(date: YMD): YMD {
  return addDays(date, 1 - isoWeekday(date));
}
