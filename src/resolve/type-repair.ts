import { type Chain, type MentionNode, typesCompatible } from './chain.js';
import { distinctActors } from './constraints.js';
import { nameCore } from './mention-kind.js';
import { knownPlace } from './names/closed-class.js';
import { isAcronym, normaliseName } from './names/normalise.js';
import { compareOtherNames, tokenSimilarity } from './names/similarity.js';

/**
 * Type repair by coreference inside one article. A tagger types a bare name from its own few
 * words ("X said" reads like an organisation), while the article has already introduced it in
 * full ("President Y X", "the X Air Base"). A chain of such bare names, with no type cue of its
 * own, is the fuller chain it spells: it joins that chain and takes its type.
 */

/** Transliteration variants of a surname (l/r, a dropped or added final letter, kh/h) pass. */
const SURNAME_MATCH = 0.76;
/** A bare name against a longer one with a type word ("X" and "X Naval Base"). */
const DESIGNATED_MATCH = 0.85;

/** The one name element of a bare name (particles aside), or null when it has more or is an acronym. */
function bareToken(node: MentionNode): string | null {
  const core = nameCore(node.mention.text);
  if (isAcronym(core)) return null;
  const { tokens, titles } = normaliseName(core);
  return tokens.length === 1 && titles.length === 0 ? tokens[0] : null;
}

/**
 * The tokens the names of a chain reduce to, when the chain is made of bare names of one element
 * only: one spelling, or several the article itself linked ("Nasleh" ... "Nasley").
 */
function bareChainTokens(chain: Chain): string[] | null {
  const names = chain.nodes.filter((n) => n.kind === 'name');
  if (names.length === 0 || chain.type === 'NORP' || chain.type === 'PER') return null;
  const tokens = new Set(names.map(bareToken));
  if (tokens.has(null)) return null;
  return [...tokens] as string[];
}

/** How well a bare token spells a name of the host chain: its surname, or a longer designated name. */
function spelling(token: string, bareText: string, host: Chain): number {
  let best = 0;
  for (const name of new Set(host.names)) {
    const tokens = normaliseName(name).tokens;
    if (tokens.length < 2) continue;
    const score = host.type === 'PER' ? tokenSimilarity(token, tokens[tokens.length - 1]).score : compareOtherNames(bareText, name).score;
    best = Math.max(best, score);
  }
  return best >= (host.type === 'PER' ? SURNAME_MATCH : DESIGNATED_MATCH) ? best : 0;
}

function keptApart(a: Chain, b: Chain, text: string): boolean {
  return a.nodes.some((x) => b.nodes.some((y) => distinctActors(x, y, text)));
}

/** Joins bare-name chains to the fuller chain of another type they spell, through `moveInto`. */
export function repairTypes(chains: Chain[], text: string, moveInto: (host: Chain, stray: Chain) => void): void {
  for (const stray of [...chains]) {
    const tokens = bareChainTokens(stray);
    if (!tokens) continue;
    const bare = nameCore(stray.nodes.find((n) => n.kind === 'name')!.mention.text);
    // A known city or country keeps its type: "Washington" is not a Mr Washington's.
    const place = knownPlace(bare);
    let host: Chain | null = null;
    let hostScore = 0;
    for (const chain of chains) {
      if (chain === stray || typesCompatible(chain.type, stray.type) || chain.type === 'NORP') continue;
      // A facility pattern ("the X airbase") is a cue of its own.
      if (chain.type === 'PER' && (place || stray.type === 'FAC')) continue;
      // Every spelling of the stray chain must spell the host.
      const score = Math.min(...tokens.map((token) => spelling(token, bare, chain)));
      if (score > hostScore && !keptApart(stray, chain, text)) {
        host = chain;
        hostScore = score;
      }
    }
    if (!host) continue;
    for (const node of stray.nodes) node.type = host.type;
    moveInto(host, stray);
  }
}
