import type { Chain } from './chain.js';

/**
 * Values the cross-document resolver derives from chains alone, kept on the chain objects
 * (weakly) so a later clustering of the same chains reads them instead of deriving them again.
 *
 * Why: a live corpus's worker resolves its update window again at every update, and the window
 * is mostly the same stored documents, whose within-document chains the document cache hands out
 * as the same frozen objects each time (store/document-cache.ts). What the resolver derives from
 * those chains alone (a unit's merged representative, a document's context sets, a pair's hard
 * verdict and name evidence) was recomputed for every pair of the window at every update, so
 * that part of the resolver's cost followed the window; kept, it follows the chains new to the
 * update. Only values that depend on nothing but the chains are kept: whatever reads the window
 * as a whole (verb rarity, the model's probability, the clustering itself) is computed anew, so a
 * run's output is the same with or without the memo.
 *
 * Entries are keyed by object identity, weakly: a document annotated again has new chain
 * objects (a miss, never a stale value), and an evicted document's chains take their entries
 * with them. Only frozen chains are memoised, the ones the document cache hands out: a value is
 * correct only while its chain does not change, which freezing guarantees; and a batch run's
 * chains, built for that run alone, would only fill the memo with entries nobody reads again.
 */
export class ChainMemo<V> {
  private readonly values = new WeakMap<Chain, V>();

  get(chain: Chain, compute: () => V): V {
    if (!Object.isFrozen(chain)) return compute();
    let value = this.values.get(chain);
    if (value === undefined && !this.values.has(chain)) this.values.set(chain, value = compute());
    return value as V;
  }
}

/** A value of an ordered pair of chains (see ChainMemo): held while both chains are. */
export class ChainPairMemo<V> {
  private readonly values = new WeakMap<Chain, WeakMap<Chain, V>>();

  get(a: Chain, b: Chain, compute: () => V): V {
    if (!Object.isFrozen(a) || !Object.isFrozen(b)) return compute();
    let row = this.values.get(a);
    if (!row) this.values.set(a, row = new WeakMap());
    let value = row.get(b);
    if (value === undefined && !row.has(b)) row.set(b, value = compute());
    return value as V;
  }
}

/**
 * A value derived from a list of chains (a unit's members, a document's chains), kept on the
 * list's first chain and used again only for a list of the very same (frozen) chains in the same order.
 */
export class ChainListMemo<V> {
  private readonly values = new WeakMap<Chain, { list: Chain[]; value: V }>();

  get(list: Chain[], compute: () => V): V {
    if (list.length === 0 || !list.every((c) => Object.isFrozen(c))) return compute();
    const held = this.values.get(list[0]);
    if (held && sameChains(held.list, list)) return held.value;
    const value = compute();
    this.values.set(list[0], { list: [...list], value });
    return value;
  }
}

function sameChains(a: Chain[], b: Chain[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
