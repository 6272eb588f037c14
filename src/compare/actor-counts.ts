import type { Conflict, ConflictSide, Corpus, Divergence } from '../model/corpus.js';
import type { Document } from '../model/document.js';
import type { Claim, FrameSlot, Predicate } from '../model/claim.js';
import type { Quantity } from '../model/quantity.js';
import type { Range } from '../model/span.js';
import type { TimeExpression } from '../model/time.js';
import { REPORTING_VERBS } from '../claims/lexicon.js';
import { firstTokenAt, posName } from '../annotate/tokens/tokenize.js';
import { lowerLemma } from './lower-lemma.js';
import { compatible } from './conflicts.js';
import { outletSide } from './attributes.js';
import { differentNames } from './event-match.js';
import { bounded, onCalendar, overlaps } from './calendar.js';
import { oneValuePerDocument } from './one-value-per-document.js';
import { signalsChange } from './divergences.js';
import { distinctiveCountedNoun } from './counted-nouns.js';
import { COMPARE_CONFIG } from './config.js';
import { differentTallies, talliesIn, type Tally } from './tallies.js';
import { tallyReading } from './body-tallies.js';
import { oppositionOf } from './actions.js';
import { sameVerbSense } from './wordnet.js';
import { sourceAfter } from './crowd-sizes.js';

/**
 * A figure that counts a distinctive thing one named actor holds, as one report states it: "Lund
 * was charged with 34 counts of fraud", "Lund faces 37 fraud counts", "the Harbour Party won 41
 * seats". The actor holds one such figure at a time, so two reports of one story that give it
 * differently disagree, whatever verbs their sentences use: the figure needs no aligned claim.
 */
export interface HeldCount {
  doc: Document;
  publisher: string;
  /** The holder's corpus entity and its name as written beside the figure. */
  holder: string;
  name: string;
  /** What is counted, as lemmas: its head noun with the words qualifying it ("count|fraud"). */
  thing: string;
  /** What is counted as written, for the heading ("counts of fraud"). */
  phrase: string;
  /** The lemma of the verb the figure is the object of ("charge", "face", "win"). */
  verb: string;
  /** The figure: a count, or a tally of a vote or a result ("69-30"), read whole. */
  count: Quantity | Tally;
  /** Who the report gives the figure to, lower case; null in its own voice. */
  source: string | null;
  /** The dates the sentence states: two dated counts of different days are two moments of the count. */
  dates: TimeExpression[];
  sentence: Range;
}

/** The counts one document gives its named actors, one per asserted clause "HOLDER verb N THING". */
export function heldCounts(corpus: Corpus, doc: Document): HeldCount[] {
  const t = doc.layers.tokens;
  const quantities = doc.layers.quantities ?? [];
  if (!t) return [];
  const publisher = corpus.documentPublisher?.get(doc.id) ?? `p:${doc.id}`;
  const tokenAt = tokenIndex(doc);
  const mentions = doc.layers.mentions ?? [];
  // A figure inside quotation marks is the speaker's even where no speaker was found for it.
  const quoted = (doc.layers.quotes ?? []).filter((x) => x.kind === 'direct').map((x) => x.content);
  const out: HeldCount[] = [];
  for (const claim of doc.layers.claims ?? []) {
    // Words inside quotation marks are the speaker's, told in the speaker's way; a hedged claim
    // ("reportedly") is not stated as fact.
    if (claim.source.quoted || claim.hedge) continue;
    const speaker = claim.source.kind === 'speaker' ? claim.source.name.toLowerCase() : null;
    const dates = (doc.layers.times ?? []).filter((x) => x.start >= claim.sentence.start && x.end <= claim.sentence.end && onCalendar(x) && !bounded(doc.text, x));
    const add = (slot: FrameSlot, holder: string, verb: string, thing: { key: string; phrase: string }, count: Quantity | Tally) => {
      // A source the quotation finder missed ("..., her lawyer said") is read as the crowd reader reads it.
      const source = speaker ?? sourceAfter(doc.text.slice(count.end, claim.sentence.end));
      out.push({ doc, publisher, holder, name: slot.text, verb, thing: thing.key, phrase: thing.phrase, count, source, dates, sentence: claim.sentence });
    };
    for (const qi of claim.quantities) {
      const q = quantities[qi];
      if (!q || q.kind !== 'count' || !q.counts || quoted.some((x) => x.start <= q.start && q.end <= x.end)) continue;
      const held = holderOf(doc, claim, q);
      const holder = held ? entityOf(corpus, doc, held.slot) : undefined;
      const thing = held && holder ? countedThing(doc, tokenAt, q) : null;
      if (thing) add(held!.slot, holder!, held!.verb, thing, q);
    }
    for (const tally of talliesIn(doc.text, claim.sentence.start, claim.sentence.end)) {
      if (quoted.some((x) => x.start <= tally.start && tally.end <= x.end)) continue;
      const p = nearestAsserted(claim, tally.start);
      const reading = p ? tallyReading(doc, claim, tally, p, (slot) => slot.mention !== undefined && mentions[slot.mention]?.type === 'ORG' && !!entityOf(corpus, doc, slot)) : null;
      if (reading) add(reading.body, entityOf(corpus, doc, reading.body)!, p!.lemma.toLowerCase(), { key: `tally|${reading.measure}`, phrase: reading.phrase }, tally);
    }
  }
  return out;
}

