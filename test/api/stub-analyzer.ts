import { createHash } from 'node:crypto';
import type { Analyzer } from '../../src/store/analyzer.js';
import type { Document } from '../../src/model/document.js';
import type { Dossier, DossierStory } from '../../src/model/dossier.js';

/**
 * A tiny, predictable pipeline so the API tests exercise the server and store, not the NLP:
 * capitalised words are PER mentions, lines starting "Advert" are debris, one story holds all.
 */
export const stubAnalyzer: Analyzer = {
  ingestRecord(record, source) {
    const r = record as Record<string, string | undefined>;
    const body = r.text ?? (r.html ?? '').replace(/<[^>]*>/g, ' ');
    const text = r.title ? `${r.title}\n\n${body}` : body;
    const contentHash = createHash('sha256').update(text).digest('hex');
    if (r.published === 'not a date') throw Object.assign(new Error('unreadable date "not a date"'), { input: source, reason: 'bad-date' });
    return {
      id: contentHash.slice(0, 16), source, format: r.html ? 'html' : 'text', text, contentHash, layers: {},
      meta: { title: r.title ?? null, byline: null, outlet: r.outlet ?? null, url: r.url ?? null, published: r.published ?? null,
        publishedPrecision: r.published ? 'date' : null, zone: null, language: 'en', syndicatedFrom: null, evidence: {} },
    };
  },
  annotateDocument(doc) {
    const regions: NonNullable<Document['layers']['regions']> = [];
    let at = 0;
    for (const line of doc.text.split('\n')) {
      if (line.trim()) regions.push({ start: at, end: at + line.length, kind: /^Advert/.test(line) ? 'boilerplate' : 'body', ...(/^Advert/.test(line) ? { reason: 'advert marker' } : {}) });
      at += line.length + 1;
    }
    const mentions = [...doc.text.matchAll(/\b[A-Z][a-z]{2,}\b/g)]
      .filter((m) => !regions.some((r) => r.kind === 'boilerplate' && r.start <= m.index! && m.index! < r.end))
      .map((m, i) => ({ id: `m${i}`, type: 'PER' as const, text: m[0], start: m.index!, end: m.index! + m[0].length }));
    return { ...doc, layers: { regions, mentions, times: [], quotes: [], claims: [] } };
  },
  analyzeCorpus(docs) {
    return { documents: docs };
  },
  buildDossier(corpus, errors): Dossier {
    const docs = corpus.documents;
    const byName = new Map<string, DossierStory['entities'][number]>();
    for (const d of docs) {
      for (const m of d.layers.mentions ?? []) {
        const e = byName.get(m.text) ?? { id: `e-${m.text.toLowerCase()}`, type: 'PER' as const, name: m.text, aliases: [m.text], roles: [], mentions: [] };
        e.mentions.push({ document: d.id, start: m.start, end: m.end, text: m.text });
        byName.set(m.text, e);
      }
    }
    const stories: DossierStory[] = docs.length === 0 ? [] : [{
      id: 'story-all', title: docs[0].meta.title ?? 'Untitled', documents: docs.map((d) => d.id),
      published: { earliest: docs[0].meta.published, latest: docs[docs.length - 1].meta.published },
      publishers: docs.map((d, i) => ({ id: `p${i}`, name: d.meta.outlet ?? 'unknown', original: d.id, copies: [] })),
      entities: [...byName.values()], possibleAliases: [],
      claims: docs.map((d, i) => ({ id: `c${i}`, text: d.text.slice(0, 40), status: 'single-source' as const, publishers: [`p${i}`], actor: null, action: null, target: null, polarity: 'positive' as const, hedge: null, evidence: [{ document: d.id, start: 0, end: Math.min(10, d.text.length), text: d.text.slice(0, 10), publisher: `p${i}` }], conflicts: [] })),
      conflicts: [], divergences: [], timeline: [], quotes: [], quantities: [], warnings: [], actorGraph: [],
    }];
    return {
      generator: { name: 'triangulate', version: 'stub', createdAt: new Date().toISOString() },
      documents: docs.map((d, i) => ({ id: d.id, source: d.source, format: d.format, title: d.meta.title, outlet: d.meta.outlet, byline: null, url: d.meta.url,
        published: d.meta.published, publishedPrecision: null, zone: null, language: 'en', syndicatedFrom: null, publisher: `p${i}`,
        spans: (d.layers.regions ?? []).map((r) => ({ ...r, text: d.text.slice(r.start, r.end) })), length: d.text.length,
        stats: { sentences: 0, tokens: 0, mentions: d.layers.mentions?.length ?? 0, times: 0, quotes: 0, claims: 0 } })),
      stories,
      errors: errors.map((e) => ({ input: e.input, error: e.reason, message: e.message })),
    };
  },
};
