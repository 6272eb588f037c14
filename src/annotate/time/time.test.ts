import { describe, expect, it } from 'vitest';
import { normalizeTimes, timeComponent } from './index.js';
import type { TimeExpression } from '../../model/time.js';
import type { Document } from '../../model/document.js';

// A Thursday afternoon in Nairobi time.
const PUB = { published: '2031-03-13T15:20:00+03:00', zone: '+03:00' };

function find(text: string, phrase: string, anchor = PUB): TimeExpression {
  const all = normalizeTimes(text, anchor);
  const hit = all.find((t) => t.text.toLowerCase().includes(phrase.toLowerCase()));
  if (!hit) throw new Error(`no time expression for "${phrase}" in ${JSON.stringify(all.map((t) => t.text))}`);
  expect(text.slice(hit.start, hit.end)).toBe(hit.text);
  return hit;
}

describe('absolute dates', () => {
  it('reads day, month and year granularities', () => {
    expect(find('The mill closed on 4 February 2019.', '2019').value).toBe('2019-02-04');
    expect(find('Output fell in August 2017 after the floods.', 'August').value).toBe('2017-08');
    expect(find('The port opened in 1994.', '1994').value).toBe('1994');
    expect(find('Prices rose through the 1970s.', '1970s').value).toBe('197');
    expect(find('Sales grew in the third quarter of 2020.', 'quarter').value).toBe('2020-Q3');
  });

  it('reads a day, an abbreviated month and a two-digit year, unless the number counts a noun', () => {
    expect(find('The patrol boat turned back the raid on 10 Nov 29.', 'Nov').value).toBe('2029-11-10');
    expect(normalizeTimes('On 10 Nov 12 boats were seized.', PUB).some((t) => t.value === '2012-11-10')).toBe(false);
  });

  it('keeps the part of a period as a modifier and narrows the bounds', () => {
    const end = find('Work stopped at the end of 2029.', '2029');
    expect(end).toMatchObject({ value: '2029', modifier: 'END', granularity: 'part-of-year' });
    expect(end.latest).toBe('2029-12-31');
    expect(end.earliest! > '2029-10-01').toBe(true);
    const early = find('Riots broke out in early May 2030.', 'May');
    expect(early).toMatchObject({ value: '2030-05', modifier: 'START', earliest: '2030-05-01' });
  });
});

describe('relative dates on the publication anchor', () => {
  it('resolves weekdays by tense', () => {
    expect(find('The minister resigned on Monday.', 'Monday').value).toBe('2031-03-10');
    expect(find('The minister will resign on Monday.', 'Monday').value).toBe('2031-03-17');
    expect(find('The board met on Thursday.', 'Thursday').value).toBe('2031-03-13');
    // "United" is a name, not a past-tense verb.
    expect(find('He would be travelling to the United States Tuesday.', 'Tuesday').value).toBe('2031-03-18');
    expect(find('Exiles were planning to rally on Monday.', 'Monday').value).toBe('2031-03-17');
  });

  it('resolves bare months to the nearest or tensed occurrence', () => {
    expect(find('The dam burst in November, officials said.', 'November').value).toBe('2030-11');
    expect(find('Elections will be held in June.', 'June').value).toBe('2031-06');
    // A past decision about a future act: the act's month lies ahead.
    expect(find('The firm said it agreed to buy the mill in May.', 'May').value).toBe('2031-05');
    expect(find('The vote was planned for early April.', 'April').value).toBe('2031-04');
    expect(find('Police have been searching since shortly after the Aug. 30 attack.', 'Aug. 30').value).toBe('2030-08-30');
  });

  it('resolves deictic words and periods', () => {
    expect(find('He arrived yesterday.', 'yesterday').value).toBe('2031-03-12');
    expect(find('Prices fell last month.', 'last month').value).toBe('2031-02');
    expect(find('Rates rose last year.', 'last year').value).toBe('2030');
    expect(find('The deal came two weeks ago.', 'ago').value).toBe('2031-W09');
    const week = find('Fighting resumed earlier this week.', 'this week');
    expect(week).toMatchObject({ value: '2031-W11', earliest: '2031-03-10', latest: '2031-03-12', granularity: 'week' });
  });

  it('marks present, past and future references', () => {
    expect(find('The town is now quiet.', 'now').value).toBe('PRESENT_REF');
    expect(find('The rebels recently withdrew.', 'recently').value).toBe('PAST_REF');
    expect(find('Talks may resume in the future.', 'future').value).toBe('FUTURE_REF');
  });

  it('gives clock times the article zone in their bounds', () => {
    const t = find('The blast came at 7:45 p.m. yesterday.', 'p.m.');
    expect(t).toMatchObject({ type: 'TIME', value: '2031-03-12T19:45', earliest: '2031-03-12T19:45+03:00' });
  });

  it('leaves relative expressions unvalued without a publication date', () => {
    const t = find('He arrived on Monday, 3 March 2031.', 'Monday', { published: null, zone: null });
    expect(t.value).toBe('2031-03-03');
    expect(find('He arrived yesterday.', 'yesterday', { published: null, zone: null }).value).toMatch(/^X/);
  });
});

