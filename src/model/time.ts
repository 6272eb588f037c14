import type { Range } from './span.js';

export type TimeType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export type Granularity =
  | 'instant' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'part-of-month' | 'season' | 'part-of-year'
  | 'quarter' | 'year' | 'decade' | 'century' | 'interval' | 'duration' | 'set' | 'unknown';

/** How the value was anchored: absolute in the text, on the publication date, or on an event the text dates. */
export type AnchorKind = 'absolute' | 'publication' | 'event' | 'none';

/** A time expression normalised to a TimeML-like value. */
export interface TimeExpression extends Range {
  text: string;
  type: TimeType;
  /** TimeML value: "2026-01-28", "2025-10", "2025-Q4", "2019-WI", "PRESENT_REF", "P15D", "XXXX-XX-XXTMO"... */
  value: string;
  granularity: Granularity;
  /** Calendar bounds (ISO dates, inclusive) when the value is a point or interval on the calendar. */
  earliest?: string;
  latest?: string;
  anchor: AnchorKind;
  /** For an event anchor, the range of the phrase naming the event and the value it took. */
  anchorEvidence?: Range & { value: string };
  /** For intervals: "from", "since", "until". */
  modifier?: 'START' | 'END' | 'MID' | 'APPROX' | 'BEFORE' | 'AFTER' | 'EQUAL_OR_LESS' | 'EQUAL_OR_MORE' | 'LESS_THAN' | 'MORE_THAN' | 'SINCE' | 'UNTIL';
}
