/**
 * Perturbation harness across publishers: when one outlet's article states a fact differently
 * from another outlet's article on the same event, does a conflict of the right kind come out,
 * between those two sentences?
 *
 *   npx triangulate eval perturb <ecbplus dir> [--n 300] [--seed 1] [--show-misses N] [--diagnose]
 *
 * `--diagnose` says, for each missed change, at which step it was lost (perturb-diagnose.ts) and
 * prints the counts per kind and step.
 *
 * ECB+'s gold event coreference is used only to choose where to plant (harness setup): two
 * documents of one sub-topic from different outlets (not near-duplicates of each other) whose
 * sentences A and B mention the same gold event (CROSS_DOC_COREF of event mentions). In B, one
 * thing that A states too is changed: a number both give, a weekday, month or year both give, an
 * actor (a person or organisation both name, per gold entity coreference) swapped for another
 * entity of the story of the same type, a place likewise, or a negation of the shared event's
 * verb. The sub-topic's documents, with B's article changed, then go through the product's
 * per-document and corpus stages; no gold information reaches them. A trial succeeds when a
 * conflict of the planted kind has one side in sentence A and one in the changed sentence.
 * Controls are pairs chosen the same way, left unchanged: every conflict between their two
 * sentences is false. Precision counts, over changed trials, the conflicts involving the changed
 * sentence that are of the planted kind, against all conflicts involving it plus the conflicts
 * raised between control sentences. The sub-topic's originals are annotated once; a trial
 * annotates only the changed article.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Conflict, ConflictKind, Corpus } from '../src/model/corpus.js';
import type { Document } from '../src/model/document.js';
import { ingestRecord } from '../src/ingest/record.js';
import { annotateDocument, analyzeCorpus } from '../src/pipeline/analyze.js';
import { FurnitureIndex } from '../src/clean/furniture.js';
import { seededRandom } from '../src/annotate/entities/hashing.js';
import { tokenizeParagraph, posName } from '../src/annotate/tokens/tokenize.js';
import { type EcbDocument, entityType, isEntityTag, parseEcbDocument } from './ecbplus.js';
import { detokenize, type EcbArticle, toArticle } from './ecbplus-corpus.js';
import { wilson } from './judged.js';
import { diagnoseMiss } from './perturb-diagnose.js';

export type ChangeKind = 'number' | 'date' | 'actor' | 'place' | 'negation';
export const CONFLICT_KIND: Record<ChangeKind, ConflictKind> = { number: 'number', date: 'date', actor: 'actor', place: 'place', negation: 'polarity' };
const KINDS: ChangeKind[] = ['number', 'date', 'actor', 'place', 'negation'];
const CONTROL_SHARE = 0.2;
/** Two articles sharing more than this share of their word 4-grams (of the shorter) are copies, not independent reports. */
const MAX_SHARED_SHINGLES = 0.3;

/** One article's sentence as the harness sees it: its text, gold events and gold entity names. */
export interface GoldSentence {
  doc: string;
  /** Index into the article's kept sentences. */
  index: number;
  text: string;
  /** Gold cross-document event instances, each with the text of its trigger's first token and which occurrence of that word it is. */
  events: { instance: string; word: string; occurrence: number }[];
  /** Named people, organisations and places: text as written, gold entity, coarse type. */
  /** `type` is the role a swap keeps (actor or place), `entityType` the finer type the replacement must share. */
  names: { text: string; gold: string; type: 'actor' | 'place'; entityType: string }[];
}

