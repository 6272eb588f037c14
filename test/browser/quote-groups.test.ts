import { describe, expect, it } from 'vitest';
import { groupQuotes, looksLikeName } from '../../web/src/views/quote-groups.js';
import { fixtureDocuments, fixtureDossier } from './seed.js';
import type { Dossier, DossierQuote } from '../../src/model/dossier.js';

describe('speaker names', () => {
  it('takes names in any case convention or script, and refuses descriptions', () => {
    for (const name of ['Ilsa Marrow', 'Ahmad al-Sharaa', 'Ursula von der Leyen', 'al-Sharaa', 'أحمد الشرع', 'J. R. Okafor']) expect(looksLikeName(name), name).toBe(true);
    for (const text of ['a figure officials', 'officials', 'the ministry', 'The ministry', 'A spokesman', 'al', 'one of the organisers of the strike said']) expect(looksLikeName(text), text).toBe(false);
  });
});

describe('quotes by speaker, copies collapsed', () => {
  function dossier(): Dossier {
    const d = fixtureDossier(fixtureDocuments());
    const [herald, valley, courier] = d.documents;
    valley.syndicatedFrom = 'Coast Herald';
    // A place read as a speaker ('Traders in Brackwater Flats say'): no speaker.
    d.stories[0].entities.push({ id: 'e-flats', name: 'Brackwater Flats', type: 'LOC', aliases: ['Brackwater Flats'], roles: [], mentions: [] });
    const base = d.stories[0].quotes[0];
    const quote = (doc: string, over: Partial<DossierQuote>): DossierQuote => ({ ...base, evidence: { ...base.evidence, document: doc }, ...over });
    // The copy comes first in the list: the original must still be the one shown.
    d.stories[0].quotes = [
      quote(valley.id, { speaker: 'Marrow', content: 'Until the cranes are safe to run again.' }),
      quote(herald.id, {}),
      quote(courier.id, { speaker: 'a figure officials', entity: null, content: 'the port reopens Friday' }),
      quote(courier.id, { speaker: 'Odile Fenwick', entity: null, content: 'an inspection within ten days' }),
      quote(herald.id, { speaker: 'Ilsa Marrow', content: 'we will not unload a single ship' }),
      quote(courier.id, { speaker: 'Analysts', entity: null, content: 'the strike may last weeks' }),
      quote(courier.id, { speaker: 'Brackwater Flats', entity: 'e-flats', content: 'business is down by half' }),
    ];
    return d;
  }

  it('lists a syndicated copy once under the original, with "also in"', () => {
    const d = dossier();
    const groups = groupQuotes(d.stories[0], d.documents);
    expect(groups.map((g) => [g.name, g.items.length])).toEqual([['Ilsa Marrow', 2], ['Odile Fenwick', 1], ['Unnamed or unclear speakers', 3]]);
    const [marrow] = groups;
    expect(marrow.entity).toBe('e-marrow');
    expect(marrow.items[0].outlet).toBe('Coast Herald');
    expect(marrow.items[0].alsoIn).toEqual([{ document: d.documents[1].id, outlet: 'Valley News' }]);
    expect(groups[2].named).toBe(false);
  });
});
