import { describe, expect, it } from 'vitest';
import { certainSpellings } from './warnings.js';

const forms = (groups: Record<string, string[]>) => new Map(Object.entries(groups).map(([k, texts]) => [k, texts.map((text) => ({ text }))]));

describe('spelling-variant warnings name only certain variants', () => {
  it('keeps the spellings the matcher joins within one article, through one another', () => {
    const kept = certainSpellings(forms({ nasra: ['Khalid Nasra', 'Nasra', 'Nasra'], nasrif: ['Khaled Nasrif'], nasleh: ['Nasleh'], nasle: ['Nasle'] }));
    expect([...kept.keys()].sort()).toEqual(['nasle', 'nasleh', 'nasra', 'nasrif']);
  });
  it('drops a real surname of its own and a full name that names another person', () => {
    const kept = certainSpellings(forms({ burr: ['Richard Burr', 'Burr', 'Burr'], barr: ['Barr'], burton: ['Dan Burton'], bauer: ['Bauer'] }));
    expect([...kept.keys()]).toEqual(['burr']);
  });
});
