import { createHash } from 'node:crypto';
import type { Dossier, DossierDocument, DossierStory } from '../model/dossier.js';
import type { Sql } from './db.js';
import { claimEntityLinks } from './claim-entities.js';
import { entitySummary, rebuildEntities } from './entity-records.js';
import { storyFrame, type StoredDossier } from './story-rows.js';
import type { ReadState, Redirect, SaveStoriesOptions } from './live-types.js';

export type { SaveStoriesOptions, ReadState } from './live-types.js';
import { candidateStoriesOf } from './story-candidates.js';
import type { LiveCorpusConfig } from './live-config.js';

/** Another process replaced a story this run read: the run must be recomputed on the new state. */
export class StaleAnalysisError extends Error {
  constructor(what: string) {
    super(`the stored stories changed while this run computed (${what})`);
    this.name = 'StaleAnalysisError';
  }
}

/**
 * Replaces the given stories by a run's, in the caller's transaction: the stories and their
 * claims, conflicts, keys and entity sections; then rebuilds only the entity records those
 * stories touch, and records redirects for the ids the run retired. Returns the run id.
 */
export async function writeStories(tx: Sql, dossier: Dossier, opts: SaveStoriesOptions): Promise<number> {
  // Runs from several workers queue up here instead of colliding on the replaced rows.
  await tx.query('SELECT pg_advisory_xact_lock(727275)');
  if (opts.read) await checkReadState(tx, opts.read);
  const replaced = opts.replaces === 'all'
    ? (await tx.query<{ id: string }>('SELECT id FROM stories')).map((r) => r.id)
    : [...opts.replaces, ...await unreadNamesakes(tx, dossier.stories.map((s) => s.id), opts.replaces)];
  const [run] = await tx.query<{ id: number }>(
    `INSERT INTO runs (kind, status, documents, finished_at, info) VALUES ('analyze', 'done', $1, now(), $2) RETURNING id::int AS id`,
    [dossier.documents.length, JSON.stringify({ ...opts.info, generator: dossier.generator, errors: dossier.errors, replaced: replaced.length })]);
  // What this run covered: a document stored after its corpus was loaded stays unanalysed and is found by pendingWork.
  const covered = opts.covered ?? dossier.documents.map((d) => d.id);
  // Only documents no run covered yet: an update rewrites no row it need not, and rewriting a
  // document re-indexes its whole text for search.
  await tx.query('UPDATE documents SET analysis_run = $1 WHERE id = ANY($2::text[]) AND analysis_run IS NULL', [run.id, covered]);
  // A document of a replaced story that this run did not read (another process put it there
  // meanwhile) would fall out of every story: it is marked for the next run instead.
  await tx.query(
    `UPDATE documents SET analysis_run = NULL WHERE id IN (SELECT doc FROM story_documents WHERE story = ANY($1::text[]))
     AND NOT (id = ANY($2::text[]))`, [replaced, covered]);
  const oldEntities = opts.replaces === 'all'
    ? (await tx.query<{ id: string }>('SELECT id FROM entities')).map((r) => r.id)
    : (await tx.query<{ entity: string }>('SELECT DISTINCT entity FROM entity_sections WHERE story = ANY($1::text[])', [replaced])).map((r) => r.entity);
  // A story this run leaves as it was keeps its change time (the live API's "since" and ETags); a
  // changed one takes the clock at its insert, after the lock above, so change times only grow.
  const prior = new Map((await tx.query<{ id: string; hash: string; updated: string }>(
    'SELECT id, content_hash AS hash, updated_at::text AS updated FROM stories WHERE id = ANY($1::text[])', [replaced])).map((r) => [r.id, r]));
  // Claims, conflicts, keys, sections and mentions go with their story (ON DELETE CASCADE).
  await tx.query('DELETE FROM stories WHERE id = ANY($1::text[])', [replaced]);
  if (opts.documentIndex && opts.documentIndex.size > 0) {
    // Keys and terms are a function of the document: ones stored by another run meanwhile are the
    // same, and its terms are counted already (each document's once).
    const keyed = await tx.query<{ doc: string }>(
      `INSERT INTO document_keys (doc, keys, terms) SELECT x.doc, x.keys, x.terms
       FROM jsonb_to_recordset($1::jsonb) AS x(doc text, keys jsonb, terms jsonb)
       WHERE EXISTS (SELECT 1 FROM documents d WHERE d.id = x.doc)
       ON CONFLICT (doc) DO NOTHING RETURNING doc`,
      [JSON.stringify([...opts.documentIndex].map(([doc, index]) => ({ doc, keys: index.keys, terms: index.terms })))]);
    await countTerms(tx, keyed.map((k) => opts.documentIndex?.get(k.doc)?.terms).filter((t): t is string[] => !!t));
  }
  if (opts.documentTerms && opts.documentTerms.size > 0) {
    await tx.query(
      `UPDATE document_keys dk SET terms = x.terms FROM jsonb_to_recordset($1::jsonb) AS x(doc text, terms jsonb)
       WHERE dk.doc = x.doc AND dk.terms IS NULL`,
      [JSON.stringify([...opts.documentTerms].map(([doc, terms]) => ({ doc, terms })))]);
  }
  const docs = new Map(dossier.documents.map((d) => [d.id, d]));
  const links: { entity: string; story: string; claim: string }[] = [];
  for (const story of dossier.stories) {
    await insertStory(tx, run.id, story, story.documents.map((id) => docs.get(id)).filter((d): d is DossierDocument => !!d), prior.get(story.id));
    for (const l of claimEntityLinks(story)) links.push({ ...l, story: story.id });
  }
  const storyIds = dossier.stories.map((s) => s.id);
  await tx.query(
    `INSERT INTO story_keys (key, story)
     SELECT DISTINCT k.key, sd.story FROM story_documents sd
     JOIN document_keys dk ON dk.doc = sd.doc CROSS JOIN LATERAL jsonb_array_elements_text(dk.keys) AS k(key)
     WHERE sd.story = ANY($1::text[])`, [storyIds]);
  const touched = new Set([...oldEntities, ...dossier.stories.flatMap((s) => s.entities.map((e) => e.id))]);
  await rebuildEntities(tx, run.id, [...touched]);
  if (links.length > 0) {
    await tx.query(
      `INSERT INTO claim_entities (entity, story, claim)
       SELECT x.entity, x.story, x.claim FROM jsonb_to_recordset($1::jsonb) AS x(entity text, story text, claim text)
       ON CONFLICT DO NOTHING`, [JSON.stringify(links)]);
  }
  await writeRedirects(tx, opts.redirects ?? [], storyIds, [...touched]);
  return run.id;
}