/** Words between the holder's verb and its figure: "charged with", "won", "has been given". */
const VERB_TO_COUNT = /^\s+(?:[\p{Ll}]+\s+){0,2}$/u;

/**
 * The holder of a figure, read from the asserted, non-speech predicate whose object it is: the
 * nearest verb before it with only function words between ("was charged with 34 counts", "won 41
 * seats"), the holder its subject (a passive's target); or a verb whose named object stands
 * between ("charged Kara Lund with 34 counts"), the holder that object. A figure further away,
 * after a comma, or after a noun that owns it ("scoring record of 2,116 points" is the record's,
 * not the scorer's) belongs to another clause or thing.
 */
function holderOf(doc: Document, claim: Claim, q: Quantity): { slot: FrameSlot; verb: string } | null {
  const p = nearestAsserted(claim, q.start);
  if (!p) return null;
  const object = p.target && !p.passive && p.target.mention !== undefined && p.target.start >= p.end && p.target.end <= q.start ? p.target : null;
  const from = object ? object.end : p.end;
  if (object && !/^\s*$/.test(doc.text.slice(p.end, object.start))) return null;
  if (!VERB_TO_COUNT.test(doc.text.slice(from, q.start)) && !(object && /^\s*$/.test(doc.text.slice(from, q.start)))) return null;
  const t = doc.layers.tokens!;
  for (let i = tokenIndex(doc)(q.start) - 1; i >= 0 && t.start[i] >= from; i--) if (CONTENT_POS.has(posName(t.pos[i]))) return null;
  const slot = object ?? (p.passive ? p.target : p.agent);
  return slot ? { slot, verb: p.lemma.toLowerCase() } : null;
}

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'VERB', 'NUM']);

/** The claim's predicate nearest before an offset, when it asserts an action (no speech verb, negation or modal). */
function nearestAsserted(claim: Claim, at: number): Predicate | null {
  let best: Predicate | null = null;
  for (const p of claim.predicates) if (p.end <= at && (!best || p.end > best.end)) best = p;
  if (!best || REPORTING_VERBS.has(best.lemma.toLowerCase())) return null;
  return best.polarity === 'negative' || (best.mood && best.mood !== 'asserted') ? null : best;
}

function entityOf(corpus: Corpus, doc: Document, slot: FrameSlot): string | undefined {
  return slot.entity ?? (slot.mention !== undefined ? corpus.mentionEntity?.get(`${doc.id}:${slot.mention}`) : undefined);
}

/** A document's token starting at a character offset, or -1. */
function tokenIndex(doc: Document): (offset: number) => number {
  const t = doc.layers.tokens!;
  return (offset) => {
    const i = firstTokenAt(t.start, offset);
    return i < t.count && t.start[i] === offset ? i : -1;
  };
}

/**
 * The token of a figure's counted noun: the last common noun of its counted phrase, before any
 * name or day the phrase ran on into ("23 points Friday"). -1 when it has none.
 */
function countedHead(doc: Document, tokenAt: (offset: number) => number, q: Quantity): number {
  const t = doc.layers.tokens!;
  const from = tokenAt(q.end - q.counts!.length);
  if (from < 0) return -1;
  let head = -1;
  for (let i = from; i < t.count && t.end[i] <= q.end; i++) {
    const pos = posName(t.pos[i]);
    if (pos === 'NOUN') head = i;
    else if (head >= 0) break;
  }
  return head;
}

