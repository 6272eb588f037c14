import { synset, wordSenses } from '../annotate/tokens/wordnet.js';

/**
 * WordNet lexicographer files of nouns that count nothing one could tell apart from other counts
 * of a story, or that count what grows as a story goes on: noun.Tops ("things"), noun.event
 * ("times", "cases", "deaths", "incidents": occurrences, tolls that climb, compared by aligned
 * claims and their updates), noun.group ("people", "troops"), noun.person ("victims", "members":
 * tolls and crowds, compared elsewhere), noun.quantity ("dollars", "miles", a bare "counts"),
 * noun.relation ("percent"), noun.time ("years", "days").
 */
const GENERIC_FILES = new Set([3, 11, 14, 18, 23, 24, 28]);

const known = new Map<string, boolean>();

/**
 * Whether a counted noun names a distinctive thing an actor can hold ("seats", "charges",
 * "medals", "goals"), by its most frequent WordNet sense's file (see GENERIC_FILES). A noun
 * WordNet lacks says nothing of what it counts and is left out.
 */
export function distinctiveCountedNoun(lemma: string): boolean {
  let out = known.get(lemma);
  if (out === undefined) {
    const senses = wordSenses('noun', lemma);
    out = senses.length > 0 && !GENERIC_FILES.has(synset('noun', senses[0]).lexFile);
    known.set(lemma, out);
  }
  return out;
}
