/**
 * TempEval-3 style evaluation of the time component on TimeML (.tml) files: TimeBank 1.2 and
 * AQUAINT as cleaned for TempEval-3 (the dev split here), or the held-out platinum test set.
 *
 *   npx triangulate eval timeml <dir> [--errors N]
 *
 * The document creation time (TIMEX3 functionInDocument="CREATION_TIME") is the anchor and is
 * not scored. The text tagged is the <TEXT> element with its tags stripped.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeTimes } from '../src/annotate/time/index.js';
import type { TimeExpression } from '../src/model/time.js';

export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

export interface ScoredDocument {
  name: string;
  text: string;
  gold: GoldTimex[];
  predicted: TimeExpression[];
}

export interface TimeScores {
  gold: number;
  predicted: number;
  strict: { p: number; r: number; f1: number };
  relaxed: { p: number; r: number; f1: number };
  valueAccuracy: number;
  value: { p: number; r: number; f1: number };
  typeAccuracy: number;
}

export interface ScoreDetail {
  scores: TimeScores;
  wrongValues: string[];
  missed: string[];
  spurious: string[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decode(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]);
}

export function attr(attrs: string, name: string): string {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1] ?? '';
}

/**
 * TimeML marks the two ends of a range ("from 1991 to 1997") as two TIMEX3s; the component
 * gives one interval "1991/1997". For scoring, an interval is cut back into its two ends.
 */
export function asTimemlParts(text: string, e: TimeExpression): TimeExpression[] {
  if (e.anchor === 'event') return [anchoredDuration(text, e)];
  if (e.granularity !== 'interval' || !e.value.includes('/')) return [e];
  const [left, right] = e.value.split('/');
  const joiner = /^(.*?\S)(\s+(?:to|until|till|through)\s+|\s*[-–—]\s*)(\S.*)$/s.exec(e.text);
  if (!joiner) return [e];
  const aEnd = e.start + joiner[1].length;
  const bStart = aEnd + joiner[2].length;
  const part = (start: number, end: number, value: string): TimeExpression =>
    ({ ...e, start, end, text: text.slice(start, end), value, granularity: 'day' });
  return [part(e.start, aEnd, left), part(bStart, e.end, right)];
}

/**
 * "Ten days before the murder": the product dates the phrase through the event, for the timeline.
 * TimeML marks only the span of time ("ten days", a DURATION); the date it leads to is a
 * non-consuming TIMEX3 with no text of its own, which TempEval scoring does not see. For scoring,
 * the expression is cut back to its duration.
 */
export function anchoredDuration(text: string, e: TimeExpression): TimeExpression {
  const head = /^(.*?\S)\s+(?:before|after|prior to|ahead of|following|earlier than|later than)\s/i.exec(e.text);
  if (!head) return e;
  const duration = normalizeTimes(head[1], { published: null }).find((d) => d.type === 'DURATION' && d.start === 0 && d.end === head[1].length);
  if (!duration) return e;
  return { ...duration, start: e.start, end: e.start + head[1].length, text: text.slice(e.start, e.start + head[1].length) };
}

/** Reads one .tml file: the plain text of <TEXT>, its TIMEX3 spans on that text, and the DCT. */
export function readTimeml(xml: string): { text: string; gold: GoldTimex[]; dct: string | null } {
  const dctTag = /<TIMEX3\b([^>]*functionInDocument="CREATION_TIME"[^>]*)>/.exec(xml);
  const dct = dctTag ? attr(dctTag[1], 'value') || null : null;
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const gold: GoldTimex[] = [];
  const open: { start: number; attrs: string }[] = [];
  const tag = /<(\/?)([A-Za-z0-9_]+)([^>]*?)\/?>/g;
  let last = 0;
  for (let m = tag.exec(body); m; m = tag.exec(body)) {
    text += decode(body.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[2] !== 'TIMEX3') continue;
    if (!m[1]) open.push({ start: text.length, attrs: m[3] });
    else {
      const o = open.pop();
      if (!o || attr(o.attrs, 'functionInDocument') === 'CREATION_TIME') continue;
      gold.push({ start: o.start, end: text.length, text: text.slice(o.start, text.length), type: attr(o.attrs, 'type'), value: attr(o.attrs, 'value') });
    }
  }
  text += decode(body.slice(last));
  return { text, gold, dct };
}

