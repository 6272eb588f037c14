import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { extractHtml, mainText } from '../src/ingest/html/extract.js';

/**
 * Zyte (ScrapingHub) article-extraction benchmark, scored exactly as its evaluate.py does:
 * per page, multisets of 4-token shingles of `\w+` tokens (case kept; a text shorter than four
 * tokens is one shingle of all its tokens), (tp, fp, fn) normalised to sum 1; precision is the
 * mean over pages with tp+fp > 0, recall the mean over pages with tp+fn > 0 (1 when fp = fn = 0),
 * F1 the harmonic mean of the two means; accuracy is exact equality of the token sequences.
 */

const WORD = /[\p{L}\p{N}_]+/gu;
const SHINGLE = 4;

export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
}

export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

function shingles(tokens: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - SHINGLE + 1);
  for (let i = 0; i < last; i++) {
    const s = tokens.slice(i, i + SHINGLE);
    if (s.length === 0) continue;
    const key = s.join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function shingleMatch(truth: string, predicted: string): PageScore {
  const t = shingles(tokenize(truth));
  const p = shingles(tokenize(predicted));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, tc] of t) {
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fn += Math.max(0, tc - pc);
  }
  for (const [key, pc] of p) fp += Math.max(0, pc - (t.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

export function pagePrecision({ tp, fp, fn }: PageScore): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function pageRecall({ tp, fp, fn }: PageScore): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

const mean = (xs: number[]): number => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

export function aggregate(scores: PageScore[]): { precision: number; recall: number; f1: number } {
  const precision = mean(scores.filter((s) => s.tp + s.fp > 0).map(pagePrecision));
  const recall = mean(scores.filter((s) => s.tp + s.fn > 0).map(pageRecall));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export function exactMatch(truth: string, predicted: string): boolean {
  const a = tokenize(truth);
  const b = tokenize(predicted);
  return a.length === b.length && a.every((t, i) => t === b[i]);
}

interface Page {
  sha: string;
  url: string;
  truth: string;
  html: string;
}

function loadPages(dir: string): Page[] {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody?: string; url?: string }>;
  return Object.entries(truth).map(([sha, gt]) => ({
    sha,
    url: gt.url ?? '',
    truth: gt.articleBody ?? '',
    html: gunzipSync(readFileSync(join(dir, 'html', `${sha}.html.gz`))).toString('utf8'),
  }));
}

interface RunResult {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  pagesPerSecond: number;
  perPage: { page: Page; score: PageScore; empty: boolean }[];
}

function run(pages: Page[], readabilityOnly: boolean): RunResult {
  const perPage: RunResult['perPage'] = [];
  let seconds = 0;
  let exact = 0;
  for (const page of pages) {
    const t0 = process.hrtime.bigint();
    const extraction = extractHtml(page.html, { url: page.url, readabilityOnly });
    const predicted = mainText(extraction);
    seconds += Number(process.hrtime.bigint() - t0) / 1e9;
    if (exactMatch(page.truth, predicted)) exact++;
    perPage.push({ page, score: shingleMatch(page.truth, predicted), empty: extraction.main.length === 0 });
  }
  return {
    ...aggregate(perPage.map((p) => p.score)),
    accuracy: exact / Math.max(1, pages.length),
    pagesPerSecond: pages.length / Math.max(seconds, 1e-9),
    perPage,
  };
}

function report(name: string, r: RunResult): void {
  console.log(
    `${name.padEnd(18)} precision=${r.precision.toFixed(4)} recall=${r.recall.toFixed(4)} F1=${r.f1.toFixed(4)} ` +
      `accuracy=${r.accuracy.toFixed(4)} pages/s=${r.pagesPerSecond.toFixed(1)}`,
  );
  const empty = r.perPage.filter((p) => p.empty).length;
  if (empty > 0) console.log(`${''.padEnd(18)} ${empty} page(s) with no article found`);
}

function printWorst(r: RunResult, count: number): void {
  const ranked = r.perPage
    .map((p) => ({ ...p, p: pagePrecision(p.score), r: pageRecall(p.score) }))
    .sort((a, b) => a.p + a.r - (b.p + b.r))
    .slice(0, count);
  console.log(`worst ${ranked.length} pages (ours):`);
  for (const w of ranked) {
    console.log(`  P=${w.p.toFixed(3)} R=${w.r.toFixed(3)} ${w.page.sha.slice(0, 12)} ${w.page.url}`);
  }
}

export async function main(args: string[]): Promise<void> {
  const dir = args.find((a) => !a.startsWith('--'));
  if (!dir) {
    console.error('usage: triangulate eval zyte <dir> [--readability-only] [--worst N]');
    process.exitCode = 2;
    return;
  }
  const readabilityOnly = args.includes('--readability-only');
  const worstAt = args.indexOf('--worst');
  const worst = worstAt >= 0 ? Number(args[worstAt + 1] ?? 10) : 10;
  const pages = loadPages(dir);
  console.log(`Zyte article extraction, ${pages.length} pages from ${dir} (the shared folder holds the dev split; the test split is measured separately)`);
  console.log(`command: npx triangulate eval zyte ${args.join(' ')}`);
  console.log('metric: shingle (4-gram of \\w+ tokens) precision/recall per page, means over pages, F1 of the means; accuracy = exact token match');
  const baseline = run(pages, true);
  report('readability.js', baseline);
  if (readabilityOnly) {
    console.log(JSON.stringify({ dataset: 'zyte', metric: 'f1', value: Number(baseline.f1.toFixed(4)), extractor: 'readability' }));
    return;
  }
  const ours = run(pages, false);
  report('triangulate', ours);
  if (worst > 0) printWorst(ours, worst);
  console.log(JSON.stringify({ dataset: 'zyte', metric: 'f1', value: Number(ours.f1.toFixed(4)) }));
}

if (import.meta.url === `file://${process.argv[1]}`) void main(process.argv.slice(2));
