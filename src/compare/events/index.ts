/**
 * Cross-document event coreference: build an `EventMention` for any trigger token of an
 * annotated document (`buildEventMention`, or `claimEventMentions` for a claim's predicates),
 * compare two (`compareEvents` gives the evidence and the clashes, `sameEventScore` the score),
 * or cluster a story's mentions (`clusterEvents`). Build each mention once and keep it: pair
 * scoring reads only what the mention holds.
 */
export { EVENT_COREF_CONFIG, type EventCorefConfig } from './config.js';
export { bareEventMention, buildEventMention, claimEventMentions, tokenAt, triggerHead, type EntityLookup, type EventArgument, type EventMention, type EventTime } from './mention.js';
export { compareEvents, sameEventScore, type EventClash, type EventComparison } from './score.js';
export { clusterEvents } from './cluster.js';
