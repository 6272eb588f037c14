/**
 * MEANTIME (English, Wikinews) cross-document entity coreference with gold mentions.
 *
 *   npx triangulate eval meantime <dir>
 *
 * <dir> is the MEANTIME folder (or its intra_cross-doc_annotation/ folder): one sub-folder per
 * topic (corpus_airbus, corpus_apple, corpus_gm; corpus_stock is held out). Each ENTITY_MENTION
 * becomes a Mention on text rebuilt from the tokens. Gold clusters are the cross-document
 * instance ids (REFERS_TO an ENTITY with instance_id); an entity without one is a within-document
 * cluster; an unlinked mention is a singleton; singletons are kept in key and response (CoNLL-2012
 * scorer definitions, eval/coref-metrics.ts).
 * The figure is the product setting (eval/product-setting.ts): only the mention spans are gold;
 * types come from the product's tagger and typing, stories from the product's grouping of all
 * documents as one pile, and one resolver run clusters the pile. The old gold-assisted figure is
 * printed beside it: each mention typed by the gold ent_type of the entity it refers to (PER, ORG,
 * LOC; FIN as ORG; PRO and MIX as MISC), the resolver run once per gold topic.
 * When eval/meantime-time.ts is present its time-normalisation figures are printed as well.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from '../src/model/corpus.js';
import type { Document } from '../src/model/document.js';
import type { EntityType } from '../src/model/mention.js';
import { resolveCorpus } from '../src/resolve/component.js';
import { headWord } from '../src/resolve/mention-kind.js';
import { type Clustering, scoreCoref } from './coref-metrics.js';
import { type TokenMention, entityClusters, groupBy, row, tokensToDocument } from './ecbplus.js';
import { productClusters, productStories, retypeWithProduct } from './product-setting.js';

interface MeantimeDocument {
  name: string;
  topic: string;
  tokens: { id: number; sentence: number; text: string }[];
  mentions: (TokenMention & { gold: string })[];
}

const TYPES: Record<string, EntityType> = { PER: 'PER', ORG: 'ORG', LOC: 'LOC', FIN: 'ORG', PRO: 'MISC', MIX: 'MISC' };

function attr(tag: string, name: string): string | null {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? null;
}

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

export function parseMeantimeDocument(xml: string, name: string, topic: string): MeantimeDocument {
  const tokens = [...xml.matchAll(/<token ([^>]*)>([^<]*)<\/token>/g)].map((m) => ({
    id: Number(attr(m[1], 't_id')),
    sentence: Number(attr(m[1], 'sentence')),
    text: unescapeXml(m[2]),
  }));
  const anchored = new Map<string, number[]>();
  for (const m of xml.matchAll(/<ENTITY_MENTION ([^>]*)>([\s\S]*?)<\/ENTITY_MENTION>/g)) {
    anchored.set(attr(m[1], 'm_id')!, [...m[2].matchAll(/t_id="(\d+)"/g)].map((a) => Number(a[1])));
  }
  const entities = new Map<string, { instance: string | null; type: string }>();
  for (const m of xml.matchAll(/<ENTITY ([^>]*?)\/?>/g)) {
    entities.set(attr(m[1], 'm_id')!, { instance: attr(m[1], 'instance_id') || null, type: attr(m[1], 'ent_type') ?? '' });
  }
  const refersTo = new Map<string, string>();
  for (const r of xml.matchAll(/<REFERS_TO[^>]*>([\s\S]*?)<\/REFERS_TO>/g)) {
    const target = /<target m_id="(\d+)"/.exec(r[1])?.[1];
    if (target) for (const s of r[1].matchAll(/<source m_id="(\d+)"/g)) refersTo.set(s[1], target);
  }
  const mentions: MeantimeDocument['mentions'] = [];
  for (const [id, anchors] of anchored) {
    if (anchors.length === 0) continue;
    const target = refersTo.get(id);
    const entity = target ? entities.get(target) : undefined;
    const gold = entity?.instance ?? (target ? `${name}:${target}` : `${name}:singleton:${id}`);
    mentions.push({ id: `${name}:${id}`, tokens: anchors, type: TYPES[entity?.type ?? ''] ?? 'MISC', gold: `${topic}/${gold}` });
  }
  return { name, topic, tokens, mentions };
}

export function loadMeantime(dir: string): MeantimeDocument[] {
  const root = existsSync(join(dir, 'intra_cross-doc_annotation')) ? join(dir, 'intra_cross-doc_annotation') : dir;
  const docs: MeantimeDocument[] = [];
  for (const topic of readdirSync(root).sort()) {
    const folder = join(root, topic);
    if (!statSync(folder).isDirectory()) continue;
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.xml')).sort()) {
      docs.push(parseMeantimeDocument(readFileSync(join(folder, file), 'utf8'), file.replace(/\.xml$/, ''), topic));
    }
  }
  return docs;
}

function goldTypedDocuments(docs: MeantimeDocument[]): Document[] {
  return docs.map((d) => tokensToDocument(d.name, d.tokens, d.mentions));
}

/** Same-lemma baseline: one cluster per lowercase head lemma within each group of documents. */
function sameLemma(groups: Iterable<MeantimeDocument[]>): Clustering {
  const out: Clustering = [];
  for (const group of groups) {
    const byHead = groupBy(goldTypedDocuments(group).flatMap((d) => d.layers.mentions ?? []), (m) => headWord(m.text).toLowerCase());
    out.push(...[...byHead.values()].map((ms) => ms.map((m) => m.id)));
  }
  return out;
}

