import type { Quantity } from '../../model/quantity.js';
import type { DocumentComponent } from '../../pipeline/component.js';
import { posLookup } from './counted-phrase.js';
import { quantitiesInSentence } from './find-quantities.js';

export { quantitiesInSentence } from './find-quantities.js';

/** Numbers and amounts in body sentences, with value, unit, what they count and how exact they are. */
export const quantitiesComponent: DocumentComponent = {
  kind: 'document',
  name: 'quantities',
  requires: ['sentences', 'tokens'],
  produces: ['quantities'],
  process(doc) {
    const pos = posLookup(doc.layers.tokens);
    const quantities: Quantity[] = [];
    for (const sentence of doc.layers.sentences ?? []) {
      const found = quantitiesInSentence(doc.text.slice(sentence.start, sentence.end), sentence.start, pos);
      for (const q of found) quantities.push(q);
    }
    doc.layers.quantities = quantities;
  },
};
