import { ChunkScorer, toBio, type ConllDocument, type TypeScore } from './conll-format.js';

export interface Evaluation {
  scores: Map<string, TypeScore>;
  tokens: number;
  seconds: number;
}

/** Tags each document as a unit (for document-level consistency) and scores exact spans. */
export function evaluateTagger(
  docs: readonly ConllDocument[],
  tagDocument: (sentences: string[][]) => string[][],
): Evaluation {
  const scorer = new ChunkScorer();
  let tokens = 0;
  let seconds = 0;
  for (const doc of docs) {
    const sentences = doc.sentences.map((s) => s.words);
    const t0 = process.hrtime.bigint();
    const predicted = tagDocument(sentences);
    seconds += Number(process.hrtime.bigint() - t0) / 1e9;
    doc.sentences.forEach((s, i) => {
      tokens += s.words.length;
      scorer.add(toBio(s.tags), predicted[i]);
    });
  }
  return { scores: scorer.scores(), tokens, seconds };
}

/** A plain-text table of per-type and overall scores, conlleval style. */
export function formatScores(scores: Map<string, TypeScore>): string {
  const pct = (x: number): string => (100 * x).toFixed(2).padStart(6);
  const lines = ['type   precision  recall      F1    gold  predicted'];
  for (const [type, s] of scores) {
    lines.push(`${type.padEnd(6)} ${pct(s.precision)}    ${pct(s.recall)}  ${pct(s.f1)}  ${String(s.gold).padStart(6)}  ${String(s.predicted).padStart(9)}`);
  }
  return lines.join('\n');
}
