import type { Dossier } from '../model/dossier.js';
import { spanRows } from '../store/layer-codec.js';
import type { StoredDocument } from '../store/types.js';
import type { DocumentView, ViewSpan } from './view-types.js';

export type { DocumentView, ViewSpan } from './view-types.js';

/**
 * A document for the reader: its original text and every marked range, each linked to the
 * entity or claim the corpus stages made of it, so a click can go there.
 */
export function documentView(doc: StoredDocument, dossiers: Dossier[]): DocumentView {
  const entityAt = new Map<string, string>();
  const claimsIn: { start: number; end: number; story: string; claim: string; status: string }[] = [];
  const stories: DocumentView['stories'] = [];
  for (const d of dossiers) {
    const publisher = d.documents.find((x) => x.id === doc.id)?.publisher ?? null;
    for (const story of d.stories) {
      stories.push({ id: story.id, title: story.title, publisher });
      for (const e of story.entities) {
        for (const m of e.mentions) if (m.document === doc.id) entityAt.set(`${m.start}:${m.end}`, e.id);
      }
      for (const c of story.claims) {
        for (const ev of c.evidence) {
          if (ev.document !== doc.id) continue;
          const range = ev.sentence ?? ev;
          claimsIn.push({ start: range.start, end: range.end, story: story.id, claim: c.id, status: c.status });
        }
      }
    }
  }
  const spans: ViewSpan[] = spanRows(doc).map((r) => {
    const span: ViewSpan = { layer: r.layer, kind: r.kind, start: r.start_offset, end: r.end_offset, label: r.label };
    if (r.layer === 'mentions') {
      const entity = entityAt.get(`${r.start_offset}:${r.end_offset}`);
      if (entity) span.entity = entity;
    }
    if (r.layer === 'claims' || r.layer === 'quotes') {
      const linked = claimsIn.filter((c) => c.start < r.end_offset && r.start_offset < c.end);
      if (linked.length > 0) span.claims = linked.map(({ story, claim, status }) => ({ story, claim, status }));
    }
    return span;
  });
  // Aligned claims whose evidence no claims-layer span carries still get a mark to click.
  for (const c of claimsIn) {
    const covered = spans.some((sp) => sp.claims?.some((x) => x.claim === c.claim && x.story === c.story));
    if (!covered) spans.push({ layer: 'claims', kind: c.status, start: c.start, end: c.end, label: c.claim, claims: [{ story: c.story, claim: c.claim, status: c.status }] });
  }
  return { id: doc.id, source: doc.source, format: doc.format, meta: doc.meta, text: doc.text, annotated: doc.annotated, stories, spans };
}