/** A planned change: sentence B (of another outlet) rewritten so it disagrees with sentence A. */
export interface Plan {
  kind: ChangeKind;
  a: GoldSentence;
  b: GoldSentence;
  after: string;
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DATE_WORD = new RegExp(`\\b(${[...WEEKDAYS, ...MONTHS].join('|')})\\b|\\b(19[5-9]\\d|20[0-2]\\d)\\b`, 'g');
const MONTH_NAMES = 'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December';
const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
/** A numeral or number word that is not a year, a time of day, a day of a month or part of a score. */
const NUMERAL = new RegExp(`(?<![\\d.,:/-])(?<!\\b(?:${MONTH_NAMES})\\.? )\\b(\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?|${NUMBER_WORDS.join('|')})\\b(?![\\d:/-]|,\\d|\\s*(?:a\\.?m\\b|p\\.?m\\b|am\\b|pm\\b|o'clock)|(?:st|nd|rd|th)?,? (?:19|20)\\d\\d|(?:st|nd|rd|th)? (?:of )?(?:${MONTH_NAMES})\\b)`, 'gi');
const NEGATED = /\b(not|never|no|without)\b|n't\b/i;

const pick = <T>(rnd: () => number, items: T[]): T => items[Math.floor(rnd() * items.length)];

function numberValue(text: string): number {
  const word = NUMBER_WORDS.indexOf(text.toLowerCase());
  return word >= 0 ? word + 2 : Number(text.replace(/,/g, ''));
}

/** A number both sentences give, changed in B. */
function changeNumber(a: GoldSentence, b: GoldSentence, rnd: () => number): string | null {
  const inA = new Set([...a.text.matchAll(NUMERAL)].map((m) => numberValue(m[1])));
  const shared = [...b.text.matchAll(NUMERAL)].filter((m) => inA.has(numberValue(m[1])) && numberValue(m[1]) > 1);
  if (shared.length === 0) return null;
  const m = pick(rnd, shared);
  const value = numberValue(m[1]);
  const other = value < 10 ? ((value + 2 + Math.floor(rnd() * 5)) % 10 || 7) : Math.round(value * (1.5 + rnd())) + 1;
  return b.text.slice(0, m.index!) + String(other) + b.text.slice(m.index! + m[0].length);
}

/** A weekday, month or year both sentences give, changed in B. */
function changeDate(a: GoldSentence, b: GoldSentence, rnd: () => number): string | null {
  const inA = new Set([...a.text.matchAll(DATE_WORD)].map((m) => m[0]));
  const shared = [...b.text.matchAll(DATE_WORD)].filter((m) => inA.has(m[0]));
  if (shared.length === 0) return null;
  const m = pick(rnd, shared);
  let replacement: string;
  if (m[2]) replacement = String(Number(m[2]) + (rnd() < 0.5 ? -1 : 1) * (1 + Math.floor(rnd() * 3)));
  else {
    const list = WEEKDAYS.includes(m[1]) ? WEEKDAYS : MONTHS;
    replacement = list[(list.indexOf(m[1]) + 1 + Math.floor(rnd() * (list.length - 1))) % list.length];
  }
  return b.text.slice(0, m.index!) + replacement + b.text.slice(m.index! + m[0].length);
}

/** An entity both sentences name (per gold coreference), swapped in B for another entity of the story of its type. */
function changeEntity(type: 'actor' | 'place', a: GoldSentence, b: GoldSentence, story: GoldSentence['names'], rnd: () => number): string | null {
  const inA = new Set(a.names.filter((n) => n.type === type).map((n) => n.gold));
  const shared = b.names.filter((n) => n.type === type && inA.has(n.gold) && b.text.includes(n.text));
  if (shared.length === 0) return null;
  const name = pick(rnd, shared);
  // Another entity of the same type that neither sentence names, not even by one of its words ("Mr Buckley" / "Robert Buckley").
  const words = new Set(`${a.text} ${b.text}`.toLowerCase().match(/[\p{L}\d]+/gu) ?? []);
  const others = [...new Set(story.filter((o) => o.type === type && o.entityType === name.entityType && o.gold !== name.gold && !inA.has(o.gold)
    && !(o.text.toLowerCase().match(/[\p{L}\d]+/gu) ?? []).some((w) => words.has(w))).map((o) => o.text))].sort();
  if (others.length === 0) return null;
  const at = b.text.indexOf(name.text);
  return b.text.slice(0, at) + pick(rnd, others) + b.text.slice(at + name.text.length);
}

const AUXILIARY = new Set(['be', 'have', 'will', 'would', 'can', 'could', 'do', 'shall', 'should', 'may', 'might', 'must']);

/**
 * The shared event's verb negated in B: "not" after its auxiliary ("has killed" -> "has not
 * killed"), or do-support for a finite verb after its subject ("killed" -> "did not kill").
 * A is left as it is, so it must not be negated itself.
 */
export function changeNegation(a: GoldSentence, b: GoldSentence): string | null {
  if (NEGATED.test(a.text) || NEGATED.test(b.text)) return null;
  const instances = new Set(a.events.map((e) => e.instance));
  const tokens = tokenizeParagraph(b.text).flatMap((s) => s.tokens.map((t) => ({ ...t, text: b.text.slice(s.start + t.start, s.start + t.end), at: s.start + t.start })));
  for (const event of b.events.filter((e) => instances.has(e.instance))) {
    const same = tokens.filter((t) => t.text === event.word);
    const i = tokens.indexOf(same[event.occurrence]);
    if (i < 0 || posName(tokens[i].pos) !== 'VERB') continue;
    // The verb group before it (auxiliaries and adverbs): "not" goes after its first auxiliary.
    let k = i;
    while (k > 0 && i - k < 3 && ['AUX', 'ADV'].includes(posName(tokens[k - 1].pos))) k--;
    const aux = tokens.slice(k, i).find((t) => posName(t.pos) === 'AUX' && AUXILIARY.has(t.lemma));
    if (aux) {
      return b.text.slice(0, aux.at + aux.text.length) + ' not' + b.text.slice(aux.at + aux.text.length);
    }
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (!prev || !['NOUN', 'PROPN', 'PRON'].includes(posName(prev.pos)) || next?.text === 'by') continue;
    const verb = tokens[i];
    const form = verb.text.toLowerCase();
    const support = form === verb.lemma ? 'do' : form === `${verb.lemma}s` || form === `${verb.lemma}es` ? 'does' : /ed$/.test(form) || form !== verb.lemma ? 'did' : null;
    if (!support) continue;
    return `${b.text.slice(0, verb.at)}${support} not ${verb.lemma}${b.text.slice(verb.at + verb.text.length)}`;
  }
  return null;
}

/** Every change the pair of sentences allows, one per kind at most. */
export function plans(a: GoldSentence, b: GoldSentence, story: GoldSentence['names'], rnd: () => number): Plan[] {
  const out: Plan[] = [];
  const add = (kind: ChangeKind, after: string | null) => { if (after && after !== b.text) out.push({ kind, a, b, after }); };
  add('number', changeNumber(a, b, rnd));
  add('date', changeDate(a, b, rnd));
  add('actor', changeEntity('actor', a, b, story, rnd));
  add('place', changeEntity('place', a, b, story, rnd));
  add('negation', changeNegation(a, b));
  return out;
}

/** Gold cross-document event instances of a document, by the token ids of their triggers. */
function goldEvents(xml: string): { tokens: number[]; instance: string }[] {
  const markables = /<Markables>([\s\S]*?)<\/Markables>/.exec(xml)?.[1] ?? '';
  const anchors = new Map<string, number[]>();
  for (const m of markables.matchAll(/<([A-Z_]+) m_id="(\d+)"[^>]*?(?<!\/)>([\s\S]*?)<\/\1>/g)) {
    if (!isEntityTag(m[1]) && m[1] !== 'UNKNOWN_INSTANCE_TAG') anchors.set(m[2], [...m[3].matchAll(/t_id="(\d+)"/g)].map((t) => Number(t[1])));
  }
  const out: { tokens: number[]; instance: string }[] = [];
  const relations = /<Relations>([\s\S]*?)<\/Relations>/.exec(xml)?.[1] ?? '';
  for (const r of relations.matchAll(/<CROSS_DOC_COREF[^>]*note="([^"]*)"[^>]*>([\s\S]*?)<\/CROSS_DOC_COREF>/g)) {
    for (const s of r[2].matchAll(/<source m_id="(\d+)"/g)) {
      const tokens = anchors.get(s[1]);
      if (tokens?.length) out.push({ tokens, instance: r[1] });
    }
  }
  return out;
}

