import { createHash } from 'node:crypto';
import { ReviewStore } from './reviews.js';
import type { Document, DocumentMeta } from '../model/document.js';
import type { Dossier } from '../model/dossier.js';
import type { Db, Sql } from './db.js';
import type { Redirect, StoredMention, StoredNamesake } from './corpus-ids.js';
import type { LiveCorpusConfig } from './live-config.js';
import { candidateStoriesOf } from './story-candidates.js';
import { writeStories, type SaveStoriesOptions } from './story-writer.js';
import { wholeDossiers, type StoredDossier } from './story-rows.js';
import { readEntity } from './entity-records.js';
import { decodeLayers, encodeLayers, spanRows } from './layer-codec.js';
import { nameKey } from './name-key.js';
import { PgBossQueue } from './queue/job-queue.js';
import type { JobQueue } from './queue/types.js';
import { QUEUE_CONFIG, type QueueConfig } from './queue/config.js';
import type {
  AddResult, DocumentState, DocumentSummary, EntitySummary, PageQuery, PendingWork, SearchHit, Store, StoredDocument, StoredDocumentIndex, StoredEntity, StoredStoryState, StoryMerge, StorySummary,
} from './types.js';

/** The columns a document is read back from. */
const DOCUMENT_COLUMNS = 'id, content_hash, source, format, meta, text, html, annotated';

interface DocumentRow {
  id: string; content_hash: string; source: string; format: string; meta: DocumentMeta;
  text: string; html: string | null; annotated: boolean;
}

/** The store, written once in PostgreSQL's dialect; `Db` says which engine runs it. */
export class SqlStore implements Store {
  private jobQueue: Promise<JobQueue> | null = null;

  constructor(private readonly db: Db, private readonly queueConfig: QueueConfig = QUEUE_CONFIG) {}

  get engine() { return this.db.engine; }

  reviews(): ReviewStore { return new ReviewStore(this.db); }

  async addDocuments(docs: Document[], opts: { html?: Map<string, string>; annotated?: boolean } = {}): Promise<AddResult> {
    const result: AddResult = { added: [], existing: [] };
    const annotated = opts.annotated ?? true;
    for (const doc of docs) {
      const added = await this.db.transaction(async (tx) => {
        const inserted = await tx.query(
          `INSERT INTO documents (id, content_hash, source, format, meta, title, outlet, published, text, html, annotated)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
           ON CONFLICT DO NOTHING RETURNING id`,
          [doc.id, doc.contentHash, doc.source, doc.format, JSON.stringify(doc.meta), doc.meta.title,
            doc.meta.outlet, doc.meta.published, doc.text, opts.html?.get(doc.id) ?? null, annotated],
        );
        if (inserted.length > 0) {
          await writeLayers(tx, doc);
          return true;
        }
        // Same content seen before: complete it if only its text was stored, else leave it be.
        const [row] = await tx.query<{ annotated: boolean }>(
          'SELECT annotated FROM documents WHERE id = $1 OR content_hash = $2 FOR UPDATE', [doc.id, doc.contentHash]);
        if (row && !row.annotated && annotated) {
          await tx.query('DELETE FROM layers WHERE doc = $1', [doc.id]);
          await tx.query('DELETE FROM spans WHERE doc = $1', [doc.id]);
          await writeLayers(tx, doc);
          await tx.query('UPDATE documents SET annotated = true WHERE id = $1', [doc.id]);
        }
        return false;
      });
      (added ? result.added : result.existing).push(doc.id);
    }
    return result;
  }

  async saveLayers(doc: Document): Promise<void> {
    await this.db.transaction(async (tx) => {
      const rows = await tx.query('UPDATE documents SET annotated = true WHERE id = $1 RETURNING id', [doc.id]);
      if (rows.length === 0) throw new Error(`no stored document ${doc.id}`);
      await tx.query('DELETE FROM layers WHERE doc = $1', [doc.id]);
      await tx.query('DELETE FROM spans WHERE doc = $1', [doc.id]);
      await writeLayers(tx, doc);
    });
  }

