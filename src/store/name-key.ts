/**
 * Search keys for names: one spelling of a name reduced so that the spellings news outlets
 * write for one person ("Idris al-Nashraa", "Al Nashraa", "al-Nashr'a", "Nashraa", "Nashra",
 * "Ан-Нашраа", "النشرع") meet on the same key. Keys are for finding, not for merging: entity
 * resolution decides who is who; search only has to reach every spelling it kept.
 * Keys are stored by each analysis run: a change here needs a migration that marks the corpus
 * for re-analysis (as migration 3 does), or stored keys and query keys disagree.
 */

export interface NameKey {
  /** Latin tokens, lower case, diacritics, particles, apostrophes and doubled letters removed. */
  key: string;
  /** The key's consonants only: what an abjad (Arabic) spelling, written without short vowels, holds. */
  skeleton: string;
  /** The spelling was written in an abjad, so only its skeleton can be compared. */
  abjad: boolean;
}

/** Articles written apart ("Al Nashraa", "El Baz"): dropped unless they are the whole name. */
const PARTICLES = new Set(['al', 'el', 'ul', 'il']);
/** Articles written joined by a hyphen, the sun letters' assimilated forms included ("an-Nashr'a", "ad-Din"). */
const HYPHENED_PARTICLE = /(^|[^a-z0-9])(?:[aeiu]l|a[dnrstz]h?)-(?=[a-z])/g;

/** Latin letters that NFKD does not decompose. */
const LATIN_EXTRA: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h',
};

/** Cyrillic (Russian, Ukrainian, Serbian, Bulgarian letters) to Latin, the simple news-agency way. */
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'e', є: 'ye', ж: 'zh', з: 'z', и: 'i', і: 'i', ї: 'yi',
  й: 'y', ј: 'j', к: 'k', л: 'l', љ: 'lj', м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't',
  ћ: 'c', ђ: 'dj', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', џ: 'dz', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '',
  э: 'e', ю: 'yu', я: 'ya',
};

/** Arabic and Persian letters to Latin; hamza and ʿayn vanish as the apostrophes that write them do. */
const ARABIC: Record<string, string> = {
  ء: '', آ: 'a', أ: 'a', إ: 'i', ؤ: 'u', ئ: 'i', ا: 'a', ب: 'b', ة: 'a', ت: 't', ث: 'th', ج: 'j', ح: 'h', خ: 'kh',
  د: 'd', ذ: 'dh', ر: 'r', ز: 'z', س: 's', ش: 'sh', ص: 's', ض: 'd', ط: 't', ظ: 'z', ع: '', غ: 'gh', ف: 'f',
  ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h', و: 'w', ى: 'a', ي: 'y', پ: 'p', چ: 'ch', ژ: 'zh', گ: 'g',
  ک: 'k', ی: 'y',
};

/** Carons write as digraphs elsewhere ("Našraa", "Nashraa"): mapped before diacritics are stripped. */
const CARONS: Record<string, string> = { š: 'sh', č: 'ch', ž: 'zh', ǧ: 'g' };

const ARABIC_LETTER = /[\u0600-\u06FF]/;
/** Short-vowel marks, shadda, sukun, superscript alef and tatweel: never letters of the name. */
const ARABIC_MARKS = /[\u064B-\u065F\u0670\u0640]/g;
/** Apostrophes and the modifier letters that write hamza and ʿayn in Latin: dropped, joining the word. */
const APOSTROPHES = /['’‘ʼʻʿʾ`´]/g;

/** Latin spelling habits that vary by the writer's language, folded to one ("Haroun", "Harun"). */
const SPELLING_FOLDS: [RegExp, string][] = [
  [/ou/g, 'u'], [/oo/g, 'u'], [/ee/g, 'i'], [/q/g, 'k'], [/ph/g, 'f'],
  // Cyrillic х and Arabic خ are written "kh" or "h" ("Харун", "Harun"; "Khalid", "Halid").
  [/kh/g, 'h'],
  // "-iya" of Cyrillic and Arabic endings against "-ia" ("Маразия", "Marazia").
  [/iy(?=[aeou])/g, 'i'],
];

/** The key of one spelling of a name. */
export function nameKey(spelling: string): NameKey {
  const abjad = ARABIC_LETTER.test(spelling);
  const tokens = latinTokens(spelling);
  const named = tokens.filter((t) => !PARTICLES.has(t));
  const key = (named.length > 0 ? named : tokens).map(foldToken).filter(Boolean);
  return { key: key.join(' '), skeleton: key.map(consonants).filter(Boolean).join(' '), abjad };
}

/** Lower-case Latin tokens: scripts transliterated, diacritics, apostrophes and hyphened articles removed. */
function latinTokens(spelling: string): string[] {
  const text = spelling
    .replace(ARABIC_MARKS, '')
    .replace(APOSTROPHES, '')
    .toLowerCase()
    // The Arabic article is written joined to its noun: "النشرع" is al + Nashr'a.
    .replace(/(^|[^\p{L}])ال(?=\p{L}{2})/gu, '$1al-')
    .replace(/[ščžǧ]/g, (c) => CARONS[c]);
  const latin = [...text.normalize('NFKD').replace(/\p{M}/gu, '')]
    .map((c) => CYRILLIC[c] ?? ARABIC[c] ?? LATIN_EXTRA[c] ?? c)
    .join('');
  return latin.replace(HYPHENED_PARTICLE, '$1').split(/[^a-z0-9]+/).filter(Boolean);
}

function foldToken(token: string): string {
  let t = token;
  for (const [from, to] of SPELLING_FOLDS) t = t.replace(from, to);
  // Doubled letters come and go between spellings ("Nashraa", "Nashra"; "Mohammed", "Mohamed").
  return t.replace(/([a-z])\1+/g, '$1');
}

/** Vowels, and the y and w that Arabic uses for long vowels, dropped; consonant runs collapsed. */
function consonants(token: string): string {
  return token.replace(/[aeiouyw]/g, '').replace(/([a-z])\1+/g, '$1');
}
