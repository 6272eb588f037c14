import type { Conflict, ConflictSide, Corpus } from '../model/corpus.js';
import type { Document } from '../model/document.js';
import type { Range } from '../model/span.js';
import { differentNames } from './event-match.js';
import { COMPARE_CONFIG } from './config.js';

/** A person's age as one article states it, with the words that state it. */
export interface StatedAge {
  entity: string;
  age: number;
  doc: Document;
  /** The name as written next to the age. */
  name: string;
  /** The sentence stating it. */
  start: number;
  end: number;
}

/**
 * "Vale, 33, of Leeds", "killing Vale, 33." (the apposition closing the sentence), "Vale (33)",
 * "Vale, a 61-year-old Democrat" (an apposition whose noun the age qualifies).
 */
const AFTER_NAME = /^(?:,\s*(?:aged?\s+)?(\d{1,3})(?:,|\.(?=\s|$))|\s*\((\d{1,3})\)|,\s+an?\s+(\d{1,3})[- ]year[- ]old\s+\p{L})/u;
const BEFORE_NAME = /\b(\d{1,3})[- ]year[- ]old\s+(?:[\p{Ll}-]+\s+){0,3}$/u;
const AT_DEATH = /^\s+(?:on\s+\w+\s+|\w+\s+)?at\s+(?:the\s+age\s+of\s+|age\s+)?(\d{1,3})\b(?!\s*(?:a\.?m|p\.?m|:|\w))/i;

/**
 * The ages a document gives its people, in the forms news writes them: an apposition ("Tara
 * Vale, 33, of Leeds", "Vale (33)", "Vale, aged 33", "Vale, a 33-year-old nurse"), a "33-year-old" before the name, or the age
 * at death ("Vale died at 75", "died Thursday at the age of 95").
 */
export function statedAges(corpus: Corpus, doc: Document): StatedAge[] {
  const mentions = doc.layers.mentions ?? [];
  const sentences = doc.layers.sentences ?? [];
  const sentenceAt = (at: number) => sentences.find((s) => s.start <= at && at < s.end) ?? { start: at, end: at };
  const out: StatedAge[] = [];
  const add = (mention: number, age: number) => {
    const entity = corpus.mentionEntity?.get(`${doc.id}:${mention}`);
    if (!entity || age < COMPARE_CONFIG.ageMin || age > COMPARE_CONFIG.ageMax) return;
    const s = sentenceAt(mentions[mention].start);
    out.push({ entity, age, doc, name: mentions[mention].text, start: s.start, end: s.end });
  };
  mentions.forEach((m, i) => {
    if (m.type !== 'PER') return;
    const after = AFTER_NAME.exec(doc.text.slice(m.end, m.end + 24));
    const before = BEFORE_NAME.exec(doc.text.slice(Math.max(0, m.start - 40), m.start));
    const age = after ? Number(after[1] ?? after[2] ?? after[3]) : before ? Number(before[1]) : null;
    if (age !== null) add(i, age);
  });
  for (const claim of doc.layers.claims ?? []) {
    for (const p of claim.predicates) {
      if (p.lemma.toLowerCase() !== 'die' || p.agent?.mention === undefined || p.agent.start !== mentions[p.agent.mention]?.start) continue;
      const at = AT_DEATH.exec(doc.text.slice(p.end, p.end + 40));
      if (at) add(p.agent.mention, Number(at[1]));
    }
  }
  return out;
}

/**
 * A person's age given differently by two independent publishers of one story. An age is a fact
 * about a person, not about the event: it needs no aligned claim, only the same person. That
 * person is the same only when the resolver put both names in one entity and the names share a
 * word; an entity given two ages by one document is doubtful (two people merged) and is left out.
 * Ages must differ by more than the time between the reports explains (minimumGap).
 */
export function ageConflicts(corpus: Corpus, documents: Document[], story: string, firstId: number, name: (id: string) => string): Conflict[] {
  const byEntity = new Map<string, StatedAge[]>();
  for (const doc of documents) for (const a of statedAges(corpus, doc)) (byEntity.get(a.entity) ?? byEntity.set(a.entity, []).get(a.entity)!).push(a);
  return ageDisagreements(corpus, byEntity.values(), story, firstId, (x) => `how old ${name(x.entity)} is`, (x, y) => differentNames(x.name, y.name));
}

/** An age one report gives one person, however that person is known (a resolved name, a description). */
export interface AgeStatement extends Range {
  age: number;
  doc: Document;
}

/**
 * The pairs of independent publishers that give one person (each group) two ages further apart
 * than the time between their reports explains, one conflict per pair of documents. A group in
 * which one document gives two ages tells of two people and is left out; `apart` names a pair
 * that is not one person after all.
 */
export function ageDisagreements<T extends AgeStatement>(corpus: Corpus, groups: Iterable<T[]>, story: string, firstId: number, about: (x: T) => string, apart: (x: T, y: T) => boolean = () => false): Conflict[] {
  const publisherOf = (d: Document) => corpus.documentPublisher?.get(d.id) ?? `p:${d.id}`;
  const out: Conflict[] = [];
  for (const ages of groups) {
    if (ages.some((x) => ages.some((y) => x.doc === y.doc && x.age !== y.age))) continue;
    const seen = new Set<string>();
    for (let i = 0; i < ages.length; i++) {
      for (let j = i + 1; j < ages.length; j++) {
        const [x, y] = [ages[i], ages[j]];
        if (publisherOf(x.doc) === publisherOf(y.doc) || apart(x, y)) continue;
        if (Math.abs(x.age - y.age) < minimumGap(x.doc, y.doc)) continue;
        const key = [x.doc.id, y.doc.id].sort().join('|');
        if (seen.has(key)) continue;
        seen.add(key);
        const side = (a: T) => outletSide(publisherOf(a.doc), a.doc, a, String(a.age));
        out.push({ id: `${story}:x${firstId + out.length}`, story, kind: 'number', about: about(x), sides: [side(x), side(y)] });
      }
    }
  }
  return out;
}

/**
 * A side of a conflict told in an outlet's own words: the publisher, the value it gives, the
 * passage stating it as evidence, and when it was published.
 */
export function outletSide(publisher: string, doc: Document, passage: Range, value: string): ConflictSide {
  return { publisher, value, evidence: { doc: doc.id, start: passage.start, end: passage.end }, published: doc.meta.published ?? null, attribution: { kind: 'outlet', name: publisher } };
}

/**
 * How far apart two stated ages must be to disagree: more than the years between the two
 * reports could account for. Within a month, any difference counts (a birthday between them is
 * unlikely); with a publication date unknown, only a gap no story's span of time explains.
 */
function minimumGap(a: Document, b: Document): number {
  const ta = a.meta.published ? Date.parse(a.meta.published) : NaN;
  const tb = b.meta.published ? Date.parse(b.meta.published) : NaN;
  if (!Number.isFinite(ta) || !Number.isFinite(tb)) return COMPARE_CONFIG.ageGapWithoutDates;
  const gap = Math.abs(ta - tb);
  return gap <= COMPARE_CONFIG.ageSameYearWindowMs ? 1 : Math.ceil(gap / YEAR_MS) + 1;
}

const YEAR_MS = 365.25 * 24 * 3600 * 1000;
