import type { ConflictSide, Corpus, Divergence, Entity } from '../model/corpus.js';
import type { Document } from '../model/document.js';
import { matchPersonNames } from '../resolve/names/person-match.js';
import { surnameKey } from './warnings.js';
import { ORG_SUFFIXES, ROLE_MODIFIERS, TITLE_WORDS } from '../annotate/entities/lexicon/titles.js';
import { FIRST_NAMES } from '../annotate/entities/lexicon/first-names.js';

/** What a name is written with, spaces and stops aside: "P.J.Carlesimo" and "P.J. Carlesimo", "DelGiudice" and "Del Giudice" are one spelling. */
const letters = (name: string) => name.toLowerCase().replace(/[^\p{L}]/gu, '');

/** Words that may stand before a name in a mention and are not the name ("Mediator", "Judge", "former"). */
const TITLE_OR_MODIFIER = new Set([...TITLE_WORDS, ...ROLE_MODIFIERS]);

const GIVEN_NAMES = new Set(FIRST_NAMES.map((n) => n.toLowerCase()));

/**
 * A mention without the words before the name: "Mediator Tobias Wernike" spells "Tobias Wernike".
 * The name starts at its first known given name, else after the title words that lead it.
 */
function withoutTitle(text: string): string {
  const words = [...text.matchAll(/\S+/g)];
  const given = words.findIndex((w) => GIVEN_NAMES.has(w[0].toLowerCase()));
  let k = given > 0 && given < words.length - 1 ? given : 0;
  if (k === 0) while (k < words.length - 1 && TITLE_OR_MODIFIER.has(words[k][0].toLowerCase().replace(/\.$/, ''))) k++;
  return text.slice(words[k].index);
}

/** Words of an office or a body ("marshal", "council"): their plural describes, it does not spell a name. */
const DESCRIPTIVE = new Set([...TITLE_WORDS, ...ORG_SUFFIXES]);

/**
 * Two surnames a slip of the pen apart: at most two letters edited, and no more than a third of
 * the longer. The plural of an office ("Marshal" / "Marshals") is a description, and a surname far from the other
 * ("Drew" / "Jones-Drew", "Graham" / "Crusade") a change of name or a resolver's merge, not a spelling.
 */
function respelled(x: string, y: string): boolean {
  if ((x + 's' === y && DESCRIPTIVE.has(x)) || (y + 's' === x && DESCRIPTIVE.has(y))) return false;
  const edits = editDistance(x, y);
  return edits > 0 && edits <= 2 && edits * 3 <= Math.max(x.length, y.length);
}

/** Levenshtein distance: letters inserted, dropped or changed. */
function editDistance(x: string, y: string): number {
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) row.push(Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1)));
    previous = row;
  }
  return previous[y.length];
}

/** One publisher's way of writing one person's surname, with the fullest form it gives the name. */
interface PublisherSpelling {
  publisher: string;
  key: string;
  /** The longest mention of that spelling: the name as the outlet writes it in full. */
  form: { doc: Document; start: number; end: number; text: string };
}

/**
 * One person whose surname the story's outlets write differently ("Malcolm Dewhurst" in two,
 * "Malcolm Dewhirst" in the third): shown side by side, one side per spelling, as a difference
 * for the reader to settle, never as a conflict about the world. Only entities the resolver
 * already holds as one person, only outlets that keep to one spelling throughout (an outlet that
 * varies is the warnings' matter), and only spellings the name matcher reads as one name spelled
 * two ways: a resolver's merge of two different surnames ("Conway" / "Cornwall") is no spelling.
 */
export function nameSpellingDifferences(corpus: Corpus, docs: Document[], story: string, entities: Map<string, Entity>, firstId: number): Divergence[] {
  // entity -> publisher -> surname key -> longest mention
  const seen = new Map<string, Map<string, Map<string, PublisherSpelling['form']>>>();
  for (const doc of docs) {
    const publisher = corpus.documentPublisher?.get(doc.id) ?? `p:${doc.id}`;
    (doc.layers.mentions ?? []).forEach((m, i) => {
      const id = corpus.mentionEntity?.get(`${doc.id}:${i}`);
      if (!id || entities.get(id)?.type !== 'PER') return;
      const written = doc.text.slice(m.start, m.end).replace(/['’]s$/, '');
      const text = withoutTitle(written);
      // A capitalised word only: a pronoun or a description ("the director") spells no name.
      if (!/^\p{Lu}/u.test(text) || !/\p{Lu}/u.test(text.split(/\s+/).pop() ?? '')) return;
      const key = surnameKey(text);
      if (key.length < 3) return;
      const byPublisher = seen.get(id) ?? seen.set(id, new Map()).get(id)!;
      const byKey = byPublisher.get(publisher) ?? byPublisher.set(publisher, new Map()).get(publisher)!;
      const kept = byKey.get(key);
      const start = m.start + (written.length - text.length);
      if (!kept || text.length > kept.text.length) byKey.set(key, { doc, start, end: start + text.length, text });
    });
  }
  const out: Divergence[] = [];
  for (const [id, byPublisher] of seen) {
    const spellings: PublisherSpelling[] = [];
    for (const [publisher, byKey] of byPublisher) {
      if (byKey.size !== 1) continue;
      const [[key, form]] = byKey;
      spellings.push({ publisher, key, form });
    }
    const keys = [...new Set(spellings.map((s) => s.key))];
    if (keys.length !== 2) continue;
    const [x, y] = keys.map((k) => spellings.filter((s) => s.key === k));
    const fullest = (group: PublisherSpelling[]) => group.reduce((best, s) => (s.form.text.length > best.form.text.length ? s : best));
    const fx = fullest(x);
    const fy = fullest(y);
    if (!respelled(fx.key, fy.key) || letters(fx.form.text) === letters(fy.form.text)) continue;
    // The resolver joined them on its own evidence (a shared title, the story); the names need only
    // be near spellings of one another, not proof of one person by themselves.
    const verdict = matchPersonNames(fx.form.text, fy.form.text).verdict;
    if (verdict !== 'same' && verdict !== 'unsure') continue;
    // Each side in its spelling's fullest form: "Dewhirst" alone says less than "Malcolm Dewhirst".
    const side = (s: PublisherSpelling, value: string): ConflictSide => ({
      publisher: s.publisher,
      value,
      evidence: { doc: s.form.doc.id, start: s.form.start, end: s.form.end },
      published: s.form.doc.meta.published ?? null,
    });
    out.push({
      id: `${story}:n${firstId + out.length}`,
      story,
      kind: 'spelling',
      about: `how ${entities.get(id)?.name ?? id}'s name is spelled`,
      sides: [...x.map((s) => side(s, fx.form.text)), ...y.map((s) => side(s, fy.form.text))],
    });
  }
  return out;
}
