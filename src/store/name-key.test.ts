import { describe, expect, it } from 'vitest';
import { nameKey } from './name-key.js';

describe('nameKey', () => {
  it('folds particles, apostrophes, doubled letters and diacritics to one key', () => {
    const key = nameKey('Nashraa').key;
    for (const spelling of ['Al Nashraa', "al-Nashr'a", 'Nashra', 'an-Nashr\u02bfa', 'Našraa', 'El-Nashraa']) {
      expect(nameKey(spelling).key).toBe(key);
    }
    expect(nameKey('Idris al-Nashraa').key).toBe(`idris ${key}`);
  });

  it('transliterates Cyrillic and Arabic script', () => {
    expect(nameKey('Ан-Нашраа').key).toBe(nameKey('an-Nashraa').key);
    expect(nameKey('Тамир Касри').key).toBe(nameKey('Tamir Kasri').key);
    // Arabic omits short vowels: it meets the Latin spellings on the consonant skeleton.
    expect(nameKey('النشرع')).toMatchObject({ abjad: true, skeleton: nameKey('al-Nashraa').skeleton });
    expect(nameKey('محمد').skeleton).toBe(nameKey('Mohammed').skeleton);
  });

  it('folds spelling habits of different languages ("Haroun", "Harun"; "Qasri", "Kasri")', () => {
    expect(nameKey('Tal Haroun').key).toBe(nameKey('Tal Harun').key);
    expect(nameKey('Qasri').key).toBe(nameKey('Kasri').key);
    expect(nameKey('Харун').key).toBe(nameKey('Harun').key);
    expect(nameKey('Маразия').key).toBe(nameKey('Marazia').key);
  });

  it('keeps a name that is only a particle, and keeps different names apart', () => {
    expect(nameKey('Al').key).toBe('al');
    expect(nameKey('Nashrif').key).not.toBe(nameKey('Nashraa').key);
  });
});