const QUALIFIER_POS = new Set(['ADJ', 'NOUN', 'PROPN']);

/**
 * What a figure counts: the head noun of its counted phrase, the words before the head ("fraud
 * counts", "parliamentary seats") and an "of" complement after it ("counts of wire fraud"), all as
 * lemmas, the qualifiers as a sorted set so that "fraud counts" and "counts of fraud" are one
 * thing. Null unless one of its nouns is distinctive (see distinctiveCountedNoun): "34 counts"
 * alone or "12 people" count nothing a reader could tell apart.
 */
function countedThing(doc: Document, tokenAt: (offset: number) => number, q: Quantity): { key: string; phrase: string } | null {
  const t = doc.layers.tokens!;
  const last = countedHead(doc, tokenAt, q);
  if (last < 0) return null;
  const head = lowerLemma(t.lemma[last]);
  const qualifiers: { lemma: string; noun: boolean }[] = [];
  let first = last;
  for (let i = last - 1; i >= 0 && t.start[i] >= q.start && QUALIFIER_POS.has(posName(t.pos[i])); i--, first--) qualifiers.push({ lemma: lowerLemma(t.lemma[i]), noun: posName(t.pos[i]) !== 'ADJ' });
  let end = t.end[last];
  let after = last + 1;
  if (last + 2 < t.count && lowerLemma(t.lemma[last + 1]) === 'of') {
    let i = last + 2;
    if (posName(t.pos[i]) === 'DET') i++;
    const from = i;
    while (i < t.count && i - from < 3 && QUALIFIER_POS.has(posName(t.pos[i])) && t.sentence[i] === t.sentence[last]) i++;
    // The complement ends in a noun: "counts of first-degree murder", not "counts of first-degree".
    if (i > from && posName(t.pos[i - 1]) !== 'ADJ') {
      for (let k = from; k < i; k++) qualifiers.push({ lemma: lowerLemma(t.lemma[k]), noun: posName(t.pos[k]) !== 'ADJ' });
      end = t.end[i - 1];
      after = i;
    }
  }
  if (!distinctiveCountedNoun(head) && !qualifiers.some((x) => x.noun && distinctiveCountedNoun(x.lemma))) return null;
  const scope = scopeAfter(doc, after);
  if (scope === null) return null;
  const phrase = doc.text.slice(t.start[first], scope ? scope.end : end);
  return { key: [head, ...[...new Set(qualifiers.map((x) => x.lemma))].sort()].join('|') + (scope ? `@${scope.lemma}` : ''), phrase };
}

/** Prepositions that restrict what a count covers: a period, an occasion, a part ("points in the second half", "seats in the assembly"). */
const SCOPE_PREPOSITIONS = new Set(['in', 'on', 'during', 'over', 'for', 'against', 'at', 'across', 'through', 'within', 'since']);

/**
 * The phrase right after the counted thing that limits what it counts, as its head noun's lemma:
 * "41 seats in the regional assembly" (assembly), "six touchdowns on offense" (offense). Two
 * figures count one thing only with the same limit: 17 points in eight minutes are not the
 * game's 22. '' when none follows; null when the phrase holds a figure of its own ("39 passes for
 * 302 yards"): a line of statistics of one performance, and a story that cites an actor's
 * performances cites many.
 */
