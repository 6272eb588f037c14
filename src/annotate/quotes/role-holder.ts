import type { Mention } from '../../model/mention.js';
import { literalPattern } from '../tokens/literal-pattern.js';

/**
 * The named person a definite description of a speaker stands for, when the article gave that
 * role to exactly one person before it: "Comedian Ellen Roe will host ... "I am thrilled," the
 * comedian added" (a title before the name), or "Ellen Roe, the comedian, ..." / "Roe, a
 * veteran comedian," (an apposition after it). A role the article gives to two people, or to
 * none, leaves the description as it is: which of them spoke is not written.
 */

/** Words after which the head of a description has ended ("the man who ...", "the head of ..."). */
const HEAD_ENDS = /\s+(?:who|which|that|of|at|for|in|on|with|from)\s.*$/i;

/** The head noun of a definite singular description ("the comedian", "the talk-show host"), or null. */
export function roleHead(description: string): string | null {
  const m = /^the\s+(.+)$/i.exec(description.trim());
  if (!m) return null;
  const words = m[1].replace(HEAD_ENDS, '').trim().split(/\s+/);
  const head = words[words.length - 1]?.toLowerCase() ?? '';
  // A plural ("the victims", "the officers") names a group, not one person.
  if (!/^\p{Ll}[\p{Ll}-]{2,}$/u.test(head) || /[^s]s$/.test(head)) return null;
  return head;
}

/**
 * Titles news writes shortened before a name: "Sen. Ruth Halvorsen" gives her the role a later
 * "the senator" names, as "Senator Ruth Halvorsen" would.
 */
const ABBREVIATED_TITLES: Readonly<Record<string, string>> = {
  senator: 'sen', representative: 'rep', governor: 'gov', general: 'gen', lieutenant: 'lt', colonel: 'col',
  captain: 'capt', sergeant: 'sgt', admiral: 'adm', professor: 'prof', superintendent: 'supt', detective: 'det',
};

/**
 * The single person mention before `before` whose role, as the text writes it, has `head` as its
 * last word; null when none or several people hold it.
 */
export function roleHolder(text: string, mentions: readonly Mention[], head: string, before: number): Mention | null {
  // The role as a title right before the name ("comedian Ellen Roe", "talk-show host Ellen Roe", "Sen. Ruth Halvorsen").
  const short = ABBREVIATED_TITLES[head];
  const titleWord = short ? `(?:${literalPattern(head)}|${short}\\.)` : literalPattern(head);
  const title = new RegExp(`(?<![\\p{L}])${titleWord}\\s+$`, 'iu');
  // The role in an apposition right after it: a comma, a determiner, a few modifiers ("Ellen Roe, the comedian,").
  const apposition = new RegExp(`^\\s*,\\s*(?:the|a|an|his|her)\\s+(?:[\\p{L}\\d'’-]+\\s+){0,3}${literalPattern(head)}(?![\\p{L}])`, 'iu');
  const holders = new Map<string, Mention>();
  for (const m of mentions) {
    if (m.type !== 'PER' || m.end > before) continue;
    const titled = title.test(text.slice(Math.max(0, m.start - 40), m.start));
    // Keyed by the last word of the name: "Ellen Roe" and a later "Roe" are one holder.
    if (titled || apposition.test(text.slice(m.end, m.end + 60))) holders.set(m.text.toLowerCase().split(/\s+/).pop()!, m);
  }
  if (holders.size !== 1) return null;
  return [...holders.values()][0];
}
