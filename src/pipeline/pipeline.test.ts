import { describe, expect, it } from 'vitest';
import { Pipeline, PipelineOrderError } from './pipeline.js';
import type { DocumentComponent, CorpusComponent } from './component.js';
import { standardPipeline } from './analyze.js';

const stage = (name: string, requires: string[], produces: string[]): DocumentComponent => ({
  kind: 'document', name, requires: requires as never, produces: produces as never, process: () => {},
});

describe('Pipeline', () => {
  it('accepts the standard pipeline', () => {
    expect(standardPipeline().names).toEqual(['clean', 'tokens', 'entities', 'time', 'quantities', 'quotes', 'hedges', 'claims', 'resolve', 'publishers', 'stories', 'story-place-types', 'compare']);
  });

  it('refuses a stage whose requirement no earlier stage produces, naming both', () => {
    expect(() => new Pipeline([stage('entities', ['tokens'], ['mentions']), stage('tokens', ['cleaned'], ['tokens'])])).toThrow(PipelineOrderError);
    expect(() => new Pipeline([stage('entities', ['tokens'], ['mentions'])])).toThrow(/"entities" requires "tokens"/);
  });

  it('refuses a document stage after a corpus stage', () => {
    const corpus: CorpusComponent = { kind: 'corpus', name: 'stories', requires: [], produces: ['stories'], process: () => {} };
    expect(() => new Pipeline([corpus, stage('tokens', [], ['tokens'])])).toThrow(/after a corpus stage/);
  });

  it('drops a document a stage fails on, names the stage, and goes on with the rest', () => {
    const failing: DocumentComponent = { ...stage('boom', [], ['tokens']), process: (d) => { if (d.id === 'bad') throw new Error('cannot'); } };
    const docs = ['good', 'bad'].map((id) => ({ id, source: `${id}.txt`, format: 'text', text: '', meta: {}, contentHash: '', layers: {} }) as never);
    const { corpus, failures } = new Pipeline([failing]).run(docs);
    expect(corpus.documents.map((d) => d.id)).toEqual(['good']);
    expect(failures).toEqual([{ document: 'bad', source: 'bad.txt', stage: 'boom', message: 'cannot' }]);
  });
});

describe('Pipeline input', () => {
  it('keeps one document per content hash', () => {
    const doc = () => ({ id: 'same', source: 'x.txt', format: 'text', text: '', meta: {}, contentHash: '', layers: {} }) as never;
    const { corpus } = new Pipeline([]).run([doc(), doc()]);
    expect(corpus.documents).toHaveLength(1);
  });
});
