import { describe, expect, it } from 'vitest';
import { analyseStory } from '../../test/support/verdicts.js';
import { claimViews, type ClaimView } from './claim-view.js';
import type { TimeExpression } from '../model/time.js';
import { describeEvent } from './event-label.js';
import { datedPredicate } from './timeline-events.js';

/** Fictional coverage of a fictional flood, one outlet, every dated statement a different clause shape. */
const corpus = analyseStory({ title: 'Weir gives way above Dunmore', lead: 'The Kelby weir gave way above Dunmore after days of rain.' }, [
  { outlet: 'Dunmore Courier', published: '2026-04-09T09:00:00Z', lines: [
    'DUNMORE, Vestland — Rescue crews in northern Vestland were searching on April 8, 2026, for two missing anglers.',
    'Mayor Ines Torvik said pumps had reached the lower streets on April 7, 2026.',
    'Ines Torvik, the mayor of Dunmore, ordered an inquiry on April 6, 2026.',
    'The order, signed in Dunmore on April 6, 2026, closes the river path until June.',
    'Engineers inspected the Kelby weir, which was built in 1974.',
    'Crews cleared the road on April 5, 2026, and volunteers will rebuild the bridge in May 2026.',
  ] },
]);
const views = claimViews(corpus, new Set(corpus.stories![0].documents));

/** Each dated statement's label, keyed by its date's value or by the date as written. */
function datedLabels(of: ClaimView[], key: (t: TimeExpression) => string): (readonly [string, string])[] {
  return of.flatMap((v) => v.times.filter((t) => t.type === 'DATE').map((t) => [key(t), describeEvent(v, t)] as const));
}
const dated = datedLabels(views, (t) => t.value);
const labels = new Map(dated);
const all = dated.map(([, label]) => label);

describe('timeline labels', () => {
  it('names who did it with the clause subject, not the nearest name', () => {
    expect(labels.get('2026-04-08')).toBe('Rescue crews in northern Vestland were searching');
  });

  it('gives a reported act its own subject, never the speaker', () => {
    expect(labels.get('2026-04-07')).toBe('pumps had reached the lower streets');
  });

  it('joins a subject to its verb across an apposition', () => {
    expect(all).toContain('Ines Torvik ordered an inquiry');
  });

  it('takes a relative clause subject from its antecedent', () => {
    expect(labels.get('1974')).toBe('the Kelby weir was built');
  });

  it('leaves a joining conjunction out of the subject', () => {
    expect(labels.get('2026-05')).toBe('volunteers will rebuild the bridge');
  });

  it('dates the participle in the date\'s own clause, not the verb across the comma', () => {
    const view = views.find((v) => v.doc.text.slice(v.claim.sentence.start, v.claim.sentence.end).startsWith('The order'))!;
    const time = view.times.find((t) => t.value === '2026-04-06')!;
    const withText = datedPredicate(view.claim.predicates, time, view.doc.text)!;
    expect(view.doc.text.slice(withText.start, withText.end)).toBe('signed');
    // Distance alone picks the nearer verb across the comma: the text is what tells them apart.
    const byDistance = datedPredicate(view.claim.predicates, time)!;
    expect(view.doc.text.slice(byDistance.start, byDistance.end)).toBe('closes');
    expect(describeEvent(view, time)).toMatch(/^The order, signed\b/);
    expect(labels.get('2026-06')).toBe('The order closes the river path');
  });
});

