import { describe, expect, it } from 'vitest';
import type { Quantity } from '../../model/quantity.js';
import { quantitiesComponent } from './index.js';
import { fixtureDocument } from '../quotes/fixture-document.js';

function quantities(text: string): Quantity[] {
  const doc = fixtureDocument(text);
  quantitiesComponent.process(doc);
  for (const q of doc.layers.quantities!) expect(doc.text.slice(q.start, q.end)).toBe(q.text);
  return doc.layers.quantities!;
}

const one = (text: string) => {
  const found = quantities(text);
  expect(found).toHaveLength(1);
  return found[0];
};

describe('quantitiesComponent: money', () => {
  it('reads scale words, currency words and the approximation', () => {
    expect(one('The flood caused a loss of over 400 billion dollars to Farlow.')).toMatchObject({
      text: 'over 400 billion dollars', value: 400e9, unit: 'USD', approximation: 'over', kind: 'money', counts: 'loss',
    });
  });
  it('reads currency signs with glued scales', () => {
    expect(one('Brenwick Labs raised $3.5m in seed funding.')).toMatchObject({ value: 3.5e6, unit: 'USD', kind: 'money', counts: 'seed funding' });
    expect(one('The bridge cost €20bn.')).toMatchObject({ value: 20e9, unit: 'EUR' });
    expect(one('A fine of £2,500 was paid.')).toMatchObject({ value: 2500, unit: 'GBP' });
  });
  it('reads a currency code written after the dollar sign ("$US1 million", "$AU40 million")', () => {
    expect(one('Repairs to the Tarsk pier were estimated at $US1 million.')).toMatchObject({ value: 1e6, unit: 'USD' });
    expect(one('The ferry cost $AU40 million.')).toMatchObject({ value: 40e6, unit: 'AUD' });
  });
  it('takes an amount in brackets right after another for the outlet\'s conversion, not a figure of its own', () => {
    expect(quantities('Repairs were estimated at $US1 million ($1.52 million), the council said.').map((q) => q.text)).toEqual(['$US1 million']);
    expect(quantities('The harbour fund raised €5 million (about US$6.2 million) last year.').map((q) => q.text)).toEqual(['€5 million']);
    // Two sums, the second not in brackets of its own: both stay.
    expect(quantities('The fund raised €5 million and spent €2 million (on repairs).').map((q) => q.text)).toEqual(['€5 million', '€2 million']);
  });
});

describe('quantitiesComponent: counts', () => {
  it('keeps the counted noun phrase with its modifiers', () => {
    expect(one('The air force flew more than 63,000 combat sorties.')).toMatchObject({
      value: 63000, counts: 'combat sorties', approximation: 'more than', kind: 'count', unit: null,
    });
  });
  it('keeps a model designation with its number in the counted phrase ("seven AK-47 rifles", "four F-16s")', () => {
    expect(one('The patrol seized seven AK-47 rifles from the boat.')).toMatchObject({ text: 'seven AK-47 rifles', value: 7, counts: 'AK-47 rifles' });
    expect(one('Four F-16s flew over Brackwater.')).toMatchObject({ value: 4, counts: 'F-16s' });
    expect(quantities('The airline ordered 12 Boeing 737 jets in March.').map((q) => [q.text, q.counts])).toEqual([['12 Boeing 737 jets', 'Boeing 737 jets']]);
    expect(one('The airline ordered three Airbus A320 planes.')).toMatchObject({ value: 3, counts: 'Airbus A320 planes' });
  });
  it('keeps a coordinated phrase introduced by a determiner', () => {
    expect(one('The guards held at least 10,000 captured fighters and their family members in the north.')).toMatchObject({
      value: 10000, counts: 'captured fighters and their family members', approximation: 'at least',
    });
  });
  it('keeps coordinated modifiers of one head: the count covers both', () => {
    expect(one('The navy arrested 23 Somali and Yemeni pirates near the strait.')).toMatchObject({ value: 23, counts: 'Somali and Yemeni pirates' });
    // A second number after "and" counts a thing of its own.
    expect(quantities('Commandos seized 12 Somali and 11 Yemeni nationals.').map((q) => q.value)).toEqual([12, 11]);
  });
  it('reads scales, vague plurals and number words', () => {
    expect(one('The storm displaced 2.5 million people.')).toMatchObject({ value: 2.5e6, counts: 'people' });
    expect(one('The militia ran dozens of camps.')).toMatchObject({ value: 24, counts: 'camps', approximation: 'dozens', text: 'dozens of camps' });
    expect(one('Twenty-five officers resigned.')).toMatchObject({ value: 25, counts: 'officers' });
    expect(one('They found two hundred and fifty boxes.')).toMatchObject({ value: 250, counts: 'boxes' });
  });
  it('reads ranges', () => {
    expect(one('Between 10 and 12 tanks crossed the river.')).toMatchObject({ value: 10, valueMax: 12, counts: 'tanks', approximation: 'Between' });
    expect(one('Officials expect 2-3 million visitors.')).toMatchObject({ value: 2e6, valueMax: 3e6, counts: 'visitors' });
  });
  it('keeps "one" only before a noun it counts', () => {
    expect(one('One soldier was hurt.')).toMatchObject({ value: 1, counts: 'soldier' });
    expect(quantities('She is one of the founders and no one objected.')).toEqual([]);
    expect(quantities('On one hand the plan is cheap.')).toEqual([]);
  });
});

