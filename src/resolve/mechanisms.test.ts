import { describe, expect, it } from 'vitest';
import type { Corpus } from '../model/corpus.js';
import type { Chain } from './chain.js';
import { chainNumber } from './chain.js';
import { resolveCorpus } from './component.js';
import { abstractForConcrete, attachDescriptions, otherKin, clusterGenderVotes, descriptionCounts } from './cross-doc.js';
import { mentionKind, mentionNumber } from './mention-kind.js';
import { comparePersonNames } from './names/similarity.js';
import { doc, entityOf } from './testing.js';
import { buildChains, capitalisedDescription, headlineCase, mentionNodes } from './within-doc.js';

describe('capitals that say nothing', () => {
  it('tells a title-case or all-capitals headline from a sentence', () => {
    expect(headlineCase('Orla Venn Named As Festival Host For Next Year')).toBe(true);
    expect(headlineCase('STORM HITS COAST')).toBe(true);
    expect(headlineCase('Orla Venn will host the festival next year.')).toBe(false);
  });
  it('reads a headline word the article writes in lowercase as a description, a name as a name', () => {
    const d = doc('h1', 'Orla Venn Named As Festival Host For Next Year. The host said she was delighted.', [
      ['Orla Venn', 'PER'], ['Host', 'PER'], ['host', 'PER'], ['she', 'PER'],
    ]);
    const kinds = mentionNodes(d).map((n) => `${n.mention.text}:${n.kind}`);
    expect(kinds).toContain('Host:nominal');
    expect(kinds).toContain('Orla Venn:name');
  });
  it('keeps a sentence-initial capital a name when the article never writes the word in lowercase', () => {
    const d = doc('h2', 'Police arrested a man. Kestrin was held overnight.', [['Police', 'PER'], ['Kestrin', 'PER']]);
    const s = d.layers.sentences!;
    const kestrin = d.layers.mentions!.find((m) => m.text === 'Kestrin')!;
    expect(capitalisedDescription(d, kestrin, s.findIndex((x) => x.start <= kestrin.start && kestrin.start < x.end))).toBe(false);
  });
  it('does not count a word seen only inside a web address', () => {
    const d = doc('h3', 'http://news.example.com/tarn-escape.html\nTarn fled on Monday.', [['Tarn', 'PER']]);
    const tarn = d.layers.mentions!.find((m) => m.text === 'Tarn')!;
    const s = d.layers.sentences!.findIndex((x) => x.start <= tarn.start && tarn.start < x.end);
    expect(capitalisedDescription(d, tarn, s)).toBe(false);
  });
});

describe('full names within longer ones', () => {
  it('matches a name to the same name with a middle name, an initial or a word before it', () => {
    expect(comparePersonNames('Dorin Kalt', 'W. Dorin Kalt').score).toBeGreaterThanOrEqual(0.75);
    expect(comparePersonNames('Mira Sand Oule', 'Sand Oule').conflict).toBe(false);
    expect(comparePersonNames('Sand Oule', 'Mira Sand Oule').score).toBeGreaterThanOrEqual(0.75);
    expect(comparePersonNames('Counsel Dorin Ives Kalt', 'Dorin Kalt').score).toBeGreaterThanOrEqual(0.75);
  });
  it('still keeps apart two people who share only a surname', () => {
    expect(comparePersonNames('Dorin Kalt', 'Petra Kalt').conflict).toBe(true);
    expect(comparePersonNames('Dorin Kalt', 'Petra Dorin Kalt').conflict).toBe(false);
    expect(comparePersonNames('Dorin Kalt', 'Dorin Maas Kelt').score).toBeLessThan(0.9);
  });
});

