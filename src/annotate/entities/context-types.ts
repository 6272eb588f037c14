import type { EntityType } from '../../model/mention.js';
import { COUNTRIES } from './lexicon/countries.js';
import { DEMONYMS } from './lexicon/demonyms.js';
import { FIRST_NAMES } from './lexicon/first-names.js';

/**
 * Types that the words around a name decide better than a tagger trained on CoNLL: "the X
 * regime" is a person's, "the X said" an institution acting, "X Heights" a place.
 */

const lower = (w: string): string => w.toLowerCase();
const COUNTRY_SET = new Set(COUNTRIES.map(lower));
const DEMONYM_SET = new Set(DEMONYMS.map(lower));
const FIRST_NAME_SET = new Set(FIRST_NAMES.map(lower));

/** Final words of natural places: nobody is called "X Heights". */
const PLACE_HEADS = new Set(['heights', 'hills', 'mountains', 'mountain', 'valley', 'plateau', 'peninsula', 'strait', 'straits', 'gulf', 'bay', 'sea', 'ocean', 'river', 'lake', 'desert', 'coast', 'island', 'islands', 'strip', 'plain', 'plains', 'highlands', 'delta', 'canyon', 'gorge', 'pass']);
/** Nouns for a person's rule: "the X administration", "X's regime". */
const RULE_NOUNS = new Set(['regime', 'administration']);
const RULE_MODIFIERS = new Set(['new', 'old', 'former', 'current', 'previous', 'interim', 'transitional', 'entire', 'whole', 'late', 'ousted', 'fallen', 'toppled']);
/** Titles an institution lends its staff: "X spokesman" speaks for X. */
const SPOKES_TITLES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'spokesmen', 'spokeswomen', 'aide', 'aides', 'official', 'officials', 'insiders']);
/** Verbs of speaking and deciding that an institution does ("the X said", "the X moves to"). */
const ACTOR_VERBS = new Set(`said|says|announced|announces|warned|warns|denied|denies|confirmed|confirms|stated|states|insisted|insists|signalled|signaled|signals|claimed|claims|accused|accuses|rejected|rejects|welcomed|welcomes|condemned|condemns|responded|responds|declined|declines|refused|refuses|hopes|hoped|wants|wanted|sought|seeks|embraced|embraces|demonstrated|demonstrates|decided|decides|agreed|agrees|ordered|orders|approved|approves|moved|moves|vowed|vows|urged|urges|praised|praises|criticised|criticized|criticises|criticizes|dismissed|dismisses|threatened|threatens|pledged|pledges|believes|believed|considers|considered`.split('|'));
const ADVERB = /^\p{Ll}+ly$/u;
/** Particles written onto a surname ("al-X", "bin X"). */
const PARTICLE_PREFIX = /^(?:al|el|ad|ed|as|ash|an|ar|at|az|bin|ibn|abu|abd|ben)-\p{Lu}/u;

const isCapitalised = (w: string): boolean => /^\p{Lu}/u.test(w);
const isAcronym = (w: string): boolean => /^\p{Lu}{2,}s?$/u.test(w.replace(/\./g, ''));

/** Whether a lowercased phrase is a known city or town (the tagger's gazetteer). */
export type IsCity = (phrase: string) => boolean;

/** A known place or nationality, which a rule or a spokesman can be "of" without being a person. */
function placeOrGroup(words: readonly string[], isCity: IsCity): boolean {
  const phrase = lower(words.join(' '));
  return COUNTRY_SET.has(phrase) || isCity(phrase) || words.every((w) => DEMONYM_SET.has(lower(w)) || DEMONYM_SET.has(lower(w).replace(/s$/, '')));
}

/**
 * Written like a person's name: a known given name or a particle-bound surname, or a single name
 * the tagger took for a person or a place; a lone MISC word is an adjective ("the Nazi regime").
 */
function personLike(words: readonly string[], type: EntityType, isCity: IsCity): boolean {
  if (words.some(isAcronym) || placeOrGroup(words, isCity) || PLACE_HEADS.has(lower(words[words.length - 1]))) return false;
  if (!words.every((w) => isCapitalised(w) || PARTICLE_PREFIX.test(w))) return false;
  if (type === 'PER') return true;
  if (words.length === 1) return type === 'LOC' || PARTICLE_PREFIX.test(words[0]);
  return FIRST_NAME_SET.has(lower(words[0])) || words.some((w) => PARTICLE_PREFIX.test(w));
}

/** The noun of "the X regime", "the X administration", "X's new regime" (the rule of a person), or null. */
function ruleNoun(words: readonly string[], end: number): string | null {
  let i = end;
  if (words[i] === "'s") i++;
  while (i < words.length && RULE_MODIFIERS.has(lower(words[i]))) i++;
  const noun = lower(words[i] ?? '');
  return RULE_NOUNS.has(noun) ? noun : null;
}

