import { describe, expect, it } from 'vitest';
import { analyseStory } from '../../test/support/verdicts.js';

/** A sea or a gulf named after a port is not the port: it stays off the map rather than on the wrong spot. */
describe('waters and landforms named after towns', () => {
  it('does not place the Gulf of Aden at the city of Aden', () => {
    const corpus = analyseStory({ title: 'Tanker freed in the Gulf of Aden', lead: 'A navy frigate freed the tanker Velmar Star in the Gulf of Aden on Monday.' }, [
      { outlet: 'Northern Ledger', lines: ['The crew was taken to Aden for medical checks.', 'The owners thanked the navy in a statement.'] },
      { outlet: 'Dales Gazette', lines: ['The tanker had been held for nine days.', 'Its cargo of grain was undamaged.'] },
    ]);
    const entity = (name: string) => corpus.entities!.find((e) => e.name === name || e.aliases.includes(name));
    expect(entity('Gulf of Aden')).toBeDefined();
    expect(entity('Gulf of Aden')!.geo).toBeUndefined();
  });

  it('still places the port itself', () => {
    const corpus = analyseStory({ title: 'Tanker crew flown home from Aden', lead: 'The crew of the tanker Velmar Star was flown home from Aden in Yemen on Monday.' }, [
      { outlet: 'Northern Ledger', lines: ['The owners thanked the navy in a statement.'] },
      { outlet: 'Dales Gazette', lines: ['Its cargo of grain was undamaged.'] },
    ]);
    expect(corpus.entities!.find((e) => e.name === 'Aden')?.geo?.country).toBe('YE');
  });
});
