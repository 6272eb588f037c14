import { describe, expect, it } from 'vitest';
import { humanPublished, humanRange, humanTime, humanValue, looksLikeTimeCode } from './human-date.js';

describe('TimeML values in words', () => {
  it.each([
    ['2025-03-08', '8 March 2025'],
    ['2025-03', 'March 2025'],
    ['2025', '2025'],
    ['2024-FA', 'autumn 2024'],
    ['2025-SP', 'spring 2025'],
    ['2024-WI', 'winter 2024–25'],
    ['2025-W10', 'week of 3 March 2025'],
    ['2025-W10-WE', 'weekend of 8 March 2025'],
    ['2021-W01', 'week of 4 January 2021'],
    ['2025-Q2', 'the second quarter of 2025'],
    ['2025-H1', 'the first half of 2025'],
    ['197', 'the 1970s'],
    ['200', 'the 2000s'],
    ['19', 'the 20th century'],
    ['PRESENT_REF', 'now'],
    ['PAST_REF', 'in the past'],
    ['FUTURE_REF', 'in the future'],
    ['2025-03-07T10:00', '7 March 2025, 10:00'],
    ['2025-03-07TMO', '7 March 2025, morning'],
    ['P15D', '15 days'],
    ['P1Y', '1 year'],
    ['PT2H', '2 hours'],
    ['PT30M', '30 minutes'],
    ['PXY', 'years'],
    ['XXXX-XX-XX', 'an unspecified date'],
    ['2025-03-01/2025-03-09', '1 March 2025 to 9 March 2025'],
  ])('%s → %s', (code, words) => {
    expect(humanTime(code)).toBe(words);
  });

  it('says which part of a month or year a narrowed value covers', () => {
    expect(humanTime('2025-09', { granularity: 'part-of-month', earliest: '2025-09-21', latest: '2025-09-30' })).toBe('late September 2025');
    expect(humanTime('2025-09', { granularity: 'part-of-month', earliest: '2025-09-01', latest: '2025-09-10' })).toBe('early September 2025');
    expect(humanTime('2025', { granularity: 'part-of-year', earliest: '2025-05-01', latest: '2025-08-31' })).toBe('mid-2025');
  });

  it('gives an interval the days it covers', () => {
    expect(humanTime('2025-08', { granularity: 'interval', earliest: '2025-08-01', latest: '2025-09-21' })).toBe('1 August – 21 September 2025');
    expect(humanRange('2025-03-03', '2025-03-09')).toBe('3–9 March 2025');
    expect(humanRange('2024-12-30', '2025-01-02')).toBe('30 December 2024 – 2 January 2025');
  });

  it('says a publication time as the article gave it', () => {
    expect(humanPublished('2025-03-07T09:30:00+03:00')).toBe('7 Mar 2025 09:30');
    expect(humanPublished('2025-03-08')).toBe('8 Mar 2025');
    expect(humanPublished(null)).toBe('undated');
  });

  it('replaces the code in a conflict value, keeping the words the article used', () => {
    expect(humanValue('"3 March" (2025-03-03)')).toBe('3 March 2025');
    expect(humanValue('"last autumn" (2024-FA)')).toBe('"last autumn" (autumn 2024)');
    expect(humanValue('six months')).toBe('six months');
    expect(humanValue('2025-03-02')).toBe('2 March 2025');
  });

  it('recognises codes and leaves prose alone', () => {
    for (const code of ['2024-FA', '2025-W10-WE', '2025-03-08', 'PRESENT_REF', 'P15D', '2025-Q4']) expect(looksLikeTimeCode(code), code).toBe(true);
    for (const prose of ['autumn 2024', 'weekend of 8 March 2025', 'the 1970s', 'COVID-19', 'F-16']) expect(looksLikeTimeCode(prose), prose).toBe(false);
  });
});
