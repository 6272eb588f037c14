/**
 * Trains the event-coreference link model (src/compare/events/pair-weights.ts) on ECB+ topics,
 * with cross-validation by topic, in the setting eval/events.ts scores: gold event mentions of
 * the coreference-annotated sentences, stories predicted by the product (all documents as one
 * pile), clustering within each predicted story (train/events-model.ts). The committed model is
 * fitted on all folds, with the merge threshold the folds chose most often.
 *
 *   npx tsc -p tsconfig.json && node dist/train/events.js ../shared/data/ecbplus [--folds 5] [--cache /tmp/events.json] [--write]
 *     [--trees N [--depth 3] [--rate 0.1] [--min-child 5]]   (boosted trees on the logistic score; not shipped)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { EVENT_PAIR_FEATURES } from '../src/compare/events/features.js';
import { predicateKeys, predicateMeaning } from '../src/compare/events/predicate.js';
import { groupBy } from '../eval/ecbplus.js';
import { type GoldEvent, loadEventMentions } from '../eval/events.js';
import { scoreCoref } from '../eval/coref-metrics.js';
import { asModel, bestThreshold, clusterWith, crossValidate, examples, fit, FOREST_OPTIONS, goldKey } from './events-model.js';
import type { ForestOptions } from './events-forest.js';

interface Loaded {
  events: GoldEvent[];
  stories: Record<string, string>;
}

/** The scored mentions and each document's predicted story; cached as JSON to rerun training without the pipeline. */
function load(dir: string, cache: string | undefined): Loaded {
  if (cache && existsSync(cache)) {
    const loaded = JSON.parse(readFileSync(cache, 'utf8')) as Loaded;
    // What a predicate means is read from its lemma: recomputed, so a change to predicate.ts needs no pipeline run.
    for (const { mention } of loaded.events) {
      mention.predicate = predicateMeaning(mention.lemma, mention.pos);
      mention.keys = predicateKeys(mention.predicate);
    }
    return loaded;
  }
  const { all, pairs, storyOf } = loadEventMentions(dir);
  const loaded = { events: all.filter((e) => e.gold.annotatedSentence), stories: Object.fromEntries(pairs.map((p) => [p.doc.id, storyOf(p.doc.id)])) };
  if (cache) writeFileSync(cache, JSON.stringify(loaded));
  return loaded;
}

async function main(args: string[]): Promise<void> {
  const valued = ['--folds', '--cache', '--trees', '--depth', '--rate', '--min-child'];
  const dir = args.find((a, i) => !a.startsWith('--') && !valued.includes(args[i - 1]));
  if (!dir) throw new Error('usage: node dist/train/events.js <ecbplus dir> [--folds 5] [--cache file] [--write] [--trees N [--depth d] [--rate r] [--min-child h]]');
  const folds = Number(args.includes('--folds') ? args[args.indexOf('--folds') + 1] : 5);
  const cache = args.includes('--cache') ? args[args.indexOf('--cache') + 1] : undefined;
  const option = (name: string, fallback: number) => Number(args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
  // Without --trees the logistic model is fitted alone, as shipped; --trees N boosts N trees on it.
  const forest: ForestOptions | null = !args.includes('--trees') ? null : { ...FOREST_OPTIONS, trees: option('--trees', FOREST_OPTIONS.trees), depth: option('--depth', FOREST_OPTIONS.depth), rate: option('--rate', FOREST_OPTIONS.rate), minChildHessian: option('--min-child', FOREST_OPTIONS.minChildHessian) };
  const { events, stories } = load(dir, cache);
  const storyOf = (doc: string) => stories[doc] ?? `alone:${doc}`;
  const topics = [...new Set(events.map((e) => Number(e.topic)))].sort((a, b) => a - b);
  const all = examples(events, storyOf);
  console.log(`${events.length} mentions, ${all.length} candidate pairs (${all.filter((e) => e.y).length} coreferent), ${topics.length} topics, ${folds} folds`);
  const cv = crossValidate(events, storyOf, folds, forest);
  const fitted = fit(all, forest);
  const votes = [...groupBy(cv.thresholds, (t) => String(t))].sort((a, b) => b[1].length - a[1].length || Number(a[0]) - Number(b[0]));
  const threshold = Number(votes[0][0]);
  const inSample = scoreCoref(goldKey(events), clusterWith(events, storyOf, asModel(fitted, threshold)));
  const [bestIn, bestInF1] = bestThreshold(events, storyOf, fitted);
  console.log(`cross-validated x${folds}: CoNLL F1 ${cv.scores.conllF1.toFixed(4)} (thresholds chosen per fold: ${cv.thresholds.join(', ')}; held-out folds ${cv.perFold.map((f) => f.toFixed(4)).join(', ')}); held-out candidate pair AUC ${cv.pairAuc.toFixed(4)}`);
  if (forest) console.log(`boosted trees on the logistic score: ${forest.trees}, depth ${forest.depth}, rate ${forest.rate}, minimum child hessian ${forest.minChildHessian}`);
  console.log(`all folds, threshold ${threshold}: in-sample CoNLL F1 ${inSample.conllF1.toFixed(4)}; best in-sample threshold ${bestIn}: ${bestInF1.toFixed(4)}`);
  console.log(EVENT_PAIR_FEATURES.map((name, k) => `${name} ${fitted.weights[k].toFixed(3)}`).join(', '));
  const strongest = Object.entries(fitted.words).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).slice(0, 12);
  console.log(`${Object.keys(fitted.words).length} lexical weights; strongest: ${strongest.map(([w, v]) => `${w} ${v.toFixed(2)}`).join(', ')}`);
  if (args.includes('--write')) {
    const r = (x: number) => Math.round(x * 1000) / 1000;
    const words = Object.fromEntries(Object.entries(fitted.words).map(([w, v]) => [w, r(v)]).filter(([, v]) => v !== 0));
    const body =
      `// Written by train/events.ts on ECB+ topics ${topics[0]}-${topics[topics.length - 1]} (see models/events/MODEL_CARD.md): do not edit by hand.\n` +
      `// Cross-validated x${folds} CoNLL F1 ${cv.scores.conllF1.toFixed(4)}; fitted on all folds, in-sample ${inSample.conllF1.toFixed(4)}.\n` +
      `export const EVENT_PAIR_WEIGHTS = {\n  features: ${JSON.stringify(EVENT_PAIR_FEATURES)} as string[],\n  weights: ${JSON.stringify(fitted.weights.map(r))},\n` +
      `  words: ${JSON.stringify(words)} as Record<string, number>,\n  threshold: ${threshold},\n` +
      (fitted.forest ? `  forest: ${JSON.stringify(fitted.forest.map((t) => ({ ...t, value: t.value.map((v) => Math.round(v * 1e5) / 1e5) })))},\n` : '') +
      '};\n';
    writeFileSync(new URL('../../src/compare/events/pair-weights.ts', import.meta.url), body);
    console.log('wrote src/compare/events/pair-weights.ts');
  }
}

await main(process.argv.slice(2));
