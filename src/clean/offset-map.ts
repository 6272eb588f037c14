import type { CleanedSegment, CleanedText } from '../model/document.js';
import type { Range } from '../model/span.js';
import { foldRange, hiddenTextFindings } from './matching-text.js';

export const SEGMENT_SEPARATOR = '\n\n';

/**
 * Joins body ranges of the original into one string folded for matching, and keeps the map back
 * to the original: each range is a paragraph, cut into segments where folding removed or changed
 * a character.
 */
export function buildCleanedText(original: string, body: Range[]): CleanedText {
  const segments: CleanedSegment[] = [];
  const parts: string[] = [];
  const hidden: NonNullable<CleanedText['hidden']> = [];
  let at = 0;
  for (const r of body) {
    if (parts.length) {
      parts.push(SEGMENT_SEPARATOR);
      at += SEGMENT_SEPARATOR.length;
    }
    for (const piece of foldRange(original, r.start, r.end)) {
      const segment: CleanedSegment = { cleanStart: at, origStart: piece.origStart, length: piece.text.length };
      if (piece.origLength !== piece.text.length) segment.origLength = piece.origLength;
      segments.push(segment);
      parts.push(piece.text);
      at += piece.text.length;
    }
    hidden.push(...hiddenTextFindings(original, r.start, r.end));
  }
  return { text: parts.join(''), segments, ...(hidden.length ? { hidden } : {}) };
}

function segmentAt(cleaned: CleanedText, offset: number): CleanedSegment | undefined {
  const segs = cleaned.segments;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segs[mid].cleanStart <= offset) lo = mid;
    else hi = mid - 1;
  }
  return segs[lo];
}

/**
 * Maps an offset in the cleaned text (a span's start) to the original. Offsets in a separator
 * map to the end of the segment before it; binary search keeps long documents fast.
 */
export function toOriginal(cleaned: CleanedText, offset: number): number {
  const s = segmentAt(cleaned, offset);
  if (!s) return offset;
  const delta = Math.max(0, offset - s.cleanStart);
  if (delta >= s.length) return s.origStart + (s.origLength ?? s.length);
  return s.origStart + (s.origLength === undefined ? delta : 0);
}

/**
 * Maps a span's end (exclusive) to the original: the end of the last character it covers, so a
 * span never swallows an invisible character that follows it ("Governor" before a bidi pop).
 */
export function toOriginalEnd(cleaned: CleanedText, end: number): number {
  if (end <= 0) return toOriginal(cleaned, end);
  const s = segmentAt(cleaned, end - 1);
  if (!s) return end;
  const delta = end - 1 - s.cleanStart;
  if (delta >= s.length) return s.origStart + (s.origLength ?? s.length);
  return s.origLength === undefined ? s.origStart + delta + 1 : s.origStart + s.origLength;
}

/** The paragraphs of the cleaned text, as ranges of it: segments that follow each other without a separator. */
export function paragraphs(cleaned: CleanedText): Range[] {
  const out: Range[] = [];
  for (const s of cleaned.segments) {
    const last = out[out.length - 1];
    if (last && last.end === s.cleanStart) last.end = s.cleanStart + s.length;
    else out.push({ start: s.cleanStart, end: s.cleanStart + s.length });
  }
  return out;
}
