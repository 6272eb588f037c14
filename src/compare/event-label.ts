import type { Claim } from '../model/claim.js';
import type { Document } from '../model/document.js';
import type { Mention } from '../model/mention.js';
import type { TimeExpression } from '../model/time.js';
import { datedPredicate, quotedContents } from './timeline-events.js';
import { REPORTING_VERBS } from '../claims/lexicon.js';
import type { Quote } from '../model/quote.js';

/** The longest label a timeline entry shows; longer ones are cut with an ellipsis. */
const MAX_LABEL = 140;
/**
 * A subject phrase of more words than this is a clause, not a subject: the nearest name stands for
 * it. A counted subject placed by its place runs to ten ("About 1,800 workers at the Korrin mine
 * outside Draymoor walked out").
 */
const MAX_SUBJECT_WORDS = 10;

/**
 * Where the clause of a verb begins, scanning back from it: punctuation that opens a clause, a
 * speech verb whose complement the clause is ("said boats had reached"), or a subordinator.
 * "and" is not one: "Rescue teams and soldiers were searching" has one subject; nor is the comma
 * of a date ("April 6, 2026").
 */
const CLAUSE_OPENER = /(?:,(?!\d)(?!\s*\d{4}\b)|[;:(—–]|\s-{1,2}\s|\b(?:said|says|told|added|that|after|before|when|while|since|because|until|who|which|where)\s)\s*/gu;
/** Words that can stand between a subject and its verb without being the subject. */
const AUXILIARIES = /^(?:(?:had|has|have|was|were|is|are|been|being|be|will|would|could|should|may|might|must|can|did|does|do|not|also|then|later|already|finally|still|reportedly|allegedly|just|never)\s*)*$/iu;
const PERSONAL_PRONOUN = /^(?:he|she|they|it|we|i)$/iu;
/** The preposition that attaches a date to the noun before it ("the primary on"), with the spaces around it. */
const DATE_PREPOSITION_AT_END = /\s+(?:on|in|of|for|at|from)\s+$/iu;

/**
 * What happened at a time, as a short label: the dated predicate with its own subject phrase and
 * its words up to its object, e.g. "rescue teams in western Marazia were searching" rather than
 * the nearest name ("Marazia searching"), and "boats had reached the lower districts" for "X
 * said boats had reached ...", where the speaker did not reach anything. The subject is the
 * words between the clause's opening and the verb; when those are only auxiliaries, a pronoun or
 * a long clause, the nearest name before the verb (else the claim's actor) stands for it. Falls
 * back to the clause when the claim has no verb.
 */
export function describeEvent(v: { claim: Claim; doc: Document }, time: TimeExpression): string {
  const text = v.doc.text;
  const sentence = v.claim.sentence;
  const quotes = quotedContents(v.doc);
  const pred = datedPredicate(v.claim.predicates, time, text, quotes);
  if (!pred) {
    // A date in a quotation with no verb of the claim inside it: the quoted words say what happened.
    const quote = quotes.find((q) => q.start <= time.start && time.end <= q.end);
    return clip(quote ? text.slice(quote.start, quote.end) : text.slice(sentence.start, sentence.end));
  }
  const said = reportedContent(text, sentence.end, pred, v.claim.predicates, v.doc.layers.quotes ?? []);
  const end = said === null ? predicateEnd(text, sentence.end, pred, time) : pred.end;
  const suffix = said === null ? '' : `: ${said}`;
  const span = subjectSpan(text, sentence.start, pred.start);
  // "On 3 March the dam gave way": the date is the entry's, not part of who did it. Inside the
  // subject ("the primary on 3 April would decide") it is cut out, and the subject kept.
  // A possessive date ("the toll from Tuesday's earthquake") is part of the subject and stays.
  if (time.start >= span.start && time.end <= span.end && !/^['’]s\b/u.test(text.slice(time.end, time.end + 2))) {
    const lead = text.slice(span.start, time.start);
    const after = time.end + (/^[\s,]*/u.exec(text.slice(time.end, span.end))?.[0].length ?? 0);
    const head = DATE_PREPOSITION_AT_END.exec(lead);
    if (head && head.index > 0 && span.joiner === '') {
      span.end = span.start + head.index;
      span.joiner = ' ';
      span.from = after;
    } else {
      span.start = after;
    }
  }
  // A clause joined by a conjunction ("... and said last month that ...") has no subject of its own.
  const subject = text.slice(span.start, span.end).trim().replace(/^(?:and|but|or|yet|so)(?:\s+|$)/iu, '');
  const words = subject.split(/\s+/u).filter(Boolean);
  const own = words.length > 0 && words.length <= MAX_SUBJECT_WORDS && !AUXILIARIES.test(subject) && !PERSONAL_PRONOUN.test(words[0]);
  // Contiguous subject and verb read as the text does; a subject before an insertion is joined to its verb.
  if (own) return clip(`${span.joiner === '' ? text.slice(span.start, end) : `${subject}${span.joiner}${text.slice(span.from ?? pred.start, end)}`}${suffix}`);
  const mentions = v.doc.layers.mentions ?? [];
  // An actor carried over to a clause joined by a conjunction ("... and said") is named by its
  // mention: the words where it was inferred are the conjunction. A pronoun stays as written: its
  // antecedent may be wrong, and "they listened" misleads less than a wrong name.
  const actor = v.claim.actor;
  const carried = actor && /^(?:and|but|or|yet|so)$/iu.test(actor.text.trim()) && actor.mention !== undefined ? mentions[actor.mention]?.text : undefined;
  const actorName = carried ?? actor?.text ?? '';
  const named = nearestName(mentions, text, sentence.start, pred.start)?.text ?? actorName;
  const verbPhrase = text.slice(pred.start, end);
  return clip(`${named && !verbPhrase.includes(named) ? `${named} ` : ''}${verbPhrase}${suffix}`);
}

/**
 * "that" opening what was said: right after the verb, or after an adverbial that starts with a
 * preposition or an adverb ("said after two days of talks with the owners on Thursday that"). A
 * "that" after an object is a relative or a determiner ("announced plans that", "said that area").
 */
const THAT_AFTER_ADVERBIAL = /^(?:\s+\(?(?:after|before|at|in|on|during|following|since|with|to|for|from|by|earlier|later|last|this|next|again|also|then|once|today|yesterday|tonight|now|recently|previously|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December|[\p{L}]+ly)(?![\p{L}])(?:\s+[^\s"“”]+){0,15}?)?\s+that\s+/iu;

/**
 * A dated verb of saying ("said at an event last month that justice would be done", "said after
 * talks with his Chinese counterpart that ...") says little without what was said: the reported
 * clause after "that", else the reported speech the quotation finder read right after the verb
 * ("said the weekend talks had been serious"), as far as the label allows; null when neither.
 */
function reportedContent(text: string, sentenceEnd: number, pred: Claim['predicates'][number], predicates: Claim['predicates'], quotes: readonly Quote[]): string | null {
  if (!REPORTING_VERBS.has(pred.lemma.toLowerCase())) return null;
  const that = THAT_AFTER_ADVERBIAL.exec(text.slice(pred.end, sentenceEnd));
  // A verb between the saying and "that" makes it another clause's ("said Thursday the actress
  // checked into a clinic that …": a relative).
  const thatAt = that ? pred.end + that[0].length : 0;
  if (that && !predicates.some((q) => q.start >= pred.end && q.end <= thatAt)) return text.slice(thatAt, sentenceEnd);
  const reported = quotes.find((q) => q.kind === 'reported' && q.start <= pred.start && q.content.start >= pred.end && q.content.start - pred.end <= 2 && q.content.end <= sentenceEnd);
  return reported ? text.slice(reported.content.start, reported.content.end) : null;
}

/** The predicate's words up to the end of its object, else up to the next clause or preposition. */
function predicateEnd(text: string, sentenceEnd: number, pred: Claim['predicates'][number], time: TimeExpression): number {
  // The date is the entry's own: a label stops before it ("ordered back to port", not "... on Wednesday as ...").
  if (pred.target && pred.target.end > pred.end && pred.target.end - pred.end < 80) return time.start > pred.end ? Math.min(pred.target.end, time.start) : pred.target.end;
  const rest = text.slice(pred.end, Math.min(sentenceEnd, time.start > pred.end ? time.start : sentenceEnd));
  const stop = rest.search(/[;:—]|,\s|\s(?:and|but|after|before|when|while|since|in|on|at)\s/u);
  return pred.end + (stop >= 0 ? stop : Math.min(rest.length, 60));
}

/**
 * The verb's subject phrase: after the last clause opener before the verb. When nothing but
 * auxiliaries follows a comma, the verb continues a phrase set off by commas: after an insertion
 * ("Yusuf al-Karimi, the provincial governor, ordered ...") the subject is the phrase before the
 * insertion, joined to the verb; a participle right after a comma ("The decree, signed in ...")
 * describes the phrase before it, and keeps its comma.
 */
function subjectSpan(text: string, sentenceStart: number, verbStart: number): { start: number; end: number; joiner: string; from?: number } {
  const before = text.slice(sentenceStart, verbStart);
  const openers = [...before.matchAll(CLAUSE_OPENER)].map((m) => ({ start: m.index, end: m.index + m[0].length, comma: m[0].trim() === ',', relative: /^(?:who|which)\s/u.test(m[0]) }));
  const last = openers[openers.length - 1];
  if (!last) return { start: sentenceStart, end: verbStart, joiner: '' };
  const rest = before.slice(last.end).trim();
  // "the dam, which was built": the relative pronoun's antecedent is the subject.
  if (last.relative && (rest === '' || AUXILIARIES.test(rest))) {
    // "which" stands for a thing, whose number its verb shows; a person's name ("Williams") does not show it.
    const number = /^which/iu.test(before.slice(last.start)) ? verbNumber(rest || text.slice(verbStart, verbStart + 8)) : null;
    const np = antecedent(before.slice(0, last.start).replace(/[\s,]+$/u, ''), number);
    if (np) return { start: sentenceStart + np.start, end: sentenceStart + np.end, joiner: ' ', from: sentenceStart + last.end };
  }
  if (last.comma && (rest === '' || AUXILIARIES.test(rest))) {
    const previous = openers[openers.length - 2];
    if (previous?.comma) return { start: sentenceStart + (openers[openers.length - 3]?.end ?? 0), end: sentenceStart + previous.start, joiner: ' ' };
    if (rest === '') return { start: sentenceStart + (previous?.end ?? 0), end: sentenceStart + last.start, joiner: ', ' };
  }
  // "..., and parliament will debate it": the conjunction joins clauses, it is no part of the subject.
  const conjunction = /^(?:and|but|or|so|yet)\s+/iu.exec(before.slice(last.end))?.[0].length ?? 0;
  return { start: sentenceStart + last.end + conjunction, end: verbStart, joiner: '' };
}

/** Whether a verb form agrees with a singular or a plural subject only ("was", "has"; "were", "have"); null for either. */
function verbNumber(words: string): 'singular' | 'plural' | null {
  const first = /^\s*([\p{L}]+)/u.exec(words)?.[1].toLowerCase();
  return first === 'was' || first === 'is' || first === 'has' ? 'singular' : first === 'were' || first === 'are' || first === 'have' ? 'plural' : null;
}

/** A noun's number read off its ending: "groups" plural, "agreement", "process", "status" singular. */
const pluralNoun = (word: string) => /[^su'’]s$/iu.test(word);

const DETERMINER = /^(?:the|a|an|its|his|her|their|our|this|that|these|those)$/iu;

/**
 * The noun phrase a text ends with: back to its determiner or possessive, at most five words
 * ("the upkeep of the dam" → "the dam"). A relative clause's verb that agrees with one number
 * only ("which was extended") skips a nearer phrase of the other number: in "a ceasefire
 * agreement between the government forces and the armed groups, which was extended", the
 * agreement was extended. An earlier phrase ends at the word before the next determiner's phrase
 * begins with a preposition or conjunction ("a ceasefire agreement between ...").
 */
function antecedent(before: string, number: 'singular' | 'plural' | null = null): { start: number; end: number } | null {
  const all = [...before.matchAll(/[\p{L}\p{N}'’-]+/gu)];
  if (number) {
    const recent = all.slice(-14);
    let nearest = true;
    for (let i = recent.length - 1; i >= 0; i--) {
      if (!DETERMINER.test(recent[i][0])) continue;
      // The nearest phrase runs to the text's end (its last word the noun the verb follows); an
      // earlier one to the first preposition or conjunction after its determiner.
      let j = recent.length;
      if (!nearest) for (j = i + 1; j < recent.length && !/^(?:between|of|in|on|at|for|with|from|by|and|or|to|near|after|before)$/iu.test(recent[j][0]); j++);
      nearest = false;
      const head = recent[j - 1];
      if (j - 1 <= i) continue;
      if ((number === 'plural') === pluralNoun(head[0])) return { start: recent[i].index, end: j === recent.length ? before.length : head.index + head[0].length };
    }
  }
  const words = all.slice(-5);
  for (let i = words.length - 1; i >= 0; i--) {
    if (DETERMINER.test(words[i][0])) return { start: words[i].index, end: before.length };
  }
  const lastWord = words[words.length - 1];
  return lastWord ? { start: lastWord.index, end: before.length } : null;
}

function nearestName(mentions: Mention[], text: string, from: number, verbStart: number): Mention | undefined {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i];
    if (m.end > verbStart || m.start < from || verbStart - m.end >= 60 || m.type === 'MISC') continue;
    if (/^['’]s?\b/u.test(text.slice(m.end, m.end + 3))) continue;
    return m;
  }
  return undefined;
}

function clip(s: string): string {
  // A quotation mark at either end belongs to a quotation the label only touches: '" Tolland said'.
  const flat = s.replace(/\s+/gu, ' ').replace(/^[\s"“”]+|[\s"“”]+$/gu, '').replace(/(?:[\s,;:]+|\s(?:on|in|at|by|from|since|until|of)\s*)+$/u, '').trim();
  return flat.length <= MAX_LABEL ? flat : `${flat.slice(0, MAX_LABEL - 1)}…`;
}
