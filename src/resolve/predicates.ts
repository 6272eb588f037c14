import { type Document, POS_TAGS } from '../model/document.js';
import { lemmaOf } from '../annotate/tokens/vocabulary.js';
import type { Chain } from './chain.js';

/**
 * The events a chain takes part in, read off the words of its sentences: articles about one event
 * name its participants differently ("the actress checked into rehab" / "Lohan entered the
 * clinic") but put them in the same roles of the same verbs. Verb lemmas come from the product's
 * own tokens (POS and lemma), never from annotation.
 */
export interface ChainPredicates {
  /** Governing verb lemma with the chain's position: `enter>` (subject, before it), `<enter` (after it). */
  governing: Set<string>;
  /** Content verb lemmas of the sentences the chain is mentioned in. */
  verbs: Set<string>;
}

const VERB = POS_TAGS.indexOf('VERB');
const AUX = POS_TAGS.indexOf('AUX');
const ADV = POS_TAGS.indexOf('ADV');
const PART = POS_TAGS.indexOf('PART');
const ADP = POS_TAGS.indexOf('ADP');
const DET = POS_TAGS.indexOf('DET');
const ADJ = POS_TAGS.indexOf('ADJ');
const NUM = POS_TAGS.indexOf('NUM');

/** Verbs every story uses: they say nothing about which event a sentence reports. */
const LIGHT_VERBS = new Set([
  'be', 'have', 'do', 'say', 'tell', 'report', 'make', 'get', 'go', 'come', 'take', 'give', 'know', 'see',
  'accord', 'add', 'include', 'become', 'seem', 'appear', 'want', 'need', 'try', 'use', 'think', 'believe',
  'call', 'ask', 'let', 'keep', 'put', 'begin', 'start', 'continue', 'show', 'find', 'expect', 'will', 'can',
  'may', 'would', 'should', 'could', 'must', 'might', 'state', 'confirm', 'announce', 'note', 'name', 'identify',
]);

/** Tokens a subject may stand before its verb across ("X has reportedly been arrested"). */
const BETWEEN_SUBJECT_AND_VERB = new Set([AUX, ADV, PART]);
/** Tokens between a verb and the object or prepositional complement after it. */
const BETWEEN_VERB_AND_OBJECT = new Set([ADP, DET, ADJ, NUM, ADV, PART]);
const REACH = 4;

function contentVerb(lemma: string): boolean {
  return lemma.length > 1 && /^[a-z][a-z-]*$/.test(lemma) && !LIGHT_VERBS.has(lemma);
}

/** Fills each chain's predicates from the document's tokens; leaves chains untouched without them. */
export function attachPredicates(doc: Document, chains: Chain[]): void {
  const tokens = doc.layers.tokens;
  const sentences = doc.layers.sentences;
  if (!tokens || !sentences || tokens.count === 0) return;
  const verbsOf = new Map<number, Set<string>>();
  for (let t = 0; t < tokens.count; t++) {
    // The tagger calls some capitalised names verbs ("Ford", "Promises").
    if (tokens.pos[t] !== VERB || !/[a-z]/.test(doc.text[tokens.start[t]] ?? '')) continue;
    const lemma = lemmaOf(tokens.lemma[t]).toLowerCase();
    if (!contentVerb(lemma)) continue;
    const s = tokens.sentence[t];
    verbsOf.set(s, (verbsOf.get(s) ?? new Set()).add(lemma));
  }
  const firstAtOrAfter = (offset: number): number => {
    let lo = 0;
    let hi = tokens.count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens.start[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  for (const chain of chains) {
    const governing = new Set<string>();
    const verbs = new Set<string>();
    for (const node of chain.nodes) {
      const first = firstAtOrAfter(node.mention.start);
      if (first >= tokens.count) continue;
      const sentence = tokens.sentence[first];
      for (const v of verbsOf.get(sentence) ?? []) verbs.add(v);
      let last = first;
      while (last + 1 < tokens.count && tokens.start[last + 1] < node.mention.end) last++;
      const role = governingVerb(doc.text, tokens, first, last, sentence);
      if (role) governing.add(role);
    }
    chain.predicates = { governing, verbs };
  }
}

type Tokens = NonNullable<Document['layers']['tokens']>;

/** The verb the mention is a complement of (just before it), else the verb it is subject of (just after it). */
function lowercase(text: string, tokens: Tokens, t: number): boolean {
  return /[a-z]/.test(text[tokens.start[t]] ?? '');
}

function governingVerb(text: string, tokens: Tokens, first: number, last: number, sentence: number): string | null {
  for (let t = first - 1; t >= Math.max(0, first - REACH) && tokens.sentence[t] === sentence; t--) {
    if (tokens.pos[t] === VERB) {
      const lemma = lemmaOf(tokens.lemma[t]).toLowerCase();
      return contentVerb(lemma) && lowercase(text, tokens, t) ? `<${lemma}` : null;
    }
    if (!BETWEEN_VERB_AND_OBJECT.has(tokens.pos[t])) break;
  }
  for (let t = last + 1; t < Math.min(tokens.count, last + 1 + REACH) && tokens.sentence[t] === sentence; t++) {
    if (tokens.pos[t] === VERB) {
      const lemma = lemmaOf(tokens.lemma[t]).toLowerCase();
      return contentVerb(lemma) && lowercase(text, tokens, t) ? `${lemma}>` : null;
    }
    if (!BETWEEN_SUBJECT_AND_VERB.has(tokens.pos[t])) break;
  }
  return null;
}

/** The verb of a governing entry (`<enter`, `enter>`). */
export function verbOf(governing: string): string {
  return governing.replace(/^<|>$/g, '');
}

/**
 * How rare each verb is among the documents clustered together (log inverse document frequency):
 * sharing "enter" says more than sharing "kill" in a topic about killings.
 */
export function verbRarity(chains: Chain[]): Map<string, number> {
  const docsOf = new Map<string, Set<string>>();
  const docs = new Set<string>();
  for (const chain of chains) {
    docs.add(chain.doc);
    for (const v of chain.predicates?.verbs ?? []) docsOf.set(v, (docsOf.get(v) ?? new Set()).add(chain.doc));
  }
  const rarity = new Map<string, number>();
  for (const [v, ds] of docsOf) rarity.set(v, Math.log((docs.size + 1) / ds.size));
  return rarity;
}
