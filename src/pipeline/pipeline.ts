import type { Component, CorpusComponent, DocumentComponent } from './component.js';
import type { Document } from '../model/document.js';
import type { Corpus, CorpusTermStats } from '../model/corpus.js';
import { annotateTimeExceeded, WORK_BUDGET, type WorkBudget } from '../ingest/work-budget.js';

/** Layers present before any stage runs: ingest gives the text, metadata and header regions. */
const INITIAL_LAYERS = ['text', 'meta', 'regions'];

export class PipelineOrderError extends Error {}

/** A failure of one stage on one document: the document is dropped, the batch goes on. */
export interface StageFailure {
  document: string;
  source: string;
  stage: string;
  message: string;
}

/**
 * Stages in order, checked once when built: each stage's requirements must be produced by an
 * earlier stage, and corpus stages come after all per-document stages.
 */
export class Pipeline {
  readonly documentStages: DocumentComponent[];
  readonly corpusStages: CorpusComponent[];

  constructor(components: Component[]) {
    const available = new Set<string>(INITIAL_LAYERS);
    let sawCorpus = false;
    for (const c of components) {
      if (c.kind === 'document' && sawCorpus) throw new PipelineOrderError(`document stage "${c.name}" comes after a corpus stage`);
      sawCorpus ||= c.kind === 'corpus';
      const missing = c.requires.filter((r) => !available.has(r));
      if (missing.length) throw new PipelineOrderError(`stage "${c.name}" requires ${missing.map((m) => `"${m}"`).join(', ')}, which no earlier stage produces`);
      for (const p of c.produces) available.add(p);
    }
    this.documentStages = components.filter((c): c is DocumentComponent => c.kind === 'document');
    this.corpusStages = components.filter((c): c is CorpusComponent => c.kind === 'corpus');
  }

  get names(): string[] {
    return [...this.documentStages, ...this.corpusStages].map((c) => c.name);
  }

  /**
   * Runs the per-document stages; throws a StageFailure-shaped error naming the stage. A
   * document whose annotation runs past the work budget's time is ended after the stage that
   * crossed it, with a `[too-complex]` failure: it holds no worker for longer.
   */
  annotate(doc: Document, budget: WorkBudget = WORK_BUDGET): Document {
    const t0 = performance.now();
    for (const stage of this.documentStages) {
      let message: string | null = null;
      try {
        stage.process(doc);
        const elapsed = performance.now() - t0;
        if (elapsed > budget.maxAnnotateMs) message = annotateTimeExceeded(stage.name, elapsed, budget);
      } catch (err) {
        message = (err as Error).message;
      }
      if (message !== null) {
        throw Object.assign(new Error(`${doc.source}: stage "${stage.name}" failed: ${message}`), {
          failure: { document: doc.id, source: doc.source, stage: stage.name, message } satisfies StageFailure,
        });
      }
    }
    return doc;
  }

  /** Annotates each document (dropping those a stage fails on), then runs the corpus stages. */
  run(input: Document[], onProgress?: (done: number, total: number) => void): { corpus: Corpus; failures: StageFailure[] } {
    const failures: StageFailure[] = [];
    const annotated: Document[] = [];
    // One document per content: the same article given twice is one document (ids are content hashes).
    const seen = new Set<string>();
    const docs: Document[] = [];
    for (const d of input) {
      if (seen.has(d.id)) continue;
      seen.add(d.id);
      docs.push(d);
    }
    docs.forEach((doc, i) => {
      try {
        annotated.push(this.annotate(doc));
      } catch (err) {
        const failure = (err as { failure?: StageFailure }).failure;
        failures.push(failure ?? { document: doc.id, source: doc.source, stage: '?', message: (err as Error).message });
      }
      onProgress?.(i + 1, docs.length);
    });
    return { corpus: this.runCorpus(annotated), failures };
  }

  /** `afterStage` sees the corpus after each corpus stage, before the next reads it (the store gives stories and entities their stable ids there). */
  runCorpus(documents: Document[], afterStage?: (stage: string, corpus: Corpus) => void, termStats?: CorpusTermStats): Corpus {
    const corpus: Corpus = termStats ? { documents, termStats } : { documents };
    for (const stage of this.corpusStages) {
      stage.process(corpus);
      afterStage?.(stage.name, corpus);
    }
    return corpus;
  }
}
