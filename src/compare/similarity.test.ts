import { describe, expect, it } from 'vitest';
import { ingestRecord } from '../ingest/record.js';
import { analyzeDocuments } from '../pipeline/analyze.js';
import { claimViews } from './claim-view.js';
import { claimSimilarity, keyPostings, similarityMatrix, storyStatistics, type StoryStatistics } from './similarity.js';

/** Two fictional outlets on one fictional storm: some sentences share names and words, others nothing. */
const ARTICLES = [
  {
    outlet: 'Harbour Gazette',
    text: [
      'Storm Kelda flooded the fishing port of Marrow Bay on Sunday, the coastguard said.',
      'Harbourmaster Oda Lindqvist closed the outer quay before the tide turned.',
      'A bakery on Chapel Row sold out of bread by noon.',
    ],
  },
  {
    outlet: 'Northern Wire',
    text: [
      'Storm Kelda flooded Marrow Bay on Sunday and cut power to two villages.',
      'Oda Lindqvist, the harbourmaster, shut the outer quay as waves rose.',
      'Volunteers filled sandbags at the old fire station.',
    ],
  },
];

function story() {
  const docs = ARTICLES.map((a, i) => ingestRecord({ title: `Report ${i + 1}`, text: a.text.join('\n\n'), outlet: a.outlet, published: '2026-02-02T10:00:00+00:00' }, `storm-${i}.txt`));
  const corpus = analyzeDocuments(docs).corpus;
  const views = claimViews(corpus, new Set(corpus.documents.map((d) => d.id)));
  const publishers = [...new Set(views.map((v) => v.publisher))];
  const members = publishers.map((p) => views.flatMap((v, i) => (v.publisher === p ? [i] : [])));
  return { views, P: members[0], Q: members[1] };
}

describe('story similarity', () => {
  const { views, P, Q } = story();
  const stats = storyStatistics(views);

  it('scores every pair as claimSimilarity does, the pairs sharing no key 0', () => {
    expect(P.length).toBeGreaterThan(0);
    expect(Q.length).toBeGreaterThan(0);
    const scores = similarityMatrix(views, P, Q, keyPostings(views, Q), stats);
    const matrix = P.map((_, a) => Array.from(scores.subarray(a * Q.length, (a + 1) * Q.length)));
    expect(matrix).toEqual(P.map((i) => Q.map((j) => claimSimilarity(views[i], views[j], stats))));
    expect(matrix.flat().some((x) => x > 0)).toBe(true);
    expect(matrix.flat().some((x) => x === 0)).toBe(true);
  });

  it('gives the same figures with weights read once per view as with weights looked up per pair', () => {
    const perPair: StoryStatistics = { idf: stats.idf, claimsWith: stats.claimsWith, claimsWithPhrase: stats.claimsWithPhrase };
    for (const i of P) for (const j of Q) expect(claimSimilarity(views[i], views[j], stats)).toBe(claimSimilarity(views[i], views[j], perPair));
  });

  it('lists where each entity and stem occurs, each position once, ascending', () => {
    const postings = keyPostings(views, Q);
    for (const list of postings.values()) expect(list).toEqual([...new Set(list)].sort((a, b) => a - b));
    for (const [k, i] of Q.entries()) for (const e of views[i].entities) expect(postings.get(e)).toContain(k);
  });
});
