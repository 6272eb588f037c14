import type { DossierStory } from '../../../src/model/dossier.js';

/** Entity types that can act on someone; a place or a facility named as an agent is a misreading. */
const CAN_ACT = new Set(['PER', 'ORG', 'GPE', 'NORP']);
/** Claims aligned across independent publishers: a cluster of two or more, agreeing or not. */
const ALIGNED = new Set(['corroborated', 'conflicting']);

export interface ActorEdge { source: string; target: string; action: string; claims: string[] }

export interface ActorEdges {
  edges: ActorEdge[];
  /** Why the graph is empty or partial, in words, or null when every candidate edge is drawn. */
  note: string | null;
}

/**
 * The edges of the actor graph: who acted on whom, only from claims that independent publishers
 * align (corroborated or conflicting) and whose agent and patient both resolve to entities, the
 * agent being one that can act. A single outlet's sentence draws no edge: a misread frame would
 * otherwise show as a relation between actors.
 */
export function actorEdges(story: DossierStory): ActorEdges {
  const status = new Map(story.claims.map((c) => [c.id, c.status]));
  const type = new Map(story.entities.map((e) => [e.id, e.type]));
  const candidates = story.actorGraph.filter((e) => e.source !== e.target && type.has(e.source) && type.has(e.target));
  if (candidates.length === 0) return { edges: [], note: 'No claim in this story names both who acted and on whom.' };
  const edges: ActorEdge[] = [];
  let single = 0, nonAgents = 0;
  for (const e of candidates) {
    const aligned = e.claims.filter((c) => ALIGNED.has(status.get(c) ?? ''));
    if (aligned.length === 0) { single++; continue; }
    if (!CAN_ACT.has(type.get(e.source)!)) { nonAgents++; continue; }
    edges.push({ ...e, claims: aligned });
  }
  const left = [
    single ? `${single} action${single === 1 ? '' : 's'} reported by one publisher only` : '',
    nonAgents ? `${nonAgents} with a place or facility as the actor` : '',
  ].filter(Boolean).join(' and ');
  if (edges.length === 0) {
    return { edges, note: `No claim naming who acted and on whom is reported by two independent publishers${left ? ` (left out: ${left})` : ''}.` };
  }
  return { edges, note: left ? `Left out: ${left}.` : null };
}
