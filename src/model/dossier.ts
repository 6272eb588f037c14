import type { DocId, Evidence, Range } from './span.js';
import type { Attribution, ClaimStatus, ConflictKind, DivergenceKind } from './corpus.js';
import type { EntityType } from './mention.js';
import type { Granularity, TimeType } from './time.js';
import type { RegionKind } from './document.js';

/**
 * The dossier: the product's contract. JSON, Markdown, HTML, the API and the web UI all render
 * this one structure. Every evidence item points into a document's original text.
 */
export interface Dossier {
  generator: { name: 'triangulate'; version: string; createdAt: string };
  documents: DossierDocument[];
  stories: DossierStory[];
  /** Per-input errors: the batch went on without these inputs. */
  errors: { input: string; error: string; message: string }[];
}

export interface DossierDocument {
  id: DocId;
  source: string;
  format: string;
  title: string | null;
  outlet: string | null;
  byline: string | null;
  url: string | null;
  published: string | null;
  publishedPrecision: 'datetime' | 'date' | null;
  zone: string | null;
  language: string;
  syndicatedFrom: string | null;
  /** Independent publisher this document counts for. */
  publisher: string | null;
  /** Regions of the original text: boilerplate (with reason), headings, title, byline, dateline... */
  spans: { kind: RegionKind; start: number; end: number; text: string; reason?: string }[];
  /** Length of the original text; the text itself is in `text` when the dossier includes sources. */
  length: number;
  text?: string;
  stats: { sentences: number; tokens: number; mentions: number; times: number; quotes: number; claims: number };
}

export interface DossierStory {
  id: string;
  title: string;
  documents: DocId[];
  /** From the earliest to the latest publication date of its documents. */
  published: { earliest: string | null; latest: string | null };
  publishers: DossierPublisher[];
  entities: DossierEntity[];
  possibleAliases: { a: string; b: string; score: number; reason: string }[];
  claims: DossierClaim[];
  conflicts: DossierConflict[];
  /** Differences that are not contradictions: tensions, wordings of one quotation, updates. */
  divergences: DossierDivergence[];
  timeline: DossierTimelineEntry[];
  quotes: DossierQuote[];
  quantities: DossierQuantity[];
  warnings: DossierWarning[];
  /** Who acts on whom: edges between entities from claim frames. */
  actorGraph: { source: string; target: string; action: string; claims: string[] }[];
}

export interface DossierPublisher {
  id: string;
  name: string;
  original: DocId;
  copies: { document: DocId; reason: string }[];
}

export interface DossierEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  roles: { text: string; evidence: Evidence }[];
  mentions: Evidence[];
  geo?: { name: string; country: string; lat: number; lon: number };
}

export interface DossierClaim {
  id: string;
  /** The claim's own words: a sentence, or one clause of it ("releasing the reservoir into the gorge"). */
  text: string;
  /**
   * The whole sentence when the claim is one clause of it, with where the clause lies in it:
   * a clause without its subject reads only within its sentence.
   */
  sentence?: ClaimSentence;
  status: ClaimStatus;
  /** Independent publishers asserting the claim (ids into `publishers`). */
  publishers: string[];
  actor: string | null;
  action: string | null;
  target: string | null;
  polarity: 'positive' | 'negative';
  hedge: string | null;
  /** The claim's own date (TimeML value) when its sentence gives one, else null. */
  when: string | null;
  evidence: (Evidence & { publisher: string })[];
  /** Conflicts about this claim; with status `corroborated` they are about one attribute of an agreed event. */
  conflicts: string[];
  /** 0..1: numbers, dates, named actors, legal and causal statements rank before colour and opinion. */
  checkworthiness: number;
  /** Whose words the claim is: the outlet's own reporting or a source's. */
  attribution: Attribution;
  /** Claims that may report the same fact but were too weakly matched to align ("unclear"). */
  unclear: string[];
}

export interface ClaimSentence {
  text: string;
  /** The clause's offsets within `text`. */
  clauseStart: number;
  clauseEnd: number;
}

export interface DossierSide {
  publisher: string;
  value: string;
  evidence: Evidence;
  claim?: string;
  alteredCopyOf?: string;
  /** The outlet that ran the altered copy (ConflictSide.copiedBy). */
  copiedBy?: string;
  /** Publication time of the side's document. */
  published: string | null;
  attribution?: Attribution;
}

export interface DossierConflict {
  id: string;
  kind: ConflictKind;
  about: string;
  sides: DossierSide[];
}

export interface DossierDivergence {
  id: string;
  kind: DivergenceKind;
  about: string;
  /** For an update, in publication order. */
  sides: DossierSide[];
}

export interface DossierTimelineEntry {
  date: string;
  earliest: string;
  latest: string;
  granularity: Granularity;
  type?: TimeType;
  what: string;
  anchor: string;
  evidence: Evidence[];
}

export interface DossierQuote {
  kind: 'direct' | 'reported';
  speaker: string | null;
  /** Entity id of the speaker when resolved. */
  entity: string | null;
  cue: string | null;
  content: string;
  evidence: Evidence;
  contentRange: Range;
}

export interface DossierQuantity {
  value: number;
  valueMax?: number;
  unit: string | null;
  counts: string | null;
  approximation: string | null;
  kind: string;
  evidence: Evidence;
}

export interface DossierWarning {
  document: DocId;
  kind: string;
  message: string;
  evidence: Evidence[];
}
