import type { Document } from '../model/document.js';
import type { Analyzer, InputProblem } from './analyzer.js';
import type { AddResult, Store, StoredDocumentIndex, StoredStoryState } from './types.js';
import { StableIds } from './corpus-ids.js';
import { nameKey } from './name-key.js';
import { LIVE_CORPUS, type LiveCorpusConfig } from './live-config.js';
import { storyIndexTerms, type StoryIndexTerms } from './story-keys.js';
import type { CorpusTermStats } from '../model/corpus.js';
import { StaleAnalysisError } from './story-writer.js';
import { UnchangedStories } from './unchanged-stories.js';
import { DocumentCache } from './document-cache.js';
import { prefilterStories } from './story-prefilter.js';

/** Each store's documents kept by this process between its updates (document-cache.ts). */
const documentCaches = new WeakMap<Store, DocumentCache>();

function documentCacheOf(store: Store, config: LiveCorpusConfig): DocumentCache {
  let cache = documentCaches.get(store);
  if (!cache) documentCaches.set(store, cache = new DocumentCache(config.cachedDocuments));
  return cache;
}

/**
 * Runs the corpus stages again over stored documents' layers: cheap next to annotation, so a
 * new article joins its story without re-annotating the corpus. Given `touched` (ids of new or
 * changed documents), only the stories those documents may join are re-analysed and replaced
 * (see updateStories); without it, the whole corpus is (the consolidation run). Returns the
 * run id, or null when there was nothing to analyse.
 */
export async function reanalyze(
  store: Store, analyzer: Analyzer, errors: InputProblem[] = [], touched?: string[], config: LiveCorpusConfig = LIVE_CORPUS,
): Promise<number | null> {
  if (touched === undefined) return retryStale(config, () => wholeCorpusRun(store, analyzer, errors, config), () => wholeCorpusRun(store, analyzer, errors, config, false));
  let run: number | null = null;
  // A large batch goes in slices: each update's candidate window stays bounded.
  for (let at = 0; at < touched.length; at += config.maxTouchedPerUpdate) {
    const slice = touched.slice(at, at + config.maxTouchedPerUpdate);
    run = await retryStale(config, () => updateStories(store, analyzer, errors, slice, config),
      () => wholeCorpusRun(store, analyzer, errors, config, false)) ?? run;
  }
  return run;
}

/** Re-analyses the annotated documents no saved analysis covers yet (what a worker calls after annotating). */
export async function reanalyzePending(store: Store, analyzer: Analyzer, errors: InputProblem[] = []): Promise<number | null> {
  const pending = await store.unanalysedDocuments();
  if (pending.length === 0) return null;
  return reanalyze(store, analyzer, errors, pending);
}

/** Recomputes a run another process overtook, a few times, then once without the check. */
async function retryStale<T>(config: LiveCorpusConfig, attempt: () => Promise<T>, last: () => Promise<T>): Promise<T> {
  for (let i = 0; i < config.staleRetries; i++) {
    try {
      return await attempt();
    } catch (err) {
      if (!(err instanceof StaleAnalysisError)) throw err;
    }
  }
  return last();
}

/**
 * The incremental update: the touched documents' candidate stories are found by their blocking
 * keys (indexed lookups), and only those stories' documents plus the touched ones are loaded and
 * run through the corpus stages. The resulting stories replace the loaded ones in one
 * transaction; stories and entities keep their ids (StableIds); every other story stays as
 * stored. Memory and time follow the candidate window, not the corpus.
 */
