/**
 * Keys that make transliteration variants of one name element collide. Each key is coarser than
 * the one before it; similarity scores a pair by the finest key on which the two agree.
 */

const VOWELS = /[aeiou]/;

/** Names repeat across a corpus: keys are computed once per distinct token (cache bounded). */
const CACHE_LIMIT = 200_000;
const keyCache = new Map<string, string>();

function cached(kind: string, token: string, compute: (t: string) => string): string {
  const id = `${kind}:${token}`;
  let value = keyCache.get(id);
  if (value === undefined) {
    if (keyCache.size >= CACHE_LIMIT) keyCache.clear();
    value = compute(token);
    keyCache.set(id, value);
  }
  return value;
}

/** Consonant and vowel classes that romanisation systems disagree on (kh/h, q/k, w/v, ou/u, ee/i, y/i, doubles). */
export function transliterationKey(token: string): string {
  return cached('t', token, computeTransliterationKey);
}

/** transliterationKey without its cache (see computeNormalisedName). */
export function computeTransliterationKey(token: string): string {
  let s = token.toLowerCase().replace(/[^a-z]/g, '');
  s = s
    // One Cyrillic or Arabic letter, written with the digraphs of English, German or French
    // (shch/sch, tsch/tch, dzh/zh/dj, tz/ts): "Yushchenko"/"Yuschenko", "Ahmadinezhad"/"Ahmadinejad".
    .replace(/shch/g, 'sh')
    .replace(/tsch/g, 'ch')
    .replace(/sch/g, 'sh')
    .replace(/tch/g, 'ch')
    .replace(/dzh/g, 'j')
    .replace(/zh/g, 'j')
    .replace(/dj/g, 'j')
    .replace(/tz/g, 'ts')
    // A nasal before b or p is written as it sounds or as it is spelled ("Jumblatt"/"Junblat").
    .replace(/n(?=[bp])/g, 'm')
    .replace(/kh/g, 'h')
    .replace(/gh/g, 'g')
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/dh/g, 'd')
    .replace(/ck/g, 'k')
    .replace(/q/g, 'k')
    // German romanisation writes w for v ("Wladimir").
    .replace(/w/g, 'v')
    .replace(/c(?=[aou]|$)/g, 'k')
    .replace(/x/g, 'ks')
    // Belarusian u-breve and Persian "ow" are written ou, ow or ov before a consonant ("Tsikhanouskaya"/"Tsikhanovskaya", "Rowhani"/"Rouhani").
    .replace(/o[vw](?=[^aeiouy])/g, 'u')
    .replace(/ou/g, 'u')
    .replace(/oo/g, 'u')
    .replace(/ee/g, 'i')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1');
  // A final h after a vowel is an orthographic ending (ta marbuta, "-eh"), not a consonant.
  if (s.length > 3) s = s.replace(/([aeiou])h$/, '$1');
  return s;
}

/** Vowel quality is the least stable part of a transliteration: every vowel run becomes one "a". */
export function vowelFoldedKey(token: string): string {
  return transliterationKey(token).replace(/[aeiou]+/g, 'a');
}

/** Consonant skeleton: an initial vowel kept as a marker, other vowels dropped, doubles collapsed. */
export function consonantSkeleton(token: string): string {
  return cached('s', token, computeSkeleton);
}

function computeSkeleton(token: string): string {
  const key = transliterationKey(token);
  if (key.length === 0) return '';
  const head = VOWELS.test(key[0]) ? 'a' : key[0];
  return (head + key.slice(1).replace(/[aeiou]/g, '')).replace(/(.)\1+/g, '$1');
}

/** The coarsest key: the skeleton with l and r in one class, as text passed through Chinese confuses them. */
export function phoneticKey(token: string): string {
  return consonantSkeleton(token).replace(/l/g, 'r');
}

/**
 * A name romanised from Arabic, Persian or Turkic script, as its spelling shows: q not before u,
 * gh not in English "-ght" or final "-gh", kh, dh. Such a name writes one letter (qaf, ghayn) as q,
 * k, g or gh, so k, g and q are one class in it; in other names ("Gerry", "Kerry") they are not.
 */
export function romanisationMarked(token: string): boolean {
  return /q(?!u)|gh(?!t|$)|kh|dh/.test(token.toLowerCase());
}

/** The transliteration key with k, g and q in one class: for names `romanisationMarked` shows to be romanised. */
export function velarFoldedKey(token: string): string {
  return transliterationKey(token).replace(/[gq]/g, 'k');
}
