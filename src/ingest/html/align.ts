import type { Block } from './blocks.js';
import { wordTokens } from './tokens.js';

const SHINGLE = 4;

/**
 * Marks the page blocks whose words appear, in order, in a reference text (Readability's
 * output, a JSON-LD articleBody). Matching is by word tokens so markup, spacing and
 * punctuation differences do not matter; short blocks must follow the previous match closely,
 * so that a lone "Share" is not matched against some far-away word.
 */
export function alignBlocks(blocks: readonly Block[], reference: string): boolean[] {
  const refTokens = wordTokens(reference);
  const hay = ` ${refTokens.join(' ')} `;
  const matched = new Array<boolean>(blocks.length).fill(false);
  if (refTokens.length === 0) return matched;
  let shingles: Set<string> | null = null;
  let cursor = 0;
  for (let i = 0; i < blocks.length; i++) {
    const toks = wordTokens(blocks[i].text);
    if (toks.length === 0) continue;
    const key = ` ${toks.join(' ')} `;
    const at = hay.indexOf(key, cursor);
    if (at >= 0 && (toks.length >= 4 || at - cursor <= 40)) {
      matched[i] = true;
      cursor = at + key.length - 1;
      continue;
    }
    if (toks.length >= 6 && hay.indexOf(key) >= 0) {
      matched[i] = true;
      continue;
    }
    if (toks.length >= 12) {
      shingles ??= shingleSet(refTokens);
      let hit = 0;
      for (let j = 0; j + SHINGLE <= toks.length; j++) {
        if (shingles.has(toks.slice(j, j + SHINGLE).join(' '))) hit++;
      }
      if (hit / (toks.length - SHINGLE + 1) >= 0.6) matched[i] = true;
    }
  }
  return matched;
}

function shingleSet(tokens: string[]): Set<string> {
  const set = new Set<string>();
  for (let j = 0; j + SHINGLE <= tokens.length; j++) set.add(tokens.slice(j, j + SHINGLE).join(' '));
  return set;
}
