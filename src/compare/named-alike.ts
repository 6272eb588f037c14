import type { Entity } from '../model/corpus.js';
import { nameWords, wordsWithin } from './event-match.js';

/**
 * Two person entities the resolver kept apart whose names are one another's shorter form ("Vale" /
 * "Tara Vale", "W. Orin Dapple" / "William Orin Dapple"): likely one person, when no third entity
 * of the corpus bears the shorter name too ("Vale" beside both Tara and Jonas Vale is anyone's). The resolver's doubt stays its own: compare uses this only to let two reports
 * disagree about one attribute of one event, never to corroborate or to name who did it.
 */
export function namedAlike(entities: Entity[]): (x: string, y: string) => boolean {
  const people = new Map<string, Set<string>>();
  const person = new Set<string>();
  const byWord = new Map<string, string[]>();
  for (const e of entities) {
    if (e.type === 'PER') person.add(e.id);
    const words = nameWords(e.name);
    if (words.size === 0) continue;
    people.set(e.id, words);
    for (const w of words) (byWord.get(w) ?? byWord.set(w, []).get(w)!).push(e.id);
  }
  const cache = new Map<string, boolean>();
  return (x, y) => {
    if (x === y) return true;
    const key = x < y ? `${x}|${y}` : `${y}|${x}`;
    let alike = cache.get(key);
    if (alike !== undefined) return alike;
    const wx = people.get(x);
    const wy = people.get(y);
    alike = false;
    if (wx && wy) {
      const [short, long] = wx.size <= wy.size ? [wx, wy] : [wy, wx];
      // A person and an entity the tagger typed otherwise ("W. Orin Dapple" read as a place) are
      // alike only by a full name of two words or more: "Washington" is a city as often as a man.
      const typed = person.has(x) && person.has(y) ? true : (person.has(x) || person.has(y)) && short.size >= 2;
      if (typed && wordsWithin(short, long)) {
        // Anyone else whose name holds every word of the shorter one makes it ambiguous.
        const first = [...short][0];
        alike = !(byWord.get(first) ?? []).some((z) => z !== x && z !== y && wordsWithin(short, people.get(z)!));
      }
    }
    cache.set(key, alike);
    return alike;
  };
}
