import type { Corpus } from '../model/corpus.js';
import type { TimeExpression } from '../model/time.js';
import type { Range } from '../model/span.js';
import type { Document } from '../model/document.js';
import type { ClaimView } from './claim-view.js';
import { clusterWithCommittedModel, tokenAt, type EventMention, type MentionReader } from './events/index.js';
import { storyMentionReader } from './event-links.js';

/**
 * The predicate a date belongs to: the nearest, a verb after its date counting double ("withdrew
 * ... on Monday"), and one across clause punctuation from it after any in its own clause ("The
 * decree, signed on Tuesday, closes ...": the signing is dated, not the closing). Without the
 * text only distance counts.
 */
export function datedPredicate<P extends { start: number; end: number }>(predicates: P[], time: { start: number; end: number }, text?: string, quotes: readonly Range[] = []): P | null {
  const between = (p: P) => (p.end <= time.start ? text!.slice(p.end, time.start) : p.start >= time.end ? text!.slice(time.end, p.start) : '');
  const apart = (p: P) => (text !== undefined && /[,;:—–()]/u.test(between(p)) ? CLAUSE_APART : 0);
  // "called a meeting on Saturday to decide ...": an infinitive of purpose is not what happens on the date.
  const purpose = (p: P) => (text !== undefined && /\bto\s+$/iu.test(text.slice(Math.max(0, p.start - 4), p.start)) ? CLAUSE_APART : 0);
  // "said after talks on Tuesday that Moscow would stay out": a "that" right after the date opens
  // what was said or decided, and the date is the saying's. ("a rampage two years ago in
  // Philadelphia that left two dead": a "that" after a noun is a relative, and dates its verb.)
  const reported = (p: P) => (text !== undefined && p.start >= time.end && /^\s*,?\s*that\s/iu.test(between(p)) ? CLAUSE_APART : 0);
  const distance = (p: P) => apart(p) + purpose(p) + reported(p) + (p.end <= time.start ? time.start - p.end : p.start >= time.end ? 2 * (p.start - time.end) : 0);
  // A date inside a quotation dates the speaker's words, one outside it the report's: "'In June
  // the harbour is empty,' Tolland said" dates no saying.
  const quoteOf = (r: Range) => quotes.findIndex((q) => q.start <= r.start && r.end <= q.end);
  const side = quoteOf(time);
  // Each predicate's distance computed once: every dated statement of every story asks.
  let best: P | null = null;
  let bestDistance = Infinity;
  for (const p of predicates) {
    if (quotes.length > 0 && quoteOf(p) !== side) continue;
    const d = distance(p);
    if (best === null || d < bestDistance) [best, bestDistance] = [p, d];
  }
  return best;
}

/** Added to the distance of a predicate across clause punctuation from the date: more than a sentence's span of words within one clause. */
const CLAUSE_APART = 1000;

/** A dated mention's key in the timeline: the view's index and the time's start offset. */
export const datedKey = (view: number, time: TimeExpression) => `${view}|${time.start}`;

/**
 * Which dated statements of a story name one event, by the learned event coreference model
 * (src/compare/events, `eval events`): the predicate each date belongs to becomes an event
 * mention, and the story's mentions are clustered. Two reports that date one event in different
 * words, never aligned as one claim, then make one timeline entry. Only dated predicates are
 * read, so the work grows with the story's dates, not its sentences.
 */
export function datedEventClusters(corpus: Corpus, views: ClaimView[], readMention: MentionReader = storyMentionReader(corpus)): Map<string, string> {
  const out = new Map<string, string>();
  const mentions: EventMention[] = [];
  views.forEach((v, i) => {
    if (!v.doc.layers.tokens) return;
    for (const t of v.times) {
      if (t.type !== 'DATE') continue;
      const p = datedPredicate(v.claim.predicates, t, v.doc.text, quotedContents(v.doc));
      const token = p ? tokenAt(v.doc, p.start) : -1;
      if (token >= 0) mentions.push(readMention(v.doc, token, datedKey(i, t)));
    }
  });
  if (mentions.length < 2) return out;
  clusterWithCommittedModel(mentions)?.forEach((members, c) => {
    if (members.length > 1) for (const m of members) out.set(m.id, `e${c}`);
  });
  return out;
}

/** The words of a document's direct quotations. */
export function quotedContents(doc: Document): Range[] {
  return (doc.layers.quotes ?? []).filter((q) => q.kind === 'direct').map((q) => q.content);
}
