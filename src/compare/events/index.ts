/**
 * Cross-document event coreference: build an `EventMention` for any trigger token of an
 * annotated document (`buildEventMention`, or `claimEventMentions` for a claim's predicates),
 * compare two (`compareEvents` gives the evidence and the clashes, `sameEventScore` the score),
 * or cluster a story's mentions (`clusterEvents`: hand-set weights by default; pass
 * `learnedScorer(committedPairModel())` with the model's threshold for the learned link model that
 * `eval events` ships). Build each mention once and keep it: pair scoring reads only what the
 * mention holds, plus the story's lemma spread (`storySetting`).
 */
export { EVENT_COREF_CONFIG, type EventCorefConfig } from './config.js';
export { bareEventMention, buildEventMention, claimEventMentions, mentionReader, tokenAt, triggerHead, type EntityLookup, type EventArgument, type EventMention, type EventTime, type MentionReader } from './mention.js';
export { compareEvents, sameEventScore, type EventClash, type EventComparison } from './score.js';
export { candidatePairs, clusterEvents, handScorer, type PairLink, type PairScorer, type StoryScorer } from './cluster.js';
export { EVENT_PAIR_FEATURES, eventPairFeatures, eventPairWords, storySetting, type StorySetting } from './features.js';
export { clusterWithCommittedModel, committedPairModel, learnedScorer, pairProbability, type EventPairModel } from './pair-model.js';
