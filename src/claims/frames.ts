import type { Claim, FrameSlot, Predicate } from '../model/claim.js';
import type { Document, Sentence } from '../model/document.js';
import type { Mention } from '../model/mention.js';
import type { Range } from '../model/span.js';
import { lemmaOf } from '../annotate/tokens/vocabulary.js';
import { posName } from '../annotate/tokens/tokenize.js';
import { RangeIndex } from './range-index.js';
import { idiomLemma } from './idioms.js';
import { beforeVerbGroup, subjectHead, type SubjectHead } from './subject-head.js';
import { personNoun } from '../resolve/noun-meaning.js';
import { ASPECTUAL_VERBS, LIGHT_VERBS, MODAL_HEDGES, OBJECT_PRONOUNS, PLACE_PREPOSITIONS, PRONOUNS, REPORTING_VERBS } from './lexicon.js';

const ACTOR_TYPES = new Set(['PER', 'ORG', 'GPE', 'LOC', 'NORP', 'FAC']);
const PLACE_TYPES = new Set(['LOC', 'GPE', 'FAC']);

interface Located {
  m: Mention;
  index: number;
}

/**
 * The layers a claim looks up by its sentence, indexed by offset for the claims stage's run over
 * one document (built afresh by each extractClaims call): a scan of the whole layer per sentence
 * made the stage quadratic in the document's length.
 */
interface LayerIndexes {
  quoteContents: RangeIndex;
  hedges: RangeIndex;
  times: RangeIndex;
  quantities: RangeIndex;
}
const layerIndexes = new WeakMap<Document, LayerIndexes>();

/**
 * Sentence-level frames from the annotations, without a parser: each content verb outside an
 * entity name is a predicate whose object is the first entity after it (before the next verb),
 * or the person an object pronoun right after it stands for; the actor is the nearest entity
 * before the first verb (or the previous claim's actor for a sentence opening with a personal
 * pronoun). Fragments without a verb (captions, leftovers) give no claim.
 */
export function extractClaims(doc: Document): Claim[] {
  layerIndexes.set(doc, {
    quoteContents: new RangeIndex((doc.layers.quotes ?? []).map((q) => q.content)),
    hedges: new RangeIndex(doc.layers.hedges ?? []),
    times: new RangeIndex(doc.layers.times ?? []),
    quantities: new RangeIndex(doc.layers.quantities ?? []),
  });
  const sentences = doc.layers.sentences ?? [];
  const mentions = doc.layers.mentions ?? [];
  const claims: Claim[] = [];
  let previousActor: FrameSlot | null = null;
  // The person "he" or "she" opening a sentence stands for: the one person the sentence before
  // names, in any role ("Tomas Brekke's plan is ambitious. In public, he thanks ..."); else the
  // previous claim's actor; else the last person named.
  let lastPerson: FrameSlot | null = null;
  let onlyPersonBefore: FrameSlot | null = null;
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
      const claim = sentenceClaim(doc, clause, inClause, inSentence, k === 0 ? previousActor : sentenceActor, claims.length, k > 0, onlyPersonBefore ?? (previousActor ? null : lastPerson));
      if (!claim) return;
      claims.push(claim);
      if (k === 0) sentenceActor = claim.actor;
      if (claim.actor) previousActor = claim.actor;
    });
    const people = inSentence.filter((x) => x.m.type === 'PER');
    if (people.length) lastPerson = slot(people[people.length - 1]);
    onlyPersonBefore = people.length > 0 && people.every((x) => x.m.text === people[0].m.text) ? slot(people[0]) : null;
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
    // "..., according to X" attributes the clause before it; it opens no statement of its own.
    if (w === ';' || (w === ',' && posName(t.pos[i + 1]) === 'VERB' && /^[a-z]+ing$/.test(next) && next !== 'according')) cuts.push(i + 1);
    // Coordinated predicates ("thanks Ostravia for its support and praises its role") are two
    // statements with one subject: the second clause starts at its verb.
    else if (w === 'and' && coordinatedVerb(doc, s, i + 1) && hasVerbBetween(doc, s, cuts.length ? cuts[cuts.length - 1] : s.tokenStart, i)) cuts.push(i);
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

/** A finite verb right after "and" (the tagger may call a present -s verb a noun). */
function coordinatedVerb(doc: Document, s: Sentence, i: number): boolean {
  const t = doc.layers.tokens!;
  const word = doc.text.slice(t.start[i], t.end[i]);
  const pos = posName(t.pos[i]);
  if (pos === 'VERB') return /^[a-z]+(?:s|ed)$/.test(word) || !/ing$/.test(word) && word !== lemmaOf(t.lemma[i]);
  return mistaggedPresentVerb(doc, s, i);
}

