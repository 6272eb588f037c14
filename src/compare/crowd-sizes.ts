import type { Conflict, Corpus } from '../model/corpus.js';
import type { Document } from '../model/document.js';
import type { Quantity } from '../model/quantity.js';
import type { Range } from '../model/span.js';
import type { TimeExpression } from '../model/time.js';
import { posName } from '../annotate/tokens/tokenize.js';
import { lowerLemma } from './lower-lemma.js';
import { compatible } from './conflicts.js';
import { firstNounSenseFile } from './wordnet.js';
import { sameDay, statedDay } from './calendar.js';
import { outletSide } from './attributes.js';
import { oneValuePerDocument } from './one-value-per-document.js';

/**
 * How many people a gathering drew, as one report states it: "about 2,000 people attended the
 * rally", "the rally in Dayton drew 5,000 supporters", "a crowd of 5,000 at the rally". A
 * gathering happens once, so two reports of one story that count its crowd differently
 * disagree, however differently their sentences are built: the count needs no aligned claim.
 */
export interface StatedCrowd {
  doc: Document;
  publisher: string;
  /** The gathering's noun with the words that qualify it ("first rally"), lower case. */
  gathering: string;
  count: Quantity;
  /** Who the report gives the figure to ("police", "organisers"), lower case; null in its own voice. */
  source: string | null;
  /** The day the sentence states, if any: a vigil on Wednesday and one on Friday are two gatherings. */
  day: TimeExpression | null;
  sentence: Range;
}

