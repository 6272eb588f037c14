import { describe, expect, it } from 'vitest';
import type { Corpus } from '../model/corpus.js';
import { analyseStory, corroborated, involving, textOf, type StoryArticle } from '../../test/support/verdicts.js';

/**
 * Fictional outlets reporting one fictional story; each pair of sentences tests one rule of what
 * a verdict may say. Every article shares a lead so that the three form one story.
 */
const LEAD = 'Storm surge floods the harbour town of Port Selwyn, cutting power to the lower town for two days.';
const analyse = (articles: StoryArticle[]): Corpus => analyseStory({ title: 'Storm surge floods Port Selwyn harbour', lead: LEAD }, articles);

describe('verdicts', () => {
  const corpus = analyse([
    { outlet: 'Northern Ledger', published: '2026-03-06T10:00:00Z', lines: [
      'Harbour master Piet Olsen accused Mayor Ilse Varga of ignoring the flood warnings on Monday.',
      'Governor Tomas Brekke will visit Port Selwyn on Friday.',
      'The ferry company said it hopes the harbour reopens within a week.',
      'Mayor Ilse Varga praised the volunteers who filled sandbags through the night on Monday.',
      '"We lost the quay, the fish market and two boatyards in one night," Piet Olsen said.',
    ] },
    { outlet: 'Coastal Observer', published: '2026-03-06T12:00:00Z', lines: [
      'Mayor Ilse Varga accused harbour master Piet Olsen of ignoring the flood warnings on Monday.',
      'Governor Tomas Brekke did not visit Port Selwyn on Friday.',
      'The ferry company reopened the harbour on Wednesday.',
      'Mayor Ilse Varga criticised the regional government for the late warning on Monday.',
      '"We lost the quay, the fish market and three boatyards in a single night," Piet Olsen said.',
    ] },
  ]);

  it('never counts a role swap ("A accused B" against "B accused A") as one fact, nor as a conflict', () => {
    expect(corroborated(corpus, 'Olsen accused Mayor Ilse Varga', 'Varga accused harbour master')).toBe(false);
    expect(involving(corpus, 'accused')).toEqual([]);
  });

  it('never sets a prediction against a report as a polarity conflict', () => {
    expect(involving(corpus, 'will visit')).toEqual([]);
  });

  it('never sets a hope against a report', () => {
    expect(involving(corpus, 'hopes the harbour reopens')).toEqual([]);
    expect(corroborated(corpus, 'hopes the harbour reopens', 'reopened the harbour')).toBe(false);
  });

  it('does not corroborate two different statements about one person', () => {
    expect(corroborated(corpus, 'praised the volunteers', 'criticised the regional government')).toBe(false);
  });

  it('shows one speaker\'s quotation in two wordings as a wording difference, never a conflict', () => {
    const wording = (corpus.divergences ?? []).find((d) => d.kind === 'wording');
    expect(wording).toBeDefined();
    expect(wording!.sides.map((s) => textOf(corpus, s.evidence)).join(' | ')).toMatch(/two boatyards.*\|.*three boatyards|three boatyards.*\|.*two boatyards/);
    expect(involving(corpus, 'boatyards')).toEqual([]);
  });

  it('gives every side of every conflict and divergence its publication time and whose words it is', () => {
    for (const c of [...(corpus.conflicts ?? []), ...(corpus.divergences ?? [])]) {
      for (const s of c.sides) {
        expect(s.published).toBeTruthy();
        expect(s.attribution?.kind).toMatch(/outlet|speaker/);
      }
    }
  });

  it('ranks claims with numbers, dates and named actors above colour', () => {
    const claims = corpus.claims ?? [];
    const score = (needle: string) => claims.find((c) => c.members.some((m) => textOf(corpus, m.evidence).includes(needle)))?.checkworthiness ?? -1;
    expect(score('praised the volunteers')).toBeGreaterThan(0);
    expect(score('Governor Tomas Brekke will visit')).toBeGreaterThanOrEqual(0);
    expect(claims.every((c) => c.checkworthiness! >= 0 && c.checkworthiness! <= 1)).toBe(true);
  });
});

describe('updates are not contradictions', () => {
  const corpus = analyse([
    { outlet: 'Northern Ledger', published: '2026-03-06T08:00:00Z', lines: ['The storm killed 4 people in Port Selwyn, the coastguard said.'] },
    { outlet: 'Coastal Observer', published: '2026-03-07T18:00:00Z', lines: ['The storm has now killed 9 people in Port Selwyn, the coastguard said.'] },
  ]);

  it('reports a toll that a later report says has risen as an update, earlier value first', () => {
    expect(involving(corpus, 'killed 4 people')).toEqual([]);
    const update = (corpus.divergences ?? []).find((d) => d.kind === 'update');
    expect(update).toBeDefined();
    expect(update!.sides.map((s) => s.value)).toEqual(['4 people', '9 people']);
  });
});
