/**
 * Judged precision on ECB+: are the product's conflicts and corroborations true when a person
 * reads both articles?
 *
 *   npx triangulate eval judged <ecbplus dir> <judgments.jsonl> [--n 60] [--seed 1] [--show N] [--list-conflicts] [--list-false]
 *
 * Every document of the directory goes through the product pipeline as ONE pile, as a user would
 * run it (no gold topic, sub-topic or mention is used). The dossier's verdicts are then
 * enumerated as items to judge:
 *   - a conflict item is one conflict as the dossier shows it (all its sides): it is true when the
 *     sides report the same fact and at least two of them, from different publishers, give values
 *     that cannot both be true;
 *   - a corroboration item is a pair of member sentences of one aligned claim that the dossier
 *     counts as reported by two or more independent publishers (status corroborated or
 *     conflicting): the claim's lead member against the first member of each other publisher. It
 *     is true when both sentences state the same fact (same event, same participants in the same
 *     roles, neither denying what the other asserts).
 * Each item's key is built from ECB+ file names and the character offsets of its evidence in the
 * article text that eval/ecbplus-corpus.ts rebuilds deterministically, so a judgment survives any
 * change of the engine's positional ids, and is reused whenever the engine outputs the same item.
 *
 * A seeded sample is drawn per stratum (conflict kind; the story for corroborations), with
 * proportional allocation so the sample is self-weighting and a plain proportion estimates the
 * population's precision. Within a stratum the order is a hash of the key, so an item keeps its
 * rank when the engine adds or drops others: the judged set grows instead of being redrawn.
 * Judgments live in a JSON-lines file: key, evidence spans (file name and offsets, never text),
 * verdict, cause of a false verdict and a one-line note.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { Dossier, DossierDocument, DossierSide } from '../src/model/dossier.js';
import type { Document } from '../src/model/document.js';
import { analyzeDocuments } from '../src/pipeline/analyze.js';
import { buildDossier } from '../src/report/dossier.js';
import { loadEcbArticles } from './ecbplus-corpus.js';
import { articleDocument } from './stories.js';

export type ItemType = 'conflict' | 'corroboration';

/** Where an item's evidence is: the ECB+ file name and offsets in its rebuilt article text. */
export interface ItemSpan {
  doc: string;
  start: number;
  end: number;
}

/** What a side looks like when printed for a reader (never stored in the judgments file). */
export interface ItemSide extends ItemSpan {
  publisher: string;
  value: string | null;
}

export interface Item {
  key: string;
  type: ItemType;
  /** Conflict kind, or the claim's status for a corroboration. */
  kind: string;
  /** Sampling stratum: the conflict kind, or the story (named by its first document) for a corroboration. */
  stratum: string;
  about: string;
  sides: ItemSide[];
}

/** Why a verdict was false: classes of error, not cases. */
export const CAUSES = ['different-event', 'different-thing-counted', 'different-statement', 'merged-entities', 'negation-misread', 'quotation', 'role-swap', 'same-value', 'update', 'not-a-claim', 'other'] as const;

export interface Judgment {
  key: string;
  type: ItemType;
  kind: string;
  spans: ItemSpan[];
  verdict: boolean;
  cause?: string;
  note: string;
}

const spanKey = (s: ItemSpan) => `${s.doc}@${s.start}-${s.end}`;

/** The key of an item: its type, its kind for a conflict, and its evidence spans in a fixed order. */
export function itemKey(type: ItemType, kind: string | null, spans: ItemSpan[]): string {
  const sides = [...new Set(spans.map(spanKey))].sort();
  return `${type}${kind ? `:${kind}` : ''}|${sides.join('|')}`;
}

/** Conflicts and corroboration pairs of a dossier, keyed by file names instead of document ids. */
export function enumerateItems(dossier: Dossier): Item[] {
  const nameOf = new Map(dossier.documents.map((d) => [d.id, d.source]));
  const side = (s: { evidence: { document: string; start: number; end: number } }, publisher: string, value: string | null): ItemSide => ({
    doc: nameOf.get(s.evidence.document) ?? s.evidence.document, start: s.evidence.start, end: s.evidence.end, publisher, value,
  });
  const items: Item[] = [];
  for (const story of dossier.stories) {
    const storyName = [...story.documents].map((d) => nameOf.get(d) ?? d).sort()[0] ?? story.id;
    for (const c of story.conflicts) {
      const sides = c.sides.map((s: DossierSide) => side(s, s.publisher, s.value));
      items.push({ key: itemKey('conflict', c.kind, sides), type: 'conflict', kind: c.kind, stratum: c.kind, about: c.about, sides });
    }
    for (const claim of story.claims) {
      if (claim.status === 'single-source' || claim.evidence.length < 2) continue;
      const lead = claim.evidence[0];
      const seen = new Set([lead.publisher]);
      for (const member of claim.evidence) {
        if (seen.has(member.publisher)) continue;
        seen.add(member.publisher);
        const sides = [side({ evidence: lead }, lead.publisher, null), side({ evidence: member }, member.publisher, null)];
        items.push({ key: itemKey('corroboration', null, sides), type: 'corroboration', kind: claim.status, stratum: storyName, about: claim.text, sides });
      }
    }
  }
  // One item per key: an engine that outputs the same pair twice is judged once.
  return [...new Map(items.map((i) => [i.key, i])).values()];
}

