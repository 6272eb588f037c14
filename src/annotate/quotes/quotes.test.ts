import { describe, expect, it } from 'vitest';
import type { Document } from '../../model/document.js';
import type { Quote } from '../../model/quote.js';
import { quotesComponent } from './index.js';
import { fixtureDocument } from './fixture-document.js';
import { annotateDocument } from '../../pipeline/analyze.js';
import { ingestRecord } from '../../ingest/record.js';

interface Seen { kind: Quote['kind']; speaker: string | null; cue: string | null; content: string }

function run(doc: Document): Seen[] {
  quotesComponent.process(doc);
  return doc.layers.quotes!.map((q) => {
    expect(q.start).toBeLessThanOrEqual(q.content.start);
    expect(q.end).toBeGreaterThanOrEqual(q.content.end);
    if (q.speakerRange) expect(doc.text.slice(q.speakerRange.start, q.speakerRange.end)).toBe(q.speaker);
    return { kind: q.kind, speaker: q.speaker, cue: q.cue, content: doc.text.slice(q.content.start, q.content.end) };
  });
}
const quotes = (text: string) => run(fixtureDocument(text));
/** Speakers and contents as the whole annotation pipeline reads them, part-of-speech tags included. */
const said = (text: string) => {
  const doc = annotateDocument(ingestRecord({ title: 'Port', text, outlet: 'Harbour Post' }, 'tagged.txt'));
  return doc.layers.quotes!.map((q) => ({ speaker: q.speaker, content: doc.text.slice(q.content.start, q.content.end) }));
};

