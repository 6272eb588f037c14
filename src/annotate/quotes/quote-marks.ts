import type { Range } from '../../model/span.js';
import { firstTokenAt } from '../tokens/tokenize.js';

/** A stretch between an opening and a closing quotation mark, possibly across sentences. */
export interface QuotedSpan {
  /** Offsets of the opening mark and of the closing mark (exclusive end is close + 1). */
  open: number;
  close: number;
  firstSentence: number;
  lastSentence: number;
}

const OPENERS: Record<string, string> = { '“': '”', '"': '"', '«': '»', '„': '“' };
const MARK = /[“”"«»„]/g;
/** How many sentences a quotation may run over before an unclosed mark is given up. */
const MAX_SENTENCES = 6;

/**
 * Pairs quotation marks in reading order across the sentence ranges. A straight mark opens
 * when it follows a space or the sentence start and closes otherwise; an unclosed opening mark
 * spans into the following sentences (the splitter may cut inside a quotation) and is dropped
 * when none of them closes it.
 */
export function quotedSpans(text: string, sentences: readonly Range[]): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  let open: { at: number; closer: string; sentence: number } | null = null;
  // Every mark's offset, found in one pass: a search from each sentence's start ran on to the
  // next mark however far away, quadratic in a long text with few quotation marks.
  const marks = Array.from(text.matchAll(MARK), (m) => m.index);
  for (let i = 0; i < sentences.length; i++) {
    const { start, end } = sentences[i];
    if (open && i - open.sentence >= MAX_SENTENCES) open = null;
    for (let k = firstTokenAt(marks, start); k < marks.length && marks[k] < end; k++) {
      const at = marks[k];
      const ch = text[at];
      const prev = at > start ? text[at - 1] : ' ';
      const opensHere = ch !== '"' || /[\s(\[—–-]/.test(prev) || at === start;
      if (open && ch === open.closer) {
        spans.push({ open: open.at, close: at, firstSentence: open.sentence, lastSentence: i });
        open = null;
      } else if (ch in OPENERS && opensHere) {
        open = { at, closer: OPENERS[ch], sentence: i };
      }
    }
  }
  return spans;
}
