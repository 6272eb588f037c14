import type { Conflict, Corpus } from '../model/corpus.js';
import type { Document } from '../model/document.js';
import type { Range } from '../model/span.js';
import type { TimeExpression } from '../model/time.js';
import type { EntityFacts } from './conflicts.js';
import { COMPARE_CONFIG } from './config.js';
import { overlap, spokenQuotations } from './wordings.js';
import { label, sameDay, statedDay } from './calendar.js';
import { outletSide } from './attributes.js';

/**
 * Where and when a speaker said one quotation, as one article tells it: the place and the day the
 * attribution gives the speech ("Holt said Tuesday at a rally in Dayton"), never those of what
 * was said. The quotation itself identifies the speech across outlets, so two outlets quoting
 * the same words of one speaker at two places, or at one occasion on two days, disagree.
 */
export interface SpeechOccasion {
  doc: Document;
  publisher: string;
  speaker: string;
  /** Spelling keys of the quotation's words (spelling-key.ts). */
  words: string[];
  /** The quotation's words as written. */
  quote: Range;
  /** The sentence holding the quotation and its attribution: the evidence. */
  sentence: Range;
  place: { entity: string; text: string } | null;
  day: TimeExpression | null;
  /** The occasion named ("debate", "rally"), lower case. */
  occasion: string | null;
}

/**
 * Where the attribution of a quotation ends: the reported content of a "that" clause, a relative
 * clause, a clause of time or cause, or what the speech was about ("said of the attack in
 * Paris", "spoke about the flood in Kessary") no longer tells where or when the speaker spoke.
 */
