import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { anchoredDuration, asTimemlParts, readTimeml, scoreTimes } from './timeml.js';
import { readMeantime } from './meantime-time.js';
import { normalizeTimes } from '../src/annotate/time/index.js';
import { describeRequiring, missingPaths } from '../test/support/requires.js';

describe('readTimeml', () => {
  it('strips tags, keeps offsets on the stripped text and sets the DCT aside', () => {
    const xml = `<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2004-05-06" functionInDocument="CREATION_TIME">May 6</TIMEX3></DCT>
<TEXT>Rain &amp; wind <EVENT eid="e1">hit</EVENT> the coast <TIMEX3 tid="t1" type="DATE" value="2004-05-05">yesterday</TIMEX3>.</TEXT></TimeML>`;
    const { text, gold, dct } = readTimeml(xml);
    expect(dct).toBe('2004-05-06');
    expect(text).toBe('Rain & wind hit the coast yesterday.');
    expect(gold).toEqual([{ start: 26, end: 35, text: 'yesterday', type: 'DATE', value: '2004-05-05' }]);
  });
});

describe('readMeantime', () => {
  it('rebuilds text from tokens and maps TIMEX3 token anchors to spans', () => {
    const xml = `<Document><token t_id="1" sentence="0">Floods</token><token t_id="2" sentence="1">June</token><token t_id="3" sentence="1">3</token>
<token t_id="4" sentence="2">It</token><token t_id="5" sentence="2">rained</token><token t_id="6" sentence="2">on</token><token t_id="7" sentence="2">Monday</token><token t_id="8" sentence="2">.</token>
<Markables><TIMEX3 m_id="1" type="DATE" value="2010-05-31"><token_anchor t_id="7"/></TIMEX3>
<TIMEX3 m_id="2" functionInDocument="CREATION_TIME" type="DATE" value="2010-06-03"><token_anchor t_id="2"/><token_anchor t_id="3"/></TIMEX3></Markables></Document>`;
    const { text, gold, dct, sentences } = readMeantime(xml);
    expect(text).toBe('Floods\nJune 3\nIt rained on Monday.');
    expect(dct).toBe('2010-06-03');
    expect(gold.map((g) => g.text)).toEqual(['Monday']);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Floods', 'It rained on Monday.']);
  });

  it('falls back on the dateline when the DCT value is not an ISO date', () => {
    const xml = `<Document><token t_id="1" sentence="0">Floods</token><token t_id="2" sentence="1">June</token><token t_id="3" sentence="1">3</token><token t_id="4" sentence="1">,</token><token t_id="5" sentence="1">2010</token>
<token t_id="6" sentence="2">It</token><token t_id="7" sentence="2">rained</token><token t_id="8" sentence="2">.</token>
<Markables><TIMEX3 m_id="2" functionInDocument="CREATION_TIME" type="DATE" value="06-03-2010"><token_anchor t_id="2"/></TIMEX3></Markables></Document>`;
    expect(readMeantime(xml).dct).toBe('2010-06-03');
  });
});

describe('scoreTimes', () => {
  it('scores detection strictly and relaxed, and values over relaxed matches', () => {
    const gold = [
      { start: 0, end: 9, text: 'last week', type: 'DATE', value: '2004-W18' },
      { start: 20, end: 26, text: 'Monday', type: 'DATE', value: '2004-05-03' },
    ];
    const predicted = [
      { start: 5, end: 9, text: 'week', type: 'DATE' as const, value: '2004-W18', granularity: 'week' as const, anchor: 'publication' as const },
      { start: 20, end: 26, text: 'Monday', type: 'DATE' as const, value: '2004-05-10', granularity: 'day' as const, anchor: 'publication' as const },
      { start: 30, end: 33, text: 'now', type: 'DATE' as const, value: 'PRESENT_REF', granularity: 'unknown' as const, anchor: 'publication' as const },
    ];
    const { scores } = scoreTimes([{ name: 'd', text: '', gold, predicted }]);
    expect(scores.strict.p).toBeCloseTo(1 / 3);
    expect(scores.relaxed.r).toBeCloseTo(1);
    expect(scores.valueAccuracy).toBeCloseTo(0.5);
    expect(scores.value.p).toBeCloseTo(1 / 3);
    expect(scores.value.r).toBeCloseTo(0.5);
  });
});

