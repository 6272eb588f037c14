import { describe, expect, it } from 'vitest';
import { analyseStory } from '../../test/support/verdicts.js';
import { claimViews, type ClaimView } from './claim-view.js';
import { eventLinks, linkedPair } from './event-links.js';

/** Fictional coverage of a fictional raid: which claims does the learned event model join across outlets? */
function viewsOf(ledger: string[], gazette: string[]) {
  const corpus = analyseStory({ title: 'Rebels take the Harwick bridge', lead: 'Fighting around the town of Harwick went on for a third day.' }, [
    { outlet: 'Northern Ledger', published: '2026-05-08T09:00:00Z', lines: ledger },
    { outlet: 'Dales Gazette', published: '2026-05-08T11:00:00Z', lines: gazette },
  ]);
  const views = claimViews(corpus, new Set(corpus.documents.map((d) => d.id)));
  const at = (needle: string) => views.findIndex((v: ClaimView) => v.doc.text.slice(v.claim.sentence.start, v.claim.sentence.end).includes(needle));
  return { links: eventLinks(corpus, views), views, at };
}

describe('event links between claims of different outlets', () => {
  it('joins two verbs of one capture, through the predicates that name it', () => {
    const { links, at } = viewsOf(['Rebels seized the Harwick bridge on Tuesday.'], ['Rebels captured the Harwick bridge on Thursday.']);
    const pair = linkedPair(links, at('seized'), at('captured'));
    expect(pair?.p?.lemma).toBe('seize');
    expect(pair?.q?.lemma).toBe('capture');
    // Oriented as asked: the other way round, the sides swap.
    expect(linkedPair(links, at('captured'), at('seized'))?.p?.lemma).toBe('capture');
  });

  it('never links two claims of one outlet, nor through a verb of saying', () => {
    const { links, views, at } = viewsOf(
      ['Rebels seized the Harwick bridge on Tuesday.', 'Rebels seized the Harwick depot on Tuesday, the army said.'],
      ['The mayor said the town was calm.'],
    );
    expect(linkedPair(links, at('bridge'), at('depot'))).toBeNull();
    for (const pair of links.values()) for (const p of [pair.p, pair.q]) expect(p?.lemma).not.toBe('say');
    expect(views.length).toBeGreaterThan(2);
  });

  it('does not link one verb with opposite particles', () => {
    const { links, at } = viewsOf(['Marta Ilves checked into the Harwick clinic on Tuesday.'], ['Marta Ilves checked out of the Harwick clinic on Tuesday.']);
    expect(linkedPair(links, at('checked into'), at('checked out'))).toBeNull();
  });
});
