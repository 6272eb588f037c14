import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Document, Region } from '../../src/model/document.js';
import type { Mention } from '../../src/model/mention.js';
import type { Dossier, DossierStory } from '../../src/model/dossier.js';
import type { Evidence } from '../../src/model/span.js';
import type { Store } from '../../src/store/index.js';

export const FIXTURES = join(import.meta.dirname, 'fixtures');
const DEBRIS = /^(Advert\.|Follow us|Leave a comment|Share this article)/;
const NAMES: [string, Mention['type']][] = [['Ilsa Marrow', 'PER'], ['Marrow', 'PER'], ['Tomas Brecht', 'PER'], ['Odile Fenwick', 'PER'], ['Velmora Harbour Authority', 'ORG'], ['Dockworkers Union of Velmora', 'ORG'], ['Velmora', 'GPE']];

/**
 * Hand-annotated fixture articles and a hand-written dossier: the UI tests check what the UI
 * does with a known dossier, independent of how well the pipeline reads the articles.
 */
export function fixtureDocuments(): Document[] {
  return readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort().map((file) => {
    const text = readFileSync(join(FIXTURES, file), 'utf8');
    const regions: Region[] = [];
    let at = 0;
    text.split('\n').forEach((line, i) => {
      if (line.trim()) regions.push({ start: at, end: at + line.length, kind: i === 0 ? 'title' : DEBRIS.test(line) ? 'boilerplate' : 'body', ...(DEBRIS.test(line) ? { reason: 'page furniture' } : {}) });
      at += line.length + 1;
    });
    const mentions: Mention[] = [];
    for (const [name, type] of NAMES) {
      for (const m of text.matchAll(new RegExp(`\\b${name}\\b`, 'g'))) {
        if (!mentions.some((x) => x.start <= m.index! && m.index! < x.end)) mentions.push({ id: `m${mentions.length}`, type, text: name, start: m.index!, end: m.index! + name.length });
      }
    }
    const times = [...text.matchAll(/\b(Monday|Sunday|Tuesday)\b/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, text: m[0], type: 'DATE' as const, value: '2025-03-03', granularity: 'day' as const, anchor: 'publication' as const }));
    const contentHash = createHash('sha256').update(text).digest('hex');
    const lines = text.split('\n');
    return {
      id: contentHash.slice(0, 16), source: file, format: 'text', text, contentHash,
      meta: { title: lines[0], byline: null, outlet: lines[1], url: `https://${lines[1].toLowerCase().replace(/[^a-z]+/g, '-')}.example/${file.replace(/\.txt$/, '')}`, published: file.startsWith('01') ? '2025-03-03' : '2025-03-04', publishedPrecision: 'date', zone: null, language: 'en', syndicatedFrom: null, evidence: {} },
      layers: { regions, mentions, times, quotes: [], claims: [] },
    } satisfies Document;
  });
}

function sentenceAround(doc: Document, needle: string): Evidence {
  const start = doc.text.indexOf(needle);
  if (start < 0) throw new Error(`fixture lacks "${needle}"`);
  const sStart = Math.max(doc.text.lastIndexOf('\n', start) + 1, 0);
  const sEnd = doc.text.indexOf('\n', start);
  return { document: doc.id, start, end: start + needle.length, text: needle, sentence: { start: sStart, end: sEnd, text: doc.text.slice(sStart, sEnd) } };
}

