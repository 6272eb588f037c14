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

export type ClaimStatus = 'corroborated' | 'single-source' | 'conflicting';
export type ConflictKind = 'actor' | 'number' | 'date' | 'place' | 'polarity' | 'statement';

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
}

export interface ConflictSide {
  publisher: string;
  value: string;
  evidence: Span;
  claim?: string;
  /** Set when the side is a copy of another document that changed what the original says. */
  alteredCopyOf?: string;
}

export interface Conflict {
  id: string;
  story: string;
  kind: ConflictKind;
  /** What the sides disagree about, in a few words. */
  about: string;
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

/** Everything the corpus stages produce, over the documents the per-document stages annotated. */
export interface Corpus {
  documents: Document[];
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
  timeline?: TimelineEntry[];
  warnings?: Warning[];
}

export type CorpusLayerName = Exclude<keyof Corpus, 'documents'>;