describe('durations and sets', () => {
  it('normalises counts of units, hyphenated forms and approximations', () => {
    expect(find('The strike lasted 12 days.', 'days')).toMatchObject({ type: 'DURATION', value: 'P12D' });
    expect(find('a nine-year-long dispute', 'year')).toMatchObject({ type: 'DURATION', value: 'P9Y' });
    expect(find('They waited three months.', 'months').value).toBe('P3M');
    expect(find('The siege lasted more than a decade.', 'decade')).toMatchObject({ value: 'P10Y', modifier: 'MORE_THAN' });
    expect(find('The flight took 2 1/2 hours.', 'hours').value).toBe('PT2H30M');
  });

  it('does not read ages as durations', () => {
    expect(normalizeTimes('A 12-year-old boy was hurt.', PUB)).toEqual([]);
  });

  it('recognises sets', () => {
    expect(find('Patrols run daily.', 'daily')).toMatchObject({ type: 'SET', value: 'P1D' });
    expect(find('The council meets every week.', 'every week')).toMatchObject({ type: 'SET', value: 'P1W' });
    expect(find('Markets open every Monday.', 'every Monday').value).toBe('XXXX-WXX-1');
  });
});

describe('intervals', () => {
  it('joins from/to ranges and marks since', () => {
    const range = find('Exports doubled from 2011 to 2016.', '2011');
    expect(range).toMatchObject({ value: '2011/2016', granularity: 'interval', earliest: '2011-01-01', latest: '2016-12-31' });
    const since = find('The road has been closed since late 2027.', '2027');
    expect(since).toMatchObject({ modifier: 'SINCE', granularity: 'interval', latest: '2031-03-13' });
    expect(since.earliest! >= '2027-09-01').toBe(true);
  });
});

describe('event anchoring', () => {
  it('resolves through a date the document gives the event, and keeps the evidence', () => {
    const text = 'The summit opened on 2 June 2031 in Accra. Two days before the summit, ministers met in Lome.';
    const t = find(text, 'before the summit');
    expect(t).toMatchObject({ value: '2031-05-31', anchor: 'event' });
    expect(t.anchorEvidence?.value).toBe('2031-06-02');
    expect(text.slice(t.anchorEvidence!.start, t.anchorEvidence!.end)).toContain('2 June 2031');
  });

  it('keeps only the duration when the event is not dated', () => {
    const t = find('A day after the vote, protesters gathered.', 'A day');
    expect(t).toMatchObject({ text: 'A day', type: 'DURATION', value: 'P1D', anchor: 'none' });
    expect(t.anchorEvidence).toBeUndefined();
  });
});

