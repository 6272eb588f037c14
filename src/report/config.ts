/**
 * How much the human-facing dossiers (Markdown, HTML) show before they defer to the JSON.
 * The JSON dossier always holds everything; these numbers only decide what a reader sees first.
 * Chosen by reading the examples and the ECB+ pile (topics 1-35) against the issue 15 target
 * (Markdown at most a quarter of the input's bytes), not fitted to any one story.
 */
export interface SummaryConfig {
  /** Tensions and differing wordings listed per story (updates are always listed): weaker signals than conflicts, counted beyond this. */
  divergencesShown: number;
  /** Corroborated claims listed per story, most check-worthy first: a fact-checker's first page, not the whole list. */
  corroboratedShown: number;
  /** Single-source claims listed per story: the few most worth checking; the rest rest on one outlet and stay in the JSON. */
  singleSourceShown: number;
  /** Entities listed per story, by mentions: the main actors; long tails of places and groups are in the JSON. */
  entitiesShown: number;
  /** Other spellings named per entity; the rest are counted (all are in the JSON). */
  aliasesShown: number;
  /** Unresolved alias pairs named per story, highest resolver score first; low-score pairs are mostly places that share a word. */
  aliasPairsShown: number;
  /** Quotations listed per story (Markdown), one per speaker first. */
  quotesShown: number;
  /** Timeline rows listed per story in the Markdown: the dense period first, outliers folded into one line. */
  timelineShown: number;
  /** Outlets named as "not covering" a story: the pile's most prolific other outlets; the rest are counted. */
  notCoveringShown: number;
  /** Claim text is cut at this many characters in summaries (the evidence offsets lead to the whole sentence). */
  claimChars: number;
  /** Quotations and single-source claims are cut at this many characters in the Markdown. */
  quoteChars: number;
  /** Evidence quotes under a conflict side are cut at this many characters. */
  evidenceChars: number;
}

export const SUMMARY: SummaryConfig = {
  divergencesShown: 3,
  corroboratedShown: 5,
  singleSourceShown: 3,
  entitiesShown: 5,
  aliasesShown: 4,
  aliasPairsShown: 3,
  quotesShown: 3,
  timelineShown: 6,
  notCoveringShown: 5,
  claimChars: 160,
  quoteChars: 140,
  evidenceChars: 160,
};

/** How the timeline axis zooms to a story's dense period. */
export interface TimelineAxisConfig {
  /**
   * Share of the entries the dense window must hold: the rest may be folded as outliers. At 0.8
   * the examples' flood story kept "autumn 2024" and "summer 2025" on the axis and its March
   * days took a tenth of the width; at 0.7 the axis is the weeks the story happened in.
   */
  denseShare: number;
  /**
   * Fold only when the dense window is this much narrower than the whole span; a story whose
   * dates spread evenly keeps its full axis rather than losing a fifth of its entries.
   */
  foldBelowShareOfSpan: number;
  /** Fewer entries than this are always shown on the full axis: nothing is an outlier among three. */
  minEntriesToFold: number;
  /** Shortest window in days, so that a story told within one day still has a readable axis. */
  minWindowDays: number;
}

export const TIMELINE_AXIS: TimelineAxisConfig = {
  denseShare: 0.7,
  foldBelowShareOfSpan: 0.25,
  minEntriesToFold: 5,
  minWindowDays: 7,
};
