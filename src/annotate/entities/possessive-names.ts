import type { TokenEntity } from './news-layer.js';

/**
 * A plural possessive inside a name ("the Fishers' Guild", "the Mineworkers' Union") is part of
 * the name: the tagger, reading word by word, often ends the name at the apostrophe and starts
 * another at the capitalised word after it, so one body became "Estmere Fishers" and a stray
 * "Guild". When a name whose last word ends in "s" is followed by a lone apostrophe and, right
 * after it, another name, the two are one name. The whole names an organisation when either part
 * did (the possessor is its members; the head is the body); otherwise the head's type holds.
 * Words are in the model's form: typographic apostrophes already read as "'".
 */
export function joinPluralPossessives(words: readonly string[][], entities: TokenEntity[][]): void {
  entities.forEach((list, si) => {
    const sentence = words[si];
    list.sort((a, b) => a.start - b.start);
    // A sentinel after the last name lets it take capitalised words the tagger left out.
    list.push({ type: 'MISC', start: sentence.length, end: sentence.length });
    for (let i = 0; i + 1 < list.length; i++) {
      const owner = list[i];
      const head = list[i + 1];
      const apostrophe = owner.end;
      if (sentence[apostrophe] !== "'" || !/s$/u.test(sentence[owner.end - 1])) continue;
      if (head.start !== apostrophe + 1) {
        const end = capitalisedRun(sentence, apostrophe + 1, head.start);
        if (end > apostrophe + 1) owner.end = end;
        continue;
      }
      owner.end = head.end;
      owner.type = owner.type === 'ORG' || head.type === 'ORG' ? 'ORG' : head.type;
      owner.cued = owner.cued || head.cued;
      list.splice(i + 1, 1);
      i--;
    }
    list.pop();
  });
}

/** Words the tagger left out of a name after a possessive: capitalised, up to the next name, at most this many. */
const MAX_UNTAGGED_HEAD = 3;

function capitalisedRun(sentence: readonly string[], from: number, until: number): number {
  let end = from;
  while (end < until && end - from < MAX_UNTAGGED_HEAD && /^\p{Lu}\p{Ll}/u.test(sentence[end])) end++;
  return end;
}
