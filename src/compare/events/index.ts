/**
 * Cross-document event coreference: build an `EventMention` for any trigger token of an
 * annotated document, compare two (`compareEvents`, `sameEventScore`), or cluster a story's
 * mentions (`clusterEvents`).
 */
export { EVENT_COREF_CONFIG, type EventCorefConfig } from './config.js';
export { bareEventMention, buildEventMention, tokenAt, triggerHead, type EntityLookup, type EventArgument, type EventMention, type EventTime } from './mention.js';
export { compareEvents, sameEventScore, type EventClash, type EventComparison } from './score.js';
export { clusterEvents } from './cluster.js';
