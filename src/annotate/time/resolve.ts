import type { AnchorKind } from '../../model/time.js';
import type { YMD } from './calendar.js';
import { addDays, addMonths, compare, daysInMonth, isoWeekday } from './calendar.js';
import type { Direction } from './tense.js';

/** The calendar day `n` units away from `from`. */
export function shiftDate(from: YMD, n: number, unit: 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade'): YMD {
  switch (unit) {
    case 'day': return addDays(from, n);
    case 'week': return addDays(from, 7 * n);
    case 'month': return addMonths(from, n);
    case 'quarter': return addMonths(from, 3 * n);
    case 'year': return addMonths(from, 12 * n);
    case 'decade': return addMonths(from, 120 * n);
  }
}

/**
 * The weekday nearest the anchor in the given direction. The anchor's own weekday is the anchor
 * day itself: a same-day report says "on Wednesday" about today.
 */
export function weekdayDate(anchor: YMD, weekday: number, dir: Direction, strict = false): YMD {
  const today = isoWeekday(anchor);
  if (dir === 'past') {
    let back = (today - weekday + 7) % 7;
    if (strict && back === 0) back = 7;
    return addDays(anchor, -back);
  }
  let ahead = (weekday - today + 7) % 7;
  if (strict && ahead === 0) ahead = 7;
  return addDays(anchor, ahead);
}

/** Year of a bare month name: the current month is this year; otherwise the occurrence on the side the tense points to. */
export function yearOfMonth(anchor: YMD, month: number, dir: Direction | 'last' | 'next' | 'this' | 'nearest'): number {
  if (dir === 'this') return anchor.y;
  if (dir === 'nearest') {
    const back = (anchor.m - month + 12) % 12;
    return back < 6 ? (month <= anchor.m ? anchor.y : anchor.y - 1) : (month >= anchor.m ? anchor.y : anchor.y + 1);
  }
  if (dir === 'last') return month < anchor.m ? anchor.y : anchor.y - 1;
  if (dir === 'next') return month > anchor.m ? anchor.y : anchor.y + 1;
  if (month === anchor.m) return anchor.y;
  if (dir === 'past') return month < anchor.m ? anchor.y : anchor.y - 1;
  return month > anchor.m ? anchor.y : anchor.y + 1;
}

/**
 * Year of a month-and-day without a year: the occurrence closest to the anchor, unless the
 * tense points the other way and that occurrence is within half a year.
 */
export function yearOfMonthDay(anchor: YMD, month: number, day: number, dir: Direction | null): number {
  const candidates = [anchor.y - 1, anchor.y, anchor.y + 1]
    .filter((y) => day <= daysInMonth(y, month))
    .map((y) => ({ y, dist: Math.abs(compare({ y, m: month, d: day }, anchor)) }));
  candidates.sort((a, b) => a.dist - b.dist);
  const best = candidates[0];
  if (!best) return anchor.y;
  const date = { y: best.y, m: month, d: day };
  const diff = compare(date, anchor);
  // A few days' slack either way: reports name tomorrow's and yesterday's dates in any tense.
  if (dir === 'past' && diff > 3) {
    const prev = { y: best.y - 1, m: month, d: day };
    if (Math.abs(compare(prev, anchor)) < 200) return best.y - 1;
  }
  if (dir === 'future' && diff < -3) {
    const next = { y: best.y + 1, m: month, d: day };
    if (Math.abs(compare(next, anchor)) < 200) return best.y + 1;
  }
  return best.y;
}

/** How a value came to be: absolute when the text gives the year, else on the publication anchor. */
export function anchorKindOf(hasYear: boolean): AnchorKind {
  return hasYear ? 'absolute' : 'publication';
}

export function quarterOf(date: YMD): { y: number; q: number } {
  return { y: date.y, q: Math.floor((date.m - 1) / 3) + 1 };
}

export function shiftQuarter(y: number, q: number, n: number): { y: number; q: number } {
  const idx = y * 4 + (q - 1) + n;
  return { y: Math.floor(idx / 4), q: (idx % 4) + 1 };
}
