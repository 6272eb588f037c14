import { describe, expect, it } from 'vitest';
import { decideNumericOrder, parseDateString, toIso } from './dates.js';

describe('parseDateString', () => {
  it('reads a weekday, day-month-year date with a military time and a named zone', () => {
    const d = parseDateString('Updated by Jo Bloggs at 0915 WAT on Friday 6 March 2026')!;
    expect(toIso(d)).toEqual({ iso: '2026-03-06T09:15:00+01:00', precision: 'datetime' });
    expect(d.zone).toBe('WAT');
  });

  it('reads month-day-year with am/pm and an explicit offset', () => {
    const d = parseDateString('Posted 6:30 pm GMT+2, March 3, 2025')!;
    expect(toIso(d).iso).toBe('2025-03-03T18:30:00+02:00');
  });

  it('reads ISO 8601 with Z as UTC', () => {
    expect(toIso(parseDateString('2024-11-05T07:00:00Z')!).iso).toBe('2024-11-05T07:00:00+00:00');
  });

  it('decides day-first when the first part cannot be a month', () => {
    const d = parseDateString('29/01/2026')!;
    expect([d.year, d.month, d.day, d.order]).toEqual([2026, 1, 29, 'day-first']);
  });

  it('decides month-first when the second part cannot be a month', () => {
    const d = parseDateString('01/29/2026')!;
    expect([d.month, d.day, d.order]).toEqual([1, 29, 'month-first']);
  });

  it('settles an ambiguous date from another date in the same text', () => {
    const order = decideNumericOrder('Filed 03/04/2026. Earlier report of 12/25/2025 was corrected.');
    expect(order?.order).toBe('month-first');
    expect(parseDateString('03/04/2026', order)).toMatchObject({ month: 3, day: 4 });
  });

  it('refuses impossible dates', () => {
    expect(parseDateString('31/02/2026')).toBeNull();
    expect(parseDateString('no date here')).toBeNull();
  });

  it('gives a bare date when no time is printed', () => {
    expect(toIso(parseDateString('Tuesday, 2 June 2020')!)).toEqual({ iso: '2020-06-02', precision: 'date' });
  });
});
