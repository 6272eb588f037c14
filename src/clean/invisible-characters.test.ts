import { describe, expect, it } from 'vitest';
import { ingestRecord } from '../ingest/record.js';
import { analyzeDocuments } from '../pipeline/analyze.js';
import { buildCleanedText, toOriginal, toOriginalEnd } from './offset-map.js';
import { foldForMatching } from './matching-text.js';
import type { Document } from '../model/document.js';

const ZWSP = '\u200B';
const RLO = '\u202E';
const PDF = '\u202C';

/** An invented report; `name` and `title` let a copy hide characters inside its words. */
function report(name: string, title: string): string {
  return [
    `${title} Ali ${name} signed a decree on Monday that closes the northern border crossing at Tal Hamra for thirty days.`,
    `${name} said the closure would stop smugglers who had moved weapons through the crossing since March.`,
    'The decree was opposed by Farida Nasser, the leader of the provincial council, who said traders would lose their income.',
    `Nasser accused ${name} of acting without consulting the council.`,
    '"We were told nothing," Nasser told reporters in the provincial capital on Tuesday.',
    `${title} ${name} met army commanders in Tal Hamra on Tuesday afternoon.`,
  ].join('\n\n');
}

function article(text: string, outlet: string, source: string): Document {
  return ingestRecord({ title: 'Border crossing closed for thirty days', text, outlet, published: '2025-03-12' }, source);
}

describe('text folded for matching, the original kept for evidence', () => {
  it('folds zero-width characters, soft hyphens, bidi controls and compatibility forms', () => {
    expect(foldForMatching(`Kar${ZWSP}imi ${RLO}Governor${PDF} Ka\u00ADri\u2060mi \uFEFFＫａｒｉｍｉ ﬁre`)).toBe('Karimi Governor Karimi Karimi fire');
    expect(foldForMatching('plain text, untouched')).toBe('plain text, untouched');
  });

  it('maps folded offsets back to the original, invisible characters inside a span, never at its edges', () => {
    const original = `Ali Kar${ZWSP}imi met the ${RLO}Governor${PDF} at ﬁve.`;
    const cleaned = buildCleanedText(original, [{ start: 0, end: original.length }]);
    expect(cleaned.text).toBe('Ali Karimi met the Governor at five.');
    const span = (word: string) => {
      const at = cleaned.text.indexOf(word);
      return original.slice(toOriginal(cleaned, at), toOriginalEnd(cleaned, at + word.length));
    };
    expect(span('Karimi')).toBe(`Kar${ZWSP}imi`);
    expect(span('Governor')).toBe('Governor');
    expect(span('five')).toBe('ﬁve');
  });

  it('tokenises a word with a zero-width space inside as one token spanning the original', () => {
    const doc = article(report(`Kar${ZWSP}imi`, 'Governor'), 'The Coast Courier', 'copy');
    analyzeDocuments([doc]);
    const t = doc.layers.tokens!;
    const words = Array.from({ length: t.count }, (_, i) => doc.text.slice(t.start[i], t.end[i]));
    expect(words).toContain(`Kar${ZWSP}imi`);
    expect(words).not.toContain('Kar');
  });

  it('finds no conflict between a clean article and its copy with invisible characters inside words, and warns', () => {
    const original = article(report('Karimi', 'Governor'), 'The Valley Herald', 'original');
    const copy = article(report(`Kar${ZWSP}imi`, `${RLO}Governor${PDF}`), 'The Coast Courier', 'copy');
    const { corpus } = analyzeDocuments([original, copy]);
    expect(corpus.conflicts ?? []).toEqual([]);
    const people = (corpus.entities ?? []).filter((e) => e.type === 'PER');
    expect(people.some((e) => JSON.stringify(e).includes('"Ali Kar"'))).toBe(false);
    const warnings = (corpus.warnings ?? []).filter((w) => w.kind === 'bidi-override');
    expect(warnings.map((w) => w.document)).toEqual([copy.id]);
    // The evidence points at the controls in the original, which is stored unchanged.
    expect(warnings[0].evidence.map((e) => copy.text.slice(e.start, e.end))).toEqual([RLO, PDF, RLO, PDF]);
    expect(copy.text).toContain(`Kar${ZWSP}imi`);
  });

  it('warns on a word mixing Latin letters with Cyrillic look-alikes', () => {
    const doc = article(report('Karimi', 'G\u043Evernor'), 'The Coast Courier', 'look-alike');
    const { corpus } = analyzeDocuments([doc]);
    const found = (corpus.warnings ?? []).filter((w) => w.kind === 'mixed-script');
    expect(found).toHaveLength(1);
    expect(found[0].evidence.map((e) => doc.text.slice(e.start, e.end))).toEqual(['G\u043Evernor', 'G\u043Evernor']);
  });
});
