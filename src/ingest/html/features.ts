import type { Block } from './blocks.js';
import { wordTokens } from './tokens.js';

export interface BlockFeatures {
  words: number;
  linkDensity: number;
  /** Ends like a sentence, or is long enough to be one. */
  sentence: boolean;
  /** Long, link-poor, sentence-like: reads as article text wherever it sits. */
  prose: boolean;
  /** Mostly link text: a teaser, menu or "read more" line. */
  linkHeavy: boolean;
  /** A short unpunctuated label ("DON'T MISS", "Advertisement", "Share this"). */
  label: boolean;
  /** Short text the page repeats elsewhere: furniture, not story. */
  repeatedShort: boolean;
  /** A byline, dateline or "Updated ..." line. */
  byline: boolean;
  /** A short line made of site boilerplate phrases (subscribe, share, copyright, credits). */
  boilerplate: boolean;
}

// Closing quotes/brackets may follow the sentence mark; an ellipsis is a teaser, not an ending.
const SENTENCE_END = /(?:[.!?;:。！？]|[^.]\.)["'”’»)\]]*$/;
const ELLIPSIS_END = /(?:\.\.\.|…)["'”’»)\]]*$/;

const BYLINE_START = /^(?:by|written by|posted by|published|updated|posted|last updated|first published)\b/i;
const DATE_LIKE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{1,2}:\d{2}\b|\b\d{4}-\d{2}-\d{2}\b/i;
const TIME_OR_YEAR = /\b\d{1,2}:\d{2}\b|\b(?:19|20)\d{2}\b|\d{1,2}\/\d{1,2}\/\d{2}/;
const BOILERPLATE =
  /\b(?:subscribe|newsletter|sign up|follow us|share this|share on|all rights reserved|copyright|click here|read more|related:|advertisement|getty images|image:|photo:|credit:|see more|don't miss|you may also like|more from)\b|©/i;

export function blockFeatures(blocks: readonly Block[]): BlockFeatures[] {
  const counts = new Map<string, number>();
  for (const b of blocks) counts.set(b.text, (counts.get(b.text) ?? 0) + 1);
  return blocks.map((b) => {
    const words = wordTokens(b.text).length;
    const linkDensity = b.text.length > 0 ? b.linkChars / b.text.length : 0;
    const ended = SENTENCE_END.test(b.text) && !ELLIPSIS_END.test(b.text);
    const long = words >= 20 || b.text.length >= 120;
    const sentence = ended || long;
    const prose = (words >= 10 || b.text.length >= 60) && linkDensity < 0.3 && sentence && b.heading === 0;
    const linkHeavy = linkDensity > 0.75 || (linkDensity > 0.5 && words < 10);
    const label = b.heading === 0 && words <= 4 && !ended && !/\d/.test(b.text) && !(b.listItem && linkDensity === 0);
    const repeatedShort = words < 12 && (counts.get(b.text) ?? 0) > 1;
    const byline = words < 25 && (BYLINE_START.test(b.text) || (words <= 14 && !ended && DATE_LIKE.test(b.text) && TIME_OR_YEAR.test(b.text)));
    const boilerplate = (words < 30 && BOILERPLATE.test(b.text)) || /^(?:https?:\/\/|www\.)\S+$/.test(b.text);
    return { words, linkDensity, sentence, prose, linkHeavy, label, repeatedShort, byline, boilerplate };
  });
}
