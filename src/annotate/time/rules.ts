import type { YMD } from './calendar.js';
import { addDays, formatDay, isoWeekday, weekStart } from './calendar.js';
import type { TimeAnchor } from './anchor.js';
import type { Direction } from './tense.js';
import {
  COUNT_RE, MONTH_RE, ORDINALS, SEASONS, UNIT_RE, WEEKDAY_RE, countValue, durationValue, monthNumber, unitOf,
  weekdayNumber,
} from './lexicon.js';
import type { TimeValue } from './values.js';
import {
  centuryValue, dayValue, decadeValue, durationOf, halfValue, monthValue, partOf, quarterValue, refValue,
  seasonValue, setOf, unresolved, weekValue, yearValue,
} from './values.js';
import { anchorKindOf, quarterOf, shiftDate, shiftQuarter, weekdayDate, yearOfMonth, yearOfMonthDay } from './resolve.js';

/** What a rule may consult while building a value. */
export interface RuleContext {
  anchor: TimeAnchor | null;
  /** Tense direction of the clause around the match. */
  direction: Direction | null;
  /** The same, from auxiliaries and reporting verbs only. */
  strongDirection: Direction | null;
  /** The same, with "-ed" words counted only where much nearer than a sure sign. */
  weightedDirection: Direction | null;
  /** Text just before the match (same sentence), lower-cased. */
  before: string;
  /** Text just after the match (same sentence). */
  after: string;
  /** The last quarter the document named: financial reports say "the quarter", "a year earlier". */
  lastQuarter: { y: number; q: number; fiscal?: boolean } | null;
  /** The last calendar date the text named before this point. */
  lastDate: NamedDate | null;
  /** A reporting period longer than a quarter ("the nine months") was named after the last quarter. */
  longerPeriodInView: boolean;
}

export interface NamedDate {
  date: YMD;
  granularity: 'day' | 'month' | 'year';
}

/** A value, or an event-anchored draft resolved later against the document's own dates. */
export type RuleOutput = TimeValue & {
  /** A clock time with no day of its own, dated on publication until its sentence names a day. */
  floatingDay?: boolean;
  event?: {
    head: string; start: number; end: number; n: number; unit: 'day' | 'week' | 'month' | 'year'; sign: 1 | -1;
    /** Length of the "two days" part of the match, kept alone when the event is never dated. */
    countLength: number;
  };
};

export interface Rule {
  name: string;
  re: RegExp;
  /**
   * Every match of `re` holds an ASCII digit (a day, a year, a clock time), so a sentence
   * without one skips the rule's scan: most sentences of news prose name no number.
   */
  needsDigit?: boolean;
  build(m: RegExpExecArray, ctx: RuleContext): RuleOutput | null;
}

const ci = (words: string): string =>
  '(?:' + words.split('|').map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join('|') + ')';

const YEAR = '((?:1[5-9]|20)\\d\\d)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const WD_PREFIX = `(?:${WEEKDAY_RE},?\\s+)?`;
const PART_WORD = `(${ci('early|mid|late|earlier|later')})[- ]`;
const PART_OF = `(?:${ci('the')}\\s+)?(${ci('beginning|start|middle|end|close|turn')})\\s+of\\s+`;
const PARTS_OF_DAY: Record<string, string> = { morning: 'TMO', afternoon: 'TAF', evening: 'TEV', night: 'TNI', overnight: 'TNI' };

function partCode(word: string | undefined): 'START' | 'MID' | 'END' | null {
  if (!word) return null;
  const w = word.toLowerCase();
  if (w === 'early' || w === 'beginning' || w === 'start' || w === 'earlier') return 'START';
  if (w === 'mid' || w === 'middle') return 'MID';
  if (w === 'late' || w === 'end' || w === 'close' || w === 'later') return 'END';
  return null;
}

function withPart(v: TimeValue, word: string | undefined, ofPhrase: boolean): TimeValue {
  const part = partCode(word);
  if (!part || word?.toLowerCase() === 'turn') return v;
  return partOf(v, part, ofPhrase && part !== 'MID' ? 'sixth' : 'third');
}

function dir(ctx: RuleContext): Direction {
  return deferredTo(ctx) ? 'future' : ctx.direction ?? 'past';
}

/** "postponed until Tuesday", "extended its deadline until 9 a.m. Tuesday": a deferral points ahead whatever the tense. */
function deferredTo(ctx: RuleContext): boolean {
  return /\b(?:postpone[ds]?|delay(?:ed|s)?|extend(?:ed|s)?|deadline|adjourn(?:ed|s)?|put off|given|gave|grant(?:ed|s)?)\b[^.;]*\b(?:until|till)\s+$/i.test(ctx.before);
}

/** Day-level relative expressions need an anchor; without one they are detected but left unvalued. */
function needAnchor(ctx: RuleContext, placeholder: string, gran: TimeValue['granularity']): TimeValue | null {
  return ctx.anchor ? null : unresolved('DATE', placeholder, gran);
}

function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function dayOrNull(y: number, m: number, d: number, hasYear: boolean): TimeValue | null {
  return validDay(y, m, d) ? dayValue({ y, m, d }, anchorKindOf(hasYear)) : null;
}

function monthDayNoYear(ctx: RuleContext, m: number, d: number): TimeValue | null {
  if (!m || d < 1 || d > 31) return null;
  if (!ctx.anchor) return unresolved('DATE', `XXXX-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`, 'day');
  // "since (shortly after) the Oct. 23 attack": a date something has run since is behind us.
  const since = /\bsince\s+(?:(?:shortly|just|soon|immediately)\s+(?:after|before)\s+)?(?:the\s+)?$/i.test(ctx.before);
  let y = yearOfMonthDay(ctx.anchor.date, m, d, since ? 'past' : ctx.direction);
  // "the year ended March 31": a closed reporting period lies before publication, however far.
  if (/\bended\s*$/i.test(ctx.before) && validDay(y, m, d) && formatDay({ y, m, d }) > formatDay(ctx.anchor.date)) y -= 1;
  return dayOrNull(y, m, d, false);
}

function timeSuffix(word: string | undefined): string {
  return word ? PARTS_OF_DAY[word.toLowerCase()] ?? '' : '';
}

/** A day, optionally narrowed to a part of it ("Friday night" -> TNI). */
function dayWithPart(date: YMD, part: string | undefined, anchor: TimeValue['anchor']): TimeValue {
  const v = dayValue(date, anchor);
  const suffix = timeSuffix(part);
  return suffix ? { ...v, type: 'TIME', value: v.value + suffix, granularity: 'hour' } : v;
}

const DEICTIC_DAYS: Record<string, number> = {
  today: 0, tonight: 0, tomorrow: 1, yesterday: -1, 'the day before yesterday': -2, 'the day after tomorrow': 2,
};

function relativeUnitValue(anchor: YMD, unit: string, shift: number): TimeValue | null {
  switch (unit) {
    case 'week': return weekValue(addDays(anchor, 7 * shift), 'publication');
    case 'weekend': {
      const base = addDays(weekStart(anchor), 7 * shift);
      const sat = addDays(base, 5);
      const v = weekValue(sat, 'publication');
      return { ...v, value: v.value + '-WE', earliest: formatDay(sat), latest: formatDay(addDays(sat, 1)) };
    }
    case 'month': {
      const d = shiftDate(anchor, shift, 'month');
      return monthValue(d.y, d.m, 'publication');
    }
    case 'year':
    case 'fiscal year':
      return yearValue(anchor.y + shift, 'publication');
    case 'quarter': {
      const q = shiftQuarter(quarterOf(anchor).y, quarterOf(anchor).q, shift);
      return quarterValue(q.y, q.q, 'publication');
    }
    case 'decade':
      return decadeValue(Math.floor(anchor.y / 10) * 10 + 10 * shift, 'publication');
    case 'century':
      return centuryValue(Math.floor(anchor.y / 100) + 1 + shift, 'publication');
    default: {
      const code = SEASONS[unit];
      if (!code) return null;
      // A season is "this" one when the anchor is in or before it this year.
      const seasonStart: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };
      let y = anchor.y + shift;
      if (code === 'WI' && anchor.m <= 2) y -= 1;
      if (shift === -1 && anchor.m > (seasonStart[code] ?? 12) + 2 && code !== 'WI') y += 1;
      return seasonValue(y, code, 'publication');
    }
  }
}

function shiftOfWord(word: string): number {
  const w = word.toLowerCase();
  if (/^(last|past|previous|preceding|latest)$/.test(w)) return -1;
  if (/^(next|coming|following|upcoming)$/.test(w)) return 1;
  return 0;
}

