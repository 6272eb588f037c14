import { describe, expect, it } from 'vitest';
import { quotationKeys, spellingKey } from './spelling-key.js';

describe('one word spelt two ways has one key', () => {
  it('reads British and American endings as one word', () => {
    expect(spellingKey('realised')).toBe(spellingKey('realized'));
    expect(spellingKey('organisation')).toBe(spellingKey('organization'));
    expect(spellingKey('analysed')).toBe(spellingKey('analyzed'));
    expect(spellingKey('honour')).toBe(spellingKey('honor'));
    expect(spellingKey('centre')).toBe(spellingKey('center'));
    expect(spellingKey('travelled')).toBe(spellingKey('traveled'));
    expect(spellingKey('behaviour')).toBe(spellingKey('behavior'));
  });

  it('reads a number in words as its digits', () => {
    expect(spellingKey('eleventh')).toBe(spellingKey('11th'));
    expect(spellingKey('Six')).toBe('6');
  });

  it('keeps words whose endings only look alike apart', () => {
    expect(spellingKey('rise')).not.toBe(spellingKey('riz'));
    expect(spellingKey('four')).toBe('4');
    expect(spellingKey('pour')).toBe('pour');
    expect(spellingKey('hour')).toBe('hour');
    expect(spellingKey('tell')).toBe('tell');
    expect(spellingKey('otherwise')).not.toBe(spellingKey('house'));
  });

  it('drops the minutes of a whole hour', () => {
    expect(quotationKeys(['after', '6', '00', 'p', 'm'])).toEqual(quotationKeys(['after', '6', 'p', 'm']));
  });
});
