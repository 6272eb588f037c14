import type { Document } from '../model/document.js';
import type { Corpus, CorpusTermStats } from '../model/corpus.js';
import { Pipeline, type StageFailure } from './pipeline.js';
import { createCleanComponent } from '../clean/component.js';
import { FurnitureIndex } from '../clean/furniture.js';
import { tokensComponent } from '../annotate/tokens/component.js';
import { entitiesComponent } from '../annotate/entities/component.js';
import { timeComponent } from '../annotate/time/index.js';
import { quantitiesComponent } from '../annotate/quantities/index.js';
import { quotesComponent } from '../annotate/quotes/index.js';
import { hedgesComponent } from '../annotate/hedges/index.js';
import { claimsComponent } from '../claims/component.js';
import { resolveComponent } from '../resolve/component.js';
import { publishersComponent } from '../stories/publishers.js';
import { storiesComponent } from '../stories/component.js';
import { compareComponent } from '../compare/component.js';
import { storyPlaceTypesComponent } from '../resolve/story-place-types.js';

/**
 * The standard pipeline. Repeated page furniture is learnt from the batch being analysed (or
 * the stored corpus), so `clean` is built with that index.
 */
export function standardPipeline(furniture: FurnitureIndex = new FurnitureIndex()): Pipeline {
  return new Pipeline([
    createCleanComponent(furniture),
    tokensComponent,
    entitiesComponent,
    timeComponent,
    quantitiesComponent,
    quotesComponent,
    hedgesComponent,
    claimsComponent,
    resolveComponent,
    publishersComponent,
    storiesComponent,
    storyPlaceTypesComponent,
    compareComponent,
  ]);
}

export interface Analysis {
  corpus: Corpus;
  failures: StageFailure[];
}

/** Per-document stages then corpus stages over a batch. */
export function analyzeDocuments(docs: Document[], onProgress?: (done: number, total: number) => void): Analysis {
  return standardPipeline(FurnitureIndex.fromDocuments(docs)).run(docs, onProgress);
}

/** Per-document stages only, for one document (the store annotates documents as they arrive). */
export function annotateDocument(doc: Document, furniture?: FurnitureIndex): Document {
  return standardPipeline(furniture).annotate(doc);
}

/** Corpus stages over documents already annotated. */
export function analyzeCorpus(docs: Document[], opts: { afterStage?: (stage: string, corpus: Corpus) => void; termStats?: CorpusTermStats } = {}): Corpus {
  return standardPipeline().runCorpus(docs, opts.afterStage, opts.termStats);
}
