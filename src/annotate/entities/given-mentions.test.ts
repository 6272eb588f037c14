import { describe, expect, it } from 'vitest';
import type { Mention } from '../../model/mention.js';
import { nounType, spanHead, typeGivenMentions } from './given-mentions.js';

/** Ranges of each phrase, in order, within the text. */
function spansOf(text: string, phrases: string[]): { start: number; end: number }[] {
  let from = 0;
  return phrases.map((p) => {
    const start = text.indexOf(p, from);
    if (start < 0) throw new Error(`${p} not in text`);
    from = start + p.length;
    return { start, end: start + p.length };
  });
}

function found(text: string, phrase: string, type: Mention['type']): Mention {
  const start = text.indexOf(phrase);
  return { id: phrase, start, end: start + phrase.length, type, text: phrase };
}

describe('types of given mentions', () => {
  it('reads the head before a preposition or clause', () => {
    expect(spanHead('the mayor of Brindleford')?.text).toBe('mayor');
    expect(spanHead("Vessa Marlow's lawyer")?.text).toBe('lawyer');
    expect(spanHead('the man who sold the boat')?.text).toBe('man');
  });

  it('types descriptions by the usual sense of their head noun', () => {
    expect(nounType('actress')).toBe('PER');
    expect(nounType('officers')).toBe('PER');
    expect(nounType('company')).toBe('ORG');
    expect(nounType('hotel')).toBe('FAC');
    expect(nounType('crowd')).toBe('PER');
    expect(nounType('star')).toBe('PER');
    expect(nounType('gun')).toBeNull();
    expect(nounType('women', 'woman')).toBe('PER');
    expect(nounType('happiness')).toBeNull();
  });

  it("takes the tagger's type when its mention holds the head, not when it holds a modifier only", () => {
    const text = 'The Brindleford police arrested Vessa Marlow at the Tollan Hotel.';
    const spans = spansOf(text, ['The Brindleford police', 'Vessa Marlow', 'the Tollan Hotel']);
    const tagged = [found(text, 'Brindleford', 'LOC'), found(text, 'Vessa Marlow', 'PER'), found(text, 'Tollan Hotel', 'FAC')];
    expect(typeGivenMentions(text, spans, { found: tagged })).toEqual(['ORG', 'PER', 'FAC']);
  });

  it('gives pronouns their own class, or the type of what comes before them', () => {
    const text = "The company said it would appeal. She's sure they had lost, everyone said. He left there.";
    const spans = spansOf(text, ['The company', 'it', "She's", 'they', 'everyone', 'He', 'there']);
    expect(typeGivenMentions(text, spans, { found: [] })).toEqual(['ORG', 'ORG', 'PER', 'PER', 'PER', 'PER', 'LOC']);
  });

  it('never types "it" as a person', () => {
    const text = 'The actress bought the hotel before it closed. The singer said it was sold.';
    const spans = spansOf(text, ['The actress', 'the hotel', 'it', 'The singer', 'it']);
    expect(typeGivenMentions(text, spans, { found: [] })).toEqual(['PER', 'FAC', 'FAC', 'PER', 'FAC']);
  });

  it('types a name the tagger missed where it typed the same word elsewhere, a web name as an organisation', () => {
    const text = 'Vessa Marlow sang. Later MARLOW told Quillnews.com she had left.';
    const spans = spansOf(text, ['MARLOW', 'Quillnews.com']);
    expect(typeGivenMentions(text, spans, { found: [found(text, 'Vessa Marlow', 'PER')] })).toEqual(['PER', 'ORG']);
  });

  it('reads a name the tagger missed from the lexicons, numbers as MISC', () => {
    const text = 'Daniel Okafor flew to Portugal in 2009.';
    const spans = spansOf(text, ['Daniel Okafor', 'Portugal', '2009']);
    expect(typeGivenMentions(text, spans, { found: [] })).toEqual(['PER', 'LOC', 'MISC']);
  });
});
