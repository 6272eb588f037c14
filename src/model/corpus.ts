import type { DocId, Span } from './span.js';
import type { Document } from './document.js';
import type { EntityType } from './mention.js';
import type { Granularity } from './time.js';

/** A mention's address: document and index into its `mentions` layer. */
export interface MentionRef {
  doc: DocId;
  index: number;
}

/** One real-world actor, place or group: every spelling attached. */
export interface Entity {
  id: string;
  type: EntityType;
  /** The most complete, most frequent well-formed form. */
  name: string;
  aliases: string[];
  mentions: MentionRef[];
  roles: { text: string; evidence: Span }[];
  /** Gazetteer link for places, when unambiguous. */
  geo?: { name: string; country: string; lat: number; lon: number };
}

/** A candidate pair the resolver could not decide: shown, not merged. */
export interface PossibleAlias {
  a: string;
  b: string;
  score: number;
  reason: string;
}

export interface Story {
  id: string;
  title: string;
  documents: DocId[];
}

/** A group of documents that count as one publisher: an original and its syndicated copies. */
export interface Publisher {
  id: string;
  name: string;
  /** The document that stands for the publisher in corroboration counts. */
  original: DocId;
  copies: { doc: DocId; reason: string }[];
}

/**
 * Whether independent publishers report the event: `corroborated` by two or more (even when
 * they disagree on one of its attributes, listed in `attributeConflicts`), `single-source`, or
 * `conflicting` when they disagree on whether it happened at all (a polarity conflict).
 */
export type ClaimStatus = 'corroborated' | 'single-source' | 'conflicting';
/** Contradictions: two aligned claims that cannot both be true, differing in one slot. */
export type ConflictKind = 'actor' | 'number' | 'date' | 'place' | 'polarity';
/**
 * Differences that are not contradictions, shown side by side: two descriptions of one situation
 * that pull apart (`tension`), one speaker's words quoted in two wordings (`wording`), a figure
 * reported later as changed (`update`), one person's name written one way by some outlets and
 * another way by others (`spelling`).
 */
export type DivergenceKind = 'tension' | 'wording' | 'update' | 'spelling';

/** Whose words a claim is: the outlet's own reporting, or a source it quotes or reports. */
export interface Attribution {
  kind: 'outlet' | 'speaker';
  /** The outlet's name, or the speaker as the text names them. */
  name: string;
  /** Resolved entity of the speaker. */
  entity?: string;
  /** Direct quotation (in quotation marks) rather than reported speech. */
  quoted?: boolean;
}

/** A fact as aligned across a story's documents. */
export interface AlignedClaim {
  id: string;
  story: string;
  text: string;
  status: ClaimStatus;
  /** Independent publishers asserting it. */
  publishers: string[];
  /** Per-document claim ids, e.g. "doc:3". */
  members: { doc: DocId; claim: string; publisher: string; evidence: Span }[];
  /** Claims of other publishers that may report the same fact, too weakly matched to align: shown, not counted. */
  unclear?: string[];
  /** How much the claim is worth checking, 0..1: numbers, dates, named actors, legal or causal statements first. */
  checkworthiness?: number;
  /** Whose words the lead member is. */
  attribution?: Attribution;
  /** Conflicts on one attribute (when, where, how many, who) of an event the publishers otherwise agree on. */
  attributeConflicts?: string[];
}

export interface ConflictSide {
  publisher: string;
  value: string;
  evidence: Span;
  claim?: string;
  /** Set when the side is a copy of another document that changed what the original says. */
  alteredCopyOf?: string;
  /**
   * The outlet that ran the altered copy, when the copy names one: a copy counts for its
   * original's publisher, but the reader must see who published the changed text.
   */
  copiedBy?: string;
  /** Publication time of the side's document (ISO 8601), when known. */
  published?: string | null;
  /** Whose words the side is: the outlet's, or a speaker's it quotes or reports. */
  attribution?: Attribution;
}

export interface Conflict {
  id: string;
  story: string;
  kind: ConflictKind;
  /** What the sides disagree about, in a few words. */
  about: string;
  sides: ConflictSide[];
}

/** A difference shown side by side that is not a contradiction (see DivergenceKind). */
export interface Divergence {
  id: string;
  story: string;
  kind: DivergenceKind;
  about: string;
  /** For an update, in publication order: the figure's history. */
  sides: ConflictSide[];
}

export interface TimelineEntry {
  story: string;
  /** TimeML value; `earliest`/`latest` bound it on the calendar. */
  date: string;
  earliest: string;
  latest: string;
  granularity: Granularity;
  what: string;
  evidence: Span[];
  anchor: string;
}

export interface Warning {
  document: DocId;
  kind: 'spelling-variants' | 'misattributed-actor' | 'internal-contradiction' | 'input' | string;
  message: string;
  evidence: Span[];
}

/**
 * How many documents of the whole corpus carry each term, for a run over part of it (the live
 * store's update window): the story grouper then weighs a term as a run over the whole corpus
 * would. Entity names (the grouper's name keys) and content lemmas; a term missing here counts
 * as the run's own documents say.
 */
export interface CorpusTermStats {
  documents: number;
  entities: Map<string, number>;
  lemmas: Map<string, number>;
}

/** Everything the corpus stages produce, over the documents the per-document stages annotated. */
export interface Corpus {
  documents: Document[];
  /** Set by the caller when the run covers part of a larger corpus (see CorpusTermStats). */
  termStats?: CorpusTermStats;
  entities?: Entity[];
  /** Mention (doc:index) to entity id. */
  mentionEntity?: Map<string, string>;
  possibleAliases?: PossibleAlias[];
  stories?: Story[];
  publishers?: Publisher[];
  /** Document id to publisher id. */
  documentPublisher?: Map<DocId, string>;
  claims?: AlignedClaim[];
  conflicts?: Conflict[];
  divergences?: Divergence[];
  timeline?: TimelineEntry[];
  warnings?: Warning[];
}

export type CorpusLayerName = Exclude<keyof Corpus, 'documents'>;
