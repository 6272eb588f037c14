import type { EntityType } from '../../model/mention.js';
import { chunksOf, type Chunk } from './conll-format.js';
import { contextType, type IsCity } from './context-types.js';
import { DEMONYMS } from './lexicon/demonyms.js';
import { FACILITY_HEADS, ROLE_MODIFIERS, TITLE_WORDS } from './lexicon/titles.js';

/** An entity over token indices of one sentence, with an optional role phrase (token range). */
export interface TokenEntity {
  type: EntityType;
  start: number;
  end: number;
  role?: { start: number; end: number };
  /** The context, not the tagger, decided the type: it holds for the same name across the document. */
  cued?: boolean;
}

const TITLES = new Set(TITLE_WORDS);
const MODIFIERS = new Set(ROLE_MODIFIERS);
const DEMONYM_SET = new Set(DEMONYMS.map((d) => d.toLowerCase()));
const FACILITY_HEAD_SET = new Set(FACILITY_HEADS);
/** Words that turn a following head into a facility kind ("air base", "naval facility"). */
const FACILITY_KIND = new Set(['air', 'naval', 'navy', 'military', 'army', 'international']);
/** Closed-class words that open sentences but never names. */
const FUNCTION_WORDS = new Set(`with|for|from|in|on|at|by|after|before|as|the|a|an|and|but|or|when|while|if|during|despite|under|over|between|against|among|about|since|until|without|within|through|meanwhile|however|also|then|so|yet|this|that|these|those|his|her|their|its|our|my|your|we|they|he|she|it|i|you|to|of|where|why|how|what|who|both|all|some|many|most|other|another|following|according|amid|ahead|earlier|later|last|next|nor|not|no|once|only|even|unlike|like|via|per|upon|toward|towards|into|onto|across|behind|beyond|near|outside|inside|throughout`.split('|'));

/** Final words that make a name an organisation whatever the tagger said ("Black Sea Fleet"). */
const ORG_HEADS = new Set(['fleet', 'navy', 'army', 'forces', 'ministry', 'party', 'council', 'committee', 'agency', 'institute', 'university', 'corporation', 'police', 'guard', 'command', 'brigade', 'brigades', 'militia', 'movement', 'front']);
/** Words right before an outlet's name ("news outlet X", "the daily X"). */
const OUTLET_CUES = new Set(['outlet', 'newspaper', 'broadcaster', 'channel', 'daily', 'weekly', 'magazine', 'website', 'network', 'agency', 'tabloid', 'paper', 'journal']);
/** First words of organisations that a nationality may open ("Russian Ministry of Defence"). */
const GOVERNMENT_BODIES = new Set(['ministry', 'army', 'navy', 'air', 'government', 'defence', 'defense', 'foreign', 'interior', 'armed', 'central', 'national', 'federal', 'supreme', 'general', 'special', 'state']);

const isCapitalised = (w: string): boolean => /^\p{Lu}/u.test(w);
const lower = (w: string): string => w.toLowerCase();
const isTitle = (w: string): boolean => TITLES.has(lower(w).replace(/\.$/, ''));
const isDemonym = (w: string): boolean => {
  const l = lower(w);
  return DEMONYM_SET.has(l) || (l.endsWith('s') && DEMONYM_SET.has(l.slice(0, -1)));
};

/**
 * Turns CoNLL-typed BIO tags of one sentence into news entities: facilities, nationalities and
 * groups, persons without their titles (the title becomes the role), and no sentence-opening
 * function words inside names.
 */
