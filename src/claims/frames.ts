import type { Claim, FrameSlot, Predicate } from '../model/claim.js';
import type { Document, Sentence } from '../model/document.js';
import type { Mention } from '../model/mention.js';
import type { Range } from '../model/span.js';
import { lemmaOf } from '../annotate/tokens/vocabulary.js';
import { posName } from '../annotate/tokens/tokenize.js';
import { LIGHT_VERBS, MODAL_HEDGES, NEGATORS, OBJECT_PRONOUNS, PLACE_PREPOSITIONS, PRONOUNS } from './lexicon.js';

const ACTOR_TYPES = new Set(['PER', 'ORG', 'GPE', 'LOC', 'NORP', 'FAC']);
const PLACE_TYPES = new Set(['LOC', 'GPE', 'FAC']);

interface Located {
  m: Mention;
  index: number;
}

/**
 * Sentence-level frames from the annotations, without a parser: each content verb outside an
 * entity name is a predicate whose object is the first entity after it (before the next verb),
 * or the person an object pronoun right after it stands for; the actor is the nearest entity
 * before the first verb (or the previous claim's actor for a sentence opening with a personal
 * pronoun). Fragments without a verb (captions, leftovers) give no claim.
 */
export function extractClaims(doc: Document): Claim[] {
  const sentences = doc.layers.sentences ?? [];
  const mentions = doc.layers.mentions ?? [];
  const claims: Claim[] = [];
  let previousActor: FrameSlot | null = null;
  let mi = 0;
  for (const s of sentences) {
    while (mi < mentions.length && mentions[mi].end <= s.start) mi++;
    const inSentence: Located[] = [];
    for (let k = mi; k < mentions.length && mentions[k].start < s.end; k++) inSentence.push({ m: mentions[k], index: k });
    // A participial or semicolon clause states a fact of its own ("X withdrew from Y, leaving it
    // with only two bases"): each clause is a claim, and a clause without a subject takes the
    // sentence's actor.
    let sentenceActor: FrameSlot | null = null;
    clauses(doc, s).forEach((clause, k) => {
      const inClause = inSentence.filter((x) => x.m.start >= clause.start && x.m.end <= clause.end);
      const claim = sentenceClaim(doc, clause, inClause, inSentence, k === 0 ? previousActor : sentenceActor, claims.length, k > 0);
      if (!claim) return;
      claims.push(claim);
      if (k === 0) sentenceActor = claim.actor;
      if (claim.actor) previousActor = claim.actor;
    });
  }
  return claims;
}

/** Clauses that open with ", <verb>-ing" or follow a semicolon, each with at least four tokens. */
function clauses(doc: Document, s: Sentence): Sentence[] {
  const t = doc.layers.tokens!;
  const cuts: number[] = [];
  for (let i = s.tokenStart + 4; i < s.tokenEnd - 4; i++) {
    const w = doc.text.slice(t.start[i], t.end[i]);
    const next = doc.text.slice(t.start[i + 1], t.end[i + 1]);
    if (w === ';' || (w === ',' && posName(t.pos[i + 1]) === 'VERB' && /^[a-z]+ing$/.test(next))) cuts.push(i + 1);
  }
  if (cuts.length === 0) return [s];
  const bounds = [s.tokenStart, ...cuts, s.tokenEnd];
  const out: Sentence[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const from = bounds[k];
    let to = bounds[k + 1];
    const last = doc.text.slice(t.start[to - 1], t.end[to - 1]);
    if (k + 1 < bounds.length - 1 && (last === ',' || last === ';')) to--;
    if (to > from) out.push({ start: t.start[from], end: t.end[to - 1], tokenStart: from, tokenEnd: to });
  }
  return out;
}