function hasVerbBetween(doc: Document, s: Sentence, from: number, to: number): boolean {
  const t = doc.layers.tokens!;
  for (let i = from; i < to; i++) if (posName(t.pos[i]) === 'VERB' || mistaggedPresentVerb(doc, s, i)) return true;
  return false;
}

function sentenceClaim(doc: Document, s: Sentence, inSentence: Located[], wholeSentence: Located[], previousActor: FrameSlot | null, n: number, continuation = false, personBefore: FrameSlot | null = null): Claim | null {
  const t = doc.layers.tokens!;
  const verbs = contentVerbs(doc, s, inSentence.map((x) => x.m));
  if (verbs.length === 0) return null;
  const main = verbs[0];
  const actors = inSentence.filter((x) => ACTOR_TYPES.has(x.m.type));
  // The subject stands before the clause's first verb, light or not ("Varga voiced her support for
  // X's efforts"), and is not a possessor ("X's efforts").
  const firstVerb = Math.min(main, firstVerbal(doc, s, inSentence.map((x) => x.m)) ?? main);
  // Nor a place after a preposition ("In Athens, police fought ..."): that is where, not who.
  // Nor a name inside an "of" phrase ("the head of the Genovese crime family"): it modifies the subject.
  const subjectLike = (x: Located) => !isPossessor(doc, x.m) && !(isPlaceAdverbial(doc, x.m)) && !/\bof\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(0, x.m.start - 8), x.m.start));
  const before = actors.filter((x) => x.m.end <= t.start[firstVerb] && subjectLike(x));
  const fallback = actors.filter((x) => x.m.end <= t.start[main] && subjectLike(x));
  // A name opening the sentence and followed by an apposition or a relative clause ("W. Mark
  // Felt, the former FBI official who ..., has died") is the subject; names inside the
  // apposition describe it.
  const opening = before[0];
  const appositive = opening && /^[\s"“‘']*(?:[\p{L}.'’-]+\s+){0,4}$/u.test(doc.text.slice(s.start, opening.m.start)) && /^\s*(?:,|--|—|–)\s*(?:the|a|an|who|whose|which|once|now|then|\d|[\p{Ll}])/u.test(doc.text.slice(opening.m.end, opening.m.end + 12));
  let actor: FrameSlot | null = appositive ? slot(opening) : before.length ? slot(before[before.length - 1]) : fallback.length ? slot(fallback[fallback.length - 1]) : null;
  if (actor && !appositive && nameInThingsModifier(doc, s, firstVerb, actor, inSentence)) actor = null;
  // A subject pronoun before the first verb ("He thanked ...", "In public, he thanks ...") or a
  // clause without a subject stands for the previous claim's actor.
  const subjectPronoun = pronounBefore(doc, s.tokenStart, firstVerb);
  const personal = subjectPronoun !== null && /^(?:he|she)$/i.test(doc.text.slice(t.start[subjectPronoun], t.end[subjectPronoun]));
  const antecedent = (personal && !continuation ? personBefore : null) ?? previousActor;
  if (!actor && (continuation || subjectPronoun !== null) && antecedent) {
    const at = subjectPronoun ?? s.tokenStart;
    actor = { ...antecedent, start: t.start[at], end: t.end[at], text: doc.text.slice(t.start[at], t.end[at]) };
  }
  if (!continuation && isFragment(doc, s, actor)) return null;
  const predicates: Predicate[] = verbs.map((v, k) => {
    const until = Math.min(k + 1 < verbs.length ? t.start[verbs[k + 1]] : s.end, clauseEnd(doc, v, s));
    const object = objectOf(doc, v, until, actors, wholeSentence, actor);
    const withAuxiliary = isPassive(doc, s, v);
    const reduced = !withAuxiliary && k > 0 && reducedPassive(doc, s, v);
    const passive = withAuxiliary || reduced;
    // "X was attacked by Y": the subject is what the act is done to, the "by" phrase who does it.
    // A later verb has the subject of its own clause ("X said Y attacked Z": Y); with none, a
    // coordinated verb shares the sentence's subject, and the complement of a speech verb is
    // left without one rather than given the speaker.
    // "X, who served in the Senate, died": the verb after the relative clause is the opener's.
    const afterRelative = k > 0 && appositive && CLOSED_RELATIVE.test(doc.text.slice(opening.m.end, t.start[v]));
    const agent = passive ? byAgent(doc, v, until, actors) : k === 0 || afterRelative ? actor : clauseSubject(doc, verbs[k - 1], v, actors) ?? (REPORTING_VERBS.has(lemmaOf(t.lemma[verbs[k - 1]]).toLowerCase()) || commonNounSubject(doc, s, verbs[k - 1], v) ? null : actor);
    const subject = passive ? passiveSubject(doc, s, v, actors, reduced) : null;
    return {
      lemma: idiomLemma(lemmaOf(t.lemma[v]), doc.text, t.end[v]) ?? lemmaOf(t.lemma[v]),
      start: t.start[v],
      end: t.end[v],
      agent,
      target: passive ? subject!.entity ?? (k === 0 ? actor : null) : object,
      passive,
      object: passive ? subject!.noun : objectNoun(doc, v, until),
      polarity: negated(doc, s, v) ? 'negative' : 'positive',
      mood: moodOf(doc, s, v),
    };
  });
  if (predicates[0].passive) actor = predicates[0].agent ?? null;
  const quotes = doc.layers.quotes ?? [];
  // Whose words: a sentence mostly in quotation marks, or whose main predicate sits inside a
  // quotation or a reported statement ("X said the army had withdrawn"), is the speaker's claim.
  const main0 = predicates.find((p) => !REPORTING_VERBS.has(p.lemma.toLowerCase())) ?? predicates[0];
  const index = layerIndexes.get(doc)!;
  // The first quote by position in the layer, as a scan would find it, among those near the sentence.
  const firstQuote = (candidates: number[], test: (q: (typeof quotes)[number]) => boolean) => candidates.map((i) => quotes[i]).find(test);
  const mostlyQuoted = (q: (typeof quotes)[number]) => overlap(q.content, s) >= 0.6 * (s.end - s.start);
  const holdsMain = (q: (typeof quotes)[number]) => q.content.start <= main0.start && main0.end <= q.content.end && q.content.start >= s.start - 400;
  const outer = (s.end > s.start ? firstQuote(index.quoteContents.touching(s.start, s.end), mostlyQuoted) : quotes.find(mostlyQuoted));
  // Nested attribution ("X told the court that Y had happened, according to Z"): the words are
  // the innermost speaker's, reported by the outer one; a dispute with them is a dispute with X.
  const inner = outer && holdsMain(outer) ? innermost(index.quoteContents.startingIn(outer.content.start, main0.start).map((i) => quotes[i]).filter((q) => q !== outer && q.speaker && holdsMain(q) && q.content.start >= outer.content.start && q.content.end <= outer.content.end)) : undefined;
  const quote = inner ?? outer ?? firstQuote(index.quoteContents.startingIn(s.start - 400, main0.start), holdsMain);
  const hedgeIndex = index.hedges.within(s.start, s.end)[0];
  const hedge = (hedgeIndex !== undefined ? doc.layers.hedges![hedgeIndex].cue : undefined) ?? modalHedge(doc, s);
  return {
    id: `${doc.id}:c${n}`,
    doc: doc.id,
    sentence: { start: s.start, end: s.end },
    actor,
    action: { lemma: predicates[0].lemma, start: predicates[0].start, end: predicates[0].end },
    target: predicates[0].target,
    predicates,
    places: inSentence.filter((x) => isPlaceAdverbial(doc, x.m)).map(slot),
    times: index.times.within(s.start, s.end),
    quantities: index.quantities.within(s.start, s.end),
    source: quote?.speaker ? { kind: 'speaker', name: quote.speaker, range: quote.speakerRange ?? undefined, quoted: quote.kind === 'direct' } : { kind: 'outlet', name: doc.meta.outlet ?? doc.meta.syndicatedFrom ?? doc.source },
    polarity: predicates[0].polarity,
    hedge,
  };
}

