import type { Range } from './span.js';

/**
 * A sentence-level statement as a frame. Values are surface forms plus ranges; entity ids are
 * filled by `resolve`, which links mentions to corpus entities.
 */
export interface Claim {
  id: string;
  doc: string;
  /** The sentence the claim comes from. */
  sentence: Range;
  actor: FrameSlot | null;
  /** The action as lemma ("withdraw", "congratulate") and where its verb is. */
  action: { lemma: string; start: number; end: number } | null;
  target: FrameSlot | null;
  /**
   * Every content verb of the sentence with its own object: "voiced support ..., congratulating
   * him on ..." holds two predicates, and a source may report either.
   */
  predicates: Predicate[];
  places: FrameSlot[];
  /** Normalised time values (indices into the document's `times` layer). */
  times: number[];
  /** Indices into the document's `quantities` layer. */
  quantities: number[];
  /**
   * The outlet itself, or a speaker whose words the claim is: quoted (the predicate sits inside
   * quotation marks) or reported ("X said that ..."; the predicate sits in the reported content).
   */
  source: { kind: 'outlet' | 'speaker'; name: string; range?: Range; quoted?: boolean };
  polarity: 'positive' | 'negative';
  /** A hedge or modal ("reportedly", "may", "has yet to"): the claim is not asserted as fact. */
  hedge: string | null;
}

export interface FrameSlot extends Range {
  text: string;
  /** Index into the document's `mentions` layer when the slot is an entity mention. */
  mention?: number;
  /** Corpus entity id, set by `resolve`. */
  entity?: string;
}

export interface Predicate {
  lemma: string;
  start: number;
  end: number;
  /**
   * Who does it: the clause subject for an active verb, the "by" phrase of a passive one ("X was
   * attacked by Y": Y). Null when the text does not say.
   */
  agent?: FrameSlot | null;
  /** Whom or what it is done to: the object, or the subject of a passive verb. */
  target: FrameSlot | null;
  /** "was attacked", "has been arrested": roles come from the passive construction. */
  passive?: boolean;
  /** Lemma of the object's head noun when the object is not an entity ("signed the decree"). */
  object: string | null;
  polarity: 'positive' | 'negative';
}
