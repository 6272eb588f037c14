import * as chrono from 'chrono-node';
import type { TimeAnchor } from './anchor.js';
import type { TimeValue } from './values.js';
import { dayValue, monthValue } from './values.js';

/**
 * chrono-node as a second opinion: our own rules run first, and chrono's results fill what
 * they miss (numeric and abbreviated forms it knows). A refiner of ours drops chrono results
 * that are mostly false alarms in news prose: lone numbers, lower-case words that double as
 * dates ("may", "sat", "sun"), and relative phrases our rules already judged.
 */
const dropWeakResults: chrono.Refiner = {
  refine: (_context, results) =>
    results.filter((r) => {
      const text = r.text.trim();
      if (!/[0-9]/.test(text) && !/[A-Z]/.test(text)) return false;
      if (/^\d{1,4}$/.test(text)) return false;
      // "rose 4 5/8 to 112 5/8": a price range, not a clock time.
      if (!/[A-Za-z]/.test(text.replace(/\bto\b/gi, ''))) return false;
      // "3/4" is a fraction far more often than a date: numeric forms need their year.
      if (!/[A-Za-z]/.test(text) && !/\d{4}|\d+[/.-]\d+[/.-]\d+/.test(text)) return false;
      const c = r.start;
      return c.isCertain('day') || (c.isCertain('month') && c.isCertain('year')) || c.isCertain('hour');
    }),
};

const parser = chrono.en.strict.clone();
parser.refiners.push(dropWeakResults);

export interface FallbackHit {
  start: number;
  end: number;
  value: TimeValue;
}

/** Cheap gate: chrono only sees sentences with a digit, where its extra formats live. */
const WORTH_PARSING = /\d/;

export function chronoHits(sentence: string, offset: number, anchor: TimeAnchor | null): FallbackHit[] {
  if (!WORTH_PARSING.test(sentence)) return [];
  const ref = anchor
    ? { instant: new Date(Date.UTC(anchor.date.y, anchor.date.m - 1, anchor.date.d, 12)), timezone: 0 }
    : { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 };
  const out: FallbackHit[] = [];
  for (const r of parser.parse(sentence, ref, { forwardDate: false })) {
    const c = r.start;
    const y = c.get('year');
    const m = c.get('month');
    const d = c.get('day');
    if (y === null || m === null) continue;
    const hasYear = c.isCertain('year');
    if (!hasYear && !anchor) continue;
    const kind = hasYear ? 'absolute' : 'publication';
    let value: TimeValue;
    if (c.isCertain('day') && d !== null) {
      value = dayValue({ y, m, d }, kind);
      if (c.isCertain('hour')) {
        const t = `T${String(c.get('hour')).padStart(2, '0')}:${String(c.get('minute') ?? 0).padStart(2, '0')}`;
        value = { ...value, type: 'TIME', value: value.value + t, granularity: 'minute' };
      }
    } else if (c.isCertain('month')) value = monthValue(y, m, kind);
    else continue;
    out.push({ start: offset + r.index, end: offset + r.index + r.text.length, value });
  }
  return out;
}
