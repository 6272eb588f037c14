import type { Conflict, Corpus } from '../model/corpus.js';
import type { Document } from '../model/document.js';
import type { Quantity } from '../model/quantity.js';
import { differentNames } from './event-match.js';
import { outletSide } from './attributes.js';
import { COMPARE_CONFIG } from './config.js';
import { roleHead, roleHolder } from '../annotate/quotes/role-holder.js';
import { wholeNumberValue } from '../annotate/quantities/number-words.js';
import { LEAD_POST, statedPostTenures } from './post-tenures.js';

/**
 * How long a person has served in a body, as one article states it: "X, a 24-year veteran of the
 * Senate", "X, who has served in the Senate for 21 years", "X, who has represented Ohio in the
 * Senate since 1999", "in her 24 years in the Senate". Like an age, it is a fact about the person
 * that two reports of one story can give differently, whatever event the sentence tells.
 */
export interface StatedTenure {
  entity: string;
  doc: Document;
  /** The name as written next to the tenure. */
  name: string;
  /** The body served in as written ("the Senate", "Senate" of "a Senate veteran") and its head word, lower case ("senate"). */
  body: string;
  head: string;
  /** Years of service as stated, or null when the year it began is stated instead. */
  years: number | null;
  /** The year service began: stated ("since 1999"), or the publication year less the years of a service still going on. */
  since: number | null;
  /** The words stating it, shown as the conflict's value. */
  value: string;
  /** The sentence stating it: the evidence. */
  start: number;
  end: number;
  /** A post that leads a body, keyed by its title or LEAD_POST (post-tenures.ts), not service in a body. */
  post?: boolean;
  /** The year the post began is written in the article ("since 2019", "became chief executive in 2017"), not counted back from years. */
  statedStart?: boolean;
}

/** Nouns naming a person by their service ("a 24-year veteran", "a 12-year member"). */
const SERVICE_NOUN = /\b(?:veteran|member|incumbent|employee|staffer|lawmaker|senator|congressman|congresswoman|representative|officer|justice|judge)$/i;
/** A body as news names it: a run of capitalised words ("the U.S. Senate", "Congress") or one common noun ("the company"). */
const BODY = String.raw`((?:the\s+)?(?:(?:[A-Z][\p{L}.&'-]*\s+){0,4}[A-Z][\p{L}.&'-]*|[a-z]+))`;
const BODY_AFTER = new RegExp(String.raw`^\s+(?:in|at|on|of|with)\s+${BODY}`, 'u');
const BODY_INSIDE = new RegExp(String.raw`\b(?:in|at|on|of|with)\s+${BODY}\s*$`, 'u');
/** "X, a 24-year veteran": the quantity follows the name as its apposition. */
const APPOSITION_GAP = /^,\s+(?:a|an)\s+$/;
/** An age set off after the name, which a tenure may follow: "Kessler, 67, has served", "Kessler, a 67-year-old Republican first elected in 2014". */
const AGE_APPOSITION = String.raw`(?:,\s*\d{1,3}(?=,)|,\s+an?\s+\d{1,3}-year-old\s+[\p{L}-]+)?`;
/** "X, who has served in the Senate for": a verb of service between the name and the years. */
const SERVICE_GAP = new RegExp(String.raw`^${AGE_APPOSITION},?\s+(?:who\s+)?(has\s+|have\s+|had\s+)?(?:served|worked|sat|spent|been)\b([^,.;:]{0,60}?)\s*(?:for\s+)?$`, 'u');
/** "X, who has represented Ohio in the Senate since 1999". */
const SINCE = /^,?\s+(?:who\s+)?(?:has|have)\s+(?:served|represented|led|chaired|headed|run|sat|been)\b([^,.;:]{0,60}?)\s+since\s+((?:19|20)\d\d)\b/;
/** "in her 24 years in the Senate": the years of one person the sentence names. */
const POSSESSIVE_GAP = /\bin\s+(?:his|her|their)\s+$/i;
/** "X, first elected 24 years ago", "X, who was first elected to the Senate in 2002": when service began. */
const FIRST_ELECTED = new RegExp(String.raw`^${AGE_APPOSITION},?\s+(?:who\s+was\s+)?first\s+elected(?:\s+to\s+${BODY})?\s+(?:([\p{L}\d-]+)\s+years\s+ago|in\s+((?:19|20)\d\d))\b`, 'u');
/** The words a tenure is stated with: "years", "24-year", "decades", "elected", "since". */
const TENURE_WORD = /\b(?:years?|decades?|elected|since)\b/i;
/** "The senator, ...": a definite description of one person, as the subject a tenure follows. */
const DESCRIBED = /\b[Tt]he\s+(?:[a-z-]+\s+){0,2}[a-z-]+(?=\s*,)/g;
/** The body a role's holder serves in, for a tenure that does not name it ("The senator, first elected 24 years ago"). */
const ROLE_BODIES: readonly [RegExp, string][] = [
  [/^(?:senator|sen\.)$/i, 'the Senate'],
  [/^(?:representative|rep\.|congressman|congresswoman)$/i, 'the House'],
];
const TITLE_BEFORE = /(?<![\p{L}])(senator|sen\.|representative|rep\.|congressman|congresswoman)\s+$/iu;

