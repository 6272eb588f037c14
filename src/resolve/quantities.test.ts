import { describe, expect, it } from 'vitest';
import type { Corpus } from '../model/corpus.js';
import { resolveCorpus } from './component.js';
import { calendarNames, differentThings, numbersIn, temporalText } from './quantities.js';
import { doc, entityOf } from './testing.js';
import { buildChains } from './within-doc.js';

describe('times, things and numbers', () => {
  it('reads times and the numbers a mention is written with', () => {
    const times: [string, boolean][] = [['on Saturday night', true], ['the third time', true], ["this year's", true], ['the belts', false]];
    for (const [text, time] of times) expect(temporalText(text), text).toBe(time);
    const numbers: [string, number[]][] = [['eight - year', [8]], ['$184 million', [184]], ['the second time', [2]], ['the patch', []]];
    for (const [text, values] of numbers) expect([...numbersIn(text)], text).toEqual(values);
  });
  it('tells days named differently apart, and reads "may" as a month only when written May', () => {
    expect([...calendarNames('on Thursday , May 2')].sort()).toEqual(['may', 'thursday']);
    expect(calendarNames('it may rain').size).toBe(0);
    const d = doc('q0', 'It began on Thursday and ended on Friday.', [['on Thursday', 'MISC'], ['on Friday', 'MISC']]);
    const [thursday, friday] = buildChains(d, 0).chains.map((c) => c.nodes);
    expect(differentThings(thursday, friday, 'MISC')).toBe(true);
  });
  it('keeps a time apart from a thing and different numbers apart, across articles and within one', () => {
    const a = doc('q1', 'The champion kept both belts on Saturday. He won the belts in 2007. The fight drew $180 million.', [
      ['belts', 'MISC'], ['on Saturday', 'MISC'], ['2007', 'MISC'], ['$180 million', 'MISC'],
    ]);
    const b = doc('q2', 'The belts were on the line on Saturday. The rematch was in 2014 and drew $200 million.', [
      ['belts', 'MISC'], ['on Saturday', 'MISC'], ['2014', 'MISC'], ['$200 million', 'MISC'],
    ]);
    const corpus: Corpus = { documents: [a, b] };
    resolveCorpus(corpus, { geo: false });
    expect(entityOf(corpus, 'q1', 'belts')).not.toBe(entityOf(corpus, 'q1', 'on Saturday'));
    expect(entityOf(corpus, 'q2', 'belts')).not.toBe(entityOf(corpus, 'q2', 'on Saturday'));
    expect(entityOf(corpus, 'q1', '2007')).not.toBe(entityOf(corpus, 'q2', '2014'));
    expect(entityOf(corpus, 'q1', '$180 million')).not.toBe(entityOf(corpus, 'q2', '$200 million'));
  });
});
