import type { Range } from '../../model/span.js';
import { alignBlocks } from './align.js';
import { collectBlocks, type Block } from './blocks.js';
import { parseDocument } from './dom.js';
import { isArticleType, readJsonLd, stringField } from './jsonld.js';
import { choosePublished, readMetadata, type PageMetadata } from './metadata.js';
import { nestingDepth } from './nesting.js';
import { readabilityText } from './readability-signal.js';
import { selectMain } from './select.js';

/** The page's text, its article body as ranges of that text, and the page metadata. */
export interface HtmlExtraction extends PageMetadata {
  /**
   * The page's visible text blocks in document order, joined by blank lines, whitespace inside
   * a block collapsed: the original input every span of the document points into. When the
   * article body exists only in JSON-LD, its paragraphs are appended after the visible blocks.
   */
  text: string;
  /** Ranges of `text` forming the article body, in order. Empty when the page has no article. */
  main: Range[];
  /** Headings (h1-h6) inside the main body. */
  headings: Range[];
  /** Why nothing could be read, when the page defeated the reader (then text and main are empty). */
  failure?: { code: 'too-complex' | 'malformed'; message: string };
}

export interface ExtractOptions {
  url?: string;
  /** Main text from Readability.js alone, for comparison with our additions. */
  readabilityOnly?: boolean;
}

/** The article body as one string, paragraphs separated by blank lines. */
export function mainText(x: HtmlExtraction): string {
  return x.main.map((r) => x.text.slice(r.start, r.end)).join('\n\n');
}

const MIN_JSONLD_BODY_WORDS = 30;

function articleBodyOf(jsonLd: Record<string, unknown>[]): string | null {
  let best: string | null = null;
  for (const o of jsonLd) {
    if (!isArticleType(o)) continue;
    const body = stringField(o, 'articleBody') ?? stringField(o, 'text');
    if (body && (!best || body.length > best.length)) best = body;
  }
  return best;
}

/** Appends body paragraphs found only in JSON-LD, so spans can still point into `text`. */
function appendJsonLdBody(text: string, blocks: Block[], body: string): { text: string; added: number[] } {
  const added: number[] = [];
  let out = text;
  for (const para of body.split(/\n\s*\n|\r?\n/)) {
    const clean = para.replace(/\s+/g, ' ').trim();
    if (!clean) continue;
    if (out.length > 0) out += '\n\n';
    const start = out.length;
    out += clean;
    added.push(blocks.length);
    blocks.push({
      start, end: out.length, text: clean, container: -1, ancestors: [], linkChars: 0, heading: 0,
      listItem: false, furniture: false, articleHint: true, inFigure: false, inTable: false, inQuote: false,
    });
  }
  return { text: out, added };
}

/** Runs of consecutive selected blocks become one range each. */
function toRanges(blocks: readonly Block[], selected: readonly boolean[]): Range[] {
  const ranges: Range[] = [];
  let open: Range | null = null;
  for (let i = 0; i < blocks.length; i++) {
    if (selected[i]) {
      if (open) open.end = blocks[i].end;
      else open = { start: blocks[i].start, end: blocks[i].end };
    } else if (open) {
      ranges.push(open);
      open = null;
    }
  }
  if (open) ranges.push(open);
  return ranges;
}

/**
 * Extracts the page text, the article body and the metadata of one HTML page.
 * Never throws on bad markup: it returns what it can find, main = [] when there is no article,
 * and says why in `failure` when the page could not be read at all.
 */
export function extractHtml(html: string, opts: ExtractOptions = {}): HtmlExtraction {
  const depth = typeof html === 'string' ? nestingDepth(html) : 0;
  if (depth > MAX_NESTING) {
    const message = `the HTML nests its elements ${depth} deep, past the ${MAX_NESTING} levels the reader follows`;
    return { text: '', main: [], headings: [], ...noMetadata(opts.url), failure: { code: 'too-complex', message } };
  }
  try {
    return extractFrom(html, opts);
  } catch (err) {
    // Pathological markup (nesting past the call stack): abstain, and say so, rather than fail the batch.
    const failure = err instanceof RangeError && /call stack/i.test(err.message)
      ? { code: 'too-complex' as const, message: 'the HTML nests its elements deeper than the reader can follow' }
      : { code: 'malformed' as const, message: `the HTML could not be read: ${(err as Error).message}` };
    return { text: '', main: [], headings: [], ...noMetadata(opts.url), failure };
  }
}

function noMetadata(url: string | undefined): PageMetadata {
  return {
    title: null, byline: null, publisher: null, published: null, publishedPrecision: null, language: null,
    url: url ?? null, description: null,
  };
}

// The reader's walks recurse and overflow Node's default stack near 4,000 levels (measured:
// 3,980), and parsing slows superlinearly with depth (6 s at 100,000); real pages nest under
// 100. Past this the page is refused by name, the same way on every machine.
const MAX_NESTING = 3_500;

// Readability.js slows down quadratically with nesting depth (a minute at 2,000 levels);
// past this depth the page is broken markup and our own prose scoring decides alone.
const MAX_READABILITY_DEPTH = 400;

function extractFrom(html: string, opts: ExtractOptions): HtmlExtraction {
  const doc = parseDocument(typeof html === 'string' ? html : '');
  const page = collectBlocks(doc);
  let jsonLd: Record<string, unknown>[] = [];
  try {
    jsonLd = readJsonLd(doc);
  } catch { /* unreadable structured data: rely on the page */ }
  let meta: ReturnType<typeof readMetadata>;
  try {
    meta = readMetadata(doc, jsonLd, opts.url);
  } catch {
    meta = { ...noMetadata(opts.url), dateCandidates: [] };
  }
  const readability = page.maxDepth <= MAX_READABILITY_DEPTH ? readabilityText(doc) : null;
  const blocks = page.blocks;
  let text = page.text;
  const readabilityMask = readability ? alignBlocks(blocks, readability) : new Array<boolean>(blocks.length).fill(false);

  let selected: boolean[] = [];
  if (opts.readabilityOnly) {
    selected = readabilityMask;
  } else {
    const body = articleBodyOf(jsonLd);
    let bodyMask: boolean[] | null = null;
    let bodyOnlyInJsonLd = false;
    if (body && body.split(/\s+/).length >= MIN_JSONLD_BODY_WORDS) {
      bodyMask = alignBlocks(blocks, body);
      const covered = blocks.reduce((n, b, i) => n + (bodyMask![i] ? b.text.length : 0), 0);
      if (covered < body.length * 0.2) {
        // The page renders its body with script: the structured copy is the only body there is.
        const appended = appendJsonLdBody(text, blocks, body);
        text = appended.text;
        bodyOnlyInJsonLd = true;
        selected = blocks.map((_, i) => appended.added.includes(i));
      }
    }
    if (!bodyOnlyInJsonLd) selected = selectMain(blocks, page.elements, readabilityMask, bodyMask);
  }

  const headings = toRanges(blocks, blocks.map((b, i) => selected[i] && b.heading > 0));
  const firstMain = selected.indexOf(true);
  const date = choosePublished(meta.dateCandidates, blocks, firstMain, meta.url);
  return {
    text,
    main: toRanges(blocks, selected),
    headings,
    title: meta.title, byline: meta.byline, publisher: meta.publisher,
    published: date?.iso ?? null, publishedPrecision: date?.precision ?? null,
    language: meta.language, url: meta.url, description: meta.description,
  };
}
