import { describe, expect, it } from 'vitest';
import { analyzeTwoOutlets } from '../../test/support/two-outlets.js';

const QUOTE = 'We will rebuild every harbour wall in this county before winter comes';
const spoken = (first: string, second: string) => (analyzeTwoOutlets(first, second).conflicts ?? []).filter((c) => c.id.includes(':o'));

describe('speech occasions: where and when one quotation was said', () => {
  it('sets two towns for the same words said the same day against each other', () => {
    const found = spoken(
      `“${QUOTE},” Senator Maren Holt said Tuesday at a rally in Kessary.`,
      `Speaking in Dunmarrow on Tuesday, Senator Maren Holt told supporters: “${QUOTE}.”`,
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'place', about: 'where Maren Holt said “We will rebuild every harbour wall…”' });
    expect(found[0].sides.map((s) => s.value)).toEqual(['Kessary', 'Dunmarrow']);
    expect(found[0].sides.map((s) => s.attribution?.kind)).toEqual(['outlet', 'outlet']);
  });

  it('reads the place of a speech given to a crowd ("told a crowd of supporters in Kessary")', () => {
    const found = spoken(
      `Senator Maren Holt told a crowd of supporters in Kessary on Tuesday that “${QUOTE}.”`,
      `Speaking to reporters in Dunmarrow on Tuesday, Senator Maren Holt said: “${QUOTE}.”`,
    );
    expect(found.map((c) => c.sides.map((x) => x.value))).toEqual([['Kessary', 'Dunmarrow']]);
  });

  it('sets two days for the same words at one named occasion against each other', () => {
    const found = spoken(`“${QUOTE},” Senator Maren Holt said at Tuesday's debate.`, `At Wednesday's debate, Senator Maren Holt said: “${QUOTE}.”`);
    expect(found).toHaveLength(1);
    expect(found[0].kind).toBe('date');
  });

  it('leaves a line repeated at two places on two days alone: a speaker may say it twice', () => {
    expect(spoken(`“${QUOTE},” Senator Maren Holt said Tuesday in Kessary.`, `“${QUOTE},” Senator Maren Holt said Wednesday in Dunmarrow.`)).toEqual([]);
  });

  it('reads only the attribution: a place in what was said is not where it was said', () => {
    expect(spoken(
      `Senator Maren Holt said Tuesday in Kessary that the storm had wrecked the port and “${QUOTE}.”`,
      `Senator Maren Holt said Tuesday that the storm in Dunmarrow had wrecked the port and “${QUOTE}.”`,
    )).toEqual([]);
    expect(spoken(
      `“${QUOTE},” Senator Maren Holt said Tuesday in Kessary.`,
      `“${QUOTE},” Senator Maren Holt said of the storm in Dunmarrow on Tuesday.`,
    )).toEqual([]);
  });

  it('needs the same words: two quotations of one speaker are two speeches', () => {
    expect(spoken(
      `“${QUOTE},” Senator Maren Holt said Tuesday in Kessary.`,
      '“The ferry service must be restored to every island by the spring,” Senator Maren Holt said Tuesday in Dunmarrow.',
    )).toEqual([]);
  });
});

describe('speech occasions set by the sentence before the quotation', () => {
  it('gives a quotation the place and day its speaker was given just before', () => {
    const corpus = analyzeTwoOutlets(
      `Senator Maren Holt told about 600 supporters in Kessary on Tuesday that the county needed new sea walls. “${QUOTE},” Holt said.`,
      `Senator Maren Holt attacked the governor's budget at a rally in Dunmarrow on Tuesday. “${QUOTE},” she told the crowd.`,
    );
    const found = (corpus.conflicts ?? []).filter((c) => c.id.includes(':o'));
    expect(found.map((c) => c.sides.map((x) => x.value))).toEqual([['Kessary', 'Dunmarrow']]);
    // The evidence runs from the sentence that sets the speech to the quotation.
    const { doc, start, end } = found[0].sides[0].evidence;
    const evidence = corpus.documents.find((d) => d.id === doc)!.text.slice(start, end);
    expect(evidence).toMatch(/^Senator Maren Holt told about 600 supporters in Kessary on Tuesday.*Holt said\.?$/s);
  });

  it('takes no setting from a sentence naming two places, or another speaker\'s sentence', () => {
    expect(spoken(
      `Senator Maren Holt flew from Kessary to Velmora on Tuesday. “${QUOTE},” Holt said.`,
      `Senator Maren Holt attacked the governor's budget at a rally in Dunmarrow on Tuesday. “${QUOTE},” she told the crowd.`,
    )).toEqual([]);
    expect(spoken(
      `Governor Ivo Brandt opened a school in Kessary on Tuesday. “${QUOTE},” Senator Maren Holt said.`,
      `Senator Maren Holt attacked the governor's budget at a rally in Dunmarrow on Tuesday. “${QUOTE},” she told the crowd.`,
    )).toEqual([]);
  });
});
