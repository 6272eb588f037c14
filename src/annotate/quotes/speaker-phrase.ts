import type { Range } from '../../model/span.js';
import { nounType } from '../entities/given-mentions.js';

/**
 * Titles, ranks and honorifics written before a name. They are stripped from a speaker, which
 * must be the person ("Defence Minister Ana Kovac" -> "Ana Kovac").
 */
const TITLE_WORDS = new Set(
  (
    'president prime minister deputy foreign defence defense interior finance economy justice ' +
    'health trade secretary general spokesman spokeswoman spokesperson chancellor king queen prince ' +
    'princess sheikh emir sultan mr mr. mrs mrs. ms ms. dr dr. sir dame lord lady senator sen. rep. ' +
    'representative governor mayor ambassador envoy special commander colonel col. gen. lt. lieutenant ' +
    'major maj. captain capt. sergeant sgt. admiral chief director chairman chairwoman chair ceo leader ' +
    'judge justice pope cardinal bishop archbishop rabbi imam professor prof. interim acting former ' +
    'vice state head speaker attorney officer official analyst correspondent reporter editor ' +
    'founder executive manager coach spokesmen us u.s. uk u.k. un u.n. eu e.u. nato'
  ).split(' '),
);

/** Nationality adjectives by shape ("Russian", "Chinese", "Polish", "Iraqi"), stripped only before a title. */
const DEMONYM = /^(?:[\p{Lu}][\p{Ll}]+(?:an|ian|ese|ish|i|ic)|French|Dutch|Swiss|Greek|Thai)$/u;

const PARTICLE = String.raw`(?:al|el|bin|ibn|abu|de|da|di|du|del|der|van|von|la|le|ben|bint|st\.?)`;
const NAME_WORD = String.raw`(?:[\p{Lu}][\p{L}\p{M}'’.\-]*|${PARTICLE}-[\p{L}\p{M}'’\-]+|${PARTICLE}(?=\s+[\p{Lu}]))`;

/** A run of capitalised words ending at the end of the text ("Kremlin spokesman Dara Venn" -> "Dara Venn"). */
// A name may open with a lower-case letter before a capital ("nCircle", "eBay").
const LAST_NAME_WORD = String.raw`(?:[\p{Lu}][\p{L}\p{M}'’\-]*|\p{Ll}{1,2}[\p{Lu}][\p{L}\p{M}'’\-]*|${PARTICLE}-[\p{L}\p{M}'’\-]+)`;
// It starts at a word's start: "le" is a particle of names, not the end of "while".
const NAME_RUN_AT_END = new RegExp(`(?<![\\p{L}\\p{M}'’.\\-])(?:${NAME_WORD}\\s+)*${LAST_NAME_WORD}(?:\\s\\([\\p{Lu}]{2,}\\))?$`, 'u');
/** The same, at the start of the text ("said Dara Venn, a ..."). */
const NAME_RUN_AT_START = new RegExp(`^(?:${NAME_WORD}\\s+)*${LAST_NAME_WORD}`, 'u');

const PRONOUN_AT_END = /(?<![\p{L}])(he|she|they|we|I)$/u;
const PRONOUN_AT_START = /^(he|she|they|we|I)(?![\p{L}])/u;

/** Common-noun speakers: "the ministry", "a senior official", "analysts", "local residents"; and the writings that speak for them ("the email", "the indictment"). */
const ROLE_NOUN = String.raw`(?:spokes(?:man|woman|person|people|men)|officials?|ministers?|ministry|sources?|analysts?|experts?|statement|report|e-?mails?|letters?|memo(?:randum)?|messages?|tweets?|indictment|complaint|affidavit|ruling|filing|witness(?:es)?|residents?|police|army|military|government|president|diplomats?|commanders?|leaders?|aides?|advis[eo]rs?|observers|critics|lawmakers|activists|monitors?|agency|office|researchers?|investigators?|prosecutors?|doctors?|medics|paramedics|survivors?|officers?|authorities|campaigners|campaigns?|organi[sz]ers|organi[sz]ation|group|company|firm|council|court|committee|department|embassy|mission|palace|negotiators?)`;
/**
 * Words that open a clause of their own, never part of a role phrase ("while harbour officials",
 * "after police"); "and" and "or" only where they would open it ("and officials"), since they
 * join its modifiers ("Democratic and network officials").
 */
