import type { Analyzer } from '../store/analyzer.js';
import { ingestRecord } from '../ingest/record.js';
import { annotateDocument, analyzeCorpus } from './analyze.js';
import { buildDossier } from '../report/dossier.js';
import { InputError } from '../ingest/errors.js';

/** The real pipeline, as the store, the server and the workers call it. */
export const defaultAnalyzer: Analyzer = {
  ingestRecord: (record, source) => ingestRecord(record, source),
  annotateDocument: (doc) => annotateDocument(doc),
  analyzeCorpus: (docs, opts) => analyzeCorpus(docs, opts),
  buildDossier: (corpus, errors, opts) => buildDossier(corpus, errors.map((e) => new InputError(e.input, e.reason as never, e.message)), opts),
};
