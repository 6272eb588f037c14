import type { Conflict, Corpus } from '../model/corpus.js';
import type { Document } from '../model/document.js';
import type { Mention } from '../model/mention.js';
import type { Range } from '../model/span.js';
import type { TimeExpression } from '../model/time.js';
import { differentTallies, documentTallies, talliesIn, type Tally } from './tallies.js';
import { sameDay, statedDay } from './calendar.js';
import { outletSide } from './attributes.js';
import { sourceAfter } from './crowd-sizes.js';
import { oneValuePerDocument } from './one-value-per-document.js';

/**
 * How a vote came out, as one report states it: "passed 52-48", "cleared the Senate by a vote of
 * 51 to 49", "voted 7-2 to approve", "a 5-4 ruling". A vote is taken once, so when two
 * publishers' reports of one story each give the story's vote one tally, and the tallies differ,
 * they disagree however their sentences are built: the tally needs no aligned claim ("The bill
 * passed 52-48" names no one the other report's "cleared the Senate" names).
 */
export interface StatedVote {
  doc: Document;
  publisher: string;
  tally: Tally;
  /** Resolved entities of the organisations the sentence names ("the Senate"): the body that voted, or one it voted on. */
  bodies: string[];
  /** Who the report gives the tally to (", officials said"), lower case; null in its own voice. */
  source: string | null;
  /** The day the sentence states, if any: a vote on Tuesday and one on Thursday are two votes. */
  day: TimeExpression | null;
  sentence: Range;
}

/**
 * A vote's words right before its tally, in one clause: "passed", "voted", "by a vote of",
 * "approved the bill". Not "defeated" or "beat": a game's score follows them far more often.
 */
