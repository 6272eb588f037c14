import type { Conflict, ConflictSide, Corpus } from '../model/corpus.js';
import type { Document } from '../model/document.js';
import type { Range } from '../model/span.js';
import { COMPARE_CONFIG } from './config.js';
import { differentNames } from './event-match.js';
import { directQuotations, overlap, quotedSentences, type QuotedSentence } from './wordings.js';

/**
 * One quotation, word for word, given to two different people by two publishers: "'Public office
 * is a trust, not a tip jar,' U.S. Attorney Celeste Varga said" / "..., Assistant U.S. Attorney
 * Owen Pruitt told reporters". Words this long are said once; one report has the wrong speaker,
 * which is who said them, an actor conflict. Only people named beside the words are compared.
 * Left alone: a report that gives the words to both (one echoing the other), or names the other
 * speaker in the same sentence (a joint statement).
 */
export function quotationSpeakerConflicts(corpus: Corpus, docs: Document[], story: string, firstId: number, name: (entity: string) => string): Conflict[] {
  const units: QuotedSentence[] = [];
  for (const doc of docs) {
    const publisher = corpus.documentPublisher?.get(doc.id) ?? `p:${doc.id}`;
    for (const { quote, speaker } of directQuotations(corpus, doc)) {
      // Named where the words are given ("..., Pryor said"): a speaker found through "he said"
      // is the quotation finder's guess, and a wrong guess would read as the outlet's error.
      // A person: an organisation speaks through its people ("Trend Micro" / its researcher Paul
      // Ferguson), so a body and one of its spokesmen are not two speakers.
      const range = quote.speakerRange;
      const named = !!range && range.start >= quote.start && range.end <= quote.end
        && (doc.layers.mentions ?? []).some((m) => m.type === 'PER' && m.start < range.end && range.start < m.end);
      // quotedSentences keeps a named speaker's sentences of wordingMinWords words or more.
      if (speaker && named) units.push(...quotedSentences(doc, publisher, quote, speaker));
    }
  }
  // A formula ("Our thoughts are with the families", "Nobody here has ever seen anything like
  // this") is said by many: words the corpus quotes about another story too, or that this story
  // gives to more than two people, were not said once.
  const speakersOf = new Map<string, Set<string>>();
  for (const u of units) (speakersOf.get(u.normalised) ?? speakersOf.set(u.normalised, new Set()).get(u.normalised)!).add(u.speaker!);
  // The corpus's lines are read only once a pair of quotations asks (formulaLines caches them per corpus).
  const formula = (u: QuotedSentence) => (speakersOf.get(u.normalised)?.size ?? 0) > 2 || (formulaLines(corpus).get(u.normalised)?.size ?? 0) > 1;
  const same = (x: QuotedSentence, y: QuotedSentence) => x.normalised === y.normalised || overlap(x.words, y.words) >= COMPARE_CONFIG.quotationSpeakerMinOverlap;
  const out: Conflict[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < units.length; i++) {
    for (let j = i + 1; j < units.length; j++) {
      const [x, y] = [units[i], units[j]];
      if (x.publisher === y.publisher || x.speaker === y.speaker || !same(x, y) || formula(x) || formula(y)) continue;
      const [sx, sy] = [x.speaker!, y.speaker!];
      if (!differentNames(name(sx), name(sy))) continue;
      // A report that gives these words to the other speaker too, or names them beside the words.
      if (units.some((u) => (u.doc === x.doc && u.speaker === sy) || (u.doc === y.doc && u.speaker === sx) ? same(u, x) : false)) continue;
      if (namesEntity(corpus, x.doc, x.quote, sy) || namesEntity(corpus, y.doc, y.quote, sx)) continue;
      const key = [x.doc.id, x.quote.start, y.doc.id, y.quote.start].join('|');
      if (seen.has(key)) continue;
      seen.add(key);
      const side = (u: QuotedSentence, speaker: string): ConflictSide => ({
        publisher: u.publisher,
        value: name(speaker),
        evidence: { doc: u.doc.id, start: u.quote.start, end: u.quote.end },
        published: u.doc.meta.published ?? null,
        attribution: { kind: 'outlet', name: u.publisher },
      });
      const words = x.doc.text.slice(x.start, x.end).split(/\s+/);
      const shown = words.length > 8 ? `${words.slice(0, 8).join(' ')} …` : words.join(' ');
      out.push({ id: `${story}:q${firstId + out.length}`, story, kind: 'actor', about: `who said "${shown}"`, sides: [side(x, sx), side(y, sy)] });
    }
  }
  return out;
}

/** Each corpus's quoted sentences (as compared, words in order) with the stories that quote them. */
const formulaCache = new WeakMap<Corpus, Map<string, Set<string>>>();

function formulaLines(corpus: Corpus): Map<string, Set<string>> {
  let lines = formulaCache.get(corpus);
  if (lines) return lines;
  lines = new Map();
  const docs = new Map(corpus.documents.map((d) => [d.id, d]));
  for (const story of corpus.stories ?? []) {
    for (const id of story.documents) {
      const doc = docs.get(id);
      if (!doc) continue;
      for (const { quote } of directQuotations(corpus, doc)) {
        for (const u of quotedSentences(doc, '', quote, story.id)) (lines.get(u.normalised) ?? lines.set(u.normalised, new Set()).get(u.normalised)!).add(story.id);
      }
    }
  }
  formulaCache.set(corpus, lines);
  return lines;
}

/**
 * Whether the document names the entity in the sentences of the quotation and its attribution
 * ("said Zadan and Meron jointly": the finder takes one speaker, the sentence names both).
 */
function namesEntity(corpus: Corpus, doc: Document, quote: Range, entity: string): boolean {
  const sentences = (doc.layers.sentences ?? []).filter((s) => s.end > quote.start && s.start < quote.end);
  const start = Math.min(quote.start, ...sentences.map((s) => s.start));
  const end = Math.max(quote.end, ...sentences.map((s) => s.end));
  return (doc.layers.mentions ?? []).some((m, i) => m.start >= start && m.end <= end && corpus.mentionEntity?.get(`${doc.id}:${i}`) === entity);
}
