import type { YMD } from './calendar.js';
import { addDays } from './calendar.js';

/** The point relative expressions are resolved against: a local calendar day (and time) in the document's zone. */
export interface TimeAnchor {
  date: YMD;
  hour: number | null;
  minute: number | null;
  /** Minutes east of UTC, when known. */
  offsetMinutes: number | null;
}

/** Common zone abbreviations in news datelines; ambiguous ones (IST, CST) take their most frequent reading in English news. */
const ZONE_OFFSETS: Record<string, number> = {
  UTC: 0, GMT: 0, Z: 0, WET: 0, BST: 60, CET: 60, CEST: 120, EET: 120, EEST: 180, MSK: 180, EAT: 180,
  AST: 180, GST: 240, PKT: 300, IST: 330, ICT: 420, WIB: 420, HKT: 480, SGT: 480, PHT: 480, CST: -360,
  JST: 540, KST: 540, AEST: 600, AEDT: 660, NZST: 720, NZDT: 780, EST: -300, EDT: -240, CDT: -300,
  MST: -420, MDT: -360, PST: -480, PDT: -420, WAT: 60, CAT: 120, SAST: 120,
};

/** Minutes east of UTC for "+03:00", "UTC+3", "EAT"...; null when unknown. */
export function zoneOffset(zone: string | null | undefined): number | null {
  if (!zone) return null;
  const z = zone.trim().toUpperCase();
  if (z in ZONE_OFFSETS) return ZONE_OFFSETS[z];
  const m = /^(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(z);
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

/**
 * Reads an ISO 8601 publication stamp. The local wall-clock date is what the article's words
 * ("today", "on Tuesday") refer to, so when a zone is given that differs from the stamp's own
 * offset, the stamp is shifted into that zone first.
 */
export function parseAnchor(published: string | null, zone?: string | null): TimeAnchor | null {
  if (!published) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/.exec(published.trim());
  if (!m) return null;
  let date: YMD = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  if (m[4] === undefined) return { date, hour: null, minute: null, offsetMinutes: zoneOffset(zone) };
  let hour = Number(m[4]);
  let minute = Number(m[5]);
  const stampOffset = m[6] ? zoneOffset(m[6] === 'Z' ? 'UTC' : m[6]) : null;
  const wanted = zoneOffset(zone);
  if (stampOffset !== null && wanted !== null && wanted !== stampOffset) {
    let total = hour * 60 + minute + (wanted - stampOffset);
    const dayShift = Math.floor(total / 1440);
    total -= dayShift * 1440;
    date = addDays(date, dayShift);
    hour = Math.floor(total / 60);
    minute = total % 60;
  }
  return { date, hour, minute, offsetMinutes: wanted ?? stampOffset };
}
