import type { ArticleRecord } from '../src/ingest/record.js';
import { seededRandom } from '../src/annotate/entities/hashing.js';
import { LONG_DETAILS, STORY_WORDING } from './sentence-bank.js';

/**
 * How long the generated articles are. 'wire' (the default, and what `npm run bench` has always
 * read): about 290 tokens. 'real': 500–900 words, the length of real news (median 609 words on
 * 300 real articles), with stories told over several days and names spelled differently by
 * different outlets.
 */
export type ArticleLength = 'wire' | 'real';

export interface SyntheticCorpus {
  records: ArticleRecord[];
  /** Each record's publication time (ISO), as its header or page says. */
  published: string[];
  stories: number;
  copies: number;
}

/**
 * A generated news corpus for throughput runs: many stories, each told by several invented
 * outlets, with syndicated copies, disagreeing numbers, quotes and page debris. Everything is
 * made up here from syllables and templates, seeded, so every run reads the same corpus.
 */
export function syntheticCorpus(articles: number, seed = 1, opts: { length?: ArticleLength } = {}): SyntheticCorpus {
  const real = opts.length === 'real';
  const random = seededRandom(seed);
  const out: ArticleRecord[] = [];
  const published: string[] = [];
  let stories = 0;
  let copies = 0;
  while (out.length < articles) {
    const story = makeStory(random);
    if (real) addRealSlots(story, random);
    stories++;
    const tellers = real ? 4 + Math.floor(random() * 5) : 3 + Math.floor(random() * 4);
    const first: Told[] = [];
    for (let k = 0; k < tellers && out.length < articles; k++) {
      const outlet = OUTLETS[Math.floor(random() * OUTLETS.length)];
      const copyOf = k > 0 && random() < 0.12 ? first[0] : null;
      // A copy goes up a few hours after the original.
      const told = copyOf ? { record: syndicatedCopy(copyOf.record, outlet, random), published: new Date(copyOf.published.getTime() + 3 * 3_600_000) }
        : real ? realArticle(story, outlet, random) : article(story, outlet, random);
      if (copyOf) copies++;
      first.push(told);
      out.push(told.record);
      published.push(told.published.toISOString());
    }
  }
  return { records: out, published, stories, copies };
}

interface Told { record: ArticleRecord; published: Date }

type Random = () => number;

const pick = <T>(random: Random, xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];

const SYLLABLES = ['ka', 'vel', 'dor', 'mi', 'ran', 'tes', 'lo', 'bar', 'shin', 'ev', 'ul', 'mar', 'ten', 'gra', 'hol', 'ne', 'zi', 'por', 'an', 'del', 'qu', 'ost', 'ria', 'bek', 'sun', 'ta', 'ner', 'gal', 'ith', 'mo'];
const GIVEN = ['Anna', 'Tomas', 'Leila', 'Omar', 'Ines', 'Pavel', 'Nadia', 'Jonas', 'Amara', 'Felix', 'Sofia', 'Rafael', 'Mira', 'Daniel', 'Hana', 'Viktor', 'Elena', 'Samuel', 'Yara', 'Lucas', 'Noor', 'Emil', 'Clara', 'Idris'];
const OUTLET_KINDS = ['Herald', 'Times', 'Courier', 'Post', 'Gazette', 'Observer', 'Daily News', 'Tribune', 'Chronicle', 'Journal'];
const OUTLETS = Array.from({ length: 60 }, (_, i) => {
  const random = seededRandom(1000 + i);
  return `The ${word(random)} ${OUTLET_KINDS[i % OUTLET_KINDS.length]}`;
});
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function word(random: Random, syllables = 2 + Math.floor(random() * 2)): string {
  let w = '';
  for (let i = 0; i < syllables; i++) w += pick(random, SYLLABLES);
  return w[0].toUpperCase() + w.slice(1);
}

interface Story {
  kind: EventKind;
  slots: Record<string, string>;
  count: number;
  day: Date;
  /** Real-length stories only: the background and detail sentences this story's reports draw on, and its own wording. */
  pool?: string[];
  wording?: (text: string) => string;
}

interface EventKind {
  headline: string[];
  facts: string[];
  countOf: string;
}

