// One step of worker-crash.test.ts in its own process (so that it can be killed with SIGKILL):
// "queue WHERE COUNT", "work WHERE NAME SAVES_LOG" or "inspect WHERE". Loads the TypeScript
// sources through Vite's module runner; prints its lines on stdout, the last one a JSON result.
import { runnerImport } from 'vite';

const [mode, where, ...rest] = process.argv.slice(2);
const { module } = await runnerImport(new URL('./worker-crash-job.ts', import.meta.url).pathname);
const say = (line) => process.stdout.write(`${line}\n`);
let result = null;
if (mode === 'queue') await module.queueArticles(where, Number(rest[0]));
else if (mode === 'work') result = await module.work(where, rest[0], rest[1], say);
else result = await module.inspect(where);
say(JSON.stringify(result));
