import type { EntityType, Mention } from '../model/mention.js';
import { type MentionKind, mentionNumber } from './mention-kind.js';
import type { ChainPredicates } from './predicates.js';

/** A mention as the resolver sees it: where it is, what it is made of. */
export interface MentionNode {
  doc: string;
  index: number;
  mention: Mention;
  kind: MentionKind;
  head: string;
  /** Index of the sentence it lies in, -1 when outside every sentence. */
  sentence: number;
  /** The type coreference gave it, where that overrides the tagger's. */
  type?: EntityType;
}

/** A node's type: the resolver's repair where it made one, else the tagger's. */
export function nodeType(node: MentionNode): EntityType {
  return node.type ?? node.mention.type;
}

/** A within-document coreference chain: the unit that cross-document clustering merges. */
export interface Chain {
  id: number;
  doc: string;
  type: EntityType;
  nodes: MentionNode[];
  /** Surface forms of the name mentions. */
  names: string[];
  /** Head lemmas of the nominal mentions ("spokesman", "actress"). */
  nominalHeads: Set<string>;
  /** Lowercased head words of the names ("navy" for "the Navy", "gulf" for "Gulf of Aden"). */
  nameHeads: Set<string>;
  roles: { text: string; start: number; end: number }[];
  /** Grammatical gender the text gives the chain (pronouns, gendered nouns), when it gives one. */
  gender?: 'm' | 'f';
  /** How many mentions said the chain's gender: one stray pronoun is weak evidence. */
  genderVotes?: number;
  /** The verbs of its sentences and the ones it is subject or complement of, when the document has tokens. */
  predicates?: ChainPredicates;
}

export function chainKey(chain: Chain): string {
  return `${chain.doc}#${chain.id}`;
}

/** Types that can name one thing: a country is GPE to one tagger and LOC to another. */
export function typesCompatible(a: EntityType, b: EntityType): boolean {
  if (a === b) return true;
  const place = new Set<EntityType>(['LOC', 'GPE', 'FAC']);
  return place.has(a) && place.has(b);
}

const numbers = new WeakMap<Chain, { sg: number; pl: number; size: number }>();

/**
 * The number a chain's mentions show ("the guards ... they" plural; a person's name, "he" singular),
 * undefined when they show none or disagree evenly.
 */
export function chainNumber(chain: Chain): 'sg' | 'pl' | undefined {
  let votes = numbers.get(chain);
  if (!votes || votes.size !== chain.nodes.length) {
    votes = { sg: 0, pl: 0, size: chain.nodes.length };
    for (const node of chain.nodes) {
      const n = node.kind === 'name' ? (chain.type === 'PER' ? 'sg' : null) : mentionNumber(node.mention.text, node.kind);
      if (n) votes[n]++;
    }
    numbers.set(chain, votes);
  }
  return votes.pl > votes.sg ? 'pl' : votes.sg > votes.pl ? 'sg' : undefined;
}