/** "X spokesman", "the X said", "the X quickly moved to": an institution that speaks and acts. */
function actsAsInstitution(words: readonly string[], start: number, end: number, isCity: IsCity): boolean {
  if (placeOrGroup(words.slice(start, end), isCity)) return false;
  if (SPOKES_TITLES.has(lower(words[end] ?? ''))) return true;
  if (lower(words[start - 1] ?? '') !== 'the') return false;
  let i = end;
  if (ADVERB.test(words[i] ?? '')) i++;
  return ACTOR_VERBS.has(lower(words[i] ?? ''));
}

/**
 * The type the context gives a name over `start..end` typed `type` by the tagger, and whether a
 * cue decided it (a cued type holds for the same name elsewhere in the document).
 */
/** Nouns for a settlement or district: "the town of X", "X, the village below the dam". */
const SETTLEMENT_NOUNS = new Set(['town', 'village', 'city', 'country', 'district', 'province', 'region', 'county', 'port', 'capital', 'suburb', 'neighbourhood', 'neighborhood', 'municipality', 'township', 'hamlet', 'settlement', 'oasis', 'governorate', 'state']);

const COMPASS = /^(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?$/;

/** Administrative units written after a name in lower case: "X province", "X region". */
const UNIT_NOUNS = new Set(['province', 'region', 'district', 'county', 'governorate', 'municipality', 'prefecture', 'oblast', 'township']);
const DETERMINERS = new Set(['the', 'its', 'a', 'an', 'their', 'his', 'her', 'our']);

/**
 * The words around a name say it is a place: "the (farming) town of X", "X, the (small) town ...",
 * "the provincial capital, X", "X province", "X's western province", "in western X".
 */
function namedAsSettlement(words: readonly string[], start: number, end: number, type: EntityType): boolean {
  const before = words.slice(Math.max(0, start - 4), start).map(lower);
  const last = before.length - 1;
  if (before[last] === 'of' && before.slice(Math.max(0, last - 2), last).some((w) => SETTLEMENT_NOUNS.has(w))) return true;
  // "in western X", "across northern X": a compass part is a part of a place.
  if (COMPASS.test(before[last] ?? '') && ['in', 'across', 'of', 'into', 'throughout', 'from'].includes(before[last - 1] ?? '')) return true;
  // "the provincial capital, X": a settlement noun in apposition before the name.
  const after = words.slice(end, end + 4);
  // The apposition closes with the name ("..., Qasr Amin."); "in the region, X said" is a speaker.
  const closes = after.length === 0 || /^[.,;:)]$/.test(after[0]);
  if (closes && before[last] === ',' && SETTLEMENT_NOUNS.has(before[last - 1] ?? '') && before.slice(0, last - 1).some((w) => DETERMINERS.has(w))) return true;
  const afterLower = after.map(lower);
  // "X province": the unit's noun in lower case right after the name; a nationality adjective
  // (MISC: "the Kurdish region") qualifies the noun instead of naming a place.
  if (type !== 'MISC' && UNIT_NOUNS.has(after[0] ?? '')) return true;
  // "X's western province": a place that has provinces (a person has a native town or city, never a province).
  if ((afterLower[0] === "'s" || afterLower[0] === '’s') && [afterLower[1], afterLower[2]].some((w) => w !== undefined && UNIT_NOUNS.has(w))) return true;
  // The settlement noun must head the apposition: in "X, a city councillor" it only qualifies the person noun after it.
  const heads = (k: number) => SETTLEMENT_NOUNS.has(afterLower[k]) && !continuesNoun(words[end + k + 1]);
  return afterLower[0] === ',' && (afterLower[1] === 'the' || afterLower[1] === 'a') && (heads(2) || heads(3));
}

/** A lower-case word that goes on with the noun phrase before it ("city councillor"), not a word that ends or links it. */
function continuesNoun(word: string | undefined): boolean {
  return word !== undefined && /^\p{Ll}[\p{Ll}-]*$/u.test(word) && !/^(?:of|in|on|at|near|by|for|from|with|and|or|that|which|where|whose|who|to|is|was|has|had)$/.test(word);
}

export function contextType(words: readonly string[], start: number, end: number, type: EntityType, isCity: IsCity): { type: EntityType; cued: boolean } {
  const name = words.slice(start, end);
  const last = lower(name[name.length - 1]);
  if ((type === 'PER' || type === 'MISC') && PLACE_HEADS.has(last) && name.length > 1) return { type: 'LOC', cued: true };
  if (type === 'MISC' && COUNTRY_SET.has(lower(name.join(' ')))) return { type: 'LOC', cued: false };
  if ((type === 'PER' || type === 'MISC' || type === 'ORG') && namedAsSettlement(words, start, end, type)) return { type: 'LOC', cued: true };
  const rule = ruleNoun(words, end);
  // Cities have regimes ("the X regime" for a capital's government); an administration is a president's,
  // and small towns share many a surname.
  if (rule && personLike(name, type, rule === 'regime' ? isCity : () => false)) return { type: 'PER', cued: true };
  if (type === 'LOC' && actsAsInstitution(words, start, end, isCity)) return { type: 'ORG', cued: true };
  return { type, cued: false };
}
