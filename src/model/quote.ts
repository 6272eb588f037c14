import type { Range } from './span.js';

/** Something someone said, directly or reported, with the speaker as written and the cue verb. */
export interface Quote extends Range {
  kind: 'direct' | 'reported';
  /** The quoted or reported content. */
  content: Range;
  speaker: string | null;
  speakerRange: Range | null;
  cue: string | null;
}

/** A hedge or attribution cue ("reportedly", "according to", "allegedly"). */
export interface Hedge extends Range {
  cue: string;
}
