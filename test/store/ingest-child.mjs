// Run as a child process by crash.test.ts: loads the TypeScript sources through Vite's module
// runner (no build needed) and runs one command on the store, announcing each step on stdout.
import { runnerImport } from 'vite';

const [dir, mode, batch, count] = process.argv.slice(2);
const { module } = await runnerImport(new URL('./ingest-job.ts', import.meta.url).pathname);
await module.runJob(dir, mode, Number(batch), Number(count), (line) => process.stdout.write(`${line}\n`));
process.stdout.write('done\n');
