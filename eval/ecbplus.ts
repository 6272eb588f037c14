/**
 * ECB+ cross-document entity coreference with gold mentions.
 *
 *   npx triangulate eval ecbplus <dir> [--scope topic|subtopic] [--pair-model <file>]
 *
 * <dir> holds one folder per topic (N/N_Mecb.xml, N/N_Mecbplus.xml). Each document's text is
 * rebuilt from its tokens; each gold entity mention becomes a Mention with that text's offsets,
 * and the project's own resolver (src/resolve) clusters them, so the code path measured is the
 * product's. Entity mentions are the markables whose tag does not start with ACTION or
 * NEG_ACTION (participants, places, times); gold clusters come from CROSS_DOC_COREF instance ids
 * and INTRA_DOC_COREF chains; every other mention is a gold singleton. Following Barhom et al.
 * (2019) and Cattan et al. (2021), singletons stay in both key and response, and all documents
 * are scored together as one clustering (CoNLL-2012 scorer definitions, eval/coref-metrics.ts).
 *
 * The figure is the product setting (eval/product-setting.ts): only the mention spans are gold.
 * Types come from the product's tagger and typing, stories from the product's grouping of all
 * documents as one pile, and one resolver run clusters the whole pile, told those stories (names
 * may link across stories, descriptions and dates only within one). The old gold-assisted figure
 * is printed beside it, labelled: gold types from the mention tags, the resolver run within each
 * gold topic and told each document's gold sub-topic as its story (--scope subtopic: within each
 * sub-topic). Gold clusters may span a whole topic.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Corpus } from '../src/model/corpus.js';
import type { Document, Sentence, TokenColumns } from '../src/model/document.js';
import type { EntityType, Mention } from '../src/model/mention.js';
import { tokenizeParagraph } from '../src/annotate/tokens/tokenize.js';
import { lemmaId } from '../src/annotate/tokens/vocabulary.js';
import { resolveCorpus } from '../src/resolve/component.js';
import { usePairModel } from '../src/resolve/cross-doc.js';
import { loadPairModel } from '../src/resolve/pairwise/model.js';
import { headWord } from '../src/resolve/mention-kind.js';
import { type Clustering, type CorefScores, scoreCoref } from './coref-metrics.js';
import { productClusters, productStories, retypeWithProduct } from './product-setting.js';
import { bcubed } from './stories.js';

export interface EcbMention {
  id: string;
  tag: string;
  tokens: number[];
  gold: string;
  /** In a sentence whose coreference was annotated: it holds an event mention linked by CROSS_DOC_COREF. */
  annotatedSentence: boolean;
}

export interface EcbDocument {
  name: string;
  topic: string;
  subtopic: string;
  tokens: { id: number; sentence: number; text: string }[];
  mentions: EcbMention[];
  /** Event mentions (ACTION_* and NEG_ACTION_* markables), gold clusters as for entities. */
  events: EcbMention[];
}

const ATTR = (tag: string, name: string): string | null => new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1] ?? null;

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

export function isEntityTag(tag: string): boolean {
  return !tag.startsWith('ACTION') && !tag.startsWith('NEG_ACTION') && tag !== 'UNKNOWN_INSTANCE_TAG';
}

