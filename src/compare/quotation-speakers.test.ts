import { describe, expect, it } from 'vitest';
import type { Corpus } from '../model/corpus.js';
import { analyseStory, type StoryArticle } from '../../test/support/verdicts.js';

/** Fictional coverage of a fictional plant closure: one line, given to a senator by one outlet and to a union leader by another. */
const story = { title: 'Brenmill to close Tarnby boiler plant', lead: 'Brenmill Industries said on Tuesday it will close its boiler plant in Tarnby, cutting 640 jobs.' };
const LINE = '"Brenmill owes Tarnby more than a press release and a closing date,"';
const courier = (attribution: string, more: string[] = []): StoryArticle => ({ outlet: 'Tarnby Courier', published: '2026-02-03T09:00:00Z', lines: ['State Sen. Ada Ostrow, who represents Tarnby, called the closure a betrayal.', `${LINE} ${attribution}.`, ...more] });
const ledger = (attribution: string): StoryArticle => ({ outlet: 'Capital Ledger', published: '2026-02-04T09:00:00Z', lines: ['Union local president Gus Pryde said members learned of the closure from the news.', `${LINE} ${attribution}.`] });
const speakerConflicts = (corpus: Corpus) => (corpus.conflicts ?? []).filter((c) => c.kind === 'actor' && c.about.startsWith('who said'));

describe('one quotation given to two speakers', () => {
  it('asks who said it when two outlets each name a different speaker beside the same words', () => {
    const found = speakerConflicts(analyseStory(story, [courier('Ostrow said'), ledger('Pryde said')]));
    expect(found.map((c) => [c.about, ...c.sides.map((s) => s.value)])).toEqual([['who said "Brenmill owes Tarnby more than a press release …"', 'Ada Ostrow', 'Gus Pryde']]);
  });

  it('takes no speaker found through "he said" or "she said" as the outlet\'s: the guess may be the reader\'s error', () => {
    expect(speakerConflicts(analyseStory(story, [courier('she said'), ledger('Pryde said')]))).toEqual([]);
  });

  it('leaves alone a report that gives the words to both speakers', () => {
    const both = courier('Ostrow said', ['Pryde, standing beside her, repeated the line to the crowd: "Brenmill owes Tarnby more than a press release and a closing date," Pryde said.']);
    expect(speakerConflicts(analyseStory(story, [both, ledger('Pryde said')]))).toEqual([]);
  });

  it('leaves alone a joint statement one report gives to one of its two speakers', () => {
    const joint = { ...courier('said Ostrow and Pryde jointly'), lines: ['State Sen. Ada Ostrow and union local president Gus Pryde met workers at the gate.', `${LINE} said Ostrow and Pryde jointly.`] };
    expect(speakerConflicts(analyseStory(story, [joint, ledger('Pryde said')]))).toEqual([]);
  });

  it('never sets a body against a person who speaks for it', () => {
    const company = { outlet: 'Capital Ledger', published: '2026-02-04T09:00:00Z', lines: ['Brenmill Industries said members of its board had approved the plan.', `${LINE} Brenmill Industries said in a statement.`] };
    expect(speakerConflicts(analyseStory(story, [courier('Ostrow said'), company]))).toEqual([]);
  });

  it('takes a line of six words or more for one said once ("This fire is writing its own rules")', () => {
    const short = (outlet: string, who: string): StoryArticle => ({ outlet, published: '2026-02-04T09:00:00Z', lines: [`"Brenmill is writing its own rules," said ${who}.`] });
    const found = speakerConflicts(analyseStory(story, [short('Tarnby Courier', 'Ada Ostrow, a state senator'), short('Capital Ledger', 'Gus Pryde, the union local president')]));
    expect(found.map((c) => c.sides.map((s) => s.value))).toEqual([['Ada Ostrow', 'Gus Pryde']]);
  });

  it('takes a line more than two people say, or one said of another story too, for a formula: no one misquoted', () => {
    const line = '"Our thoughts are with every family in Tarnby tonight,"';
    const said = (outlet: string, who: string): StoryArticle => ({ outlet, published: '2026-02-04T09:00:00Z', lines: [`${line} said ${who}.`] });
    const three = analyseStory(story, [said('Tarnby Courier', 'Ada Ostrow, a state senator'), said('Capital Ledger', 'Gus Pryde, the union local president'), said('Valley Times', 'Tomas Brekke, the mayor of Tarnby')]);
    expect(speakerConflicts(three)).toEqual([]);
  });
});

