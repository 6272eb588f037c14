import type { TokenEntity } from './news-layer.js';

/**
 * "met in Kessary": after "in" or "near", a capitalised word inside a sentence that the tagger
 * left untyped and that is no common English word is a place the model has never seen. Months
 * and weekdays are capitalised without being names ("in June").
 */
const PLACE_PREPOSITIONS = new Set(['in', 'near']);
const CALENDAR = new Set('january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec'.split('|'));

const nameLike = (w: string): boolean => /^\p{Lu}\p{Ll}+$/u.test(w);

/** Adds such places to `entities` (per sentence); `isCommon` takes a lowercased word. */
export function addUnknownPlaces(words: readonly (readonly string[])[], entities: TokenEntity[][], isCommon: (lower: string) => boolean): void {
  words.forEach((sentence, si) => {
    const taken = new Uint8Array(sentence.length);
    for (const e of entities[si]) taken.fill(1, e.start, e.end);
    for (let i = 1; i < sentence.length; i++) {
      if (!PLACE_PREPOSITIONS.has(sentence[i - 1]) || taken[i]) continue;
      let end = i;
      while (end < sentence.length && !taken[end] && nameLike(sentence[end]) && !isCommon(sentence[end].toLowerCase()) && !CALENDAR.has(sentence[end].toLowerCase())) end++;
      // The run must end the name: a capitalised word the run stopped at would make it a longer, unknown phrase.
      if (end === i || (end < sentence.length && /^\p{Lu}/u.test(sentence[end]))) continue;
      entities[si].push({ type: 'LOC', start: i, end });
      taken.fill(1, i, end);
    }
    entities[si].sort((a, b) => a.start - b.start);
  });
}
