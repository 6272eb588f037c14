import { describe, expect, it } from 'vitest';
import { quantityQuestion } from './quantity-question.js';

describe('the question a figure answers', () => {
  it('asks how long of a duration, never "how many month"', () => {
    expect(quantityQuestion({ kind: 'duration', unit: 'month', counts: null })).toBe('how long');
  });

  it('asks how old of an age written as a duration', () => {
    expect(quantityQuestion({ kind: 'duration', unit: 'year', counts: null, text: '34-year-old man' })).toBe('how old');
    expect(quantityQuestion({ kind: 'duration', unit: 'year', counts: null, text: '34 years old' })).toBe('how old');
    expect(quantityQuestion({ kind: 'duration', unit: 'year', counts: null, text: '34 years' })).toBe('how long');
  });

  it('names the counted thing of a count', () => {
    expect(quantityQuestion({ kind: 'count', unit: null, counts: 'people' })).toBe('how many people');
    expect(quantityQuestion({ kind: 'count', unit: null, counts: null })).toBe('how many units');
  });

  it('asks how much of money and what share of a percentage', () => {
    expect(quantityQuestion({ kind: 'money', unit: 'USD', counts: null })).toBe('how much money');
    expect(quantityQuestion({ kind: 'percent', unit: 'percent', counts: 'the vote' })).toBe('what share of the vote');
  });

  it('asks what reading of a named scale', () => {
    expect(quantityQuestion({ kind: 'measure', unit: 'magnitude', counts: null })).toBe('what magnitude');
  });

  it('asks which one of a rank', () => {
    expect(quantityQuestion({ kind: 'ordinal', unit: null, counts: 'round' })).toBe('which round');
  });
});
