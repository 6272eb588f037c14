import type { Corpus } from '../model/corpus.js';
import type { ClaimView } from './claim-view.js';
import type { EventPair } from './event-match.js';
import { isSpeech, oppositeParticles } from './event-match.js';
import { LIGHT_VERBS } from '../claims/lexicon.js';
import { clusterWithCommittedModel, mentionReader, tokenAt, type EventMention, type MentionReader } from './events/index.js';
import { COMPARE_CONFIG } from './config.js';

/** Verbs that carry no event of their own: a link through them says nothing about what happened. */
const EVENTLESS = new Set([...LIGHT_VERBS, 'do', 'be', 'have']);

/** Two claims' predicates the event model puts in one event, keyed by the claims' view indices `i|j` (i < j). */
export type EventLinks = Map<string, EventPair>;

/** A mention reader for one story of the corpus, arguments resolved by the corpus's entities. */
export const storyMentionReader = (corpus: Corpus): MentionReader => mentionReader((doc, mention) => corpus.mentionEntity?.get(`${doc}:${mention}`));

export const linkKey = (i: number, j: number) => (i < j ? `${i}|${j}` : `${j}|${i}`);

/** The linked predicates of views x and y, oriented x then y; null when the model does not link them. */
export function linkedPair(links: EventLinks, x: number, y: number): EventPair | null {
  const pair = links.get(linkKey(x, y));
  if (!pair) return null;
  return x < y ? pair : { p: pair.q, q: pair.p };
}

/**
 * Which claims of one story name one event, by the learned cross-document event coreference
 * model (src/compare/events, `eval events`): every content predicate of every claim becomes an
 * event mention, the story's mentions are clustered, and two claims of different publishers
 * whose predicates share a cluster are linked through those predicates. Speech and light verbs
 * are left out: "said" names the act of telling, not the fact told. Two reports the similarity
 * search did not pair, or whose verbs share no class or sense, are then compared as one event.
 */
export function eventLinks(corpus: Corpus, views: ClaimView[], readMention: MentionReader = storyMentionReader(corpus)): EventLinks {
  const links: EventLinks = new Map();
  // One outlet's story has no pair of outlets to link.
  if (new Set(views.map((v) => v.publisher)).size < 2) return links;
  const mentions: EventMention[] = [];
  const owner = new Map<string, [number, number]>();
  views.forEach((v, i) => {
    if (!v.doc.layers.tokens) return;
    v.predicates.forEach((p, k) => {
      if (isSpeech(p) || EVENTLESS.has(p.lemma.toLowerCase())) return;
      const token = tokenAt(v.doc, p.start);
      if (token < 0) return;
      const id = `${i}|${k}`;
      owner.set(id, [i, k]);
      mentions.push(readMention(v.doc, token, id));
    });
  });
  if (mentions.length < 2 || candidatePairCount(mentions) > COMPARE_CONFIG.eventLinkMaxPairs) return links;
  for (const members of clusterWithCommittedModel(mentions) ?? []) {
    if (members.length < 2) continue;
    const at = members.map((m) => owner.get(m.id)!);
    for (let x = 0; x < at.length; x++) {
      for (let y = x + 1; y < at.length; y++) {
        const [i, k] = at[x];
        const [j, l] = at[y];
        if (i === j || views[i].publisher === views[j].publisher) continue;
        const key = linkKey(i, j);
        if (links.has(key)) continue;
        const p = views[i].predicates[k];
        const q = views[j].predicates[l];
        if (oppositeParticles(views[i], p, views[j], q)) continue;
        links.set(key, i < j ? { p, q } : { p: q, q: p });
      }
    }
  }
  return links;
}

/** How many pairs the clustering would score: each predicate key's mentions, pairwise (an upper bound: a pair sharing two keys counts twice). */
function candidatePairCount(mentions: EventMention[]): number {
  const perKey = new Map<string, number>();
  for (const m of mentions) for (const k of m.keys) perKey.set(k, (perKey.get(k) ?? 0) + 1);
  let pairs = 0;
  for (const n of perKey.values()) pairs += (n * (n - 1)) / 2;
  return pairs;
}
