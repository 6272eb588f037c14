import { describe, expect, it } from 'vitest';
import type { Document } from '../../model/document.js';
import { entitiesComponent } from './component.js';
import { benchTagger } from './bench.js';
import { loadNerModel } from './tagger.js';

/** CoNLL-like tokens: possessives and punctuation apart, hyphenated words and U.S.-style abbreviations whole. */
function testDocument(text: string): Document {
  const start: number[] = [];
  const end: number[] = [];
  const sentences: { start: number; end: number; tokenStart: number; tokenEnd: number }[] = [];
  const re = /(?:\p{Lu}\.){2,}|(?:St|Mt|Ft)\.(?= \p{Lu})|[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*|['’]s\b|\S/gu;
  let sentenceStart = 0;
  for (const m of text.matchAll(re)) {
    const s = m.index!;
    const word = m[0];
    const possessive = /^(.+)['’]s$/u.exec(word);
    if (possessive) { start.push(s); end.push(s + possessive[1].length); start.push(s + possessive[1].length); end.push(s + word.length); }
    else { start.push(s); end.push(s + word.length); }
    const atLineEnd = text[s + word.length] === '\n' || s + word.length === text.length;
    if (word === '.' || atLineEnd) {
      sentences.push({ start: start[sentenceStart], end: end[end.length - 1], tokenStart: sentenceStart, tokenEnd: start.length });
      sentenceStart = start.length;
    }
  }
  const n = start.length;
  return {
    id: 'test', source: 'test', format: 'text', text, contentHash: '',
    meta: { title: null, byline: null, outlet: null, url: null, published: null, publishedPrecision: null, zone: null, language: 'en', syndicatedFrom: null, evidence: {} },
    layers: { sentences, tokens: { count: n, start: Int32Array.from(start), end: Int32Array.from(end), pos: new Uint8Array(n), sentence: new Int32Array(n) } },
  };
}

function mentionsOf(text: string): { type: string; text: string; role?: string }[] {
  const doc = testDocument(text);
  entitiesComponent.process(doc);
  return doc.layers.mentions!.map((m) => {
    expect(doc.text.slice(m.start, m.end)).toBe(m.text);
    return { type: m.type, text: m.text, ...(m.role ? { role: m.role.text } : {}) };
  });
}

describe('entity tagger', () => {
  it('loads quickly and tags a sentence', () => {
    const t0 = Date.now();
    const model = loadNerModel();
    expect(Date.now() - t0).toBeLessThan(5000);
    const [tags] = model.tagDocument([['Angela', 'Merkel', 'flew', 'to', 'Paris', 'on', 'Monday', '.']]);
    expect(tags).toEqual(['B-PER', 'I-PER', 'O', 'O', 'B-LOC', 'O', 'O', 'O']);
  });

  it('benchmarks on text it writes itself', () => {
    const r = benchTagger(20_000);
    expect(r.tokens_per_s).toBeGreaterThan(1000);
  });
});

describe('entities component', () => {
  it('declares its layers', () => {
    expect(entitiesComponent.name).toBe('entities');
    expect(entitiesComponent.requires).toEqual(['sentences', 'tokens']);
    expect(entitiesComponent.produces).toEqual(['mentions']);
  });

  it('keeps titles out of person names and gives them as roles', () => {
    const ms = mentionsOf('Norwegian Foreign Minister Jonas Lindqvist met German Chancellor Olaf Brandt in Berlin on Tuesday.');
    const jonas = ms.find((m) => m.text === 'Jonas Lindqvist');
    expect(jonas).toMatchObject({ type: 'PER', role: 'Norwegian Foreign Minister' });
    expect(ms.find((m) => m.text === 'Olaf Brandt')).toMatchObject({ type: 'PER', role: 'German Chancellor' });
    expect(ms.some((m) => m.type === 'PER' && /Minister|Chancellor/.test(m.text))).toBe(false);
  });

  it('finds facilities and nationalities', () => {
    const ms = mentionsOf('Troops left the Zarqa airbase and the Lindo naval facility, Norwegian officials said. Flights resumed at Pellworm Airport.');
    expect(ms).toContainEqual({ type: 'FAC', text: 'Zarqa' });
    expect(ms).toContainEqual({ type: 'FAC', text: 'Lindo' });
    expect(ms).toContainEqual({ type: 'FAC', text: 'Pellworm Airport' });
    expect(ms).toContainEqual({ type: 'NORP', text: 'Norwegian' });
  });

  it('does not read Title Case headline words as a person', () => {
    const ms = mentionsOf('Chancellor Meets Lindqvist in Oslo\nThe chancellor met Jonas Lindqvist in Oslo on Friday.');
    expect(ms.some((m) => m.text.includes('Meets'))).toBe(false);
    expect(ms.some((m) => m.type === 'PER' && m.text.startsWith('Chancellor'))).toBe(false);
    expect(ms.filter((m) => m.text === 'Oslo').length).toBe(2);
  });

  it('keeps a name a person across the document and outlets as organisations', () => {
    const ms = mentionsOf('Karim al-Hadi arrived in Cairo. With al-Hadi were two aides, a correspondent for news outlet Al Fanar reported.');
    expect(ms.filter((m) => m.type === 'PER').map((m) => m.text)).toEqual(['Karim al-Hadi', 'al-Hadi']);
    expect(ms).toContainEqual({ type: 'ORG', text: 'Al Fanar' });
  });

  it('takes types from context: a regime is a person\'s, a speaking seat of power an organisation, Heights a place', () => {
    const ms = mentionsOf('The Vrandel administration backed the Karim al-Hadi regime. White House spokesman Ivo Marek said the White House moved to calm troops on the Telmar Heights. He spoke at the White House.');
    expect(ms).toContainEqual({ type: 'PER', text: 'Vrandel' });
    expect(ms).toContainEqual({ type: 'PER', text: 'Karim al-Hadi' });
    expect(ms.filter((m) => m.text === 'White House').map((m) => m.type)).toEqual(['ORG', 'ORG', 'ORG']);
    expect(ms).toContainEqual({ type: 'LOC', text: 'Telmar Heights' });
  });

  it('reads a settlement noun as a place only where it heads the apposition ("X, a city councillor" is no town)', () => {
    const ms = mentionsOf('Anya Pettigrew, a city councillor who is running for mayor, spoke on Monday. Water reached Dorrow, a small town near the coast, on Tuesday.');
    expect(ms).toContainEqual({ type: 'PER', text: 'Anya Pettigrew' });
    expect(ms).toContainEqual({ type: 'LOC', text: 'Dorrow' });
  });

  it('keeps "St." inside a name', () => {
    const ms = mentionsOf('They met in the St. Anselm Hall on Monday.');
    expect(ms).toContainEqual({ type: 'FAC', text: 'St. Anselm Hall' });
    expect(ms.some((m) => m.text === 'St.')).toBe(false);
  });
});
