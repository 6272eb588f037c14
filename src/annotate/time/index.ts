import type { TimeExpression } from '../../model/time.js';
import type { DocumentComponent } from '../../pipeline/component.js';
import type { Range } from '../../model/span.js';
import { parseAnchor } from './anchor.js';
import type { TimeAnchor } from './anchor.js';
import { RULES } from './rules.js';
import type { NamedDate, RuleOutput } from './rules.js';
import { directionAt } from './tense.js';
import { chronoHits } from './chrono-fallback.js';
import { splitSentences } from './sentences.js';
import { resolveEventAnchors } from './event-anchor.js';
import { mergeIntervals } from './intervals.js';
import { addDays } from './calendar.js';
import { dayValue } from './values.js';

export type { TimeAnchor } from './anchor.js';

interface Candidate {
  start: number;
  end: number;
  rule: number;
  match: RegExpExecArray;
  sentence: Range;
}

export interface Draft extends Range {
  out: RuleOutput;
  sentence: Range;
}

function candidatesIn(text: string, sentence: Range): Candidate[] {
  const slice = text.slice(sentence.start, sentence.end);
  const out: Candidate[] = [];
  const hasDigit = /\d/.test(slice);
  RULES.forEach((rule, idx) => {
    if (rule.needsDigit && !hasDigit) return;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(slice); m; m = rule.re.exec(slice)) {
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      out.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, rule: idx, match: m, sentence });
    }
  });
  return out;
}

const overlaps = (a: Range, b: Range): boolean => a.start < b.end && b.start < a.end;

/** Longest match first, earlier rule on ties; a candidate whose rule declines gives way to the next. */
function selectAndBuild(text: string, sentence: Range, cands: Candidate[], anchor: TimeAnchor | null, memory: Memory): Draft[] {
  const ordered = [...cands].sort((a, b) => b.end - b.start - (a.end - a.start) || a.rule - b.rule || a.start - b.start);
  const chosen: Candidate[] = [];
  for (const c of ordered) if (!chosen.some((k) => overlaps(k, c))) chosen.push(c);
  chosen.sort((a, b) => a.start - b.start);
  const drafts: Draft[] = [];
  const sText = text.slice(sentence.start, sentence.end);
  const build = (c: Candidate): RuleOutput | null => {
    const rel = c.start - sentence.start;
    const relEnd = c.end - sentence.start;
    return RULES[c.rule].build(c.match, {
      anchor,
      direction: directionAt(sText, rel, relEnd),
      strongDirection: directionAt(sText, rel, relEnd, true),
      weightedDirection: directionAt(sText, rel, relEnd, 'weighted'),
      before: sText.slice(Math.max(0, rel - 40), rel),
      after: sText.slice(relEnd, relEnd + 40),
      // A quarter named a few sentences back still frames "a year earlier"; further back it does not.
      lastQuarter: memory.lastQuarter && c.start - memory.lastQuarter.at < QUARTER_MEMORY ? memory.lastQuarter : null,
      lastDate: memory.lastDate,
      longerPeriodInView: memory.longerPeriodAt > memory.quarterNamedAt,
    });
  };
  for (const c of chosen) {
    let out = build(c);
    let used = c;
    if (!out) {
      // The rule declined: let a shorter reading inside the same span have its turn.
      // ("nearly two months after his team was blocked": the duration that overlaps it from the left.)
      const inner = ordered.filter((o) => o !== c && overlaps(o, c));
      for (const o of inner) {
        if (drafts.some((d) => overlaps(d, o)) || chosen.some((k) => k !== c && overlaps(k, o))) continue;
        out = build(o);
        used = o;
        if (out) break;
      }
    }
    if (!out) continue;
    if (RULES[used.rule].name !== 'holiday' && inTitle(sText, used.start - sentence.start, used.end - sentence.start)) continue;
    if (RULES[used.rule].name.startsWith('quarter') && /^\d{4}-Q\d$/.test(out.value) && RULES[used.rule].name !== 'quarter-reference') {
      const named = { y: Number(out.value.slice(0, 4)), q: Number(out.value.slice(6)), at: used.end, fiscal: /fiscal/i.test(text.slice(used.start, used.end)) };
      // The quarter a report is about is named first and has just ended; later mentions
      // (outlooks, comparisons) do not reframe "the quarter" or "a year earlier".
      if (!memory.lastQuarter || (!recentQuarter(memory.lastQuarter, anchor) && recentQuarter(named, anchor))) memory.lastQuarter = named;
    }
    if (/^\d{4}-Q\d$/.test(out.value)) memory.quarterNamedAt = used.start;
    if (REPORTING_PERIOD.test(text.slice(used.start, used.end))) memory.longerPeriodAt = used.start;
    const named = calendarPoint(out);
    if (named) memory.lastDate = named;
    drafts.push({ start: used.start, end: used.end, out, sentence });
  }
  return drafts.map((d) => (d.out.floatingDay ? { ...d, out: onNamedDay(d, drafts) } : d)).map((d) => dayBeforeOrAfter(text, d));
}

