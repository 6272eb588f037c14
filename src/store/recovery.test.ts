import { describe, expect, it } from 'vitest';
import { stubAnalyzer } from '../../test/api/stub-analyzer.js';
import { articles, documentsInNoStory } from '../../test/store/ingest-job.js';
import { ingestDocuments } from './incremental.js';
import { openStore } from './index.js';
import { recoverPending, recoveryLine } from './recovery.js';

describe('recoverPending', () => {
  it('analyses documents left in no story, queues orphaned annotation for workers, and says how many', async () => {
    const store = await openStore({ url: null, dir: null });
    try {
      await ingestDocuments(store, stubAnalyzer, articles(2, 1));
      // A crash after storing, before the analysis: stored, annotated, in no story.
      await store.addDocuments(articles(3, 2).map((d) => stubAnalyzer.annotateDocument(d)));
      expect(await documentsInNoStory(store)).toBe(3);
      const lines: string[] = [];
      const outcome = await recoverPending(store, stubAnalyzer, { report: (l) => lines.push(l) });
      expect(outcome).toMatchObject({ unanalysed: 3, annotated: 0, queued: 0 });
      expect(outcome.run).not.toBeNull();
      expect(lines).toEqual(['3 stored documents were outside the saved analysis (in no story): analysed them now']);
      expect(await documentsInNoStory(store)).toBe(0);

      // Nothing left: no line, no run.
      expect(await recoverPending(store, stubAnalyzer, { report: (l) => lines.push(l) })).toMatchObject({ unanalysed: 0, run: null });
      expect(lines).toHaveLength(1);

      // A crash between storing for the queue and queueing: a worker's recovery queues it.
      const [orphan] = articles(1, 3);
      await store.addDocuments([orphan], { annotated: false });
      expect(await recoverPending(store, stubAnalyzer, { queue: true })).toMatchObject({ queued: 1, annotated: 0 });
      expect((await (await store.queue()).counts()).annotate).toEqual({ created: 1 });
      expect((await store.pendingWork()).unannotated).toEqual([]);

      // The same ingest again ("already stored") finishes what a killed one left, and counts it.
      await store.addDocuments(articles(2, 4).map((d) => stubAnalyzer.annotateDocument(d)));
      const again = await ingestDocuments(store, stubAnalyzer, articles(2, 4));
      expect(again).toMatchObject({ added: [], annotated: 0, recovered: { unanalysed: 2, annotated: 0 } });
      expect(again.run).not.toBeNull();
      expect(await documentsInNoStory(store)).toBe(1); // only the queued orphan, which its worker will annotate
    } finally {
      await store.close();
    }
  });

  it('words its line by what it did', () => {
    expect(recoveryLine({ unanalysed: 0, annotated: 0 })).toBeNull();
    expect(recoveryLine({ unanalysed: 1, annotated: 2 })).toBe(
      '1 stored document was outside the saved analysis (in no story), 2 stored without annotation: analysed them now');
  });
});
