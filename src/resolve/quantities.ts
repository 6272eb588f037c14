import type { Chain, MentionNode } from './chain.js';

/**
 * What a thing's words say it is beyond its type: a time ("Saturday night", "the third time") or
 * an object ("the belts"), and the numbers it is written with ("$180 million", "eight-year",
 * "the second time", "Internet Explorer 9"). Things of the same coarse type that differ here
 * are different things: a day is not the title fought for on it, and 2007 is not 2014.
 */
const CALENDAR = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|today|tonight|yesterday|tomorrow|morning|afternoon|evening|night|midnight|noon|week|weekend|month|year|decade|century|day|hour|minute|season|time|times|moment|now|recently|currently|ago|[ap]\.?\s?m\.?|(?:1[89]|20)\d\d|\d{1,2}:\d\d)s?\b/i;

/**
 * Mention texts repeat across a corpus and every candidate pair reads them again: each reading
 * is kept per text (cleared when it grows large, so a long-running server does not accumulate).
 */
function memo<T>(read: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined) {
      if (cache.size >= 100_000) cache.clear();
      cache.set(text, (value = read(text)));
    }
    return value;
  };
}

export const temporalText = memo((text: string): boolean => CALENDAR.test(text.replace(/[’']s\b/g, '')));

const WORD_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, thousand: 1000, million: 1e6, billion: 1e9,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  twice: 2, once: 1,
};

/** The numbers written in a text, digits or words ("eight - year" and "8 year" both 8; "$184 million" 184). Shared: do not change the set. */
export const numbersIn = memo((text: string): Set<number> => {
  const out = new Set<number>();
  for (const m of text.toLowerCase().matchAll(/\d[\d,]*(?:\.\d+)?|\p{L}+/gu)) {
    const w = m[0];
    if (/^\d/.test(w)) out.add(Number(w.replace(/,/g, '')));
    else if (w in WORD_NUMBERS && !['million', 'billion', 'thousand', 'hundred'].includes(w)) out.add(WORD_NUMBERS[w]);
  }
  return out;
});

function said(nodes: MentionNode[]): MentionNode[] {
  return nodes.filter((n) => n.kind !== 'pronoun');
}

/** 'time' when every word-bearing mention is a time, 'thing' when none is, null when mixed or empty. */
export function temporalKind(nodes: MentionNode[]): 'time' | 'thing' | null {
  const own = said(nodes);
  if (own.length === 0) return null;
  const times = own.filter((n) => temporalText(n.mention.text)).length;
  return times === own.length ? 'time' : times === 0 ? 'thing' : null;
}

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** The weekdays and months a mention names ("on Thursday, May 2"): two days named differently are two days. Shared: do not change the set. */
export const calendarNames = memo((text: string): Set<string> => {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (DAYS.includes(w)) out.add(w);
    // "may" is a month only when capitalised in the text.
    else if (MONTHS.includes(w) && (w !== 'may' || /\bMay\b/.test(text))) out.add(w);
  }
  return out;
});

function disjoint<T>(a: Set<T>, b: Set<T>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  for (const x of a) if (b.has(x)) return false;
  return true;
}

/** All numbers a chain's mentions are written with. */
export function chainNumbers(nodes: MentionNode[]): Set<number> {
  const out = new Set<number>();
  for (const n of said(nodes)) for (const x of numbersIn(n.mention.text)) out.add(x);
  return out;
}

/**
 * Two groups of mentions of one non-person thing that cannot be one thing: a time and an
 * object, or both written with numbers and sharing none of them.
 */
export function differentThings(a: MentionNode[], b: MentionNode[], type: string): boolean {
  if (type === 'PER') return false;
  const ka = temporalKind(a);
  const kb = temporalKind(b);
  if (ka && kb && ka !== kb) return true;
  if (disjoint(chainNumbers(a), chainNumbers(b))) return true;
  const calendar = (nodes: MentionNode[]) => new Set(said(nodes).flatMap((n) => [...calendarNames(n.mention.text)]));
  return disjoint(calendar(a), calendar(b));
}

export function differentChainThings(a: Chain, b: Chain): boolean {
  return a.type === b.type && differentThings(a.nodes, b.nodes, a.type);
}
