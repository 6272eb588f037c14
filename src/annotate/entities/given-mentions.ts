import type { EntityType, Mention } from '../../model/mention.js';
import type { Range } from '../../model/span.js';
import { synset, wordSenses } from '../tokens/wordnet.js';
import { COUNTRIES } from './lexicon/countries.js';
import { FIRST_NAMES } from './lexicon/first-names.js';

/**
 * Types for mentions the product is given rather than finds: spans marked outside it (gold
 * mentions in an evaluation, a user's own selection). Everything comes from the text and the
 * product's own resources: the tagger's type where one of its mentions holds the span's head
 * word; a pronoun's own class, or for "it" and "they" the type of the nearest description or
 * name before it; a description's head noun by its most frequent WordNet sense; else MISC.
 */

/** Pronouns that say a person by themselves. */
const PERSON_PRONOUNS = new Set(['everyone', 'everybody', 'someone', 'somebody', 'anyone', 'anybody', 'nobody', 'he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself', 'i', 'me', 'my', 'mine', 'myself', 'who', 'whom', 'whoever']);
const PLACE_PRONOUNS = new Set(['there', 'here', 'where']);
/** Pronouns that take their type from what they stand for ("it", "they", "which"). */
const OPEN_PRONOUNS = new Set(['it', 'its', 'itself', 'they', 'them', 'their', 'theirs', 'themselves', 'we', 'us', 'our', 'ours', 'ourselves', 'you', 'your', 'yours', 'which', 'that', 'whose', 'this', 'these', 'those']);
/** Pronouns that never stand for a person: "it" is a thing, a place or an institution. */
const THING_PRONOUNS = new Set(['it', 'its', 'itself', 'which']);

/** WordNet lexicographer files of nouns (noun.person, noun.group, noun.location, noun.artifact). */
const PERSON_FILE = 18;
const GROUP_FILE = 14;
const LOCATION_FILE = 15;
const ARTIFACT_FILE = 6;
/** Senses looked at for a person reading when the most frequent one names no actor ("star"). */
const PERSON_SENSES = 3;

/** Words after which a description's head has ended ("the head of ...", "the man who ..."). */
const HEAD_STOPS = new Set(['of', 'who', 'whom', 'that', 'which', 'in', 'at', 'on', 'for', 'from', 'with', 'to', 'by', 'near', ',', '(', '-', '--']);

const COUNTRY_SET = new Set(COUNTRIES.map((c) => c.toLowerCase()));
const FIRST_NAME_SET = new Set(FIRST_NAMES.map((n) => n.toLowerCase()));

interface Word {
  text: string;
  start: number;
  end: number;
}

function wordsOf(text: string, offset: number): Word[] {
  return [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}.'’&-]*|[,(]/gu)].map((m) => ({ text: m[0], start: offset + m.index!, end: offset + m.index! + m[0].length }));
}

