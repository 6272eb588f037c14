import { FIRST_NAMES } from '../../annotate/entities/lexicon/first-names.js';
import { foldDiacritics, normaliseName, rawWords } from './normalise.js';
import { consonantSkeleton, phoneticKey, romanisationMarked, transliterationKey, velarFoldedKey, vowelFoldedKey } from './phonetic.js';
import { SURNAMES } from './surnames.js';
import { NICKNAMES } from './nicknames.js';
import { PERSON_MATCH } from './config.js';

/**
 * Whether two person names can be one person, judged by what makes spellings variants rather
 * than by edit distance: a transliterated name keeps its consonant skeleton while its vowels,
 * doubled letters and romanised digraphs (kh/h, q/k, ou/u, ee/i) move; an established surname
 * ("Barr", "Burton") has one settled spelling, so a near spelling of it is another family's
 * name. Spelling that falls short of a variant needs evidence from outside the name: the same
 * given name, a shared title, one article.
 */

/** What is known about two names beyond their letters. */
export interface NameContext {
  /** Both spellings stand in one article, where a writer's varied spelling is the likely reading. */
  sameDocument?: boolean;
  /** Both bearers are given one title or role ("foreign minister", "senator"). */
  sharedTitle?: boolean;
}

/** How two name elements relate in spelling. */
export type Spelling =
  /** The same letters after folding case, diacritics and particles. */
  | 'identical'
  /** What romanisation changes: vowels, doubled letters, kh/h, q/k, ou/u, ee/i, y/i. */
  | 'variant'
  /** Close but beyond romanisation: l/r swapped, a vowel or a final letter dropped or added. */
  | 'near'
  /** One other letter changed ("Comer"/"Comey"): as often another name as a misspelling. */
  | 'changed'
  | 'none';

/** How two surnames relate once the lexicon of settled spellings is consulted. */
export type SurnameRelation = 'identical' | 'strong' | 'weak' | 'changed' | 'settled-apart' | 'none';

/** same: one person; unsure: a near spelling without the evidence it needs (a possible alias); apart: nothing joins them; different: the names prove two people. */
export type Verdict = 'same' | 'unsure' | 'apart' | 'different';

export interface PersonMatch {
  verdict: Verdict;
  /** Names alone settle it: no outside evidence was needed. */
  certain: boolean;
  /** A score on the scale the resolver's thresholds use: same >= 0.8, unsure 0.7 (the possible-alias band), apart <= 0.6, different 0. */
  score: number;
  reason: string;
}

function fold(word: string): string {
  return foldDiacritics(word).toLowerCase().replace(/[^a-z]/g, '');
}

/** Spellings of a first name the lexicon itself lists in several forms (Mohammed, Muhammad) are transliterations, not settled. */
function settledFirstNames(): Set<string> {
  const byKey = new Map<string, string[]>();
  for (const name of FIRST_NAMES) {
    const w = fold(name);
    if (w.length === 0) continue;
    const key = vowelFoldedKey(w);
    byKey.set(key, [...(byKey.get(key) ?? []), w]);
  }
  const out = new Set<string>();
  for (const forms of byKey.values()) if (new Set(forms).size === 1) out.add(forms[0]);
  return out;
}

const SETTLED = new Set([...SURNAMES.map(fold), ...settledFirstNames()]);
const GIVEN_NAMES = new Set(FIRST_NAMES.map(fold));

/** A given name the lexicon lists (any spelling of it). */
function listedGivenName(word: string): boolean {
  return word.length > 1 && GIVEN_NAMES.has(word);
}

/** A spelling the lexicons list as a name in its own right. */
export function settledSpelling(word: string): boolean {
  return SETTLED.has(fold(word));
}

/** One skeleton is the other plus one final consonant: a dropped or added final letter. */
function differsByFinalLetter(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 3 && long.length === short.length + 1 && long.startsWith(short);
}

/** One edit (a letter changed, dropped or added) turns one key into the other. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The longer key is the shorter with one vowel added between two consonants. */
function droppedInnerVowel(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  const consonant = (c: string | undefined) => c !== undefined && !/[aeiou]/.test(c);
  return /[aeiou]/.test(long[i]) && consonant(long[i - 1]) && consonant(long[i + 1]) && long.slice(i + 1) === short.slice(i);
}

/**
 * Two transliteration keys spell one name: the same, the same but for the quality of vowels in a
 * name long enough that vowels are not most of it, or a short vowel written or left out between
 * consonants ("Zawahiri"/"Zawahri").
 */
