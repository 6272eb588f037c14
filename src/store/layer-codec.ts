import type { Document, DocumentLayers, LayerName, TokenColumns } from '../model/document.js';
import { lemmaId, lemmaOf } from '../annotate/tokens/vocabulary.js';

/**
 * Layers are plain data except the token columns, whose typed arrays JSON cannot carry:
 * they travel as base64 of their little-endian bytes, a quarter of the size of number arrays.
 * Lemma ids are process-local, so lemmas travel as the document's own list of strings plus an
 * index per token, and are interned again on reading.
 */
type EncodedTokens = { count: number; start: string; end: string; pos: string; sentence: string; lemmas?: string[]; lemma?: string };

function toBase64(a: Int32Array | Uint8Array | Uint32Array): string {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
}

function bytes(b64: string): ArrayBuffer {
  const buf = Buffer.from(b64, 'base64');
  // A fresh, aligned buffer: Buffer's pool offsets are not multiples of 4.
  const out = new ArrayBuffer(buf.byteLength);
  new Uint8Array(out).set(buf);
  return out;
}

export function encodeLayer(name: LayerName, value: unknown): unknown {
  if (name !== 'tokens') return value;
  const t = value as TokenColumns;
  const local = new Map<number, number>();
  const lemmas: string[] = [];
  const lemma = new Uint32Array(t.count);
  for (let i = 0; i < t.count; i++) {
    const id = t.lemma?.[i] ?? 0;
    let at = local.get(id);
    if (at === undefined) {
      at = lemmas.length;
      lemmas.push(lemmaOf(id));
      local.set(id, at);
    }
    lemma[i] = at;
  }
  const encoded: EncodedTokens = {
    count: t.count, start: toBase64(t.start), end: toBase64(t.end), pos: toBase64(t.pos), sentence: toBase64(t.sentence),
    lemmas, lemma: toBase64(lemma),
  };
  return encoded;
}

export function decodeLayer(name: string, value: unknown): unknown {
  if (name !== 'tokens') return value;
  const t = value as EncodedTokens;
  return {
    count: t.count,
    start: new Int32Array(bytes(t.start)),
    end: new Int32Array(bytes(t.end)),
    pos: new Uint8Array(bytes(t.pos)),
    sentence: new Int32Array(bytes(t.sentence)),
    lemma: decodeLemmas(t),
  } satisfies TokenColumns;
}

function decodeLemmas(t: EncodedTokens): Uint32Array {
  const out = new Uint32Array(t.count);
  if (!t.lemma || !t.lemmas) return out;
  const ids = t.lemmas.map(lemmaId);
  const local = new Uint32Array(bytes(t.lemma));
  for (let i = 0; i < t.count; i++) out[i] = ids[local[i]];
  return out;
}

export function encodeLayers(doc: Document): { name: LayerName; data: unknown }[] {
  const out: { name: LayerName; data: unknown }[] = [];
  for (const [name, value] of Object.entries(doc.layers) as [LayerName, unknown][]) {
    if (value !== undefined) out.push({ name, data: encodeLayer(name, value) });
  }
  return out;
}

export function decodeLayers(rows: { name: string; data: unknown }[]): DocumentLayers {
  const layers: Record<string, unknown> = {};
  for (const r of rows) layers[r.name] = decodeLayer(r.name, r.data);
  return layers as DocumentLayers;
}

export interface SpanRow {
  doc: string;
  layer: string;
  idx: number;
  kind: string;
  start_offset: number;
  end_offset: number;
  label: string | null;
}

/** The marked ranges of a document, flattened for the reader view and for queries. */
export function spanRows(doc: Document): SpanRow[] {
  const rows: SpanRow[] = [];
  const push = (layer: string, idx: number, kind: string, start: number, end: number, label: string | null) =>
    rows.push({ doc: doc.id, layer, idx, kind, start_offset: start, end_offset: end, label });
  const l = doc.layers;
  l.regions?.forEach((r, i) => push('regions', i, r.kind, r.start, r.end, r.reason ?? null));
  l.mentions?.forEach((m, i) => push('mentions', i, m.type, m.start, m.end, m.text));
  l.times?.forEach((t, i) => push('times', i, t.granularity, t.start, t.end, t.value));
  l.quantities?.forEach((q, i) => push('quantities', i, q.kind, q.start, q.end, q.text));
  l.quotes?.forEach((q, i) => push('quotes', i, q.kind, q.start, q.end, q.speaker));
  l.hedges?.forEach((h, i) => push('hedges', i, 'hedge', h.start, h.end, h.cue));
  l.claims?.forEach((c, i) => push('claims', i, c.polarity, c.sentence.start, c.sentence.end, c.id));
  return rows;
}
