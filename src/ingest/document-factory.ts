import { createHash } from 'node:crypto';
import type { Document, DocumentMeta, InputFormat, Region } from '../model/document.js';
import { detectLanguage } from './language.js';
import { InputError } from './errors.js';
import { assertStorable } from './storable.js';
import { assertWithinBudget } from './work-budget.js';

export function emptyMeta(): DocumentMeta {
  return {
    title: null, byline: null, outlet: null, url: null, published: null, publishedPrecision: null,
    zone: null, language: 'und', syndicatedFrom: null, evidence: {},
  };
}

/** Languages the annotators read. Others are refused by name rather than misread. */
const SUPPORTED_LANGUAGES = new Set(['en']);

/**
 * Builds a Document from its original text. The id is a prefix of the content hash so the same
 * article ingested twice is one document.
 */
export function makeDocument(args: {
  text: string;
  format: InputFormat;
  source: string;
  meta: Partial<DocumentMeta>;
  regions: Region[];
  declaredLanguage?: string | null;
}): Document {
  // Every reader ends here: nothing the store cannot keep gets past it, whatever the format.
  assertStorable(args.text, args.source);
  // Before hashing or language detection: a text above the budget costs one counting pass.
  assertWithinBudget(args.text, args.source);
  for (const [field, value] of Object.entries(args.meta)) if (typeof value === 'string') assertStorable(value, args.source, field);
  const contentHash = createHash('sha256').update(args.text).digest('hex');
  const meta: DocumentMeta = { ...emptyMeta(), ...args.meta, evidence: { ...(args.meta.evidence ?? {}) } };
  const detected = detectLanguage(args.text);
  const declared = args.declaredLanguage?.toLowerCase().slice(0, 2) || null;
  meta.language = detected !== 'und' ? detected : declared ?? 'und';
  // Refuse only what is positively another language: a short English brief may be undetermined.
  if (meta.language !== 'und' && !SUPPORTED_LANGUAGES.has(meta.language)) {
    throw new InputError(args.source, 'unsupported-language', `it is written in "${meta.language}"; Triangulate analyses English articles`);
  }
  return {
    id: contentHash.slice(0, 16),
    source: args.source,
    format: args.format,
    text: args.text,
    meta,
    contentHash,
    layers: { regions: args.regions },
  };
}
