import { consonantSkeleton, phoneticKey, transliterationKey, vowelFoldedKey } from './phonetic.js';
import { normaliseName, initials, isAcronym, rawWords } from './normalise.js';
import { compareDemonyms, differentCountries, knownPlace } from './closed-class.js';
import { type NameContext, matchPersonNames } from './person-match.js';

/** "Aljazeera" and "Al Jazeera": the same letters, split differently. */
function sameLettersSplitDifferently(a: string, b: string): boolean {
  const ja = rawWords(a).join('');
  return ja.length >= 5 && ja === rawWords(b).join('');
}

/** How alike two name elements are, from identical (1) to unrelated (near 0), and why. */
export interface TokenMatch {
  score: number;
  reason: string;
}

export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aHit = new Array<boolean>(a.length).fill(false);
  const bHit = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    const lo = Math.max(0, i - window);
    const hi = Math.min(b.length - 1, i + window);
    for (let j = lo; j <= hi; j++) {
      if (!bHit[j] && a[i] === b[j]) {
        aHit[i] = bHit[j] = true;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < a.length; i++) {
    if (!aHit[i]) continue;
    while (!bHit[k]) k++;
    if (a[i] !== b[k]) transpositions++;
    k++;
  }
  const jaro = (matches / a.length + matches / b.length + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/** One skeleton is the other plus one final consonant: a dropped or added final letter. */
function differsByFinalLetter(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 3 && long.length === short.length + 1 && long.startsWith(short);
}

export function tokenSimilarity(a: string, b: string): TokenMatch {
  if (a === b) return { score: 1, reason: 'identical' };
  if (transliterationKey(a) === transliterationKey(b)) return { score: 0.96, reason: 'transliteration variant' };
  const va = vowelFoldedKey(a);
  const vb = vowelFoldedKey(b);
  if (va === vb) return { score: 0.92, reason: 'vowel variant' };
  const sa = consonantSkeleton(a);
  const sb = consonantSkeleton(b);
  // Short skeletons collide by chance ("Li"/"Lu"), so they need more than a skeleton match.
  const longEnough = Math.min(sa.length, sb.length) >= 3;
  if (longEnough && sa === sb) return { score: 0.86, reason: 'same consonants' };
  const pa = phoneticKey(a);
  const pb = phoneticKey(b);
  if (longEnough && pa === pb) return { score: 0.82, reason: 'l/r swap' };
  if (differsByFinalLetter(pa, pb)) return { score: 0.78, reason: 'final letter dropped or added' };
  const jw = jaroWinkler(va, vb);
  if (jw >= 0.92 && Math.min(va.length, vb.length) >= 5) return { score: 0.76, reason: 'close spelling' };
  return { score: jw * 0.6, reason: 'different' };
}

export interface NameComparison {
  score: number;
  /** The names positively disagree (same surname but another given name, or the reverse). */
  conflict: boolean;
  reason: string;
  /** The names alone settle that they are one person (no outside evidence was needed). */
  certain?: boolean;
  /** A near spelling lacking the evidence it needs: a possible alias, never a merge. */
  unsure?: boolean;
}

/**
 * Person names, judged by the evidence-needing matcher (person-match.ts): a spelling variant of a
 * transliterated name joins, a near spelling joins only with evidence from `context`, and two
 * full names with different given names and surnames never do.
 */
export function comparePersonNames(textA: string, textB: string, context: NameContext = {}): NameComparison {
  const m = matchPersonNames(textA, textB, context);
  return { score: m.score, conflict: m.verdict === 'different', reason: m.reason, certain: m.verdict === 'same' && m.certain, unsure: m.verdict === 'unsure' };
}

/** Words that say what kind of thing a name is, not which one: "Center", "Inc", "Airport". */
const DESIGNATORS = new Set([
  'center', 'centre', 'clinic', 'hospital', 'rehab', 'facility', 'company', 'co', 'corp', 'corporation', 'inc', 'ltd',
  'llc', 'plc', 'group', 'sa', 'ag', 'gmbh', 'airport', 'airbase', 'airfield', 'base', 'sea', 'ocean', 'river', 'island',
  'islands', 'mountain', 'mount', 'mt', 'lake', 'city', 'province', 'county', 'state', 'region', 'district', 'street',
  'st', 'avenue', 'road', 'strip', 'heights',
]);
/** Words that say which kind a following designator is ("air" base, "naval" facility): designators there only. */
const DESIGNATOR_KINDS = new Set(['air', 'naval', 'navy', 'military', 'international', 'force']);

function distinctive(tokens: string[]): string[] {
  const kept = tokens.filter((t, i) => {
    if (DESIGNATORS.has(t)) return false;
    let j = i;
    while (j < tokens.length && DESIGNATOR_KINDS.has(tokens[j])) j++;
    return !(j > i && j < tokens.length && DESIGNATORS.has(tokens[j]));
  });
  return kept.length > 0 ? kept : tokens;
}

/** The weakest of word-by-word similarities of two equally long names, or 0 when any pair differs. */
function alignedSimilarity(a: string[], b: string[]): TokenMatch {
  if (a.length !== b.length) return { score: 0, reason: 'different length' };
  let worst: TokenMatch = { score: 1, reason: 'identical' };
  for (let i = 0; i < a.length; i++) {
    const t = tokenSimilarity(a[i], b[i]);
    if (t.score < 0.85) return { score: 0, reason: t.reason };
    if (t.score < worst.score) worst = t;
  }
  return worst;
}

/** A longer name of at least this many words is not shortened to its first word. */
const NAMED_AFTER_MIN_WORDS = 3;

/**
 * "Estmere" and "Estmere Marine Institute", "Halvard" and "Halvard Mineworkers' Union": one word
 * opening a name of three or more words is what that body is named after (a place, a founder), not
 * its short form, whether or not the gazetteer knows the place; a body of that many words is
 * shortened by its initials or its own head ("the Institute"). Only designators after the word
 * ("Acme Group Inc") keep it a short form. Two-word names ("Harvard University") are left to the
 * other evidence: there the first word is often the name people use.
 */
function namedAfter(short: string[], long: string[]): boolean {
  if (short.length !== 1 || long.length < NAMED_AFTER_MIN_WORDS || long[0] !== short[0]) return false;
  return long.slice(1).some((t) => !DESIGNATORS.has(t) && !DESIGNATOR_KINDS.has(t));
}

/**
 * "Lagos Stadium", "Lagos Times": a known place and a proper name made of it and capitalised words
 * of its own name something else (a described "Lagos shop" may still stand for the place).
 */
function placeNamesAnother(shortText: string, longText: string, short: string[], long: string[]): boolean {
  if (long.length <= short.length || short.some((t, i) => long[i] !== t)) return false;
  const extra = long.slice(short.length);
  if (extra.some((t) => DESIGNATORS.has(t))) return false;
  const written = longText.trim().split(/\s+/).slice(-extra.length);
  return written.every((w) => /^\p{Lu}/u.test(w)) && knownPlace(shortText);
}

/** Organisations, places and groups: acronyms, word containment and soft word overlap. */
export function compareOtherNames(textA: string, textB: string): NameComparison {
  const groups = compareDemonyms(textA, textB);
  if (groups === 'different') return { score: 0, conflict: true, reason: 'two nationalities' };
  if (groups === 'same' && textA !== textB) return { score: 0.95, conflict: false, reason: 'one nationality' };
  if (isAcronym(textA) !== isAcronym(textB)) {
    const [acronym, full] = isAcronym(textA) ? [textA, textB] : [textB, textA];
    const compact = acronym.replace(/\./g, '').toLowerCase().replace(/s$/, '');
    const init = initials(full);
    if (init.length >= 2 && (init === compact || init === acronym.replace(/\./g, '').toLowerCase())) {
      return { score: 0.9, conflict: false, reason: 'acronym' };
    }
  }
  const a = normaliseName(textA).tokens;
  const b = normaliseName(textB).tokens;
  if (a.length === 0 || b.length === 0) return { score: 0, conflict: false, reason: 'no name' };
  if (a.join(' ') === b.join(' ')) return { score: 1, conflict: false, reason: 'identical after normalisation' };
  if (sameLettersSplitDifferently(textA, textB)) return { score: 0.95, conflict: false, reason: 'same letters, split differently' };
  if (differentCountries(textA, textB)) return { score: 0, conflict: true, reason: 'two countries' };
  const da = distinctive(a);
  const db = distinctive(b);
  if (da.length < a.length || db.length < b.length) {
    const aligned = alignedSimilarity(da, db);
    if (aligned.score > 0) {
      const variant = aligned.score < 1 ? `, ${aligned.reason}` : '';
      return { score: 0.9 * Math.min(1, aligned.score + 0.04), conflict: false, reason: `same name, another designator${variant}` };
    }
  }
  if (a.length === 1 && b.length === 1) {
    const t = tokenSimilarity(a[0], b[0]);
    return { score: t.score, conflict: false, reason: t.reason };
  }
  const [short, long, shortText, longText] = a.length <= b.length ? [a, b, textA, textB] : [b, a, textB, textA];
  if (placeNamesAnother(shortText, longText, short, long)) return { score: 0, conflict: true, reason: 'a place names another thing' };
  if (namedAfter(short, long)) return { score: 0, conflict: true, reason: 'a name opens a longer one' };
  let matched = 0;
  for (const word of short) {
    const best = Math.max(...long.map((w) => tokenSimilarity(word, w).score));
    if (best >= 0.85) matched += best;
  }
  const coverShort = matched / short.length;
  const dice = (2 * matched) / (a.length + b.length);
  // Containment ("Ministry of Defence" in "Russian Ministry of Defence") is good but not conclusive evidence.
  const contained = coverShort >= 0.99 ? 0.8 : coverShort * 0.7;
  const score = Math.max(dice, contained);
  return { score, conflict: false, reason: coverShort >= 0.99 ? 'contained' : 'word overlap' };
}

/** Names repeat across a corpus: each distinct pair is compared once (the cache is bounded). */
const comparisons = new Map<string, NameComparison>();
const MAX_CACHED_COMPARISONS = 500_000;

export function compareNames(textA: string, textB: string, person: boolean, context: NameContext = {}): NameComparison {
  const evidence = person ? `${context.sameDocument ? 'd' : ''}${context.sharedTitle ? 't' : ''}` : '';
  const key = `${person ? 'p' : 'o'}${evidence}\u0000${textA}\u0000${textB}`;
  let result = comparisons.get(key);
  if (result === undefined) {
    result = person ? comparePersonNames(textA, textB, context) : compareOtherNames(textA, textB);
    if (comparisons.size >= MAX_CACHED_COMPARISONS) comparisons.clear();
    comparisons.set(key, result);
  }
  return result;
}
