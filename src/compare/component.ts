import type { CorpusComponent } from '../pipeline/component.js';
import type { AlignedClaim, Conflict, Corpus, Divergence, Entity, TimelineEntry, Warning } from '../model/corpus.js';
import type { EntityFacts } from './conflicts.js';
import { wordingDifferences } from './wordings.js';
import { nameSpellingDifferences } from './name-spellings.js';
import { quotationSpeakerConflicts } from './quotation-speakers.js';
import { lookupCountry } from '../resolve/gazetteer.js';
import { COMPARE_CONFIG } from './config.js';
import { compareCopy, compareStory } from './align.js';
import { ageConflicts } from './attributes.js';
import { describedAgeConflicts } from './described-ages.js';
import { tenureConflicts } from './tenures.js';
import { speechOccasionConflicts } from './speech-occasions.js';
import { datedOccasionConflicts } from './dated-occasions.js';
import { voteTallyConflicts } from './vote-tallies.js';
import { crowdSizeConflicts } from './crowd-sizes.js';
import { actorCountFindings } from './actor-counts.js';
import { bodyText } from '../stories/body-text.js';
import type { Document } from '../model/document.js';
import { buildTimeline } from './timeline.js';
import { datedEventClusters } from './timeline-events.js';
import { storyMentionReader } from './event-links.js';
import { describeEvent } from './event-label.js';
import { namedAlike } from './named-alike.js';
import { writtenContainment } from './written-containment.js';
import { jaccard } from './similarity.js';
import { misattributionWarnings, spellingWarnings } from './warnings.js';
import { hiddenTextWarnings } from '../clean/matching-text.js';

/**
 * Aligns each story's claims across its independent publishers, labels them, finds conflicts,
 * builds the timeline and raises source-consistency warnings.
 */
