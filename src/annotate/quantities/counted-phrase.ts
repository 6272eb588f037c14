import { POS_TAGS, type TokenColumns } from '../../model/document.js';

/** Words that end a counted noun phrase when no part-of-speech tag says otherwise. */
const STOP_WORDS = new Set(
  (
    'the a an this that these those such each every any no some all both other another ' +
    'of in on at to from by for with without into onto over under since during after before between ' +
    'against across through throughout per than as about around near toward towards off out up down ' +
    'upon within among amid via behind beyond until till despite including like unlike ' +
    'and or but nor so yet if while when where whereas because although though whether then ' +
    'he she it they we i you me him us them who whom whose which what his her its their our my your ' +
    'is are was were be been being has have had do does did will would can could may might must ' +
    'shall should ago later earlier alone apiece more less most least only just even still also ' +
    'not never already again too very here there now today yesterday tomorrow ' +
    'said says say told remain remains remained left fled went came took made got saw lost won ' +
    'died die live lived included include includes became become stood stand joined took part ' +
    'january february march april may june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday'
  ).split(' '),
);

/** Nouns that look like adverbs (-ly) or participles (-ed, -ing) to the suffix tests below. */
const SUFFIX_LOOKALIKE_NOUNS = new Set(
  (
    'family ally assembly supply rally reply anomaly monopoly belly jelly bully homily ' +
    'hundred kindred seed need speed feed creed greed shed bed red ' +
    'funding building meeting training housing fighting bombing shelling spending financing ' +
    'morning evening wedding thing king wing ring spring string offering hearing ruling uprising ' +
    'killing shooting warning opening ceiling crossing landing rating polling clothing lightning'
  ).split(' '),
);

/** Determiners after which a coordinated phrase still belongs to the count ("fighters and their families"). */
const COORDINATED_DETERMINER = /^(?:their|its|his|her|the|other)$/i;

const PLURAL = /[^su]s$/i;

/** A word of the counted phrase; a model's designation keeps its number ("seven AK-47 rifles", "two F-16s", "12 Boeing 737 jets"). */
const WORD = /[ \t]*(\p{Lu}[\p{L}\p{M}]{0,3}(?: ?- ?| )\d{1,3}[\p{L}]*(?![\p{N}.,])|\p{Lu}\p{Ll}{3,} \d{3}(?![\p{N}.,])|\p{Lu}{1,3}\d{1,4}\p{L}*(?![\p{N}])|[\p{L}][\p{L}\p{M}'’]*-\d+[\p{L}]*(?![\p{N}])|[\p{L}][\p{L}\p{M}'’\-]*)/uy;

const NOUN_LIKE = new Set<string>(['NOUN', 'PROPN', 'ADJ']);

export type PosLookup = (offset: number) => (typeof POS_TAGS)[number] | null;

/** POS of the token starting at an offset, from the columnar tokens; null when untagged. */
export function posLookup(tokens: TokenColumns | undefined): PosLookup {
  if (!tokens || tokens.count === 0) return () => null;
  return (offset) => {
    let lo = 0;
    let hi = tokens.count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (tokens.start[mid] < offset) lo = mid + 1;
      else if (tokens.start[mid] > offset) hi = mid - 1;
      else {
        const tag = POS_TAGS[tokens.pos[mid]];
        return tag === 'X' ? null : tag;
      }
    }
    return null;
  };
}

interface Word { text: string; start: number; end: number }

function wordAt(text: string, at: number): Word | null {
  WORD.lastIndex = at;
  const m = WORD.exec(text);
  if (!m) return null;
  const end = at + m[0].length;
  return { text: m[1], start: end - m[1].length, end };
}

/** Could this word be part of a noun phrase? Tags decide when present, the stop list otherwise. */
function nounLike(text: string, w: Word, base: number, pos: PosLookup): boolean {
  const tag = pos(base + w.start);
  const lower = w.text.toLowerCase();
  if (tag) {
    if (NOUN_LIKE.has(tag)) return true;
    // Participles used as adjectives ("captured fighters") are tagged as verbs.
    if (tag === 'VERB' && /(?:ed|ing|en)$/.test(lower)) return followedByNoun(text, w, base, pos);
    return false;
  }
  if (STOP_WORDS.has(lower)) return false;
  if (SUFFIX_LOOKALIKE_NOUNS.has(lower) || /^\p{Lu}/u.test(w.text)) return true;
  if (/ly$/.test(lower)) return false;
  if (/(?:ed|ing)$/.test(lower)) return followedByNoun(text, w, base, pos);
  return true;
}

function followedByNoun(text: string, w: Word, base: number, pos: PosLookup): boolean {
  const next = wordAt(text, w.end);
  return next !== null && nounLike(text, next, base, pos);
}

/**
 * The noun phrase after a number that says what is counted: head noun with its modifiers, and
 * one coordinated phrase introduced by a determiner ("fighters and their family members").
 * `text` is the sentence, `at` a position in it, `base` its offset in the document.
 */
export function countedPhrase(
  text: string, at: number, base: number, pos: PosLookup,
): { text: string; start: number; end: number } | null {
  const MAX_WORDS = 4;
  let first: Word | null = null;
  let last: Word | null = null;
  let previous: Word | null = null;
  let words = 0;
  let cursor = at;
  let coordinated = false;
  for (;;) {
    const w = wordAt(text, cursor);
    if (!w) break;
    // Untagged, a plural noun usually ends its phrase: "officials spoke", "planes flew".
    const afterPlural = previous !== null && !pos(base + w.start) && PLURAL.test(previous.text) && !PLURAL.test(w.text);
    if (!afterPlural && nounLike(text, w, base, pos) && words < MAX_WORDS) {
      first ??= w;
      last = w;
      previous = w;
      words++;
      cursor = w.end;
      continue;
    }
    if (last && !coordinated && /^(?:and|or)$/i.test(w.text)) {
      const det = wordAt(text, w.end);
      // "23 Somali and Yemeni pirates": a coordinated modifier, and the count covers both.
      if (det && !COORDINATED_DETERMINER.test(det.text) && nounLike(text, det, base, pos) && followedByNoun(text, det, base, pos)) {
        coordinated = true;
        previous = null;
        words = 0;
        cursor = w.end;
        continue;
      }
      const head = det && COORDINATED_DETERMINER.test(det.text) ? wordAt(text, det.end) : null;
      if (det && head && nounLike(text, head, base, pos)) {
        coordinated = true;
        previous = null;
        words = 0;
        cursor = det.end;
        continue;
      }
    }
    break;
  }
  if (!first || !last) return null;
  return { text: text.slice(first.start, last.end), start: first.start, end: last.end };
}