const MOD_WORDS: Record<string, TimeValue['modifier']> = {
  'more than': 'MORE_THAN', over: 'MORE_THAN', 'just over': 'MORE_THAN', 'at least': 'EQUAL_OR_MORE',
  nearly: 'LESS_THAN', almost: 'LESS_THAN', 'less than': 'LESS_THAN', 'fewer than': 'LESS_THAN', under: 'LESS_THAN',
  'just under': 'LESS_THAN', 'up to': 'EQUAL_OR_LESS', 'no more than': 'EQUAL_OR_LESS', about: 'APPROX',
  around: 'APPROX', roughly: 'APPROX', approximately: 'APPROX', some: 'APPROX',
};
const MOD_RE = `(?:(more than|over|just over|at least|nearly|almost|less than|fewer than|under|just under|up to|no more than|about|around|roughly|approximately|some)\\s+)`;

function hourOf(h: string, ampm: string | undefined): number | null {
  let hour = Number(h);
  const mer = ampm?.toLowerCase().replace(/\./g, '');
  if (mer === 'pm' && hour < 12) hour += 12;
  if (mer === 'am' && hour === 12) hour = 0;
  return hour >= 0 && hour < 24 ? hour : null;
}

/** The day a clock time sits on: a day word next to it, else the anchor day. */
function dayForClock(ctx: RuleContext, dayWord: string | undefined): { date: YMD; kind: TimeValue['anchor'] } | null {
  if (!ctx.anchor) return null;
  const a = ctx.anchor.date;
  if (!dayWord) return { date: a, kind: 'publication' };
  const w = dayWord.toLowerCase();
  if (w in DEICTIC_DAYS) return { date: addDays(a, DEICTIC_DAYS[w]), kind: 'publication' };
  const wd = weekdayNumber(w);
  if (wd) return { date: weekdayDate(a, wd, dir(ctx)), kind: 'publication' };
  return { date: a, kind: 'publication' };
}

