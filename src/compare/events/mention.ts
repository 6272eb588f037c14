import type { Claim } from '../../model/claim.js';
import type { Document } from '../../model/document.js';
import type { Range } from '../../model/span.js';
import { lemmaOf } from '../../annotate/tokens/vocabulary.js';
import { posName, tokenizeParagraph } from '../../annotate/tokens/tokenize.js';
import { predicateKeys, predicateMeaning, type PredicateMeaning, type TriggerPos } from './predicate.js';
import { triggerRoles } from './arguments.js';
import { wordSenses } from '../../annotate/tokens/wordnet.js';
import { LIGHT_VERBS, SPEECH_VERBS } from '../../claims/lexicon.js';
import { lowerLemma } from '../lower-lemma.js';

/** A calendar interval (ISO dates, inclusive) an event mention's sentence names. */
/** Words that negate the trigger right after them ("not attacked", "never arrested", "no deal"). */
const EVENT_NEGATORS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'without']);

export interface EventTime {
  value: string;
  earliest: string;
  latest: string;
}

/**
 * A participant: the resolved entity, and the head word of the mention's name. Within one story
 * the resolver may keep "DeGeneres" and "Ellen DeGeneres" apart (it is precision-first across
 * documents); the same head word still says they can be one participant.
 */
export interface EventArgument {
  entity: string;
  head: string;
}

/**
 * One mention of an event: its trigger, what the predicate means, and its participants as
 * resolved entity ids. Everything pair scoring needs is computed here, once per mention.
 */
export interface EventMention {
  /** Caller's id for the mention (a claim id, a gold markable id). */
  id: string;
  doc: string;
  /** The trigger's character range and its token index. */
  start: number;
  end: number;
  token: number;
  lemma: string;
  pos: TriggerPos;
  predicate: PredicateMeaning;
  /** Keys shared by any two mentions whose predicates can corefer (lemma, class, senses). */
  keys: string[];
  agent: EventArgument | null;
  patient: EventArgument | null;
  recipient: EventArgument | null;
  /** Entities tied to the event with no role the words decide ("Smith's arrest"). */
  participants: EventArgument[];
  place: EventArgument | null;
  times: EventTime[];
  /** A negator right before the trigger ("did not attend"): kept for conflicts, not a block. */
  negated: boolean;
  /** The trigger's sentence index in its document: two mentions in one sentence are rarely one event. */
  sentence: number;
  /**
   * The setting of the trigger's sentence, as keys: content-word lemmas (`w:`), those within
   * `NEAR_WORDS` tokens of the trigger (`n:`, where its arguments and modifiers sit), and the
   * entities it names (`e:`). Two reports of one event share their setting (Barhom et al. 2019
   * read it from the sentence too); two events of one story often share only the story's actors.
   */
  context: string[];
}

/** Resolved entity of a document's mention; the product's resolver fills `corpus.mentionEntity`. */
export type EntityLookup = (doc: string, mention: number) => string | undefined;

/** The token whose characters cover `offset`, or the first one after it; -1 past the end. */
export function tokenAt(doc: Document, offset: number): number {
  const t = doc.layers.tokens!;
  let lo = 0;
  let hi = t.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t.end[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < t.count ? lo : -1;
}

/** The head token of a multi-token trigger ("took over", "shot dead"): its first verb, else its last noun, else its last token. */
export function triggerHead(doc: Document, range: Range): number {
  const t = doc.layers.tokens!;
  const first = tokenAt(doc, range.start);
  if (first < 0) return -1;
  let noun = -1;
  let last = first;
  for (let i = first; i < t.count && t.start[i] < range.end; i++) {
    const pos = posName(t.pos[i]);
    if (pos === 'VERB') return i;
    if (pos === 'NOUN' || pos === 'PROPN') noun = i;
    // A mark inside the trigger ("Oscars®", "#Oscars") is never its head.
    if (/\p{L}/u.test(doc.text.slice(t.start[i], t.end[i]))) last = i;
  }
  return noun >= 0 ? noun : last;
}

/**
 * The lemma a trigger is compared by: lowercased, without hashtag or trademark marks, and a
 * plural the lemmatiser kept because it read a name ("the Oscars", "Academy Awards") brought to
 * the singular WordNet knows, so "Oscars", "#Oscars" and "Oscar" are one predicate.
 */
export function triggerLemma(raw: string, pos: TriggerPos): string {
  const known = triggerLemmas[pos];
  let lemma = known.get(raw);
  if (lemma === undefined) known.set(raw, (lemma = readTriggerLemma(raw, pos)));
  return lemma;
}

/** Each raw lemma's trigger lemma, read once per part of speech: every mention of a word asks again. */
const triggerLemmas: Record<TriggerPos, Map<string, string>> = { verb: new Map(), noun: new Map(), other: new Map() };

function readTriggerLemma(raw: string, pos: TriggerPos): string {
  const bare = raw.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '') || raw.toLowerCase();
  if (pos === 'verb' || !/[^s]s$/.test(bare) || wordSenses('noun', bare).length > 0) return bare;
  const singular = bare.slice(0, -1);
  return wordSenses('noun', singular).length > 0 ? singular : bare;
}

