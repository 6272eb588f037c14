/** Helpers for the resolver's tests: documents whose mentions are given by their spellings. */
import type { Corpus } from '../model/corpus.js';
import type { Document } from '../model/document.js';
import type { EntityType, Mention } from '../model/mention.js';

/** A document whose mentions are every occurrence of the listed spellings, longest first. */
export function doc(id: string, text: string, spellings: [string, EntityType, string?][]): Document {
  const mentions: Mention[] = [];
  const taken: boolean[] = new Array(text.length).fill(false);
  for (const [spelling, type, role] of [...spellings].sort((a, b) => b[0].length - a[0].length)) {
    let from = 0;
    for (;;) {
      const at = text.indexOf(spelling, from);
      if (at < 0) break;
      from = at + spelling.length;
      const before = at === 0 ? ' ' : text[at - 1];
      const after = text[at + spelling.length] ?? ' ';
      if (/[A-Za-z]/.test(before) || /[A-Za-z]/.test(after)) continue;
      if (taken.slice(at, at + spelling.length).some(Boolean)) continue;
      for (let i = at; i < at + spelling.length; i++) taken[i] = true;
      const mention: Mention = { id: `${id}-${mentions.length}`, start: at, end: at + spelling.length, type, text: spelling };
      if (role) {
        const r = text.lastIndexOf(role, at);
        if (r >= 0) mention.role = { text: role, start: r, end: r + role.length };
      }
      mentions.push(mention);
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  const sentences = [...text.matchAll(/[^.!?]+[.!?]?/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, tokenStart: 0, tokenEnd: 0 }));
  return {
    id, source: id, format: 'text', text, contentHash: id,
    meta: { title: null, byline: null, outlet: null, url: null, published: null, publishedPrecision: null, zone: null, language: 'en', syndicatedFrom: null, evidence: {} },
    layers: { mentions, sentences },
  };
}

export function entityOf(corpus: Corpus, docId: string, text: string): string {
  const d = corpus.documents.find((x) => x.id === docId)!;
  const index = d.layers.mentions!.findIndex((m) => m.text === text);
  if (index < 0) throw new Error(`${text} is no mention of ${docId}`);
  return corpus.mentionEntity!.get(`${docId}:${index}`)!;
}
