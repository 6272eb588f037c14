import { COUNTRIES } from './lexicon/countries.js';
import { DEMONYMS } from './lexicon/demonyms.js';
import { FIRST_NAMES } from './lexicon/first-names.js';
import { TITLE_WORDS, ROLE_MODIFIERS, ORG_SUFFIXES, FACILITY_HEADS } from './lexicon/titles.js';

/** Bits of the per-token gazetteer code. */
export const GAZ = {
  cityB: 1, cityI: 2, countryB: 4, countryI: 8, demonym: 16, firstName: 32,
  orgSuffix: 64, title: 128, roleModifier: 256, facilityHead: 512,
} as const;

const MAX_PHRASE = 4;

/**
 * Word lists as lookups. Multi-word places ("New York", "Saudi Arabia") match as phrases,
 * case-insensitively, so all-capital headlines hit too.
 */
export class Gazetteer {
  private readonly phrases = new Map<string, number>();
  private readonly words = new Map<string, number>();

  constructor(cities: readonly string[]) {
    for (const c of cities) this.addPhrase(c, 'city');
    for (const c of COUNTRIES) this.addPhrase(c, 'country');
    for (const w of DEMONYMS) this.addWord(w, GAZ.demonym);
    for (const w of FIRST_NAMES) this.addWord(w, GAZ.firstName);
    for (const w of ORG_SUFFIXES) this.addWord(w, GAZ.orgSuffix);
    for (const w of TITLE_WORDS) this.addWord(w, GAZ.title);
    for (const w of ROLE_MODIFIERS) this.addWord(w, GAZ.roleModifier);
    for (const w of FACILITY_HEADS) this.addWord(w, GAZ.facilityHead);
  }

  wordCode(lower: string): number {
    return this.words.get(lower) ?? 0;
  }

  /** One code per token: word-list bits plus begin/inside bits of the longest place match. */
  codes(words: readonly string[], lowers: readonly string[]): Int32Array {
    const out = new Int32Array(words.length);
    for (let i = 0; i < words.length; i++) out[i] = this.words.get(lowers[i]) ?? 0;
    for (let i = 0; i < words.length; i++) {
      if (!isUpperInitial(words[i])) continue;
      let key = '';
      let bestLen = 0;
      let bestKind = 0;
      for (let n = 1; n <= MAX_PHRASE && i + n <= words.length; n++) {
        key = n === 1 ? lowers[i] : `${key} ${lowers[i + n - 1]}`;
        const kind = this.phrases.get(key);
        if (kind !== undefined) { bestLen = n; bestKind = kind; }
      }
      if (bestLen === 0) continue;
      const [b, inside] = bestKind === 1 ? [GAZ.cityB, GAZ.cityI] : bestKind === 2 ? [GAZ.countryB, GAZ.countryI] : [GAZ.cityB | GAZ.countryB, GAZ.cityI | GAZ.countryI];
      out[i] |= b;
      for (let k = 1; k < bestLen; k++) out[i + k] |= inside;
      i += bestLen - 1;
    }
    return out;
  }

  private addPhrase(name: string, kind: 'city' | 'country'): void {
    const parts = name.toLowerCase().split(/\s+/).filter((p) => p.length > 0);
    if (parts.length === 0 || parts.length > MAX_PHRASE) return;
    const key = parts.join(' ');
    const bit = kind === 'city' ? 1 : 2;
    this.phrases.set(key, (this.phrases.get(key) ?? 0) | bit);
  }

  private addWord(word: string, bit: number): void {
    const key = word.toLowerCase();
    this.words.set(key, (this.words.get(key) ?? 0) | bit);
  }
}

export function isUpperInitial(w: string): boolean {
  // An empty word (a token of nothing but a bidi control, as in an unfolded title) has no initial.
  if (!w) return false;
  const c = w.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const ch = w[0];
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