describe('quotesComponent: direct quotes', () => {
  it('finds the speaker after the closing mark, in both orders', () => {
    expect(quotes('“The port will reopen next week,” Dara Venn said.')).toEqual([
      { kind: 'direct', speaker: 'Dara Venn', cue: 'said', content: 'The port will reopen next week' },
    ]);
    expect(quotes('"We expect no delays," said Harbour Minister Olek Marsh.')).toMatchObject([{ speaker: 'Olek Marsh', cue: 'said' }]);
  });

  it('reads a speech verb that is also a plural noun as the noun after a number or determiner ("Seventeen states sued")', () => {
    expect(quotes('Seventeen states sued the harbour authority over the new levy on Monday.')).toEqual([]);
    expect(quotes('The ministry states that the levy is unlawful.')).toMatchObject([{ kind: 'reported', speaker: 'The ministry', cue: 'states' }]);
  });

  it('takes a writing that speaks for someone as the speaker: an email, a letter, an indictment', () => {
    expect(quotes('The email said: "The port will reopen next week."')).toMatchObject([{ kind: 'direct', speaker: 'The email', cue: 'said' }]);
    expect(quotes('“The port will reopen next week,” the letter said.')).toMatchObject([{ kind: 'direct', speaker: 'the letter', cue: 'said' }]);
  });

  it('takes a campaign as a body that speaks for its candidate ("Dalworth\'s campaign wrote")', () => {
    // WordNet reads "campaign" as an act, not a group, so the word's sense alone would drop the speaker.
    expect(quotes('In an e-mail sent on Wednesday, Venn\'s campaign wrote: "We will not let outside money buy this seat."')).toMatchObject([{ kind: 'direct', speaker: 'Venn\'s campaign', cue: 'wrote' }]);
    expect(quotes('"We will not let outside money buy this seat," the campaign said.')).toMatchObject([{ kind: 'direct', speaker: 'the campaign', cue: 'said' }]);
  });

  it('keeps the role of a person speaking for a body ("a spokesman for the county police")', () => {
    expect(quotes('Officers detained the man on Saturday in Ashby, a spokesman for the county police said.')).toMatchObject([{ kind: 'reported', speaker: 'a spokesman for the county police' }]);
  });

  it('takes the name a relative "who" follows as the speaker', () => {
    expect(quotes('The plan was presented to Governor Dara Venn, who said: "We will rebuild the harbour within a year."')).toMatchObject([{ kind: 'direct', speaker: 'Dara Venn', cue: 'said' }]);
    expect(quotes('The plan was backed by Governor Dara Venn, who said the harbour would be rebuilt within a year.')).toMatchObject([{ kind: 'reported', speaker: 'Dara Venn' }]);
  });

  it('takes a subject in common nouns as the speaker when its head names people or a body', () => {
    expect(quotes('Critics of the plan said: "This will ruin the harbour."')).toMatchObject([{ kind: 'direct', speaker: 'Critics of the plan' }]);
    expect(quotes('Local fishermen, who said "we were never asked", gathered outside.')).toMatchObject([{ kind: 'direct', speaker: 'Local fishermen' }]);
    expect(quotes('Some parents said the school should stay shut until the spring.')).toMatchObject([{ kind: 'reported', speaker: 'Some parents' }]);
    // A head that names a thing speaks for no one.
    expect(quotes('On Monday the plan said nothing about the cost of the new harbour wall.')).toEqual([]);
    expect(quotes('The old harbour wall said little about what the builders had planned there.')).toEqual([]);
  });

  it('ends a saying in a relative clause where the main clause goes on (with part-of-speech tags)', () => {
    expect(said('Governor Dara Venn, who said the vote was rushed, left the hall early on Monday.')).toEqual([{ speaker: 'Dara Venn', content: 'the vote was rushed' }]);
    expect(said('Governor Dara Venn, who said that, if needed, the port would close, then left the hall.')).toEqual([{ speaker: 'Dara Venn', content: 'if needed, the port would close' }]);
  });

  it('reads an attribution after the statement with the speaker\'s titles before the name', () => {
    expect(quotes('The port will stay closed for repairs, Governor Dara Venn said.')).toEqual([
      { kind: 'reported', speaker: 'Dara Venn', cue: 'said', content: 'The port will stay closed for repairs' },
    ]);
    expect(quotes('The port will stay closed until Friday, Harbour Minister Teo Ranst told reporters.')).toMatchObject([{ speaker: 'Teo Ranst', content: 'The port will stay closed until Friday' }]);
  });

  it('reads an attribution after the statement followed by an adverbial of the saying (with part-of-speech tags)', () => {
    expect(said('The port will stay closed until Friday, Governor Dara Venn said in a statement on Monday.')).toEqual([{ speaker: 'Dara Venn', content: 'The port will stay closed until Friday' }]);
    expect(said('A dock worker was hurt when the crane fell, a harbour spokesman said Wednesday during a briefing.')).toEqual([{ speaker: 'a harbour spokesman', content: 'A dock worker was hurt when the crane fell' }]);
    // A clause after the verb is what was said, or another statement: no attribution of what came before.
    expect(said('The talks failed, Venn said on Monday the port would close.').map((q) => q.content)).not.toContain('The talks failed');
  });

  it('never lets "he" or "she" stand for an organisation that spoke before', () => {
    expect(said('The port will reopen on Monday, the Harbour Authority said. Its director Teo Ranst met the unions. "We expect no delays," he said.').map((q) => q.speaker)).toEqual(['Harbour Authority', 'Teo Ranst']);
    expect(said('The port will reopen on Monday, the Harbour Authority said. "We expect no delays," he said.').map((q) => q.speaker)).toEqual(['Harbour Authority', 'he']);
  });

  it('takes a writing as the speaker when the words between it and the verb say whom it went to', () => {
    expect(quotes('The email to staff said: "The port will reopen next week."')).toMatchObject([{ kind: 'direct', speaker: 'The email', cue: 'said' }]);
    expect(quotes('“The port will reopen next week,” a memo sent to dock workers said.')).toMatchObject([{ speaker: 'a memo' }]);
    // The addressee, even named, is not the speaker.
    expect(quotes('A letter to Governor Dara Venn said: "The port will reopen next week."')).toMatchObject([{ speaker: 'A letter' }]);
    // A writing from a named sender: the sender speaks through it.
    expect(quotes('The memo from harbour master Teo Ranst said: "The port will reopen next week."')).toMatchObject([{ speaker: 'Teo Ranst' }]);
    expect(quotes('The statement from the ministry said: "The port will reopen next week."')).toMatchObject([{ speaker: 'The statement from the ministry' }]);
  });

  it('finds the speaker after the closing mark behind their titles and role', () => {
    expect(quotes('“The port will reopen next week,” Senator Dara Venn said Tuesday at a rally in Kessary.')).toMatchObject([
      { kind: 'direct', speaker: 'Dara Venn', cue: 'said', content: 'The port will reopen next week' },
    ]);
    expect(quotes('“The road stays closed until Friday,” police spokesman Teo Ranst said.')).toMatchObject([{ speaker: 'Teo Ranst', cue: 'said' }]);
    // A phrase of its own before the name: the name is not the speaker this way.
    expect(quotes('“The road stays closed until Friday,” the report by Teo Ranst said.')).not.toMatchObject([{ speaker: 'Teo Ranst' }]);
  });

  it('steps over an appositive between speaker and verb', () => {
    expect(quotes('“Prices will fall,” Mira Tolle, an economist at the Corvan Institute, told the Daily Lantern.')).toMatchObject([
      { speaker: 'Mira Tolle', cue: 'told', content: 'Prices will fall' },
    ]);
  });

  it('finds the speaker before the opening mark', () => {
    expect(quotes('Mayor Ines Park said: “The bridge is safe for traffic.”')).toMatchObject([
      { speaker: 'Ines Park', cue: 'said', content: 'The bridge is safe for traffic' },
    ]);
    expect(quotes('Council spokesman Teo Ranst said talks would include “the future of the northern depot,” referring to the rail yard.')).toMatchObject([
      { kind: 'direct', speaker: 'Teo Ranst', cue: 'said', content: 'the future of the northern depot' },
    ]);
  });

  it('resolves he/she to the last named speaker', () => {
    const found = quotes('“The vote was fair,” Lena Ortiz said. “We will appeal anyway, because the count was slow,” she added.');
    expect(found[1]).toMatchObject({ speaker: 'Lena Ortiz', cue: 'added' });
  });

  it('gives an unattributed whole-sentence quote the previous speaker', () => {
    const found = quotes('“Farmers are worried about the drought,” Pavel Dorn said. “Exporters, by contrast, are calm about it.”');
    expect(found).toHaveLength(2);
    expect(found[1]).toMatchObject({ speaker: 'Pavel Dorn', content: 'Exporters, by contrast, are calm about it' });
  });

  it('keeps a quotation that runs over several sentences as one quote', () => {
    const found = quotes('“The storm came fast. Nobody was ready. We lost the roof,” said Anya Kell.');
    expect(found).toEqual([
      { kind: 'direct', speaker: 'Anya Kell', cue: 'said', content: 'The storm came fast. Nobody was ready. We lost the roof' },
    ]);
  });

  it('skips scare quotes of one or two words', () => {
    expect(quotes('The mayor praised the deal, describing the partnership as “historic” for the region.')).toEqual([]);
    expect(quotes('Critics called the plan a “populist” move in Torvale.')).toEqual([]);
  });
});

