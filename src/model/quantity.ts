import type { Range } from './span.js';

/** A number with its unit and, where the text says, what it counts. */
export interface Quantity extends Range {
  text: string;
  value: number;
  /** Upper bound when a range is given ("10 to 12"). */
  valueMax?: number;
  /** "USD", "percent", "day", "km", or the counted noun when no unit applies. */
  unit: string | null;
  /** What is counted ("combat sorties", "detainees"), from the noun phrase around the number. */
  counts: string | null;
  /** "over", "at least", "about", "nearly"... as written, null when exact. */
  approximation: string | null;
  kind: 'money' | 'percent' | 'duration' | 'count' | 'measure' | 'ordinal';
}
