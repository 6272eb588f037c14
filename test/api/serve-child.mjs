// Runs `serve()` from the sources in the current working directory, for serve.test.ts.
import { runnerImport } from 'vite';

const port = Number(process.argv[2]);
const { module } = await runnerImport(new URL('../../src/server/index.ts', import.meta.url).pathname);
const { module: stub } = await runnerImport(new URL('./stub-analyzer.ts', import.meta.url).pathname);
await module.serve({ port, host: '127.0.0.1', analyzer: stub.stubAnalyzer });
process.stdout.write('closed\n');
