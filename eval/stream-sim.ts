/**
 * A fast diagnosis of `eval stream`: the stream's story grouping simulated in memory, without the
 * store: each arrival loads the stories the store's candidate rule (story-candidates.ts: stories
 * sharing a MinHash band, then the few sharing most keys, within the document budget) would
 * load, and the resolver and grouper run over that window, whose stories replace the loaded
 * ones. Minutes instead of the store run's quarter hour, for trying a mechanism; the figures to
 * report come from `eval stream`.
 *
 *   node dist/eval/stream-sim.js <ecbplus dir> [--topics N] [--window-counts]
 *
 * --window-counts weighs terms by the window's own counts (what updates did before term_counts).
 */
import { annotateDocument } from '../src/pipeline/analyze.js';
import type { Document } from '../src/model/document.js';
import type { Corpus, CorpusTermStats } from '../src/model/corpus.js';
import { resolveComponent } from '../src/resolve/component.js';
import { publishersComponent } from '../src/stories/publishers.js';
import { groupStories } from '../src/stories/group.js';
import { storyIndexTerms } from '../src/store/story-keys.js';
import { LIVE_CORPUS } from '../src/store/live-config.js';
import { loadEcbArticles } from './ecbplus-corpus.js';
import { articleDocument, bcubed } from './stories.js';
import { publicationOrder } from './stream-feed.js';
import { printDifferences } from './stream.js';

function group(docs: Document[], termStats?: CorpusTermStats): string[][] {
  const corpus: Corpus = termStats ? { documents: docs, termStats } : { documents: docs };
  resolveComponent.process(corpus);
  publishersComponent.process(corpus);
  return groupStories(corpus).map((s) => s.documents);
}

/** The stories the store would load for a document with these keys (story-candidates.ts, in memory). */
function candidates(keys: string[], stories: Map<number, string[]>, keysOf: Map<string, string[]>): number[] {
  const holders = new Map<string, Set<number>>();
  for (const [id, members] of stories) for (const m of members) for (const k of keysOf.get(m)!) (holders.get(k) ?? holders.set(k, new Set()).get(k)!).add(id);
  const hits = new Map<number, { shared: number; band: boolean }>();
  for (const k of keys) {
    const held = holders.get(k);
    if (!held || held.size > LIVE_CORPUS.maxKeyStories) continue;
    for (const s of held) {
      const h = hits.get(s) ?? { shared: 0, band: false };
      h.shared++;
      h.band ||= k.startsWith('b:');
      hits.set(s, h);
    }
  }
  const ranked = [...hits].sort((a, b) => Number(b[1].band) - Number(a[1].band) || b[1].shared - a[1].shared || a[0] - b[0]);
  const out: number[] = [];
  let budget = LIVE_CORPUS.maxCandidateDocuments;
  let byKeys = 0;
  for (const [id, h] of ranked) {
    const size = stories.get(id)!.length;
    if (!h.band && byKeys >= LIVE_CORPUS.maxCandidateStories) break;
    if (out.length > 0 && size > budget) continue;
    out.push(id);
    if (!h.band) byKeys++;
    budget -= size;
    if (budget <= 0) break;
  }
  return out;
}

export async function main(args: string[]): Promise<void> {
  const dir = args.find((a) => !a.startsWith('--'))!;
  const topicLimit = args.includes('--topics') ? Number(args[args.indexOf('--topics') + 1]) : Infinity;
  const windowCounts = args.includes('--window-counts');
  const all = loadEcbArticles(dir);
  const topics = [...new Set(all.map((a) => Number(a.topic)))].sort((a, b) => a - b).slice(0, topicLimit);
  const docs: Document[] = [];
  const gold = new Map<string, string>();
  for (const a of all.filter((x) => topics.includes(Number(x.topic)))) {
    try {
      const d = annotateDocument(articleDocument(a));
      docs.push(d);
      gold.set(d.id, a.subtopic);
    } catch {
      // Rejected at ingest: in neither run.
    }
  }
  const byId = new Map(docs.map((d) => [d.id, d]));
  const batch = new Map<string, string>();
  group(docs).forEach((s, k) => { for (const d of s) batch.set(d, `b${k}`); });
  const counts: CorpusTermStats = { documents: 0, entities: new Map(), lemmas: new Map() };
  const stories = new Map<number, string[]>();
  const storyOf = new Map<string, string>();
  const keysOf = new Map<string, string[]>();
  let next = 0;
  for (const d of publicationOrder(docs)) {
    const index = storyIndexTerms(d);
    keysOf.set(d.id, index.keys);
    counts.documents++;
    for (const t of index.terms) {
      const into = t.startsWith('e:') ? counts.entities : counts.lemmas;
      into.set(t.slice(2), (into.get(t.slice(2)) ?? 0) + 1);
    }
    const loaded = candidates(index.keys, stories, keysOf);
    const window = [...loaded.flatMap((c) => stories.get(c)!), d.id];
    for (const c of loaded) stories.delete(c);
    for (const s of group(window.map((id) => byId.get(id)!), windowCounts ? undefined : counts)) {
      stories.set(next, s);
      for (const m of s) storyOf.set(m, `s${next}`);
      next++;
    }
  }
  const b = bcubed(gold, batch);
  const s = bcubed(gold, storyOf);
  const f = (x: number) => (100 * x).toFixed(1);
  console.log(`ECB+ stream simulated in memory (${windowCounts ? 'window' : 'corpus-wide'} term counts): ${docs.length} documents, topics ${topics[0]}-${topics[topics.length - 1]}`);
  console.log(`batch:  P ${f(b.precision)} R ${f(b.recall)} F1 ${f(b.f1)} (${new Set(batch.values()).size} stories)`);
  console.log(`stream: P ${f(s.precision)} R ${f(s.recall)} F1 ${f(s.f1)} (${new Set(storyOf.values()).size} stories); B-cubed between the two ${f(bcubed(batch, storyOf).f1)}`);
  printDifferences(gold, batch, storyOf, publicationOrder(docs).map((d) => d.id));
}

if (import.meta.url === `file://${process.argv[1]}`) await main(process.argv.slice(2));
