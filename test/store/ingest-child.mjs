// Run as a child process by crash.test.ts: loads the TypeScript sources through Vite's module
// runner (no build needed) and ingests articles, announcing each stored one on stdout.
import { runnerImport } from 'vite';

const [dir, count] = process.argv.slice(2);
const { module } = await runnerImport(new URL('./ingest-job.ts', import.meta.url).pathname);
await module.ingestArticles(dir, Number(count), (id) => process.stdout.write(`stored ${id}\n`));
process.stdout.write('done\n');
