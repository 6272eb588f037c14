import type { Document, Sentence } from '../model/document.js';
import { posName } from '../annotate/tokens/tokenize.js';
import { VAGUE_AMOUNTS } from '../annotate/quantities/number-words.js';

/**
 * The head of the noun phrase that is a clause's subject, found from the word right before its
 * verb group, without a parser: "Parliamentary elections in Turkmenistan that are scheduled for
 * December 15 of this year will be held" (elections, not year), "A deputy working with an
 * anti-gang unit was killed" (deputy, not unit), "The president of the company was arrested"
 * (president). The word before the verb ends a post-modifier of the subject when its own noun
 * phrase follows a preposition, a participle, or a relative clause's verb; the walk steps over
 * each to the noun it modifies.
 */

/** Words of a noun phrase before its head: the walk steps over them to find where the phrase starts. */
const NOUN_PHRASE_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'PRON', 'PART']);
/** A relative clause opens with one of these; its verb is not the subject's. */
const RELATIVE_PRONOUNS = new Set(['that', 'which', 'who', 'whom', 'whose']);
/**
 * Heads that only count or pick out part of what follows "of" ("dozens of people", "most of the
 * staff", "a group of protesters"): the thing acted on is the noun after "of".
 */
const PARTITIVE_HEADS = new Set([
  ...Object.keys(VAGUE_AMOUNTS), 'number', 'group', 'lot', 'lots', 'couple', 'pair', 'handful', 'majority', 'minority', 'rest',
  'some', 'all', 'most', 'many', 'several', 'none', 'few', 'both', 'each', 'one', 'any', 'half', 'part', 'percent', 'per', 'cent', 'total',
  'deal', 'amount', 'series', 'piece', 'bit', 'share', 'portion', 'variety', 'range', 'kind', 'sort', 'type', 'round', 'rounds',
]);
/** How many modifiers the walk steps over before giving up: a longer chain is more likely misread. */
const MAX_STEPS = 4;
/** Where a clause's subject may start: the clause start, or after one of these. */
const SUBJECT_OPENERS = new Set([
  ',', ';', ':', '"', '“', "'", '‘', '(', '—', '–', '--', 'and', 'but', 'or', 'so', 'then',
  // Subordinators, which the tagger may read as prepositions ("although the country has been hit").
  'that', 'when', 'after', 'before', 'because', 'as', 'while', 'since', 'if', 'although', 'though', 'whereas', 'unless', 'until', 'once', 'where', 'whether',
]);

export interface SubjectHead {
  /** The head word's token. */
  token: number;
  /** Whether the walk stepped over a post-modifier to reach it (the word before the verb was not the head). */
  walked: boolean;
  /**
   * Whether the subject's phrase, modifiers and all, opens its clause (the sentence's start, or a
   * comma, conjunction or subordinator before it): then it is the verb's own subject, not the
   * object of a verb before it ("shook the island, the agency reported" against "hit the coast, battered").
   */
  opensClause: boolean;
}

/** Whether a token's characters lie in a time expression ("December 15 of this year"). */
export type InTime = (start: number, end: number) => boolean;

/**
 * The first token of the noun phrase whose last word is `head`; a time expression is one phrase
 * ("scheduled for December 15 of this year": its "of" joins a date, it is no modifier).
 */
