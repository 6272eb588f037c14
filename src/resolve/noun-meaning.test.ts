import { describe, expect, it } from 'vitest';
import { abstractNoun, kinNoun, knownNoun, personNoun, relatedKeys, relatedPersonNouns } from './noun-meaning.js';

describe('noun meaning from WordNet', () => {
  it('knows which description heads name a kind of person', () => {
    expect(personNoun('comedian')).toBe(true);
    expect(personNoun('emcee')).toBe(true);
    expect(personNoun('facility')).toBe(false);
    expect(personNoun('zzzz')).toBe(false);
  });

  it('relates person nouns by a shared sense or a near common class', () => {
    expect(relatedPersonNouns('emcee', 'host')).toBe(true);
    expect(relatedPersonNouns('emcee', 'comedian')).toBe(true);
    expect(relatedPersonNouns('spokesman', 'spokeswoman')).toBe(true);
    expect(relatedPersonNouns('teen', 'teenager')).toBe(true);
  });

  it('does not relate people through broad classes, roles of different kinds, or kin words', () => {
    expect(relatedPersonNouns('officer', 'judge')).toBe(false);
    expect(relatedPersonNouns('driver', 'man')).toBe(false);
    expect(relatedPersonNouns('lawyer', 'doctor')).toBe(false);
    expect(kinNoun('daughter')).toBe(true);
    expect(relatedPersonNouns('daughter', 'mother')).toBe(false);
  });

  it('gives related person nouns a shared blocking key, and things or kin words none', () => {
    const shared = (a: string, b: string) => relatedKeys(a).some((k) => relatedKeys(b).includes(k));
    expect(shared('emcee', 'host')).toBe(true);
    expect(shared('emcee', 'comedian')).toBe(true);
    expect(shared('officer', 'judge')).toBe(false);
    expect(relatedKeys('facility')).toEqual([]);
    expect(relatedKeys('mother')).toEqual([]);
  });

  it('tells abstract nouns (qualities, messages, rules) from things and people', () => {
    expect(abstractNoun('flaw')).toBe(true);
    expect(abstractNoun('vulnerability')).toBe(true);
    expect(abstractNoun('rule')).toBe(true);
    expect(abstractNoun('vehicle')).toBe(false);
    expect(abstractNoun('explorer')).toBe(false);
    expect(abstractNoun('zzzz')).toBe(false);
    expect(knownNoun('zzzz')).toBe(false);
    expect(knownNoun('vehicle')).toBe(true);
  });
});
