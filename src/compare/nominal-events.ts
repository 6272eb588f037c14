import type { Claim, FrameSlot } from '../model/claim.js';
import type { Document } from '../model/document.js';
import { firstTokenAt, posName } from '../annotate/tokens/tokenize.js';
import { lemmaOf } from '../annotate/tokens/vocabulary.js';
import { eventNounClass } from './actions.js';

/** A dated event noun's time starts at most this many characters after the noun ("visit to Velmora in October"). */
const MAX_NOUN_TO_TIME = 30;
/** Determiners, possessives and adjectives walked back from the noun to the start of its phrase. */
const MAX_PHRASE_LEFT = 4;
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its']);

/**
 * Events a sentence states as dated noun phrases besides its main assertion: "During his first
 * visit to Velmora in October, X downplayed ..." also reports the October visit. Each becomes a
 * claim of its own (no verb, the phrase as its evidence), so that it can be corroborated by
 * another publisher's "his first visit to Ostravia in October 2025" without the sentence's main
 * assertion being counted as corroborated too.
 */
export function datedEventNouns(doc: Document, claim: Claim): Claim[] {
  const t = doc.layers.tokens!;
  const times = doc.layers.times ?? [];
  const mentions = doc.layers.mentions ?? [];
  const out: Claim[] = [];
  for (let i = firstTokenAt(t.start, claim.sentence.start); i < t.count && t.end[i] <= claim.sentence.end; i++) {
    if (posName(t.pos[i]) !== 'NOUN' || !eventNounClass(lemmaOf(t.lemma[i]))) continue;
    const time = claim.times.find((k) => {
      const x = times[k];
      const gap = doc.text.slice(t.end[i], x.start);
      return x.type === 'DATE' && x.earliest && x.start >= t.end[i] && x.start - t.end[i] <= MAX_NOUN_TO_TIME && /^[\s\p{L}'’.-]*$/u.test(gap) && !hasVerb(doc, t.end[i], x.start);
    });
    if (time === undefined) continue;
    let from = i;
    let actor: FrameSlot | null = null;
    for (let k = i - 1; k >= Math.max(0, i - MAX_PHRASE_LEFT) && t.start[k] >= claim.sentence.start; k--) {
      const pos = posName(t.pos[k]);
      const word = doc.text.slice(t.start[k], t.end[k]);
      if (POSSESSIVE_PRONOUNS.has(word.toLowerCase())) { actor = claim.actor ? { ...claim.actor, start: t.start[k], end: t.end[k], text: word } : null; from = k; break; }
      if (/^['’]s?$/.test(word)) {
        const owner = mentions.findIndex((m) => m.end === t.start[k]);
        if (owner >= 0) { actor = { start: mentions[owner].start, end: mentions[owner].end, text: mentions[owner].text, mention: owner }; from = firstTokenAt(t.start, mentions[owner].start); }
        break;
      }
      if (pos !== 'DET' && pos !== 'ADJ' && pos !== 'NUM') break;
      from = k;
    }
    const range = { start: t.start[from], end: times[time].end };
    out.push({
      ...claim,
      id: `${claim.id}:n${out.length + 1}`,
      sentence: range,
      actor,
      action: null,
      target: null,
      predicates: [],
      places: claim.places.filter((p) => p.start >= range.start && p.end <= range.end),
      times: [time],
      quantities: [],
    });
  }
  return out;
}

function hasVerb(doc: Document, from: number, to: number): boolean {
  const t = doc.layers.tokens!;
  for (let i = firstTokenAt(t.start, from); i < t.count && t.start[i] < to; i++) if (posName(t.pos[i]) === 'VERB') return true;
  return false;
}