function phraseStart(doc: Document, s: Sentence, head: number, inTime: InTime): number {
  const t = doc.layers.tokens!;
  let i = head;
  while (i - 1 >= s.tokenStart && inTime(t.start[i], t.end[i]) && inTime(t.start[i - 1], t.end[i - 1])) i--;
  while (i - 1 >= s.tokenStart) {
    const w = doc.text.slice(t.start[i - 1], t.end[i - 1]);
    const pos = posName(t.pos[i - 1]);
    // A possessive "'s" and a hyphenated compound ("35-year-old", "anti-gang") stay in the phrase.
    // A determiner opens its phrase: "the possibility the fire was" holds two.
    if (pos === 'DET') return i - 1;
    if (NOUN_PHRASE_POS.has(pos) && !RELATIVE_PRONOUNS.has(w.toLowerCase()) && !SUBJECT_OPENERS.has(w.toLowerCase())) i--;
    else if (/^['’]s?$|^-$/.test(w)) i--;
    else break;
  }
  return i;
}

const isNoun = (pos: string) => pos === 'NOUN' || pos === 'PROPN';

/** Whether token `i` is a participle: "-ing", "-ed" or "-en" tagged as a verb, or "-ed" tagged as an adjective ("officers involved in"). */
function participle(doc: Document, i: number): boolean {
  const t = doc.layers.tokens!;
  const w = doc.text.slice(t.start[i], t.end[i]);
  const pos = posName(t.pos[i]);
  return (pos === 'VERB' && /(?:ing|ed|en)$/i.test(w)) || (pos === 'ADJ' && /ed$/i.test(w));
}

/**
 * The token before the auxiliaries, adverbs and particles that stand before token `verb` ("will not
 * be held": the word before "will"), and whether an auxiliary was among them; `token` is below the
 * sentence's first token when they open it.
 */
export function beforeVerbGroup(doc: Document, s: Sentence, verb: number): { token: number; auxiliary: boolean } {
  const t = doc.layers.tokens!;
  let k = verb - 1;
  let auxiliary = false;
  for (; k >= s.tokenStart; k--) {
    const pos = posName(t.pos[k]);
    if (pos !== 'AUX' && pos !== 'ADV' && pos !== 'PART') break;
    if (pos === 'AUX') auxiliary = true;
  }
  return { token: k, auxiliary };
}

/** Whether the verb at `v` opens a relative clause: a relative pronoun before it, auxiliaries and adverbs between. */
function relativeVerb(doc: Document, s: Sentence, v: number): boolean {
  const t = doc.layers.tokens!;
  const k = beforeVerbGroup(doc, s, v).token;
  return k >= s.tokenStart && RELATIVE_PRONOUNS.has(doc.text.slice(t.start[k], t.end[k]).toLowerCase());
}

/**
 * The noun a participle phrase at token `p` modifies ("a deputy working with", "elections that are
 * scheduled for"), or null when the participle is a clause's own verb ("police have reported").
 */
function modifiedByParticiple(doc: Document, s: Sentence, p: number): number | null {
  const t = doc.layers.tokens!;
  const { token: k, auxiliary } = beforeVerbGroup(doc, s, p);
  if (k >= s.tokenStart && RELATIVE_PRONOUNS.has(doc.text.slice(t.start[k], t.end[k]).toLowerCase())) return k - 1 >= s.tokenStart && isNoun(posName(t.pos[k - 1])) ? k - 1 : null;
  // An auxiliary with no relative pronoun before it makes the participle a finite verb group; so
  // does a name before it ("Palin apologized for"): a participle phrase modifies a common noun.
  if (auxiliary) return null;
  return k >= s.tokenStart && posName(t.pos[k]) === 'NOUN' ? k : null;
}

/**
 * The subject head of the verb group that starts after token `last` (the word right before the
 * auxiliaries): null when that word is no noun, or when the modifiers it closes lead to no noun.
 */
export function subjectHead(doc: Document, s: Sentence, last: number, inTime: InTime): SubjectHead | null {
  const t = doc.layers.tokens!;
  const word = (i: number) => doc.text.slice(t.start[i], t.end[i]).toLowerCase();
  if (last < s.tokenStart || !isNoun(posName(t.pos[last]))) return null;
  let head = last;
  for (let step = 0; step < MAX_STEPS; step++) {
    const start = phraseStart(doc, s, head, inTime);
    const before = start - 1;
    const found = { token: head, walked: step > 0, opensClause: before < s.tokenStart || SUBJECT_OPENERS.has(word(before)) };
    if (before < s.tokenStart) return found;
    let modified: number | null;
    if (posName(t.pos[before]) === 'ADP' && !SUBJECT_OPENERS.has(word(before))) {
      // "X in Y", "X of Y", "X accused of Y": Y modifies what stands before the preposition,
      // unless that only counts Y ("dozens of people").
      const outer = before - 1;
      // A phrase opening with a preposition ("Around 20 more people had to be ushered") is itself the subject.
      if (outer < s.tokenStart || SUBJECT_OPENERS.has(word(outer))) return { ...found, opensClause: true };
      const countsIt = (posName(t.pos[outer]) === 'NUM' || PARTITIVE_HEADS.has(word(outer))) && !inTime(t.start[outer], t.end[outer]);
      if (word(before) === 'of' && countsIt) return found;
      // "Secretary of State Ann Roe", "Chief of Police Ola Berg": a capitalised "X of Y" inside a sentence is a title.
      if (word(before) === 'of' && outer > s.tokenStart && /^\p{Lu}/u.test(doc.text[t.start[outer]] ?? '')) return found;
      modified = participle(doc, outer) ? modifiedByParticiple(doc, s, outer) : outer;
    } else if (participle(doc, before) && /ing$/i.test(word(before)) && ['DET', 'NUM', 'PRON'].includes(posName(t.pos[start]))) {
      // "a man carrying a gun was arrested": an -ing phrase after its noun, with its own object
      // ("the driving problem" is one phrase). A past participle right before the phrase is a
      // verb taking it as object ("police reported the president of the firm was arrested"):
      // the phrase is the subject.
      modified = modifiedByParticiple(doc, s, before);
      if (modified === null) return found;
    } else if (posName(t.pos[before]) === 'VERB' && relativeVerb(doc, s, before)) {
      // "the fire that destroyed the warehouse was set": the relative clause's object is not the
      // subject; "ensure that listed species are" has no relative clause (no noun before "that").
      modified = modifiedByParticiple(doc, s, before);
      if (modified === null) return found;
    } else {
      return found;
    }
    // A date inside the modifier ("scheduled for December 15 of this year") is stepped over like a
    // noun, and so is a bare number ("a magnitude of 5.6 on the Richter scale").
    if (modified === null || !(isNoun(posName(t.pos[modified])) || posName(t.pos[modified]) === 'NUM' || inTime(t.start[modified], t.end[modified]))) return null;
    head = modified;
  }
  return null;
}