/** An article's sentences with their gold events and names, aligned with `toArticle`'s kept sentences. */
export function goldSentences(ecb: EcbDocument, xml: string, article: EcbArticle): GoldSentence[] {
  const numbers = [...new Set(ecb.tokens.map((t) => t.sentence))].sort((x, y) => x - y);
  // toArticle drops a leading URL line: the kept sentences are the last ones.
  const skip = numbers.length - article.sentences.length;
  const indexOf = new Map(numbers.slice(skip).map((n, i) => [n, i]));
  const token = new Map(ecb.tokens.map((t) => [t.id, t]));
  const out: GoldSentence[] = article.sentences.map((s, index) => ({ doc: ecb.name, index, text: article.text.slice(s.start, s.end), events: [], names: [] }));
  for (const e of goldEvents(xml)) {
    const first = token.get(e.tokens[0]);
    const at = first ? indexOf.get(first.sentence) : undefined;
    if (!first || at === undefined) continue;
    // Which occurrence of the trigger word in its sentence: tokens with the same text before it.
    const occurrence = ecb.tokens.filter((t) => t.sentence === first.sentence && t.id < first.id && t.text === first.text).length;
    out[at].events.push({ instance: e.instance, word: first.text, occurrence });
  }
  for (const m of ecb.mentions) {
    const type = entityType(m.tag);
    const role = type === 'PER' || type === 'ORG' ? 'actor' : type === 'LOC' || type === 'GPE' || type === 'FAC' ? 'place' : null;
    const first = token.get(m.tokens[0]);
    const at = first ? indexOf.get(first.sentence) : undefined;
    // The bare name: a possessive stays with the sentence ("Palmer's" swaps as "Palmer").
    const text = detokenize(m.tokens.map((t) => token.get(t)?.text ?? '')).replace(/'s$/, '');
    if (!role || at === undefined || text.length <= 2 || !/^\p{Lu}[\p{L}.'-]+(?: \p{Lu}[\p{L}.'-]+)*$/u.test(text)) continue;
    // One capitalised word opening its sentence may be a common noun ("Crews", "Execs"), not a name.
    const opensSentence = !ecb.tokens.some((t) => t.sentence === first!.sentence && t.id < first!.id);
    if (opensSentence && !text.includes(' ')) continue;
    out[at].names.push({ text, gold: m.gold, type: role, entityType: type });
  }
  return out;
}

