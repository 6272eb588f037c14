import { describe, expect, it } from 'vitest';
import { ChunkScorer, chunksOf, parseConll, toBilou, toBio } from './conll-format.js';
import { STATIC_SLOTS, documentContext, sentenceFeatures, sentenceMode, wordShape } from './features.js';
import { Gazetteer, GAZ } from './gazetteer.js';
import { LabelSet } from './labels.js';
import { LinearModel } from './linear-model.js';
import { deserialiseModel, serialiseModel } from './model-io.js';
import { trainPerceptron, type TrainingDocument } from './perceptron-trainer.js';
import { SLOTS, decodeDocument, prepareDocument } from './sequence.js';

const resources = { gazetteer: new Gazetteer(['Springfield', 'New Haven']), commonLower: new Set(['the', 'said', 'meets', 'president']) };

describe('CoNLL format', () => {
  it('reads documents and sentences and converts IOB1 the conlleval way', () => {
    const docs = parseConll('-DOCSTART- -X- O O\n\nAnna NNP I-NP I-PER\nBerg NNP I-NP I-PER\nKarl NNP I-NP B-PER\nsaid VBD I-VP O\n\n-DOCSTART- -X- O O\n\nOslo NNP I-NP I-LOC\n');
    expect(docs.length).toBe(2);
    expect(docs[0].sentences[0].tags).toEqual(['I-PER', 'I-PER', 'B-PER', 'O']);
    expect(chunksOf(docs[0].sentences[0].tags)).toEqual([{ type: 'PER', start: 0, end: 2 }, { type: 'PER', start: 2, end: 3 }]);
    expect(toBio(['I-ORG', 'I-LOC', 'I-LOC', 'O'])).toEqual(['B-ORG', 'B-LOC', 'I-LOC', 'O']);
    expect(toBilou(['I-PER', 'I-PER', 'I-PER', 'O', 'I-LOC'])).toEqual(['B-PER', 'I-PER', 'L-PER', 'O', 'U-LOC']);
  });

  it('scores exact spans only', () => {
    const s = new ChunkScorer();
    s.add(['B-PER', 'I-PER', 'O', 'B-LOC'], ['B-PER', 'O', 'O', 'B-LOC']);
    const all = s.scores().get('ALL')!;
    expect(all.correct).toBe(1);
    expect(all.precision).toBeCloseTo(0.5);
    expect(all.recall).toBeCloseTo(0.5);
  });
});

describe('features', () => {
  it('computes shapes and sentence modes', () => {
    expect(wordShape('Al-Foo', false)).toBe('Xx-Xxx');
    expect(wordShape('1996-08-22', true)).toBe('d-d-d');
    expect(sentenceMode(['SOCCER', '-', 'JAPAN', 'GET', 'LUCKY', 'WIN'])).toBe(1);
    expect(sentenceMode(['Minister', 'Meets', 'Envoy', 'in', 'Springfield'])).toBe(2);
    expect(sentenceMode(['The', 'minister', 'met', 'an', 'envoy', '.'])).toBe(0);
  });

  it('matches gazetteer phrases case-insensitively with begin/inside codes', () => {
    const words = ['NEW', 'HAVEN', 'and', 'Springfield', 'Inc'];
    const codes = resources.gazetteer.codes(words, words.map((w) => w.toLowerCase()));
    expect(codes[0] & GAZ.cityB).toBeTruthy();
    expect(codes[1] & GAZ.cityI).toBeTruthy();
    expect(codes[3] & GAZ.cityB).toBeTruthy();
    expect(codes[4] & GAZ.orgSuffix).toBeTruthy();
  });

  it('fills every slot deterministically and depends on context', () => {
    const a = ['Anna', 'Berg', 'visited', 'Springfield', '.'];
    const b = ['Yesterday', 'Berg', 'visited', 'Springfield', '.'];
    const run = (words: string[]): Uint32Array => {
      const out = new Uint32Array(words.length * STATIC_SLOTS);
      sentenceFeatures(words, documentContext([words]), resources, out, 0);
      return out;
    };
    expect(run(a)).toEqual(run(a));
    const fa = run(a).subarray(STATIC_SLOTS, 2 * STATIC_SLOTS);
    const fb = run(b).subarray(STATIC_SLOTS, 2 * STATIC_SLOTS);
    expect(fa[1]).toBe(fb[1]); // the word itself
    expect([...fa].some((v, i) => v !== fb[i])).toBe(true); // its left neighbour differs
  });
});