/** Verbs whose object is the body led ("has led the company since 2009"). */
const LED_OBJECT = new RegExp(String.raw`^\s*(?:led|chaired|headed|run)\s+${BODY}`, 'u');

/** A stated number of years: exact, in years or decades. */
function statedYears(q: Quantity): number | null {
  if (q.approximation || q.kind !== 'duration' || q.valueMax !== undefined) return null;
  if (q.unit === 'year') return q.value;
  if (q.unit === 'decade') return q.value * 10;
  return null;
}

function bodyOfRole(role: string | null): string | undefined {
  return role === null ? undefined : ROLE_BODIES.find(([r]) => r.test(role))?.[1];
}

/** "24" or "twenty-four" of "24 years ago"; null for anything else. */
function yearsAgo(words: string): number | null {
  return /^\d{3,}$/.test(words) ? null : wholeNumberValue(words);
}

function headOf(body: string): string {
  const words = body.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  return words[words.length - 1] ?? '';
}

/** The tenures a document states, each tied to a resolved person. */
export function statedTenures(corpus: Corpus, doc: Document): StatedTenure[] {
  const mentions = doc.layers.mentions ?? [];
  const sentences = doc.layers.sentences ?? [];
  const quantities = doc.layers.quantities ?? [];
  const text = doc.text;
  const published = doc.meta.published ? new Date(doc.meta.published).getUTCFullYear() : NaN;
  const out: StatedTenure[] = [];
  const entityOf = (i: number) => corpus.mentionEntity?.get(`${doc.id}:${i}`);
  /** "The senator, ...": the one person the article gave that role before, as the subject of what follows. */
  const describedPersons = (s: { start: number; end: number }) => {
    const found: { i: number; entity: string; end: number; role: string | null }[] = [];
    // Every way of stating a tenure names years, a decade, an election or a start: a sentence
    // with none of these words is not searched for the role holders it describes.
    const sentence = text.slice(s.start, s.end);
    if (!TENURE_WORD.test(sentence)) return found;
    for (const d of sentence.matchAll(DESCRIBED)) {
      const head = roleHead(d[0]);
      const holder = head ? roleHolder(text, mentions, head, s.start + d.index!) : null;
      const i = holder ? mentions.indexOf(holder) : -1;
      const entity = i >= 0 ? entityOf(i) : undefined;
      if (entity) found.push({ i, entity, end: s.start + d.index! + d[0].length, role: head });
    }
    return found;
  };
  /** The body the person's title in this article names ("Sen. Ruth Halvorsen": the Senate). */
  const titledBody = (entity: string): string | undefined => {
    for (let i = 0; i < mentions.length; i++) {
      if (entityOf(i) !== entity) continue;
      const title = TITLE_BEFORE.exec(text.slice(Math.max(0, mentions[i].start - 20), mentions[i].start));
      const body = title ? bodyOfRole(title[1]) : undefined;
      if (body) return body;
    }
    return undefined;
  };
  for (const s of sentences) {
    // The sentence's resolved people: mention index and entity.
    const persons: { i: number; entity: string }[] = [];
    mentions.forEach((m, i) => {
      const entity = m.type === 'PER' && m.start >= s.start && m.end <= s.end ? entityOf(i) : undefined;
      if (entity) persons.push({ i, entity });
    });
    const described = describedPersons(s);
    if (persons.length === 0 && described.length === 0) continue;
    const add = (person: { i: number; entity: string }, body: string | undefined, years: number | null, since: number | null, ongoing: boolean, value: string) => {
      if (!body) return;
      const start = years !== null && ongoing && Number.isFinite(published) ? published - years : since;
      out.push({ entity: person.entity, doc, name: mentions[person.i].text, body: body.trim(), head: headOf(body), years, since: start, value, start: s.start, end: s.end });
    };
    for (const subject of [...persons.map((p) => ({ ...p, end: mentions[p.i].end, role: null as string | null })), ...described]) {
      const person = { i: subject.i, entity: subject.entity };
      const after = text.slice(subject.end, s.end);
      const since = SINCE.exec(after);
      if (since) {
        const body = BODY_INSIDE.exec(since[1])?.[1] ?? LED_OBJECT.exec(after.replace(/^,?\s+(?:who\s+)?(?:has|have)\s+/, ''))?.[1];
        add(person, body, null, Number(since[2]), true, `since ${since[2]}`);
        continue;
      }
      const elected = FIRST_ELECTED.exec(after);
      if (elected) {
        const ago = elected[2] === undefined ? null : yearsAgo(elected[2]);
        const began = elected[3] !== undefined ? Number(elected[3]) : ago !== null && Number.isFinite(published) ? published - ago : null;
        const body = elected[1] ?? bodyOfRole(subject.role) ?? titledBody(person.entity);
        if (began !== null) add(person, body, null, began, false, elected[0].slice(elected[0].indexOf('first elected')));
        continue;
      }
      for (const q of quantities) {
        if (q.start < subject.end || q.end > s.end || q.start - subject.end > 70) continue;
        const years = statedYears(q);
        if (years === null) continue;
        const gap = text.slice(subject.end, q.start);
        const following = BODY_AFTER.exec(text.slice(q.end, s.end))?.[1];
        if (APPOSITION_GAP.test(gap) && q.counts && SERVICE_NOUN.test(q.counts)) {
          // "a 24-year Senate veteran": the body inside the counted phrase; else "of the Senate" after it.
          const inside = q.counts.replace(SERVICE_NOUN, '').trim();
          add(person, /^[A-Z]/.test(inside) ? inside : following, years, null, true, q.text + (following && !/^[A-Z]/.test(inside) ? ` of ${following}` : ''));
          break;
        }
        const service = SERVICE_GAP.exec(gap);
        if (service) {
          const body = BODY_INSIDE.exec(service[2])?.[1] ?? following;
          add(person, body, years, null, !!service[1] && service[1].trim() !== 'had', `${years} years`);
          break;
        }
      }
    }
    // "In her 24 years in the Senate, X ...": whose years only when the sentence names one person.
    if (new Set(persons.map((p) => p.entity)).size !== 1) continue;
    const only = persons[persons.length - 1];
    for (const q of quantities) {
      if (q.start < s.start || q.end > s.end) continue;
      const years = statedYears(q);
      if (years === null || !POSSESSIVE_GAP.test(text.slice(Math.max(s.start, q.start - 12), q.start))) continue;
      add(only, BODY_AFTER.exec(text.slice(q.end, s.end))?.[1], years, null, false, `${years} years`);
    }
  }
  return out;
}

