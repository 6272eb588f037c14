import type { DocumentComponent } from '../pipeline/component.js';
import type { Document, Region } from '../model/document.js';
import type { Range } from '../model/span.js';
import { nonBlankLines } from '../ingest/lines.js';
import { complement } from '../ingest/from-html.js';
import { debrisReason } from './debris-rules.js';
import { looksLikeHeading } from './headings.js';
import { FurnitureIndex } from './furniture.js';
import { buildCleanedText } from './offset-map.js';

/**
 * Splits what ingest left as candidate body into body paragraphs, headings and debris. Debris is
 * kept as `boilerplate` regions with the reason, so nothing read is lost and the reader can show it.
 */
export function createCleanComponent(furniture: FurnitureIndex = new FurnitureIndex()): DocumentComponent {
  return {
    kind: 'document',
    name: 'clean',
    requires: ['text', 'regions'],
    produces: ['regions', 'cleaned'],
    process(doc: Document) {
      const regions = doc.layers.regions ?? [];
      const headerEnd = doc.format === 'html' ? 0 : Math.max(0, ...regions.filter((r) => r.kind !== 'credit').map((r) => r.end));
      const taken = regions.map((r) => ({ start: r.start, end: r.end }));
      const free = complement(taken, doc.text.length).filter((g) => g.end > headerEnd);
      const lines: Range[] = [];
      for (const g of free) {
        const slice = doc.text.slice(Math.max(g.start, headerEnd), g.end);
        const base = Math.max(g.start, headerEnd);
        for (const r of nonBlankLines(slice)) lines.push({ start: base + r.start, end: base + r.end });
      }
      const added: Region[] = [];
      const body: Range[] = [];
      lines.forEach((r, i) => {
        const line = doc.text.slice(r.start, r.end);
        const reason = debrisReason(line) ?? (furniture.isFurniture(doc, line) ? 'page furniture repeated across the outlet\'s pages' : null);
        if (reason) {
          added.push({ kind: 'boilerplate', ...r, reason });
          return;
        }
        const next = lines[i + 1] ? doc.text.slice(lines[i + 1].start, lines[i + 1].end) : null;
        if (doc.format !== 'html' && looksLikeHeading(line, next && !debrisReason(next) ? next : null)) {
          added.push({ kind: 'heading', ...r });
          return;
        }
        added.push({ kind: 'body', ...r });
        body.push(r);
      });
      doc.layers.regions = [...regions, ...added].sort((a, b) => a.start - b.start);
      doc.layers.cleaned = buildCleanedText(doc.text, body);
    },
  };
}
