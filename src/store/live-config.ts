/** Tuned numbers of the live corpus (stable ids, incremental update), each with its reason. */
export interface LiveCorpusConfig {
  /**
   * A new story keeps a stored story's id when the Jaccard of their documents, counted over the
   * documents the store already held (a new article joining a story does not count against it),
   * reaches this. At 0.5 or more a stored story can have only one successor (the new stories are
   * disjoint, so a second one holds less than half of it); ties go to the older id.
   */
  storyKeepJaccard: number;
  /**
   * A blocking key held by more stories than this proposes none: a name every story carries
   * ("police", a country) says nothing about which story an article joins. The grouper drops
   * entities carried by more than 250 documents for the same reason (MAX_CANDIDATE_DF); at a
   * few documents a story this is the same order.
   */
  maxKeyStories: number;
  /**
   * Candidate stories per update beyond those sharing a MinHash band (near-duplicate text, always
   * loaded): the ones sharing most keys. In a pile of a few dozen stories every key is rare
   * enough to propose, and without this cap each arrival re-ran the whole pile; an article's
   * story shares more of its names and headline words than the stories of other events.
   */
  maxCandidateStories: number;
  /**
   * Documents of candidate stories loaded for one update, at most (stories taken most shared
   * keys first; a story is loaded whole or not at all). The grouper compares a document with at
   * most 600 earlier ones (CANDIDATE_BUDGET), so a larger window cannot change its choice much,
   * and the update's memory stays bounded whatever the corpus size.
   */
  maxCandidateDocuments: number;
  /**
   * Touched documents per update: a larger batch is updated in slices. Each article finds its own
   * candidates (story-candidates.ts) and the window stays within the budget above whatever the
   * slice; a large slice shares the window among the articles of one story, where slices of a
   * few re-loaded, re-resolved and re-compared the same stories once each (the bench's steady
   * feed keeps up to 64 articles posted and not yet visible: one update takes that backlog).
   */
  maxTouchedPerUpdate: number;
  /**
   * Documents a worker process keeps between updates (document-cache.ts), with their
   * within-document chains: consecutive updates load mostly the same candidate stories, at most
   * maxCandidateDocuments plus a slice of new ones each. One full window and a few hundred more.
   * What they cost is the heap still live after a full collection: with 1,000 kept, 250–340 MB
   * in all for an updating worker between 1,500 and 3,000 stored articles (bench/stream-updates.ts
   * --memory-every; the chains add about 30 MB). The RSS of 1.4–1.6 GB measured before came from
   * V8 letting the heap grow to about four times that between full collections under its default
   * limit, not from the documents: workers run with a 1,024 MB old-space limit
   * (docs/scaling.md, Memory), under which the same process peaks near 760 MB. (1,800 kept put
   * the updating worker at 1,571 MB RSS after 2,010 articles under the default limit.)
   */
  cachedDocuments: number;
  /**
   * Of the candidate stories, each new article's this many nearest by the stored terms
   * (story-prefilter.ts) are loaded, with those sharing a MinHash band with it or holding a touched
   * document; the others are left as stored. 0 loads every candidate (the default). At 3 (every
   * story a new article joined without a shared band was its nearest or second nearest, on the
   * stream bench's articles) the window was 18% smaller at the same stories, but the update's CPU
   * showed no gain above the noise (−7% by the means of two alternated runs, within their spread)
   * and verdicts moved 1.1 points further from batch (docs/scaling.md, "live-delta"): off until both improve.
   */
  prefilterTop: number;
  /** Times an incremental update is recomputed when another process changed its stories meanwhile, before a whole-corpus run. */
  staleRetries: number;
}

export const LIVE_CORPUS: LiveCorpusConfig = {
  storyKeepJaccard: 0.5,
  maxKeyStories: 50,
  maxCandidateStories: 8,
  maxCandidateDocuments: 600,
  maxTouchedPerUpdate: 64,
  cachedDocuments: 1_000,
  staleRetries: 3,
  prefilterTop: 0,
};