export function parseEcbDocument(xml: string, name: string): EcbDocument {
  const topic = name.split('_')[0];
  const subtopic = `${topic}${name.includes('ecbplus') ? 'plus' : ''}`;
  const tokens = [...xml.matchAll(/<token t_id="(\d+)" sentence="(\d+)"[^>]*>([^<]*)<\/token>/g)].map((m) => ({
    id: Number(m[1]),
    sentence: Number(m[2]),
    text: unescapeXml(m[3]),
  }));
  const markables = /<Markables>([\s\S]*?)<\/Markables>/.exec(xml)?.[1] ?? '';
  const anchored = new Map<string, { tag: string; tokens: number[] }>();
  const instanceOf = new Map<string, string>();
  for (const m of markables.matchAll(/<([A-Z_]+) (m_id="\d+"[^>]*?)(\/>|>([\s\S]*?)<\/\1>)/g)) {
    const id = ATTR(m[2], 'm_id')!;
    const anchors = [...(m[4] ?? '').matchAll(/t_id="(\d+)"/g)].map((a) => Number(a[1]));
    if (anchors.length > 0) anchored.set(id, { tag: m[1], tokens: anchors });
    else instanceOf.set(id, ATTR(m[2], 'instance_id') || `${name}:instance:${id}`);
  }
  const gold = new Map<string, string>();
  const sentenceOf = new Map(tokens.map((t) => [t.id, t.sentence]));
  const annotated = new Set<number>();
  const relations = /<Relations>([\s\S]*?)<\/Relations>/.exec(xml)?.[1] ?? '';
  for (const r of relations.matchAll(/<(CROSS_DOC_COREF|INTRA_DOC_COREF)([^>]*)>([\s\S]*?)<\/\1>/g)) {
    const target = /<target m_id="(\d+)"/.exec(r[3])?.[1];
    if (!target) continue;
    const cluster = r[1] === 'CROSS_DOC_COREF' ? ATTR(r[2], 'note') ?? instanceOf.get(target) ?? `${name}:${target}` : `${name}:intra:${target}`;
    for (const s of r[3].matchAll(/<source m_id="(\d+)"/g)) {
      gold.set(s[1], cluster);
      const source = anchored.get(s[1]);
      if (r[1] === 'CROSS_DOC_COREF' && source && !isEntityTag(source.tag)) annotated.add(sentenceOf.get(source.tokens[0]) ?? -1);
    }
  }
  const mentions: EcbMention[] = [];
  const events: EcbMention[] = [];
  for (const [id, m] of anchored) {
    if (m.tag === 'UNKNOWN_INSTANCE_TAG') continue;
    (isEntityTag(m.tag) ? mentions : events).push({ id: `${name}:${id}`, tag: m.tag, tokens: m.tokens, gold: `${topic}/${gold.get(id) ?? `${name}:singleton:${id}`}`, annotatedSentence: annotated.has(sentenceOf.get(m.tokens[0]) ?? -1) });
  }
  return { name, topic, subtopic, tokens, mentions, events };
}

const TYPE_OF: [RegExp, EntityType][] = [
  [/^HUMAN_PART_ORG/, 'ORG'],
  [/^HUMAN_PART_GPE/, 'GPE'],
  [/^HUMAN_PART_(FAC|VEH|MET)/, 'MISC'],
  [/^HUMAN_PART/, 'PER'],
  [/^LOC_FAC/, 'FAC'],
  [/^LOC/, 'LOC'],
  [/^TIME/, 'MISC'],
];

/** Gold mention tags to the project's coarse types (the resolver never sees the fine tag). */
export function entityType(tag: string): EntityType {
  return TYPE_OF.find(([re]) => re.test(tag))?.[1] ?? 'MISC';
}

/** A gold mention given by token ids, with the project's type for it. */
export interface TokenMention {
  id: string;
  tokens: number[];
  type: EntityType;
}

/** The document as the pipeline would hold it: text joined from tokens, sentences, gold mentions. */
export function tokensToDocument(name: string, tokens: EcbDocument['tokens'], gold: TokenMention[]): Document {
  const offsets = new Map<number, [number, number]>();
  const sentences: Sentence[] = [];
  let text = '';
  let current = -1;
  tokens.forEach((t, i) => {
    if (t.sentence !== current) {
      if (current >= 0) {
        sentences[sentences.length - 1].end = text.length;
        sentences[sentences.length - 1].tokenEnd = i;
        text += '\n';
      }
      current = t.sentence;
      sentences.push({ start: text.length, end: text.length, tokenStart: i, tokenEnd: i });
    } else if (text.length > 0) text += ' ';
    offsets.set(t.id, [text.length, text.length + t.text.length]);
    text += t.text;
  });
  if (sentences.length > 0) {
    sentences[sentences.length - 1].end = text.length;
    sentences[sentences.length - 1].tokenEnd = tokens.length;
  }
  const tokenColumns = tagSentences(text, sentences);
  const mentions: Mention[] = gold.map((m) => {
    const spans = m.tokens.map((t) => offsets.get(t)).filter((s): s is [number, number] => s !== undefined);
    const start = Math.min(...spans.map((s) => s[0]));
    const end = Math.max(...spans.map((s) => s[1]));
    return { id: m.id, start, end, type: m.type, text: text.slice(start, end) };
  });
  return {
    id: name, source: name, format: 'text', text, contentHash: name,
    meta: { title: null, byline: null, outlet: null, url: null, published: null, publishedPrecision: null, zone: null, language: 'en', syndicatedFrom: null, evidence: {} },
    layers: { sentences, tokens: tokenColumns, mentions },
  };
}

