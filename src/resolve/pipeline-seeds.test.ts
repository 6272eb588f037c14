import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import type { Entity } from '../model/corpus.js';
import { ingestPaths } from '../ingest/index.js';
import { analyzeDocuments } from '../pipeline/analyze.js';
import { differentDemonyms } from './names/closed-class.js';
import { describeRequiring } from '../../test/support/requires.js';

// Acceptance on the shared seed articles (not in the repository), through the real pipeline:
// ingest, clean, the trained tagger and its news layer, then the resolver. The "Entities"
// section of ../shared/acceptance/seeds.md is what is checked.
const SEEDS = join(import.meta.dirname, '../../../shared/seeds');
const present = existsSync(SEEDS);

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const PLACE = ['LOC', 'GPE', 'FAC'];

const SHARAA = ['al-Sharaa', 'Ahmed al-Sharaa', 'Ahmad Shara', 'Shara', 'Sharif', 'Ahmed Sharif', 'Shaleh', 'Shale', 'Shaley'];
/** Each listed actor: the spellings that must lie in its one entity, and the types it may have. */
const ACTORS: { names: string[]; types: string[] }[] = [
  { names: SHARAA, types: ['PER'] },
  { names: ['Bashar al-Assad', 'Assad'], types: ['PER'] },
  { names: ['Vladimir Putin', 'Putin'], types: ['PER'] },
  { names: ['Dmitry Peskov', 'Peskov'], types: ['PER'] },
  { names: ['Samuel Ramani', 'Ramani'], types: ['PER'] },
  { names: ['Amberin Zaman'], types: ['PER'] },
  { names: ['Andrey Belousov'], types: ['PER'] },
  { names: ['Donald Trump', 'Trump'], types: ['PER'] },
  { names: ['Nicolas Maduro'], types: ['PER'] },
  { names: ['Hmeimim', 'Khmeimim Air Base'], types: ['FAC'] },
  { names: ['Tartus', 'Tartus Naval Base'], types: ['FAC'] },
  { names: ['Qamishli'], types: PLACE },
  { names: ['Moscow'], types: PLACE },
  { names: ['Damascus'], types: PLACE },
  { names: ['Vnukovo Airport'], types: ['FAC'] },
  { names: ['Quneitra'], types: PLACE },
  { names: ['Golan Heights'], types: PLACE },
  { names: ['Syria'], types: PLACE },
  { names: ['Russia'], types: PLACE },
  { names: ['Iran'], types: PLACE },
  { names: ['Israel'], types: PLACE },
  { names: ['Turkey'], types: PLACE },
  { names: ['Venezuela'], types: PLACE },
  { names: ['United States'], types: PLACE },
  { names: ['Mediterranean'], types: PLACE },
  { names: ['Kremlin'], types: ['ORG'] },
  { names: ['Syrian Democratic Forces'], types: ['ORG'] },
  { names: ['ISIS'], types: ['ORG'] },
  { names: ['RUSI'], types: ['ORG'] },
  { names: ['Al Jazeera'], types: ['ORG'] },
  { names: ['Black Sea Fleet'], types: ['ORG'] },
];

describeRequiring(present ? null : `the seed articles: ${SEEDS} is absent`)('seed acceptance through the pipeline: entities', () => {
  let entities: Entity[] = [];
  const holding = (name: string) => entities.filter((e) => e.aliases.some((a) => fold(a) === fold(name)));

  beforeAll(async () => {
    const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => join(SEEDS, f));
    const { documents } = await ingestPaths(files);
    entities = analyzeDocuments(documents).corpus.entities ?? [];
  }, 120_000);

  it('finds every listed actor as one entity of the right type, all its spellings attached', () => {
    for (const actor of ACTORS) {
      const [first, ...rest] = actor.names;
      const found = holding(first).filter((e) => actor.types.includes(e.type));
      expect(found, `${first} as ${actor.types.join('/')}`).toHaveLength(1);
      for (const name of rest) expect(found[0].aliases.map(fold), `${name} with ${first}`).toContain(fold(name));
    }
  });

  it('merges no two listed actors', () => {
    const owner = new Map<string, number>();
    ACTORS.forEach((actor, i) => {
      for (const name of actor.names) {
        for (const e of holding(name)) {
          const other = owner.get(e.id);
          expect(other === undefined || other === i, `${e.name} carries ${actor.names[0]} and ${ACTORS[other ?? i].names[0]}`).toBe(true);
          owner.set(e.id, i);
        }
      }
    });
  });

  it('keeps the Russian ministry an organisation, and a city apart from a landmark named after it', () => {
    expect(entities.some((e) => e.type === 'ORG' && /^Russian Ministry of Defen[cs]e$/.test(e.name))).toBe(true);
    const moscow = holding('Moscow').filter((e) => PLACE.includes(e.type));
    expect(moscow[0].aliases.every((a) => fold(a) === 'moscow'), moscow[0].aliases.join(' / ')).toBe(true);
  });

  it('gives no nationality entity two nationalities, and splits no name at an abbreviation', () => {
    for (const e of entities.filter((x) => x.type === 'NORP')) {
      for (const a of e.aliases) expect(e.aliases.some((b) => differentDemonyms(a, b)), `${e.name}: ${e.aliases.join(', ')}`).toBe(false);
    }
    expect(entities.some((e) => /^(?:St|Mt|Ft)\.$/.test(e.name))).toBe(false);
  });
});
