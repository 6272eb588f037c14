import type { CorpusComponent } from '../pipeline/component.js';
import type { Corpus, Entity, PossibleAlias } from '../model/corpus.js';
import { type Chain, chainKey } from './chain.js';
import { clusterChains, pairKey } from './cross-doc.js';
import { buildEntity } from './entities.js';
import { lookupCity, lookupCountry } from './gazetteer.js';
import { documentChains } from './within-doc.js';

const PLACE_TYPES = new Set(['LOC', 'GPE', 'FAC']);

function firstOffset(cluster: Chain[], docOrder: Map<string, number>): [number, number] {
  let best: [number, number] = [Infinity, Infinity];
  for (const chain of cluster) {
    const d = docOrder.get(chain.doc) ?? 0;
    const s = Math.min(...chain.nodes.map((n) => n.mention.start));
    if (d < best[0] || (d === best[0] && s < best[1])) best = [d, s];
  }
  return best;
}

/** Names of waters and landforms: "Gulf of Aden", "Strait of Hormuz", "Horn of Africa", "Red Sea", "Jordan River". */
const NATURAL_FEATURE = /^(?:the\s+)?(?:gulf|bay|sea|strait|straits|horn|cape|coast|mouth|isle)\s+of\s|\s(?:sea|ocean|river|strait|straits|channel|gulf|desert|mountains|peninsula)$/i;

/** Countries first, so that a city can be read in the light of the countries its articles name. */
function linkPlaces(entities: Entity[]): void {
  const docCountries = new Map<string, Set<string>>();
  for (const entity of entities) {
    if (!PLACE_TYPES.has(entity.type)) continue;
    const country = [entity.name, ...entity.aliases].map(lookupCountry).find((g) => g !== null);
    if (!country) continue;
    entity.geo = country;
    for (const m of entity.mentions) docCountries.set(m.doc, new Set([...(docCountries.get(m.doc) ?? []), country.country]));
  }
  for (const entity of entities) {
    if (!PLACE_TYPES.has(entity.type) || entity.geo) continue;
    // A sea, a gulf or a strait is not the port it is named after ("Gulf of Aden" is not Aden).
    if ([entity.name, ...entity.aliases].some((n) => NATURAL_FEATURE.test(n))) continue;
    const context = new Set<string>();
    for (const m of entity.mentions) for (const c of docCountries.get(m.doc) ?? []) context.add(c);
    const city = [entity.name, ...entity.aliases].map((n) => lookupCity(n, context)).find((g) => g !== null);
    if (city) entity.geo = city;
  }
}

/** Resolves a corpus's mentions to entities; usable without the pipeline (the evaluations call it). */
export interface ResolveOptions {
  /** Link places to the gazetteer (default true). */
  geo?: boolean;
  /** Story of each document; defaults to corpus.stories when a stage has filled it, else one story. */
  storyOf?: (doc: string) => string;
}

function storiesOf(corpus: Corpus): ((doc: string) => string) | undefined {
  if (!corpus.stories?.length) return undefined;
  const story = new Map<string, string>();
  for (const s of corpus.stories) for (const d of s.documents) story.set(d, s.id);
  return (doc) => story.get(doc) ?? doc;
}

export function resolveCorpus(corpus: Corpus, options: ResolveOptions = {}): void {
  const chains: Chain[] = [];
  const cannotLink = new Set<string>();
  let nextId = 0;
  for (const doc of corpus.documents) {
    const built = documentChains(doc, nextId);
    nextId += built.chains.length;
    chains.push(...built.chains);
    for (const [a, b] of built.cannotLink) cannotLink.add(pairKey(`${doc.id}#${a}`, `${doc.id}#${b}`));
  }
  const { clusters, possible } = clusterChains({ chains, cannotLink, storyOf: options.storyOf ?? storiesOf(corpus) });
  const docOrder = new Map(corpus.documents.map((d, i) => [d.id, i]));
  const ordered = clusters
    .map((cluster) => ({ cluster, at: firstOffset(cluster, docOrder) }))
    .sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1]);
  const entities: Entity[] = [];
  const mentionEntity = new Map<string, string>();
  const entityOfChain = new Map<string, string>();
  ordered.forEach(({ cluster }, i) => {
    const entity = buildEntity(`e${i + 1}`, cluster);
    entities.push(entity);
    for (const m of entity.mentions) mentionEntity.set(`${m.doc}:${m.index}`, entity.id);
    for (const chain of cluster) entityOfChain.set(chainKey(chain), entity.id);
  });
  if (options.geo !== false) linkPlaces(entities);
  const possibleAliases: PossibleAlias[] = possible.map((p) => ({
    a: entityOfChain.get(chainKey(p.a))!,
    b: entityOfChain.get(chainKey(p.b))!,
    score: Math.round(p.score * 1000) / 1000,
    reason: p.reason,
  }));
  corpus.entities = entities;
  corpus.mentionEntity = mentionEntity;
  corpus.possibleAliases = possibleAliases;
}

export const resolveComponent: CorpusComponent = {
  kind: 'corpus',
  name: 'resolve',
  requires: ['mentions', 'sentences'],
  produces: ['entities', 'mentionEntity', 'possibleAliases'],
  process(corpus: Corpus): void {
    resolveCorpus(corpus);
  },
};
