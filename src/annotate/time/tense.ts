/**
 * Which way a bare weekday or month points: the tense of the clause around it. News reports
 * mostly in the past, so an unmarked clause reads as past.
 */
export type Direction = 'past' | 'future';

const FUTURE = /\b(?:will|shall|won't|'ll|going to|is to|are to|plans? to|planned to|scheduled|expected to|expects? to|set to|due to|would|next(?!\s+to\b)|upcoming|coming|later this|intends? to|aims? to|hopes? to|as soon as|as early as|ahead of|(?:agreed|agreement|decided|decision|promised|pledged|vowed|voted|offered|deal|proposal|proposed|slated|sought|seeks?|wants?|wanted|hoped)\s+to|(?:planned|slated|scheduled|set)\s+for|planning(?:\s+to)?|planned\s+an?)\b/gi;
const PAST = /\b(?:was|were|had|did|said|told|ago|last|earlier|previously|yesterday|brought|began|became|bought|sold|took|made|came|went|rose|fell|left|won|lost|paid|held|met|gave|got|found|saw|thought|led|ran|grew|spent|sent|kept|built|knew|wrote|spoke|chose|struck|fought|stood|fled|shot|drove|flew|broke|threw|drew|sought|taught|caught|felt|meant|heard|lay|sank|swept|stole|wore|forbade|withdrew|overtook|undertook|(?:[a-z]{3,}(?<!need|seed|feed|speed|bleed|breed|proceed|exceed|succeed|indeed|hundred|red|bed|shed|wed)ed))\b/gi;

const QUOTE = /''|``|["\u201c\u201d]/;
/** A determiner, and at most one word after it, right before a participle used as an adjective. */
const ATTRIBUTIVE_BEFORE = /\b(?:a|an|the|this|that|its|their|his|her|our)\s+(?:[a-z]+\s+)?$/i;

interface Marker {
  at: number;
  dir: Direction;
  /** Auxiliaries and "said" are sure signs; any "-ed" word may be a participle or an adjective. */
  strong: boolean;
}

/**
 * The markers of the last sentence asked about: each time expression asks three times (plain,
 * strong, weighted) and a sentence often holds several, so its scans run once, not per question.
 */
let lastSentence: string | null = null;
let lastMarkers: readonly Marker[] = [];

function markersOf(sentence: string): readonly Marker[] {
  if (sentence !== lastSentence) {
    lastMarkers = markers(sentence);
    lastSentence = sentence;
  }
  return lastMarkers;
}

function markers(sentence: string): Marker[] {
  const out: Marker[] = [];
  for (const m of sentence.matchAll(FUTURE)) {
    // "the only scheduled debate", "a planned rally": a participle qualifying a noun after its
    // determiner tells of the plan, not of the clause's tense (the debate may be over).
    if (/^(?:scheduled|planned|expected)$/i.test(m[0]) && ATTRIBUTIVE_BEFORE.test(sentence.slice(Math.max(0, (m.index ?? 0) - 24), m.index))) continue;
    // "expected" and "scheduled" end in -ed but point forward; PAST would also claim them.
    // "had been due to", "had been scheduled to": a plan seen from after it, so the past.
    const pastPlan = /\bhad\s+(?:been\s+)?$/i.test(sentence.slice(Math.max(0, (m.index ?? 0) - 12), m.index));
    out.push({ at: m.index ?? 0, dir: pastPlan ? 'past' : 'future', strong: true });
  }
  for (const m of sentence.matchAll(PAST)) {
    const word = m[0].toLowerCase();
    if (word === 'expected' || word === 'scheduled' || word === 'planned') continue;
    // "were planning to", "was due to", "was about to": the future seen from the past, left to FUTURE.
    if ((word === 'was' || word === 'were') && /^\s+(?:planning|going|expected|scheduled|set|due|about|slated|poised)\b/i.test(sentence.slice((m.index ?? 0) + word.length))) continue;
    // "United", "Ahmed": a capitalised word inside the sentence is a name, not a verb.
    if (word.endsWith('ed') && /^[A-Z]/.test(m[0]) && (m.index ?? 0) > 0 && !/^(?:Said|Had|Was|Were|Did)$/.test(m[0])) continue;
    // "a still unspecified date", "the proposed merger": an "-ed" word after a determiner is an adjective.
    if (word.endsWith('ed') && (/^un/.test(word) || /\b(?:a|an|the|this|that|its|their|his|her|our|still|newly)\s+$/i.test(sentence.slice(Math.max(0, (m.index ?? 0) - 10), m.index)))) continue;
    // "would be paid", "to be sold": a participle after a modal or "be" carries no tense of its own.
    if (/\b(?:be|being|is|are|to|will|would|shall|can|could|may|might|must|should)\s+$/i.test(sentence.slice(Math.max(0, (m.index ?? 0) - 12), m.index))) continue;
    out.push({ at: m.index ?? 0, dir: 'past', strong: !word.endsWith('ed') || word === 'said' });
  }
  return out;
}

/**
 * The direction for an expression at [start, end) of `sentence` (offsets relative to it): the
 * nearest tense marker wins, a marker before the expression (the verb governing it) weighing
 * a little more than one after it.
 */
export function directionAt(sentence: string, start: number, end: number, strongOnly: boolean | 'weighted' = false): Direction | null {
  let best: Marker | null = null;
  let bestCost = Infinity;
  const all = markersOf(sentence);
  for (const mk of all) {
    if (strongOnly === true && !mk.strong) continue;
    // "In May, it announced plans to...": the first verb after the expression governs what follows it.
    if (strongOnly === 'weighted' && mk.at >= end && all.some((o) => o.at >= end && o.at < mk.at)) continue;
    if (mk.at >= start && mk.at < end) continue;
    // A quotation keeps its own tense: the reporting verb outside it ("...,'' he said") does not date its words.
    const between = mk.at < start ? sentence.slice(mk.at, start) : sentence.slice(end, mk.at);
    if (QUOTE.test(between)) continue;
    // 'weighted': a sure sign counts at any distance, an "-ed" word only when it is much nearer.
    const cost = (mk.at < start ? (start - mk.at) * 0.5 : mk.at - end) * (strongOnly === 'weighted' && !mk.strong ? 2 : 1);
    if (cost < bestCost) {
      bestCost = cost;
      best = mk;
    }
  }
  return best?.dir ?? null;
}
