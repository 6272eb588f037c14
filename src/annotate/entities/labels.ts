/** The BILOU label set over entity types, and which label may follow which. */

export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
const PARTS = ['B', 'I', 'L', 'U'] as const;

export class LabelSet {
  readonly names: string[] = ['O'];
  readonly index = new Map<string, number>([['O', 0]]);
  /** Type index (1-based) per label, 0 for O. */
  readonly typeOf: Int32Array;
  readonly partOf: string[] = ['O'];
  /** allowed[(prev + 1) * size + cur]: prev = -1 is the sentence start. */
  readonly allowed: Uint8Array;
  /** Labels a sentence may end with. */
  readonly canEnd: Uint8Array;

  constructor(readonly types: readonly string[] = ENTITY_TYPES) {
    for (const t of types) for (const p of PARTS) {
      this.index.set(`${p}-${t}`, this.names.length);
      this.names.push(`${p}-${t}`);
      this.partOf.push(p);
    }
    const n = this.names.length;
    this.typeOf = new Int32Array(n);
    for (let i = 1; i < n; i++) this.typeOf[i] = 1 + types.indexOf(this.names[i].slice(2));
    this.allowed = new Uint8Array((n + 1) * n);
    this.canEnd = new Uint8Array(n);
    for (let prev = -1; prev < n; prev++) for (let cur = 0; cur < n; cur++) {
      this.allowed[(prev + 1) * n + cur] = this.follows(prev, cur) ? 1 : 0;
    }
    for (let cur = 0; cur < n; cur++) this.canEnd[cur] = this.partOf[cur] === 'B' || this.partOf[cur] === 'I' ? 0 : 1;
  }

  get size(): number { return this.names.length; }

  /** BIO tags from label ids. */
  toBio(ids: ArrayLike<number>): string[] {
    const out: string[] = new Array(ids.length);
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i];
      if (id === 0) { out[i] = 'O'; continue; }
      const p = this.partOf[id];
      out[i] = `${p === 'B' || p === 'U' ? 'B' : 'I'}-${this.types[this.typeOf[id] - 1]}`;
    }
    return out;
  }

  private follows(prev: number, cur: number): boolean {
    const open = prev >= 0 && (this.partOf[prev] === 'B' || this.partOf[prev] === 'I');
    const pc = this.partOf[cur];
    if (open) return (pc === 'I' || pc === 'L') && this.typeOf[cur] === this.typeOf[prev];
    return pc === 'O' || pc === 'B' || pc === 'U';
  }
}