const ATTRIBUTION_END = /\b(?:that|who|whom|which|whose|when|where|because|after|before|since|while|as|if|about|over|on whether)\b|\b(?:said|says|spoke|speaking|wrote|writes)\s+of\b|[;:—–(“”"]/i;
/**
 * A speech told from its place or time at the start of the sentence: "Speaking in Dayton on
 * Tuesday, Holt said", "At Tuesday's debate, Holt said", "On Tuesday, Holt told reporters".
 */
const FRONTED_SPEECH = /^(?:speaking|addressing|campaigning|appearing|testifying|at|during|on)\b[^,;:“”"]{0,120},/i;
/** The preposition that places a speech: "in Dayton", "at a rally in Dayton", "at the Capitol". */
const PLACING = /\b(?:in|at)\s+(?:the\s+)?$/i;
/**
 * Occasions a speech is given at: one named on both sides, with the same words quoted, is one
 * occasion, so two days for it disagree.
 */
const OCCASION = /\b(debate|rally|speech|address|hearing|interview|news conference|press conference|briefing|town hall|summit|convention|ceremony|forum|sermon|testimony)\b/i;

/** The occasions of a document's direct quotations whose speaker the resolver knows. */
export function speechOccasions(corpus: Corpus, doc: Document): SpeechOccasion[] {
  const publisher = corpus.documentPublisher?.get(doc.id) ?? `p:${doc.id}`;
  const mentions = doc.layers.mentions ?? [];
  const sentences = doc.layers.sentences ?? [];
  const out: SpeechOccasion[] = [];
  for (const { quote: q, speaker, words } of spokenQuotations(corpus, doc)) {
    const sentence = sentences.find((s) => s.start <= q.speakerRange!.start && q.speakerRange!.start < s.end);
    if (!sentence) continue;
    const windows = attributionWindows(doc.text, sentence, q.speakerRange!, q.content);
    const inWindow = (r: Range) => windows.some((w) => w.start <= r.start && r.end <= w.end);
    let place: SpeechOccasion['place'] = null;
    for (let i = 0; i < mentions.length && !place; i++) {
      const m = mentions[i];
      if ((m.type !== 'GPE' && m.type !== 'LOC' && m.type !== 'FAC') || !inWindow(m)) continue;
      const entity = corpus.mentionEntity?.get(`${doc.id}:${i}`);
      if (entity && PLACING.test(doc.text.slice(Math.max(0, m.start - 12), m.start))) place = { entity, text: m.text };
    }
    const day = (doc.layers.times ?? []).find((t) => inWindow(t) && statedDay(doc.text, doc.meta.published, t)) ?? null;
    let occasion: string | null = null;
    for (const w of windows) occasion ??= OCCASION.exec(doc.text.slice(w.start, w.end))?.[1].toLowerCase() ?? null;
    if (!place && !day) {
      // "Holt told 600 supporters in Kessary on Tuesday that ... / 'We will rebuild,' Holt said.":
      // a quotation whose own sentence says neither where nor when was said where the sentence
      // before, about the same speaker, placed them.
      const set = settingSentence(corpus, doc, sentences.indexOf(sentence), speaker);
      if (set) {
        out.push({ doc, publisher, speaker, words, quote: q.content, sentence: { start: set.sentence.start, end: sentence.end }, place: set.place, day: set.day, occasion: occasion ?? set.occasion });
        continue;
      }
    }
    out.push({ doc, publisher, speaker, words, quote: q.content, sentence: { start: sentence.start, end: sentence.end }, place, day, occasion });
  }
  return out;
}

/** How many sentences back a quotation's setting may be told. */
const SETTING_REACH = 2;

/**
 * The sentence before a quotation that sets its speaker somewhere on a day: it names the speaker,
 * a place after "in" or "at", and a stated day, and holds no direct quotation of its own (one
 * reporting the speech, "told supporters ... that", is the usual lead). A sentence naming two
 * places or two days sets no single occasion.
 */
function settingSentence(corpus: Corpus, doc: Document, at: number, speaker: string): { sentence: Range; place: NonNullable<SpeechOccasion['place']>; day: TimeExpression; occasion: string | null } | null {
  const sentences = doc.layers.sentences ?? [];
  const mentions = doc.layers.mentions ?? [];
  const entityOf = (i: number) => corpus.mentionEntity?.get(`${doc.id}:${i}`);
  for (let k = at - 1; k >= Math.max(0, at - SETTING_REACH); k--) {
    const s = sentences[k];
    if ((doc.layers.quotes ?? []).some((q) => q.kind === 'direct' && q.start < s.end && s.start < q.end)) return null;
    const inside = (r: Range) => s.start <= r.start && r.end <= s.end;
    if (!mentions.some((m, i) => inside(m) && entityOf(i) === speaker)) continue;
    const places = mentions.flatMap((m, i) => {
      const entity = inside(m) && (m.type === 'GPE' || m.type === 'LOC' || m.type === 'FAC') && PLACING.test(doc.text.slice(Math.max(0, m.start - 12), m.start)) ? entityOf(i) : undefined;
      return entity ? [{ entity, text: m.text }] : [];
    });
    const days = (doc.layers.times ?? []).filter((t) => inside(t) && statedDay(doc.text, doc.meta.published, t));
    if (new Set(places.map((p) => p.entity)).size !== 1 || days.length !== 1) return null;
    return { sentence: s, place: places[0], day: days[0], occasion: OCCASION.exec(doc.text.slice(s.start, s.end))?.[1].toLowerCase() ?? null };
  }
  return null;
}

/**
 * The stretches of a sentence that tell the speech rather than what was said: from the speaker
 * to the quotation or to the end of the attribution clause, and a fronted participle phrase
 * ("Speaking in Dayton, Holt said").
 */
function attributionWindows(text: string, sentence: Range, speaker: Range, content: Range): Range[] {
  const out: Range[] = [];
  const from = speaker.end;
  // A quotation continuing an earlier sentence's speaker: read only that speaker's own sentence.
  const limit = content.start > from ? Math.min(content.start, sentence.end) : sentence.end;
  const rest = text.slice(from, limit);
  const stop = ATTRIBUTION_END.exec(rest);
  out.push({ start: from, end: from + (stop ? stop.index : rest.length) });
  const head = text.slice(sentence.start, Math.min(speaker.start, content.start > sentence.start ? content.start : speaker.start));
  const fronted = FRONTED_SPEECH.exec(head);
  if (fronted) {
    const stop = ATTRIBUTION_END.exec(fronted[0]);
    out.push({ start: sentence.start, end: sentence.start + (stop ? stop.index : fronted[0].length) });
  }
  return out;
}

/**
 * Two independent publishers quoting one speaker's same words (most of them, as wordingDifferences
 * counts) at places that cannot both be right, or at one named occasion on two different days.
 * The quotation makes the speech one; a speaker who repeats a line at two events is the risk, so
 * two places disagree only when both reports also give the speech the same day, or name the same
 * occasion, and two days only when both name the occasion or agree on the place.
 */
export function speechOccasionConflicts(corpus: Corpus, documents: Document[], story: string, firstId: number, facts: EntityFacts): Conflict[] {
  const bySpeaker = new Map<string, SpeechOccasion[]>();
  for (const doc of documents) for (const o of speechOccasions(corpus, doc)) (bySpeaker.get(o.speaker) ?? bySpeaker.set(o.speaker, []).get(o.speaker)!).push(o);
  const out: Conflict[] = [];
  const seen = new Set<string>();
  for (const occasions of bySpeaker.values()) {
    for (let i = 0; i < occasions.length; i++) {
      for (let j = i + 1; j < occasions.length; j++) {
        const [x, y] = [occasions[i], occasions[j]];
        if (x.publisher === y.publisher || !sameQuotation(x.words, y.words)) continue;
        const found = disagreement(x, y, facts);
        if (!found) continue;
        const key = `${found.kind}|${[x.doc.id, y.doc.id].sort().join('|')}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const side = (o: SpeechOccasion, value: string) => outletSide(o.publisher, o.doc, o.sentence, value);
        const what = found.kind === 'place' ? 'where' : 'when';
        out.push({ id: `${story}:o${firstId + out.length}`, story, kind: found.kind, about: `${what} ${facts.name(x.speaker)} said “${opening(x)}”`, sides: [side(x, found.values[0]), side(y, found.values[1])] });
      }
    }
  }
  return out;
}

/** The first words of the quotation, enough to know it by. */
function opening(o: SpeechOccasion): string {
  const words = o.doc.text.slice(o.quote.start, o.quote.end).split(/\s+/);
  return words.length <= ABOUT_WORDS ? words.join(' ') : `${words.slice(0, ABOUT_WORDS).join(' ')}…`;
}

/** How many of a quotation's words name it in what a conflict is about. */
const ABOUT_WORDS = 6;

function disagreement(x: SpeechOccasion, y: SpeechOccasion, facts: EntityFacts): { kind: 'place' | 'date'; values: [string, string] } | null {
  const daysAgree = !!x.day && !!y.day && sameDay(x.day, y.day);
  const daysDiffer = !!x.day && !!y.day && !daysAgree;
  const sameOccasion = !!x.occasion && x.occasion === y.occasion;
  const placesDiffer = !!x.place && !!y.place && x.place.entity !== y.place.entity && !facts.placesCompatible(x.place.entity, y.place.entity);
  const samePlace = !!x.place && !!y.place && !placesDiffer;
  if (placesDiffer && !daysDiffer && (daysAgree || sameOccasion)) return { kind: 'place', values: [x.place!.text, y.place!.text] };
  if (daysDiffer && !placesDiffer && (samePlace || sameOccasion)) return { kind: 'date', values: [label(x.day!), label(y.day!)] };
  return null;
}

/** One quotation, perhaps worded a little differently: most words shared, or one inside the other. */
function sameQuotation(a: string[], b: string[]): boolean {
  const shorter = new Set(a.length <= b.length ? a : b);
  const longer = new Set(a.length <= b.length ? b : a);
  return overlap(a, b) >= COMPARE_CONFIG.wordingMinOverlap || [...shorter].every((w) => longer.has(w));
}
