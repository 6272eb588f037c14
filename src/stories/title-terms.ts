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

/**
 * The title is not part of the annotated body, and a short report can be nothing but its title
 * (a one-paragraph item whose only paragraph ingest took for the headline): annotated on its own,
 * its lemmas meet the body's lemmas of other reports and its names their names.
 */
export function titleTerms(doc: Document, contentPos: Set<string>): TitleTerms {
  const title = doc.meta.title;
  if (!title || !title.trim()) return { lemmas: [], names: [] };
  const alone: Document = { ...doc, text: title, layers: { cleaned: { text: title, segments: [{ cleanStart: 0, origStart: 0, length: title.length }] } } };
  tokensComponent.process(alone);
  const t = alone.layers.tokens!;
  const lemmas: string[] = [];
  for (let i = 0; i < t.count; i++) if (contentPos.has(posName(t.pos[i]))) lemmas.push(lemmaOf(t.lemma[i]));
  const names = entityMentions(alone).filter((m) => m.type !== 'MISC').map((m) => ({ text: m.text, type: m.type }));
  return { lemmas, names };
}
