import { openStore, type Store } from '../../src/store/index.js';
import { ingestDocuments } from '../../src/store/incremental.js';
import { recoverPending, recoveryLine } from '../../src/store/recovery.js';
import { stubAnalyzer } from '../api/stub-analyzer.js';

/** `count` articles of batch `batch`; batches never share an article. */
export function articles(count: number, batch = 0) {
  return Array.from({ length: count }, (_, i) => stubAnalyzer.ingestRecord({
    title: `Ferry ${batch}-${i} delayed at Port Anselm`,
    text: `Captain Mira Kovac said ferry number ${batch}-${i} left Port Anselm late.\n${'The crossing took longer than planned. '.repeat(200)}`,
    published: `2031-06-${String((i % 28) + 1).padStart(2, '0')}`,
  }, `crash-test#${batch}-${i}`));
}

/** Stored documents that no story holds. */
export async function documentsInNoStory(store: Store): Promise<number> {
  const inStory = new Set<string>();
  for (const s of await store.listStories()) {
    for (const id of (await store.getStoryDossier(s.id))?.stories[0].documents ?? []) inStory.add(id);
  }
  return (await store.listDocuments()).filter((d) => !inStory.has(d.id)).length;
}

/**
 * What a command does to the embedded store at `dir`, announcing each step on `say`:
 * `ingest` adds a batch (as `triangulate ingest`), `recover` only opens it (as `serve`).
 */
export async function runJob(dir: string, mode: 'ingest' | 'recover', batch: number, count: number, say: (line: string) => void): Promise<void> {
  const store = await openStore({ url: null, dir });
  say('opened');
  if (mode === 'ingest') {
    const outcome = await ingestDocuments(store, stubAnalyzer, articles(count, batch), {
      onStored: (id) => say(`stored ${id}`), onPhase: say,
    });
    const line = recoveryLine(outcome.recovered);
    if (line) say(`recovered ${line}`);
  } else {
    await recoverPending(store, stubAnalyzer, { report: (line) => say(`recovered ${line}`) });
  }
  const counts = await store.counts();
  say(`in-no-story ${await documentsInNoStory(store)}`);
  say(`documents ${counts.documents} annotated ${counts.annotated}`);
  await store.close();
}
