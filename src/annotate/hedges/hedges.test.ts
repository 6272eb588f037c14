import { describe, expect, it } from 'vitest';
import { hedgesComponent } from './index.js';
import { fixtureDocument } from '../quotes/fixture-document.js';

function cues(text: string): string[] {
  const doc = fixtureDocument(text);
  hedgesComponent.process(doc);
  for (const h of doc.layers.hedges!) expect(doc.text.slice(h.start, h.end)).toBe(h.cue);
  return doc.layers.hedges!.map((h) => h.cue);
}

describe('hedgesComponent', () => {
  it('finds adverbs, attribution phrases and epistemic verbs as written', () => {
    expect(cues('The convoy reportedly left Veltra at dawn. Allegedly, the mayor knew.')).toEqual(['reportedly', 'Allegedly']);
    expect(cues('According to the Norvik Herald, the bridge closed.')).toEqual(['According to']);
    expect(cues('It is believed the minister resigned. Sources said the vote was delayed.')).toEqual(['It is believed', 'Sources said']);
    expect(cues('The general is said to have fled. He appeared to limp.')).toEqual(['is said to', 'appeared to']);
    expect(cues('The rebels may have crossed the river, unconfirmed accounts suggest.')).toEqual(['may have', 'unconfirmed']);
    expect(cues('The party claimed victory in Dorlan.')).toEqual(['claimed']);
    expect(cues('Security sources told the paper the camp was empty.')).toEqual(['Security sources told']);
  });

  it('ignores plain statements and the deaths sense of "claimed"', () => {
    expect(cues('The storm claimed the lives of 12 people.')).toEqual([]);
    expect(cues('The council approved the budget on Friday.')).toEqual([]);
  });

  it('reads only sentence ranges', () => {
    const text = 'Reportedly a heading\n\nThe plan was approved.';
    const doc = fixtureDocument(text, [[22, text.length]]);
    hedgesComponent.process(doc);
    expect(doc.layers.hedges).toEqual([]);
  });
});
