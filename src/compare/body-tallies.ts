import type { Document } from '../model/document.js';
import type { Claim, FrameSlot, Predicate } from '../model/claim.js';
import type { Tally } from './tallies.js';
import { firstTokenAt, posName } from '../annotate/tokens/tokenize.js';
import { lowerLemma } from './lower-lemma.js';

/**
 * A tally ("69-30") read as one vote, or one result, of one named body on one measure: "the
 * Senate voted 69-30 to pass the ferry bill", "the ferry bill passed the Senate 68-32", "the
 * Senate passed the ferry bill 68-31". The body is a named organisation in the verb's subject or
 * object; the measure is the other noun phrase the verb or its infinitive takes, as lemmas. Two
 * votes of one body on two measures are two things; a vote with no measure the sentence names is
 * not read.
 */
export interface TallyReading {
  body: FrameSlot;
  /** The measure's nouns as lemmas ("ferry|bill") and as written ("the ferry bill"). */
  measure: string;
  phrase: string;
}

const NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const FUNCTION_POS = new Set(['ADP', 'PART', 'AUX', 'ADV', 'DET']);

export function tallyReading(doc: Document, claim: Claim, tally: Tally, p: Predicate, isBody: (slot: FrameSlot) => boolean): TallyReading | null {
  const t = doc.layers.tokens!;
  const verb = firstTokenAt(t.start, p.start);
  const at = firstTokenAt(t.start, tally.start);
  // Only the verb's own object may stand between it and the tally ("passed the Senate 68-32").
  for (let i = verb + 1; i < at; i++) if (!NP_POS.has(posName(t.pos[i])) && !FUNCTION_POS.has(posName(t.pos[i]))) return null;
  const body = [p.agent, p.target].find((s): s is FrameSlot => !!s && isBody(s));
  if (!body) return null;
  const outside = (i: number) => t.start[i] < body.start || t.start[i] >= body.end;
  let measure: { from: number; to: number } | null = null;
  if (body === p.target && body.start > p.end) {
    // "The ferry bill passed the Senate 68-32": the measure is the subject before the verb.
    measure = phraseBack(doc, verb - 1, claim);
  } else {
    // "passed the ferry bill 68-31", "voted 69-30 to pass the ferry bill", "voted 69-30 for the bill".
    measure = phraseForward(doc, verb + 1, at, outside) ?? phraseAfterTally(doc, firstTokenAt(t.start, tally.end), claim);
  }
  if (!measure) return null;
  const nouns: string[] = [];
  for (let i = measure.from; i <= measure.to; i++) if ((posName(t.pos[i]) === 'NOUN' || posName(t.pos[i]) === 'PROPN') && outside(i)) nouns.push(lowerLemma(t.lemma[i]));
  if (nouns.length === 0) return null;
  // A sentence's first word is capitalised: "The ferry bill passed" names what "the ferry bill" names.
  const phrase = doc.text.slice(t.start[measure.from], t.end[measure.to]).replace(/^(?:The|A|An)\b/, (w) => w.toLowerCase());
  return { body, measure: nouns.join('|'), phrase };
}

/** A noun phrase from token `from` up to (not into) `limit`, outside the body. */
function phraseForward(doc: Document, from: number, limit: number, outside: (i: number) => boolean): { from: number; to: number } | null {
  const t = doc.layers.tokens!;
  let i = from;
  while (i < limit && !outside(i)) i++;
  const start = i;
  while (i < limit && NP_POS.has(posName(t.pos[i])) && posName(t.pos[i]) !== 'NUM' && outside(i)) i++;
  return i > start && /NOUN|PROPN/.test(posName(t.pos[i - 1])) ? { from: start, to: i - 1 } : null;
}

/** After the tally: "to pass the ferry bill", "for the bill", "on the nomination". */
function phraseAfterTally(doc: Document, i: number, claim: Claim): { from: number; to: number } | null {
  const t = doc.layers.tokens!;
  const within = (k: number) => k < t.count && t.end[k] <= claim.sentence.end;
  if (!within(i)) return null;
  const word = lowerLemma(t.lemma[i]);
  if (word === 'to' && within(i + 1) && posName(t.pos[i + 1]) === 'VERB') i += 2;
  else if (posName(t.pos[i]) === 'ADP') i += 1;
  else return null;
  const start = i;
  while (within(i) && NP_POS.has(posName(t.pos[i])) && posName(t.pos[i]) !== 'NUM') i++;
  return i > start && /NOUN|PROPN/.test(posName(t.pos[i - 1])) ? { from: start, to: i - 1 } : null;
}

/** The noun phrase ending at token `end`, within the sentence. */
function phraseBack(doc: Document, end: number, claim: Claim): { from: number; to: number } | null {
  const t = doc.layers.tokens!;
  if (end < 0 || !/NOUN|PROPN/.test(posName(t.pos[end]))) return null;
  let i = end;
  while (i - 1 >= 0 && t.start[i - 1] >= claim.sentence.start && NP_POS.has(posName(t.pos[i - 1])) && posName(t.pos[i - 1]) !== 'NUM') i--;
  return { from: i, to: end };
}
