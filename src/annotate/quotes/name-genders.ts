import type { Mention } from '../../model/mention.js';
import type { Sentence } from '../../model/document.js';

export type Gender = 'm' | 'f';

const MASCULINE = /(?<![\p{L}])(?:he|him|his|himself)(?![\p{L}])/giu;
const FEMININE = /(?<![\p{L}])(?:she|her|hers|herself)(?![\p{L}])/giu;
const TITLE_M = /(?:^|\s)(?:Mr\.?|Sir)\s+$/;
const TITLE_F = /(?:^|\s)(?:Mrs\.?|Ms\.?|Miss|Dame)\s+$/;
/** Words inside quotation marks speak of others as often as of the speaker ("she knows it," he said). */
const QUOTED = /["“][^"”]*["”]/g;

/**
 * The gender an article gives each person it names, keyed by the last word of the name in lower
 * case: a title ("Mrs. Vale"), or the pronouns of the sentences that name that person and no one
 * else, or that follow such a sentence naming no one, outside quotation marks ("Kessler ...
 * citing his work", "Kessler rejected the charge. '...,' he said."). A pronoun in such a sentence
 * is nearly always that person's; counted over the article, a few that are not are outvoted.
 * A person whose pronouns do not clearly lean one way has no gender here.
 */
export function nameGenders(text: string, sentences: readonly Sentence[], mentions: readonly Mention[]): Map<string, Gender> {
  const votes = new Map<string, { m: number; f: number }>();
  const vote = (key: string, g: Gender, n: number) => {
    const v = votes.get(key) ?? votes.set(key, { m: 0, f: 0 }).get(key)!;
    v[g] += n;
  };
  const keyOf = (m: Mention) => m.text.toLowerCase().split(/\s+/).pop()!;
  for (const m of mentions) {
    if (m.type !== 'PER') continue;
    const before = text.slice(Math.max(0, m.start - 6), m.start);
    if (TITLE_M.test(before)) vote(keyOf(m), 'm', 3);
    if (TITLE_F.test(before)) vote(keyOf(m), 'f', 3);
  }
  let k = 0;
  // The one person the previous sentence named: a sentence naming no one goes on about them
  // ("Kessler rejected the charge. '...,' he said.").
  let previous: string | null = null;
  for (const s of sentences) {
    const named = new Set<string>();
    while (k < mentions.length && mentions[k].start < s.start) k++;
    for (let j = k; j < mentions.length && mentions[j].end <= s.end; j++) if (mentions[j].type === 'PER') named.add(keyOf(mentions[j]));
    const about = named.size === 1 ? [...named][0] : named.size === 0 ? previous : null;
    previous = named.size === 1 ? [...named][0] : null;
    if (about === null) continue;
    const own = text.slice(s.start, s.end).replace(QUOTED, ' ');
    const m = own.match(MASCULINE)?.length ?? 0;
    const f = own.match(FEMININE)?.length ?? 0;
    if (m) vote(about, 'm', m);
    if (f) vote(about, 'f', f);
  }
  const out = new Map<string, Gender>();
  for (const [key, v] of votes) {
    if (v.m >= 2 * v.f + 1) out.set(key, 'm');
    else if (v.f >= 2 * v.m + 1) out.set(key, 'f');
  }
  return out;
}
