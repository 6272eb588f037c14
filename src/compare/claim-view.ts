import type { Claim } from '../model/claim.js';
import { datedEventNouns } from './nominal-events.js';
import type { Attribution, Corpus } from '../model/corpus.js';
import type { Document } from '../model/document.js';
import type { TimeExpression } from '../model/time.js';
import type { Quantity } from '../model/quantity.js';
import { firstTokenAt, posName } from '../annotate/tokens/tokenize.js';
import { actionClass } from './actions.js';
import { LIGHT_VERBS } from '../claims/lexicon.js';
import { RangeIndex } from '../claims/range-index.js';
import { lowerLemma } from './lower-lemma.js';
import { oneKindList } from './one-kind-list.js';

const SPEECH_CLASS = actionClass('say');
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
  /** The actor was inferred from a pronoun or an earlier clause. */
  actorInferred: boolean;
  /** Resolved entity of the quoted speaker when the claim is a speaker's words. */
  speaker: string | null;
  target: string | null;
  places: string[];
  action: string | null;
  /** Each predicate's action class, resolved roles and polarity. */
  predicates: ViewPredicate[];
  /** Whose words the claim is: the outlet's, or a speaker's (resolved when the speaker is a known entity). */
  attribution: Attribution;
  /** Stems of the sentence's content words, entities excluded. */
  stems: Map<string, number>;
  times: TimeExpression[];
  /**
   * The dates alignment may compare: the claim's own, else the time the text implies for it (the
   * publication day for a lead in the present progressive, "is holding talks"; the day the same
   * paragraph last named, "On 28 January ... landed. This marked his second visit"). Never used
   * to report a date conflict: only what a text states can disagree.
   */
  referenceTimes: TimeExpression[];
  /** Adjacent content-word stem pairs ("milita outpos"): a shared rare phrase marks one description. */
  phrases: Set<string>;
  quantities: Quantity[];
  /** Lemmas of the sentence's verbs and nouns with their token positions. */
  lemmas: { lemma: string; token: number; pos: string }[];
  /** The resolved entity of one of the document's mentions (by index): one person's "Marrow" and "Elspeth Marrow" are one owner. */
  entityOfMention: (index: number) => string | null;
}

export interface ViewPredicate {
  cls: string;
  lemma: string;
  surface: string;
  start: number;
  /** Resolved entity who does it (the passive's "by" phrase, else the clause subject). */
  agent: string | null;
  /** The agent was inferred (a pronoun or a clause without a subject took an earlier actor): weak evidence. */
  agentInferred: boolean;
  /** The target follows the verb directly (no preposition between): the verb's own object. */
  targetDirect: boolean;
  /** The target was inferred (a pronoun subject of a passive taken for an earlier actor). */
  targetInferred: boolean;
  /** The agent was carried over from another sentence to a sentence that names no one, not even by a pronoun. */
  agentUnstated: boolean;
  /** The words naming the agent and the target in this sentence. */
  agentText: string | null;
  targetText: string | null;
  target: string | null;
  targetType: string | null;
  object: string | null;
  polarity: 'positive' | 'negative';
  passive: boolean;
  mood: 'asserted' | 'modal' | 'irrealis';
  /** Where the verb ends, for adjacency ("denied shooting"). */
  end: number;
}

/** A subject pronoun in a sentence: its clauses name their agent, if only as "he". */
const PRONOUN_WORD = /\b(?:he|she|it|they|we|i)\b/i;

/** A preposition between a verb and a name: the name is not the verb's own object. */
const PREPOSITION_BETWEEN = /\b(?:from|to|at|in|on|with|for|of|into|by|about|over|under|against|toward|towards|near|across|through|after|before)\b/i;

/** Cheap derivational stem: "withdrawal" and "withdrew"/"withdraw" meet at a six-letter prefix of the lemma. */
export function stem(lemma: string): string {
  return lemma.length > 6 ? lemma.slice(0, 6) : lemma;
}

/** Each document's position in the corpus, built once per document list. */
const positions = new WeakMap<Corpus['documents'], Map<string, number>>();

/**
 * The given documents in corpus order. Looked up by id: a scan of the whole corpus for each story
 * made views quadratic in the corpus (10,000 articles in 2,200 stories: 22 million visits).
 */
