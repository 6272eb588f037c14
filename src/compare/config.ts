/**
 * The compare stage's tuned numbers, each with its reason. One object, read-only: no global
 * switches.
 */
export const COMPARE_CONFIG = {
  /** Two claims from different publishers are candidates when they are each other's best match above this (similarity.ts). */
  alignThreshold: 0.3,
  /**
   * A vague plural amount ("dozens", "scores", "hundreds") means at least its least value and up
   * to this many times it: "scores of languages" does not dispute "around 50 languages". Wide on
   * purpose: such words are chosen for not giving a figure.
   */
  vagueAmountSpan: 50,
  /**
   * "More than 4,200" is written of a count just past a figure rounded where its last nonzero
   * digit stands (here the hundreds): a writer who knew of 6,000 would say "some 6,000". It means
   * up to this many rounding units above the figure, not any number above it: "more than 4,200"
   * reaches 4,500, "more than 4,000" 7,000, "over 50" 80. Three units leave a count that rose
   * while the writer kept an older round figure inside.
   */
  atLeastRoundingUnits: 3,
  /** Below the threshold but above this, a mutual best pair is "unclear": shown, neither aligned nor a conflict. */
  unclearThreshold: 0.22,
  /** A shared noun named in at most this many of a story's claims is specific enough for a tension. */
  tensionRareNounMaxClaims: 4,
  /**
   * A place named in few of a story's claims identifies the event it is the place of: at most
   * this share of them (a long story names its places more often), and never fewer than the minimum.
   */
  rareEntityShare: 0.05,
  rareEntityMinClaims: 3,
  /** How many of a claim's most similar candidates are tried, in order, for one that passes as the same fact. */
  alignCandidates: 3,
  /**
   * One named speaker's statement reported by two outlets shares at least this much of its
   * content words (IDF-weighted): the level at which two claims become alignment candidates at all.
   */
  sameStatementMinWords: 0.3,
  /**
   * A conflict needs this much evidence that both sides report one event, apart from the slot
   * they disagree on (conflicts.ts identityEvidence: a named participant in the same role, the
   * same day, a distinctive description, a rare place, most words in common, 1 each). A single
   * shared participant is what two different offers, games or arrests have in common too.
   */
  conflictMinIdentity: 2,
  /**
   * A corroboration needs this much evidence of one event beyond the kind of its verb (same scale
   * as conflictMinIdentity): a named participant plus the same object, day, place or most words.
   * A shared verb class and one participant is what different statements about one person share.
   */
  corroborationMinIdentity: 1.5,
  /**
   * Two located places of one country closer than this are not a disagreement about where: a
   * town and its neighbour, a suburb and its city, are named for one another.
   */
  placeConflictMinKm: 50,
  /**
   * The learned event model (event-links.ts) putting the two claims' predicates in one event:
   * evidence of one event like a shared participant, not proof (its link precision on ECB+ is
   * that of a 0.76 CoNLL F1 model), so a conflict still needs one anchor of its own.
   */
  eventLinkIdentity: 1,
  /**
   * A story whose predicates would give the event model more candidate pairs than this is
   * compared without its links: scoring grows with the square of a predicate's mentions, and a
   * text of one endless sentence, or a story of thousands of reports, would spend seconds there.
   * The largest ECB+ story gives 33,543 (831 mentions).
   */
  eventLinkMaxPairs: 200_000,
  /** Most of two sentences' content words (IDF-weighted) in common: evidence of one event. */
  conflictHighWordOverlap: 0.5,
  /** Two quotations of one speaker are one quotation in two wordings above this word overlap (Jaccard). */
  wordingMinOverlap: 0.5,
  /** Quotations shorter than this many words are too short to call two wordings of one. */
  wordingMinWords: 6,
  /**
   * Two speakers given one quotation: only sentences of wordingMinWords words or more (shorter
   * lines, "We will appeal", are said by many people) and quoted alike, the Jaccard of their
   * words at least this, are taken for one statement said once.
   */
  quotationSpeakerMinOverlap: 0.8,
  /**
   * A quoted sentence whose report names no speaker is matched to another report's attributed one
   * only from this many words: a short line ("we will see them in court") is shared by chance more
   * often than a long one, and nothing else says whose words it is.
   */
  wordingUnattributedMinWords: 8,
  /** A later report counts as an update only when published at least this much later (milliseconds). */
  updateMinGapMs: 60 * 60 * 1000,
  /**
   * Two reports of one actor's count of one thing (charges, seats) are set against each other
   * only when published this close: one event's news runs within a day or two, and a later report
   * may tell a later moment of the count (charges added, another game's points, another election).
   */
  heldCountWindowMs: 2 * 24 * 60 * 60 * 1000,
  /** The number's owner (the entity it is about) is the nearest name at most this many characters before it. */
  numberOwnerWindow: 40,
  /** Stated ages outside this range are not ages ("Room 101, ..."), or not of a person news names. */
  ageMin: 1,
  ageMax: 115,
  /** Two reports this close in time give one person the same age (a birthday between them is unlikely). */
  ageSameYearWindowMs: 31 * 24 * 60 * 60 * 1000,
  /**
   * Without both publication dates, two reports of one story may be years apart (a killing and
   * the trial that follows it): only ages further apart than a story's usual span disagree.
   */
  ageGapWithoutDates: 5,
  /**
   * Two stated tenures of one person in one body disagree only this many years apart or more:
   * service is counted from an election or from a swearing-in months later, and "24 years" is
   * often said of 23 and a half, so a one-year difference is a way of counting, not a dispute.
   */
  tenureMinGapYears: 2,
  /**
   * Two clock times of one event on one day disagree from this many minutes apart: reports round
   * to the half hour, and one may give when the alarm was raised, another when it happened.
   */
  clockMinGapMinutes: 60,
} as const;
