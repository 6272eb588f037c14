/**
 * Perturbation harness: does a changed fact come out as a conflict of the right kind, at the
 * right sentence?
 *
 *   npx triangulate eval perturb <dir> [--n 500] [--seed 1]
 *
 * From each ECB+ sub-topic (one event, several outlets) an article is copied as a new outlet
 * with one controlled change in one sentence: a number, a date (weekday, month or year), an
 * actor (a person or organisation swapped for another of the same story) or a negation ("not"
 * after an auxiliary). The sub-topic's articles plus the copy go through the corpus stages, and
 * the conflicts that involve the copy are checked: right kind, and one side's evidence inside
 * the changed sentence. Unchanged copies (about a fifth of the trials) are the control: they
 * must raise no conflict and must collapse into the original's publisher.
 * The originals are annotated once per sub-topic; each trial annotates only its copy.
 */
import type { Conflict, Corpus } from '../src/model/corpus.js';
import type { Document } from '../src/model/document.js';
import { ingestRecord } from '../src/ingest/record.js';
import { annotateDocument, analyzeCorpus } from '../src/pipeline/analyze.js';
import { FurnitureIndex } from '../src/clean/furniture.js';
import { seededRandom } from '../src/annotate/entities/hashing.js';
import { type EcbDocument, entityType, loadEcbPlus } from './ecbplus.js';
import { detokenize, type EcbArticle, toArticle } from './ecbplus-corpus.js';

export type ChangeKind = 'number' | 'date' | 'actor' | 'negation';
const CONFLICT_KIND: Record<ChangeKind, Conflict['kind']> = { number: 'number', date: 'date', actor: 'actor', negation: 'polarity' };
const KINDS: ChangeKind[] = ['number', 'date', 'actor', 'negation'];
const CONTROL_SHARE = 0.2;

/** A sentence of an article rewritten: where it is in the copy, what changed. */
export interface Change {
  kind: ChangeKind;
  sentence: number;
  before: string;
  after: string;
}

