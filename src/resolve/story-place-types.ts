import type { CorpusComponent } from '../pipeline/component.js';
import type { Corpus, Entity } from '../model/corpus.js';
import type { Document } from '../model/document.js';
import { nameKey } from '../stories/features.js';

/** Place types a settlement cue confirms. */
const PLACE_TYPES = new Set(['LOC', 'GPE']);
/** Types a tagger gives a place name read from its few words ("Marazia said", "Draymoor council"). */
const RETYPED = new Set(['PER', 'ORG', 'MISC']);

const SETTLEMENT = '(?:town|village|city|hamlet|port|capital|suburb|district|province|region|county|governorate|municipality|township|oasis|settlement)';
/** "the town of X", "the farming village of X". */
const CUE_BEFORE = new RegExp(`\\b${SETTLEMENT}\\s+of\\s+$`, 'i');
/** "X province", "X, a village ...", "X, the town below the dam". */
const CUE_AFTER = new RegExp(`^(?:\\s+(?:province|district|region|county|governorate|municipality)\\b|,\\s+(?:a|the)\\s+(?:[\\p{L}-]+\\s+){0,2}${SETTLEMENT}\\b)`, 'iu');

/** Whether the words around a mention say it is a settlement or district. */
function cuedAsPlace(doc: Document, start: number, end: number): boolean {
  return CUE_BEFORE.test(doc.text.slice(Math.max(0, start - 40), start)) || CUE_AFTER.test(doc.text.slice(end, end + 40));
}

/**
 * A name one article of a story calls a town or a province is a place in every article of that
 * story: "the village of Marazia" in one report makes "Marazia said to be cut off" in the next a
 * place, not a person. Within one article the tagger already follows such a cue; across articles
 * only the story says they speak of one thing. An entity of another type moves into the place
 * only when every one of its mentions is that bare name and lies in the story, and the story
 * holds exactly one cued place of that name.
 */
export function retypeStoryPlaces(corpus: Corpus): number {
  const entities = corpus.entities ?? [];
  const byId = new Map(entities.map((e) => [e.id, e]));
  const docs = new Map(corpus.documents.map((d) => [d.id, d]));
  const storyOf = new Map<string, string>();
  for (const story of corpus.stories ?? []) for (const d of story.documents) storyOf.set(d, story.id);
  const mentionOf = (ref: { doc: string; index: number }) => docs.get(ref.doc)?.layers.mentions?.[ref.index];
  // Cued places by story and name, in one pass over the entities.
  const places = new Map<string, Set<string>>();
  for (const e of entities) {
    if (!PLACE_TYPES.has(e.type)) continue;
    for (const ref of e.mentions) {
      const story = storyOf.get(ref.doc);
      const m = mentionOf(ref);
      if (story === undefined || !m || !cuedAsPlace(docs.get(ref.doc)!, m.start, m.end)) continue;
      const key = `${story}\u0000${nameKey(m.text)}`;
      (places.get(key) ?? places.set(key, new Set()).get(key)!).add(e.id);
    }
  }
  if (places.size === 0) return 0;
  const removed = new Set<string>();
  for (const e of entities) {
    if (!RETYPED.has(e.type) || e.mentions.length === 0) continue;
    // Every mention in one story, under one bare name.
    const keys = new Set(e.mentions.map((ref) => `${storyOf.get(ref.doc) ?? `none:${ref.doc}`}\u0000${nameKey(mentionOf(ref)?.text ?? '')}`));
    if (keys.size !== 1) continue;
    const hosts = places.get([...keys][0]);
    if (!hosts || hosts.size !== 1) continue;
    mergeInto(corpus, byId.get([...hosts][0])!, e, docs);
    removed.add(e.id);
  }
  if (removed.size) {
    corpus.entities = entities.filter((e) => !removed.has(e.id));
    // A doubt about an entity that is now part of a place is no longer open.
    if (corpus.possibleAliases) corpus.possibleAliases = corpus.possibleAliases.filter((p) => !removed.has(p.a) && !removed.has(p.b));
  }
  return removed.size;
}

function mergeInto(corpus: Corpus, host: Entity, stray: Entity, docs: Map<string, Document>): void {
  for (const ref of stray.mentions) {
    const m = docs.get(ref.doc)?.layers.mentions?.[ref.index];
    if (m) m.type = host.type;
    corpus.mentionEntity?.set(`${ref.doc}:${ref.index}`, host.id);
    host.mentions.push(ref);
  }
  for (const alias of [stray.name, ...stray.aliases]) if (alias !== host.name && !host.aliases.includes(alias)) host.aliases.push(alias);
}

export const storyPlaceTypesComponent: CorpusComponent = {
  kind: 'corpus',
  name: 'story-place-types',
  requires: ['mentions', 'entities', 'mentionEntity', 'stories'],
  produces: ['entities', 'mentionEntity'],
  process(corpus) {
    retypeStoryPlaces(corpus);
  },
};
