import { describe, expect, it } from 'vitest';
import { analyseStory, involving } from '../../test/support/verdicts.js';

/** Fictional coverage of a fictional ferry accident: one unnamed passenger described by each outlet. */
const story = { title: 'Ferry runs aground off Skerrin Point', lead: 'A passenger ferry ran aground off Skerrin Point on Sunday, and two passengers were taken to hospital.' };
const LEDGER = ['The coastguard said the ferry had left Port Amble forty minutes earlier.', 'The operator has suspended the route while divers inspect the hull.'];
const GAZETTE = ['Lifeboat crews from two stations reached the ferry within half an hour.', 'Passengers were taken ashore at Skerrin harbour.'];
const ages = (ledger: string, gazette: string) => involving(analyseStory(story, [
  { outlet: 'Coast Ledger', published: '2026-08-03T09:00:00Z', lines: [...LEDGER, ledger] },
  { outlet: 'Island Gazette', published: '2026-08-03T11:00:00Z', lines: [...GAZETTE, gazette] },
]), 'year-old').filter((c) => c.about.startsWith('how old')).map((c) => c.sides.map((s) => s.value).sort());

describe('an unnamed person described alike and given two ages', () => {
  it('disagrees on the age of the one person both reports describe in the same words from the same place', () => {
    expect(ages('Among the injured was a 67-year-old retired fisherman from Port Amble.', 'A 76-year-old retired fisherman from Port Amble was taken to hospital with a broken arm.')).toEqual([['67', '76']]);
  });

  it('sees no dispute between two different descriptions, or one description given one age', () => {
    expect(ages('Among the injured was a 67-year-old retired fisherman from Port Amble.', 'A 76-year-old woman from Port Amble was taken to hospital with a broken arm.')).toEqual([]);
    expect(ages('Among the injured was a 67-year-old retired fisherman from Port Amble.', 'A 67-year-old retired fisherman from Port Amble was taken to hospital with a broken arm.')).toEqual([]);
  });

  it('leaves out a report that gives one description two ages: two people, not one', () => {
    expect(ages('The injured were a 67-year-old man from Port Amble and a 70-year-old man from Port Amble.', 'A 76-year-old man from Port Amble was taken to hospital with a broken arm.')).toEqual([]);
  });
});
