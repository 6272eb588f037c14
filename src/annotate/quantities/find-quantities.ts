import type { Quantity } from '../../model/quantity.js';
import type { Range } from '../../model/span.js';
import { countedPhrase, type PosLookup } from './counted-phrase.js';
import { insideAny, nonQuantitySpans } from './non-quantity-spans.js';
import {
  ORDINAL_WORD, SCALES, VAGUE_AMOUNT, WORD_NUMBER, ordinalWordValue, vagueAmountValue, wordNumberValue,
} from './number-words.js';
import { CURRENCY_SYMBOLS, PERCENT_PATTERN, currencyWords, measureUnits, timeUnits } from './units.js';

const CURRENCY_SYMBOL = '(?:US\\$|AU?\\$|C\\$|HK\\$|NZ\\$|\\$US|\\$AU?|\\$NZ|[$€£¥₹₽₺₪₩₦])';
const SCALE_WORD = 'trillion|billion|million|thousand';
const TIME_UNIT_WORDS = 'years?|months?|weeks?|days?|hours?|minutes?|decades?|century|centuries';

/** Where a quantity may begin: a currency sign, a digit, or a number word. */
const CANDIDATE = new RegExp(
  `(?<![\\p{L}\\p{N}.,])(?:${CURRENCY_SYMBOL}|\\d|(?:a|an)\\s+(?:dozen|hundred|${SCALE_WORD}|${TIME_UNIT_WORDS})(?![\\p{L}])|` +
    `(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozen|tens|dozens|scores|hundreds|thousands|millions|billions|` +
    `first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|hundredth|thousandth)(?![\\p{L}]))`,
  'giu',
);

