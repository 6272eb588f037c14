import { describe, expect, it } from 'vitest';
import { normalizeTimes } from './index.js';

// A Wednesday, no zone.
const WED = { published: '2031-03-12' };

const texts = (text: string): string[] => normalizeTimes(text, WED).map((t) => t.text);

function value(text: string, phrase: string): string {
  const hit = normalizeTimes(text, WED).find((t) => t.text.toLowerCase().includes(phrase.toLowerCase()));
  if (!hit) throw new Error(`no time expression for "${phrase}" in ${JSON.stringify(texts(text))}`);
  return hit.value;
}

describe('weekday direction', () => {
  it('reads a deferral as pointing ahead whatever the tense', () => {
    expect(value('Officials postponed until Friday morning any ruling on the permit.', 'Friday')).toBe('2031-03-14');
    expect(value('The agency extended its deadline until 9 a.m. Monday.', '9 a.m.')).toBe('2031-03-17T09:00');
    expect(value('The court has given the tenants until 10 a.m. Friday to leave.', '10 a.m.')).toBe('2031-03-14T10:00');
  });

  it('keeps "until" in a past clause in the past', () => {
    expect(value('Until Monday, the police had described him only as a witness.', 'Monday')).toBe('2031-03-10');
  });

  it('reads a plan seen from after it as past', () => {
    expect(value('The offer had been due to expire Monday evening.', 'Monday')).toBe('2031-03-10');
    expect(value('The vote had been scheduled for Tuesday.', 'Tuesday')).toBe('2031-03-11');
  });

  it('takes the tense of a quotation from inside it, not from the reporting verb', () => {
    expect(value("``The convoy will leave at 6 a.m. Friday,'' the colonel said.", '6 a.m.')).toBe('2031-03-14T06:00');
  });
});

describe('phrases that are not times', () => {
  it('leaves generic "today\'s" and "of tomorrow" unmarked', () => {
    expect(texts("The gadget is popular with today's youth.")).toEqual([]);
    expect(texts("Few of today's phones last long.")).toEqual([]);
    expect(texts('He wanted to train the engineers of tomorrow.')).toEqual([]);
    expect(value('She described the events of today as a turning point.', 'today')).toBe('2031-03-12');
    expect(value("The notice ran in today's editions.", 'today')).toBe('2031-03-12');
  });

  it('leaves titles with capitalised time words unmarked', () => {
    expect(texts('She said so on the programme "Sunrise Week" yesterday.')).toEqual(['yesterday']);
    expect(texts("He spoke on NBC's ''48 Hours.''")).toEqual([]);
    expect(texts("The film ``High Noon'' was shown again.")).toEqual([]);
    expect(texts('For the villagers, high noon comes now.')).toEqual(['now']);
  });

  it('leaves rates of a quantity unmarked but keeps frequencies of events', () => {
    expect(texts('Sales should rise 6% annually.')).toEqual([]);
    expect(texts('The mill makes 5,000 tonnes annually.')).toEqual([]);
    expect(value('The festival is held here annually.', 'annually')).toBe('P1Y');
  });

  it('reads "two thousand years" as a span, not the year 2000', () => {
    expect(value('The craft has been passed down for more than two thousand years.', 'years')).toBe('P2000Y');
  });
});

describe('present reference', () => {
  it('marks "now that"', () => {
    expect(value('The port is the only outlet now that the border is shut.', 'now')).toBe('PRESENT_REF');
  });
});