function inCorpusOrder(corpus: Corpus, docIds: Set<string>): Corpus['documents'] {
  let at = positions.get(corpus.documents);
  if (!at || at.size !== corpus.documents.length) positions.set(corpus.documents, (at = new Map(corpus.documents.map((d, i) => [d.id, i]))));
  const index = at;
  return [...docIds].map((id) => index.get(id)).filter((i): i is number => i !== undefined).sort((a, b) => a - b).map((i) => corpus.documents[i]);
}

type ViewLemma = ClaimView['lemmas'][number];

/**
 * Which tokens lie wholly inside a mention (a name's words are the entity's, not content words),
 * marked once per document: asked range by range, every content word of every claim allocated.
 */
function tokensInMentions(doc: Document): Uint8Array {
  const t = doc.layers.tokens!;
  const inside = new Uint8Array(t.count);
  for (const m of doc.layers.mentions ?? []) {
    for (let i = firstTokenAt(t.start, m.start); i < t.count && t.start[i] < m.end; i++) if (t.end[i] <= m.end) inside[i] = 1;
  }
  return inside;
}

/**
 * A document's lemmas as views list them, made once per token for one call: the claims of a
 * sentence share them and never change them. Not kept between calls: records held for the whole
 * run outlived every story and cost the young-generation collector more than they saved.
 * Likewise each token's content stem and the phrase it ends: the clauses and dated nouns of one
 * sentence read the same words again, and a phrase string built for each of them was garbage.
 */
interface DocumentWords {
  lemma: (token: number) => ViewLemma;
  /** The token's content stem (`contentStem` of its shared record). */
  stem: (token: number) => string | null;
  /** The phrase of the token's stem after the previous token's. */
  phrase: (token: number, previous: string, current: string) => string;
}

function documentWords(doc: Document): DocumentWords {
  const t = doc.layers.tokens!;
  const known: (ViewLemma | undefined)[] = [];
  const stems: (string | null | undefined)[] = [];
  const phrases: (string | undefined)[] = [];
  const lemma = (token: number) => {
    let l = known[token];
    if (l === undefined) {
      while (known.length <= token) known.push(undefined);
      known[token] = l = { lemma: lowerLemma(t.lemma[token]), token, pos: posName(t.pos[token]) };
    }
    return l;
  };
  return {
    lemma,
    stem: (token) => {
      let s = stems[token];
      if (s === undefined) {
        while (stems.length <= token) stems.push(undefined);
        stems[token] = s = contentStem(lemma(token));
      }
      return s;
    },
    phrase: (token, previous, current) => {
      let p = phrases[token];
      if (p === undefined) {
        while (phrases.length <= token) phrases.push(undefined);
        phrases[token] = p = `${previous} ${current}`;
      }
      return p;
    },
  };
}

/** The stem a content word counts by in a view; null for a word that is not one (a name, a stop or light word). */
function contentStem({ lemma, pos }: ViewLemma): string | null {
  if (!CONTENT_POS.has(pos) || pos === 'PROPN' || STOP_LEMMAS.has(lemma) || (pos === 'VERB' && LIGHT_VERBS.has(lemma)) || lemma.length < 3) return null;
  return stem(lemma);
}

