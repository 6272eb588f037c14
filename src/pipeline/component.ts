import type { Document, LayerName } from '../model/document.js';
import type { Corpus, CorpusLayerName } from '../model/corpus.js';

/** Layers a document has before any stage runs. */
export type BaseLayer = 'text' | 'meta';

/**
 * A per-document stage. It declares the layers it reads and writes; the pipeline checks the
 * order once, when it is built, so a misordered pipeline fails at start, not halfway through a corpus.
 */
export interface DocumentComponent {
  readonly kind: 'document';
  readonly name: string;
  readonly requires: readonly (LayerName | BaseLayer)[];
  readonly produces: readonly LayerName[];
  process(doc: Document): void;
}

/** A corpus stage: reads all documents' layers, writes corpus layers. */
export interface CorpusComponent {
  readonly kind: 'corpus';
  readonly name: string;
  readonly requires: readonly (LayerName | CorpusLayerName | BaseLayer)[];
  readonly produces: readonly CorpusLayerName[];
  process(corpus: Corpus): void;
}

export type Component = DocumentComponent | CorpusComponent;