function prf(correct: number, predicted: number, gold: number): { p: number; r: number; f1: number } {
  const p = predicted ? correct / predicted : 0;
  const r = gold ? correct / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** TempEval-3 scoring: one-to-one matches by overlap (relaxed) or identical span (strict); attributes scored over relaxed matches. */
export function scoreTimes(docs: ScoredDocument[]): ScoreDetail {
  let gold = 0;
  let predicted = 0;
  let strict = 0;
  let relaxed = 0;
  let valueOk = 0;
  let typeOk = 0;
  const wrongValues: string[] = [];
  const missed: string[] = [];
  const spurious: string[] = [];
  for (const doc of docs) {
    gold += doc.gold.length;
    predicted += doc.predicted.length;
    const used = new Set<number>();
    for (const p of doc.predicted) {
      let idx = doc.gold.findIndex((g, i) => !used.has(i) && g.start === p.start && g.end === p.end);
      if (idx < 0) idx = doc.gold.findIndex((g, i) => !used.has(i) && g.start < p.end && p.start < g.end);
      if (idx < 0) {
        spurious.push(`${doc.name}\t${JSON.stringify(p.text)}\t${p.type} ${p.value}\t${context(doc.text, p)}`);
        continue;
      }
      used.add(idx);
      const g = doc.gold[idx];
      relaxed++;
      if (g.start === p.start && g.end === p.end) strict++;
      if (g.type === p.type) typeOk++;
      if (g.value === p.value) valueOk++;
      else wrongValues.push(`${doc.name}\tgold ${JSON.stringify(g.text)} ${g.type} ${g.value}\tpred ${JSON.stringify(p.text)} ${p.type} ${p.value}\t${context(doc.text, g)}`);
    }
    doc.gold.forEach((g, i) => {
      if (!used.has(i)) missed.push(`${doc.name}\t${JSON.stringify(g.text)}\t${g.type} ${g.value}\t${context(doc.text, g)}`);
    });
  }
  return {
    scores: {
      gold, predicted,
      strict: prf(strict, predicted, gold),
      relaxed: prf(relaxed, predicted, gold),
      valueAccuracy: relaxed ? valueOk / relaxed : 0,
      value: prf(valueOk, predicted, gold),
      typeAccuracy: relaxed ? typeOk / relaxed : 0,
    },
    wrongValues, missed, spurious,
  };
}

function context(text: string, r: { start: number; end: number }): string {
  return text.slice(Math.max(0, r.start - 50), r.end + 30).replace(/\s+/g, ' ');
}

/** Prints the figures and the error samples; returns the flat figures. */
export function printScores(detail: ScoreDetail, errors: number): Record<string, number> {
  const s = detail.scores;
  const f = (x: number): string => x.toFixed(4);
  for (const [title, list] of [['wrong values', detail.wrongValues], ['missed', detail.missed], ['spurious', detail.spurious]] as const) {
    if (!errors) break;
    console.log(`-- ${title} (${list.length}, first ${Math.min(errors, list.length)})`);
    for (const line of list.slice(0, errors)) console.log(line);
  }
  console.log(`gold TIMEX3: ${s.gold}   predicted: ${s.predicted}`);
  console.log(`detection strict   P ${f(s.strict.p)}  R ${f(s.strict.r)}  F1 ${f(s.strict.f1)}`);
  console.log(`detection relaxed  P ${f(s.relaxed.p)}  R ${f(s.relaxed.r)}  F1 ${f(s.relaxed.f1)}`);
  console.log(`value accuracy (over relaxed matches) ${f(s.valueAccuracy)}`);
  console.log(`value              P ${f(s.value.p)}  R ${f(s.value.r)}  F1 ${f(s.value.f1)}`);
  console.log(`type accuracy (over relaxed matches)  ${f(s.typeAccuracy)}`);
  return {
    gold: s.gold, predicted: s.predicted,
    strict_p: s.strict.p, strict_r: s.strict.r, strict_f1: s.strict.f1,
    relaxed_p: s.relaxed.p, relaxed_r: s.relaxed.r, relaxed_f1: s.relaxed.f1,
    value_accuracy: s.valueAccuracy, value_p: s.value.p, value_r: s.value.r, value_f1: s.value.f1,
    type_accuracy: s.typeAccuracy,
  };
}

/** Files under `dir`, recursively, whose names end with `ext`, in a stable order. */
export function filesUnder(dir: string, ext: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path, ext));
    else if (name.endsWith(ext)) out.push(path);
  }
  return out;
}

export function errorCount(args: string[]): number {
  const i = args.indexOf('--errors');
  return i >= 0 ? Number(args[i + 1] ?? 50) : 0;
}

export async function main(args: string[]): Promise<void> {
  const dir = args[0];
  if (!dir) throw new Error('usage: triangulate eval timeml <dir-with-.tml-files> [--errors N]');
  const files = filesUnder(dir, '.tml');
  if (!files.length) throw new Error(`no .tml files under ${dir}`);
  const docs: ScoredDocument[] = [];
  const t0 = performance.now();
  for (const file of files) {
    const { text, gold, dct } = readTimeml(readFileSync(file, 'utf8'));
    docs.push({ name: file.slice(dir.length).replace(/^\//, ''), text, gold, predicted: normalizeTimes(text, { published: dct }).flatMap((e) => asTimemlParts(text, e)) });
  }
  const ms = performance.now() - t0;
  console.log(`TimeML evaluation, ${files.length} documents under ${dir}`);
  console.log('split: TimeBank+AQUAINT, used as dev (TempEval-3 platinum test is held out and measured with this same command)');
  console.log(`command: npx triangulate eval timeml ${args.join(' ')}`);
  console.log(`tagging time: ${ms.toFixed(0)} ms (${((files.length / ms) * 1000).toFixed(1)} docs/s)`);
  const figures = printScores(scoreTimes(docs), errorCount(args));
  console.log(JSON.stringify({ dataset: 'timeml', metric: 'value_f1', value: Number(figures.value_f1.toFixed(4)) }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