function variantKeys(ta: string, tb: string): boolean {
  if (ta === tb) return true;
  const minLength = Math.min(ta.length, tb.length);
  const folded = (k: string) => k.replace(/[aeiou]+/g, 'a');
  if (minLength >= PERSON_MATCH.minVowelVariant && folded(ta) === folded(tb)) return true;
  return minLength >= PERSON_MATCH.minSyncope && droppedInnerVowel(ta, tb);
}

/**
 * How two name elements relate in spelling (see `Spelling`). A variant changes only what
 * romanisation changes: the romanised digraphs, or the quality of vowels in a name long enough
 * that vowels are not most of it. Adding or dropping a vowel ("Cardin"/"Cardona",
 * "Merkley"/"Merkel"), swapping l and r, or one other letter changed is only near.
 */
export function spelling(a: string, b: string): Spelling {
  if (a === b) return 'identical';
  const ta = transliterationKey(a);
  const tb = transliterationKey(b);
  if (variantKeys(ta, tb)) return 'variant';
  // "Qaddafi"/"Gaddafi"/"Kadhafi", "Araghchi"/"Araqchi": in a romanised name k, g and q spell one letter.
  if ((romanisationMarked(a) || romanisationMarked(b)) && variantKeys(velarFoldedKey(a), velarFoldedKey(b))) return 'variant';
  const minLength = Math.min(ta.length, tb.length);
  const sa = consonantSkeleton(a);
  const sb = consonantSkeleton(b);
  // Short skeletons collide by chance ("Li", "Lu"): they need more than a skeleton.
  const longEnough = Math.min(sa.length, sb.length) >= PERSON_MATCH.minSkeleton;
  if (longEnough && (sa === sb || phoneticKey(a) === phoneticKey(b))) return 'near';
  if (differsByFinalLetter(sa, sb) || differsByFinalLetter(phoneticKey(a), phoneticKey(b))) return 'near';
  if (minLength >= PERSON_MATCH.minOneEdit && oneEditApart(ta, tb)) return ta.length === tb.length ? 'changed' : 'near';
  return 'none';
}

/**
 * Surnames: a variant of a transliterated name is strong evidence; any spelling change that
 * touches a settled surname is weak (a misspelling, or another family's name); two different
 * settled surnames ("Burr"/"Barr" when both are listed) are two names.
 */
export function surnameRelation(a: string, b: string): SurnameRelation {
  const s = spelling(a, b);
  if (s === 'identical') return 'identical';
  if (s === 'none') return 'none';
  const settledA = settledSpelling(a);
  const settledB = settledSpelling(b);
  if (settledA && settledB) return 'settled-apart';
  if (s === 'variant' && !settledA && !settledB) return 'strong';
  return s === 'changed' ? 'changed' : 'weak';
}

/** Given names agree: the same, an initial of the other, a nickname, or a romanisation variant ("Ahmed"/"Ahmad"; "Tim"/"Tom" are two names). */
export function givenNamesAgree(a: string, b: string): boolean {
  if (a === b) return true;
  if ((a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b))) return true;
  if (NICKNAMES.get(a)?.has(b) || NICKNAMES.get(b)?.has(a)) return true;
  if (spelling(a, b) === 'variant') return true;
  // "Alexander"/"Aleksandr", "Muhammadu"/"Muhammad": a long given name keeps its consonants.
  const sa = consonantSkeleton(a);
  return sa.length >= PERSON_MATCH.minSkeleton && sa === consonantSkeleton(b) && Math.min(a.length, b.length) >= PERSON_MATCH.minVowelVariant;
}

/** The given names of two full names agree, written as one word or two ("Abdulmalik", "Abdul Malik"). */
function givenPartsAgree(a: string[], b: string[]): boolean {
  if (givenNamesAgree(a[0], b[0])) return true;
  if (a.length === b.length) return false;
  const ja = a.slice(0, -1).join('');
  const jb = b.slice(0, -1).join('');
  return ja.length > 0 && jb.length > 0 && givenNamesAgree(ja, jb);
}

/** Chinese and Korean family names, written first: "Kim" in "Kim Jong Un" is the surname. */
const FAMILY_NAME_FIRST = new Set(['kim', 'lee', 'park', 'moon', 'yoon', 'choi', 'xi', 'li', 'wang', 'zhang', 'chen', 'liu', 'hu', 'jiang', 'deng', 'mao', 'yang', 'wen', 'zhou', 'huang', 'zhao', 'wu', 'sun', 'ma', 'zhu', 'guo', 'tsai', 'ban', 'han', 'lin']);

