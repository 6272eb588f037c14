import * as chrono from 'chrono-node';

export interface PageDate {
  /** ISO 8601: a date, or a date-time with its offset when the source gave a zone. */
  iso: string;
  precision: 'datetime' | 'date';
}

const ISO_LIKE =
  /^\s*(\d{4})-?(\d{2})-?(\d{2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?/i;

const pad = (n: number): string => String(n).padStart(2, '0');

function validDate(y: number, m: number, d: number): boolean {
  return y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

function zoneSuffix(zone: string | undefined): string {
  if (!zone) return '';
  if (/^(Z|UTC|GMT)$/i.test(zone)) return 'Z';
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  return m ? `${m[1]}${m[2]}:${m[3] ?? '00'}` : '';
}

/** Reads a machine date (meta content, JSON-LD, <time datetime>), keeping its zone. */
export function parseMachineDate(value: string | null | undefined): PageDate | null {
  if (!value) return null;
  const v = value.trim();
  if (/^\d{10}(\d{3})?$/.test(v)) {
    const d = new Date(v.length === 13 ? Number(v) : Number(v) * 1000);
    return validDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())
      ? { iso: d.toISOString().replace(/\.\d{3}Z$/, 'Z'), precision: 'datetime' }
      : null;
  }
  const m = ISO_LIKE.exec(v);
  if (m && (v.includes('-') || /^\d{8}(\D|$)/.test(v))) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!validDate(y, mo, d)) return null;
    const date = `${m[1]}-${m[2]}-${m[3]}`;
    if (m[4] === undefined) return { iso: date, precision: 'date' };
    const time = `${pad(Number(m[4]))}:${m[5]}:${m[6] ?? '00'}`;
    return { iso: `${date}T${time}${zoneSuffix(m[7])}`, precision: 'datetime' };
  }
  return parseWrittenDate(v);
}

/** Reads a date as people write it ("May 12, 2024 10:30 a.m. EDT"), keeping the zone when written. */
export function parseWrittenDate(value: string, reference?: Date): PageDate | null {
  if (!/\d/.test(value)) return null;
  let results: chrono.ParsedResult[];
  try {
    results = chrono.parse(value, reference ?? new Date(Date.UTC(2100, 0, 1)), { forwardDate: false });
  } catch {
    return null;
  }
  for (const r of results) {
    const s = r.start;
    if (!s.isCertain('year') || !s.isCertain('month') || !s.isCertain('day')) continue;
    const y = s.get('year') ?? 0;
    const mo = s.get('month') ?? 0;
    const d = s.get('day') ?? 0;
    if (!validDate(y, mo, d)) continue;
    const date = `${y}-${pad(mo)}-${pad(d)}`;
    if (!s.isCertain('hour')) return { iso: date, precision: 'date' };
    const time = `${pad(s.get('hour') ?? 0)}:${pad(s.get('minute') ?? 0)}:${pad(s.get('second') ?? 0)}`;
    let zone = '';
    if (s.isCertain('timezoneOffset')) {
      const off = s.get('timezoneOffset') ?? 0;
      const sign = off < 0 ? '-' : '+';
      const abs = Math.abs(off);
      zone = abs === 0 ? 'Z' : `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
    }
    return { iso: `${date}T${time}${zone}`, precision: 'datetime' };
  }
  return null;
}

/** A date written in the URL path: /2024/05/12/, /2024-05-12/, /20240512/. */
export function dateFromUrl(url: string | null | undefined): PageDate | null {
  if (!url) return null;
  const m = /\/((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/.exec(url);
  if (!m) return null;
  return { iso: `${m[1]}-${m[2]}-${m[3]}`, precision: 'date' };
}
