import { DEMONYMS } from '../../annotate/entities/lexicon/demonyms.js';
import { lookupCity, lookupCountry } from '../gazetteer.js';
import { foldDiacritics } from './normalise.js';

/**
 * Closed classes of names that general knowledge enumerates (nationalities, countries): two
 * different members are two different things however alike they are spelled ("Syrians" and
 * "Russians", "Iran" and "Iraq"), so string similarity must not join them.
 */

const DEMONYM_SET = new Set(DEMONYMS.map((d) => foldDiacritics(d).toLowerCase()));

/** "Kurds" and "Kurdish", "Danes" and "Danish": one group under its noun and its adjective. */
function demonymStem(word: string): string {
  return word.replace(/(?:ians?|ans?|ish|ic|ese|is?|es?|s)$/, '');
}

/** The demonym a one-word name is (plural folded), or null. */
function demonymOf(text: string): string | null {
  const w = foldDiacritics(text).trim().toLowerCase();
  if (!/^[a-z]+$/.test(w)) return null;
  if (DEMONYM_SET.has(w)) return w;
  if (w.endsWith('s') && DEMONYM_SET.has(w.slice(0, -1))) return w.slice(0, -1);
  return null;
}

/**
 * Two nationalities or groups: 'same' under one stem ("Kurds", "Kurdish"), 'different' when
 * neither stem holds the other ("Scot"/"Scottish" may still be one), null when not both are.
 */
export function compareDemonyms(a: string, b: string): 'same' | 'different' | null {
  const da = demonymOf(a);
  const db = demonymOf(b);
  if (!da || !db) return null;
  const sa = demonymStem(da);
  const sb = demonymStem(db);
  if (da === db || sa === sb) return 'same';
  return sa.length >= 3 && sb.length >= 3 && (sa.startsWith(sb) || sb.startsWith(sa)) ? null : 'different';
}

export function differentDemonyms(a: string, b: string): boolean {
  return compareDemonyms(a, b) === 'different';
}

/** Both name countries, and not the same country (alternative spellings map to one code). */
export function differentCountries(a: string, b: string): boolean {
  const ca = lookupCountry(a);
  const cb = lookupCountry(b);
  return ca !== null && cb !== null && ca.country !== cb.country;
}

/** A name that is, on its own, a known country or a sizeable city. */
export function knownPlace(text: string): boolean {
  return lookupCountry(text) !== null || lookupCity(text, new Set()) !== null;
}