const SEEDS = join(process.cwd(), '..', 'shared', 'seeds');

describeRequiring(missingPaths('the seed articles', SEEDS))('seed acceptance: the Time section', () => {
  // Read when the tests run, not when they are collected: a skipped suite is still collected.
  const read = (name: string): string => readFileSync(join(SEEDS, name), 'utf8');
  let t1: ReturnType<typeof normalizeTimes> = [];
  let t2: ReturnType<typeof normalizeTimes> = [];
  beforeAll(() => {
    t1 = normalizeTimes(read('000_2f57753ce39bdcf5.txt'), { published: '2026-01-28T18:46:00+03:00', zone: 'EAT' });
    t2 = normalizeTimes(read('004_64f80e6dc69ac11d.txt'), { published: '2026-01-29', zone: null });
  });
  const get = (times: typeof t1, phrase: string) => {
    const hit = times.find((t) => t.text.toLowerCase() === phrase.toLowerCase()) ?? times.find((t) => t.text.toLowerCase().includes(phrase.toLowerCase()));
    expect(hit, phrase).toBeDefined();
    return hit!;
  };

  it('article 1', () => {
    expect(get(t1, 'earlier this week')).toMatchObject({ earliest: '2026-01-26', latest: '2026-01-27' });
    expect(get(t1, 'last month').value).toBe('2025-12');
    expect(get(t1, 'October').value).toBe('2025-10');
    expect(get(t1, 'Tuesday').value).toBe('2026-01-27');
    expect(get(t1, 'Monday').value).toBe('2026-01-26');
    expect(get(t1, 'December 2024').value).toBe('2024-12');
  });

  it('article 2', () => {
    const before = get(t2, 'one week before the talks');
    expect(before).toMatchObject({ value: '2026-01-21', anchor: 'event' });
    expect(before.anchorEvidence?.value).toBe('2026-01-28');
    expect(get(t2, 'January 24').value).toBe('2026-01-24');
    expect(get(t2, 'the end of 2025')).toMatchObject({ value: '2025', modifier: 'SINCE' });
    expect(get(t2, 'early January 2026')).toMatchObject({ value: '2026-01', earliest: '2026-01-01' });
    expect(get(t2, '2015 to 2020')).toMatchObject({ earliest: '2015-01-01', latest: '2020-12-31' });
    expect(get(t2, '15 days').value).toBe('P15D');
    expect(get(t2, '14-year-long').value).toBe('P14Y');
    expect(get(t2, 'four months').value).toBe('P4M');
    expect(get(t2, 'December 2024').value).toBe('2024-12');
    expect(get(t2, 'October 2025').value).toBe('2025-10');
  });
});

describe('asTimemlParts', () => {
  it('cuts an interval back into the two TIMEX3s TimeML gives a range', () => {
    const text = 'bought from Sept. 14 to Thursday for cash';
    const start = text.indexOf('Sept.');
    const end = text.indexOf(' for');
    const parts = asTimemlParts(text, {
      start, end, text: text.slice(start, end), type: 'DATE', value: '1989-09-14/1989-10-26', granularity: 'interval', anchor: 'publication',
    });
    expect(parts.map((p) => [p.text, p.value])).toEqual([['Sept. 14', '1989-09-14'], ['Thursday', '1989-10-26']]);
  });
});

describe('anchoredDuration', () => {
  it('scores "ten days before the murder" as the duration TimeML marks, not the date it leads to', () => {
    const text = 'His car was seen there ten days before the murder, police said.';
    const start = text.indexOf('ten');
    const end = text.indexOf(', police');
    const e = {
      start, end, text: text.slice(start, end), type: 'DATE' as const, value: '1998-10-13', granularity: 'day' as const, anchor: 'event' as const,
    };
    const parts = asTimemlParts(text, e);
    expect(parts.map((p) => [p.text, p.type, p.value, p.start])).toEqual([['ten days', 'DURATION', 'P10D', start]]);
    expect(anchoredDuration(text, e).text).toBe('ten days');
  });
});
