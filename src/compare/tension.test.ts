import { describe, expect, it } from 'vitest';
import { analyzeTwoOutlets } from '../../test/support/two-outlets.js';

/** The tensions two outlets' one-sentence reports give, as "value / value". */
function tensions(first: string, second: string): string[] {
  return (analyzeTwoOutlets(first, second).divergences ?? []).filter((d) => d.kind === 'tension').map((d) => d.sides.map((s) => s.value).join(' / '));
}

describe('a tension is two descriptions of one situation', () => {
  it('sets a truce that held against both sides accusing each other of breaching it', () => {
    expect(tensions(
      'A fragile truce between the Orvane militias and the army is in place and has mostly held.',
      'Although there is a truce between the army and the Orvane militias, both sides accuse each other of breaching the truce.',
    )).toEqual(['held / breaching']);
  });

  it('finds none between opposite events of one named actor: a team that won one game and lost another', () => {
    expect(tensions('The Harrow Kestrels won their final home game of the season.', 'The Harrow Kestrels lost to the Dunmore Otters in the opening round.')).toEqual([]);
  });

  it('finds none about a person named by a common noun: the climber survived, the climber died', () => {
    expect(tensions('The climber survived two nights on Mount Velde, rescuers said.', 'The climber died on the ridge above the hut, rescuers said.')).toEqual([]);
  });

  it('finds none from a verb under a modal or stated as an aim', () => {
    expect(tensions('The embargo on grain might have held with more inspectors at the border.', 'The traders needed two more weeks to break the embargo on grain.')).toEqual([]);
  });

  it('finds none between a won race and a race never lost: the negated verb states the same side', () => {
    expect(tensions(
      'Senator Ingrid Vasko won her last race for the seat by 14 points, her campaign said.',
      'Vasko, first elected to the seat in 2004, has never lost a race in the state.',
    )).toEqual([]);
  });
});
