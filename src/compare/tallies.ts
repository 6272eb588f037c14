import type { Document } from '../model/document.js';

/**
 * Tallies: a vote or a score written as two counts ("passed 52-48", "a 5-4 ruling", "won 20-13",
 * "by a vote of 51 to 49"). The quantity annotation leaves them out (a score is not a count of
 * one thing), yet two reports of one vote or game that give two tallies disagree.
 */
export interface Tally {
  /** The larger count first: "48-52" and "52-48" are one tally told from either side. */
  high: number;
  low: number;
  start: number;
  end: number;
  text: string;
}

/** Two counts of at most three digits joined by a dash or "to", neither part of a longer number, a date or a clock time. */
const TALLY = /(?<![\d.,:/-])(\d{1,3})\s?(?:-|–|—|\bto\b\s)\s?(\d{1,3})(?![\d:/]|[.,]\d|\s?(?:a\.?m\b|p\.?m\b|percent|per cent|%|years?\b|-year|months?\b|days?\b|weeks?\b|hours?\b|minutes?\b|seconds?\b))/gi;
/** Words that say the two counts are a range ("between 10 and 12", "aged 20-25"), not a tally. */
const RANGE_BEFORE = /\b(?:between|from|aged|ages|ranging|some|about|around|approximately|roughly|nearly|almost|up to)\s*$/i;

/** The tallies a stretch of text states, with offsets into the document text. */
export function talliesIn(text: string, from: number, to: number): Tally[] {
  const out: Tally[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(TALLY)) {
    const at = from + m.index!;
    if (RANGE_BEFORE.test(text.slice(Math.max(0, at - 16), at))) continue;
    const x = Number(m[1]);
    const y = Number(m[2]);
    out.push({ high: Math.max(x, y), low: Math.min(x, y), start: at, end: at + m[0].length, text: m[0] });
  }
  return out;
}

/** Each document's tallies anywhere in its text, read once: every claim pair and vote of a story asks again. */
const documentTalliesOf = new WeakMap<Document, Tally[]>();
export function documentTallies(doc: Document): Tally[] {
  let out = documentTalliesOf.get(doc);
  if (!out) documentTalliesOf.set(doc, (out = talliesIn(doc.text, 0, doc.text.length)));
  return out;
}

/** Two tallies that cannot both be the count of one vote or game. */
export function differentTallies(x: Tally, y: Tally): boolean {
  return x.high !== y.high || x.low !== y.low;
}
