import { describe, expect, it } from 'vitest';
import type { Entity } from '../model/corpus.js';
import { namedAlike } from './named-alike.js';

const entity = (id: string, name: string, type: Entity['type'] = 'PER'): Entity => ({ id, type, name, aliases: [], mentions: [], roles: [] });

describe('namedAlike', () => {
  it('takes a surname and the full name of one person for one another', () => {
    const alike = namedAlike([entity('e1', 'Tara Vale'), entity('e2', 'Vale'), entity('e3', 'Ivo Marek')]);
    expect(alike('e1', 'e2')).toBe(true);
    expect(alike('e2', 'e1')).toBe(true);
  });

  it('does not when a third person bears the shorter name too', () => {
    const alike = namedAlike([entity('e1', 'Tara Vale'), entity('e2', 'Vale'), entity('e4', 'Jonas Vale')]);
    expect(alike('e1', 'e2')).toBe(false);
  });

  it('does not take two full names that only share a surname', () => {
    const alike = namedAlike([entity('e1', 'Tara Vale'), entity('e4', 'Jonas Vale')]);
    expect(alike('e1', 'e4')).toBe(false);
  });

  it('accepts a person the tagger typed as a place only by a full name of two words', () => {
    const full = namedAlike([entity('e1', 'W. Orin Dapple', 'LOC'), entity('e2', 'William Orin Dapple')]);
    expect(full('e1', 'e2')).toBe(true);
    const bare = namedAlike([entity('e1', 'Harwick', 'GPE'), entity('e2', 'Edda Harwick')]);
    expect(bare('e1', 'e2')).toBe(false);
  });

  it('never joins two entities of which neither is a person', () => {
    const alike = namedAlike([entity('e1', 'Tarnby', 'GPE'), entity('e2', 'Tarnby Tech', 'ORG')]);
    expect(alike('e1', 'e2')).toBe(false);
  });
});