const pick = <T>(rnd: () => number, items: T[]): T => items[Math.floor(rnd() * items.length)];

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DATE_WORD = new RegExp(`\\b(${[...WEEKDAYS, ...MONTHS.filter((m) => m !== 'May')].join('|')})\\b|\\b(19[5-9]\\d|20[0-2]\\d)\\b`, 'g');
/** A numeral that is not a year, a time of day or part of a date or score. */
const MONTH_NAMES = 'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December';
/** A numeral that is not a year, a time of day ("4 p.m."), a day of a month or part of a date or score: those are dates. */
const NUMERAL = new RegExp(`(?<![\\d.,:/-])(?<!\\b(?:${MONTH_NAMES})\\.? )\\b(\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?)\\b(?![\\d:/-]|,\\d|\\s*(?:a\\.?m\\b|p\\.?m\\b|am\\b|pm\\b|o'clock)|(?:st|nd|rd|th)?,? (?:19|20)\\d\\d|(?:st|nd|rd|th)? (?:of )?(?:${MONTH_NAMES})\\b)`, 'g');
const AUXILIARY = /\b(was|were|is|are|has|have|had|will|would|could|can)\b(?! not\b| n't\b)/g;

/** One change of the given kind in one sentence of the text, or null when the article offers none. */
export function perturb(kind: ChangeKind, sentences: string[], actors: Map<string, string>, rnd: () => number): Change | null {
  const options: Change[] = [];
  sentences.forEach((s, i) => {
    if (i === 0) return; // the first line is the headline: a changed title is not a changed claim
    for (const m of s.matchAll(kind === 'number' ? NUMERAL : kind === 'date' ? DATE_WORD : kind === 'negation' ? AUXILIARY : /$^/g)) {
      const at = m.index!;
      let replacement: string;
      if (kind === 'number') {
        const value = Number(m[1].replace(/,/g, ''));
        if (value === 0 || value === 1) continue; // "one of", "a" read as 1: not a stated figure
        const other = value < 10 ? ((value + 2 + Math.floor(rnd() * 5)) % 10 || 7) : Math.round(value * (1.5 + rnd())) + 1;
        replacement = String(other);
      } else if (kind === 'date') {
        if (m[2]) replacement = String(Number(m[2]) + (rnd() < 0.5 ? -1 : 1) * (1 + Math.floor(rnd() * 3)));
        else {
          const list = WEEKDAYS.includes(m[1]) ? WEEKDAYS : MONTHS.filter((x) => x !== 'May');
          replacement = list[(list.indexOf(m[1]) + 1 + Math.floor(rnd() * (list.length - 1))) % list.length];
        }
      } else replacement = `${m[1]} not`;
      options.push({ kind, sentence: i, before: s, after: s.slice(0, at) + replacement + s.slice(at + m[0].length) });
    }
    if (kind === 'actor') {
      for (const [a, entity] of actors) {
        const at = s.indexOf(a);
        if (at < 0 || !/^\p{Lu}/u.test(a)) continue;
        const others = [...actors].filter(([b, other]) => other !== entity && b !== a && !b.includes(a) && !a.includes(b) && !s.includes(b) && /^\p{Lu}/u.test(b)).map(([b]) => b);
        if (others.length === 0) continue;
        options.push({ kind, sentence: i, before: s, after: s.slice(0, at) + pick(rnd, others) + s.slice(at + a.length) });
      }
    }
  });
  return options.length > 0 ? pick(rnd, options) : null;
}

/**
 * Names of people and organisations the ECB+ annotators marked in a sub-topic's articles, with
 * the gold entity each names: swapping a name for another spelling of the same entity
 * ("Alexis" / "Alexandros", "Lionsgate" / "LionsGate") is not a change of actor.
 */
function storyActors(docs: EcbDocument[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const d of docs) {
    const text = new Map(d.tokens.map((t) => [t.id, t.text]));
    for (const m of d.mentions) {
      const type = entityType(m.tag);
      if (type !== 'PER' && type !== 'ORG') continue;
      const name = detokenize(m.tokens.map((t) => text.get(t) ?? ''));
      if (/^\p{Lu}[\p{L}.'-]+(?: \p{Lu}[\p{L}.'-]+)*$/u.test(name) && name.length > 2 && !names.has(name)) names.set(name, m.gold);
    }
  }
  return new Map([...names].sort((x, y) => x[0].localeCompare(y[0])));
}

interface Trial {
  kind: ChangeKind | 'control';
  subtopic: string;
  original: string;
  /** Matching conflicts, all conflicts involving the copy. */
  matched: number;
  involving: number;
  collapsed: boolean;
  detail?: string;
  /** The changed sentence before and after, for misses (printed with --show-misses N). */
  example?: string;
}

function copyText(article: EcbArticle, change: Change | null): { text: string; start: number; end: number } {
  const sentences = splitSentences(article);
  if (change) sentences[change.sentence] = change.after;
  let text = '';
  let start = 0;
  let end = 0;
  sentences.forEach((s, i) => {
    if (text) text += '\n\n';
    if (change && i === change.sentence) { start = text.length; end = text.length + s.length; }
    text += s;
  });
  return { text, start, end };
}

function splitSentences(a: EcbArticle): string[] {
  return a.sentences.map((s) => a.text.slice(s.start, s.end));
}

function conflictKey(c: Conflict): string {
  return `${c.kind}|${c.sides.map((s) => `${s.evidence.doc}:${s.evidence.start}:${s.value}`).sort().join('|')}`;
}

function involves(c: Conflict, doc: string): boolean {
  return c.sides.some((s) => s.evidence.doc === doc);
}

function overlaps(c: Conflict, doc: string, start: number, end: number): boolean {
  return c.sides.some((s) => s.evidence.doc === doc && s.evidence.start < end && s.evidence.end > start);
}