/**
 * POS tags and lemmas as the pipeline's tokens stage gives them (the resolver reads verbs off
 * them), run on each gold sentence, whose token range is reset to the tagger's tokens.
 */
function tagSentences(text: string, sentences: Sentence[]): TokenColumns {
  const known = tagged.get(text);
  if (known) {
    sentences.forEach((s, i) => Object.assign(s, known.ranges[i]));
    return known.columns;
  }
  const columns = tagAll(text, sentences);
  tagged.set(text, { columns, ranges: sentences.map((s) => ({ tokenStart: s.tokenStart, tokenEnd: s.tokenEnd })) });
  return columns;
}

/** Tagging is the slow part; training rebuilds every document once per threshold and fold. */
const tagged = new Map<string, { columns: TokenColumns; ranges: { tokenStart: number; tokenEnd: number }[] }>();

function tagAll(text: string, sentences: Sentence[]): TokenColumns {
  const start: number[] = [];
  const end: number[] = [];
  const pos: number[] = [];
  const sentence: number[] = [];
  const lemma: number[] = [];
  sentences.forEach((s, i) => {
    s.tokenStart = start.length;
    for (const raw of tokenizeParagraph(text.slice(s.start, s.end))) {
      for (const t of raw.tokens) {
        start.push(s.start + t.start);
        end.push(s.start + t.end);
        pos.push(t.pos);
        sentence.push(i);
        lemma.push(lemmaId(t.lemma));
      }
    }
    s.tokenEnd = start.length;
  });
  return { count: start.length, start: Int32Array.from(start), end: Int32Array.from(end), pos: Uint8Array.from(pos), sentence: Int32Array.from(sentence), lemma: Uint32Array.from(lemma) };
}

export function toDocument(ecb: EcbDocument): Document {
  return tokensToDocument(ecb.name, ecb.tokens, ecb.mentions.map((m) => ({ id: m.id, tokens: m.tokens, type: entityType(m.tag) })));
}

/** Clusters of mention ids from resolving one corpus: one cluster per entity. */
export function entityClusters(corpus: Corpus): Clustering {
  const byEntity = new Map<string, string[]>();
  for (const doc of corpus.documents) {
    (doc.layers.mentions ?? []).forEach((m, i) => {
      const entity = corpus.mentionEntity!.get(`${doc.id}:${i}`) ?? `unresolved:${m.id}`;
      byEntity.set(entity, [...(byEntity.get(entity) ?? []), m.id]);
    });
  }
  return [...byEntity.values()];
}

export function loadEcbPlus(dir: string): EcbDocument[] {
  const docs: EcbDocument[] = [];
  const topics = readdirSync(dir).filter((t) => /^\d+$/.test(t) && statSync(join(dir, t)).isDirectory());
  topics.sort((a, b) => Number(a) - Number(b));
  for (const topic of topics) {
    const files = readdirSync(join(dir, topic)).filter((f) => f.endsWith('.xml')).sort();
    for (const file of files) docs.push(parseEcbDocument(readFileSync(join(dir, topic, file), 'utf8'), basename(file, '.xml')));
  }
  return docs;
}

export function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

export function goldClusters(docs: EcbDocument[]): Clustering {
  return [...groupBy(docs.flatMap((d) => d.mentions), (m) => m.gold).values()].map((ms) => ms.map((m) => m.id));
}

/** Both clusterings cut down to one mention set, empty clusters dropped. */
export function restrict(clusters: Clustering, keep: Set<string>): Clustering {
  return clusters.map((c) => c.filter((m) => keep.has(m))).filter((c) => c.length > 0);
}