async function updateStories(store: Store, analyzer: Analyzer, errors: InputProblem[], touched: string[], config: LiveCorpusConfig): Promise<number | null> {
  const started = Date.now();
  const cache = documentCacheOf(store, config);
  const fresh = await cache.load(store, touched);
  if (fresh.length === 0) return null;
  const freshIndex = await indexOf(store, fresh);
  const freshKeys = new Map([...freshIndex.all].map(([doc, index]) => [doc, index.keys]));
  const considered = await store.storyContext(fresh.map((d) => d.id), freshKeys, config);
  const candidateDocs = [...new Set(considered.flatMap((s) => s.documents))].filter((id) => !freshIndex.all.has(id));
  const storedIndex = await store.documentIndex(candidateDocs);
  const counts = await termCountsOf(store, [...freshIndex.all.values(), ...[...storedIndex.values()].map((x) => ({ keys: x.keys, terms: x.terms ?? [] }))]);
  const stories = loadedStories(considered, freshIndex.all, storedIndex, counts, config);
  const others = [...new Set(stories.flatMap((s) => s.documents))].filter((id) => !freshIndex.all.has(id));
  const docs = await cache.load(store, [...fresh.map((d) => d.id), ...others]);
  const othersIndex = await indexOf(store, docs.filter((d) => !freshIndex.all.has(d.id)), storedIndex);
  const computed = new Map([...freshIndex.computed, ...othersIndex.computed]);
  // Terms computed only now (documents keyed before terms were stored) are counted too.
  const termStats = corpusTermStats(await termCountsOf(store, [...othersIndex.all.values()], counts), computed);
  const ids = new StableIds({
    stories,
    mentions: await store.entityMentions(docs.map((d) => d.id)),
    // The actors the new documents name may already be stored with stories this update does not load.
    namesakes: await store.entityNamesakes(mentionNameKeys(fresh)),
  }, config);
  const unchanged = new UnchangedStories(stories);
  const loadedAt = Date.now();
  const corpus = analyzer.analyzeCorpus(docs, {
    afterStage: (stage, c) => { ids.afterStage(stage, c); unchanged.afterStage(stage, c); },
    termStats,
  });
  const dossier = analyzer.buildDossier(corpus, errors, { includeText: false });
  return store.saveStories(dossier, {
    info: {
      ms: Date.now() - started, loadMs: loadedAt - started, mode: 'update', touched: fresh.length, loaded: docs.length, kept: unchanged.kept.size,
      skipped: considered.length - stories.length,
    },
    covered: docs.map((d) => d.id),
    replaces: stories.map((s) => s.id).filter((id) => !unchanged.kept.has(id)),
    redirects: ids.redirects,
    documentIndex: computed,
    documentTerms: new Map([...freshIndex.termsOnly, ...othersIndex.termsOnly]),
    read: {
      // Every story considered, loaded or not: one another process changed meanwhile may now take a new article.
      stories: considered.map((s) => ({ id: s.id, run: s.run })),
      keys: freshKeys,
      documents: docs.map((d) => d.id),
      config,
    },
  });
}

/** Every stored document through the corpus stages; stories and entities keep their ids. */
async function wholeCorpusRun(store: Store, analyzer: Analyzer, errors: InputProblem[], config: LiveCorpusConfig, check = true): Promise<number> {
  const started = Date.now();
  const docs = await store.loadDocuments({ annotated: true });
  const stories = await store.allStories();
  const index = await indexOf(store, docs);
  const ids = new StableIds({ stories, mentions: await store.entityMentions('all') }, config);
  const corpus = analyzer.analyzeCorpus(docs, { afterStage: ids.afterStage });
  const dossier = analyzer.buildDossier(corpus, errors, { includeText: false });
  // Covered: every document the run read, so one the stages drop is not analysed again at each open.
  return store.saveStories(dossier, {
    info: { ms: Date.now() - started, mode: 'full' },
    covered: docs.map((d) => d.id),
    replaces: 'all',
    redirects: ids.redirects,
    documentIndex: index.computed,
    documentTerms: index.termsOnly,
    read: check ? { stories: stories.map((s) => ({ id: s.id, run: s.run })), keys: new Map(), documents: docs.map((d) => d.id), config } : undefined,
  });
}