/** The head word of a span: the last word before a preposition, relative pronoun or comma. */
export function spanHead(text: string, offset = 0): Word | null {
  const words = wordsOf(text, offset);
  let end = words.length;
  for (let i = 1; i < words.length; i++) {
    if (HEAD_STOPS.has(words[i].text.toLowerCase())) {
      end = i;
      break;
    }
  }
  const head = words.slice(0, end).filter((w) => /[\p{L}\p{N}]/u.test(w.text));
  const last = head[head.length - 1];
  if (!last) return null;
  // "Tara's": the possessive is not part of the word.
  const bare = last.text.replace(/['’]s$/i, '');
  return { text: bare, start: last.start, end: last.start + bare.length };
}

/** Forms to look a word up under: the product's lemma, then plain plural endings stripped. */
function lookupForms(word: string, lemma: string | null): string[] {
  const w = word.toLowerCase();
  const forms = [w];
  if (lemma) forms.push(lemma.toLowerCase());
  // "fishermen", "policewomen": the one irregular plural common in news's nouns for people.
  if (w.endsWith('men') && w.length > 4) forms.push(`${w.slice(0, -3)}man`);
  if (w.endsWith('ies') && w.length > 4) forms.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('es') && w.length > 4) forms.push(w.slice(0, -2));
  if (w.endsWith('s') && w.length > 3) forms.push(w.slice(0, -1));
  return forms;
}

/** Whether a synset or one of its hypernyms is named `word` ("organization", "structure"). */
function under(offset: number, word: string): boolean {
  const seen = new Set<number>();
  let frontier = [offset];
  while (frontier.length > 0) {
    const next: number[] = [];
    for (const s of frontier) {
      if (seen.has(s)) continue;
      seen.add(s);
      const syn = synset('noun', s);
      if (syn.words.includes(word)) return true;
      next.push(...syn.hypernyms);
    }
    frontier = next;
  }
  return false;
}

/**
 * The type a common noun gives a description, by its most frequent sense: a kind of person is
 * PER; a group is an organisation when it is one ("the company", "police"), else people ("the
 * crowd", "the audience"); a place is LOC; a structure or facility ("the hotel") FAC, any other
 * artifact ("the gun") nothing. When that sense names no actor and no artifact, a person among
 * the next senses ("the star") still makes it PER. Null: nothing fits.
 */
export function nounType(word: string, lemma: string | null = null): EntityType | null {
  for (const form of lookupForms(word, lemma)) {
    const senses = wordSenses('noun', form);
    if (senses.length === 0) continue;
    const first = synset('noun', senses[0]);
    if (first.lexFile === PERSON_FILE || under(senses[0], 'person')) return 'PER';
    if (first.lexFile === GROUP_FILE) return under(senses[0], 'organization') ? 'ORG' : 'PER';
    if (first.lexFile === LOCATION_FILE) return 'LOC';
    if (first.lexFile === ARTIFACT_FILE) return under(senses[0], 'structure') || under(senses[0], 'facility') ? 'FAC' : null;
    if (senses.slice(1, PERSON_SENSES).some((s) => synset('noun', s).lexFile === PERSON_FILE)) return 'PER';
    return null;
  }
  return null;
}

/** A web address as a name ("People.com") is the site's publisher; a word in capitals an organisation's initials. */
const WEB_NAME = /\.\s?(?:com|org|net|co\.uk)$/i;
const INITIALS = /^\p{Lu}{2,5}$/u;

/** A capitalised word the tagger left alone: a known given name or country still says what it is. */
function lexiconType(words: Word[]): EntityType | null {
  const phrase = words.map((w) => w.text.toLowerCase()).join(' ');
  if (COUNTRY_SET.has(phrase)) return 'LOC';
  if (words.length >= 2 && FIRST_NAME_SET.has(words[0].text.toLowerCase()) && words.every((w) => /^\p{Lu}/u.test(w.text))) return 'PER';
  return null;
}

/** What the text around a span offers to type it: the tagger's mentions, the product's lemma of a word. */
export interface TypingContext {
  found: readonly Mention[];
  /** The product's lemma of the token starting at an offset, when the document has tokens. */
  lemmaAt?: (offset: number) => string | null;
}

/** A pronoun without quotes and clitics: "She's" is "she", "'We" is "we". */
function pronounForm(slice: string): string {
  return slice.trim().replace(/^["'“”‘’`]+|["'“”‘’`]+$/g, '').replace(/['’](?:s|re|ve|ll|m|d)$/i, '').toLowerCase();
}

/** The type the tagger gave the same word elsewhere in the document (one sense per discourse). */
function typedElsewhere(text: string, head: Word, found: readonly Mention[]): EntityType | null {
  const word = head.text.toLowerCase();
  const counts = new Map<EntityType, number>();
  for (const m of found) {
    const words = wordsOf(text.slice(m.start, m.end), m.start).map((w) => w.text.replace(/['’]s$/i, '').toLowerCase());
    if (words.includes(word)) counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
  }
  let best: EntityType | null = null;
  for (const [t, n] of counts) if (best === null || n > counts.get(best)!) best = t;
  return best;
}

/** The type of one given span, or null for an open pronoun (typed afterwards from what comes before it). */
function ownType(text: string, span: Range, context: TypingContext): EntityType | null {
  const slice = text.slice(span.start, span.end);
  const bare = pronounForm(slice);
  if (PERSON_PRONOUNS.has(bare)) return 'PER';
  if (PLACE_PRONOUNS.has(bare)) return 'LOC';
  if (OPEN_PRONOUNS.has(bare)) return null;
  const head = spanHead(slice, span.start);
  if (!head) return 'MISC';
  const covering = context.found.find((m) => m.start <= head.start && head.end <= m.end);
  if (covering) return covering.type;
  if (/^\p{N}/u.test(head.text)) return 'MISC';
  if (/^\p{Lu}/u.test(head.text)) {
    const known = lexiconType(wordsOf(slice, span.start).filter((w) => !/^(?:the|a|an)$/i.test(w.text)));
    if (known) return known;
    const elsewhere = typedElsewhere(text, head, context.found);
    if (elsewhere) return elsewhere;
    if (WEB_NAME.test(slice.trim()) || INITIALS.test(head.text)) return 'ORG';
  }
  return nounType(head.text, context.lemmaAt?.(head.start) ?? null) ?? 'MISC';
}

/**
 * Types for `spans` of `text` (in text order or not), given the mentions the product's tagger
 * found in the same text (and, where the document has tokens, the product's lemmas). An open pronoun takes the type of the nearest given span before it
 * that is not a pronoun ("it" and "which" never a person's), else MISC.
 */
export function typeGivenMentions(text: string, spans: readonly Range[], context: TypingContext): EntityType[] {
  const own = spans.map((s) => ownType(text, s, context));
  const order = spans.map((_, i) => i).sort((a, b) => spans[a].start - spans[b].start);
  const types: EntityType[] = own.map((t) => t ?? 'MISC');
  order.forEach((i, k) => {
    if (own[i] !== null) return;
    const thing = THING_PRONOUNS.has(pronounForm(text.slice(spans[i].start, spans[i].end)));
    for (let j = k - 1; j >= 0; j--) {
      const before = own[order[j]];
      if (before === null || (thing && before === 'PER')) continue;
      types[i] = before;
      return;
    }
  });
  return types;
}