describe('timeComponent', () => {
  it('reads only the sentences layer and writes original offsets', () => {
    const text = 'Advert. Call us on Monday!\nThe ministry said on Monday that prices rose in January.';
    const bodyStart = text.indexOf('The ministry');
    const doc = {
      id: 'd1', source: 't', format: 'text', text, contentHash: '',
      meta: { published: '2031-03-13', zone: null, publishedPrecision: 'date' },
      layers: { sentences: [{ start: bodyStart, end: text.length, tokenStart: 0, tokenEnd: 0 }] },
    } as unknown as Document;
    timeComponent.process(doc);
    const times = doc.layers.times!;
    expect(times.map((t) => t.value)).toEqual(['2031-03-10', '2031-01']);
    for (const t of times) {
      expect(t.start).toBeGreaterThanOrEqual(bodyStart);
      expect(text.slice(t.start, t.end)).toBe(t.text);
    }
  });
});

describe('report conventions (publication 2031-03-13)', () => {
  it('reads the year and the reporting period of a financial report', () => {
    expect(find('Sales for the year rose 4%.', 'the year').value).toBe('2031');
    expect(find('Revenue for the year ended June 30 was flat.', 'June 30').value).toBe('2030-06-30');
    expect(find('Sales rose in the first quarter of last year.', 'quarter')).toMatchObject({ value: '2030-Q1' });
    const times = normalizeTimes('Net rose in the fourth quarter. The first quarter looks weak. Profit was up from a year earlier.', PUB);
    expect(times.map((t) => t.value)).toEqual(['2030-Q4', '2031-Q1', '2029-Q4']);
  });

  it('compares with the period in view: the quarter, or the longer period named after it', () => {
    const text = 'Net rose in the fourth quarter, compared with a loss of $3 million last year. '
      + 'For the nine months, net was $9 million, up from $5 million a year earlier.';
    expect(normalizeTimes(text, PUB).map((t) => t.value)).toEqual(['2030-Q4', '2029-Q4', 'P9M', '2030']);
  });

  it('leaves prices and rates unmarked but keeps frequencies', () => {
    expect(normalizeTimes('It will save $500 million a year.', PUB)).toEqual([]);
    expect(find('The board meets twice a week.', 'a week')).toMatchObject({ type: 'SET', value: 'P1W' });
    expect(normalizeTimes('Iraq imports three-quarters of its food. A second group arrived.', PUB)).toEqual([]);
  });

  it('reads bare months by their preposition before the tense', () => {
    expect(find('The plant was sold since May.', 'May').value).toBe('2030-05');
    expect(find('The loan was to be repaid by April.', 'April').value).toBe('2031-04');
    expect(find('In January, the company bought a rival.', 'January').value).toBe('2031-01');
  });

  it('resolves "the following year", "later that month" through the date the story just named', () => {
    const text = 'He was promoted on May 22, 2025, and the following year he moved to Paris. He returned in June 2027 and left later that month.';
    expect(find(text, 'following year')).toMatchObject({ value: '2026', anchor: 'event' });
    expect(find(text, 'later that month')).toMatchObject({ value: '2027-06', modifier: 'END' });
  });

  it('names ranges as intervals and "current" things as present', () => {
    expect(find('Shares were bought from Aug. 26 to Oct. 20.', 'Aug. 26')).toMatchObject({ value: '2030-08-26/2030-10-20' });
    expect(find('Under current conditions the plan fails.', 'current').value).toBe('PRESENT_REF');
    expect(find('The offer expires at 5 p.m. EST Nov. 9.', '5 p.m.').value).toBe('2030-11-09T17:00');
  });
});

describe('sets, weeks and fractions of units', () => {
  it('reads "each July", "the week of March 6", "a minute and a half"', () => {
    expect(find('Marchers parade each July.', 'July')).toMatchObject({ type: 'SET', value: 'XXXX-07' });
    expect(find('A hearing is set for the week of March 6.', 'week of')).toMatchObject({ value: '2031-W10', granularity: 'week' });
    expect(find('A minute and a half later it fell.', 'minute').value).toBe('PT1M30S');
  });
});
