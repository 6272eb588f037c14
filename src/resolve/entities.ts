import type { Entity } from '../model/corpus.js';
import type { EntityType } from '../model/mention.js';
import { type Chain, type MentionNode, nodeType } from './chain.js';
import { normaliseName } from './names/normalise.js';

/** A form fit to stand as a name: starts with a capital or digit, no stray punctuation. */
function wellFormed(text: string): boolean {
  return /^[A-Z0-9][\p{L}\p{N} .'’&-]*$/u.test(text) && !/\s{2,}/.test(text);
}

function completeness(text: string): number {
  const n = normaliseName(text);
  return n.tokens.length + n.particles.length;
}

function tidy(text: string): string {
  return text.trim().replace(/['’]s$/, '');
}

/** The most complete, then most frequent, well-formed name; descriptions only when no name exists. */
export function canonicalName(nodes: MentionNode[]): string {
  const names = nodes.filter((n) => n.kind === 'name').map((n) => tidy(n.mention.text));
  const pool = names.length > 0 ? names : nodes.filter((n) => n.kind === 'nominal').map((n) => tidy(n.mention.text));
  if (pool.length === 0) return tidy(nodes[0].mention.text);
  const counts = new Map<string, number>();
  for (const form of pool) counts.set(form, (counts.get(form) ?? 0) + 1);
  const ranked = [...counts.entries()].sort(
    ([a, ca], [b, cb]) =>
      Number(wellFormed(b)) - Number(wellFormed(a)) || completeness(b) - completeness(a) || cb - ca || b.length - a.length,
  );
  return ranked[0][0];
}

function majorityType(nodes: MentionNode[]): EntityType {
  const named = nodes.filter((n) => n.kind === 'name');
  const counts = new Map<EntityType, number>();
  for (const n of named.length > 0 ? named : nodes) counts.set(nodeType(n), (counts.get(nodeType(n)) ?? 0) + 1);
  // MISC is what a tagger says when unsure: any definite type the cluster has wins over it.
  const ranked = [...counts.entries()].sort((a, b) => Number(a[0] === 'MISC') - Number(b[0] === 'MISC') || b[1] - a[1]);
  return ranked[0][0];
}

export function buildEntity(id: string, cluster: Chain[]): Entity {
  const nodes = cluster.flatMap((c) => c.nodes);
  const aliases = [...new Set(nodes.filter((n) => n.kind !== 'pronoun').map((n) => tidy(n.mention.text)))];
  const roles = new Map<string, Entity['roles'][number]>();
  for (const chain of cluster) {
    for (const role of chain.roles) {
      const key = `${chain.doc}:${role.start}:${role.end}`;
      if (!roles.has(key)) roles.set(key, { text: role.text, evidence: { doc: chain.doc, start: role.start, end: role.end } });
    }
  }
  return {
    id,
    type: majorityType(nodes),
    name: canonicalName(nodes),
    aliases,
    mentions: nodes.map((n) => ({ doc: n.doc, index: n.index })),
    roles: [...roles.values()],
  };
}
