import { describe, expect, it } from 'vitest';
import { newsEntities } from './news-layer.js';

/** Words and BIO tags from "Word/TAG" pairs ("/O" may be left out). */
function tagged(text: string): { words: string[]; tags: string[] } {
  const pairs = text.split(' ').map((p) => p.split('/'));
  return { words: pairs.map((p) => p[0]), tags: pairs.map((p) => p[1] ?? 'O') };
}

function entitiesOf(text: string): { type: string; text: string }[] {
  const { words, tags } = tagged(text);
  return newsEntities(words, tags).map((e) => ({ type: e.type, text: words.slice(e.start, e.end).join(' ') }));
}

describe('news layer over tagger output', () => {
  it('joins an abbreviation the tagger split off a name', () => {
    expect(entitiesOf('under the St./B-ORG Anselm/B-PER Hall/I-PER lights')).toEqual([{ type: 'FAC', text: 'St. Anselm Hall' }]);
    expect(entitiesOf('flew to St./B-ORG Varnby/B-PER .')).toEqual([{ type: 'LOC', text: 'St. Varnby' }]);
  });

  it('leaves a base or a backer out of an organisation name', () => {
    expect(entitiesOf('the Oslo-based/B-ORG Nordic/I-ORG Policy/I-ORG Institute/I-ORG said')).toContainEqual({ type: 'ORG', text: 'Nordic Policy Institute' });
  });

  it('reads a place where the article calls it a town, province or region', () => {
    expect(entitiesOf('in the provincial capital , Velmora/B-PER .')).toEqual([{ type: 'LOC', text: 'Velmora' }]);
    expect(entitiesOf('fighting in Darvesh/B-PER province')).toEqual([{ type: 'LOC', text: 'Darvesh' }]);
    expect(entitiesOf("the governor of Ostrava/B-PER 's western province")).toEqual([{ type: 'LOC', text: 'Ostrava' }]);
    expect(entitiesOf('the farming town of Kel/B-PER Amar/I-PER')).toEqual([{ type: 'LOC', text: 'Kel Amar' }]);
    expect(entitiesOf('Veradia/B-ORG , a small country')).toEqual([{ type: 'LOC', text: 'Veradia' }]);
  });

  it('keeps a person whose home town the article names, and a nationality before a unit noun', () => {
    expect(entitiesOf("Jorge/B-PER Vella/I-PER 's native town")).toEqual([{ type: 'PER', text: 'Jorge Vella' }]);
    expect(entitiesOf('the Kurdish/B-MISC region')).toEqual([{ type: 'NORP', text: 'Kurdish' }]);
    expect(entitiesOf('storms in the region , Tomas/B-PER Brekke/I-PER said')).toEqual([{ type: 'PER', text: 'Tomas Brekke' }]);
  });

  it('reads a person in a regime or an administration', () => {
    expect(entitiesOf('the Vrandel/B-LOC administration')).toEqual([{ type: 'PER', text: 'Vrandel' }]);
    expect(entitiesOf('the Karim/B-ORG al-Hadi/I-ORG regime')).toEqual([{ type: 'PER', text: 'Karim al-Hadi' }]);
    expect(entitiesOf("Tarvo/B-LOC 's new regime")).toEqual([{ type: 'PER', text: 'Tarvo' }]);
    // A country's, a nationality's or an organisation's rule is no person's.
    expect(entitiesOf('the Norway/B-LOC administration')).toEqual([{ type: 'LOC', text: 'Norway' }]);
    expect(entitiesOf('the Syrian/B-MISC regime')).toEqual([{ type: 'NORP', text: 'Syrian' }]);
    expect(entitiesOf('the Velkar/B-ORG regime')).toEqual([{ type: 'ORG', text: 'Velkar' }]);
    expect(entitiesOf('the Narvist/B-MISC regime')).toEqual([{ type: 'MISC', text: 'Narvist' }]);
    const { words, tags } = tagged('the Ostrava/B-LOC regime');
    expect(newsEntities(words, tags, (p) => p === 'ostrava')[0].type).toBe('LOC');
  });

  it('reads an institution in a place name that speaks or acts', () => {
    expect(entitiesOf('Belmont/B-LOC spokesman Ivo/B-PER Marek/I-PER').map((e) => e.type)).toEqual(['ORG', 'PER']);
    expect(entitiesOf('the Belmont/B-LOC quickly moved to')).toEqual([{ type: 'ORG', text: 'Belmont' }]);
    expect(entitiesOf('a visit to the Belmont/B-LOC .')).toEqual([{ type: 'LOC', text: 'Belmont' }]);
    expect(entitiesOf('Norway/B-LOC officials said')).toEqual([{ type: 'LOC', text: 'Norway' }]);
  });

  it('makes natural places of Heights and Valley, and regions tagged MISC places', () => {
    expect(entitiesOf('on the Telmar/B-PER Heights/I-PER .')).toEqual([{ type: 'LOC', text: 'Telmar Heights' }]);
    expect(entitiesOf('in the Caribbean/B-MISC .')).toEqual([{ type: 'LOC', text: 'Caribbean' }]);
  });
});