export function fixtureDossier(docs: Document[]): Dossier {
  const [herald, valley, courier] = docs;
  const entity = (id: string, name: string, type: Mention['type'], aliases: string[], geo?: DossierStory['entities'][number]['geo']) => ({
    id, name, type, aliases, roles: [], geo,
    mentions: docs.flatMap((d) => (d.layers.mentions ?? []).filter((m) => aliases.includes(m.text)).map((m) => ({ document: d.id, start: m.start, end: m.end, text: m.text }))),
  });
  const story: DossierStory = {
    id: 'velmora-strike', title: 'Velmora harbour closed by dock strike', documents: docs.map((d) => d.id),
    published: { earliest: '2025-03-03', latest: '2025-03-04' },
    publishers: docs.map((d, i) => ({ id: `p${i}`, name: d.meta.outlet!, original: d.id, copies: [] })),
    entities: [
      entity('e-marrow', 'Ilsa Marrow', 'PER', ['Ilsa Marrow', 'Marrow']),
      entity('e-brecht', 'Tomas Brecht', 'PER', ['Tomas Brecht']),
      entity('e-fenwick', 'Odile Fenwick', 'PER', ['Odile Fenwick']),
      entity('e-authority', 'Velmora Harbour Authority', 'ORG', ['Velmora Harbour Authority']),
      entity('e-union', 'Dockworkers Union of Velmora', 'ORG', ['Dockworkers Union of Velmora']),
      entity('e-velmora', 'Velmora', 'GPE', ['Velmora'], { name: 'Velmora', country: 'Portugal', lat: 41.15, lon: -8.61 }),
    ],
    possibleAliases: [],
    claims: [
      { id: 'c-closed', text: 'The harbour authority closed the port of Velmora', status: 'corroborated', publishers: ['p0', 'p1'], actor: 'e-authority', action: 'close', target: 'e-velmora', polarity: 'positive', hedge: null, conflicts: ['k-day'],
        evidence: [{ ...sentenceAround(herald, 'closed the port'), publisher: 'p0' }, { ...sentenceAround(valley, 'shut the port'), publisher: 'p1' }] },
      { id: 'c-ships', text: 'Cargo ships were left waiting offshore', status: 'conflicting', publishers: ['p0', 'p1'], actor: null, action: 'wait', target: null, polarity: 'positive', hedge: null, conflicts: ['k-ships'],
        evidence: [{ ...sentenceAround(herald, '12 cargo ships'), publisher: 'p0' }, { ...sentenceAround(valley, 'nine cargo ships'), publisher: 'p1' }] },
      { id: 'c-inspection', text: 'Fenwick promised an inspection within 10 days', status: 'corroborated', publishers: ['p0', 'p1'], actor: 'e-fenwick', action: 'promise', target: null, polarity: 'positive', hedge: null, conflicts: [],
        evidence: [{ ...sentenceAround(herald, 'promised an independent inspection'), publisher: 'p0' }, { ...sentenceAround(valley, 'promised an independent inspection'), publisher: 'p1' }] },
      { id: 'c-vote', text: 'The council voted to fund crane repairs', status: 'single-source', publishers: ['p2'], actor: null, action: 'vote', target: null, polarity: 'positive', hedge: null, conflicts: [],
        evidence: [{ ...sentenceAround(courier, 'voted on Tuesday'), publisher: 'p2' }] },
    ],
    divergences: [
      { id: 'u-ships', kind: 'update', about: 'how many ships waited offshore, as reported over time', sides: [
        { publisher: 'p1', value: '9', evidence: sentenceAround(valley, 'nine cargo ships'), published: '2025-03-03T08:00:00Z', attribution: { kind: 'outlet', name: 'Valley Times' } },
        { publisher: 'p0', value: '12', evidence: sentenceAround(herald, '12 cargo ships'), published: '2025-03-04T08:00:00Z', attribution: { kind: 'outlet', name: 'Harbour Herald' } }] },
    ],
    conflicts: [
      { id: 'k-ships', kind: 'number', about: 'how many ships waited offshore', sides: [
        { publisher: 'p0', value: '12', evidence: sentenceAround(herald, '12 cargo ships'), claim: 'c-ships' },
        { publisher: 'p1', value: '9', evidence: sentenceAround(valley, 'nine cargo ships'), claim: 'c-ships' }] },
      { id: 'k-day', kind: 'date', about: 'when the port closed', sides: [
        { publisher: 'p0', value: '2025-03-03', evidence: sentenceAround(herald, 'on Monday'), claim: 'c-closed' },
        { publisher: 'p1', value: '2025-03-02', evidence: sentenceAround(valley, 'on Sunday'), claim: 'c-closed' }] },
    ],
    timeline: [
      { date: '2025-01', earliest: '2025-01-01', latest: '2025-01-31', granularity: 'month', what: 'union warned about faulty cranes', anchor: 'absolute', evidence: [sentenceAround(valley, 'in January')] },
      { date: '2025-W09', earliest: '2025-02-24', latest: '2025-03-02', granularity: 'week', what: 'strike began', anchor: 'publication', evidence: [sentenceAround(herald, 'last week')] },
      { date: '2025-03-03', earliest: '2025-03-03', latest: '2025-03-03', granularity: 'day', what: 'port closed', anchor: 'publication', evidence: [sentenceAround(herald, 'on Monday')] },
      { date: '2025-03-04', earliest: '2025-03-04', latest: '2025-03-04', granularity: 'day', what: 'council vote on repairs', anchor: 'publication', evidence: [sentenceAround(courier, 'on Tuesday')] },
      // A date far from the others (folded off the zoomed axis) and a weekend, as TimeML codes.
      { date: '197', earliest: '1970-01-01', latest: '1979-12-31', granularity: 'decade', what: 'the cranes were built', anchor: 'absolute', evidence: [sentenceAround(valley, 'in January')] },
      { date: '2025-W10-WE', earliest: '2025-03-08', latest: '2025-03-09', granularity: 'week', what: 'talks resume', anchor: 'publication', evidence: [sentenceAround(courier, 'on Tuesday')] },
    ],
    quotes: [{ kind: 'direct', speaker: 'Ilsa Marrow', entity: 'e-marrow', cue: 'said', content: 'until the cranes are safe to run again', evidence: sentenceAround(herald, '"until the cranes are safe to run again"'), contentRange: { start: 0, end: 0 } }],
    quantities: [],
    warnings: [],
    actorGraph: [
      { source: 'e-authority', target: 'e-velmora', action: 'close', claims: ['c-closed'] },
      { source: 'e-fenwick', target: 'e-marrow', action: 'meet', claims: ['c-inspection'] },
      { source: 'e-union', target: 'e-authority', action: 'accuse', claims: [] },
    ],
  };
  return {
    generator: { name: 'triangulate', version: 'fixture', createdAt: '2025-03-05T00:00:00Z' },
    documents: docs.map((d, i) => ({
      id: d.id, source: d.source, format: d.format, title: d.meta.title, outlet: d.meta.outlet, byline: null, url: d.meta.url,
      published: d.meta.published, publishedPrecision: 'date', zone: null, language: 'en', syndicatedFrom: null, publisher: `p${i}`,
      spans: (d.layers.regions ?? []).filter((r) => r.kind !== 'body').map((r) => ({ ...r, text: d.text.slice(r.start, r.end) })),
      length: d.text.length, stats: { sentences: 0, tokens: 0, mentions: d.layers.mentions?.length ?? 0, times: 0, quotes: 0, claims: 0 },
    })),
    stories: [story],
    errors: [],
  };
}

export async function seedFixtures(store: Store): Promise<Document[]> {
  const docs = fixtureDocuments();
  await store.addDocuments(docs);
  await store.saveAnalysis(fixtureDossier(docs));
  return docs;
}