describe('quotesComponent: reported speech', () => {
  it('reads "X said (that) ..." with the complement as content', () => {
    expect(quotes('Dara Venn said the port would reopen next week.')).toEqual([
      { kind: 'reported', speaker: 'Dara Venn', cue: 'said', content: 'the port would reopen next week' },
    ]);
    expect(quotes('Minister Olek Marsh explicitly stated before the meeting that all tariffs would be reviewed.')).toMatchObject([
      { speaker: 'Olek Marsh', cue: 'stated', content: 'all tariffs would be reviewed' },
    ]);
  });

  it('keeps the words a speaker reports under an "according to" as that speaker\'s too', () => {
    const seen = quotes('Dara Venn told the court that the depot had closed in May, according to the Harbour Ledger.');
    expect(seen).toContainEqual({ kind: 'reported', speaker: 'the Harbour Ledger', cue: 'according to', content: 'Dara Venn told the court that the depot had closed in May' });
    expect(seen).toContainEqual({ kind: 'reported', speaker: 'Dara Venn', cue: 'told', content: 'the depot had closed in May' });
  });

  it('takes a group placed by a preposition for the speaker, not the place named', () => {
    expect(quotes('Shopkeepers in Kessary say the strike has emptied their tills.')).toMatchObject([
      { speaker: 'Shopkeepers in Kessary', cue: 'say', content: 'the strike has emptied their tills' },
    ]);
    expect(quotes('The harbour is quiet, and many fishermen from Port Velden said the ban came too soon.')).toMatchObject([
      { speaker: 'many fishermen from Port Velden', cue: 'said' },
    ]);
    // A name before the preposition is the speaker itself.
    expect(quotes('Dara Venn in Kessary said the port would reopen next week.')[0].speaker).not.toMatch(/ in /);
  });

  it('skips the listener after "told"', () => {
    expect(quotes('Teo Ranst told reporters the depot would close in May.')).toMatchObject([
      { speaker: 'Teo Ranst', cue: 'told', content: 'the depot would close in May' },
    ]);
  });

  it('reads attributions placed after the content', () => {
    expect(quotes('The harbour authority had feared a strike, Mira Tolle, an economist at the Corvan Institute, told the Daily Lantern.')).toMatchObject([
      { kind: 'reported', speaker: 'Mira Tolle', cue: 'told', content: 'The harbour authority had feared a strike' },
    ]);
  });

  it('gives coordinated and participial verbs the subject of their clause', () => {
    expect(quotes('The union made demands, but Ilsa Berg dismissed them when pressed, stating that the budget was final.')).toMatchObject([
      { speaker: 'Ilsa Berg', cue: 'stating', content: 'the budget was final' },
    ]);
    expect(quotes('Governor Sam Rook praised the firefighters and said that the valley was safe again.')).toMatchObject([
      { speaker: 'Sam Rook', cue: 'said', content: 'the valley was safe again' },
    ]);
  });

  it('reads what a speaker called someone ("praised X as ...")', () => {
    expect(quotes('Senator Joan Pike praised the mayor as highly capable and stated that the audit was closed.')).toEqual([
      { kind: 'reported', speaker: 'Joan Pike', cue: 'praised', content: 'highly capable' },
      { kind: 'reported', speaker: 'Joan Pike', cue: 'stated', content: 'the audit was closed' },
    ]);
  });

  it('reads "according to X"', () => {
    expect(quotes('According to the Norvik Herald, the mine will close by spring.')).toMatchObject([
      { speaker: 'the Norvik Herald', cue: 'According to', content: 'the mine will close by spring' },
    ]);
  });

  it('takes a first-person sentence introduced as someone\'s address as that person\'s words', () => {
    expect(quotes('In her speech, Chancellor Ona Lind stressed trade ties. I know our ports are ready for this work.')).toMatchObject([
      { kind: 'reported', speaker: 'Ona Lind', cue: 'stressed', content: 'I know our ports are ready for this work' },
    ]);
  });

  it('ignores speech verbs inside relative clauses and capitalised names', () => {
    expect(quotes('Kira Sol posted a video that she said showed the flooded road.')).toEqual([]);
    expect(quotes('The United States sent envoys to the summit in Varna.')).toEqual([]);
  });
});

