import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Gazetteer, GAZ } from './gazetteer.js';
import type { FeatureResources } from './features.js';
import { sentenceMode } from './features.js';
import type { LinearModel } from './linear-model.js';
import { deserialiseModel, type ModelHeader } from './model-io.js';
import { harmoniseDocument } from './consistency.js';
import { decodeDocument, prepareDocument } from './sequence.js';

/** The trained entity tagger. */
export interface NerModel {
  readonly header: ModelHeader;
  /** BIO tags ('B-PER', 'I-ORG', 'O') per token; the sentences of one document, in order. */
  tagDocument(sentences: readonly (readonly string[])[], options?: TagOptions): string[][];
}

export interface TagOptions {
  /**
   * Lower-case the common words of Title Case sentences (headlines) before tagging, so "Meets"
   * in "President Meets Varga" reads as the verb it is. Tags still align with the input tokens.
   */
  normaliseTitleCase?: boolean;
  /** Make a document's tags consistent (see harmoniseDocument); on unless false. */
  harmonise?: boolean;
}

export const MODEL_FILE = 'model.bin.gz';

/** models/ner/ at the package root: from src/annotate/entities/ or dist/src/annotate/entities/. */
export function modelDirectory(): string {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const fromDist = /[\\/]dist[\\/]src[\\/]annotate[\\/]entities[\\/]?$/.test(here);
  return fileURLToPath(new URL(fromDist ? '../../../../models/ner/' : '../../../models/ner/', import.meta.url));
}

export function resourcesFromHeader(header: ModelHeader): FeatureResources {
  return { gazetteer: new Gazetteer(header.cities), commonLower: new Set(header.commonLower) };
}

class LinearNerModel implements NerModel {
  private readonly titleCaseCommon: Set<string>;

  constructor(readonly header: ModelHeader, private readonly model: LinearModel, private readonly resources: FeatureResources) {
    this.titleCaseCommon = new Set(header.englishWords);
    for (const w of header.commonLower) this.titleCaseCommon.add(w);
  }

  tagDocument(sentences: readonly (readonly string[])[], options: TagOptions = {}): string[][] {
    const input = options.normaliseTitleCase ? sentences.map((s) => this.normalise(s)) : sentences;
    const prepared = prepareDocument(input, this.resources, this.model.mask);
    const tags = decodeDocument(this.model, prepared).map((path) => this.model.labels.toBio(path));
    if (options.harmonise !== false) harmoniseDocument(input, tags);
    return tags;
  }

  private normalise(words: readonly string[]): readonly string[] {
    if (sentenceMode(words) !== 2) return words;
    const lowers = words.map((w) => w.toLowerCase());
    const places = this.resources.gazetteer.codes(words, lowers);
    const keep = GAZ.cityB | GAZ.cityI | GAZ.countryB | GAZ.countryI | GAZ.demonym;
    return words.map((w, i) => (this.titleCaseCommon.has(lowers[i]) && !(places[i] & keep) ? lowers[i] : w));
  }
}

export function nerModelFromBuffer(gz: Buffer): NerModel {
  const { model, header } = deserialiseModel(gz);
  return new LinearNerModel(header, model.freeze(), resourcesFromHeader(header));
}

let cached: NerModel | null = null;

/** The committed model, loaded once per process. */
export function loadNerModel(): NerModel {
  cached ??= nerModelFromBuffer(readFileSync(`${modelDirectory()}${MODEL_FILE}`));
  return cached;
}
