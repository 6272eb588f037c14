import { describe, expect, it } from 'vitest';
import { CaseClass, HYPHEN_SLOT, SUFFIX5_SLOT, wordFeatures } from './word-features.js';
import { STATIC_SLOTS, WORD_IN_PLACE_SLOTS, documentContext, placeOf, sentenceFeatures, sentenceMode, sentenceWords } from './features.js';
import { Gazetteer } from './gazetteer.js';
import { hashString, mix } from './hashing.js';

const resources = { gazetteer: new Gazetteer(['Springfield']), commonLower: new Set(['the', 'said']) };

describe('wordFeatures', () => {
  it('is computed once per distinct word and reads the word alone', () => {
    const a = wordFeatures('Al-Hassan');
    expect(wordFeatures('Al-Hassan')).toBe(a);
    expect(a.lower).toBe('al-hassan');
    expect(a.hw).toBe(hashString('Al-Hassan'));
    expect(a.hl).toBe(hashString('al-hassan'));
    expect(a.cap).toBe(1);
    expect(wordFeatures('al-Hassan').cap).toBe(0);
  });

  it('classes words as sentenceMode counts them', () => {
    expect(wordFeatures('NATO').caseClass).toBe(CaseClass.Capitals);
    expect(wordFeatures('Meets').caseClass).toBe(CaseClass.Titled);
    expect(wordFeatures('meets').caseClass).toBe(CaseClass.Other);
    for (const w of ['the', 'a', "'s", '12', 'x', '.']) expect(wordFeatures(w).caseClass).toBe(CaseClass.Uncounted);
    expect(sentenceMode(['Minister', 'Meets', 'Envoy', 'in', 'Springfield'])).toBe(2);
    expect(sentenceMode(['SOCCER', '-', 'JAPAN', 'GET', 'LUCKY', 'WIN'])).toBe(1);
  });

  it('gives the same features whether a sentence comes as words or read once', () => {
    const words = ['Anna', 'Berg', 'visited', 'Springfield', 'on', 'a', 'well-known', 'errand', '.'];
    const ctx = documentContext([words]);
    const fromWords = new Uint32Array(words.length * STATIC_SLOTS);
    const fromRead = new Uint32Array(words.length * STATIC_SLOTS);
    sentenceFeatures(words, ctx, resources, fromWords, 0);
    sentenceFeatures(sentenceWords(words), ctx, resources, fromRead, 0);
    expect(Array.from(fromRead)).toEqual(Array.from(fromWords));
    expect(documentContext([words], [sentenceMode(words)])).toEqual(ctx);
  });

  it('fills the word-alone slots with the word, its lower form, prefixes and suffixes', () => {
    const words = ['Dockworkers', 'struck'];
    const out = new Uint32Array(words.length * STATIC_SLOTS);
    sentenceFeatures(words, documentContext([words]), resources, out, 0);
    expect(out[1]).toBe(mix(1, hashString('Dockworkers')));
    expect(out[2]).toBe(mix(2, hashString('dockworkers')));
    expect(out[4]).toBe(mix(4, hashString('d')));
    expect(out[11]).toBe(mix(11, hashString('kers')));
    expect(out[HYPHEN_SLOT]).toBe(mix(HYPHEN_SLOT, 0));
    expect(out[SUFFIX5_SLOT]).toBe(mix(SUFFIX5_SLOT, hashString('rkers')));
    expect(out[STATIC_SLOTS + SUFFIX5_SLOT]).toBe(mix(SUFFIX5_SLOT, hashString('truck')));
  });

  it('fills the word-in-place slots from the word and its place alone, whatever the neighbours or the document', () => {
    const doc = [
      ['Anna', 'Berg', 'said', 'the', 'port', 'in', 'Springfield', 'reopened', 'on', 'Monday', '.'],
      ['Berg', 'said', 'the', 'port', 'workers', 'in', 'New', 'Haven', 'had', 'struck', '.'],
      ['The', 'port', 'said', 'nothing', '.'],
      ['PORT', 'STRIKE', 'ENDS', 'IN', 'SPRINGFIELD'],
      ['Port', 'Strike', 'Ends'],
      ['said', 'Berg'],
    ];
    const seen = new Map<string, number[]>();
    for (const other of [doc, doc.slice(2)]) {
      const ctx = documentContext(other);
      for (const words of other) {
        const out = new Uint32Array(words.length * STATIC_SLOTS);
        sentenceFeatures(words, ctx, resources, out, 0);
        const mode = sentenceMode(words);
        words.forEach((w, i) => {
          const key = `${w} ${placeOf(i, words.length, mode)}`;
          const slots = WORD_IN_PLACE_SLOTS.map((k) => out[i * STATIC_SLOTS + k]);
          if (seen.has(key)) expect(slots, key).toEqual(seen.get(key));
          seen.set(key, slots);
        });
      }
    }
    // Some words came back in the same place, so the check above compared something.
    expect(seen.size).toBeLessThan(doc.flat().length);
  });
});
