import type { TimeExpression } from '../../model/time.js';
import type { TimeAnchor } from './anchor.js';
import { formatDay } from './calendar.js';
import type { Draft } from './index.js';
import type { TimeValue } from './values.js';

type Resolved = Draft & { value: TimeValue; evidence?: TimeExpression['anchorEvidence'] };

function toExpression(text: string, r: Resolved): TimeExpression {
  const { event: _e, ...v } = r.value as TimeValue & { event?: unknown };
  const out: TimeExpression = { start: r.start, end: r.end, text: text.slice(r.start, r.end), ...v };
  if (r.evidence) out.anchorEvidence = r.evidence;
  return out;
}

const CALENDAR = (e: TimeExpression): boolean => e.type === 'DATE' && Boolean(e.earliest && e.latest);

/**
 * Joins "from 2015 to 2020" / "2015-2020" into one interval (value "2015/2020", ISO
 * 8601 interval notation, bounds from both ends), and marks "since X" / "until X": the span
 * stays X as TimeML has it, the modifier says SINCE/UNTIL and the bounds run to or from the
 * publication date. X's own part ("the end of 2025") survives in its narrowed bounds.
 */
export function mergeIntervals(text: string, drafts: Resolved[], anchor: TimeAnchor | null): TimeExpression[] {
  const exprs = drafts.map((d) => toExpression(text, d));
  const out: TimeExpression[] = [];
  for (let i = 0; i < exprs.length; i++) {
    const a = exprs[i];
    const b = exprs[i + 1];
    const before = text.slice(Math.max(0, a.start - 12), a.start);
    if (b && CALENDAR(a) && CALENDAR(b)) {
      const gap = text.slice(a.end, b.start);
      // "between X and Y" stays two dates: "and" joins lists of dates as often as ranges.
      const opener = /\bfrom\s+$/i.test(before);
      const joiner = opener ? /^\s*(?:to|until|till|through|-|–|—)\s*$/i : /^\s*(?:-|–|—)\s*$/;
      if (joiner.test(gap) && (opener || (a.granularity === 'year' && b.granularity === 'year'))) {
        out.push({
          start: a.start, end: b.end, text: text.slice(a.start, b.end), type: 'DATE', value: `${a.value}/${b.value}`,
          granularity: 'interval', earliest: a.earliest, latest: b.latest, anchor: a.anchor === 'absolute' ? b.anchor : a.anchor,
        });
        i++;
        continue;
      }
    }
    if (CALENDAR(a) && /\bsince\s+$/i.test(before)) {
      out.push({ ...a, granularity: 'interval', modifier: 'SINCE', ...(anchor ? { latest: formatDay(anchor.date) } : {}) });
      continue;
    }
    if (CALENDAR(a) && /\b(?:until|till|through)\s+$/i.test(before)) {
      const { earliest: _drop, ...rest } = a;
      out.push({ ...rest, granularity: 'interval', modifier: 'UNTIL' });
      continue;
    }
    out.push(a);
  }
  return out;
}