function scopeAfter(doc: Document, i: number): { lemma: string; end: number } | '' | null {
  const t = doc.layers.tokens!;
  if (i < 0 || i >= t.count || posName(t.pos[i]) !== 'ADP' || !SCOPE_PREPOSITIONS.has(lowerLemma(t.lemma[i]))) return '';
  // A date ("on Tuesday", "in March") says when, which the sentence's dates compare; it limits nothing.
  if (i + 1 < t.count && (doc.layers.times ?? []).some((x) => x.start <= t.start[i + 1] && t.start[i + 1] < x.end)) return '';
  let head = '';
  let end = -1;
  for (let k = i + 1; k < t.count && k <= i + 5 && t.sentence[k] === t.sentence[i]; k++) {
    const pos = posName(t.pos[k]);
    if (pos === 'NUM') return null;
    if (pos === 'NOUN' || pos === 'PROPN') { head = lowerLemma(t.lemma[k]); end = t.end[k]; continue; }
    if (pos !== 'DET' && pos !== 'ADJ' && !(pos === 'PART' && /^['’]s$/.test(doc.text.slice(t.start[k], t.end[k])))) break;
    if (head) break;
  }
  return head ? { lemma: head, end } : '';
}


/**
 * Two independent publishers of one story giving one named actor's count of one thing
 * incompatibly ("34 counts of fraud" / "37 fraud counts"; "more than 30" and "34" agree). Only
 * figures of one standing are set against each other: both in the outlets' own voice, or both
 * given to the same source. A report giving one actor's thing two counts (two charges sheets, two
 * elections) is left out (oneValuePerDocument); two counts dated on different days are two
 * moments of the count. A later report whose figure is said to have moved (a cue next to it, see
 * signalsChange) is an update, not a conflict.
 */
export function actorCountFindings(corpus: Corpus, documents: Document[], story: string, firstId: number, name: (id: string) => string): { conflicts: Conflict[]; updates: Divergence[] } {
  const key = (c: HeldCount) => `${c.holder}\u0000${c.thing}`;
  const read = new Map(documents.map((doc) => [doc, heldCounts(corpus, doc)]));
  const stages = stageVerbs([...read.values()], key);
  const byThing = oneValuePerDocument(documents, (doc) => unambiguous(corpus, doc, read.get(doc)!), key, (x, y) => agree(x.count, y.count));
  const conflicts: Conflict[] = [];
  const updates: Divergence[] = [];
  for (const [k, counts] of byThing) {
    for (let i = 0; i < counts.length; i++) {
      for (let j = i + 1; j < counts.length; j++) {
        const [x, y] = [counts[i], counts[j]];
        if (x.publisher === y.publisher || x.source !== y.source || agree(x.count, y.count) || differentNames(x.name, y.name)) continue;
        if (!isTally(x.count) && (!oneHolding(x.verb, y.verb) || (!sameVerbSense(x.verb, y.verb) && (stages.get(k)?.has(x.verb) || stages.get(k)?.has(y.verb))))) continue;
        // A report that states the other's tally anywhere tells of two votes or two games.
        if (isTally(x.count) && isTally(y.count) && (statesTally(x.doc, y.count) || statesTally(y.doc, x.count))) continue;
        if (x.dates.length && y.dates.length && !x.dates.some((a) => y.dates.some((b) => overlaps(a, b)))) continue;
        const later = laterReport(x, y);
        const changed = later !== null && signalsChange(later.doc, later.sentence, later.count);
        if (!changed && !oneMoment(x, y)) continue;
        const about = `${isTally(x.count) ? `the tally of ${name(x.holder)} on ${x.phrase}` : `how many ${x.phrase} ${name(x.holder)} has`}${x.source ? `, as ${x.source} put it` : ''}`;
        if (changed) {
          const earlier = later === x ? y : x;
          updates.push({ id: `${story}:ku${firstId + updates.length}`, story, kind: 'update', about: `${about}, as reported over time`, sides: [side(earlier), side(later)] });
          continue;
        }
        conflicts.push({ id: `${story}:k${firstId + conflicts.length}`, story, kind: 'number', about, sides: [side(x), side(y)] });
      }
    }
  }
  return { conflicts, updates };
}

/**
 * A held count is a moment's figure (charges are added or dropped, a party's seats change at each
 * election, a player's points at each game): two reports set against each other must both be
 * dated and published within one window (heldCountWindowMs). Undated reports may be years apart.
 */
function oneMoment(x: HeldCount, y: HeldCount): boolean {
  const tx = Date.parse(x.doc.meta.published ?? '');
  const ty = Date.parse(y.doc.meta.published ?? '');
  return Number.isFinite(tx) && Number.isFinite(ty) && Math.abs(tx - ty) <= COMPARE_CONFIG.heldCountWindowMs;
}

/**
 * A report's held counts less those whose holder the report also gives another, incompatible
 * figure of the same counted noun in any sentence naming the holder ("finished with 25 points"
 * beside "had 17 points in the first eight minutes"; a game's points beside a career's): the
 * report tells of several tallies of that thing, and which one a figure is cannot be told.
 */
function unambiguous(corpus: Corpus, doc: Document, held: HeldCount[]): HeldCount[] {
  if (held.length === 0) return held;
  const mentions = doc.layers.mentions ?? [];
  const t = doc.layers.tokens!;
  const heads = new Set(held.filter((c) => !isTally(c.count)).map((c) => c.thing.split(/[|@]/)[0]));
  const holders = new Set(held.map((c) => c.holder));
  // Each holder's figures of each counted head noun, anywhere the holder is named.
  const figures = new Map<string, Quantity[]>();
  const named = new Map<number, Set<string>>();
  mentions.forEach((m, i) => {
    const entity = corpus.mentionEntity?.get(`${doc.id}:${i}`);
    if (!entity || !holders.has(entity)) return;
    const first = firstTokenAt(t.start, m.start);
    if (first >= t.count) return;
    const s = t.sentence[first];
    (named.get(s) ?? named.set(s, new Set()).get(s)!).add(entity);
  });
  const tokenAt = tokenIndex(doc);
  for (const q of doc.layers.quantities ?? []) {
    if (q.kind !== 'count' || !q.counts || heads.size === 0) continue;
    const last = countedHead(doc, tokenAt, q);
    if (last < 0) continue;
    const head = lowerLemma(t.lemma[last]);
    if (!heads.has(head)) continue;
    for (const entity of named.get(t.sentence[last]) ?? []) {
      const key = `${entity}|${head}`;
      (figures.get(key) ?? figures.set(key, []).get(key)!).push(q);
    }
  }
  return held.filter((c) => (figures.get(`${c.holder}|${c.thing.split(/[|@]/)[0]}`) ?? []).every((q) => q === c.count || agree(q, c.count)));
}

/**
 * Verbs that count a change in what is held ("gained nine seats", "lost 12 seats", "added two
 * charges"), not what is held: a closed class, as the crowd reader's gatherings are.
 */
const CHANGE_VERBS = new Set(['gain', 'lose', 'add', 'drop', 'shed', 'increase', 'decrease', 'rise', 'fall', 'grow', 'cut', 'reduce', 'raise', 'double', 'triple', 'halve']);

/**
 * Two verbs whose objects can be one holding: the same verb, or different verbs neither of which
 * counts a change and which are not opposite outcomes ("won" / "lost"). "Charged with" and
 * "faces", "won" and "took" tell one holding in two wordings.
 */
function oneHolding(a: string, b: string): boolean {
  if (a === b) return true;
  if (CHANGE_VERBS.has(a) || CHANGE_VERBS.has(b)) return false;
  const [oa, ob] = [oppositionOf(a), oppositionOf(b)];
  return !(oa && ob && oa.pair === ob.pair && oa.side !== ob.side);
}

/**
 * Verbs a story shows to tell different holdings of one thing: a report that gives one holder's
 * thing two figures with two verbs ("charged with 34 counts of fraud ... convicted on 12 counts of
 * fraud") tells stages of it. Across the story's reports, a figure of one of those verbs is then
 * compared only with a figure of the same verb (or one WordNet sense): which stage another verb
 * tells cannot be known.
 */
function stageVerbs(perDocument: HeldCount[][], key: (c: HeldCount) => string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const held of perDocument) {
    for (const x of held) {
      for (const y of held) {
        if (x === y || key(x) !== key(y) || x.verb === y.verb || agree(x.count, y.count)) continue;
        const verbs = out.get(key(x)) ?? out.set(key(x), new Set()).get(key(x))!;
        verbs.add(x.verb).add(y.verb);
      }
    }
  }
  return out;
}

function isTally(x: Quantity | Tally): x is Tally {
  return 'high' in x;
}

/** Two figures that can both be true: counts within what their wording allows, tallies alike; a count and a tally never share a key. */
function agree(x: Quantity | Tally, y: Quantity | Tally): boolean {
  if (isTally(x) || isTally(y)) return !isTally(x) || !isTally(y) || !differentTallies(x, y);
  return compatible(x, y);
}

function statesTally(doc: Document, tally: Tally): boolean {
  return talliesIn(doc.text, 0, doc.text.length).some((z) => !differentTallies(z, tally));
}

function side(c: HeldCount): ConflictSide {
  const stated = outletSide(c.publisher, c.doc, c.sentence, c.count.text);
  return c.source ? { ...stated, attribution: { kind: 'speaker', name: c.source } } : stated;
}

/** The report published later by at least the update gap, or null when either date is unknown or they are close. */
function laterReport(x: HeldCount, y: HeldCount): HeldCount | null {
  const tx = Date.parse(x.doc.meta.published ?? '');
  const ty = Date.parse(y.doc.meta.published ?? '');
  if (!Number.isFinite(tx) || !Number.isFinite(ty) || Math.abs(tx - ty) < COMPARE_CONFIG.updateMinGapMs) return null;
  return tx > ty ? x : y;
}
