import type { Document } from '../model/document.js';
import type { EntityType } from '../model/mention.js';
import { tokensComponent } from '../annotate/tokens/component.js';
import { entityMentions } from '../annotate/entities/component.js';
import { posName } from '../annotate/tokens/tokenize.js';
import { lemmaOf } from '../annotate/tokens/vocabulary.js';

/** The title's content lemmas and named mentions. */
export interface TitleTerms {
  lemmas: string[];
  names: { text: string; type: EntityType }[];
}

/** A title annotated on its own: every token's part of speech and lemma, and its names. */
interface AnnotatedTitle {
  words: { pos: string; lemma: string }[];
  names: readonly { text: string; type: EntityType }[];
}

/**
 * Titles kept per process: a live corpus's worker groups the same stored documents again at every
 * update that loads them (up to 600, src/store/live-config.ts), and tokenising and tagging each
 * title again was about a tenth of the update's grouping (2.8 of 11 ms per article, 2,000-article
 * bench/stream-updates.ts profile). A title is a few dozen bytes; 20,000 are a few MB. The oldest
 * goes when full.
 */
const CAPACITY = 20_000;
const annotated = new Map<string, AnnotatedTitle>();

/**
 * The title is not part of the annotated body, and a short report can be nothing but its title
 * (a one-paragraph item whose only paragraph ingest took for the headline): annotated on its own,
 * its lemmas meet the body's lemmas of other reports and its names their names. What the
 * annotation gives is a function of the title's text alone (the tokeniser and the tagger read
 * nothing else of the document), so it is remembered by that text.
 */
export function titleTerms(doc: Document, contentPos: Set<string>): TitleTerms {
  const title = doc.meta.title;
  if (!title || !title.trim()) return { lemmas: [], names: [] };
  let known = annotated.get(title);
  if (!known) {
    known = annotateTitle(doc, title);
    if (annotated.size >= CAPACITY) annotated.delete(annotated.keys().next().value!);
    annotated.set(title, known);
  }
  const lemmas: string[] = [];
  for (const w of known.words) if (contentPos.has(w.pos)) lemmas.push(w.lemma);
  return { lemmas, names: known.names.map((m) => ({ text: m.text, type: m.type })) };
}

function annotateTitle(doc: Document, title: string): AnnotatedTitle {
  const alone: Document = { ...doc, text: title, layers: { cleaned: { text: title, segments: [{ cleanStart: 0, origStart: 0, length: title.length }] } } };
  tokensComponent.process(alone);
  const t = alone.layers.tokens!;
  const words: { pos: string; lemma: string }[] = [];
  for (let i = 0; i < t.count; i++) words.push({ pos: posName(t.pos[i]), lemma: lemmaOf(t.lemma[i]) });
  const names = entityMentions(alone).filter((m) => m.type !== 'MISC').map((m) => ({ text: m.text, type: m.type }));
  return { words, names };
}
