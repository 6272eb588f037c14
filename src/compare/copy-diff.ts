import type { ConflictKind } from '../model/corpus.js';
import { quantityQuestion } from './quantity-question.js';
import type { Document } from '../model/document.js';
import type { Range } from '../model/span.js';
import type { TimeExpression } from '../model/time.js';
import { parseDateString, toIso } from '../ingest/dates.js';
import { jaccard } from './similarity.js';
import { writtenUnit } from './conflicts.js';

/** Sentences of a copy and its original pair when their word sets overlap at least this much. */
const SENTENCE_PAIR_JACCARD = 0.6;
/** How far apart (in sentences) a pair may sit: copies add or drop a line, they do not reorder. */
const PAIR_WINDOW = 4;
const SHORT_UNIT_WORDS = 8;
const SHORT_UNIT_BONUS = 0.25;
const NEGATION = /\b(?:not|n't|never|no longer|no)\b/i;

export interface CopyChange {
  kind: ConflictKind;
  about: string;
  values: [string, string];
  original: Range;
  copy: Range;
}

/**
 * What an altered copy changed, read off the text itself: each sentence of the copy is paired
 * with its original sentence, and the characters that differ are classified by the annotation
 * they fall in: a time expression (date), a quantity (number), an entity mention (actor), or an
 * inserted or removed negation (polarity). A reworded sentence with no such change is not a
 * conflict.
 */
export function copyChanges(original: Document, copy: Document, nameOf: (doc: Document, mention: number) => string): CopyChange[] {
  const A = units(original);
  const B = units(copy);
  const words = (d: Document, s: Unit) => new Set(d.text.slice(s.start, s.end).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const wa = A.map((s) => words(original, s));
  const wb = B.map((s) => words(copy, s));
  const changes: CopyChange[] = [];
  let lastJ = -1;
  A.forEach((sa, i) => {
    let best = -1;
    let bestScore = SENTENCE_PAIR_JACCARD;
    const expected = lastJ + 1;
    for (let j = Math.max(0, expected - PAIR_WINDOW); j < Math.min(B.length, expected + PAIR_WINDOW + 1); j++) {
      // A short line ("14 June 2031") changed in one word of three still pairs at its own place.
      const short = j === expected && Math.min(wa[i].size, wb[j].size) <= SHORT_UNIT_WORDS;
      const score = jaccard(wa[i], wb[j]) + (short ? SHORT_UNIT_BONUS : 0);
      if (score > bestScore) { bestScore = score; best = j; }
    }
    if (best < 0) return;
    lastJ = best;
    const sb = B[best];
    const ta = original.text.slice(sa.start, sa.end);
    const tb = copy.text.slice(sb.start, sb.end);
    if (ta === tb) return;
    const change = classify(original, copy, sa, sb, ta, tb, nameOf);
    if (change) changes.push(change);
  });
  return changes;
}

/** What a copy can change: its body sentences and its title, dateline, byline and headings. */
function units(d: Document): Unit[] {
  const header = (d.layers.regions ?? []).filter((r) => r.kind === 'title' || r.kind === 'dateline' || r.kind === 'byline' || r.kind === 'heading');
  return [...header.map((r) => ({ start: r.start, end: r.end, header: true })), ...(d.layers.sentences ?? []).map((r) => ({ start: r.start, end: r.end, header: false }))].sort((x, y) => x.start - y.start);
}

interface Unit extends Range {
  /** A header line (title, date line, byline, heading): not annotated, so its dates are read directly. */
  header: boolean;
}

function classify(a: Document, b: Document, sa: Unit, sb: Unit, ta: string, tb: string, nameOf: (doc: Document, mention: number) => string): CopyChange | null {
  let p = 0;
  while (p < ta.length && p < tb.length && ta[p] === tb[p]) p++;
  let s = 0;
  while (s < ta.length - p && s < tb.length - p && ta[ta.length - 1 - s] === tb[tb.length - 1 - s]) s++;
  // Whole words: "was nearly" / "was not nearly" share "was n", but the change is the word "not".
  while (p > 0 && /[\p{L}\p{N}]/u.test(ta[p - 1])) p--;
  while (s > 0 && /[\p{L}\p{N}]/u.test(ta[ta.length - s])) s--;
  // The changed stretch in each sentence, in document offsets (possibly empty on one side).
  const ca = { start: sa.start + p, end: sa.start + ta.length - s };
  const cb = { start: sb.start + p, end: sb.start + tb.length - s };
  const whole = (_d: Document, x: Range) => ({ start: x.start, end: x.end });
  // The change must lie inside one annotation on each side: a sentence rewritten around a name
  // ("the winner of the Evansville - Indiana State semifinal" / "Indiana State") changed more
  // than the name, and is a rewording, not an altered fact.
  const ta2 = a.layers.times?.find((t) => holds(t, ca));
  const tb2 = b.layers.times?.find((t) => holds(t, cb));
  // A changed count of hours or days ("after 30 hours of deliberation") is a number, not a date.
  const spanOfTime = (t: { type: string; text: string } | undefined) => t !== undefined && (t.type === 'DURATION' || /\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b/i.test(t.text));
  if (spanOfTime(ta2) && spanOfTime(tb2)) {
    const na0 = numberAround(a.text, ca);
    const nb0 = numberAround(b.text, cb);
    if (na0 && nb0 && na0 !== nb0) return { kind: 'number', about: `how long: the copy changes "${ta2!.text}" to "${tb2!.text}"`, values: [ta2!.text, tb2!.text], original: whole(a, sa), copy: whole(b, sb) };
  }
  // A changed time expression is a changed date when the two cannot be the same time: calendar
  // ranges that do not overlap, or different weekday, month or year words ("Friday" / "Tuesday");
  // "yesterday" / "Thursday" may well be one day, and is not reported.
  if (ta2 && tb2 && incompatibleTimes(ta2, tb2)) {
    return { kind: 'date', about: `when: the copy changes "${ta2.text}" to "${tb2.text}"`, values: [`"${ta2.text}" (${ta2.value})`, `"${tb2.text}" (${tb2.value})`], original: whole(a, sa), copy: whole(b, sb) };
  }
  // Header lines (dates lines, titles) carry no annotations: read their dates directly.
  const da = ta2 || !sa.header ? null : parseDateString(ta);
  const db = tb2 || !sb.header ? null : parseDateString(tb);
  if (da && db && toIso(da).iso !== toIso(db).iso) {
    return { kind: 'date', about: `when: the copy dates it ${toIso(db).iso} where the original says ${toIso(da).iso}`, values: [`"${ta.trim()}" (${toIso(da).iso})`, `"${tb.trim()}" (${toIso(db).iso})`], original: whole(a, sa), copy: whole(b, sb) };
  }
  const qa = a.layers.quantities?.find((q) => holds(q, ca));
  const qb = b.layers.quantities?.find((q) => holds(q, cb));
  // "200ft" / "60m" is one height in two units, not a changed figure.
  if (qa && qb && qa.value !== qb.value && writtenUnit(qa) === writtenUnit(qb)) {
    return { kind: 'number', about: quantityQuestion(qa), values: [qa.text, qb.text], original: whole(a, sa), copy: whole(b, sb) };
  }
  const ma = (a.layers.mentions ?? []).findIndex((m) => holds(m, ca));
  const mb = (b.layers.mentions ?? []).findIndex((m) => holds(m, cb));
  // A name replaced by a name: both sides an entity mention, or one a mention and the other a
  // capitalised phrase the tagger did not take for a name.
  if (ma >= 0 || mb >= 0) {
    const na = ma >= 0 ? nameOf(a, ma) : capitalisedAround(a.text, ca);
    const nb = mb >= 0 ? nameOf(b, mb) : capitalisedAround(b.text, cb);
    // MISC mentions (currencies, events, laws) are not actors.
    const actors = (ma < 0 || a.layers.mentions![ma].type !== 'MISC') && (mb < 0 || b.layers.mentions![mb].type !== 'MISC');
    // Judged on the words as written too: a respelling ("Raite" / "Rait") the resolver filed under
    // two entities is one name.
    const sa2 = ma >= 0 ? a.layers.mentions![ma].text : na;
    const sb2 = mb >= 0 ? b.layers.mentions![mb].text : nb;
    if (na && nb && actors && !similarNames(na, nb) && !(sa2 && sb2 && similarNames(sa2, sb2))) return { kind: 'actor', about: `who: the copy names ${nb} where the original names ${na}`, values: [na, nb], original: whole(a, sa), copy: whole(b, sb) };
  }
  const removed = a.text.slice(ca.start, ca.end);
  const added = b.text.slice(cb.start, cb.end);
  // A figure the annotators did not read as a quantity ("a 6.1 quake", "Route 9") still changed.
  const na = numberAround(a.text, ca);
  const nb = numberAround(b.text, cb);
  const unitAfter = (text: string, r: Range) => /^\s*([a-z]+)/i.exec(text.slice(r.end, r.end + 12))?.[1]?.toLowerCase() ?? '';
  if (na && nb && na !== nb && unitAfter(a.text, ca) === unitAfter(b.text, cb)) {
    return { kind: 'number', about: 'a figure: the copy changes it', values: [na, nb], original: whole(a, sa), copy: whole(b, sb) };
  }
  // Only a negation inserted or removed on its own: a rewritten clause that happens to hold "no" is not one.
  const onlyNegation = (x: string) => x.trim().split(/\s+/).filter(Boolean).length <= MAX_NEGATION_WORDS;
  if (NEGATION.test(added) !== NEGATION.test(removed) && (NEGATION.test(added) || NEGATION.test(removed)) && onlyNegation(added) && onlyNegation(removed)) {
    return { kind: 'polarity', about: 'whether it happened: the copy negates what the original asserts', values: [ta.trim(), tb.trim()].map((x) => (NEGATION.test(x) ? 'denies it' : 'asserts it')) as [string, string], original: whole(a, sa), copy: whole(b, sb) };
  }
  return null;
}

const CALENDAR_WORD = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|(?:19|20)\d\d)\b/gi;

function incompatibleTimes(x: TimeExpression, y: TimeExpression): boolean {
  if (x.earliest && x.latest && y.earliest && y.latest) return x.latest < y.earliest || y.latest < x.earliest;
  const words = (t: TimeExpression) => new Set((t.text.match(CALENDAR_WORD) ?? []).map((w) => w.toLowerCase()));
  const wx = words(x);
  const wy = words(y);
  if (wx.size === 0 || wy.size === 0) return false;
  return ![...wx].some((w) => wy.has(w)) || wx.size !== wy.size;
}

/**
 * Two spellings of one name ("Raite" / "Duncan Robert Rait", "Warship Sukanya" / "Indian Naval
 * Ship Sukanya"): the same last word, allowing one letter's difference. A shared first name
 * ("Robyn Mendes" / "Robyn Strojny") is two people.
 */
function similarNames(a: string, b: string): boolean {
  const last = (s: string) => (s.toLowerCase().match(/\p{L}{2,}/gu) ?? []).pop() ?? '';
  const x = last(a);
  const y = last(b);
  return x !== '' && (x === y || (Math.min(x.length, y.length) >= 4 && editDistanceAtMostOne(x, y)));
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { i++; j++; continue; }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else { i++; j++; }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** The capitalised phrase the changed stretch falls in ("Party Girl"), or null. */
function capitalisedAround(text: string, r: Range): string | null {
  let start = r.start;
  let end = r.end;
  while (start > 0 && /[\p{L}'.-]/u.test(text[start - 1])) start--;
  while (end < text.length && /[\p{L}'-]/u.test(text[end])) end++;
  const phrase = text.slice(start, end).trim();
  return /^\p{Lu}/u.test(phrase) && phrase.length >= 2 ? phrase : null;
}

/** The number the changed stretch falls in, widened to whole digits ("6.1", "1,200"). */
function numberAround(text: string, r: Range): string | null {
  let start = r.start;
  let end = r.end;
  while (start > 0 && /[\d.,]/.test(text[start - 1])) start--;
  while (end < text.length && /[\d.,]/.test(text[end])) end++;
  const s = text.slice(start, end).replace(/^[.,]+|[.,]+$/g, '');
  return /^\d[\d.,]*$/.test(s) ? s : null;
}

/** Words a negation change may span ("not", "did not", "no longer"). */
const MAX_NEGATION_WORDS = 3;
/** Characters a change may reach beyond its annotation (an article or a possessive's "s"). */
const CHANGE_SLACK = 4;

/** The annotation holds the whole change (within a few characters), or touches an empty one. */
function holds(x: Range, change: Range): boolean {
  if (change.start === change.end) return touches(x, change);
  return x.start - CHANGE_SLACK <= change.start && change.end <= x.end + CHANGE_SLACK && touches(x, change);
}

/** The change touches the annotation: overlapping, or adjacent for an empty (inserted) stretch. */
function touches(x: Range, change: Range): boolean {
  return change.start === change.end ? x.start <= change.start && change.start <= x.end : x.start < change.end && change.start < x.end;
}

