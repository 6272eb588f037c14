import type { Block, ElementInfo } from './blocks.js';
import { blockFeatures, type BlockFeatures } from './features.js';

/**
 * Our main-text decision on top of the seed signals (Readability.js, JSON-LD articleBody):
 * find the element that holds the seed, keep its prose, drop furniture the seed let in
 * (captions, link lists, promos, repeated labels), recover prose paragraphs the seed dropped
 * at its start or end, and trim non-prose debris off the ends.
 */
export function selectMain(
  blocks: readonly Block[],
  elements: readonly ElementInfo[],
  readability: readonly boolean[],
  jsonLdBody: readonly boolean[] | null,
): boolean[] {
  const features = blockFeatures(blocks);
  // JSON-LD articleBody is often truncated to a teaser, so it widens the seed and protects
  // what it covers, but never narrows Readability's choice.
  let seed = readability.map((r, i) => r || Boolean(jsonLdBody?.[i]));
  if (!seed.some(Boolean)) seed = proseFallback(blocks, elements, features);
  if (!seed.some(Boolean)) return seed;
  const selected = refine(blocks, elements, features, seed, jsonLdBody);
  if (selected.some(Boolean)) return selected;
  // The seed was page furniture (a long promo header picked as the article): look for prose elsewhere.
  const fallback = proseFallback(blocks, elements, features);
  return fallback.some(Boolean) ? refine(blocks, elements, features, fallback, jsonLdBody) : fallback;
}

function refine(
  blocks: readonly Block[], elements: readonly ElementInfo[], features: readonly BlockFeatures[],
  seed: readonly boolean[], jsonLdBody: readonly boolean[] | null,
): boolean[] {
  const container = seedContainer(blocks, elements, seed);
  const depth = container >= 0 ? depthOf(elements, container) : -1;
  const selected = new Array<boolean>(blocks.length).fill(false);
  // Short lines the page also shows outside the article are furniture ("Advertisement", a
  // newsletter prompt); a line repeated only inside the article is structure (a recipe's "Meal 1").
  const outsideTexts = new Set<string>();
  for (const b of blocks) if (container >= 0 && b.ancestors[depth] !== container) outsideTexts.add(b.text);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const f = features[i];
    const inside = container < 0 || b.ancestors[depth] === container;
    if (!inside) {
      selected[i] = seed[i] && f.prose && !b.furniture;
      continue;
    }
    const repeated = f.repeatedShort && outsideTexts.has(b.text);
    if (f.boilerplate && f.words < 15 && !jsonLdBody?.[i]) continue;
    if (furnitureBelow(b, elements, depth + 1) || f.linkHeavy || f.label || repeated || b.heading === 1) continue;
    if (captionBelow(b, elements, depth + 1) && !(jsonLdBody?.[i])) continue;
    selected[i] = seed[i] || f.prose || (b.heading > 1 && !f.linkHeavy);
  }
  recoverEdges(blocks, elements, features, selected, container, depth);
  trimEnds(blocks, features, selected, seed, jsonLdBody);
  return selected;
}

function depthOf(elements: readonly ElementInfo[], id: number): number {
  let d = 0;
  for (let e = elements[id].parent; e >= 0; e = elements[e].parent) d++;
  return d;
}

function furnitureBelow(b: Block, elements: readonly ElementInfo[], from: number): boolean {
  for (let k = Math.max(0, from); k < b.ancestors.length; k++) if (elements[b.ancestors[k]].furniture) return true;
  return false;
}

function captionBelow(b: Block, elements: readonly ElementInfo[], from: number): boolean {
  for (let k = Math.max(0, from); k < b.ancestors.length; k++) if (elements[b.ancestors[k]].caption) return true;
  return false;
}

