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
  return store.saveAnalysis(dossier, { ms: Date.now() - started });
}

export interface IngestOutcome extends AddResult {
  /** Documents annotated by this call (new ones; stored ones are not annotated again). */
  annotated: number;
  run: number | null;
}

/**
 * Adds documents: annotates only those the store lacks (or holds without layers), stores each
 * in its own transaction, then re-runs the corpus stages once. An interrupted call leaves
 * whole documents behind; calling it again with the same input finishes the job.
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
  } = {},
): Promise<IngestOutcome> {
  const outcome: IngestOutcome = { added: [], existing: [], annotated: 0, run: null };
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
  if (opts.analyze !== false && (outcome.annotated > 0 || (await store.counts()).runs === 0)) {
    outcome.run = await reanalyze(store, analyzer, opts.errors);
  }
  return outcome;
}
