import { describe, expect, it } from 'vitest';
import { actorEdges } from '../../web/src/views/actor-edges.js';
import { forceLayout, overlaps } from '../../web/src/views/graph-layout.js';
import { fixtureDocuments, fixtureDossier } from './seed.js';
import type { DossierStory } from '../../src/model/dossier.js';

function story(): DossierStory {
  return structuredClone(fixtureDossier(fixtureDocuments()).stories[0]);
}

describe('actor graph edges', () => {
  it('keeps only actions that independent publishers align, between entities, with an agent that can act', () => {
    const s = story();
    s.entities.push({ id: 'e-quay', name: 'North Quay', type: 'FAC', aliases: ['North Quay'], roles: [], mentions: [] });
    s.actorGraph.push({ source: 'e-quay', target: 'e-union', action: 'call', claims: ['c-ships'] });
    s.actorGraph.push({ source: 'e-brecht', target: 'e-union', action: 'lead', claims: ['c-vote'] });
    const { edges, note } = actorEdges(s);
    expect(edges.map((e) => `${e.source} ${e.action} ${e.target}`)).toEqual(['e-authority close e-velmora', 'e-fenwick meet e-marrow']);
    expect(note).toBe('Left out: 2 actions reported by one publisher only and 1 with a place or facility as the actor.');
  });

  it('says why the graph is empty', () => {
    const none = story();
    none.actorGraph = [];
    expect(actorEdges(none)).toEqual({ edges: [], note: 'No claim in this story names both who acted and on whom.' });
    const single = story();
    single.actorGraph = [{ source: 'e-brecht', target: 'e-union', action: 'lead', claims: ['c-vote'] }];
    expect(actorEdges(single).note).toBe('No claim naming who acted and on whom is reported by two independent publishers (left out: 1 action reported by one publisher only).');
  });
});

describe('graph layout', () => {
  it('places labels without overlap, even for a dense star of long names, the same way each time', () => {
    const nodes = Array.from({ length: 14 }, (_, i) => ({ id: `n${i}`, label: `Organisation number ${i} of the harbour` }));
    const edges = nodes.slice(1).map((n) => ['n0', n.id] as [string, string]);
    const placed = forceLayout(nodes, edges);
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) expect(overlaps(placed[i].box, placed[j].box), `${i} ${j}`).toBe(false);
    }
    expect(forceLayout(nodes, edges)).toEqual(placed);
  });

  it('separates nodes that start on one spot', () => {
    const placed = forceLayout([{ id: 'a', label: 'Ana' }, { id: 'b', label: 'Ben' }], [['a', 'b'], ['b', 'a']]);
    expect(overlaps(placed[0].box, placed[1].box)).toBe(false);
  });
});
