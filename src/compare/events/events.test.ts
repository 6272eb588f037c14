import { beforeAll, describe, expect, it } from 'vitest';
import { ingestRecord } from '../../ingest/record.js';
import { analyzeDocuments } from '../../pipeline/analyze.js';
import type { Corpus } from '../../model/corpus.js';
import { bareEventMention, buildEventMention, candidatePairs, claimEventMentions, clusterEvents, compareEvents, EVENT_COREF_CONFIG, type EventMention, mentionReader, sameEventScore, tokenAt } from './index.js';

/** Fictional one-story reports, each sentence written to exercise one mechanism. */
const ARTICLES = [
  'Ilse Varga attacked Tomas Brekke outside the town hall in Port Selwyn on Tuesday.',
  'Tomas Brekke was attacked by Ilse Varga outside the town hall in Port Selwyn on Tuesday.',
  'Tomas Brekke attacked Ilse Varga outside the town hall in Port Selwyn on Tuesday.',
  'Witnesses described the attack on Tomas Brekke by Ilse Varga outside the town hall in Port Selwyn.',
  'Police confirmed Ilse Varga\'s arrest in Port Selwyn on 3 March 2026.',
  'Ilse Varga was arrested in Port Selwyn on 3 March 2026.',
  'Ilse Varga was arrested in Port Selwyn on 9 May 2025.',
  'Ilse Varga killed Tomas Brekke in Port Selwyn on 3 March 2026.',
  'Ilse Varga murdered Tomas Brekke in Port Selwyn on 3 March 2026.',
  'Ilse Varga visited Tomas Brekke in Port Selwyn on 3 March 2026.',
  'Tomas Brekke died in Port Selwyn on 3 March 2026.',
];

let corpus: Corpus;

beforeAll(() => {
  const docs = ARTICLES.map((text, i) => ingestRecord({ text: `Report ${i + 1}\n\n${text}`, outlet: `outlet${i}.example`, published: '2026-03-04T10:00:00+00:00' }, `a${i}`));
  corpus = analyzeDocuments(docs).corpus;
});

/** The event mention of the first occurrence of `word` in article `i`. */
function mention(i: number, word: string): EventMention {
  const doc = corpus.documents[i];
  const at = doc.text.indexOf(word);
  if (at < 0) throw new Error(`"${word}" not in article ${i}`);
  return buildEventMention(doc, tokenAt(doc, at), `${i}:${word}`, (d, m) => corpus.mentionEntity?.get(`${d}:${m}`));
}

const nameOf = (id: string | undefined) => corpus.entities?.find((e) => e.id === id)?.name ?? '';

describe('event mentions', () => {
  it('reads agent and patient of an active verb', () => {
    const m = mention(0, 'attacked');
    expect(nameOf(m.agent?.entity)).toContain('Varga');
    expect(nameOf(m.patient?.entity)).toContain('Brekke');
  });

  it('reads a passive verb: the subject is the patient, the by-phrase the agent', () => {
    const m = mention(1, 'attacked');
    expect(nameOf(m.agent?.entity)).toContain('Varga');
    expect(nameOf(m.patient?.entity)).toContain('Brekke');
  });

  it('reads a nominal trigger: "the attack on X by Y"', () => {
    const m = mention(3, 'attack');
    expect(m.pos).toBe('noun');
    expect(nameOf(m.agent?.entity)).toContain('Varga');
    expect(nameOf(m.patient?.entity)).toContain('Brekke');
  });

  it('keeps a possessor of a nominal trigger as a participant without a role ("X\'s arrest")', () => {
    const m = mention(4, 'arrest');
    expect(m.agent).toBeNull();
    expect(m.participants.map((p) => nameOf(p.entity)).join()).toContain('Varga');
  });

  it('gives one mention per claim predicate, at the predicate', () => {
    const doc = corpus.documents[0];
    const claim = doc.layers.claims!.find((c) => c.predicates.some((p) => p.lemma === 'attack'))!;
    const mentions = claimEventMentions(doc, claim, (d, m) => corpus.mentionEntity?.get(`${d}:${m}`));
    expect(mentions.map((m) => m.lemma)).toContain('attack');
    expect(nameOf(mentions.find((m) => m.lemma === 'attack')!.agent?.entity)).toContain('Varga');
  });

  it('dates the event with the calendar values of its clause', () => {
    expect(mention(5, 'arrested').times.map((t) => t.earliest)).toEqual(['2026-03-03']);
  });
});

