import { InputError } from './errors.js';

/** The work one document may cost: above it, its analysis ends with `[too-complex]`, naming it. */
export interface WorkBudget {
  /** Words (runs of non-space characters) in the original text. */
  maxWords: number;
  /** Milliseconds of per-document annotation (every stage from clean to claims together). */
  maxAnnotateMs: number;
}

export const WORK_BUDGET: WorkBudget = {
  // The longest news features run to about 15,000 words; 60,000 (about 350 KB of English) is
  // four times that. Within it every stage measured stays within a few seconds (bench
  // --doc-sizes: 256 KB, 45,000 words, about 4.4 CPU s in all), while within-document
  // coreference and claim alignment still grow faster than length beyond it. Counting words is
  // one linear pass, so a 20 MB input is refused in about a second instead of holding a worker
  // for minutes.
  maxWords: 60_000,
  // Annotation runs at roughly 20-60 ms per thousand words on one core (bench --doc-sizes), so a
  // document within maxWords finishes in a few seconds; 30 s is the backstop against a stage
  // that goes superlinear on some input nobody has measured yet.
  maxAnnotateMs: 30_000,
};

/** Words in a text: one pass over its characters, no regular expression, no allocation. */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** Refuses, by name, a document whose analysis would exceed the budget's word count. */
export function assertWithinBudget(text: string, source: string, budget: WorkBudget = WORK_BUDGET): void {
  const words = countWords(text);
  if (words > budget.maxWords) {
    throw new InputError(source, 'too-complex', `the document holds ${words.toLocaleString('en')} words, above the ${budget.maxWords.toLocaleString('en')} one document may hold (a news article runs to a few thousand)`);
  }
}

/** Why a document's annotation was ended when it ran past the budget's time, with the error code in front. */
export function annotateTimeExceeded(stage: string, elapsedMs: number, budget: WorkBudget = WORK_BUDGET): string {
  return `[too-complex] annotating took ${(elapsedMs / 1000).toFixed(1)} s by the end of stage "${stage}", above the ${budget.maxAnnotateMs / 1000} s one document may take`;
}
