import { describe, expect, it } from 'vitest';
import type { Corpus } from '../model/corpus.js';
import { resolveComponent } from './component.js';
import { doc, entityOf } from './testing.js';

const first = doc(
  'd1',
  'President Radomir al-Velkani met Prime Minister Osk Dravan in Tarvik on Monday. Velkani thanked Dravan. ' +
    'Velkani also said Nadia al-Bisri, the former president, must face trial. Council spokesman Ivo Marek said the talks went well. ' +
    'The council spokesman added that the Khelmir air base would stay open.',
  [
    ['President Radomir al-Velkani', 'PER'], ['Prime Minister Osk Dravan', 'PER'], ['Tarvik', 'GPE'], ['Velkani', 'PER'], ['Dravan', 'PER'],
    ['Nadia al-Bisri', 'PER'], ['Ivo Marek', 'PER', 'Council spokesman'], ['council spokesman', 'PER'], ['Khelmir air base', 'FAC'],
  ],
);
const second = doc(
  'd2',
  'Radomeer Velkane arrived in Moscow. Velkane met Osk Dravan. Bisri was toppled by Velkane in 2020. ' +
    'The Helmir air base was discussed. Ivo Maret spoke for the council.',
  [
    ['Radomeer Velkane', 'PER'], ['Moscow', 'GPE'], ['Velkane', 'PER'], ['Osk Dravan', 'PER'], ['Bisri', 'PER'], ['Helmir air base', 'FAC'], ['Ivo Maret', 'PER'],
  ],
);

describe('resolve component', () => {
  const corpus: Corpus = { documents: [first, second] };
  resolveComponent.process(corpus);

  it('links surnames to the full name within a document', () => {
    expect(entityOf(corpus, 'd1', 'Velkani')).toBe(entityOf(corpus, 'd1', 'President Radomir al-Velkani'));
    expect(entityOf(corpus, 'd1', 'Dravan')).toBe(entityOf(corpus, 'd1', 'Prime Minister Osk Dravan'));
  });
  it('links a role to the person the text says holds it', () => {
    expect(entityOf(corpus, 'd1', 'council spokesman')).toBe(entityOf(corpus, 'd1', 'Ivo Marek'));
  });
  it('merges transliteration variants across documents', () => {
    expect(entityOf(corpus, 'd2', 'Radomeer Velkane')).toBe(entityOf(corpus, 'd1', 'Velkani'));
    expect(entityOf(corpus, 'd2', 'Velkane')).toBe(entityOf(corpus, 'd1', 'Velkani'));
    expect(entityOf(corpus, 'd2', 'Osk Dravan')).toBe(entityOf(corpus, 'd1', 'Dravan'));
    expect(entityOf(corpus, 'd2', 'Helmir air base')).toBe(entityOf(corpus, 'd1', 'Khelmir air base'));
  });
  it('keeps actors of one sentence apart', () => {
    expect(entityOf(corpus, 'd2', 'Bisri')).not.toBe(entityOf(corpus, 'd2', 'Velkane'));
    expect(entityOf(corpus, 'd1', 'Nadia al-Bisri')).not.toBe(entityOf(corpus, 'd1', 'Velkani'));
    expect(entityOf(corpus, 'd2', 'Bisri')).toBe(entityOf(corpus, 'd1', 'Nadia al-Bisri'));
  });
  it('chooses the most complete form as the canonical name and keeps every spelling', () => {
    const e = corpus.entities!.find((x) => x.id === entityOf(corpus, 'd1', 'Velkani'))!;
    expect(e.name).toBe('President Radomir al-Velkani');
    expect(e.aliases).toEqual(expect.arrayContaining(['Velkani', 'Radomeer Velkane', 'Velkane']));
    expect(e.type).toBe('PER');
  });
  it('reports an unsure pair as a possible alias instead of merging it', () => {
    const marek = entityOf(corpus, 'd1', 'Ivo Marek');
    const maret = entityOf(corpus, 'd2', 'Ivo Maret');
    if (marek !== maret) expect(corpus.possibleAliases!.some((p) => [p.a, p.b].includes(marek) && [p.a, p.b].includes(maret))).toBe(true);
  });
  it('links places to the gazetteer', () => {
    const moscow = corpus.entities!.find((x) => x.name === 'Moscow')!;
    expect(moscow.geo?.country).toBe('RU');
    expect(moscow.geo?.lat).toBeCloseTo(55.75, 0);
    expect(corpus.entities!.find((x) => x.name === 'Tarvik')!.geo).toBeUndefined();
  });
});

describe('cannot-link', () => {
  it('never merges two people acting on each other, however alike their names', () => {
    const d = doc('d3', 'Hadi Qarzan toppled Hadi Karzan. Later Qarzan fled.', [['Hadi Qarzan', 'PER'], ['Hadi Karzan', 'PER'], ['Qarzan', 'PER']]);
    const e = doc('d4', 'Hadi Qarzan spoke.', [['Hadi Qarzan', 'PER']]);
    const corpus: Corpus = { documents: [d, e] };
    resolveComponent.process(corpus);
    expect(entityOf(corpus, 'd3', 'Hadi Qarzan')).not.toBe(entityOf(corpus, 'd3', 'Hadi Karzan'));
  });
  it('never merges a sitting president with a spokesman', () => {
    const d = doc('d5', 'President Tomas Lerin spoke.', [['Tomas Lerin', 'PER', 'President']]);
    const e = doc('d6', 'Spokesman Tomas Lerin spoke.', [['Tomas Lerin', 'PER', 'Spokesman']]);
    const corpus: Corpus = { documents: [d, e] };
    resolveComponent.process(corpus);
    expect(entityOf(corpus, 'd5', 'Tomas Lerin')).not.toBe(entityOf(corpus, 'd6', 'Tomas Lerin'));
  });
});

describe('descriptions and pronouns', () => {
  it('links pronouns by gender and a quoted "I" to its speaker', () => {
    const d = doc(
      'p1',
      'Mara Quell met Tobin Vash. She said he was late. "I am tired," Vash said.',
      [['Mara Quell', 'PER'], ['Tobin Vash', 'PER'], ['She', 'PER'], ['he', 'PER'], ['I', 'PER'], ['Vash', 'PER']],
    );
    const corpus: Corpus = { documents: [d] };
    resolveComponent.process(corpus);
    expect(entityOf(corpus, 'p1', 'She')).toBe(entityOf(corpus, 'p1', 'Mara Quell'));
    expect(entityOf(corpus, 'p1', 'I')).toBe(entityOf(corpus, 'p1', 'Tobin Vash'));
    const e = corpus.entities!.find((x) => x.id === entityOf(corpus, 'p1', 'Tobin Vash'))!;
    expect(e.aliases).not.toContain('I');
  });
});
