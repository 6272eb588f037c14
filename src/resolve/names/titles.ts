import { TITLE_WORDS } from '../../annotate/entities/lexicon/titles.js';
import { normaliseName } from './normalise.js';

/** Words that say how a person is addressed, not which office they hold: no evidence of one person. */
const GENERIC = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'former', 'late', 'acting', 'deputy', 'vice', 'chief', 'head', 'leader', 'jr', 'sr']);
const OFFICES = new Set(TITLE_WORDS.filter((w) => !GENERIC.has(w)));

/** The office words a person is given, in a title before the name ("Senator X") or a role ("the foreign minister"). */
export function titleWords(names: readonly string[], roles: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const name of names) for (const t of normaliseName(name).titles) if (OFFICES.has(t)) out.add(t);
  for (const role of roles) for (const w of role.toLowerCase().split(/[^a-z-]+/)) if (OFFICES.has(w)) out.add(w);
  return out;
}
