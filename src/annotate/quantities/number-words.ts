/** English number words and their values: the lexicon for numbers written in words. */
const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** Multipliers that close a group ("two hundred", "three million"). */
export const SCALES: Record<string, number> = {
  dozen: 12, hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, tn: 1e12, k: 1e3,
};

const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15,
  sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
  fortieth: 40, fiftieth: 50, hundredth: 100, thousandth: 1000,
};

/**
 * Plural vague amounts ("dozens of camps"): the value is the least the phrase can mean, and the
 * word itself is kept as the approximation.
 */
export const VAGUE_AMOUNTS: Record<string, number> = {
  dozens: 24, scores: 40, hundreds: 200, thousands: 2000, millions: 2e6, billions: 2e9,
};

const CARDINAL_WORDS = [...Object.keys(UNITS), ...Object.keys(TENS)];
const CARDINAL = `(?:${CARDINAL_WORDS.sort((a, b) => b.length - a.length).join('|')})`;
const SCALE_WORD = '(?:dozen|hundred|thousand|million|billion|trillion)';
const WORD_ITEM = `(?:${CARDINAL}|${SCALE_WORD})`;

/**
 * A run of number words ("twenty-five", "two hundred and fifty thousand", "a dozen"). A leading
 * "a" counts only before a scale word. Sticky: call with lastIndex at the candidate.
 */
export const WORD_NUMBER = new RegExp(
  `(?:(?:a|an)\\s+${SCALE_WORD}|${WORD_ITEM})(?:(?:-|\\s+|\\s+and\\s+)${WORD_ITEM}(?![\\p{L}]))*(?![\\p{L}])`,
  'iuy',
);

export const ORDINAL_WORD = new RegExp(`(?:${Object.keys(ORDINALS).join('|')})(?![\\p{L}])`, 'iuy');

export const VAGUE_AMOUNT = new RegExp(
  `(?:tens|hundreds)\\s+of\\s+(?:thousands|millions)|(?:${Object.keys(VAGUE_AMOUNTS).join('|')})(?=\\s+of\\s)`,
  'iuy',
);

/** First letters of any word that may begin a number in words: a cheap pre-check. */
export const NUMBER_WORD_START = new RegExp(
  `(?:a|an|${WORD_ITEM}|${Object.keys(ORDINALS).join('|')}|tens|${Object.keys(VAGUE_AMOUNTS).join('|')})(?![\\p{L}])`,
  'iu',
);

/** The value of a figure written whole in digits or number words ("24", "twenty-four"); null for anything else. */
export function wholeNumberValue(words: string): number | null {
  if (/^\d+$/.test(words)) return Number(words);
  WORD_NUMBER.lastIndex = 0;
  const m = WORD_NUMBER.exec(words);
  return m && m[0].length === words.length ? wordNumberValue(words) : null;
}

/** Value of a run matched by WORD_NUMBER. */
export function wordNumberValue(words: string): number {
  let total = 0;
  let group = 0;
  for (const raw of words.toLowerCase().split(/[\s-]+/)) {
    if (raw === 'and') continue;
    if (raw === 'a' || raw === 'an') { group = 1; continue; }
    if (raw in UNITS) group += UNITS[raw];
    else if (raw in TENS) group += TENS[raw];
    else if (raw === 'hundred' || raw === 'dozen') group = (group || 1) * SCALES[raw];
    else if (raw in SCALES) { total += (group || 1) * SCALES[raw]; group = 0; }
  }
  return total + group;
}

export function ordinalWordValue(word: string): number {
  return ORDINALS[word.toLowerCase()] ?? NaN;
}

export function vagueAmountValue(phrase: string): number {
  const words = phrase.toLowerCase().split(/\s+/);
  if (words.length === 3) return (words[0] === 'tens' ? 20 : 200) * (words[2] === 'thousands' ? 1e3 : 1e6);
  return VAGUE_AMOUNTS[words[0]];
}
