/**
 * Boosted regression trees added to the link model's logistic score (pair-model.ts): they weigh
 * conjunctions of the dense pair features that one weight per feature cannot (a shared lemma
 * within one document, a general predicate with shared context). Fitted by train/events-forest.ts.
 *
 * A tree is three parallel arrays over its nodes, the root at 0. At an inner node, `feature` is
 * the index into the feature vector, `value` the split point and `child` the index of the left
 * child (the right one follows it): x <= value goes left. At a leaf, `feature` is -1 and `value`
 * is what the tree adds to the log-odds (the learning rate already applied).
 */
export interface EventTree {
  feature: number[];
  value: number[];
  child: number[];
}

export type EventForest = EventTree[];

/** The trees' summed log-odds for one feature vector: a walk per tree, nothing allocated. */
export function forestMargin(forest: EventForest, x: ArrayLike<number>): number {
  let z = 0;
  for (let t = 0; t < forest.length; t++) {
    const { feature, value, child } = forest[t];
    let n = 0;
    while (feature[n] >= 0) n = x[feature[n]] <= value[n] ? child[n] : child[n] + 1;
    z += value[n];
  }
  return z;
}
