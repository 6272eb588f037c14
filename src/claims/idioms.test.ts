import { describe, expect, it } from 'vitest';
import { idiomLemma } from './idioms.js';

describe('idiomLemma: a verb whose event is named with the words after it', () => {
  it('names the event of "gave way", "came off the rails", "passed away", "stepped down"', () => {
    expect(idiomLemma('give', ' way near Pine Rapids', 0)).toBe('collapse');
    expect(idiomLemma('come', ' off the rails near Brannock', 0)).toBe('derail');
    expect(idiomLemma('pass', ' away Thursday, December 11', 0)).toBe('die');
    expect(idiomLemma('step', ' down with immediate effect', 0)).toBe('resign');
  });

  it('leaves the verb alone when the words do not follow it directly, or are others', () => {
    expect(idiomLemma('give', ' them a way out', 0)).toBeNull();
    expect(idiomLemma('come', ' back to the rails', 0)).toBeNull();
    expect(idiomLemma('pass', ' the bill', 0)).toBeNull();
  });
});
