import type { DocumentComponent } from '../../pipeline/component.js';
import { findQuotes } from './find-quotes.js';

export { findQuotes } from './find-quotes.js';

/**
 * Direct and reported quotes with speaker and cue verb. Reads the entity mentions when an
 * earlier stage produced them (to snap speakers to PER/ORG names) but does not require them.
 */
export const quotesComponent: DocumentComponent = {
  kind: 'document',
  name: 'quotes',
  requires: ['sentences', 'tokens'],
  produces: ['quotes'],
  process(doc) {
    doc.layers.quotes = findQuotes(doc);
  },
};
