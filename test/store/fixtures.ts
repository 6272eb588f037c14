import { createHash } from 'node:crypto';
import type { Document } from '../../src/model/document.js';
import { lemmaId } from '../../src/annotate/tokens/vocabulary.js';
import type { Dossier, DossierStory } from '../../src/model/dossier.js';

/** A hand-annotated document, so store tests do not depend on the pipeline. */
export function annotatedDocument(text: string, opts: { title?: string; outlet?: string; published?: string; annotated?: boolean } = {}): Document {
  const contentHash = createHash('sha256').update(text).digest('hex');
  const firstWord = text.match(/[A-Z][a-z]+/);
  const doc: Document = {
    id: contentHash.slice(0, 16),
    source: `test:${contentHash.slice(0, 6)}`,
    format: 'text',
    text,
    contentHash,
    meta: {
      title: opts.title ?? null, byline: null, outlet: opts.outlet ?? null, url: null,
      published: opts.published ?? null, publishedPrecision: opts.published ? 'date' : null, zone: null,
      language: 'en', syndicatedFrom: null, evidence: {},
    },
    layers: {},
  };
  if (opts.annotated === false) return doc;
  doc.layers = {
    regions: [{ start: 0, end: text.length, kind: 'body' }],
    sentences: [{ start: 0, end: text.length, tokenStart: 0, tokenEnd: 2 }],
    tokens: {
      count: 2,
      start: Int32Array.from([0, 5]),
      end: Int32Array.from([4, 9]),
      pos: Uint8Array.from([12, 16]),
      sentence: Int32Array.from([0, 0]),
      lemma: Uint32Array.from([lemmaId('ilsa'), lemmaId('close')]),
    },
    mentions: firstWord ? [{ id: 'm0', type: 'PER', text: firstWord[0], start: firstWord.index!, end: firstWord.index! + firstWord[0].length }] : [],
    times: [],
    quotes: [],
    claims: [],
  };
  return doc;
}

/** A minimal dossier over the given documents: one story holding them all. */
export function dossierOf(docs: Document[], storyTitle = 'Harbour dispute in Velmora'): Dossier {
  const ev = (d: Document) => ({ document: d.id, start: 0, end: 4, text: d.text.slice(0, 4) });
  const story: DossierStory = {
    id: 'story-1',
    title: storyTitle,
    documents: docs.map((d) => d.id),
    published: { earliest: '2031-03-01', latest: '2031-03-02' },
    publishers: docs.map((d, i) => ({ id: `p${i}`, name: d.meta.outlet ?? `outlet ${i}`, original: d.id, copies: [] })),
    entities: [{ id: 'e1', type: 'PER', name: 'Ilsa Marrow', aliases: ['Ilsa Marrow', 'Marrow'], roles: [], mentions: docs.map(ev) }],
    possibleAliases: [],
    claims: [{ id: 'c1', text: 'Marrow closed the harbour', status: 'corroborated', publishers: ['p0', 'p1'], actor: 'e1', action: 'close', target: null, polarity: 'positive', hedge: null, evidence: docs.map((d, i) => ({ ...ev(d), publisher: `p${i}` })), conflicts: [] }],
    divergences: [],
    conflicts: [{ id: 'k1', kind: 'number', about: 'ships held', sides: docs.map((d, i) => ({ publisher: `p${i}`, value: String(i + 3), evidence: ev(d) })) }],
    timeline: [], quotes: [], quantities: [], warnings: [], actorGraph: [],
  };
  return {
    generator: { name: 'triangulate', version: 'test', createdAt: '2031-03-03T00:00:00Z' },
    documents: docs.map((d) => ({
      id: d.id, source: d.source, format: d.format, title: d.meta.title, outlet: d.meta.outlet, byline: null, url: null,
      published: d.meta.published, publishedPrecision: null, zone: null, language: 'en', syndicatedFrom: null, publisher: null,
      spans: [], length: d.text.length, stats: { sentences: 1, tokens: 2, mentions: 1, times: 0, quotes: 0, claims: 0 },
    })),
    stories: [story],
    errors: [],
  };
}

/**
 * A story about a fictional person whose articles spell him six ways (Latin variants, Arabic,
 * Cyrillic), with one claim per spelling family, and a second person who must not be found.
 */
export function dossierWithNames(): { docs: Document[]; dossier: Dossier; spellings: string[] } {
  const spellings = ['Idris al-Qassar', 'Idriss el-Kassar', 'al-Qa\u1e63\u1e63\u0101r', 'Qassar', 'القصار', 'Идрис аль-Кассар'];
  const texts = [
    'Idris al-Qassar signed the water accord on Monday.',
    'Idriss el-Kassar later denied signing it, said Odile Brannock.',
  ];
  const docs = texts.map((t, i) => annotatedDocument(t, { title: `Accord report ${i}`, published: `2031-05-0${i + 1}` }));
  const dossier = dossierOf(docs, 'Water accord');
  const story = dossier.stories[0];
  const mention = (d: Document, name: string) => {
    const start = d.text.indexOf(name);
    return { document: d.id, start, end: start + name.length, text: name };
  };
  story.entities = [
    { id: 'e-qassar', type: 'PER', name: 'Idris al-Qassar', aliases: spellings, roles: [],
      mentions: [mention(docs[0], 'Idris al-Qassar'), mention(docs[1], 'Idriss el-Kassar')] },
    { id: 'e-other', type: 'PER', name: 'Odile Brannock', aliases: ['Odile Brannock'], roles: [], mentions: [mention(docs[1], 'Odile Brannock')] },
  ];
  const sentence = (d: Document) => ({ start: 0, end: d.text.indexOf('.') + 1, text: d.text.slice(0, d.text.indexOf('.') + 1) });
  story.claims = docs.map((d, i) => ({
    id: `c${i + 1}`, text: i === 0 ? 'the accord was signed' : 'signing was denied', status: 'single-source', publishers: [`p${i}`],
    actor: null, action: null, target: null, polarity: 'positive', hedge: null, conflicts: [],
    evidence: [{ document: d.id, start: 0, end: 10, text: d.text.slice(0, 10), sentence: sentence(d), publisher: `p${i}` }],
  }));
  story.conflicts = [];
  return { docs, dossier, spellings };
}
