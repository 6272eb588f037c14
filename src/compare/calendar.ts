import type { TimeExpression } from '../model/time.js';

/**
 * How two stated dates relate on the calendar, read from the values the time annotator gave them:
 * whether each is sure of its place, whether it only bounds an event, whether two overlap.
 */

export const WEEKDAY_NAME = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b/i;

/** A date with calendar bounds: a day, a month, a year, not "recently". */
export function onCalendar(t: TimeExpression): boolean {
  return t.type === 'DATE' && !!t.earliest && !!t.latest && t.granularity !== 'unknown';
}

/** Two dates on the calendar that share a day. */
export function overlaps(x: TimeExpression, y: TimeExpression): boolean {
  return x.earliest! <= y.latest! && y.earliest! <= x.latest!;
}

/**
 * A date that only bounds its event ("by Friday", "before May", "since 2019"): it agrees with
 * every earlier or later date, so it never disagrees with one.
 */
export function bounded(text: string, t: TimeExpression): boolean {
  if (t.modifier && t.modifier !== 'EQUAL_OR_LESS' && t.modifier !== 'MID') return true;
  // A date that owns what follows ("after Saturday's killing"): the word before it bounds the
  // owned event, not the date, which dates that event.
  if (/^['’]s\b/.test(text.slice(t.end, t.end + 3))) return false;
  return /\b(?:by|before|after|since|until|till|around|about|circa|as of|as early as|as late as|no later than)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, t.start - 20), t.start));
}

/** Two dates of one day, whatever week each reading of a bare weekday picked. */
export function sameDay(x: TimeExpression, y: TimeExpression): boolean {
  return overlaps(x, y) || sameWeekdayWord(x, y);
}

/**
 * A day a text states for its event and can place on the calendar: day-sized, not a bound, and
 * either absolute or read against a known publication date.
 */
export function statedDay(text: string, published: string | null | undefined, t: TimeExpression): boolean {
  return t.granularity === 'day' && onCalendar(t) && !bounded(text, t) && (t.anchor === 'absolute' || !!published);
}

/**
 * Both sides name the same weekday relative to their own publication ("Saturday" / "Saturday
 * morning"): they say the same thing; only the week each reading picked differs.
 */
export function sameWeekdayWord(x: TimeExpression, y: TimeExpression): boolean {
  if (x.anchor === 'absolute' || y.anchor === 'absolute') return false;
  const wx = WEEKDAY_NAME.exec(x.text)?.[0].slice(0, 3).toLowerCase();
  return !!wx && wx === WEEKDAY_NAME.exec(y.text)?.[0].slice(0, 3).toLowerCase();
}

/** ISO day of the week (1 = Monday) of a day-sized date: from the value's weekday, else its calendar date. */
export function weekdayOf(t: TimeExpression): number | null {
  if (t.type !== 'DATE') return null;
  const named = /W(?:XX|\d\d)-([1-7])/.exec(t.value);
  if (named) return Number(named[1]);
  if (t.granularity !== 'day' || !t.earliest || t.earliest !== t.latest || !/^\d{4}-\d{2}-\d{2}$/.test(t.earliest)) return null;
  const d = new Date(`${t.earliest}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

/** A date as a conflict side shows it: the words and the days they mean. */
export function label(t: TimeExpression): string {
  if (!t.earliest) return `"${t.text}"`;
  const range = t.earliest === t.latest ? t.earliest : `${t.earliest} to ${t.latest}`;
  return `"${t.text}" (${range})`;
}

const NEAR_MIDNIGHT = /\b(?:overnight|late|early|midnight|predawn|pre-dawn|small hours|wee hours)\b/i;

/**
 * "late Wednesday", "early Thursday", "shortly after midnight", or a clock time between 22:00 and
 * 05:59: a night may be told as either of two adjacent days.
 */
export function nearMidnight(text: string, t: TimeExpression): boolean {
  return toldAsNight(text.slice(Math.max(0, t.start - 30), Math.min(text.length, t.end + 20))) || /T(?:0[0-5]|2[2-3])/.test(t.value);
}

/** Words that place what a text tells at night or near midnight. */
export function toldAsNight(text: string): boolean {
  return NEAR_MIDNIGHT.test(text);
}

/** Two days next to each other in the week. */
export function adjacentDays(x: TimeExpression, y: TimeExpression): boolean {
  const dx = weekdayOf(x);
  const dy = weekdayOf(y);
  return dx !== null && dy !== null && ((dx - dy + 7) % 7 === 1 || (dy - dx + 7) % 7 === 1);
}

/** Words that make a clock time approximate beyond the bounds `bounded` reads ("roughly 9:30", "shortly after 9 a.m."). */
const CLOCK_APPROXIMATE = /\b(?:approximately|roughly|nearly|almost|shortly|just|sometime|some time)\s+(?:(?:before|after)\s+)?$/i;
/** A zone named after a clock time ("9:30 a.m. ET", "14:00 GMT", "local time"). */
const CLOCK_ZONE = /^\s*\(?\s*(ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|GMT|UTC|BST|CET|CEST|IST|JST|AEST|local time)\b/i;

/**
 * A stated clock time on its calendar day: the minutes after midnight of "9:30 a.m." or "noon",
 * with the zone the text names, if any. Null for a part of the day ("morning"), an approximate
 * time or a bound, which agree with clock times near them.
 */
export function clockReading(text: string, t: TimeExpression): { date: string; minutes: number; zone: string } | null {
  if (t.type !== 'TIME' || !t.earliest || t.earliest !== t.latest) return null;
  // The value is the clock as written (the calendar bounds carry the publication's offset).
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2})(?::(\d{2}))?$/.exec(t.value);
  if (!m || bounded(text, t) || CLOCK_APPROXIMATE.test(text.slice(Math.max(0, t.start - 24), t.start))) return null;
  const zone = CLOCK_ZONE.exec(text.slice(t.end, t.end + 14))?.[1]?.toUpperCase() ?? '';
  return { date: m[1], minutes: Number(m[2]) * 60 + Number(m[3] ?? 0), zone };
}
