import { describe, expect, it } from 'vitest';
import { ingestRecord } from './record.js';

describe('an article given as fields', () => {
  it('keeps a given title when the text opens with the same words on one line', () => {
    const doc = ingestRecord({ title: 'Flood hits Arnhold', text: 'Flood hits Arnhold as the river rises over the quay on Monday.' }, 'api:1');
    expect(doc.meta.title).toBe('Flood hits Arnhold');
    // The title is part of the original, so it can be cited; the text follows it whole.
    expect(doc.text.startsWith('Flood hits Arnhold\n\nFlood hits Arnhold as the river rises')).toBe(true);
  });

  it('does not repeat a title the text already carries as its first line', () => {
    const doc = ingestRecord({ title: 'Flood hits Arnhold', text: 'Flood hits Arnhold\n\nThe river rose over the quay on Monday.' }, 'api:2');
    expect(doc.meta.title).toBe('Flood hits Arnhold');
    expect(doc.text.indexOf('Flood hits Arnhold', 1)).toBe(-1);
  });
});