const CLAUSE_OPENER = String.raw`(?:but|yet|so|while|whereas|that|who|which|when|after|before|because|if|although|though)`;
const ROLE_WORD = String.raw`(?!${CLAUSE_OPENER}\s)[\p{L}\-’']+\s+`;
// A person speaking for the body keeps their role: "a spokesman for the county police", never "for the county police".
const SPEAKING_FOR = String.raw`(?:(?:the|a|an)\s+)?(?:[\p{L}\-]+\s+)?(?:spokes(?:man|woman|person)|officials?|officers?|lawyers?|attorneys?|representatives?)\s+(?:for|of|at|with)\s+`;
const ROLE_PHRASE_AT_END = new RegExp(`(?<![\\p{L}])(?:${SPEAKING_FOR}|(?!(?:for|of|at|in|on|from|with|to|by)\\s))(?:(?:the|a|an|one|two|three|several|some|many|other|its|his|her|their)\\s+)?(?:(?!(?:and|or)\\s)${ROLE_WORD}(?:${ROLE_WORD}){0,2})?${ROLE_NOUN}$`, 'iu');
/**
 * A writing with the words saying whom it went to, or who sent it: "The email to staff",
 * "a letter to Governor Venn", "the memo from the board". The writing speaks: its addressee
 * is never the speaker, even when named; a sender named by name speaks through it and is
 * taken as the speaker by the name rule before this one.
 */
const WRITING_NOUN = String.raw`(?:statement|report|e-?mails?|letters?|memo(?:randum)?|messages?|tweets?|notice|note|filing)`;
const writingWith = (prepositions: string) => new RegExp(`((?:the|a|an|its|his|her|their)\\s+(?:[\\p{L}\\-’']+\\s+){0,2}${WRITING_NOUN})\\s+(?:(?:sent|addressed|circulated|posted)\\s+)?(?:${prepositions})\\s+(?:[\\p{L}\\p{N}\\-’'.]+\\s+){0,4}?[\\p{L}\\p{N}\\-’'.]+$`, 'iu');
const ADDRESSED_WRITING_AT_END = writingWith('to');
const SENT_WRITING_AT_END = writingWith('from');
const ROLE_PHRASE_AT_START = new RegExp(`^(?:(?:the|a|an|one|two|three|several|some|many|other|its|his|her|their)\\s+)?(?:[\\p{L}\\-’']+\\s+){0,3}?${ROLE_NOUN}(?![\\p{L}])`, 'iu');

/**
 * A group of people, in lower case, placed by a preposition before a name: "shopkeepers in",
 * "Residents of", "families from", opening the clause (at its start, or after a comma, "and",
 * "that"). A capitalised word there is a name of its own ("Venn in Kessary said": Venn speaks),
 * so the group is common nouns only, its first letter aside.
 */