/**
 * "The day before last Tuesday", "the day after Christmas": one calendar day named through
 * another; TimeML marks the whole phrase as one TIMEX3 whose value is the day next to the named one.
 * "A day after Monday's vote" stays a duration ("a day") and a date, as TimeML marks it.
 */
function dayBeforeOrAfter(text: string, d: Draft): Draft {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d.out.value);
  if (!day || d.out.type !== 'DATE') return d;
  const lead = /\bthe\s+day\s+(before|after)\s+$/i.exec(text.slice(Math.max(d.sentence.start, d.start - 20), d.start));
  if (!lead) return d;
  const shifted = addDays({ y: Number(day[1]), m: Number(day[2]), d: Number(day[3]) }, lead[1].toLowerCase() === 'before' ? -1 : 1);
  return { ...d, start: d.start - lead[0].length, out: { ...d.out, ...dayValue(shifted, d.out.anchor) } };
}

/** "Flew on Tuesday ... at 18:00 UTC": a clock time without a day of its own takes the day its sentence names. */
function onNamedDay(d: Draft, drafts: Draft[]): RuleOutput {
  const { floatingDay: _f, ...out } = d.out;
  const days = drafts.filter((o) => !o.out.floatingDay && /^\d{4}-\d{2}-\d{2}(?:T|$)/.test(o.out.value));
  if (!days.length) return out;
  const nearest = days.reduce((a, b) => (Math.abs(b.start - d.start) < Math.abs(a.start - d.start) ? b : a));
  const day = nearest.out.value.slice(0, 10);
  const swap = (s: string | undefined): string | undefined => (s && /^\d{4}-\d{2}-\d{2}/.test(s) ? day + s.slice(10) : s);
  return { ...out, value: swap(out.value) ?? out.value, earliest: swap(out.earliest), latest: swap(out.latest), anchor: nearest.out.anchor };
}

const TITLE_WORD = /\b(?:Seconds?|Minutes?|Hours?|Days?|Weeks?|Weekends?|Months?|Years?|Decades?|Noon|Midnight|Mornings?|Afternoons?|Evenings?|Nights?|Tonight|Today|Tomorrow|Yesterday)\b/g;

/**
 * "60 Minutes", ABC's "This Week", "High Noon", "VOA Today": a capitalised time word inside a
 * sentence is part of a title or name, not a time.
 */