export const compareComponent: CorpusComponent = {
  kind: 'corpus',
  name: 'compare',
  requires: ['claims', 'stories', 'publishers', 'documentPublisher', 'entities', 'mentionEntity'],
  produces: ['claims', 'conflicts', 'divergences', 'timeline', 'warnings'],
  process(corpus: Corpus) {
    const entities = new Map<string, Entity>((corpus.entities ?? []).map((e) => [e.id, e]));
    const byName = new Map<string, string>((corpus.entities ?? []).map((e) => [e.name, e.id]));
    const facts = entityFacts(corpus);
    const entityName = facts.name;
    const claims: AlignedClaim[] = [];
    const conflicts: Conflict[] = [];
    const divergences: Divergence[] = [];
    const timeline: TimelineEntry[] = [];
    const warnings: Warning[] = [];
    const docs = new Map(corpus.documents.map((d) => [d.id, d]));
    const copies = new Map<string, string>();
    for (const p of corpus.publishers ?? []) for (const c of p.copies) if (c.doc !== p.original) copies.set(c.doc, p.original);
    for (const story of corpus.stories ?? []) {
      const inStory = new Set(story.documents);
      // A copy whose original is in the story adds no publisher and no claim of its own.
      const compared = { ...story, documents: story.documents.filter((d) => !(copies.has(d) && inStory.has(copies.get(d)!))) };
      // The story's event mentions are read once for its claims' links and its timeline's dates.
      const readMention = storyMentionReader(corpus);
      const result = compareStory(corpus, compared, facts, false, readMention);
      claims.push(...result.claims);
      conflicts.push(...result.conflicts);
      divergences.push(...result.divergences);
      const storyDocs = compared.documents.map((d) => docs.get(d)!).filter(Boolean);
      divergences.push(...wordingDifferences(corpus, storyDocs, story.id, entityName));
      divergences.push(...nameSpellingDifferences(corpus, storyDocs, story.id, entities, 1));
      // A person's age and service, a gathering's crowd: a tenure or a crowd told alike in both
      // reports may already be a number conflict of aligned claims.
      const ages = ageConflicts(corpus, storyDocs, story.id, result.conflicts.length + 1, entityName);
      const tenures = tenureConflicts(corpus, storyDocs, story.id, result.conflicts.length + ages.length + 1, entityName).filter((c) => !restates(c, result.conflicts));
      // An unnamed person's age, told through the description both reports give them.
      const described = describedAgeConflicts(corpus, storyDocs, story.id, result.conflicts.length + ages.length + tenures.length + 1).filter((c) => !restates(c, result.conflicts));
      const personal = [...ages, ...tenures, ...described];
      const spoken = speechOccasionConflicts(corpus, storyDocs, story.id, result.conflicts.length + personal.length + 1, facts);
      const dated = datedOccasionConflicts(corpus, storyDocs, story.id, result.conflicts.length + personal.length + spoken.length + 1);
      const crowds = crowdSizeConflicts(corpus, storyDocs, story.id, result.conflicts.length + personal.length + spoken.length + dated.length + 1).filter((c) => !restates(c, result.conflicts));
      // A named actor's count of one thing (charges, seats) told with different verbs.
      const held = actorCountFindings(corpus, storyDocs, story.id, result.conflicts.length + personal.length + spoken.length + dated.length + crowds.length + 1, entityName);
      const counts = held.conflicts.filter((c) => !restates(c, result.conflicts));
      divergences.push(...held.updates);
      // The story's vote told with different verbs, where a sentence names no body or no measure
      // ("The bill passed 52-48" / "cleared the Senate by a vote of 51 to 49"); one named body's
      // vote on one named measure is actor-counts' (body-tallies.ts), and is not told twice.
      const votes = voteTallyConflicts(corpus, storyDocs, story.id, result.conflicts.length + personal.length + spoken.length + dated.length + crowds.length + counts.length + 1, entityName).filter((c) => !restates(c, [...result.conflicts, ...counts]));
      // One line given to two speakers: who said it.
      const speakers = quotationSpeakerConflicts(corpus, storyDocs, story.id, result.conflicts.length + personal.length + spoken.length + dated.length + crowds.length + counts.length + votes.length + 1, entityName);
      const attributes = [...personal, ...spoken, ...dated, ...crowds, ...counts, ...votes, ...speakers];
      conflicts.push(...attributes);
      // The story's own claims: a search of every claim so far made each conflict cost the whole corpus.
      linkAttributeConflicts(result.claims, attributes);
      let storyConflicts = result.conflicts.length + attributes.length;
      const wordsOf = storyWords(docs);
      for (const doc of story.documents) {
        if (!copies.has(doc) || !inStory.has(copies.get(doc)!)) continue;
        // A copy is read against the closest text of its group, which need not be the group's
        // original: two outlets may each have lightly edited one wire story.
        const original = closestSibling(corpus, doc, story.documents, wordsOf);
        if (original) {
          const altered = compareCopy(corpus, story, docs.get(original)!, docs.get(doc)!, entityName, storyConflicts + 1);
          storyConflicts += altered.length;
          conflicts.push(...altered);
          markConflicting(result.claims, altered);
        }
      }
      timeline.push(...buildTimeline(story, result.views, result.clusterOf, describeEvent, datedEventClusters(corpus, result.views, readMention)));
    }
    for (const doc of corpus.documents) warnings.push(...spellingWarnings(corpus, doc, entities), ...hiddenTextWarnings(doc));
    warnings.push(...misattributionWarnings(corpus, docs, conflicts, (name) => byName.get(name)));
    corpus.claims = claims;
    corpus.conflicts = mergeConflicts(conflicts);
    corpus.divergences = mergeConflicts(divergences);
    corpus.timeline = timeline;
    corpus.warnings = [...(corpus.warnings ?? []), ...warnings];
  },
};

/** What comparison knows about the corpus's entities: their names, and which places are compatible (the gazetteer's, or one written inside the other). */
export function entityFacts(corpus: Corpus): EntityFacts {
  const entities = new Map<string, Entity>((corpus.entities ?? []).map((e) => [e.id, e]));
  const located = placesCompatible(entities);
  const contains = writtenContainment(corpus);
  const compatible = (a: string, b: string) => located(a, b) || contains(a, b) || contains(b, a);
  return { name: (id: string) => entities.get(id)?.name ?? id.replace(/^[A-Z]+:/, ''), placesCompatible: compatible, namedAlike: namedAlike(corpus.entities ?? []) };
}

/**
 * One disagreement seen by several publishers is one conflict with several sides: pairwise
 * conflicts of one kind that share a side's sentence are merged, each sentence kept once.
 */