/** Event kinds: headlines and sentences with slots; {N} is the disputed count. */
const KINDS: EventKind[] = [
  {
    countOf: 'people',
    headline: ['Floods kill {N} in {TOWN} as rivers burst their banks', 'Rescuers search for missing after {TOWN} flood'],
    facts: [
      'The flood killed {N} people in {TOWN}, civil defence officials said.',
      'The {RIVER} river burst its banks on {DATE} after days of heavy rain.',
      'About {BIG} residents were moved to schools and sports halls on higher ground.',
      '{ROLE1} {P1} said an inquiry would examine why the warnings had been ignored.',
      'The {ORG} said it needed blankets, drinking water and medicine.',
      'Farmers said the water had destroyed crops weeks before the harvest.',
    ],
  },
  {
    countOf: 'workers',
    headline: ['Strike at {ORG} enters its {ORD} week', 'Talks to end {ORG} strike break up without a deal'],
    facts: [
      'About {N} workers at {ORG} walked out on {DATE} after the company offered a pay rise of {PCT} percent.',
      'Negotiators for {ORG} and the union met in {TOWN} on {WEEKDAY} to try to end the strike.',
      '{ROLE1} {P1} said the company could not afford the union\'s demand.',
      'The union, led by {P2}, is asking for a rise of {PCT2} percent and new safety rules.',
      'Shops in {TOWN} say their takings have fallen by half since the strike began.',
      'A mediator is expected to present a written proposal before the next round of talks.',
    ],
  },
  {
    countOf: 'seats',
    headline: ['{P1} claims victory in {COUNTRY} election', 'Opposition disputes result of {COUNTRY} vote'],
    facts: [
      '{P1}\'s party won {N} seats in the {BIG2}-member assembly, the electoral commission said.',
      'Voters in {COUNTRY} went to the polls on {DATE} in the first election since the new constitution.',
      'Turnout was {PCT} percent, down from the previous election.',
      'Opposition leader {P2} said her party would challenge the count in {TOWN}.',
      'Observers from the {ORG} said the vote had been largely orderly.',
      '{P1} promised to form a government within two weeks.',
    ],
  },
  {
    countOf: 'homes',
    headline: ['Wildfire near {TOWN} destroys {N} homes', 'Firefighters battle blaze in hills above {TOWN}'],
    facts: [
      'The fire destroyed {N} homes on the edge of {TOWN}, the fire service said.',
      'The blaze started on {DATE} in dry scrub north of the town.',
      '{ROLE1} {P1} said strong winds had pushed the flames towards the valley.',
      'More than {BIG} people were ordered to leave their homes overnight.',
      'Aircraft from the {ORG} dropped water on the fire through the day.',
      'Residents criticised the authorities for clearing too little dry brush before the summer.',
    ],
  },
  {
    countOf: 'million dollars',
    headline: ['{COUNTRY} and {COUNTRY2} sign port deal', 'Port agreement signed in {TOWN}'],
    facts: [
      '{P1} signed the agreement in {TOWN} on {DATE}, officials said.',
      'The deal is worth {N} million dollars over ten years, according to the {ORG}.',
      'Under the agreement, {COUNTRY2} will expand the container terminal at {TOWN}.',
      '{ROLE2} {P2} said the port would create thousands of jobs.',
      'Critics said the terms had not been published and asked parliament to review them.',
      'The first ships are expected to use the new berths within two years.',
    ],
  },
];