const CURRENCY_PREFIX = new RegExp(`(${CURRENCY_SYMBOL})\\s?`, 'uy');
const DIGITS = /(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/y;
const DIGIT_ORDINAL_SUFFIX = /(?:st|nd|rd|th)(?![\p{L}\p{N}])/uy;
const SCALE = new RegExp(`(?:\\s(${SCALE_WORD})|(bn|tn|mn|mln|m|b|k))(?![\\p{L}\\p{N}])`, 'iuy');
const A_TIME_UNIT = new RegExp(`(?:a|an)(?=\\s+(?:${TIME_UNIT_WORDS})(?![\\p{L}]))`, 'iuy');
const RANGE_JOINER = /\s?(?:-|–|—|to|and)\s?/y;
const PERCENT_UNIT = new RegExp(`\\s?(?:${PERCENT_PATTERN})(?![\\p{L}])`, 'iuy');
const CURRENCY_WORD = new RegExp(`\\s(${currencyWords.pattern})(?![\\p{L}])`, 'iuy');
const TIME_UNIT = new RegExp(`([\\s-])(${timeUnits.pattern})(-long|-old)?(?![\\p{L}])`, 'iuy');
const MEASURE_UNIT = new RegExp(`(?:\\s|-)?(${measureUnits.pattern})(?![\\p{L}])`, 'iuy');
const STRONG = /-strong(?![\p{L}])/uy;
/**
 * A scale that names its reading ("magnitude 6.1", "a magnitude of 6.1", "6.1-magnitude", "6.1 on
 * the Richter scale", "a category 4 storm"): the figure is a reading on it, not a count of what follows.
 */
const SCALE_REACH = 20;
const SCALE_BEFORE = /(?<![\p{L}])(magnitude|category)(?:\s+of)?\s*[-–]?\s*$/iu;
const SCALE_AFTER = /(?:\s|-)?(magnitude)(?![\p{L}])|\s+on\s+the\s+(richter)\s+scale/iuy;
const OF = /\s+of(?=\s)/y;
const IN = /\s+in(?=\s)/y;
/** A part before its counted whole: "four of its six carriages", "three of the 11 counts". */
const PARTITIVE_OF = /\s+of\s+(?:the|its|their|his|her|our|these|those)\s+/y;

const APPROXIMATION = /(?<![\p{L}])(more than|over|at least|about|around|nearly|almost|up to|some|roughly|approximately|fewer than|less than|at most|an estimated|estimated|close to|as many as|as much as|as few as|upwards of|just over|just under|well over|under|below|above|in excess of|no fewer than|no more than|no less than|circa|between)\s+$/iu;
/** A noun before "of" that names what an amount of money measures ("a loss of $5bn"). */
const MEASURED_NOUN_BEFORE = /(?<![\p{L}])([\p{L}]{3,})\s+of\s+$/iu;
const NOT_A_MEASURED_NOUN = /^(?:total|sum|amount|value|worth|figure|tune|cost|some|most|all|each|one|any|none|part|out)$/i;

interface NumberCore { value: number; end: number; ordinal: boolean; vague: string | null; article: boolean; words: boolean }

/** "six and a half years", "2 and a half hours": the half after a whole number. */
const AND_A_HALF = /\s+and\s+a\s+half(?![\p{L}])/uy;

function readCore(s: string, at: number): NumberCore | null {
  const core = readWholeCore(s, at);
  if (!core || core.ordinal || core.vague) return core;
  AND_A_HALF.lastIndex = core.end;
  const half = AND_A_HALF.exec(s);
  return half ? { ...core, value: core.value + 0.5, end: core.end + half[0].length } : core;
}

function readWholeCore(s: string, at: number): NumberCore | null {
  DIGITS.lastIndex = at;
  let m = DIGITS.exec(s);
  if (m) {
    const end = at + m[0].length;
    DIGIT_ORDINAL_SUFFIX.lastIndex = end;
    const suffix = DIGIT_ORDINAL_SUFFIX.exec(s);
    const value = Number(m[0].replace(/,/g, ''));
    if (suffix) return { value, end: end + suffix[0].length, ordinal: true, vague: null, article: false, words: false };
    return { value, end, ordinal: false, vague: null, article: false, words: false };
  }
  VAGUE_AMOUNT.lastIndex = at;
  if ((m = VAGUE_AMOUNT.exec(s))) {
    return { value: vagueAmountValue(m[0]), end: at + m[0].length, ordinal: false, vague: m[0], article: false, words: true };
  }
  WORD_NUMBER.lastIndex = at;
  if ((m = WORD_NUMBER.exec(s))) {
    return { value: wordNumberValue(m[0]), end: at + m[0].length, ordinal: false, vague: null, article: /^an?\s/i.test(m[0]), words: true };
  }
  ORDINAL_WORD.lastIndex = at;
  if ((m = ORDINAL_WORD.exec(s))) {
    return { value: ordinalWordValue(m[0]), end: at + m[0].length, ordinal: true, vague: null, article: false, words: true };
  }
  A_TIME_UNIT.lastIndex = at;
  if ((m = A_TIME_UNIT.exec(s))) {
    return { value: 1, end: at + m[0].length, ordinal: false, vague: null, article: true, words: true };
  }
  return null;
}

function readScale(s: string, at: number): { factor: number; end: number } | null {
  SCALE.lastIndex = at;
  const m = SCALE.exec(s);
  if (!m) return null;
  return { factor: SCALES[(m[1] ?? m[2]).toLowerCase()], end: at + m[0].length };
}

function sticky(re: RegExp, s: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(s);
}

const isYearLike = (core: NumberCore, raw: string) =>
  !core.words && !core.ordinal && /^\d{4}$/.test(raw) && core.value >= 1800 && core.value <= 2100;

/**
 * Quantities in one sentence. `s` is the sentence text, `base` its offset in the document.
 * Each candidate is read left to right: currency, number, scale, range, unit, then what it counts.
 */
export function quantitiesInSentence(s: string, base: number, pos: PosLookup): Quantity[] {
  const out: Quantity[] = [];
  const masked: Range[] = nonQuantitySpans(s);
  CANDIDATE.lastIndex = 0;
  for (let c = CANDIDATE.exec(s); c; c = CANDIDATE.exec(s)) {
    const q = readQuantity(s, c.index, base, pos, masked);
    if (q) {
      CANDIDATE.lastIndex = Math.max(CANDIDATE.lastIndex, q.end - base);
      // "$US1 million ($1.52 million)": an amount in brackets right after another is the same
      // sum in another currency, the outlet's own conversion; as a figure of its own it would
      // disagree with every report of the original amount.
      const previous = out[out.length - 1];
      if (q.kind === 'money' && previous?.kind === 'money' && /^\s*\(\s*(?:about|around|roughly|approximately|some|approx\.)?\s*$/i.test(s.slice(previous.end - base, q.start - base)) && /^\s*\)/.test(s.slice(q.end - base))) continue;
      out.push(q);
    }
  }
  return out;
}

function readQuantity(s: string, start: number, base: number, pos: PosLookup, masked: Range[]): Quantity | null {
  let at = start;
  const cur = sticky(CURRENCY_PREFIX, s, at);
  let currency: string | null = null;
  if (cur) { currency = CURRENCY_SYMBOLS[cur[1]]; at += cur[0].length; }
  const core = readCore(s, at);
  if (!core) return null;
  const rawNumber = s.slice(at, core.end);
  if (!core.words && insideAny(masked, at, core.end)) return null;
  let end = core.end;
  let value = core.value;
  let scale = 1;
  if (!core.ordinal && !core.vague) {
    const sc = readScale(s, end);
    if (sc) { scale = sc.factor; end = sc.end; }
  }

  let valueMax: number | undefined;
  let rangeIsYears = false;
  if (!core.ordinal && !core.vague && !core.article) {
    const joiner = sticky(RANGE_JOINER, s, end);
    if (joiner) {
      let at2 = end + joiner[0].length;
      const cur2 = sticky(CURRENCY_PREFIX, s, at2);
      if (cur2) at2 += cur2[0].length;
      const core2 = core.words === false ? (DIGITS.lastIndex = at2, DIGITS.exec(s)) : null;
      const second = core2 ? readCore(s, at2) : core.words ? readCore(s, at2) : null;
      const isAnd = /and/.test(joiner[0]);
      const between = /between\s+$/i.test(s.slice(Math.max(0, start - 10), start));
      if (second && !second.ordinal && !second.vague && (!isAnd || between) && !insideAny(masked, at2, second.end)) {
        const raw2 = s.slice(at2, second.end);
        rangeIsYears = isYearLike(core, rawNumber) && isYearLike(second, raw2);
        let end2 = second.end;
        let scale2 = scale;
        const sc2 = readScale(s, end2);
        if (sc2) { scale2 = sc2.factor; end2 = sc2.end; if (scale === 1) scale = scale2; }
        if (second.value * scale2 > value * scale) { valueMax = second.value * scale2; end = end2; }
      }
    }
  }
  value *= scale;

  let unit: string | null = currency;
  let kind: Quantity['kind'] = currency ? 'money' : core.ordinal ? 'ordinal' : 'count';
  let adjectival = false;
  let m: RegExpExecArray | null;
  if (!core.ordinal && !core.vague) {
    if (!currency && (m = sticky(PERCENT_UNIT, s, end))) { unit = 'percent'; kind = 'percent'; end += m[0].length; }
    else if ((m = sticky(CURRENCY_WORD, s, end))) { unit = currencyWords.normalise(m[1]); kind = 'money'; end += m[0].length; }
    else if (!currency && (m = sticky(TIME_UNIT, s, end))) {
      unit = timeUnits.normalise(m[2]); kind = 'duration'; end += m[0].length; adjectival = m[1] === '-';
    } else if (!currency && (m = sticky(MEASURE_UNIT, s, end))) {
      unit = measureUnits.normalise(m[1]); kind = 'measure'; end += m[0].length; adjectival = m[0].startsWith('-');
    } else if (!currency && (m = sticky(SCALE_AFTER, s, end))) {
      // The scale is what is measured: the noun after it ("6.1-magnitude quake") is no counted thing.
      unit = 'magnitude'; kind = 'measure'; end += m[0].length;
    } else if (!currency && (m = sticky(STRONG, s, end))) { end += m[0].length; adjectival = true; }
  }
  let scaleStart: number | null = null;
  const scaleFrom = Math.max(0, start - SCALE_REACH);
  if (kind === 'count' && !core.vague && !core.words && (m = SCALE_BEFORE.exec(s.slice(scaleFrom, start)))) {
    unit = m[1].toLowerCase(); kind = 'measure'; scaleStart = scaleFrom + m.index;
  }
  // Digits glued to letters ("1990s", "3D") are names or decades, not amounts.
  if (/[\p{L}\p{N}]/u.test(s[end] ?? '') && !core.words) return null;
  if (core.article && kind !== 'duration' && scale === 1 && !core.words) return null;

  const before = s.slice(Math.max(0, start - 30), start);
  const approx = APPROXIMATION.exec(before);
  let approximation: string | null = core.vague;
  let phraseStart = start;
  if (approx && !(approx[1].toLowerCase() === 'between' && valueMax === undefined)) {
    approximation = approx[1];
    phraseStart = start - (before.length - approx.index);
  }
  if (scaleStart !== null && !approx) phraseStart = scaleStart;
  if (core.article && !approx && kind === 'duration') return null;
  if (kind === 'count' && !approx && (rangeIsYears || (valueMax === undefined && isYearLike(core, rawNumber)) || rangeIsYears)) return null;
  if (rangeIsYears) return null;

  let counts: string | null = null;
  let countEnd = end;
  if (kind === 'count' || kind === 'ordinal' || adjectival) {
    const afterOf = core.vague ? (sticky(OF, s, end)?.[0].length ?? 0) : 0;
    const phrase = countedPhrase(s, end + afterOf + (adjectival && s[end] === '-' ? 1 : 0), base, pos);
    if (phrase) { counts = phrase.text; countEnd = phrase.end; }
    else if (kind === 'count' && !core.vague) {
      // The part counts what its whole counts: "four of its six carriages" is four carriages. The
      // quantity's text stays the part's own word; the whole is a quantity of its own.
      const of = sticky(PARTITIVE_OF, s, end);
      const whole = of ? readCore(s, end + of[0].length) : null;
      const wholePhrase = whole && !whole.ordinal && !whole.vague && whole.value > value ? countedPhrase(s, whole.end, base, pos) : null;
      if (wholePhrase) counts = wholePhrase.text;
    }
  } else {
    const joiner = sticky(kind === 'money' ? IN : OF, s, end);
    const phrase = joiner ? countedPhrase(s, end + joiner[0].length, base, pos) : null;
    if (phrase) { counts = phrase.text; countEnd = phrase.end; }
    else if (kind === 'money') {
      const noun = MEASURED_NOUN_BEFORE.exec(s.slice(Math.max(0, phraseStart - 40), phraseStart));
      if (noun && !NOT_A_MEASURED_NOUN.test(noun[1])) counts = noun[1];
    }
  }

  if (kind === 'ordinal' && !counts) return null;
  // "one" is a pronoun as often as a number: keep it only with a unit, a scale or a counted noun.
  if (kind === 'count' && !counts && !core.vague && core.words && value < 10 && !approx) return null;
  if (kind === 'count' && /^one$/i.test(rawNumber) && (!counts || /(?<![\p{L}])(?:no|the|any|every|each|this|that|on)\s+$/iu.test(s.slice(Math.max(0, start - 7), start)))) return null;

  const qEnd = countEnd;
  const quantity: Quantity = {
    start: base + phraseStart,
    end: base + qEnd,
    text: s.slice(phraseStart, qEnd),
    value,
    unit,
    counts,
    approximation,
    kind,
  };
  if (valueMax !== undefined) quantity.valueMax = valueMax;
  return quantity;
}
