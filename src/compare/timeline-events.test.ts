import { describe, expect, it } from 'vitest';
import { analyseStory } from '../../test/support/verdicts.js';
import { claimViews } from './claim-view.js';
import { buildTimeline } from './timeline.js';
import { describeEvent } from './event-label.js';
import { datedEventClusters, datedKey, datedPredicate } from './timeline-events.js';

/** Fictional coverage of a fictional arrest, dated by two outlets. */
const story = { title: 'Arnhold warehouse fire: night porter Jon Vale arrested', lead: 'A night porter has been arrested over the fire that destroyed the Kelby Mills warehouse in Arnhold.' };
const corpus = analyseStory(story, [
  { outlet: 'Arnhold Courier', published: '2026-03-05T09:00:00Z', lines: [
    'Mountain of debris still blocks the river road, the council said.',
    'Officers arrested night porter Jon Vale on March 3, 2026, outside his flat in Arnhold.',
  ] },
  { outlet: 'Valley Post', published: '2026-03-05T12:00:00Z', lines: [
    'Insurers have begun to count the cost of the blaze.',
    'Night porter Jon Vale, who was arrested on March 3, 2026, denies starting the fire.',
  ] },
]);
const views = claimViews(corpus, new Set(corpus.stories![0].documents));
const dated = views.flatMap((v, i) => v.times.filter((t) => t.type === 'DATE' && t.earliest === '2026-03-03').map((t) => ({ view: i, key: datedKey(i, t) })));

describe('dated events', () => {
  it('puts one arrest, dated by two outlets, in one event', () => {
    expect(dated).toHaveLength(2);
    const events = datedEventClusters(corpus, views);
    expect(events.get(dated[0].key)).toBeDefined();
    expect(events.get(dated[0].key)).toBe(events.get(dated[1].key));
  });

  it('makes one timeline entry of statements the event model joins, though their claims are apart', () => {
    const apart = new Map(views.map((_, i) => [i, `claim-${i}`]));
    const describe = () => 'arrest';
    expect(buildTimeline(corpus.stories![0], views, apart, describe).filter((e) => e.earliest === '2026-03-03')).toHaveLength(2);
    const joined = new Map(dated.map((d) => [d.key, 'e1']));
    const entries = buildTimeline(corpus.stories![0], views, apart, describe, joined).filter((e) => e.earliest === '2026-03-03');
    expect(entries).toHaveLength(1);
    expect(new Set(entries[0].evidence.map((x) => x.doc)).size).toBe(2);
  });
});

describe('the predicate a date belongs to', () => {
  it('takes the nearest verb, a verb after the date counting double', () => {
    const arrested = { start: 10, end: 18 };
    const denies = { start: 40, end: 46 };
    expect(datedPredicate([arrested, denies], { start: 22, end: 35 })).toBe(arrested);
    expect(datedPredicate([arrested, denies], { start: 30, end: 36 })).toBe(denies);
    expect(datedPredicate([], { start: 0, end: 1 })).toBeNull();
  });

  it('gives the date to the verb of saying, not to the verb behind "that" it reports', () => {
    const text = 'Minister Ana Kovac said after talks with her Harlow counterpart on Tuesday that the port would stay shut.';
    const at = (word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });
    const said = at('said');
    const stay = at('stay');
    expect(datedPredicate([said, stay], at('Tuesday'), text)).toBe(said);
    // Without "that" between them, the nearer verb after the date keeps it.
    const plain = 'Dockers walked out on Tuesday and stayed out for a week.';
    const near = (word: string) => ({ start: plain.indexOf(word), end: plain.indexOf(word) + word.length });
    const walked = near('walked');
    expect(datedPredicate([walked, near('stayed')], near('Tuesday'), plain)).toBe(walked);
  });
});

describe('a date written once', () => {
  it('makes one timeline entry, though the clause and the event noun inside it are both read as dated', () => {
    const talks = analyseStory({ title: 'Harlow dock talks end without a deal', lead: 'Talks between the dockers and the port ended without a deal.' }, [
      { outlet: 'Harlow Gazette', published: '2026-09-22T09:00:00Z', lines: ['The two sides held nine hours of talks on Saturday in Pellam.', 'The union will meet again next month.'] },
    ]);
    const talkViews = claimViews(talks, new Set(talks.stories![0].documents));
    const saturday = talkViews.flatMap((v) => v.times.filter((t) => t.text === 'Saturday').map((t) => `${v.doc.id}:${t.start}`));
    // Read twice: by the clause and by the dated event noun ("talks on Saturday").
    expect(saturday.length).toBeGreaterThan(1);
    expect(new Set(saturday).size).toBe(1);
    const entries = buildTimeline(talks.stories![0], talkViews, new Map(), describeEvent).filter((e) => e.earliest === '2026-09-19');
    expect(entries.map((e) => e.what)).toEqual([expect.stringMatching(/^The two sides held nine hours of talks/)]);
  });
});
