import type { Range } from './span.js';

/** CoNLL's four types plus what news analysis needs. */
export type EntityType = 'PER' | 'ORG' | 'LOC' | 'FAC' | 'GPE' | 'NORP' | 'MISC';

/** An entity mention in one document, in original offsets. */
export interface Mention extends Range {
  id: string;
  type: EntityType;
  text: string;
  /** A title or role attached in the text ("Kremlin spokesman"), with its range. */
  role?: { text: string; start: number; end: number };
  /** Tagger confidence in [0, 1], when the method gives one. */
  confidence?: number;
}
