import { describe, expect, it } from 'vitest';
import type { DossierQuote, DossierStory } from '../model/dossier.js';
import { speakerName, voiceKey } from './speakers.js';

const evidence = { document: 'd1', start: 0, end: 10, text: 'x' };
const quote = (speaker: string | null, entity: string | null): DossierQuote => ({ kind: 'direct', speaker, entity, cue: 'said', content: 'x', evidence, contentRange: { start: 0, end: 1 } });
const story = { entities: [{ id: 'e7', name: 'Ines Torvik' }] } as unknown as Pick<DossierStory, 'entities'>;

describe('quotation speakers', () => {
  it('names a resolved speaker by the entity, whatever spelling the article used', () => {
    expect(speakerName(quote('Torvik', 'e7'), story)).toBe('Ines Torvik');
    expect(voiceKey(quote('Torvik', 'e7'))).toBe(voiceKey(quote('Mayor Torvik', 'e7')));
  });

  it('keeps an unresolved speaker as written, one voice whatever its case', () => {
    expect(speakerName(quote('harbour officials', null), story)).toBe('harbour officials');
    expect(voiceKey(quote('Officials', null))).toBe(voiceKey(quote('officials', null)));
    expect(voiceKey(quote(null, null))).toBeNull();
  });
});
