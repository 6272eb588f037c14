import { describe, expect, it } from 'vitest';
import type { Dossier, DossierClaim, DossierSide, DossierStory, DossierTimelineEntry } from '../model/dossier.js';
import { renderHtml } from './html.js';
import { TIME_CODE } from './human-date.js';
import { renderMarkdown } from './markdown.js';
import { SUMMARY } from './config.js';
import { claimDisputes, claimWords, coverage, stanceMarks } from './summary.js';
import { timelineAxis } from './timeline-axis.js';

// A hand-made dossier: three outlets report a flood; two give one date for the collapse, one
// another; a toll is updated a day later; many single-source claims and dates of every shape.
const TEXT = 'The Velm Dam failed on 3 March. The flood killed 12 people, officials said. The Velm Dam failed on 5 March. The flood killed 31 people.';
const at = (doc: string, words: string) => ({ document: doc, start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length, text: words });
const side = (publisher: string, doc: string, value: string, words: string, published: string | null, speaker?: string, claimId = 's1:c1'): DossierSide => ({
  publisher, value, evidence: at(doc, words), claim: claimId, published,
  ...(speaker ? { attribution: { kind: 'speaker' as const, name: speaker, quoted: false } } : {}),
});
const claim = (id: string, text: string, status: DossierClaim['status'], publishers: string[], checkworthiness: number, conflicts: string[] = []): DossierClaim => ({
  id, text, status, publishers, actor: null, action: null, target: null, polarity: 'positive', hedge: null, when: null,
  evidence: publishers.map((p) => ({ ...at('d1', 'The flood killed 12 people'), publisher: p })), conflicts, checkworthiness,
  attribution: { kind: 'outlet', name: publishers[0] }, unclear: [],
});
const entry = (date: string, granularity: DossierTimelineEntry['granularity'], earliest: string, latest: string, what: string, words = 'The Velm Dam failed', doc = 'd1'): DossierTimelineEntry => ({
  date, granularity, earliest, latest, what, anchor: 'publication', evidence: [at(doc, words)],
});