function shingles(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\d]+/gu) ?? [];
  return new Set(words.slice(3).map((_, i) => words.slice(i, i + 4).join(' ')));
}

/** Whether two articles are independent reports: different (or unknown) outlets, not near-copies. */
function independent(a: EcbArticle, b: EcbArticle, grams: Map<string, Set<string>>): boolean {
  if (a.outlet && b.outlet && a.outlet === b.outlet) return false;
  const x = grams.get(a.name)!;
  const y = grams.get(b.name)!;
  let shared = 0;
  for (const g of x) if (y.has(g)) shared++;
  return shared / Math.max(1, Math.min(x.size, y.size)) <= MAX_SHARED_SHINGLES;
}

interface SubTopic {
  id: string;
  articles: Map<string, EcbArticle>;
  /** Sentence pairs (A in one outlet's article, B in another's) that mention one gold event. */
  pairs: { a: GoldSentence; b: GoldSentence }[];
  names: GoldSentence['names'];
  /** Each article's sentences with their gold events, by file name. */
  sentences: Map<string, GoldSentence[]>;
}

export function loadSubTopics(dir: string): SubTopic[] {
  const byId = new Map<string, { docs: EcbDocument[]; xml: Map<string, string> }>();
  const topics = readdirSync(dir).filter((t) => /^\d+$/.test(t) && statSync(join(dir, t)).isDirectory()).sort((a, b) => Number(a) - Number(b));
  for (const topic of topics) {
    for (const file of readdirSync(join(dir, topic)).filter((f) => f.endsWith('.xml')).sort()) {
      const xml = readFileSync(join(dir, topic, file), 'utf8');
      const ecb = parseEcbDocument(xml, basename(file, '.xml'));
      const entry = byId.get(ecb.subtopic) ?? byId.set(ecb.subtopic, { docs: [], xml: new Map() }).get(ecb.subtopic)!;
      entry.docs.push(ecb);
      entry.xml.set(ecb.name, xml);
    }
  }
  return [...byId].map(([id, { docs, xml }]) => {
    const articles = new Map(docs.map((d) => [d.name, toArticle(d)]).filter(([, a]) => (a as EcbArticle).text.replace(/\s+/g, '').length >= 20) as [string, EcbArticle][]);
    const sentences = docs.filter((d) => articles.has(d.name)).map((d) => goldSentences(d, xml.get(d.name)!, articles.get(d.name)!));
    const grams = new Map([...articles].map(([name, a]) => [name, shingles(a.text)]));
    const pairs: SubTopic['pairs'] = [];
    for (const da of sentences) for (const db of sentences) {
      if (da === db || !da.length || !db.length || !independent(articles.get(da[0].doc)!, articles.get(db[0].doc)!, grams)) continue;
      for (const a of da) for (const b of db) {
        // The first kept line is the headline: a changed title is not a changed claim.
        if (b.index === 0 || a.index === 0) continue;
        const events = new Set(a.events.map((e) => e.instance));
        if (b.events.some((e) => events.has(e.instance))) pairs.push({ a, b });
      }
    }
    return { id, articles, pairs, names: sentences.flat().flatMap((s) => s.names), sentences: new Map(sentences.filter((x) => x.length).map((x) => [x[0].doc, x])) };
  }).filter((s) => s.pairs.length > 0).sort((x, y) => (x.id < y.id ? -1 : 1));
}

