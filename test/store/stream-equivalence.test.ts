import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Document } from '../../src/model/document.js';
import { ingestPaths } from '../../src/ingest/index.js';
import { annotateDocument } from '../../src/pipeline/analyze.js';
import { defaultAnalyzer } from '../../src/pipeline/default-analyzer.js';
import { bcubed } from '../../eval/stories.js';
import { agreement, batchAndStream, type StoredOutcome } from '../../eval/stream-feed.js';

// The project's own examples corpus: three invented stories told by several invented outlets.
const EXAMPLES = join(import.meta.dirname, '../../examples');

describe('articles fed one by one in publication order give what one batch gives', () => {
  let docs: Document[];
  let batch: StoredOutcome;
  let stream: StoredOutcome;
  beforeAll(async () => {
    docs = (await ingestPaths([EXAMPLES])).documents.map((d) => annotateDocument(d));
    ({ batch, stream } = await batchAndStream(docs, defaultAnalyzer));
  }, 120_000);

  it('groups the same stories (B-cubed between the two at least 0.98)', () => {
    expect(batch.storyOf.size).toBe(docs.length);
    expect(stream.storyOf.size).toBe(docs.length);
    expect(bcubed(batch.storyOf, stream.storyOf).f1).toBeGreaterThanOrEqual(0.98);
  });

  it('gives the same verdicts and conflicts', () => {
    const { shared, same } = agreement(batch.verdicts, stream.verdicts);
    expect(shared).toBe(batch.verdicts.size);
    expect(same).toBe(shared);
    expect([...stream.conflicts].sort()).toEqual([...batch.conflicts].sort());
  });
});
