import type { Hedge } from '../../model/quote.js';
import type { Range } from '../../model/span.js';
import { HEDGE_CUE } from './hedge-cues.js';

/** Hedge cues inside the given sentence ranges of `text`, with the cue as written. */
export function findHedges(text: string, sentences: readonly Range[]): Hedge[] {
  const hedges: Hedge[] = [];
  for (const sentence of sentences) {
    const slice = text.slice(sentence.start, sentence.end);
    HEDGE_CUE.lastIndex = 0;
    for (let m = HEDGE_CUE.exec(slice); m; m = HEDGE_CUE.exec(slice)) {
      const start = sentence.start + m.index;
      hedges.push({ start, end: start + m[0].length, cue: m[0] });
    }
  }
  return hedges;
}
