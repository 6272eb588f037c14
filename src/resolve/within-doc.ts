import type { Document } from '../model/document.js';
import type { EntityType } from '../model/mention.js';
import { type Chain, type MentionNode, chainNumber, typesCompatible } from './chain.js';
import { distinctActors } from './constraints.js';
import { bareText, headWord, lemma, mentionKind, mentionNumber, nameCore, pronounClass } from './mention-kind.js';
import { compareNames } from './names/similarity.js';
import { normaliseName, rawWords } from './names/normalise.js';
import { attachPredicates } from './predicates.js';
import { differentThings } from './quantities.js';
import { repairTypes } from './type-repair.js';

const RESOLVED_TYPES = new Set<EntityType>(['PER', 'ORG', 'LOC', 'FAC', 'NORP', 'MISC', 'GPE']);
/** Inside one article a close spelling is nearly always the same actor; across articles it needs more. */
const WITHIN_DOC_NAME_MATCH = 0.76;
/** How far back (in sentences) a pronoun looks for its antecedent: its own and the previous one (beyond, the story's main person of its gender). */
const PRONOUN_REACH = 1;

function sentenceIndex(doc: Document, offset: number): number {
  const sentences = doc.layers.sentences ?? [];
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < sentences[mid].start) hi = mid - 1;
    else if (offset >= sentences[mid].end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

const WEB_ADDRESS = /https?\s*:|www\s*\.|\.\s*(?:com|org|net|html?)\b/i;

/** A headline in title case or capitals: there a capital letter says nothing about a name. */
export function headlineCase(sentence: string): boolean {
  const words = sentence.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const long = words.filter((w) => w.length > 3);
  if (long.length < 2) return false;
  if (words.every((w) => w === w.toUpperCase())) return true;
  return long.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.8 * long.length;
}

/**
 * A capitalised mention is a description after all when its capitals come only from the
 * sentence's start or a title-case headline, and the article itself writes each of its words in
 * lowercase elsewhere ("Host" in a headline, "host" in the text; "Woman" opening a sentence).
 */
export function capitalisedDescription(doc: Document, mention: { start: number; end: number; text: string }, sentence: number): boolean {
  const s = doc.layers.sentences?.[sentence];
  if (!s) return false;
  const sentenceText = doc.text.slice(s.start, s.end);
  const headline = sentenceInHeadlineCase(doc, sentence, sentenceText);
  const firstWord = /^[\s"'“‘(]*/.exec(sentenceText)![0].length + s.start;
  const words = [...bareText(mention.text).replace(/^(?:the|a|an)\s+/i, '').matchAll(/\p{L}[\p{L}'’-]*/gu)];
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w[0]));
  if (capitalised.length === 0 || capitalised.length > 3) return false;
  const offset = mention.start + mention.text.indexOf(bareText(mention.text).replace(/^(?:the|a|an)\s+/i, ''));
  const written = wordsInRunningText(doc);
  return capitalised.every((w) => {
    const at = offset + (w.index ?? 0);
    if (!headline && at !== firstWord) return false;
    return written.has(w[0].toLowerCase());
  });
}

const headlineSentences = new WeakMap<Document, Map<number, boolean>>();

/** headlineCase of a sentence, read once per sentence: asked for every mention, it made a long sentence quadratic. */
function sentenceInHeadlineCase(doc: Document, sentence: number, sentenceText: string): boolean {
  let known = headlineSentences.get(doc);
  if (!known) headlineSentences.set(doc, (known = new Map()));
  let headline = known.get(sentence);
  if (headline === undefined) known.set(sentence, (headline = headlineCase(sentenceText)));
  return headline;
}

/** Characters a word in running text may follow, and end before (not inside a web address or a hyphenated slug). */
const BEFORE_WORD = /[\s"'“‘(]/;
const AFTER_WORD = /[\s.,;:!?"'”’)]/;
const WORD_CHAR = /[\p{L}'’-]/u;
const runningTextWords = new WeakMap<Document, Set<string>>();

/**
 * Every lowercase word the article writes in running text, outside sentences holding a web
 * address: a word begins after a space, quote or bracket (or the sentence's start) and ends
 * before a space, punctuation or the sentence's end. Built once per document in one pass, so
 * asking about each capitalised word costs a look-up, not a scan of every sentence.
 */
function wordsInRunningText(doc: Document): Set<string> {
  const cached = runningTextWords.get(doc);
  if (cached) return cached;
  const words = new Set<string>();
  for (const s of doc.layers.sentences ?? []) {
    const t = doc.text.slice(s.start, s.end);
    if (WEB_ADDRESS.test(t)) continue;
    for (let i = 0; i < t.length; i++) {
      if (i > 0 && !BEFORE_WORD.test(t[i - 1])) continue;
      // Every prefix of the run of word characters from here that ends where a word may end.
      let j = i;
      while (j < t.length && WORD_CHAR.test(t[j])) {
        j++;
        if (j === t.length || AFTER_WORD.test(t[j])) words.add(t.slice(i, j));
      }
    }
  }
  runningTextWords.set(doc, words);
  return words;
}

export function mentionNodes(doc: Document): MentionNode[] {
  const mentions = doc.layers.mentions ?? [];
  const nodes: MentionNode[] = [];
  mentions.forEach((mention, index) => {
    if (!RESOLVED_TYPES.has(mention.type)) return;
    const sentence = sentenceIndex(doc, mention.start);
    let kind = mentionKind(mention);
    if (kind === 'name' && capitalisedDescription(doc, mention, sentence)) kind = 'nominal';
    nodes.push({ doc: doc.id, index, mention, kind, head: headWord(mention.text), sentence });
  });
  return nodes.sort((a, b) => a.mention.start - b.mention.start || b.mention.end - a.mention.end);
}

function newChain(id: number, node: MentionNode): Chain {
  const chain: Chain = { id, doc: node.doc, type: node.mention.type, nodes: [], names: [], nominalHeads: new Set(), nameHeads: new Set(), roles: [] };
  addNode(chain, node);
  return chain;
}

function addNode(chain: Chain, node: MentionNode): void {
  chain.nodes.push(node);
  const gender = genderOf(node);
  chain.gender ??= gender;
  if (gender && gender === chain.gender) chain.genderVotes = (chain.genderVotes ?? 0) + 1;
  if (node.kind === 'name') {
    chain.names.push(nameCore(node.mention.text));
    chain.nameHeads.add(lemma(headWord(nameCore(node.mention.text))));
  }
  if (node.kind === 'nominal') {
    chain.nominalHeads.add(node.head);
    if (chain.type === 'PER') chain.roles.push({ text: node.mention.text, start: node.mention.start, end: node.mention.end });
  }
  if (node.mention.role) chain.roles.push(node.mention.role);
}

const MASCULINE = new Set(['he', 'him', 'his', 'himself', 'man', 'men', 'boy', 'actor', 'father', 'son', 'husband', 'brother', 'king', 'mr', 'businessman', 'spokesman', 'gentleman', 'uncle', 'nephew', 'grandfather', 'boyfriend']);
const FEMININE = new Set(['she', 'her', 'hers', 'herself', 'woman', 'women', 'girl', 'actress', 'mother', 'daughter', 'wife', 'sister', 'queen', 'mrs', 'ms', 'businesswoman', 'spokeswoman', 'lady', 'aunt', 'niece', 'grandmother', 'girlfriend']);

function genderOf(node: MentionNode): 'm' | 'f' | undefined {
  const word = node.kind === 'pronoun' ? bareText(node.mention.text).toLowerCase() : node.head;
  if (node.kind === 'name') {
    const title = node.mention.text.trim().toLowerCase().split(/[\s.]+/)[0];
    return MASCULINE.has(title) ? 'm' : FEMININE.has(title) ? 'f' : undefined;
  }
  return MASCULINE.has(word) ? 'm' : FEMININE.has(word) ? 'f' : undefined;
}

function lastStart(chain: Chain): number {
  return chain.nodes[chain.nodes.length - 1].mention.start;
}

/** A lone given name ("Tara") inside the article that introduced "Tara Reid" is her. */
function givenNameOf(single: string, full: string): boolean {
  const a = normaliseName(single).tokens;
  const b = normaliseName(full).tokens;
  return a.length === 1 && b.length > 1 && a[0] === b[0];
}

const distinctNames = new WeakMap<Chain, { seen: number; names: Set<string> }>();

/** A chain's names, each spelling once: an actor named a thousand times is compared once per spelling. */
function namesOf(chain: Chain): Set<string> {
  let d = distinctNames.get(chain);
  if (!d) distinctNames.set(chain, (d = { seen: 0, names: new Set() }));
  // Names are only ever appended to a chain (addNode).
  for (; d.seen < chain.names.length; d.seen++) d.names.add(chain.names[d.seen]);
  return d.names;
}

function nameScore(node: MentionNode, chain: Chain): number {
  let best = 0;
  for (const name of namesOf(chain)) {
    // One article is the evidence a near spelling needs ("Nasleh" after "Nasra").
    const cmp = compareNames(nameCore(node.mention.text), name, chain.type === 'PER' && node.mention.type === 'PER', { sameDocument: true });
    if (cmp.conflict) return 0;
    best = Math.max(best, cmp.score);
    if (chain.type === 'PER' && givenNameOf(nameCore(node.mention.text), name)) best = Math.max(best, 0.8);
  }
  return best;
}

/**
 * The chain whose names this name matches best, the nearest among equals: "Barr" goes to
 * "William Barr", not to a "Richard Burr" mentioned since.
 */
function bestNamed(chains: Chain[], node: MentionNode): Chain | null {
  let best: Chain | null = null;
  let bestScore = 0;
  for (const chain of chains) {
    const score = nameScore(node, chain);
    if (score < WITHIN_DOC_NAME_MATCH) continue;
    if (!best || score > bestScore || (score === bestScore && lastStart(chain) > lastStart(best))) {
      best = chain;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Whether the chain holds a name that acts on this one in its sentence. Only a mention of the
 * same sentence can (distinctActors), and a chain's nodes come in text order while chains are
 * built, so the look stops at the first node of an earlier sentence.
 */
function blocked(node: MentionNode, chain: Chain, text: string): boolean {
  if (node.sentence < 0) return false;
  for (let i = chain.nodes.length - 1; i >= 0; i--) {
    const other = chain.nodes[i];
    if (other.sentence >= 0 && other.sentence < node.sentence) break;
    if (distinctActors(node, other, text)) return true;
  }
  return false;
}

/** The chain of the nearest earlier mention that satisfies `accept`. */
function nearest(chains: Chain[], accept: (chain: Chain) => boolean): Chain | null {
  let best: Chain | null = null;
  for (const chain of chains) if (accept(chain) && (!best || lastStart(chain) > lastStart(best))) best = chain;
  return best;
}

function content(text: string): string {
  return rawWords(text).filter((w) => !['the', 'a', 'an', 'its', 'his', 'her', 'their'].includes(w)).join(' ');
}

/** A role a chain holds where the text says so: "the Kremlin spokesman" after "Kremlin spokesman X". */
function holdsRole(chain: Chain, nominal: string): boolean {
  const wanted = content(nominal);
  if (wanted.length === 0) return false;
  return chain.roles.some((role) => {
    const held = content(role.text);
    return held === wanted || held.endsWith(` ${wanted}`) || wanted.endsWith(` ${held}`);
  });
}

/** Between a name and its apposition: a comma or bracket, a determiner, a few modifiers, no clause. */
const APPOSITION_GAP = /^\s*[,(]\s*(?:(?:a|an|the|his|her|its|their)\s+)?(?:[\w'’#@.-]+\s+){0,4}$/i;

/** "X, the Y," or "X (the Y)" or "X, a veteran Y": the text itself equates a name and a description. */
function appositiveName(chains: Chain[], node: MentionNode, text: string): Chain | null {
  // Places follow each other by containment ("Richmond Hill, Queens"), not apposition.
  if (!['PER', 'ORG'].includes(node.mention.type) || bareText(node.mention.text) !== node.mention.text.trim()) return null;
  for (const chain of chains) {
    const prev = chain.nodes[chain.nodes.length - 1];
    if (prev.kind === 'pronoun' || chain.names.length === 0 || prev.sentence !== node.sentence) continue;
    const between = text.slice(prev.mention.end, node.mention.start);
    if (APPOSITION_GAP.test(between) && !/\b(?:and|or|but|who|which|that|said|says)\b/i.test(between) && typesCompatible(chain.type, node.mention.type)) return chain;
  }
  return null;
}

/** The chain mentioned most often so far: whom a story is about, when nothing nearer fits. */
function mostSalient(chains: Chain[], accept: (chain: Chain) => boolean): Chain | null {
  let best: Chain | null = null;
  for (const chain of chains) if (accept(chain) && (!best || chain.nodes.length > best.nodes.length)) best = chain;
  return best;
}

/** "the X", the article written inside the mention or just before it. */
function definite(node: MentionNode, text: string): boolean {
  return /^the\s/i.test(bareText(node.mention.text)) || /\bthe\s*$/i.test(text.slice(Math.max(0, node.mention.start - 5), node.mention.start));
}

/** "the actress" with no antecedent of its own: the story's main person of that gender, if named. */
function definiteDescription(chains: Chain[], node: MentionNode, text: string): Chain | null {
  if (node.mention.type !== 'PER' || lemma(node.head) !== node.head.toLowerCase()) return null;
  if (!definite(node, text)) return null;
  // Only a gendered description ("the actress") says enough to pick the person out.
  const gender = genderOf(node);
  if (!gender) return null;
  return mostSalient(chains, (c) => c.type === 'PER' && c.names.length > 0 && (!c.gender || c.gender === gender));
}

/** The article's named organisation must be mentioned this many times more than the next to take "the company". */
const ORGANISATION_DOMINANCE = 2;

/** "the company", "the team" with no antecedent of its own: the article's clearly dominant named organisation. */
function definiteOrganisation(chains: Chain[], node: MentionNode, text: string): Chain | null {
  if (node.mention.type !== 'ORG') return null;
  if (!definite(node, text)) return null;
  const named = chains.filter((c) => c.type === 'ORG' && c.names.length > 0).sort((a, b) => b.nodes.length - a.nodes.length);
  if (named.length === 0 || (named[1] && named[0].nodes.length < ORGANISATION_DOMINANCE * named[1].nodes.length)) return null;
  return named[0];
}

/** "actress Jane Roe": a description written right before a name, with no name of its own yet. */
function describedBefore(chains: Chain[], node: MentionNode, text: string): Chain | null {
  for (const chain of chains) {
    const prev = chain.nodes[chain.nodes.length - 1];
    if (chain.names.length > 0 || prev.kind !== 'nominal' || prev.mention.end > node.mention.start) continue;
    if (/^\s*$/.test(text.slice(prev.mention.end, node.mention.start))) return chain;
  }
  return null;
}

function pronounAntecedent(chains: Chain[], node: MentionNode): Chain | null {
  const cls = pronounClass(node.mention.text);
  const inReach = (chain: Chain) => {
    const prev = chain.nodes[chain.nodes.length - 1];
    return prev.sentence >= 0 && node.sentence - prev.sentence <= PRONOUN_REACH && prev.mention.start < node.mention.start;
  };
  switch (cls) {
    case 'person': {
      const gender = genderOf(node);
      // "he" or "she" is one person, never a group ("the workers").
      const agrees = (c: Chain) => c.type === 'PER' && node.mention.type === 'PER' && (!c.gender || c.gender === gender) && chainNumber(c) !== 'pl';
      // A chain the text already gives this pronoun's gender comes before one it gives none.
      const same = (c: Chain) => agrees(c) && c.gender === gender && inReach(c);
      return (
        mostSalient(chains, (c) => same(c) && c.names.length > 0) ??
        nearest(chains, same) ??
        mostSalient(chains, (c) => agrees(c) && inReach(c) && c.names.length > 0) ??
        nearest(chains, (c) => agrees(c) && inReach(c)) ??
        mostSalient(chains, (c) => agrees(c) && c.names.length > 0)
      );
    }
    case 'relative':
      return nearest(chains, (c) => c.nodes[c.nodes.length - 1].sentence === node.sentence && typesCompatible(c.type, node.mention.type) && inReach(c));
    case 'thing':
      return nearest(chains, (c) => c.type !== 'PER' && typesCompatible(c.type, node.mention.type) && inReach(c));
    case 'place':
      return nearest(chains, (c) => ['LOC', 'FAC', 'GPE'].includes(c.type) && inReach(c));
    case 'plural':
      // "they" is not one man or one woman.
      return nearest(chains, (c) => !c.gender && typesCompatible(c.type, node.mention.type) && inReach(c));
    default:
      return null;
  }
}

/** "gang members" after "a gang member", "three teens" for a named man: a group is not one person. */
export function numberDisagrees(node: MentionNode, chain: Chain): boolean {
  if (node.kind !== 'nominal' || chain.type !== 'PER' || node.mention.type !== 'PER') return false;
  const mine = mentionNumber(node.mention.text, node.kind);
  const theirs = chainNumber(chain);
  return mine !== null && theirs !== undefined && mine !== theirs;
}

function antecedent(chains: Chain[], node: MentionNode, text: string): Chain | null {
  const open = chains.filter((c) => typesCompatible(c.type, node.mention.type) && !blocked(node, c, text) && !(node.kind !== 'pronoun' && differentThings([node], c.nodes, c.type)) && !numberDisagrees(node, c));
  if (node.kind === 'name') return bestNamed(open, node) ?? describedBefore(open, node, text);
  if (node.kind === 'pronoun') return pronounAntecedent(open, node);
  return (
    appositiveName(open, node, text) ??
    nearest(open, (c) => c.type === 'PER' && holdsRole(c, node.mention.text)) ??
    nearest(open, (c) => c.nominalHeads.has(node.head) || c.nominalHeads.has(lemma(node.head))) ??
    // "the island" after "Qeshm Island": the description is the name's own head word.
    nearest(open, (c) => c.type === node.mention.type && c.names.length > 0 && c.nameHeads.has(node.head)) ??
    definiteDescription(open, node, text) ??
    definiteOrganisation(open, node, text)
  );
}

/**
 * A chain of personal pronouns only ("he ... him") that found no antecedent before it refers,
 * in a news story, to the story's main named person of that gender: attach it there.
 */
function attachStrayPronouns(chains: Chain[], chainOf: Map<MentionNode, Chain>): void {
  for (let i = chains.length - 1; i >= 0; i--) {
    const stray = chains[i];
    if (stray.type !== 'PER' || !stray.nodes.every((n) => n.kind === 'pronoun' && pronounClass(n.mention.text) === 'person')) continue;
    const host = mostSalient(chains, (c) => c !== stray && c.type === 'PER' && c.names.length > 0 && (!c.gender || !stray.gender || c.gender === stray.gender));
    if (host) moveInto(host, stray, chains, chainOf);
  }
}

/** The main named person must have this many times the mentions of the next to be taken as a stray quotation's speaker. */
const SPEAKER_DOMINANCE = 2;

const FIRST_SINGULAR = new Set(['i', 'me', 'my', 'mine', 'myself']);

function moveInto(host: Chain, stray: Chain, chains: Chain[], chainOf: Map<MentionNode, Chain>): void {
  for (const node of stray.nodes) {
    addNode(host, node);
    chainOf.set(node, host);
  }
  host.nodes.sort((a, b) => a.mention.start - b.mention.start);
  chains.splice(chains.indexOf(stray), 1);
}

/**
 * "I" and "we" inside a quotation are its speaker, who is named in the same sentence
 * ('"I am thrilled," Roe said'), before or after: the nearest name of a person (or, for "we", a group).
 */
function attachSpeakers(chains: Chain[], chainOf: Map<MentionNode, Chain>): void {
  for (const stray of [...chains]) {
    if (!stray.nodes.every((n) => n.kind === 'pronoun' && pronounClass(n.mention.text) === 'speaker')) continue;
    const first = stray.nodes[0];
    const singular = FIRST_SINGULAR.has(bareText(first.mention.text).toLowerCase());
    const nearestName = (reach: number) => {
      let best: { chain: Chain; distance: number } | null = null;
      for (const [node, chain] of chainOf) {
        if (chain === stray || node.kind !== 'name' || Math.abs(node.sentence - first.sentence) > reach) continue;
        if (singular ? chain.type !== 'PER' : !['ORG', 'NORP', 'GPE'].includes(chain.type)) continue;
        const distance = Math.abs(node.mention.start - first.mention.start);
        if (!best || distance < best.distance) best = { chain, distance };
      }
      return best;
    };
    // A quotation running over two sentences names its speaker in the one before or after.
    const best = nearestName(0) ?? (singular ? nearestName(1) : null);
    if (best) moveInto(best.chain, stray, chains, chainOf);
    else if (singular) {
      // No name near: the article's main named person, when one clearly outweighs the others.
      const people = chains.filter((c) => c !== stray && c.type === 'PER' && c.names.length > 0).sort((a, b) => b.nodes.length - a.nodes.length);
      if (people[0] && (!people[1] || people[0].nodes.length >= SPEAKER_DOMINANCE * people[1].nodes.length)) moveInto(people[0], stray, chains, chainOf);
    }
  }
}

export interface DocumentChains {
  chains: Chain[];
  /** Pairs of chain ids that the text shows to be distinct actors. */
  cannotLink: [number, number][];
}

/**
 * How far back (in sentences) a mention looks for its antecedent chain: a chain last mentioned
 * further back is closed. Far beyond any news article (the longest run to some 700 sentences),
 * it keeps the work per mention bounded in a book-length text, where every earlier chain would
 * otherwise be a candidate for every mention.
 */
const ANTECEDENT_REACH_SENTENCES = 1000;

function lastSentence(chain: Chain): number {
  return chain.nodes[chain.nodes.length - 1].sentence;
}

/** Within-document coreference: each mention joins the nearest compatible antecedent or opens a chain. */
export function buildChains(doc: Document, firstId: number): DocumentChains {
  const chains: Chain[] = [];
  const chainOf = new Map<MentionNode, Chain>();
  let open: Chain[] = [];
  let closedBefore = 0;
  for (const node of mentionNodes(doc)) {
    if (node.sentence - ANTECEDENT_REACH_SENTENCES > closedBefore) {
      // Once per stretch of sentences, not per mention: the open list is pruned in one pass.
      closedBefore = node.sentence - ANTECEDENT_REACH_SENTENCES / 2;
      open = open.filter((c) => lastSentence(c) < 0 || lastSentence(c) >= node.sentence - ANTECEDENT_REACH_SENTENCES);
    }
    const target = antecedent(open, node, doc.text);
    if (target) addNode(target, node);
    else {
      chains.push(newChain(firstId + chains.length, node));
      open.push(chains[chains.length - 1]);
    }
    chainOf.set(node, target ?? chains[chains.length - 1]);
  }
  repairTypes(chains, doc.text, (host, stray) => moveInto(host, stray, chains, chainOf));
  attachStrayPronouns(chains, chainOf);
  attachSpeakers(chains, chainOf);
  attachPredicates(doc, chains);
  const bySentence = new Map<number, MentionNode[]>();
  for (const node of chainOf.keys()) {
    if (node.kind !== 'name' || node.sentence < 0) continue;
    const list = bySentence.get(node.sentence) ?? [];
    list.push(node);
    bySentence.set(node.sentence, list);
  }
  const seen = new Set<string>();
  const cannotLink: [number, number][] = [];
  for (const nodes of bySentence.values()) {
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = chainOf.get(nodes[i])!;
        const b = chainOf.get(nodes[j])!;
        if (a === b) continue;
        // A pair of chains already kept apart needs no second test: one long sentence holds
        // thousands of name pairs between a few chains.
        const key = a.id < b.id ? `${a.id}:${b.id}` : `${b.id}:${a.id}`;
        if (seen.has(key) || !distinctActors(nodes[i], nodes[j], doc.text)) continue;
        seen.add(key);
        cannotLink.push([a.id, b.id]);
      }
    }
  }
  return { chains, cannotLink };
}

/** Chains a caller already holds for a document object (useKnownChains). */
const knownChains = new WeakMap<Document, () => DocumentChains>();

/**
 * Lets the resolver take a document's within-document chains from `chains` instead of building
 * them. A document's chains depend on its annotation alone (the resolver is the first corpus
 * stage, and nothing after buildChains writes to a chain or its nodes), so a live corpus's worker,
 * which resolves the same stored documents again at every update, builds them once per document
 * (src/store/document-cache.ts). Such chains may number from 0 in every document: a chain is
 * known by its document and id together (chainKey), never by its id alone.
 */
export function useKnownChains(doc: Document, chains: () => DocumentChains): void {
  knownChains.set(doc, chains);
}

/** The document's chains: the ones useKnownChains gave for it, else built now with ids from `firstId`. */
export function documentChains(doc: Document, firstId: number): DocumentChains {
  const known = knownChains.get(doc);
  return known ? known() : buildChains(doc, firstId);
}
