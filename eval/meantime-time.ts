/**
 * Time normalisation on NewsReader MEANTIME (English Wikinews, NAF-like XML): TIMEX3 with
 * values anchored on the document creation time, scored as TempEval-3 does (see timeml.ts).
 *
 *   node dist/eval/meantime-time.js <dir> [--errors N]
 *
 * The files carry tokens (`<token t_id sentence>`), not running text: the text is rebuilt
 * from them (spaces between tokens, none before closing punctuation, a line per sentence)
 * and gold spans run from the first to the last anchored token. The DCT's own sentence (the
 * dateline under the title) is not tagged. MEANTIME annotates time expressions only in the
 * title and the first sentences (sentence numbers 0-5 in every file), so only those are tagged;
 * later sentences have no gold to score against.
 */
import { readFileSync } from 'node:fs';
import { normalizeTimes } from '../src/annotate/time/index.js';
import type { GoldTimex, ScoredDocument } from './timeml.js';
import { anchoredDuration, attr, decode, errorCount, filesUnder, printScores, scoreTimes } from './timeml.js';

/** The last sentence number MEANTIME annotates TIMEX3 in. */
const ANNOTATED_SENTENCES = 5;

interface Token {
  start: number;
  end: number;
  sentence: number;
}


/** Rebuilds a MEANTIME document's text and reads its TIMEX3s and DCT. */
export function readMeantime(xml: string): { text: string; gold: GoldTimex[]; dct: string | null; sentences: { start: number; end: number }[] } {
  const tokens = new Map<string, Token>();
  const sentenceRanges = new Map<number, { start: number; end: number }>();
  let text = '';
  let lastSentence = -1;
  for (const m of xml.matchAll(/<token\b([^>]*)>([^<]*)<\/token>/g)) {
    const word = decode(m[2]);
    const sentence = Number(attr(m[1], 'sentence'));
    if (sentence !== lastSentence) {
      if (text) text += '\n';
    } else if (!/^[,.;:!?)\]}%]|^'s$|^n't$/.test(word) && !/[([{$]$/.test(text)) text += ' ';
    lastSentence = sentence;
    const start = text.length;
    text += word;
    tokens.set(attr(m[1], 't_id'), { start, end: text.length, sentence });
    const r = sentenceRanges.get(sentence);
    if (r) r.end = text.length;
    else sentenceRanges.set(sentence, { start, end: text.length });
  }
  const gold: GoldTimex[] = [];
  let dct: string | null = null;
  let dctSentence = -1;
  for (const m of xml.matchAll(/<TIMEX3\b([^>]*)>([\s\S]*?)<\/TIMEX3>/g)) {
    const anchored = [...m[2].matchAll(/t_id="([^"]+)"/g)].map((t) => tokens.get(t[1])).filter((t): t is Token => Boolean(t));
    if (!anchored.length) continue;
    if (attr(m[1], 'functionInDocument') === 'CREATION_TIME') {
      dct = attr(m[1], 'value') || null;
      dctSentence = anchored[0].sentence;
      continue;
    }
    const start = Math.min(...anchored.map((t) => t.start));
    const end = Math.max(...anchored.map((t) => t.end));
    gold.push({ start, end, text: text.slice(start, end), type: attr(m[1], 'type'), value: attr(m[1], 'value') });
  }
  if (dct && !/^\d{4}-\d{2}-\d{2}/.test(dct)) dct = null;
  if (!dct) {
    // A few files lack the CREATION_TIME TIMEX3 or give it in another form ("03-02-2009"):
    // their dateline (sentence 1) still gives the date.
    const dateline = sentenceRanges.get(1);
    const found = dateline ? normalizeTimes(text, { published: null }, [dateline]).find((t) => /^\d{4}-\d\d-\d\d$/.test(t.value)) : undefined;
    if (found) {
      dct = found.value;
      dctSentence = 1;
    }
  }
  const sentences = [...sentenceRanges.entries()]
    .filter(([i]) => i !== dctSentence && i <= ANNOTATED_SENTENCES)
    .map(([, r]) => r);
  return { text, gold: gold.sort((a, b) => a.start - b.start), dct, sentences };
}

/** Scores the time component on every MEANTIME .xml under `dir`; prints and returns the figures. */
export async function evaluateMeantimeTime(dir: string, errors = 0): Promise<Record<string, number>> {
  const files = filesUnder(dir, '.xml');
  if (!files.length) throw new Error(`no MEANTIME .xml files under ${dir}`);
  const docs: ScoredDocument[] = [];
  for (const file of files) {
    const { text, gold, dct, sentences } = readMeantime(readFileSync(file, 'utf8'));
    docs.push({
      name: file.slice(dir.length).replace(/^\//, ''), text, gold,
      // An event-anchored date ("five years after its launch") is scored as the duration the text marks.
      predicted: normalizeTimes(text, { published: dct }, sentences).map((e) => (e.anchor === 'event' ? anchoredDuration(text, e) : e)),
    });
  }
  console.log(`MEANTIME time normalisation, ${files.length} documents under ${dir}`);
  return printScores(scoreTimes(docs), errors);
}

export async function main(args: string[]): Promise<void> {
  const dir = args[0];
  if (!dir) throw new Error('usage: node dist/eval/meantime-time.js <meantime-dir> [--errors N]');
  console.log('split: MEANTIME English, topics airbus/apple/gm (the stock topic is held out); dev');
  console.log(`command: node dist/eval/meantime-time.js ${args.join(' ')}`);
  const figures = await evaluateMeantimeTime(dir, errorCount(args));
  console.log(JSON.stringify({ dataset: 'meantime', metric: 'time_value_f1', value: Number(figures.value_f1.toFixed(4)) }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
