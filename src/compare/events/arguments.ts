import type { Document, TokenColumns } from '../../model/document.js';
import type { Mention } from '../../model/mention.js';
import { lowerLemma } from '../lower-lemma.js';
import { posName } from '../../annotate/tokens/tokenize.js';
import { PLACE_PREPOSITIONS } from '../../claims/lexicon.js';
import type { TriggerPos } from './predicate.js';

/**
 * Who did what to whom, read off tokens and entity mentions without a parser. Precision first:
 * a role is filled only where the words around the trigger say it plainly, because a filled role
 * can block a merge. Mentions are returned as indices into the document's mentions layer.
 */
export interface RoleMentions {
  agent: number | null;
  patient: number | null;
  recipient: number | null;
  /** Entities tied to the trigger whose role the words leave open ("Smith's arrest"). */
  participants: number[];
  place: number | null;
}

const ACTOR_TYPES = new Set(['PER', 'ORG', 'GPE', 'NORP', 'LOC', 'FAC']);
const PLACE_TYPES = new Set(['LOC', 'GPE', 'FAC']);
/** Prepositions after an eventive noun that introduce what the event was done to. */
const NOUN_PATIENT_PREPOSITIONS = new Set(['of', 'on', 'against', 'for']);
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);
const SUBJECT_PRONOUNS = new Set(['he', 'she']);

/** Per-document lookups built once: which mention covers each token. */
interface DocIndex {
  mentionAt: Int32Array;
}

const indexes = new WeakMap<Document, DocIndex>();

function docIndex(doc: Document): DocIndex {
  let x = indexes.get(doc);
  if (x) return x;
  const t = doc.layers.tokens!;
  const mentionAt = new Int32Array(t.count).fill(-1);
  const mentions = doc.layers.mentions ?? [];
  let k = 0;
  for (let i = 0; i < t.count; i++) {
    while (k < mentions.length && mentions[k].end <= t.start[i]) k++;
    if (k < mentions.length && mentions[k].start < t.end[i]) mentionAt[i] = k;
  }
  x = { mentionAt };
  indexes.set(doc, x);
  return x;
}

