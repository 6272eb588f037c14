import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DossierConflict, DossierStory } from '../../src/model/dossier.js';
import { runPipeline, type Run } from './run-pipeline.js';

// Pairs of reports we wrote, each pair by two outlets that word one event independently and
// disagree the way real coverage does: a poll share, a vote's tally, an age, a place, the town of
// a speech, a debate's day, a quake's magnitude, a quoted e-mail in two wordings; and one pair full of traps that must give no conflict (two measures
// decided in one vote, "isn't just about", "has yet to", a role swap). Plain-text headers name
// the outlet and date in the forms pages are saved with ("By NAME, DATE", "Published DATE by NAME").
const FOLDER = join(import.meta.dirname, 'disagreements');

let run: Run;
beforeAll(async () => {
  run = await runPipeline([FOLDER]);
}, 120_000);

const docId = (file: string) => {
  const d = run.corpus.documents.find((x) => basename(x.source) === file);
  if (!d) throw new Error(`${file} was not analysed`);
  return d.id;
};
const storyOf = (file: string): DossierStory => run.dossier.stories.find((s) => s.documents.includes(docId(file)))!;
const values = (c: { sides: { value: string | null }[] }) => c.sides.map((s) => s.value);
const conflictWith = (file: string, value: string): DossierConflict | undefined => storyOf(file).conflicts.find((c) => c.sides.some((s) => s.value === value));

describe('disagreements as real coverage words them', () => {
  it('reads every outlet and publication date from the plain-text headers', () => {
    expect(run.errors).toEqual([]);
    for (const d of run.corpus.documents) {
      expect(d.meta.outlet, basename(d.source)).toBeTruthy();
      expect(d.meta.published, basename(d.source)).toBeTruthy();
    }
  });

  it('sets one candidate\'s poll share against the same candidate\'s, never the undecided share', () => {
    const share = conflictWith('poll-a.txt', '44 percent');
    expect(share && values(share)).toEqual(['44 percent', '46 percent']);
    expect(conflictWith('poll-a.txt', '15 percent')).toBeUndefined();
  });

  it('compares two polls\' shares of voters backing one plan', () => {
    const share = conflictWith('vote-a.txt', '58 percent of voters');
    expect(share && values(share)).toEqual(['58 percent of voters', '61 percent of voters']);
  });

  it('sets two tallies of one vote against each other', () => {
    const tally = conflictWith('vote-a.txt', '52-48');
    expect(tally).toMatchObject({ kind: 'number', about: 'what the Senate vote\'s tally was' });
    expect(values(tally!)).toEqual(['52-48', '51 to 49']);
  });

  it('dates one debate on two days: "a televised debate on Tuesday night" against "Wednesday\'s debate"', () => {
    const day = storyOf('debate-a.txt').conflicts.find((c) => c.kind === 'date');
    expect(day).toMatchObject({ about: 'when the debate took place' });
    expect(values(day!)).toEqual([expect.stringContaining('Tuesday night'), expect.stringContaining('Wednesday')]);
  });

  it('asks how old of two ages and where of two places of one arrest', () => {
    expect(conflictWith('arrest-a.txt', '34-year-old man')).toMatchObject({ kind: 'number', about: 'how old' });
    const place = storyOf('arrest-a.txt').conflicts.find((c) => c.kind === 'place');
    expect(place).toMatchObject({ about: 'where the man was detained' });
    expect(place!.sides.map((s) => s.attribution?.name)).toEqual(['police', 'a spokesman for the county police']);
  });

  it('places one speech, known by the line both outlets quote, in two towns', () => {
    const place = storyOf('rally-a.txt').conflicts.find((c) => c.kind === 'place');
    expect(place).toMatchObject({ about: 'where Ravel Dalworth said “You cannot drive to work on…”' });
    expect(values(place!)).toEqual(['Corrisford', 'Ashgrove']);
  });

  it('sets two magnitudes of one quake against each other, and keeps the quake corroborated', () => {
    const story = storyOf('quake-b.txt');
    const magnitude = story.conflicts.find((c) => c.about === 'what magnitude');
    expect(magnitude && values(magnitude).slice(0, 2)).toEqual(['magnitude 6.4', 'magnitude of 6.1']);
    expect(story.claims.some((c) => c.status === 'corroborated' && c.text.includes('magnitude 6.4 earthquake struck'))).toBe(true);
    // "Death toll rises" in a headline speaks for the toll, not for the magnitude.
    expect(story.divergences.filter((d) => d.kind === 'update' && /magnitude/.test(d.about))).toEqual([]);
  });

  it('keeps two brothers apart: one\'s arrest is not the other\'s, one\'s age is his own', () => {
    const story = storyOf('brothers-a.txt');
    expect(story.conflicts.filter((c) => c.kind === 'place')).toEqual([]);
    expect(story.conflicts.find((c) => c.kind === 'number')).toMatchObject({ about: 'how old Pieter Harlan is' });
  });

  it('shows a campaign e-mail quoted in two wordings side by side', () => {
    const wording = storyOf('speech-a.txt').divergences.find((d) => d.kind === 'wording');
    expect(wording && values(wording)).toEqual(['We are not going to let outside money buy this seat', 'We will not let outside money buy this Senate seat']);
  });

  it('finds no conflict among the traps, and corroborates only what both report', () => {
    const council = storyOf('council-a.txt');
    expect(council.conflicts).toEqual([]);
    const corroborated = council.claims.filter((c) => c.status === 'corroborated').map((c) => c.text);
    expect(corroborated.some((t) => t.includes('rejected a plan to build a football stadium'))).toBe(true);
    // "Pettigrew accused Lisle" and "Lisle accused Pettigrew" swap the roles: two facts, not one.
    expect(corroborated.some((t) => t.includes('accused'))).toBe(false);
  });
});