describe('grammatical number', () => {
  it('reads plural and singular descriptions and pronouns', () => {
    expect(mentionNumber('the guards', 'nominal')).toBe('pl');
    expect(mentionNumber('people', 'nominal')).toBe('pl');
    expect(mentionNumber('the jury', 'nominal')).toBe('pl');
    expect(mentionNumber('his family', 'nominal')).toBe('pl');
    expect(mentionNumber('they', 'pronoun')).toBe('pl');
    expect(mentionNumber('he', 'pronoun')).toBe('sg');
    expect(mentionNumber('a guard', 'nominal')).toBe('sg');
    expect(mentionNumber('the guard', 'nominal')).toBeNull();
    expect(mentionNumber('Vosh', 'name')).toBeNull();
  });
  it('gives a chain the number most of its mentions show', () => {
    const d = doc('n1', 'The guards searched the yard. They found nothing. Tarek Vosh escaped.', [
      ['guards', 'PER'], ['They', 'PER'], ['Tarek Vosh', 'PER'],
    ]);
    const { chains } = buildChains(d, 0);
    const guards = chains.find((c) => c.nodes.some((n) => n.mention.text === 'guards'))!;
    const vosh = chains.find((c) => c.names.includes('Tarek Vosh'))!;
    expect(chainNumber(guards)).toBe('pl');
    expect(chainNumber(vosh)).toBe('sg');
  });
  it('never puts a named person and a group written in the plural in one entity', () => {
    const a = doc('n2', 'Tarek Vosh pulled a gun on the guards. The guards fled.', [['Tarek Vosh', 'PER'], ['guards', 'PER']]);
    const b = doc('n3', 'The guards were unhurt, and Vosh was caught.', [['guards', 'PER'], ['Vosh', 'PER']]);
    const corpus: Corpus = { documents: [a, b] };
    resolveCorpus(corpus, { geo: false });
    expect(entityOf(corpus, 'n3', 'guards')).not.toBe(entityOf(corpus, 'n2', 'Tarek Vosh'));
    expect(entityOf(corpus, 'n3', 'Vosh')).toBe(entityOf(corpus, 'n2', 'Tarek Vosh'));
  });
  it('never puts an unnamed person and a group of the same description in one entity across articles', () => {
    const a = doc('n4', 'Later a prosecutor said the case was strong.', [['a prosecutor', 'PER']]);
    const b = doc('n5', 'The prosecutors said the case was strong.', [['prosecutors', 'PER']]);
    const corpus: Corpus = { documents: [a, b] };
    resolveCorpus(corpus, { geo: false });
    expect(entityOf(corpus, 'n5', 'prosecutors')).not.toBe(entityOf(corpus, 'n4', 'a prosecutor'));
  });
});

describe('gender of whole clusters', () => {
  const chain = (gender: 'm' | 'f' | undefined, votes: number): Chain => ({ id: 0, doc: 'x', type: 'PER', nodes: [], names: [], nominalHeads: new Set(), nameHeads: new Set(), roles: [], gender, genderVotes: votes });
  it('names the gender most mentions agree on, none when they are split or too few', () => {
    expect(clusterGenderVotes([chain('m', 2), chain(undefined, 0)])).toBe('m');
    expect(clusterGenderVotes([chain('f', 3), chain('m', 1)])).toBe('f');
    expect(clusterGenderVotes([chain('f', 2), chain('m', 2)])).toBeUndefined();
    expect(clusterGenderVotes([chain('m', 1)])).toBeUndefined();
  });
});

/** Chains of two articles of one story, each its own cluster, after descriptions are attached. */
function attached(a: ReturnType<typeof doc>, b: ReturnType<typeof doc>): { chains: Chain[]; owner: number[]; members: number[][] } {
  const { chains: ca } = buildChains(a, 0);
  const { chains: cb } = buildChains(b, ca.length);
  const chains = [...ca, ...cb];
  const members = chains.map((_, i) => [i]);
  const owner = chains.map((_, i) => i);
  attachDescriptions(chains, members, owner, () => 'story', () => true);
  return { chains, owner, members };
}

