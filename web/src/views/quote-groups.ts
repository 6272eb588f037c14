import type { Dossier, DossierQuote, DossierStory } from '../../../src/model/dossier.js';

/** Lower-case words that belong inside personal names ("Karim al-Nashraa", "Hedda von der Lind"). */
const NAME_PARTICLES = new Set(['al', 'el', 'ad', 'as', 'ash', 'bin', 'ibn', 'bint', 'abu', 'de', 'da', 'di', 'del', 'della', 'der', 'den', 'van', 'von', 'du', 'la', 'le', 'dos', 'das', 'y', 'ben']);

/**
 * Whether a speaker string reads as a name: every word capitalised, a name particle, or in a
 * script without case; at most six words. "a figure officials" or "the ministry" are no names:
 * such a speaker is listed as unnamed rather than shown as if it were a person.
 */
export function looksLikeName(speaker: string): boolean {
  const words = speaker.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 6) return false;
  // A description opened by an article ("the ministry", "A spokesman") is no name.
  if (/^(the|a|an)$/i.test(words[0])) return false;
  let named = false;
  for (const w of words) {
    const bare = w.replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, '');
    if (/^\p{Lu}/u.test(bare) || (bare !== '' && !/[\p{Lu}\p{Ll}]/u.test(bare))) { named = true; continue; }
    // A lower-case word is allowed only as a name particle, alone ("van") or joined ("al-Nashraa").
    const [head, ...rest] = bare.split(/[-']/);
    if (!NAME_PARTICLES.has(head)) return false;
    if (rest.some((part) => /^\p{Lu}/u.test(part))) named = true;
  }
  return named;
}

export interface QuoteCopy { document: string; outlet: string }

export interface QuoteItem {
  quote: DossierQuote;
  /** Where it was first published (an original rather than a syndicated copy, when there is one). */
  outlet: string;
  /** The other documents that carry the same words: copies and repeats. */
  alsoIn: QuoteCopy[];
}

export interface SpeakerQuotes {
  /** Entity id of the speaker, or null for a name no entity holds, or the unnamed group. */
  entity: string | null;
  name: string;
  named: boolean;
  items: QuoteItem[];
}

/** Entity types that speak: people, organisations, and states or cities standing for their governments. */
const SPEAKER_TYPES = new Set(['PER', 'ORG', 'GPE']);

const wordsOf = (text: string) => text.toLowerCase().normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * The story's quotes by speaker and publisher: one speaker per entity (every spelling merged),
 * the same words carried by several documents (a syndicated copy, a reprint) listed once with
 * "also in", and speakers that are no names grouped as unnamed. Named speakers come first, the
 * most quoted first.
 */
export function groupQuotes(story: DossierStory, documents: Dossier['documents']): SpeakerQuotes[] {
  const docs = new Map(documents.map((d) => [d.id, d]));
  const entityName = new Map(story.entities.map((e) => [e.id, e.name]));
  const entityType = new Map(story.entities.map((e) => [e.id, e.type as string]));
  const outletOf = (doc: string) => docs.get(doc)?.outlet ?? docs.get(doc)?.syndicatedFrom ?? 'unknown outlet';
  const isCopy = (doc: string) => Boolean(docs.get(doc)?.syndicatedFrom);
  const groups = new Map<string, SpeakerQuotes & { byWords: Map<string, QuoteItem> }>();
  // Originals first, so a copy joins its original's entry instead of standing for it.
  const quotes = [...story.quotes].sort((a, b) => Number(isCopy(a.evidence.document)) - Number(isCopy(b.evidence.document)));
  for (const q of quotes) {
    // A speaker no entity holds is a name only in two or more name words: one capitalised word
    // alone is most often a sentence-initial description ("Analysts said", "Farmers say").
    // A place, a facility or a nationality is no speaker: "Traders in Draymoor say" and "Syrian
    // officials said" name who spoke only by description.
    const entity = q.entity !== null && SPEAKER_TYPES.has(entityType.get(q.entity) ?? '') ? q.entity : null;
    const named = entity !== null || (q.entity === null && q.speaker !== null && looksLikeName(q.speaker) && q.speaker.trim().split(/\s+/).length >= 2);
    const key = entity ? `e:${entity}` : named ? `n:${wordsOf(q.speaker!)}` : 'unnamed';
    let g = groups.get(key);
    if (!g) {
      const name = entity ? entityName.get(entity) ?? q.speaker ?? entity : named ? q.speaker! : 'Unnamed or unclear speakers';
      g = { entity, name, named, items: [], byWords: new Map() };
      groups.set(key, g);
    }
    const words = wordsOf(q.content);
    const same = g.byWords.get(words);
    if (same) {
      if (same.quote.evidence.document !== q.evidence.document && !same.alsoIn.some((c) => c.document === q.evidence.document)) {
        same.alsoIn.push({ document: q.evidence.document, outlet: outletOf(q.evidence.document) });
      }
      continue;
    }
    const item: QuoteItem = { quote: q, outlet: outletOf(q.evidence.document), alsoIn: [] };
    g.byWords.set(words, item);
    g.items.push(item);
  }
  return [...groups.values()]
    .map(({ byWords: _, ...g }) => g)
    .sort((a, b) => Number(b.named) - Number(a.named) || b.items.length - a.items.length || a.name.localeCompare(b.name));
}