/** A number in [0, 1) from the seed and the key: the item's rank inside its stratum. */
export function keyRank(seed: number, key: string): number {
  return parseInt(createHash('sha256').update(`${seed}\u0000${key}`).digest('hex').slice(0, 12), 16) / 2 ** 48;
}

/** Hamilton (largest remainder) allocation of n over strata, proportional to their sizes. */
export function allocate(sizes: Map<string, number>, n: number): Map<string, number> {
  const total = [...sizes.values()].reduce((a, b) => a + b, 0);
  const out = new Map<string, number>();
  if (total <= n) return new Map(sizes);
  const shares = [...sizes].map(([s, size]) => ({ s, exact: (size * n) / total })).sort((a, b) => (a.s < b.s ? -1 : 1));
  let given = 0;
  for (const x of shares) { out.set(x.s, Math.floor(x.exact)); given += Math.floor(x.exact); }
  const byRemainder = [...shares].sort((a, b) => (b.exact - Math.floor(b.exact)) - (a.exact - Math.floor(a.exact)) || (a.s < b.s ? -1 : 1));
  for (const x of byRemainder.slice(0, n - given)) out.set(x.s, out.get(x.s)! + 1);
  return out;
}

/**
 * The stratified sample in judging order: each stratum's first items by key rank, interleaved so
 * that any prefix of the order is close to proportional too.
 */
export function sampleItems(items: Item[], n: number, seed: number): Item[] {
  const strata = new Map<string, Item[]>();
  for (const i of items) (strata.get(i.stratum) ?? strata.set(i.stratum, []).get(i.stratum)!).push(i);
  const quota = allocate(new Map([...strata].map(([s, xs]) => [s, xs.length])), n);
  const picked: { item: Item; position: number; rank: number }[] = [];
  for (const [s, xs] of strata) {
    const k = quota.get(s) ?? 0;
    const ranked = xs.map((item) => ({ item, rank: keyRank(seed, item.key) })).sort((a, b) => a.rank - b.rank).slice(0, k);
    ranked.forEach((x, i) => picked.push({ ...x, position: (i + 0.5) / k }));
  }
  return picked.sort((a, b) => a.position - b.position || a.rank - b.rank).map((x) => x.item);
}

/** Wilson score interval for k successes in n trials (95% by default). */
export function wilson(k: number, n: number, z = 1.959964): { p: number; low: number; high: number } {
  if (n === 0) return { p: NaN, low: 0, high: 1 };
  const p = k / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // At 0 or n the bound on that side is exact (rounding would give 0.9999...).
  return { p, low: k === 0 ? 0 : Math.max(0, centre - half), high: k === n ? 1 : Math.min(1, centre + half) };
}

export function parseJudgments(text: string, source = 'judgments'): Judgment[] {
  const out: Judgment[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const j = JSON.parse(line) as Judgment;
    if (typeof j.key !== 'string' || typeof j.verdict !== 'boolean') throw new Error(`${source}:${i + 1}: a judgment needs a key and a boolean verdict`);
    if (!j.verdict && !j.cause) throw new Error(`${source}:${i + 1}: a false verdict needs a cause (${CAUSES.join(', ')})`);
    out.push(j);
  });
  return out;
}

/** Per item type: the judged share of the sample that is true, by kind, and the false ones by cause. */
export interface Tally {
  sampled: number;
  judged: number;
  true: number;
  byKind: Map<string, { judged: number; true: number }>;
  falseByCause: Map<string, number>;
}

export function tally(sample: Item[], judgments: Map<string, Judgment>): Tally {
  const t: Tally = { sampled: sample.length, judged: 0, true: 0, byKind: new Map(), falseByCause: new Map() };
  for (const item of sample) {
    const j = judgments.get(item.key);
    if (!j) continue;
    t.judged++;
    const k = t.byKind.get(item.kind) ?? t.byKind.set(item.kind, { judged: 0, true: 0 }).get(item.kind)!;
    k.judged++;
    if (j.verdict) { t.true++; k.true++; } else t.falseByCause.set(j.cause!, (t.falseByCause.get(j.cause!) ?? 0) + 1);
  }
  return t;
}

