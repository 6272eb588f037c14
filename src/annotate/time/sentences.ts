import type { Range } from '../../model/span.js';

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREV = /\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sen|Rep|Gov|St|Jr|Sr|Inc|Corp|Co|Ltd|No|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|U\.N|a\.m|p\.m)\.$/;

/**
 * Splits a range into sentence-sized pieces for tense and event look-ups. Ranges handed in by
 * the pipeline are sentences already and come back whole unless they hold line breaks.
 */
export function splitSentences(text: string, range: Range): Range[] {
  const out: Range[] = [];
  let start = range.start;
  const boundary = /[.!?]["'\u201d)\]]*\s+(?=["'\u201c(]?[A-Z0-9])|\n\s*/g;
  boundary.lastIndex = range.start;
  const slice = text.slice(0, range.end);
  for (let m = boundary.exec(slice); m; m = boundary.exec(slice)) {
    const end = m.index + m[0].length;
    if (m[0][0] === '.' && ABBREV.test(slice.slice(Math.max(range.start, m.index - 6), m.index + 1))) continue;
    if (m.index + 1 > start) out.push({ start, end: m[0][0] === '\n' ? m.index : m.index + 1 });
    start = end;
  }
  if (start < range.end) out.push({ start, end: range.end });
  return out.filter((r) => r.end > r.start);
}
