/** Tuned numbers of the person-name matcher, each with its reason. */
export const PERSON_MATCH = {
  /** Skeletons shorter than this collide by chance ("Li", "Lu"): a skeleton match needs at least this many consonants. */
  minSkeleton: 3,
  /** A vowel change makes a variant only in names this long: "Ahmed"/"Ahmad", "Morsi"/"Mursi" are one name; "Tim"/"Tom", "Thune"/"Thani" two. */
  minVowelVariant: 5,
  /** One letter changed, dropped or added is a near spelling only in names this long ("Shmyhal"/"Shmygal"; not "Sass"/"Sasse"). */
  minOneEdit: 5,
  /** A vowel left out between consonants makes a variant only in names this long ("Zawahiri"/"Zawahri"). */
  minSyncope: 6,
  /** Two names compared whole across a different split ("Chan-ocha"/"Chan-o-cha") only when this long: short strings collide by chance. */
  minJoinedVariant: 8,
  /** Score of two names the matcher keeps apart: below the resolver's 0.5 floor for named people, so context cannot join them. */
  apartScore: 0.4,
  /** A near spelling without the evidence it needs: inside the possible-alias band (0.66-0.82), reported, never merged. */
  unsureScore: 0.7,
  /** A given name shorter than this may be a short form of another with its initial ("Mo", "Maurice"). */
  minFullGivenName: 4,
  /** One surname, another given name of the same initial ("Mo", "Maurice"): at the floor, left to context as before. */
  sameInitialScore: 0.5,
  /** A lone given name against a full name: weak, left to context (between the floor and the possible-alias band). */
  loneGivenScore: 0.6,
  /** A lone surname stands for a full name a little less surely than the full name itself. */
  loneScale: 0.95,
  /** One given name and one surname, spelled the same. */
  identicalFullScore: 0.97,
  /** A transliteration variant of a surname: as sure as the resolver's strong name matches (>= 0.82). */
  strongScore: 0.9,
  /** A near spelling joined by outside evidence: above the within-article threshold (0.76), at the cross-article strong mark. */
  weakScore: 0.82,
  /** A full name inside a longer one ("Mark Felt", "W. Mark Felt"). */
  containedScore: 0.88,
} as const;
