import type { Document } from '../model/document.js';
import { nonBlankLines } from '../ingest/lines.js';
import { publisherKey } from '../ingest/credit.js';

/**
 * Page furniture repeated across one outlet's pages ("Sign in to read our e-paper", a standing
 * tagline). A line counts as furniture when two pages of the same outlet repeat it while sharing
 * little else: two versions of one article share most lines, and those lines are content.
 */
export class FurnitureIndex {
  private readonly furniture = new Map<string, Set<string>>();

  static fromDocuments(docs: Document[]): FurnitureIndex {
    const index = new FurnitureIndex();
    const byOutlet = new Map<string, { lines: Set<string> }[]>();
    for (const doc of docs) {
      const outlet = outletKey(doc);
      if (!outlet) continue;
      const lines = new Set(nonBlankLines(doc.text).map((r) => normaliseLine(doc.text.slice(r.start, r.end))));
      (byOutlet.get(outlet) ?? byOutlet.set(outlet, []).get(outlet)!).push({ lines });
    }
    for (const [outlet, pages] of byOutlet) {
      if (pages.length < 2) continue;
      const firstPages = new Map<string, number[]>();
      pages.forEach((p, i) => {
        for (const line of p.lines) {
          const list = firstPages.get(line) ?? firstPages.set(line, []).get(line)!;
          if (list.length < 2) list.push(i);
        }
      });
      const found = new Set<string>();
      for (const [line, where] of firstPages) {
        if (where.length < 2 || line.length > 300) continue;
        const a = pages[where[0]].lines;
        const b = pages[where[1]].lines;
        let shared = 0;
        for (const l of a) if (b.has(l)) shared++;
        if (shared / Math.min(a.size, b.size) < 0.5) found.add(line);
      }
      if (found.size) index.furniture.set(outlet, found);
    }
    return index;
  }

  isFurniture(doc: Document, line: string): boolean {
    const outlet = outletKey(doc);
    return outlet !== null && (this.furniture.get(outlet)?.has(normaliseLine(line)) ?? false);
  }
}

function outletKey(doc: Document): string | null {
  const name = doc.meta.outlet ?? (doc.meta.url ? new URL(doc.meta.url).hostname : null);
  return name ? publisherKey(name) : null;
}

function normaliseLine(line: string): string {
  return line.trim().toLowerCase().replace(/\s+/g, ' ');
}
