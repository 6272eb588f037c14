import { describe, expect, it } from 'vitest';
import type { Corpus, CorpusTermStats } from '../model/corpus.js';
import type { Document } from '../model/document.js';
import { ingestRecord } from '../ingest/record.js';
import { annotateDocument } from '../pipeline/analyze.js';
import { resolveCorpus } from '../resolve/component.js';
import { groupStories, type GroupingStats } from './group.js';
import { storyFeatures } from './features.js';

function article(source: string, title: string, text: string, published: string): Document {
  return annotateDocument(ingestRecord({ title, text, published, outlet: `${source}.example` }, source));
}

function corpusOf(docs: Document[]): Corpus {
  const corpus: Corpus = { documents: docs };
  resolveCorpus(corpus);
  return corpus;
}

function storyOf(corpus: Corpus, stories: ReturnType<typeof groupStories>, source: string): string {
  const id = corpus.documents.find((d) => d.source === source)!.id;
  return stories.find((s) => s.documents.includes(id))!.id;
}

const ferryA = article('harbour-post', 'Ferry Marlow runs aground near Tavish Point',
  'The passenger ferry Marlow ran aground near Tavish Point on Tuesday with 212 people on board, the Orvane coastguard said. ' +
  'Captain Elspeth Mure told the coastguard that a steering failure pushed the ferry onto the sandbank. ' +
  'All 212 passengers were taken off by lifeboats from Kellan harbour and nobody was hurt, coastguard spokesman Ivo Brandt said.',
  '2024-03-12');
const ferryB = article('coast-daily', 'Steering failure blamed as Marlow ferry grounds off Tavish Point',
  'Lifeboats from Kellan harbour rescued 212 passengers after the ferry Marlow grounded off Tavish Point on Tuesday. ' +
  'Ivo Brandt, a spokesman for the Orvane coastguard, said Captain Elspeth Mure reported a steering failure before the ferry hit the sandbank. ' +
  'No injuries were reported.',
  '2024-03-12');
const ferryC = article('island-news', 'Marlow ferry to be towed off Tavish Point sandbank',
  'Salvage crews will try to tow the ferry Marlow off the sandbank at Tavish Point on Thursday, the Orvane coastguard said. ' +
  'Captain Elspeth Mure and her crew stayed aboard after the 212 passengers were brought ashore at Kellan harbour, spokesman Ivo Brandt said.',
  '2024-03-13');
// A similar event, months later, other ship, other people, other place.
const otherFerry = article('harbour-post', 'Ferry Selkie runs aground near Dunmore Rocks',
  'The passenger ferry Selkie ran aground near Dunmore Rocks on Friday with 87 people on board, the Orvane coastguard said. ' +
  'Captain Rowan Tully told the coastguard that fog hid the rocks from the bridge. ' +
  'All 87 passengers were taken off by lifeboats from Brisk Cove and nobody was hurt, coastguard spokeswoman Maren Holt said.',
  '2024-09-20');

describe('groupStories', () => {
  it('groups two reports of one event together', () => {
    const corpus = corpusOf([ferryA, ferryB]);
    const stories = groupStories(corpus);
    expect(stories).toHaveLength(1);
  });

  it('keeps two similar events with different ships, people, places and dates apart', () => {
    const corpus = corpusOf([ferryA, ferryB, otherFerry]);
    const stories = groupStories(corpus);
    expect(storyOf(corpus, stories, 'harbour-post')).toBe(storyOf(corpus, stories, 'coast-daily'));
    const other = corpus.documents.find((d) => d.meta.title?.includes('Selkie'))!.id;
    expect(stories.find((s) => s.documents.includes(other))!.documents).toEqual([other]);
  });

  it('lets a later report join the story it belongs to', () => {
    const before = groupStories(corpusOf([ferryA, ferryB, otherFerry]));
    expect(before).toHaveLength(2);
    const corpus = corpusOf([ferryA, ferryB, otherFerry, ferryC]);
    const stories = groupStories(corpus);
    expect(stories).toHaveLength(2);
    expect(storyOf(corpus, stories, 'island-news')).toBe(storyOf(corpus, stories, 'coast-daily'));
  });

  it('scores far fewer links than all pairs on many unrelated documents', () => {
    const n = 300;
    const docs: Document[] = [];
    const syllables = ['ka', 'lo', 'mi', 'ter', 'van', 'os', 'ru', 'bel', 'din', 'sa', 'gor', 'ein'];
    const word = (i: number, salt: number) => {
      let x = i * 7919 + salt * 104729;
      let w = '';
      for (let k = 0; k < 3; k++) { w += syllables[x % syllables.length]; x = Math.floor(x / syllables.length) + 13; }
      return w;
    };
    for (let i = 0; i < n; i++) {
      const name = `${word(i, 1)[0].toUpperCase()}${word(i, 1).slice(1)} ${word(i, 2)[0].toUpperCase()}${word(i, 2).slice(1)}`;
      const town = `${word(i, 3)[0].toUpperCase()}${word(i, 3).slice(1)}`;
      const text = `${name} opened a ${word(i, 4)} workshop in ${town} on Monday. ${name} said the ${word(i, 5)} would employ ${i + 3} people. ` +
        `The mayor of ${town} welcomed the ${word(i, 6)} plan.`;
      docs.push(annotateDocument(ingestRecord({ title: `${name} opens workshop in ${town}`, text, published: '2024-05-06', outlet: `outlet${i}.example` }, `doc${i}`)));
    }
    const stats: GroupingStats = { documents: 0, scoredPairs: 0 };
    groupStories(corpusOf(docs), {}, stats);
    expect(stats.documents).toBe(n);
    expect(stats.scoredPairs).toBeLessThan((n * n) / 20);
  });
});