/** Fictional coverage of a fictional strike: dates inside quotations, purposes, counted subjects. */
const strike = analyseStory({ title: 'Dock strike at Harlow enters third week', lead: 'Dock workers at Harlow stayed out for a third week.' }, [
  { outlet: 'Harlow Gazette', published: '2026-09-22T09:00:00Z', lines: [
    'About 1,800 dockers at the Harlow terminal outside Pellam walked out in August, the union said.',
    '"Normally in June this quay is empty by noon," harbour master Ivo Strand said.',
    'The dockers\' union has called a meeting of its members in Pellam on Saturday to decide how to respond.',
    'Union leader Ada Brun criticised the port authority and said at a rally last month that the strike would go on.',
    'There is a pay agreement between the port owners and the dock unions, which was extended on September 3, 2026.',
    'On Tuesday, port director Lena Holt said after talks with the union that the terminal would reopen.',
    'Ada Brun, the union\'s general secretary, said the Friday meeting had been serious.',
    'Transport minister Olek Marsh said after two days of talks with the port owners in Pellam on Thursday that the army would stay out of the dispute.',
  ] },
]);
const strikeViews = claimViews(strike, new Set(strike.stories![0].documents));
const strikeDated = datedLabels(strikeViews, (t) => t.text);
const strikeLabels = new Map(strikeDated);

describe('timeline labels around figures, quotations and purposes', () => {
  it('keeps a figure whole in the subject ("1,800" is no clause boundary)', () => {
    expect(strikeLabels.get('August')).toBe('About 1,800 dockers at the Harlow terminal outside Pellam walked out');
  });

  it('dates the quoted words, not the saying, when the date is inside the quotation', () => {
    expect(strikeLabels.get('June')).toBe('Normally in June this quay is empty by noon');
  });

  it('does not date an infinitive of purpose', () => {
    const saturday = strikeDated.filter(([text]) => text === 'Saturday').map(([, label]) => label);
    expect(saturday).toContain("The dockers' union has called a meeting of its members in Pellam");
    expect(saturday.filter((label) => /decide/.test(label))).toEqual([]);
  });

  it('names the subject of a clause joined by a conjunction, and says what a dated saying said', () => {
    expect(strikeLabels.get('last month')).toBe('Ada Brun said: the strike would go on.');
  });

  it('takes the relative clause\'s antecedent whose number its verb agrees with', () => {
    expect(strikeLabels.get('September 3, 2026')).toBe('a pay agreement was extended');
  });

  it('gives a dated saying what was said after "that", not the words between', () => {
    expect(strikeLabels.get('Tuesday')).toBe('port director Lena Holt said: the terminal would reopen.');
  });

  it('dates the saying, not the reported verb after "that", when the date stands far from the saying\'s verb', () => {
    expect(strikeLabels.get('Thursday')).toBe('Transport minister Olek Marsh said: the army would stay out of the dispute.');
  });

  it('gives a dated saying without "that" the reported speech right after its verb', () => {
    expect(strikeLabels.get('Friday')).toBe('Ada Brun said: the Friday meeting had been serious');
  });
});

describe('timeline labels with a date inside the subject', () => {
  it('cuts the date out of the subject and keeps the subject ("the primary on 3 April would decide")', () => {
    const primary = analyseStory({ title: 'Harbour primary nears', lead: 'Voters in Kessary choose a candidate next month.' }, [
      { outlet: 'Kessary Ledger', published: '2026-03-14T09:00:00Z', lines: [
        'Senator Maren Holt said the primary on 3 April would decide whether the party remembers who it works for.',
      ] },
    ]);
    const labels = new Map(datedLabels(claimViews(primary, new Set(primary.stories![0].documents)), (t) => t.text));
    expect(labels.get('3 April')).toBe('the primary would decide whether the party remembers who it works for.');
  });

  it('keeps a possessive date inside the subject ("the death toll from Tuesday\'s earthquake")', () => {
    const quake = analyseStory({ title: 'Quake toll rises', lead: 'Rescuers searched the rubble in Brask.' }, [
      { outlet: 'Brask Courier', published: '2026-11-04T09:00:00Z', lines: [
        'The death toll from Tuesday\'s earthquake in northern Velmora has risen to 31, officials said.',
      ] },
    ]);
    const tuesday = datedLabels(claimViews(quake, new Set(quake.stories![0].documents)), (t) => t.text).filter(([text]) => text === 'Tuesday').map(([, label]) => label);
    expect(tuesday).toContain('The death toll from Tuesday\'s earthquake in northern Velmora has risen to 31');
    expect(tuesday.filter((label) => label.startsWith("'s"))).toEqual([]);
  });
});
