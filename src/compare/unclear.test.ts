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

/** The claim of the first text holding `marker`, after aligning the two texts. */
function alignedClaim(first: string, second: string, marker: string) {
  return claimsOf(first, second).find((c) => c.text.includes(marker))!;
}

describe('dates a text implies, and descriptions, for alignment only', () => {
  it('aligns a present-progressive lead (the publication day) with a narrative clause dated earlier in its paragraph', () => {
    const talks = alignedClaim(
      'Mayor Ilse Varga is holding talks with the Korvath Rail Authority in Lisk.',
      'On May 6, 2031, the mayor\u2019s car arrived at the depot in Lisk. This marked her second visit to the Korvath Rail Authority in a year.',
      'is holding talks',
    );
    expect(talks.publishers).toHaveLength(2);
    expect(talks.status).toBe('corroborated');
  });

  it('aligns two descriptions that share a phrase no other claim uses, whatever their verbs', () => {
    const depots = alignedClaim(
      'The Korvath Rail Authority closed its Brennick yard in Lisk, leaving it with only two river depots, now its sole repair workshops outside the capital district.',
      'After the Brennick yard in Lisk shut, these two depots are the Korvath Rail Authority\u2019s only remaining repair workshops beyond the capital district.',
      'sole repair workshops',
    );
    expect(depots.publishers).toHaveLength(2);
  });
});