function ingest(text: string, name: string, outlet: string | null, url: string | null): Document | null {
  try {
    return ingestRecord({ text, outlet: outlet ?? undefined, url: url ?? undefined }, name);
  } catch {
    return null; // rejected at ingest (language, too short): not a trial
  }
}

export async function main(args: string[]): Promise<void> {
  const dir = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
  if (!dir) throw new Error('usage: triangulate eval perturb <dir> [--n 500] [--seed 1]');
  const flag = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
  const n = flag('--n', 500);
  const seed = flag('--seed', 1);
  const rnd = seededRandom(seed);
  const started = Date.now();
  const ecb = loadEcbPlus(dir);
  const bySubtopic = new Map<string, EcbDocument[]>();
  for (const d of ecb) (bySubtopic.get(d.subtopic) ?? bySubtopic.set(d.subtopic, []).get(d.subtopic)!).push(d);
  const subtopics = [...bySubtopic.keys()].filter((k) => bySubtopic.get(k)!.length >= 2).sort();
  // Trials are spread evenly over sub-topics, so each sub-topic's originals are annotated once.
  const perSubtopic = new Map<string, number>();
  for (let t = 0; t < n; t++) { const k = subtopics[t % subtopics.length]; perSubtopic.set(k, (perSubtopic.get(k) ?? 0) + 1); }
  const trials: Trial[] = [];
  let skipped = 0;
  for (const subtopic of subtopics) {
    const docs = bySubtopic.get(subtopic)!;
    const articles = docs.map(toArticle);
    const originals = articles.map((a) => ingest(a.text, a.name, a.outlet, a.url));
    const furniture = FurnitureIndex.fromDocuments(originals.filter((d): d is Document => d !== null));
    const annotated = new Map<string, Document>();
    for (const d of originals) if (d) { try { annotated.set(d.source, annotateDocument(d, furniture)); } catch { /* not a trial source */ } }
    const usable = articles.filter((a) => annotated.has(a.name));
    if (usable.length < 2) { skipped += perSubtopic.get(subtopic) ?? 0; continue; }
    const actors = storyActors(docs);
    // Conflicts the pile already holds without the copy: an unchanged copy has its original's
    // content hash, so only conflicts the copy adds are the copy's.
    const baseline = new Set((analyzeCorpus([...annotated.values()]).conflicts ?? []).map(conflictKey));
    for (let t = 0; t < (perSubtopic.get(subtopic) ?? 0); t++) {
      const kind: ChangeKind | 'control' = rnd() < CONTROL_SHARE ? 'control' : pick(rnd, KINDS);
      // Try articles in a random order until one offers a change of this kind.
      const shuffled = [...usable].sort(() => rnd() - 0.5);
      let article: EcbArticle | null = null;
      let change: Change | null = null;
      for (const a of shuffled) {
        if (kind === 'control') { article = a; break; }
        change = perturb(kind, splitSentences(a), actors, rnd);
        if (change) { article = a; break; }
      }
      if (!article) { skipped++; continue; }
      const copy = copyText(article, change);
      // A faithful copy as another site serves it: the same article with the site's own furniture
      // line, so it is a different input (another content hash) with the same body.
      if (!change) copy.text += '\n\nShare this article';
      const name = `${article.name}~copy${t}`;
      const doc = ingest(copy.text, name, `perturbed-copy-${t}.example`, null);
      if (!doc) { skipped++; continue; }
      let corpus: Corpus;
      try {
        corpus = analyzeCorpus([...annotated.values(), annotateDocument(doc, furniture)]);
      } catch {
        skipped++;
        continue;
      }
      const original = [...annotated.values()].find((d) => d.source === article!.name)!;
      const mine = (corpus.conflicts ?? []).filter((c) => involves(c, doc.id) && !baseline.has(conflictKey(c)));
      const matching = change ? mine.filter((c) => c.kind === CONFLICT_KIND[change!.kind] && overlaps(c, doc.id, copy.start, copy.end)) : [];
      trials.push({
        kind: change ? change.kind : 'control',
        subtopic,
        original: article.name,
        matched: matching.length,
        involving: mine.length,
        collapsed: corpus.documentPublisher?.get(doc.id) === corpus.documentPublisher?.get(original.id),
        detail: change && matching.length === 0 ? `${change.kind}: ${mine.map((c) => c.kind).join(',') || 'no conflict'}` : undefined,
        example: change && matching.length === 0 ? `${change.before}\n    => ${change.after}` : !change && mine.length ? mine.map((c) => `${c.kind}: ${c.about} :: ${c.sides.map((x) => x.value).join(' vs ')}`).join('\n    ') : undefined,
      });
    }
  }
  const show = flag('--show-misses', 0);
  for (const t of trials.filter((x) => x.example).slice(0, show)) console.log(`${t.kind === 'control' ? 'control with conflicts' : `miss (${t.detail})`} ${t.original}:\n    ${t.example}`);
  report(trials, skipped, n, seed, dir, (Date.now() - started) / 1000);
}

