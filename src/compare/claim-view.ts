import type { Claim } from '../model/claim.js';
import type { Corpus } from '../model/corpus.js';
import type { Document } from '../model/document.js';
import type { TimeExpression } from '../model/time.js';
import type { Quantity } from '../model/quantity.js';
import { lemmaOf } from '../annotate/tokens/vocabulary.js';
import { posName } from '../annotate/tokens/tokenize.js';
import { actionClass } from './actions.js';
import { LIGHT_VERBS } from '../claims/lexicon.js';

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);
const STOP_LEMMAS = new Set(['be', 'have', 'do', 'say', 'also', 'other', 'such', 'more', 'most', 'many', 'new', 'year', 'time']);

/** A claim with what alignment compares, resolved against the corpus. */
export interface ClaimView {
  claim: Claim;
  doc: Document;
  publisher: string;
  /** Resolved entity ids mentioned in the sentence. */
  entities: Set<string>;
  actor: string | null;
  /** Entity type of the actor's mention: an organisation and a person are not rival actors. */
  actorType: string | null;
  /** Resolved entity of the quoted speaker when the claim is a speaker's words. */
  speaker: string | null;
  target: string | null;
  places: string[];
  action: string | null;
  /** Each predicate's action class, resolved object and polarity. */
  predicates: { cls: string; lemma: string; surface: string; start: number; target: string | null; targetType: string | null; object: string | null; polarity: 'positive' | 'negative' }[];
  /** Stems of the sentence's content words, entities excluded. */
  stems: Map<string, number>;
  times: TimeExpression[];
  quantities: Quantity[];
  /** Lemmas of the sentence's verbs and nouns with their token positions. */
  lemmas: { lemma: string; token: number; pos: string }[];
}

/** Cheap derivational stem: "withdrawal" and "withdrew"/"withdraw" meet at a six-letter prefix of the lemma. */
export function stem(lemma: string): string {
  return lemma.length > 6 ? lemma.slice(0, 6) : lemma;
}

export function claimViews(corpus: Corpus, docIds: Set<string>): ClaimView[] {
  const out: ClaimView[] = [];
  for (const doc of corpus.documents) {
    if (!docIds.has(doc.id)) continue;
    const publisher = corpus.documentPublisher?.get(doc.id) ?? `p:${doc.id}`;
    const mentions = doc.layers.mentions ?? [];
    const t = doc.layers.tokens!;
    const entityOf = (index: number | undefined) => (index === undefined ? null : corpus.mentionEntity?.get(`${doc.id}:${index}`) ?? `${mentions[index].type}:${mentions[index].text.toLowerCase()}`);
    const typeOf = (index: number | undefined) => (index === undefined ? null : mentions[index].type);
    const entityAtRange = (r: { start: number; end: number }) => {
      const i = mentions.findIndex((m) => m.start < r.end && r.start < m.end);
      return i >= 0 ? entityOf(i) : null;
    };
    for (const claim of doc.layers.claims ?? []) {
      const entities = new Set<string>();
      mentions.forEach((m, i) => {
        if (m.start >= claim.sentence.start && m.end <= claim.sentence.end) entities.add(entityOf(i)!);
      });
      const stems = new Map<string, number>();
      const lemmas: ClaimView['lemmas'] = [];
      for (let i = firstToken(t.start, claim.sentence.start); i < t.count && t.start[i] < claim.sentence.end; i++) {
        const pos = posName(t.pos[i]);
        const lemma = lemmaOf(t.lemma[i]).toLowerCase();
        lemmas.push({ lemma, token: i, pos });
        if (!CONTENT_POS.has(pos) || pos === 'PROPN' || STOP_LEMMAS.has(lemma) || (pos === 'VERB' && LIGHT_VERBS.has(lemma)) || lemma.length < 3) continue;
        if (mentions.some((m) => m.start <= t.start[i] && t.end[i] <= m.end)) continue;
        const s = stem(lemma);
        stems.set(s, (stems.get(s) ?? 0) + 1);
      }
      out.push({
        claim,
        doc,
        publisher,
        entities,
        actor: entityOf(claim.actor?.mention),
        actorType: typeOf(claim.actor?.mention),
        speaker: claim.source.range ? entityAtRange(claim.source.range) : null,
        target: entityOf(claim.target?.mention),
        places: claim.places.map((p) => entityOf(p.mention)!).filter(Boolean),
        action: claim.action ? actionClass(claim.action.lemma) : null,
        predicates: claim.predicates.map((p) => ({ cls: actionClass(p.lemma), lemma: p.lemma, surface: doc.text.slice(p.start, p.end), start: p.start, target: entityOf(p.target?.mention), targetType: typeOf(p.target?.mention), object: p.object, polarity: p.polarity })),
        stems,
        times: claim.times.map((i) => doc.layers.times![i]),
        quantities: claim.quantities.map((i) => doc.layers.quantities![i]),
        lemmas,
      });
    }
  }
  return out;
}

function firstToken(starts: Int32Array, offset: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
