import type { TimeExpression } from '../../model/time.js';
import type { Range } from '../../model/span.js';
import type { TimeAnchor } from './anchor.js';
import type { YMD } from './calendar.js';
import type { Draft } from './index.js';
import { shiftDate } from './resolve.js';
import { dayValue, durationOf, yearValue } from './values.js';
import { durationValue } from './lexicon.js';
import { literalPattern } from '../tokens/literal-pattern.js';
import type { TimeValue } from './values.js';

function parseDay(value: string): YMD | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

/** The head noun and its other number ("talks"/"talk", "vote"/"votes"). */
function headPattern(head: string): RegExp {
  const stem = head.replace(/(?:es|s)$/, '');
  return new RegExp(`\\b${literalPattern(stem)}(?:s|es)?\\b`, 'gi');
}

type EventRef = NonNullable<Draft['out']['event']>;

/** How far before the naming of an event its date may stand (about two sentences). */
const WINDOW = 700;

function shifted(date: YMD, ev: EventRef): TimeValue {
  const target = shiftDate(date, ev.sign * ev.n, ev.unit);
  return ev.unit === 'year' ? yearValue(target.y, 'event') : dayValue(target, 'event');
}

/**
 * "One week before the talks": the talks are dated elsewhere in the same document (a sentence
 * that names them next to a day-level date). The expression resolves through that date and
 * keeps it as evidence; when the document dates no such event, only the duration is kept.
 */
export function resolveEventAnchors(
  text: string,
  drafts: Draft[],
  anchor: TimeAnchor | null,
  sentences: Range[],
): (Draft & { value: TimeValue; evidence?: TimeExpression['anchorEvidence'] })[] {
  const dated = drafts.filter((d) => !d.out.event && d.out.granularity === 'day' && parseDay(d.out.value));
  return drafts.map((d) => {
    const ev = d.out.event;
    if (!ev) return { ...d, value: d.out };
    const best = datingOf(text, ev, d, dated, sentences);
    if (best) {
      const v = shifted(best.date, ev);
      return { ...d, value: { ...v, anchor: 'event' as const }, evidence: { start: best.start, end: best.end, value: best.value } };
    }
    // An event the document never dates gives no calendar point: what stands is the span of
    // time itself ("two days"), as TimeML marks it, rather than a date guessed from publication.
    return { ...d, end: d.start + ev.countLength, value: durationOf(durationValue(ev.n, ev.unit)) };
  });
}

interface Dating {
  date: YMD;
  start: number;
  end: number;
  value: string;
  score: number;
}

/**
 * Where the document dates the event: a mention of its head noun with a day-level date in the
 * same sentence or shortly before it (a dateline sentence, then "the talks" in the next one).
 */
function datingOf(text: string, ev: EventRef, self: Draft, dated: Draft[], sentences: Range[]): Dating | null {
  const re = headPattern(ev.head);
  let best: Dating | null = null;
  for (const s of sentences) {
    re.lastIndex = 0;
    const sText = text.slice(s.start, s.end);
    for (let hit = re.exec(sText); hit; hit = re.exec(sText)) {
      const p = s.start + hit.index;
      if (p >= self.start && p < self.end) continue;
      for (const c of dated) {
        const sameSentence = c.start >= s.start && c.end <= s.end;
        const shortlyBefore = c.end <= p && p - c.end < WINDOW;
        if (!sameSentence && !shortlyBefore) continue;
        // Absolute dates beat ones resolved on the publication date; then the closest.
        const score = (c.out.anchor === 'absolute' ? 0 : 1e6) + Math.abs(c.start - p);
        if (best && score >= best.score) continue;
        const date = parseDay(c.out.value);
        if (date) best = { date, start: Math.min(p, c.start), end: Math.max(p + hit[0].length, c.end), value: c.out.value, score };
      }
    }
  }
  return best;
}
