import { describe, expect, it } from 'vitest';
import { analyseStory } from '../../test/support/verdicts.js';
import { claimViews, type ClaimView } from './claim-view.js';
import { comparePair, type EntityFacts } from './conflicts.js';

/**
 * One participant the resolver kept as two entities (a surname and a full name it could not
 * join): two reports of one event are still compared for a disagreement on whether it happened or
 * on its date, never counted as a corroboration. The split is made by hand on fictional coverage,
 * so the test does not depend on when the resolver splits.
 */
const story = { title: 'Tarnby harbour contract', lead: 'The Tarnby harbour authority has a new contract for its north quay.' };

function viewsOf(lines: [string, string]): [ClaimView, ClaimView, string] {
  const corpus = analyseStory(story, [
    { outlet: 'Coast Courier', published: '2026-05-12T09:00:00Z', lines: ['Dock workers gathered at the quay in the morning.', lines[0]] },
    { outlet: 'Island Herald', published: '2026-05-12T11:00:00Z', lines: ['The old crane was removed last year.', lines[1]] },
  ]);
  const views = claimViews(corpus, new Set(corpus.documents.map((d) => d.id)));
  const find = (needle: string) => views.find((v) => v.doc.text.slice(v.claim.sentence.start, v.claim.sentence.end).includes(needle))!;
  const a = find(lines[0].slice(0, 24));
  const b = find(lines[1].slice(0, 24));
  const agent = a.predicates.find((p) => p.lemma === 'resign')!.agent!;
  // The resolver's split: side b's person becomes an entity of its own.
  const split: ClaimView = {
    ...b,
    entities: new Set([...b.entities].map((e) => (e === agent ? 'PER:split' : e))),
    predicates: b.predicates.map((p) => (p.agent === agent ? { ...p, agent: 'PER:split' } : p)),
  };
  return [a, split, agent];
}

const facts = (agent: string, alike: boolean): EntityFacts => ({
  name: (id) => id,
  placesCompatible: () => true,
  namedAlike: (x, y) => alike && new Set([x, y]).has(agent) && new Set([x, y]).has('PER:split'),
});
const wording = { sameDescription: false, words: 0.4 };

describe('one participant named alike on both sides, kept apart by the resolver', () => {
  it('compares whether it happened', () => {
    const [a, b, agent] = viewsOf(['Edda Harwick resigned from the board on Sunday.', 'Edda Harwick did not resign from the board on Sunday.']);
    const verdict = comparePair(a, b, facts(agent, true), wording);
    expect(verdict.conflict?.kind, verdict.reason).toBe('polarity');
  });

  it('compares nothing when the names are not alike (two people)', () => {
    const [a, b, agent] = viewsOf(['Edda Harwick resigned from the board on Sunday.', 'Edda Harwick did not resign from the board on Sunday.']);
    expect(comparePair(a, b, facts(agent, false), wording).conflict).toBeNull();
  });

  it('does not corroborate through the names alone', () => {
    const [a, b, agent] = viewsOf(['Edda Harwick resigned from the board on Sunday.', 'Edda Harwick resigned from the board on Sunday morning.']);
    const verdict = comparePair(a, b, facts(agent, true), wording);
    expect(verdict.aligned).toBe(false);
    expect(verdict.reason).toBe('no-shared-participant');
  });
});

describe('whether it happened needs the same act on both sides', () => {
  const fight = { title: 'Dorsen stops Kaleb in seven rounds', lead: 'Milo Dorsen stopped Ivo Kaleb in seven rounds on Saturday in Tarnby.' };
  it('does not set an act with its object against the bare act ("has not won a title" / "cared more about surviving than winning")', () => {
    const corpus = analyseStory(fight, [
      { outlet: 'Ring Weekly', lines: ['The crowd in Tarnby was small for a title fight.', 'Kaleb has not won a title since 2015, and his career is over.'] },
      { outlet: 'Fight Desk', lines: ['Dorsen was never threatened in the bout.', 'Kaleb soon cared more about surviving than winning and fell in the sixth round.'] },
    ]);
    const views = claimViews(corpus, new Set(corpus.documents.map((d) => d.id)));
    const find = (needle: string) => views.find((v) => v.doc.text.slice(v.claim.sentence.start, v.claim.sentence.end).includes(needle))!;
    const verdict = comparePair(find('won a title'), find('than winning'), { name: (id) => id, placesCompatible: () => true }, { sameDescription: false, words: 0.5 });
    expect(verdict.reason).toBe('polarity-arguments');
    expect(verdict.conflict).toBeNull();
  });
});
