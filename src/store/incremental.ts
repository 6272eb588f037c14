import type { Document } from '../model/document.js';
import type { Analyzer, InputProblem } from './analyzer.js';
import type { AddResult, Store } from './types.js';

/**
 * Runs the corpus stages again over the stored documents' layers: cheap next to annotation,
 * so a new article joins its story without re-annotating the corpus.
 */
export async function reanalyze(store: Store, analyzer: Analyzer, errors: InputProblem[] = []): Promise<number> {
  const started = Date.now();
  const docs = await store.loadDocuments({ annotated: true });
  const corpus = analyzer.analyzeCorpus(docs);
  const dossier = analyzer.buildDossier(corpus, errors, { includeText: false });
  // Covered: every document the run read, so one the stages drop is not analysed again at each open.
  return store.saveAnalysis(dossier, { ms: Date.now() - started }, docs.map((d) => d.id));
}

/** Annotates stored documents that lack layers; returns how many it completed. */
export async function annotateOrphans(store: Store, analyzer: Analyzer, ids: string[]): Promise<number> {
  let done = 0;
  for (const id of ids) {
    const doc = await store.getDocument(id);
    if (!doc || doc.annotated) continue;
    const { html: _html, annotated: _annotated, ...plain } = doc;
    await store.saveLayers(analyzer.annotateDocument(plain));
    done++;
  }
  return done;
}

export interface IngestOutcome extends AddResult {
  /** Documents annotated by this call (new ones; stored ones are not annotated again). */
  annotated: number;
  /** Documents an earlier, interrupted call left outside the stories (or unannotated), completed by this one. */
  recovered: { unanalysed: number; annotated: number };
  run: number | null;
}

/**
 * Adds documents: annotates only those the store lacks (or holds without layers), stores each
 * in its own transaction, then re-runs the corpus stages once. An interrupted call leaves
 * whole documents behind; the next call (with any input) finds stored documents the latest
 * analysis did not cover, or that were never annotated, and completes them in its run.
 */
export async function ingestDocuments(
  store: Store, analyzer: Analyzer, docs: Document[],
  opts: {
    html?: Map<string, string>;
    errors?: InputProblem[];
    analyze?: boolean;
    /** The documents already went through the per-document stages. */
    annotated?: boolean;
    onStored?: (id: string) => void;
    /** Called as the corpus run starts and once it is saved (progress, and the crash test's kill points). */
    onPhase?: (phase: 'analysing' | 'analysed') => void;
  } = {},
): Promise<IngestOutcome> {
  const outcome: IngestOutcome = { added: [], existing: [], annotated: 0, recovered: { unanalysed: 0, annotated: 0 }, run: null };
  // Measured before this batch is stored, so it counts only what earlier processes left.
  const pending = opts.analyze === false ? null : await store.pendingWork();
  for (const doc of docs) {
    const stored = await store.getDocument(doc.id);
    if (stored?.annotated) {
      outcome.existing.push(doc.id);
      continue;
    }
    const annotated = opts.annotated ? doc : analyzer.annotateDocument(doc);
    outcome.annotated++;
    const res = await store.addDocuments([annotated], { html: opts.html });
    outcome.added.push(...res.added);
    outcome.existing.push(...res.existing);
    opts.onStored?.(doc.id);
  }
  if (pending) {
    const batch = new Set(docs.map((d) => d.id));
    outcome.recovered = {
      unanalysed: pending.unanalysed,
      annotated: await annotateOrphans(store, analyzer, pending.unannotated.filter((id) => !batch.has(id))),
    };
    const owed = outcome.annotated + outcome.recovered.unanalysed + outcome.recovered.annotated;
    if (owed > 0 || (await store.counts()).runs === 0) {
      opts.onPhase?.('analysing');
      outcome.run = await reanalyze(store, analyzer, opts.errors);
      opts.onPhase?.('analysed');
    }
  }
  return outcome;
}
