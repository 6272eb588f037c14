import type { Document } from '../model/document.js';
import { findCreditLine } from './credit.js';
import { nonBlankLines } from './lines.js';

/** Reads the credit line of a syndicated copy from the body and records it as `syndicatedFrom`. */
export function attachCredit(doc: Document, bodyStart: number): void {
  const lines = nonBlankLines(doc.text).filter((r) => r.start >= bodyStart);
  const credit = findCreditLine(doc.text, lines);
  if (!credit) return;
  doc.meta.syndicatedFrom = credit.publisher;
  doc.meta.evidence.syndicatedFrom = { start: credit.start, end: credit.end };
  doc.layers.regions!.push({ kind: 'credit', start: credit.start, end: credit.end, reason: 'credit line of a syndicated copy' });
}
