import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Document } from '../model/document.js';
import { decodeBytes, MAX_INPUT_BYTES } from './decode.js';
import { InputError } from './errors.js';
import { documentFromHtml } from './from-html.js';
import { documentFromText } from './from-text.js';
import { documentsFromFeed } from './from-feed.js';
import { ingestRecord } from './record.js';

export { InputError } from './errors.js';
export { ingestRecord } from './record.js';
export type { ArticleRecord } from './record.js';

export interface IngestResult {
  documents: Document[];
  errors: InputError[];
}

const FOLDER_DOCS = /^(?:readme|license|licence|notice|changelog|contributing)(?:\.[a-z]+)?$/i;
const TEXT_EXT = new Set(['.txt', '.text', '.md', '']);
const HTML_EXT = new Set(['.html', '.htm', '.xhtml']);
const JSONL_EXT = new Set(['.jsonl', '.ndjson', '.json']);
const FEED_EXT = new Set(['.rss', '.atom', '.xml']);

/**
 * Reads files and directories (recursively) into documents. A bad input becomes an error that
 * names it and says why; the rest of the batch goes on. Documents with the same content are kept once.
 */
export async function ingestPaths(paths: string[]): Promise<IngestResult> {
  const documents: Document[] = [];
  const errors: InputError[] = [];
  const seen = new Set<string>();
  const add = (r: IngestResult) => {
    for (const d of r.documents) if (!seen.has(d.id)) { seen.add(d.id); documents.push(d); }
    errors.push(...r.errors);
  };
  for (const p of paths) add(await ingestPath(p));
  return { documents, errors };
}

async function ingestPath(path: string): Promise<IngestResult> {
  let info;
  try {
    info = await stat(path);
  } catch {
    return { documents: [], errors: [new InputError(path, 'missing', 'no such file or directory')] };
  }
  if (info.isDirectory()) {
    // A folder's own documentation (README, LICENSE...) describes the pile; it is not an article in it.
    const entries = (await readdir(path)).filter((e) => !e.startsWith('.') && !FOLDER_DOCS.test(e)).sort();
    const result: IngestResult = { documents: [], errors: [] };
    for (const e of entries) {
      const r = await ingestPath(join(path, e));
      result.documents.push(...r.documents);
      result.errors.push(...r.errors);
    }
    return result;
  }
  if (info.size > MAX_INPUT_BYTES) {
    return { documents: [], errors: [new InputError(path, 'too-large', `the file is ${(info.size / 1048576).toFixed(1)} MB, above the ${MAX_INPUT_BYTES / 1048576} MB limit per input`)] };
  }
  try {
    const bytes = await readFile(path);
    return ingestText(decodeBytes(bytes, path).text, path);
  } catch (err) {
    if (err instanceof InputError) return { documents: [], errors: [err] };
    return { documents: [], errors: [new InputError(path, 'unreadable', (err as Error).message)] };
  }
}

/** Decoded file content to documents, by extension and, when the extension says little, by content. */
export function ingestText(text: string, source: string): IngestResult {
  const ext = extname(source).toLowerCase();
  const head = text.slice(0, 2000).trimStart();
  const looksFeed = /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)\b/i.test(head);
  const looksHtml = /^(?:<!doctype html|<html|<head|<body|<meta|<div|<article|<p\b)/i.test(head);
  if (JSONL_EXT.has(ext) || (ext === '' && head.startsWith('{'))) return fromJsonLines(text, source);
  if (looksFeed || (FEED_EXT.has(ext) && !looksHtml)) return documentsFromFeed(text, source);
  if (HTML_EXT.has(ext) || looksHtml) return { documents: [documentFromHtml(text, source)], errors: [] };
  if (TEXT_EXT.has(ext) || !/[\u0000-\u0008]/.test(head)) return { documents: [documentFromText(text, source)], errors: [] };
  throw new InputError(source, 'unsupported-format', `files ending in "${ext}" are not read`);
}

function fromJsonLines(text: string, source: string): IngestResult {
  const result: IngestResult = { documents: [], errors: [] };
  const trimmed = text.trim();
  // A .json file holding one array of articles is accepted as well as JSON lines.
  if (trimmed.startsWith('[')) {
    let items: unknown;
    try {
      items = JSON.parse(trimmed);
    } catch (err) {
      throw new InputError(source, 'malformed', `invalid JSON: ${(err as Error).message}`);
    }
    (items as unknown[]).forEach((item, i) => push(result, () => ingestRecord(item as object, `${source}#${i + 1}`), `${source}#${i + 1}`));
    return result;
  }
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${source}#${i + 1}`;
    push(result, () => {
      let record: unknown;
      try {
        record = JSON.parse(line);
      } catch (err) {
        throw new InputError(where, 'malformed', `line ${i + 1} is not valid JSON: ${(err as Error).message}`);
      }
      return ingestRecord(record as object, where);
    }, where);
  });
  return result;
}

function push(result: IngestResult, make: () => Document, where: string): void {
  try {
    result.documents.push(make());
  } catch (err) {
    result.errors.push(err instanceof InputError ? err : new InputError(where, 'malformed', (err as Error).message));
  }
}