interface Trial {
  kind: ChangeKind | 'control';
  subtopic: string;
  pair: string;
  /** Conflicts of the planted kind between A and the changed B. */
  found: boolean;
  /** A conflict of the planted kind between the changed B and any other outlet's sentence on the shared gold event (A or another). */
  flagged: boolean;
  /** Conflicts involving the changed sentence: of the planted kind, and all. */
  ofKind: number;
  involving: number;
  /** For controls: conflicts between the two unchanged sentences. */
  controlConflicts: number;
  miss?: string;
  /** With --diagnose: the step a missed change was lost at. */
  lost?: string;
}

function ingest(a: EcbArticle, text: string): Document | null {
  try {
    return ingestRecord({ text, outlet: a.outlet ?? undefined, url: a.url ?? undefined }, a.name);
  } catch {
    return null; // rejected at ingest (language, too short): not a trial source
  }
}

const inside = (s: { evidence: { doc: string; start: number; end: number } }, doc: string, start: number, end: number) =>
  s.evidence.doc === doc && s.evidence.start < end && s.evidence.end > start;

function between(conflicts: Conflict[], a: { doc: string; start: number; end: number }, b: { doc: string; start: number; end: number }): Conflict[] {
  return conflicts.filter((c) => c.sides.some((s) => inside(s, a.doc, a.start, a.end)) && c.sides.some((s) => inside(s, b.doc, b.start, b.end)));
}