/** Prepositions that introduce a verb's object rather than a place or time ("call for", "accused of", "agreed on"). */
const PREPOSITIONAL_OBJECT = new Set(['for', 'of', 'on', 'about', 'with', 'against']);
const PREPOSITIONAL_PARTICIPLES = new Set(['following', 'according', 'including', 'regarding', 'concerning', 'excluding', 'considering', 'pending', 'given', 'during']);
const IRREALIS_OPENERS = new Set(['if', 'unless', 'until', 'whether', 'hope', 'hopes', 'hoped', 'wish', 'wishes', 'once', 'should']);
const MODALS = new Set(['will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', 'shall', "'ll", 'wo', 'ca']);

/** Asserted, modal ("would not reveal", "will win") or irrealis ("to buy", "plans to"): see Predicate.mood. */
/** Adverbs of frequency: the verb they qualify states what tends to happen, not one event. */
const HABITUAL_ADVERBS = new Set(['often', 'usually', 'typically', 'generally', 'normally', 'regularly', 'routinely', 'frequently', 'always', 'sometimes', 'seldom', 'rarely', 'occasionally', 'traditionally', 'customarily']);

function moodOf(doc: Document, s: Sentence, verb: number): 'asserted' | 'modal' | 'irrealis' {
  const t = doc.layers.tokens!;
  // A condition, a wish or a time not yet come ("if", "unless", "until", "I hope Microsoft
  // produces"): the verb's clause, back to the last comma, is not a report that it happened.
  for (let i = verb - 1; i >= Math.max(s.tokenStart, verb - 8); i--) {
    const w = doc.text.slice(t.start[i], t.end[i]).toLowerCase();
    if (w === ',' || w === ';') break;
    if (IRREALIS_OPENERS.has(w)) return 'modal';
  }
  for (let i = verb - 1; i >= Math.max(s.tokenStart, verb - 5); i--) {
    const w = doc.text.slice(t.start[i], t.end[i]).toLowerCase();
    // "often issues a patch", "usually meets": a habit, not a report that it happened.
    if (MODALS.has(w) || HABITUAL_ADVERBS.has(w)) return 'modal';
    if (w === 'to') return 'irrealis';
    const pos = posName(t.pos[i]);
    if (pos !== 'AUX' && pos !== 'ADV' && pos !== 'PART') break;
  }
  return 'asserted';
}

