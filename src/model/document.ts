import type { DocId, Range } from './span.js';
import type { Mention } from './mention.js';
import type { TimeExpression } from './time.js';
import type { Quantity } from './quantity.js';
import type { Quote, Hedge } from './quote.js';
import type { Claim } from './claim.js';

export type InputFormat = 'text' | 'html' | 'jsonl' | 'feed';

/** Metadata read at ingest. Every field may be null: abstain rather than invent. */
export interface DocumentMeta {
  title: string | null;
  byline: string | null;
  outlet: string | null;
  url: string | null;
  /** ISO 8601 with offset when a zone is known ("2026-01-28T18:46:00+03:00"), else a date ("2026-01-28"). */
  published: string | null;
  /** How much of `published` the source gave. */
  publishedPrecision: 'datetime' | 'date' | null;
  /** Zone name or offset as written ("EAT", "+03:00"); null when the source gives none. */
  zone: string | null;
  /** ISO 639-1 code, or "und" when undetermined. */
  language: string;
  /** The original publisher named by a credit line of a syndicated copy, else null. */
  syndicatedFrom: string | null;
  /** Where the metadata came from, span by span: lets a reader click through. */
  evidence: Partial<Record<'title' | 'byline' | 'published' | 'syndicatedFrom' | 'outlet', Range>>;
}

/**
 * Zones of the original text. `body` is what later stages read; `boilerplate` is debris kept
 * aside with the reason it was recognised; `heading` is a section heading (never a sentence).
 */
export type RegionKind = 'title' | 'byline' | 'dateline' | 'section' | 'heading' | 'body' | 'boilerplate' | 'credit';

export interface Region extends Range {
  kind: RegionKind;
  /** Why a boilerplate region was recognised ("advert marker", "contact line", ...). */
  reason?: string;
}

/**
 * Tokens stored column-wise (as wink-nlp does): parallel typed arrays keep a 10,000-article
 * corpus compact and fast to scan.
 */
export interface TokenColumns {
  count: number;
  start: Int32Array;
  end: Int32Array;
  /** Universal POS tag id per token; see `POS_TAGS`. */
  pos: Uint8Array;
  /** Index of the sentence each token belongs to. */
  sentence: Int32Array;
  /** Lemma per token, as ids into the process-wide lemma vocabulary (`src/annotate/tokens/vocabulary.ts`). */
  lemma: Uint32Array;
}

export const POS_TAGS = [
  'X', 'ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN',
  'PUNCT', 'SCONJ', 'SYM', 'VERB', 'SPACE',
] as const;
export type PosTag = (typeof POS_TAGS)[number];

export interface Sentence extends Range {
  /** First token index and one past the last, into `TokenColumns`. */
  tokenStart: number;
  tokenEnd: number;
}

/** The original input, its metadata, and the annotation layers stages add to it. */
export interface Document {
  id: DocId;
  /** Where it came from: a path, `path#line` for JSON lines, `path#item` for feeds. */
  source: string;
  format: InputFormat;
  /** The original input text every span points into (for HTML: the page's text content). */
  text: string;
  meta: DocumentMeta;
  /** SHA-256 hex of the original text. */
  contentHash: string;
  layers: DocumentLayers;
}

/** Annotation layers, filled by the stages that declare them in `produces`. */
export interface DocumentLayers {
  regions?: Region[];
  /** The body as one string for annotators, with the map back to original offsets. */
  cleaned?: CleanedText;
  sentences?: Sentence[];
  tokens?: TokenColumns;
  mentions?: Mention[];
  times?: TimeExpression[];
  quantities?: Quantity[];
  quotes?: Quote[];
  hedges?: Hedge[];
  claims?: Claim[];
}

export type LayerName = keyof DocumentLayers;

/**
 * One contiguous piece of cleaned text and where it sits in the original. Segments follow each
 * other without a gap inside a paragraph (the folding for matching removed or changed a
 * character between them); paragraphs are joined by a separator.
 */
export interface CleanedSegment {
  cleanStart: number;
  origStart: number;
  /** Length in the cleaned text. */
  length: number;
  /** Length in the original when it differs (a character folded to another length); its offsets inside map to its start. */
  origLength?: number;
}

export interface CleanedText {
  /** The body folded for matching (no invisible characters, NFKC); the original keeps them. */
  text: string;
  segments: CleanedSegment[];
  /** Bidi overrides and mixed-script look-alike words found in the body, in original offsets. */
  hidden?: { kind: 'bidi-override' | 'mixed-script'; start: number; end: number }[];
}