function fixture(): Dossier {
  const single = Array.from({ length: 12 }, (_, i) => claim(`s1:c${10 + i}`, `Single-source statement number ${i}.`, 'single-source', ['p:herald'], i / 20));
  const story: DossierStory = {
    id: 's1', title: 'Velm Dam fails', documents: ['d1', 'd2', 'd3', 'd4'],
    published: { earliest: '2025-03-06T10:00:00+00:00', latest: '2025-03-07' },
    publishers: [
      { id: 'p:herald', name: 'Herald', original: 'd1', copies: [{ document: 'd4', reason: 'credit line names Herald' }] },
      { id: 'p:observer', name: 'Observer', original: 'd2', copies: [] },
      { id: 'p:post', name: 'Post', original: 'd3', copies: [] },
    ],
    entities: Array.from({ length: 9 }, (_, i) => ({ id: `e${i}`, type: 'PER' as const, name: `Person ${i}`, aliases: [`Person ${i}`], roles: [], mentions: [at('d1', 'officials')] })),
    possibleAliases: [],
    claims: [
      claim('s1:c1', 'The Velm Dam failed on 3 March.', 'corroborated', ['p:herald', 'p:observer', 'p:post'], 0.9, ['s1:x1']),
      claim('s1:c2', 'The flood killed 12 people, officials said.', 'corroborated', ['p:herald', 'p:post'], 0.8),
      ...single,
    ],
    conflicts: [{ id: 's1:x1', kind: 'date', about: 'when the Velm Dam failed', sides: [
      side('p:herald', 'd1', '"3 March" (2025-03-03)', 'The Velm Dam failed on 3 March', '2025-03-06T10:00:00+00:00'),
      side('p:observer', 'd2', '"3 March" (2025-03-03)', 'The Velm Dam failed on 3 March', null),
      side('p:post', 'd3', '"5 March" (2025-03-05)', 'The Velm Dam failed on 5 March', '2025-03-07'),
    ] }],
    divergences: [{ id: 's1:u1', kind: 'update', about: 'how many people, as reported over time', sides: [
      side('p:herald', 'd1', '12 people', 'The flood killed 12 people', '2025-03-06T10:00:00+00:00', 'officials', 's1:c2'),
      side('p:post', 'd3', '31 people', 'The flood killed 31 people', '2025-03-07', undefined, 's1:c2'),
    ] }],
    timeline: [
      entry('197', 'decade', '1970-01-01', '1979-12-31', 'the dam was built'),
      entry('2024-FA', 'season', '2024-09-01', '2024-11-30', 'engineers warned'),
      entry('2025-03-03', 'day', '2025-03-03', '2025-03-03', 'the Velm Dam failed', 'The Velm Dam failed on 3 March'),
      entry('2025-03-05', 'day', '2025-03-05', '2025-03-05', 'the Velm Dam failed', 'The Velm Dam failed on 5 March', 'd3'),
      entry('2025-W10', 'week', '2025-03-03', '2025-03-09', 'rescuers searched'),
      entry('2025-W10-WE', 'week', '2025-03-08', '2025-03-09', 'rain forecast'),
      entry('2025-03-06', 'day', '2025-03-06', '2025-03-06', 'boats reached the town'),
      entry('2025-03', 'month', '2025-03-01', '2025-03-31', 'the flood season'),
    ],
    quotes: [], quantities: [], warnings: [], actorGraph: [],
  };
  const doc = (id: string, outlet: string | null, title: string, published: string | null, publisher: string) => ({
    id, source: `${id}.txt`, format: 'text', title, outlet, byline: null, url: null, published, publishedPrecision: null, zone: null, language: 'en',
    syndicatedFrom: null, publisher, spans: [], length: TEXT.length, stats: { sentences: 4, tokens: 30, mentions: 1, times: 2, quotes: 0, claims: 4 },
  });
  const other: DossierStory = { ...story, id: 's2', title: 'Port strike', documents: ['d5'], publishers: [{ id: 'p:wire', name: 'Wire', original: 'd5', copies: [] }], claims: [], conflicts: [], divergences: [], timeline: [], entities: [] };
  return {
    generator: { name: 'triangulate', version: 'test', createdAt: '2025-03-08T12:00:00.000Z' },
    documents: [
      doc('d1', 'Herald', 'Dam fails above Velm', '2025-03-06T10:00:00+00:00', 'p:herald'),
      doc('d2', 'Observer', 'Velm flood', null, 'p:observer'),
      doc('d3', 'Post', 'Toll climbs in Velm', '2025-03-07', 'p:post'),
      doc('d4', null, 'Dam fails above Velm', '2025-03-06T12:00:00+00:00', 'p:herald'),
      doc('d5', 'Wire', 'Port strike', '2025-03-01', 'p:wire'),
    ],
    stories: [story, other],
    errors: [],
  };
}

