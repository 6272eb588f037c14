import { describe, expect, it } from 'vitest';
import { idiomLemma } from './idioms.js';

describe('idiomLemma: a verb whose event is named with the words after it', () => {
  it('names the event of "gave way", "came off the rails", "passed away", "stepped down"', () => {
    expect(idiomLemma('give', ' way near Pine Rapids')).toBe('collapse');
    expect(idiomLemma('come', ' off the rails near Brannock')).toBe('derail');
    expect(idiomLemma('pass', ' away Thursday, December 11')).toBe('die');
    expect(idiomLemma('step', ' down with immediate effect')).toBe('resign');
  });

  it('leaves the verb alone when the words do not follow it directly, or are others', () => {
    expect(idiomLemma('give', ' them a way out')).toBeNull();
    expect(idiomLemma('come', ' back to the rails')).toBeNull();
    expect(idiomLemma('pass', ' the bill')).toBeNull();
  });
});
