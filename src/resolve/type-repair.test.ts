import { describe, expect, it } from 'vitest';
import type { Document } from '../model/document.js';
import type { EntityType, Mention } from '../model/mention.js';
import { resolveCorpus } from './component.js';

/** One document whose mentions are the listed spans, each with the type a tagger might have given it. */
function documentWith(text: string, spans: [string, EntityType][]): Document {
  const mentions: Mention[] = [];
  let from = 0;
  for (const [spelling, type] of spans) {
    const at = text.indexOf(spelling, from);
    if (at < 0) throw new Error(`${spelling} not in text`);
    from = at + spelling.length;
    mentions.push({ id: `m${mentions.length}`, start: at, end: at + spelling.length, type, text: spelling });
  }
  const sentences = [...text.matchAll(/[^.!?]+[.!?]?/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, tokenStart: 0, tokenEnd: 0 }));
  return {
    id: 'd', source: 'd', format: 'text', text, contentHash: 'd',
    meta: { title: null, byline: null, outlet: null, url: null, published: null, publishedPrecision: null, zone: null, language: 'en', syndicatedFrom: null, evidence: {} },
    layers: { mentions, sentences },
  };
}

function entitiesOf(doc: Document): { type: string; aliases: string[] }[] {
  const corpus = { documents: [doc] };
  resolveCorpus(corpus, { geo: false });
  return corpus.entities!.map((e) => ({ type: e.type, aliases: [...e.aliases].sort() }));
}

describe('type repair by coreference', () => {
  it('re-types a bare misspelled surname as the person it spells', () => {
    const doc = documentWith(
      'President Tamer Varani met the envoy. Later Valanih said the talks went well. The Valane government agreed.',
      [['Tamer Varani', 'PER'], ['Valanih', 'ORG'], ['Valane', 'LOC']],
    );
    expect(entitiesOf(doc)).toEqual([{ type: 'PER', aliases: ['Tamer Varani', 'Valane', 'Valanih'] }]);
  });

  it('re-types a chain of two bare spellings the article linked, when both spell the person', () => {
    const doc = documentWith(
      'President Tamer Varani met the envoy. Later Valanih spoke. Aides of Valaney agreed.',
      [['Tamer Varani', 'PER'], ['Valanih', 'ORG'], ['Valaney', 'ORG']],
    );
    expect(entitiesOf(doc)).toEqual([{ type: 'PER', aliases: ['Tamer Varani', 'Valaney', 'Valanih'] }]);
  });

  it('joins a bare name to the facility it names', () => {
    const doc = documentWith('Jets left the Dorvan Naval Base. Ships still dock at Dorvan.', [['Dorvan Naval Base', 'FAC'], ['Dorvan', 'ORG']]);
    expect(entitiesOf(doc)).toEqual([{ type: 'FAC', aliases: ['Dorvan', 'Dorvan Naval Base'] }]);
  });

  it('leaves a name with no likeness, a known city and a named pair apart', () => {
    const doc = documentWith(
      'Omar Cairon spoke. Cairo hosted the talks. Orlent declined. Kalder met Tamer Kaldor.',
      [['Omar Cairon', 'PER'], ['Cairo', 'LOC'], ['Orlent', 'ORG'], ['Kalder', 'ORG'], ['Tamer Kaldor', 'PER']],
    );
    const types = entitiesOf(doc).map((e) => `${e.type}:${e.aliases.join('|')}`).sort();
    expect(types).toEqual(['LOC:Cairo', 'ORG:Kalder', 'ORG:Orlent', 'PER:Omar Cairon', 'PER:Tamer Kaldor']);
  });
});
