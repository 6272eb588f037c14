import type { Range } from '../model/span.js';

/** Line ranges of a text, without their line breaks; blank lines included (callers skip them). */
export function splitLines(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text.charCodeAt(i);
    if (i === text.length || c === 10 || c === 13) {
      out.push({ start, end: i });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  return out;
}

/** The range with surrounding white space removed; empty when the range is blank. */
export function trimRange(text: string, r: Range): Range {
  let { start, end } = r;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

export function nonBlankLines(text: string): Range[] {
  return splitLines(text).map((r) => trimRange(text, r)).filter((r) => r.end > r.start);
}
