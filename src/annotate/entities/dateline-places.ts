import type { TokenEntity } from './news-layer.js';
import { DATELINE_DASHES } from './openers.js';
/** A dateline is a place and maybe its region: a few words, never a clause. */
const MAX_DATELINE_TOKENS = 8;

/** A one-word dateline of fewer letters than this may be initials ("NATO — the alliance ..."), unless a known city. */
const MIN_UNKNOWN_DATELINE_LETTERS = 5;

/**
 * A dateline names where a report was filed: a name in capitals opening a sentence, maybe
 * followed by its region, then a dash, optionally with the agency in brackets ("PORT ALDRIC
 * (Wire) — ..."). Capitals tell a dateline from a subject set off by a dash ("Venn — who ...");
 * a short word in capitals must be a known city, not initials.
 * The tagger reads a name in capitals there as an organisation ("DRAYMOOR" ORG) and the rest of
 * the article then followed it; each name of the dateline outside the brackets is a place, and
 * the type is marked as decided by context so that it holds for the same name across the
 * document (spreadCuedTypes).
 */
export function datelinePlaces(words: readonly (readonly string[])[], entities: TokenEntity[][], isCity: (lowerPhrase: string) => boolean): void {
  words.forEach((sentence, si) => {
    const dash = sentence.findIndex((w) => DATELINE_DASHES.has(w));
    if (dash <= 0 || dash > MAX_DATELINE_TOKENS || dash === sentence.length - 1) return;
    const place = sentence.slice(0, dash).findIndex((w) => w === ',' || w === '(');
    const first = sentence.slice(0, place < 0 ? dash : place);
    if (!first.every((w) => /^\p{Lu}[\p{Lu}'’.-]*$/u.test(w))) return;
    const letters = first.join('').replace(/[^\p{L}]/gu, '').length;
    if (first.length === 1 && letters < MIN_UNKNOWN_DATELINE_LETTERS && !isCity(first[0].toLowerCase())) return;
    // The agency in brackets is no place: its tokens are remembered as the dateline is read.
    const bracketed = new Set<number>();
    let bracket = false;
    for (let i = 0; i < dash; i++) {
      const w = sentence[i];
      if (w === '(') bracket = true;
      else if (w === ')') bracket = false;
      else if (bracket) bracketed.add(i);
      else if (w !== ',' && !/^\p{Lu}/u.test(w)) return;
    }
    for (const e of entities[si]) {
      if (e.end > dash || bracketed.has(e.start)) continue;
      e.type = 'LOC';
      e.cued = true;
    }
  });
}