/**
 * One person's service in one body given differently by two independent publishers of a story.
 * Years compare directly between reports of one month (see agree); a start year ("since 1999") compares with
 * another, or with the years of a service still going on counted back from its report's
 * publication. A person given two tenures in one body by one document is doubtful (two people
 * merged, or two spells) and is left out.
 */
export function tenureConflicts(corpus: Corpus, documents: Document[], story: string, firstId: number, name: (id: string) => string): Conflict[] {
  const publisherOf = (d: Document) => corpus.documentPublisher?.get(d.id) ?? `p:${d.id}`;
  const byPerson = new Map<string, StatedTenure[]>();
  for (const doc of documents) {
    for (const t of [...statedTenures(corpus, doc), ...statedPostTenures(corpus, doc)]) (byPerson.get(t.entity) ?? byPerson.set(t.entity, []).get(t.entity)!).push(t);
  }
  const out: Conflict[] = [];
  for (const tenures of byPerson.values()) {
    // One report giving one service two lengths tells of two people merged, or two spells.
    const doubtful = new Set(tenures.filter((x) => tenures.some((y) => x.doc === y.doc && comparable(x, y) && !agree(x, y, 'one month'))));
    // The post's title wherever one report names it: one question for all of the person's reports.
    const title = tenures.find((t) => t.post && t.head !== LEAD_POST)?.body;
    const seen = new Set<string>();
    for (let i = 0; i < tenures.length; i++) {
      for (let j = i + 1; j < tenures.length; j++) {
        const [x, y] = [tenures[i], tenures[j]];
        if (!comparable(x, y) || publisherOf(x.doc) === publisherOf(y.doc) || differentNames(x.name, y.name) || doubtful.has(x) || doubtful.has(y) || agree(x, y, reportsApart(x.doc, y.doc))) continue;
        const key = [x.doc.id, y.doc.id].sort().join('|');
        if (seen.has(key)) continue;
        seen.add(key);
        const side = (t: StatedTenure) => outletSide(publisherOf(t.doc), t.doc, t, t.value);
        const about = x.post ? `how long ${name(x.entity)} has held ${title ? `the post of ${title}` : 'the post'}` : `how long ${name(x.entity)} has served in ${x.body}`;
        out.push({ id: `${story}:x${firstId + out.length}`, story, kind: 'number', about, sides: [side(x), side(y)] });
      }
    }
  }
  return out;
}

