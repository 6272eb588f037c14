// Run as a child process by src/store/dir-lock.test.ts: loads the lock through Vite's module
// runner (no build needed), then takes the locks the parent names and keeps every one it gets
// until it exits, so two holders of one lock would both still hold it when the parent counts.
import { runnerImport } from 'vite';

const { module } = await runnerImport(new URL('../../src/store/dir-lock.ts', import.meta.url).pathname);
const held = [];
process.on('message', (msg) => {
  if (msg.op === 'exit') process.exit(0);
  if (msg.op !== 'take') return;
  for (const path of msg.paths) {
    try {
      held.push(module.lockDirectory(path));
      process.send({ path, held: true });
    } catch (err) {
      process.send({ path, held: false, busy: err instanceof module.StoreBusyError, error: String(err?.message ?? err) });
    }
  }
});
process.send({ ready: true });
