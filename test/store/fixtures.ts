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