/** A relative clause set off by commas right after a name, up to the next verb (", who served 30 years in the Senate, "). */
const CLOSED_RELATIVE = /^\s*,\s*(?:who|which|whose)\b[^,;:]*,\s*(?:(?:has|have|had|was|were|is|are|also|then|later|had been|has been)\s+)*$/i;

/** The subject of a later verb's own clause: the last actor between the previous verb and it, not a possessor or a place. */
function clauseSubject(doc: Document, previousVerb: number, verb: number, actors: Located[]): FrameSlot | null {
  const t = doc.layers.tokens!;
  const between = actors.filter((x) => x.m.start >= t.end[previousVerb] && x.m.end <= t.start[verb] && !isPossessor(doc, x.m) && !(isPlaceAdverbial(doc, x.m)));
  if (between.length === 0) return null;
  const last = between[between.length - 1];
  // Only a subject right before its verb (auxiliaries and adverbs between): "said Lohan had checked".
  const gap = doc.text.slice(last.m.end, t.start[verb]);
  return /^[\s,]*(?:(?:has|have|had|was|were|is|are|will|would|could|did|does|do|not|n't|never|also|then|later|had been|has been)\s+)*$/i.test(gap) ? slot(last) : null;
}

/**
 * Whether the subject before the verb `verb` is a thing whose post-modifier holds the name taken as
 * actor: in "An earthquake with a magnitude of 5.6 on the Richter scale shook", the earthquake
 * shook, not the scale. A person's role keeps the name it stands for ("a spokesman for the Red
 * Cross said": the Red Cross speaks).
 */
function nameInThingsModifier(doc: Document, s: Sentence, verb: number, actor: FrameSlot, inSentence: Located[]): boolean {
  const t = doc.layers.tokens!;
  const head = subjectHeadIn(doc, s, beforeVerbGroup(doc, s, verb).token);
  if (!head?.walked || posName(t.pos[head.token]) !== 'NOUN' || actor.start < t.end[head.token] || actor.end > t.start[verb]) return false;
  if (inSentence.some((x) => x.m.start <= t.start[head.token] && t.end[head.token] <= x.m.end)) return false;
  return !personNoun(lemmaOf(t.lemma[head.token]).toLowerCase());
}

/**
 * Whether a later verb has a subject of its own that names no one: a common noun phrase opening
 * its clause after the previous verb ("shook the island on Sunday, the agency reported"). The
 * sentence's actor is not that verb's agent; a participle after an object ("hit the coast,
 * killing ten") has no subject of its own and keeps it.
 */
function commonNounSubject(doc: Document, s: Sentence, previousVerb: number, verb: number): boolean {
  const t = doc.layers.tokens!;
  if (/ing$/i.test(doc.text.slice(t.start[verb], t.end[verb]))) return false;
  const last = beforeVerbGroup(doc, s, verb).token;
  if (last <= previousVerb || posName(t.pos[last]) !== 'NOUN') return false;
  // An infinitive ("with the intent to commit") has no subject of its own.
  if (/\bto\s+(?:\p{L}+\s+)?$/iu.test(doc.text.slice(t.end[last], t.start[verb]))) return false;
  const head = subjectHeadIn(doc, s, last);
  return head !== null && head.opensClause && !inTimeExpression(doc, t.start[head.token], t.end[head.token]);
}

/** The token of a subject pronoun ("he", "she", "they", "it") before the first verb, if any. */
function pronounBefore(doc: Document, from: number, to: number): number | null {
  const t = doc.layers.tokens!;
  for (let i = from; i < to; i++) if (PRONOUNS.has(doc.text.slice(t.start[i], t.end[i]).toLowerCase())) return i;
  return null;
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
    if (!verbal || capitalisedWithin(doc, s, i)) continue;
    if (mentions.some((m) => m.start <= t.start[i] && t.end[i] <= m.end)) continue;
    // "following a fire", "according to": participles that work as prepositions name no event.
    if (PREPOSITIONAL_PARTICIPLES.has(doc.text.slice(t.start[i], t.end[i]).toLowerCase())) continue;
    if (compoundModifier(doc, s, i)) continue;
    const lemma = lemmaOf(t.lemma[i]);
    // A light verb that names an event with the words after it ("came off the rails") is content.
    const idiom = pos !== 'AUX' && idiomLemma(lemma, doc.text, t.end[i]) !== null;
    if (pos !== 'AUX' && (idiom || !LIGHT_VERBS.has(lemma) || (ASPECTUAL_VERBS.has(lemma) && !governsVerb(doc, s, i)))) verbs.push(i);
    else fallback ??= i;
  }
  return verbs.length ? verbs : fallback !== null ? [fallback] : [];
}

/** Tokens after an aspectual verb within which the verb it governs stands ("went on to win", "kept on fighting"). */
const GOVERNED_VERB_WINDOW = 3;

/** Whether the verb at i governs a verb after it: "to" and a verb, or a gerund, at most a particle between. */
function governsVerb(doc: Document, s: Sentence, i: number): boolean {
  const t = doc.layers.tokens!;
  for (let k = i + 1; k < Math.min(s.tokenEnd, i + 1 + GOVERNED_VERB_WINDOW); k++) {
    const word = doc.text.slice(t.start[k], t.end[k]).toLowerCase();
    const pos = posName(t.pos[k]);
    if (pos === 'VERB' || pos === 'AUX') return word === 'to' || /ing$/.test(word) || posName(t.pos[k - 1]) === 'PART' || doc.text.slice(t.start[k - 1], t.end[k - 1]).toLowerCase() === 'to';
    if (word !== 'to' && word !== 'on' && pos !== 'ADV' && pos !== 'PART') return false;
  }
  return false;
}

/** Words after which a hyphenated participle opens a noun phrase rather than a clause. */
const NOUN_PHRASE_OPENERS = new Set(['DET', 'ADJ', 'NUM', 'ADP', 'PUNCT', 'CCONJ']);

/**
 * A hyphenated participle between a determiner (or the sentence's start) and a noun is an
 * adjective the tagger read as a verb: "a fast-moving fire", "the long-awaited report". It names
 * no event of the clause ("Police re-opened talks" keeps its verb: a noun stands before it).
 */
function compoundModifier(doc: Document, s: Sentence, i: number): boolean {
  const t = doc.layers.tokens!;
  if (!/^\p{L}+-\p{L}+(?:ing|ed|en)$/u.test(doc.text.slice(t.start[i], t.end[i])) || i + 1 >= s.tokenEnd) return false;
  const next = posName(t.pos[i + 1]);
  const opens = i === s.tokenStart || NOUN_PHRASE_OPENERS.has(posName(t.pos[i - 1]));
  return opens && (next === 'NOUN' || next === 'ADJ' || next === 'PROPN');
}

/**
 * A capitalised word inside a sentence of running text is a name the tagger read as a verb ("she
 * went to Promises on Tuesday", "joined Tesco"): news capitalises a verb only where a sentence,
 * a quotation or a clause after a colon starts, or in a headline, whose words are mostly capitalised.
 */
function capitalisedWithin(doc: Document, s: Sentence, i: number): boolean {
  const t = doc.layers.tokens!;
  if (i === s.tokenStart || !/^\p{Lu}/u.test(doc.text[t.start[i]] ?? '')) return false;
  if (/[“"‘'(:—–-]\s*$/.test(doc.text.slice(Math.max(s.start, t.start[i] - 3), t.start[i]))) return false;
  let words = 0;
  let capitalised = 0;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    if (t.end[k] - t.start[k] < 4 || !/^\p{L}/u.test(doc.text[t.start[k]])) continue;
    words++;
    if (/^\p{Lu}/u.test(doc.text[t.start[k]])) capitalised++;
  }
  return capitalised * 2 <= words;
}

/**
 * Present-tense verbs that read as plural nouns ("he thanks Ostravia and praises its role"): the
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
  // "praised Ostravia's role": a possessor is a modifier of the object, not the object.
  // "met in Brackwater": a place after a preposition is where, not whom.
  const after = actors.find((x) => x.m.start >= t.end[verb] && x.m.start < until && !/^['’]s?\b/.test(doc.text.slice(x.m.end, x.m.end + 3)) && !(isPlaceAdverbial(doc, x.m)));
  const next = doc.text.slice(t.start[verb + 1] ?? 0, t.end[verb + 1] ?? 0).toLowerCase();
  if (OBJECT_PRONOUNS.has(next) && (!after || after.m.start > t.end[verb + 1])) {
    const antecedent = [...wholeSentence].reverse().find((x) => x.m.end <= t.start[verb] && x.m.type === 'PER' && x.index !== actor?.mention);
    if (antecedent) return { ...slot(antecedent), start: t.start[verb + 1], end: t.end[verb + 1], text: doc.text.slice(t.start[verb + 1], t.end[verb + 1]) };
  }
  if (!after) return null;
  // "with Ostravian President Marek Dalca": a nationality or country before a title and a name
  // modifies the name, which is the object.
  if (after.m.type === 'NORP' || after.m.type === 'GPE') {
    const head = actors.find((x) => x.m.start > after.m.end && x.m.start - after.m.end <= HEAD_NAME_GAP && (x.m.type === 'PER' || x.m.type === 'ORG') && /^[\s\p{Lu}\p{Ll}.'’-]*$/u.test(doc.text.slice(after.m.end, x.m.start)) && !/\b(?:and|or|of|to|in|on|with|for)\b/.test(doc.text.slice(after.m.end, x.m.start)));
    if (head) return slot(head);
  }
  return slot(after);
}

/** Title words between a nationality and the name it modifies ("Ostravian Defence Minister Ilse ..."). */
const HEAD_NAME_GAP = 30;

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
  // A prepositional verb's object comes after its preposition: "called for the extradition".
  const first = verb + 1 < t.count && posName(t.pos[verb + 1]) === 'ADP' && PREPOSITIONAL_OBJECT.has(doc.text.slice(t.start[verb + 1], t.end[verb + 1]).toLowerCase()) ? verb + 2 : verb + 1;
  for (let i = first; i < t.count && t.start[i] < until; i++) {
    const pos = posName(t.pos[i]);
    if (pos === 'NOUN') head = lemmaOf(t.lemma[i]).toLowerCase();
    else if (head) break;
    // A possessor before the head ("praised Ostravia's role") belongs to the object's noun phrase.
    else if (pos === 'PROPN' || pos === 'PRON') { if (!/^['’]s?$/.test(doc.text.slice(t.start[i + 1] ?? 0, t.end[i + 1] ?? 0)) && pos === 'PROPN' && !/^(?:his|her|its|their|our|my|your)$/i.test(doc.text.slice(t.start[i], t.end[i]))) break; }
    else if (pos === 'PART' && /^['’]s?$/.test(doc.text.slice(t.start[i], t.end[i]))) continue;
    else if (pos !== 'DET' && pos !== 'ADJ' && pos !== 'NUM') break;
  }
  return head;
}

/**
 * Whether the verb itself is negated: "not", "n't" or "never" in its auxiliary chain ("did not
 * sign", "has never been seen", "wasn't arrested"), right after a copula ("is not"), and not
 * narrowed to a focus ("isn't just about", "not only"), which negates a degree, not the event;
 * or "without" right before the verb's "-ing" form ("left without signing the deal": no signing).
 * "no" and "nor" negate a noun or another verb, never this one; so does "without" before a noun.
 */
function negated(doc: Document, s: Sentence, verb: number): boolean {
  const t = doc.layers.tokens!;
  const word = (i: number) => doc.text.slice(t.start[i], t.end[i]).toLowerCase();
  const scoped = (i: number) => !FOCUS_WORDS.has(word(i + 1));
  // Before the verb: only auxiliaries, adverbs and particles between the negator and the verb.
  for (let i = verb - 1; i >= Math.max(s.tokenStart, verb - 4); i--) {
    if (VERB_NEGATORS.has(word(i))) return scoped(i);
    if (word(i) === 'without') return /ing$/.test(word(verb));
    const pos = posName(t.pos[i]);
    if (pos !== 'AUX' && pos !== 'ADV' && pos !== 'PART') break;
  }
  // A copula or auxiliary as the predicate: "the ceasefire is not holding" is handled above; "it
  // is not a violation" negates right after the verb.
  if (posName(t.pos[verb]) === 'AUX' && verb + 1 < s.tokenEnd && VERB_NEGATORS.has(word(verb + 1))) return scoped(verb + 1);
  return false;
}

const VERB_NEGATORS = new Set(['not', "n't", 'never', 'n’t']);
/** Words after "not" that narrow the negation to a degree or a focus. */
const FOCUS_WORDS = new Set(['just', 'only', 'merely', 'simply', 'necessarily', 'entirely', 'all', 'quite', 'exactly', 'least', 'yet']);

/** Hedges and modals: "may", "could", "likely"; an event still pending ("has yet to") is not a fact either. */
function modalHedge(doc: Document, s: Sentence): string | null {
  const t = doc.layers.tokens!;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const w = doc.text.slice(t.start[i], t.end[i]).toLowerCase();
    // The month ("on May 14", "in May") is a date, not the modal.
    if (MODAL_HEDGES.has(w) && !inTimeExpression(doc, t.start[i], t.end[i])) return w;
    if (w === 'yet' && i + 1 < s.tokenEnd && doc.text.slice(t.start[i + 1], t.end[i + 1]).toLowerCase() === 'to') return 'yet to';
  }
  return null;
}

/**
 * A passive verb: a past participle after a form of "be" or "get" ("was attacked", "has been
 * arrested", "were being held"), adverbs allowed between them.
 */
function isPassive(doc: Document, s: Sentence, verb: number): boolean {
  const t = doc.layers.tokens!;
  if (!pastParticiple(doc, verb)) return false;
  for (let i = verb - 1; i >= Math.max(s.tokenStart, verb - 4); i--) {
    const w = doc.text.slice(t.start[i], t.end[i]).toLowerCase();
    if (PASSIVE_AUXILIARIES.has(w)) return true;
    const pos = posName(t.pos[i]);
    if (pos !== 'ADV' && pos !== 'PART') return false;
  }
  return false;
}

function pastParticiple(doc: Document, verb: number): boolean {
  const t = doc.layers.tokens!;
  const form = doc.text.slice(t.start[verb], t.end[verb]).toLowerCase();
  return (/(?:ed|en|wn|ne|un|lt|pt|ught|ook|ung|eld|ade|aid|orn|id)$/.test(form) && form !== lemmaOf(t.lemma[verb]).toLowerCase()) || IRREGULAR_PARTICIPLES.has(form);
}

/**
 * A reduced passive relative: a past participle with no auxiliary, right after the noun phrase it
 * modifies and followed by its "by" phrase ("a warehouse owned by Tomas Brekke", "Kimani Gray, 16,
 * killed by police"). Only a later verb of the sentence is read so: the first one with "by" after
 * it is as often a simple past ("Obama won by five points").
 */
function reducedPassive(doc: Document, s: Sentence, verb: number): boolean {
  const t = doc.layers.tokens!;
  if (!pastParticiple(doc, verb) || verb + 1 >= s.tokenEnd) return false;
  if (doc.text.slice(t.start[verb + 1], t.end[verb + 1]).toLowerCase() !== 'by') return false;
  const before = modifiedPhraseEnd(doc, s, verb);
  return before >= s.tokenStart && ['NOUN', 'PROPN'].includes(posName(t.pos[before]));
}

/** The token before a participle, past an age in commas ("Kimani Gray, 16, killed"): where the phrase it modifies ends. */
function modifiedPhraseEnd(doc: Document, s: Sentence, verb: number): number {
  const t = doc.layers.tokens!;
  const word = (i: number) => (i >= s.tokenStart ? doc.text.slice(t.start[i], t.end[i]) : '');
  const i = beforeVerbGroup(doc, s, verb).token;
  return word(i) === ',' && /^\d{1,3}$/.test(word(i - 1)) && word(i - 2) === ',' ? i - 3 : i;
}

/**
 * Participles the ending rule misses: those equal to their base form ("was hit", "were cut") and
 * irregular ones with other endings ("was shot", "was found dead", "were told").
 */
const IRREGULAR_PARTICIPLES = new Set(['hit', 'put', 'cut', 'set', 'shut', 'hurt', 'let', 'cost', 'spread', 'quit', 'burst', 'cast', 'thrust', 'upset', 'bet', 'bid', 'broadcast', 'split', 'shed', 'beat',
  'shot', 'won', 'left', 'sent', 'spent', 'lent', 'lost', 'found', 'bound', 'sold', 'told', 'met', 'dug', 'stuck', 'struck', 'sat']);

const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'am', "'s", 'get', 'got', 'gets', 'getting', 'gotten']);

/**
 * The subject of a passive verb, right before its auxiliaries: an entity ("the mayor was
 * arrested") or a plain noun ("12 people were killed": people), which is what the act is done to.
 */
function passiveSubject(doc: Document, s: Sentence, verb: number, actors: Located[], reduced = false): { entity: FrameSlot | null; noun: string | null } {
  const t = doc.layers.tokens!;
  const i = modifiedPhraseEnd(doc, s, verb);
  if (i < s.tokenStart) return { entity: null, noun: null };
  const at = (k: number) => actors.find((x) => x.m.start <= t.start[k] && t.end[k] <= x.m.end);
  // The word before the verb may end a modifier of the subject ("elections in Turkmenistan that
  // are scheduled for ... will be held", "a deputy working with a unit was killed"); not so in a
  // gerund clause, whose subject stands right before "being" ("a cable being severed").
  // A reduced relative modifies the phrase right before it ("a vigil for Ilse Varga, 52, attacked
  // by"): no walk over that phrase's own modifiers.
  const nearest = reduced || /\bbeing\s/i.test(doc.text.slice(t.end[i], t.start[verb]));
  const found = nearest ? { token: i, walked: false } : subjectHeadIn(doc, s, i) ?? (at(i) ? { token: i, walked: false } : null);
  if (!found) return { entity: null, noun: null };
  const head = found.token;
  const named = at(head);
  if (named) return { entity: slot(named), noun: null };
  // A sentence's first word is capitalised whatever it is: the tagger's proper noun there, with a
  // modifier after it, may be a common one ("Terms of the deal").
  const noun = posName(t.pos[head]) === 'NOUN' || (head === s.tokenStart && found.walked && posName(t.pos[head]) === 'PROPN');
  // A noun of a time expression dates the clause; it is not what the act is done to.
  return { entity: null, noun: noun && !inTimeExpression(doc, t.start[head], t.end[head]) ? lemmaOf(t.lemma[head]).toLowerCase() : null };
}

/** The subject head ending at token `last` (subject-head.ts), a time expression of the document read as one phrase. */
function subjectHeadIn(doc: Document, s: Sentence, last: number): SubjectHead | null {
  return subjectHead(doc, s, last, (start, end) => inTimeExpression(doc, start, end));
}

/** Whether a token's characters lie in a time expression of the document. */
function inTimeExpression(doc: Document, start: number, end: number): boolean {
  const times = doc.layers.times ?? [];
  return (layerIndexes.get(doc)?.times.touching(start, end) ?? []).some((k) => times[k].start < end && start < times[k].end);
}

/** The agent of a passive verb: the entity right after "by" within the verb's clause. */
function byAgent(doc: Document, verb: number, until: number, actors: Located[]): FrameSlot | null {
  const t = doc.layers.tokens!;
  const after = doc.text.slice(t.end[verb], until);
  const by = /^\s*(?:\w+ly\s+)?by\s+/i.exec(after) ?? /\bby\s+/i.exec(after.slice(0, 40));
  if (!by) return null;
  const from = t.end[verb] + by.index + by[0].length;
  // The first noun phrase after "by" is the agent: "by a delivery van on Harbour Road" names none.
  const agent = actors.find((x) => x.m.start >= from && x.m.start <= from + 30 && /^(?:(?:the|a|an)\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u.test(doc.text.slice(from, x.m.start)));
  return agent ? slot(agent) : null;
}

/**
 * A fragment is no claim of its own: a clause of a few words with no named subject ("Nobody
 * came.", "according to officials."), or one that opens in lower case, continuing a sentence
 * the splitter cut. Its words stay in the document and in any quotation that holds them.
 */
function isFragment(doc: Document, s: Sentence, actor: FrameSlot | null): boolean {
  const t = doc.layers.tokens!;
  let words = 0;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) if (/\p{L}/u.test(doc.text.slice(t.start[i], t.end[i]))) words++;
  if (words < MIN_CLAIM_WORDS && !actor) return true;
  const first = doc.text.slice(s.start, s.end).replace(/^[\s"'“‘(\[—–-]+/, '');
  // A lead-in to a quotation ("Human Rights Watch said in a report:") states nothing until the quotation it opens.
  if (/:\s*["'“‘]?\s*$/.test(doc.text.slice(s.start, s.end))) return true;
  return /^according to\b/i.test(first) || (words < MIN_CLAIM_WORDS + 2 && /^\p{Ll}/u.test(first) && !/^(?:al|el|de|van|von|bin|ibn)[-\s]/.test(first));
}

/** Fewer words than this, with no named subject, is a fragment rather than a statement. */
const MIN_CLAIM_WORDS = 5;

/** A place after a preposition ("met in Brackwater"): where, never who or whom. */
function isPlaceAdverbial(doc: Document, m: Mention): boolean {
  return PLACE_TYPES.has(m.type) && precededByPlacePreposition(doc, m);
}

function precededByPlacePreposition(doc: Document, m: Mention): boolean {
  const before = doc.text.slice(Math.max(0, m.start - 12), m.start).toLowerCase().match(/(\w+)\s+(?:(?:the|a|an)\s+)?$/);
  return before !== null && PLACE_PREPOSITIONS.has(before[1]);
}

/** The quotation with the shortest content: the innermost of nested ones. */
function innermost<Q extends { content: Range }>(quotes: Q[]): Q | undefined {
  let best: Q | undefined;
  for (const q of quotes) if (!best || q.content.end - q.content.start < best.content.end - best.content.start) best = q;
  return best;
}

function overlap(a: Range, b: Range): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}