  async getDocument(id: string): Promise<StoredDocument | null> {
    const [row] = await this.db.query<DocumentRow>(`SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE id = $1`, [id]);
    if (!row) return null;
    const layers = await this.db.query<{ name: string; data: unknown }>('SELECT name, data FROM layers WHERE doc = $1', [id]);
    return { ...toDocument(row, layers), html: row.html, annotated: row.annotated };
  }

  async loadDocuments(opts: { annotated?: boolean; ids?: string[] } = {}): Promise<Document[]> {
    // $1 is the id list, or null for every document.
    const where = `WHERE ($1::text[] IS NULL OR d.id = ANY($1::text[]))${opts.annotated ? ' AND d.annotated' : ''}`;
    const ids = opts.ids ?? null;
    const rows = await this.db.query<DocumentRow>(
      `SELECT ${DOCUMENT_COLUMNS} FROM documents d ${where} ORDER BY published NULLS LAST, id`, [ids]);
    const layers = await this.db.query<{ doc: string; name: string; data: unknown }>(
      `SELECT l.doc, l.name, l.data FROM layers l JOIN documents d ON d.id = l.doc ${where}`, [ids]);
    const byDoc = new Map<string, { name: string; data: unknown }[]>();
    for (const l of layers) {
      const list = byDoc.get(l.doc) ?? [];
      list.push(l);
      byDoc.set(l.doc, list);
    }
    return rows.map((r) => toDocument(r, byDoc.get(r.id) ?? []));
  }

  async layerVersions(ids: string[]): Promise<{ id: string; version: string }[]> {
    // The layer rows' transaction ids: saveLayers deletes and inserts them, so a rewrite changes them.
    return this.db.query<{ id: string; version: string }>(
      `SELECT d.id, coalesce((SELECT string_agg(l.xmin::text, ',' ORDER BY l.name) FROM layers l WHERE l.doc = d.id), '') AS version
       FROM documents d WHERE d.id = ANY($1::text[]) AND d.annotated ORDER BY published NULLS LAST, id`, [ids]);
  }

  async listDocuments(page: PageQuery = {}): Promise<DocumentSummary[]> {
    const [key, id] = page.after ?? [];
    return this.db.query<DocumentSummary>(
      `SELECT id, source, title, outlet, published, annotated FROM documents
       ${page.after ? `WHERE (coalesce(published, '~'), id) > ($1, $2)` : 'WHERE $1::text IS NULL AND $2::text IS NULL'}
       ORDER BY coalesce(published, '~'), id LIMIT $3`, [key ?? null, id ?? null, page.limit ?? null]);
  }

  async saveAnalysis(dossier: Dossier, info: Record<string, unknown> = {}, covered?: string[]): Promise<number> {
    return this.saveStories(dossier, { info, covered, replaces: 'all' });
  }

  async saveStories(dossier: Dossier, opts: SaveStoriesOptions): Promise<number> {
    const run = await this.db.transaction((tx) => writeStories(tx, dossier, opts));
    // Fresh statistics keep the search on its indexes: without them the planner guesses that a
    // word matches a fifth of all rows and scans. PGlite has no autovacuum to gather them; an
    // update of a few stories changes them little, so only whole-corpus runs pay for it.
    if (opts.replaces === 'all') {
      await this.db.exec('ANALYZE documents, stories, claims, entities, entity_names, claim_entities, story_keys, story_documents, entity_mentions');
    }
    return run;
  }