/** Nouns naming a gathering people attend: a closed class, so a count of people beside one is its crowd. */
const GATHERINGS = new Set(['rally', 'protest', 'march', 'demonstration', 'concert', 'funeral', 'vigil', 'inauguration', 'parade', 'ceremony', 'memorial', 'festival', 'convention', 'gathering', 'celebration', 'procession', 'service', 'speech', 'meeting', 'game', 'match', 'show']);
/** Lexicographer file of nouns for people (noun.person): "supporters", "mourners", "protesters". */
const PERSON_FILE = 18;
/** Adjectives, numbers and nouns qualifying the gathering's noun ("first rally", "annual march", "board meeting"). */
const MAX_QUALIFIERS = 2;
/** From the count to the gathering: "2,000 people attended the", "5,000 gathered for Saturday's". */
const COUNT_THEN_GATHERING = /^\s+(?:had\s+|have\s+)?(?:attended|attend|gathered\s+(?:at|for|in)|turned\s+out\s+(?:for|at|to)|joined|packed|filled|took\s+part\s+in|marched\s+in|showed\s+up\s+(?:at|for)|were\s+at|were\s+present\s+at)\s+(?:the\s+|a\s+|an\s+|this\s+|[\p{L}]+['’]s\s+)?(?:[\p{L}-]+\s+){0,2}$/u;
/** From the gathering to the count: "the rally in Dayton drew", "the funeral was attended by", "a crowd of 5,000 at the". */
const GATHERING_THEN_COUNT = /^(?:\s+[^\s,.;:]+){0,5}?\s+(?:drew|draws|attracted|attracts|brought\s+out|was\s+attended\s+by|were\s+attended\s+by|had\s+a\s+crowd\s+of)\s+(?:a\s+crowd\s+of\s+)?$/u;
const CROWD_AT = /\bcrowd\s+of\s+$/;
const AT_GATHERING = /^\s+(?:at|for)\s+(?:the\s+|a\s+|an\s+|this\s+|[\p{L}]+['’]s\s+)?(?:[\p{L}-]+\s+){0,2}$/u;
/** A figure given to a source after it: ", police said", ", according to organisers". */
const SOURCE_AFTER = /(?:,\s*|\s+)(?:according\s+to\s+(?:the\s+)?([\p{L}\s]{2,40}?)|(?:the\s+)?([\p{L}]+(?:\s+[\p{L}]+)?)\s+(?:said|say|says|estimated|estimate|reported|claimed))\s*[.,;]?\s*$/u;

/** Who the rest of a sentence gives its figure to (", police said"), lower case, or null. */
export function sourceAfter(rest: string): string | null {
  const said = SOURCE_AFTER.exec(rest);
  return said ? (said[1] ?? said[2]).trim().toLowerCase() : null;
}

function personCount(q: Quantity, before: string): boolean {
  if (q.kind !== 'count') return false;
  if (!q.counts) return CROWD_AT.test(before);
  const head = (q.counts.toLowerCase().match(/[\p{L}]+/gu) ?? []).pop() ?? '';
  return head === 'people' || head === 'persons' || firstNounSenseFile(head.replace(/s$/, '')) === PERSON_FILE || firstNounSenseFile(head) === PERSON_FILE;
}

/** The crowds a document counts, one per counted gathering it names in an attendance construction. */
export function statedCrowds(corpus: Corpus, doc: Document): StatedCrowd[] {
  const t = doc.layers.tokens;
  const quantities = doc.layers.quantities ?? [];
  if (!t || quantities.length === 0) return [];
  const publisher = corpus.documentPublisher?.get(doc.id) ?? `p:${doc.id}`;
  const sentences = doc.layers.sentences ?? [];
  const text = doc.text;
  const out: StatedCrowd[] = [];
  for (let i = 0; i < t.count; i++) {
    if (posName(t.pos[i]) !== 'NOUN') continue;
    // Every noun of the story's reports passes here: the lowercased lemma is read from the shared table.
    const lemma = lowerLemma(t.lemma[i]);
    if (!GATHERINGS.has(lemma)) continue;
    const sentence = sentences[t.sentence[i]];
    if (!sentence) continue;
    const count = quantities.find((q) => {
      if (q.start < sentence.start || q.end > sentence.end) return false;
      const before = text.slice(sentence.start, q.start);
      if (!personCount(q, before)) return false;
      if (q.end <= t.start[i]) return COUNT_THEN_GATHERING.test(text.slice(q.end, t.start[i])) || (CROWD_AT.test(before) && AT_GATHERING.test(text.slice(q.end, t.start[i])));
      return GATHERING_THEN_COUNT.test(text.slice(t.end[i], q.start));
    });
    if (!count) continue;
    let k = i - 1;
    // A noun before it names the kind ("board meeting", "campaign rally"): a board meeting and a public meeting are two gatherings.
    while (k >= 0 && i - k <= MAX_QUALIFIERS && (posName(t.pos[k]) === 'ADJ' || posName(t.pos[k]) === 'NUM' || posName(t.pos[k]) === 'NOUN')) k--;
    const qualifiers: string[] = [];
    for (let q = k + 1; q < i; q++) qualifiers.push(lowerLemma(t.lemma[q]));
    const source = sourceAfter(text.slice(count.end, sentence.end));
    const day = (doc.layers.times ?? []).find((x) => x.start >= sentence.start && x.end <= sentence.end && statedDay(text, doc.meta.published, x)) ?? null;
    out.push({ doc, publisher, gathering: [...qualifiers, lemma].join(' '), count, source, day, sentence: { start: sentence.start, end: sentence.end } });
  }
  return out;
}

/**
 * Two independent publishers of one story counting the crowd of the gathering they name with the
 * same words incompatibly ("about 2,000" and "5,000"; "more than 4,000" and "4,500" agree). Only
 * figures of the same standing are set against each other: both in the outlets' own voice, or
 * both given to the same source, and never on two stated days (two vigils). Organisers' and
 * police estimates differ as a rule, and a report giving one gathering two counts (each
 * source's) is left out.
 */
export function crowdSizeConflicts(corpus: Corpus, documents: Document[], story: string, firstId: number): Conflict[] {
  const byGathering = oneValuePerDocument(documents, (doc) => statedCrowds(corpus, doc), (c) => c.gathering, (x, y) => compatible(x.count, y.count));
  const out: Conflict[] = [];
  for (const [name, crowds] of byGathering) {
    for (let i = 0; i < crowds.length; i++) {
      for (let j = i + 1; j < crowds.length; j++) {
        const [x, y] = [crowds[i], crowds[j]];
        if (x.publisher === y.publisher || x.source !== y.source || compatible(x.count, y.count)) continue;
        if (x.day && y.day && !sameDay(x.day, y.day)) continue;
        const side = (c: StatedCrowd) => {
          const stated = outletSide(c.publisher, c.doc, c.sentence, c.count.text);
          return c.source ? { ...stated, attribution: { kind: 'speaker' as const, name: c.source } } : stated;
        };
        out.push({ id: `${story}:g${firstId + out.length}`, story, kind: 'number', about: `how many people the ${name} drew${x.source ? `, as ${x.source} put it` : ''}`, sides: [side(x), side(y)] });
      }
    }
  }
  return out;
}
