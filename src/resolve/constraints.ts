import type { MentionNode } from './chain.js';
import { nameKey, normaliseName } from './names/normalise.js';

/** "Reid" inside "Tara Reid": a short form of the other name, not a second actor. */
function shortFormOf(a: string, b: string): boolean {
  const ta = normaliseName(a).tokens;
  const tb = new Set(normaliseName(b).tokens);
  return ta.length > 0 && ta.every((t) => tb.has(t));
}

/**
 * Each node's name key, computed once: a sentence naming k actors compares k * k pairs while
 * chains are built, and one long sentence (a text without full stops) names thousands.
 */
const nodeKeys = new WeakMap<MentionNode, string>();
function nodeNameKey(node: MentionNode): string {
  let key = nodeKeys.get(node);
  if (key === undefined) nodeKeys.set(node, (key = nameKey(node.mention.text)));
  return key;
}

/**
 * Cannot-link evidence: two different names acting in one sentence ("X met Y", "X toppled Y",
 * "X and Y") are two actors, whatever their spelling. Apposition and aliasing ("X, Y" or "X (Y)",
 * "X, also known as Y") are the exceptions, as there the text itself equates them.
 */
const APPOSITION = /^\s*(?:[,(\-–—:]|,?\s*(?:also known as|aka|a\.k\.a\.|known as|or|alias|née|nee|formerly)\s*)\s*$/i;

export function distinctActors(a: MentionNode, b: MentionNode, text: string): boolean {
  if (a.doc !== b.doc || a.sentence < 0 || a.sentence !== b.sentence) return false;
  if (a.kind !== 'name' || b.kind !== 'name') return false;
  const [first, second] = a.mention.start <= b.mention.start ? [a, b] : [b, a];
  if (second.mention.start < first.mention.end) return false;
  if (nodeNameKey(first) === nodeNameKey(second)) return false;
  if (shortFormOf(first.mention.text, second.mention.text) || shortFormOf(second.mention.text, first.mention.text)) return false;
  return !APPOSITION.test(text.slice(first.mention.end, second.mention.start));
}

/** Roles one person cannot hold with another at the same time in the same place. */
const EXCLUSIVE_OFFICES = ['president', 'prime minister', 'spokesman', 'spokeswoman', 'king', 'queen', 'pope', 'chancellor', 'emir'];

/** Compiled once: pair scoring asks for a chain's offices many times. */
const OFFICE_PATTERNS = EXCLUSIVE_OFFICES.map((office) => [office, new RegExp(`\\b${office}\\b`)] as const);
const officeCache = new WeakMap<object, Set<string>>();

function offices(roles: { text: string }[]): Set<string> {
  const cached = officeCache.get(roles);
  if (cached) return cached;
  const found = new Set<string>();
  for (const role of roles) {
    const lower = role.text.toLowerCase();
    if (/\b(former|ex-|late|then)\b/.test(lower)) continue;
    for (const [office, re] of OFFICE_PATTERNS) if (re.test(lower)) found.add(office);
  }
  officeCache.set(roles, found);
  return found;
}

/** Roles that cannot belong to one person: a sitting spokesman is not the sitting president. */
export function incompatibleRoles(a: { text: string }[], b: { text: string }[]): boolean {
  const oa = offices(a);
  const ob = offices(b);
  if (oa.size === 0 || ob.size === 0) return false;
  for (const o of oa) if (ob.has(o)) return false;
  return true;
}
