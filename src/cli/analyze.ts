import { writeFile } from 'node:fs/promises';
import { ingestPaths } from '../ingest/index.js';
import { analyzeDocuments } from '../pipeline/analyze.js';
import { buildDossier } from '../report/dossier.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderHtml } from '../report/html.js';
import { progressBar } from './progress.js';
import { renderClaimReview } from '../report/exports/claimreview.js';
import { renderEventsCsv, renderPlover } from '../report/exports/events.js';
import type { Dossier } from '../model/dossier.js';

const RENDERERS: Record<ReportFormat, (d: Dossier) => string> = {
  json: (d) => JSON.stringify(d, null, 2),
  md: renderMarkdown,
  html: renderHtml,
  claimreview: renderClaimReview,
  'events-csv': renderEventsCsv,
  plover: renderPlover,
};

export type ReportFormat = 'json' | 'md' | 'html' | 'claimreview' | 'events-csv' | 'plover';

export const REPORT_FORMATS: ReportFormat[] = ['md', 'json', 'html', 'claimreview', 'events-csv', 'plover'];

/** `triangulate analyze`: inputs to a dossier, written to --out or stdout. Returns the exit code. */
export async function analyzeCommand(inputs: string[], opts: { format: ReportFormat; out?: string; quiet?: boolean }): Promise<number> {
  const { documents, errors } = await ingestPaths(inputs);
  for (const e of errors) process.stderr.write(`triangulate: skipped ${e.input}: [${e.code}] ${e.message.replace(`${e.input}: `, '')}\n`);
  const { corpus, failures } = analyzeDocuments(documents, progressBar('analysing'));
  for (const f of failures) process.stderr.write(`triangulate: skipped ${f.source}: stage ${f.stage} failed: ${f.message}\n`);
  const dossier = buildDossier(corpus, errors, { includeText: opts.format === 'html', failures });
  const rendered = RENDERERS[opts.format](dossier);
  if (opts.out) {
    await writeFile(opts.out, rendered);
    if (!opts.quiet) {
      const conflicts = dossier.stories.reduce((n, s) => n + s.conflicts.length, 0);
      process.stderr.write(`triangulate: ${corpus.documents.length} documents, ${dossier.stories.length} stories, ${conflicts} conflicts; ${errors.length + failures.length} inputs skipped; wrote ${opts.out}\n`);
    }
  } else {
    process.stdout.write(rendered.endsWith('\n') ? rendered : `${rendered}\n`);
  }
  return corpus.documents.length > 0 || inputs.length === 0 ? 0 : 1;
}