/**
 * Blocking keys and grouper terms of documents: stored ones read back, the others computed (and
 * returned to be stored: `computed`, new to the store; `termsOnly`, keyed before terms were
 * stored, so their terms are counted already and only stored now).
 */
async function indexOf(
  store: Store, docs: Document[], read?: Map<string, StoredDocumentIndex>,
): Promise<{ all: Map<string, StoryIndexTerms>; computed: Map<string, StoryIndexTerms>; termsOnly: Map<string, string[]> }> {
  const stored = read ?? await store.documentIndex(docs.map((d) => d.id));
  const all = new Map<string, StoryIndexTerms>();
  const computed = new Map<string, StoryIndexTerms>();
  const termsOnly = new Map<string, string[]>();
  for (const d of docs) {
    const known = stored.get(d.id);
    if (known?.terms) {
      all.set(d.id, { keys: known.keys, terms: known.terms });
      continue;
    }
    const index = storyIndexTerms(d);
    all.set(d.id, known ? { keys: known.keys, terms: index.terms } : index);
    if (known) termsOnly.set(d.id, index.terms);
    else computed.set(d.id, index);
  }
  return { all, computed, termsOnly };
}

/** The name keys (name-key.ts, as entity_names stores them) of the documents' mentions. */
function mentionNameKeys(docs: Document[]): string[] {
  const keys = new Set<string>();
  for (const d of docs) for (const m of d.layers.mentions ?? []) { const k = nameKey(m.text).key; if (k) keys.add(k); }
  return [...keys];
}

/** Corpus-wide counts of the documents' grouper terms, read once per term: `known` (a previous read) is extended, not read again. */
async function termCountsOf(store: Store, indexes: StoryIndexTerms[], known?: TermCounts): Promise<TermCounts> {
  const terms = new Set<string>();
  for (const index of indexes) for (const t of index.terms) if (!known?.asked.has(t)) terms.add(t);
  if (known && terms.size === 0) return known;
  const read = await store.termCounts([...terms]);
  return { documents: read.documents, counts: new Map([...(known?.counts ?? []), ...read.counts]), asked: new Set([...(known?.asked ?? []), ...terms]) };
}

interface TermCounts { documents: number; counts: Map<string, number>; asked: Set<string> }

/**
 * The whole corpus's counts of the terms an update's documents carry: the grouper weighs a name
 * or a word by how many documents of the corpus carry it, and the few stories an update loads
 * would say a topic's every word is common (measured on ECB+ fed one by one: stream story F1
 * 3 points under batch with the window's counts; see eval/stream.ts). Documents this update keys
 * first are not counted in the store yet: added here (their counts read by termCountsOf).
 */
function corpusTermStats(stored: TermCounts, uncounted: Map<string, StoryIndexTerms>): CorpusTermStats {
  const counts = new Map(stored.counts);
  for (const index of uncounted.values()) for (const t of new Set(index.terms)) counts.set(t, (counts.get(t) ?? 0) + 1);
  const stats: CorpusTermStats = { documents: stored.documents + uncounted.size, entities: new Map(), lemmas: new Map() };
  for (const [term, n] of counts) {
    if (term.startsWith('e:')) stats.entities.set(term.slice(2), n);
    else if (term.startsWith('l:')) stats.lemmas.set(term.slice(2), n);
  }
  return stats;
}

/**
 * The candidate stories this update loads (story-prefilter.ts): all of them when the prefilter
 * is off, else those a new article comes near by the stored terms, and those holding a touched document.
 */