describe('descriptions of named actors', () => {
  it('counts a named actor\'s descriptions, including words written before the name', () => {
    const d = doc('c1', 'Defence lawyer Iker Sollan spoke. The lawyer said the trial was unfair.', [['lawyer Iker Sollan', 'PER'], ['lawyer', 'PER']]);
    const { chains } = buildChains(d, 0);
    const counts = descriptionCounts(chains.filter((c) => c.names.length > 0 || c.nominalHeads.size > 0));
    expect(counts.get('lawyer')).toBeGreaterThanOrEqual(2);
  });
  it('gives an unnamed description in one story to the named actor the story calls that', () => {
    const a = doc('s1', 'Judge Reva Tamm heard the case, and defence lawyer Iker Sollan objected. The lawyer said the trial was unfair.', [
      ['Reva Tamm', 'PER'], ['lawyer Iker Sollan', 'PER'], ['lawyer', 'PER'],
    ]);
    const b = doc('s2', 'The defence lawyer will appeal, the court heard.', [['defence lawyer', 'PER']]);
    const { chains, owner, members } = attached(a, b);
    const sollan = chains.findIndex((c) => c.names.includes('lawyer Iker Sollan'));
    const described = chains.findIndex((c) => c.doc === 's2');
    expect(owner[described]).toBe(sollan);
    const tamm = chains.findIndex((c) => c.names.includes('Reva Tamm'));
    expect(members[tamm]).toEqual([tamm]);
  });
  it('leaves a description alone when it belongs to no one, or to two named actors alike', () => {
    const a = doc('s3', 'Both lawyer Iker Sollan and lawyer Mina Rell objected.', [['lawyer Iker Sollan', 'PER'], ['lawyer Mina Rell', 'PER']]);
    const b = doc('s4', 'The lawyer will appeal.', [['lawyer', 'PER']]);
    const { chains, owner } = attached(a, b);
    const described = chains.findIndex((c) => c.doc === 's4');
    expect(owner[described]).toBe(described);
  });
  it('gives a description to the named person the story calls by a word near in meaning (emcee / host)', () => {
    const a = doc('s5', 'Festival host Orla Venn opened the show, and singer Tam Rusk performed. The host thanked the crowd.', [
      ['host Orla Venn', 'PER'], ['singer Tam Rusk', 'PER'], ['host', 'PER'],
    ]);
    const b = doc('s6', 'The emcee told jokes all night.', [['emcee', 'PER']]);
    const { chains, owner } = attached(a, b);
    const venn = chains.findIndex((c) => c.names.includes('host Orla Venn'));
    expect(owner[chains.findIndex((c) => c.doc === 's6')]).toBe(venn);
  });
  it('leaves alone a plural group, and a description no one is called anything near', () => {
    const cases: [string, string, string, string][] = [
      ['Veteran detective Orla Venn led the case.', 'detective Orla Venn', 'The detectives said the case was closed.', 'detectives'],
      ['Festival host Orla Venn opened the show.', 'host Orla Venn', 'The judge ruled on Monday.', 'judge'],
    ];
    for (const [named, name, other, description] of cases) {
      const { chains, owner } = attached(doc('l1', named, [[name, 'PER']]), doc('l2', other, [[description, 'PER']]));
      const described = chains.findIndex((c) => c.doc === 'l2');
      expect(owner[described], description).toBe(described);
    }
  });
});

