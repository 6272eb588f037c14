/**
 * The person-name matcher on a set of labelled name pairs (eval/names/pairs.tsv): precision and
 * recall of the "same person" decision, overall, per split (tune: the half rules were chosen on;
 * test: the held-out half) and per kind of pair.
 *
 *   npx triangulate eval names eval/names/pairs.tsv [--errors N] [--split tune|test]
 *
 * Columns: a, b, label (same|different), kind, context (';'-separated: same_doc, same_story,
 * title=X), split. Context is the evidence a reader of the articles has beside the spellings.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type NameContext, matchPersonNames } from '../src/resolve/names/person-match.js';

export interface LabelledPair {
  a: string;
  b: string;
  same: boolean;
  kind: string;
  context: string;
  split: string;
}

export function readPairs(path: string): LabelledPair[] {
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim().length > 0);
  const header = lines[0].split('\t');
  const col = (name: string) => header.indexOf(name);
  return lines.slice(1).map((line) => {
    const f = line.split('\t');
    const label = f[col('label')];
    if (label !== 'same' && label !== 'different') throw new Error(`bad label "${label}" in: ${line}`);
    return { a: f[col('a')], b: f[col('b')], same: label === 'same', kind: f[col('kind')] ?? '', context: f[col('context')] ?? '', split: col('split') >= 0 ? f[col('split')] : 'all' };
  });
}

/** The evidence a pair's context column names, as the matcher takes it. */
export function contextOf(text: string): NameContext {
  const items = text.split(';').map((s) => s.trim()).filter(Boolean);
  return { sameDocument: items.includes('same_doc'), sharedTitle: items.some((i) => i.startsWith('title=')) };
}

interface Tally { tp: number; fp: number; fn: number; tn: number }

function tally(pairs: LabelledPair[], predicted: Map<LabelledPair, boolean>): Tally {
  const t: Tally = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const p of pairs) {
    const said = predicted.get(p)!;
    if (said && p.same) t.tp++;
    else if (said) t.fp++;
    else if (p.same) t.fn++;
    else t.tn++;
  }
  return t;
}

const ratio = (x: number, y: number) => (y === 0 ? 1 : x / y);
const f3 = (x: number) => x.toFixed(3);

function line(name: string, t: Tally): string {
  const p = ratio(t.tp, t.tp + t.fp);
  const r = ratio(t.tp, t.tp + t.fn);
  return `${name.padEnd(30)} P ${f3(p)}  R ${f3(r)}  (${t.tp + t.fn} same, ${t.fp + t.tn} different; ${t.fp} false merges, ${t.fn} missed)`;
}

export async function main(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { errors: { type: 'string', default: '0' }, split: { type: 'string' } } });
  const path = positionals[0];
  if (!path) throw new Error('usage: triangulate eval names <pairs.tsv> [--errors N] [--split tune|test]');
  const all = readPairs(path);
  const pairs = values.split ? all.filter((p) => p.split === values.split) : all;
  const started = Date.now();
  const predicted = new Map<LabelledPair, boolean>();
  const reasons = new Map<LabelledPair, string>();
  for (const p of pairs) {
    const m = matchPersonNames(p.a, p.b, contextOf(p.context));
    predicted.set(p, m.verdict === 'same');
    reasons.set(p, `${m.verdict} ${m.score.toFixed(2)}: ${m.reason}`);
  }
  const ms = Date.now() - started;
  const out: string[] = [`name pairs: ${path} (${pairs.length} pairs${values.split ? `, split ${values.split}` : ''})`];
  const overall = tally(pairs, predicted);
  out.push(line('all', overall));
  for (const split of [...new Set(pairs.map((p) => p.split))].sort()) out.push(line(`split ${split}`, tally(pairs.filter((p) => p.split === split), predicted)));
  for (const kind of [...new Set(pairs.map((p) => p.kind))].sort()) out.push(line(`  kind ${kind}`, tally(pairs.filter((p) => p.kind === kind), predicted)));
  const n = Number(values.errors);
  if (n > 0) {
    const wrong = pairs.filter((p) => predicted.get(p) !== p.same);
    out.push(`errors (${wrong.length}; first ${Math.min(n, wrong.length)}):`);
    for (const p of wrong.slice(0, n)) out.push(`  ${p.same ? 'MISSED' : 'MERGED'}  ${p.a} | ${p.b}  [${p.kind}${p.context ? `; ${p.context}` : ''}; ${p.split}]  ${reasons.get(p)}`);
  }
  out.push(`(${ms} ms)`);
  const splitFigure = (s: string) => {
    const t = tally(pairs.filter((p) => p.split === s), predicted);
    return { precision: Number(f3(ratio(t.tp, t.tp + t.fp))), recall: Number(f3(ratio(t.tp, t.tp + t.fn))) };
  };
  const json = {
    dataset: 'names', metric: 'name_pair_precision', value: Number(f3(ratio(overall.tp, overall.tp + overall.fp))),
    recall: Number(f3(ratio(overall.tp, overall.tp + overall.fn))), pairs: pairs.length,
    same: overall.tp + overall.fn, different: overall.fp + overall.tn, false_merges: overall.fp, missed: overall.fn,
    tune: splitFigure('tune'), test: splitFigure('test'),
  };
  process.stdout.write(`${out.join('\n')}\n${JSON.stringify(json)}\n`);
}