/**
 * Stored stories the run did not read whose id one of its stories takes (an analyzer that names
 * stories itself, not through StableIds): the run's story replaces it, and the documents only
 * the stored one held are marked for the next run (below), so none is lost.
 */
async function unreadNamesakes(tx: Sql, ids: string[], replaces: string[]): Promise<string[]> {
  const rows = await tx.query<{ id: string }>(
    'SELECT id FROM stories WHERE id = ANY($1::text[]) AND NOT (id = ANY($2::text[]))', [ids, replaces]);
  return rows.map((r) => r.id);
}

async function checkReadState(tx: Sql, read: ReadState): Promise<void> {
  const ids = read.stories.map((s) => s.id);
  const now = await tx.query<{ id: string; run: number }>('SELECT id, run_id::int AS run FROM stories WHERE id = ANY($1::text[])', [ids]);
  const runOf = new Map(now.map((r) => [r.id, r.run]));
  for (const s of read.stories) if (runOf.get(s.id) !== s.run) throw new StaleAnalysisError(`story ${s.id}`);
  const holding = await tx.query<{ story: string }>(
    'SELECT DISTINCT story FROM story_documents WHERE doc = ANY($1::text[])', [read.documents]);
  const loaded = new Set(ids);
  for (const h of holding) if (!loaded.has(h.story)) throw new StaleAnalysisError(`a document joined story ${h.story}`);
  const candidates = await candidateStoriesOf(tx, read.keys, read.config);
  for (const c of candidates) if (!loaded.has(c.id)) throw new StaleAnalysisError(`new candidate story ${c.id}`);
}

/** Adds newly keyed documents' terms to the corpus-wide counts (term_counts; '#documents' counts the documents). */
async function countTerms(tx: Sql, termsOfDocuments: string[][]): Promise<void> {
  if (termsOfDocuments.length === 0) return;
  await tx.query(
    `INSERT INTO term_counts (term, documents)
     SELECT term, count(*)::int FROM unnest($1::text[]) AS t(term) GROUP BY term
     UNION ALL SELECT '#documents', $2::int
     ON CONFLICT (term) DO UPDATE SET documents = term_counts.documents + excluded.documents`,
    [termsOfDocuments.flatMap((terms) => [...new Set(terms)]), termsOfDocuments.length]);
}

/**
 * Retired ids resolve to their survivor: chains collapse (an id redirected to one that is now
 * retired points at the newest survivor), and an id that names a record again stops redirecting.
 * An entity id is retired only when no story holds it any more.
 */