const SAME = (score: number, certain: boolean, reason: string): PersonMatch => ({ verdict: 'same', certain, score, reason });
const APART = (reason: string): PersonMatch => ({ verdict: 'apart', certain: false, score: PERSON_MATCH.apartScore, reason });
const DIFFERENT = (reason: string): PersonMatch => ({ verdict: 'different', certain: true, score: 0, reason });

/** A weak spelling link made good by evidence, or left apart. */
function withEvidence(enough: boolean, score: number, reason: string, evidence: string): PersonMatch {
  return enough ? SAME(score, false, `${reason}, ${evidence}`) : { verdict: 'unsure', certain: false, score: PERSON_MATCH.unsureScore, reason: `${reason}, no evidence beyond spelling` };
}

/**
 * "Mark Felt" in "W. Mark Felt", "Ashraf Ghani" in "Ashraf Ghani Ahmadzai": every element of the
 * shorter full name, in order, in the longer one, the first elements agreeing.
 */
function containedName(short: string[], long: string[]): boolean {
  if (short.length < 2 || long.length <= short.length) return false;
  const alike = (x: string, y: string) => x === y || spelling(x, y) === 'variant';
  let at = 0;
  for (const word of short) {
    while (at < long.length && !alike(word, long[at])) at++;
    if (at >= long.length) return false;
    at++;
  }
  // The longer name adds a middle name or a word before ("Counsel Dorin Ives Kalt"), or, after
  // the same given name, a further surname ("Ashraf Ghani Ahmadzai").
  return alike(short[short.length - 1], long[long.length - 1]) || givenNamesAgree(short[0], long[0]);
}

/** A lone name against a full name or another lone name. */
function loneName(single: string, full: string[], context: NameContext): PersonMatch {
  const surname = full[full.length - 1];
  const relation = surnameRelation(single, surname);
  const scale = full.length > 1 ? PERSON_MATCH.loneScale : 1;
  if (relation === 'identical') return SAME(scale, true, full.length > 1 ? 'the surname of the full name' : 'identical');
  // A lone surname spelled otherwise may be a namesake's: "Salame" beside "Hossein Salami",
  // "Ghani" beside "Qaani", "Blount" beside "Blunt" are other families. With no given name to
  // agree, one article is the evidence that it is one bearer's name re-spelled. (Chosen on the
  // tune half of eval/names: merging lone variants without it cost precision below 0.99.)
  if (relation === 'strong') return withEvidence(!!context.sameDocument, PERSON_MATCH.strongScore * scale, 'surname: transliteration variant', 'in one article');
  if (relation === 'weak' || relation === 'changed') return withEvidence(!!context.sameDocument, PERSON_MATCH.weakScore, 'surname: near spelling', 'in one article');
  if (full.length > 1 && FAMILY_NAME_FIRST.has(full[0]) && spelling(single, full[0]) === 'identical') {
    return withEvidence(!!context.sameDocument, PERSON_MATCH.weakScore, 'family name written first', 'in one article');
  }
  if (full.length > 1 && givenNamesAgree(single, full[0]) && single.length > 1) {
    // A lone given name is weak evidence: many people share it.
    return { verdict: 'apart', certain: false, score: PERSON_MATCH.loneGivenScore, reason: 'a lone given name' };
  }
  return APART(relation === 'settled-apart' ? 'two settled surnames' : 'different names');
}

/**
 * A Chinese or Korean name read family name first ("Li Keqiang", "Kim Yo Jong"): the first word a
 * family name of the list, and either not also a Western given name ("Kim Reynolds") or followed
 * by two or more syllables, as a Western name rarely is.
 */
function familyNameFirst(tokens: string[]): boolean {
  if (tokens.length < 2 || !FAMILY_NAME_FIRST.has(tokens[0])) return false;
  return tokens.length >= 3 || !listedGivenName(tokens[0]);
}

/**
 * Two family-name-first names of one family name: the personal names decide, compared whole
 * ("Jong Un"/"Jong-un" one, "Keqiang"/"Qiang" and "Yo Jong"/"Dae-jung" two people).
 */
function familyFirstMatch(a: string[], b: string[]): PersonMatch | undefined {
  if (!familyNameFirst(a) || !familyNameFirst(b)) return undefined;
  const family = spelling(a[0], b[0]);
  if (family !== 'identical' && family !== 'variant') return undefined;
  const personal = spelling(a.slice(1).join(''), b.slice(1).join(''));
  if (personal === 'identical') return SAME(PERSON_MATCH.identicalFullScore, true, 'same family name and personal name');
  if (personal === 'variant') return SAME(PERSON_MATCH.strongScore, true, 'same family name, personal name a transliteration variant');
  return DIFFERENT('same family name, different personal names');
}

