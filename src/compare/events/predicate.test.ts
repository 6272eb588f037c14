import { describe, expect, it } from 'vitest';
import { predicateKeys, predicateMeaning, predicateSimilarity } from './predicate.js';
import { triggerLemma } from './mention.js';
import { EVENT_COREF_CONFIG } from './config.js';

describe('trigger lemmas', () => {
  it('reads a name plural, a hashtag and a trademark mark as the singular noun', () => {
    expect(triggerLemma('Oscars', 'noun')).toBe('oscar');
    expect(triggerLemma('#Oscars', 'noun')).toBe('oscar');
    expect(triggerLemma('Awards', 'noun')).toBe('award');
    expect(triggerLemma('Grammy®', 'noun')).toBe('grammy');
  });

  it('keeps words whose plural is their own entry, and verbs', () => {
    expect(triggerLemma('news', 'noun')).toBe('news');
    expect(triggerLemma('arms', 'noun')).toBe('arms');
    expect(triggerLemma('access', 'noun')).toBe('access');
    expect(triggerLemma('Says', 'verb')).toBe('says');
  });
});

describe('noun predicates', () => {
  it('relates nouns that share a sense, and a kind of event to its kind', () => {
    const quake = predicateMeaning('quake', 'noun');
    const temblor = predicateMeaning('temblor', 'noun');
    expect(predicateKeys(quake).some((k) => predicateKeys(temblor).includes(k))).toBe(true);
    expect(predicateSimilarity(quake, temblor, EVENT_COREF_CONFIG)).toBe(EVENT_COREF_CONFIG.synonym);
    const oscar = predicateMeaning('oscar', 'noun');
    const award = predicateMeaning('award', 'noun');
    expect(predicateSimilarity(oscar, award, EVENT_COREF_CONFIG)).toBe(EVENT_COREF_CONFIG.hypernym);
  });

  it('leaves unrelated nouns apart', () => {
    expect(predicateSimilarity(predicateMeaning('quake', 'noun'), predicateMeaning('ceremony', 'noun'), EVENT_COREF_CONFIG)).toBe(0);
  });
});
