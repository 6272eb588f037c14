/**
 * Text normalised for matching: what a reader sees, not what the bytes say. Zero-width
 * characters, soft hyphens and bidirectional controls are invisible on the page, yet they split
 * "Kar\u200Bimi" from "Karimi" for any comparison; compatibility forms (full-width letters,
 * ligatures) are another spelling of the same letters. Comparisons read the folded text; the
 * original stays untouched for evidence, reached through the cleaned text's offset map.
 */

/** Zero-width space, non-joiner, joiner; word joiner; byte-order mark (as zero-width no-break space); soft hyphen. */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;
/** Embeddings and overrides (U+202A-U+202E), isolates (U+2066-U+2069), and the direction marks. */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;
/** The overrides and isolates proper: they reorder what is displayed, the spoofing trick. */
const BIDI_OVERRIDE = /[\u202A-\u202E\u2066-\u2069]/;

const INVISIBLE_CLASS = `${ZERO_WIDTH.source.slice(0, -1)}${BIDI_CONTROL.source.slice(1)}`;
const INVISIBLE = new RegExp(INVISIBLE_CLASS, 'g');
const HAS_INVISIBLE = new RegExp(INVISIBLE_CLASS);

/** Anything folding could change: an invisible character or a character outside Latin-1's printable range. */
const MAY_FOLD = /[^\u0000-\u00AC\u00AE-\u00FF]/;

/** A character beyond Latin-1 with its combining marks: the unit folding works on (NFKC composes within it). */
const CLUSTER = /[^\u0000-\u00AC\u00AE-\u00FF]\p{M}*/gu;

function foldCluster(cluster: string): string {
  return (HAS_INVISIBLE.test(cluster) ? cluster.replace(INVISIBLE, '') : cluster).normalize('NFKC');
}

/**
 * A string folded for matching: invisible characters removed, compatibility forms composed
 * (NFKC), cluster by cluster exactly as the cleaned text is, so a name folded here equals the
 * same name read from the cleaned text.
 */
export function foldForMatching(text: string): string {
  if (!MAY_FOLD.test(text)) return text;
  return text.replace(CLUSTER, foldCluster);
}

/** One piece of folded text and the original range it stands for. */
export interface FoldedPiece {
  /** Offset of the piece in the original. */
  origStart: number;
  origLength: number;
  text: string;
}

/**
 * A range of the original folded into pieces that each map back plainly: runs the folding left
 * alone (same length, offset for offset), and each character cluster it changed (its own piece,
 * whose offsets inside map to the cluster's start). Invisible characters leave no piece.
 * Linear in the range's length: a plain run is one piece.
 */
export function foldRange(original: string, start: number, end: number): FoldedPiece[] {
  const text = original.slice(start, end);
  if (!MAY_FOLD.test(text)) return [{ origStart: start, origLength: text.length, text }];
  const pieces: FoldedPiece[] = [];
  let runStart = 0;
  const flush = (upTo: number) => {
    if (upTo > runStart) pieces.push({ origStart: start + runStart, origLength: upTo - runStart, text: text.slice(runStart, upTo) });
  };
  for (const m of text.matchAll(CLUSTER)) {
    const at = m.index!;
    const cluster = m[0];
    const folded = foldCluster(cluster);
    if (folded === cluster) continue;
    flush(at);
    if (folded.length) pieces.push({ origStart: start + at, origLength: cluster.length, text: folded });
    runStart = at + cluster.length;
  }
  flush(text.length);
  return pieces;
}

/** Why a document's text deserves a second look before its words are trusted, with where. */
export interface HiddenTextFinding {
  kind: 'bidi-override' | 'mixed-script';
  start: number;
  end: number;
}

/** Latin and Cyrillic or Greek letters inside one word: "Gоvernor" with a Cyrillic "о". */
const WORD = /[\p{L}\p{M}\u200B-\u200D\u2060\uFEFF\u00AD]+/gu;
const LATIN = /\p{Script=Latin}/u;
const LOOKALIKE_SCRIPT = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;

/** Bidi overrides and mixed-script look-alike words in a range of the original. */
export function hiddenTextFindings(original: string, start: number, end: number): HiddenTextFinding[] {
  const text = original.slice(start, end);
  if (!MAY_FOLD.test(text)) return [];
  const out: HiddenTextFinding[] = [];
  for (const m of text.matchAll(new RegExp(BIDI_OVERRIDE.source, 'g'))) out.push({ kind: 'bidi-override', start: start + m.index!, end: start + m.index! + 1 });
  for (const m of text.matchAll(WORD)) {
    if (LATIN.test(m[0]) && LOOKALIKE_SCRIPT.test(m[0])) out.push({ kind: 'mixed-script', start: start + m.index!, end: start + m.index! + m[0].length });
  }
  return out;
}

const FINDING_MESSAGES: Record<HiddenTextFinding['kind'], string> = {
  'bidi-override': 'the text carries bidirectional override or isolate controls, which can make the words displayed differ from the words stored (a known spoofing trick); they were ignored for matching',
  'mixed-script': 'a word mixes Latin letters with Cyrillic or Greek look-alikes, which can pass one name off as another',
};

/** One warning per kind of finding in a document, with every place it was found as evidence. */
export function hiddenTextWarnings(doc: { id: string; layers: { cleaned?: { hidden?: HiddenTextFinding[] } } }): { document: string; kind: string; message: string; evidence: { doc: string; start: number; end: number }[] }[] {
  const byKind = new Map<HiddenTextFinding['kind'], HiddenTextFinding[]>();
  for (const f of doc.layers.cleaned?.hidden ?? []) byKind.set(f.kind, [...(byKind.get(f.kind) ?? []), f]);
  return [...byKind].map(([kind, found]) => ({
    document: doc.id,
    kind,
    message: `${FINDING_MESSAGES[kind]} (${found.length} place${found.length === 1 ? '' : 's'})`,
    evidence: found.map((f) => ({ doc: doc.id, start: f.start, end: f.end })),
  }));
}
