import { POS_TAGS, type PosTag } from '../../model/document.js';
import { wink } from './wink.js';

const POS_ID = new Map<string, number>(POS_TAGS.map((t, i) => [t, i]));

export interface RawToken {
  start: number;
  end: number;
  pos: number;
  lemma: string;
}

export interface RawSentence {
  start: number;
  end: number;
  tokens: RawToken[];
}

/**
 * Sentences and tokens of one paragraph, offsets relative to it. wink-nlp tokenises losslessly,
 * so offsets follow from summing preceding spaces and token lengths. Two changes to its output,
 * for CoNLL-style tokens the entity tagger was trained on: hyphenated words ("al-Hassan",
 * "London-based") are one token, and white-space tokens are dropped.
 */
export function tokenizeParagraph(text: string): RawSentence[] {
  const nlp = wink();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  // wink types its.lemma as a model add-on; at run time it is an ordinary `its` accessor.
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const all: RawToken[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    at += spaces[i].length;
    all.push({ start: at, end: at + values[i].length, pos: POS_ID.get(pos[i]) ?? 0, lemma: lemmas[i] });
    at += values[i].length;
  }
  const spans = doc.sentences().out(its.span) as [number, number][];
  const sentences: RawSentence[] = [];
  for (const [first, last] of spans) {
    const tokens = joinHyphenated(text, all.slice(first, last + 1)).filter((t) => t.pos !== SPACE);
    if (tokens.length) sentences.push({ start: tokens[0].start, end: tokens[tokens.length - 1].end, tokens });
  }
  return sentences;
}

const SPACE = POS_ID.get('SPACE')!;
const PUNCT = POS_ID.get('PUNCT')!;
const PROPN = POS_ID.get('PROPN')!;

function joinHyphenated(text: string, tokens: RawToken[]): RawToken[] {
  const out: RawToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = out[out.length - 1];
    const next = tokens[i + 1];
    if (prev && next && t.end - t.start === 1 && text[t.start] === '-' && prev.end === t.start && next.start === t.end && /\w/.test(text[prev.end - 1]) && /\w/.test(text[next.start])) {
      prev.end = next.end;
      prev.lemma = text.slice(prev.start, prev.end).toLowerCase();
      prev.pos = prev.pos === PROPN || next.pos === PROPN ? PROPN : next.pos === PUNCT ? prev.pos : next.pos;
      i++;
      continue;
    }
    out.push({ ...t });
  }
  return out;
}

export function posName(id: number): PosTag {
  return POS_TAGS[id] ?? 'X';
}

/**
 * The first token starting at or after a character offset (binary search over token starts);
 * as well the first of any ascending offsets (quotation marks, ranges by start) at or after one.
 */
export function firstTokenAt(starts: ArrayLike<number>, offset: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
