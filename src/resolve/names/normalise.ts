import { SURNAMES } from './surnames.js';

/**
 * Name normalisation: folds case and diacritics, splits a surface form into name tokens and sets
 * aside what does not identify the bearer (honorifics, titles, generational suffixes) and the
 * Arabic-style particles that transliterations write, join or drop at will.
 */

/** Particles that precede a name element and are spelled, hyphenated or omitted freely. */
const PARTICLES = new Set([
  'al', 'el', 'ad', 'ed', 'as', 'es', 'ash', 'an', 'ar', 'at', 'az', 'adh', 'ath', 'bin', 'ibn', 'bint', 'ben',
  // European nobiliary and family particles: "von der Leyen", "Van Hollen", "de Gaulle", "Le Pen", "da Silva".
  'von', 'van', 'der', 'den', 'de', 'da', 'di', 'du', 'del', 'della', 'le', 'la', 'dos', 'das',
]);

/** "ben" is a particle only between two name elements ("Salman ben Abdel"), not as a given name. */
const MID_ONLY_PARTICLES = new Set(['ben']);

const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend',
  'president', 'vice', 'prime', 'minister', 'chancellor', 'premier', 'king', 'queen', 'prince', 'princess',
  'emir', 'sheikh', 'sultan', 'gen', 'general', 'col', 'colonel', 'lt', 'lieutenant', 'maj', 'major', 'capt',
  'captain', 'sgt', 'sergeant', 'adm', 'admiral', 'marshal', 'sen', 'senator', 'rep', 'representative', 'gov',
  'governor', 'mayor', 'judge', 'justice', 'pope', 'cardinal', 'bishop', 'father', 'imam', 'ayatollah',
  'secretary', 'foreign', 'defence', 'defense', 'interior', 'chief', 'commander', 'spokesman', 'spokeswoman',
  'spokesperson', 'former', 'late', 'deputy', 'acting', 'mp', 'officer', 'detective', 'constable', 'inspector',
]);

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'junior', 'senior', 'phd', 'md', 'esq']);

export interface NormalisedName {
  /** Name elements, lowercased, diacritics folded, particles and titles removed. */
  tokens: string[];
  particles: string[];
  titles: string[];
}

/** Letters that Unicode does not decompose into a base letter and a mark ("Wałęsa", "Søren", "Strauß"). */
const UNDECOMPOSED: Record<string, string> = { ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ı: 'i', ß: 'ss', æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe', ð: 'd', þ: 'th' };

export function foldDiacritics(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[łŁøØđĐıßæÆœŒðþ]/g, (c) => UNDECOMPOSED[c]);
}

/** Lowercase words of a surface form; possessive endings and punctuation dropped, hyphens split. */
export function rawWords(text: string): string[] {
  return foldDiacritics(text)
    .toLowerCase()
    .replace(/['’`]s\b/g, '')
    .replace(/['’`ʼʻ]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

const nameCache = new Map<string, NormalisedName>();

/** Normalised once per distinct surface form (cache bounded); callers must not mutate the result. */
export function normaliseName(text: string): NormalisedName {
  let found = nameCache.get(text);
  if (!found) {
    if (nameCache.size >= 100_000) nameCache.clear();
    found = computeNormalisedName(text);
    nameCache.set(text, found);
  }
  return found;
}

const SETTLED_SURNAMES = new Set(SURNAMES.map((s) => foldDiacritics(s).toLowerCase()));

/** Particle-like words that are also English given names when written capitalised and apart: "Ed Markey", "Ash Carter". */
const GIVEN_NAME_PARTICLES = new Set(['ed', 'ash']);

/**
 * A particle-like first word written capitalised and apart (not hyphenated) is a given name:
 * "Ed Markey", "Ash Carter", and "Al" before a settled Western surname ("Al Green"); "al-Green",
 * "Al Thani" keep the particle.
 */
function givenNameNotParticle(text: string, word: string, next: string | undefined): boolean {
  if (next === undefined || !(GIVEN_NAME_PARTICLES.has(word) || (word === 'al' && SETTLED_SURNAMES.has(next)))) return false;
  return new RegExp(`(?:^|\\s)${word[0].toUpperCase()}${word.slice(1)}\\s`).test(foldDiacritics(text));
}

/** normaliseName without its cache: for one-off bulk work (a gazetteer's index) that would only flush the cache the corpus's names use. */
export function computeNormalisedName(text: string): NormalisedName {
  const words = rawWords(text).filter((w) => w !== 'the');
  const tokens: string[] = [];
  const particles: string[] = [];
  const titles: string[] = [];
  words.forEach((word, i) => {
    const isLast = i === words.length - 1;
    if (HONORIFICS.has(word) && tokens.length === 0 && !isLast) titles.push(word);
    else if (SUFFIXES.has(word) && i > 0) titles.push(word);
    else if (PARTICLES.has(word) && !isLast && (!MID_ONLY_PARTICLES.has(word) || tokens.length > 0) && !(tokens.length === 0 && givenNameNotParticle(text, word, words[i + 1]))) particles.push(word);
    else tokens.push(word);
  });
  return { tokens, particles, titles };
}

/** A string key for exact matching of normalised names: "Al-Banouri" and "Banouri" give "banouri". */
export function nameKey(text: string): string {
  return normaliseName(text).tokens.join(' ');
}

/** Initials of the capitalised words, for acronyms: "Syrian Democratic Forces" gives "sdf". */
export function initials(text: string): string {
  return foldDiacritics(text)
    .split(/[\s-]+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0].toLowerCase())
    .join('');
}

export function isAcronym(text: string): boolean {
  const compact = text.replace(/\./g, '');
  return /^[A-Z]{2,6}s?$/.test(compact);
}
