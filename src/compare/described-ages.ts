import type { Conflict, Corpus } from '../model/corpus.js';
import type { Document } from '../model/document.js';
import { ageDisagreements, type AgeStatement } from './attributes.js';

/**
 * An unnamed person told by the age, the description and the place each report gives them: "a
 * 67-year-old retired teacher from Toowoomba", "a 76-year-old woman from Caldmoor". The words
 * between the age and "from" (or "of") are the description, lower-case only; the place is the
 * capitalised name after it.
 */
const DESCRIBED_AGE = /\b(?:[Aa]n?|[Tt]he)\s+(\d{1,3})-year-old\s+((?:[a-z][a-z-]*\s+){0,3}?[a-z][a-z-]*)\s+(?:from|of)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)/gu;

interface DescribedAge extends AgeStatement {
  key: string;
  description: string;
}

/** The sentence holding an offset, as the passage a side shows. */
function sentenceAt(doc: Document, offset: number): { start: number; end: number } {
  return (doc.layers.sentences ?? []).find((s) => s.start <= offset && offset < s.end) ?? { start: offset, end: offset };
}

function describedAges(doc: Document): DescribedAge[] {
  const out: DescribedAge[] = [];
  for (const m of doc.text.matchAll(DESCRIBED_AGE)) {
    const description = `${m[2]} from ${m[3]}`;
    const sentence = sentenceAt(doc, m.index!);
    out.push({ doc, key: description.toLowerCase(), description, age: Number(m[1]), start: sentence.start, end: sentence.end });
  }
  return out;
}

/**
 * One unnamed person, described alike by two publishers (the same words between the age and the
 * same place: "a 67-year-old woman from Caldmoor" / "a 76-year-old woman from Caldmoor"), given
 * two ages: the same disagreement as a named person's age (attributes.ts), found through the
 * description. A report that gives one description two ages tells of two people, and is left out;
 * ages must differ by more than the time between the reports explains.
 */
export function describedAgeConflicts(corpus: Corpus, documents: Document[], story: string, firstId: number): Conflict[] {
  const byKey = new Map<string, DescribedAge[]>();
  for (const doc of documents) for (const a of describedAges(doc)) (byKey.get(a.key) ?? byKey.set(a.key, []).get(a.key)!).push(a);
  return ageDisagreements(corpus, byKey.values(), story, firstId, (x) => `how old the ${x.description} is`);
}
