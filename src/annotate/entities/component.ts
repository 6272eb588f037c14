import type { Document } from '../../model/document.js';
import type { Mention } from '../../model/mention.js';
import type { DocumentComponent } from '../../pipeline/component.js';
import { newsEntities, type TokenEntity } from './news-layer.js';
import { dropUnconfirmedOpeners } from './openers.js';
import { addUnknownPlaces } from './unknown-places.js';
import { joinPluralPossessives } from './possessive-names.js';
import { datelinePlaces } from './dateline-places.js';
import { loadNerModel, type NerModel } from './tagger.js';
import { foldForMatching } from '../../clean/matching-text.js';

/** Typographic quotes as the training text writes them (straight), so "’s" reads as "'s". */
function modelForm(token: string): string {
  return token.replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
}

const cityLookups = new WeakMap<NerModel, (phrase: string) => boolean>();

/** The model's own city list as a lookup of lowercased phrases, built once per model. */
function citiesOf(model: NerModel): (phrase: string) => boolean {
  let lookup = cityLookups.get(model);
  if (!lookup) {
    const cities = new Set(model.header.cities.map((c) => c.toLowerCase()));
    lookup = (phrase) => cities.has(phrase);
    cityLookups.set(model, lookup);
  }
  return lookup;
}

const commonLookups = new WeakMap<NerModel, (lower: string) => boolean>();

/** The model's English words (common words, never a gazetteer name), as a lookup built once per model. */
function commonWordsOf(model: NerModel): (lower: string) => boolean {
  let lookup = commonLookups.get(model);
  if (!lookup) {
    const words = new Set(model.header.englishWords);
    lookup = (lower) => words.has(lower);
    commonLookups.set(model, lookup);
  }
  return lookup;
}

/**
 * One sense per discourse for what context decided: a name the text shows acting as an
 * institution ("the X said") or ruling ("the X regime") is that everywhere in the document.
 */
function spreadCuedTypes(words: readonly string[][], entities: TokenEntity[][]): void {
  const cued = new Map<string, TokenEntity['type']>();
  const key = (si: number, e: TokenEntity) => words[si].slice(e.start, e.end).join(' ').toLowerCase();
  entities.forEach((list, si) => { for (const e of list) if (e.cued) cued.set(key(si, e), e.type); });
  if (cued.size === 0) return;
  entities.forEach((list, si) => {
    for (const e of list) {
      const type = cued.get(key(si, e));
      // A facility or a nationality has its own, surer cue.
      if (type && e.type !== 'FAC' && e.type !== 'NORP') e.type = type;
    }
  });
}

/** Tags a document's sentences with the trained model and turns the tags into mentions. */
export function entityMentions(doc: Document, model: NerModel = loadNerModel()): Mention[] {
  const sentences = doc.layers.sentences ?? [];
  const tokens = doc.layers.tokens;
  if (!tokens) return [];
  const words = sentences.map((s) => {
    const out: string[] = [];
    for (let i = s.tokenStart; i < s.tokenEnd; i++) out.push(modelForm(foldForMatching(doc.text.slice(tokens.start[i], tokens.end[i]))));
    return out;
  });
  const tags = model.tagDocument(words, { normaliseTitleCase: true });
  const mentions: Mention[] = [];
  const isCity = citiesOf(model);
  const entities = sentences.map((_, si) => newsEntities(words[si], tags[si], isCity));
  dropUnconfirmedOpeners(words, entities, commonWordsOf(model));
  addUnknownPlaces(words, entities, commonWordsOf(model));
  joinPluralPossessives(words, entities);
  datelinePlaces(words, entities, isCity);
  spreadCuedTypes(words, entities);
  sentences.forEach((s, si) => {
    for (const e of entities[si]) {
      const start = tokens.start[s.tokenStart + e.start];
      const end = tokens.end[s.tokenStart + e.end - 1];
      // The text names are compared by: folded for matching; the offsets keep the original's evidence.
      const mention: Mention = { id: '', type: e.type, start, end, text: foldForMatching(doc.text.slice(start, end)) };
      if (e.role) {
        const rs = tokens.start[s.tokenStart + e.role.start];
        const re = tokens.end[s.tokenStart + e.role.end - 1];
        mention.role = { text: foldForMatching(doc.text.slice(rs, re)), start: rs, end: re };
      }
      mentions.push(mention);
    }
  });
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  mentions.forEach((m, i) => { m.id = `m${i}`; });
  return mentions;
}

export const entitiesComponent: DocumentComponent = {
  kind: 'document',
  name: 'entities',
  requires: ['sentences', 'tokens'],
  produces: ['mentions'],
  process(doc: Document): void {
    doc.layers.mentions = entityMentions(doc);
  },
};
