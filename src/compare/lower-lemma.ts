import { lemmaOf } from '../annotate/tokens/vocabulary.js';

/** Lowercased lemmas by interned id: ids are process-wide and never reused, so each is lowercased once. */
const lowered: (string | undefined)[] = [];

/**
 * `lemmaOf(id).toLowerCase()`, computed once per lemma: claim views and event mentions read the
 * lemma of every token of every claim's sentence, many sentences several times.
 */
export function lowerLemma(id: number): string {
  let l = lowered[id];
  if (l === undefined) {
    // Filled in order, so the array stays dense (a far index would turn it into a dictionary).
    while (lowered.length <= id) lowered.push(undefined);
    lowered[id] = l = lemmaOf(id).toLowerCase();
  }
  return l;
}
