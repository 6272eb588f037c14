import { describe, expect, it } from 'vitest';
import { findCreditLine, publisherKey } from './credit.js';
import { nonBlankLines } from './lines.js';

const credit = (text: string) => findCreditLine(text, nonBlankLines(text))?.publisher ?? null;

describe('credit lines of syndicated copies', () => {
  it('reads "Credit to X", "Source: X" and "originally appeared on X"', () => {
    expect(credit('Body.\n\nCredit to Harbour Times.\n')).toBe('Harbour Times');
    expect(credit('Body text here.\nSource: Reuters\n')).toBe('Reuters');
    expect(credit('Body.\nThis article originally appeared on The Lakeside Courier.')).toBe('Lakeside Courier');
  });

  it('reads a wire dateline "CITY (AP) —"', () => {
    expect(credit('PORTVILLE (AP) — Officials said on Monday that the bridge would reopen.')).toBe('Associated Press');
  });

  it('does not read a site\'s own copyright line as syndication, but does read a wire copyright', () => {
    expect(credit('Body.\n© 2026 The Valley Gazette. All rights reserved.')).toBeNull();
    expect(credit('Body.\n© 2026 AFP')).toBe('AFP');
  });

  it('ignores long sentences that merely mention a source', () => {
    expect(credit('Source: the ministry said on Tuesday that the figures, which were published late, are provisional and may change.')).toBeNull();
  });

  it('gives one key to spellings of one publisher', () => {
    expect(publisherKey('Aljazeera')).toBe(publisherKey('Al Jazeera'));
    expect(publisherKey('https://www.al-jazeera.com/news')).toBe(publisherKey('Al Jazeera'));
  });
});