const ROLES = ['Governor', 'Interior Minister', 'Mayor', 'Chief Executive', 'Fire Chief', 'Prime Minister', 'Trade Minister', 'Regional Commissioner'];
const QUOTES = [
  '"We will not rest until every family has a roof over its head," {P1S} said.',
  '"People deserve answers, and they will get them," {P1S} told reporters.',
  '"Nobody here has ever seen anything like this," said {P3}, a resident of {TOWN}.',
  '"This is a beginning, not an end," {P2S} said.',
  '"The numbers will change as we learn more," a spokesman for the {ORG} said.',
];
const BACKGROUND = [
  '{TOWN} lies in the {REGION} region, about {KM} kilometres from the capital.',
  'The area has seen similar events in recent years, but none on this scale.',
  'Officials said more details would be released later in the week.',
  'Local radio stations have been broadcasting messages from families looking for relatives.',
  'The national government has promised an emergency fund for the region.',
  'Earlier this week, the {ORG} had warned that the situation could get worse.',
  'Last month, a report by the {ORG} called for more investment in the region.',
];
/** Longer sentences of context any report may carry, so articles reach wire-copy length. */
const DETAILS = [
  'Roads into {TOWN} were reopened on {WEEKDAY} afternoon, but officials warned drivers to expect long delays on the main route from the coast.',
  'The {ORG} said its teams had been working in shifts since the first reports came in, and that volunteers from neighbouring districts had joined them.',
  '{ROLE2} {P2} said the government would publish a full account of what had happened once the immediate work was done.',
  'Several families said they had heard nothing from the authorities for two days and had relied on neighbours for food and information.',
  'Analysts said the events in {TOWN} would test the government\'s promise to spend more on the regions outside the capital.',
  'In the market square, traders set up stalls again on {WEEKDAY}, selling what they had managed to save from their stores.',
  'Schools in the district will stay closed until the end of the week, the education office said in a statement.',
  'The {ORG} estimated that the cost of repairs would run into millions, a figure officials said was likely to rise as more information arrived.',
  '{P3}, who has lived in {TOWN} for more than thirty years, said the community had always looked after itself in hard times.',
  'Opposition politicians accused the government of reacting too slowly, a charge that ministers rejected in parliament on {WEEKDAY}.',
  'Hospitals in the region said they had enough beds for now but asked for more blood donors to come forward.',
  'The national statistics office said the {REGION} region had grown faster than the rest of the country over the past decade.',
  'A report published last year by the {ORG} had listed {TOWN} among the places most at risk.',
  'Church groups and sports clubs organised collections of clothes, tinned food and bottled water.',
  'Officials in the capital said they were in close contact with the regional authorities and would send more help if it was needed.',
];

const DEBRIS = ['Advertisement', 'Share this article', 'Follow us on Facebook and X', 'Sign up for our morning newsletter', 'Donate now to support independent journalism', 'Contact the newsdesk: news@desk.example +44 20 7946 0999', 'Leave a comment', 'Read more: the week in pictures'];

function makeStory(random: Random): Story {
  const kind = pick(random, KINDS);
  const p = () => `${pick(random, GIVEN)} ${word(random)}`;
  const [p1, p2, p3] = [p(), p(), p()];
  const day = new Date(Date.UTC(2024, Math.floor(random() * 20), 1 + Math.floor(random() * 27)));
  const slots: Record<string, string> = {
    TOWN: word(random), COUNTRY: word(random), COUNTRY2: word(random), RIVER: word(random), REGION: word(random),
    ORG: `${word(random)} ${pick(random, ['Relief Society', 'Mining Company', 'Union', 'Institute', 'Commission', 'Authority'])}`,
    P1: p1, P1S: p1.split(' ')[1], P2: p2, P2S: p2.split(' ')[1], P3: p3,
    ROLE1: pick(random, ROLES), ROLE2: pick(random, ROLES),
    BIG: String(1000 + Math.floor(random() * 9000)), BIG2: String(100 + Math.floor(random() * 300)),
    PCT: String(2 + Math.floor(random() * 10)), PCT2: String(8 + Math.floor(random() * 10)),
    KM: String(20 + Math.floor(random() * 400)), ORD: pick(random, ['second', 'third', 'fourth', 'fifth']),
    DATE: `${day.getUTCDate()} ${MONTHS[day.getUTCMonth()]}`, WEEKDAY: WEEKDAYS[day.getUTCDay()],
  };
  return { kind, slots, count: 5 + Math.floor(random() * 200), day };
}

function fill(template: string, slots: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => slots[k] ?? k);
}

