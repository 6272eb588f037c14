import { describe, expect, it } from 'vitest';
import { analyzeTwoOutlets } from '../../test/support/two-outlets.js';

const dated = (first: string, second: string) => (analyzeTwoOutlets(first, second).conflicts ?? []).filter((c) => c.id.includes(':d'));

describe('dated occasions: one story, one named occasion, two days', () => {
  it('sets two days for the occasion each report names the same way against each other', () => {
    const found = dated(
      'Senator Maren Holt attacked the governor over harbour repairs in Tuesday\'s debate in Kessary.',
      'In Wednesday\'s debate, Senator Maren Holt attacked the governor over harbour repairs.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'date', about: 'when the debate took place' });
    expect(found[0].sides.map((s) => s.value)).toEqual([expect.stringContaining('Tuesday'), expect.stringContaining('Wednesday')]);
  });

  it('dates an occasion something happened in by the day after it ("in a televised debate on Tuesday")', () => {
    const found = dated(
      'Senator Maren Holt attacked the governor over harbour repairs in a televised debate on Tuesday.',
      'In Wednesday\'s debate, Senator Maren Holt attacked the governor over harbour repairs.',
    );
    expect(found.map((c) => [c.about, ...c.sides.map((s) => s.value)])).toEqual([
      ['when the debate took place', expect.stringContaining('Tuesday'), expect.stringContaining('Wednesday')],
    ]);
  });

  it('does not date the vehicle of someone\'s words by the day after it: a speaker gives several statements', () => {
    expect(dated(
      'Senator Maren Holt said in a statement on Tuesday that the harbour repairs were late.',
      'Senator Maren Holt attacked the governor over harbour repairs in Wednesday\'s statement.',
    )).toEqual([]);
    expect(dated(
      'Senator Maren Holt attacked the governor over harbour repairs in a written statement on Tuesday.',
      'Senator Maren Holt attacked the governor over harbour repairs in Wednesday\'s statement.',
    )).toEqual([]);
  });

  it('does not read "after the debate on Tuesday" as dating the debate: the date may be the verb\'s', () => {
    expect(dated(
      'Senator Maren Holt attacked the governor over harbour repairs after the debate on Tuesday.',
      'In Wednesday\'s debate, Senator Maren Holt attacked the governor over harbour repairs.',
    )).toEqual([]);
  });

  it('leaves a report that dates two such occasions itself alone', () => {
    expect(dated(
      'Senator Maren Holt attacked the governor over harbour repairs in Tuesday\'s debate, and Thursday\'s debate will cover schools.',
      'In Wednesday\'s debate, Senator Maren Holt attacked the governor over harbour repairs.',
    )).toEqual([]);
  });

  it('keeps occasions named differently apart: a first debate is not a second', () => {
    expect(dated(
      'Senator Maren Holt attacked the governor over harbour repairs in Tuesday\'s first debate.',
      'In Wednesday\'s second debate, Senator Maren Holt attacked the governor over harbour repairs.',
    )).toEqual([]);
  });

  it('does not read a date the verb owns as the date of a noun without its article', () => {
    expect(dated(
      'Police arrested Tomas Brell for murder on Tuesday in Kessary.',
      'Police arrested Tomas Brell for murder on Wednesday in Kessary.',
    )).toEqual([]);
  });

  it('lets a night be told as either of two adjacent days', () => {
    expect(dated(
      'Sunday\'s earthquake shook Kessary and damaged the old harbour wall shortly after midnight.',
      'Saturday\'s earthquake, which struck late in the night, shook Kessary and damaged the old harbour wall.',
    )).toEqual([]);
  });
});