export function claimViews(corpus: Corpus, docIds: Set<string>): ClaimView[] {
  const out: ClaimView[] = [];
  for (const doc of inCorpusOrder(corpus, docIds)) {
    const publisher = corpus.documentPublisher?.get(doc.id) ?? `p:${doc.id}`;
    const mentions = doc.layers.mentions ?? [];
    const t = doc.layers.tokens!;
    // Each mention's entity, looked up once per document: a sentence's mentions are read by each of its claims.
    const entityOfMention = new Array<string | undefined>(mentions.length);
    const entityOf = (index: number | undefined) => {
      if (index === undefined) return null;
      let entity = entityOfMention[index];
      if (entity === undefined) entityOfMention[index] = entity = corpus.mentionEntity?.get(`${doc.id}:${index}`) ?? `${mentions[index].type}:${mentions[index].text.toLowerCase()}`;
      return entity;
    };
    // A slot whose words are not its mention's (a pronoun standing for an earlier actor) was inferred.
    // An object pronoun whose antecedent is in the same sentence ("voiced support for X's efforts,
    // congratulating him") is read, not inferred.
    const inferred = (slot: { start: number; mention?: number } | null | undefined, within?: { start: number; end: number }) => {
      if (!slot || slot.mention === undefined) return false;
      const m = mentions[slot.mention];
      if (!m || m.start === slot.start) return false;
      return !(within && m.start >= within.start && m.end <= within.end);
    };
    // The name a slot stands for: its mention's words ("him" taken for the "Tarek Halvani" of
    // the same sentence reads as that name).
    const sentences = doc.layers.sentences ?? [];
    // Binary search: claims are many in a long article, and each asks once per predicate.
    const sentenceOf = (offset: number) => {
      let lo = 0;
      let hi = sentences.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (sentences[mid].end <= offset) lo = mid + 1;
        else if (sentences[mid].start > offset) hi = mid - 1;
        else return sentences[mid];
      }
      return undefined;
    };
    const slotName = (slot: { text: string; mention?: number } | null | undefined) => (slot ? (slot.mention !== undefined ? mentions[slot.mention]?.text : undefined) ?? slot.text : null);
    const typeOf = (index: number | undefined) => (index === undefined ? null : mentions[index].type);
    // Mentions, paragraphs and quotes by offset: a scan of the whole layer for every claim (and
    // for every word of it) made this quadratic in the document's length. Lookups return the
    // first match in layer order, as the scans did.
    const mentionIndex = new RangeIndex(mentions);
    const words = documentWords(doc);
    const entityAtRange = (r: { start: number; end: number }) => {
      const i = mentionIndex.touching(r.start, r.end).find((k) => mentions[k].start < r.end && r.start < mentions[k].end);
      return i !== undefined ? entityOf(i) : null;
    };
    const inMention = tokensInMentions(doc);
    const paragraphs = (doc.layers.regions ?? []).filter((r) => r.kind === 'body');
    const paragraphIndex = new RangeIndex(paragraphs);
    const paragraphOf = (offset: number) => paragraphIndex.touching(offset, offset).find((k) => paragraphs[k].start <= offset && offset < paragraphs[k].end) ?? -1;
    const quoteIndex = new RangeIndex(doc.layers.quotes ?? []);
    let lastDay: { paragraph: number; time: TimeExpression } | null = null;
    const view = (claim: Claim, nominal: boolean) => {
      const entities = new Set<string>();
      for (const i of mentionIndex.within(claim.sentence.start, claim.sentence.end)) entities.add(entityOf(i)!);
      // The actor of a clause may be a pronoun or left out ("leaving it with ..."): resolved, it
      // is one of the entities the claim is about. Not for speech verbs ("he added", "stating
      // that ..."): what is said matters there, and who says it is a matter of sources.
      const actor = entityOf(claim.actor?.mention);
      if (actor && (!claim.action || actionClass(claim.action.lemma) !== SPEECH_CLASS)) entities.add(actor);
      const stems = new Map<string, number>();
      const phrases = new Set<string>();
      const lemmas: ClaimView['lemmas'] = [];
      // The previous content word, and whether it was the token's shared record.
      let previousToken = -2;
      let previousStem = '';
      let previousShared = false;
      for (let i = firstTokenAt(t.start, claim.sentence.start); i < t.count && t.start[i] < claim.sentence.end; i++) {
        let word = words.lemma(i);
        let shared = true;
        // A verbless event phrase has no verb: an "-ing" word the tagger read as one is the event's
        // noun ("Saturday's killing of X"). A record of its own: token records are shared by claims.
        if (nominal && word.pos === 'VERB' && /ing$/i.test(doc.text.slice(t.start[i], t.end[i]))) {
          word = { lemma: doc.text.slice(t.start[i], t.end[i]).toLowerCase(), token: i, pos: 'NOUN' };
          shared = false;
        }
        lemmas.push(word);
        const s = shared ? words.stem(i) : contentStem(word);
        if (s === null) continue;
        if (inMention[i]) continue;
        stems.set(s, (stems.get(s) ?? 0) + 1);
        const pos = word.pos;
        if (previousToken === i - 1 && pos !== 'NUM') phrases.add(shared && previousShared ? words.phrase(i, previousStem, s) : `${previousStem} ${s}`);
        if (pos === 'NUM') previousToken = -2;
        else { previousToken = i; previousStem = s; previousShared = shared; }
      }
      const times = oneKindList(claim.times, (i) => doc.layers.times![i]);
      const speaker = claim.source.range ? entityAtRange(claim.source.range) : null;
      const paragraph = paragraphOf(claim.sentence.start);
      const ownDay = times.find((x) => x.type === 'DATE' && x.granularity === 'day' && x.earliest);
      let referenceTimes = times;
      if (nominal) { /* a dated noun phrase carries its own time */ }
      else if (ownDay) lastDay = { paragraph, time: ownDay };
      else if (!times.some((x) => x.type === 'DATE' && x.earliest)) {
        const today = inProgressToday(doc, claim, quoteIndex);
        if (today) referenceTimes = [today];
        else if (lastDay && paragraph >= 0 && lastDay.paragraph === paragraph && inSimplePast(doc, claim)) referenceTimes = [lastDay.time];
      }
      const claimSentence = sentenceOf(claim.sentence.start);
      out.push({
        claim,
        doc,
        publisher,
        entities,
        actor,
        actorType: typeOf(claim.actor?.mention),
        actorInferred: inferred(claim.actor),
        speaker,
        target: entityOf(claim.target?.mention),
        places: oneKindList(claim.places, (p) => entityOf(p.mention)!, true),
        action: claim.action ? actionClass(claim.action.lemma) : null,
        predicates: oneKindList(claim.predicates, (p, k) => {
          // Frames written before predicates had agents give the first verb the claim's actor.
          const agent = p.agent !== undefined ? p.agent : k === 0 ? claim.actor : null;
          return {
            cls: actionClass(p.lemma), lemma: p.lemma, surface: doc.text.slice(p.start, p.end), start: p.start, end: p.end,
            agent: entityOf(agent?.mention), agentInferred: inferred(agent), agentText: slotName(agent),
            agentUnstated: inferred(agent, claimSentence) && !PRONOUN_WORD.test(doc.text.slice(claimSentence?.start ?? claim.sentence.start, p.start)),
            target: entityOf(p.target?.mention), targetType: typeOf(p.target?.mention), targetText: slotName(p.target),
            targetInferred: inferred(p.target, claimSentence),
            targetDirect: !!p.target && !PREPOSITION_BETWEEN.test(doc.text.slice(p.end, p.target.start)),
            object: p.object, polarity: p.polarity, passive: p.passive ?? false, mood: p.mood ?? 'asserted',
          };
        }),
        attribution: claim.source.kind === 'speaker'
          ? { kind: 'speaker', name: claim.source.name, ...(speaker ? { entity: speaker } : {}), quoted: claim.source.quoted ?? false }
          : { kind: 'outlet', name: claim.source.name },
        stems,
        times,
        referenceTimes,
        phrases,
        quantities: oneKindList(claim.quantities, (i) => doc.layers.quantities![i]),
        lemmas,
        entityOfMention: entityOf,
      });
    };
    for (const claim of doc.layers.claims ?? []) {
      view(claim, false);
      for (const nominal of datedEventNouns(doc, claim)) view(nominal, true);
    }
  }
  return out;
}