const f3 = (x: number) => (Number.isNaN(x) ? 'n/a' : x.toFixed(3));

function printTally(label: string, t: Tally): void {
  const w = wilson(t.true, t.judged);
  console.log(`${label}: precision ${f3(w.p)}  95% Wilson [${f3(w.low)}, ${f3(w.high)}]  (${t.true} true of ${t.judged} judged; ${t.sampled} sampled)`);
  for (const [kind, k] of [...t.byKind].sort()) {
    const kw = wilson(k.true, k.judged);
    console.log(`  ${kind.padEnd(14)} ${f3(kw.p)}  [${f3(kw.low)}, ${f3(kw.high)}]  (${k.true}/${k.judged})`);
  }
  if (t.falseByCause.size) console.log(`  false by cause: ${[...t.falseByCause].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(', ')}`);
}

function metricLine(metric: string, t: Tally): string {
  const w = wilson(t.true, t.judged);
  const r = (x: number) => (Number.isNaN(x) ? null : Math.round(x * 10000) / 10000);
  return JSON.stringify({ dataset: 'ecbplus', metric, value: r(w.p), low: r(w.low), high: r(w.high), n: t.judged, sampled: t.sampled, split: 'dev (topics in dir)' });
}

/** The paragraph (blank-line separated) of `text` around an offset, with its neighbours. */
function paragraphs(text: string, at: number): { before: string; it: string; after: string } {
  const starts = [0];
  for (const m of text.matchAll(/\n\s*\n/g)) starts.push(m.index! + m[0].length);
  let i = starts.length - 1;
  while (i > 0 && starts[i] > at) i--;
  const para = (k: number) => (k < 0 || k >= starts.length ? '' : text.slice(starts[k], k + 1 < starts.length ? starts[k + 1] : text.length).trim());
  return { before: para(i - 1), it: para(i), after: para(i + 1) };
}

/**
 * Earlier judgments whose evidence overlaps every side of the item (same type and kind): when the
 * engine changes its evidence spans, the reader sees the old verdict as a hint, never applied.
 */
export function overlappingJudgments(item: Item, judgments: Iterable<Judgment>): Judgment[] {
  const overlaps = (a: ItemSpan, b: ItemSpan) => a.doc === b.doc && a.start < b.end && b.start < a.end;
  return [...judgments].filter((j) => j.key !== item.key && j.type === item.type && (item.type === 'corroboration' || j.kind === item.kind)
    && item.sides.every((s) => j.spans.some((t) => overlaps(s, t))) && j.spans.every((t) => item.sides.some((s) => overlaps(s, t))));
}

function showItem(item: Item, docs: Map<string, DossierDocument>, judgments: Map<string, Judgment>): void {
  console.log(`\n=== ${item.type} ${item.kind}  ${item.key}`);
  console.log(`    about: ${item.about}`);
  for (const j of overlappingJudgments(item, judgments.values())) console.log(`    earlier verdict on overlapping evidence: ${j.verdict}${j.cause ? ` (${j.cause})` : ''}: ${j.note}`);
  for (const s of item.sides) {
    const d = docs.get(s.doc);
    const text = d?.text ?? '';
    const p = paragraphs(text, s.start);
    console.log(`  --- ${s.doc} (${d?.outlet ?? 'outlet unknown'}, ${s.publisher})${s.value ? `  value: ${s.value}` : ''}`);
    console.log(`      headline: ${paragraphs(text, 0).it.slice(0, 160)}`);
    console.log(`      evidence: ${text.slice(s.start, s.end)}`);
    if (p.before) console.log(`      before:   ${p.before}`);
    if (p.it !== text.slice(s.start, s.end).trim()) console.log(`      paragraph: ${p.it}`);
    if (p.after) console.log(`      after:    ${p.after}`);
  }
  const template: Judgment = { key: item.key, type: item.type, kind: item.kind, spans: item.sides.map(({ doc, start, end }) => ({ doc, start, end })), verdict: false, cause: 'other', note: '' };
  console.log(`  template: ${JSON.stringify(template)}`);
}

/** Runs the pipeline on every document of the directory as one pile; the dossier with texts. */
export function analyzePile(dir: string): { dossier: Dossier; seconds: number } {
  const started = Date.now();
  const docs: Document[] = [];
  for (const a of loadEcbArticles(dir)) {
    try { docs.push(articleDocument(a)); } catch { /* rejected at ingest: the product drops it too */ }
  }
  const { corpus, failures } = analyzeDocuments(docs);
  return { dossier: buildDossier(corpus, [], { includeText: true, failures }), seconds: (Date.now() - started) / 1000 };
}

