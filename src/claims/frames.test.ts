import { describe, expect, it } from 'vitest';
import { ingestRecord } from '../ingest/record.js';
import { annotateDocument } from '../pipeline/analyze.js';
import type { Claim } from '../model/claim.js';
import type { Document } from '../model/document.js';

/** One fictional article, annotated by the per-document stages; its claims by a phrase they hold. */
function claimsOf(text: string): { doc: Document; find: (phrase: string) => Claim | undefined } {
  const doc = annotateDocument(ingestRecord({ title: 'Harbour town report', text, outlet: 'Test Ledger', published: '2026-02-10T09:00:00Z' }, 'frames-test.txt'));
  const claims = doc.layers.claims ?? [];
  return { doc, find: (phrase) => claims.find((c) => doc.text.slice(c.sentence.start, c.sentence.end).includes(phrase)) };
}

describe('claim frames', () => {
  it('keeps a light verb that names an event with the words after it, under that event\'s lemma ("came off the rails")', () => {
    const { find } = claimsOf('Two people died when the Harbour Line commuter train came off the rails near Brannock on Monday.');
    const lemmas = find('came off the rails')!.predicates.map((p) => p.lemma.toLowerCase());
    expect(lemmas).toEqual(['die', 'derail']);
  });

  it('never takes a capitalised word inside running text for a verb ("went to Promises")', () => {
    const { find } = claimsOf('A friend of the skipper said she went to Promises on Tuesday after the season ended.');
    const lemmas = find('went to Promises')!.predicates.map((p) => p.lemma.toLowerCase());
    expect(lemmas).toContain('end');
    expect(lemmas).not.toContain('promise');
  });

  it('keeps the verbs of a line in headline case, where every word is capitalised', () => {
    const { find } = claimsOf('Harbour Chiefs Approve Ferry Plan For Winter Season\n\nThe board met on Monday.');
    expect(find('Approve Ferry Plan')?.predicates.map((p) => p.lemma.toLowerCase())).toContain('approve');
  });

  it('reads the roles of a passive verb: the "by" phrase acts, the subject is acted on', () => {
    const { doc, find } = claimsOf('Mayor Ilse Varga was attacked by Tomas Brekke outside the town hall on Monday.');
    const claim = find('was attacked')!;
    const p = claim.predicates.find((x) => x.lemma === 'attack')!;
    expect(p.passive).toBe(true);
    expect(p.agent?.text).toBe('Tomas Brekke');
    expect(doc.text.slice(p.target!.start, p.target!.end)).toContain('Ilse Varga');
  });

  it('finds what a passive act is done to across the modifiers of its subject, never in a time expression ("elections that are scheduled for May 14 of this year will be held")', () => {
    const { find } = claimsOf('Harbour elections that are scheduled for May 14 of this year will be held with paper ballots.');
    const p = find('will be held')!.predicates.find((x) => x.lemma === 'hold')!;
    expect(p.passive).toBe(true);
    expect(p.object).toBe('election');
  });

  it('reads the passive subject past a participle phrase, a preposition and a relative clause', () => {
    const object = (text: string, lemma: string) => claimsOf(text).find('')!.predicates.find((x) => x.lemma === lemma)!.object;
    expect(object('A 41-year-old ferry mechanic working with a salvage crew was injured on Friday.', 'injure')).toBe('mechanic');
    expect(object('The treasurer of the rowing club was arrested on Friday.', 'arrest')).toBe('treasurer');
    expect(object('The blaze that destroyed the boathouse near the quay was set by an arsonist.', 'set')).toBe('blaze');
    // A count's "of" names what is counted.
    expect(object('Dozens of anglers were rescued from the pier.', 'rescue')).toBe('angler');
    // A verb taking the phrase as its object ends the walk: "reported the treasurer".
    expect(object('Wardens reported the treasurer of the club was arrested.', 'arrest')).toBe('treasurer');
  });

  it('reads a hyphenated participle before a noun as an adjective, not as an event ("a fast-moving fire destroyed")', () => {
    const claim = claimsOf('A fast-moving fire destroyed the old ferry warehouse in Brackwater.').find('destroyed')!;
    expect(claim.predicates.map((p) => p.lemma)).toEqual(['destroy']);
  });

  it('reads the month May as a date, never as the modal that hedges a claim', () => {
    const { find } = claimsOf('The harbour board will open the new quay on May 14 with a ceremony for the fishing fleet.');
    expect(find('new quay')!.hedge ?? null).toBeNull();
    const hedged = claimsOf('The harbour board may open the new quay on Friday with a ceremony for the fishing fleet.');
    expect(hedged.find('new quay')!.hedge).toBe('may');
  });

  it('reads a passive whose participle is irregular ("was hit", "was shot", "was found")', () => {
    const { doc, find } = claimsOf('Pensioner Edda Lindqvist was hit by a delivery van on Harbour Road on Monday.');
    const p = find('was hit')!.predicates.find((x) => x.lemma === 'hit')!;
    expect(p.passive).toBe(true);
    expect(p.agent).toBeNull();
    expect(doc.text.slice(p.target!.start, p.target!.end)).toContain('Edda Lindqvist');
  });

  it('takes "he" for the one person the sentence before names, even as a possessor', () => {
    const { doc, find } = claimsOf('Governor Anja Lund met the harbour board on Monday. Tomas Brekke\'s plan is ambitious. In public, he thanks the board for its patience.');
    const p = find('he thanks the board')!.predicates.find((x) => /^thank/.test(x.lemma))!;
    expect(p.agent?.text).toBe('he');
    expect(doc.layers.mentions![p.agent!.mention!].text).toBe('Tomas Brekke');
  });

  it('takes a name followed by an apposition as the subject, not a name inside the apposition', () => {
    const { doc, find } = claimsOf('Harbour master Piet Olsen, the former Port Selwyn Authority engineer who rebuilt the quay, has resigned.');
    const p = find('has resigned')!.predicates.find((x) => x.lemma === 'resign')!;
    expect(doc.layers.mentions![p.agent!.mention!].text).toContain('Piet Olsen');
  });

  it('makes no claim of a lead-in that only opens a quotation', () => {
    const { find } = claimsOf('The harbour board said in a statement on Monday:\n\n"The quay will reopen in May."');
    expect(find('said in a statement')).toBeUndefined();
  });

  it('gives a later clause its own subject: "X said Y signed" makes Y the signer', () => {
    const { find } = claimsOf('Governor Anja Lund said Tomas Brekke signed the harbour decree on Monday.');
    const p = find('signed the harbour decree')!.predicates.find((x) => x.lemma === 'sign')!;
    expect(p.agent?.text).toBe('Tomas Brekke');
  });

  it('gives the verb after a relative clause set off by commas the name the clause describes', () => {
    const { find } = claimsOf('Senator Ada Quill, who served 30 years in the Marlow Senate, died on Tuesday.');
    expect(find('died on Tuesday')!.predicates.find((x) => x.lemma === 'die')!.agent?.text).toBe('Ada Quill');
  });

  it('negates a verb only within its scope', () => {
    const { find } = claimsOf([
      'Governor Anja Lund did not sign the harbour decree on Monday.',
      'The dispute over the harbour isn\'t just about money, Governor Anja Lund said.',
      'Governor Anja Lund left the meeting without signing the harbour decree.',
    ].join('\n\n'));
    expect(find('did not sign')!.predicates.find((x) => x.lemma === 'sign')!.polarity).toBe('negative');
    expect(find('just about money')!.predicates.every((x) => x.polarity === 'positive')).toBe(true);
    expect(find('left the meeting')!.predicates.find((x) => x.lemma === 'leave')!.polarity).toBe('positive');
    // "without signing": no signing happened.
    expect(find('left the meeting')!.predicates.find((x) => x.lemma === 'sign')?.polarity).toBe('negative');
  });

  it('marks predictions, plans and conditions as not asserted', () => {
    const { find } = claimsOf([
      'The port authority will demolish the northern quay next week.',
      'The port authority plans to reopen the northern quay in March.',
      'Fishing crews will stay ashore until the port authority reopens the northern quay.',
      'The port authority closed the northern quay on Monday.',
    ].join('\n\n'));
    expect(find('will demolish')!.predicates.find((x) => x.lemma === 'demolish')!.mood).toBe('modal');
    expect(find('plans to reopen')!.predicates.find((x) => x.lemma === 'reopen')!.mood).toBe('irrealis');
    expect(find('until the port authority reopens')!.predicates.find((x) => x.lemma === 'reopen')!.mood).toBe('modal');
    expect(find('closed the northern quay on Monday')!.predicates.find((x) => x.lemma === 'close')!.mood).toBe('asserted');
  });

  it('attributes a reported statement to its speaker, and the outlet\'s own sentence to the outlet', () => {
    const { find } = claimsOf([
      'Harbour master Piet Olsen said the northern quay had collapsed after the storm.',
      'The northern quay collapsed after the storm on Sunday night.',
    ].join('\n\n'));
    expect(find('had collapsed')!.source.kind).toBe('speaker');
    expect(find('collapsed after the storm on Sunday')!.source.kind).toBe('outlet');
  });

  it('gives nested reported words to the innermost speaker', () => {
    const { find } = claimsOf('Dara Venn told the court that the depot had closed in May, according to the Harbour Ledger.');
    expect(find('depot had closed')!.source).toMatchObject({ kind: 'speaker', name: 'Dara Venn' });
  });

  it('reads a verb qualified by an adverb of frequency as a habit, not an event', () => {
    const { find } = claimsOf('The harbour board often closes the quay in winter. The harbour board closed the quay on Monday.');
    expect(find('often closes')!.predicates[0].mood).toBe('modal');
    expect(find('closed the quay on Monday')!.predicates[0].mood).toBe('asserted');
  });

  it('makes no claim of a fragment', () => {
    const { find } = claimsOf('The storm flooded the lower town of Port Selwyn on Sunday.\n\nNobody came.');
    expect(find('Nobody came')).toBeUndefined();
    expect(find('flooded the lower town')).toBeDefined();
  });

  it('keeps a trailing attribution ("..., according to X") with the statement it attributes', () => {
    const { doc, find } = claimsOf('About 300 families have been moved to the school in Port Selwyn, according to the Harbour Relief Fund, which runs the shelter.');
    const claim = find('have been moved')!;
    expect(doc.text.slice(claim.sentence.start, claim.sentence.end)).toContain('according to the Harbour Relief Fund');
    expect(doc.layers.claims!.some((c) => /^according/.test(doc.text.slice(c.sentence.start, c.sentence.end)))).toBe(false);
  });

  it('splits coordinated predicates into two claims with one subject', () => {
    const { doc, find } = claimsOf('Governor Anja Lund thanked the volunteers for their work and praised the harbour crews.');
    const second = find('praised the harbour crews')!;
    expect(doc.text.slice(second.sentence.start, second.sentence.end)).not.toContain('thanked');
    expect(second.actor?.mention).toBe(find('thanked the volunteers')!.actor?.mention);
  });

  it("takes no name inside a thing's modifier for the thing's act ('a storm with gusts over the Varnes Ridge flattened')", () => {
    const { find } = claimsOf('A storm with gusts of 140 km/h over the Varnes Ridge flattened the harbour wall of Kelmouth on Sunday.');
    const p = find('flattened')!.predicates.find((x) => x.lemma === 'flatten')!;
    expect(p.agent).toBeNull();
  });

  it('lets a role speak for the body named after it ("a spokesman for the Harbour Trust said")', () => {
    const { find } = claimsOf('A spokesman for the Harbour Trust said the ferry would sail again on Friday.');
    const p = find('spokesman')!.predicates.find((x) => x.lemma === 'say')!;
    expect(p.agent?.text).toBe('Harbour Trust');
  });

  it('gives a later verb with a common-noun subject of its own no agent ("..., the agency reported")', () => {
    const { find } = claimsOf('Mayor Ilse Varga closed the harbour road on Sunday, the port agency reported.');
    const claim = find('closed the harbour')!;
    expect(claim.predicates.find((x) => x.lemma === 'close')!.agent?.text).toBe('Ilse Varga');
    expect(claim.predicates.find((x) => x.lemma === 'report')!.agent).toBeNull();
  });

  it("keeps the sentence's subject for a participle or an infinitive after an object ('hit the wall, injuring', 'intent to commit')", () => {
    const { find } = claimsOf('Tomas Brekke hit the harbour wall at speed, injuring two dock workers.');
    const hitter = find('hit the harbour')!.predicates.find((x) => x.lemma === 'hit')!.agent;
    expect(hitter?.text).toBe('Tomas Brekke');
    expect(find('injuring')!.predicates.find((x) => x.lemma === 'injure')?.agent?.mention).toBe(hitter!.mention);
    const second = claimsOf('Tomas Brekke was charged with intent to commit theft, and the harbour court ordered a hearing.');
    const claim = second.find('intent to commit')!;
    expect(claim.predicates.find((x) => x.lemma === 'commit')?.agent?.text).toBe('Tomas Brekke');
    expect(claim.predicates.find((x) => x.lemma === 'order')?.agent).toBeNull();
  });

  it('reads a participle with its "by" phrase after a noun as a passive ("a warehouse owned by Tomas Brekke", "Ilse Varga, 52, attacked by")', () => {
    const { find } = claimsOf('The fire destroyed a warehouse owned by Tomas Brekke on Sunday.');
    const own = find('owned by')!.predicates.find((x) => x.lemma === 'own')!;
    expect(own.passive).toBe(true);
    expect(own.agent?.text).toBe('Tomas Brekke');
    expect(own.object).toBe('warehouse');
    const second = claimsOf('Dockers held a vigil on Monday for Ilse Varga, 52, attacked by Tomas Brekke on Saturday.');
    const attack = second.find('attacked by')!.predicates.find((x) => x.lemma === 'attack')!;
    expect(attack.agent?.text).toBe('Tomas Brekke');
    expect(attack.target?.text).toBe('Ilse Varga');
    // The first verb of a sentence with "by" after it is a simple past as often: left active.
    const won = claimsOf('Ilse Varga won by five points on Sunday.').find('won by')!.predicates.find((x) => x.lemma === 'win')!;
    expect(won.passive).toBe(false);
    expect(won.agent?.text).toBe('Ilse Varga');
  });

  it('reads a place after "in a" as where, not whom ("died on Sunday in a Kelmouth hospital")', () => {
    const { find } = claimsOf('Ilse Varga died on Sunday in a Kelmouth hospital, her family said.');
    const die = find('died on')!.predicates.find((x) => x.lemma === 'die')!;
    expect(die.target).toBeNull();
    expect(find('died on')!.places.map((p) => p.text)).toContain('Kelmouth');
  });

  it('reads an aspectual verb governing no other verb as the event, and one governing a verb as light', () => {
    const { find } = claimsOf('Work on the new ferry terminal will start in September, the harbour board said. The crew began repairing the pier on Monday.');
    expect(find('will start')!.predicates.map((p) => p.lemma.toLowerCase())).toContain('start');
    const repairs = find('began repairing')!.predicates.map((p) => p.lemma.toLowerCase());
    expect(repairs).toContain('repair');
    expect(repairs).not.toContain('begin');
  });
});
