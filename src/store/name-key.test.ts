import { describe, expect, it } from 'vitest';
import { nameKey } from './name-key.js';

describe('nameKey', () => {
  it('folds particles, apostrophes, doubled letters and diacritics to one key', () => {
    const key = nameKey('Sharaa').key;
    for (const spelling of ['Al Sharaa', "al-Shar'a", 'Shara', 'ash-Shar\u02bfa', 'Šaraa', 'El-Sharaa']) {
      expect(nameKey(spelling).key).toBe(key);
    }
    expect(nameKey('Ahmad al-Sharaa').key).toBe(`ahmad ${key}`);
  });

  it('transliterates Cyrillic and Arabic script', () => {
    expect(nameKey('Аш-Шараа').key).toBe(nameKey('ash-Sharaa').key);
    expect(nameKey('Тамир Касри').key).toBe(nameKey('Tamir Kasri').key);
    // Arabic omits short vowels: it meets the Latin spellings on the consonant skeleton.
    expect(nameKey('الشرع')).toMatchObject({ abjad: true, skeleton: nameKey('al-Sharaa').skeleton });
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
    expect(nameKey('Sharif').key).not.toBe(nameKey('Sharaa').key);
  });
});