describe('within one article', () => {
  it('links a description that is the head word of a name written before it', () => {
    const d = doc('w1', 'Troops landed on Varro Island at dawn. The island was quiet by noon.', [['Varro Island', 'LOC'], ['island', 'LOC']]);
    const corpus: Corpus = { documents: [d] };
    resolveCorpus(corpus, { geo: false });
    expect(entityOf(corpus, 'w1', 'island')).toBe(entityOf(corpus, 'w1', 'Varro Island'));
  });
  it('gives "he" to the chain already called a man before a named chain of no known gender', () => {
    const d = doc('w2', 'Lia Voss met a man at the station. The man said he was tired.', [['Lia Voss', 'PER'], ['man', 'PER'], ['he', 'PER']]);
    const corpus: Corpus = { documents: [d] };
    resolveCorpus(corpus, { geo: false });
    expect(entityOf(corpus, 'w2', 'he')).toBe(entityOf(corpus, 'w2', 'man'));
    expect(entityOf(corpus, 'w2', 'he')).not.toBe(entityOf(corpus, 'w2', 'Lia Voss'));
  });
  it('gives a pronoun beyond the previous sentence to the article\'s main named person, not a passing description', () => {
    const d = doc('w5', 'Tarek Vosh reached the border on Monday. Tarek Vosh showed his papers. A guard waved the car through. The road was empty for miles. He crossed at noon.', [
      ['Tarek Vosh', 'PER'], ['guard', 'PER'], ['He', 'PER'],
    ]);
    const corpus: Corpus = { documents: [d] };
    resolveCorpus(corpus, { geo: false });
    expect(entityOf(corpus, 'w5', 'He')).toBe(entityOf(corpus, 'w5', 'Tarek Vosh'));
  });
  it('gives "the company" to the article\'s clearly dominant named organisation, and to none when two are alike', () => {
    const d = doc('w3', 'Corvane Systems patched the flaw. Corvane Systems said users were safe. Corvane Systems thanked Ardel Labs. The company will ship an update.', [
      ['Corvane Systems', 'ORG'], ['Ardel Labs', 'ORG'], ['company', 'ORG'],
    ]);
    const e = doc('w4', 'Corvane Systems sued Ardel Labs. The company denied it.', [['Corvane Systems', 'ORG'], ['Ardel Labs', 'ORG'], ['company', 'ORG']]);
    const corpus: Corpus = { documents: [d] };
    resolveCorpus(corpus, { geo: false });
    expect(entityOf(corpus, 'w3', 'company')).toBe(entityOf(corpus, 'w3', 'Corvane Systems'));
    const company = buildChains(e, 0).chains.find((c) => c.nodes.some((n) => n.mention.text === 'company'))!;
    expect(company.names).toEqual([]);
  });
});

describe('a named thing and its flaw', () => {
  const chainsOf = (id: string, text: string, spellings: [string, 'MISC'][]) => buildChains(doc(id, text, spellings), 0).chains;
  it('keeps an unnamed flaw apart from the product whose name ends in a concrete noun', () => {
    const [browser] = chainsOf('f1', 'Users of Velmar Navigator were warned.', [['Velmar Navigator', 'MISC']]);
    const [flaw] = chainsOf('f2', 'The vulnerability lets attackers in. The flaw is serious.', [['vulnerability', 'MISC'], ['flaw', 'MISC']]);
    expect(abstractForConcrete(browser, flaw)).toBe(true);
  });
  it('lets a rule join a named act, and a car join a named model', () => {
    const [act] = chainsOf('f3', 'The Quellan Species Act was amended.', [['Quellan Species Act', 'MISC']]);
    const [rule] = chainsOf('f4', 'The rule takes effect in May.', [['rule', 'MISC']]);
    expect(abstractForConcrete(act, rule)).toBe(false);
    const [car] = chainsOf('f5', 'The Dorne Wagon sold well.', [['Dorne Wagon', 'MISC']]);
    const [vehicle] = chainsOf('f6', 'The vehicle was recalled.', [['vehicle', 'MISC']]);
    expect(abstractForConcrete(car, vehicle)).toBe(false);
  });
  it('keeps them apart when the whole corpus is resolved', () => {
    const corpus: Corpus = {
      documents: [
        doc('g1', 'A vulnerability in Velmar Navigator lets attackers in. Velmar Navigator users should update.', [['vulnerability', 'MISC'], ['Velmar Navigator', 'MISC']]),
        doc('g2', 'The vulnerability affects Velmar Navigator. The vulnerability is being exploited.', [['vulnerability', 'MISC'], ['Velmar Navigator', 'MISC']]),
      ],
    };
    resolveCorpus(corpus, { geo: false });
    expect(entityOf(corpus, 'g1', 'vulnerability')).not.toBe(entityOf(corpus, 'g1', 'Velmar Navigator'));
    expect(entityOf(corpus, 'g2', 'vulnerability')).not.toBe(entityOf(corpus, 'g2', 'Velmar Navigator'));
  });
});