function sentenceClaim(doc: Document, s: Sentence, inSentence: Located[], wholeSentence: Located[], previousActor: FrameSlot | null, n: number, continuation = false): Claim | null {
  const t = doc.layers.tokens!;
  const verbs = contentVerbs(doc, s, inSentence.map((x) => x.m));
  if (verbs.length === 0) return null;
  const main = verbs[0];
  const actors = inSentence.filter((x) => ACTOR_TYPES.has(x.m.type));
  // The subject stands before the clause's first verb, light or not ("Varga voiced her support for
  // X's efforts"), and is not a possessor ("X's efforts").
  const firstVerb = Math.min(main, firstVerbal(doc, s, inSentence.map((x) => x.m)) ?? main);
  const before = actors.filter((x) => x.m.end <= t.start[firstVerb] && !isPossessor(doc, x.m));
  const fallback = actors.filter((x) => x.m.end <= t.start[main] && !isPossessor(doc, x.m));
  let actor: FrameSlot | null = before.length ? slot(before[before.length - 1]) : fallback.length ? slot(fallback[fallback.length - 1]) : null;
  const first = s.tokenStart;
  const firstWord = doc.text.slice(t.start[first], t.end[first]).toLowerCase();
  if (!actor && (continuation || PRONOUNS.has(firstWord)) && previousActor) {
    actor = { ...previousActor, start: t.start[first], end: t.end[first], text: doc.text.slice(t.start[first], t.end[first]) };
  }
  const predicates: Predicate[] = verbs.map((v, k) => {
    const until = Math.min(k + 1 < verbs.length ? t.start[verbs[k + 1]] : s.end, clauseEnd(doc, v, s));
    return {
      lemma: lemmaOf(t.lemma[v]),
      start: t.start[v],
      end: t.end[v],
      target: objectOf(doc, v, until, actors, wholeSentence, actor),
      object: objectNoun(doc, v, until),
      polarity: negated(doc, s, v) ? 'negative' : 'positive',
    };
  });
  const quotes = doc.layers.quotes ?? [];
  // A sentence that is mostly quoted words is the speaker's claim, not the outlet's.
  const quote = quotes.find((q) => overlap(q.content, s) >= 0.6 * (s.end - s.start));
  const hedge = (doc.layers.hedges ?? []).find((h) => h.start >= s.start && h.end <= s.end)?.cue ?? modalHedge(doc, s);
  return {
    id: `${doc.id}:c${n}`,
    doc: doc.id,
    sentence: { start: s.start, end: s.end },
    actor,
    action: { lemma: predicates[0].lemma, start: predicates[0].start, end: predicates[0].end },
    target: predicates[0].target,
    predicates,
    places: inSentence.filter((x) => PLACE_TYPES.has(x.m.type) && precededByPlacePreposition(doc, x.m)).map(slot),
    times: indicesWithin(doc.layers.times ?? [], s),
    quantities: indicesWithin(doc.layers.quantities ?? [], s),
    source: quote?.speaker ? { kind: 'speaker', name: quote.speaker, range: quote.speakerRange ?? undefined } : { kind: 'outlet', name: doc.meta.outlet ?? doc.meta.syndicatedFrom ?? doc.source },
    polarity: predicates[0].polarity,
    hedge,
  };
}

function slot(x: Located): FrameSlot {
  return { start: x.m.start, end: x.m.end, text: x.m.text, mention: x.index };
}

/** Content verbs in order; a sentence with only auxiliaries keeps its first one ("X is Y"). */
function contentVerbs(doc: Document, s: Sentence, mentions: Mention[]): number[] {
  const t = doc.layers.tokens!;
  const verbs: number[] = [];
  let fallback: number | null = null;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const pos = posName(t.pos[i]);
    const verbal = pos === 'VERB' || pos === 'AUX' || mistaggedPresentVerb(doc, s, i);
    if (!verbal) continue;
    if (mentions.some((m) => m.start <= t.start[i] && t.end[i] <= m.end)) continue;
    if (pos !== 'AUX' && !LIGHT_VERBS.has(lemmaOf(t.lemma[i]))) verbs.push(i);
    else fallback ??= i;
  }
  return verbs.length ? verbs : fallback !== null ? [fallback] : [];
}

/**
 * Present-tense verbs that read as plural nouns ("he thanks Russia and praises its role"): the
 * tagger calls them NOUN, but after a subject pronoun or a coordinating "and", and before a
 * determiner, name or pronoun, an -s word is the verb.
 */
function mistaggedPresentVerb(doc: Document, s: Sentence, i: number): boolean {
  const t = doc.layers.tokens!;
  if (posName(t.pos[i]) !== 'NOUN' || i === s.tokenStart || i + 1 >= s.tokenEnd) return false;
  const word = doc.text.slice(t.start[i], t.end[i]);
  if (!/^[a-z]{3,}s$/.test(word)) return false;
  const before = doc.text.slice(t.start[i - 1], t.end[i - 1]).toLowerCase();
  const after = posName(t.pos[i + 1]);
  return SUBJECT_OR_AND.has(before) && (after === 'DET' || after === 'PROPN' || after === 'PRON' || after === 'ADJ');
}