/**
 * "H. R. McMaster" against "Henry McMaster": given names written as two or more initials name a
 * middle name the other form leaves out, which is how namesakes and fathers and sons ("George
 * H. W. Bush") are told apart; only evidence joins them.
 */
function initialsOnlyAgainstOneGivenName(a: string[], b: string[]): boolean {
  const initialsOnly = (t: string[]) => t.length >= 3 && t.slice(0, -1).every((w) => w.length === 1);
  const oneGivenName = (t: string[]) => t.length === 2 && t[0].length > 1;
  return (initialsOnly(a) && oneGivenName(b)) || (initialsOnly(b) && oneGivenName(a));
}

/** Decides whether two person names can be one person, given what else is known about them. */
export function matchPersonNames(textA: string, textB: string, context: NameContext = {}): PersonMatch {
  const a = normaliseName(textA).tokens;
  const b = normaliseName(textB).tokens;
  if (a.length === 0 || b.length === 0) return APART('no name');
  if (a.join(' ') === b.join(' ')) return SAME(1, true, 'identical after normalisation');
  const joined = rawWords(textA).join('');
  if (joined.length >= 5 && joined === rawWords(textB).join('')) return SAME(0.95, true, 'same letters, split differently');
  if (a.length === 1 || b.length === 1) {
    const [single, full] = a.length === 1 ? [a[0], b] : [b[0], a];
    return loneName(single, full, context);
  }
  // "Prayuth Chan-ocha"/"Prayut Chan-o-cha": one name romanised alike but split differently.
  const wholeKey = (tokens: string[]) => tokens.map(transliterationKey).join('');
  if (a.length !== b.length && joined.length >= PERSON_MATCH.minJoinedVariant && wholeKey(a) === wholeKey(b)) {
    return SAME(PERSON_MATCH.strongScore, true, 'one name split differently, a transliteration variant');
  }
  const familyFirst = familyFirstMatch(a, b);
  if (familyFirst) return familyFirst;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (containedName(short, long)) return SAME(PERSON_MATCH.containedScore, true, 'full name within a longer one');
  const surname = surnameRelation(a[a.length - 1], b[b.length - 1]);
  if (!givenPartsAgree(a, b)) {
    // "Tim Scott", "Rick Scott": one surname, two given names.
    // A short form keeps the initial ("Mo" for "Maurice"); two full given names that are not forms
    // of one another ("Noor", "Nadia"), or two listed ones ("Tim", "Tom"), are two people.
    const shortForm = Math.min(a[0].length, b[0].length) < PERSON_MATCH.minFullGivenName;
    if ((surname === 'identical' || surname === 'strong') && a[0][0] === b[0][0] && shortForm && !(listedGivenName(a[0]) && listedGivenName(b[0]))) {
      return { verdict: 'apart', certain: false, score: PERSON_MATCH.sameInitialScore, reason: 'same surname, another given name with the same initial' };
    }
    return DIFFERENT(surname === 'identical' || surname === 'strong' ? 'same surname, different given name' : 'different given names and surnames');
  }
  if (initialsOnlyAgainstOneGivenName(a, b) && (surname === 'identical' || surname === 'strong')) {
    return withEvidence(!!(context.sameDocument || context.sharedTitle), PERSON_MATCH.weakScore, 'initials against one given name', context.sameDocument ? 'in one article' : 'same title');
  }
  switch (surname) {
    case 'identical':
      return SAME(PERSON_MATCH.identicalFullScore, true, 'same given name and surname');
    case 'strong':
      return SAME(PERSON_MATCH.strongScore, true, 'same given name, surname a transliteration variant');
    case 'weak':
      // The same given name is the evidence a near spelling of the surname needs.
      return SAME(PERSON_MATCH.weakScore, false, 'same given name, surname a near spelling');
    case 'changed':
    case 'settled-apart':
      return withEvidence(!!(context.sameDocument || context.sharedTitle), PERSON_MATCH.weakScore, surname === 'changed' ? 'same given name, surname one letter changed' : 'same given name, two settled surnames spelled alike', context.sameDocument ? 'in one article' : 'same title');
    default:
      return DIFFERENT('same given name, different surname');
  }
}
