import { POS_TAGS, type Document, type Sentence, type TokenColumns } from '../../model/document.js';
import type { Mention } from '../../model/mention.js';
import type { Quote } from '../../model/quote.js';
import type { Range } from '../../model/span.js';
import {
  BARE_COMPLEMENT_CUES, CUE_AT_START, CUE_WORD, INVERTIBLE_CUES, OBJECT_CUES, PARTICIPLE_CUE, SPEECH_EVENT,
} from './cue-words.js';
import { quotedSpans, type QuotedSpan } from './quote-marks.js';
import { roleHead, roleHolder } from './role-holder.js';
import { nameGenders, type Gender } from './name-genders.js';
import { relativeSpeaker, relativised, speakerAfter, speakerBefore, type SpeakerPhrase } from './speaker-phrase.js';

interface Speaker { text: string; range: Range }

/** Content shorter than this, with no speech verb right beside it, is a scare quote ("historic"). */
const MIN_PARTIAL_QUOTE_WORDS = 3;
/** How many sentences back a pronoun may reach for the last named speaker. */
const PRONOUN_REACH = 5;
/** A speaker's titles and role before the name: "Deputy Foreign Minister", "the county's police chief". */
const MAX_TITLE_WORDS = 5;

const INTRO_PHRASE = /^(?:in|on|at|during|after|before|ahead|earlier|later|meanwhile|however|but|and|since|while|although|just|from|under|with|for|by|speaking|asked|when|as|last|this|yesterday|today)\b[^,]{0,100},\s*/iu;
const CLAUSE_BREAK = /(?:,\s*(?:but|and|while|whereas|yet)\s+|;\s*)/gu;
const LEADING_DETERMINER = /^(?:the|a|an)\s+/i;
const LEADING_QUOTATION = /^["“][^"”]*["”]\s*,?\s*/u;
/** An adverb opening a sentence without a comma, before its subject: "Twice she declined", "Later the mayor said". */
const LEADING_ADVERB = /^(?:twice|once|again|later|then|still|also|now|soon|often|instead|[\p{L}]+ly)\s+(?=(?:he|she|they|we|it|the|a|an|his|her|their)\s)/iu;
const FIRST_PERSON_START = /^(?:I|We|My|Our)(?![\p{L}])/u;
const OBJECT_PHRASE = /^\s+(?:(?:the|a|an)\s+)?(?:[\p{Lu}][\p{L}’'.\-]*(?:\s+[\p{Lu}][\p{L}’'.\-]*)*|[\p{Ll}][\p{L}\-]*)/u;
const THAT_NEARBY = /^(?:\s+[^\s.!?;:“”"]+){0,10}?\s+that(?:,\s*|\s+)/u;
/** What may stand between a speech verb and "that": an adverbial, never an object ("a video that"). */
const ADVERBIAL_BEFORE_THAT = /^\s+(?:that[\s,]|(?:before|after|on|in|at|during|to|earlier|later|last|this|again|also|repeatedly|publicly|privately|once|then|[\p{L}]+ly)(?![\p{L}]))/iu;
const CHARACTERISATION = /(?<![\p{L}])(praised|hailed|described|branded|labell?ed|characteri[sz]ed|denounced|condemned)\s+(?:[^,.;“”"]{1,60}?)\s+as\s+([^,.;“”"]+?)(?=\s+(?:and|but|while|after|before|during|in|on|at|for)\s|[,.;]|$)/gu;
/** How an adverbial of a saying opens: a preposition, a day, "today", "late on Monday", "in a statement". */
const ADVERBIAL_TAIL_START = /^\s+(?:(?:late|early)\s+)?(?:on|in|at|during|after|before|today|yesterday|tonight|earlier|later|last|this|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)(?![\p{L}])/iu;
/** A comma and a finite verb right after a speech verb: the attribution is parenthetical ("…, jurors said, was"). */
const PARENTHETICAL_CUE_END = /^\s*,\s*(?:is|was|are|were|has|have|had|will|would|could|can|may|might|should|must)(?![\p{L}])/iu;
/** "it" with a finite verb after it opens a clause ("said it was rushed"); alone it is an object ("said it again"). */
const IT_CLAUSE = /^it\s+(?:is|was|would|will|has|had|could|should|might|may|must|did|does|can|remains|seems|appears|wants|plans|expects)(?![\p{L}])/iu;
const NOT_A_CLAUSE_START = /^(?:in|on|at|after|before|during|to|of|by|for|with|about|from|it|so|yes|no|nothing|this|more|much)(?![\p{L}])/iu;
/** Cues that are also plural nouns ("17 states", "the claims", "both notes"). */
const PLURAL_NOUN_CUE = /^(?:states|claims|notes|stresses)$/;
/** A number, determiner or quantifier just before such a cue makes it the noun: "Seventeen states sued". */
const COUNTED_BEFORE = /(?:\d|\b(?:the|these|those|both|all|many|several|some|other|its|their|his|her|our|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen))\s+$/i;
const TRAILING_PUNCTUATION = /[\s,.;:!?”"’»]+$/u;
const ACCORDING_TO = /(?<![\p{L}])[Aa]ccording to\s+([^,.;]{2,120}?)(?=,|[.!?;]?\s*$)/iu;
const ACCORDING_SOURCE_PREFIX = /^(?:(?:the\s+)?(?:information|reports?|data|figures|documents?|estimates|a statement|statements|sources?)\s+(?:(?:disclosed|released|published|provided|issued|compiled|cited|quoted|given)\s+)?(?:by|from)\s+)/iu;
const ACCORDING_SOURCE_TAIL = /\s+(?:to|in|on|at|for|with)\s+(?:the\s+)?[\p{Ll}][^]*$/u;

/** Words that open a phrase of their own: a name after them is not the speaker's ("the report by Venn said"). */
const NOT_A_TITLE = /^(?:by|to|and|or|but|which|who|whom|that|as|after|before|when|while|with|for|in|on|at|from|said|says|told)$/i;

/**
 * What may stand between a closing quotation mark and the speaker's name: nothing, or the
 * speaker's titles and role, stripped from the name ("Senator", "police spokesman", "Secretary of
 * State"), a few words with no punctuation of a clause and none that opens a phrase of its own.
 */
function titlesOnly(gap: string): boolean {
  if (gap.trim() === '') return true;
  if (/[,;:!?“”"()]/.test(gap)) return false;
  const words = gap.trim().split(/\s+/);
  return words.length <= MAX_TITLE_WORDS && !words.some((w) => NOT_A_TITLE.test(w));
}

/** Words at most between a clause break and the speech verb of a second saying: its speaker's name or description. */
const MAX_SECOND_SPEAKER_WORDS = 8;
/** The cue words, searched from a given offset without disturbing the sentence scan's own position. */
const NEXT_CUE = new RegExp(CUE_WORD.source, CUE_WORD.flags);

/**
 * A second saying inside the content of a first ("…, while harbour officials said repairs could
 * take a month", "…, but a state official said …"): a clause break followed by a speaker and a
 * speech verb. `cut` is where the first saying's content ends (the break), `resume` where the
 * scan goes on (after it); offsets into the sentence text `s`.
 */
function secondSaying(s: string, base: number, from: number, to: number): { cut: number; resume: number } | null {
  for (const b of s.slice(0, to).matchAll(CLAUSE_BREAK)) {
    if (b.index < from) continue;
    const after = b.index + b[0].length;
    NEXT_CUE.lastIndex = after;
    const cue = NEXT_CUE.exec(s);
    if (!cue || cue.index >= to) continue;
    const between = s.slice(after, cue.index);
    if (/[,;:“”"]/.test(between) || wordCount(between) === 0 || wordCount(between) > MAX_SECOND_SPEAKER_WORDS) continue;
    // The words before the verb must be its speaker, whole: "while repairs said" is no saying.
    const phrase = speakerBefore(s.slice(0, cue.index), base);
    if (phrase && phrase.start >= base + b.index) return { cut: b.index, resume: after };
  }
  return null;
}

function wordCount(s: string): number {
  const m = s.match(/[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu);
  return m ? m.length : 0;
}

function trimmedRange(text: string, start: number, end: number): Range {
  const slice = text.slice(start, end);
  const lead = slice.length - slice.replace(/^[\s“"«]+/u, '').length;
  const trail = TRAILING_PUNCTUATION.exec(slice.slice(lead));
  return { start: start + lead, end: trail ? start + lead + trail.index : end };
}

/** A speaker as snapped to a mention: the mention's type, null when no mention overlaps. */
interface SnappedSpeaker extends Speaker { type: Mention['type'] | null }

/** Speaker candidates snap to an overlapping PER/ORG mention when the entity layer is there. */
function snapToMention(phrase: SpeakerPhrase, mentions: readonly Mention[]): SnappedSpeaker {
  // "Larry Kroon of the Wasilla Bible Church said": a person named before "of" speaks for the body after it.
  const of = /\sof\s/.exec(phrase.text);
  const beforeOf = of ? phrase.start + of.index : -1;
  let best: Mention | null = null;
  let bestOverlap = 0;
  for (const m of mentions) {
    if (m.end <= phrase.start) continue;
    if (m.start >= phrase.end) break;
    if (m.type === 'PER' && m.start >= phrase.start && m.end <= beforeOf) { best = m; break; }
    const overlap = Math.min(m.end, phrase.end) - Math.max(m.start, phrase.start);
    if (overlap > bestOverlap) { best = m; bestOverlap = overlap; }
  }
  if (best) return { text: best.text, range: { start: best.start, end: best.end }, type: best.type };
  return { text: phrase.text, range: { start: phrase.start, end: phrase.end }, type: null };
}

class QuoteFinder {
  private readonly text: string;
  private readonly sentences: readonly Sentence[];
  private readonly mentions: readonly Mention[];
  private readonly tokens: TokenColumns | undefined;
  /** The last named speaker; `organisation` when its name is an ORG mention, which "he" or "she" never stands for. */
  private lastSpeaker: (Speaker & { sentence: number; organisation: boolean }) | null = null;
  /** The gender the article gives each named person (name-genders.ts), read once a pronoun needs it. */
  private genders: Map<string, Gender> | null = null;
  readonly quotes: Quote[] = [];

  constructor(doc: Document) {
    this.text = doc.text;
    this.sentences = doc.layers.sentences ?? [];
    this.tokens = doc.layers.tokens;
    this.mentions = (doc.layers.mentions ?? [])
      .filter((m) => m.type === 'PER' || m.type === 'ORG')
      .sort((a, b) => a.start - b.start);
  }

  run(): Quote[] {
    const spans = quotedSpans(this.text, this.sentences);
    let next = 0;
    // Spans opened in earlier sentences that may still run on, in the order of `spans`: kept as
    // the sentences go, so each sentence does not rescan every span of the document.
    let running: QuotedSpan[] = [];
    for (let i = 0; i < this.sentences.length; i++) {
      const usedCues: Range[] = [];
      const inside: Range[] = [];
      let directs = 0;
      const opened: QuotedSpan[] = [];
      for (; next < spans.length && spans[next].firstSentence === i; next++) {
        const span = spans[next];
        opened.push(span);
        inside.push({ start: span.open, end: span.close + 1 });
        if (this.direct(span, i, usedCues)) directs++;
      }
      // A quotation that runs on from an earlier sentence blocks reported speech here too.
      running = running.filter((span) => span.lastSentence >= i);
      for (const span of running) inside.push({ start: span.open, end: span.close + 1 });
      running.push(...opened);
      this.characterisation(i, inside);
      if (this.reported(i, usedCues, inside)) continue;
      if (directs === 0 && inside.length === 0) this.introducedStatement(i);
    }
    return this.quotes;
  }

  private sentenceText(i: number): string {
    return this.text.slice(this.sentences[i].start, this.sentences[i].end);
  }

  private speaker(phrase: SpeakerPhrase, sentence: number): Speaker | null {
    if (phrase.description) {
      // "the comedian added", after "Comedian Ellen Roe": the one person the article gave that role.
      const head = roleHead(phrase.text);
      const holder = head ? roleHolder(this.text, this.mentions, head, phrase.start) : null;
      if (holder) return { text: holder.text, range: { start: holder.start, end: holder.end } };
      return { text: phrase.text, range: { start: phrase.start, end: phrase.end } };
    }
    if (!phrase.pronoun) {
      const { type, ...named } = snapToMention(phrase, this.mentions);
      if (/^\p{Lu}/u.test(named.text)) this.lastSpeaker = { ...named, sentence, organisation: type === 'ORG' };
      return named;
    }
    if (!/^(?:he|she)$/i.test(phrase.text)) return null;
    return this.resolvePronoun(phrase, sentence) ?? { text: phrase.text, range: { start: phrase.start, end: phrase.end } };
  }

  /**
   * he/she: the last named speaker nearby, else the person the pronoun's own sentence is about
   * (its subject: in "Putin congratulated him on what he described as ...", he is Putin, not the
   * man congratulated), else the nearest person mention, else the sentence subject.
   */
  private resolvePronoun(phrase: SpeakerPhrase, sentence: number): Speaker | null {
    // "she said" is never a man the article calls "he": each candidate must not disagree in gender.
    const said: Gender = /^she$/i.test(phrase.text) ? 'f' : 'm';
    const genderOf = (name: string) => {
      this.genders ??= nameGenders(this.text, this.sentences, this.mentions);
      return this.genders.get(name.toLowerCase().split(/\s+/).pop()!);
    };
    const agrees = (name: string) => {
      const g = genderOf(name);
      return g === undefined || g === said;
    };
    if (this.lastSpeaker && !this.lastSpeaker.organisation && sentence - this.lastSpeaker.sentence <= PRONOUN_REACH && agrees(this.lastSpeaker.text)) {
      // A speaker of unknown gender yields to a person of the pronoun's gender named since the
      // sentence before ("Duarte said ... Kessler rejected the charge. '...,' he said").
      const since = this.sentences[Math.max(0, sentence - 1)].start;
      const known = genderOf(this.lastSpeaker.text) === undefined
        ? this.mentions.filter((m) => m.type === 'PER' && m.start >= since && m.end <= phrase.start && m.start > this.lastSpeaker!.range.start && genderOf(m.text) === said).pop()
        : undefined;
      if (known) return { text: known.text, range: { start: known.start, end: known.end } };
      return { text: this.lastSpeaker.text, range: this.lastSpeaker.range };
    }
    const own = this.subjectOf(sentence);
    if (own && !own.pronoun && own.end <= phrase.start) {
      const { type, ...named } = snapToMention(own, this.mentions);
      if (type === 'PER' && agrees(named.text)) return named;
    }
    const from = this.sentences[Math.max(0, sentence - 2)].start;
    for (let k = this.mentions.length - 1; k >= 0; k--) {
      const m = this.mentions[k];
      if (m.type !== 'PER' || m.end > phrase.start) continue;
      if (m.start < from) break;
      if (!agrees(m.text)) continue;
      return { text: m.text, range: { start: m.start, end: m.end } };
    }
    // A sentence subject only when it is a person's name ("Yesterday a neighbour recalled" names no one).
    for (let k = sentence; k >= Math.max(0, sentence - 1); k--) {
      const subject = this.subjectOf(k);
      if (!subject || subject.pronoun || subject.end > phrase.start) continue;
      const { type, ...named } = snapToMention(subject, this.mentions);
      if (type === 'PER' && agrees(named.text)) return named;
    }
    return null;
  }

  /** The name or role phrase a sentence starts with, after an introductory phrase. */
  private subjectOf(i: number): SpeakerPhrase | null {
    const s = this.sentenceText(i);
    // '"...," he said, adding that ...': the clause's subject follows the quotation it opens with.
    const intro = INTRO_PHRASE.exec(s) ?? LEADING_ADVERB.exec(s) ?? LEADING_QUOTATION.exec(s);
    let at = intro ? intro[0].length : 0;
    const det = LEADING_DETERMINER.exec(s.slice(at));
    if (det && /^\p{Lu}/u.test(s.slice(at + det[0].length))) at += det[0].length;
    return speakerAfter(s.slice(at), this.sentences[i].start + at);
  }

  /**
   * The subject of the clause a participle or coordinated verb hangs on: the name after the
   * last clause break (", but", "; ") before the verb, else the sentence subject.
   */
  private clauseSubject(i: number, verbAt: number): SpeakerPhrase | null {
    const s = this.sentenceText(i).slice(0, verbAt);
    let clauseAt = -1;
    // A break inside a quotation is the quoted speaker's clause ('"..., and she knows it," he said, adding').
    const unquoted = s.replace(/["“][^"”]*["”]/gu, (q) => '"'.repeat(q.length));
    for (const m of unquoted.matchAll(CLAUSE_BREAK)) clauseAt = m.index + m[0].length;
    if (clauseAt < 0) return this.subjectOf(i);
    return speakerAfter(s.slice(clauseAt), this.sentences[i].start + clauseAt);
  }

  private push(quote: Quote): void {
    this.quotes.push(quote);
  }

  private direct(span: QuotedSpan, i: number, usedCues: Range[]): boolean {
    const text = this.text;
    const content = trimmedRange(text, span.open + 1, span.close);
    if (content.end <= content.start) return false;
    const words = wordCount(text.slice(content.start, content.end));
    const closing = this.sentences[span.lastSentence];
    const opening = this.sentences[span.firstSentence];

    let phrase: SpeakerPhrase | null = null;
    let cue: Range | null = null;
    let adjacent = false;

    // After the closing mark: "..." Dara Venn said / said Dara Venn / he added.
    const tailStart = span.close + 1;
    const tail = text.slice(tailStart, closing.end);
    const lead = /^[\s,—–-]*/.exec(tail)![0].length;
    const inverted = CUE_AT_START.exec(tail.slice(lead));
    if (inverted) {
      cue = { start: tailStart + lead, end: tailStart + lead + inverted[0].length };
      phrase = speakerAfter(text.slice(cue.end, closing.end), cue.end);
    } else {
      CUE_WORD.lastIndex = 0;
      const rest = tail.slice(lead, lead + 200);
      const verb = CUE_WORD.exec(rest);
      if (verb && !/[.!?“”"]/.test(rest.slice(0, verb.index).replace(/\b(?:[A-Z][a-z]?|Mr|Mrs|Ms|Dr|St|U\.S)\./g, ''))) {
        const candidate = speakerBefore(rest.slice(0, verb.index), tailStart + lead);
        if (candidate && titlesOnly(rest.slice(0, candidate.start - tailStart - lead))) {
          phrase = candidate;
          cue = { start: tailStart + lead + verb.index, end: tailStart + lead + verb.index + verb[0].length };
        }
      }
    }
    adjacent = phrase !== null;

    // Before the opening mark: Dara Venn said: "..." / Dara Venn said talks would include "...".
    if (!phrase) {
      const head = text.slice(opening.start, span.open);
      const lastQuote = Math.max(head.lastIndexOf('”'), head.lastIndexOf('"'));
      const scope = head.slice(lastQuote + 1);
      const scopeBase = opening.start + lastQuote + 1;
      let verb: RegExpExecArray | null = null;
      CUE_WORD.lastIndex = 0;
      for (let m = CUE_WORD.exec(scope); m; m = CUE_WORD.exec(scope)) verb = m;
      if (verb) {
        const between = scope.slice(verb.index + verb[0].length);
        const immediate = /^[\s,:]*$/.test(between);
        if (immediate || words >= MIN_PARTIAL_QUOTE_WORDS) {
          const before = scope.slice(0, verb.index);
          phrase = speakerBefore(before, scopeBase);
          if (!phrase && /^according to$/i.test(verb[0])) phrase = speakerAfter(between.replace(/,[^]*$/, ''), scopeBase + verb.index + verb[0].length);
          if (!phrase && (PARTICIPLE_CUE.test(verb[0]) || /\band\s*$/.test(before))) phrase = this.clauseSubject(span.firstSentence, scopeBase - opening.start + verb.index);
          if (phrase) {
            cue = { start: scopeBase + verb.index, end: scopeBase + verb.index + verb[0].length };
            adjacent = immediate;
          }
        }
      }
    }

    let speaker: Speaker | null = phrase ? this.speaker(phrase, i) : null;
    let cueText = cue ? text.slice(cue.start, cue.end) : null;

    // A quotation that is a whole sentence with no attribution continues the previous speaker's.
    if (!phrase) {
      const previous = this.quotes[this.quotes.length - 1];
      const startsSentence = /^\s*$/.test(text.slice(opening.start, span.open));
      const previousSentence = previous ? this.sentenceIndexOf(previous.end - 1) : -1;
      if (startsSentence && previous && previous.speaker && previousSentence >= span.firstSentence - 1 && previous.kind === 'direct') {
        speaker = { text: previous.speaker, range: previous.speakerRange! };
        cueText = previous.cue;
      } else if (words < MIN_PARTIAL_QUOTE_WORDS || !adjacent) {
        if (words < MIN_PARTIAL_QUOTE_WORDS || !startsSentence) return false;
      }
    }
    if (!speaker && words < MIN_PARTIAL_QUOTE_WORDS) return false;
    if (cue) usedCues.push(cue);

    const ownRange = phrase && !phrase.pronoun ? [phrase.start, phrase.end] : phrase ? [phrase.start, phrase.end] : [];
    const bounds = [span.open, span.close + 1, ...(cue ? [cue.start, cue.end] : []), ...ownRange];
    this.push({
      start: Math.min(...bounds),
      end: Math.max(...bounds),
      kind: 'direct',
      content,
      speaker: speaker?.text ?? null,
      speakerRange: speaker?.range ?? null,
      cue: cueText,
    });
    return true;
  }

  private sentenceIndexOf(offset: number): number {
    let lo = 0;
    let hi = this.sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.sentences[mid].end <= offset) lo = mid + 1;
      else if (this.sentences[mid].start > offset) hi = mid - 1;
      else return mid;
    }
    return -1;
  }

  /** Reported speech: "X said (that) ...", "..., X told Y.", "according to X, ...". */
  private reported(i: number, usedCues: readonly Range[], inside: readonly Range[]): boolean {
    const sentence = this.sentences[i];
    const s = this.sentenceText(i);
    const base = sentence.start;
    const isInside = (at: number) => inside.some((r) => at >= r.start && at < r.end);
    const isUsed = (at: number) => usedCues.some((r) => r.start === at);

    const according = ACCORDING_TO.exec(s);
    const attributed = according !== null && !isInside(base + according.index) && this.accordingTo(i, according);
    // "X told the court that Y, according to Z": Z reports X's words. The speech X's verb opens,
    // before the "according to", is X's quote too (the claims take the innermost speaker).
    const end = attributed ? base + s.slice(0, according!.index).replace(/[\s,]+$/, '').length : sentence.end;

    CUE_WORD.lastIndex = 0;
    let found = false;
    for (let m = CUE_WORD.exec(s); m; m = CUE_WORD.exec(s)) {
      const at = base + m.index;
      if (attributed && at >= end) break;
      if (isInside(at) || isUsed(at) || /^according to$/i.test(m[0])) continue;
      const before = s.slice(0, m.index);
      const after = s.slice(m.index + m[0].length);
      if (relativised(before) || (PLURAL_NOUN_CUE.test(m[0]) && COUNTED_BEFORE.test(before))) continue;
      const cue = { start: at, end: at + m[0].length };

      // Post-posed attribution: "..., Dara Venn, an analyst, told the Herald." / "..., said Venn."
      const postposed = attributed ? null : this.postposed(i, s, base, m, before, after);
      if (postposed) {
        const speaker = this.speaker(postposed.phrase, i);
        this.push(this.reportedQuote(postposed.content, speaker, cue, m[0], [postposed.phrase.start, cue.end, base + s.replace(TRAILING_PUNCTUATION, '').length]));
        return true;
      }

      let phrase = speakerBefore(before, base);
      if (!phrase && (PARTICIPLE_CUE.test(m[0]) && /,\s*$/.test(before) || /\band\s*$/.test(before))) phrase = this.clauseSubject(i, m.index);
      if (!phrase) continue;

      let contentAt = m.index + m[0].length;
      if (OBJECT_CUES.test(m[0])) {
        const object = OBJECT_PHRASE.exec(s.slice(contentAt));
        if (object) contentAt += object[0].length;
      }
      const that = THAT_NEARBY.exec(s.slice(contentAt));
      if (that && !ADVERBIAL_BEFORE_THAT.test(that[0])) continue;
      if (that) contentAt += that[0].length;
      else if (BARE_COMPLEMENT_CUES.test(m[0])) {
        // "What swayed them, jurors said, was …": an attribution set in commas; what follows is the sentence's own verb.
        if (PARENTHETICAL_CUE_END.test(s.slice(contentAt))) continue;
        const rest = s.slice(contentAt).replace(/^[\s,]+/, '');
        if ((NOT_A_CLAUSE_START.test(rest) && !IT_CLAUSE.test(rest)) || !/^[\p{L}\p{N}]/u.test(rest)) continue;
      } else continue;
      // "Venn, who said the vote was rushed, left the hall": the saying ends with its relative clause.
      const contentEnd = relativeSpeaker(before) ? this.relativeClauseEnd(i, base + contentAt, end) : end;
      // "Venn said the port would reopen, while officials said repairs could take a month": two
      // sayings, each its speaker's; the first ends where the second's clause begins.
      const second = secondSaying(s, base, contentAt, contentEnd - base);
      const content = trimmedRange(this.text, base + contentAt, second ? base + second.cut : contentEnd);
      if (wordCount(this.text.slice(content.start, content.end)) < MIN_PARTIAL_QUOTE_WORDS) continue;
      const speaker = this.speaker(phrase, i);
      this.push(this.reportedQuote(content, speaker, cue, m[0], [phrase.start, content.end]));
      if (!second) return true;
      found = true;
      CUE_WORD.lastIndex = second.resume;
    }
    return attributed || found;
  }

  /**
   * Where a relative clause between commas closes: at the comma after which the main clause's
   * verb goes on ("…, who said the vote was rushed, left the hall early"), an adverb allowed
   * before it. Without part-of-speech tags, or with no such comma, the sentence's end.
   */
  private relativeClauseEnd(i: number, from: number, end: number): number {
    const t = this.tokens;
    if (!t) return end;
    const tag = (k: number) => POS_TAGS[t.pos[k]];
    const { tokenStart, tokenEnd } = this.sentences[i];
    for (let k = tokenStart; k < tokenEnd - 1; k++) {
      if (t.start[k] < from || t.start[k] >= end || this.text.slice(t.start[k], t.end[k]) !== ',') continue;
      const next = tag(k + 1) === 'ADV' && k + 2 < tokenEnd ? k + 2 : k + 1;
      if (tag(next) === 'VERB' || tag(next) === 'AUX') return t.start[k];
    }
    return end;
  }

  /**
   * Whether the words from `from` to the sentence's end are only an adverbial of the saying
   * ("Wednesday during the man's arraignment", "in a statement on Friday"): they open with a
   * preposition, an adverb or a day, and hold no verb (part-of-speech tags needed) and no "that".
   */
  private adverbialTail(i: number, from: number, end: number): boolean {
    const t = this.tokens;
    const tail = this.text.slice(from, end);
    if (!t || !ADVERBIAL_TAIL_START.test(tail) || /(?<![\p{L}])that(?![\p{L}])|[“”"]/u.test(tail)) return false;
    const { tokenStart, tokenEnd } = this.sentences[i];
    for (let k = tokenStart; k < tokenEnd; k++) {
      if (t.start[k] < from) continue;
      if (t.start[k] >= end) break;
      const tag = POS_TAGS[t.pos[k]];
      if (tag === 'VERB' || tag === 'AUX' || tag === 'X') return false;
    }
    return true;
  }

  private postposed(
    i: number, s: string, base: number, m: RegExpExecArray, before: string, after: string,
  ): { phrase: SpeakerPhrase; content: Range } | null {
    const afterCue = base + m.index + m[0].length;
    // "..., said Dara Venn, a spokeswoman."
    if (/,\s*$/.test(before) && INVERTIBLE_CUES.test(m[0])) {
      const phrase = speakerAfter(after, afterCue);
      if (phrase && /^(?:,[^,.]{1,120})?[\s.!?]*$/u.test(this.text.slice(phrase.end, base + s.length))) {
        const contentEnd = before.replace(/[\s,]+$/, '').length;
        return { phrase, content: trimmedRange(this.text, base, base + contentEnd) };
      }
      return null;
    }
    // "..., Dara Venn, an analyst, told the Herald." / "..., a police sergeant said Wednesday during the arraignment."
    if (!/^(?:\s+(?:the\s+)?[\p{L}’'.\-]+(?:\s+[\p{Lu}][\p{L}’'.\-]*){0,3})?\s*[.!?]?\s*$/u.test(after) && !this.adverbialTail(i, afterCue, base + s.length)) return null;
    const phrase = speakerBefore(before, base);
    if (!phrase) return null;
    const lead = before.slice(0, phrase.start - base);
    // The speaker's titles, stripped from the name, stand between the comma and it: "…, Governor Dara Venn said."
    const comma = lead.lastIndexOf(',');
    if (comma < 0 || !titlesOnly(lead.slice(comma + 1))) return null;
    const contentEnd = lead.slice(0, comma).replace(/\s+$/, '').length;
    if (wordCount(s.slice(0, contentEnd)) < MIN_PARTIAL_QUOTE_WORDS) return null;
    return { phrase, content: trimmedRange(this.text, base, base + contentEnd) };
  }

  private accordingTo(i: number, m: RegExpExecArray): boolean {
    const sentence = this.sentences[i];
    const s = this.sentenceText(i);
    const base = sentence.start;
    let source = m[1];
    let sourceAt = m.index + m[0].length - m[1].length;
    const prefix = ACCORDING_SOURCE_PREFIX.exec(source);
    if (prefix) { source = source.slice(prefix[0].length); sourceAt += prefix[0].length; }
    const tail = ACCORDING_SOURCE_TAIL.exec(source);
    if (tail) source = source.slice(0, tail.index);
    if (!source.trim()) return false;
    const afterSource = m.index + m[0].length;
    let content: Range;
    if (s[afterSource] === ',' && /^(?:\s*(?:however|but|and|yet|so|also|moreover),?\s*)?$/iu.test(s.slice(0, m.index))) {
      content = trimmedRange(this.text, base + afterSource + 1, sentence.end);
    } else if (/,\s*$/.test(s.slice(0, m.index))) {
      content = trimmedRange(this.text, base, base + s.slice(0, m.index).replace(/[\s,]+$/, '').length);
    } else return false;
    if (wordCount(this.text.slice(content.start, content.end)) < MIN_PARTIAL_QUOTE_WORDS) return false;
    const phrase: SpeakerPhrase = { text: source, start: base + sourceAt, end: base + sourceAt + source.length, pronoun: false };
    const speaker = this.speaker(phrase, i);
    const cue = { start: base + m.index, end: base + m.index + 'according to'.length };
    this.push(this.reportedQuote(content, speaker, cue, s.slice(m.index, m.index + 'according to'.length), [phrase.end]));
    return true;
  }

  /** "X praised Y as highly respected": the words X used of Y, as a reported quote. */
  private characterisation(i: number, inside: readonly Range[]): void {
    const s = this.sentenceText(i);
    const base = this.sentences[i].start;
    CHARACTERISATION.lastIndex = 0;
    for (let m = CHARACTERISATION.exec(s); m; m = CHARACTERISATION.exec(s)) {
      const contentAt = m.index + m[0].length - m[2].length;
      if (inside.some((r) => base + contentAt >= r.start && base + contentAt < r.end)) continue;
      const before = s.slice(0, m.index);
      const phrase = speakerBefore(before, base) ?? (/\band\s*$/.test(before) ? this.clauseSubject(i, m.index) : null);
      if (!phrase || relativised(before)) continue;
      const content = { start: base + contentAt, end: base + contentAt + m[2].length };
      const cue = { start: base + m.index, end: base + m.index + m[1].length };
      this.push(this.reportedQuote(content, this.speaker(phrase, i), cue, m[1], [phrase.start]));
    }
  }

  /** A first-person sentence right after one that announces someone's words ("In his address, X ..."). */
  private introducedStatement(i: number): void {
    if (i === 0) return;
    const s = this.sentenceText(i);
    if (!FIRST_PERSON_START.test(s)) return;
    const previous = this.sentenceText(i - 1);
    if (/[“”"]/.test(previous)) return;
    const event = SPEECH_EVENT.exec(previous);
    if (!event) return;
    const phrase = this.subjectOf(i - 1);
    if (!phrase) return;
    CUE_WORD.lastIndex = 0;
    const verb = CUE_WORD.exec(previous);
    const cueMatch = verb ?? event;
    const cueStart = this.sentences[i - 1].start + cueMatch.index;
    const speaker = this.speaker(phrase, i - 1);
    const content = trimmedRange(this.text, this.sentences[i].start, this.sentences[i].end);
    this.push(this.reportedQuote(content, speaker, { start: cueStart, end: cueStart + cueMatch[0].length }, cueMatch[0], [phrase.start, content.end]));
  }

  private reportedQuote(content: Range, speaker: Speaker | null, cue: Range, cueText: string, bounds: number[]): Quote {
    const all = [content.start, content.end, cue.start, cue.end, ...bounds];
    return {
      start: Math.min(...all),
      end: Math.max(...all),
      kind: 'reported',
      content,
      speaker: speaker?.text ?? null,
      speakerRange: speaker?.range ?? null,
      cue: cueText,
    };
  }
}

/** Direct and reported quotes in the body sentences, with speaker and cue. */
export function findQuotes(doc: Document): Quote[] {
  return new QuoteFinder(doc).run();
}