export interface MeantimeEntityScores {
  /** The product setting: gold mention spans, product types, stories and one resolver run. */
  conllF1: number;
  baseline: number;
  /** Gold types from the referred entity, the resolver run within each gold topic (the old figure). */
  goldAssisted: number;
  goldAssistedBaseline: number;
}

export async function evaluateMeantimeEntities(dir: string): Promise<MeantimeEntityScores> {
  const docs = loadMeantime(dir);
  if (docs.length === 0) throw new Error(`no MEANTIME documents under ${dir}`);
  const key: Clustering = [...groupBy(docs.flatMap((d) => d.mentions), (m) => m.gold).values()].map((ms) => ms.map((m) => m.id));
  const topics = groupBy(docs, (d) => d.topic);
  const assisted: Clustering = [];
  for (const group of topics.values()) {
    const corpus: Corpus = { documents: goldTypedDocuments(group) };
    resolveCorpus(corpus, { geo: false });
    assisted.push(...entityClusters(corpus));
  }
  const stories = productStories(docs);
  const honest = productClusters(goldTypedDocuments(docs).map(retypeWithProduct), stories);
  const ours = scoreCoref(key, honest);
  const base = scoreCoref(key, sameLemma(groupBy(docs, (d) => stories.get(d.name) ?? d.name).values()));
  const old = scoreCoref(key, assisted);
  const oldBase = scoreCoref(key, sameLemma(topics.values()));
  const mentions = key.reduce((n, c) => n + c.length, 0);
  console.log(`MEANTIME entity coreference, gold mentions: ${docs.length} documents, topics ${[...topics.keys()].join(', ')}, ${mentions} mentions, ${key.length} gold clusters (singletons included)`);
  console.log(`product setting (the figure): gold mention spans only; types from the product's tagger and typing; stories from the product's grouping of all documents as one pile (${new Set(stories.values()).size} stories); one resolver run over the pile`);
  console.log('gold-assisted (the old figure, for comparison only): each mention typed by the gold entity it refers to, the resolver run within each gold topic');
  console.log(`${''.padEnd(22)} |    MUC R/P/F1     |     B3 R/P/F1     |   CEAF-e R/P/F1   | CoNLL F1`);
  console.log(row('product setting', ours));
  console.log(row('  same-lemma, stories', base));
  console.log(row('gold-assisted (old)', old));
  console.log(row('  same-lemma, topics', oldBase));
  return { conllF1: ours.conllF1, baseline: base.conllF1, goldAssisted: old.conllF1, goldAssistedBaseline: oldBase.conllF1 };
}

export async function main(args: string[]): Promise<void> {
  const dir = args.find((a) => !a.startsWith('--'));
  if (!dir) throw new Error('usage: triangulate eval meantime <dir>');
  console.log('split: MEANTIME English, topics airbus/apple/gm (the stock topic is held out); dev');
  console.log(`command: npx triangulate eval meantime ${dir}`);
  const entities = await evaluateMeantimeEntities(dir);
  const timeModule = new URL('./meantime-time.js', import.meta.url);
  if (existsSync(timeModule)) {
    const { evaluateMeantimeTime } = (await import(timeModule.href)) as { evaluateMeantimeTime: (d: string) => Promise<Record<string, number>> };
    const time = await evaluateMeantimeTime(dir);
    console.log(`time normalisation: ${JSON.stringify(time)}`);
  }
  const r4 = (x: number) => Math.round(x * 10000) / 10000;
  console.log(JSON.stringify({ dataset: 'meantime', metric: 'entity_conll_f1', value: r4(entities.conllF1), setting: 'gold mentions; product types, stories and clusters', baseline_same_lemma: r4(entities.baseline), gold_assisted: r4(entities.goldAssisted), gold_assisted_same_lemma: r4(entities.goldAssistedBaseline) }));
}

if (import.meta.url === `file://${process.argv[1]}`) await main(process.argv.slice(2));
