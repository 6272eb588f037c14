import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore, StoreOpenError } from './index.js';

describe('an embedded store that cannot be opened', () => {
  const root = mkdtempSync(join(tmpdir(), 'triangulate-damaged-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('is refused with its path and how to recover, and is left unlocked', async () => {
    const dir = join(root, 'db');
    await (await openStore({ url: null, dir })).close();
    // A damaged control file: what a torn write or a failing disk leaves.
    writeFileSync(join(dir, 'global', 'pg_control'), Buffer.alloc(8192, 7));
    const opening = openStore({ url: null, dir });
    await expect(opening).rejects.toThrow(StoreOpenError);
    await expect(opening).rejects.toThrow(new RegExp(`${dir} could not be opened.*mv ${dir} ${dir}\\.damaged`));
    expect(existsSync(`${dir}.lock`)).toBe(false);
  });
});
