import type { CleanedSegment, CleanedText } from '../model/document.js';
import type { Range } from '../model/span.js';

export const SEGMENT_SEPARATOR = '\n\n';

/** Joins body ranges of the original into one string and keeps the map back to the original. */
export function buildCleanedText(original: string, body: Range[]): CleanedText {
  const segments: CleanedSegment[] = [];
  const parts: string[] = [];
  let at = 0;
  for (const r of body) {
    if (parts.length) at += SEGMENT_SEPARATOR.length;
    segments.push({ cleanStart: at, origStart: r.start, length: r.end - r.start });
    parts.push(original.slice(r.start, r.end));
    at += r.end - r.start;
  }
  return { text: parts.join(SEGMENT_SEPARATOR), segments };
}

/**
 * Maps an offset in the cleaned text to the original. Offsets in a separator map to the end of
 * the segment before it; binary search keeps long documents fast.
 */
export function toOriginal(cleaned: CleanedText, offset: number): number {
  const segs = cleaned.segments;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segs[mid].cleanStart <= offset) lo = mid;
    else hi = mid - 1;
  }
  const s = segs[lo];
  if (!s) return offset;
  return s.origStart + Math.min(Math.max(0, offset - s.cleanStart), s.length);
}
