/**
 * TimeML values and ISO timestamps as a reader says them: "autumn 2024", "weekend of
 * 8 March 2025", "the 1970s", "now". Every page and export meant for people shows dates
 * through these functions; the JSON keeps the codes, which are the contract. Pure and free of
 * Node APIs: the web UI bundles this module too.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SEASONS: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };
const PARTS_OF_DAY: Record<string, string> = { MO: 'morning', MI: 'midday', AF: 'afternoon', EV: 'evening', NI: 'night', DT: 'daytime' };
const REFS: Record<string, string> = { PRESENT_REF: 'now', PAST_REF: 'in the past', FUTURE_REF: 'in the future' };
const ORDINAL_WORD = ['first', 'second', 'third', 'fourth'];
const DURATION_UNITS: Record<string, [string, string]> = {
  Y: ['year', 'years'], M: ['month', 'months'], W: ['week', 'weeks'], D: ['day', 'days'],
  H: ['hour', 'hours'], MIN: ['minute', 'minutes'], S: ['second', 'seconds'], DE: ['decade', 'decades'], CE: ['century', 'centuries'],
};

/** What a timeline entry or a time expression knows besides its value. */
export interface TimeContext {
  earliest?: string | null;
  latest?: string | null;
  granularity?: string | null;
}

/** "2025-03-08" → "8 March 2025". */
export function humanDay(iso: string): string {
  const m = /^(-?\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${year(m[1])}`;
}

/** A range of days said as briefly as it reads: "3–9 March 2025", "28 February – 2 March 2025". */
export function humanRange(earliest: string, latest: string): string {
  if (earliest === latest) return humanDay(earliest);
  const [a, b] = [parts(earliest), parts(latest)];
  if (!a || !b) return `${humanDay(earliest)} to ${humanDay(latest)}`;
  if (a.y === b.y && a.m === b.m) return `${a.d}–${b.d} ${MONTHS[a.m - 1]} ${year(a.y)}`;
  if (a.y === b.y) return `${a.d} ${MONTHS[a.m - 1]} – ${b.d} ${MONTHS[b.m - 1]} ${year(a.y)}`;
  return `${humanDay(earliest)} – ${humanDay(latest)}`;
}

/**
 * A TimeML value (DATE, TIME, DURATION, SET, or an interval "a/b") in words. Values the
 * reader cannot use as they stand (an unknown year, a repeated time) say so rather than
 * showing the code.
 */
export function humanTime(value: string, ctx: TimeContext = {}): string {
  const v = value.trim();
  if (REFS[v]) return REFS[v];
  if (ctx.granularity === 'interval' && ctx.earliest && ctx.latest) return humanRange(ctx.earliest, ctx.latest);
  const slash = v.indexOf('/');
  if (slash > 0) return `${humanTime(v.slice(0, slash))} to ${humanTime(v.slice(slash + 1))}`;
  if (v.startsWith('P')) return humanDuration(v);
  if (v.includes('X')) return unspecified(v);
  let m: RegExpExecArray | null;
  if ((m = /^(-?\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/.exec(v))) return `${humanDay(m[1])}, ${m[2]}:${m[3]}`;
  if ((m = /^(-?\d{4}-\d{2}-\d{2})T([A-Z]{2})$/.exec(v))) return `${humanDay(m[1])}, ${PARTS_OF_DAY[m[2]] ?? 'during the day'}`;
  if ((m = /^(-?\d{4}-\d{2}-\d{2})T(\d{2})$/.exec(v))) return `${humanDay(m[1])}, ${m[2]}:00`;
  if (/^-?\d{4}-\d{2}-\d{2}$/.test(v)) return humanDay(v);
  if ((m = /^(-?\d{4})-(\d{2})$/.exec(v))) return `${partOfPeriod(ctx, 'part-of-month')}${MONTHS[Number(m[2]) - 1]} ${year(m[1])}`;
  if ((m = /^(-?\d{4})-W(\d{2})-WE$/.exec(v))) return `weekend of ${humanDay(isoWeekDay(Number(m[1]), Number(m[2]), 6))}`;
  if ((m = /^(-?\d{4})-W(\d{2})$/.exec(v))) return `week of ${humanDay(isoWeekDay(Number(m[1]), Number(m[2]), 1))}`;
  if ((m = /^(-?\d{4})-(SP|SU|FA|WI)$/.exec(v))) return m[2] === 'WI' ? `winter ${year(m[1])}–${String(Number(m[1]) + 1).slice(-2)}` : `${SEASONS[m[2]]} ${year(m[1])}`;
  if ((m = /^(-?\d{4})-Q([1-4])$/.exec(v))) return `the ${ORDINAL_WORD[Number(m[2]) - 1]} quarter of ${year(m[1])}`;
  if ((m = /^(-?\d{4})-H([12])$/.exec(v))) return `the ${ORDINAL_WORD[Number(m[2]) - 1]} half of ${year(m[1])}`;
  if ((m = /^(-?\d{4})$/.exec(v))) return `${partOfPeriod(ctx, 'part-of-year')}${year(m[1])}`;
  if ((m = /^(\d{3})$/.exec(v))) return `the ${Number(m[1]) * 10}s`;
  if ((m = /^(\d{2})$/.exec(v))) return `the ${ordinal(Number(m[1]) + 1)} century`;
  if (ctx.earliest && ctx.latest) return humanRange(ctx.earliest, ctx.latest);
  return 'an unspecified time';
}

/** A timeline entry's date: its value in words, or the days an interval covers. */
export function humanEntryDate(e: { date: string; earliest: string; latest: string; granularity: string }): string {
  return humanTime(e.date, e);
}

/**
 * A publication timestamp as the article gave it, in its own zone: "7 Mar 2025 09:30", or
 * "8 Mar 2025" when only the day is known.
 */
export function humanPublished(iso: string | null | undefined): string {
  if (!iso) return 'undated';
  const m = /^(-?\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const day = `${Number(m[3])} ${MONTHS[Number(m[2]) - 1].slice(0, 3)} ${year(m[1])}`;
  return m[4] ? `${day} ${m[4]}:${m[5]}` : day;
}

/**
 * A conflict side's value with any normalised code in it said in words:
 * `"3 March" (2025-03-03)` → `"3 March" (3 March 2025)`.
 */
export function humanValue(value: string): string {
  if (looksLikeTimeCode(value.trim())) return humanTime(value.trim());
  // A quoted phrase and its code: the words alone when the date in words already says them.
  const quoted = /^"([^"]+)" \(([^()\s]+)\)$/.exec(value.trim());
  if (quoted && looksLikeTimeCode(quoted[2])) {
    const words = humanTime(quoted[2]);
    return words.toLowerCase().includes(quoted[1].toLowerCase()) ? words : `"${quoted[1]}" (${words})`;
  }
  return value.replace(/\(([^()\s]+)\)/g, (whole, code: string) => {
    if (!looksLikeTimeCode(code)) return whole;
    return `(${humanTime(code)})`;
  });
}

/** Whether a whole string is a TimeML value or ISO date rather than prose (used by `humanValue` and tests). */
export function looksLikeTimeCode(s: string): boolean {
  return WHOLE_CODE.test(s);
}

const CODE = String.raw`-?\d{4}-(?:\d{2}(?:-\d{2})?(?:T[\w:.+-]*)?|W\d{2}(?:-WE)?|SP|SU|FA|WI|Q[1-4X]|H[12])|PRESENT_REF|PAST_REF|FUTURE_REF|P\d+(?:Y|M|W|D|H|DE|CE)|PT\d+[HMS]`;
const WHOLE_CODE = new RegExp(`^(?:${CODE})$`);

/** TimeML values and ISO dates as they would leak into a page: the codes a reader should never see. */
export const TIME_CODE = new RegExp(`(?:^|[^\\w-])(?:${CODE})(?![\\w-])`);

function humanDuration(v: string): string {
  const m = /^PT?(\d+(?:\.\d+)?|X)(Y|M|W|D|H|MIN|S|DE|CE)$/.exec(v.replace(/^PT(\d+)M$/, 'PT$1MIN'));
  if (!m) return 'a period';
  const [one, many] = DURATION_UNITS[m[2]];
  if (m[1] === 'X') return many;
  return `${m[1]} ${Number(m[1]) === 1 ? one : many}`;
}

function unspecified(v: string): string {
  const pod = /T(MO|MI|AF|EV|NI|DT)$/.exec(v);
  if (pod) return `a ${PARTS_OF_DAY[pod[1]]}`;
  return 'an unspecified date';
}

/** "early", "mid-", "late" when the bounds cover only a part of a month or a year. */
function partOfPeriod(ctx: TimeContext, granularity: string): string {
  if (ctx.granularity !== granularity || !ctx.earliest || !ctx.latest) return '';
  const a = parts(ctx.earliest);
  const b = parts(ctx.latest);
  if (!a || !b) return '';
  // Position of the covered part's middle within the whole period, in thirds.
  const share = granularity === 'part-of-month' ? ((a.d + b.d) / 2) / 31 : ((a.m + b.m) / 2) / 12;
  return share < 1 / 3 ? 'early ' : share > 2 / 3 ? 'late ' : 'mid-';
}

function isoWeekDay(y: number, week: number, weekday: number): string {
  // ISO week 1 holds 4 January; its Monday starts the week-numbering year.
  const jan4 = Date.UTC(y, 0, 4);
  const jan4Weekday = (new Date(jan4).getUTCDay() + 6) % 7;
  const t = jan4 - jan4Weekday * 86_400_000 + ((week - 1) * 7 + (weekday - 1)) * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

function parts(iso: string): { y: number; m: number; d: number } | null {
  const m = /^(-?\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

function year(y: string | number): string {
  const n = Number(y);
  return n <= 0 ? `${1 - n} BC` : String(n);
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}