function triggerPos(doc: Document, token: number): TriggerPos {
  const pos = posName(doc.layers.tokens!.pos[token]);
  return pos === 'VERB' || pos === 'AUX' ? 'verb' : pos === 'NOUN' || pos === 'PROPN' ? 'noun' : 'other';
}

function negatedAt(doc: Document, token: number, from: number): boolean {
  const t = doc.layers.tokens!;
  for (let i = Math.max(from, token - 3); i < token; i++) if (EVENT_NEGATORS.has(doc.text.slice(t.start[i], t.end[i]).toLowerCase())) return true;
  return false;
}

/** The last word of a name, lowercased, without a possessive: "Ellen DeGeneres's" -> "degeneres". */
function nameHead(text: string): string {
  const words = text.replace(/['’]s?$/, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words[words.length - 1] ?? text.toLowerCase();
}

/**
 * The trigger's own clause for dating it: from the content verb before it to the content verb
 * after it. "escaped Monday ... was captured Monday": each verb takes the times beside it.
 */
function clauseAround(doc: Document, token: number): Range {
  const t = doc.layers.tokens!;
  const s = doc.layers.sentences?.[t.sentence[token]] ?? { tokenStart: 0, tokenEnd: t.count };
  const stop = (i: number) => posName(t.pos[i]) === 'VERB' || doc.text.slice(t.start[i], t.end[i]) === ';';
  let from = token;
  while (from > s.tokenStart && !stop(from - 1)) from--;
  let to = token;
  while (to + 1 < s.tokenEnd && !stop(to + 1)) to++;
  return { start: t.start[from], end: t.end[to] };
}

/** Parts of speech whose lemmas carry a sentence's setting. */
const CONTEXT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);
/** Tokens either side of the trigger whose words are its near context: cross-validated on ECB+ against the sentence and ±10. */
const NEAR_WORDS = 5;

/** A lemma's context keys, by interned lemma id: built once, not for every mention of every sentence it is in. */
interface ContextWordKeys {
  word: string;
  near: string;
}
const contextWords: (ContextWordKeys | null | undefined)[] = [];

/** The `w:` and `n:` keys of a lemma; null for a lemma the setting leaves out (short, light or speech). */
function contextWordKeys(id: number): ContextWordKeys | null {
  let keys = contextWords[id];
  if (keys === undefined) {
    const lemma = lowerLemma(id);
    keys = lemma.length <= 2 || LIGHT_VERBS.has(lemma) || SPEECH_VERBS.has(lemma) ? null : { word: `w:${lemma}`, near: `n:${lemma}` };
    while (contextWords.length <= id) contextWords.push(undefined);
    contextWords[id] = keys;
  }
  return keys;
}

/** Content lemmas and resolved entities of the trigger's sentence, the trigger itself left out. */
function sentenceContext(doc: Document, token: number, entityId: (m: number) => string): string[] {
  const t = doc.layers.tokens!;
  const s = doc.layers.sentences?.[t.sentence[token]];
  if (!s) return [];
  const keys = new Set<string>();
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    if (i === token || !CONTEXT_POS.has(posName(t.pos[i]))) continue;
    const words = contextWordKeys(t.lemma[i]);
    if (!words) continue;
    keys.add(words.word);
    if (Math.abs(i - token) <= NEAR_WORDS) keys.add(words.near);
  }
  const mentions = doc.layers.mentions ?? [];
  // Mentions are in text order: start at the first that can reach the sentence (a scan from the
  // document's start for every trigger grew with the square of a long article), stop past it.
  for (let m = firstReaching(mentions, s.start); m < mentions.length && mentions[m].start < s.end; m++) {
    if (mentions[m].end <= s.start) continue;
    keys.add(`e:${entityId(m)}`);
  }
  return [...keys];
}

/** Per mention layer, the latest end among the mentions up to each index: rises, so it can be searched. */
const reachCache = new WeakMap<readonly Range[], Int32Array>();

/**
 * The first mention, in text order, that ends after `offset`, or one before it: every mention
 * before the answer ends at or before `offset`, so a scan from it skips only mentions that end
 * before the offset (as a scan from the start would).
 */
