import type { Dossier } from '../model/dossier.js';
import { spanRows } from '../store/layer-codec.js';
import type { StoredDocument } from '../store/types.js';

export interface ViewSpan {
  layer: string;
  kind: string;
  start: number;
  end: number;
  label: string | null;
  /** The corpus entity a mention resolved to. */
  entity?: string;
  /** The aligned claims (story and claim id) whose evidence lies here. */
  claims?: { story: string; claim: string; status: string }[];
}

export interface DocumentView {
  id: string;
  source: string;
  format: string;
  meta: StoredDocument['meta'];
  text: string;
  annotated: boolean;
  stories: { id: string; title: string; publisher: string | null }[];
  spans: ViewSpan[];
}

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
  return { id: doc.id, source: doc.source, format: doc.format, meta: doc.meta, text: doc.text, annotated: doc.annotated, stories, spans };
}