/** The resolver's clustering, run separately on each scope's documents. */
export function resolverClusters(docs: EcbDocument[], scope: (d: EcbDocument) => string, stories = true): Clustering {
  const clusters: Clustering = [];
  const subtopicOf = new Map(docs.map((d) => [d.name, d.subtopic]));
  for (const group of groupBy(docs, scope).values()) {
    const corpus: Corpus = { documents: group.map(toDocument) };
    resolveCorpus(corpus, { geo: false, storyOf: stories ? (doc) => subtopicOf.get(doc) ?? doc : undefined });
    clusters.push(...entityClusters(corpus));
  }
  return clusters;
}

/** Same-lemma baseline: mentions whose lowercase head lemma is the same form one cluster per scope. */
export function sameLemmaClusters(docs: EcbDocument[], scope: (d: EcbDocument) => string): Clustering {
  const clusters: Clustering = [];
  for (const group of groupBy(docs, scope).values()) {
    const byHead = new Map<string, string[]>();
    for (const ecb of group) {
      const doc = toDocument(ecb);
      doc.layers.mentions!.forEach((m) => {
        const head = headWord(m.text).toLowerCase();
        byHead.set(head, [...(byHead.get(head) ?? []), m.id]);
      });
    }
    clusters.push(...byHead.values());
  }
  return clusters;
}

function pct(x: number): string {
  return (100 * x).toFixed(1).padStart(5);
}

export function row(label: string, s: CorefScores): string {
  const part = (p: { precision: number; recall: number; f1: number }) => `${pct(p.recall)} ${pct(p.precision)} ${pct(p.f1)}`;
  return `${label.padEnd(22)} | ${part(s.muc)} | ${part(s.b3)} | ${part(s.ceafe)} | ${pct(s.conllF1)}`;
}

/** The gold-assisted setting and the product's, side by side (see the header). */
export interface EcbRun {
  key: Clustering;
  annotated: Set<string>;
  assisted: Clustering;
  assistedLemma: Clustering;
  honest: Clustering;
  honestLemma: Clustering;
  /** The product setting without stories: \`analyze\` runs resolve before the stories stage, so it resolves this way today. */
  onePass: Clustering;
  /** The product's stories (document name to story id). */
  stories: Map<string, string>;
}

export function runEcbPlus(docs: EcbDocument[], scope: (d: EcbDocument) => string): EcbRun {
  const stories = productStories(docs);
  const storyScope = (d: EcbDocument) => stories.get(d.name) ?? d.name;
  const documents = docs.map(productDocument);
  return {
    key: goldClusters(docs),
    annotated: new Set(docs.flatMap((d) => d.mentions.filter((m) => m.annotatedSentence).map((m) => m.id))),
    assisted: resolverClusters(docs, scope),
    assistedLemma: sameLemmaClusters(docs, scope),
    honest: productClusters(documents, stories),
    onePass: productClusters(documents, null),
    honestLemma: sameLemmaClusters(docs, storyScope),
    stories,
  };
}

/** The product's types of each document's mentions, by document name: tagging is the slow part, and training asks again per fold and threshold. */
const productTypes = new Map<string, EntityType[]>();

/** A document with gold mentions typed by the product (no gold tag). */
export function productDocument(ecb: EcbDocument): Document {
  const known = productTypes.get(ecb.name);
  if (!known) {
    const doc = retypeWithProduct(toDocument(ecb));
    productTypes.set(ecb.name, (doc.layers.mentions ?? []).map((m) => m.type));
    return doc;
  }
  const doc = toDocument(ecb);
  (doc.layers.mentions ?? []).forEach((m, i) => { m.type = known[i]; });
  return doc;
}

/** The product setting's clustering of some documents: product types, the given stories, one resolver run. */
export function productSettingClusters(docs: EcbDocument[], stories: Map<string, string> | null): Clustering {
  return productClusters(docs.map(productDocument), stories);
}