export function newsEntities(words: readonly string[], tags: readonly string[], isCity: IsCity = () => false): TokenEntity[] {
  const entities: TokenEntity[] = [];
  for (const c of joinAbbreviations(words, chunksOf(tags))) {
    let start = c.start;
    while (start < c.end - 1 && start === 0 && FUNCTION_WORDS.has(lower(words[start]))) start++;
    // "London-based X", "Kurdish-led X": where X is, or who leads it, is no part of its name.
    while (start < c.end - 1 && ATTRIBUTIVE.test(words[start])) start++;
    let type = c.type as EntityType;
    if (type === 'PER') {
      // Titles open a role, never a name: "President Meets Varga" keeps only "Varga".
      while (start < c.end && (isTitle(words[start]) || MODIFIERS.has(lower(words[start])))) start++;
      if (start === c.end) continue;
    }
    if (!isCapitalised(words[start]) && !/^\p{Lu}/u.test(words[start].replace(/^[a-z]{1,3}-/, ''))) continue;
    if (words.slice(start, c.end).every((w) => isDemonym(w) || w === '-')) type = 'NORP';
    else if (type !== 'ORG' && ORG_HEADS.has(lower(words[c.end - 1]))) type = 'ORG';
    else if (type === 'PER' && OUTLET_CUES.has(lower(words[start - 1] ?? ''))) type = 'ORG';
    else if (type === 'PER' && lower(words[start - 1] ?? '') === 'told' && (c.end === words.length || /^[.,;:]$/.test(words[c.end]))) type = 'ORG';
    const cue = contextType(words, start, c.end, type, isCity);
    entities.push({ type: cue.type, start, end: c.end, ...(cue.cued ? { cued: true } : {}) });
  }
  mergeOrganisations(words, entities);
  markFacilities(words, entities);
  for (const e of entities) if (e.type === 'PER') e.role = rolePhrase(words, e.start, entities);
  entities.sort((a, b) => a.start - b.start);
  return entities;
}

/** A compound modifier naming a base or a backer: "London-based", "Kurdish-led". */
const ATTRIBUTIVE = /^\p{Lu}[\p{L}.]*-(?:based|led|backed|owned|run|held|controlled|funded|born|made|allied|aligned)$/u;
/** Abbreviations that open a place or building name ("St. X Hall", "Mt. X", "Ft. X"). */
const NAME_ABBREVIATIONS = new Set(['st.', 'ste.', 'mt.', 'ft.', 'pt.']);
/** Final words of buildings and sites, which make a name opened by "St." a facility. */
const BUILDING_HEADS = new Set([...FACILITY_HEADS, 'hall', 'cathedral', 'church', 'basilica', 'chapel', 'abbey', 'monastery', 'mosque', 'temple', 'museum', 'theatre', 'theater', 'school', 'college', 'gate', 'park', 'market']);

/**
 * "St." ends a sentence-like chunk for a tagger trained on CoNLL ("St." ORG, "George Hall" PER):
 * an abbreviation that opens a name joins the name that follows it, as a place or a building.
 */
function joinAbbreviations(words: readonly string[], chunks: Chunk[]): Chunk[] {
  const out: Chunk[] = [];
  for (const c of chunks) {
    const prev = out[out.length - 1];
    let start = c.start;
    if (start > 0 && NAME_ABBREVIATIONS.has(lower(words[start - 1]))) {
      if (prev && prev.end === c.start) start = out.pop()!.start;
      else start--;
    }
    if (!NAME_ABBREVIATIONS.has(lower(words[start]))) { out.push(c); continue; }
    const type = BUILDING_HEADS.has(lower(words[c.end - 1])) ? 'FAC' : c.type === 'PER' ? 'LOC' : c.type;
    out.push({ ...c, start, type });
  }
  return out;
}

/** A nationality right before a government body joins it: "Russian" + "Ministry of Defence". */
function mergeOrganisations(words: readonly string[], entities: TokenEntity[]): void {
  entities.sort((a, b) => a.start - b.start);
  for (let i = entities.length - 2; i >= 0; i--) {
    const a = entities[i];
    const b = entities[i + 1];
    if (a.end !== b.start || (a.type !== 'NORP' && a.type !== 'MISC') || b.type !== 'ORG') continue;
    if (!GOVERNMENT_BODIES.has(lower(words[b.start]))) continue;
    entities.splice(i, 2, { type: 'ORG', start: a.start, end: b.end });
  }
}

/**
 * "X Air Base", "the X airbase", "X naval facility", "X Airport", "X and Y bases": the name
 * before a facility head becomes a facility; a capitalised head is part of the name.
 */
