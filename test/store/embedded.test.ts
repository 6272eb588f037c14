import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { storeSuite } from './store-suite.js';
import { annotatedDocument } from './fixtures.js';

describe('embedded store (PGlite, in memory)', () => {
  storeSuite(() => openStore({ url: null, dir: null }));
});

describe('embedded store on disk', () => {
  it('creates its directory on first use and keeps documents across opens', async () => {
    const root = mkdtempSync(join(tmpdir(), 'triangulate-store-'));
    const dir = join(root, 'nested', 'db');
    try {
      const first = await openStore({ url: null, dir });
      const doc = annotatedDocument('Orrin Vale opened the bridge.');
      await first.addDocuments([doc]);
      await first.close();
      const second = await openStore({ url: null, dir });
      expect((await second.getDocument(doc.id))?.text).toBe(doc.text);
      // A second opener of the same directory is refused while the first holds it.
      await expect(openStore({ url: null, dir })).rejects.toThrow(/in use by process/);
      await second.close();
      const third = await openStore({ url: null, dir });
      await third.close();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