/**
 * A claim whose verb is in the present progressive ("is holding talks") reports what happens on
 * the day the article was published: that day, in the article's own calendar.
 */
function inProgressToday(doc: Document, claim: Claim, quoteIndex: RangeIndex): TimeExpression | null {
  if (!claim.action || !doc.meta.published || claim.source.kind !== 'outlet') return null;
  const action = claim.action;
  const quotes = doc.layers.quotes ?? [];
  if (quoteIndex.touching(action.start, action.end).some((k) => quotes[k].start <= action.start && action.end <= quotes[k].end)) return null;
  const verb = doc.text.slice(claim.action.start, claim.action.end);
  const before = doc.text.slice(Math.max(0, claim.action.start - 24), claim.action.start);
  if (!/ing$/i.test(verb) || !/\b(?:is|are|am)\s+(?:\w+ly\s+)?$/i.test(before)) return null;
  const day = doc.meta.published.slice(0, 10);
  return { start: claim.action.start, end: claim.action.end, text: verb, type: 'DATE', value: day, granularity: 'day', earliest: day, latest: day, anchor: 'publication' };
}

/**
 * A narrative clause in the simple past ("This marked his second visit") continues the time the
 * paragraph set; the present perfect or present ("have caused", "is") steps out of it.
 */
function inSimplePast(doc: Document, claim: Claim): boolean {
  if (!claim.action || claim.source.kind !== 'outlet') return false;
  const verb = doc.text.slice(claim.action.start, claim.action.end).toLowerCase();
  const before = doc.text.slice(Math.max(0, claim.action.start - 20), claim.action.start).toLowerCase();
  if (/\b(?:has|have|had|will|would|to|is|are|am|be|can|could|may|might|must|should)\s+(?:\w+ly\s+|not\s+)?$/.test(before)) return false;
  if (verb === 'was' || verb === 'were') return true;
  return verb !== claim.action.lemma.toLowerCase() && !/(?:s|ing)$/.test(verb);
}
