import type { Document, Region } from '../../src/model/document.js';
import type { Dossier } from '../../src/model/dossier.js';
import type { Corpus } from '../../src/model/corpus.js';
import type { InputError } from '../../src/ingest/errors.js';
import { ingestPaths } from '../../src/ingest/index.js';
import { analyzeDocuments } from '../../src/pipeline/analyze.js';
import { buildDossier } from '../../src/report/dossier.js';

export interface Run {
  corpus: Corpus;
  errors: InputError[];
  dossier: Dossier;
}

/** The whole pipeline as the CLI runs it, with each document's text in the dossier so offsets can be checked. */
export async function runPipeline(paths: string[]): Promise<Run> {
  const { documents, errors } = await ingestPaths(paths);
  const { corpus, failures } = analyzeDocuments(documents);
  return { corpus, errors, dossier: buildDossier(corpus, errors, { includeText: true, failures }) };
}

export interface Located {
  document: string;
  start: number;
  end: number;
  text: string;
  /** Where in the dossier the item was found, for failure messages. */
  path: string;
}

/**
 * Every item in the dossier that claims to point into a document: evidence objects
 * `{document, start, end, text}`, the sentences nested in them, and each document's own spans.
 */
export function locatedItems(dossier: Dossier): Located[] {
  const out: Located[] = [];
  const visit = (value: unknown, path: string, doc: string | null): void => {
    if (Array.isArray(value)) { value.forEach((v, i) => visit(v, `${path}[${i}]`, doc)); return; }
    if (value === null || typeof value !== 'object') return;
    const o = value as Record<string, unknown>;
    const here = typeof o.document === 'string' ? o.document : doc;
    if (here && typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') {
      out.push({ document: here, start: o.start, end: o.end, text: o.text, path });
    }
    for (const [k, v] of Object.entries(o)) if (k !== 'text') visit(v, `${path}.${k}`, here);
  };
  dossier.documents.forEach((d, i) => d.spans.forEach((s, j) => out.push({ document: d.id, start: s.start, end: s.end, text: s.text, path: `documents[${i}].spans[${j}]` })));
  visit(dossier.stories, 'stories', null);
  return out;
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Whether the ranges of the given kinds cover every non-blank character of [start, end). */
export function covered(doc: Document, kinds: Region['kind'][], start: number, end: number): boolean {
  const regions = (doc.layers.regions ?? []).filter((r) => kinds.includes(r.kind));
  for (let i = start; i < end; i++) {
    if (/\s/.test(doc.text[i])) continue;
    if (!regions.some((r) => r.start <= i && i < r.end)) return false;
  }
  return true;
}

/** Ranges of each line of the text (without its line break). */
export function lineRanges(text: string): { start: number; end: number; line: string }[] {
  const out: { start: number; end: number; line: string }[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    out.push({ start: at, end: at + line.length, line: line.replace(/\r$/, '') });
    at += line.length + 1;
  }
  return out;
}

/**
 * What a document contributes that must never come from debris: entity mentions, quotes and
 * claim sentences, as ranges with a label for failure messages.
 */
export function analysedRanges(doc: Document): { label: string; start: number; end: number }[] {
  const l = doc.layers;
  return [
    ...(l.mentions ?? []).map((m) => ({ label: `mention "${m.text}"`, start: m.start, end: m.end })),
    ...(l.quotes ?? []).map((q) => ({ label: `quote "${doc.text.slice(q.start, q.end).slice(0, 60)}"`, start: q.start, end: q.end })),
    ...(l.claims ?? []).map((c) => ({ label: `claim "${doc.text.slice(c.sentence.start, c.sentence.end).slice(0, 60)}"`, start: c.sentence.start, end: c.sentence.end })),
  ];
}

/** Failures of the offset round-trip, as readable lines (empty when all hold). */
export function offsetFailures(dossier: Dossier): string[] {
  const texts = new Map(dossier.documents.map((d) => [d.id, d.text ?? '']));
  const bad: string[] = [];
  for (const item of locatedItems(dossier)) {
    const text = texts.get(item.document);
    if (text === undefined) bad.push(`${item.path}: unknown document ${item.document}`);
    else if (text.slice(item.start, item.end) !== item.text) bad.push(`${item.path}: [${item.start},${item.end}) is ${JSON.stringify(text.slice(item.start, item.end).slice(0, 40))}, not ${JSON.stringify(item.text.slice(0, 40))}`);
  }
  return bad;
}

/** Entity mentions, quotes and claims that overlap a document's debris, as readable lines. */
export function debrisLeaks(docs: Document[]): string[] {
  const leaks: string[] = [];
  for (const d of docs) {
    const debris = (d.layers.regions ?? []).filter((r) => r.kind === 'boilerplate');
    for (const r of analysedRanges(d)) {
      const hit = debris.find((b) => overlaps(b, r));
      if (hit) leaks.push(`${d.source}: ${r.label} overlaps debris "${d.text.slice(hit.start, hit.end).slice(0, 50)}"`);
    }
  }
  return leaks;
}
