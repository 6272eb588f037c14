// A queue worker in its own process, for queue.test.ts: prints "ready", waits for "go" on stdin, works until the queue
// stays empty, then prints its tally as JSON.
import { runnerImport } from 'vite';

const [url, name] = process.argv.slice(2);
const { module } = await runnerImport(new URL('./worker-job.ts', import.meta.url).pathname);
// Start together: the parent says "go" once every worker is up and the jobs are queued.
const go = () => new Promise((resolve) => process.stdin.once('data', resolve));
const stats = await module.work(url, name, async () => { process.stdout.write('ready\n'); await go(); process.stdin.pause(); });
process.stdout.write(`${JSON.stringify(stats)}\n`);