/** One outlet's report: the story's facts in its own order, its own quotes, sometimes its own count. */
function article(story: Story, outlet: string, random: Random): Told {
  const count = random() < 0.25 ? story.count + 1 + Math.floor(random() * 20) : story.count;
  const slots = { ...story.slots, N: String(count) };
  const sentences = shuffle(random, [
    ...story.kind.facts.filter(() => random() < 0.85),
    ...sample(random, QUOTES, 3),
    ...sample(random, BACKGROUND, 4 + Math.floor(random() * 3)),
    ...sample(random, DETAILS, 5 + Math.floor(random() * 4)),
  ]).map((t) => fill(t, slots));
  const body = paragraphs(sentences, random);
  const published = new Date(story.day.getTime() + (1 + Math.floor(random() * 3)) * 86_400_000 + Math.floor(random() * 20) * 3_600_000);
  const title = fill(pick(random, story.kind.headline), slots);
  const byline = `${pick(random, GIVEN)} ${word(random)}`;
  return { record: page(title, outlet, byline, published, body, random), published };
}

/** Quotes stand alone; other sentences pair up into paragraphs now and then, as in wire copy. */
function paragraphs(sentences: string[], random: Random): string[] {
  const body: string[] = [];
  for (const t of sentences) {
    const last = body.length - 1;
    if (last >= 0 && !t.startsWith('"') && !body[last].startsWith('"') && !body[last].includes('. ') && random() < 0.4) body[last] += ` ${t}`;
    else body.push(t);
  }
  return body;
}

/** Words a real-length article runs to: drawn evenly from this range (real news: median 609 words). */
const REAL_WORDS = { min: 500, max: 900 } as const;
/** Days after the event over which a story's reports appear (the first the day after, as in article()). */
const REAL_STORY_DAYS = 5;
/** Share of outlets that spell a person's surname their own way (transliteration, typo). */
const VARIANT_SHARE = 0.3;

/** Share of the background and detail templates one real-length story draws on: two stories share about this share squared of them. */
const STORY_POOL_SHARE = 0.6;

/** Slots only real-length articles use (more numbers, a later date, a year), the story's templates and its wording. */
function addRealSlots(story: Story, random: Random): void {
  const templates = [...BACKGROUND, ...DETAILS, ...LONG_DETAILS];
  story.pool = sample(random, templates, Math.round(STORY_POOL_SHARE * templates.length));
  story.wording = storyWording(random);
  const later = new Date(story.day.getTime() + (2 + Math.floor(random() * 5)) * 86_400_000);
  Object.assign(story.slots, {
    NUM1: String(10 + Math.floor(random() * 400)), NUM2: String(2 + Math.floor(random() * 60)), NUM3: String(2 + Math.floor(random() * 90)),
    YEAR: String(1990 + Math.floor(random() * 30)), DATE2: `${later.getUTCDate()} ${MONTHS[later.getUTCMonth()]}`,
  });
}

/**
 * One outlet's real-length report: every fact it keeps, its own quotes, then background and
 * detail until it reaches its length; the named people in the outlet's own spelling, and the
 * report published any day over the story's span.
 */
function realArticle(story: Story, outlet: string, random: Random): Told {
  const count = random() < 0.25 ? story.count + 1 + Math.floor(random() * 20) : story.count;
  const slots: Record<string, string> = { ...story.slots, N: String(count) };
  for (const who of ['1', '2'] as const) {
    if (random() >= VARIANT_SHARE) continue;
    const surname = variantSpelling(slots[`P${who}S`]);
    slots[`P${who}`] = `${slots[`P${who}`].split(' ')[0]} ${surname}`;
    slots[`P${who}S`] = surname;
  }
  const target = REAL_WORDS.min + Math.floor(random() * (REAL_WORDS.max - REAL_WORDS.min + 1));
  const core = [...story.kind.facts.filter(() => random() < 0.85), ...sample(random, QUOTES, 3)];
  const extra = shuffle(random, [...story.pool!]);
  const chosen = [...core];
  let words = core.reduce((n, t) => n + wordCount(t), 0);
  for (const t of extra) {
    if (words >= target) break;
    chosen.push(t);
    words += wordCount(t);
  }
  const body = paragraphs(shuffle(random, chosen).map((t) => story.wording!(fill(t, slots))), random);
  const day = Math.floor(random() * REAL_STORY_DAYS);
  const published = new Date(story.day.getTime() + (1 + day) * 86_400_000 + Math.floor(random() * 20) * 3_600_000);
  const title = fill(pick(random, story.kind.headline), slots);
  const byline = `${pick(random, GIVEN)} ${word(random)}`;
  return { record: page(title, outlet, byline, published, body, random), published };
}