describe('quotesComponent: mentions and scope', () => {
  it('snaps speakers to PER mentions when the entity layer is present', () => {
    const text = '“We will rebuild the school,” Headmaster Bo Arlen said.';
    const doc = fixtureDocument(text);
    const start = text.indexOf('Bo Arlen');
    doc.layers.mentions = [{ id: 'm1', type: 'PER', text: 'Bo Arlen', start, end: start + 8 }];
    expect(run(doc)).toMatchObject([{ speaker: 'Bo Arlen' }]);
  });

  it('reads only sentence ranges', () => {
    const text = 'Follow us, type “Lantern News Agency” now\n\nThe weather was mild.';
    const doc = fixtureDocument(text, [[text.indexOf('The weather'), text.length]]);
    expect(run(doc)).toEqual([]);
  });
});

describe('quotesComponent: two reported sayings in one sentence', () => {
  it('gives each its own speaker, the first ending where the second clause begins', () => {
    expect(said('Mayor Ilse Varga said the port would reopen on Monday, while harbour officials said repairs could take a month.')).toEqual([
      { speaker: 'Ilse Varga', content: 'the port would reopen on Monday' },
      { speaker: 'harbour officials', content: 'repairs could take a month' },
    ]);
    expect(said('Mayor Ilse Varga said the port would reopen on Monday, but Tomas Brekke said repairs could take a month.')).toEqual([
      { speaker: 'Ilse Varga', content: 'the port would reopen on Monday' },
      { speaker: 'Tomas Brekke', content: 'repairs could take a month' },
    ]);
  });

  it('reads "said it would …" as a saying, "said it again" as none', () => {
    expect(said('The harbour council said it would rebuild the pier by June.')).toEqual([{ speaker: 'The harbour council', content: 'it would rebuild the pier by June' }]);
    expect(said('Ilse Varga said it again on Monday at the harbour.')).toEqual([]);
  });

  it('takes the speaker before a place or time after "in" ("The Ostravian navy in November said", "An office worker in Kessary said")', () => {
    expect(said('The Ostravian Navy in November said it had sunk the pirate ship.').map((q) => q.speaker)).toEqual(['Ostravian Navy']);
    expect(said('An office worker in Kessary said the tremor lasted thirty seconds.').map((q) => q.speaker)).toEqual(['An office worker']);
  });

  it('reads a name across "of": an organisation whole, or the person named before it who speaks for it', () => {
    expect(quotes('The University of Korvath said the rector would step down.').map((q) => q.speaker)).toEqual(['University of Korvath']);
    expect(quotes('Imre Tollan of the Korvath Department of Harbour Works said the quay was closed.').map((q) => q.speaker))
      .toEqual(['Imre Tollan of the Korvath Department of Harbour Works']);
    // With the entity layer, the person before "of" is the speaker.
    expect(said('Imre Tollan of the Korvath Harbour Authority said the quay was closed.').map((q) => q.speaker)).toEqual(['Imre Tollan']);
    // An office before "of" with a name after it still gives the person.
    expect(quotes('Secretary of State Dara Venn said the talks would go on.').map((q) => q.speaker)).toEqual(['Dara Venn']);
  });

  it('keeps one saying when the clause after the break has no speaker of its own', () => {
    expect(said('Mayor Ilse Varga said the port would reopen on Monday, but repairs said to be urgent could take a month.')).toEqual([
      { speaker: 'Ilse Varga', content: 'the port would reopen on Monday, but repairs said to be urgent could take a month' },
    ]);
  });
});