async function writeRedirects(tx: Sql, redirects: Redirect[], liveStories: string[], liveEntities: string[]): Promise<void> {
  const live = redirects.length === 0 ? [] : await tx.query<{ kind: string; id: string }>(
    `SELECT 'story' AS kind, id FROM stories WHERE id = ANY($1::text[])
     UNION ALL SELECT 'entity', id FROM entities WHERE id = ANY($1::text[])`, [redirects.flatMap((r) => [r.from, r.to])]);
  const alive = new Set(live.map((r) => `${r.kind}:${r.id}`));
  for (const r of redirects) {
    if (alive.has(`${r.kind}:${r.from}`) || !alive.has(`${r.kind}:${r.to}`)) continue;
    await tx.query(
      // The clock after the writers' lock, as for a story's change time: the change feed ("since") orders the two together.
      `INSERT INTO id_redirects (kind, old_id, new_id, at) VALUES ($1, $2, $3, clock_timestamp())
       ON CONFLICT (kind, old_id) DO UPDATE SET new_id = excluded.new_id, at = excluded.at`, [r.kind, r.from, r.to]);
    await tx.query('UPDATE id_redirects SET new_id = $3 WHERE kind = $1 AND new_id = $2', [r.kind, r.from, r.to]);
  }
  await tx.query(`DELETE FROM id_redirects WHERE kind = 'story' AND old_id = ANY($1::text[])`, [liveStories]);
  await tx.query(
    `DELETE FROM id_redirects r WHERE kind = 'entity' AND old_id = ANY($1::text[]) AND EXISTS (SELECT 1 FROM entities e WHERE e.id = r.old_id)`,
    [liveEntities]);
}

async function insertStory(tx: Sql, runId: number, story: DossierStory, docs: DossierDocument[], prior?: { hash: string; updated: string }): Promise<void> {
  const dates = docs.map((d) => d.published).filter((p): p is string => !!p).sort();
  const earliest = story.published?.earliest ?? dates[0] ?? null;
  const latest = story.published?.latest ?? dates[dates.length - 1] ?? null;
  const dossier: StoredDossier = {
    generator: { name: 'triangulate', version: '', createdAt: new Date().toISOString() },
    documents: docs,
    // The claims, conflicts and entity sections are stored once, in their own rows below.
    stories: [storyFrame(story)],
    errors: [],
  };
  const hash = createHash('sha256').update(JSON.stringify([story, docs])).digest('base64url').slice(0, 22);
  await tx.query(
    `INSERT INTO stories (id, run_id, title, earliest, latest, publishers, conflicts, claims, documents, dossier, content_hash, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, coalesce($12::timestamptz, clock_timestamp()))`,
    [story.id, runId, story.title, earliest, latest, story.publishers.length, story.conflicts.length, story.claims.length,
      JSON.stringify(story.documents), JSON.stringify(dossier), hash, prior && prior.hash === hash ? prior.updated : null]);
  await tx.query(
    'INSERT INTO story_documents (story, doc) SELECT $1, d FROM unnest($2::text[]) AS d ON CONFLICT DO NOTHING',
    [story.id, story.documents]);
  if (story.entities.length > 0) {
    await tx.query(
      `INSERT INTO entity_sections (entity, story, ord, earliest, summary, data)
       SELECT x.entity, $1, x.ord, $3, x.summary, x.data FROM jsonb_to_recordset($2::jsonb) AS x(entity text, ord int, summary jsonb, data jsonb)`,
      [story.id, JSON.stringify(story.entities.map((e, ord) => ({ entity: e.id, ord, summary: entitySummary(e), data: e }))), earliest]);
    const mentions = story.entities.flatMap((e) => e.mentions.map((m) => ({ entity: e.id, doc: m.document, start: m.start, end: m.end })));
    if (mentions.length > 0) {
      await tx.query(
        `INSERT INTO entity_mentions (doc, start_offset, end_offset, entity, story)
         SELECT x.doc, x.start, x."end", x.entity, $1 FROM jsonb_to_recordset($2::jsonb) AS x(doc text, start int, "end" int, entity text)`,
        [story.id, JSON.stringify(mentions)]);
    }
  }
  if (story.claims.length > 0) {
    await tx.query(
      `INSERT INTO claims (id, story, ord, status, text, data)
       SELECT x.id, $1, x.ord, x.status, x.text, x.data FROM jsonb_to_recordset($2::jsonb) AS x(id text, ord int, status text, text text, data jsonb)`,
      [story.id, JSON.stringify(story.claims.map((c, ord) => ({ id: c.id, ord, status: c.status, text: c.text, data: c })))]);
  }
  if (story.conflicts.length > 0) {
    await tx.query(
      `INSERT INTO conflicts (id, story, ord, kind, about, data)
       SELECT x.id, $1, x.ord, x.kind, x.about, x.data FROM jsonb_to_recordset($2::jsonb) AS x(id text, ord int, kind text, about text, data jsonb)`,
      [story.id, JSON.stringify(story.conflicts.map((c, ord) => ({ id: c.id, ord, kind: c.kind, about: c.about, data: c })))]);
  }
}