function report(trials: Trial[], skipped: number, n: number, seed: number, dir: string, seconds: number): void {
  const changed = trials.filter((t) => t.kind !== 'control');
  const controls = trials.filter((t) => t.kind === 'control');
  const rate = (xs: Trial[], f: (t: Trial) => boolean) => (xs.length ? xs.filter(f).length / xs.length : 0);
  const found = (t: Trial) => t.matched > 0;
  const recall = rate(changed, found);
  const matched = changed.reduce((s, t) => s + t.matched, 0);
  const involving = changed.reduce((s, t) => s + t.involving, 0);
  const precision = involving > 0 ? matched / involving : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const pct = (x: number) => (100 * x).toFixed(1);
  console.log(`ECB+ perturbation: ${trials.length} trials (${changed.length} changed, ${controls.length} unchanged controls; ${skipped} of ${n} requested skipped), seed ${seed}, split: dev (the topics in ${dir})`);
  console.log(`command: npx triangulate eval perturb ${dir} --n ${n} --seed ${seed}`);
  for (const kind of KINDS) {
    const of = changed.filter((t) => t.kind === kind);
    console.log(`  ${kind.padEnd(9)} recall ${pct(rate(of, found)).padStart(5)}  (${of.filter(found).length}/${of.length})   copy collapsed into the original's publisher: ${pct(rate(of, (t) => t.collapsed))}`);
  }
  console.log(`changed copies: recall ${pct(recall)}  precision ${pct(precision)} (${matched} matching of ${involving} conflicts involving the copy)  F1 ${pct(f1)}`);
  console.log(`controls: ${controls.filter((t) => t.involving > 0).length} with a conflict (${controls.reduce((s, t) => s + t.involving, 0)} conflicts), collapsed into the original's publisher: ${pct(rate(controls, (t) => t.collapsed))}`);
  const misses = new Map<string, number>();
  for (const t of changed) if (t.detail) misses.set(t.detail, (misses.get(t.detail) ?? 0) + 1);
  console.log(`misses: ${[...misses.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${k} x${v}`).join('; ') || 'none'}`);
  console.log(`(${seconds.toFixed(1)} s)`);
  console.log(JSON.stringify({ dataset: 'ecbplus', metric: 'perturb_f1', value: Math.round(f1 * 10000) / 10000, recall: Math.round(recall * 10000) / 10000, precision: Math.round(precision * 10000) / 10000, control_false_conflicts: controls.filter((t) => t.involving > 0).length, control_collapse_rate: Math.round(rate(controls, (t) => t.collapsed) * 10000) / 10000, trials: trials.length, seed, split: 'dev (topics in dir)' }));
}

if (import.meta.url === `file://${process.argv[1]}`) await main(process.argv.slice(2));