describe('story keys and topics of two events', () => {
  it('counts one name as one entity whatever type the tagger gave it', async () => {
    const { unifyEntityKeys } = await import('./entity-keys.js');
    const { storyFeatures } = await import('./features.js');
    const a = article('a', 'x', 'Orla Venn won the regional final on Sunday.', '2024-01-01');
    const b = article('b', 'y', 'Orla Venn lost the regional final on Sunday.', '2024-01-01');
    a.layers.mentions = [0, 1, 2].map((k) => ({ id: `m${k}`, type: 'PER' as const, text: 'Orla Venn', start: 0, end: 9 }));
    b.layers.mentions = [{ id: 'm0', type: 'LOC', text: 'Orla Venn', start: 0, end: 9 }, { id: 'm1', type: 'LOC', text: "Orla Venn's", start: 0, end: 9 }];
    const corpus: Corpus = { documents: [a, b] };
    const features = corpus.documents.map((d) => storyFeatures(corpus, d));
    unifyEntityKeys(features);
    expect(features[0].entities.get('orla venn')).toBe(3);
    expect(features[1].entities.get('orla venn')).toBe(2);
    // Three person tags against two place tags over the corpus: a protagonist in both documents.
    expect(features[1].actors).toEqual(['orla venn']);
  });

  const bout = (source: string, opponent: string, round: string, city: string, date: string, extra: string) =>
    article(source, `Dravic stops ${opponent} in the ${round} round to keep his belts`,
      `Champion Teodor Dravic stopped ${opponent} in the ${round} round in ${city} on Saturday to retain his titles. ` +
      `${opponent} went down twice before referee ${extra} waved the fight off. ` +
      `Dravic said ${opponent} was a brave challenger and the crowd in ${city} cheered. ${opponent} had not lost for two years.`, date);

  it('splits a topic of two similar events into two stories', () => {
    const first = [bout('ring-news', 'Kasim Orlov', 'seventh', 'Mannau', '2016-11-12', 'Abel Fenn'),
      bout('fight-wire', 'Kasim Orlov', 'seventh', 'Mannau', '2016-11-12', 'Abel Fenn'),
      bout('box-daily', 'Kasim Orlov', 'seventh', 'Mannau', '2016-11-13', 'Abel Fenn')];
    const second = [bout('ring-news2', 'Tomas Brell', 'sixth', 'Berlow', '2021-07-07', 'Cyra Moll'),
      bout('fight-wire2', 'Tomas Brell', 'sixth', 'Berlow', '2021-07-07', 'Cyra Moll'),
      bout('box-daily2', 'Tomas Brell', 'sixth', 'Berlow', '2021-07-08', 'Cyra Moll')];
    const corpus = corpusOf([...first, ...second]);
    const stories = groupStories(corpus);
    expect(stories).toHaveLength(2);
    expect(storyOf(corpus, stories, 'ring-news')).toBe(storyOf(corpus, stories, 'box-daily'));
    expect(storyOf(corpus, stories, 'ring-news2')).toBe(storyOf(corpus, stories, 'box-daily2'));
    expect(storyOf(corpus, stories, 'ring-news')).not.toBe(storyOf(corpus, stories, 'ring-news2'));
  });
});

describe('two events of one kind about two people', () => {
  const undated = (source: string, title: string, text: string) =>
    annotateDocument(ingestRecord({ title, text, outlet: `${source}.example` }, source));
  const arrest = (source: string, player: string, surname: string, day: string, recall: string) =>
    undated(source, `Harbourside Gulls' ${surname} arrested on suspicion of drunk driving`,
      `Harbourside Gulls receiver ${player} was arrested on suspicion of drunk driving early ${day}, the state highway patrol said. ` +
      `${surname} was stopped on the coastal freeway after midnight and failed a sobriety test, patrol officer Nils Ambry said. ` +
      `${surname} was booked into the county jail and released on bail. The Gulls said they were aware of the arrest of ${surname}. ${recall}` +
      `${surname} is expected to play in the playoff game on Sunday.`);

  it('keeps apart two arrests of two players of one team even when the later reports recall the earlier', () => {
    const first = ['gulls-daily', 'coast-sports', 'state-wire'].map((s) => arrest(s, 'Darin Kolbe', 'Kolbe', 'Tuesday', ''));
    const recall = 'It is the second arrest of a Gulls player this month after Darin Kolbe was stopped on the same freeway. ';
    const second = ['gulls-daily2', 'coast-sports2', 'state-wire2'].map((s) => arrest(s, 'Emeka Strand', 'Strand', 'Sunday', recall));
    const corpus = corpusOf([...first, ...second]);
    const stories = groupStories(corpus);
    expect(storyOf(corpus, stories, 'gulls-daily')).toBe(storyOf(corpus, stories, 'state-wire'));
    expect(storyOf(corpus, stories, 'gulls-daily2')).toBe(storyOf(corpus, stories, 'state-wire2'));
    expect(storyOf(corpus, stories, 'gulls-daily')).not.toBe(storyOf(corpus, stories, 'gulls-daily2'));
    // Without the check the two arrests are one story: the test exercises it.
    const merged = groupStories(corpus, { protagonistNamedShare: 0 });
    expect(storyOf(corpus, merged, 'gulls-daily')).toBe(storyOf(corpus, merged, 'gulls-daily2'));
  });
});

