import type { DocumentComponent } from '../../pipeline/component.js';
import { findHedges } from './find-hedges.js';

export { findHedges } from './find-hedges.js';

/** Marks hedges and attribution cues ("reportedly", "according to") in body sentences. */
export const hedgesComponent: DocumentComponent = {
  kind: 'document',
  name: 'hedges',
  requires: ['sentences'],
  produces: ['hedges'],
  process(doc) {
    doc.layers.hedges = findHedges(doc.text, doc.layers.sentences ?? []);
  },
};