export async function main(args: string[]): Promise<void> {
  const valueOf = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
  const dir = args.find((a, i) => !a.startsWith('--') && !['--scope', '--pair-model'].includes(args[i - 1]));
  if (!dir) throw new Error('usage: triangulate eval ecbplus <dir> [--scope topic|subtopic] [--pair-model <file>]');
  const pairModelFile = valueOf('--pair-model');
  if (pairModelFile) {
    // Scores a trained pair model (train/coref.ts) in place of the product's default scorer.
    const model = loadPairModel(pairModelFile);
    if (!model) throw new Error(`${pairModelFile}: no pair model for this feature set`);
    usePairModel(model);
  }
  const scopeArg = args.includes('--scope') ? args[args.indexOf('--scope') + 1] : 'topic';
  const scope = scopeArg === 'subtopic' ? (d: EcbDocument) => d.subtopic : (d: EcbDocument) => d.topic;
  const started = Date.now();
  const docs = loadEcbPlus(dir);
  const topics = [...new Set(docs.map((d) => d.topic))];
  const run = runEcbPlus(docs, scope);
  const key = restrict(run.key, run.annotated);
  const score = (c: Clustering) => scoreCoref(key, restrict(c, run.annotated));
  const honest = score(run.honest);
  const assisted = score(run.assisted);
  const honestLemma = score(run.honestLemma);
  const onePass = score(run.onePass);
  const assistedLemma = score(run.assistedLemma);
  const storyScore = bcubed(new Map(docs.map((d) => [d.name, d.subtopic])), run.stories);
  const allMentions = run.key.reduce((n, c) => n + c.length, 0);
  const predictedStories = new Set(run.stories.values()).size;
  console.log(`ECB+ entity coreference, gold mentions: ${docs.length} documents, topics ${topics[0]}-${topics[topics.length - 1]} (${topics.length} topics)`);
  console.log(`command: npx triangulate eval ecbplus ${dir}${scopeArg === 'subtopic' ? ' --scope subtopic' : ''}${pairModelFile ? ` --pair-model ${pairModelFile}` : ''}   pair scorer: ${pairModelFile ? 'learned' : 'default'}`);
  console.log(`product setting (the figure): gold mention spans only; types from the product's tagger and typing; stories from the product's grouping of all ${docs.length} documents as one pile (${predictedStories} stories, B-cubed F1 ${(100 * storyScore.f1).toFixed(1)} against the ${new Set(docs.map((d) => d.subtopic)).size} sub-topics); one resolver run over the pile`);
  console.log('one pass, no stories: the same, but the resolver told no stories, as `analyze` runs it today (resolve comes before the stories stage)');
  console.log(`gold-assisted (the old figure, for comparison only): gold entity types from the mention tags, resolver run within each gold ${scopeArg} and told the gold sub-topic of each document`);
  console.log(`${''.padEnd(22)} |    MUC R/P/F1     |     B3 R/P/F1     |   CEAF-e R/P/F1   | CoNLL F1`);
  console.log(`coreference-annotated sentences (${run.annotated.size} mentions, ${key.length} gold clusters, singletons included):`);
  console.log(row('product setting', honest));
  console.log(row('  same-lemma, stories', honestLemma));
  console.log(row('  one pass, no stories', onePass));
  console.log(row('gold-assisted (old)', assisted));
  console.log(row(`  same-lemma, ${scopeArg}s`, assistedLemma));
  console.log(`every annotated mention (${allMentions} mentions, ${run.key.length} gold clusters; unlinked mentions outside annotated sentences count as gold singletons):`);
  console.log(row('product setting', scoreCoref(run.key, run.honest)));
  console.log(row('gold-assisted (old)', scoreCoref(run.key, run.assisted)));
  console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
  const r4 = (x: number) => Math.round(x * 10000) / 10000;
  console.log(JSON.stringify({ dataset: 'ecbplus', metric: 'entity_conll_f1', value: r4(honest.conllF1), setting: 'gold mentions; product types, stories and clusters', baseline_same_lemma: r4(honestLemma.conllF1), one_pass_no_stories: r4(onePass.conllF1), gold_assisted: r4(assisted.conllF1), gold_assisted_same_lemma: r4(assistedLemma.conllF1), story_b3_f1: r4(storyScore.f1), scope: scopeArg, pair_model: pairModelFile ?? null, split: 'topics in dir' }));
}

if (import.meta.url === `file://${process.argv[1]}`) await main(process.argv.slice(2));