describe('Markdown dossier: summary first', () => {
  const md = renderMarkdown(fixture());

  it('opens with an overview, then per story: disputed, updates, corroborated, coverage, timeline', () => {
    const order = ['## Overview', '## Story s1', '### Disputed', '### Updates', '### Corroborated', '### Coverage', '### Timeline', '### Single source'];
    const positions = order.map((h) => md.indexOf(h));
    expect(positions.every((p) => p >= 0), `${order.filter((_, i) => positions[i] < 0)}`).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('gives each disputed value its outlets, publication times and speakers', () => {
    expect(md).toContain('**3 March 2025** (Herald, 6 Mar 2025 10:00; Observer) vs **5 March 2025** (Post, 7 Mar 2025)');
    expect(md).toContain('**12 people** (Herald, 6 Mar 2025 10:00, citing officials) → **31 people** (Post, 7 Mar 2025)');
  });

  it('marks dissent only on the publisher in the minority', () => {
    expect(md).toMatch(/The Velm Dam failed on 3 March\. — Herald, Observer, Post; ✖ Post says 5 March 2025/);
    expect(md).not.toMatch(/✖ (Herald|Observer)/);
  });

  it('tells a corroborated toll with its later figure, as an update and not a dissent', () => {
    expect(md).toContain('The flood killed 12 people, officials said. — Herald, Post; ↻ updated: 12 people (Herald) → 31 people (Post)');
    expect(md).not.toMatch(/✖ Post says 31 people/);
  });

  it('lists only the most check-worthy single-source claims and the top entities', () => {
    expect(md).toContain('Single-source statement number 11.');
    expect(md).not.toContain('Single-source statement number 0.');
    expect(md).toContain(`${12 - SUMMARY.singleSourceShown} more single-source claims`);
    expect(md).toContain(`${9 - SUMMARY.entitiesShown} more entities`);
  });

  it('shows who covered the story, who was first and who did not', () => {
    expect(md).toMatch(/\| Herald \| Dam fails above Velm \| 6 Mar 2025 10:00 \| first \|/);
    expect(md).toMatch(/\| no outlet named \| Dam fails above Velm \| 6 Mar 2025 12:00 \| copy of Herald \|/);
    expect(md).toContain('Not covered by: Wire.');
  });

  it('says every date in words: no TimeML code or ISO date anywhere', () => {
    expect(md.match(TIME_CODE)?.[0] ?? null).toBeNull();
    expect(md).toContain('autumn 2024');
    expect(md).toContain('the 1970s');
    expect(md).toContain('week of 3 March 2025');
  });
});

describe('an altered copy names the outlet that ran it', () => {
  // Herald's report copied by another outlet (d4, credited to Herald) with its date changed.
  const dossier = fixture();
  const story = dossier.stories[0];
  story.conflicts.push({ id: 's1:x2', kind: 'date', about: 'when: the copy changes "3 March" to "5 March"', sides: [
    side('p:herald', 'd1', '"3 March" (2025-03-03)', 'The Velm Dam failed on 3 March', '2025-03-06T10:00:00+00:00'),
    { ...side('p:herald', 'd4', '"5 March" (2025-03-05)', 'The Velm Dam failed on 5 March', '2025-03-06T12:00:00+00:00'), alteredCopyOf: 'd1', copiedBy: 'Valley Gazette' },
  ] });

  it('in Markdown: the copy under its own outlet, marked as Herald\'s copy', () => {
    const md = renderMarkdown(dossier);
    expect(md).toContain('(Valley Gazette (altered copy of Herald), 6 Mar 2025 12:00)');
    expect(md).toContain('  - Valley Gazette, a copy of Herald\'s `d1` that changes it: >');
  });

  it('in HTML: the same words', () => {
    expect(renderHtml(dossier)).toContain('Valley Gazette (altered copy of Herald), 6 Mar 2025 12:00');
  });
});

describe('a claim that is one clause of its sentence', () => {
  const sentence = 'Engineers who visited the site said the wall failed first, releasing the reservoir into the gorge.';
  const clause = 'releasing the reservoir into the gorge.';
  const c = { text: clause, sentence: { text: sentence, clauseStart: sentence.indexOf(clause), clauseEnd: sentence.length } };

  it('is shown within its sentence, the clause marked', () => {
    expect(claimWords(c, 200)).toEqual({ before: 'Engineers who visited the site said the wall failed first, ', clause, after: '' });
    const dossier = fixture();
    dossier.stories[0].claims[1] = { ...dossier.stories[0].claims[1], ...c };
    expect(renderMarkdown(dossier)).toContain(`2. Engineers who visited the site said the wall failed first, **${clause}**`);
    expect(renderHtml(dossier)).toContain(`first, <b class="clause">${clause}</b>`);
  });

  it('keeps the words before the clause first and cuts at word boundaries', () => {
    const w = claimWords(c, 45);
    expect(w.clause).toBe(clause);
    expect(w.before).toBe('…the site said the wall failed first, ');
    expect(claimWords({ text: 'The flood killed twelve people in the town overnight.' }, 30)).toEqual({ before: '', clause: 'The flood killed twelve…', after: '' });
  });
});

describe('HTML dossier: summary first, full tables behind toggles', () => {
  const html = renderHtml(fixture());
  const visible = html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ');

  it('puts the whole claim matrix behind a toggle, after the summary', () => {
    expect(html).toMatch(/<details><summary>All 14 claims, claim × publisher<\/summary>/);
    expect(html.indexOf('Disputed')).toBeLessThan(html.indexOf('Corroborated, most check-worthy first'));
    expect(html.indexOf('Corroborated, most check-worthy first')).toBeLessThan(html.indexOf('<h3>Coverage'));
    expect(html.indexOf('<h3>Coverage')).toBeLessThan(html.indexOf('All 14 claims'));
  });

  it('notes the later figure in the updating publisher\'s cell, still asserting the event', () => {
    const marks = stanceMarks(fixture().stories[0].claims[1], fixture().stories[0]);
    expect(marks.get('p:post')).toEqual({ mark: '✔', note: 'updated: 31 people' });
    expect(marks.get('p:herald')).toEqual({ mark: '✔', note: null });
  });

  it('marks the dissenting cell only', () => {
    const row = /<tr class="corroborated" id="s1:c1">([\s\S]*?)<\/tr>/.exec(html)![1];
    expect(row.match(/class="cell dissent"/g)).toHaveLength(1);
    expect(row).toContain('when the Velm Dam failed: 5 March 2025');
  });

  it('marks the disputed dates on the timeline and says every date in words', () => {
    expect(html.match(/<li class="disputed">/g)).toHaveLength(2);
    expect(visible.match(TIME_CODE)?.[0] ?? null).toBeNull();
    expect(visible).toContain('weekend of 8 March 2025');
  });
});

describe('summary helpers', () => {
  it('finds no dissenter in an even split', () => {
    const d = fixture();
    const story = d.stories[0];
    story.conflicts[0].sides = story.conflicts[0].sides.filter((s) => s.publisher !== 'p:observer');
    const [dispute] = claimDisputes(story.claims[0], story);
    expect(dispute.majority).toBeNull();
    const marks = stanceMarks(story.claims[0], story);
    expect(marks.get('p:herald')!.mark).toBe('≠');
    expect(marks.get('p:post')!.mark).toBe('≠');
    expect(marks.get('p:observer')!.mark).toBe('✔');
  });

  it('orders coverage by publication time and marks the first original', () => {
    const { rows } = coverage(fixture().stories[0], fixture());
    expect(rows.map((r) => r.document)).toEqual(['d1', 'd4', 'd3', 'd2']);
    expect(rows[0].role).toBe('first');
  });

  it('lets a copy that stands for its publisher be first, still saying whose copy it is', () => {
    const dossier = fixture();
    const story = dossier.stories[0];
    // Herald's report is only in the pile as a republication, published first.
    story.publishers[0] = { ...story.publishers[0], original: 'd4', copies: [{ document: 'd4', reason: 'credit line names Herald' }] };
    story.documents = ['d2', 'd3', 'd4'];
    dossier.documents = dossier.documents.map((d) => (d.id === 'd4' ? { ...d, published: '2025-03-06T08:00:00+00:00' } : d));
    const { rows } = coverage(story, dossier);
    expect(rows[0]).toMatchObject({ document: 'd4', role: 'first', copyReason: 'credit line names Herald' });
    expect(renderMarkdown(dossier)).toMatch(/\| 6 Mar 2025 08:00 \| first, copy of Herald \|/);
  });

  it('zooms the timeline to its dense period, folding the 1970s and the autumn before', () => {
    const axis = timelineAxis(fixture().stories[0]);
    expect(axis.folded).toBe(true);
    expect(axis.before.map((r) => r.when)).toEqual(['the 1970s', 'autumn 2024']);
    expect(axis.rows.filter((r) => r.disputed).map((r) => r.when)).toEqual(['3 March 2025', '5 March 2025']);
    expect(timelineAxis(fixture().stories[0], { fold: false }).before).toEqual([]);
  });
});
