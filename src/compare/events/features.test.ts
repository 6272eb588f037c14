import { beforeAll, describe, expect, it } from 'vitest';
import { ingestRecord } from '../../ingest/record.js';
import { analyzeDocuments } from '../../pipeline/analyze.js';
import type { Corpus } from '../../model/corpus.js';
import { buildEventMention, clusterEvents, EVENT_COREF_CONFIG, type EventMention, tokenAt } from './index.js';
import { EVENT_PAIR_FEATURES, eventPairFeatures, eventPairWords, storySetting } from './features.js';
import { committedPairModel, learnedScorer, pairProbability } from './pair-model.js';

/** Fictional reports of one story: the same flood told twice, a side event, a quotation. */
const ARTICLES = [
  'Floodwater swept through the river port of Kelvara on Friday, destroying the old grain market.',
  'The floodwater that destroyed the grain market in Kelvara on Friday has begun to recede.',
  'A fire destroyed a barn near Omsted last year, officials recalled.',
  '"We will rebuild the market," said Ilse Varga, the mayor of Kelvara.',
  'Ilse Varga said the market would reopen, and a clerk said nothing.',
];

let corpus: Corpus;

beforeAll(() => {
  const docs = ARTICLES.map((text, i) => ingestRecord({ text: `Report ${i + 1}\n\n${text}`, outlet: `outlet${i}.example`, published: '2026-03-04T10:00:00+00:00' }, `f${i}`));
  corpus = analyzeDocuments(docs).corpus;
});

function mention(i: number, word: string, nth = 0): EventMention {
  const doc = corpus.documents[i];
  let at = -1;
  for (let k = 0; k <= nth; k++) at = doc.text.indexOf(word, at + 1);
  if (at < 0) throw new Error(`"${word}" not in article ${i}`);
  return buildEventMention(doc, tokenAt(doc, at), `${i}:${word}:${nth}`, (d, m) => corpus.mentionEntity?.get(`${d}:${m}`));
}

const feature = (x: number[], name: (typeof EVENT_PAIR_FEATURES)[number]) => x[EVENT_PAIR_FEATURES.indexOf(name)];

describe('event pair features', () => {
  it('one value per named feature', () => {
    expect(eventPairFeatures(mention(0, 'destroying'), mention(1, 'destroyed'), EVENT_COREF_CONFIG)).toHaveLength(EVENT_PAIR_FEATURES.length);
  });

  it('two reports of one event share the words around the trigger; a side event shares fewer', () => {
    const same = eventPairFeatures(mention(0, 'destroying'), mention(1, 'destroyed'), EVENT_COREF_CONFIG);
    const side = eventPairFeatures(mention(0, 'destroying'), mention(2, 'destroyed'), EVENT_COREF_CONFIG);
    expect(feature(same, 'same-lemma')).toBe(1);
    expect(feature(same, 'context-near')).toBeGreaterThan(feature(side, 'context-near'));
    expect(feature(same, 'context-words')).toBeGreaterThan(feature(side, 'context-words'));
  });

  it('marks two mentions of one sentence', () => {
    const x = eventPairFeatures(mention(4, 'said', 0), mention(4, 'said', 1), EVENT_COREF_CONFIG);
    expect(feature(x, 'same-sentence')).toBe(1);
    expect(feature(x, 'both-general')).toBe(1);
  });

  it("reads a lemma's spread over the story's documents", () => {
    const story = [mention(0, 'destroying'), mention(1, 'destroyed'), mention(2, 'destroyed'), mention(3, 'rebuild')];
    const setting = storySetting(story);
    expect(setting.documents).toBe(4);
    expect(feature(eventPairFeatures(story[0], story[1], EVENT_COREF_CONFIG, setting), 'lemma-spread')).toBe(0.75);
    expect(feature(eventPairFeatures(story[0], story[3], EVENT_COREF_CONFIG, setting), 'lemma-spread')).toBe(0.25);
  });

  it('gives a same-lemma pair its lemma as a lexical feature, and each side its own', () => {
    expect(eventPairWords(mention(0, 'destroying'), mention(1, 'destroyed'))).toEqual(['same:destroy', 'x:destroy']);
    expect(eventPairWords(mention(0, 'destroying'), mention(3, 'rebuild'))).toEqual(['x:destroy', 'x:rebuild']);
  });
});

describe('quotation inversion', () => {
  it('reads the speaker after the verb that closes a quotation', () => {
    const said = mention(3, 'said');
    const name = corpus.entities?.find((e) => e.id === said.agent?.entity)?.name ?? said.agent?.entity ?? '';
    expect(name).toContain('Varga');
  });
});

describe('committed link model', () => {
  it('is trained on the current feature list', () => {
    expect(committedPairModel()).not.toBeNull();
  });

  it('links two reports of one event above the same verb for a side event', () => {
    const model = committedPairModel()!;
    const story = [mention(0, 'destroying'), mention(1, 'destroyed'), mention(2, 'destroyed')];
    const setting = storySetting(story);
    const same = pairProbability(model, story[0], story[1], EVENT_COREF_CONFIG, setting);
    expect(same).toBeGreaterThan(pairProbability(model, story[0], story[2], EVENT_COREF_CONFIG, setting));
    expect(same).toBeGreaterThanOrEqual(model.threshold);
  });

  it('clusters with the learned scorer', () => {
    const model = committedPairModel()!;
    const config = { ...EVENT_COREF_CONFIG, mergeThreshold: model.threshold };
    const clusters = clusterEvents([mention(0, 'destroying'), mention(1, 'destroyed'), mention(3, 'rebuild')], () => 'story', config, learnedScorer(model, config));
    expect(clusters.map((c) => c.map((m) => m.lemma).sort())).toContainEqual(['destroy', 'destroy']);
  });
});

describe('context overlap features', () => {
  it('are the Dice overlap of each prefix\'s keys, duplicates counted as listed', () => {
    const base = mention(0, 'destroying');
    const withContext = (context: string[], id: string): EventMention => ({ ...base, id, context });
    const a = withContext(['w:flood', 'w:market', 'n:market', 'e:E1', 'e:E2', 'w:flood'], 'a');
    const b = withContext(['w:market', 'w:grain', 'e:E2', 'n:grain'], 'b');
    const x = eventPairFeatures(a, b, EVENT_COREF_CONFIG);
    // words: a lists 3 (flood twice), b 2, shared market: 2*1/5; entities: 2*1/3; near: 0 of 2.
    expect(feature(x, 'context-words')).toBeCloseTo(0.4, 12);
    expect(feature(x, 'context-entities')).toBeCloseTo(2 / 3, 12);
    expect(feature(x, 'context-near')).toBe(0);
    expect(feature(eventPairFeatures(withContext([], 'c'), withContext([], 'd'), EVENT_COREF_CONFIG), 'context-words')).toBe(0);
  });
});
