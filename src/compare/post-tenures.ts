import type { Corpus } from '../model/corpus.js';
import type { Document } from '../model/document.js';
import type { Quantity } from '../model/quantity.js';
import type { StatedTenure } from './tenures.js';

/**
 * How long a person has held the post that leads an organisation, as one article states it:
 * "X, who has been chief executive since 2019", "X, who has spent nine years as chief
 * executive", "X ... became chief executive in 2017", "X, who was appointed in the summer of
 * 2021", "X, who had run the company since 2017", "ending nine years in charge", "X, who was first
 * elected in 2022" (of a mayor). A post named by its title keeps it as its key ("executive",
 * "mayor"); a post told only as leading ("in charge", "at the helm", "the top job", "ran the
 * company", an appointment or an election without a title) is the key `LEAD_POST`, comparable
 * with any titled leading post of the same person (see tenures.ts comparable).
 */
export const LEAD_POST = 'lead';

/** Title words of a post that leads a body: its holder has one such post in most stories. */
const LEAD_TITLES = 'chief\\s+executive|executive|ceo|chairman|chairwoman|chair|president|mayor|manager|head\\s+coach|coach|director-general|governor|premier|leader|boss|editor|principal|commissioner|chief';
const TITLE = String.raw`(?:the\s+)?(?:[\p{L}]+['’]s\s+)?(${LEAD_TITLES})`;
const YEAR = String.raw`((?:19|20)\d\d)`;
const SEASON = String.raw`(?:(?:the\s+)?(?:spring|summer|autumn|fall|winter|January|February|March|April|May|June|July|August|September|October|November|December|early|late)\s+(?:of\s+)?)?`;
/** What may stand between the name and its clause: an age ("X, 58,"), an apposition ("X, a former engineer,"). */
const LEAD_IN = String.raw`^(?:,\s*\d{1,3}(?=,)|,\s+[^,.;]{1,60}?(?=,|\s+who\s))?,?\s+(?:who\s+)?`;

/** "X, who has been chief executive since 2019" / "for eight years" (the years read from the quantities). */
const BEEN_TITLE = new RegExp(String.raw`${LEAD_IN}(?:has|have|had)\s+been\s+${TITLE}\s+(?:since\s+${YEAR}|for\s+)`, 'iu');
/** "X became chief executive in 2017", "took over as manager in 2019", "was appointed in the summer of 2021", "took the top job in 2018". */
const BEGAN = new RegExp(String.raw`^(?:,\s*\d{1,3}(?=,)|,\s+[^,.;]{1,60}(?=,))?,?\s+(?:who\s+)?(?:[^,.;]{0,80}?\s+and\s+)?(?:became|took\s+over(?:\s+as)?|was\s+(?:appointed|named|made)(?:\s+as)?|took\s+(?:the\s+top\s+job|charge|the\s+helm))\s+(?:${TITLE}\s+)?in\s+${SEASON}${YEAR}\b`, 'iu');
/** "X, who had run the company since 2017". */
const RAN_SINCE = new RegExp(String.raw`${LEAD_IN}(?:has|have|had)\s+(?:run|led|headed)\s+[^,.;]{1,40}?\s+since\s+${YEAR}\b`, 'iu');
/** "X, who was first elected in 2022": an election to the post the article's title gives them. */
const ELECTED = new RegExp(String.raw`${LEAD_IN}(?:was\s+)?first\s+elected\s+in\s+${YEAR}\b`, 'iu');
/** A leading post's title right before a name: "Mayor Harriet Voss", "Governor X". */
const TITLE_BEFORE = /(?<![\p{L}])(?:mayor|governor|president|premier)\s+$/iu;
/** A role the resolver gave the person anywhere in the story that names such a post ("the incumbent mayor"). */
const LEAD_ROLE = /\b(?:mayor|governor|president|premier)\b/i;
/** Right after a number of years: "in charge", "at the helm", "as chief executive". */
const YEARS_IN_POST = new RegExp(String.raw`^\s+(?:in\s+charge|at\s+the\s+helm|as\s+${TITLE})\b`, 'iu');

