import type { Mention } from '../model/mention.js';

/**
 * What a mention is made of decides how it may be linked: a name carries its own identity, a
 * nominal ("the actress") and a pronoun need an antecedent.
 */
export type MentionKind = 'name' | 'nominal' | 'pronoun';

type PronounClass = 'person' | 'thing' | 'plural' | 'relative' | 'speaker' | 'place';

const PRONOUNS: Record<string, PronounClass> = {
  he: 'person', him: 'person', his: 'person', himself: 'person',
  she: 'person', her: 'person', hers: 'person', herself: 'person',
  it: 'thing', its: 'thing', itself: 'thing',
  they: 'plural', them: 'plural', their: 'plural', theirs: 'plural', themselves: 'plural',
  who: 'relative', whom: 'relative', whose: 'relative', which: 'relative', that: 'relative',
  i: 'speaker', me: 'speaker', my: 'speaker', mine: 'speaker', myself: 'speaker',
  we: 'speaker', us: 'speaker', our: 'speaker', ours: 'speaker', ourselves: 'speaker',
  you: 'speaker', your: 'speaker', yours: 'speaker',
  there: 'place', where: 'place', here: 'place',
};

const LEADING_PREPOSITIONS = /^(?:to|into|in|at|from|on|near|for|by|with|inside|outside|onto|toward|towards)\s+/i;

/** The mention without what the span dragged along: quotes, a leading preposition, a clitic ("She's"). */
export function bareText(text: string): string {
  return text
    .trim()
    .replace(/^["'“”‘’`]+|["'“”‘’`]+$/g, '')
    .replace(LEADING_PREPOSITIONS, '')
    .replace(/['’](?:s|d|ll|re|ve|m)$/i, '')
    .trim();
}

/** The name itself, without a trailing locative or apposition ("X Center in Y , Z" gives "X Center"). */
export function nameCore(text: string): string {
  const bare = bareText(text).replace(/^(?:the|a|an)\s+/i, '');
  const cut = /\s+(?:in|at|near|off|between|outside|on|,|\()\s+/.exec(bare);
  if (cut && /[A-Z]/.test(bare.slice(0, cut.index))) return bare.slice(0, cut.index);
  return bare;
}

const DETERMINERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your',
  'some', 'any', 'each', 'every', 'another', 'other', 'both', 'all', 'several', 'many', 'no',
]);

/** Words after which a nominal's head has ended ("the man who ...", "the head of ..."). */
const HEAD_STOPS = new Set(['of', 'who', 'that', 'which', 'in', 'at', 'on', 'for', 'from', 'with', 'to', 'by', ',', '(']);

/** Words after which capitals no longer say the mention is a name. */
const NAME_STOPS = new Set(['of', 'who', 'that', 'which']);

export function pronounClass(text: string): PronounClass | null {
  const bare = bareText(text);
  // "US" in capitals is the country, not "us".
  if (bare.length > 1 && bare === bare.toUpperCase()) return null;
  return PRONOUNS[bare.toLowerCase()] ?? null;
}

function words(text: string): string[] {
  return text.split(/\s+|(?=[,(])/).map((w) => w.trim()).filter((w) => w.length > 0);
}

export function mentionKind(mention: Pick<Mention, 'text'> & Partial<Pick<Mention, 'type'>>): MentionKind {
  const text = bareText(mention.text);
  if (pronounClass(text)) return 'pronoun';
  const ws = words(text);
  // A capital after "of" or a relative pronoun belongs to another thing: "the head of Acme" and
  // "the man who met Orla" are descriptions. A place's "of" names it ("the city of Cannes").
  const place = mention.type === 'LOC' || mention.type === 'GPE' || mention.type === 'FAC';
  const stop = ws.findIndex((w, i) => i > 0 && NAME_STOPS.has(w.toLowerCase()) && !(place && w.toLowerCase() === 'of'));
  const content = (stop > 0 ? ws.slice(0, stop) : ws).filter((w, i) => !(i === 0 && DETERMINERS.has(w.toLowerCase())));
  // "al-Bakri" is a name though its particle is lowercase.
  const capitalised = content.some((w) => /^(?:[a-z]{1,3}-)?[A-Z0-9]/.test(w) && !/^[0-9]+$/.test(w));
  return capitalised ? 'name' : 'nominal';
}

/** A crude lemma: plural -s and -es dropped from long words. */
export function lemma(word: string): string {
  const w = word.toLowerCase().replace(/[^a-z0-9'-]/g, '').replace(/^'+|'+$/g, '');
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

const PLURAL_PRONOUNS = new Set(['they', 'them', 'their', 'theirs', 'themselves', 'we', 'us', 'our', 'ours', 'ourselves']);
const SINGULAR_PRONOUNS = new Set(['he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself', 'i', 'me', 'my', 'mine', 'myself']);
/** Plurals without -s, and collective nouns that name a group of people ("the jury", "the family"): never one person. */
const IRREGULAR_PLURALS = new Set(['people', 'men', 'women', 'children', 'police', 'folks', 'staff', 'crew', 'jury', 'family', 'crowd', 'audience', 'panel', 'committee', 'gang', 'couple', 'pair', 'public', 'mob', 'team']);

/** Grammatical number a mention shows: "guards", "they" plural; "he", "the guard" singular; null when it shows none. */
export function mentionNumber(text: string, kind: MentionKind): 'sg' | 'pl' | null {
  const bare = bareText(text).toLowerCase();
  if (kind === 'pronoun') return PLURAL_PRONOUNS.has(bare) ? 'pl' : SINGULAR_PRONOUNS.has(bare) ? 'sg' : null;
  if (kind !== 'nominal') return null;
  const raw = rawHead(text).toLowerCase().replace(/[^a-z'-]/g, '');
  if (raw.length === 0 || /^\d/.test(raw)) return null;
  if (IRREGULAR_PLURALS.has(raw) || lemma(raw) !== raw) return 'pl';
  return /^(?:a|an|one|this|that)\s/.test(bare) ? 'sg' : null;
}

/** The head word as written (not lemmatised). */
function rawHead(text: string): string {
  const ws = words(text.replace(/['’]s\b/g, ''));
  let end = ws.length;
  for (let i = 1; i < ws.length; i++) {
    if (HEAD_STOPS.has(ws[i].toLowerCase())) {
      end = i;
      break;
    }
  }
  const head = ws.slice(0, end).filter((w) => /[A-Za-z0-9]/.test(w));
  return head[head.length - 1] ?? text;
}

/** The head word of a mention: the last word before a preposition or relative clause. */
export function headWord(text: string): string {
  return lemma(rawHead(text));
}