function markFacilities(words: readonly string[], entities: TokenEntity[]): void {
  for (let h = 1; h < words.length; h++) {
    const head = lower(words[h]);
    const singular = head.endsWith('s') && FACILITY_HEAD_SET.has(head.slice(0, -1)) ? head.slice(0, -1) : head;
    if (!FACILITY_HEAD_SET.has(singular)) continue;
    let headStart = h;
    if (h >= 1 && FACILITY_KIND.has(lower(words[h - 1]))) headStart = h - 1;
    const capitalHead = isCapitalised(words[headStart]) && isCapitalised(words[h]);
    const plural = singular !== head;
    let nameEnd = headStart;
    // "X and Y bases" names two facilities.
    while (nameEnd > 0) {
      const nameStart = nameStartBefore(words, nameEnd, entities);
      if (nameStart === nameEnd) break;
      // A plural head needs coordinated names ("X and Y bases"); "two Mediterranean bases" has none.
      const coordinated = nameStart >= 2 && ['and', ',', '&'].includes(lower(words[nameStart - 1]));
      if (plural && nameEnd === headStart && !coordinated) break;
      const end = capitalHead && nameEnd === headStart ? h + 1 : nameEnd;
      claimFacility(entities, nameStart, end);
      if (!plural || !coordinated) break;
      nameEnd = nameStart - 1;
    }
  }
}

/** The start of the proper name that ends right before `end`, or `end` when there is none. */
function nameStartBefore(words: readonly string[], end: number, entities: readonly TokenEntity[]): number {
  const covering = entities.find((e) => e.end === end && e.type !== 'NORP' && e.type !== 'PER');
  if (covering) return covering.start;
  let start = end;
  while (start > 0 && end - start < 4) {
    const w = words[start - 1];
    if (!isCapitalised(w) || isDemonym(w) || isTitle(w) || FUNCTION_WORDS.has(lower(w))) break;
    if (start - 1 === 0 && FUNCTION_WORDS.has(lower(w))) break;
    start--;
  }
  if (start < end && entities.some((e) => e.type === 'PER' && e.start < end && start < e.end)) return end;
  return start;
}

function claimFacility(entities: TokenEntity[], start: number, end: number): void {
  for (let i = entities.length - 1; i >= 0; i--) {
    const e = entities[i];
    if (e.start < end && start < e.end) entities.splice(i, 1);
  }
  entities.push({ type: 'FAC', start, end });
}

/**
 * The role phrase right before a person ("Kremlin spokesman", "Russian Defence Minister",
 * "Syria's interim president,"): title words, their modifiers, organisations, places and
 * nationalities before them, up to the first word that is none of these.
 */
function rolePhrase(words: readonly string[], personStart: number, entities: readonly TokenEntity[]): { start: number; end: number } | undefined {
  let end = personStart;
  if (end > 0 && words[end - 1] === ',') end--;
  let start = end;
  let hasTitle = false;
  while (start > 0) {
    const w = words[start - 1];
    const inside = entities.find((e) => e.end === start && e.type !== 'PER');
    if (inside) { start = inside.start; continue; }
    if (isTitle(w)) { hasTitle = true; start--; continue; }
    if (MODIFIERS.has(lower(w)) && lower(w) !== 'the' && lower(w) !== 'of' && lower(w) !== 'and') { start--; continue; }
    if ((w === "'s" || w === '’s') && start - 1 > 0 && isCapitalised(words[start - 2])) { start -= 2; continue; }
    if (isCapitalised(w) && start - 1 > 0 && !FUNCTION_WORDS.has(lower(w)) && hasTitle && !isTitle(words[start - 2] ?? '') && start < end) {
      // A capitalised qualifier before a title ("Kremlin" in "Kremlin spokesman") that the tagger left out.
      start--; continue;
    }
    break;
  }
  if (!hasTitle) return undefined;
  // The phrase must end with a title word: "President", "spokesman", not "Syria's".
  let last = end;
  while (last > start && !isTitle(words[last - 1])) last--;
  if (last === start) return undefined;
  return { start, end: last };
}