export async function main(args: string[]): Promise<void> {
  const dir = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
  if (!dir) throw new Error('usage: triangulate eval perturb <ecbplus dir> [--n 300] [--seed 1] [--show-misses N] [--diagnose]');
  const flag = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
  const n = flag('--n', 300);
  const seed = flag('--seed', 1);
  const diagnose = args.includes('--diagnose');
  const rnd = seededRandom(seed);
  const started = Date.now();
  const subtopics = loadSubTopics(dir);
  const perSubtopic = new Map<string, number>();
  for (let t = 0; t < n; t++) { const k = subtopics[t % subtopics.length].id; perSubtopic.set(k, (perSubtopic.get(k) ?? 0) + 1); }
  const trials: Trial[] = [];
  let skipped = 0;
  let cycle = 0;
  for (const sub of subtopics) {
    const wanted = perSubtopic.get(sub.id) ?? 0;
    if (wanted === 0) continue;
    const docs = new Map<string, Document>();
    const originals = [...sub.articles.values()].map((a) => ingest(a, a.text)).filter((d): d is Document => d !== null);
    const furniture = FurnitureIndex.fromDocuments(originals);
    for (const d of originals) { try { docs.set(d.source, annotateDocument(d, furniture)); } catch { /* not a trial source */ } }
    const pairs = sub.pairs.filter((p) => docs.has(p.a.doc) && docs.has(p.b.doc));
    if (pairs.length === 0) { skipped += wanted; continue; }
    const span = (s: GoldSentence, text = s.text) => {
      const at = sub.articles.get(s.doc)!.sentences[s.index].start;
      return { doc: docs.get(s.doc)!.id, start: at, end: at + text.length };
    };
    let baseline: Conflict[] | null = null;
    for (let t = 0; t < wanted; t++) {
      const control = rnd() < CONTROL_SHARE;
      if (control) {
        baseline ??= analyzeCorpus([...docs.values()]).conflicts ?? [];
        const p = pick(rnd, pairs);
        const raised = between(baseline, span(p.a), span(p.b));
        trials.push({ kind: 'control', subtopic: sub.id, pair: `${p.a.doc}#${p.a.index}~${p.b.doc}#${p.b.index}`, found: false, flagged: false, ofKind: 0, involving: 0, controlConflicts: raised.length, miss: raised.length ? raised.map((c) => `${c.kind}: ${c.about}`).join('; ') : undefined });
        continue;
      }
      // Kinds in turn, so each gets its share; a sub-topic that offers no change of a kind gives the next.
      const order = KINDS.map((_, i) => KINDS[(cycle + i) % KINDS.length]);
      cycle++;
      const shuffled = [...pairs].sort(() => rnd() - 0.5);
      let plan: Plan | null = null;
      for (const kind of order) {
        for (const p of shuffled) { plan = plans(p.a, p.b, sub.names, rnd).find((x) => x.kind === kind) ?? null; if (plan) break; }
        if (plan) break;
      }
      if (!plan) { skipped++; continue; }
      const article = sub.articles.get(plan.b.doc)!;
      const at = article.sentences[plan.b.index].start;
      const changed = ingest(article, article.text.slice(0, at) + plan.after + article.text.slice(at + plan.b.text.length));
      if (!changed) { skipped++; continue; }
      let corpus: Corpus;
      try {
        corpus = analyzeCorpus([...[...docs.values()].filter((d) => d.source !== plan!.b.doc), annotateDocument(changed, furniture)]);
      } catch {
        skipped++;
        continue;
      }
      const conflicts = corpus.conflicts ?? [];
      const b = { doc: changed.id, start: at, end: at + plan.after.length };
      const involving = conflicts.filter((c) => c.sides.some((s) => inside(s, b.doc, b.start, b.end)));
      const ofKind = involving.filter((c) => c.kind === CONFLICT_KIND[plan!.kind]);
      const found = between(ofKind, span(plan.a), b).length > 0;
      // The planted fact's events, and whether a conflict pairs the change with any report of them.
      const shared = new Set(plan.a.events.map((e) => e.instance).filter((i) => plan!.b.events.some((e) => e.instance === i)));
      const nameOf = new Map([...docs.values()].map((d) => [d.id, d.source]));
      const reportsEvent = (side: Conflict['sides'][number]) => {
        const name = nameOf.get(side.evidence.doc);
        if (!name || name === plan!.b.doc) return false;
        const index = sub.articles.get(name)!.sentences.findIndex((x) => side.evidence.start < x.end && x.start < side.evidence.end);
        return sub.sentences.get(name)?.[index]?.events.some((e) => shared.has(e.instance)) ?? false;
      };
      const flagged = ofKind.some((c) => c.sides.some(reportsEvent));
      const diagnosis = !found && diagnose ? diagnoseMiss(corpus, span(plan.a), b, CONFLICT_KIND[plan.kind]) : null;
      trials.push({
        kind: plan.kind, subtopic: sub.id, pair: `${plan.a.doc}#${plan.a.index}~${plan.b.doc}#${plan.b.index}`, found, flagged, ofKind: ofKind.length, involving: involving.length, controlConflicts: 0,
        miss: found ? undefined : `A: ${plan.a.text}\n    B: ${plan.b.text}\n    => ${plan.after}\n    shared event written: ${triggerWords(plan.a, shared)} / ${triggerWords(plan.b, shared)}\n    conflicts involving B: ${involving.map((c) => `${c.kind} (${c.about}: ${c.sides.map((x) => x.value).join(' / ')})`).join('; ') || 'none'}${diagnosis ? `\n    lost at ${diagnosis.reason}\n      ${diagnosis.detail}` : ''}`,
        ...(diagnosis ? { lost: diagnosis.reason } : {}),
      });
    }
  }
  const show = flag('--show-misses', 0);
  for (const t of trials.filter((x) => x.miss).slice(0, show)) console.log(`${t.kind === 'control' ? 'control with conflicts' : `miss (${t.kind})`} ${t.pair}:\n    ${t.miss}`);
  if (diagnose) printDiagnosis(trials);
  report(trials, skipped, n, seed, dir, (Date.now() - started) / 1000);
}