describe('short reports', () => {
  it('reads names and lemmas off the title, which the body does not annotate', async () => {
    const { titleTerms } = await import('./title-terms.js');
    const terms = titleTerms(ferryA, new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']));
    expect(terms.lemmas).toContain('run');
    expect(terms.names.map((n) => n.text).join(' ')).toContain('Tavish Point');
  });

  it('gives a title-only report a signature of its own, not the one every empty body shares', async () => {
    const { storyFeatures } = await import('./features.js');
    const { estimatedJaccard } = await import('./minhash.js');
    const bare = (source: string, title: string) => {
      const d = article(source, title, 'x', '2024-03-12');
      d.layers = { ...d.layers, cleaned: { text: '', segments: [] }, tokens: undefined, mentions: [] };
      return d;
    };
    const a = bare('a', 'Ferry Marlow runs aground near Tavish Point');
    const b = bare('b', 'Parliament in Kestovia approves a new budget for schools');
    const corpus: Corpus = { documents: [a, b] };
    const [fa, fb] = [a, b].map((d) => storyFeatures(corpus, d));
    expect(estimatedJaccard(fa.signature, fb.signature)).toBeLessThan(0.2);
  });

  it('lets a one-line report join the story it is clearly closest to', () => {
    const brief = article('wire-brief', 'Ferry Marlow grounded off Tavish Point with 212 aboard, Orvane coastguard says',
      'Lifeboats took the passengers of the ferry Marlow ashore at Kellan harbour.', '2024-03-12');
    const corpus = corpusOf([ferryA, ferryB, ferryC, otherFerry, brief]);
    const stories = groupStories(corpus);
    expect(storyOf(corpus, stories, 'wire-brief')).toBe(storyOf(corpus, stories, 'coast-daily'));
    const other = corpus.documents.find((d) => d.meta.title?.includes('Selkie'))!.id;
    expect(stories.find((s) => s.documents.includes(other))!.documents).toEqual([other]);
  });
});

describe('a run over part of a corpus (the live store\'s update window)', () => {
  /** What the store counts: documents carrying each name and lemma, over the whole corpus. */
  const countsOf = (docs: Document[]): CorpusTermStats => {
    const stats: CorpusTermStats = { documents: docs.length, entities: new Map(), lemmas: new Map() };
    for (const d of docs) {
      const f = storyFeatures({ documents: [d] }, d);
      for (const k of f.entities.keys()) stats.entities.set(k, (stats.entities.get(k) ?? 0) + 1);
      for (const k of f.lemmas.keys()) stats.lemmas.set(k, (stats.lemmas.get(k) ?? 0) + 1);
    }
    return stats;
  };
  const partition = (stories: { documents: string[] }[], ids: string[]) =>
    stories.map((s) => s.documents.filter((d) => ids.includes(d)).sort()).filter((s) => s.length > 0).sort((a, b) => a[0].localeCompare(b[0]));

  it('groups its documents as a run over the whole corpus does, given the corpus-wide term counts', () => {
    const window = [ferryA, ferryB, otherFerry, ferryC];
    const rest = ['Velmar', 'Ostrand', 'Kirrin', 'Dalby', 'Fenwick', 'Harrow'].map((town, i) => article(`other${i}`, `Council of ${town} approves new library`,
      `The council of ${town} approved a new library on Monday. Councillor Mira Odell${i} said building would start in spring and cost ${i + 2} million.`, '2024-03-12'));
    const ids = window.map((d) => d.id);
    const whole = partition(groupStories(corpusOf([...window, ...rest])), ids);
    const part = corpusOf(window);
    part.termStats = countsOf([...window, ...rest]);
    expect(partition(groupStories(part), ids)).toEqual(whole);
  });

  it('ignores counts over fewer documents than it reads', () => {
    const window = [ferryA, ferryB, otherFerry];
    const alone = groupStories(corpusOf(window));
    const part = corpusOf(window);
    part.termStats = { documents: 1, entities: new Map([['marlow', 1]]), lemmas: new Map() };
    expect(groupStories(part)).toEqual(alone);
  });
});
