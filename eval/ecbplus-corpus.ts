/**
 * ECB+ documents as articles the product ingests: text rebuilt from the tokens with ordinary
 * spacing, the URL line (sentence 0 of most ecbplus files) taken out and kept as the URL and
 * outlet hint, one paragraph per sentence. ECB+ gives no publication date, so none is set.
 * Shared by the story-grouping and perturbation harnesses.
 */
import { type EcbDocument, loadEcbPlus } from './ecbplus.js';

export interface EcbArticle {
  /** File name without extension, e.g. "1_10ecbplus". */
  name: string;
  topic: string;
  /** The story key: the topic plus which half (ecb / ecbplus). */
  subtopic: string;
  url: string | null;
  outlet: string | null;
  /** The article as one text: paragraphs (one per sentence) separated by blank lines. */
  text: string;
  /** Character range of each kept sentence in `text`. */
  sentences: { start: number; end: number }[];
}

const NO_SPACE_BEFORE = /^([.,;:!?%)\]}]|'s|'S|n't|'re|'ve|'ll|'d|'m|''|')$/;
const NO_SPACE_AFTER = /^([(\[{$#]|``|`)$/;

/** Tokens back to a sentence: no space before closing punctuation and clitics, quotes restored. */
export function detokenize(tokens: string[]): string {
  let out = '';
  let openQuote = false;
  let glueNext = true;
  for (const raw of tokens) {
    let token = raw;
    let glue = NO_SPACE_BEFORE.test(token);
    if (token === '``' || token === "''" || token === '"') {
      // A straight quote opens or closes depending on the ones before it.
      const opening: boolean = token === '``' || (token === '"' && !openQuote);
      openQuote = opening;
      token = '"';
      glue = !opening;
      out += glueNext || glue ? token : ` ${token}`;
      glueNext = opening;
      continue;
    }
    out += glueNext || glue ? token : ` ${token}`;
    glueNext = NO_SPACE_AFTER.test(token);
  }
  return out
    .replace(/\b([\p{Ll}\d]+) - (?!(?:the|a|an|and|or|but|who|which|as)\b)([\p{Ll}\d])/gu, '$1-$2')
    .replace(/(\d) - (\d)/g, '$1-$2')
    .replace(/(\d): (\d\d)\b/g, '$1:$2')
    .replace(/\b([ap])\. m\./g, '$1.m.')
    .replace(/(\d), (\d{3})\b/g, '$1,$2');
}

function urlOf(sentence: string): string | null {
  const compact = sentence.replace(/\s+/g, '');
  if (!/^(https?:\/\/|www\.)\S+$/i.test(compact)) return null;
  return compact.startsWith('www.') ? `http://${compact}` : compact;
}

function outletOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^(www|articles|news|edition|uk|us)\./, '');
  } catch {
    return null;
  }
}

export function toArticle(ecb: EcbDocument): EcbArticle {
  const bySentence = new Map<number, string[]>();
  for (const t of ecb.tokens) (bySentence.get(t.sentence) ?? bySentence.set(t.sentence, []).get(t.sentence)!).push(t.text);
  const ordered = [...bySentence.entries()].sort((a, b) => a[0] - b[0]).map(([, tokens]) => tokens);
  let url: string | null = null;
  const kept: string[] = [];
  ordered.forEach((tokens, i) => {
    const sentence = tokens.join(' ');
    const asUrl = i === 0 ? urlOf(sentence) : null;
    if (asUrl) url = asUrl;
    else kept.push(detokenize(tokens));
  });
  let text = '';
  const sentences: { start: number; end: number }[] = [];
  for (const s of kept) {
    if (text) text += '\n\n';
    sentences.push({ start: text.length, end: text.length + s.length });
    text += s;
  }
  return { name: ecb.name, topic: ecb.topic, subtopic: ecb.subtopic, url, outlet: url ? outletOf(url) : null, text, sentences };
}

export function loadEcbArticles(dir: string): EcbArticle[] {
  return loadEcbPlus(dir).map(toArticle).filter((a) => a.text.replace(/\s+/g, '').length >= 20);
}
