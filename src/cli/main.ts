#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { analyzeCommand, REPORT_FORMATS, type ReportFormat } from './analyze.js';
import { VERSION } from '../version.js';
import { fatalMessage } from './fatal.js';

const USAGE = `triangulate ${VERSION}: reads a pile of news articles and answers with evidence.

Usage:
  triangulate analyze <files|dirs>... [--format md|json|html|claimreview|events-csv|plover] [--out path]
      Analyse text, HTML, JSON-lines and RSS/Atom files (directories are read recursively)
      and write the dossier (or an export: ClaimReview JSON-LD, GDELT-style events CSV,
      PLOVER-style events JSON). Bad inputs are reported by name and skipped.
  triangulate ingest <files|dirs>... [--queue]
      Add articles to the stored corpus (./.triangulate/db, or DATABASE_URL) and update its stories.
      With --queue, store and queue them for \`triangulate worker\` processes to annotate.
  triangulate serve [--port 8080] [--host 127.0.0.1] [--allowed-host NAME]... [--public]
      Start the HTTP API and web UI on the stored corpus. It answers to localhost, 127.0.0.1,
      [::1], the --host name and each --allowed-host name (or TRIANGULATE_ALLOWED_HOSTS).
      Beyond localhost, reads and writes need TRIANGULATE_TOKEN; --public opens reads to anyone.
  triangulate worker [--drain]
      Annotate queued documents and run the corpus stages, until interrupted (with DATABASE_URL,
      several workers on several machines share the work); --drain stops once the queue is empty.
  triangulate eval <dataset> <path> [options]
      Measure a stage on public data: conll, timeml, meantime, ecbplus, events, stories, perturb, judged, zyte, names, dossier-size.
`;

const EVALS: Record<string, string> = {
  conll: '../../eval/conll.js',
  timeml: '../../eval/timeml.js',
  meantime: '../../eval/meantime.js',
  ecbplus: '../../eval/ecbplus.js',
  events: '../../eval/events.js',
  stories: '../../eval/stories.js',
  stream: '../../eval/stream.js',
  perturb: '../../eval/perturb.js',
  judged: '../../eval/judged.js',
  zyte: '../../eval/zyte.js',
  names: '../../eval/names.js',
  'dossier-size': '../../eval/dossier-size.js',
};

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'analyze': {
      const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { format: { type: 'string', short: 'f', default: 'md' }, out: { type: 'string', short: 'o' }, quiet: { type: 'boolean', short: 'q' } } });
      const format = values.format as ReportFormat;
      if (!REPORT_FORMATS.includes(format)) return usageError(`unknown format "${format}" (${REPORT_FORMATS.join(', ')})`);
      if (positionals.length === 0) return usageError('analyze needs at least one file or directory');
      return analyzeCommand(positionals, { format, out: values.out, quiet: values.quiet });
    }
    case 'ingest': {
      const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { queue: { type: 'boolean' } } });
      if (positionals.length === 0) return usageError('ingest needs at least one file or directory');
      const { ingestCommand } = await import('./ingest.js');
      return ingestCommand(positionals, { queue: values.queue });
    }
    case 'serve': {
      const { values } = parseArgs({ args: rest, options: { port: { type: 'string', short: 'p', default: process.env.PORT ?? '8080' }, host: { type: 'string', default: '127.0.0.1' }, 'allowed-host': { type: 'string', multiple: true }, public: { type: 'boolean' } } });
      const port = Number(values.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) return usageError(`invalid port "${values.port}"`);
      const { serve } = await import('../server/index.js');
      const { defaultAnalyzer } = await import('../pipeline/default-analyzer.js');
      await serve({ port, host: values.host!, analyzer: defaultAnalyzer, allowedHosts: values['allowed-host'], publicReads: values.public ?? false });
      return await new Promise<number>(() => {});
    }
    case 'worker': {
      const { values } = parseArgs({ args: rest, options: { drain: { type: 'boolean' } } });
      const { workerCommand } = await import('./ingest.js');
      return workerCommand({ drain: values.drain });
    }
    case 'eval': {
      const [dataset, ...args] = rest;
      const module = dataset ? EVALS[dataset] : undefined;
      if (!module) return usageError(`eval needs a dataset: ${Object.keys(EVALS).join(', ')}`);
      if (!args[0]) return usageError(`eval ${dataset} needs the path to the data`);
      const harness = (await import(module)) as { main(args: string[]): Promise<void> };
      await harness.main(args);
      return 0;
    }
    case '--version':
    case '-v':
      process.stdout.write(`${VERSION}\n`);
      return 0;
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(USAGE);
      return 0;
    default:
      return usageError(`unknown command "${command}"`);
  }
}

function usageError(message: string): number {
  process.stderr.write(`triangulate: ${message}\n\n${USAGE}`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: Error) => { process.stderr.write(fatalMessage(err, process.env.TRIANGULATE_DEBUG === '1')); process.exitCode = 1; },
);