const VOTE_BEFORE = /\b(?:vot(?:ed|es?|ing)|passed|approved|adopted|rejected|confirmed|cleared|ruled|overrode|ratified)\b[^,;.:!?“”"]{0,40}$/i;
/** A vote's noun right after its tally: "a 52-48 vote", "a 5-4 ruling", "a 7-2 majority". */
const VOTE_AFTER = /^\s*(?:vote|ruling|majority)\b/i;

/** The vote tallies a document states, each with the bodies its sentence names. */
export function statedVotes(corpus: Corpus, doc: Document): StatedVote[] {
  const sentences = doc.layers.sentences ?? [];
  const mentions = doc.layers.mentions ?? [];
  const publisher = corpus.documentPublisher?.get(doc.id) ?? `p:${doc.id}`;
  const text = doc.text;
  const out: StatedVote[] = [];
  for (const sentence of sentences) {
    for (const tally of talliesIn(text, sentence.start, sentence.end)) {
      if (!VOTE_BEFORE.test(text.slice(sentence.start, tally.start)) && !VOTE_AFTER.test(text.slice(tally.end, sentence.end))) continue;
      const bodies = new Set<string>();
      mentions.forEach((m, i) => {
        if (m.type === 'ORG' && m.start >= sentence.start && m.end <= sentence.end) bodies.add(bodyEntity(corpus, doc, m, i));
      });
      const day = (doc.layers.times ?? []).find((x) => x.start >= sentence.start && x.end <= sentence.end && statedDay(text, doc.meta.published, x)) ?? null;
      out.push({ doc, publisher, tally, bodies: [...bodies], source: sourceAfter(text.slice(tally.end, sentence.end)), day, sentence: { start: sentence.start, end: sentence.end } });
    }
  }
  return out;
}

/** An organisation mention's resolved entity, or its words where the resolver gave it none. */
const bodyEntity = (corpus: Corpus, doc: Document, m: Mention, i: number) => corpus.mentionEntity?.get(`${doc.id}:${i}`) ?? `ORG:${m.text.toLowerCase()}`;

/** The organisations a document names anywhere, as resolved entities. */
function namedBodies(corpus: Corpus, doc: Document): Set<string> {
  const out = new Set<string>();
  (doc.layers.mentions ?? []).forEach((m, i) => {
    if (m.type === 'ORG') out.add(bodyEntity(corpus, doc, m, i));
  });
  return out;
}

/**
 * One body's vote on both sides: the bodies both sentences name overlap; where one sentence names
 * none, its report still names the other's body ("The bill passed 52-48" in a report about the
 * Senate); where neither does, the story is the one vote. A House vote and a Senate vote are two.
 */
function sameBody(corpus: Corpus, x: StatedVote, y: StatedVote): boolean {
  if (x.bodies.length && y.bodies.length) return x.bodies.some((b) => y.bodies.includes(b));
  if (!x.bodies.length && !y.bodies.length) return true;
  const [named, unnamed] = x.bodies.length ? [x, y] : [y, x];
  const there = namedBodies(corpus, unnamed.doc);
  return named.bodies.some((b) => there.has(b));
}

/** A vote whose sentence names one body is keyed by it ("the House voted 85-40"); any other is the story's vote. */
const UNNAMED = 'vote';
const voteKey = (v: StatedVote) => (v.bodies.length === 1 ? `body:${v.bodies[0]}` : UNNAMED);

/**
 * A document's votes, where each may be told apart by its one body: "The House voted 85-40 on
 * Tuesday ... The Senate followed with a 28-12 vote" gives each chamber's vote. In a document
 * telling of several bodies' votes, one whose sentence names no single body could be any of them,
 * and is left out.
 */
function votesOfOneBodyEach(corpus: Corpus, doc: Document): StatedVote[] {
  const votes = statedVotes(corpus, doc);
  const keys = new Set(votes.map(voteKey));
  keys.delete(UNNAMED);
  return keys.size > 1 ? votes.filter((v) => voteKey(v) !== UNNAMED) : votes;
}

/**
 * Two independent publishers of one story giving its vote two tallies. A report that gives one
 * vote two tallies itself (a committee vote and a floor vote, two bills) is left out, as is one
 * that states the other side's tally anywhere, or two tallies given to different sources or
 * stated on two days. A report may give several bodies' votes, each its own (a House vote and a
 * Senate vote): each is compared with the same body's.
 */
export function voteTallyConflicts(corpus: Corpus, documents: Document[], story: string, firstId: number, name: (entity: string) => string): Conflict[] {
  const byVote = oneValuePerDocument(documents, (doc) => votesOfOneBodyEach(corpus, doc), voteKey, (x, y) => !differentTallies(x.tally, y.tally));
  const out: Conflict[] = [];
  const votes = [...byVote.values()].flat();
  const states = (doc: Document, t: Tally) => documentTallies(doc).some((z) => !differentTallies(z, t));
  for (let i = 0; i < votes.length; i++) {
    for (let j = i + 1; j < votes.length; j++) {
      const [x, y] = [votes[i], votes[j]];
      if (x.publisher === y.publisher || x.source !== y.source || !differentTallies(x.tally, y.tally)) continue;
      // Two votes each given to its own body are compared only when it is one body.
      if (voteKey(x) !== UNNAMED && voteKey(y) !== UNNAMED && voteKey(x) !== voteKey(y)) continue;
      if (x.day && y.day && !sameDay(x.day, y.day)) continue;
      if (!sameBody(corpus, x, y) || states(x.doc, y.tally) || states(y.doc, x.tally)) continue;
      const side = (v: StatedVote) => {
        const stated = outletSide(v.publisher, v.doc, v.sentence, v.tally.text);
        return v.source ? { ...stated, attribution: { kind: 'speaker' as const, name: v.source } } : stated;
      };
      const body = [x, y].find((v) => voteKey(v) !== UNNAMED)?.bodies[0];
      const about = body && !body.startsWith('ORG:') ? `what the ${name(body)} vote's tally was` : 'what the vote\'s tally was';
      out.push({ id: `${story}:v${firstId + out.length}`, story, kind: 'number', about, sides: [side(x), side(y)] });
    }
  }
  return out;
}
