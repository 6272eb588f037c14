/**
 * How big the dossiers are against the pile they summarise (issue 15: the Markdown dossier
 * should be at most a quarter of its input on a real-news-sized pile).
 *
 *   triangulate eval dossier-size <dir|files>...        (files as `analyze` reads them)
 *   triangulate eval dossier-size <ecbplus dir> --ecbplus  (ECB+ articles rebuilt as one pile)
 *
 * Input bytes are the UTF-8 bytes of the files read (for ECB+, of the rebuilt article texts,
 * since that is what a user would hold); the dossiers are rendered as `analyze` writes them.
 * Ends with one JSON line.
 */
import { statSync } from 'node:fs';
import { ingestPaths } from '../src/ingest/index.js';
import { analyzeDocuments } from '../src/pipeline/analyze.js';
import { buildDossier } from '../src/report/dossier.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { renderHtml } from '../src/report/html.js';
import type { Document } from '../src/model/document.js';
import { loadEcbArticles } from './ecbplus-corpus.js';
import { articleDocument } from './stories.js';

async function pile(paths: string[], ecbplus: boolean): Promise<{ docs: Document[]; inputBytes: number; errors: Awaited<ReturnType<typeof ingestPaths>>['errors'] }> {
  if (ecbplus) {
    const docs: Document[] = [];
    let inputBytes = 0;
    for (const a of loadEcbArticles(paths[0])) {
      inputBytes += Buffer.byteLength(a.text);
      try { docs.push(articleDocument(a)); } catch { /* rejected at ingest: the product drops it too */ }
    }
    return { docs, inputBytes, errors: [] };
  }
  const { documents, errors } = await ingestPaths(paths);
  // One file may hold several documents (JSON lines, feeds): count each file once.
  const files = new Set(documents.map((d) => d.source.replace(/#\d+$/, '')));
  let inputBytes = 0;
  for (const f of files) inputBytes += statSync(f).size;
  return { docs: documents, inputBytes, errors };
}

export async function main(args: string[]): Promise<void> {
  const ecbplus = args.includes('--ecbplus');
  const paths = args.filter((a) => !a.startsWith('--'));
  if (paths.length === 0) throw new Error('usage: triangulate eval dossier-size <dir|files>... [--ecbplus]');
  const started = Date.now();
  const { docs, inputBytes, errors } = await pile(paths, ecbplus);
  // A ratio over nothing read is no figure (an ECB+ folder read as plain files holds no articles).
  if (docs.length === 0) throw new Error(`no article read from ${paths.join(' ')}${errors.length ? ` (${errors.length} inputs refused, first: ${errors[0].message})` : ''}${ecbplus ? '' : '; for ECB+ add --ecbplus'}`);
  const { corpus, failures } = analyzeDocuments(docs);
  const markdownBytes = Buffer.byteLength(renderMarkdown(buildDossier(corpus, errors, { failures })));
  const htmlBytes = Buffer.byteLength(renderHtml(buildDossier(corpus, errors, { includeText: true, failures })));
  const result = {
    input: paths.join(' '), documents: corpus.documents.length, stories: corpus.stories?.length ?? 0,
    input_bytes: inputBytes, markdown_bytes: markdownBytes, markdown_ratio: Number((markdownBytes / Math.max(1, inputBytes)).toFixed(3)),
    html_bytes: htmlBytes, html_ratio: Number((htmlBytes / Math.max(1, inputBytes)).toFixed(3)), seconds: (Date.now() - started) / 1000,
  };
  console.log(`Markdown dossier ${result.markdown_bytes} bytes for ${result.input_bytes} input bytes (${(result.markdown_ratio * 100).toFixed(1)}%; target <= 25%); HTML with sources ${result.html_bytes} bytes`);
  console.log(JSON.stringify(result));
}