export async function main(args: string[]): Promise<void> {
  const flags = ['--n', '--seed', '--show'];
  const positional = args.filter((a, i) => !a.startsWith('--') && !flags.includes(args[i - 1]));
  const [dir, file] = positional;
  if (!dir || !file) throw new Error('usage: triangulate eval judged <ecbplus dir> <judgments.jsonl> [--n 60] [--seed 1] [--show N] [--list-conflicts] [--list-false]');
  const flag = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
  const n = flag('--n', 60);
  const seed = flag('--seed', 1);
  const show = flag('--show', 0);
  const { dossier, seconds } = analyzePile(dir);
  const items = enumerateItems(dossier);
  const judgments = new Map((existsSync(file) ? parseJudgments(readFileSync(file, 'utf8'), file) : []).map((j) => [j.key, j]));
  const ofType = (type: ItemType) => items.filter((i) => i.type === type);
  const samples = { conflict: sampleItems(ofType('conflict'), n, seed), corroboration: sampleItems(ofType('corroboration'), n, seed) };
  const tallies = { conflict: tally(samples.conflict, judgments), corroboration: tally(samples.corroboration, judgments) };
  const known = new Set(items.map((i) => i.key));
  const stale = [...judgments.keys()].filter((k) => !known.has(k)).length;
  const countBy = (xs: Item[], f: (i: Item) => string) => [...xs.reduce((m, i) => m.set(f(i), (m.get(f(i)) ?? 0) + 1), new Map<string, number>())].sort().map(([k, v]) => `${k} ${v}`).join(', ');
  console.log(`ECB+ judged precision: ${dossier.documents.length} documents as one pile (${dossier.stories.length} predicted stories, ${seconds.toFixed(1)} s), seed ${seed}, split: dev (the topics in ${dir})`);
  console.log(`command: npx triangulate eval judged ${dir} ${file}${n !== 60 ? ` --n ${n}` : ''}${seed !== 1 ? ` --seed ${seed}` : ''}`);
  console.log(`population: ${ofType('conflict').length} conflicts (${countBy(ofType('conflict'), (i) => i.kind)}); ${ofType('corroboration').length} corroboration pairs over ${new Set(ofType('corroboration').map((i) => i.stratum)).size} stories`);
  const divergences = dossier.stories.flatMap((s) => s.divergences ?? []);
  // Divergences (tension, wording, update) are shown side by side, not verdicts: counted, not judged.
  console.log(`not judged: ${divergences.length} divergences (${[...divergences.reduce((m, d) => m.set(d.kind, (m.get(d.kind) ?? 0) + 1), new Map<string, number>())].sort().map(([k, v]) => `${k} ${v}`).join(', ') || 'none'})`);
  console.log(`sample: ${samples.conflict.length} conflicts (${countBy(samples.conflict, (i) => i.kind)}); ${samples.corroboration.length} corroborations from ${new Set(samples.corroboration.map((i) => i.stratum)).size} stories`);
  console.log(`judgments: ${judgments.size} in ${file}, ${stale} of them for items this engine no longer outputs`);
  printTally('conflicts', tallies.conflict);
  printTally('corroborations', tallies.corroboration);
  // Every conflict in the population with its verdict, when asked: the set is small enough to read whole.
  if (args.includes('--list-conflicts')) {
    for (const i of ofType('conflict')) {
      const j = judgments.get(i.key);
      console.log(`  ${j ? (j.verdict ? 'TRUE ' : `FALSE (${j.cause})`) : 'unjudged'}  ${i.kind}: ${i.about} [${i.sides.map((x) => `${x.doc} ${x.value}`).join(' / ')}]`);
    }
  }
  if (args.includes('--list-false')) {
    for (const i of [...samples.conflict, ...samples.corroboration]) {
      const j = judgments.get(i.key);
      if (j && !j.verdict) console.log(`  FALSE ${i.type} (${j.cause}) ${i.key}\n      ${j.note}`);
    }
  }
  const unjudged = [...samples.conflict, ...samples.corroboration].filter((i) => !judgments.has(i.key));
  console.log(`unjudged sampled items: ${unjudged.length}`);
  for (const i of unjudged) console.log(`  ${i.key}`);
  if (show > 0) {
    const docs = new Map(dossier.documents.map((d) => [d.source, d]));
    // Conflicts and corroborations alternate, each in its own sample order.
    const queue = [0, 1].flatMap((k) => [samples.conflict, samples.corroboration].map((s) => s.filter((i) => !judgments.has(i.key)))[k].map((item, r) => ({ item, r })));
    for (const { item } of queue.sort((a, b) => a.r - b.r).slice(0, show)) showItem(item, docs, judgments);
  }
  console.log(metricLine('judged_conflict_precision', tallies.conflict));
  console.log(metricLine('judged_corroboration_precision', tallies.corroboration));
}

if (import.meta.url === `file://${process.argv[1]}`) await main(process.argv.slice(2));