describe('the speaker of a quotation', () => {
  const speakerOf = (text: string, spellings: [string, 'PER'][]) => {
    const corpus: Corpus = { documents: [doc('q', text, spellings)] };
    resolveCorpus(corpus, { geo: false });
    return (who: string) => entityOf(corpus, 'q', who);
  };
  it('finds the speaker named in the sentence before or after', () => {
    const e = speakerOf('Tamsin Orle spoke to reporters on Monday. "I never expected this." Orle later left.', [['Tamsin Orle', 'PER'], ['I', 'PER'], ['Orle', 'PER']]);
    expect(e('I')).toBe(e('Tamsin Orle'));
  });
  it('gives a stray "I" to the article\'s main named person only when one clearly dominates', () => {
    const main = speakerOf('Tamsin Orle won. Orle was happy. Orle thanked fans. Reporters waited.\nThe crowd cheered.\n"I am grateful."', [['Tamsin Orle', 'PER'], ['Orle', 'PER'], ['I', 'PER']]);
    expect(main('I')).toBe(main('Tamsin Orle'));
    const two = speakerOf('Tamsin Orle won. Berit Kass lost. Reporters waited.\nThe crowd cheered.\n"I am grateful."', [['Tamsin Orle', 'PER'], ['Berit Kass', 'PER'], ['I', 'PER']]);
    expect(two('I')).not.toBe(two('Tamsin Orle'));
    expect(two('I')).not.toBe(two('Berit Kass'));
  });
});

describe('relatives', () => {
  it('keeps an unnamed sister apart from the woman the articles call the mother', () => {
    const a = doc('k1', 'Orla Venn, the mother, was found. Orla Venn was 47. She lived alone.', [['Orla Venn', 'PER'], ['mother', 'PER'], ['She', 'PER']]);
    const b = doc('k2', 'The sister was found too. She was 19.', [['sister', 'PER'], ['She', 'PER']]);
    const { chains: ca } = buildChains(a, 0);
    const { chains: cb } = buildChains(b, ca.length);
    expect(otherKin(cb, ca)).toBe(true);
    const c = doc('k3', 'The mother spoke. She wept.', [['mother', 'PER'], ['She', 'PER']]);
    expect(otherKin(buildChains(c, 10).chains, ca)).toBe(false);
    const corpus: Corpus = { documents: [a, b] };
    resolveCorpus(corpus, { geo: false, storyOf: () => 's' });
    expect(entityOf(corpus, 'k2', 'sister')).not.toBe(entityOf(corpus, 'k1', 'Orla Venn'));
  });
});

describe('names and descriptions that mention a name', () => {
  it('reads a description whose only capitals follow "of" or a relative pronoun as a description', () => {
    expect(mentionKind({ text: 'the head of Acme Mutual' })).toBe('nominal');
    expect(mentionKind({ text: 'one of its running backs' })).toBe('nominal');
    expect(mentionKind({ text: 'the man who met Orla Venn' })).toBe('nominal');
  });
  it('keeps names with "of" in them, and a place named after "of", names', () => {
    expect(mentionKind({ text: 'Bank of Estmere' })).toBe('name');
    expect(mentionKind({ text: 'the northern city of Varnholt', type: 'GPE' })).toBe('name');
    expect(mentionKind({ text: 'the northern city of Varnholt', type: 'PER' })).toBe('nominal');
  });
});

describe('one person and a group within an article', () => {
  it('keeps "gang members" out of the chain of the gang member named before', () => {
    const d = doc('n1', 'Police named Dorin Kalt, a gang member, as the gunman. Two gang members were also held.', [['Dorin Kalt', 'PER'], ['gang member', 'PER'], ['gang members', 'PER']]);
    const { chains } = buildChains(d, 0);
    const of = (text: string) => chains.find((c) => c.nodes.some((n) => n.mention.text === text))!;
    expect(of('gang member')).toBe(of('Dorin Kalt'));
    expect(of('gang members')).not.toBe(of('Dorin Kalt'));
  });
});

describe('a singular pronoun and a group', () => {
  it('does not give "she" to the workers mentioned just before', () => {
    const d = doc('n2', 'Orla Venn ran the shop. The workers left early. She closed up.', [['Orla Venn', 'PER'], ['workers', 'PER'], ['She', 'PER']]);
    const { chains } = buildChains(d, 0);
    const of = (text: string) => chains.find((c) => c.nodes.some((n) => n.mention.text === text))!;
    expect(of('She')).not.toBe(of('workers'));
    expect(of('She')).toBe(of('Orla Venn'));
  });
});
