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
   * Documents a worker process keeps between updates (document-cache.ts): consecutive updates
   * load mostly the same candidate stories, at most maxCandidateDocuments plus a slice of new
   * ones each. One full window and a few hundred more: a kept real-length document with its
   * layers is about 220 KB of heap (1,800 kept put the updating worker of a 10,000-article
   * stream at 1,571 MB after 2,010 articles, 1,000 kept at 1,402 MB), and the ones outside the
   * current window are the cost.
   */
  cachedDocuments: number;
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
};