/** The words a sentence writes the given gold events with, for reading a miss. */
const triggerWords = (s: GoldSentence, instances: Set<string>) => [...new Set(s.events.filter((e) => instances.has(e.instance)).map((e) => e.word))].join(',') || '-';

/** Missed changes counted per step they were lost at (rows) and kind (columns). */
function printDiagnosis(trials: Trial[]): void {
  const lost = trials.filter((t) => t.lost);
  const reasons = [...new Set(lost.map((t) => t.lost!))].sort((x, y) => lost.filter((t) => t.lost === y).length - lost.filter((t) => t.lost === x).length);
  console.log(`missed changes by the step they were lost at (${lost.length}):`);
  console.log(`  ${'step'.padEnd(44)}${KINDS.map((k) => k.padStart(9)).join('')}    all`);
  for (const r of reasons) console.log(`  ${r.padEnd(44)}${KINDS.map((k) => String(lost.filter((t) => t.lost === r && t.kind === k).length).padStart(9)).join('')}  ${String(lost.filter((t) => t.lost === r).length).padStart(5)}`);
}

function report(trials: Trial[], skipped: number, n: number, seed: number, dir: string, seconds: number): void {
  const changed = trials.filter((t) => t.kind !== 'control');
  const controls = trials.filter((t) => t.kind === 'control');
  const sum = (xs: Trial[], f: (t: Trial) => number) => xs.reduce((s, t) => s + f(t), 0);
  const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);
  const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
  const controlFalse = sum(controls, (t) => t.controlConflicts);
  const recall = ratio(changed.filter((t) => t.found).length, changed.length);
  const precision = ratio(sum(changed, (t) => t.ofKind), sum(changed, (t) => t.involving) + controlFalse);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  console.log(`ECB+ cross-publisher perturbation: ${trials.length} trials (${changed.length} changed, ${controls.length} unchanged controls; ${skipped} of ${n} requested skipped), seed ${seed}, split: dev (the topics in ${dir})`);
  console.log(`command: npx triangulate eval perturb ${dir} --n ${n} --seed ${seed}`);
  for (const kind of KINDS) {
    const of = changed.filter((t) => t.kind === kind);
    const w = wilson(of.filter((t) => t.found).length, of.length);
    console.log(`  ${kind.padEnd(9)} n ${String(of.length).padStart(3)}  recall ${pct(ratio(of.filter((t) => t.found).length, of.length))} [${pct(w.low)}, ${pct(w.high)}]  precision ${pct(ratio(sum(of, (t) => t.ofKind), sum(of, (t) => t.involving)))} (${sum(of, (t) => t.ofKind)} of the planted kind of ${sum(of, (t) => t.involving)} conflicts involving the changed sentence)`);
  }
  const rw = wilson(changed.filter((t) => t.found).length, changed.length);
  const fw = wilson(changed.filter((t) => t.flagged).length, changed.length);
  console.log(`changed: recall ${pct(recall)} [${pct(rw.low)}, ${pct(rw.high)}] (95% Wilson)  precision ${pct(precision)} (${sum(changed, (t) => t.ofKind)} of ${sum(changed, (t) => t.involving)} + ${controlFalse} on controls)  F1 ${pct(f1)}`);
  console.log(`flagged against any other outlet's sentence on the same gold event (A or another): ${pct(fw.p)} [${pct(fw.low)}, ${pct(fw.high)}]; per kind: ${KINDS.map((k) => `${k} ${changed.filter((t) => t.kind === k && t.flagged).length}/${changed.filter((t) => t.kind === k).length}`).join(', ')}`);
  console.log(`controls: ${controls.filter((t) => t.controlConflicts > 0).length} of ${controls.length} with a conflict between the two unchanged sentences (${controlFalse} conflicts)`);
  console.log(`(${seconds.toFixed(1)} s)`);
  const r = (x: number) => Math.round(x * 10000) / 10000;
  console.log(JSON.stringify({ dataset: 'ecbplus', metric: 'perturb_cross_publisher_f1', value: r(f1), recall: r(recall), recall_low: r(rw.low), recall_high: r(rw.high), recall_any_same_event_report: r(fw.p), precision: r(precision), changed: changed.length, controls: controls.length, control_false_conflicts: controlFalse, seed, split: 'dev (topics in dir)' }));
}

if (import.meta.url === `file://${process.argv[1]}`) await main(process.argv.slice(2));
