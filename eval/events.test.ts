import { describe, expect, it } from 'vitest';
import { tokenRanges } from './events.js';
import type { EcbDocument } from './ecbplus.js';

describe('tokenRanges', () => {
  it('finds gold tokens in the rebuilt article text, quotes straightened and the URL line skipped', () => {
    const tokens = ['http://example.org/x', '``', 'We', 'won', "''", ',', 'she', 'said', '.'].map((text, i) => ({ id: i + 1, sentence: i === 0 ? 0 : 1, text }));
    const ecb = { name: 't_1ecb', topic: 't', subtopic: 't', tokens, mentions: [], events: [] } as EcbDocument;
    const text = '"We won", she said.';
    const ranges = tokenRanges(ecb, text);
    expect(ranges.has(1)).toBe(false);
    expect(text.slice(...ranges.get(4)!)).toBe('won');
    expect(text.slice(...ranges.get(5)!)).toBe('"');
    expect(text.slice(...ranges.get(8)!)).toBe('said');
  });
});
