import { afterAll, beforeAll } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { storeSuite } from './store-suite.js';
import { POSTGRES_SKIP_REASON, startPostgres, type TestPostgres } from './postgres-server.js';
import { describeRequiring } from '../support/requires.js';


describeRequiring(POSTGRES_SKIP_REASON)('PostgreSQL store (a server of its own)', () => {
  let server: TestPostgres;
  let n = 0;
  beforeAll(async () => { server = await startPostgres(); });
  afterAll(() => server?.stop());
  storeSuite(async () => openStore({ url: await server.createDatabase(`store_${++n}`) }));
});