function mergeConflicts<T extends Conflict | Divergence>(conflicts: T[]): T[] {
  const merged: T[] = [];
  const owner = new Map<string, T>();
  // Only conflicts about one thing merge: two different numbers in one sentence stay two conflicts.
  const key = (c: T, side: Conflict['sides'][number]) => `${c.story}|${c.kind}|${c.about}|${side.evidence.doc}:${side.evidence.start}`;
  for (const c of conflicts) {
    const into = c.sides.map((side) => owner.get(key(c, side))).find(Boolean);
    if (!into) {
      merged.push(c);
      for (const side of c.sides) owner.set(key(c, side), c);
      continue;
    }
    for (const side of c.sides) {
      if (owner.get(key(c, side)) === into) continue;
      into.sides.push(side);
      owner.set(key(c, side), into);
    }
  }
  return merged;
}

/**
 * Two places do not disagree when one lies in the other: a town and its country (gazetteer
 * links), or two names of one linked place.
 */
function placesCompatible(entities: Map<string, Entity>): (a: string, b: string) => boolean {
  return (a, b) => {
    const x = entities.get(a);
    const y = entities.get(b);
    // A place the gazetteer cannot locate, set against one it can, may be a street, a
    // neighbourhood or a park inside it ("Newton Street" / "Millom", "South Richmond Hill" /
    // "Queens"): no disagreement can be shown. Two unlocated names are compared as names.
    if (!x?.geo || !y?.geo) return !!x?.geo !== !!y?.geo;
    if (x.geo.name === y.geo.name && x.geo.country === y.geo.country) return true;
    const isCountry = (e: Entity) => e.geo!.name === e.geo!.country || lookupCountry(e.name)?.country === e.geo!.country;
    if (x.geo.country === y.geo.country && (isCountry(x) || isCountry(y))) return true;
    // Neighbouring towns are named for one another (a clinic "in Rancho Mirage" / "near Palm Springs").
    return x.geo.country === y.geo.country && kilometres(x.geo, y.geo) < COMPARE_CONFIG.placeConflictMinKm;
  };
}

/** Great-circle distance between two points, in kilometres. */
function kilometres(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** Each story document's body words, read once and only when a copy asks for them. */
function storyWords(docs: Map<string, Document>): (id: string) => Set<string> {
  const cache = new Map<string, Set<string>>();
  return (id) => {
    let words = cache.get(id);
    if (!words) {
      words = new Set(bodyText(docs.get(id)!).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
      cache.set(id, words);
    }
    return words;
  };
}

function closestSibling(corpus: Corpus, doc: string, storyDocs: string[], words: (id: string) => Set<string>): string | null {
  const publisher = corpus.documentPublisher?.get(doc);
  const mine = words(doc);
  let best: string | null = null;
  let bestScore = -1;
  for (const other of storyDocs) {
    if (other === doc || corpus.documentPublisher?.get(other) !== publisher) continue;
    const score = jaccard(mine, words(other));
    if (score > bestScore) { bestScore = score; best = other; }
  }
  return best;
}

/** Aligned claims that an altered copy contradicts become conflicting, and cite the conflict. */
/**
 * An attribute disagreement (a person's age) leaves the claims that state it as they are (the
 * event may well be corroborated) and lists the conflict on each of them.
 */
/** A conflict whose two sides lie in passages an earlier conflict already sets against each other. */
function restates(c: Conflict, earlier: Conflict[]): boolean {
  const within = (a: Conflict['sides'][number], b: Conflict['sides'][number]) => a.evidence.doc === b.evidence.doc && a.evidence.start < b.evidence.end && b.evidence.start < a.evidence.end;
  return earlier.some((e) => (within(e.sides[0], c.sides[0]) && within(e.sides[1], c.sides[1])) || (within(e.sides[0], c.sides[1]) && within(e.sides[1], c.sides[0])));
}

function linkAttributeConflicts(claims: AlignedClaim[], found: Conflict[]): void {
  for (const c of found) {
    for (const side of c.sides) {
      const claim = claims.find((x) => x.story === c.story && x.members.some((m) => m.doc === side.evidence.doc && m.evidence.start >= side.evidence.start && m.evidence.end <= side.evidence.end));
      if (!claim) continue;
      side.claim = claim.id;
      claim.attributeConflicts = [...new Set([...(claim.attributeConflicts ?? []), c.id])];
    }
  }
}

function markConflicting(claims: AlignedClaim[], altered: Conflict[]): void {
  for (const c of altered) {
    const side = c.sides[0];
    const claim = claims.find((x) => x.story === c.story && x.members.some((m) => m.doc === side.evidence.doc && m.evidence.start >= side.evidence.start && m.evidence.end <= side.evidence.end));
    if (!claim) continue;
    claim.status = 'conflicting';
    side.claim = claim.id;
  }
}