function loadedStories(
  considered: StoredStoryState[], fresh: Map<string, StoryIndexTerms>, stored: Map<string, StoredDocumentIndex>,
  counts: TermCounts, config: LiveCorpusConfig,
): StoredStoryState[] {
  if (config.prefilterTop <= 0) return considered;
  const scorable = new Map<string, StoryIndexTerms>();
  for (const [doc, index] of stored) if (index.terms) scorable.set(doc, { keys: index.keys, terms: index.terms });
  const result = prefilterStories({
    fresh, stored: scorable, stories: considered,
    required: new Set(considered.filter((s) => s.documents.some((d) => fresh.has(d))).map((s) => s.id)),
    df: (t) => counts.counts.get(t) ?? 1, documents: counts.documents + fresh.size, top: config.prefilterTop,
  });
  const load = new Set(result.load.map((s) => s.id));
  return considered.filter((s) => load.has(s.id));
}

/** Annotates stored documents that lack layers; returns how many it completed. */
export async function annotateOrphans(store: Store, analyzer: Analyzer, ids: string[]): Promise<number> {
  let done = 0;
  for (const id of ids) {
    const doc = await store.getDocument(id);
    if (!doc || doc.annotated) continue;
    const { html: _html, annotated: _annotated, ...plain } = doc;
    await store.saveLayers(analyzer.annotateDocument(plain));
    done++;
  }
  return done;
}

export interface IngestOutcome extends AddResult {
  /** Documents annotated by this call (new ones; stored ones are not annotated again). */
  annotated: number;
  /** Documents an earlier, interrupted call left outside the stories (or unannotated), completed by this one. */
  recovered: { unanalysed: number; annotated: number };
  run: number | null;
}

/**
 * Adds documents: annotates only those the store lacks (or holds without layers), stores each
 * in its own transaction, then re-runs the corpus stages once. An interrupted call leaves
 * whole documents behind; the next call (with any input) finds stored documents the latest
 * analysis did not cover, or that were never annotated, and completes them in its run.
 */
export async function ingestDocuments(
  store: Store, analyzer: Analyzer, docs: Document[],
  opts: {
    html?: Map<string, string>;
    errors?: InputProblem[];
    analyze?: boolean;
    /** The documents already went through the per-document stages. */
    annotated?: boolean;
    onStored?: (id: string) => void;
    /** Called as the corpus run starts and once it is saved (progress, and the crash test's kill points). */
    onPhase?: (phase: 'analysing' | 'analysed') => void;
  } = {},
): Promise<IngestOutcome> {
  const outcome: IngestOutcome = { added: [], existing: [], annotated: 0, recovered: { unanalysed: 0, annotated: 0 }, run: null };
  // Measured before this batch is stored, so it counts only what earlier processes left.
  const pending = opts.analyze === false ? null : await store.pendingWork();
  for (const doc of docs) {
    const stored = await store.getDocument(doc.id);
    if (stored?.annotated) {
      outcome.existing.push(doc.id);
      continue;
    }
    const annotated = opts.annotated ? doc : analyzer.annotateDocument(doc);
    outcome.annotated++;
    const res = await store.addDocuments([annotated], { html: opts.html });
    outcome.added.push(...res.added);
    outcome.existing.push(...res.existing);
    opts.onStored?.(doc.id);
  }
  if (pending) {
    const batch = new Set(docs.map((d) => d.id));
    outcome.recovered = {
      unanalysed: pending.unanalysed,
      annotated: await annotateOrphans(store, analyzer, pending.unannotated.filter((id) => !batch.has(id))),
    };
    const owed = outcome.annotated + outcome.recovered.unanalysed + outcome.recovered.annotated;
    const counts = await store.counts();
    if (owed > 0 || counts.runs === 0) {
      opts.onPhase?.('analysing');
      // A store with stories updates only those the new documents touch; a first run, or
      // one completing what a crash left, reads the whole corpus.
      const whole = counts.runs === 0 || counts.stories === 0 || outcome.recovered.unanalysed + outcome.recovered.annotated > 0;
      outcome.run = whole
        ? await reanalyze(store, analyzer, opts.errors)
        : await reanalyze(store, analyzer, opts.errors, await store.unanalysedDocuments());
      opts.onPhase?.('analysed');
    }
  }
  return outcome;
}