describe('same event', () => {
  it('an active and a passive report with the same roles are one event', () => {
    const c = compareEvents(mention(0, 'attacked'), mention(1, 'attacked'));
    expect(c.clashes).toEqual([]);
    expect(c.agreements).toEqual(expect.arrayContaining(['agent', 'patient']));
    expect(c.score).toBeGreaterThanOrEqual(EVENT_COREF_CONFIG.mergeThreshold);
  });

  it('a nominal and a verbal report with the same roles are one event', () => {
    expect(compareEvents(mention(3, 'attack'), mention(1, 'attacked')).clashes).toEqual([]);
    expect(sameEventScore(mention(3, 'attack'), mention(1, 'attacked'))).toBeGreaterThanOrEqual(EVENT_COREF_CONFIG.mergeThreshold);
  });

  it('swapped roles are a different event', () => {
    const c = compareEvents(mention(0, 'attacked'), mention(2, 'attacked'));
    expect(c.clashes).toContain('role-swap');
    expect(c.score).toBeLessThan(EVENT_COREF_CONFIG.mergeThreshold);
  });

  it('dates that do not overlap are a different event', () => {
    const c = compareEvents(mention(5, 'arrested'), mention(6, 'arrested'));
    expect(c.clashes).toEqual(['time']);
    expect(c.score).toBeLessThan(compareEvents(mention(5, 'arrested'), mention(4, 'arrest')).score);
  });

  it('synonyms with the same participants merge; another action of the same people does not', () => {
    const mentions = [mention(7, 'killed'), mention(8, 'murdered'), mention(9, 'visited')];
    const clusters = clusterEvents(mentions, () => 'story').map((c) => c.map((m) => m.lemma).sort());
    expect(clusters).toContainEqual(['kill', 'murder']);
    expect(clusters).toContainEqual(['visit']);
  });

  it('an event and the state it brings about are one happening: the one who died is the one killed', () => {
    const died = mention(10, 'died');
    expect(died.agent).toBeNull();
    expect(nameOf(died.patient?.entity)).toContain('Brekke');
    const c = compareEvents(mention(7, 'killed'), died);
    expect(c.clashes).toEqual([]);
    expect(c.score).toBeGreaterThanOrEqual(EVENT_COREF_CONFIG.mergeThreshold);
  });

  it('clusters within a story only', () => {
    const a = mention(0, 'attacked');
    const b = mention(1, 'attacked');
    expect(clusterEvents([a, b], (m) => m.doc)).toHaveLength(2);
    expect(clusterEvents([a, b], () => 'one story')).toHaveLength(1);
  });

  it('mentions of one predicate compute their meaning once', () => {
    expect(mention(0, 'attacked').predicate).toBe(mention(2, 'attacked').predicate);
  });
});

describe('mention reader', () => {
  it('reads a trigger once and gives each caller its own id, the mention otherwise as built', () => {
    const doc = corpus.documents[1];
    const token = tokenAt(doc, doc.text.indexOf('attacked'));
    const entityOf = (d: string, m: number) => corpus.mentionEntity?.get(`${d}:${m}`);
    let asked = 0;
    const read = mentionReader((d, m) => { asked++; return entityOf(d, m); });
    const first = read(doc, token, 'claim-a');
    const afterFirst = asked;
    const second = read(doc, token, 'claim-b');
    expect(asked).toBe(afterFirst);
    expect(first.id).toBe('claim-a');
    expect(second.id).toBe('claim-b');
    expect({ ...second, id: 'x' }).toEqual({ ...buildEventMention(doc, token, 'fresh', entityOf), id: 'x' });
    expect(read(doc, token, 'claim-a')).toBe(first);
  });
});

describe('candidate pairs', () => {
  /** Bare mentions of made-up lemmas (no key in common), with "attack" at the given positions. */
  const story = (n: number, attacks: number[]) =>
    Array.from({ length: n }, (_, i) => bareEventMention('d', { start: i, end: i + 1 }, attacks.includes(i) ? 'attack' : `zq${i}x`, `m${i}`));

  it('lists each pair sharing a key once, in a small story and past the bitmap size alike', () => {
    expect(candidatePairs(story(10, [1, 4, 7]))).toEqual([[1, 4], [1, 7], [4, 7]]);
    expect(candidatePairs(story(4200, [3, 4100, 4199]))).toEqual([[3, 4100], [3, 4199], [4100, 4199]]);
  });
});