function firstReaching(mentions: readonly Range[], offset: number): number {
  let reach = reachCache.get(mentions);
  if (!reach || reach.length !== mentions.length) {
    reach = new Int32Array(mentions.length);
    let end = 0;
    mentions.forEach((m, i) => { end = Math.max(end, m.end); reach![i] = end; });
    reachCache.set(mentions, reach);
  }
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reach[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The event mention a trigger token names, with its arguments resolved through `entityOf`. */
export function buildEventMention(doc: Document, token: number, id: string, entityOf: EntityLookup): EventMention {
  const t = doc.layers.tokens!;
  const pos = triggerPos(doc, token);
  const lemma = triggerLemma(lemmaOf(t.lemma[token]) || doc.text.slice(t.start[token], t.end[token]), pos);
  const predicate = predicateMeaning(lemma, pos);
  const roles = triggerRoles(doc, token, pos);
  if (predicate.undergoer && roles.patient === null) [roles.agent, roles.patient] = [null, roles.agent];
  const mentions = doc.layers.mentions ?? [];
  // An unresolved mention stands for itself by type and text: never equal to a resolved id.
  const entityId = (m: number) => entityOf(doc.id, m) ?? `${mentions[m].type}:${mentions[m].text.toLowerCase()}`;
  const entity = (m: number | null): EventArgument | null => (m === null ? null : { entity: entityId(m), head: nameHead(mentions[m].text) });
  const sentence = doc.layers.sentences?.[t.sentence[token]];
  const clause = clauseAround(doc, token);
  const times: EventTime[] = [];
  for (const x of doc.layers.times ?? []) {
    if (x.start >= clause.start && x.end <= clause.end && x.earliest && x.latest) times.push({ value: x.value, earliest: x.earliest, latest: x.latest });
  }
  return {
    id,
    doc: doc.id,
    start: t.start[token],
    end: t.end[token],
    token,
    lemma,
    pos,
    predicate,
    keys: predicateKeys(predicate),
    agent: entity(roles.agent),
    patient: entity(roles.patient),
    recipient: entity(roles.recipient),
    participants: roles.participants.map((m) => entity(m)!),
    place: entity(roles.place),
    times,
    negated: negatedAt(doc, token, sentence?.tokenStart ?? 0),
    sentence: t.sentence[token],
    context: sentenceContext(doc, token, entityId),
  };
}

/** Builds a trigger token's mention under the caller's id. */
export type MentionReader = (doc: Document, token: number, id: string) => EventMention;

/**
 * A `buildEventMention` that reads each (document, token) once: a mention depends only on them,
 * and one story's claims (clauses of one sentence, a dated noun phrase, the timeline's dated
 * predicates) name many triggers more than once. Keep one reader per story: it holds every mention read.
 */
export function mentionReader(entityOf: EntityLookup): MentionReader {
  const built = new Map<string, EventMention>();
  // Each mention's entity looked up once: every trigger of a sentence reads all of its names.
  const resolved = new Map<string, Map<number, string | undefined>>();
  const entityOfOnce: EntityLookup = (doc, mention) => {
    let inDoc = resolved.get(doc);
    if (!inDoc) resolved.set(doc, (inDoc = new Map()));
    if (inDoc.has(mention)) return inDoc.get(mention);
    const entity = entityOf(doc, mention);
    inDoc.set(mention, entity);
    return entity;
  };
  return (doc, token, id) => {
    const at = `${doc.id}:${token}`;
    const known = built.get(at);
    if (known) return known.id === id ? known : { ...known, id };
    const m = buildEventMention(doc, token, id, entityOfOnce);
    built.set(at, m);
    return m;
  };
}

/**
 * A mention whose trigger the annotation does not cover (a sentence set aside as debris):
 * its surface form as lemma, no arguments. Keeps a caller's mention set whole.
 */
export function bareEventMention(doc: string, range: Range, text: string, id: string): EventMention {
  const token = tokenizeParagraph(text)[0]?.tokens[0];
  const lemma = triggerLemma(token?.lemma ?? text, 'other');
  const predicate = predicateMeaning(lemma, 'other');
  return { id, doc, start: range.start, end: range.end, token: -1, lemma, pos: 'other', predicate, keys: predicateKeys(predicate), agent: null, patient: null, recipient: null, participants: [], place: null, times: [], negated: false, sentence: -1, context: [] };
}

/** One event mention per predicate of a claim (alignment compares claims through these). */
export function claimEventMentions(doc: Document, claim: Claim, entityOf: EntityLookup): EventMention[] {
  const out: EventMention[] = [];
  claim.predicates.forEach((p, k) => {
    const token = tokenAt(doc, p.start);
    if (token >= 0) out.push(buildEventMention(doc, token, `${claim.id}:p${k}`, entityOf));
  });
  return out;
}
