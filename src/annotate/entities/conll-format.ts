/** Reading CoNLL-2003 files and scoring chunks the way conlleval does. */

export interface ConllDocument {
  sentences: ConllSentence[];
}

export interface ConllSentence {
  words: string[];
  /** Tags as written in the file (CoNLL-2003 English uses IOB1). */
  tags: string[];
}

/** Splits a CoNLL file into documents (at -DOCSTART-) and sentences (at blank lines). */
export function parseConll(text: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let doc: ConllDocument = { sentences: [] };
  let sent: ConllSentence = { words: [], tags: [] };
  const flushSentence = (): void => {
    if (sent.words.length > 0) doc.sentences.push(sent);
    sent = { words: [], tags: [] };
  };
  const flushDocument = (): void => {
    flushSentence();
    if (doc.sentences.length > 0) docs.push(doc);
    doc = { sentences: [] };
  };
  for (const rawLine of text.split('\n')) {
    const line = rawLine.trim();
    if (line === '') { flushSentence(); continue; }
    const cols = line.split(/\s+/);
    if (cols[0] === '-DOCSTART-') { flushDocument(); continue; }
    sent.words.push(cols[0]);
    sent.tags.push(cols[cols.length - 1]);
  }
  flushDocument();
  return docs;
}

export interface Chunk {
  type: string;
  start: number;
  end: number;
}

/**
 * Chunks of a tag sequence under the conlleval rule, which reads IOB1 and BIO alike: a chunk
 * starts at B-X, or at I-X when the previous tag is O or of another type.
 */
export function chunksOf(tags: readonly string[]): Chunk[] {
  const chunks: Chunk[] = [];
  let open: Chunk | null = null;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i];
    const prefix = tag.length > 1 && tag[1] === '-' ? tag[0] : 'O';
    const type = prefix === 'O' ? '' : tag.slice(2);
    const continues = open !== null && prefix !== 'O' && type === open.type && (prefix === 'I' || prefix === 'L' || prefix === 'E');
    if (continues && open) { open.end = i + 1; continue; }
    if (open) { chunks.push(open); open = null; }
    if (prefix !== 'O') open = { type, start: i, end: i + 1 };
    // BILOU/IOBES single and last tags close their chunk at once.
    if (open && (prefix === 'U' || prefix === 'S')) { chunks.push(open); open = null; }
  }
  if (open) chunks.push(open);
  return chunks;
}

/** Rewrites any IOB1/BIO sequence as BIO (every chunk begins with B-). */
export function toBio(tags: readonly string[]): string[] {
  const out: string[] = tags.map(() => 'O');
  for (const c of chunksOf(tags)) {
    out[c.start] = `B-${c.type}`;
    for (let i = c.start + 1; i < c.end; i++) out[i] = `I-${c.type}`;
  }
  return out;
}

/** Rewrites any IOB1/BIO sequence as BILOU, which separates single-token names from chunk edges. */
export function toBilou(tags: readonly string[]): string[] {
  const out: string[] = tags.map(() => 'O');
  for (const c of chunksOf(tags)) {
    if (c.end - c.start === 1) { out[c.start] = `U-${c.type}`; continue; }
    out[c.start] = `B-${c.type}`;
    for (let i = c.start + 1; i < c.end - 1; i++) out[i] = `I-${c.type}`;
    out[c.end - 1] = `L-${c.type}`;
  }
  return out;
}

export interface TypeScore {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
  correct: number;
}

/** Exact-span chunk scores per type and overall ("ALL"). */
export class ChunkScorer {
  private readonly counts = new Map<string, { gold: number; predicted: number; correct: number }>();

  add(gold: readonly string[], predicted: readonly string[]): void {
    const key = (c: Chunk): string => `${c.type}:${c.start}:${c.end}`;
    const goldChunks = chunksOf(gold);
    const predChunks = chunksOf(predicted);
    const goldKeys = new Set(goldChunks.map(key));
    for (const c of goldChunks) this.bucket(c.type).gold++;
    for (const c of predChunks) {
      const b = this.bucket(c.type);
      b.predicted++;
      if (goldKeys.has(key(c))) b.correct++;
    }
  }

  scores(): Map<string, TypeScore> {
    const out = new Map<string, TypeScore>();
    const all = { gold: 0, predicted: 0, correct: 0 };
    for (const type of [...this.counts.keys()].sort()) {
      const c = this.counts.get(type)!;
      all.gold += c.gold; all.predicted += c.predicted; all.correct += c.correct;
      out.set(type, score(c));
    }
    out.set('ALL', score(all));
    return out;
  }

  private bucket(type: string): { gold: number; predicted: number; correct: number } {
    let b = this.counts.get(type);
    if (!b) { b = { gold: 0, predicted: 0, correct: 0 }; this.counts.set(type, b); }
    return b;
  }
}

function score(c: { gold: number; predicted: number; correct: number }): TypeScore {
  const precision = c.predicted === 0 ? 0 : c.correct / c.predicted;
  const recall = c.gold === 0 ? 0 : c.correct / c.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, ...c };
}
