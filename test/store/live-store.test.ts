import { afterAll, beforeAll, describe } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { liveStoreSuite } from './live-suite.js';
import { POSTGRES_SKIP_REASON, startPostgres, type TestPostgres } from './postgres-server.js';
import { describeRequiring } from '../support/requires.js';

describe('live corpus on the embedded store (PGlite, in memory)', () => {
  liveStoreSuite(() => openStore({ url: null, dir: null }));
});

describeRequiring(POSTGRES_SKIP_REASON)('live corpus on PostgreSQL (a server of its own)', () => {
  let server: TestPostgres;
  let n = 0;
  beforeAll(async () => { server = await startPostgres(); });
  afterAll(() => server?.stop());
  liveStoreSuite(async () => openStore({ url: await server.createDatabase(`live_${++n}`) }));
});
