import { describe, expect, it } from 'vitest';
import type { Corpus } from '../model/corpus.js';
import { analyseStory, type StoryArticle } from '../../test/support/verdicts.js';

/** Fictional coverage of a fictional fraud case, the charges counted by outlets in their own words. */
const CASE = { title: 'Former Harbour Bank chief Kara Lund charged', lead: 'Prosecutors in Arnhold brought charges against Kara Lund, the former head of Harbour Bank, on Tuesday.' };
const REST: Record<string, string> = {
  'Arnhold Courier': 'Her lawyer said she would fight the case in court.',
  'Valley Post': 'The bank collapsed last year, leaving thousands of savers without their deposits.',
};
const article = (outlet: string, line: string, published: string | undefined): StoryArticle => ({ outlet, published, lines: [line, REST[outlet]] });
const held = (corpus: Corpus) => (corpus.conflicts ?? []).filter((c) => /^how many .* Lund has/.test(c.about));
/** The case as two outlets tell it, each line in its outlet's article. */
const tell = (courier: string, post: string, dates: [string | undefined, string | undefined] = ['2026-05-09T18:00:00Z', '2026-05-09T18:00:00Z']) =>
  analyseStory(CASE, [article('Arnhold Courier', courier, dates[0]), article('Valley Post', post, dates[1])]);
const FACES = 'Kara Lund faces 37 counts of fraud after a two-year investigation.';

/** A fictional player's night, for figures a story gives one actor many of. */
const GAME = { title: 'Tova Brandt leads the Lions', lead: 'Tova Brandt led the Arnhold Lions past the Rovers on Friday.' };
const night = (courier: string[], post: string[]) => analyseStory(GAME, [
  { outlet: 'Arnhold Courier', published: '2026-03-06T22:00:00Z', lines: courier },
  { outlet: 'Valley Post', published: '2026-03-06T23:00:00Z', lines: post },
]);
const points = (corpus: Corpus) => (corpus.conflicts ?? []).filter((c) => /how many points/.test(c.about));

describe('a count one named actor holds, told with different verbs', () => {
  it('sets "charged with 34 counts of fraud" against "faces 37 counts of fraud"', () => {
    const found = held(tell('Kara Lund was charged with 34 counts of fraud.', FACES));
    expect(found.map((c) => c.sides.map((s) => s.value).sort())).toEqual([['34 counts', '37 counts']]);
    expect(found[0].about).toMatch(/counts of fraud/);
  });

  it('reads the holder from a named object before the figure ("charged Kara Lund with 34 counts"), and a date after it as no limit', () => {
    const found = held(tell('Prosecutors charged Kara Lund with 34 counts of fraud on Tuesday.', FACES));
    expect(found.map((c) => c.sides.map((s) => s.value).sort())).toEqual([['34 counts', '37 counts']]);
  });

  // Each control differs from the conflict above in the one respect its name gives.
  it.each([
    ['two different charges (fraud, money laundering)', 'Kara Lund was charged with 34 counts of fraud.', 'Kara Lund faces 12 counts of money laundering after a two-year investigation.'],
    ['an approximation the other figure satisfies ("more than 30", "37")', 'Kara Lund was charged with more than 30 counts of fraud.', FACES],
    ['a source\'s figure against an outlet\'s own', 'Kara Lund was charged with 34 counts of fraud, her lawyer said.', FACES],
    ['a figure inside a quotation', '"Kara Lund was charged with 34 counts of fraud and she will answer every one," the prosecutor told reporters.', FACES],
    ['a report giving the actor two counts of one thing', 'Kara Lund was charged with 34 counts of fraud. Kara Lund faces 12 counts of fraud in a second case.', FACES],
    ['a figure limited to a part ("in the first indictment")', 'Kara Lund was charged with 34 counts of fraud in the first indictment.', FACES],
    ['a generic counted noun (people)', 'Kara Lund employed 340 people at the bank.', 'Kara Lund employed 410 people at the bank.'],
  ])('never sets against each other: %s', (_, courier, post) => {
    expect(held(tell(courier, post))).toEqual([]);
  });

  it('compares a stage of the case only with the same stage once a report tells two (charged with 34, convicted on 12)', () => {
    const corpus = analyseStory(CASE, [
      article('Arnhold Courier', 'Kara Lund was convicted on 12 counts of fraud.', '2026-05-09T18:00:00Z'),
      article('Valley Post', FACES, '2026-05-09T19:00:00Z'),
      { outlet: 'Coast Herald', published: '2026-05-09T20:00:00Z', lines: ['Kara Lund was charged with 34 counts of fraud in March.', 'On Friday a jury convicted Kara Lund on 12 counts of fraud.'] },
    ]);
    expect(held(corpus)).toEqual([]);
  });

  it('leaves out undated reports: they may tell two moments of the count years apart', () => {
    expect(held(tell('Kara Lund was charged with 34 counts of fraud.', FACES, [undefined, undefined]))).toEqual([]);
  });

  it('reads a later report that says the count moved as an update, not a conflict', () => {
    const corpus = tell('Kara Lund was charged with 12 counts of fraud.', 'Kara Lund now faces 34 counts of fraud after prosecutors widened the case.', ['2026-05-01T10:00:00Z', '2026-05-20T10:00:00Z']);
    expect(held(corpus)).toEqual([]);
    const updates = (corpus.divergences ?? []).filter((d) => d.kind === 'update' && /counts of fraud/.test(d.about));
    expect(updates.map((d) => d.sides.map((s) => s.value))).toEqual([['12 counts', '34 counts']]);
  });

  it('gives no figure to an actor that a noun between owns ("broke the school scoring record of 2,116 points")', () => {
    expect(points(night(['Tova Brandt broke Ada Moss\'s school scoring record of 2,116 points with a free throw.'], ['Tova Brandt scored 23 points as the Lions beat the Rovers.']))).toEqual([]);
  });

  it('leaves out a report that gives the holder another tally of the same noun (a spell\'s points and the game\'s)', () => {
    expect(points(night(['Tova Brandt had 17 points before the coach rested her.', 'Brandt\'s 25 points were a career high.'], ['Tova Brandt scored 25 points as the Lions beat the Rovers.']))).toEqual([]);
  });
});