const wordCount = (t: string) => t.split(' ').length;

/** One word of each STORY_WORDING group, as a rewrite of a filled sentence (capitals kept). */
function storyWording(random: Random): (text: string) => string {
  const choice = new Map(STORY_WORDING.map((group) => [group[0], pick(random, group)]));
  const pattern = new RegExp(`\\b(${STORY_WORDING.map((g) => g[0]).join('|')})\\b`, 'gi');
  return (text) => text.replace(pattern, (w) => {
    const chosen = choice.get(w.toLowerCase())!;
    return w[0] === w[0].toUpperCase() ? chosen[0].toUpperCase() + chosen.slice(1) : chosen;
  });
}

/** Another spelling of a generated surname, as a second outlet might write it (k/c, sh/ch, i/y, a doubled l). */
export function variantSpelling(name: string): string {
  const rules: [RegExp, string][] = [[/k/i, 'c'], [/sh/i, 'ch'], [/i$/, 'y'], [/l/, 'll'], [/qu/i, 'k'], [/o/, 'ou']];
  for (const [pattern, replacement] of rules) {
    if (!pattern.test(name)) continue;
    const spelt = name.replace(pattern, replacement);
    return spelt[0].toUpperCase() + spelt.slice(1);
  }
  return `${name}e`;
}

/** The article as a page: one in five as HTML, the others as text with a header, an advert and debris. */
function page(title: string, outlet: string, byline: string, published: Date, body: string[], random: Random): ArticleRecord {
  if (random() < 0.2) return htmlArticle(title, outlet, byline, published, body);
  const header = `${title}\n${outlet}\nUpdated by ${byline} at ${hhmm(published)} GMT on ${WEEKDAYS[published.getUTCDay()]} ${published.getUTCDate()} ${MONTHS[published.getUTCMonth()]} ${published.getUTCFullYear()}`;
  const withAdvert = body.flatMap((t, i) => (i === 4 ? ['Advertisement', t] : [t]));
  const debris = DEBRIS.filter(() => random() < 0.5);
  return { text: [header, ...withAdvert, ...debris].join('\n\n') + '\n', outlet };
}

function htmlArticle(title: string, outlet: string, byline: string, published: Date, body: string[]): ArticleRecord {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)} | ${esc(outlet)}</title>
<meta property="og:site_name" content="${esc(outlet)}"><meta name="author" content="${esc(byline)}">
<meta property="article:published_time" content="${published.toISOString()}"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>${esc(title)}</h1>${body.map((p) => `<p>${esc(p)}</p>`).join('\n')}</article>
<aside><h2>Most read</h2><ul><li><a href="/a">Weather warning for the weekend</a></li><li><a href="/b">Council approves new budget</a></li></ul></aside>
<footer><p>© ${published.getUTCFullYear()} ${esc(outlet)}. All rights reserved.</p></footer></body></html>`;
  return { html, outlet };
}

/** A copy of another outlet's article, with the credit line that names the original. */
function syndicatedCopy(original: ArticleRecord, outlet: string, random: Random): ArticleRecord {
  const credit = `This article originally appeared on ${original.outlet}.`;
  if (original.html) {
    // The copying site's own name is on its page furniture; the credit names the original.
    const html = original.html.split(original.outlet!).join(outlet).replace('</article>', `<p>${credit}</p></article>`);
    return { html, outlet };
  }
  const lines = original.text!.split('\n\n');
  lines[0] = lines[0].replace(`\n${original.outlet}\n`, `\n${outlet}\n`);
  const debrisAt = lines.findIndex((l) => DEBRIS.includes(l) && l !== 'Advertisement');
  lines.splice(debrisAt < 0 ? lines.length : debrisAt, 0, credit, ...(random() < 0.5 ? ['Advertisement'] : []));
  return { text: lines.join('\n\n'), outlet };
}

function shuffle<T>(random: Random, xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}

function sample<T>(random: Random, xs: readonly T[], n: number): T[] {
  return shuffle(random, [...xs]).slice(0, n);
}

function hhmm(d: Date): string {
  return `${String(d.getUTCHours()).padStart(2, '0')}${String(d.getUTCMinutes()).padStart(2, '0')}`;
}
