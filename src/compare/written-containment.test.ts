import { describe, expect, it } from 'vitest';
import type { Corpus } from '../model/corpus.js';
import { analyseStory, type StoryArticle } from '../../test/support/verdicts.js';

/** Fictional coverage of one arrest, told by two outlets with a town and with the region that holds it. */
const analyse = (articles: StoryArticle[]): Corpus =>
  analyseStory({ title: 'Man charged with double murder', lead: 'Police said on Monday that a man had been charged with a double murder.' }, articles);
const TOWN = { outlet: 'Vellmar Times', published: '2026-03-06T09:00:00Z', lines: ['John Fell, 41, has been charged with the murder of his mother and sister at their home in Tarnby, police said.'] };
const REGION = { outlet: 'Coastal Wire', published: '2026-03-06T11:00:00Z', lines: ['Detectives have charged John Fell with murdering his mother and his sister at the family home in Vellmar on Sunday night.'] };
const places = (corpus: Corpus) => (corpus.conflicts ?? []).filter((c) => c.kind === 'place').map((c) => c.sides.map((s) => s.value));

describe('places the corpus writes one inside the other', () => {
  it('sets a town against another place when nothing says one holds the other', () => {
    expect(places(analyse([TOWN, REGION]))).toEqual([['Tarnby', 'Vellmar']]);
  });

  it('does not set a town against the region a report writes it in ("Tarnby, Vellmar")', () => {
    const third = { outlet: 'North Post', published: '2026-03-06T12:00:00Z', lines: ['Neighbours in Tarnby, Vellmar, said the family had lived there for years.'] };
    expect(places(analyse([TOWN, REGION, third]))).toEqual([]);
  });

  it('reads no containment from a list of places ("Tarnby, Vellmar and Osk")', () => {
    const list = { outlet: 'North Post', published: '2026-03-06T12:00:00Z', lines: ['Police in Tarnby, Vellmar and Osk asked for witnesses.'] };
    expect(places(analyse([TOWN, REGION, list]))).toEqual([['Tarnby', 'Vellmar']]);
  });
});