describe('a count a named body holds', () => {
  it('sets "won 41 seats" against "took 44 seats"', () => {
    const corpus = analyseStory({ title: 'Harbour Party wins the Arnhold vote', lead: 'Voters in Arnhold elected a new regional assembly on Sunday.' }, [
      { outlet: 'Arnhold Courier', published: '2026-05-11T08:00:00Z', lines: ['The Harbour Party won 41 seats, its best result in a decade.'] },
      { outlet: 'Valley Post', published: '2026-05-11T09:00:00Z', lines: ['Turnout was high, and the Harbour Party took 44 seats.'] },
    ]);
    const seats = (corpus.conflicts ?? []).filter((c) => /seats/.test(c.about));
    expect(seats.map((c) => c.sides.map((x) => x.value).sort())).toEqual([['41 seats', '44 seats']]);
  });

  // Only this reader's conflicts: aligned claims pair "won" with "gained" (one WordNet sense) on their own.
  it.each([['gained nine seats'], ['lost 12 seats']])('never reads a change in seats ("%s") as the seats held', (change) => {
    const corpus = analyseStory({ title: 'Harbour Party wins the Arnhold vote', lead: 'Voters in Arnhold elected a new regional assembly on Sunday.' }, [
      { outlet: 'Arnhold Courier', published: '2026-05-11T08:00:00Z', lines: ['The Harbour Party won 41 seats, its best result in a decade.'] },
      { outlet: 'Valley Post', published: '2026-05-11T09:00:00Z', lines: [`Turnout was high, and the Harbour Party ${change}.`] },
    ]);
    expect((corpus.conflicts ?? []).filter((c) => /^how many seats .* has/.test(c.about))).toEqual([]);
  });
});

describe('a tally of one body\'s vote on one measure', () => {
  const VOTE = { title: 'Arnhold Senate passes the ferry bill', lead: 'The Arnhold Senate approved the ferry bill on Tuesday after a long debate.' };
  const vote = (lines: string[]) => analyseStory(VOTE, lines.map((line, i) => ({ outlet: ['Arnhold Courier', 'Valley Post', 'Coast Herald'][i], published: `2026-05-12T1${i}:00:00Z`, lines: [line] })));
  const tallies = (corpus: Corpus) => (corpus.conflicts ?? []).filter((c) => /^the tally of/.test(c.about));

  it('reads "voted 69-30 to pass the bill", "the bill passed the Senate 68-32" and "passed the bill 69-30" as one vote', () => {
    const found = tallies(vote(['The Arnhold Senate voted 69-30 to pass the ferry bill.', 'The ferry bill passed the Arnhold Senate 68-32.', 'The Arnhold Senate passed the ferry bill 69-30 on Tuesday.']));
    expect(found).toHaveLength(1);
    expect(found[0].about).toBe('the tally of Arnhold Senate on the ferry bill');
    expect(new Set(found[0].sides.map((s) => s.value))).toEqual(new Set(['69-30', '68-32']));
  });

  it('never sets two votes on two measures against each other', () => {
    expect(tallies(vote(['The Arnhold Senate voted 69-30 to pass the ferry bill.', 'The Arnhold Senate voted 52-47 to confirm Ada Moss as treasurer.']))).toEqual([]);
  });

  it('never sets a tally against a report that gives it too (two votes told by one report)', () => {
    expect(tallies(vote(['The Arnhold Senate voted 69-30 to pass the ferry bill.', 'The Arnhold Senate passed the ferry bill 68-32, a week after a 69-30 vote to end debate.']))).toEqual([]);
  });
});