describe('quotesComponent: a pronoun speaker, with names tagged', () => {
  it('is the person its own sentence is about, not the person named nearest before it', () => {
    const doc = annotateDocument(ingestRecord({ title: 'Port', text: 'President Dara Venn voiced his support for Mark Williams’s efforts to rebuild the port, congratulating him on what he described as growing momentum toward “a new era for the harbour.”', outlet: 'Harbour Post' }, 'venn.txt'));
    expect(doc.layers.quotes!.map((q) => q.speaker)).toEqual(['Dara Venn']);
  });
});

describe('quotesComponent: a definite description as the speaker, with names tagged', () => {
  const speakers = (text: string) => annotateDocument(ingestRecord({ title: 'Harbour', text, outlet: 'Harbour Post' }, 'roles.txt')).layers.quotes!.map((q) => q.speaker);

  it('is the one person the article gave that role ("Mayor Ilse Varga ... the mayor said")', () => {
    expect(speakers('Mayor Ilse Varga closed the port on Monday. "The storm is too strong for the ferries," the mayor said.')).toEqual(['Ilse Varga']);
    expect(speakers('Ilse Varga, the mayor, closed the port on Monday. "The storm is too strong for the ferries," the mayor said.')).toEqual(['Ilse Varga']);
  });

  it('reads a shortened title as the role ("Sen. Ilse Varga ... the senator said")', () => {
    expect(speakers('Sen. Ilse Varga visited the port on Monday. "The storm is too strong for the ferries," the senator said.')).toEqual(['Ilse Varga']);
    expect(speakers('Gov. Ilse Varga visited the port on Monday. "The storm is too strong for the ferries," the senator said.')).toEqual(['the senator']);
  });

  it('stays a description when two people hold the role, or no one does', () => {
    expect(speakers('Ilse Varga, a deputy mayor, and Tomas Brekke, a former mayor, closed the port. "The storm is too strong," the mayor said.')).toEqual(['the mayor']);
    expect(speakers('Ilse Varga closed the port on Monday. "The storm is too strong for the ferries," the mayor said.')).toEqual(['the mayor']);
  });
});

describe('quotesComponent: whose words, in a debate report naming two rivals', () => {
  const speakers = (text: string) => said(text).map((q) => `${q.speaker}: ${q.content.split(' ').slice(0, 3).join(' ')}`);
  const RIVALS = 'Senator Ruth Kessel, 67, praised her own record on farm policy and cited her work on the committee. Tomas Dunne, 46, spent the evening on the attack and said his plan would cut costs. ';

  it('gives "she said" to the woman the article calls "she", not to the man named last', () => {
    expect(speakers(`${RIVALS}Dunne's best moment came as he tied Kessel to the trade dispute. "Farmers need a senator who stays for the harvest," she said.`))
      .toEqual([expect.stringMatching(/^Tomas Dunne: /), 'Kessel: Farmers need a']);
  });

  it('gives "she said" to the woman named since the last speaker, when the last speaker\'s gender is unknown', () => {
    expect(speakers('Tomas Dunne said the senator had voted three times to cut the pension fund. Ruth Kessel flatly rejected the charge and cited her record. "I have never voted to cut a dime from the fund," she said.'))
      .toEqual([expect.stringMatching(/^Tomas Dunne: /), 'Ruth Kessel: I have never']);
  });

  it('reads no adverb opening a sentence as its speaker ("Twice she declined, saying ...")', () => {
    const found = speakers(`${RIVALS}Twice she declined to answer, saying only that she would "work with anyone who puts the state first."`);
    expect(found.some((s) => s.startsWith('Twice'))).toBe(false);
  });

  it('takes the subject of "he said, adding that ..." after the quotation, not a clause inside it', () => {
    expect(speakers(`${RIVALS}"I have never voted to cut a dime from the pension fund, and she knows it," he said, adding that the votes she cited were on budget outlines.`))
      .toContain('Tomas Dunne: the votes she');
  });

  it('reads "shot back" as a verb of saying', () => {
    expect(speakers(`${RIVALS}"If you cannot say whom you would vote for, you cannot say whom you answer to," Dunne shot back.`))
      .toContain('Dunne: If you cannot');
  });
});