  async storyContext(documents: string[], keys: Map<string, string[]>, config: LiveCorpusConfig): Promise<StoredStoryState[]> {
    const holding = await this.db.query<{ story: string }>(
      'SELECT DISTINCT story FROM story_documents WHERE doc = ANY($1::text[])', [documents]);
    const candidates = await candidateStoriesOf(this.db, keys, config);
    const ids = [...new Set([...holding.map((h) => h.story), ...candidates.map((c) => c.id)])];
    return this.db.query<StoredStoryState>(
      `SELECT s.id, s.run_id::int AS run, coalesce(array_agg(sd.doc ORDER BY sd.doc) FILTER (WHERE sd.doc IS NOT NULL), '{}') AS documents
       FROM stories s LEFT JOIN story_documents sd ON sd.story = s.id WHERE s.id = ANY($1::text[]) GROUP BY s.id, s.run_id ORDER BY s.id`, [ids]);
  }

  async allStories(): Promise<StoredStoryState[]> {
    return this.db.query<StoredStoryState>(
      `SELECT s.id, s.run_id::int AS run, coalesce(array_agg(sd.doc ORDER BY sd.doc) FILTER (WHERE sd.doc IS NOT NULL), '{}') AS documents
       FROM stories s LEFT JOIN story_documents sd ON sd.story = s.id GROUP BY s.id, s.run_id ORDER BY s.id`);
  }

  async entityMentions(documents: string[] | 'all'): Promise<StoredMention[]> {
    return this.db.query<StoredMention>(
      `SELECT entity, doc, start_offset AS start, end_offset AS "end" FROM entity_mentions
       ${documents === 'all' ? '' : 'WHERE doc = ANY($1::text[])'}`, documents === 'all' ? [] : [documents]);
  }

  async entityNamesakes(keys: string[]): Promise<StoredNamesake[]> {
    if (keys.length === 0) return [];
    return this.db.query<StoredNamesake>(
      `SELECT e.id, e.type, e.name, array_agg(DISTINCT n2.key) AS keys
       FROM (SELECT DISTINCT entity FROM entity_names WHERE key = ANY($1::text[])) hit
       JOIN entities e ON e.id = hit.entity JOIN entity_names n2 ON n2.entity = e.id
       GROUP BY e.id, e.type, e.name ORDER BY e.id`, [keys]);
  }

  async termCounts(terms: string[]): Promise<{ documents: number; counts: Map<string, number> }> {
    const rows = await this.db.query<{ term: string; documents: number }>(
      `SELECT term, documents FROM term_counts WHERE term = ANY($1::text[]) OR term = '#documents'`, [terms]);
    const counts = new Map(rows.map((r) => [r.term, r.documents]));
    const documents = counts.get('#documents') ?? 0;
    counts.delete('#documents');
    return { documents, counts };
  }

  async documentIndex(documents: string[]): Promise<Map<string, StoredDocumentIndex>> {
    const rows = await this.db.query<{ doc: string; keys: string[]; terms: string[] | null }>(
      'SELECT doc, keys, terms FROM document_keys WHERE doc = ANY($1::text[])', [documents]);
    return new Map(rows.map((r) => [r.doc, { keys: r.keys, terms: r.terms }]));
  }

  /** The id a retired story or entity id now resolves to, or the id itself. */
  private async resolveId(kind: Redirect['kind'], id: string): Promise<string> {
    const [row] = await this.db.query<{ new_id: string }>('SELECT new_id FROM id_redirects WHERE kind = $1 AND old_id = $2', [kind, id]);
    return row?.new_id ?? id;
  }

  async pendingWork(): Promise<PendingWork> {
    const [row] = await this.db.query<{ unanalysed: number }>(
      `SELECT count(*)::int AS unanalysed FROM documents
       WHERE annotated AND analysis_run IS NULL`);
    // Unannotated documents nobody will annotate: stored for the queue by a process that died before queueing them.
    const unannotated = await this.db.query<{ id: string }>('SELECT id FROM documents WHERE NOT annotated ORDER BY id');
    const queued = unannotated.length === 0 ? new Set<string>() : await (await this.queue()).withAnnotationJob(unannotated.map((d) => d.id));
    const orphans = unannotated.filter((d) => !queued.has(d.id));
    return { unanalysed: row.unanalysed, unannotated: orphans.map((o) => o.id) };
  }