class TokenView {
  readonly t: TokenColumns;
  readonly mentions: Mention[];
  readonly mentionAt: Int32Array;
  constructor(readonly doc: Document) {
    this.t = doc.layers.tokens!;
    this.mentions = doc.layers.mentions ?? [];
    this.mentionAt = docIndex(doc).mentionAt;
  }
  word(i: number): string {
    return this.doc.text.slice(this.t.start[i], this.t.end[i]).toLowerCase();
  }
  pos(i: number): string {
    return posName(this.t.pos[i]);
  }
  lemma(i: number): string {
    return lowerLemma(this.t.lemma[i]);
  }
  /** A verb that is not an auxiliary: a clause of its own starts or ends at it. */
  contentVerb(i: number): boolean {
    return this.pos(i) === 'VERB' && this.mentionAt[i] < 0;
  }
  actor(m: number): boolean {
    return m >= 0 && ACTOR_TYPES.has(this.mentions[m].type);
  }
  possessor(m: number): boolean {
    return /^['’]s?\b/.test(this.doc.text.slice(this.mentions[m].end, this.mentions[m].end + 3));
  }
  /** First token of mention m. */
  firstToken(m: number, around: number): number {
    let i = around;
    while (i > 0 && this.mentionAt[i - 1] === m) i--;
    return i;
  }
  lastToken(m: number, around: number): number {
    let i = around;
    while (i + 1 < this.t.count && this.mentionAt[i + 1] === m) i++;
    return i;
  }
}

function sentenceBounds(doc: Document, token: number): [number, number] {
  const t = doc.layers.tokens!;
  const s = doc.layers.sentences?.[t.sentence[token]];
  return s ? [s.tokenStart, s.tokenEnd] : [0, t.count];
}

/** A clause boundary while scanning away from the trigger. */
function boundary(v: TokenView, i: number): boolean {
  const w = v.word(i);
  return w === ',' || w === ';' || w === ':' || v.pos(i) === 'CCONJ' || v.pos(i) === 'SCONJ' || v.contentVerb(i);
}

/** "was attacked", "has been arrested", "a man arrested by police". */
function isPassive(v: TokenView, trigger: number, from: number): boolean {
  const word = v.word(trigger);
  if (word.endsWith('ing')) return false;
  for (let i = trigger - 1; i >= Math.max(from, trigger - 4); i--) {
    const lemma = v.lemma(i);
    if (lemma === 'be' || lemma === 'get') return true;
    const pos = v.pos(i);
    if (pos !== 'ADV' && v.word(i) !== 'not' && v.word(i) !== "n't") break;
  }
  const next = trigger + 1 < v.t.count ? v.word(trigger + 1) : '';
  const before = trigger > from ? v.lemma(trigger - 1) : '';
  return next === 'by' && before !== 'have' && (word !== v.lemma(trigger) || word.endsWith('ed'));
}

/** Tokens right before a verb whose subject follows it: the close of a quotation. */
const QUOTE_INVERSION_BEFORE = new Set([',', '"', "''", '”']);

/** Words that may stand between a subject and its verb: "X has reportedly been arrested". */
const SUBJECT_GAP_POS = new Set(['AUX', 'ADV', 'PART']);

/**
 * The subject before a verb: an actor mention with nothing but auxiliaries and adverbs between
 * ("Smith has been arrested"), the mention a relative pronoun stands for ("Smith, who was
 * arrested"), or the person a subject pronoun stands for. Anything else between (a common noun,
 * another verb, a preposition) leaves the subject unread: it may head its own noun phrase.
 */
function subjectOf(v: TokenView, trigger: number, from: number): number | null {
  for (let i = trigger - 1; i >= from; i--) {
    const m = v.mentionAt[i];
    if (m >= 0) {
      if (!v.actor(m) || v.possessor(m)) return null;
      const first = v.firstToken(m, i);
      // "in Paris, police arrested ...": a place after a preposition is where, not who.
      if (first > from && v.pos(first - 1) === 'ADP') return null;
      return m;
    }
    const w = v.word(i);
    if (RELATIVE_PRONOUNS.has(w)) {
      // "Smith, who was arrested ...": the relative pronoun stands for the mention before it.
      let j = i - 1;
      if (j >= from && v.word(j) === ',') j--;
      return j >= from && v.actor(v.mentionAt[j]) ? v.mentionAt[j] : null;
    }
    if (SUBJECT_PRONOUNS.has(w)) return pronounAntecedent(v, i);
    if (!SUBJECT_GAP_POS.has(v.pos(i))) return null;
  }
  return null;
}

/** "he"/"she": the last person named before it, in its sentence or the one before. */
function pronounAntecedent(v: TokenView, pronoun: number): number | null {
  const sentence = v.t.sentence[pronoun];
  for (let i = pronoun - 1; i >= 0 && v.t.sentence[i] >= sentence - 1; i--) {
    const m = v.mentionAt[i];
    if (m >= 0 && v.mentions[m].type === 'PER') return m;
  }
  return null;
}

/** A mention after the trigger: the preposition that governs it, and whether a common noun came between. */
interface Following {
  m: number;
  prep: string | null;
  /** No noun or pronoun stands between the trigger and the mention: it can be the direct object. */
  adjacent: boolean;
}

/** Words between a preposition or verb and the name it governs ("on the Indian navy"). */
const NAME_PREFIX_POS = new Set(['DET', 'ADJ', 'NUM']);

/**
 * Mentions after the trigger up to the clause end. A mention that modifies a following noun
 * ("a Schenectady man", "a Hawaiian Gardens apartment") is not a participant and is skipped.
 */
function following(v: TokenView, trigger: number, to: number, limit: number): Following[] {
  const out: Following[] = [];
  let adjacent = true;
  for (let i = trigger + 1; i < Math.min(to, trigger + 1 + limit); i++) {
    const m = v.mentionAt[i];
    if (m >= 0) {
      const first = v.firstToken(m, i);
      const last = v.lastToken(m, i);
      let p = first - 1;
      while (p > trigger && NAME_PREFIX_POS.has(v.pos(p))) p--;
      const prep = p > trigger && v.pos(p) === 'ADP' ? v.word(p) : null;
      const modifier = last + 1 < to && (v.pos(last + 1) === 'NOUN' || v.pos(last + 1) === 'PROPN') && v.mentionAt[last + 1] < 0;
      if (!v.possessor(m) && !modifier) out.push({ m, prep, adjacent });
      adjacent = false;
      i = last;
      continue;
    }
    if (boundary(v, i)) break;
    const pos = v.pos(i);
    if (pos === 'NOUN' || pos === 'PRON' || pos === 'PROPN') adjacent = false;
  }
  return out;
}

function placeNear(v: TokenView, from: number, to: number, trigger: number): number | null {
  let best: number | null = null;
  let distance = Infinity;
  for (let i = from; i < to; i++) {
    const m = v.mentionAt[i];
    if (m < 0 || !PLACE_TYPES.has(v.mentions[m].type)) continue;
    const first = v.firstToken(m, i);
    const prep = first > from ? v.word(first - 1) : '';
    if (PLACE_PREPOSITIONS.has(prep) && Math.abs(i - trigger) < distance) {
      best = m;
      distance = Math.abs(i - trigger);
    }
    i = v.lastToken(m, i);
  }
  return best;
}

/** Tokens between a noun trigger and what may precede it in its noun phrase. */
const NOUN_PHRASE_POS = new Set(['ADJ', 'NOUN', 'NUM', 'PART']);

function nominalRoles(v: TokenView, trigger: number, from: number, to: number): RoleMentions {
  const roles: RoleMentions = { agent: null, patient: null, recipient: null, participants: [], place: null };
  // "Smith's arrest", "the Gaza attack": a mention inside the trigger's noun phrase.
  let before: number | null = null;
  for (let i = trigger - 1; i >= from; i--) {
    const m = v.mentionAt[i];
    if (m >= 0) {
      before = v.actor(m) ? m : null;
      break;
    }
    if (!NOUN_PHRASE_POS.has(v.pos(i)) && v.word(i) !== "'s" && v.word(i) !== '’s') break;
  }
  for (const { m, prep } of following(v, trigger, to, 6)) {
    if (prep === 'by' && roles.agent === null && v.actor(m)) roles.agent = m;
    else if (prep && NOUN_PATIENT_PREPOSITIONS.has(prep) && roles.patient === null && v.actor(m)) roles.patient = m;
    else if (prep === 'to' && roles.recipient === null && !PLACE_TYPES.has(v.mentions[m].type)) roles.recipient = m;
  }
  if (before !== null) {
    if (PLACE_TYPES.has(v.mentions[before].type) && !v.possessor(before)) roles.place = before;
    // "Israel's attack on Gaza": with the patient named after, the possessor is the agent.
    else if (roles.patient !== null && roles.agent === null) roles.agent = before;
    else if (roles.agent !== null && roles.patient === null) roles.patient = before;
    else roles.participants.push(before);
  }
  return roles;
}

function verbalRoles(v: TokenView, trigger: number, from: number, to: number): RoleMentions {
  const roles: RoleMentions = { agent: null, patient: null, recipient: null, participants: [], place: null };
  const passive = isPassive(v, trigger, from);
  const subject = subjectOf(v, trigger, from);
  let object: number | null = null;
  let byPhrase: number | null = null;
  for (const { m, prep, adjacent } of following(v, trigger, to, 12)) {
    if (prep === null && adjacent && object === null && v.actor(m)) object = m;
    else if (prep === 'by' && byPhrase === null && v.actor(m)) byPhrase = m;
    else if (prep === 'to' && roles.recipient === null && (v.mentions[m].type === 'PER' || v.mentions[m].type === 'ORG')) roles.recipient = m;
  }
  if (passive) {
    roles.patient = subject;
    roles.agent = byPhrase;
  } else if (subject === null && object !== null && trigger > from && QUOTE_INVERSION_BEFORE.has(v.word(trigger - 1))) {
    // '"...," said Smith': after a quotation the speaker follows the verb.
    roles.agent = object;
  } else {
    roles.agent = subject;
    roles.patient = object;
  }
  if (roles.agent !== null && roles.agent === roles.patient) roles.patient = null;
  return roles;
}

/** The roles of the event a trigger token names. */
export function triggerRoles(doc: Document, trigger: number, pos: TriggerPos): RoleMentions {
  const v = new TokenView(doc);
  const [from, to] = sentenceBounds(doc, trigger);
  const roles = pos === 'verb' ? verbalRoles(v, trigger, from, to) : nominalRoles(v, trigger, from, to);
  roles.place ??= placeNear(v, from, to, trigger);
  return roles;
}