/** The deepest element holding most of the seed's text. */
function seedContainer(blocks: readonly Block[], elements: readonly ElementInfo[], seed: readonly boolean[]): number {
  const weight = new Map<number, number>();
  let total = 0;
  for (let i = 0; i < blocks.length; i++) {
    if (!seed[i]) continue;
    const w = blocks[i].text.length;
    total += w;
    for (const a of blocks[i].ancestors) weight.set(a, (weight.get(a) ?? 0) + w);
  }
  let best = -1;
  let bestDepth = -1;
  for (const [id, w] of weight) {
    if (w < total * 0.85) continue;
    const d = depthOf(elements, id);
    if (d > bestDepth) {
      best = id;
      bestDepth = d;
    }
  }
  return best;
}

/** When no seed signal found an article: the element with the most prose, if it has enough. */
function proseFallback(blocks: readonly Block[], elements: readonly ElementInfo[], features: readonly BlockFeatures[]): boolean[] {
  const weight = new Map<number, number>();
  let total = 0;
  for (let i = 0; i < blocks.length; i++) {
    const f = features[i];
    if (!f.prose || blocks[i].furniture) continue;
    total += f.words;
    // Credit the parent more than remote ancestors, as Readability does.
    const anc = blocks[i].ancestors;
    for (let k = anc.length - 1, share = 1; k >= 0 && share > 0.1; k--, share /= 2) {
      weight.set(anc[k], (weight.get(anc[k]) ?? 0) + f.words * share);
    }
  }
  const seed = new Array<boolean>(blocks.length).fill(false);
  if (total < 60) return seed;
  let best = -1;
  let bestWeight = 0;
  for (const [id, w] of weight) {
    if (w > bestWeight) {
      best = id;
      bestWeight = w;
    }
  }
  if (best < 0) return seed;
  const depth = depthOf(elements, best);
  for (let i = 0; i < blocks.length; i++) seed[i] = features[i].prose && blocks[i].ancestors[depth] === best;
  return seed;
}

/**
 * Readability scores one container; a lead paragraph in a sibling "intro" element or a last
 * paragraph after an embed is often left out. Walk outward from each end while the neighbours
 * are prose under the container's parent.
 */
function recoverEdges(
  blocks: readonly Block[], elements: readonly ElementInfo[], features: readonly BlockFeatures[],
  selected: boolean[], container: number, depth: number,
): void {
  const first = selected.indexOf(true);
  const last = selected.lastIndexOf(true);
  if (first < 0 || container < 0) return;
  const parent = elements[container].parent;
  const parentDepth = depth - 1;
  const eligible = (i: number): boolean => {
    const b = blocks[i];
    const f = features[i];
    if (parent >= 0 && b.ancestors[parentDepth] !== parent) return false;
    return f.prose && !f.linkHeavy && !furnitureBelow(b, elements, parentDepth + 1) && !captionBelow(b, elements, parentDepth + 1);
  };
  for (let i = first - 1; i >= 0 && eligible(i); i--) selected[i] = true;
  for (let i = last + 1; i < blocks.length && eligible(i); i++) selected[i] = true;
}

/** Drops debris (bylines, datelines, share prompts, credits, trailing headings) off both ends. */
function trimEnds(
  blocks: readonly Block[], features: readonly BlockFeatures[], selected: boolean[],
  seed: readonly boolean[], jsonLdBody: readonly boolean[] | null,
): void {
  const debris = (i: number, maxLinkDensity: number): boolean => {
    if (jsonLdBody?.[i]) return false;
    const f = features[i];
    if (f.linkHeavy || f.label || f.byline || f.boilerplate || f.linkDensity > maxLinkDensity) return true;
    return !seed[i] && !f.sentence;
  };
  for (let i = selected.lastIndexOf(true); i >= 0; i--) {
    if (!selected[i]) continue;
    if (!debris(i, 0.4) && blocks[i].heading === 0) break;
    selected[i] = false;
  }
  for (let i = selected.indexOf(true); i >= 0 && i < blocks.length; i++) {
    if (!selected[i]) continue;
    if (!debris(i, 0.5) || blocks[i].heading > 0) break;
    selected[i] = false;
  }
}
