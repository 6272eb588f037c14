import { describe, expect, it } from 'vitest';
import { RULES } from './rules.js';
import { normalizeTimes } from './index.js';

/** Phrases near what the digit rules read, written without a digit. */
const WORDS_ONLY = [
  'On Monday, March the third, in the year twenty twenty-four, the talks ended.',
  'Late in the fiscal year, the first quarter of next year and the twenty-first century came up.',
  'At noon today, eight in the morning, half past nine, the week of March, early spring of that year.',
  'Q-one results, the nineties, the sixties, a decade ago, three days later, the day after tomorrow.',
];

describe('rules that need a digit', () => {
  const gated = RULES.filter((r) => r.needsDigit);

  it('are the date, year and clock rules', () => {
    expect(gated.map((r) => r.name)).toEqual(expect.arrayContaining(['year', 'month-day-year', 'clock', 'iso-date']));
    expect(gated.some((r) => r.name === 'decade' || r.name === 'month' || r.name === 'duration')).toBe(false);
  });

  it('never match a sentence without one, so skipping them there changes nothing', () => {
    for (const rule of gated) {
      for (const text of WORDS_ONLY) {
        rule.re.lastIndex = 0;
        expect(rule.re.exec(text), `${rule.name} on "${text}"`).toBeNull();
      }
      rule.re.lastIndex = 0;
    }
  });

  it('still read the sentences that have one', () => {
    const times = normalizeTimes('The deal was signed on March 3, 2024 at 9 a.m. and ends in 2026.', { published: '2024-03-04' });
    expect(times.map((t) => t.value)).toEqual(expect.arrayContaining(['2024-03-03T09:00', '2026']));
  });
});
