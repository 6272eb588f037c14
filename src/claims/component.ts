import type { DocumentComponent } from '../pipeline/component.js';
import { extractClaims } from './frames.js';

export const claimsComponent: DocumentComponent = {
  kind: 'document',
  name: 'claims',
  requires: ['sentences', 'tokens', 'mentions', 'times', 'quantities', 'quotes', 'hedges'],
  produces: ['claims'],
  process(doc) {
    doc.layers.claims = extractClaims(doc);
  },
};