function clockValue(ctx: RuleContext, hour: number, minute: number, dayWord: string | undefined): RuleOutput {
  const t = `T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  const day = dayForClock(ctx, dayWord);
  if (!day) return unresolved('TIME', `XXXX-XX-XX${t}`, 'minute');
  const iso = formatDay(day.date) + t;
  const off = ctx.anchor?.offsetMinutes;
  const zone = off === null || off === undefined ? '' :
    `${off < 0 ? '-' : '+'}${String(Math.floor(Math.abs(off) / 60)).padStart(2, '0')}:${String(Math.abs(off) % 60).padStart(2, '0')}`;
  const v: RuleOutput = { type: 'TIME', value: iso, granularity: 'minute', earliest: iso + zone, latest: iso + zone, anchor: day.kind };
  return dayWord ? v : { ...v, floatingDay: true };
}

/** A clock time stated in UTC/GMT carries TimeML's "Z"; local zones stay in the bounds only. */
function utc(v: TimeValue, zone: string | undefined): TimeValue {
  return zone && /^(UTC|GMT)$/.test(zone) && !v.value.startsWith('X') ? { ...v, value: v.value + 'Z' } : v;
}

/** A figure set against the year before: "compared with $3 million last year", "last year's results". */
function COMPARED_WITH_LAST_YEAR(ctx: RuleContext): boolean {
  return /\b(?:compared with|compared to|from|versus|vs\.?)\s[^,;]*$/i.test(ctx.before) || /^'s\s+(?:results|figures|quarter|period|earnings|net|loss|profit)\b/i.test(ctx.after);
}

/**
 * "today's world", "many of today's computers", "the people of tomorrow": the present or future age,
 * not a calendar day; TimeBank leaves these unmarked.
 */
function GENERIC_DAY(word: string, span: string, ctx: RuleContext): boolean {
  if (span.toLowerCase() !== word) return false;
  if (word === 'today' && /^'s\s+(?:world|youth|society|generations?|young|children|kids|teens|teenagers|standards|economy|culture|life|families|technology|marketplace|politics)\b/i.test(ctx.after)) return true;
  if (word === 'today' && /^'s\b/.test(ctx.after) && /\b(?:many|most|some|all|few)\s+of\s*$/i.test(ctx.before)) return true;
  // "the events of today" is this day; "the people of tomorrow" is the days to come.
  return word === 'tomorrow' && !/^'s\b/.test(ctx.after) && /\bthe\s+[a-z]+\s+of\s*$/i.test(ctx.before);
}

/**
 * "The quarter" after "the fiscal first quarter": a company's fiscal quarter, whose place in the
 * calendar the text does not give; TimeML writes the unknown quarter as QX.
 */
function fiscalQuarter(y: number): TimeValue {
  return { ...yearValue(y, 'publication'), value: `${y}-QX`, granularity: 'quarter' };
}

/** Ordered by priority: on equal spans, earlier rules win. */
export const RULES: Rule[] = [
  {
    // "on Mondays", "Tuesday nights", "on Monday and Tuesday nights": a weekday in the plural recurs
    // (TimeML SET XXXX-WXX-2TNI); a weekday joined to such a plural shares its reading.
    name: 'set-weekday-plural',
    re: new RegExp(`\\b(${WEEKDAY_RE})(?:s\\b|\\s+(mornings|afternoons|evenings|nights)\\b|(?=\\s+(?:and|or)\\s+${WEEKDAY_RE}(?:s\\b|\\s+(mornings|afternoons|evenings|nights)\\b)))`, 'g'),
    build(m) {
      const wd = weekdayNumber(m[1]);
      const part = (m[2] ?? m[3])?.replace(/s$/, '');
      return wd ? setOf(`XXXX-WXX-${wd}${timeSuffix(part)}`) : null;
    },
  },
  {
    name: 'event-relative',
    re: new RegExp(`\\b(${COUNT_RE})[- ](${UNIT_RE})\\s+(before|after|prior to|ahead of|following|earlier than|later than)\\s+(?:the|this|that|his|her|their|its)\\s+((?:[A-Za-z][\\w'-]*\\s+){0,2}?([a-z][a-z-]+))(?=\\s*(?:[,.;:!?)]|$|\\s+(?:of|in|on|at|with|to|for|from|by|over|between|and|was|were|is|are|had|has|that|which|when|,)\\b))`, 'gi'),
    build(m, ctx) {
      const n = countValue(m[1]);
      const unit = unitOf(m[2]);
      if (n === undefined || Number.isNaN(n) || !['day', 'week', 'month', 'year'].includes(unit)) return null;
      // "two months after his team was blocked": a clause, not an event noun; TimeML marks the span of time alone.
      if (/^\s+(?:was|were|is|are|had|has|have)\b/i.test(ctx.after)) return null;
      const sign: 1 | -1 = /before|prior|ahead|earlier/i.test(m[3]) ? -1 : 1;
      const headStart = m.index + m[0].length - m[5].length;
      const npStart = m.index + m[0].length - m[4].length;
      return {
        type: 'DATE', value: 'XXXX-XX-XX', granularity: 'day', anchor: 'none',
        event: {
          head: m[5].toLowerCase(), start: npStart, end: headStart + m[5].length, n, unit: unit as 'day', sign,
          countLength: m[1].length + 1 + m[2].length,
        },
      };
    },
  },
  {
    name: 'month-day-year',
    needsDigit: true,
    re: new RegExp(`${WD_PREFIX}(${MONTH_RE})\\s*${DAY},?\\s+${YEAR}\\b`, 'g'),
    build: (m) => dayOrNull(Number(m[3]), monthNumber(m[1]), Number(m[2]), true),
  },
  {
    name: 'day-month-year',
    needsDigit: true,
    re: new RegExp(`${WD_PREFIX}(?:the\\s+)?\\b${DAY}(?:\\s+of)?\\s+(${MONTH_RE}),?\\s+${YEAR}\\b`, 'g'),
    build: (m) => dayOrNull(Number(m[3]), monthNumber(m[2]), Number(m[1]), true),
  },
  {
    // "10 Nov 11", as forces' and British reports write a date: day, month, two-digit year. Not
    // when a lower-case word follows ("on 10 Nov 11 people died": the 11 counts them).
    name: 'day-month-short-year',
    needsDigit: true,
    re: new RegExp(`${WD_PREFIX}\\b${DAY}\\s+(${MONTH_RE})\\s+(\\d{2})\\b(?![\\d:/]|\\.\\d)(?!\\s+[a-z])`, 'g'),
    build: (m) => dayOrNull((Number(m[3]) > 40 ? 1900 : 2000) + Number(m[3]), monthNumber(m[2]), Number(m[1]), true),
  },
  {
    name: 'iso-date',
    needsDigit: true,
    re: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    build: (m) => dayOrNull(Number(m[1]), Number(m[2]), Number(m[3]), true),
  },
  {
    name: 'numeric-date',
    needsDigit: true,
    re: /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b(?![/.]\d)/g,
    build(m) {
      let a = Number(m[1]);
      let b = Number(m[2]);
      const y = m[3].length === 2 ? (Number(m[3]) > 40 ? 1900 : 2000) + Number(m[3]) : Number(m[3]);
      // Month first as in US news, unless the first number cannot be a month.
      if (a > 12) [a, b] = [b, a];
      return dayOrNull(y, a, b, true);
    },
  },
  {
    name: 'month-day',
    needsDigit: true,
    re: new RegExp(`${WD_PREFIX}(${MONTH_RE})\\s*${DAY}\\b(?![,.]?\\s*\\d)(?!:\\d)`, 'g'),
    build: (m, ctx) => (Number(m[2]) > 31 ? null : monthDayNoYear(ctx, monthNumber(m[1]), Number(m[2]))),
  },
  {
    name: 'day-month',
    needsDigit: true,
    re: new RegExp(`${WD_PREFIX}\\b${DAY}(?:\\s+of)?\\s+(${MONTH_RE})\\b(?!,?\\s+\\d)`, 'g'),
    build: (m, ctx) => monthDayNoYear(ctx, monthNumber(m[2]), Number(m[1])),
  },
  {
    name: 'second-day-of-month',
    needsDigit: true,
    // "on April 24 and 25": the second day shares the first one's month.
    re: new RegExp(`(?<=(${MONTH_RE})\\s*\\d{1,2}(?:st|nd|rd|th)?\\s*(?:and|or|-|–)\\s*)${DAY}\\b(?![,.]?\\s*\\d)(?!\\s*(?:%|percent|per\\b|million|billion|people|years?|days?|hours?))`, 'g'),
    build: (m, ctx) => monthDayNoYear(ctx, monthNumber(m[1]), Number(m[2])),
  },
  {
    name: 'month-year',
    needsDigit: true,
    re: new RegExp(`(?:${PART_WORD}|${PART_OF})?(${MONTH_RE}),?\\s+(?:of\\s+)?${YEAR}\\b`, 'g'),
    build(m) {
      const v = monthValue(Number(m[4]), monthNumber(m[3]), 'absolute');
      return withPart(v, m[1] ?? m[2], Boolean(m[2]));
    },
  },
  {
    name: 'month',
    re: new RegExp(`(?:(${ci('last|next|this|early|mid|late')})[- ](?:this\\s+)?|${PART_OF})?(${MONTH_RE})\\b(?!\\s*\\d)`, 'g'),
    build(m, ctx) {
      const word = m[3];
      const month = monthNumber(word);
      if (!month || /^(Jan|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Feb)$/.test(word)) return null;
      const mod = m[1]?.toLowerCase();
      if (!mod && !m[2] && /^(May|March|MARCH)$/.test(word)) {
        // "May" and "March" are words too: take them only after a calendar preposition.
        // ...or as a modifier between a determiner and its noun ("the March accession", "the May elections").
        const modifier = /\b(?:the|a|an|its|their|his|her|this|that)\s+$/i.test(ctx.before)
          && /^\s+[a-z]{3,}\b/.test(ctx.after)
          && !/^\s+(?:on|of|to|for|in|into|through|against|and|or|from|with|by|at|is|was|will|would|could|should|can|be|been|past|toward|towards|across|along|around)\b/.test(ctx.after);
        if (!modifier && !/\b(in|of|since|until|till|by|from|to|through|during|before|after|between|and|or|early|late|mid|last|next|this|each|every)\s*$/i.test(ctx.before)) return null;
      }
      if (!ctx.anchor) return unresolved('DATE', `XXXX-${String(month).padStart(2, '0')}`, 'month');
      // Unmarked by a sure tense sign, a bare month is the nearest one of that name.
      // "since May" has begun; "by May", "until May" is a deadline, the nearest May whatever the tense.
      const cue = /\bsince\s*$/i.test(ctx.before) ? 'past' : /\b(?:by|until|till|through)\s*$/i.test(ctx.before) ? 'nearest' : null;
      // A month next to the publication month is that one whatever the tense: "orders for November" on
      // October 30 are this November's, "September sales" reported on October 2 last month's.
      const step = (month - ctx.anchor.date.m + 12) % 12;
      // ...unless a verb close before it says otherwise ("will be 29 in April", "won a seat in June").
      const pastVerb = /\b(?:was|were|had|did|won|lost|made|took|came|went|became|began|held|met|gave|got|left|ended|completed|finished)\b/i.test(ctx.before);
      const futureVerb = /\b(?:will|shall|'ll|going to)\b/i.test(ctx.before);
      // A comparison ("lower than in February", "up from March") points at the reference month itself.
      const compared = /\b(?:than|from|compared (?:with|to)|versus|vs\.?)\s+(?:in\s+)?$/i.test(ctx.before);
      const adjacent = compared ? step === 1 || step === 11 : (step === 1 && !pastVerb) || (step === 11 && !futureVerb);
      const how = mod === 'last' || mod === 'next' || mod === 'this' ? mod : cue ?? (adjacent ? 'nearest' : ctx.weightedDirection ?? 'nearest');
      const v = monthValue(yearOfMonth(ctx.anchor.date, month, how), month, 'publication');
      return withPart(v, mod === 'last' || mod === 'next' || mod === 'this' ? undefined : mod ?? m[2], Boolean(m[2]));
    },
  },
  {
    name: 'month-relative-year',
    re: new RegExp(`(${MONTH_RE})\\s+(?:of\\s+)?(${ci('last|this|next')})\\s+year\\b`, 'g'),
    build(m, ctx) {
      if (!ctx.anchor) return null;
      return monthValue(ctx.anchor.date.y + shiftOfWord(m[2]), monthNumber(m[1]), 'publication');
    },
  },
  {
    name: 'year-period',
    needsDigit: true,
    re: new RegExp(`\\b[Tt]he\\s+${YEAR}\\s+(period|quarter)\\b`, 'g'),
    build(m, ctx) {
      const y = Number(m[1]);
      const q = ctx.lastQuarter?.q;
      return q ? quarterValue(y, q, 'absolute') : yearValue(y, 'absolute');
    },
  },
  {
    name: 'period-edge',
    re: /\b(?:(?:the\s+)?(end|beginning|start|middle|close)\s+of\s+(?:the|this)\s+(year|month)|(?:the\s+)?year(?:'s)?[- ]end)\b/gi,
    build(m, ctx) {
      if (!ctx.anchor) return null;
      const a = ctx.anchor.date;
      const base = m[2]?.toLowerCase() === 'month' ? monthValue(a.y, a.m, 'publication') : yearValue(a.y, 'publication');
      return withPart(base, m[1] ?? 'end', true);
    },
  },
  {
    name: 'the-year-ended',
    re: /\b[Tt]he\s+(?:(?:full|fiscal|financial|calendar|current|entire|whole)\s+)?year\b(?![-'])/g,
    build(m, ctx) {
      if (/^\s+(?:ended|ending)\b/.test(ctx.after)) return durationOf('P1Y');
      // "the year before", "the year 2000", "the year he left" name some other year.
      if (/^\s*(?:ago|earlier|later|before|after|prior|previous|following|that|when|in which|of(?!\s*[$£€])|\d|two|nineteen|[a-z]+ed\b|he|she|it|they|we|I)\b/i.test(ctx.after)) return null;
      // In a report, "the year" and "the full year" are the year of publication, or of the quarter
      // just reported ("the fourth quarter of 2005 and ... for the entire year").
      if (ctx.lastQuarter && /entire|whole|full/i.test(m[0])) return yearValue(ctx.lastQuarter.y, 'publication');
      return ctx.anchor ? yearValue(ctx.anchor.date.y, 'publication') : null;
    },
  },
  {
    name: 'bare-season',
    re: /\b[Tt]he\s+(?:(early|late|mid)[- ])?(spring|summer|fall|autumn|winter)\b(?!\s+(?:of\s+)?\d)/g,
    build(m, ctx) {
      if (!ctx.anchor) return null;
      const code = SEASONS[m[2].toLowerCase()];
      const a = ctx.anchor.date;
      const startMonth: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };
      let y = a.y;
      if (dir(ctx) === 'past' && a.m < (startMonth[code] ?? 1) && code !== 'WI') y -= 1;
      if (code === 'WI' && a.m <= 2) y -= 1;
      return withPart(seasonValue(y, code, 'publication'), m[1], false);
    },
  },
  {
    name: 'spoken-year',
    re: /\b(?:(?:the\s+)?(winter|spring|summer|fall|autumn)\s+of\s+|(January|February|March|April|May|June|July|August|September|October|November|December),?\s+(?:of\s+)?)?(?:the\s+year\s+)?(?:nineteen(?:\s+hundred(?:\s+and)?)?\s+((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)|two\s+thousand(?:\s+(?:and\s+)?(one|two|three|four|five|six|seven|eight|nine|ten))?)\b/gi,
    build(m, ctx) {
      // "two thousand years", "nineteen eighty people": a count of things, not a year.
      if (!m[1] && !m[2] && !/year/i.test(m[0]) && /^[\s-]+(?:years?|[a-z]+s)\b/.test(ctx.after)) return null;
      let y: number;
      if (m[3]) y = 1900 + (countValue(m[3].replace(/\s+/, '-')) ?? NaN);
      else y = 2000 + (m[4] ? countValue(m[4]) ?? 0 : 0);
      if (!Number.isFinite(y)) return null;
      // "January nineteen ninety-seven": the month of that year.
      if (m[2]) return monthValue(y, monthNumber(m[2]), 'absolute');
      return m[1] ? seasonValue(y, SEASONS[m[1].toLowerCase()], 'absolute') : yearValue(y, 'absolute');
    },
  },
  {
    name: 'quarter',
    re: new RegExp(`(?:${ci('the')}\\s+)?(?:${YEAR}\\s+|(this|last|next) year's\\s+)?(?:fiscal\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|final)[- ](?:fiscal[- ])?quarter(?!ly)(?:\\s+of\\s+(?:(?:fiscal\\s+)?${YEAR}|(?:the\\s+)?(this|last|next|the previous|the same)\\s+year))?`, 'gi'),
    build(m, ctx) {
      const q = ORDINALS[m[3].toLowerCase()] ?? 0;
      if (!q) return null;
      let y = m[1] ? Number(m[1]) : m[4] ? Number(m[4]) : null;
      if (y === null) {
        if (!ctx.anchor) return unresolved('DATE', `XXXX-Q${q}`, 'quarter');
        const rel = (m[2] ?? m[5] ?? 'this').replace(/^the\s+/i, '');
        y = ctx.anchor.date.y + shiftOfWord(rel === 'same' ? 'this' : rel);
        // A quarter not yet begun at publication is last year's, unless the clause looks ahead.
        if (!m[2] && !m[5] && q > quarterOf(ctx.anchor.date).q && ctx.direction !== 'future') y -= 1;
      }
      return quarterValue(y, q, m[1] || m[4] ? 'absolute' : 'publication');
    },
  },
  {
    name: 'quarter-abbrev',
    needsDigit: true,
    re: /\b(?:Q([1-4])(?:\s+|-)?((?:19|20)\d\d)|((?:19|20)\d\d)\s*-?\s*Q([1-4]))\b/g,
    build: (m) => quarterValue(Number(m[2] ?? m[3]), Number(m[1] ?? m[4]), 'absolute'),
  },
  {
    name: 'quarter-reference',
    re: /\b(?:the|that|this|its)\s+(?:(latest|last|past|previous|current|most recent|same|recent|year-earlier|year-ago|comparable|corresponding|equivalent|first|next|coming)\s+)?(?:fiscal\s+)?(quarter|period)\b(?!-)(?:\s+(?:a year (?:earlier|ago)|last year))?/gi,
    build(m, ctx) {
      const which = (m[1] ?? '').toLowerCase();
      const isPeriod = m[2].toLowerCase() === 'period';
      const yearBack = /year-(earlier|ago)|a year|last year/i.test(m[0]);
      if (isPeriod && !ctx.lastQuarter && !which) return null;
      if (isPeriod && (which === 'first' || which === 'next' || which === 'coming')) return null;
      if (!ctx.anchor) return unresolved('DATE', 'XXXX-QX', 'quarter');
      // "sales rose in February compared to the same period last year": the month just named, a year before.
      const month = ctx.lastDate?.granularity === 'month' ? ctx.lastDate.date : null;
      if (isPeriod && yearBack && month && new RegExp(`${MONTH_RE}`).test(ctx.before)) return monthValue(month.y - 1, month.m, 'publication');
      const current = quarterOf(ctx.anchor.date);
      let base = ctx.lastQuarter ?? shiftQuarter(current.y, current.q, -1);
      if (which === 'current') base = current;
      else if (which === 'this' || /^this/i.test(m[0])) base = ctx.lastQuarter ?? current;
      if (/^(next|coming)$/.test(which)) base = shiftQuarter(current.y, current.q, 1);
      const fiscal = base === ctx.lastQuarter && ctx.lastQuarter?.fiscal;
      if (yearBack) base = { y: base.y - 1, q: base.q };
      return fiscal ? fiscalQuarter(base.y) : quarterValue(base.y, base.q, 'publication');
    },
  },
  {
    name: 'year-ago-quarter',
    re: /\b(?:the\s+)?(?:comparable\s+)?year-(?:ago|earlier)\s+(first|second|third|fourth)[- ]quarter\b/gi,
    build(m, ctx) {
      // "the year-ago third quarter": that quarter of the year before the one reported on.
      const q = ORDINALS[m[1].toLowerCase()];
      if (!ctx.anchor) return unresolved('DATE', `XXXX-Q${q}`, 'quarter');
      const y = ctx.anchor.date.y - (q > quarterOf(ctx.anchor.date).q ? 2 : 1);
      return quarterValue(y, q, 'publication');
    },
  },
  {
    name: 'year-ago-months',
    re: /\b(?:the\s+)?(?:comparable\s+)?year-(?:ago|earlier)\s+(six|nine|\d{1,2})\s+months\b/gi,
    // "the year-earlier nine months": TimeBank marks the reporting span, a duration.
    build: (m) => {
      const n = countValue(m[1]);
      return n === undefined ? null : durationOf(durationValue(n, 'month'));
    },
  },
  {
    name: 'first-quarters-of-year',
    needsDigit: true,
    re: new RegExp(`\\b(?:the\\s+)?first\\s+two\\s+quarters\\s+of\\s+(?:fiscal\\s+)?${YEAR}\\b`, 'gi'),
    // "the first two quarters of 1990" is that year's first half.
    build: (m) => halfValue(Number(m[1]), 1, 'absolute'),
  },
  {
    name: 'year-ago',
    re: /\b(?:(?:a|one) year (?:ago|earlier|before)|year-(?:earlier|ago))\b/gi,
    build(m, ctx) {
      if (!ctx.anchor) return unresolved('DATE', 'XXXX', 'year');
      if (ctx.lastQuarter && !ctx.longerPeriodInView) {
        return ctx.lastQuarter.fiscal ? fiscalQuarter(ctx.lastQuarter.y - 1) : quarterValue(ctx.lastQuarter.y - 1, ctx.lastQuarter.q, 'publication');
      }
      return yearValue(ctx.anchor.date.y - 1, 'publication');
    },
  },
  {
    name: 'half-year',
    re: new RegExp(`(?:the\\s+)?(first|second|latter|last|1st|2nd)\\s+half\\s+of\\s+(?:(?:fiscal\\s+)?${YEAR}|(this|last|next)\\s+year)`, 'gi'),
    build(m, ctx) {
      const h = /first|1st/i.test(m[1]) ? 1 : 2;
      if (m[2]) return halfValue(Number(m[2]), h, 'absolute');
      if (!ctx.anchor) return null;
      return halfValue(ctx.anchor.date.y + shiftOfWord(m[3]), h, 'publication');
    },
  },
  {
    name: 'season-year',
    needsDigit: true,
    re: new RegExp(`(?:(${ci('early|mid|late')})[- ])?(?:the\\s+)?(${ci('spring|summer|fall|autumn|winter')})\\s+(?:of\\s+)?${YEAR}\\b`, 'g'),
    build: (m) => withPart(seasonValue(Number(m[3]), SEASONS[m[2].toLowerCase()], 'absolute'), m[1], false),
  },
  {
    name: 'decade',
    re: /\b(?:(?:the|The)\s+)?(?:(early|mid|late|Early|Mid|Late)[- ])?(?:((?:1[5-9]|20)\d)0'?s|'(\d)0s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)|(?<![\d.,$])([1-9])0s)(?![\w'])/g,
    build(m, ctx) {
      let decade: number;
      if (m[5]) {
        // "the cars of the 70s and 80s": a bare "70s" only after "the" or in a list of decades, not "their 70s" or "the 70s (degrees)".
        if (!/^(?:the|The)\s/.test(m[0]) && !/\b\d0'?s\s+(?:and|or|to|through)\s*$/.test(ctx.before)) return null;
        if (/^\s*(?:degrees|°|F\b|Fahrenheit|percent|%)/i.test(ctx.after)) return null;
      }
      if (m[4]) {
        if (!/^(?:the|The)\s/.test(m[0])) return null;
        const tens = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'].indexOf(m[4].toLowerCase()) + 2;
        decade = 1900 + tens * 10;
      } else if (m[2]) decade = Number(m[2]) * 10;
      else {
        const d = Number(m[3] ?? m[5]) * 10;
        const now = ctx.anchor?.date.y ?? 2000;
        decade = 2000 + d <= now ? 2000 + d : 1900 + d;
      }
      return withPart(decadeValue(decade, 'absolute'), m[1], false);
    },
  },
  {
    name: 'century',
    needsDigit: true,
    re: /\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)[- ]century\b/gi,
    build: (m) => centuryValue(Number(m[1]), 'absolute'),
  },
  {
    name: 'year',
    needsDigit: true,
    re: new RegExp(`(?:(?<![$£€\\d.,:/-])|(?<=\\b(?:post|pre|[Pp]ost|[Pp]re)-))(?:(${ci('early|mid|late')})[- ]|${PART_OF}|(?:the\\s+)?(?:${ci('fiscal|calendar|financial|model|the year')})\\s+(?:year\\s+)?)?${YEAR}\\b(?![.,]?\\d|%|-\\d|\\s*(?:percent|per cent|people|men|women|troops|soldiers|tons|tonnes|km|miles|feet|metres|meters|dollars|euros|pounds|shares|units|cars|jobs|times|votes|members|cases|deaths|workers|employees|a\\.m|p\\.m|GMT|UTC|hours|EAT|EST)\\b)`, 'g'),
    build(m, ctx) {
      const y = Number(m[3]);
      // Bare four-digit numbers far from the anchor are more often counts than years.
      if (!m[1] && !m[2] && ctx.anchor && y > ctx.anchor.date.y + 30) return null;
      if (/\b(?:no\.|number|route|flight|room|page|section|article|resolution|bill|model|code)\s*$/i.test(ctx.before)) return null;
      // "Kopp's 1987 Chevrolet", "a venture called Orion 1980": a model year or part of a name.
      if (!m[1] && !m[2] && /'s\s+$/.test(ctx.before) && /^\s+[A-Z][a-z]/.test(ctx.after)) return null;
      if (!m[1] && !m[2] && /\b(?:called|named|dubbed)\s+[A-Z][\w-]*\s+$/.test(ctx.before)) return null;
      return withPart(yearValue(y, 'absolute'), m[1] ?? m[2], Boolean(m[2]));
    },
  },
  {
    name: 'anaphoric-period',
    re: /\b(?:(earlier|later)\s+)?(that|the following|the previous|the preceding|the next|the same|the prior)\s+(year|month|day|morning|afternoon|evening|night)\b(?!\s+or\b)(\s+(?:a\s+year\s+(?:ago|earlier|before)|(?:of\s+)?(?:the\s+)?(?:last|previous|prior)\s+year))?/gi,
    build(m, ctx) {
      // "the following year", "later that month": the period after or of the date the story just named.
      const named = ctx.lastDate;
      const unit = m[3].toLowerCase();
      const partOfDay = unit in PARTS_OF_DAY;
      const step = partOfDay ? 'day' : unit;
      const rank = { day: 0, month: 1, year: 2 } as const;
      if (!named || rank[named.granularity] > rank[step as 'day']) return null;
      const which = m[2].toLowerCase();
      const shift = /following|next/.test(which) ? 1 : /previous|preceding|prior/.test(which) ? -1 : 0;
      // On the publication day itself the deictic words say it better ("the next day" = tomorrow).
      if (shift !== 0 && ctx.anchor && formatDay(named.date) === formatDay(ctx.anchor.date) && step === 'day') return null;
      let d = shiftDate(named.date, shift, step as 'day');
      // "the same month a year ago": that month of the year before.
      if (m[4]) {
        if (which !== 'the same' || step === 'year') return null;
        d = shiftDate(d, -1, 'year');
      }
      const v = step === 'year' ? yearValue(d.y, 'event') : step === 'month' ? monthValue(d.y, d.m, 'event') : dayValue(d, 'event');
      const edge = m[1]?.toLowerCase();
      return edge ? { ...v, modifier: edge === 'earlier' ? 'START' : 'END' } : v;
    },
  },
  {
    name: 'relative-period',
    re: /\b(?:(early|late|earlier|later|mid)[- ])?(?:(?:at\s+)?the\s+(end|beginning|start|middle|close)\s+of\s+)?(?:(this|last|next|past|previous|coming|current|following|upcoming)|the\s+(past|previous|coming|current|following|last|next|latest|upcoming))\s+(week|weekend|month|year|quarter|decade|century|spring|summer|fall|autumn|winter|fiscal year)\b/gi,
    build(m, ctx) {
      const unit = m[5].toLowerCase();
      const rel = (m[3] ?? m[4]).toLowerCase();
      if (m[4] && (unit === 'decade' || unit === 'century') && /past|last|previous/.test(rel)) {
        return durationOf(durationValue(1, unitOf(unit)));
      }
      if (!ctx.anchor) return needAnchor(ctx, 'XXXX', 'unknown');
      const shift = shiftOfWord(rel === 'last' && m[4] && unit === 'week' ? 'last' : rel);
      if (unit === 'year' && rel === 'last' && !m[1] && !m[2] && !m[4] && ctx.lastQuarter && !ctx.longerPeriodInView && COMPARED_WITH_LAST_YEAR(ctx)) {
        // "up from $3 million last year" in a quarterly report: the same quarter a year before.
        return quarterValue(ctx.lastQuarter.y - 1, ctx.lastQuarter.q, 'publication');
      }
      const v = relativeUnitValue(ctx.anchor.date, unit, shift);
      if (!v) return null;
      const edge = (m[1] ?? '').toLowerCase();
      const a = ctx.anchor.date;
      if (shift === 0 && (edge === 'earlier' || edge === 'later') && v.earliest && v.latest) {
        // "earlier this week": the days of the period before the anchor day; "later": after it.
        const lo = edge === 'earlier' ? v.earliest : formatDay(addDays(a, 1));
        const hi = edge === 'earlier' ? formatDay(addDays(a, -1)) : v.latest;
        return lo <= hi ? { ...v, earliest: lo, latest: hi } : v;
      }
      return withPart(v, m[1] ?? m[2], Boolean(m[2]));
    },
  },
  {
    name: 'the-weekend',
    re: /\b[Tt]he\s+weekend\b/g,
    build(_m, ctx) {
      if (!ctx.anchor) return unresolved('DATE', 'XXXX-WXX-WE', 'week');
      const inWeekend = isoWeekday(ctx.anchor.date) >= 6;
      return relativeUnitValue(ctx.anchor.date, 'weekend', dir(ctx) === 'past' && !inWeekend ? -1 : 0);
    },
  },
  {
    name: 'earlier-in-the-period',
    re: /\b(earlier|later)\s+in\s+the\s+(day|week|month|year)\b/gi,
    build(m, ctx) {
      if (!ctx.anchor) return null;
      const unit = m[2].toLowerCase();
      const a = ctx.anchor.date;
      const v = unit === 'day' ? dayValue(a, 'publication') : relativeUnitValue(a, unit, 0);
      return v && { ...v, modifier: m[1].toLowerCase() === 'earlier' ? 'START' : 'END' };
    },
  },
  {
    name: 'deictic-day',
    re: /\b(?:(early|late|later|earlier)\s+)?(today|tonight|tomorrow|yesterday|the day before yesterday|the day after tomorrow)(?:\s+(morning|afternoon|evening|night))?\b/gi,
    build(m, ctx) {
      const word = m[2].toLowerCase();
      if (GENERIC_DAY(word, m[0], ctx)) return null;
      if (!ctx.anchor) return unresolved('DATE', 'XXXX-XX-XX', 'day');
      const date = addDays(ctx.anchor.date, DEICTIC_DAYS[word]);
      const v = dayValue(date, 'publication');
      const edge = m[1]?.toLowerCase();
      return edge === 'later' || edge === 'earlier' ? { ...v, modifier: edge === 'later' ? 'END' : 'START' } : v;
    },
  },
  {
    name: 'this-part-of-day',
    re: /\b(?:(this|last|tomorrow|yesterday)\s+(morning|afternoon|evening|night)|(overnight))\b/gi,
    build(m, ctx) {
      if (!ctx.anchor) return unresolved('TIME', 'XXXX-XX-XXTXX', 'hour');
      const w = (m[1] ?? 'this').toLowerCase();
      const shift = w === 'last' || w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
      if (w === 'last' && m[2].toLowerCase() !== 'night') return null;
      const v = dayWithPart(addDays(ctx.anchor.date, shift), m[2] ?? m[3], 'publication');
      return { ...v, type: 'TIME' };
    },
  },
  {
    name: 'part-of-day',
    re: new RegExp(`\\b(?:early|late|mid)[- ]?(morning|afternoon|evening)(?:,?\\s+(today|yesterday|tomorrow|${WEEKDAY_RE}))?\\b`, 'gi'),
    build(m, ctx) {
      // "by mid-afternoon", "mid-afternoon yesterday": that part of the day named, else of the publication day.
      const day = dayForClock(ctx, m[2]);
      if (!day) return unresolved('TIME', `XXXX-XX-XX${timeSuffix(m[1])}`, 'hour');
      const v = dayWithPart(day.date, m[1], day.kind);
      return m[2] ? v : { ...v, floatingDay: true };
    },
  },
  {
    name: 'weekday',
    re: new RegExp(`\\b(?:(${ci('last|next|this|early|late|coming|past')}|${ci('the')}\\s+(?:previous|preceding|following))\\s+)?(${WEEKDAY_RE})(?:\\s+(morning|afternoon|evening|night))?\\b`, 'g'),
    build(m, ctx) {
      const wd = weekdayNumber(m[2]);
      if (!ctx.anchor) return unresolved('DATE', `XXXX-WXX-${wd}`, 'day');
      const mod = m[1]?.toLowerCase();
      if (mod && /^the\s/.test(mod)) {
        // "down from the previous Friday": the one before the day just named (or before publication).
        const from = ctx.lastDate?.granularity === 'day' ? ctx.lastDate.date : ctx.anchor.date;
        return dayValue(weekdayDate(from, wd, /following/.test(mod) ? 'future' : 'past', true), 'publication');
      }
      // "get around Wednesday's ruling": a weekday's event named by its noun has mostly happened
      // already, whatever the modal of the clause; "ahead of Sunday's vote" still looks forward.
      const possessive = /^'s\s+[a-z]/.test(ctx.after) && !deferredTo(ctx) && !/\b(?:ahead of|upcoming|awaiting|await|awaits|before|until|for)\s+$/i.test(ctx.before);
      const direction: Direction = mod === 'last' || mod === 'past' ? 'past' : mod === 'next' || mod === 'coming' ? 'future' : possessive ? 'past' : dir(ctx);
      const strict = mod === 'last' || mod === 'next';
      let date = weekdayDate(ctx.anchor.date, wd, direction, strict);
      if (mod === 'this' && !ctx.direction) date = weekdayDate(ctx.anchor.date, wd, isoWeekday(ctx.anchor.date) > wd ? 'past' : 'future');
      // TimeML appends the part of day ("Friday evening" -> TEV). Counted on TimeBank+AQUAINT:
      // "evening" always has it (3 of 3), "morning" and "night" mostly not (5 of 8, 8 of 17 with
      // TNI and 3 with TEV): a night or morning in a report mostly names the day of the event.
      const part = m[3]?.toLowerCase();
      return dayWithPart(date, part === 'evening' || part === 'afternoon' ? part : undefined, 'publication');
    },
  },
  {
    name: 'clock',
    needsDigit: true,
    re: new RegExp(`\\b(\\d{1,2})(?:[:.](\\d{2}))?\\s*(a\\.m\\.?|p\\.m\\.?|am\\b|pm\\b|AM\\b|PM\\b|o'clock)(?:\\s+([A-Z]{2,4}T|GMT|UTC)\\b)?(?:,?\\s+(?:on\\s+)?(?:(today|tonight|tomorrow|yesterday|${WEEKDAY_RE})|(${MONTH_RE})\\s*(\\d{1,2})\\b(?![,.]?\\s*\\d)))?`, 'g'),
    build(m, ctx) {
      const hour = hourOf(m[1], m[3].startsWith('o') ? undefined : m[3]);
      const minute = m[2] ? Number(m[2]) : 0;
      if (hour === null || minute > 59) return null;
      if (m[6]) {
        // "5 p.m. EST Nov. 9": the clock on a named day.
        const day = monthDayNoYear(ctx, monthNumber(m[6]), Number(m[7]));
        if (!day) return null;
        const t = `T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
        return utc({ ...day, type: 'TIME', value: day.value + t, granularity: 'minute' }, m[4]);
      }
      return utc(clockValue(ctx, hour, minute, m[5]), m[4]);
    },
  },
  {
    name: 'clock-24h',
    needsDigit: true,
    re: new RegExp(`\\b([01]\\d|2[0-3]):?([0-5]\\d)\\s*(GMT|UTC|[A-Z]{2,4}T)\\b(?:,?\\s+(?:on\\s+)?(today|tonight|tomorrow|yesterday|${WEEKDAY_RE}))?`, 'g'),
    // "10:35 a.m. (0735 GMT) Friday": the bracketed time restates the one before it.
    build: (m, ctx) => (/(?:a\.m\.?|p\.m\.?|\bam|\bpm)\s*\(\s*$/i.test(ctx.before) ? null : utc(clockValue(ctx, Number(m[1]), Number(m[2]), m[4]), m[3])),
  },
  {
    name: 'noon',
    re: new RegExp(`\\b(noon|midnight|midday)(?:\\s+(?:on\\s+)?(today|tomorrow|yesterday|${WEEKDAY_RE}))?\\b`, 'gi'),
    // "High Noon", "the Bush midnight rules": an idiom or an adjective, not a clock time.
    build: (m, ctx) => (/\bhigh\s*$/i.test(ctx.before) || (!m[2] && /^\s+[a-z]+s\b/.test(ctx.after)) ? null : clockValue(ctx, m[1].toLowerCase() === 'midnight' ? 0 : 12, 0, m[2])),
  },
  {
    name: 'ago',
    re: new RegExp(`\\b${MOD_RE}?(${COUNT_RE})\\s+(${UNIT_RE})\\s+(ago|from now|hence)\\b`, 'gi'),
    build(m, ctx) {
      const n = countValue(m[2]);
      const unit = unitOf(m[3]);
      if (n === undefined) return null;
      const sign = /ago/i.test(m[4]) ? -1 : 1;
      if (Number.isNaN(n)) return refValue(sign < 0 ? 'PAST_REF' : 'FUTURE_REF', 'publication');
      if (!ctx.anchor) return unresolved('DATE', 'XXXX', 'unknown');
      const a = ctx.anchor.date;
      const mod = m[1] ? MOD_WORDS[m[1].toLowerCase()] : undefined;
      let v: TimeValue | null = null;
      if (unit === 'day') v = dayValue(shiftDate(a, sign * n, 'day'), 'publication');
      else if (unit === 'week') v = weekValue(shiftDate(a, sign * n, 'week'), 'publication');
      else if (unit === 'month') {
        const d = shiftDate(a, sign * n, 'month');
        v = monthValue(d.y, d.m, 'publication');
      } else if (unit === 'quarter') {
        const q = shiftQuarter(quarterOf(a).y, quarterOf(a).q, sign * n);
        v = quarterValue(q.y, q.q, 'publication');
      } else if (unit === 'year' || unit === 'decade' || unit === 'century') {
        const years = n * (unit === 'decade' ? 10 : unit === 'century' ? 100 : 1);
        if (!Number.isInteger(years)) return null;
        v = yearValue(a.y + sign * years, 'publication');
      } else return null;
      return mod && mod !== 'APPROX' ? { ...v, modifier: mod } : v;
    },
  },
  {
    name: 'duration',
    re: new RegExp(`(?:\\b${MOD_RE}|\\b(?:the\\s+)?(?:(?:past|last|next|first|coming|previous|final|following|latest|initial|remaining|additional|another|further)\\s+))?\\b(${COUNT_RE})(?:[- ]and[- ]a[- ]half)?(?:\\s+more)?(?:\\s+(?:trading|business|working))?[- ](${UNIT_RE})(?:\\s+and\\s+a\\s+half)?(?:[- ](?:long|old))?\\b`, 'gi'),
    build(m, ctx) {
      let n = countValue(m[2]);
      if (n === undefined) return null;
      if (/and[- ]a[- ]half/i.test(m[0])) n += 0.5;
      const unitWord = m[3].toLowerCase();
      const unit = unitOf(unitWord);
      const word = m[2].toLowerCase();
      // "a years-long battle": the article goes with the noun; the plural is an unspecified count.
      if (/^(?:a|an)$/.test(word) && /s$/.test(unitWord)) return null;
      // "a second attempt" is an ordinal, "three-quarters of its food" a fraction.
      if (unit === 'second' && /^(?:a|an|the)$/.test(word) && /^\s+[a-z]/i.test(ctx.after) && !/^\s+(?:or|later|earlier|before|after|ago|and|to)\b/i.test(ctx.after)) return null;
      if (unit === 'quarter' && /^,?\s+of\s+(?:the|its|his|her|their|all|a|an|our|total|U\.S\.)\b/i.test(ctx.after)) return null;
      if ((word === 'a' || word === 'an') && !m[1]) {
        // "$5 a year", "twice a week" are rates, not spans of time.
        // TimeML keeps frequencies ("twice a week") but leaves prices and rates ("$2 million a year") unmarked.
        if (/(?:times|once|twice|thrice)\s*$/i.test(ctx.before)) return setOf(durationValue(1, unit));
        // ...but "comes a day after the vote" is a span before or after something, whatever the word before it.
        const relative = /^\s+(?:after|before|later|earlier|ago)\b/i.test(ctx.after);
        if (!relative && /(?:\d|%|percent|cents?|dollars?|million|billion|[a-z]{3,}s)\s*$/i.test(ctx.before)) return null;
        if (/\b(?:in|per|each)\s*$/i.test(ctx.before)) return null;
      }
      if (/^\d/.test(word) && /^\d{4}$/.test(word)) return null;
      // "Islam will one day be...", "he hopes he one day follows": an unspecified future day.
      if (word === 'one' && unit === 'day' && !m[1] && /\b(?:will|would|could|may|might|can|shall|must|should|to|he|she|they|we|I|it|you)\s*$/i.test(ctx.before)
        && /^\s+[a-z]/.test(ctx.after) && !/^\s+(?:of|after|before|later|earlier|ago|and|or|to|in|at|for|from|per|a|an|the|more|off|long|old)\b/i.test(ctx.after)) {
        return refValue('FUTURE_REF', 'publication');
      }
      // Ages ("a 9-year-old", "40 years old") are not times in TimeML.
      if (/old$/i.test(m[0]) || /^\s*old\b/i.test(ctx.after)) return null;
      // "the last few months", "the past several quarters": an unmeasured stretch up to now, PAST_REF.
      if (Number.isNaN(n) && /^(?:the\s+)?(?:past|last)\s/i.test(m[0])) return refValue('PAST_REF', 'publication');
      const mod = m[1] ? MOD_WORDS[m[1].toLowerCase()] : undefined;
      return durationOf(durationValue(n, unit), mod);
    },
  },
  {
    name: 'in-a-unit-or-two',
    // "you may, in a year or two, save more lives": an unmeasured time ahead.
    re: /(?<=\b[Ii]n\s+)(?:a|one)\s+(?:day|week|month|year)\s+or\s+two\b/g,
    build: () => refValue('FUTURE_REF', 'publication'),
  },
  {
    name: 'this-moment',
    // "at this crucial moment": the present, as "at the moment" is.
    re: /(?<=\bat\s+)this\s+(?:[a-z]+\s+)?moment\b/gi,
    build: () => refValue('PRESENT_REF', 'publication'),
  },
  {
    name: 'nth-day-of',
    // "today is the eighth day of the operation", "it's the second day of an offensive": the day of writing.
    re: /(?<=\b(?:is|[Ii]t's|[Ii]t\s+is)\s+)(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th))\s+day(?=\s+of\b)/g,
    build: (_m, ctx) => (ctx.anchor ? dayValue(ctx.anchor.date, 'publication') : null),
  },
  {
    name: 'a-while',
    // "for a while", "for a fairly lengthy period": a span of unknown length (PXX).
    re: /(?<=\bfor\s+)a\s+(?:while|(?:(?:fairly|very|rather|quite)\s+)?(?:lengthy|long|extended)\s+period)\b/gi,
    build: () => durationOf('PXX'),
  },
  {
    name: 'in-the-part-of-day',
    // "Friday ... buy orders in the morning": that part of the day just named.
    re: /(?<=\b(?:in|during|by)\s+)the\s+(morning|afternoon|evening)\b/gi,
    build(m, ctx) {
      if (ctx.lastDate?.granularity !== 'day' || /\d\s*$/.test(ctx.before)) return null;
      return { ...dayWithPart(ctx.lastDate.date, m[1], 'event'), type: 'TIME' };
    },
  },
  {
    name: 'hour-in-the-part-of-day',
    needsDigit: true,
    // "at 4 in the morning", "at 9 in the evening".
    re: /\b(\d{1,2})(?::(\d{2}))?\s+in\s+the\s+(morning|afternoon|evening)\b/gi,
    build(m, ctx) {
      const h = Number(m[1]);
      if (h < 1 || h > 12) return null;
      const part = m[3].toLowerCase();
      const hour = part === 'morning' ? h % 12 : h === 12 ? 12 : h + 12;
      return clockValue(ctx, hour, m[2] ? Number(m[2]) : 0, undefined);
    },
  },
  {
    name: 'unit-long',
    // "their third day-long meeting", "a year-long strike": one unit.
    re: /\b(day|week|month|year|hour)-long\b/gi,
    build: (m) => durationOf(durationValue(1, unitOf(m[1]))),
  },
  {
    name: 'additional-unit',
    re: new RegExp(`\\ban?\\s+(?:additional|extra|further)\\s+(day|week|month|year|quarter|hour|decade)\\b`, 'gi'),
    // "extended for an additional year": one more of that unit.
    build: (m) => durationOf(durationValue(1, unitOf(m[1]))),
  },
  {
    name: 'range-start',
    // "between 60 and 90 days", "two to six days": TimeML marks both ends; the first borrows the unit.
    re: new RegExp(`\\b(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?=\\s*(?:to|-|–|or|and)\\s*(${COUNT_RE})[- ](${UNIT_RE})\\b)`, 'gi'),
    build(m, ctx) {
      const a = countValue(m[1]);
      const b = countValue(m[2]);
      if (a === undefined || b === undefined || Number.isNaN(b) || a >= b) return null;
      if (/[$£€]\s*$|\d[.,]?\s*$/.test(ctx.before)) return null;
      // "five or six years ago" is one point in time, not two spans.
      if (/^\s*(?:to|-|–|or|and)\s*\S+[- ]\S+\s+(?:ago|earlier|later|before|after|from now)\b/i.test(ctx.after)) return null;
      return durationOf(durationValue(a, unitOf(m[3])));
    },
  },
  {
    name: 'vague-duration',
    re: /\b(?:(?:the\s+)?(?:coming|next|past|last|recent|following|previous)\s+(?:few\s+)?(years|months|weeks|days|decades|hours)|(?<=\b(?:for|in|over|within|take|takes|took)\s+)(years|months|weeks|decades)(?!\s+(?:ago|of|old|earlier|later|before|after))|the\s+(years|months|weeks|days|decades)\s+(?:ahead|to\s+come)|(?<=\b(?:over|through|throughout|in|during)\s+)the\s+(?:early\s+|intervening\s+)?(years)(?!\s+(?:of|\d|ago|before|after|when|in which|since)))\b/gi,
    build(m) {
      // "over the years", "in the years that followed": an unspecified stretch of years.
      const unitWord = (m[1] ?? m[2] ?? m[3] ?? m[4]).toLowerCase();
      if (/recent\s+years/i.test(m[0])) return refValue('PAST_REF', 'publication');
      if (/^the\s+(?:past|last)\b/i.test(m[0]) && /\s+few\b/i.test(m[0])) return refValue('PAST_REF', 'publication');
      return durationOf(durationValue(NaN, unitOf(unitWord)));
    },
  },
  {
    // "a decades-long dispute", "the weeks-long strike": a stretch of an unspecified number of units.
    // Decades are counted in years, as TimeML values write "two decades" (P20Y).
    name: 'plural-long',
    re: /\b(centuries|decades|years|months|weeks|days|hours)-long\b/gi,
    build(m) {
      const unit = unitOf(m[1].toLowerCase());
      return durationOf(durationValue(NaN, unit === 'decade' || unit === 'century' ? 'year' : unit));
    },
  },
  {
    name: 'reference',
    re: /\b(now|right now|currently|at present|presently|nowadays|these days|at the moment|recently|lately|(?<=in\s)recent years|the future|the near future|someday|(?<=\b(?:in|of|from)\s)the past|then[- ]current(?=\s+[a-z])|current(?=\s+[a-z])|soon|the (?:near|short|long) term(?!-)|a later date|future (?:years|months|weeks|quarters|days))\b/gi,
    build(m, ctx) {
      const w = m[1].toLowerCase();
      if (/^(recently|lately|previously|formerly|in recent|the past|then)/.test(w)) return refValue('PAST_REF', 'publication');
      // "will soon begin", "may soon seek" look ahead; "as soon as", "soon after the raid", "was soon released" are relative to some other time.
      if (w === 'soon' && !(/\b(?:will|would|may|might|could|can|shall|to|enough)\s*$/i.test(ctx.before) || /^\s+(?:will|would|may|might|could|shall)\b/i.test(ctx.after))) return null;
      // "current" marks the present ("his current wife", "current conditions"), except in money terms
      // ("the current account", "current prices") where it names a kind of figure.
      if (w === 'current' && /^\s+(?:account|rate|price)s?\b/i.test(ctx.after)) return null;
      if (/future|someday|soon|term|later/.test(w)) return refValue('FUTURE_REF', 'publication');
      return refValue('PRESENT_REF', 'publication');
    },
  },
  {
    name: 'set-month',
    re: new RegExp(`\\b(?:[Ee]very|[Ee]ach)\\s+(${MONTH_RE})\\b(?!\\s*\\d)`, 'g'),
    build: (m) => setOf(`XXXX-${String(monthNumber(m[1])).padStart(2, '0')}`),
  },
  {
    name: 'week-of',
    needsDigit: true,
    re: new RegExp(`\\b[Tt]he\\s+week\\s+of\\s+(${MONTH_RE})\\s*${DAY}\\b(?![,.]?\\s*\\d)`, 'g'),
    build(m, ctx) {
      const day = monthDayNoYear(ctx, monthNumber(m[1]), Number(m[2]));
      const d = day && /^(\d{4})-(\d{2})-(\d{2})$/.exec(day.value);
      return d ? weekValue({ y: Number(d[1]), m: Number(d[2]), d: Number(d[3]) }, 'publication') : null;
    },
  },
  {
    name: 'set',
    re: new RegExp(`\\b(?:(daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly|semiannually)|(?:(?:once|twice|three times|\\d+ times)\\s+)?(?:every|each|per|a)\\s+(other\\s+)?(${COUNT_RE}\\s+)?(day|week|month|year|quarter|hour|minute|morning|evening|night|weekend|${WEEKDAY_RE})(?:\\s+(morning|afternoon|evening|night)(?!'))?)\\b`, 'gi'),
    build(m, ctx) {
      const adv = m[1]?.toLowerCase();
      if (adv) {
        const map: Record<string, string> = {
          daily: 'P1D', weekly: 'P1W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y', quarterly: 'P3M',
          hourly: 'PT1H', nightly: 'TNI', biweekly: 'P2W', semiannually: 'P6M',
        };
        // "his weekly radio address", "on a daily basis": TimeML marks the adjective too (a SET);
        // "a daily newspaper" names a kind of paper, not how often something happens.
        if (/^\s+(?:newspapers?|papers?|editions?|paper's)\b/i.test(ctx.after)) return null;
        // "rise 8.5% annually", "10,000 units annually": a rate of a quantity, unmarked as "$5 a year" is.
        if (/(?:\d|%|percent|cents?|dollars?|million|billion|units|profits|[a-z]{3,}s)\s*$/i.test(ctx.before) && !/\b(?:is|are|was|were|be|been)\s+\S+\s*$/i.test(ctx.before)) return null;
        return setOf(map[adv]);
      }
      const word = m[0].toLowerCase();
      if (/^a\s/.test(word) && !/(?:times|once|twice)\s*$/i.test(ctx.before)) return null;
      const unit = m[4].toLowerCase();
      const wd = weekdayNumber(unit);
      // "every Monday morning": the part of the day recurs with the weekday.
      if (wd) return setOf(`XXXX-WXX-${wd}${timeSuffix(m[5])}`);
      if (unit in PARTS_OF_DAY) return setOf(`XXXX-XX-XX${PARTS_OF_DAY[unit]}`);
      if (unit === 'weekend') return setOf('XXXX-WXX-WE');
      const n = m[3] ? countValue(m[3].trim()) ?? 1 : m[2] ? 2 : 1;
      return setOf(durationValue(n, unitOf(unit)));
    },
  },
  {
    // "business is usually conducted in the second and fourth quarters": in a habitual clause, quarters
    // in the plural recur (TimeML SET XXXX-Q4); elsewhere ("in the first and second quarters, profit
    // rose") they are this year's, left to the quarter rule.
    name: 'set-quarter-plural',
    re: /\b(first|second|third|fourth)(?:[- ]quarters\b|(?=\s+(?:and|or)\s+(?:the\s+)?(?:first|second|third|fourth)[- ]quarters\b))/gi,
    build(m, ctx) {
      if (!/\b(?:usually|typically|normally|traditionally|generally|often|always|tends?\s+to)\b/i.test(ctx.before)) return null;
      const q = ORDINALS[m[1].toLowerCase()];
      return q ? setOf(`XXXX-Q${q}`) : null;
    },
  },
  {
    name: 'holiday',
    re: /\b(Christmas(?: Day| Eve)?|New Year's(?: Day| Eve)|Thanksgiving(?: Day)?|Independence Day|Halloween|Valentine's Day|Election Day|Boxing Day|Labor Day|Memorial Day)\b/g,
    build(m, ctx) {
      if (!ctx.anchor) return null;
      const w = m[1].toLowerCase();
      const fixed: Record<string, [number, number]> = {
        christmas: [12, 25], 'christmas day': [12, 25], 'christmas eve': [12, 24], "new year's day": [1, 1],
        "new year's eve": [12, 31], 'independence day': [7, 4], halloween: [10, 31], "valentine's day": [2, 14],
        'boxing day': [12, 26],
      };
      const a = ctx.anchor.date;
      let md = fixed[w];
      if (!md) {
        // Nth weekday of a month: Thanksgiving 4th Thursday of November, Labor Day 1st Monday of September...
        const nth: Record<string, [number, number, number]> = {
          thanksgiving: [11, 4, 4], 'thanksgiving day': [11, 4, 4], 'labor day': [9, 1, 1], 'election day': [11, 2, 1],
        };
        const spec = nth[w];
        if (!spec) return null;
        const y = yearOfMonth(a, spec[0], dir(ctx));
        const first = { y, m: spec[0], d: 1 };
        const offset = (spec[1] - isoWeekday(first) + 7) % 7;
        const day = 1 + offset + 7 * (spec[2] - 1) + (w === 'election day' ? 0 : 0);
        return dayValue({ y, m: spec[0], d: day }, 'publication');
      }
      const y = yearOfMonthDay(a, md[0], md[1], ctx.direction);
      return dayValue({ y, m: md[0], d: md[1] }, 'publication');
    },
  },
  {
    name: 'easter',
    re: /\b(Easter(?: Sunday| Monday| [Ww]eek)?|Good Friday|Palm Sunday|Holy Week)\b/g,
    build(m, ctx) {
      if (!ctx.anchor) return null;
      const a = ctx.anchor.date;
      const near = easterSunday(a.y);
      const sunday = easterSunday(yearOfMonthDay(a, near.m, near.d, ctx.direction));
      const w = m[1].toLowerCase();
      // "Easter week", "Holy Week": the week that ends on Easter Sunday.
      if (/week/.test(w)) return weekValue(sunday, 'publication');
      const shift = w === 'good friday' ? -2 : w === 'palm sunday' ? -7 : w === 'easter monday' ? 1 : 0;
      return dayValue(addDays(sunday, shift), 'publication');
    },
  },
];

/** Easter Sunday of the Gregorian year `y` (the anonymous Gregorian computus). */
function easterSunday(y: number): YMD {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const n = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * n + 114) / 31);
  return { y, m: month, d: ((h + l - 7 * n + 114) % 31) + 1 };
}
