import type { EntityType } from '../model/mention.js';
import { isActor, isPerson, nameEnd, type StoryFeatures } from './features.js';

/**
 * Each mention counts under two keys: its name, whatever type a tagger gave it in each document
 * ("Klitschko" tagged a place in one report, a person in the next), and the entity the resolver
 * linked it to, which carries spelling variants. Two keys rather than one merged key: merging
 * names through resolved ids chains unrelated names together. The main actors of each document
 * are its people and organisations by name, typed by the votes of the whole corpus.
 */
export function unifyEntityKeys(features: StoryFeatures[]): void {
  const votes = new Map<string, Map<EntityType, number>>();
  for (const f of features) {
    for (const [name, types] of f.entityTypes) {
      const all = votes.get(name) ?? votes.set(name, new Map()).get(name)!;
      for (const [t, v] of types) all.set(t, (all.get(t) ?? 0) + v);
    }
  }
  for (const f of features) {
    f.actors = [...f.entities.entries()]
      .filter(([k, c]) => c >= 2 && isActor(votes.get(k)))
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([k]) => k);
    f.persons = f.actors.filter((k) => isPerson(votes.get(k)) && f.leadNameEnds.has(nameEnd(k)));
    for (const k of f.entities.keys()) f.nameEnds.add(nameEnd(k));
    for (const [, id] of f.resolvedAs) {
      const key = `entity:${id}`;
      f.entities.set(key, (f.entities.get(key) ?? 0) + 1);
    }
  }
}