function inTitle(sentence: string, start: number, end: number): boolean {
  const span = sentence.slice(start, end);
  for (const m of span.matchAll(TITLE_WORD)) {
    const at = start + (m.index ?? 0);
    const before = sentence.slice(0, at);
    if (/^[\s"'`(\u201c\u2018]*$/.test(before)) continue;
    // Title case: the word before is capitalised or a number ("ABC's This Week", "60 Minutes").
    if (!/(?:^|[\s"'`(\u201c\u2018])[A-Z0-9][\w'.-]*\s+$/.test(before)) continue;
    // "... General Today, President Obama announced": a run-in headline, then "today" as an adverb.
    if (/^(?:Today|Tonight|Tomorrow|Yesterday)$/.test(m[0]) && /^\s*,/.test(sentence.slice(at + m[0].length))) continue;
    return true;
  }
  return false;
}

/** A quarter that is current or ended within the last two quarters at publication. */
function recentQuarter(q: { y: number; q: number }, anchor: TimeAnchor | null): boolean {
  if (!anchor) return true;
  const now = anchor.date.y * 4 + Math.floor((anchor.date.m - 1) / 3);
  const back = now - (q.y * 4 + q.q - 1);
  return back >= 0 && back <= 2;
}

/** Results for "the nine months", "the first half", "the year" compare with the same span a year before, not with a quarter. */
const REPORTING_PERIOD = /^(?:the\s+)?(?:first\s+)?(?:(?:six|nine|6|9)\s+months|(?:fiscal\s+|full\s+)?year|half)$/i;

interface Memory {
  lastQuarter: { y: number; q: number; at: number; fiscal: boolean } | null;
  /** Where the last quarter and the last longer reporting period were named. */
  quarterNamedAt: number;
  longerPeriodAt: number;
  lastDate: NamedDate | null;
}

/** The calendar point a value names, for "that year", "the following month" further on. */
function calendarPoint(v: RuleOutput): NamedDate | null {
  // Dates only: a part of day ("overnight") or a clock time is read against the day already in view.
  if (v.type !== 'DATE') return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T|$)/.exec(v.value);
  if (!m) return null;
  const granularity = m[3] ? 'day' : m[2] ? 'month' : 'year';
  return { date: { y: Number(m[1]), m: Number(m[2] ?? 1), d: Number(m[3] ?? 1) }, granularity };
}

const QUARTER_MEMORY = 100000;

/**
 * Finds and normalises the time expressions of `text` within `range` (default: all of it).
 * Offsets are into `text`. Relative expressions resolve against `anchor.published` in its zone;
 * without a publication date only absolute expressions get calendar values.
 */
export function normalizeTimes(
  text: string,
  anchor: { published: string | null; zone?: string | null },
  range?: { start: number; end: number }[],
): TimeExpression[] {
  const at = parseAnchor(anchor.published, anchor.zone);
  const sentences = (range && range.length ? range : [{ start: 0, end: text.length }])
    .flatMap((r) => splitSentences(text, r))
    .sort((a, b) => a.start - b.start);
  const memory: Memory = { lastQuarter: null, lastDate: null, quarterNamedAt: -1, longerPeriodAt: -1 };
  const drafts: Draft[] = [];
  for (const s of sentences) {
    const mine = selectAndBuild(text, s, candidatesIn(text, s), at, memory);
    const extra = chronoHits(text.slice(s.start, s.end), s.start, at)
      .filter((h) => !mine.some((d) => overlaps(d, h)))
      .map((h) => ({ start: h.start, end: h.end, out: h.value, sentence: s }));
    drafts.push(...[...mine, ...extra].sort((a, b) => a.start - b.start));
  }
  const resolved = resolveEventAnchors(text, drafts, at, sentences);
  return mergeIntervals(text, resolved, at);
}

/** The pipeline stage: times of the body sentences, anchored on the document's publication date and zone. */
export const timeComponent: DocumentComponent = {
  kind: 'document',
  name: 'time',
  requires: ['sentences'],
  produces: ['times'],
  process(doc) {
    const sentences = doc.layers.sentences ?? [];
    doc.layers.times = sentences.length
      ? normalizeTimes(doc.text, { published: doc.meta.published, zone: doc.meta.zone }, sentences)
      : [];
  },
};
