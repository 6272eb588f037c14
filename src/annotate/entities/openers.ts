import type { TokenEntity } from './news-layer.js';

/**
 * A capital letter at the opening of a sentence, after a dateline's dash or in a headline says
 * nothing about a name: "Rescue teams in western X" opens with a common word. Such an entity of
 * one word is dropped when the word is a common English word and the document never confirms it,
 * i.e. never writes the word capitalised where capitals mean something (inside a sentence of
 * ordinary case). Known names are never common words: the model's English word list leaves out
 * the gazetteer's places, nationalities and given names.
 */

/** Tokens that open a sentence before its first word: quotes and brackets. */
const OPENERS = new Set(['"', '“', "'", '‘', '(', '[', '``', '`']);
/** Dashes that end a dateline ("TAL HARUN, Marazia — Rescue teams ..."). */
export const DATELINE_DASHES = new Set(['—', '–', '--', '-']);

/** Whether a sentence is a headline: title case or capitals across its longer words. */
export function headlineSentence(words: readonly string[]): boolean {
  const long = words.filter((w) => /^\p{L}{4,}$/u.test(w));
  if (long.length < 2) return false;
  return long.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.8 * long.length;
}

/** Whether token i opens its sentence: first, after opening quotes only, or right after a dateline's dash. */
export function openingPosition(words: readonly string[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && OPENERS.has(words[j])) j--;
  if (j < 0) return true;
  if (!DATELINE_DASHES.has(words[j])) return false;
  // "TAL HARUN, Marazia — Rescue": only a dateline (capitalised words and commas) before the dash.
  return j > 0 && words.slice(0, j).every((w) => w === ',' || /^\p{Lu}/u.test(w));
}

const capitalised = (w: string): boolean => /^\p{Lu}/u.test(w);

/**
 * Removes from `entities` (per sentence) the ones made only of common words whose capitals the
 * position explains, unless the document confirms them. `isCommon` takes a lowercased word.
 */
export function dropUnconfirmedOpeners(words: readonly (readonly string[])[], entities: TokenEntity[][], isCommon: (lower: string) => boolean): void {
  const headline = words.map(headlineSentence);
  const confirmed = new Set<string>();
  words.forEach((sentence, si) => {
    if (headline[si]) return;
    sentence.forEach((w, i) => {
      if (capitalised(w) && !openingPosition(sentence, i)) confirmed.add(w.toLowerCase());
    });
  });
  entities.forEach((list, si) => {
    const sentence = words[si];
    for (let k = list.length - 1; k >= 0; k--) {
      const e = list[k];
      const explained = headline[si] || openingPosition(sentence, e.start);
      if (!explained) continue;
      // One word only: a phrase of capitalised common words ("Major League") is a name more often than not.
      if (e.end - e.start !== 1) continue;
      // A word in capitals may be initials ("NATO" opening a sentence): only title case is explained.
      if (!/^\p{Lu}\p{Ll}+$/u.test(sentence[e.start])) continue;
      const lower = sentence[e.start].toLowerCase();
      if (isCommon(lower) && !confirmed.has(lower)) list.splice(k, 1);
    }
  });
}