const keyOf = (title: string | undefined) => (title ? title.toLowerCase().replace(/\s+/g, ' ').replace(/^chief executive$|^ceo$/, 'executive').replace(/^head coach$/, 'coach').replace(/^chairwoman$|^chair$/, 'chairman') : LEAD_POST);

/** A whole number of years, exact, stated as a duration ("nine years", "four and a half years"). */
function statedYears(q: Quantity): number | null {
  if (q.approximation || q.kind !== 'duration' || q.valueMax !== undefined || q.unit !== 'year') return null;
  return q.value;
}

/** The leading-post tenures a document states, each tied to a resolved person. */
export function statedPostTenures(corpus: Corpus, doc: Document): StatedTenure[] {
  const mentions = doc.layers.mentions ?? [];
  const quantities = doc.layers.quantities ?? [];
  const text = doc.text;
  const published = doc.meta.published ? new Date(doc.meta.published).getUTCFullYear() : NaN;
  const entityOf = (i: number) => corpus.mentionEntity?.get(`${doc.id}:${i}`);
  const out: StatedTenure[] = [];
  /** The article titles the person with a leading post ("Mayor Harriet Voss"), or the story gives them one: an election is to that post. */
  const titledLead = (entity: string) => mentions.some((m, i) => entityOf(i) === entity && TITLE_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)))
    || (corpus.entities ?? []).some((e) => e.id === entity && e.roles.some((r) => LEAD_ROLE.test(r.text)));
  for (const s of doc.layers.sentences ?? []) {
    const persons: { i: number; entity: string }[] = [];
    mentions.forEach((m, i) => {
      const entity = m.type === 'PER' && m.start >= s.start && m.end <= s.end ? entityOf(i) : undefined;
      if (entity) persons.push({ i, entity });
    });
    if (persons.length === 0) continue;
    const add = (person: { i: number; entity: string }, title: string | undefined, years: number | null, since: number | null, stated: boolean, value: string) => {
      const began = years !== null && Number.isFinite(published) ? published - years : since;
      if (began === null) return;
      const head = keyOf(title);
      out.push({ entity: person.entity, doc, name: mentions[person.i].text, body: title ? title.toLowerCase() : 'the post', head, years, since: began, value, start: s.start, end: s.end, post: true, statedStart: stated });
    };
    for (const person of persons) {
      const end = mentions[person.i].end;
      const after = text.slice(end, s.end);
      // The clause belongs to this person only when no other person is named before it ends.
      const ownClause = (length: number) => !persons.some((p) => p !== person && mentions[p.i].start >= end && mentions[p.i].start < end + length);
      const been = BEEN_TITLE.exec(after);
      if (been && ownClause(been[0].length)) {
        if (been[2]) { add(person, been[1], null, Number(been[2]), true, `${been[1]} since ${been[2]}`); continue; }
        const q = quantities.find((x) => x.start >= end + been[0].length && x.start <= end + been[0].length + 16 && statedYears(x) !== null);
        if (q) { add(person, been[1], statedYears(q), null, false, `${been[1]} for ${q.text}`); continue; }
      }
      const began = BEGAN.exec(after);
      if (began && ownClause(began[0].length)) { add(person, began[1], null, Number(began[2]), true, began[0].slice(began[0].search(/\b(?:became|took|was\s+(?:appointed|named|made))\b/i)).trim()); continue; }
      const ran = RAN_SINCE.exec(after);
      if (ran && ownClause(ran[0].length)) { add(person, undefined, null, Number(ran[1]), true, `since ${ran[1]}`); continue; }
      const elected = ELECTED.exec(after);
      if (elected && ownClause(elected[0].length) && titledLead(person.entity)) add(person, undefined, null, Number(elected[1]), true, `first elected in ${elected[1]}`);
    }
    // "ending nine years in charge", "after four and a half years in charge": whose years only
    // when the sentence names one person.
    if (new Set(persons.map((p) => p.entity)).size !== 1) continue;
    for (const q of quantities) {
      if (q.start < s.start || q.end > s.end) continue;
      const years = statedYears(q);
      const post = years === null ? null : YEARS_IN_POST.exec(text.slice(q.end, s.end));
      if (post) add(persons[0], post[1], years, null, false, `${q.text}${post[0].replace(/\s+/g, ' ').trimEnd()}`);
    }
  }
  return out;
}