describe('quantitiesComponent: durations, percents, measures, ordinals', () => {
  it('reads durations written as digits, words and hyphenated adjectives', () => {
    expect(one('The truce was extended by 15 days.')).toMatchObject({ value: 15, unit: 'day', kind: 'duration', counts: null });
    expect(one('It was his second trip in four months.'.replace('second trip', 'trip'))).toMatchObject({ value: 4, unit: 'month', kind: 'duration' });
    expect(one('The 14-year-long war ended.')).toMatchObject({ value: 14, unit: 'year', kind: 'duration', counts: 'war', text: '14-year-long war' });
    expect(one('That took more than a decade.')).toMatchObject({ value: 1, unit: 'decade', approximation: 'more than' });
  });
  it('reads percents and measures', () => {
    expect(one('Prices rose 12% last year.')).toMatchObject({ value: 12, unit: 'percent', kind: 'percent' });
    expect(one('Turnout fell 4.5 per cent.')).toMatchObject({ value: 4.5, unit: 'percent' });
    expect(one('The convoy drove 40 km north.')).toMatchObject({ value: 40, unit: 'km', kind: 'measure' });
  });
  it('reads a figure on a named scale as a reading, not a count of what follows ("magnitude 6.4 earthquake")', () => {
    expect(one('The magnitude 6.4 earthquake struck at dawn.')).toMatchObject({ value: 6.4, unit: 'magnitude', kind: 'measure', counts: null, text: 'magnitude 6.4' });
    expect(one('The quake had a magnitude of 6.1, officials said.')).toMatchObject({ value: 6.1, unit: 'magnitude', kind: 'measure', text: 'magnitude of 6.1' });
    expect(one('A 6.1-magnitude quake hit the town.')).toMatchObject({ value: 6.1, unit: 'magnitude', kind: 'measure', counts: null });
    expect(one('The quake measured 6.1 on the Richter scale.')).toMatchObject({ value: 6.1, unit: 'magnitude', kind: 'measure' });
  });
  it('reads ordinals that modify a noun', () => {
    expect(one('It was his second visit to Dorlan.')).toMatchObject({ value: 2, kind: 'ordinal', counts: 'visit' });
    expect(one('The 3rd battalion moved.')).toMatchObject({ value: 3, kind: 'ordinal', counts: 'battalion' });
    expect(quantities('At first, nobody came.')).toEqual([]);
  });
});

describe('quantitiesComponent: numbers that are not quantities', () => {
  it('skips years, year ranges and decades', () => {
    expect(quantities('In 2015, the council met.')).toEqual([]);
    expect(quantities('From 2015 to 2020 alone, the port grew.')).toEqual([]);
    expect(quantities('The 1990s were quiet.')).toEqual([]);
  });
  it('skips dates and clock times', () => {
    expect(quantities('The vote is on January 24, 2026.')).toEqual([]);
    expect(quantities('It was signed on 24 January.')).toEqual([]);
    expect(quantities('Posted 24/01/2026 at 1846 EAT.')).toEqual([]);
    expect(quantities('The train left at 18:46 and again at 6.30pm.')).toEqual([]);
  });
  it('skips phone numbers, designations and numbered labels', () => {
    expect(quantities('Call +256 713 137566 or 555-123-4567 today.')).toEqual([]);
    expect(quantities('The F-16 and Su-35 jets flew over Camp 7 under Resolution 2254.')).toEqual([]);
  });
  it('reads only sentence ranges', () => {
    const text = 'Call 400 people\n\nNothing here.';
    const doc = fixtureDocument(text, [[17, text.length]]);
    quantitiesComponent.process(doc);
    expect(doc.layers.quantities).toEqual([]);
  });
});

describe('quantitiesComponent: a part of a counted whole', () => {
  it('gives the part the whole\'s counted noun ("four of its six carriages": four carriages), the whole its own figure', () => {
    const found = quantities('The train was carrying 212 passengers when four of its six carriages left the track.');
    expect(found.map((q) => [q.text, q.value, q.counts])).toEqual([['212 passengers', 212, 'passengers'], ['four', 4, 'carriages'], ['six carriages', 6, 'carriages']]);
  });
  it('leaves a word number without a counted whole out, as before ("one of them")', () => {
    expect(quantities('Four of them left early.')).toEqual([]);
  });
});