  async unanalysedDocuments(): Promise<string[]> {
    const rows = await this.db.query<{ id: string }>(
      'SELECT id FROM documents WHERE annotated AND analysis_run IS NULL ORDER BY published NULLS LAST, id');
    return rows.map((r) => r.id);
  }

  async listStories(page: PageQuery & { since?: string } = {}): Promise<StorySummary[]> {
    const columns = `id, title, earliest, latest, publishers, jsonb_array_length(documents) AS documents, claims, conflicts,
      to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS updated`;
    if (page.since !== undefined) {
      // A change feed: oldest change first, so a client that keeps the last row's key misses nothing.
      const [time, id] = page.after ?? [page.since, ''];
      return this.db.query<StorySummary>(
        `SELECT ${columns} FROM stories WHERE (updated_at, id) > ($1::timestamptz, $2) ORDER BY updated_at, id LIMIT $3`,
        [time, id, page.limit ?? null]);
    }
    const [latest, title, id] = page.after ?? [];
    return this.db.query<StorySummary>(
      `SELECT ${columns} FROM stories
       ${page.after ? `WHERE coalesce(latest, '') < $1 OR (coalesce(latest, '') = $1 AND (title, id) > ($2, $3))` : 'WHERE $1::text IS NULL AND $2::text IS NULL AND $3::text IS NULL'}
       ORDER BY coalesce(latest, '') DESC, title, id LIMIT $4`, [latest ?? null, title ?? null, id ?? null, page.limit ?? null]);
  }

  async storyMerges(after: string[], until?: string[]): Promise<StoryMerge[]> {
    // Keyed like the stories' change feed ((time, id) pairs), so one cursor pages both.
    return this.db.query<StoryMerge>(
      `SELECT old_id AS id, new_id AS into, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at FROM id_redirects
       WHERE kind = 'story' AND (at, old_id) > ($1::timestamptz, $2)
         AND ($3::timestamptz IS NULL OR (at, old_id) <= ($3::timestamptz, $4))
       ORDER BY at, old_id`, [after[0], after[1], until?.[0] ?? null, until?.[1] ?? '']);
  }

  async listEntities(page: PageQuery = {}): Promise<EntitySummary[]> {
    const [name, id] = page.after ?? [];
    return this.db.query<EntitySummary>(
      `SELECT id, type, name, aliases, story_count AS stories FROM entities
       ${page.after ? 'WHERE (name, id) > ($1, $2)' : 'WHERE $1::text IS NULL AND $2::text IS NULL'}
       ORDER BY name, id LIMIT $3`, [name ?? null, id ?? null, page.limit ?? null]);
  }

  async corpusVersion(): Promise<string> {
    const [row] = await this.db.query<{ run: number; documents: number; annotated: number }>(
      `SELECT coalesce((SELECT max(id) FROM runs), 0)::int AS run,
              (SELECT count(*)::int FROM documents) AS documents,
              (SELECT count(*)::int FROM documents WHERE annotated) AS annotated`);
    return `${row.run}.${row.documents}.${row.annotated}`;
  }

  async storyVersion(id: string): Promise<string | null> {
    const [row] = await this.db.query<{ hash: string }>('SELECT content_hash AS hash FROM stories WHERE id = $1', [id]);
    return row?.hash ?? null;
  }

  /** A merged story's old id answers with the survivor's dossier (under the survivor's id). */
  async getStoryDossier(id: string): Promise<Dossier | null> {
    const [row] = await this.db.query<{ dossier: StoredDossier }>('SELECT dossier FROM stories WHERE id = $1', [await this.resolveId('story', id)]);
    return row ? (await wholeDossiers(this.db, [row.dossier]))[0] : null;
  }

  async storiesOfDocument(id: string): Promise<Dossier[]> {
    const rows = await this.db.query<{ dossier: StoredDossier }>(
      `SELECT s.dossier FROM story_documents sd JOIN stories s ON s.id = sd.story WHERE sd.doc = $1 ORDER BY s.id`, [id]);
    return wholeDossiers(this.db, rows.map((r) => r.dossier));
  }