const SUBJECT_OR_AND = new Set(['he', 'she', 'it', 'and', 'also', 'who']);

/** The first entity after the verb and before the next one; or the person an object pronoun stands for. */
function objectOf(doc: Document, verb: number, until: number, actors: Located[], wholeSentence: Located[], actor: FrameSlot | null): FrameSlot | null {
  const t = doc.layers.tokens!;
  // "praised Russia's role": a possessor is a modifier of the object, not the object.
  // "met in Brackwater": a place after a preposition is where, not whom.
  const after = actors.find((x) => x.m.start >= t.end[verb] && x.m.start < until && !/^['’]s?\b/.test(doc.text.slice(x.m.end, x.m.end + 3)) && !(PLACE_TYPES.has(x.m.type) && precededByPlacePreposition(doc, x.m)));
  const next = doc.text.slice(t.start[verb + 1] ?? 0, t.end[verb + 1] ?? 0).toLowerCase();
  if (OBJECT_PRONOUNS.has(next) && (!after || after.m.start > t.end[verb + 1])) {
    const antecedent = [...wholeSentence].reverse().find((x) => x.m.end <= t.start[verb] && x.m.type === 'PER' && x.index !== actor?.mention);
    if (antecedent) return { ...slot(antecedent), start: t.start[verb + 1], end: t.end[verb + 1], text: doc.text.slice(t.start[verb + 1], t.end[verb + 1]) };
  }
  return after ? slot(after) : null;
}

function firstVerbal(doc: Document, s: Sentence, mentions: Mention[]): number | null {
  const t = doc.layers.tokens!;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const pos = posName(t.pos[i]);
    if ((pos === 'VERB' || pos === 'AUX') && !mentions.some((m) => m.start <= t.start[i] && t.end[i] <= m.end)) return i;
  }
  return null;
}

function isPossessor(doc: Document, m: Mention): boolean {
  return /^['’]s?\b/.test(doc.text.slice(m.end, m.end + 3));
}

/** Where the verb's own clause ends: at a comma, semicolon or coordinating conjunction after it. */
function clauseEnd(doc: Document, verb: number, s: Sentence): number {
  const t = doc.layers.tokens!;
  for (let i = verb + 1; i < s.tokenEnd; i++) {
    const pos = posName(t.pos[i]);
    const w = doc.text.slice(t.start[i], t.end[i]);
    if (w === ',' || w === ';' || pos === 'CCONJ') return t.start[i];
  }
  return s.end;
}

/** The head noun of a plain object: the last noun of the first noun run after the verb, before the next verb. */
function objectNoun(doc: Document, verb: number, until: number): string | null {
  const t = doc.layers.tokens!;
  let head: string | null = null;
  for (let i = verb + 1; i < t.count && t.start[i] < until; i++) {
    const pos = posName(t.pos[i]);
    if (pos === 'NOUN') head = lemmaOf(t.lemma[i]).toLowerCase();
    else if (head) break;
    else if (pos !== 'DET' && pos !== 'ADJ' && pos !== 'NUM') break;
  }
  return head;
}

function negated(doc: Document, s: Sentence, verb: number): boolean {
  const t = doc.layers.tokens!;
  for (let i = Math.max(s.tokenStart, verb - 3); i <= Math.min(s.tokenEnd - 1, verb + 1); i++) {
    if (NEGATORS.has(doc.text.slice(t.start[i], t.end[i]).toLowerCase())) return true;
  }
  return false;
}

function modalHedge(doc: Document, s: Sentence): string | null {
  const t = doc.layers.tokens!;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const w = doc.text.slice(t.start[i], t.end[i]).toLowerCase();
    if (MODAL_HEDGES.has(w)) return w;
  }
  return null;
}

function precededByPlacePreposition(doc: Document, m: Mention): boolean {
  const before = doc.text.slice(Math.max(0, m.start - 12), m.start).toLowerCase().match(/(\w+)\s+(?:the\s+)?$/);
  return before !== null && PLACE_PREPOSITIONS.has(before[1]);
}

function indicesWithin(items: Range[], s: Range): number[] {
  const out: number[] = [];
  items.forEach((x, i) => { if (x.start >= s.start && x.end <= s.end) out.push(i); });
  return out;
}

function overlap(a: Range, b: Range): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}
