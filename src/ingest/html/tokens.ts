// Word tokens as Python's `\w+` finds them (letters, digits, underscore), the unit the
// benchmark scores and the unit block matching works on, so punctuation and spacing never matter.
const WORD = /[\p{L}\p{N}_]+/gu;

export function wordTokens(text: string): string[] {
  return text.match(WORD) ?? [];
}
