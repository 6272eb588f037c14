import { describe, expect, it } from 'vitest';
import { ingestRecord } from '../ingest/record.js';
import { analyzeDocuments } from '../pipeline/analyze.js';

/** Two outlets, one sentence each about the same actors and place but a different action. */
function claimsOf(first: string, second: string) {
  const filler = ['The weather in the region was mild for the season and farmers were pleased.', 'Schools in the area will close early on Friday for the holiday.'];
  const docs = [
    ingestRecord({ title: 'Report', text: `${first}\n\n${filler[0]}`, outlet: 'One Post', published: '2031-05-06' }, 'a.txt'),
    ingestRecord({ title: 'Report', text: `${second}\n\n${filler[1]}`, outlet: 'Two Times', published: '2031-05-06' }, 'b.txt'),
  ];
  return analyzeDocuments(docs).corpus.claims!;
}

describe('one fact is one kind of action', () => {
  it('does not count "raised fares" as corroborating "commuters protested": the pair is unclear', () => {
    const claims = claimsOf('The Korvath Rail Authority raised fares on the northern line this spring.', 'Commuters on the northern line of the Korvath Rail Authority held a protest.');
    const fares = claims.find((c) => c.text.includes('raised fares'))!;
    const protest = claims.find((c) => c.text.includes('held a protest'))!;
    expect(fares.status).toBe('single-source');
    expect(protest.status).toBe('single-source');
    expect(fares.unclear).toEqual([protest.id]);
  });

  it('still aligns one event named as a noun on both sides on the same date', () => {
    const claims = claimsOf('During her first visit to Lisk in October, Mayor Ilse Varga praised the harbour workers.', 'The mayor, Ilse Varga, made her first visit to Lisk in October 2030, officials said.');
    expect(claims.some((c) => c.status === 'corroborated' && c.publishers.length === 2)).toBe(true);
  });
});