  /** A merged entity's old id answers with the survivor's record. */
  async getEntity(id: string, page: PageQuery = {}): Promise<StoredEntity | null> {
    return readEntity(this.db, await this.resolveId('entity', id), page);
  }

  async search(q: string, limit = 20): Promise<SearchHit[]> {
    const words = fullTextQuery(q);
    const entities = await this.searchEntities(q, limit);
    // Every claim of the matched entities by id; the text of only those shown as hits.
    const linked = await this.db.query<{ entity: string; id: string; story: string }>(
      `SELECT entity, story, claim AS id FROM claim_entities WHERE entity = ANY($1::text[]) ORDER BY story, claim`,
      [entities.map((e) => e.id)]);
    const shown = linked.length === 0 ? [] : await this.db.query<{ id: string; story: string; text: string }>(
      `SELECT c.id, c.story, c.text FROM claims c
       JOIN jsonb_to_recordset($1::jsonb) AS x(story text, id text) ON c.story = x.story AND c.id = x.id
       ORDER BY c.story, c.id`, [JSON.stringify(uniqueClaims(linked).slice(0, limit))]);
    if (!words && entities.length === 0) return [];
    const stories = !words ? [] : await this.db.query<{ id: string; title: string }>(
      `SELECT id, title FROM stories WHERE to_tsvector('simple', title) @@ to_tsquery('simple', $1) ORDER BY title LIMIT $2`,
      [words, limit]);
    const claims = !words ? [] : await this.db.query<{ id: string; story: string; text: string }>(
      `SELECT id, story, text FROM claims WHERE to_tsvector('simple', text) @@ to_tsquery('simple', $1) ORDER BY story, id LIMIT $2`,
      [words, limit]);
    const docs = !words ? [] : await this.db.query<{ id: string; title: string | null; source: string; text: string }>(
      `SELECT id, title, source, text FROM documents
       WHERE document_words(title, text) @@ to_tsquery('simple', $1)
       ORDER BY published DESC NULLS LAST, id LIMIT $2`, [words, limit]);
    // Claims about a matched entity come first, then claims whose words match; each once.
    const claimHits = new Map<string, SearchHit>();
    for (const c of [...shown, ...claims]) {
      claimHits.set(`${c.story}\u0000${c.id}`, { kind: 'claim', id: c.id, title: c.text, story: c.story });
    }
    return [
      ...stories.map((st): SearchHit => ({ kind: 'story', id: st.id, title: st.title })),
      ...entities.map((e): SearchHit => ({
        kind: 'entity', id: e.id, title: e.name, snippet: `${e.type}; ${e.aliases.join(', ')}`,
        claims: linked.filter((c) => c.entity === e.id).map((c) => ({ story: c.story, id: c.id })),
      })),
      ...claimHits.values(),
      ...docs.map((d): SearchHit => ({ kind: 'document', id: d.id, title: d.title ?? d.source, snippet: snippet(d.text, q) })),
    ];
  }

  /** Entities holding a spelling whose key matches the query's; an abjad spelling meets the other on its consonants. */
  private async searchEntities(q: string, limit: number) {
    const query = nameKey(q);
    const key = fullTextQuery(query.key);
    const skeleton = fullTextQuery(query.skeleton);
    if (!key && !skeleton) return [];
    // $1: the query's key, $2: its skeleton; an abjad query has no vowels to compare, so only $2.
    const match = query.abjad
      ? `to_tsvector('simple', n.skeleton) @@ to_tsquery('simple', $2::text) AND $1::text IS NOT NULL`
      : `to_tsvector('simple', n.key) @@ to_tsquery('simple', $1::text)
         OR (n.abjad AND to_tsvector('simple', n.skeleton) @@ to_tsquery('simple', $2::text))`;
    return this.db.query<{ id: string; name: string; type: string; aliases: string[] }>(
      `SELECT e.id, e.name, e.type, e.aliases FROM entities e
       JOIN (SELECT n.entity, bool_or(n.key = $3) AS exact FROM entity_names n WHERE ${match} GROUP BY n.entity) m ON m.entity = e.id
       ORDER BY m.exact DESC, e.name LIMIT $4`, [key || skeleton, skeleton || key, query.key, limit]);
  }

