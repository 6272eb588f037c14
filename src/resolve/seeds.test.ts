import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { Corpus } from '../model/corpus.js';
import type { Document } from '../model/document.js';
import type { EntityType, Mention } from '../model/mention.js';
import { resolveCorpus } from './component.js';
import { describeRequiring } from '../../test/support/requires.js';

// Acceptance check on the shared seed articles (not part of the repository). Mentions are built by
// finding the spellings the acceptance notes list, so that this checks the resolver alone.
const SEEDS = join(import.meta.dirname, '../../../shared/seeds');
const present = existsSync(SEEDS);

const SPELLINGS: [string, EntityType][] = [
  ['Ahmed al-Sharaa', 'PER'], ['Al-Sharaa', 'PER'], ['al-Sharaa', 'PER'], ['Ahmad Shara', 'PER'], ['Shara', 'PER'], ['Ahmed Sharif', 'PER'],
  ['Sharif', 'PER'], ['Shaleh', 'PER'], ['Shale', 'PER'], ['Shaley', 'PER'], ['Bashar al-Assad', 'PER'], ['Assad', 'PER'],
  ['Vladimir Putin', 'PER'], ['Putin', 'PER'], ['Dmitry Peskov', 'PER'], ['Peskov', 'PER'], ['Samuel Ramani', 'PER'], ['Ramani', 'PER'],
  ['Amberin Zaman', 'PER'], ['Andrey Belousov', 'PER'], ['Donald Trump', 'PER'], ['Trump', 'PER'], ['Maduro', 'PER'],
  ['Hmeimim', 'FAC'], ['Khmeimim', 'FAC'], ['Tartus', 'FAC'], ['Qamishli', 'GPE'], ['Moscow', 'GPE'], ['Damascus', 'GPE'],
  ['Vnukovo Airport', 'FAC'], ['Quneitra', 'GPE'], ['Golan Heights', 'LOC'], ['Syria', 'GPE'], ['Russia', 'GPE'], ['Iran', 'GPE'],
  ['Israel', 'GPE'], ['Turkey', 'GPE'], ['Venezuela', 'GPE'], ['United States', 'GPE'], ['Mediterranean', 'LOC'], ['Kremlin', 'ORG'],
  ['Syrian Democratic Forces', 'ORG'], ['SDF', 'ORG'], ['ISIS', 'ORG'], ['RUSI', 'ORG'], ['Al Jazeera', 'ORG'], ['Aljazeera', 'ORG'],
  ['Russian Ministry of Defence', 'ORG'], ['Black Sea Fleet', 'ORG'],
];
const SHARAA = ['al-Sharaa', 'Ahmed al-Sharaa', 'Ahmad Shara', 'Shara', 'Sharif', 'Ahmed Sharif', 'Shaleh', 'Shale', 'Shaley'];

function seedDocument(id: string, text: string): Document {
  const mentions: Mention[] = [];
  const taken = new Array<boolean>(text.length).fill(false);
  for (const [spelling, type] of [...SPELLINGS].sort((a, b) => b[0].length - a[0].length)) {
    for (let at = text.indexOf(spelling); at >= 0; at = text.indexOf(spelling, at + 1)) {
      const end = at + spelling.length;
      if (/[A-Za-z]/.test(text[at - 1] ?? ' ') || /[A-Za-z]/.test(text[end] ?? ' ') || taken.slice(at, end).some(Boolean)) continue;
      taken.fill(true, at, end);
      mentions.push({ id: `${id}-${at}`, start: at, end, type, text: spelling });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  const sentences = [...text.matchAll(/[^.!?\n]+[.!?]?/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, tokenStart: 0, tokenEnd: 0 }));
  return {
    id, source: id, format: 'text', text, contentHash: id, layers: { mentions, sentences },
    meta: { title: null, byline: null, outlet: null, url: null, published: null, publishedPrecision: null, zone: null, language: 'en', syndicatedFrom: null, evidence: {} },
  };
}

describeRequiring(present ? null : `the seed articles: ${SEEDS} is absent`)('seed acceptance: who is who', () => {
  const files = present ? ['000_2f57753ce39bdcf5.txt', '004_64f80e6dc69ac11d.txt'] : [];
  const corpus: Corpus = { documents: files.map((f, i) => seedDocument(`s${i}`, readFileSync(join(SEEDS, f), 'utf8'))) };
  if (present) resolveCorpus(corpus);
  const entityWith = (alias: string) => corpus.entities!.filter((e) => e.aliases.includes(alias));

  it('one person carries every al-Sharaa variant', () => {
    const found = SHARAA.flatMap(entityWith);
    expect(new Set(found.map((e) => e.id)).size).toBe(1);
    expect(found[0].aliases).toEqual(expect.arrayContaining(SHARAA.filter((s) => corpus.documents.some((d) => d.text.includes(s)))));
  });
  it('Bashar al-Assad is a separate person', () => {
    const assad = entityWith('Bashar al-Assad');
    expect(assad).toHaveLength(1);
    expect(assad[0].aliases.some((a) => SHARAA.includes(a))).toBe(false);
  });
  it('Hmeimim and Khmeimim are one facility', () => {
    expect(entityWith('Hmeimim')[0].id).toBe(entityWith('Khmeimim')[0].id);
  });
  it('no other listed entities merge', () => {
    const people = ['Vladimir Putin', 'Dmitry Peskov', 'Samuel Ramani', 'Amberin Zaman', 'Andrey Belousov', 'Donald Trump', 'Bashar al-Assad', 'Ahmed al-Sharaa'];
    const ids = people.map((p) => entityWith(p)[0]?.id).filter(Boolean);
    expect(new Set(ids).size).toBe(ids.length);
    const places = ['Tartus', 'Qamishli', 'Moscow', 'Damascus', 'Syria', 'Russia', 'Iran', 'Israel', 'Turkey', 'Hmeimim'];
    const placeIds = places.map((p) => entityWith(p)[0]?.id).filter(Boolean);
    expect(new Set(placeIds).size).toBe(placeIds.length);
  });
});