/**
 * Two statements of one service: in the same body, or of the same leading post (a titled post,
 * or a post told only as leading against any titled one: "in charge" / "chief executive").
 */
function comparable(x: StatedTenure, y: StatedTenure): boolean {
  if (!!x.post !== !!y.post) return false;
  return x.head === y.head || (!!x.post && (x.head === LEAD_POST || y.head === LEAD_POST));
}

/**
 * Two tenures agree unless they can be compared and differ by the minimum gap or more: years
 * with years between reports of one month, or by more than a story's usual span when a report's
 * date is unknown (as ages are); start years with start years (stated or counted back from a
 * service still going on).
 */
function agree(x: StatedTenure, y: StatedTenure, apart: ReportsApart): boolean {
  const gap = COMPARE_CONFIG.tenureMinGapYears;
  if (x.years !== null && y.years !== null && apart !== 'months') return Math.abs(x.years - y.years) < (apart === 'unknown' ? Math.max(gap, COMPARE_CONFIG.ageGapWithoutDates) : gap);
  // An appointment has one year: two written start years of a post differ by any year.
  if (x.post && y.post && x.statedStart && y.statedStart && x.since !== null && y.since !== null) return x.since === y.since;
  if (x.since !== null && y.since !== null) return Math.abs(x.since - y.since) < gap;
  return true;
}

type ReportsApart = 'one month' | 'months' | 'unknown';

function reportsApart(a: Document, b: Document): ReportsApart {
  const ta = a.meta.published ? Date.parse(a.meta.published) : NaN;
  const tb = b.meta.published ? Date.parse(b.meta.published) : NaN;
  if (!Number.isFinite(ta) || !Number.isFinite(tb)) return 'unknown';
  return Math.abs(ta - tb) <= COMPARE_CONFIG.ageSameYearWindowMs ? 'one month' : 'months';
}