describe('decoder', () => {
  it('never emits an invalid BILOU sequence and honours emissions', () => {
    const labels = new LabelSet(['PER']);
    const model = new LinearModel(labels, 4, new Float32Array(16 * labels.size), new Float32Array((labels.size + 1) * labels.size));
    const L = labels.size;
    const em = new Float64Array(3 * L);
    // Token 0 prefers I-PER, which cannot open a sentence; token 1 prefers L-PER.
    em[0 * L + labels.index.get('I-PER')!] = 5;
    em[0 * L + labels.index.get('B-PER')!] = 4;
    em[1 * L + labels.index.get('L-PER')!] = 5;
    em[2 * L + labels.index.get('O')!] = 1;
    const path = new Int32Array(3);
    model.viterbi(em, 3, path);
    expect(labels.toBio(path)).toEqual(['B-PER', 'I-PER', 'O']);
  });
});

describe('training loop', () => {
  const names = ['Anna', 'Karl', 'Lena', 'Omar', 'Tomas', 'Maria'];
  const surnames = ['Berg', 'Lopez', 'Haddad', 'Sato', 'Fischer', 'Novak'];
  const makeDocs = (offset: number): TrainingDocument[] => {
    const labels = new LabelSet(['PER', 'LOC']);
    const docs: TrainingDocument[] = [];
    for (let d = 0; d < 30; d++) {
      const first = names[(d + offset) % names.length];
      const last = surnames[(d * 5 + offset) % surnames.length];
      const sentences = [[first, last, 'visited', 'Springfield', 'today', '.'], ['Later', last, 'said', 'the', 'talks', 'went', 'well', '.']];
      const tags = [['B-PER', 'I-PER', 'O', 'B-LOC', 'O', 'O'], ['O', 'B-PER', 'O', 'O', 'O', 'O', 'O', 'O']];
      docs.push({ sentences, gold: tags.map((t) => Int32Array.from(toBilou(t), (x) => labels.index.get(x)!)) });
    }
    return docs;
  };

  it('learns to tag names and places in data it has not seen, deterministically', () => {
    const labels = new LabelSet(['PER', 'LOC']);
    const opts = { labels, resources, bits: 14, maxEpochs: 5, seed: 1 };
    const first = trainPerceptron(makeDocs(0), opts);
    const second = trainPerceptron(makeDocs(0), opts);
    expect(Array.from(first.model.weights)).toEqual(Array.from(second.model.weights));
    const unseen = [['Karl', 'Novak', 'visited', 'Springfield', 'today', '.'], ['Later', 'Novak', 'said', 'the', 'talks', 'went', 'well', '.']];
    const paths = decodeDocument(first.model, prepareDocument(unseen, resources, first.model.mask));
    expect(labels.toBio(paths[0])).toEqual(['B-PER', 'I-PER', 'O', 'B-LOC', 'O', 'O']);
    expect(labels.toBio(paths[1])[1]).toBe('B-PER');
  });

  it('round-trips a model through the quantised file format', () => {
    const labels = new LabelSet(['PER', 'LOC']);
    const trained = trainPerceptron(makeDocs(1), { labels, resources, bits: 14, maxEpochs: 3, seed: 2 }).model;
    const bytes = serialiseModel(trained, { cities: ['Springfield'], commonLower: ['the'], englishWords: [], trainedOn: 'test', seed: 2, epochs: 3 });
    const { model, header } = deserialiseModel(bytes);
    expect(header.cities).toEqual(['Springfield']);
    expect(model.weights).toBeInstanceOf(Int8Array);
    const doc = [['Lena', 'Berg', 'visited', 'Springfield', 'today', '.']];
    const a = decodeDocument(trained, prepareDocument(doc, resources, trained.mask));
    const b = decodeDocument(model, prepareDocument(doc, resources, model.mask));
    expect(labels.toBio(b[0])).toEqual(labels.toBio(a[0]));
    expect(SLOTS).toBeGreaterThan(STATIC_SLOTS);
  });
});
