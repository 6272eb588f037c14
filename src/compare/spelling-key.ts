import { ordinalWordValue, wordNumberValue } from '../annotate/quantities/number-words.js';

/**
 * British and American spellings of one word, reduced to one key: "-ise"/"-ize" verbs and their
 * derivations, "-yse"/"-yze", "-our"/"-or", "-tre"/"-ter", a doubled "l" before an inflection
 * ("travelled"/"traveled"). Applied only to words long enough that the ending is a suffix.
 */
const SPELLING_ENDINGS: [RegExp, string][] = [
  [/(?<=\p{L}{3})is(e|es|ed|ing|ation|ations)$/u, 'iz$1'],
  [/(?<=\p{L}{2})ys(e|es|ed|ing)$/u, 'yz$1'],
  [/(?<=\p{L}{2}[^aeou])our(s|ed|ing|ite|ites|able)?$/u, 'or$1'],
  [/(?<=\p{L}{3})tre(s)?$/u, 'ter$1'],
  [/(?<=\p{L}{3}[aeiou])ll(ed|ing|er|ers)$/u, 'l$1'],
];

/**
 * The key a word of a quotation is compared by: lowercased, one spelling of words spelt two ways,
 * a number in words as its digits ("eleventh" as "11th", "six" as "6"). Two wordings whose keys
 * are the same word for word are one wording spelt two ways, not a difference a reader should see.
 */
export function spellingKey(word: string): string {
  const w = word.toLowerCase();
  const ordinal = ordinalWordValue(w);
  if (Number.isFinite(ordinal)) return `${ordinal}th`;
  if (/^\d+(?:st|nd|rd|th)$/.test(w)) return `${parseInt(w, 10)}th`;
  const cardinal = /^\p{L}+$/u.test(w) ? wordNumberValue(w) : 0;
  if (cardinal > 0 && w !== 'a' && w !== 'an') return String(cardinal);
  let out = w;
  for (const [ending, replacement] of SPELLING_ENDINGS) out = out.replace(ending, replacement);
  return out;
}

/**
 * The words of a quotation as spelling keys, without the ":00" of a whole hour ("6 p.m." and
 * "6:00 p.m." say one time).
 */
export function quotationKeys(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (words[i] === '00' && i > 0 && /^\d{1,2}$/.test(words[i - 1])) continue;
    out.push(spellingKey(words[i]));
  }
  return out;
}