const LOCATED_GROUP_AT_END = /(?:^|(?<=[,;:—–]\s*)|(?<=(?:^|\s)(?:and|but|that)\s+))(?:(?:the|some|many|several|other|local|[\d,]+)\s+)?(?:[\p{L}][\p{Ll}\-’']*\s+)?[\p{L}][\p{Ll}\-’']*(?:s|men|women|people|staff|police)\s+(?:in|of|from|near|outside|across|around|at)\s+(?:the\s+)?$/u;

/**
 * A subject in common nouns opening its clause: "Local fishermen", "critics of the plan", "the
 * victim's mother". Whether it can speak is its head noun's to say (personNoun), not a list: a
 * closed list of roles misses "fishermen", "critics" after an article, "parents". An "of", "at" or
 * "for" complement in lower case belongs to it ("critics of the plan"); one ending in a name is
 * read by the name rules first ("officials at the Harbour Ministry").
 */
const COMMON_SUBJECT_AT_END = /(?:^|(?<=[,;:—–(]\s*)|(?<=(?:^|\s)(?:[Aa]nd|[Bb]ut|while|whereas)\s+))(?:(?:[Tt]he|[Aa]n?|[Ss]ome|[Mm]any|[Ss]everal|[Mm]ost|[Oo]ther|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[\d,]+)\s+)?(?:[\p{L}][\p{Ll}\-’']*\s+)?(?:[\p{Ll}][\p{Ll}\-’']*\s+)?([\p{L}][\p{Ll}\-]*)(?:\s+(?:of|at|for|from|in|on|with)\s+(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\p{Ll}][\p{Ll}\-’']*\s+){0,2}[\p{Ll}][\p{Ll}\-’']*)?$/u;

/**
 * Closed-class words and speech verbs are never part of such a subject: "He said jurors have
 * told", "the reporter who wrote" (WordNet reads "who" as the World Health Organization).
 */
const NOT_IN_SUBJECT = /^(?:and|but|or|yet|so|while|whereas|he|she|it|they|we|i|you|who|whom|which|that|this|these|those|there|here|what|one|all|none|each|both|the|a|an|for|to|by|in|on|at|of|from|with|as|after|before|during|since|when|if|said|says|told|tells|added|wrote|also|then|now|later|reportedly)$/i;
/** Words that open a subject: a determiner, a possessive or a number. */
const SUBJECT_OPENER = /^(?:the|an?|some|many|several|most|other|its|his|her|their|[\d,]+)$/i;

/** Whether a common noun names people or a body that can speak ("fishermen", "critics", "the union"), by its WordNet sense. */
function personNoun(word: string): boolean {
  const type = nounType(word.toLowerCase());
  return type === 'PER' || type === 'ORG';
}

/** A subject in common nouns that can speak (COMMON_SUBJECT_AT_END), or null. */
function commonSubject(text: string, base: number): SpeakerPhrase | null {
  const m = COMMON_SUBJECT_AT_END.exec(text);
  if (!m || !personNoun(m[1])) return null;
  const words = m[0].split(/\s+/);
  const head = words.indexOf(m[1]);
  const modifiers = words.slice(SUBJECT_OPENER.test(words[0]) ? 1 : 0, head + 1);
  if (modifiers.some((w) => NOT_IN_SUBJECT.test(w))) return null;
  return { text: m[0], start: base + m.index, end: base + m.index + m[0].length, pronoun: false, description: true };
}

/** Words between a subject and its speech verb that are not part of either. */
const BETWEEN_SUBJECT_AND_VERB = /(?:\s+(?:[\p{L}]+ly|also|later|then|once|again|further|has|have|had|would|will|has also|had also|previously|recently|on [\p{Lu}][\p{L}]+day|in a statement|in an interview|before the meeting))+$/iu;

export interface SpeakerPhrase extends Range {
  text: string;
  pronoun: boolean;
  /**
   * A description in common nouns ("the victim's mother", "critics of the plan"): a name inside
   * it is a modifier or a complement, not the speaker, and it names no one a later "he" can
   * stand for.
   */
  description?: boolean;
}

function stripTitles(text: string, start: number): SpeakerPhrase | null {
  const words = [...text.matchAll(/\S+/g)];
  // Everything up to the last title word is role, not name: "Harbour Minister Ana Kovac".
  // A conjunction opening the clause is not part of the name ("But King told").
  let cut = words.length > 1 && /^(?:But|And|Yet|So|Or)$/.test(words[0][0]) ? 1 : 0;
  for (let k = cut; k < words.length - 1; k++) {
    const w = words[k][0];
    const nextIsTitle = TITLE_WORDS.has(words[k + 1][0].toLowerCase());
    if (TITLE_WORDS.has(w.toLowerCase()) || (DEMONYM.test(w) && nextIsTitle) || (k === 0 && /^(?:The|A|An)$/.test(w))) cut = k + 1;
  }
  const offset = cut < words.length ? words[cut].index : text.length;
  const name = text.slice(offset).replace(/[’']s$/, '');
  if (!name || /^(?:The|A|An|This|That|It|There|In|On|At|But|And)$/.test(name)) return null;
  return { text: name, start: start + offset, end: start + offset + name.length, pronoun: false };
}

const RELATIVE_WHO_AT_END = /,\s*who(?:\s+(?:also|later|then|once|had|has|would))?$/iu;

/** Whether the speech verb opens a relative clause about its speaker (", who said …"). */
export function relativeSpeaker(before: string): boolean {
  return RELATIVE_WHO_AT_END.test(before.replace(/\s+$/, ''));
}

/**
 * The speaker written just before a speech verb: a name (titles stripped), a pronoun, or a
 * role phrase. `before` is the text up to the verb, `base` its offset in the document. An
 * appositive between commas ("Dara Venn, an analyst at X, said") is stepped over.
 */
export function speakerBefore(before: string, base: number): SpeakerPhrase | null {
  let text = before.replace(/\s+$/, '');
  // "Governor Dara Venn, who said ...": a relative pronoun stands for the name it follows.
  const relative = RELATIVE_WHO_AT_END.exec(text);
  if (relative) return speakerBefore(text.slice(0, relative.index), base);
  const adverbs = BETWEEN_SUBJECT_AND_VERB.exec(text);
  if (adverbs) text = text.slice(0, adverbs.index);
  if (text.endsWith(',')) {
    const open = text.lastIndexOf(',', text.length - 2);
    const appositive = open >= 0 ? text.slice(open + 1, -1).trim() : '';
    if (open >= 0 && /^(?:a|an|the|who|which|whose|[\p{Ll}])/u.test(appositive)) text = text.slice(0, open);
    else return null;
  }
  let m = PRONOUN_AT_END.exec(text);
  if (m) return { text: m[1], start: base + m.index, end: base + text.length, pronoun: true };
  m = ADDRESSED_WRITING_AT_END.exec(text);
  if (m) return { text: m[1], start: base + m.index, end: base + m.index + m[1].length, pronoun: false };
  m = NAME_RUN_AT_END.exec(text);
  // "Shopkeepers in Draymoor say": the name is where the speakers are, not who speaks.
  const located = m ? LOCATED_GROUP_AT_END.exec(text.slice(0, m.index)) : null;
  if (m && located) return { text: text.slice(located.index), start: base + located.index, end: base + text.length, pronoun: false };
  // "The Indian Navy in November said", "an analyst at Enderle Group in Silicon Valley said": a
  // name after "in", "on" or "at" is where or when; the speaker stands before it.
  const adverbial = m ? /\s(?:in|on|at)\s+(?:the\s+)?$/.exec(text.slice(0, m.index)) : null;
  if (m && adverbial) return speakerBefore(text.slice(0, adverbial.index), base);
  const joined = m ? nameAcrossOf(text, m.index, base) : null;
  if (joined) return joined;
  if (m) {
    const run = m[0].replace(/\s\([\p{Lu}]{2,}\)$/u, '');
    const found = stripTitles(run, base + m.index);
    if (found) return found;
  }
  m = ROLE_PHRASE_AT_END.exec(text);
  if (m) return { text: m[0], start: base + m.index, end: base + m.index + m[0].length, pronoun: false };
  m = SENT_WRITING_AT_END.exec(text);
  if (m) return { text: m[1], start: base + m.index, end: base + m.index + m[1].length, pronoun: false };
  return commonSubject(text, base);
}

/** A capitalised run, then "of", then the name run that ends the subject ("Texas Department of …"). */
const NAME_RUN_BEFORE_OF = new RegExp(`(?<![\\p{L}\\p{M}'’.\\-])((?:${NAME_WORD}\\s+)*${LAST_NAME_WORD})\\s+of\\s+(?:the\\s+)?$`, 'u');

/**
 * A name run that follows "of" after another capitalised run is half of one phrase: an
 * organisation's name ("University of Michigan", "Texas Department of Criminal Justice", not
 * "Michigan" or "Criminal Justice") or a person with the body they speak for ("Larry Kroon of
 * the Wasilla Bible Church", not the church; the mention snap then takes the person). An office
 * before "of" with a name after it ("Secretary of State Condoleezza Rice") is left to the title
 * stripping, which finds the person at the end.
 */
function nameAcrossOf(text: string, runAt: number, base: number): SpeakerPhrase | null {
  // Each "of" in turn, leftwards: "Michelle Lyons of the Texas Department of Criminal Justice".
  let start = runAt;
  for (;;) {
    const of = NAME_RUN_BEFORE_OF.exec(text.slice(0, start));
    if (!of) break;
    const head = stripTitles(of[1], base + of.index);
    const office = !of[1].includes(' ') && TITLE_WORDS.has(of[1].toLowerCase());
    if (!head || (office && /\s/.test(text.slice(start)))) break;
    start = head.start - base;
  }
  return start === runAt ? null : { text: text.slice(start), start: base + start, end: base + text.length, pronoun: false };
}

/** The speaker written just after a speech verb ("said Dara Venn", "said the ministry"). */
export function speakerAfter(after: string, base: number): SpeakerPhrase | null {
  const lead = /^\s*/.exec(after)![0].length;
  const text = after.slice(lead);
  let m = PRONOUN_AT_START.exec(text);
  if (m) return { text: m[1], start: base + lead, end: base + lead + m[1].length, pronoun: true };
  m = NAME_RUN_AT_START.exec(text);
  if (m) return stripTitles(m[0], base + lead);
  m = ROLE_PHRASE_AT_START.exec(text);
  if (m) return { text: m[0], start: base + lead, end: base + lead + m[0].length, pronoun: false };
  return null;
}

/** Is the subject of this verb a relative clause's ("what he described", "that she said")? */
export function relativised(before: string): boolean {
  return /(?<![\p{L}])(?:that|which|what|whom|who|as|than)\s+(?:he|she|they|we|it|I)\s*$/iu.test(before);
}