  async counts() {
    const [row] = await this.db.query<{ documents: number; annotated: number; stories: number; entities: number; runs: number }>(
      `SELECT (SELECT count(*)::int FROM documents) AS documents,
              (SELECT count(*)::int FROM documents WHERE annotated) AS annotated,
              (SELECT count(*)::int FROM stories) AS stories,
              (SELECT count(*)::int FROM entities) AS entities,
              (SELECT count(*)::int FROM runs) AS runs`);
    return row;
  }

  async documentState(id: string): Promise<DocumentState | null> {
    const [row] = await this.db.query<{ annotated: boolean; run: number | null }>(
      'SELECT annotated, analysis_run::int AS run FROM documents WHERE id = $1', [id]);
    return row ?? null;
  }

  queue(): Promise<JobQueue> {
    // Started once, on first use; a failed start is not cached, so the next call tries again.
    this.jobQueue ??= PgBossQueue.start(this.db, this.queueConfig).catch((err: unknown) => {
      this.jobQueue = null;
      throw err;
    });
    return this.jobQueue;
  }

  async close() {
    const queue = this.jobQueue;
    this.jobQueue = null;
    try {
      if (queue) await (await queue.catch(() => null))?.stop();
    } finally {
      await this.db.close();
    }
  }

}

/** Claims linked to several matched entities, once each, in (story, id) order. */
function uniqueClaims(linked: { story: string; id: string }[]): { story: string; id: string }[] {
  const seen = new Map<string, { story: string; id: string }>();
  for (const c of linked) seen.set(`${c.story}\u0000${c.id}`, { story: c.story, id: c.id });
  return [...seen.values()];
}

/** Words of a query as a tsquery: all must occur; words of three letters or more match as prefixes too. */
function fullTextQuery(q: string): string {
  return q.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean)
    .map((w) => `'${w}'${[...w].length >= 3 ? ':*' : ''}`).join(' & ');
}

async function writeLayers(tx: Sql, doc: Document): Promise<void> {
  const layers = encodeLayers(doc);
  if (layers.length > 0) {
    await tx.query(
      `INSERT INTO layers (doc, name, data) SELECT $1, x.name, x.data FROM jsonb_to_recordset($2::jsonb) AS x(name text, data jsonb)`,
      [doc.id, JSON.stringify(layers)]);
  }
  const spans = spanRows(doc);
  if (spans.length > 0) {
    await tx.query(
      `INSERT INTO spans (doc, layer, idx, kind, start_offset, end_offset, label)
       SELECT x.doc, x.layer, x.idx, x.kind, x.start_offset, x.end_offset, x.label
       FROM jsonb_to_recordset($1::jsonb) AS x(doc text, layer text, idx int, kind text, start_offset int, end_offset int, label text)`,
      [JSON.stringify(spans)]);
  }
}

function toDocument(row: DocumentRow, layers: { name: string; data: unknown }[]): Document {
  return {
    id: row.id, source: row.source, format: row.format as Document['format'], text: row.text, meta: row.meta,
    contentHash: row.content_hash, layers: decodeLayers(layers),
  };
}

function snippet(text: string, q: string): string {
  const words = q.toLowerCase().split(/\s+/).filter(Boolean);
  const lower = text.toLowerCase();
  const at = Math.max(0, Math.min(...words.map((w) => lower.indexOf(w)).filter((i) => i >= 0), text.length));
  const from = Math.max(0, at - 60);
  return `${from > 0 ? '…' : ''}${text.slice(from, at + 100).replace(/\s+/g, ' ').trim()}…`;
}
